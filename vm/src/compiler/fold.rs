//! The constant folding codegen relies on (the part of 3.11's `ast_opt.c` that shapes code): an
//! expression's value when it is a constant, a signed number or a tuple of constants.

use num_bigint::BigInt;
use weft_parser::ast::{Constant, Expr, ExprContext, ExprKind, Operator, UnaryOp};

use super::bytecode::Const;

/// The compile-time constant of a `Constant` node's value (also how `ast.parse` makes its values).
pub fn from_ast(c: &Constant) -> Const {
    match c {
        Constant::None => Const::None,
        Constant::Bool(b) => Const::Bool(*b),
        Constant::Ellipsis => Const::Ellipsis,
        Constant::Int(i) => Const::Int(i.clone()),
        Constant::Float(f) => Const::Float(*f),
        Constant::Complex { real, imag } => Const::Complex {
            real: *real,
            imag: *imag,
        },
        Constant::Str(s) => Const::Str(s.clone()),
        Constant::StrSurrogates(s) => Const::StrSurrogates(s.clone()),
        Constant::Bytes(b) => Const::Bytes(b.clone()),
        Constant::Tuple(t) => Const::Tuple(t.iter().map(from_ast).collect()),
        Constant::FrozenSet(t) => Const::FrozenSet(t.iter().map(from_ast).collect()),
    }
}

/// The folded value of `e`, if 3.11 would have turned it into a constant before code generation.
pub(crate) fn constant(e: &Expr) -> Option<Const> {
    match &e.kind {
        ExprKind::Constant { value, .. } => Some(from_ast(value)),
        ExprKind::UnaryOp { op, operand } => unary(*op, constant(operand)?),
        ExprKind::BinOp { left, op, right } => binary(constant(left)?, *op, constant(right)?),
        ExprKind::Tuple {
            elts,
            ctx: ExprContext::Load,
        } => elts
            .iter()
            .map(constant)
            .collect::<Option<Vec<_>>>()
            .map(Const::Tuple),
        ExprKind::Name {
            id,
            ctx: ExprContext::Load,
        } if id == "__debug__" => None,
        _ => None,
    }
}

fn unary(op: UnaryOp, v: Const) -> Option<Const> {
    Some(match (op, v) {
        (UnaryOp::USub, Const::Int(i)) => Const::Int(-i),
        (UnaryOp::USub, Const::Float(f)) => Const::Float(-f),
        (UnaryOp::USub, Const::Complex { real, imag }) => Const::Complex {
            real: -real,
            imag: -imag,
        },
        (UnaryOp::UAdd, c @ (Const::Int(_) | Const::Float(_) | Const::Complex { .. })) => c,
        (UnaryOp::Invert, Const::Int(i)) => Const::Int(-i - 1),
        (UnaryOp::Invert, Const::Bool(b)) => Const::Int(BigInt::from(-(b as i64) - 1)),
        (UnaryOp::USub, Const::Bool(b)) => Const::Int(BigInt::from(-(b as i64))),
        (UnaryOp::UAdd, Const::Bool(b)) => Const::Int(BigInt::from(b as i64)),
        (UnaryOp::Not, c) => Const::Bool(!truthy(&c)?),
        _ => return None,
    })
}

fn truthy(c: &Const) -> Option<bool> {
    Some(match c {
        Const::None => false,
        Const::Bool(b) => *b,
        Const::Int(i) => *i != BigInt::from(0),
        Const::Float(f) => *f != 0.0,
        Const::Complex { real, imag } => *real != 0.0 || *imag != 0.0,
        Const::Str(s) => !s.is_empty(),
        Const::StrSurrogates(s) => !s.is_empty(),
        Const::Bytes(b) => !b.is_empty(),
        Const::Tuple(t) => !t.is_empty(),
        _ => return None,
    })
}

fn as_f64(c: &Const) -> Option<f64> {
    match c {
        Const::Int(i) => i.to_string().parse().ok(),
        Const::Float(f) => Some(*f),
        Const::Bool(b) => Some(*b as u8 as f64),
        _ => None,
    }
}

/// The binary folds that literal syntax needs: complex literals (`1+2j`, `-1-2j`), small exact integer
/// arithmetic and concatenated literals; anything that could raise or grow large is left to run time.
fn binary(l: Const, op: Operator, r: Const) -> Option<Const> {
    match (&l, op, &r) {
        (Const::Int(a), Operator::Add, Const::Int(b)) if small(a) && small(b) => {
            Some(Const::Int(a + b))
        }
        (Const::Int(a), Operator::Sub, Const::Int(b)) if small(a) && small(b) => {
            Some(Const::Int(a - b))
        }
        (Const::Int(a), Operator::Mult, Const::Int(b)) if small(a) && small(b) => {
            Some(Const::Int(a * b))
        }
        // Concatenations of literals (`'a' + \` continued on the next line) are one constant.
        (Const::Str(a), Operator::Add, Const::Str(b)) => Some(Const::Str(format!("{a}{b}"))),
        (Const::Bytes(a), Operator::Add, Const::Bytes(b)) => {
            Some(Const::Bytes([a.as_slice(), b].concat()))
        }
        (Const::Tuple(a), Operator::Add, Const::Tuple(b)) => {
            Some(Const::Tuple([a.as_slice(), b].concat()))
        }
        (_, Operator::Add | Operator::Sub, Const::Complex { real: rr, imag: ri }) => {
            let (lr, li) = match &l {
                Const::Complex { real, imag } => (*real, *imag),
                other => (as_f64(other)?, 0.0),
            };
            Some(if op == Operator::Add {
                Const::Complex {
                    real: lr + rr,
                    imag: li + ri,
                }
            } else {
                Const::Complex {
                    real: lr - rr,
                    imag: li - ri,
                }
            })
        }
        (Const::Complex { real, imag }, Operator::Add | Operator::Sub, _) => {
            let x = as_f64(&r)?;
            let real = if op == Operator::Add {
                real + x
            } else {
                real - x
            };
            Some(Const::Complex { real, imag: *imag })
        }
        _ => None,
    }
}

fn small(i: &BigInt) -> bool {
    i.bits() < 60
}
