//! Source → code object: decoding, parsing, compiling, and running code in a namespace.
use crate::heap::{ObjRef, Value};
use crate::interp::error::{PyErr, PyResult};
use crate::interp::Vm;
use crate::objects::{self, int, str as pystr, tuple, types};

pub use weft_parser::Mode;

/// `compile()`'s flag that makes `# type:` comments part of the tree (`ast.PyCF_TYPE_COMMENTS`).
pub const TYPE_COMMENTS: u32 = 0x1000;

impl Vm {
    /// Compiles source bytes (PEP 263 decoding) to a code object.
    pub fn compile_bytes(
        &mut self,
        src: &[u8],
        filename: &str,
        mode: Mode,
        flags: u32,
    ) -> PyResult<ObjRef> {
        let text = weft_parser::decode_file_source(src, filename).map_err(|mut e| {
            // A file's tokenizer words an unknown codec as an "encoding problem".
            if let Some(name) = e.msg.strip_prefix("unknown encoding: ") {
                e.msg = format!("encoding problem: {name}");
            }
            e.filename = filename.to_string();
            syntax_error(self, e)
        })?;
        self.compile_str(&text, filename, mode, flags)
    }

    /// Compiles source text to a code object.
    pub fn compile_str(
        &mut self,
        src: &str,
        filename: &str,
        mode: Mode,
        flags: u32,
    ) -> PyResult<ObjRef> {
        let type_comments = flags & TYPE_COMMENTS != 0;
        let m = self
            .parse_source(src, mode, filename, type_comments)?
            .map_err(|e| syntax_error(self, e))?;
        self.compile_mod(&m, Some(src), filename, mode, flags)
    }

    /// Parses source text and issues the parser's warnings (invalid escape sequences, numbers running
    /// into keywords). The outer error is a warning that a filter turned into an exception.
    pub fn parse_source(
        &mut self,
        src: &str,
        mode: Mode,
        filename: &str,
        type_comments: bool,
    ) -> PyResult<Result<weft_parser::ast::Mod, weft_parser::SyntaxError>> {
        let (r, warnings) = weft_parser::parse_warned(src, mode, filename, type_comments);
        issue_warnings(self, warnings, filename, Some(src))?;
        Ok(r)
    }

    /// Compiles a parsed tree to a code object; `src`, when known, gives a compile error its line.
    pub fn compile_mod(
        &mut self,
        m: &weft_parser::ast::Mod,
        src: Option<&str>,
        filename: &str,
        mode: Mode,
        flags: u32,
    ) -> PyResult<ObjRef> {
        let opts = crate::compiler::CompileOptions {
            optimize: self.flags.optimize as u8,
            future_annotations: flags & crate::compiler::bytecode::flags::FUTURE_ANNOTATIONS != 0,
            top_level_await: flags & 0x2000 != 0,
        };
        let mut warnings = Vec::new();
        let r = crate::compiler::compile(m, filename, mode, &opts, &mut warnings);
        issue_warnings(self, warnings, filename, src)?;
        let unit = r.map_err(|e| syntax_error(self, with_text(e, src)))?;
        Ok(objects::code::new_code(&unit))
    }

    /// Runs a code object with `globals` and `locals` (module level, `exec`, class bodies).
    pub fn run_code(&mut self, code: &ObjRef, globals: ObjRef, locals: Value) -> PyResult<Value> {
        let f = self.code_frame(code, globals, locals)?;
        self.run_frame(f)
    }

    /// [`Vm::run_code`] for the program itself (a script, `-c`, the REPL's input): on a worker stack, so
    /// that the continuations it makes can switch out of native calls (`cont::workers`).
    pub fn run_program(
        &mut self,
        code: &ObjRef,
        globals: ObjRef,
        locals: Value,
    ) -> PyResult<Value> {
        let f = self.code_frame(code, globals, locals)?;
        crate::cont::run_toplevel(self, crate::cont::workers::Job::Run(f))
    }

    /// A frame to run module-level `code` in.
    fn code_frame(
        &mut self,
        code: &ObjRef,
        globals: ObjRef,
        locals: Value,
    ) -> PyResult<Box<crate::interp::frame::Frame>> {
        let builtins = match globals
            .downcast::<objects::dict::Dict>()
            .and_then(|d| d.get_rs("__builtins__"))
        {
            Some(b) => match b.as_obj() {
                Some(o) if o.kind() == crate::heap::Kind::Module => {
                    objects::module::module_dict_obj(o)
                }
                Some(o) if o.kind() == crate::heap::Kind::Dict => o.clone(),
                _ => self.builtins.clone(),
            },
            None => {
                if let Some(d) = globals.downcast::<objects::dict::Dict>() {
                    d.set_rs("__builtins__", Value::obj(self.builtins_module()));
                }
                self.builtins.clone()
            }
        };
        crate::interp::call::new_frame(self, code, &globals, &builtins, Value::NULL, locals)
    }
}

/// A compile error without a line of text gets its line from the source, when known.
fn with_text(mut e: weft_parser::SyntaxError, src: Option<&str>) -> weft_parser::SyntaxError {
    if let (None, Some(src)) = (&e.text, src) {
        e.text = src
            .lines()
            .nth(e.lineno.saturating_sub(1) as usize)
            .map(|l| format!("{l}\n"));
    }
    e
}

/// Issues compile-time warnings through `warnings.warn_explicit`, as CPython's parser and compiler do
/// (module and registry left to `warnings`). A warning that a filter turns into an exception of its
/// own class becomes the `SyntaxError` it stands for; any other exception propagates. Before the
/// `warnings` module can be imported and initialised (the start-up of the import system), warnings
/// are dropped.
fn issue_warnings(
    vm: &mut Vm,
    warnings: Vec<weft_parser::Warning>,
    filename: &str,
    src: Option<&str>,
) -> PyResult<()> {
    if warnings.is_empty() {
        return Ok(());
    }
    let loaded = vm
        .modules
        .downcast::<objects::dict::Dict>()
        .and_then(|d| d.get_rs("warnings"));
    let module = match loaded {
        Some(m) => m,
        None => match crate::interp::import::import_abs(vm, "warnings") {
            Ok(m) => m,
            Err(_) => return Ok(()),
        },
    };
    // A `warnings` still being imported (its own source warns) has no `warn_explicit` yet.
    let Ok(warn_explicit) = crate::interp::attr::getattr(vm, &module, "warn_explicit") else {
        return Ok(());
    };
    for w in warnings {
        let category = pystr::args::exception_type(w.kind.name());
        let args = vec![
            pystr::new_str(&w.msg),
            Value::obj(category.clone()),
            pystr::new_str(filename),
            int::from_i64(i64::from(w.lineno)),
        ];
        if let Err(e) = crate::interp::call::call_value(vm, &warn_explicit, args) {
            if crate::interp::exc::matches_type(&e, &category) {
                return Err(syntax_error(vm, with_text(w.error, src)));
            }
            return Err(e);
        }
    }
    Ok(())
}

/// A parser/compiler error as a Python `SyntaxError` (or `IndentationError`/`TabError`, or `RecursionError`
/// for nesting too deep to compile).
pub fn syntax_error(_vm: &mut Vm, e: weft_parser::SyntaxError) -> PyErr {
    let t = types();
    if e.msg == crate::compiler::RECURSION_MSG {
        return crate::interp::error::recursion_error(
            "maximum recursion depth exceeded during compilation",
        );
    }
    if let Some(m) = e.msg.strip_prefix(crate::compiler::INTERNAL_PREFIX) {
        return crate::interp::error::system_error(m.to_string());
    }
    let ty = match e.kind {
        weft_parser::ErrorKind::SyntaxError => &t.syntax_error,
        weft_parser::ErrorKind::IndentationError => &t.indentation_error,
        weft_parser::ErrorKind::TabError => &t.tab_error,
    };
    let text = match &e.text {
        Some(s) => pystr::new_str(s),
        None => Value::NONE,
    };
    let details = tuple::new_tuple(vec![
        pystr::new_str(&e.filename),
        int::from_i64(e.lineno as i64),
        int::from_i64(e.offset as i64),
        text,
        int::from_i64(e.end_lineno as i64),
        int::from_i64(e.end_offset),
    ]);
    // Undecodable bytes: line 0, offset -1. No line otherwise: a message alone (`source code string
    // cannot contain null bytes`), every location attribute None.
    let args = if e.lineno == 0 && e.end_offset == -1 {
        let at = tuple::new_tuple(vec![
            pystr::new_str(&e.filename),
            int::from_i64(0),
            int::from_i64(-1),
            Value::NONE,
        ]);
        tuple::new_tuple(vec![pystr::new_str(&e.msg), at])
    } else if e.lineno == 0 {
        tuple::new_tuple(vec![pystr::new_str(&e.msg)])
    } else {
        tuple::new_tuple(vec![pystr::new_str(&e.msg), details])
    };
    let exc = crate::interp::exc::new_exception(ty, args);
    crate::interp::builtins_exc::init_syntax_error_fields(&exc);
    if e.incomplete {
        crate::objects::instance::set(
            &exc,
            &crate::objects::str::intern("_incomplete"),
            Value::TRUE,
        );
    }
    PyErr::from_obj(exc)
}

/// Whether a compile error only says the input ended early (the REPL then reads another line).
pub fn is_incomplete(e: &crate::interp::error::PyErr) -> bool {
    match e.state() {
        crate::interp::error::ErrState::Obj(o) | crate::interp::error::ErrState::Raised(o) => {
            crate::objects::instance::get(o, &crate::objects::str::intern("_incomplete"))
                .is_some_and(|v| v.as_bool() == Some(true))
        }
        _ => false,
    }
}
