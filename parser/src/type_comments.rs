//! `type_comments=True` (`PyCF_TYPE_COMMENTS`): the `# type:` comments the tokenizer collected,
//! given to the nodes CPython's grammar gives them to — an assignment's trailing comment, the
//! comment after the colon of a `def`/`for`/`with` header (or, for a `def`, on its own line before
//! the body), a parameter's comment after its comma — and `# type: ignore` comments as the module's
//! `type_ignores`. A type comment anywhere else is the syntax error CPython reports for it.
//!
//! The placement is decided from positions after parsing rather than in the grammar, so parsing
//! without the flag stays exactly as it was.
use crate::ast::*;
use crate::error::{ErrorKind, Reporter, SyntaxError};
use crate::token::Tok;
use crate::tokenizer::TypeComment;

struct Attach {
    comments: Vec<TypeComment>,
    used: Vec<bool>,
}

/// Attaches `comments` to the nodes of `m`.
pub(crate) fn attach(
    m: &mut Mod,
    comments: Vec<TypeComment>,
    rep: &Reporter<'_>,
) -> Result<(), SyntaxError> {
    let used = comments.iter().map(|c| c.ignore).collect();
    let mut a = Attach { comments, used };
    match m {
        Mod::Module { body, type_ignores } => {
            a.stmts(body);
            type_ignores.extend(a.comments.iter().filter(|c| c.ignore).map(|c| TypeIgnore {
                lineno: c.lineno,
                tag: c.text.clone(),
            }));
        }
        Mod::Interactive { body } => a.stmts(body),
        Mod::Expression { .. } | Mod::FunctionType { .. } => {}
    }
    match a.used.iter().position(|u| !u) {
        Some(i) => {
            let c = &a.comments[i];
            // 1-based columns, as the parser's errors give them.
            let col = i64::from(c.col) + 1;
            let end = col + c.text.len() as i64;
            Err(rep.error(
                ErrorKind::SyntaxError,
                "invalid syntax",
                c.lineno,
                col,
                c.lineno,
                end,
                true,
            ))
        }
        None => Ok(()),
    }
}

fn end(loc: &Loc) -> (u32, u32) {
    (loc.end_lineno, loc.end_col_offset)
}

impl Attach {
    /// Takes the first unused comment that `pred` accepts.
    fn take(&mut self, pred: impl Fn(&TypeComment) -> bool) -> Option<String> {
        let i = (0..self.comments.len()).find(|&i| !self.used[i] && pred(&self.comments[i]))?;
        self.used[i] = true;
        Some(self.comments[i].text.clone())
    }

    /// The comment right after a statement that ends at `at`.
    fn trailing(&mut self, at: (u32, u32)) -> Option<String> {
        self.take(|c| c.prev.is_some_and(|(_, l, col)| (l, col) == at))
    }

    /// The comment after the colon of a header that starts on line `first` and whose block starts
    /// on line `body` (`None` when the block is on the header's line); for a `def`, also a comment
    /// alone on a line between the two.
    fn header(&mut self, first: u32, body: u32, def: bool) -> Option<String> {
        let colon = self.take(|c| {
            (first..body).contains(&c.lineno)
                && matches!(c.prev, Some((Tok::Colon, l, _)) if l == c.lineno)
        });
        if colon.is_some() || !def {
            return colon;
        }
        self.take(|c| c.prev.is_none() && (first + 1..body).contains(&c.lineno))
    }

    /// A parameter's comment: after the comma that follows it (or its default), or after it when
    /// it is the last one.
    fn param(&mut self, a: &mut Arg, default_end: Option<(u32, u32)>) {
        let at = default_end.unwrap_or(end(&a.loc));
        a.type_comment = self.take(|c| match c.prev {
            Some((Tok::Comma, _, _)) => c.prev2_end == Some(at),
            Some((_, l, col)) => (l, col) == at,
            None => false,
        });
    }

    fn arguments(&mut self, args: &mut Arguments) {
        let npos = args.posonlyargs.len() + args.args.len();
        let first_default = npos.saturating_sub(args.defaults.len());
        let ends: Vec<Option<(u32, u32)>> = (0..npos)
            .map(|i| {
                i.checked_sub(first_default)
                    .and_then(|d| args.defaults.get(d))
                    .map(|e| end(&e.loc))
            })
            .collect();
        for (a, e) in args
            .posonlyargs
            .iter_mut()
            .chain(args.args.iter_mut())
            .zip(ends)
        {
            self.param(a, e);
        }
        if let Some(v) = &mut args.vararg {
            self.param(v, None);
        }
        let kw_ends: Vec<Option<(u32, u32)>> = args
            .kw_defaults
            .iter()
            .map(|d| d.as_ref().map(|e| end(&e.loc)))
            .collect();
        for (i, a) in args.kwonlyargs.iter_mut().enumerate() {
            self.param(a, kw_ends.get(i).copied().flatten());
        }
        if let Some(k) = &mut args.kwarg {
            self.param(k, None);
        }
    }

    fn stmts(&mut self, body: &mut [Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &mut Stmt) {
        let loc = s.loc;
        let first_line = |b: &[Stmt]| b.first().map_or(loc.lineno, |s| s.loc.lineno);
        match &mut s.kind {
            StmtKind::FunctionDef {
                args,
                body,
                type_comment,
                ..
            }
            | StmtKind::AsyncFunctionDef {
                args,
                body,
                type_comment,
                ..
            } => {
                self.arguments(args);
                *type_comment = self.header(loc.lineno, first_line(body), true);
                self.stmts(body);
            }
            StmtKind::For {
                body,
                orelse,
                type_comment,
                ..
            }
            | StmtKind::AsyncFor {
                body,
                orelse,
                type_comment,
                ..
            } => {
                *type_comment = self.header(loc.lineno, first_line(body), false);
                self.stmts(body);
                self.stmts(orelse);
            }
            StmtKind::With {
                body, type_comment, ..
            }
            | StmtKind::AsyncWith {
                body, type_comment, ..
            } => {
                *type_comment = self.header(loc.lineno, first_line(body), false);
                self.stmts(body);
            }
            StmtKind::Assign { type_comment, .. } => *type_comment = self.trailing(end(&loc)),
            StmtKind::ClassDef { body, .. } => self.stmts(body),
            StmtKind::While { body, orelse, .. } | StmtKind::If { body, orelse, .. } => {
                self.stmts(body);
                self.stmts(orelse);
            }
            StmtKind::Match { cases, .. } => {
                for c in cases {
                    self.stmts(&mut c.body);
                }
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            }
            | StmtKind::TryStar {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.stmts(body);
                for h in handlers {
                    self.stmts(&mut h.body);
                }
                self.stmts(orelse);
                self.stmts(finalbody);
            }
            _ => {}
        }
    }
}
