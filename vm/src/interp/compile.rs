//! Source → code object. Until weft-parser's parser and symbol table land, compiling source raises
//! `SystemError`; `run_code` runs code objects.
use crate::heap::{ObjRef, Value};
use crate::interp::error::{self, PyResult};
use crate::interp::Vm;
use crate::objects;

pub use weft_parser::Mode;

impl Vm {
    pub fn compile_bytes(
        &mut self,
        _src: &[u8],
        _filename: &str,
        _mode: Mode,
        _flags: u32,
    ) -> PyResult<ObjRef> {
        Err(error::system_error("the parser is not built yet"))
    }

    pub fn compile_str(
        &mut self,
        _src: &str,
        _filename: &str,
        _mode: Mode,
        _flags: u32,
    ) -> PyResult<ObjRef> {
        Err(error::system_error("the parser is not built yet"))
    }

    /// Runs a code object with `globals` and `locals` (module level, `exec`, class bodies).
    pub fn run_code(&mut self, code: &ObjRef, globals: ObjRef, locals: Value) -> PyResult<Value> {
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
        let f = crate::interp::call::new_frame(self, code, globals, builtins, Value::NULL, locals)?;
        self.run_frame(f)
    }
}

/// Whether a compile error only says the input ended early (the REPL then reads another line).
pub fn is_incomplete(e: &crate::interp::error::PyErr) -> bool {
    match e.state() {
        crate::interp::error::ErrState::Obj(o) => crate::objects::instance::get(o, &crate::objects::str::intern("_incomplete"))
            .is_some_and(|v| v.as_bool() == Some(true)),
        _ => false,
    }
}
