//! Parameter lists (`def`, `lambda`) and call arguments, with 3.11's ordering rules and messages.

use super::expr::mk;
use super::{Fail, PResult, Parser, Pos};
use crate::ast::{Arg, Arguments, Expr, ExprContext, ExprKind, Keyword};
use crate::token::Tok;
use crate::unicode::normalize_identifier;

/// The arguments of a call or a class definition's bases.
pub(crate) struct CallArgs {
    pub args: Vec<Expr>,
    pub keywords: Vec<Keyword>,
}

impl Parser<'_> {
    /// Whether `( name [, name]* [,] )` follows (parameters wrapped in parentheses, as in Python 2).
    fn parenthesized_params(&mut self) -> bool {
        let seen = self.max_pos;
        let r = self.parenthesized_params_ahead();
        self.max_pos = seen;
        r
    }

    fn parenthesized_params_ahead(&mut self) -> bool {
        let mut i = 1;
        let mut names = 0;
        loop {
            match self.peek_n(i) {
                Tok::Name => names += 1,
                Tok::RPar => return names > 0,
                _ => return false,
            }
            i += 1;
            match self.peek_n(i) {
                Tok::Comma => i += 1,
                Tok::RPar => return true,
                _ => return false,
            }
        }
    }

    /// A parameter list up to (not including) `)` for `def` or `:` for `lambda`.
    pub(crate) fn parameters(&mut self, lambda: bool) -> PResult<Arguments> {
        let close = if lambda { Tok::Colon } else { Tok::RPar };
        let mut a = Arguments::default();
        let mut seen_default = false;
        let mut star: Option<crate::token::Token> = None;
        let mut bare_star = false;
        // Where a lambda reports "named arguments must follow bare *": the token after `*` [`,`].
        let mut after_star: Option<crate::token::Token> = None;
        let mut slash = false;
        loop {
            if self.at(close) {
                break;
            }
            match self.peek() {
                Tok::Slash => {
                    let t = self.bump();
                    let loc = self.tok_loc(&t);
                    if slash {
                        return Err(self.err_loc(loc, "/ may appear only once"));
                    }
                    if star.is_some() {
                        return Err(self.err_loc(loc, "/ must be ahead of *"));
                    }
                    if a.args.is_empty() {
                        let seen = self.max_pos;
                        let comma = self.at(Tok::Comma);
                        self.max_pos = seen;
                        if comma {
                            return Err(self.err_loc(loc, "at least one argument must precede /"));
                        }
                        return Err(Fail(None));
                    }
                    slash = true;
                    a.posonlyargs = std::mem::take(&mut a.args);
                }
                Tok::Star => {
                    let t = self.bump();
                    if star.is_some() {
                        // Only reported when a parameter or `,` follows the second `*`.
                        let seen = self.max_pos;
                        let follows = matches!(self.peek(), Tok::Name | Tok::Comma);
                        self.max_pos = seen;
                        if !follows {
                            return Err(Fail(None));
                        }
                        let loc = self.tok_loc(&t);
                        return Err(self.err_loc(loc, "* argument may appear only once"));
                    }
                    star = Some(t);
                    if matches!(self.peek(), Tok::Comma) || self.at(close) {
                        bare_star = true;
                        after_star = Some(if self.at(Tok::Comma) {
                            self.tok_at_ahead(1)
                        } else {
                            self.cur()
                        });
                    } else {
                        let arg = self.param(lambda, true)?;
                        if self.at(Tok::Equal) {
                            let t = self.cur();
                            let loc = self.tok_loc(&t);
                            return Err(self.err_loc(
                                loc,
                                "var-positional argument cannot have default value",
                            ));
                        }
                        a.vararg = Some(Box::new(arg));
                    }
                }
                Tok::DoubleStar => {
                    self.bump();
                    let arg = self.param(lambda, false)?;
                    if self.at(Tok::Equal) {
                        let t = self.cur();
                        let loc = self.tok_loc(&t);
                        return Err(
                            self.err_loc(loc, "var-keyword argument cannot have default value")
                        );
                    }
                    a.kwarg = Some(Box::new(arg));
                    self.eat(Tok::Comma);
                    if !self.at(close) {
                        let t = self.cur();
                        if matches!(t.kind, Tok::Name | Tok::Star | Tok::DoubleStar | Tok::Slash) {
                            let loc = self.tok_loc(&t);
                            return Err(
                                self.err_loc(loc, "arguments cannot follow var-keyword argument")
                            );
                        }
                        return Err(Fail(None));
                    }
                    break;
                }
                Tok::LPar if star.is_none() && !slash && self.parenthesized_params() => {
                    let t = self.cur();
                    let loc = self.tok_loc(&t);
                    return Err(self.err_loc(
                        loc,
                        if lambda {
                            "Lambda expression parameters cannot be parenthesized"
                        } else {
                            "Function parameters cannot be parenthesized"
                        },
                    ));
                }
                Tok::Name => {
                    let arg = self.param(lambda, false)?;
                    let default = if self.at(Tok::Equal) {
                        let eq = self.bump();
                        // `invalid_default`: `=` straight before `,` or `)`.
                        if matches!(self.peek(), Tok::Comma | Tok::RPar) {
                            let loc = self.tok_loc(&eq);
                            return Err(self.err_loc(loc, "expected default value expression"));
                        }
                        Some(self.expression()?)
                    } else {
                        None
                    };
                    if star.is_some() {
                        a.kwonlyargs.push(arg);
                        a.kw_defaults.push(default);
                    } else {
                        match default {
                            Some(d) => {
                                seen_default = true;
                                a.defaults.push(d);
                            }
                            None if seen_default => {
                                return Err(self.err_loc(
                                    arg.loc,
                                    "non-default argument follows default argument",
                                ));
                            }
                            None => {}
                        }
                        a.args.push(arg);
                    }
                }
                _ => return Err(Fail(None)),
            }
            if !self.eat(Tok::Comma) {
                break;
            }
        }
        if bare_star && a.kwonlyargs.is_empty() {
            let at = if lambda { after_star } else { star };
            if let Some(t) = at {
                return Err(self.err_tok(&t, "named arguments must follow bare *"));
            }
        }
        Ok(a)
    }

    /// One parameter name with its annotation (`*args` may be annotated with a starred expression).
    fn param(&mut self, lambda: bool, star: bool) -> PResult<Arg> {
        let start = self.start();
        let t = self.expect(Tok::Name)?;
        let name = normalize_identifier(self.text(&t));
        let annotation = if !lambda && self.eat(Tok::Colon) {
            Some(Box::new(if star {
                self.star_expression()?
            } else {
                self.expression()?
            }))
        } else {
            None
        };
        Ok(Arg {
            loc: self.finish(start),
            arg: name,
            annotation,
            type_comment: None,
        })
    }

    /// A call's trailer `( ... )` applied to `func`, which started at `start`.
    pub(crate) fn call(&mut self, func: Expr, start: Pos) -> PResult<Expr> {
        let CallArgs { args, keywords } = self.arguments(true)?;
        Ok(mk(
            ExprKind::Call {
                func: Box::new(func),
                args,
                keywords,
            },
            self.finish(start),
        ))
    }

    /// `'(' [arguments] ')'`; `genexp` allows a lone generator expression argument.
    pub(crate) fn arguments(&mut self, genexp: bool) -> PResult<CallArgs> {
        let open = self.start();
        self.expect(Tok::LPar)?;
        let mut args = Vec::new();
        let mut keywords: Vec<Keyword> = Vec::new();
        let mut seen_kw = false;
        let mut seen_dstar = false;
        loop {
            if self.at(Tok::RPar) {
                break;
            }
            let start = self.start();
            match self.peek() {
                Tok::Star => {
                    let star = self.bump();
                    let value = self.expression()?;
                    if seen_dstar {
                        let loc = self.tok_loc(&star);
                        return Err(self.err_loc(
                            loc,
                            "iterable argument unpacking follows keyword argument unpacking",
                        ));
                    }
                    args.push(mk(
                        ExprKind::Starred {
                            value: Box::new(value),
                            ctx: ExprContext::Load,
                        },
                        self.finish(start),
                    ));
                }
                Tok::DoubleStar => {
                    self.bump();
                    let value = self.expression()?;
                    seen_dstar = true;
                    keywords.push(Keyword {
                        loc: self.finish(start),
                        arg: None,
                        value,
                    });
                }
                Tok::Name if self.peek_n(1) == Tok::Equal => {
                    let t = self.bump();
                    let name = normalize_identifier(self.text(&t));
                    self.bump();
                    let value = self.expression()?;
                    seen_kw = true;
                    keywords.push(Keyword {
                        loc: self.finish(start),
                        arg: Some(name),
                        value,
                    });
                }
                Tok::True | Tok::False | Tok::None if self.peek_n(1) == Tok::Equal => {
                    let t = self.bump();
                    let eq = self.cur();
                    let name = self.text(&t).to_string();
                    let loc = self.tok_loc(&t);
                    let eq_loc = self.tok_loc(&eq);
                    let loc = crate::ast::Loc {
                        end_lineno: eq_loc.end_lineno,
                        end_col_offset: eq_loc.end_col_offset,
                        ..loc
                    };
                    return Err(self.err_loc(loc, &format!("cannot assign to {name}")));
                }
                _ => {
                    let e = self.named_expression_plain()?;
                    if !genexp && matches!(self.peek(), Tok::For | Tok::Async) {
                        return Err(Fail(None));
                    }
                    if matches!(self.peek(), Tok::For | Tok::Async) {
                        let generators = self.for_if_clauses()?;
                        let only =
                            genexp && args.is_empty() && keywords.is_empty() && self.at(Tok::RPar);
                        if !only {
                            let loc = self.finish(start);
                            if !genexp && self.at(Tok::RPar) {
                                return Err(Fail(None));
                            }
                            // CPython's rule reads on after the comma (`[args | ...]`).
                            if self.at(Tok::Comma) {
                                self.peek_n(1);
                            }
                            return Err(
                                self.err_loc(loc, "Generator expression must be parenthesized")
                            );
                        }
                        self.bump();
                        let g = mk(
                            ExprKind::GeneratorExp {
                                elt: Box::new(e),
                                generators,
                            },
                            self.finish(open),
                        );
                        return Ok(CallArgs {
                            args: vec![g],
                            keywords,
                        });
                    }
                    if self.at(Tok::Equal) {
                        let eq = self.cur();
                        let eq_loc = self.tok_loc(&eq);
                        let loc = crate::ast::Loc {
                            end_lineno: eq_loc.end_lineno,
                            end_col_offset: eq_loc.end_col_offset,
                            ..e.loc
                        };
                        return Err(self.err_loc(
                            loc,
                            "expression cannot contain assignment, perhaps you meant \"==\"?",
                        ));
                    }
                    if seen_dstar || seen_kw {
                        // CPython reports these at the token after the offending argument.
                        let t = self.cur();
                        let msg = if seen_dstar {
                            "positional argument follows keyword argument unpacking"
                        } else {
                            "positional argument follows keyword argument"
                        };
                        return Err(self.err_tok(&t, msg));
                    }
                    args.push(e);
                }
            }
            if !self.eat(Tok::Comma) {
                if !self.at(Tok::RPar) {
                    let last = match (args.last(), keywords.last()) {
                        (Some(a), Some(k)) => {
                            if a.loc.end_lineno > k.loc.end_lineno
                                || (a.loc.end_lineno == k.loc.end_lineno
                                    && a.loc.end_col_offset > k.loc.end_col_offset)
                            {
                                a.clone()
                            } else {
                                k.value.clone()
                            }
                        }
                        (Some(a), None) => a.clone(),
                        (None, Some(k)) => k.value.clone(),
                        (None, None) => return Err(Fail(None)),
                    };
                    return Err(self.maybe_missing_comma(&last, Tok::RPar));
                }
                break;
            }
        }
        self.expect(Tok::RPar)?;
        Ok(CallArgs { args, keywords })
    }
}
