//! The entry point: symbol table, future features, code generation of the module unit.

use weft_parser::ast::Mod;
use weft_parser::{ErrorKind as ParseErrorKind, Mode, SyntaxError, Warning, WarningKind};

use super::bytecode::{self, CodeUnit};
use super::codegen::{CompileError, Compiler, ErrorKind};
use super::unit::ScopeType;
use super::{defs, future, stmt};

/// The message of a compile error that the vm raises as `RecursionError` rather than `SyntaxError`.
pub const RECURSION_MSG: &str = "maximum recursion depth exceeded during compilation";
/// Prefix of the message of an internal compiler error, which the vm raises as `SystemError`.
pub const INTERNAL_PREFIX: &str = "internal compiler error: ";

/// Options of one compilation (the caller resolves `compile()`'s `dont_inherit`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CompileOptions {
    /// `-O` level: 1 strips asserts and makes `__debug__` false, 2 also drops docstrings.
    pub optimize: u8,
    /// `from __future__ import annotations` in force from the caller's flags.
    pub future_annotations: bool,
    /// `PyCF_ALLOW_TOP_LEVEL_AWAIT`: `await`, `async for` and `async with` at module level.
    pub top_level_await: bool,
}

/// Compiles a parsed module, expression or interactive statement into its code unit.
///
/// # Errors
/// A `SyntaxError` for the compile-stage errors of CPython (with its message and location). Two kinds are
/// not syntax errors for the vm: a message equal to [`RECURSION_MSG`] (raise `RecursionError`) and one
/// starting with [`INTERNAL_PREFIX`] (raise `SystemError`).
///
/// The `SyntaxWarning`s of code generation (`x is 1`, `assert (x, msg)`, ...) are appended to
/// `warnings`, also those issued before an error.
pub fn compile(
    m: &Mod,
    filename: &str,
    mode: Mode,
    opts: &CompileOptions,
    warnings: &mut Vec<Warning>,
) -> Result<CodeUnit, SyntaxError> {
    let st = weft_parser::symtable::symtable(m, filename)?;
    let to_syntax = |e: CompileError| convert(e, filename);
    let fut = future::parse(m).map_err(to_syntax)?;
    let mut flags = fut.flags;
    if opts.future_annotations {
        flags |= bytecode::flags::FUTURE_ANNOTATIONS;
    }
    let mut c = Compiler::new(&st, filename, opts.optimize, flags, opts.top_level_await);
    c.future_lineno = fut.lineno;
    let r = compile_mod(&mut c, m, mode).map_err(to_syntax);
    warnings.extend(c.warnings.drain(..).map(|(msg, loc)| {
        let error = convert(
            CompileError {
                kind: ErrorKind::Syntax,
                msg: msg.clone(),
                loc,
            },
            filename,
        );
        Warning {
            kind: WarningKind::SyntaxWarning,
            msg,
            lineno: loc.lineno,
            error,
        }
    }));
    r
}

fn compile_mod<'a>(c: &mut Compiler<'a>, m: &'a Mod, mode: Mode) -> Result<CodeUnit, CompileError> {
    c.enter_scope("<module>", ScopeType::Module, defs::addr(m), 1)?;
    let add_none = match (m, mode) {
        (Mod::Module { body, .. }, _) => {
            c.body(body)?;
            true
        }
        (Mod::Interactive { body }, _) => {
            if stmt::find_ann(body) {
                c.emit(bytecode::Instr::SetupAnnotations);
            }
            c.interactive = true;
            c.visit_stmts(body)?;
            true
        }
        (Mod::Expression { body }, _) => {
            c.visit_expr(body)?;
            false
        }
        (Mod::FunctionType { .. }, _) => return c.internal("cannot compile a function type"),
    };
    c.exit_scope(add_none)
}

fn convert(e: CompileError, filename: &str) -> SyntaxError {
    let msg = match e.kind {
        ErrorKind::Syntax => e.msg,
        ErrorKind::Recursion => RECURSION_MSG.to_string(),
        ErrorKind::Internal if e.msg.starts_with(INTERNAL_PREFIX) => e.msg,
        ErrorKind::Internal => format!("{INTERNAL_PREFIX}{}", e.msg),
    };
    SyntaxError {
        kind: ParseErrorKind::SyntaxError,
        msg,
        filename: filename.to_string(),
        lineno: e.loc.lineno,
        offset: e.loc.col_offset + 1,
        end_lineno: e.loc.end_lineno,
        end_offset: i64::from(e.loc.end_col_offset) + 1,
        text: None,
        incomplete: false,
    }
}
