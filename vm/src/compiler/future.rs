//! `from __future__ import ...` at the top of a module (3.11's `future.c`): the features in force and the
//! line of the last future import, after which another one is an error.

use weft_parser::ast::{Constant, ExprKind, Mod, Stmt, StmtKind};

use super::bytecode::Position;
use super::codegen::{CompileError, ErrorKind};

/// Future features and where the future imports end.
pub(crate) struct Future {
    /// `CO_FUTURE_*` bits.
    pub flags: u32,
    /// Line of the last leading future import (0 when none).
    pub lineno: u32,
}

fn feature_flag(name: &str) -> Option<u32> {
    Some(match name {
        "nested_scopes" | "generators" => 0,
        "division" => 0x20000,
        "absolute_import" => 0x40000,
        "with_statement" => 0x80000,
        "print_function" => 0x100000,
        "unicode_literals" => 0x200000,
        "barry_as_FLUFL" => 0x400000,
        "generator_stop" => 0x800000,
        "annotations" => 0x100_0000,
        _ => return None,
    })
}

fn error(s: &Stmt, msg: String) -> CompileError {
    let loc = Position {
        lineno: s.loc.lineno,
        end_lineno: s.loc.end_lineno,
        col_offset: s.loc.col_offset,
        end_col_offset: s.loc.end_col_offset,
    };
    CompileError {
        kind: ErrorKind::Syntax,
        msg,
        loc,
    }
}

pub(crate) fn parse(m: &Mod) -> Result<Future, CompileError> {
    let mut fut = Future {
        flags: 0,
        lineno: 0,
    };
    let body = match m {
        Mod::Module { body, .. } | Mod::Interactive { body } => body,
        _ => return Ok(fut),
    };
    let mut done = false;
    let mut prev_line = 0;
    for (i, s) in body.iter().enumerate() {
        if done && s.loc.lineno > prev_line {
            break;
        }
        prev_line = s.loc.lineno;
        match &s.kind {
            StmtKind::ImportFrom {
                module: Some(m),
                names,
                ..
            } if m == "__future__" => {
                if done {
                    return Err(error(
                        s,
                        "from __future__ imports must occur at the beginning of the file".into(),
                    ));
                }
                for alias in names {
                    match feature_flag(&alias.name) {
                        Some(f) => fut.flags |= f,
                        None if alias.name == "braces" => {
                            return Err(error(s, "not a chance".into()))
                        }
                        None => {
                            return Err(error(
                                s,
                                format!("future feature {} is not defined", alias.name),
                            ))
                        }
                    }
                }
                fut.lineno = s.loc.lineno;
            }
            StmtKind::Expr { value }
                if i == 0
                    && matches!(
                        &value.kind,
                        ExprKind::Constant {
                            value: Constant::Str(_),
                            ..
                        }
                    ) => {}
            _ => done = true,
        }
    }
    Ok(fut)
}
