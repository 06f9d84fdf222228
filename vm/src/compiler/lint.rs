//! The `SyntaxWarning`s 3.11's code generator issues for code that is certain to misbehave: `x is 1`,
//! `assert (x, msg)`, and a missing comma between items of a display (`[(1, 2) (3, 4)]`). Like 3.11,
//! they look at the tree after constant folding (`-1` and `(1, 2)` are constants).

use weft_parser::ast::{CmpOp, Expr, ExprKind};

use super::bytecode::Const;
use super::codegen::Compiler;
use super::fold;

/// What 3.11's `infer_type` knows of an expression's type: a value of this class, or a constant.
enum Inferred {
    Type(&'static str),
    Constant(Const),
}

fn infer(e: &Expr) -> Option<Inferred> {
    Some(Inferred::Type(match &e.kind {
        ExprKind::Tuple { .. } | ExprKind::Constant { .. } => {
            return fold::constant(e)
                .map(Inferred::Constant)
                .or(Some(Inferred::Type("tuple")))
        }
        ExprKind::List { .. } | ExprKind::ListComp { .. } => "list",
        ExprKind::Dict { .. } | ExprKind::DictComp { .. } => "dict",
        ExprKind::Set { .. } | ExprKind::SetComp { .. } => "set",
        ExprKind::GeneratorExp { .. } => "generator",
        ExprKind::Lambda { .. } => "function",
        ExprKind::JoinedStr { .. } | ExprKind::FormattedValue { .. } => "str",
        ExprKind::UnaryOp { .. } | ExprKind::BinOp { .. } => {
            return fold::constant(e).map(Inferred::Constant)
        }
        _ => return None,
    }))
}

impl Inferred {
    fn name(&self) -> &'static str {
        match self {
            Inferred::Type(t) => t,
            Inferred::Constant(c) => match c {
                Const::None => "NoneType",
                Const::Bool(_) => "bool",
                Const::Ellipsis => "ellipsis",
                Const::Int(_) => "int",
                Const::Float(_) => "float",
                Const::Complex { .. } => "complex",
                Const::Str(_) | Const::StrSurrogates(_) => "str",
                Const::Bytes(_) => "bytes",
                Const::Tuple(_) => "tuple",
                Const::FrozenSet(_) => "frozenset",
                Const::Code(_) => "code",
            },
        }
    }
}

/// 3.11's `check_is_arg`: false for a constant other than `None`, `True`, `False` and `...`.
fn is_arg_ok(e: &Expr) -> bool {
    match infer(e) {
        Some(Inferred::Constant(c)) => {
            matches!(c, Const::None | Const::Bool(_) | Const::Ellipsis)
        }
        _ => true,
    }
}

impl Compiler<'_> {
    /// 3.11's `check_compare`: `is`/`is not` with a literal operand.
    pub fn check_compare(&mut self, left: &Expr, ops: &[CmpOp], comparators: &[Expr]) {
        if !ops.iter().any(|o| matches!(o, CmpOp::Is | CmpOp::IsNot)) {
            return;
        }
        let mut left_ok = is_arg_ok(left);
        for (op, right) in ops.iter().zip(comparators) {
            let right_ok = is_arg_ok(right);
            let msg = match op {
                CmpOp::Is => "\"is\" with a literal. Did you mean \"==\"?",
                CmpOp::IsNot => "\"is not\" with a literal. Did you mean \"!=\"?",
                _ => {
                    left_ok = right_ok;
                    continue;
                }
            };
            if !left_ok || !right_ok {
                self.warn(msg);
                return;
            }
            left_ok = right_ok;
        }
    }

    /// 3.11's `check_caller`: calling a display or a constant.
    pub fn check_caller(&mut self, func: &Expr) {
        let callable = !matches!(
            func.kind,
            ExprKind::Constant { .. }
                | ExprKind::Tuple { .. }
                | ExprKind::List { .. }
                | ExprKind::ListComp { .. }
                | ExprKind::Dict { .. }
                | ExprKind::DictComp { .. }
                | ExprKind::Set { .. }
                | ExprKind::SetComp { .. }
                | ExprKind::GeneratorExp { .. }
                | ExprKind::JoinedStr { .. }
                | ExprKind::FormattedValue { .. }
        );
        if callable {
            return;
        }
        if let Some(t) = infer(func) {
            self.warn(format!(
                "'{}' object is not callable; perhaps you missed a comma?",
                t.name()
            ));
        }
    }

    /// 3.11's `check_subscripter` and `check_index`: subscripting a value that has no items, or a
    /// sequence with an index of a type that is certainly wrong.
    pub fn check_subscript(&mut self, value: &Expr, index: &Expr) {
        let Some(vt) = infer(value) else {
            return;
        };
        let unsubscriptable = match &vt {
            Inferred::Constant(c) => matches!(
                c,
                Const::None
                    | Const::Ellipsis
                    | Const::Bool(_)
                    | Const::Int(_)
                    | Const::Float(_)
                    | Const::Complex { .. }
                    | Const::FrozenSet(_)
            ),
            Inferred::Type(t) => matches!(*t, "set" | "generator" | "function"),
        };
        if unsubscriptable {
            self.warn(format!(
                "'{}' object is not subscriptable; perhaps you missed a comma?",
                vt.name()
            ));
            return;
        }
        let sequence = match &vt {
            Inferred::Constant(c) => matches!(
                c,
                Const::Str(_) | Const::StrSurrogates(_) | Const::Bytes(_) | Const::Tuple(_)
            ),
            Inferred::Type(t) => matches!(*t, "tuple" | "list" | "str"),
        };
        if !sequence {
            return;
        }
        let it = match infer(index) {
            None | Some(Inferred::Constant(Const::Int(_) | Const::Bool(_))) => return,
            Some(t) => t,
        };
        self.warn(format!(
            "{} indices must be integers or slices, not {}; perhaps you missed a comma?",
            vt.name(),
            it.name()
        ));
    }
}
