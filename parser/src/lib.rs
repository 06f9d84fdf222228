//! weft's front end for Python 3.11: source text → CPython-shaped AST → scopes.
//!
//! * [`ast`] mirrors `Parser/Python.asdl` of CPython 3.11 node for node and field for field.
//! * [`SyntaxError`] carries CPython's message, location and exception class for every error.
//!
//! Nothing reachable from input panics or overflows the native stack: every problem is an `Err`.
#![forbid(unsafe_code)]

pub mod ast;
mod error;

pub use error::{ErrorKind, SyntaxError};

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
