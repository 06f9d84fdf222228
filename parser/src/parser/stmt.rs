//! Statements and blocks, and the three entry rules (`file`, `interactive`, `eval`) plus `func_type`.

use super::expr::{mk, starts_expr};
use super::pattern::MatchTry;
use super::target::{describe, invalid_target, set_ctx, Targets};
use super::{Fail, PResult, Parser, Pos};
use crate::ast::{
    Alias, ExceptHandler, Expr, ExprContext, ExprKind, Mod, Operator, Stmt, StmtKind, WithItem,
};
use crate::error::ErrorKind;
use crate::token::Tok;
use crate::unicode::normalize_identifier;

fn stmt(kind: StmtKind, loc: crate::ast::Loc) -> Stmt {
    Stmt { loc, kind }
}

impl Parser<'_> {
    /// `file: [statements] ENDMARKER`.
    pub(crate) fn file(&mut self) -> PResult<Mod> {
        let mut body = Vec::new();
        while !self.at(Tok::EndMarker) {
            self.statement(&mut body)?;
        }
        Ok(Mod::Module {
            body,
            type_ignores: Vec::new(),
        })
    }

    /// `eval: expressions NEWLINE* ENDMARKER`.
    pub(crate) fn eval_input(&mut self) -> PResult<Mod> {
        let body = self.expressions()?;
        while self.eat(Tok::Newline) {}
        self.expect(Tok::EndMarker)?;
        Ok(Mod::Expression {
            body: Box::new(body),
        })
    }

    /// `interactive: statement_newline`: one statement (a simple-statement line may hold several).
    pub(crate) fn interactive(&mut self) -> PResult<Mod> {
        let mut body = Vec::new();
        if self.at(Tok::EndMarker) {
            // Blank input: CPython's `_PyPegen_interactive_exit`, reported without a column.
            let t = self.cur();
            let line = if self.src.len() <= 1 && self.implicit_eol.is_some() {
                0
            } else {
                t.lineno
            };
            let mut e = self.rep.error(
                ErrorKind::SyntaxError,
                "invalid syntax",
                line,
                0,
                line,
                0,
                false,
            );
            e.offset = 0;
            return Err(Fail(Some(Box::new(e))));
        }
        self.statement(&mut body)?;
        let last = self.toks[self.pos.saturating_sub(1)];
        while self.eat(Tok::Newline) {}
        if !self.at(Tok::EndMarker) {
            let msg = "multiple statements found while compiling a single statement";
            return Err(self.err_tok(&last, msg));
        }
        Ok(Mod::Interactive { body })
    }

    /// `func_type: '(' [type_expressions] ')' '->' expression NEWLINE* ENDMARKER`.
    pub(crate) fn func_type(&mut self) -> PResult<Mod> {
        self.expect(Tok::LPar)?;
        // `type_expressions`: plain types, then at most one `*` type and one `**` type, in that
        // order and with no trailing comma; the stars are not kept in the tree.
        let mut argtypes = Vec::new();
        let mut phase = 0;
        while !self.at(Tok::RPar) {
            let next = if self.eat(Tok::Star) {
                1
            } else if self.eat(Tok::DoubleStar) {
                2
            } else {
                0
            };
            if next < phase || (next == phase && phase > 0) {
                break;
            }
            phase = next;
            argtypes.push(self.expression()?);
            if !self.eat(Tok::Comma) {
                break;
            }
            if self.at(Tok::RPar) {
                self.expression()?;
            }
        }
        self.expect(Tok::RPar)?;
        self.expect(Tok::RArrow)?;
        let returns = self.expression()?;
        while self.eat(Tok::Newline) {}
        self.expect(Tok::EndMarker)?;
        Ok(Mod::FunctionType {
            argtypes,
            returns: Box::new(returns),
        })
    }

    /// One statement line or compound statement, appended to `out`.
    fn statement(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        match self.peek() {
            Tok::Def
            | Tok::At
            | Tok::Class
            | Tok::If
            | Tok::With
            | Tok::For
            | Tok::Try
            | Tok::While => {
                out.push(self.compound()?);
                Ok(())
            }
            Tok::Async if matches!(self.peek_n(1), Tok::Def | Tok::With | Tok::For) => {
                out.push(self.compound()?);
                Ok(())
            }
            Tok::Name if self.at_soft("match") => match self.match_stmt()? {
                MatchTry::Stmt(s) => {
                    out.push(s);
                    Ok(())
                }
                MatchTry::NotMatch => self.simple_stmts(out),
                MatchTry::MissingColon(t) => match self.simple_stmts(out) {
                    Err(Fail(None)) => Err(self.err_tok(&t, "expected ':'")),
                    r => r,
                },
            },
            _ => self.simple_stmts(out),
        }
    }

    fn compound(&mut self) -> PResult<Stmt> {
        self.enter()?;
        let r = match self.peek() {
            Tok::At => self.decorated(),
            Tok::Def => self.funcdef(Vec::new()),
            Tok::Class => self.classdef(Vec::new()),
            Tok::If => self.if_stmt(),
            Tok::While => self.while_stmt(),
            Tok::For => self.for_stmt(),
            Tok::With => self.with_stmt(),
            Tok::Try => self.try_stmt(),
            Tok::Async => match self.peek_n(1) {
                Tok::Def => self.funcdef(Vec::new()),
                Tok::For => self.for_stmt(),
                _ => self.with_stmt(),
            },
            _ => Err(Fail(None)),
        };
        self.leave();
        r
    }

    /// `simple_stmts`: `simple_stmt (';' simple_stmt)* [';'] NEWLINE`.
    fn simple_stmts(&mut self, out: &mut Vec<Stmt>) -> PResult<()> {
        loop {
            let first_tok = self.pos;
            let s = self.simple_stmt()?;
            out.push(s);
            if self.eat(Tok::Semi) {
                if self.eat(Tok::Newline) {
                    return Ok(());
                }
                continue;
            }
            if self.eat(Tok::Newline) {
                return Ok(());
            }
            return Err(self.legacy_print(first_tok));
        }
    }

    /// `invalid_legacy_expression`: `print "x"` gets CPython's hint, other failures the generic error.
    fn legacy_print(&mut self, first_tok: usize) -> Fail {
        let t = self.toks[first_tok];
        if t.kind != Tok::Name || !matches!(self.text(&t), "print" | "exec") {
            return Fail(None);
        }
        let save = (self.pos, self.max_pos, self.depth);
        self.pos = first_tok + 1;
        if self.at(Tok::LPar) || !starts_expr(self.peek()) {
            self.pos = save.0;
            return Fail(None);
        }
        let r = self.star_expressions();
        let name = self.text(&t).to_string();
        let out = match r {
            Ok(b) => {
                let a = self.tok_loc(&t);
                let loc = crate::ast::Loc {
                    end_lineno: b.loc.end_lineno,
                    end_col_offset: b.loc.end_col_offset,
                    ..a
                };
                self.err_loc(
                    loc,
                    &format!("Missing parentheses in call to '{name}'. Did you mean {name}(...)?"),
                )
            }
            Err(e) => e,
        };
        self.pos = save.0;
        self.depth = save.2;
        out
    }

    fn simple_stmt(&mut self) -> PResult<Stmt> {
        let start = self.start();
        let kind = match self.peek() {
            Tok::Pass => {
                self.bump();
                StmtKind::Pass
            }
            Tok::Break => {
                self.bump();
                StmtKind::Break
            }
            Tok::Continue => {
                self.bump();
                StmtKind::Continue
            }
            Tok::Return => {
                self.bump();
                let value = if starts_expr(self.peek()) {
                    Some(Box::new(self.star_expressions()?))
                } else {
                    None
                };
                StmtKind::Return { value }
            }
            Tok::Raise => {
                self.bump();
                let (exc, cause) = if starts_expr(self.peek()) && !self.at(Tok::Star) {
                    let exc = self.expression()?;
                    let cause = if self.eat(Tok::From) {
                        Some(Box::new(self.expression()?))
                    } else {
                        None
                    };
                    (Some(Box::new(exc)), cause)
                } else {
                    (None, None)
                };
                StmtKind::Raise { exc, cause }
            }
            Tok::Global | Tok::Nonlocal => {
                let global = self.bump().kind == Tok::Global;
                let mut names = Vec::new();
                loop {
                    let t = self.expect(Tok::Name)?;
                    names.push(normalize_identifier(self.text(&t)));
                    if !self.eat(Tok::Comma) {
                        break;
                    }
                }
                if global {
                    StmtKind::Global { names }
                } else {
                    StmtKind::Nonlocal { names }
                }
            }
            Tok::Del => self.del_stmt()?,
            Tok::Assert => {
                self.bump();
                let test = self.expression()?;
                let msg = if self.eat(Tok::Comma) {
                    Some(Box::new(self.expression()?))
                } else {
                    None
                };
                StmtKind::Assert {
                    test: Box::new(test),
                    msg,
                }
            }
            Tok::Import => self.import_stmt()?,
            Tok::From => self.import_from()?,
            _ => return self.expr_stmt(start),
        };
        Ok(stmt(kind, self.finish(start)))
    }

    fn del_stmt(&mut self) -> PResult<StmtKind> {
        self.bump();
        let mut targets = Vec::new();
        loop {
            let mut e = self.star_expression()?;
            if set_ctx(&mut e, ExprContext::Del).is_err() {
                return Err(self.invalid_target_error(&e, Targets::Del));
            }
            targets.push(e);
            if !self.eat(Tok::Comma) || matches!(self.peek(), Tok::Newline | Tok::Semi) {
                break;
            }
        }
        if !matches!(self.peek(), Tok::Newline | Tok::Semi) {
            return Err(Fail(None));
        }
        Ok(StmtKind::Delete { targets })
    }

    /// "cannot assign to X" / "cannot delete X" for the first invalid part of `e`.
    pub(crate) fn invalid_target_error(&mut self, e: &Expr, t: Targets) -> Fail {
        match invalid_target(e, t) {
            Some(bad) => {
                let verb = if t == Targets::Del {
                    "delete"
                } else {
                    "assign to"
                };
                self.err_loc(bad.loc, &format!("cannot {verb} {}", describe(bad)))
            }
            None => Fail(None),
        }
    }

    fn dotted_name(&mut self) -> PResult<String> {
        let t = self.expect(Tok::Name)?;
        let mut name = normalize_identifier(self.text(&t));
        while self.at(Tok::Dot) && self.peek_n(1) == Tok::Name {
            self.bump();
            let t = self.bump();
            name.push('.');
            name.push_str(&normalize_identifier(self.text(&t)));
        }
        Ok(name)
    }

    fn import_stmt(&mut self) -> PResult<StmtKind> {
        self.bump();
        let mut names = Vec::new();
        loop {
            let start = self.start();
            let name = self.dotted_name()?;
            let asname = self.as_name()?;
            names.push(Alias {
                loc: self.finish(start),
                name,
                asname,
            });
            if !self.eat(Tok::Comma) {
                break;
            }
        }
        Ok(StmtKind::Import { names })
    }

    fn as_name(&mut self) -> PResult<Option<String>> {
        if !self.eat(Tok::As) {
            return Ok(None);
        }
        let t = self.expect(Tok::Name)?;
        Ok(Some(normalize_identifier(self.text(&t))))
    }

    fn import_from(&mut self) -> PResult<StmtKind> {
        self.bump();
        let mut level = 0u32;
        loop {
            match self.peek() {
                Tok::Dot => level += 1,
                Tok::Ellipsis => level += 3,
                _ => break,
            }
            self.bump();
        }
        let module = if level == 0 || self.at(Tok::Name) {
            Some(self.dotted_name()?)
        } else {
            None
        };
        self.expect(Tok::Import)?;
        let mut names = Vec::new();
        if self.at(Tok::Star) {
            let t = self.bump();
            names.push(Alias {
                loc: self.tok_loc(&t),
                name: "*".into(),
                asname: None,
            });
            return Ok(StmtKind::ImportFrom {
                module,
                names,
                level,
            });
        }
        let paren = self.eat(Tok::LPar);
        loop {
            let start = self.start();
            let t = self.expect(Tok::Name)?;
            let name = normalize_identifier(self.text(&t));
            let asname = self.as_name()?;
            names.push(Alias {
                loc: self.finish(start),
                name,
                asname,
            });
            if !self.eat(Tok::Comma) {
                break;
            }
            if paren && self.at(Tok::RPar) {
                break;
            }
            if !paren && matches!(self.peek(), Tok::Newline) {
                let t = self.cur();
                return Err(self.err_tok(
                    &t,
                    "trailing comma not allowed without surrounding parentheses",
                ));
            }
        }
        if paren {
            self.expect(Tok::RPar)?;
        }
        Ok(StmtKind::ImportFrom {
            module,
            names,
            level,
        })
    }

    /// Expression statements and every kind of assignment.
    fn expr_stmt(&mut self, start: Pos) -> PResult<Stmt> {
        let first_tok = self.pos;
        let first = if self.at(Tok::Yield) {
            self.yield_expr()?
        } else {
            self.star_expressions()?
        };
        let op = match self.peek() {
            Tok::Colon => return self.ann_assign(start, first, first_tok),
            Tok::Equal => return self.assign(start, first),
            Tok::ColonEqual if !matches!(first.kind, ExprKind::Name { .. }) => {
                let what = describe(&first);
                return Err(self.err_loc(
                    first.loc,
                    &format!("cannot use assignment expressions with {what}"),
                ));
            }
            Tok::PlusEqual => Operator::Add,
            Tok::MinEqual => Operator::Sub,
            Tok::StarEqual => Operator::Mult,
            Tok::AtEqual => Operator::MatMult,
            Tok::SlashEqual => Operator::Div,
            Tok::PercentEqual => Operator::Mod,
            Tok::AmperEqual => Operator::BitAnd,
            Tok::VBarEqual => Operator::BitOr,
            Tok::CircumflexEqual => Operator::BitXor,
            Tok::LeftShiftEqual => Operator::LShift,
            Tok::RightShiftEqual => Operator::RShift,
            Tok::DoubleStarEqual => Operator::Pow,
            Tok::DoubleSlashEqual => Operator::FloorDiv,
            _ => {
                return Ok(stmt(
                    StmtKind::Expr {
                        value: Box::new(first),
                    },
                    self.finish(start),
                ));
            }
        };
        let mut target = first;
        if !matches!(
            target.kind,
            ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. }
        ) {
            let msg = format!(
                "'{}' is an illegal expression for augmented assignment",
                describe(&target)
            );
            return Err(self.err_loc(target.loc, &msg));
        }
        let _ = set_ctx(&mut target, ExprContext::Store);
        self.bump();
        let value = if self.at(Tok::Yield) {
            self.yield_expr()?
        } else {
            self.star_expressions()?
        };
        Ok(stmt(
            StmtKind::AugAssign {
                target: Box::new(target),
                op,
                value: Box::new(value),
            },
            self.finish(start),
        ))
    }

    fn ann_assign(&mut self, start: Pos, mut target: Expr, first_tok: usize) -> PResult<Stmt> {
        let parenthesized = self.toks[first_tok].kind == Tok::LPar;
        let simple = matches!(target.kind, ExprKind::Name { .. }) && !parenthesized;
        match &target.kind {
            ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {}
            ExprKind::Tuple { .. } | ExprKind::List { .. } => {
                let msg = format!(
                    "only single target (not {}) can be annotated",
                    describe(&target)
                );
                return Err(self.err_loc(target.loc, &msg));
            }
            // No rule names a starred target: the generic "invalid syntax".
            ExprKind::Starred { .. } => return Err(Fail(None)),
            _ => return Err(self.err_loc(target.loc, "illegal target for annotation")),
        }
        let _ = set_ctx(&mut target, ExprContext::Store);
        self.bump();
        let annotation = self.expression()?;
        let value = if self.eat(Tok::Equal) {
            Some(Box::new(if self.at(Tok::Yield) {
                self.yield_expr()?
            } else {
                self.star_expressions()?
            }))
        } else {
            None
        };
        Ok(stmt(
            StmtKind::AnnAssign {
                target: Box::new(target),
                annotation: Box::new(annotation),
                value,
                simple,
            },
            self.finish(start),
        ))
    }

    fn assign(&mut self, start: Pos, first: Expr) -> PResult<Stmt> {
        let mut exprs = vec![first];
        while self.eat(Tok::Equal) {
            let e = if self.at(Tok::Yield) {
                self.yield_expr()?
            } else {
                self.star_expressions()?
            };
            exprs.push(e);
        }
        let value = exprs.pop().ok_or(Fail(None))?;
        let chained = exprs.len() > 1;
        for (i, t) in exprs.iter_mut().enumerate() {
            if set_ctx(t, ExprContext::Store).is_ok() {
                continue;
            }
            let is_yield = matches!(t.kind, ExprKind::Yield { .. } | ExprKind::YieldFrom { .. });
            // A first target that is a parenthesized yield counts as a `bitwise_or`; a bare one is
            // CPython's `yield_expr '='`.
            let bare = !self
                .rep
                .line(t.loc.lineno)
                .get(..t.loc.col_offset as usize)
                .is_some_and(|before| before.trim_end().ends_with('('));
            if is_yield && i == 0 && bare {
                return Err(self.err_loc(t.loc, "assignment to yield expression not possible"));
            }
            if i == 0
                && !chained
                && ((is_yield && is_bitwise_or(&value)) || maybe_meant_equal(t, &value))
            {
                let msg = format!(
                    "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                    describe(t)
                );
                return Err(self.err_loc(t.loc, &msg));
            }
            if is_yield && bare {
                return Err(self.err_loc(t.loc, "assignment to yield expression not possible"));
            }
            let t = t.clone();
            return Err(self.invalid_target_error(&t, Targets::Star));
        }
        Ok(stmt(
            StmtKind::Assign {
                targets: exprs,
                value: Box::new(value),
                type_comment: None,
            },
            self.finish(start),
        ))
    }

    // ---- blocks ----

    /// `block`: an indented suite or the simple statements on the header's line. `what` names the
    /// header for "expected an indented block after ...".
    pub(crate) fn block(&mut self, what: &str, line: u32) -> PResult<Vec<Stmt>> {
        let mut body = Vec::new();
        if !self.eat(Tok::Newline) {
            self.simple_stmts(&mut body)?;
            return Ok(body);
        }
        if !self.eat(Tok::Indent) {
            let t = self.cur();
            if t.kind == Tok::Error {
                return Err(Fail(None));
            }
            let msg = format!("expected an indented block after {what} on line {line}");
            return Err(self.err_kind_tok(ErrorKind::IndentationError, &t, &msg));
        }
        while !self.eat(Tok::Dedent) {
            if self.at(Tok::EndMarker) || self.at(Tok::Error) {
                return Err(Fail(None));
            }
            self.statement(&mut body)?;
        }
        Ok(body)
    }

    /// The `:` of a compound statement's header; missing before the line's end, "expected ':'".
    fn colon(&mut self, forced: bool) -> PResult<()> {
        if self.eat(Tok::Colon) {
            return Ok(());
        }
        let t = self.cur();
        if forced || t.kind == Tok::Newline {
            if t.kind == Tok::Error {
                return Err(Fail(None));
            }
            return Err(self.err_tok(&t, "expected ':'"));
        }
        Err(Fail(None))
    }

    fn else_block(&mut self) -> PResult<Vec<Stmt>> {
        if !self.at(Tok::Else) {
            return Ok(Vec::new());
        }
        let t = self.bump();
        self.colon(true)?;
        self.block("'else' statement", t.lineno + self.line_offset)
    }

    fn if_stmt(&mut self) -> PResult<Stmt> {
        let start = self.start();
        let kw = self.bump();
        let what = if kw.kind == Tok::If {
            "'if' statement"
        } else {
            "'elif' statement"
        };
        let test = self.named_expression()?;
        self.colon(false)?;
        let body = self.block(what, start.0)?;
        let orelse = if self.at(Tok::Elif) {
            vec![self.if_stmt()?]
        } else {
            self.else_block()?
        };
        let loc = self.finish(start);
        Ok(stmt(
            StmtKind::If {
                test: Box::new(test),
                body,
                orelse,
            },
            loc,
        ))
    }

    fn while_stmt(&mut self) -> PResult<Stmt> {
        let start = self.start();
        self.bump();
        let test = self.named_expression()?;
        self.colon(false)?;
        let body = self.block("'while' statement", start.0)?;
        let orelse = self.else_block()?;
        let loc = self.finish(start);
        Ok(stmt(
            StmtKind::While {
                test: Box::new(test),
                body,
                orelse,
            },
            loc,
        ))
    }

    fn for_stmt(&mut self) -> PResult<Stmt> {
        let start = self.start();
        let is_async = self.eat(Tok::Async);
        let for_line = self.cur().lineno + self.line_offset;
        self.expect(Tok::For)?;
        let target = self.star_targets_until_in()?;
        if !self.eat(Tok::In) {
            return Err(Fail(None));
        }
        let iter = self.star_expressions()?;
        self.colon(false)?;
        let body = self.block("'for' statement", for_line)?;
        let orelse = self.else_block()?;
        let loc = self.finish(start);
        let (target, iter) = (Box::new(target), Box::new(iter));
        let kind = if is_async {
            StmtKind::AsyncFor {
                target,
                iter,
                body,
                orelse,
                type_comment: None,
            }
        } else {
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                type_comment: None,
            }
        };
        Ok(stmt(kind, loc))
    }

    fn with_stmt(&mut self) -> PResult<Stmt> {
        let start = self.start();
        let is_async = self.eat(Tok::Async);
        let with_line = self.cur().lineno + self.line_offset;
        self.expect(Tok::With)?;
        let items = match self.parenthesized_with_items()? {
            Some(items) => items,
            None => {
                let mut items = Vec::new();
                loop {
                    items.push(self.with_item()?);
                    if !self.eat(Tok::Comma) {
                        break;
                    }
                }
                items
            }
        };
        self.colon(false)?;
        let body = self.block("'with' statement", with_line)?;
        let loc = self.finish(start);
        let kind = if is_async {
            StmtKind::AsyncWith {
                items,
                body,
                type_comment: None,
            }
        } else {
            StmtKind::With {
                items,
                body,
                type_comment: None,
            }
        };
        Ok(stmt(kind, loc))
    }

    /// `'(' ','.with_item+ ','? ')' ':'`, tried first as CPython does; `None` to reparse otherwise.
    fn parenthesized_with_items(&mut self) -> PResult<Option<Vec<WithItem>>> {
        if !self.at(Tok::LPar) {
            return Ok(None);
        }
        let save = (self.pos, self.depth);
        self.bump();
        let mut items = Vec::new();
        let ok = loop {
            match self.with_item() {
                Ok(item) => items.push(item),
                Err(Fail(None)) => break false,
                Err(e) => return Err(e),
            }
            if !self.eat(Tok::Comma) {
                break self.eat(Tok::RPar) && self.colon_or_newline()?;
            }
            if self.eat(Tok::RPar) {
                break self.colon_or_newline()?;
            }
        };
        if ok {
            return Ok(Some(items));
        }
        self.pos = save.0;
        self.depth = save.1;
        Ok(None)
    }

    /// At the `:` after parenthesized with items; at the line's end instead, "expected ':'".
    fn colon_or_newline(&mut self) -> PResult<bool> {
        if self.at(Tok::Newline) {
            let t = self.cur();
            return Err(self.err_tok(&t, "expected ':'"));
        }
        Ok(self.at(Tok::Colon))
    }

    fn with_item(&mut self) -> PResult<WithItem> {
        let context_expr = self.expression()?;
        if !self.eat(Tok::As) {
            return Ok(WithItem {
                context_expr,
                optional_vars: None,
            });
        }
        let after_as = self.pos;
        let mut target = self.star_target()?;
        if self.at(Tok::Newline) {
            // `invalid_with_stmt`: the header ends without its colon.
            let t = self.cur();
            return Err(self.err_tok(&t, "expected ':'"));
        }
        if !matches!(self.peek(), Tok::Comma | Tok::RPar | Tok::Colon) {
            self.pos = after_as;
            let e = self.expression()?;
            return Err(self.invalid_target_error(&e, Targets::Star));
        }
        if set_ctx(&mut target, ExprContext::Store).is_err() {
            return Err(self.invalid_target_error(&target, Targets::Star));
        }
        Ok(WithItem {
            context_expr,
            optional_vars: Some(Box::new(target)),
        })
    }

    fn try_stmt(&mut self) -> PResult<Stmt> {
        let start = self.start();
        self.bump();
        self.colon(true)?;
        let body = self.block("'try' statement", start.0)?;
        let mut handlers = Vec::new();
        let mut star: Option<bool> = None;
        while self.at(Tok::Except) {
            let hstart = self.start();
            let kw = self.bump();
            let star_tok = self.cur();
            let is_star = self.eat(Tok::Star);
            match star {
                Some(s) if s != is_star => {
                    // An `except*` is reported from `except` to its `*`.
                    let mut loc = self.tok_loc(&kw);
                    if is_star {
                        let end = self.tok_loc(&star_tok);
                        loc.end_lineno = end.end_lineno;
                        loc.end_col_offset = end.end_col_offset;
                    }
                    return Err(self.err_loc(
                        loc,
                        "cannot have both 'except' and 'except*' on the same 'try'",
                    ));
                }
                _ => star = Some(is_star),
            }
            if self.at(Tok::Newline) && !is_star {
                let t = self.cur();
                return Err(self.err_tok(&t, "expected ':'"));
            }
            let (type_, name) = if self.at(Tok::Colon) || self.at(Tok::Newline) {
                if is_star {
                    let t = self.cur();
                    return Err(self.err_tok(&t, "expected one or more exception types"));
                }
                (None, None)
            } else {
                let e = self.expression()?;
                if self.at(Tok::Comma) {
                    let first = e.loc;
                    let save = self.pos;
                    self.bump();
                    let rest = self.expressions();
                    if let Ok(last) = rest {
                        if self.at(Tok::Colon) || self.at(Tok::As) {
                            let loc = crate::ast::Loc {
                                end_lineno: last.loc.end_lineno,
                                end_col_offset: last.loc.end_col_offset,
                                ..first
                            };
                            return Err(
                                self.err_loc(loc, "multiple exception types must be parenthesized")
                            );
                        }
                    }
                    self.pos = save;
                    return Err(Fail(None));
                }
                (Some(Box::new(e)), self.as_name()?)
            };
            self.colon(false)?;
            let what = if is_star {
                "'except*' statement"
            } else {
                "'except' statement"
            };
            let hbody = self.block(what, hstart.0)?;
            let loc = self.finish(hstart);
            handlers.push(ExceptHandler {
                loc,
                type_,
                name,
                body: hbody,
            });
        }
        let orelse = if handlers.is_empty() {
            Vec::new()
        } else {
            self.else_block()?
        };
        let finalbody = if self.at(Tok::Finally) {
            let t = self.bump();
            self.colon(true)?;
            self.block("'finally' statement", t.lineno + self.line_offset)?
        } else {
            Vec::new()
        };
        if handlers.is_empty() && finalbody.is_empty() {
            let t = self.cur();
            return Err(self.err_tok(&t, "expected 'except' or 'finally' block"));
        }
        let loc = self.finish(start);
        let kind = if star == Some(true) {
            StmtKind::TryStar {
                body,
                handlers,
                orelse,
                finalbody,
            }
        } else {
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            }
        };
        Ok(stmt(kind, loc))
    }

    fn decorated(&mut self) -> PResult<Stmt> {
        let mut decorators = Vec::new();
        while self.eat(Tok::At) {
            decorators.push(self.named_expression()?);
            self.expect(Tok::Newline)?;
        }
        match self.peek() {
            Tok::Def => self.funcdef(decorators),
            Tok::Async if self.peek_n(1) == Tok::Def => self.funcdef(decorators),
            Tok::Class => self.classdef(decorators),
            _ => Err(Fail(None)),
        }
    }

    fn funcdef(&mut self, decorator_list: Vec<Expr>) -> PResult<Stmt> {
        let start = self.start();
        let is_async = self.eat(Tok::Async);
        let def_line = self.cur().lineno + self.line_offset;
        self.expect(Tok::Def)?;
        let t = self.expect(Tok::Name)?;
        let name = normalize_identifier(self.text(&t));
        self.expect_forced(Tok::LPar, "(")?;
        let args = self.parameters(false)?;
        self.expect(Tok::RPar)?;
        let returns = if self.at(Tok::RArrow) {
            // `['->' expression] &&':'`: without an annotation the forced `:` fails at `->`.
            let arrow = self.bump();
            match self.expression() {
                Ok(e) => Some(Box::new(e)),
                Err(Fail(None)) => return Err(self.err_tok(&arrow, "expected ':'")),
                Err(e) => return Err(e),
            }
        } else {
            None
        };
        self.colon(true)?;
        let body = self.block("function definition", def_line)?;
        let loc = self.finish(start);
        let args = Box::new(args);
        let kind = if is_async {
            StmtKind::AsyncFunctionDef {
                name,
                args,
                body,
                decorator_list,
                returns,
                type_comment: None,
            }
        } else {
            StmtKind::FunctionDef {
                name,
                args,
                body,
                decorator_list,
                returns,
                type_comment: None,
            }
        };
        Ok(stmt(kind, loc))
    }

    fn classdef(&mut self, decorator_list: Vec<Expr>) -> PResult<Stmt> {
        let start = self.start();
        self.bump();
        let t = self.expect(Tok::Name)?;
        let name = normalize_identifier(self.text(&t));
        let (bases, keywords) = if self.at(Tok::LPar) {
            let a = self.arguments(false)?;
            (a.args, a.keywords)
        } else {
            (Vec::new(), Vec::new())
        };
        self.colon(false)?;
        let body = self.block("class definition", start.0)?;
        let loc = self.finish(start);
        Ok(stmt(
            StmtKind::ClassDef {
                name,
                bases,
                keywords,
                body,
                decorator_list,
            },
            loc,
        ))
    }

    // ---- targets ----

    /// `star_targets` up to a following `in` (the target list of `for`).
    pub(crate) fn star_targets_until_in(&mut self) -> PResult<Expr> {
        let start = self.start();
        let begin = self.pos;
        let saved_depth = self.depth;
        let parsed = self.star_target_list(start);
        match parsed {
            Ok(mut t) if self.at(Tok::In) => {
                if set_ctx(&mut t, ExprContext::Store).is_err() {
                    return Err(self.invalid_target_error(&t, Targets::For));
                }
                Ok(t)
            }
            Err(Fail(Some(e))) => Err(Fail(Some(e))),
            _ => {
                // `invalid_for_target`: reparse as an expression to name what cannot be assigned.
                let far = self.max_pos;
                self.pos = begin;
                self.depth = saved_depth;
                let r = self.star_expressions();
                let out = match r {
                    Ok(e) => self.invalid_target_error(&e, Targets::For),
                    Err(Fail(Some(e))) => Fail(Some(e)),
                    Err(Fail(None)) => Fail(None),
                };
                if out.0.is_none() {
                    self.max_pos = far;
                }
                Err(out)
            }
        }
    }

    fn star_target_list(&mut self, start: Pos) -> PResult<Expr> {
        let first = self.star_target()?;
        if !self.at(Tok::Comma) {
            return Ok(first);
        }
        let mut elts = vec![first];
        while self.eat(Tok::Comma) {
            if !matches!(self.peek(), Tok::Star | Tok::Name | Tok::LPar | Tok::LSqb) {
                break;
            }
            elts.push(self.star_target()?);
        }
        Ok(mk(
            ExprKind::Tuple {
                elts,
                ctx: ExprContext::Store,
            },
            self.finish(start),
        ))
    }

    /// `star_target`: `'*' star_target` or a primary (validated by the caller).
    pub(crate) fn star_target(&mut self) -> PResult<Expr> {
        if self.at(Tok::Star) {
            let start = self.start();
            self.bump();
            if self.at(Tok::Star) {
                return Err(Fail(None));
            }
            self.enter()?;
            let inner = self.star_target();
            self.leave();
            return Ok(mk(
                ExprKind::Starred {
                    value: Box::new(inner?),
                    ctx: ExprContext::Store,
                },
                self.finish(start),
            ));
        }
        self.primary()
    }
}

/// The condition of `invalid_named_expression`'s "Maybe you meant '=='" alternative: a lone
/// `bitwise_or = bitwise_or` whose left side is no display or singleton.
fn maybe_meant_equal(target: &Expr, value: &Expr) -> bool {
    let excluded = match &target.kind {
        ExprKind::List { .. } | ExprKind::Tuple { .. } | ExprKind::GeneratorExp { .. } => true,
        ExprKind::Constant { value, .. } => matches!(
            value,
            crate::ast::Constant::Bool(_) | crate::ast::Constant::None
        ),
        _ => false,
    };
    !excluded && is_bitwise_or(target) && is_bitwise_or(value)
}

fn is_bitwise_or(e: &Expr) -> bool {
    !matches!(
        e.kind,
        ExprKind::Compare { .. }
            | ExprKind::BoolOp { .. }
            | ExprKind::IfExp { .. }
            | ExprKind::Lambda { .. }
            | ExprKind::Starred { .. }
            | ExprKind::NamedExpr { .. }
            | ExprKind::Yield { .. }
            | ExprKind::YieldFrom { .. }
            | ExprKind::Tuple { .. }
    ) && !matches!(
        &e.kind,
        ExprKind::UnaryOp {
            op: crate::ast::UnaryOp::Not,
            ..
        }
    )
}
