//! Assignment and deletion targets: expressions re-labelled with `Store`/`Del` contexts, and the
//! messages CPython gives for expressions that cannot be targets.

use crate::ast::{CmpOp, Constant, Expr, ExprContext, ExprKind};

/// Which statement the target belongs to (CPython's `TARGETS_TYPE`).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Targets {
    Star,
    Del,
    For,
}

/// `_PyPegen_get_expr_name`: how messages name an expression.
pub(crate) fn describe(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred { .. } => "starred",
        ExprKind::Name { .. } => "name",
        ExprKind::List { .. } => "list",
        ExprKind::Tuple { .. } => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield { .. } | ExprKind::YieldFrom { .. } => "yield expression",
        ExprKind::Await { .. } => "await expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set { .. } => "set display",
        ExprKind::JoinedStr { .. } | ExprKind::FormattedValue { .. } => "f-string expression",
        ExprKind::Constant { value, .. } => match value {
            Constant::None => "None",
            Constant::Bool(true) => "True",
            Constant::Bool(false) => "False",
            Constant::Ellipsis => "ellipsis",
            _ => "literal",
        },
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

/// `_PyPegen_get_invalid_target`: the first part of `e` that cannot be assigned (or deleted).
pub(crate) fn invalid_target(e: &Expr, t: Targets) -> Option<&Expr> {
    match &e.kind {
        ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => {
            elts.iter().find_map(|x| invalid_target(x, t))
        }
        ExprKind::Starred { value, .. } => {
            if t == Targets::Del {
                Some(e)
            } else {
                invalid_target(value, t)
            }
        }
        ExprKind::Compare { left, ops, .. } => {
            if t == Targets::For {
                if ops.first() == Some(&CmpOp::In) {
                    return invalid_target(left, t);
                }
                return None;
            }
            Some(e)
        }
        ExprKind::Name { .. } | ExprKind::Subscript { .. } | ExprKind::Attribute { .. } => None,
        _ => Some(e),
    }
}

/// Re-labels a valid target with `ctx`; `Err` with the offending node otherwise.
pub(crate) fn set_ctx(e: &mut Expr, ctx: ExprContext) -> Result<(), ()> {
    match &mut e.kind {
        ExprKind::Name { ctx: c, .. }
        | ExprKind::Attribute { ctx: c, .. }
        | ExprKind::Subscript { ctx: c, .. } => {
            *c = ctx;
            Ok(())
        }
        ExprKind::Starred { value, ctx: c } if ctx != ExprContext::Del => {
            *c = ctx;
            set_ctx(value, ctx)
        }
        ExprKind::List { elts, ctx: c } | ExprKind::Tuple { elts, ctx: c } => {
            *c = ctx;
            elts.iter_mut().try_for_each(|x| set_ctx(x, ctx))
        }
        _ => Err(()),
    }
}
