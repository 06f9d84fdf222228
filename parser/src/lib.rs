//! weft's front end for Python 3.11: source text → CPython-shaped AST → scopes.
//!
//! * [`decode_source`] turns a file's bytes into text (BOM, PEP 263 coding cookie).
//! * [`parse`] tokenizes and parses exactly Python 3.11's grammar into [`ast::Mod`], whose shape is
//!   CPython's `Parser/Python.asdl`, positions included; [`dump`] prints it as `ast.dump` does.
//! * [`SyntaxError`] carries CPython's message, location and exception class for every error.
//!
//! Nothing reachable from input panics or overflows the native stack: every problem is an `Err`.
//! Nesting is bounded (brackets at 200 levels like CPython's tokenizer, everything else at
//! [`parser::MAX_DEPTH`]); input nested deeper fails with [`RECURSION_MSG`], which callers raise as
//! `RecursionError`.
//!
//! ```
//! let m = weft_parser::parse("x = 1\n", weft_parser::Mode::Exec, "<s>").unwrap();
//! assert!(weft_parser::dump(&m).starts_with("Module(body=[Assign("));
//! ```
#![forbid(unsafe_code)]

pub mod ast;
mod codecs;
mod dump;
mod error;
mod number;
mod parser;
mod source;
mod source_utf8;
mod strings;
pub mod symtable;
mod token;
mod tokenizer;
mod type_comments;
mod unicode;

pub use dump::dump;
pub use error::{ErrorKind, SyntaxError, Warning, WarningKind};
pub use parser::RECURSION_MSG;
pub use source::{decode_file_source, decode_source};

use std::borrow::Cow;

/// What the source is parsed as: the `mode` argument of `compile()`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Mode {
    /// `"exec"`: a module, [`ast::Mod::Module`].
    Exec,
    /// `"eval"`: one expression, [`ast::Mod::Expression`].
    Eval,
    /// `"single"`: one interactive statement, [`ast::Mod::Interactive`].
    Single,
    /// `"func_type"`: a function type comment, [`ast::Mod::FunctionType`].
    FuncType,
}

/// CPython reads `\r\n` and `\r` as `\n` and supplies a missing final newline.
fn normalize(source: &str) -> Cow<'_, str> {
    if !source.contains('\r') && source.ends_with('\n') {
        return Cow::Borrowed(source);
    }
    let mut s = source.replace("\r\n", "\n").replace('\r', "\n");
    if !s.ends_with('\n') {
        s.push('\n');
    }
    Cow::Owned(s)
}

/// Parses `source` as `compile(source, filename, mode)` would.
///
/// # Errors
/// A [`SyntaxError`] (or `IndentationError`/`TabError`, see [`SyntaxError::kind`]) with CPython's
/// message and location.
pub fn parse(source: &str, mode: Mode, filename: &str) -> Result<ast::Mod, SyntaxError> {
    parse_with(source, mode, filename, false)
}

/// Parses as [`parse`] does; with `type_comments` (`PyCF_TYPE_COMMENTS`), `# type:` comments
/// become the `type_comment` fields and `type_ignores` that CPython's grammar gives them.
///
/// # Errors
/// As [`parse`], and "invalid syntax" for a type comment where none may stand.
pub fn parse_with(
    source: &str,
    mode: Mode,
    filename: &str,
    type_comments: bool,
) -> Result<ast::Mod, SyntaxError> {
    parse_warned(source, mode, filename, type_comments).0
}

/// Parses as [`parse_with`] does, also returning the warnings CPython's parser issues on the way (for a
/// source that fails, those issued before the error).
pub fn parse_warned(
    source: &str,
    mode: Mode,
    filename: &str,
    type_comments: bool,
) -> (Result<ast::Mod, SyntaxError>, Vec<Warning>) {
    let (r, mut warnings) = parse_any(source, mode, filename, type_comments);
    if let Err(e) = &r {
        warnings.retain(|w| (w.error.lineno, w.error.offset) < (e.lineno, e.offset));
    }
    (r, warnings)
}

type Parsed = (Result<ast::Mod, SyntaxError>, Vec<Warning>);

fn parse_any(source: &str, mode: Mode, filename: &str, type_comments: bool) -> Parsed {
    if source.contains('\0') {
        let e = SyntaxError {
            kind: ErrorKind::SyntaxError,
            msg: "source code string cannot contain null bytes".into(),
            filename: filename.to_string(),
            lineno: 0,
            offset: 0,
            end_lineno: 0,
            end_offset: 0,
            text: None,
            incomplete: false,
        };
        return (Err(e), Vec::new());
    }
    if source.len() <= INLINE_LIMIT {
        return parse_inline(source, mode, filename, type_comments);
    }
    // Deeply nested input recurses up to `MAX_DEPTH` levels; a thread with its own large stack keeps
    // that independent of the caller's stack (which may be a small coroutine stack).
    std::thread::scope(|s| {
        std::thread::Builder::new()
            .name("weft-parser".into())
            .stack_size(PARSER_STACK)
            .spawn_scoped(s, || parse_inline(source, mode, filename, type_comments))
            .map(|h| h.join())
    })
    .unwrap_or_else(|_| Ok(parse_inline(source, mode, filename, type_comments)))
    .unwrap_or_else(|_| (Err(internal_error(filename)), Vec::new()))
}

/// Sources up to this many bytes cannot nest deeply enough to need a stack of their own.
const INLINE_LIMIT: usize = 128;
/// The parser thread's stack: reserved, and touched only as deep as the input nests.
const PARSER_STACK: usize = 256 << 20;

fn internal_error(filename: &str) -> SyntaxError {
    SyntaxError {
        kind: ErrorKind::SyntaxError,
        msg: "internal parser error".into(),
        filename: filename.to_string(),
        lineno: 0,
        offset: 0,
        end_lineno: 0,
        end_offset: 0,
        text: None,
        incomplete: false,
    }
}

/// Whether the tokenizer stops with an error somewhere in `source`.
pub(crate) fn tokenizer_fails(source: &str) -> bool {
    let src = normalize(source);
    let rep = error::Reporter::new(&src, "");
    tokenizer::tokenize(&src, &rep).stop.is_some()
}

fn parse_inline(source: &str, mode: Mode, filename: &str, type_comments: bool) -> Parsed {
    let src = normalize(source);
    let rep = error::Reporter::new(&src, filename);
    let mut tokens = tokenizer::tokenize_with(&src, &rep, type_comments);
    let comments = std::mem::take(&mut tokens.type_comments);
    let mut p = parser::Parser::new(&src, tokens.toks, tokens.stop, &rep);
    if mode != Mode::Exec && !source.ends_with(['\n', '\r']) {
        p.implicit_eol = Some(src.len() as u32 - 1);
    }
    let r = match mode {
        Mode::Exec => p.file(),
        Mode::Eval => p.eval_input(),
        Mode::Single => p.interactive(),
        Mode::FuncType => p.func_type(),
    };
    let r = r.map_err(|f| p.resolve(f)).and_then(|mut m| {
        if type_comments {
            type_comments::attach(&mut m, comments, &rep)?;
        }
        Ok(m)
    });
    (r, rep.warnings.take())
}
