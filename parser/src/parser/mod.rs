//! The recursive-descent parser over the token vector, following 3.11's `Grammar/python.gram`.
//!
//! CPython's PEG parser makes a first pass with the valid rules only and, if that fails, a second one
//! in which `invalid_*` rules raise specific messages. This parser is deterministic and raises those
//! specific messages at the point where a valid parse cannot continue; a failure without a specific
//! message becomes CPython's generic error at the furthest token examined (its `p->fill - 1`).
//!
//! Recursion is bounded: every nested construct counts against [`MAX_DEPTH`], and so does every link
//! of a left-leaning chain (`a.b.c`, `a+b+c`), which bounds the depth of the tree as well, so that
//! the symbol table, the compiler and even dropping the tree stay off the native stack's limits.

mod args;
mod expr;
mod fstring;
mod pattern;
mod stmt;
mod target;

use crate::ast::Loc;
use crate::error::{ErrorKind, Reporter, SyntaxError};
use crate::token::{Tok, Token};
use crate::tokenizer::Stop;

/// How deep constructs may nest (CPython's symbol table gives up at 3 × the default recursion limit).
pub(crate) const MAX_DEPTH: u32 = 3000;

/// The message of the error for input nested beyond [`MAX_DEPTH`]; callers raise `RecursionError`.
pub const RECURSION_MSG: &str = "maximum recursion depth exceeded during compilation";

/// A parse failure: a specific error to report as it is, or `None` for "no rule matched here", which
/// becomes the generic error at the furthest token unless an enclosing rule tries an alternative.
#[derive(Debug)]
pub(crate) struct Fail(pub Option<Box<SyntaxError>>);

pub(crate) type PResult<T> = Result<T, Fail>;

/// The start of a node: line and byte column of its first token.
pub(crate) type Pos = (u32, u32);

pub(crate) struct Parser<'a> {
    pub src: &'a str,
    pub toks: Vec<Token>,
    pub pos: usize,
    /// The furthest token the parser has looked at.
    pub max_pos: usize,
    pub stop: Option<Stop>,
    pub rep: &'a Reporter<'a>,
    pub depth: u32,
    /// Added to every line and (on the first line) column: non-zero while parsing an f-string
    /// replacement field, whose tokens are positioned relative to the expression text.
    pub line_offset: u32,
    pub col_offset: u32,
    /// True while parsing an f-string replacement field (changes a few messages).
    pub in_fstring: bool,
    /// Byte offset of a newline the caller appended in `eval`/`single` mode, where CPython's string
    /// tokenizer adds none: errors at it have no column.
    pub implicit_eol: Option<u32>,
    /// Set when a nested replacement field failed: its error is final (message and absolute lines)
    /// and enclosing fields pass it on unchanged.
    pub relayed: bool,
}

impl<'a> Parser<'a> {
    pub(crate) fn new(
        src: &'a str,
        toks: Vec<Token>,
        stop: Option<Stop>,
        rep: &'a Reporter<'a>,
    ) -> Self {
        Parser {
            src,
            toks,
            pos: 0,
            max_pos: 0,
            stop,
            rep,
            depth: 0,
            line_offset: 0,
            col_offset: 0,
            in_fstring: false,
            implicit_eol: None,
            relayed: false,
        }
    }

    // ---- token access ----

    fn tok_at(&mut self, i: usize) -> Token {
        let i = i.min(self.toks.len() - 1);
        if i > self.max_pos {
            self.max_pos = i;
        }
        self.toks[i]
    }

    /// The current token's kind.
    pub(crate) fn peek(&mut self) -> Tok {
        self.tok_at(self.pos).kind
    }

    /// The kind of the token `k` places ahead.
    pub(crate) fn peek_n(&mut self, k: usize) -> Tok {
        self.tok_at(self.pos + k).kind
    }

    pub(crate) fn tok_at_ahead(&mut self, k: usize) -> Token {
        self.tok_at(self.pos + k)
    }

    pub(crate) fn cur(&mut self) -> Token {
        self.tok_at(self.pos)
    }

    pub(crate) fn at(&mut self, kind: Tok) -> bool {
        self.peek() == kind
    }

    /// The source text of a token.
    pub(crate) fn text(&self, t: &Token) -> &'a str {
        &self.src[t.start as usize..t.end as usize]
    }

    /// Whether the current token is the NAME `word` (a soft keyword).
    pub(crate) fn at_soft(&mut self, word: &str) -> bool {
        let t = self.cur();
        t.kind == Tok::Name && self.text(&t) == word
    }

    pub(crate) fn bump(&mut self) -> Token {
        let t = self.cur();
        if self.pos < self.toks.len() - 1 {
            self.pos += 1;
        }
        t
    }

    pub(crate) fn eat(&mut self, kind: Tok) -> bool {
        if self.at(kind) {
            self.bump();
            true
        } else {
            false
        }
    }

    pub(crate) fn expect(&mut self, kind: Tok) -> PResult<Token> {
        if self.at(kind) {
            Ok(self.bump())
        } else {
            Err(Fail(None))
        }
    }

    /// `expect_forced` of the grammar (`&&':'`): a missing token is reported as "expected ':'".
    pub(crate) fn expect_forced(&mut self, kind: Tok, what: &str) -> PResult<Token> {
        if self.at(kind) {
            return Ok(self.bump());
        }
        let t = self.cur();
        if t.kind == Tok::Error {
            return Err(Fail(None));
        }
        Err(self.err_tok(&t, &format!("expected '{what}'")))
    }

    // ---- positions ----

    pub(crate) fn start(&mut self) -> Pos {
        let t = self.cur();
        self.shift(t.lineno, t.col)
    }

    fn shift(&self, line: u32, col: u32) -> Pos {
        if line == 1 {
            (line + self.line_offset, col + self.col_offset)
        } else {
            (line + self.line_offset, col)
        }
    }

    /// The end of the last consumed token that is not a NEWLINE, INDENT or DEDENT (CPython's
    /// `_PyPegen_get_last_nonnwhitespace_token`), so a block ends with its last statement.
    pub(crate) fn prev_end(&self) -> Pos {
        let mut i = self.pos;
        while i > 0 {
            i -= 1;
            let t = &self.toks[i];
            if !matches!(t.kind, Tok::Newline | Tok::Indent | Tok::Dedent) {
                return self.shift(t.end_lineno, t.end_col);
            }
        }
        (1, 0)
    }

    /// The span from `start` to the end of the last consumed token.
    pub(crate) fn finish(&self, start: Pos) -> Loc {
        let (end_lineno, end_col_offset) = self.prev_end();
        Loc {
            lineno: start.0,
            col_offset: start.1,
            end_lineno,
            end_col_offset,
        }
    }

    pub(crate) fn tok_loc(&self, t: &Token) -> Loc {
        let (lineno, col_offset) = self.shift(t.lineno, t.col);
        let (end_lineno, end_col_offset) = self.shift(t.end_lineno, t.end_col);
        Loc {
            lineno,
            col_offset,
            end_lineno,
            end_col_offset,
        }
    }

    // ---- depth ----

    pub(crate) fn enter(&mut self) -> PResult<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            let t = self.cur();
            let mut e = self.rep.error(
                ErrorKind::SyntaxError,
                RECURSION_MSG,
                t.lineno,
                0,
                t.lineno,
                0,
                false,
            );
            e.text = None;
            return Err(Fail(Some(Box::new(e))));
        }
        Ok(())
    }

    pub(crate) fn leave(&mut self) {
        self.depth -= 1;
    }

    // ---- errors ----

    /// A specific error spanning `loc` (CPython's `RAISE_SYNTAX_ERROR_KNOWN_LOCATION/NODE/RANGE`).
    pub(crate) fn err_loc(&self, loc: Loc, msg: &str) -> Fail {
        self.err_kind_loc(ErrorKind::SyntaxError, loc, msg)
    }

    /// Errors are built in the coordinates of this parser's own source (an f-string field's text is
    /// its own source); the f-string code moves them back to the file's lines.
    pub(crate) fn err_kind_loc(&self, kind: ErrorKind, loc: Loc, msg: &str) -> Fail {
        let line = loc.lineno.saturating_sub(self.line_offset).max(1);
        let end_line = loc.end_lineno.saturating_sub(self.line_offset).max(1);
        let unshift = |l: u32, c: u32| {
            if l == 1 {
                c.saturating_sub(self.col_offset)
            } else {
                c
            }
        };
        let col = unshift(line, loc.col_offset);
        let end_col = unshift(end_line, loc.end_col_offset);
        let newline = self.is_current_line(line);
        let e = self.rep.error(
            kind,
            msg,
            line,
            col as i64 + 1,
            end_line,
            end_col as i64 + 1,
            newline,
        );
        Fail(Some(Box::new(e)))
    }

    pub(crate) fn err_tok(&self, t: &Token, msg: &str) -> Fail {
        self.err_kind_tok(ErrorKind::SyntaxError, t, msg)
    }

    /// CPython's `RAISE_SYNTAX_ERROR` at a token: INDENT, DEDENT and ENDMARKER have no column of their
    /// own and are reported at the tokenizer's position, without the `+ 1`.
    pub(crate) fn err_kind_tok(&self, kind: ErrorKind, t: &Token, msg: &str) -> Fail {
        if t.kind == Tok::Newline && self.implicit_eol == Some(t.start) {
            let mut e = self.rep.error(kind, msg, t.lineno, 0, t.lineno, 0, true);
            e.offset = 0;
            return Fail(Some(Box::new(e)));
        }
        if matches!(t.kind, Tok::Indent | Tok::Dedent | Tok::EndMarker) {
            // INDENT and DEDENT tokens have no end column in CPython's tokenizer.
            let end = if t.kind == Tok::EndMarker { 0 } else { -1 };
            let mut e = self
                .rep
                .error(kind, msg, t.lineno, t.col as i64, t.lineno, end, true);
            if t.col == 0 {
                e.offset = 0;
            }
            e.incomplete = t.kind != Tok::Indent && self.only_ends_after(t);
            return Fail(Some(Box::new(e)));
        }
        self.err_kind_loc(kind, self.tok_loc(t), msg)
    }

    /// Whether nothing but DEDENTs and the end marker follow token `t`.
    fn only_ends_after(&self, t: &Token) -> bool {
        let i = self
            .toks
            .iter()
            .position(|x| x.start == t.start && x.kind == t.kind)
            .unwrap_or(0);
        self.toks[i..]
            .iter()
            .all(|x| matches!(x.kind, Tok::Dedent | Tok::EndMarker))
    }

    /// Whether CPython's tokenizer is still on `line` when the error is raised (then the error's
    /// text keeps its newline).
    fn is_current_line(&self, line: u32) -> bool {
        let t = &self.toks[self.max_pos.min(self.toks.len() - 1)];
        t.end_lineno <= line
    }

    /// The generic error for a failed parse, CPython's `_PyPegen_set_syntax_error`.
    pub(crate) fn generic_error(&mut self) -> SyntaxError {
        let t = self.toks[self.max_pos.min(self.toks.len() - 1)];
        match t.kind {
            Tok::Error => return self.stop_error(),
            Tok::Indent => {
                let Fail(e) =
                    self.err_kind_tok(ErrorKind::IndentationError, &t, "unexpected indent");
                return e.map(|e| *e).unwrap_or_else(|| self.stop_error());
            }
            Tok::Dedent if self.max_pos + 1 < self.toks.len() && t.kind == Tok::Dedent => {
                let Fail(e) =
                    self.err_kind_tok(ErrorKind::IndentationError, &t, "unexpected unindent");
                return e.map(|e| *e).unwrap_or_else(|| self.stop_error());
            }
            _ => {}
        }
        let Fail(e) = self.err_tok(&t, "invalid syntax");
        let e = e.map(|e| *e).unwrap_or_else(|| self.stop_error());
        self.prefer_tokenizer_error(e)
    }

    /// CPython tokenizes the rest of the input after a parser error and reports a tokenizer error
    /// found there instead.
    /// Its `_PyPegen_tokenize_full_source_to_check_for_errors` reports an unclosed bracket instead when
    /// the parser had read past the bracket's line (its `p->fill - 1`); reading the tokenizer's error
    /// itself raises it at once.
    pub(crate) fn prefer_tokenizer_error(&self, e: SyntaxError) -> SyntaxError {
        let furthest = self.toks[self.max_pos.min(self.toks.len() - 1)];
        let reached = furthest.kind == Tok::Error;
        match &self.stop {
            Some(Stop::Error(te)) => te.clone(),
            Some(Stop::Unclosed { lineno, .. }) if reached || furthest.lineno > *lineno => {
                self.stop_error()
            }
            _ => e,
        }
    }

    /// The error that stopped the tokenizer.
    pub(crate) fn stop_error(&self) -> SyntaxError {
        match &self.stop {
            Some(Stop::Error(e)) => e.clone(),
            Some(Stop::Unclosed { ch, lineno, col }) => {
                let mut e = self.rep.error(
                    ErrorKind::SyntaxError,
                    format!("'{}' was never closed", *ch as char),
                    *lineno,
                    *col as i64 + 1,
                    *lineno,
                    0,
                    self.rep.last_line_with_newline(*lineno),
                );
                e.incomplete = true;
                e
            }
            Some(Stop::EofAfterBackslash { lineno, len }) => {
                let mut e = self.rep.error(
                    ErrorKind::SyntaxError,
                    "unexpected EOF while parsing",
                    *lineno,
                    *len as i64,
                    *lineno,
                    0,
                    true,
                );
                e.incomplete = true;
                e
            }
            None => self
                .rep
                .error(ErrorKind::SyntaxError, "invalid syntax", 1, 0, 1, 0, false),
        }
    }

    /// Turns a failure into the error to report.
    pub(crate) fn resolve(&mut self, f: Fail) -> SyntaxError {
        match f.0 {
            Some(e) if e.msg == RECURSION_MSG => *e,
            Some(e) => self.prefer_tokenizer_error(*e),
            None => self.generic_error(),
        }
    }
}
