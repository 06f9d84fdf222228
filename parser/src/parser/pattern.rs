//! The `match` statement (soft keywords `match`, `case`, `_`) and its patterns.

use super::expr::{mk, starts_expr};
use super::{Fail, PResult, Parser, Pos};
use crate::ast::{
    Constant, Expr, ExprContext, ExprKind, MatchCase, Operator, Pattern, PatternKind, Stmt,
    StmtKind, UnaryOp,
};
use crate::error::ErrorKind;
use crate::token::Tok;
use crate::unicode::normalize_identifier;

/// What a statement starting with the soft keyword `match` turned out to be.
pub(crate) enum MatchTry {
    Stmt(Stmt),
    /// `match` is an ordinary name here.
    NotMatch,
    /// A subject followed by this token instead of `:`; if the line fails as a simple statement too,
    /// CPython says "expected ':'" here.
    MissingColon(crate::token::Token),
}

fn pat(kind: PatternKind, loc: crate::ast::Loc) -> Pattern {
    Pattern { loc, kind }
}

impl Parser<'_> {
    /// A `match` statement, or what else `match` starts here.
    pub(crate) fn match_stmt(&mut self) -> PResult<MatchTry> {
        let save = (self.pos, self.depth);
        let start = self.start();
        let kw = self.bump();
        if !starts_expr(self.peek()) {
            self.pos = save.0;
            return Ok(MatchTry::NotMatch);
        }
        let subject = match self.subject_expr() {
            Ok(s) if self.at(Tok::Colon) => s,
            Ok(_) => {
                let after = self.cur();
                self.pos = save.0;
                self.depth = save.1;
                return Ok(MatchTry::MissingColon(after));
            }
            Err(_) => {
                self.pos = save.0;
                self.depth = save.1;
                return Ok(MatchTry::NotMatch);
            }
        };
        self.bump();
        let line = kw.lineno + self.line_offset;
        if !self.eat(Tok::Newline) {
            return Err(Fail(None));
        }
        if !self.eat(Tok::Indent) {
            let t = self.cur();
            let msg = format!("expected an indented block after 'match' statement on line {line}");
            return Err(self.err_kind_tok(ErrorKind::IndentationError, &t, &msg));
        }
        let mut cases = Vec::new();
        while !self.eat(Tok::Dedent) {
            if !self.at_soft("case") {
                return Err(Fail(None));
            }
            cases.push(self.case_block()?);
        }
        let loc = self.finish(start);
        Ok(MatchTry::Stmt(Stmt {
            loc,
            kind: StmtKind::Match {
                subject: Box::new(subject),
                cases,
            },
        }))
    }

    fn subject_expr(&mut self) -> PResult<Expr> {
        let start = self.start();
        let first = self.star_named_expression()?;
        if !self.at(Tok::Comma) {
            if matches!(first.kind, ExprKind::Starred { .. }) {
                return Err(Fail(None));
            }
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat(Tok::Comma) {
            if !starts_expr(self.peek()) {
                break;
            }
            elts.push(self.star_named_expression()?);
        }
        Ok(mk(
            ExprKind::Tuple {
                elts,
                ctx: ExprContext::Load,
            },
            self.finish(start),
        ))
    }

    fn case_block(&mut self) -> PResult<MatchCase> {
        let kw = self.bump();
        let pattern = self.patterns()?;
        let guard = if self.eat(Tok::If) {
            Some(Box::new(self.named_expression()?))
        } else {
            None
        };
        if !self.at(Tok::Colon) {
            let t = self.cur();
            if t.kind == Tok::Newline {
                return Err(self.err_tok(&t, "expected ':'"));
            }
            return Err(Fail(None));
        }
        self.bump();
        let body = self.block("'case' statement", kw.lineno + self.line_offset)?;
        Ok(MatchCase {
            pattern,
            guard,
            body,
        })
    }

    /// `patterns`: an open sequence (`case a, b:`) or one pattern.
    fn patterns(&mut self) -> PResult<Pattern> {
        let start = self.start();
        let first = self.maybe_star_pattern()?;
        if !self.at(Tok::Comma) {
            if matches!(first.kind, PatternKind::MatchStar { .. }) {
                return Err(Fail(None));
            }
            return Ok(first);
        }
        let mut patterns = vec![first];
        while self.eat(Tok::Comma) {
            if matches!(self.peek(), Tok::Colon | Tok::If) {
                break;
            }
            patterns.push(self.maybe_star_pattern()?);
        }
        Ok(pat(
            PatternKind::MatchSequence { patterns },
            self.finish(start),
        ))
    }

    fn maybe_star_pattern(&mut self) -> PResult<Pattern> {
        if self.at(Tok::Star) {
            let start = self.start();
            self.bump();
            let t = self.expect(Tok::Name)?;
            let text = self.text(&t);
            let name = if text == "_" {
                None
            } else {
                Some(normalize_identifier(text))
            };
            return Ok(pat(PatternKind::MatchStar { name }, self.finish(start)));
        }
        self.pattern()
    }

    /// `pattern`: `or_pattern ['as' NAME]`.
    fn pattern(&mut self) -> PResult<Pattern> {
        self.enter()?;
        let r = self.pattern_inner();
        self.leave();
        r
    }

    fn pattern_inner(&mut self) -> PResult<Pattern> {
        let start = self.start();
        let p = self.or_pattern()?;
        if !self.eat(Tok::As) {
            return Ok(p);
        }
        let t = self.cur();
        if t.kind != Tok::Name {
            if starts_expr(t.kind) {
                let e = self.expression()?;
                return Err(self.err_loc(e.loc, "invalid pattern target"));
            }
            return Err(Fail(None));
        }
        self.bump();
        if self.text(&t) == "_" {
            let loc = self.tok_loc(&t);
            return Err(self.err_loc(loc, "cannot use '_' as a target"));
        }
        if matches!(self.peek(), Tok::Dot | Tok::LPar | Tok::Equal) {
            self.pos -= 1;
            let e = self.expression()?;
            return Err(self.err_loc(e.loc, "invalid pattern target"));
        }
        let name = Some(normalize_identifier(self.text(&t)));
        Ok(pat(
            PatternKind::MatchAs {
                pattern: Some(Box::new(p)),
                name,
            },
            self.finish(start),
        ))
    }

    fn or_pattern(&mut self) -> PResult<Pattern> {
        let start = self.start();
        let first = self.closed_pattern()?;
        if !self.at(Tok::VBar) {
            return Ok(first);
        }
        let mut patterns = vec![first];
        while self.eat(Tok::VBar) {
            patterns.push(self.closed_pattern()?);
        }
        Ok(pat(PatternKind::MatchOr { patterns }, self.finish(start)))
    }

    fn closed_pattern(&mut self) -> PResult<Pattern> {
        let start = self.start();
        match self.peek() {
            Tok::None | Tok::True | Tok::False => {
                let t = self.bump();
                let value = match t.kind {
                    Tok::None => Constant::None,
                    k => Constant::Bool(k == Tok::True),
                };
                Ok(pat(PatternKind::MatchSingleton { value }, self.tok_loc(&t)))
            }
            Tok::Number | Tok::Minus | Tok::String => {
                let value = self.literal_expr()?;
                Ok(pat(
                    PatternKind::MatchValue {
                        value: Box::new(value),
                    },
                    self.finish(start),
                ))
            }
            Tok::Name => {
                let t = self.cur();
                let text = self.text(&t);
                if !matches!(self.peek_n(1), Tok::Dot | Tok::LPar | Tok::Equal) {
                    self.bump();
                    let name = if text == "_" {
                        None
                    } else {
                        Some(normalize_identifier(text))
                    };
                    return Ok(pat(
                        PatternKind::MatchAs {
                            pattern: None,
                            name,
                        },
                        self.tok_loc(&t),
                    ));
                }
                let cls = self.name_or_attr()?;
                if self.at(Tok::LPar) {
                    return self.class_pattern(cls, start);
                }
                if !matches!(cls.kind, ExprKind::Attribute { .. })
                    || matches!(self.peek(), Tok::Equal)
                {
                    return Err(Fail(None));
                }
                Ok(pat(
                    PatternKind::MatchValue {
                        value: Box::new(cls),
                    },
                    self.finish(start),
                ))
            }
            Tok::LPar => {
                self.bump();
                if self.eat(Tok::RPar) {
                    return Ok(pat(
                        PatternKind::MatchSequence { patterns: vec![] },
                        self.finish(start),
                    ));
                }
                let first = self.maybe_star_pattern()?;
                if self.eat(Tok::RPar) {
                    if matches!(first.kind, PatternKind::MatchStar { .. }) {
                        return Err(Fail(None));
                    }
                    return Ok(first);
                }
                let mut patterns = vec![first];
                while self.eat(Tok::Comma) {
                    if self.at(Tok::RPar) {
                        break;
                    }
                    patterns.push(self.maybe_star_pattern()?);
                }
                self.expect(Tok::RPar)?;
                Ok(pat(
                    PatternKind::MatchSequence { patterns },
                    self.finish(start),
                ))
            }
            Tok::LSqb => {
                self.bump();
                let mut patterns = Vec::new();
                while !self.at(Tok::RSqb) {
                    patterns.push(self.maybe_star_pattern()?);
                    if !self.eat(Tok::Comma) {
                        break;
                    }
                }
                self.expect(Tok::RSqb)?;
                Ok(pat(
                    PatternKind::MatchSequence { patterns },
                    self.finish(start),
                ))
            }
            Tok::LBrace => self.mapping_pattern(start),
            _ => Err(Fail(None)),
        }
    }

    /// `name_or_attr`: a dotted name as an expression.
    fn name_or_attr(&mut self) -> PResult<Expr> {
        let start = self.start();
        let mut e = self.name_expr(ExprContext::Load)?;
        while self.eat(Tok::Dot) {
            let t = self.expect(Tok::Name)?;
            let attr = normalize_identifier(self.text(&t));
            e = mk(
                ExprKind::Attribute {
                    value: Box::new(e),
                    attr,
                    ctx: ExprContext::Load,
                },
                self.finish(start),
            );
        }
        Ok(e)
    }

    /// `literal_expr` of a value pattern: signed numbers, complex literals, strings.
    fn literal_expr(&mut self) -> PResult<Expr> {
        let start = self.start();
        match self.peek() {
            Tok::String => {
                let e = self.strings()?;
                if matches!(e.kind, ExprKind::JoinedStr { .. }) {
                    return Err(self.err_loc(
                        e.loc,
                        "patterns may only match literals and attribute lookups",
                    ));
                }
                Ok(e)
            }
            Tok::None | Tok::True | Tok::False => {
                let t = self.bump();
                let value = match t.kind {
                    Tok::None => Constant::None,
                    k => Constant::Bool(k == Tok::True),
                };
                Ok(mk(
                    ExprKind::Constant { value, kind: None },
                    self.tok_loc(&t),
                ))
            }
            _ => {
                let real = self.signed_number()?;
                let op = match self.peek() {
                    Tok::Plus => Operator::Add,
                    Tok::Minus => Operator::Sub,
                    _ => return Ok(real),
                };
                let real_value = match &real.kind {
                    ExprKind::UnaryOp { operand, .. } => &operand.kind,
                    k => k,
                };
                if matches!(
                    real_value,
                    ExprKind::Constant {
                        value: Constant::Complex { .. },
                        ..
                    }
                ) {
                    return Err(self.err_loc(real.loc, "real number required in complex literal"));
                }
                self.bump();
                let t = self.expect(Tok::Number)?;
                let value = crate::number::parse_number(self.text(&t)).ok_or(Fail(None))?;
                let imag = mk(ExprKind::Constant { value, kind: None }, self.tok_loc(&t));
                if !matches!(
                    imag.kind,
                    ExprKind::Constant {
                        value: Constant::Complex { .. },
                        ..
                    }
                ) {
                    return Err(
                        self.err_loc(imag.loc, "imaginary number required in complex literal")
                    );
                }
                Ok(mk(
                    ExprKind::BinOp {
                        left: Box::new(real),
                        op,
                        right: Box::new(imag),
                    },
                    self.finish(start),
                ))
            }
        }
    }

    fn signed_number(&mut self) -> PResult<Expr> {
        let start = self.start();
        let neg = self.eat(Tok::Minus);
        let t = self.expect(Tok::Number)?;
        let value = crate::number::parse_number(self.text(&t)).ok_or(Fail(None))?;
        let c = mk(ExprKind::Constant { value, kind: None }, self.tok_loc(&t));
        if !neg {
            return Ok(c);
        }
        Ok(mk(
            ExprKind::UnaryOp {
                op: UnaryOp::USub,
                operand: Box::new(c),
            },
            self.finish(start),
        ))
    }

    fn mapping_pattern(&mut self, start: Pos) -> PResult<Pattern> {
        self.bump();
        let mut keys = Vec::new();
        let mut patterns = Vec::new();
        let mut rest = None;
        while !self.at(Tok::RBrace) {
            if self.eat(Tok::DoubleStar) {
                let t = self.expect(Tok::Name)?;
                if self.text(&t) == "_" {
                    // `pattern_capture_target` is any name but `_`.
                    return Err(Fail(None));
                }
                rest = Some(normalize_identifier(self.text(&t)));
                self.eat(Tok::Comma);
                break;
            }
            let key = if self.at(Tok::Name) {
                self.name_or_attr()?
            } else {
                self.literal_expr()?
            };
            if matches!(key.kind, ExprKind::Name { .. }) {
                return Err(Fail(None));
            }
            self.expect(Tok::Colon)?;
            keys.push(key);
            patterns.push(self.pattern()?);
            if !self.eat(Tok::Comma) {
                break;
            }
        }
        self.expect(Tok::RBrace)?;
        Ok(pat(
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            },
            self.finish(start),
        ))
    }

    fn class_pattern(&mut self, cls: Expr, start: Pos) -> PResult<Pattern> {
        self.bump();
        let mut patterns = Vec::new();
        let mut kwd_attrs = Vec::new();
        let mut kwd_patterns = Vec::new();
        let mut first_kw: Option<Pos> = None;
        while !self.at(Tok::RPar) {
            if self.at(Tok::Name) && self.peek_n(1) == Tok::Equal {
                if first_kw.is_none() {
                    first_kw = Some(self.start());
                }
                let t = self.bump();
                self.bump();
                kwd_attrs.push(normalize_identifier(self.text(&t)));
                kwd_patterns.push(self.pattern()?);
            } else {
                let pos_start = self.start();
                let p = self.pattern()?;
                if first_kw.is_some() {
                    drop(p);
                    let mut end = self.pos;
                    while self.eat(Tok::Comma) && !self.at(Tok::RPar) {
                        if self.at(Tok::Name) && self.peek_n(1) == Tok::Equal {
                            self.bump();
                            self.bump();
                        }
                        if self.pattern().is_err() {
                            break;
                        }
                        end = self.pos;
                    }
                    self.pos = end;
                    let loc = self.finish(pos_start);
                    return Err(self.err_loc(loc, "positional patterns follow keyword patterns"));
                }
                patterns.push(p);
            }
            if !self.eat(Tok::Comma) {
                break;
            }
        }
        self.expect(Tok::RPar)?;
        Ok(pat(
            PatternKind::MatchClass {
                cls: Box::new(cls),
                patterns,
                kwd_attrs,
                kwd_patterns,
            },
            self.finish(start),
        ))
    }
}
