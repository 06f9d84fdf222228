//! CPython 3.11's `_PyAST_Validate` on a converted tree: the checks a parse always satisfies but a
//! hand-built tree may not (contexts, non-empty bodies, matching lengths, capture names), each a
//! `ValueError` (a few a `TypeError`) with CPython's message. Positions, constant types and
//! negative import levels are checked while converting, where the raw values are still at hand.
use weft_parser::ast::*;
use weft_vm::interp::error::{self, PyErr};

type R = Result<(), PyErr>;

fn fail(msg: impl Into<String>) -> R {
    Err(error::value_error(msg))
}

fn ctx_name(c: ExprContext) -> &'static str {
    match c {
        ExprContext::Load => "Load",
        ExprContext::Store => "Store",
        ExprContext::Del => "Del",
    }
}

/// Validates a whole tree.
pub(super) fn module(m: &Mod) -> R {
    match m {
        Mod::Module { body, .. } | Mod::Interactive { body } => stmts(body),
        Mod::Expression { body } => expr(body, ExprContext::Load),
        Mod::FunctionType { argtypes, returns } => {
            exprs(argtypes, ExprContext::Load)?;
            expr(returns, ExprContext::Load)
        }
    }
}

fn nonempty<T>(seq: &[T], what: &str, owner: &str) -> R {
    if seq.is_empty() {
        return fail(format!("empty {what} on {owner}"));
    }
    Ok(())
}

fn body(b: &[Stmt], owner: &str) -> R {
    nonempty(b, "body", owner)?;
    stmts(b)
}

fn stmts(b: &[Stmt]) -> R {
    b.iter().try_for_each(stmt)
}

fn exprs(es: &[Expr], ctx: ExprContext) -> R {
    es.iter().try_for_each(|e| expr(e, ctx))
}

fn load(e: &Expr) -> R {
    expr(e, ExprContext::Load)
}

fn opt_load(e: &Option<Box<Expr>>) -> R {
    e.as_deref().map_or(Ok(()), load)
}

fn keywords(ks: &[Keyword]) -> R {
    ks.iter().try_for_each(|k| load(&k.value))
}

fn args(a: &[Arg]) -> R {
    a.iter().try_for_each(|a| opt_load(&a.annotation))
}

fn arguments(a: &Arguments) -> R {
    args(&a.posonlyargs)?;
    args(&a.args)?;
    if let Some(v) = &a.vararg {
        opt_load(&v.annotation)?;
    }
    args(&a.kwonlyargs)?;
    if let Some(k) = &a.kwarg {
        opt_load(&k.annotation)?;
    }
    if a.defaults.len() > a.posonlyargs.len() + a.args.len() {
        return fail("more positional defaults than args on arguments");
    }
    if a.kw_defaults.len() != a.kwonlyargs.len() {
        return fail("length of kwonlyargs is not the same as kw_defaults on arguments");
    }
    exprs(&a.defaults, ExprContext::Load)?;
    a.kw_defaults.iter().flatten().try_for_each(load)
}

/// `validate_name`: a name the grammar would have read as a constant.
fn name(id: &str) -> R {
    if matches!(id, "None" | "True" | "False") {
        return fail(format!("identifier field can't represent '{id}' constant"));
    }
    Ok(())
}

fn comprehension(gens: &[Comprehension]) -> R {
    if gens.is_empty() {
        return fail("comprehension with no generators");
    }
    for g in gens {
        expr(&g.target, ExprContext::Store)?;
        load(&g.iter)?;
        exprs(&g.ifs, ExprContext::Load)?;
    }
    Ok(())
}

fn assignlist(targets: &[Expr], ctx: ExprContext) -> R {
    let owner = if ctx == ExprContext::Del {
        "Delete"
    } else {
        "Assign"
    };
    nonempty(targets, "targets", owner)?;
    exprs(targets, ctx)
}

fn stmt(s: &Stmt) -> R {
    use StmtKind as S;
    match &s.kind {
        S::FunctionDef {
            args,
            body: b,
            decorator_list,
            returns,
            ..
        }
        | S::AsyncFunctionDef {
            args,
            body: b,
            decorator_list,
            returns,
            ..
        } => {
            let owner = if matches!(s.kind, S::FunctionDef { .. }) {
                "FunctionDef"
            } else {
                "AsyncFunctionDef"
            };
            body(b, owner)?;
            arguments(args)?;
            exprs(decorator_list, ExprContext::Load)?;
            opt_load(returns)
        }
        S::ClassDef {
            bases,
            keywords: kw,
            body: b,
            decorator_list,
            ..
        } => {
            body(b, "ClassDef")?;
            exprs(bases, ExprContext::Load)?;
            keywords(kw)?;
            exprs(decorator_list, ExprContext::Load)
        }
        S::Return { value } => opt_load(value),
        S::Delete { targets } => assignlist(targets, ExprContext::Del),
        S::Assign { targets, value, .. } => {
            assignlist(targets, ExprContext::Store)?;
            load(value)
        }
        S::AugAssign { target, value, .. } => {
            expr(target, ExprContext::Store)?;
            load(value)
        }
        S::AnnAssign {
            target,
            annotation,
            value,
            simple,
        } => {
            if *simple && !matches!(target.kind, ExprKind::Name { .. }) {
                return Err(error::type_error("AnnAssign with simple non-Name target"));
            }
            expr(target, ExprContext::Store)?;
            opt_load(value)?;
            load(annotation)
        }
        S::For {
            target,
            iter,
            body: b,
            orelse,
            ..
        }
        | S::AsyncFor {
            target,
            iter,
            body: b,
            orelse,
            ..
        } => {
            expr(target, ExprContext::Store)?;
            load(iter)?;
            let owner = if matches!(s.kind, S::For { .. }) {
                "For"
            } else {
                "AsyncFor"
            };
            body(b, owner)?;
            stmts(orelse)
        }
        S::While {
            test,
            body: b,
            orelse,
        }
        | S::If {
            test,
            body: b,
            orelse,
        } => {
            load(test)?;
            body(
                b,
                if matches!(s.kind, S::While { .. }) {
                    "While"
                } else {
                    "If"
                },
            )?;
            stmts(orelse)
        }
        S::With { items, body: b, .. } | S::AsyncWith { items, body: b, .. } => {
            let owner = if matches!(s.kind, S::With { .. }) {
                "With"
            } else {
                "AsyncWith"
            };
            nonempty(items, "items", owner)?;
            for i in items {
                load(&i.context_expr)?;
                if let Some(v) = &i.optional_vars {
                    expr(v, ExprContext::Store)?;
                }
            }
            body(b, owner)
        }
        S::Match { subject, cases } => {
            load(subject)?;
            nonempty(cases, "cases", "Match")?;
            for c in cases {
                pattern(&c.pattern, false)?;
                opt_load(&c.guard)?;
                body(&c.body, "match_case")?;
            }
            Ok(())
        }
        S::Raise { exc, cause } => match exc {
            Some(e) => {
                load(e)?;
                opt_load(cause)
            }
            None if cause.is_some() => fail("Raise with cause but no exception"),
            None => Ok(()),
        },
        S::Try {
            body: b,
            handlers,
            orelse,
            finalbody,
        }
        | S::TryStar {
            body: b,
            handlers,
            orelse,
            finalbody,
        } => {
            let owner = if matches!(s.kind, S::Try { .. }) {
                "Try"
            } else {
                "TryStar"
            };
            body(b, owner)?;
            if handlers.is_empty() && finalbody.is_empty() {
                return fail(format!("{owner} has neither except handlers nor finalbody"));
            }
            if handlers.is_empty() && !orelse.is_empty() {
                return fail(format!("{owner} has orelse but no except handlers"));
            }
            for h in handlers {
                opt_load(&h.type_)?;
                body(&h.body, "ExceptHandler")?;
            }
            stmts(finalbody)?;
            stmts(orelse)
        }
        S::Assert { test, msg } => {
            load(test)?;
            opt_load(msg)
        }
        S::Import { names } => nonempty(names, "names", "Import"),
        S::ImportFrom { names, .. } => nonempty(names, "names", "ImportFrom"),
        S::Global { names } => nonempty(names, "names", "Global"),
        S::Nonlocal { names } => nonempty(names, "names", "Nonlocal"),
        S::Expr { value } => load(value),
        S::Pass | S::Break | S::Continue => Ok(()),
    }
}

fn expr(e: &Expr, ctx: ExprContext) -> R {
    use ExprKind as E;
    if let E::Name { id, .. } = &e.kind {
        name(id)?;
    }
    let actual = match &e.kind {
        E::Attribute { ctx, .. }
        | E::Subscript { ctx, .. }
        | E::Starred { ctx, .. }
        | E::Name { ctx, .. }
        | E::List { ctx, .. }
        | E::Tuple { ctx, .. } => Some(*ctx),
        _ => None,
    };
    match actual {
        None if ctx != ExprContext::Load => {
            return fail(format!(
                "expression which can't be assigned to in {} context",
                ctx_name(ctx)
            ))
        }
        Some(a) if a != ctx => {
            return fail(format!(
                "expression must have {} context but has {} instead",
                ctx_name(ctx),
                ctx_name(a)
            ))
        }
        _ => {}
    }
    match &e.kind {
        E::BoolOp { values, .. } => {
            if values.len() < 2 {
                return fail("BoolOp with less than 2 values");
            }
            exprs(values, ExprContext::Load)
        }
        E::BinOp { left, right, .. } => {
            load(left)?;
            load(right)
        }
        E::UnaryOp { operand, .. } => load(operand),
        E::Lambda { args, body } => {
            arguments(args)?;
            load(body)
        }
        E::IfExp { test, body, orelse } => {
            load(test)?;
            load(body)?;
            load(orelse)
        }
        E::Dict { keys, values } => {
            if keys.len() != values.len() {
                return fail("Dict doesn't have the same number of keys as values");
            }
            keys.iter().flatten().try_for_each(load)?;
            exprs(values, ExprContext::Load)
        }
        E::Set { elts } => exprs(elts, ExprContext::Load),
        E::ListComp { elt, generators }
        | E::SetComp { elt, generators }
        | E::GeneratorExp { elt, generators } => {
            comprehension(generators)?;
            load(elt)
        }
        E::DictComp {
            key,
            value,
            generators,
        } => {
            comprehension(generators)?;
            load(key)?;
            load(value)
        }
        E::Yield { value } => opt_load(value),
        E::YieldFrom { value } | E::Await { value } => load(value),
        E::Compare {
            left,
            ops,
            comparators,
        } => {
            if comparators.is_empty() {
                return fail("Compare with no comparators");
            }
            if comparators.len() != ops.len() {
                return fail("Compare has a different number of comparators and operands");
            }
            exprs(comparators, ExprContext::Load)?;
            load(left)
        }
        E::Call {
            func,
            args,
            keywords: kw,
        } => {
            load(func)?;
            exprs(args, ExprContext::Load)?;
            keywords(kw)
        }
        E::Constant { .. } => Ok(()),
        E::JoinedStr { values } => exprs(values, ExprContext::Load),
        E::FormattedValue {
            value,
            conversion,
            format_spec,
        } => {
            load(value)?;
            opt_load(format_spec)?;
            // The compiler's check (`compiler_formatted_value`), which only a built tree can fail.
            if ![-1, 97, 114, 115].contains(conversion) {
                return Err(error::system_error(format!(
                    "Unrecognized conversion character {conversion}"
                )));
            }
            Ok(())
        }
        E::Attribute { value, .. } => load(value),
        E::Subscript { value, slice, .. } => {
            load(slice)?;
            load(value)
        }
        E::Starred { value, .. } => expr(value, ctx),
        E::Slice { lower, upper, step } => {
            opt_load(lower)?;
            opt_load(upper)?;
            opt_load(step)
        }
        E::List { elts, .. } | E::Tuple { elts, .. } => exprs(elts, ctx),
        E::NamedExpr { target, value } => {
            if !matches!(target.kind, E::Name { .. }) {
                return Err(error::type_error("NamedExpr target must be a Name"));
            }
            load(value)
        }
        E::Name { .. } => Ok(()),
    }
}

/// `validate_capture`: a name a pattern binds.
fn capture(n: &str) -> R {
    if n == "_" {
        return fail("can't capture name '_' in patterns");
    }
    name(n)
}

/// `validate_pattern_match_value`: what a value pattern may compare against.
fn match_value(e: &Expr) -> R {
    load(e)?;
    match &e.kind {
        ExprKind::Constant { value, .. } => match value {
            Constant::Int(_)
            | Constant::Float(_)
            | Constant::Complex { .. }
            | Constant::Str(_)
            | Constant::StrSurrogates(_)
            | Constant::Bytes(_) => Ok(()),
            _ => fail("unexpected constant inside of a literal pattern"),
        },
        ExprKind::Attribute { .. } | ExprKind::JoinedStr { .. } => Ok(()),
        ExprKind::UnaryOp { .. } if negative_number(e, true, true) => Ok(()),
        ExprKind::BinOp {
            left,
            op: Operator::Add | Operator::Sub,
            right,
        } if (number(left, true, false) || negative_number(left, true, false))
            && number(right, false, true) =>
        {
            Ok(())
        }
        _ => fail("patterns may only match literals and attribute lookups"),
    }
}

/// `ensure_literal_number`: a real (int or float) or imaginary constant, as allowed.
fn number(e: &Expr, real: bool, imaginary: bool) -> bool {
    match &e.kind {
        ExprKind::Constant { value, .. } => match value {
            Constant::Int(_) | Constant::Float(_) => real,
            Constant::Complex { .. } => imaginary,
            _ => false,
        },
        _ => false,
    }
}

/// `ensure_literal_negative`: a negated number.
fn negative_number(e: &Expr, real: bool, imaginary: bool) -> bool {
    match &e.kind {
        ExprKind::UnaryOp {
            op: UnaryOp::USub,
            operand,
        } => number(operand, real, imaginary),
        _ => false,
    }
}

fn patterns(ps: &[Pattern], star_ok: bool) -> R {
    ps.iter().try_for_each(|p| pattern(p, star_ok))
}

fn pattern(p: &Pattern, star_ok: bool) -> R {
    use PatternKind as P;
    match &p.kind {
        P::MatchValue { value } => match_value(value),
        P::MatchSingleton { value } => match value {
            Constant::None | Constant::Bool(_) => Ok(()),
            _ => fail("MatchSingleton can only contain True, False and None"),
        },
        P::MatchSequence { patterns: ps } => patterns(ps, true),
        P::MatchMapping {
            keys,
            patterns: ps,
            rest,
        } => {
            if keys.len() != ps.len() {
                return fail("MatchMapping doesn't have the same number of keys as patterns");
            }
            if let Some(r) = rest {
                capture(r)?;
            }
            for k in keys {
                if let ExprKind::Constant {
                    value: Constant::None | Constant::Bool(_),
                    ..
                } = k.kind
                {
                    continue;
                }
                match_value(k)?;
            }
            patterns(ps, false)
        }
        P::MatchClass {
            cls,
            patterns: ps,
            kwd_attrs,
            kwd_patterns,
        } => {
            if kwd_attrs.len() != kwd_patterns.len() {
                return fail(
                    "MatchClass doesn't have the same number of keyword attributes as patterns",
                );
            }
            load(cls)?;
            let mut c = &**cls;
            loop {
                match &c.kind {
                    ExprKind::Name { .. } => break,
                    ExprKind::Attribute { value, .. } => c = value,
                    _ => {
                        return fail(
                            "MatchClass cls field can only contain Name or Attribute nodes.",
                        )
                    }
                }
            }
            kwd_attrs.iter().try_for_each(|a| name(a))?;
            patterns(ps, false)?;
            patterns(kwd_patterns, false)
        }
        P::MatchStar { name: n } => {
            if !star_ok {
                return fail("can't use MatchStar here");
            }
            n.as_deref().map_or(Ok(()), capture)
        }
        P::MatchAs {
            pattern: sub,
            name: n,
        } => {
            if let Some(n) = n {
                capture(n)?;
            }
            match (sub, n) {
                (None, _) => Ok(()),
                (Some(_), None) => fail("MatchAs must specify a target name if a pattern is given"),
                (Some(sub), Some(_)) => pattern(sub, false),
            }
        }
        P::MatchOr { patterns: ps } => {
            if ps.len() < 2 {
                return fail("MatchOr requires at least 2 patterns");
            }
            patterns(ps, false)
        }
    }
}
