//! Expressions, their operators and contexts, constants, comprehensions and patterns.
use super::{text, FromPy, R};
use crate::ast::nodes::DEFS;
use crate::ast::N;
use weft_parser::ast::*;
use weft_vm::heap::Value;
use weft_vm::interp::error;
use weft_vm::interp::ops::{a_type, type_name_of};
use weft_vm::objects::{complex, float, int, set, str as pystr, tuple, types};

impl FromPy<'_> {
    pub(super) fn comprehension(&mut self, v: &Value) -> R<Comprehension> {
        let o = "comprehension";
        Ok(Comprehension {
            target: *self.req_expr(v, "target", o)?,
            iter: *self.req_expr(v, "iter", o)?,
            ifs: self.exprs(v, "ifs", o)?,
            is_async: self.req_int(v, "is_async", o)? != 0,
        })
    }

    pub(super) fn ctx(&mut self, v: &Value, owner: &str) -> R<ExprContext> {
        Ok(match self.simple(v, "ctx", owner, "expr_context")? {
            N::Load => ExprContext::Load,
            N::Store => ExprContext::Store,
            _ => ExprContext::Del,
        })
    }

    pub(super) fn operator(&mut self, v: &Value, owner: &str) -> R<Operator> {
        use Operator as O;
        Ok(match self.simple(v, "op", owner, "operator")? {
            N::Add => O::Add,
            N::Sub => O::Sub,
            N::Mult => O::Mult,
            N::MatMult => O::MatMult,
            N::Div => O::Div,
            N::Mod => O::Mod,
            N::Pow => O::Pow,
            N::LShift => O::LShift,
            N::RShift => O::RShift,
            N::BitOr => O::BitOr,
            N::BitXor => O::BitXor,
            N::BitAnd => O::BitAnd,
            _ => O::FloorDiv,
        })
    }

    pub(super) fn cmpop(&mut self, v: &Value) -> R<CmpOp> {
        use CmpOp as C;
        let n = self.kind_of(v, "cmpop")?;
        Ok(match n {
            N::Eq => C::Eq,
            N::NotEq => C::NotEq,
            N::Lt => C::Lt,
            N::LtE => C::LtE,
            N::Gt => C::Gt,
            N::GtE => C::GtE,
            N::Is => C::Is,
            N::IsNot => C::IsNot,
            N::In => C::In,
            _ => C::NotIn,
        })
    }

    pub(super) fn comprehensions(&mut self, v: &Value, owner: &str) -> R<Vec<Comprehension>> {
        self.each(v, "generators", owner, |s, g| s.comprehension(g))
    }

    /// One `expr` node, one level of native recursion deeper.
    pub(super) fn expr(&mut self, v: &Value) -> R<Option<Expr>> {
        if v.is_none() {
            return Ok(None);
        }
        if self.vm.enter_native("").is_err() {
            return Err(error::recursion_error(
                "maximum recursion depth exceeded while traversing 'expr' node",
            ));
        }
        let r = self.expr_node(v);
        self.vm.leave_native();
        r.map(Some)
    }

    pub(super) fn expr_node(&mut self, v: &Value) -> R<Expr> {
        let loc = self.loc(v, "expr")?;
        let n = self.kind_of(v, "expr")?;
        let o = DEFS[n as usize].name;
        use ExprKind as E;
        let kind = match n {
            N::BoolOp => {
                let op = match self.simple(v, "op", o, "boolop")? {
                    N::And => BoolOp::And,
                    _ => BoolOp::Or,
                };
                E::BoolOp {
                    op,
                    values: self.exprs(v, "values", o)?,
                }
            }
            N::NamedExpr => E::NamedExpr {
                target: self.req_expr(v, "target", o)?,
                value: self.req_expr(v, "value", o)?,
            },
            N::BinOp => E::BinOp {
                left: self.req_expr(v, "left", o)?,
                op: self.operator(v, o)?,
                right: self.req_expr(v, "right", o)?,
            },
            N::UnaryOp => {
                let op = match self.simple(v, "op", o, "unaryop")? {
                    N::Invert => UnaryOp::Invert,
                    N::Not => UnaryOp::Not,
                    N::UAdd => UnaryOp::UAdd,
                    _ => UnaryOp::USub,
                };
                E::UnaryOp {
                    op,
                    operand: self.req_expr(v, "operand", o)?,
                }
            }
            N::Lambda => E::Lambda {
                args: Box::new(self.req_arguments(v, "args", o)?),
                body: self.req_expr(v, "body", o)?,
            },
            N::IfExp => E::IfExp {
                test: self.req_expr(v, "test", o)?,
                body: self.req_expr(v, "body", o)?,
                orelse: self.req_expr(v, "orelse", o)?,
            },
            N::Dict => E::Dict {
                keys: self.opt_exprs(v, "keys", o)?,
                values: self.exprs(v, "values", o)?,
            },
            N::Set => E::Set {
                elts: self.exprs(v, "elts", o)?,
            },
            N::ListComp | N::SetComp | N::GeneratorExp => {
                let elt = self.req_expr(v, "elt", o)?;
                let generators = self.comprehensions(v, o)?;
                match n {
                    N::ListComp => E::ListComp { elt, generators },
                    N::SetComp => E::SetComp { elt, generators },
                    _ => E::GeneratorExp { elt, generators },
                }
            }
            N::DictComp => E::DictComp {
                key: self.req_expr(v, "key", o)?,
                value: self.req_expr(v, "value", o)?,
                generators: self.comprehensions(v, o)?,
            },
            N::Await => E::Await {
                value: self.req_expr(v, "value", o)?,
            },
            N::Yield => E::Yield {
                value: self.opt_expr(v, "value")?,
            },
            N::YieldFrom => E::YieldFrom {
                value: self.req_expr(v, "value", o)?,
            },
            N::Compare => E::Compare {
                left: self.req_expr(v, "left", o)?,
                ops: self.each(v, "ops", o, |s, c| s.cmpop(c))?,
                comparators: self.exprs(v, "comparators", o)?,
            },
            N::Call => E::Call {
                func: self.req_expr(v, "func", o)?,
                args: self.exprs(v, "args", o)?,
                keywords: self.each(v, "keywords", o, |s, k| s.keyword(k))?,
            },
            N::FormattedValue => E::FormattedValue {
                value: self.req_expr(v, "value", o)?,
                conversion: self.req_int(v, "conversion", o)? as i32,
                format_spec: self.opt_expr(v, "format_spec")?,
            },
            N::JoinedStr => E::JoinedStr {
                values: self.exprs(v, "values", o)?,
            },
            N::Constant => {
                let c = self.req(v, "value", o)?;
                E::Constant {
                    value: self.constant(&c)?,
                    kind: self.opt_string(v, "kind")?,
                }
            }
            N::Attribute => E::Attribute {
                value: self.req_expr(v, "value", o)?,
                attr: self.req_ident(v, "attr", o)?,
                ctx: self.ctx(v, o)?,
            },
            N::Subscript => E::Subscript {
                value: self.req_expr(v, "value", o)?,
                slice: self.req_expr(v, "slice", o)?,
                ctx: self.ctx(v, o)?,
            },
            N::Starred => E::Starred {
                value: self.req_expr(v, "value", o)?,
                ctx: self.ctx(v, o)?,
            },
            N::Name => E::Name {
                id: self.req_ident(v, "id", o)?,
                ctx: self.ctx(v, o)?,
            },
            N::List | N::Tuple => {
                let elts = self.exprs(v, "elts", o)?;
                let ctx = self.ctx(v, o)?;
                if n == N::List {
                    E::List { elts, ctx }
                } else {
                    E::Tuple { elts, ctx }
                }
            }
            _ => E::Slice {
                lower: self.opt_expr(v, "lower")?,
                upper: self.opt_expr(v, "upper")?,
                step: self.opt_expr(v, "step")?,
            },
        };
        Ok(Expr { loc, kind })
    }

    /// A `Constant`'s value; a value of another type is noted for the validator's error.
    pub(super) fn constant(&mut self, v: &Value) -> R<Constant> {
        let t = types();
        let ty = a_type(v);
        Ok(if v.is_none() {
            Constant::None
        } else if let Some(b) = v.as_bool() {
            Constant::Bool(b)
        } else if v.as_obj().is_some_and(|o| o.is(&t.ellipsis)) {
            Constant::Ellipsis
        } else if ty.is(&t.int) {
            Constant::Int(int::to_big(v).unwrap_or_default())
        } else if ty.is(&t.float) {
            Constant::Float(float::to_f64(v).unwrap_or(0.0))
        } else if ty.is(&t.complex) {
            let (real, imag) = complex::as_complex(v).unwrap_or((0.0, 0.0));
            Constant::Complex { real, imag }
        } else if ty.is(&t.str) {
            match pystr::as_str_obj(v).filter(|s| s.has_surrogates()) {
                Some(s) => Constant::StrSurrogates(s.code_points().collect()),
                None => Constant::Str(text(v)),
            }
        } else if ty.is(&t.bytes) {
            Constant::Bytes(weft_vm::objects::bytes::as_bytes(v).unwrap_or(&[]).to_vec())
        } else if ty.is(&t.tuple) {
            let items = tuple::as_tuple(v).unwrap_or(&[]).to_vec();
            Constant::Tuple(self.constants(&items)?)
        } else if ty.is(&t.frozenset) {
            let items = set::as_set(v).map(|s| s.keys()).unwrap_or_default();
            Constant::FrozenSet(self.constants(&items)?)
        } else {
            if self.bad_constant.is_none() {
                self.bad_constant = Some(type_name_of(v));
            }
            Constant::None
        })
    }

    pub(super) fn constants(&mut self, items: &[Value]) -> R<Vec<Constant>> {
        items.iter().map(|i| self.constant(i)).collect()
    }

    pub(super) fn patterns(&mut self, v: &Value, name: &str, owner: &str) -> R<Vec<Pattern>> {
        self.each(v, name, owner, |s, p| {
            s.pattern(p)?
                .ok_or_else(|| error::value_error("None disallowed in pattern list"))
        })
    }

    /// One `pattern` node, one level of native recursion deeper.
    pub(super) fn pattern(&mut self, v: &Value) -> R<Option<Pattern>> {
        if v.is_none() {
            return Ok(None);
        }
        if self.vm.enter_native("").is_err() {
            return Err(error::recursion_error(
                "maximum recursion depth exceeded while traversing 'pattern' node",
            ));
        }
        let r = self.pattern_node(v);
        self.vm.leave_native();
        r.map(Some)
    }

    pub(super) fn pattern_node(&mut self, v: &Value) -> R<Pattern> {
        let loc = self.loc(v, "pattern")?;
        let n = self.kind_of(v, "pattern")?;
        let o = DEFS[n as usize].name;
        use PatternKind as P;
        let kind = match n {
            N::MatchValue => P::MatchValue {
                value: self.req_expr(v, "value", o)?,
            },
            N::MatchSingleton => {
                let c = self.req(v, "value", o)?;
                P::MatchSingleton {
                    value: self.constant(&c)?,
                }
            }
            N::MatchSequence => P::MatchSequence {
                patterns: self.patterns(v, "patterns", o)?,
            },
            N::MatchMapping => P::MatchMapping {
                keys: self.exprs(v, "keys", o)?,
                patterns: self.patterns(v, "patterns", o)?,
                rest: self.opt_ident(v, "rest")?,
            },
            N::MatchClass => P::MatchClass {
                cls: self.req_expr(v, "cls", o)?,
                patterns: self.patterns(v, "patterns", o)?,
                kwd_attrs: self.idents(v, "kwd_attrs", o)?,
                kwd_patterns: self.patterns(v, "kwd_patterns", o)?,
            },
            N::MatchStar => P::MatchStar {
                name: self.opt_ident(v, "name")?,
            },
            N::MatchAs => {
                let pattern = match self.opt(v, "pattern")? {
                    Some(p) => self.pattern(&p)?.map(Box::new),
                    None => None,
                };
                P::MatchAs {
                    pattern,
                    name: self.opt_ident(v, "name")?,
                }
            }
            _ => P::MatchOr {
                patterns: self.patterns(v, "patterns", o)?,
            },
        };
        Ok(Pattern { loc, kind })
    }
}
