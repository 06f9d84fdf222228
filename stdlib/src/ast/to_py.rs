//! A parsed tree as Python nodes (`ast.parse`): every field set on the instance, optional ones to
//! None, positions as the four attributes, and the shared `Load()`/`Add()`... instances for the
//! field-less classes, as CPython's `ast2obj` makes them.
use super::{classes, Classes, N};
use weft_parser::ast::*;
use weft_vm::heap::Value;
use weft_vm::interp::error::PyResult;
use weft_vm::interp::{typecall, Vm};
use weft_vm::objects::{code, instance, int, list, str as pystr};

/// `compile(source, ..., PyCF_ONLY_AST)`'s result for a parsed tree.
pub(super) fn convert(vm: &mut Vm, m: &Mod) -> PyResult<Value> {
    let c = classes(vm)?;
    Ok(ToPy { c }.module(m))
}

struct ToPy {
    c: &'static Classes,
}

fn ident(s: &str) -> Value {
    Value::obj(pystr::intern(s))
}

fn opt_ident(s: &Option<String>) -> Value {
    s.as_deref().map_or(Value::NONE, ident)
}

fn uint(n: u32) -> Value {
    int::from_i64(i64::from(n))
}

impl ToPy {
    /// A node of class `n` whose fields (in `_fields` order) are `vals`.
    fn node(&self, n: N, vals: Vec<Value>, loc: Option<&Loc>) -> Value {
        let o = typecall::new_instance(self.c.cls(n));
        for (name, v) in self.c.fields[n as usize].iter().zip(vals) {
            instance::set(&o, name, v);
        }
        if let Some(l) = loc {
            for (name, v) in
                self.c
                    .position
                    .iter()
                    .zip([l.lineno, l.col_offset, l.end_lineno, l.end_col_offset])
            {
                instance::set(&o, name, uint(v));
            }
        }
        Value::obj(o)
    }

    fn list<T>(&self, items: &[T], f: impl Fn(&Self, &T) -> Value) -> Value {
        list::new_list(items.iter().map(|x| f(self, x)).collect())
    }

    fn stmts(&self, s: &[Stmt]) -> Value {
        self.list(s, Self::stmt)
    }

    fn exprs(&self, e: &[Expr]) -> Value {
        self.list(e, Self::expr)
    }

    fn opt_expr(&self, e: &Option<Box<Expr>>) -> Value {
        e.as_deref().map_or(Value::NONE, |e| self.expr(e))
    }

    fn opt_exprs(&self, e: &[Option<Expr>]) -> Value {
        self.list(e, |t, e| e.as_ref().map_or(Value::NONE, |e| t.expr(e)))
    }

    fn idents(&self, names: &[String]) -> Value {
        self.list(names, |_, n| ident(n))
    }

    fn module(&self, m: &Mod) -> Value {
        match m {
            Mod::Module { body, type_ignores } => {
                let tis = self.list(type_ignores, |t, ti| {
                    t.node(
                        N::TypeIgnore,
                        vec![uint(ti.lineno), pystr::new_str(&ti.tag)],
                        None,
                    )
                });
                self.node(N::Module, vec![self.stmts(body), tis], None)
            }
            Mod::Interactive { body } => self.node(N::Interactive, vec![self.stmts(body)], None),
            Mod::Expression { body } => self.node(N::Expression, vec![self.expr(body)], None),
            Mod::FunctionType { argtypes, returns } => self.node(
                N::FunctionType,
                vec![self.exprs(argtypes), self.expr(returns)],
                None,
            ),
        }
    }

    fn stmt(&self, s: &Stmt) -> Value {
        use StmtKind as S;
        let (n, vals) = match &s.kind {
            S::FunctionDef {
                name,
                args,
                body,
                decorator_list,
                returns,
                type_comment,
            }
            | S::AsyncFunctionDef {
                name,
                args,
                body,
                decorator_list,
                returns,
                type_comment,
            } => (
                if matches!(s.kind, S::FunctionDef { .. }) {
                    N::FunctionDef
                } else {
                    N::AsyncFunctionDef
                },
                vec![
                    ident(name),
                    self.arguments(args),
                    self.stmts(body),
                    self.exprs(decorator_list),
                    self.opt_expr(returns),
                    opt_ident(type_comment),
                ],
            ),
            S::ClassDef {
                name,
                bases,
                keywords,
                body,
                decorator_list,
            } => (
                N::ClassDef,
                vec![
                    ident(name),
                    self.exprs(bases),
                    self.list(keywords, Self::keyword),
                    self.stmts(body),
                    self.exprs(decorator_list),
                ],
            ),
            S::Return { value } => (N::Return, vec![self.opt_expr(value)]),
            S::Delete { targets } => (N::Delete, vec![self.exprs(targets)]),
            S::Assign {
                targets,
                value,
                type_comment,
            } => (
                N::Assign,
                vec![
                    self.exprs(targets),
                    self.expr(value),
                    opt_ident(type_comment),
                ],
            ),
            S::AugAssign { target, op, value } => (
                N::AugAssign,
                vec![self.expr(target), self.operator(*op), self.expr(value)],
            ),
            S::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => (
                N::AnnAssign,
                vec![
                    self.expr(target),
                    self.expr(annotation),
                    self.opt_expr(value),
                    uint(u32::from(*simple)),
                ],
            ),
            S::For {
                target,
                iter,
                body,
                orelse,
                type_comment,
            }
            | S::AsyncFor {
                target,
                iter,
                body,
                orelse,
                type_comment,
            } => (
                if matches!(s.kind, S::For { .. }) {
                    N::For
                } else {
                    N::AsyncFor
                },
                vec![
                    self.expr(target),
                    self.expr(iter),
                    self.stmts(body),
                    self.stmts(orelse),
                    opt_ident(type_comment),
                ],
            ),
            S::While { test, body, orelse } => (
                N::While,
                vec![self.expr(test), self.stmts(body), self.stmts(orelse)],
            ),
            S::If { test, body, orelse } => (
                N::If,
                vec![self.expr(test), self.stmts(body), self.stmts(orelse)],
            ),
            S::With {
                items,
                body,
                type_comment,
            }
            | S::AsyncWith {
                items,
                body,
                type_comment,
            } => (
                if matches!(s.kind, S::With { .. }) {
                    N::With
                } else {
                    N::AsyncWith
                },
                vec![
                    self.list(items, |t, w| {
                        t.node(
                            N::WithItem,
                            vec![t.expr(&w.context_expr), t.opt_expr(&w.optional_vars)],
                            None,
                        )
                    }),
                    self.stmts(body),
                    opt_ident(type_comment),
                ],
            ),
            S::Match { subject, cases } => (
                N::Match,
                vec![
                    self.expr(subject),
                    self.list(cases, |t, c| {
                        t.node(
                            N::MatchCase,
                            vec![
                                t.pattern(&c.pattern),
                                t.opt_expr(&c.guard),
                                t.stmts(&c.body),
                            ],
                            None,
                        )
                    }),
                ],
            ),
            S::Raise { exc, cause } => (N::Raise, vec![self.opt_expr(exc), self.opt_expr(cause)]),
            S::Try {
                body,
                handlers,
                orelse,
                finalbody,
            }
            | S::TryStar {
                body,
                handlers,
                orelse,
                finalbody,
            } => (
                if matches!(s.kind, S::Try { .. }) {
                    N::Try
                } else {
                    N::TryStar
                },
                vec![
                    self.stmts(body),
                    self.list(handlers, |t, h| {
                        t.node(
                            N::ExceptHandler,
                            vec![t.opt_expr(&h.type_), opt_ident(&h.name), t.stmts(&h.body)],
                            Some(&h.loc),
                        )
                    }),
                    self.stmts(orelse),
                    self.stmts(finalbody),
                ],
            ),
            S::Assert { test, msg } => (N::Assert, vec![self.expr(test), self.opt_expr(msg)]),
            S::Import { names } => (N::Import, vec![self.list(names, Self::alias)]),
            S::ImportFrom {
                module,
                names,
                level,
            } => (
                N::ImportFrom,
                vec![
                    opt_ident(module),
                    self.list(names, Self::alias),
                    uint(*level),
                ],
            ),
            S::Global { names } => (N::Global, vec![self.idents(names)]),
            S::Nonlocal { names } => (N::Nonlocal, vec![self.idents(names)]),
            S::Expr { value } => (N::ExprStmt, vec![self.expr(value)]),
            S::Pass => (N::Pass, vec![]),
            S::Break => (N::Break, vec![]),
            S::Continue => (N::Continue, vec![]),
        };
        self.node(n, vals, Some(&s.loc))
    }

    fn alias(&self, a: &Alias) -> Value {
        self.node(
            N::Alias,
            vec![ident(&a.name), opt_ident(&a.asname)],
            Some(&a.loc),
        )
    }

    fn keyword(&self, k: &Keyword) -> Value {
        self.node(
            N::Keyword,
            vec![opt_ident(&k.arg), self.expr(&k.value)],
            Some(&k.loc),
        )
    }

    fn arg(&self, a: &Arg) -> Value {
        self.node(
            N::Arg,
            vec![
                ident(&a.arg),
                self.opt_expr(&a.annotation),
                opt_ident(&a.type_comment),
            ],
            Some(&a.loc),
        )
    }

    fn opt_arg(&self, a: &Option<Box<Arg>>) -> Value {
        a.as_deref().map_or(Value::NONE, |a| self.arg(a))
    }

    fn arguments(&self, a: &Arguments) -> Value {
        self.node(
            N::Arguments,
            vec![
                self.list(&a.posonlyargs, Self::arg),
                self.list(&a.args, Self::arg),
                self.opt_arg(&a.vararg),
                self.list(&a.kwonlyargs, Self::arg),
                self.opt_exprs(&a.kw_defaults),
                self.opt_arg(&a.kwarg),
                self.exprs(&a.defaults),
            ],
            None,
        )
    }

    fn comprehensions(&self, gens: &[Comprehension]) -> Value {
        self.list(gens, |t, g| {
            t.node(
                N::Comprehension,
                vec![
                    t.expr(&g.target),
                    t.expr(&g.iter),
                    t.exprs(&g.ifs),
                    uint(u32::from(g.is_async)),
                ],
                None,
            )
        })
    }

    fn ctx(&self, c: ExprContext) -> Value {
        self.c.singleton(match c {
            ExprContext::Load => N::Load,
            ExprContext::Store => N::Store,
            ExprContext::Del => N::Del,
        })
    }

    fn operator(&self, op: Operator) -> Value {
        use Operator as O;
        self.c.singleton(match op {
            O::Add => N::Add,
            O::Sub => N::Sub,
            O::Mult => N::Mult,
            O::MatMult => N::MatMult,
            O::Div => N::Div,
            O::Mod => N::Mod,
            O::Pow => N::Pow,
            O::LShift => N::LShift,
            O::RShift => N::RShift,
            O::BitOr => N::BitOr,
            O::BitXor => N::BitXor,
            O::BitAnd => N::BitAnd,
            O::FloorDiv => N::FloorDiv,
        })
    }

    fn cmpop(&self, op: &CmpOp) -> Value {
        use CmpOp as C;
        self.c.singleton(match op {
            C::Eq => N::Eq,
            C::NotEq => N::NotEq,
            C::Lt => N::Lt,
            C::LtE => N::LtE,
            C::Gt => N::Gt,
            C::GtE => N::GtE,
            C::Is => N::Is,
            C::IsNot => N::IsNot,
            C::In => N::In,
            C::NotIn => N::NotIn,
        })
    }

    fn expr(&self, e: &Expr) -> Value {
        use ExprKind as E;
        let (n, vals) = match &e.kind {
            E::BoolOp { op, values } => (
                N::BoolOp,
                vec![
                    self.c.singleton(match op {
                        BoolOp::And => N::And,
                        BoolOp::Or => N::Or,
                    }),
                    self.exprs(values),
                ],
            ),
            E::NamedExpr { target, value } => {
                (N::NamedExpr, vec![self.expr(target), self.expr(value)])
            }
            E::BinOp { left, op, right } => (
                N::BinOp,
                vec![self.expr(left), self.operator(*op), self.expr(right)],
            ),
            E::UnaryOp { op, operand } => (
                N::UnaryOp,
                vec![
                    self.c.singleton(match op {
                        UnaryOp::Invert => N::Invert,
                        UnaryOp::Not => N::Not,
                        UnaryOp::UAdd => N::UAdd,
                        UnaryOp::USub => N::USub,
                    }),
                    self.expr(operand),
                ],
            ),
            E::Lambda { args, body } => (N::Lambda, vec![self.arguments(args), self.expr(body)]),
            E::IfExp { test, body, orelse } => (
                N::IfExp,
                vec![self.expr(test), self.expr(body), self.expr(orelse)],
            ),
            E::Dict { keys, values } => (N::Dict, vec![self.opt_exprs(keys), self.exprs(values)]),
            E::Set { elts } => (N::Set, vec![self.exprs(elts)]),
            E::ListComp { elt, generators } => (
                N::ListComp,
                vec![self.expr(elt), self.comprehensions(generators)],
            ),
            E::SetComp { elt, generators } => (
                N::SetComp,
                vec![self.expr(elt), self.comprehensions(generators)],
            ),
            E::GeneratorExp { elt, generators } => (
                N::GeneratorExp,
                vec![self.expr(elt), self.comprehensions(generators)],
            ),
            E::DictComp {
                key,
                value,
                generators,
            } => (
                N::DictComp,
                vec![
                    self.expr(key),
                    self.expr(value),
                    self.comprehensions(generators),
                ],
            ),
            E::Await { value } => (N::Await, vec![self.expr(value)]),
            E::Yield { value } => (N::Yield, vec![self.opt_expr(value)]),
            E::YieldFrom { value } => (N::YieldFrom, vec![self.expr(value)]),
            E::Compare {
                left,
                ops,
                comparators,
            } => (
                N::Compare,
                vec![
                    self.expr(left),
                    self.list(ops, Self::cmpop),
                    self.exprs(comparators),
                ],
            ),
            E::Call {
                func,
                args,
                keywords,
            } => (
                N::Call,
                vec![
                    self.expr(func),
                    self.exprs(args),
                    self.list(keywords, Self::keyword),
                ],
            ),
            E::FormattedValue {
                value,
                conversion,
                format_spec,
            } => (
                N::FormattedValue,
                vec![
                    self.expr(value),
                    int::from_i64(i64::from(*conversion)),
                    self.opt_expr(format_spec),
                ],
            ),
            E::JoinedStr { values } => (N::JoinedStr, vec![self.exprs(values)]),
            E::Constant { value, kind } => (
                N::Constant,
                vec![
                    constant(value),
                    kind.as_deref().map_or(Value::NONE, pystr::new_str),
                ],
            ),
            E::Attribute { value, attr, ctx } => (
                N::Attribute,
                vec![self.expr(value), ident(attr), self.ctx(*ctx)],
            ),
            E::Subscript { value, slice, ctx } => (
                N::Subscript,
                vec![self.expr(value), self.expr(slice), self.ctx(*ctx)],
            ),
            E::Starred { value, ctx } => (N::Starred, vec![self.expr(value), self.ctx(*ctx)]),
            E::Name { id, ctx } => (N::Name, vec![ident(id), self.ctx(*ctx)]),
            E::List { elts, ctx } => (N::List, vec![self.exprs(elts), self.ctx(*ctx)]),
            E::Tuple { elts, ctx } => (N::Tuple, vec![self.exprs(elts), self.ctx(*ctx)]),
            E::Slice { lower, upper, step } => (
                N::Slice,
                vec![
                    self.opt_expr(lower),
                    self.opt_expr(upper),
                    self.opt_expr(step),
                ],
            ),
        };
        self.node(n, vals, Some(&e.loc))
    }

    fn patterns(&self, ps: &[Pattern]) -> Value {
        self.list(ps, Self::pattern)
    }

    fn pattern(&self, p: &Pattern) -> Value {
        use PatternKind as P;
        let (n, vals) = match &p.kind {
            P::MatchValue { value } => (N::MatchValue, vec![self.expr(value)]),
            P::MatchSingleton { value } => (N::MatchSingleton, vec![constant(value)]),
            P::MatchSequence { patterns } => (N::MatchSequence, vec![self.patterns(patterns)]),
            P::MatchMapping {
                keys,
                patterns,
                rest,
            } => (
                N::MatchMapping,
                vec![self.exprs(keys), self.patterns(patterns), opt_ident(rest)],
            ),
            P::MatchClass {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => (
                N::MatchClass,
                vec![
                    self.expr(cls),
                    self.patterns(patterns),
                    self.idents(kwd_attrs),
                    self.patterns(kwd_patterns),
                ],
            ),
            P::MatchStar { name } => (N::MatchStar, vec![opt_ident(name)]),
            P::MatchAs { pattern, name } => (
                N::MatchAs,
                vec![
                    pattern.as_deref().map_or(Value::NONE, |p| self.pattern(p)),
                    opt_ident(name),
                ],
            ),
            P::MatchOr { patterns } => (N::MatchOr, vec![self.patterns(patterns)]),
        };
        self.node(n, vals, Some(&p.loc))
    }
}

/// The value of a `Constant` node.
fn constant(c: &Constant) -> Value {
    code::const_value(&weft_vm::compiler::constant_of(c))
}
