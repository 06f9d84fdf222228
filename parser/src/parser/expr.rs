//! Expressions: from `star_expressions` down to atoms, with CPython's locations.

use super::{Fail, PResult, Parser, Pos};
use crate::ast::{
    BoolOp, CmpOp, Comprehension, Constant, Expr, ExprContext, ExprKind, Loc, Operator, UnaryOp,
};
use crate::token::Tok;
use crate::unicode::normalize_identifier;

pub(crate) fn mk(kind: ExprKind, loc: crate::ast::Loc) -> Expr {
    Expr { loc, kind }
}

/// Whether a token can begin an expression (a star-expression when `star`).
pub(crate) fn starts_expr(t: Tok) -> bool {
    matches!(
        t,
        Tok::Name
            | Tok::Number
            | Tok::String
            | Tok::LPar
            | Tok::LSqb
            | Tok::LBrace
            | Tok::Minus
            | Tok::Plus
            | Tok::Tilde
            | Tok::Not
            | Tok::Lambda
            | Tok::Await
            | Tok::None
            | Tok::True
            | Tok::False
            | Tok::Ellipsis
            | Tok::Star
    )
}

impl Parser<'_> {
    /// `expressions`: `expression (',' expression)* [',']`, a tuple if there is a comma.
    pub(crate) fn expressions(&mut self) -> PResult<Expr> {
        let start = self.start();
        let first = self.expression()?;
        if !self.at(Tok::Comma) {
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat(Tok::Comma) {
            if !starts_expr(self.peek()) || self.at(Tok::Star) {
                break;
            }
            elts.push(self.expression()?);
        }
        Ok(mk(
            ExprKind::Tuple {
                elts,
                ctx: ExprContext::Load,
            },
            self.finish(start),
        ))
    }

    /// `star_expressions`: like `expressions` but elements may be `*starred`.
    pub(crate) fn star_expressions(&mut self) -> PResult<Expr> {
        let start = self.start();
        let first = self.star_expression()?;
        if !self.at(Tok::Comma) {
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat(Tok::Comma) {
            if !starts_expr(self.peek()) {
                break;
            }
            elts.push(self.star_expression()?);
        }
        Ok(mk(
            ExprKind::Tuple {
                elts,
                ctx: ExprContext::Load,
            },
            self.finish(start),
        ))
    }

    /// `star_expression`: `'*' bitwise_or | expression`.
    pub(crate) fn star_expression(&mut self) -> PResult<Expr> {
        if self.at(Tok::Star) {
            let start = self.start();
            self.bump();
            let value = self.bitwise_or()?;
            return Ok(mk(
                ExprKind::Starred {
                    value: Box::new(value),
                    ctx: ExprContext::Load,
                },
                self.finish(start),
            ));
        }
        self.expression()
    }

    /// `star_named_expression`: `'*' bitwise_or | named_expression`.
    pub(crate) fn star_named_expression(&mut self) -> PResult<Expr> {
        if self.at(Tok::Star) {
            return self.star_expression();
        }
        self.named_expression()
    }

    /// `named_expression`, with `invalid_named_expression`'s hints for a stray `=`.
    pub(crate) fn named_expression(&mut self) -> PResult<Expr> {
        let e = self.named_expression_plain()?;
        if self.at(Tok::Equal) && !matches!(e.kind, ExprKind::NamedExpr { .. }) {
            return Err(self.stray_equal(&e));
        }
        Ok(e)
    }

    /// `a = b` where an expression was expected: "Maybe you meant '=='..." when `b` parses as a
    /// `bitwise_or` not followed by another `=` or `:=`.
    fn stray_equal(&mut self, target: &Expr) -> Fail {
        let excluded = match &target.kind {
            ExprKind::List { .. } | ExprKind::Tuple { .. } | ExprKind::GeneratorExp { .. } => true,
            ExprKind::Constant { value, .. } => matches!(value, Constant::Bool(_) | Constant::None),
            ExprKind::Compare { .. }
            | ExprKind::BoolOp { .. }
            | ExprKind::IfExp { .. }
            | ExprKind::Lambda { .. } => true,
            ExprKind::UnaryOp {
                op: UnaryOp::Not, ..
            } => true,
            _ => false,
        };
        if excluded {
            return Fail(None);
        }
        let save = (self.pos, self.max_pos, self.depth);
        self.bump();
        let value = self.bitwise_or();
        let follows_eq = matches!(self.peek(), Tok::Equal | Tok::ColonEqual);
        self.pos = save.0;
        self.depth = save.2;
        match value {
            Ok(v) if !follows_eq => {
                if matches!(target.kind, ExprKind::Name { .. }) {
                    let loc = crate::ast::Loc {
                        end_lineno: v.loc.end_lineno,
                        end_col_offset: v.loc.end_col_offset,
                        ..target.loc
                    };
                    self.err_loc(
                        loc,
                        "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                    )
                } else {
                    let what = super::target::describe(target);
                    self.err_loc(
                        target.loc,
                        &format!(
                            "cannot assign to {what} here. Maybe you meant '==' instead of '='?"
                        ),
                    )
                }
            }
            Err(Fail(Some(e))) => Fail(Some(e)),
            _ => {
                self.max_pos = save.1;
                Fail(None)
            }
        }
    }

    /// `named_expression`: `NAME ':=' expression | expression !':='`.
    pub(crate) fn named_expression_plain(&mut self) -> PResult<Expr> {
        if self.at(Tok::Name) && self.peek_n(1) == Tok::ColonEqual {
            let start = self.start();
            let name = self.name_expr(ExprContext::Store)?;
            self.bump();
            let value = self.expression()?;
            return Ok(mk(
                ExprKind::NamedExpr {
                    target: Box::new(name),
                    value: Box::new(value),
                },
                self.finish(start),
            ));
        }
        let e = self.expression()?;
        if self.at(Tok::ColonEqual) {
            return Err(self.invalid_named_target(&e));
        }
        Ok(e)
    }

    /// `invalid_named_expression`: `a.b := 1` and friends.
    fn invalid_named_target(&mut self, e: &Expr) -> Fail {
        let what = super::target::describe(e);
        self.err_loc(
            e.loc,
            &format!("cannot use assignment expressions with {what}"),
        )
    }

    /// `expression`: a conditional expression, a lambda, or a disjunction.
    pub(crate) fn expression(&mut self) -> PResult<Expr> {
        self.enter()?;
        let r = self.expression_inner();
        self.leave();
        r
    }

    fn expression_inner(&mut self) -> PResult<Expr> {
        if self.at(Tok::Lambda) {
            return self.lambdef();
        }
        let start = self.start();
        let body = self.disjunction()?;
        if !self.at(Tok::If) {
            return Ok(body);
        }
        self.bump();
        let test = self.disjunction()?;
        if !self.eat(Tok::Else) {
            if !matches!(self.peek(), Tok::Error) {
                let loc = self.finish(start);
                return Err(self.err_loc(loc, "expected 'else' after 'if' expression"));
            }
            return Err(Fail(None));
        }
        let orelse = self.expression()?;
        Ok(mk(
            ExprKind::IfExp {
                test: Box::new(test),
                body: Box::new(body),
                orelse: Box::new(orelse),
            },
            self.finish(start),
        ))
    }

    /// `yield_expr`: `'yield' 'from' expression | 'yield' [star_expressions]`.
    pub(crate) fn yield_expr(&mut self) -> PResult<Expr> {
        let start = self.start();
        self.expect(Tok::Yield)?;
        if self.eat(Tok::From) {
            let value = self.expression()?;
            return Ok(mk(
                ExprKind::YieldFrom {
                    value: Box::new(value),
                },
                self.finish(start),
            ));
        }
        let value = if starts_expr(self.peek()) {
            Some(Box::new(self.star_expressions()?))
        } else {
            None
        };
        Ok(mk(ExprKind::Yield { value }, self.finish(start)))
    }

    fn lambdef(&mut self) -> PResult<Expr> {
        let start = self.start();
        self.expect(Tok::Lambda)?;
        let args = self.parameters(true)?;
        self.expect(Tok::Colon)?;
        let body = self.expression()?;
        Ok(mk(
            ExprKind::Lambda {
                args: Box::new(args),
                body: Box::new(body),
            },
            self.finish(start),
        ))
    }

    pub(crate) fn disjunction(&mut self) -> PResult<Expr> {
        self.bool_chain(Tok::Or)
    }

    fn bool_chain(&mut self, op_tok: Tok) -> PResult<Expr> {
        let start = self.start();
        let first = if op_tok == Tok::Or {
            self.bool_chain(Tok::And)?
        } else {
            self.inversion()?
        };
        if !self.at(op_tok) {
            return Ok(first);
        }
        let mut values = vec![first];
        while self.eat(op_tok) {
            let v = if op_tok == Tok::Or {
                self.bool_chain(Tok::And)?
            } else {
                self.inversion()?
            };
            values.push(v);
        }
        let op = if op_tok == Tok::Or {
            BoolOp::Or
        } else {
            BoolOp::And
        };
        Ok(mk(ExprKind::BoolOp { op, values }, self.finish(start)))
    }

    fn inversion(&mut self) -> PResult<Expr> {
        if self.at(Tok::Not) {
            let start = self.start();
            self.bump();
            self.enter()?;
            let operand = self.inversion();
            self.leave();
            return Ok(mk(
                ExprKind::UnaryOp {
                    op: UnaryOp::Not,
                    operand: Box::new(operand?),
                },
                self.finish(start),
            ));
        }
        self.comparison()
    }

    fn comparison(&mut self) -> PResult<Expr> {
        let start = self.start();
        let left = self.bitwise_or()?;
        let mut ops = Vec::new();
        let mut comparators = Vec::new();
        loop {
            let op = match self.peek() {
                Tok::EqEqual => CmpOp::Eq,
                Tok::NotEqual => {
                    let t = self.cur();
                    if self.text(&t) == "<>" {
                        return Err(Fail(None));
                    }
                    CmpOp::NotEq
                }
                Tok::LessEqual => CmpOp::LtE,
                Tok::Less => CmpOp::Lt,
                Tok::GreaterEqual => CmpOp::GtE,
                Tok::Greater => CmpOp::Gt,
                Tok::In => CmpOp::In,
                Tok::Not if self.peek_n(1) == Tok::In => {
                    self.bump();
                    CmpOp::NotIn
                }
                Tok::Is if self.peek_n(1) == Tok::Not => {
                    self.bump();
                    CmpOp::IsNot
                }
                Tok::Is => CmpOp::Is,
                _ => break,
            };
            self.bump();
            ops.push(op);
            comparators.push(self.bitwise_or()?);
        }
        if ops.is_empty() {
            return Ok(left);
        }
        Ok(mk(
            ExprKind::Compare {
                left: Box::new(left),
                ops,
                comparators,
            },
            self.finish(start),
        ))
    }

    /// The binary-operator levels from `|` down to `*`, left-associative loops.
    pub(crate) fn bitwise_or(&mut self) -> PResult<Expr> {
        self.binary(0)
    }

    fn binary(&mut self, level: u8) -> PResult<Expr> {
        if level == 6 {
            return self.factor();
        }
        let start = self.start();
        let mut left = self.binary(level + 1)?;
        let saved = self.depth;
        loop {
            let op = match (level, self.peek()) {
                (0, Tok::VBar) => Operator::BitOr,
                (1, Tok::Circumflex) => Operator::BitXor,
                (2, Tok::Amper) => Operator::BitAnd,
                (3, Tok::LeftShift) => Operator::LShift,
                (3, Tok::RightShift) => Operator::RShift,
                (4, Tok::Plus) => Operator::Add,
                (4, Tok::Minus) => Operator::Sub,
                (5, Tok::Star) => Operator::Mult,
                (5, Tok::Slash) => Operator::Div,
                (5, Tok::DoubleSlash) => Operator::FloorDiv,
                (5, Tok::Percent) => Operator::Mod,
                (5, Tok::At) => Operator::MatMult,
                _ => break,
            };
            self.bump();
            self.enter()?;
            let right = self.binary(level + 1)?;
            left = mk(
                ExprKind::BinOp {
                    left: Box::new(left),
                    op,
                    right: Box::new(right),
                },
                self.finish(start),
            );
        }
        self.depth = saved;
        Ok(left)
    }

    fn factor(&mut self) -> PResult<Expr> {
        let op = match self.peek() {
            Tok::Plus => UnaryOp::UAdd,
            Tok::Minus => UnaryOp::USub,
            Tok::Tilde => UnaryOp::Invert,
            _ => return self.power(),
        };
        let start = self.start();
        self.bump();
        self.enter()?;
        let operand = self.factor();
        self.leave();
        Ok(mk(
            ExprKind::UnaryOp {
                op,
                operand: Box::new(operand?),
            },
            self.finish(start),
        ))
    }

    fn power(&mut self) -> PResult<Expr> {
        let start = self.start();
        let left = self.await_primary()?;
        if !self.eat(Tok::DoubleStar) {
            return Ok(left);
        }
        self.enter()?;
        let right = self.factor();
        self.leave();
        Ok(mk(
            ExprKind::BinOp {
                left: Box::new(left),
                op: Operator::Pow,
                right: Box::new(right?),
            },
            self.finish(start),
        ))
    }

    fn await_primary(&mut self) -> PResult<Expr> {
        if self.at(Tok::Await) {
            let start = self.start();
            self.bump();
            let value = self.primary()?;
            return Ok(mk(
                ExprKind::Await {
                    value: Box::new(value),
                },
                self.finish(start),
            ));
        }
        self.primary()
    }

    /// `primary`: an atom followed by attribute, call and subscript trailers.
    pub(crate) fn primary(&mut self) -> PResult<Expr> {
        let start = self.start();
        let mut e = self.atom()?;
        let saved = self.depth;
        loop {
            match self.peek() {
                Tok::Dot => {
                    self.bump();
                    let name = self.expect(Tok::Name)?;
                    self.enter()?;
                    let attr = normalize_identifier(self.text(&name));
                    e = mk(
                        ExprKind::Attribute {
                            value: Box::new(e),
                            attr,
                            ctx: ExprContext::Load,
                        },
                        self.finish(start),
                    );
                }
                Tok::LPar => {
                    self.enter()?;
                    e = self.call(e, start)?;
                }
                Tok::LSqb => {
                    self.bump();
                    self.enter()?;
                    let slice = self.slices()?;
                    self.expect(Tok::RSqb)?;
                    e = mk(
                        ExprKind::Subscript {
                            value: Box::new(e),
                            slice: Box::new(slice),
                            ctx: ExprContext::Load,
                        },
                        self.finish(start),
                    );
                }
                _ => break,
            }
        }
        self.depth = saved;
        Ok(e)
    }

    /// `slices`: one slice, or a tuple of slices and starred expressions.
    fn slices(&mut self) -> PResult<Expr> {
        let start = self.start();
        let first = self.slice_item()?;
        if !self.at(Tok::Comma) {
            if matches!(first.kind, ExprKind::Starred { .. }) {
                // A lone starred item is not a `slice`: it only fits the tuple alternative.
                let loc = first.loc;
                return Ok(mk(
                    ExprKind::Tuple {
                        elts: vec![first],
                        ctx: ExprContext::Load,
                    },
                    loc,
                ));
            }
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat(Tok::Comma) {
            if self.at(Tok::RSqb) {
                break;
            }
            elts.push(self.slice_item()?);
        }
        Ok(mk(
            ExprKind::Tuple {
                elts,
                ctx: ExprContext::Load,
            },
            self.finish(start),
        ))
    }

    fn slice_item(&mut self) -> PResult<Expr> {
        if self.at(Tok::Star) {
            return self.star_expression();
        }
        let start = self.start();
        let walrus = self.at(Tok::Name) && self.peek_n(1) == Tok::ColonEqual;
        let lower = if self.at(Tok::Colon) {
            None
        } else {
            Some(self.named_expression()?)
        };
        if !self.at(Tok::Colon) {
            return lower.ok_or(Fail(None));
        }
        if walrus {
            return Err(Fail(None));
        }
        self.bump();
        let upper = if matches!(self.peek(), Tok::Colon | Tok::Comma | Tok::RSqb) {
            None
        } else {
            Some(Box::new(self.expression()?))
        };
        let step = if self.eat(Tok::Colon) {
            if matches!(self.peek(), Tok::Comma | Tok::RSqb) {
                None
            } else {
                Some(Box::new(self.expression()?))
            }
        } else {
            None
        };
        Ok(mk(
            ExprKind::Slice {
                lower: lower.map(Box::new),
                upper,
                step,
            },
            self.finish(start),
        ))
    }

    pub(crate) fn name_expr(&mut self, ctx: ExprContext) -> PResult<Expr> {
        let t = self.expect(Tok::Name)?;
        let id = normalize_identifier(self.text(&t));
        Ok(mk(ExprKind::Name { id, ctx }, self.tok_loc(&t)))
    }

    fn constant(&mut self, value: Constant) -> Expr {
        let t = self.bump();
        mk(ExprKind::Constant { value, kind: None }, self.tok_loc(&t))
    }

    fn atom(&mut self) -> PResult<Expr> {
        match self.peek() {
            Tok::Name => self.name_expr(ExprContext::Load),
            Tok::True => Ok(self.constant(Constant::Bool(true))),
            Tok::False => Ok(self.constant(Constant::Bool(false))),
            Tok::None => Ok(self.constant(Constant::None)),
            Tok::Ellipsis => Ok(self.constant(Constant::Ellipsis)),
            Tok::Number => {
                let t = self.cur();
                if let Some(n) = crate::number::too_many_digits(self.text(&t)) {
                    let msg = format!(
                        "Exceeds the limit ({}) for integer string conversion: value has {n} digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.",
                        crate::number::MAX_STR_DIGITS
                    );
                    let mut e = self.rep.error(
                        crate::error::ErrorKind::SyntaxError,
                        msg,
                        t.lineno,
                        0,
                        t.lineno,
                        0,
                        true,
                    );
                    e.lineno += self.line_offset;
                    e.end_lineno += self.line_offset;
                    return Err(Fail(Some(Box::new(e))));
                }
                let value = crate::number::parse_number(self.text(&t)).ok_or(Fail(None))?;
                Ok(self.constant(value))
            }
            Tok::String => self.strings(),
            Tok::LPar => self.paren_atom(),
            Tok::LSqb => self.list_atom(),
            Tok::LBrace => self.brace_atom(),
            _ => Err(Fail(None)),
        }
    }

    fn paren_atom(&mut self) -> PResult<Expr> {
        let start = self.start();
        self.bump();
        if self.eat(Tok::RPar) {
            return Ok(mk(
                ExprKind::Tuple {
                    elts: vec![],
                    ctx: ExprContext::Load,
                },
                self.finish(start),
            ));
        }
        if self.at(Tok::Yield) {
            let e = self.yield_expr()?;
            self.expect(Tok::RPar)?;
            return Ok(e);
        }
        let first = self.star_named_expression()?;
        match self.peek() {
            Tok::RPar => {
                self.bump();
                if matches!(first.kind, ExprKind::Starred { .. }) {
                    return Err(self.err_loc(first.loc, "cannot use starred expression here"));
                }
                Ok(first)
            }
            Tok::For | Tok::Async => {
                self.check_comprehension_elt(&first)?;
                let generators = self.for_if_clauses()?;
                self.expect(Tok::RPar)?;
                Ok(mk(
                    ExprKind::GeneratorExp {
                        elt: Box::new(first),
                        generators,
                    },
                    self.finish(start),
                ))
            }
            Tok::Comma => {
                let mut elts = vec![first];
                while self.eat(Tok::Comma) {
                    if self.at(Tok::RPar) {
                        break;
                    }
                    elts.push(self.star_named_expression()?);
                }
                self.expect_closing(Tok::RPar, &elts)?;
                Ok(mk(
                    ExprKind::Tuple {
                        elts,
                        ctx: ExprContext::Load,
                    },
                    self.finish(start),
                ))
            }
            _ => Err(self.maybe_missing_comma(&first, Tok::RPar)),
        }
    }

    fn list_atom(&mut self) -> PResult<Expr> {
        let start = self.start();
        self.bump();
        if self.eat(Tok::RSqb) {
            return Ok(mk(
                ExprKind::List {
                    elts: vec![],
                    ctx: ExprContext::Load,
                },
                self.finish(start),
            ));
        }
        let first = self.star_named_expression()?;
        if matches!(self.peek(), Tok::For | Tok::Async) {
            self.check_comprehension_elt(&first)?;
            let generators = self.for_if_clauses()?;
            self.expect(Tok::RSqb)?;
            return Ok(mk(
                ExprKind::ListComp {
                    elt: Box::new(first),
                    generators,
                },
                self.finish(start),
            ));
        }
        let mut elts = vec![first];
        while self.at(Tok::Comma) {
            let comma = self.bump();
            if self.at(Tok::RSqb) {
                break;
            }
            if elts.len() == 1 {
                self.unparenthesized_comp_target(&elts[0], self.tok_loc(&comma))?;
            }
            elts.push(self.star_named_expression()?);
        }
        if elts.len() > 1 {
            let end = elts[elts.len() - 1].loc;
            self.unparenthesized_comp_target(&elts[0], end)?;
        }
        self.expect_closing(Tok::RSqb, &elts)?;
        Ok(mk(
            ExprKind::List {
                elts,
                ctx: ExprContext::Load,
            },
            self.finish(start),
        ))
    }

    /// 3.11's `invalid_comprehension`: `[a, b for ...]` (or with braces) when comprehension clauses
    /// follow; the error spans `a` to `end`. Otherwise nothing is consumed.
    fn unparenthesized_comp_target(&mut self, first: &Expr, end: Loc) -> PResult<()> {
        if !matches!(self.peek(), Tok::For | Tok::Async) {
            return Ok(());
        }
        // A failed attempt leaves the furthest token read where the valid rules stopped.
        let save = (self.pos, self.depth, self.max_pos);
        match self.for_if_clauses() {
            Ok(_) => {
                let loc = Loc {
                    end_lineno: end.end_lineno,
                    end_col_offset: end.end_col_offset,
                    ..first.loc
                };
                Err(self.err_loc(
                    loc,
                    "did you forget parentheses around the comprehension target?",
                ))
            }
            Err(Fail(None)) => {
                (self.pos, self.depth, self.max_pos) = save;
                Ok(())
            }
            Err(e) => Err(e),
        }
    }

    fn brace_atom(&mut self) -> PResult<Expr> {
        let start = self.start();
        self.bump();
        if self.eat(Tok::RBrace) {
            return Ok(mk(
                ExprKind::Dict {
                    keys: vec![],
                    values: vec![],
                },
                self.finish(start),
            ));
        }
        if self.at(Tok::DoubleStar) {
            // `invalid_dict_comprehension`: `{**a for a in b}`.
            let (save, save_max) = (self.pos, self.max_pos);
            let star = self.bump();
            if self.bitwise_or().is_ok() && matches!(self.peek(), Tok::For | Tok::Async) {
                let loc = self.tok_loc(&star);
                return Err(
                    self.err_loc(loc, "dict unpacking cannot be used in dict comprehension")
                );
            }
            self.pos = save;
            self.max_pos = save_max;
            return self.dict_rest(start, Vec::new(), Vec::new());
        }
        let walrus = self.at(Tok::Name) && self.peek_n(1) == Tok::ColonEqual;
        let first = self.star_named_expression()?;
        if self.at(Tok::Colon) {
            if walrus || matches!(first.kind, ExprKind::Starred { .. }) {
                return Err(Fail(None));
            }
            let colon = self.bump();
            if matches!(self.peek(), Tok::Comma | Tok::RBrace) {
                let loc = self.tok_loc(&colon);
                return Err(self.err_loc(loc, "expression expected after dictionary key and ':'"));
            }
            let value = self.expression()?;
            if matches!(self.peek(), Tok::For | Tok::Async) {
                let generators = self.for_if_clauses()?;
                self.expect(Tok::RBrace)?;
                return Ok(mk(
                    ExprKind::DictComp {
                        key: Box::new(first),
                        value: Box::new(value),
                        generators,
                    },
                    self.finish(start),
                ));
            }
            return self.dict_rest(start, vec![Some(first)], vec![value]);
        }
        if matches!(self.peek(), Tok::For | Tok::Async) {
            self.check_comprehension_elt(&first)?;
            let generators = self.for_if_clauses()?;
            self.expect(Tok::RBrace)?;
            return Ok(mk(
                ExprKind::SetComp {
                    elt: Box::new(first),
                    generators,
                },
                self.finish(start),
            ));
        }
        let mut elts = vec![first];
        while self.at(Tok::Comma) {
            let comma = self.bump();
            if self.at(Tok::RBrace) {
                break;
            }
            if elts.len() == 1 {
                self.unparenthesized_comp_target(&elts[0], self.tok_loc(&comma))?;
            }
            elts.push(self.star_named_expression()?);
        }
        if elts.len() > 1 {
            let end = elts[elts.len() - 1].loc;
            self.unparenthesized_comp_target(&elts[0], end)?;
        }
        self.expect_closing(Tok::RBrace, &elts)?;
        Ok(mk(ExprKind::Set { elts }, self.finish(start)))
    }

    /// The rest of a dict display after its first item (if any).
    fn dict_rest(
        &mut self,
        start: Pos,
        mut keys: Vec<Option<Expr>>,
        mut values: Vec<Expr>,
    ) -> PResult<Expr> {
        loop {
            if !keys.is_empty() {
                if !self.eat(Tok::Comma) {
                    break;
                }
                if self.at(Tok::RBrace) {
                    break;
                }
            }
            if self.eat(Tok::DoubleStar) {
                keys.push(None);
                values.push(self.bitwise_or()?);
                continue;
            }
            let k = self.expression()?;
            if !self.at(Tok::Colon) {
                if matches!(self.peek(), Tok::Comma | Tok::RBrace) {
                    // `invalid_kvpair`: reported just before the key's end, to the line's end.
                    let mut e = self.err_loc(k.loc, "':' expected after dictionary key");
                    if let Some(err) = e.0.as_mut() {
                        let line = self.rep.line(err.lineno).to_string();
                        err.offset = line
                            .get(..k.loc.end_col_offset as usize)
                            .map_or(err.offset, |p| p.chars().count() as u32);
                        err.end_offset = 0;
                    }
                    return Err(e);
                }
                return Err(Fail(None));
            }
            let colon = self.bump();
            if matches!(self.peek(), Tok::Comma | Tok::RBrace) {
                let loc = self.tok_loc(&colon);
                return Err(self.err_loc(loc, "expression expected after dictionary key and ':'"));
            }
            keys.push(Some(k));
            values.push(self.expression()?);
        }
        self.expect(Tok::RBrace)?;
        Ok(mk(ExprKind::Dict { keys, values }, self.finish(start)))
    }

    /// The closing bracket of a display, or "Perhaps you forgot a comma?" when two expressions stand
    /// side by side inside brackets.
    fn expect_closing(&mut self, close: Tok, elts: &[Expr]) -> PResult<()> {
        if self.eat(close) {
            return Ok(());
        }
        match elts.last() {
            Some(last) => Err(self.maybe_missing_comma(last, close)),
            None => Err(Fail(None)),
        }
    }

    /// `invalid_expression`'s "Perhaps you forgot a comma?": inside brackets, an expression followed
    /// directly by the start of another (not a keyword that could continue a valid construct).
    pub(crate) fn maybe_missing_comma(&mut self, prev: &Expr, close: Tok) -> Fail {
        let next = self.peek();
        if next == close
            || !starts_expr(next)
            || matches!(
                next,
                Tok::Not | Tok::Star | Tok::Minus | Tok::Plus | Tok::Lambda
            )
        {
            return Fail(None);
        }
        // `!(NAME STRING | SOFT_KEYWORD)` and `_PyPegen_check_legacy_stmt`: `print "x"`, `match x`.
        if let ExprKind::Name { id, .. } = &prev.kind {
            if next == Tok::String
                || matches!(id.as_str(), "print" | "exec" | "match" | "case" | "_")
            {
                return Fail(None);
            }
        }
        let save = self.pos;
        let save_max = self.max_pos;
        let saved_depth = self.depth;
        let following = self.expression();
        self.depth = saved_depth;
        let r = match following {
            Ok(b) if !matches!(prev.kind, ExprKind::Starred { .. }) => {
                let loc = crate::ast::Loc {
                    lineno: prev.loc.lineno,
                    col_offset: prev.loc.col_offset,
                    end_lineno: b.loc.end_lineno,
                    end_col_offset: b.loc.end_col_offset,
                };
                self.err_loc(loc, "invalid syntax. Perhaps you forgot a comma?")
            }
            Ok(_) => Fail(None),
            Err(Fail(Some(e))) => Fail(Some(e)),
            Err(Fail(None)) => Fail(None),
        };
        self.pos = save;
        if r.0.is_none() {
            self.max_pos = save_max.max(self.max_pos);
        }
        r
    }

    /// A starred element cannot be the element of a comprehension.
    fn check_comprehension_elt(&mut self, elt: &Expr) -> PResult<()> {
        if matches!(elt.kind, ExprKind::Starred { .. }) {
            return Err(self.err_loc(
                elt.loc,
                "iterable unpacking cannot be used in comprehension",
            ));
        }
        Ok(())
    }

    /// `for_if_clauses`: one or more `[async] for targets in disjunction (if disjunction)*`.
    pub(crate) fn for_if_clauses(&mut self) -> PResult<Vec<Comprehension>> {
        let mut gens = Vec::new();
        while matches!(self.peek(), Tok::For | Tok::Async) {
            let is_async = self.eat(Tok::Async);
            self.expect(Tok::For)?;
            let target = self.star_targets_until_in()?;
            if !self.eat(Tok::In) {
                return Err(Fail(None));
            }
            let iter = self.disjunction()?;
            let mut ifs = Vec::new();
            while self.eat(Tok::If) {
                ifs.push(self.disjunction()?);
            }
            gens.push(Comprehension {
                target,
                iter,
                ifs,
                is_async,
            });
        }
        Ok(gens)
    }
}
