//! String atoms: implicit concatenation, bytes, and 3.11 f-strings.
//!
//! In 3.11 an f-string is one STRING token; its replacement fields are found by scanning the text
//! (CPython's `fstring_find_expr`) and each expression is parsed by a nested parser over
//! `"(" + expression + ")"`, positioned the way `fstring_find_expr_location` positions it.

use super::expr::mk;
use super::{Fail, PResult, Parser};
use crate::ast::{Constant, Expr, ExprKind, Loc};
use crate::error::{Reporter, WarningKind};
use crate::strings::{decode_bytes, decode_str, split, Text};
use crate::token::{Tok, Token};
use crate::tokenizer::Stop;

/// The replacement fields and literal text collected so far for one `JoinedStr`.
#[derive(Default)]
struct Parts {
    values: Vec<Expr>,
    lit: Text,
}

impl Parts {
    fn flush(&mut self, loc: Loc) {
        if !self.lit.is_empty() {
            let value = std::mem::take(&mut self.lit).into_constant();
            self.values
                .push(mk(ExprKind::Constant { value, kind: None }, loc));
        }
    }
}

/// Where the pieces of one f-string token are reported.
struct FCtx {
    tok: Token,
    /// Span of the whole concatenation: literal parts and fields take it.
    whole: Loc,
    /// The token's own span: a format spec and its trailing literal text take it.
    spec: Loc,
    raw: bool,
}

impl Parser<'_> {
    /// `strings`: one or more adjacent STRING tokens.
    pub(crate) fn strings(&mut self) -> PResult<Expr> {
        let start = self.pos;
        while self.at(Tok::String) {
            self.bump();
        }
        let toks: Vec<Token> = self.toks[start..self.pos].to_vec();
        let (Some(first), Some(last)) = (toks.first(), toks.last()) else {
            return Err(Fail(None));
        };
        let whole = Loc {
            lineno: self.tok_loc(first).lineno,
            col_offset: self.tok_loc(first).col_offset,
            end_lineno: self.tok_loc(last).end_lineno,
            end_col_offset: self.tok_loc(last).end_col_offset,
        };
        let first_parts = split(self.text(first));
        let is_bytes = first_parts.bytes;
        let u_kind = first_parts.u.then(|| "u".to_string());
        if toks.iter().any(|t| split(self.text(t)).bytes != is_bytes) {
            let t = self.cur();
            return Err(self.err_tok(&t, "cannot mix bytes and nonbytes literals"));
        }
        if is_bytes {
            let mut out = Vec::new();
            for t in &toks {
                let s = split(self.text(t));
                if !s.body.is_ascii() {
                    return Err(self.err_tok(t, "bytes can only contain ASCII literal characters"));
                }
                if s.raw {
                    out.extend_from_slice(s.body.as_bytes());
                } else {
                    match decode_bytes(s.body, &mut out) {
                        Ok(warning) => self.warn_escape(t, warning),
                        Err(msg) => {
                            let t = self.cur();
                            return Err(self.err_tok(&t, &msg));
                        }
                    }
                }
            }
            return Ok(mk(
                ExprKind::Constant {
                    value: Constant::Bytes(out),
                    kind: None,
                },
                whole,
            ));
        }
        if !toks.iter().any(|t| split(self.text(t)).fstring) {
            let mut text = Text::Empty;
            for t in &toks {
                let s = split(self.text(t));
                self.decode_piece(t, s.body, s.raw, &mut text)?;
            }
            return Ok(mk(
                ExprKind::Constant {
                    value: text.into_constant(),
                    kind: u_kind,
                },
                whole,
            ));
        }
        let mut parts = Parts::default();
        for t in &toks {
            let s = split(self.text(t));
            if !s.fstring {
                self.decode_piece(t, s.body, s.raw, &mut parts.lit)?;
                continue;
            }
            let spec = self.tok_loc(t);
            let cx = FCtx {
                tok: *t,
                whole,
                spec,
                raw: s.raw,
            };
            let mut i = 0;
            self.fstring_body(s.body, s.body_offset, &mut i, 0, &cx, &mut parts)?;
        }
        parts.flush(whole);
        Ok(mk(
            ExprKind::JoinedStr {
                values: parts.values,
            },
            whole,
        ))
    }

    /// Decodes literal text of token `tok` into `out`, reporting escape errors at the token after the
    /// strings and an invalid escape sequence as a warning at `tok`.
    fn decode_piece(&mut self, tok: &Token, body: &str, raw: bool, out: &mut Text) -> PResult<()> {
        if raw {
            out.push_str(body);
            return Ok(());
        }
        match decode_str(body, out) {
            Ok(warning) => {
                self.warn_escape(tok, warning);
                Ok(())
            }
            Err(msg) => {
                let t = self.cur();
                Err(self.err_tok(&t, &msg))
            }
        }
    }

    /// CPython's `warn_invalid_escape_sequence`: a `DeprecationWarning`, or a `SyntaxError` at the
    /// string token when it is turned into an error.
    fn warn_escape(&self, tok: &Token, msg: Option<String>) {
        if let Some(msg) = msg {
            if let Fail(Some(e)) = self.err_tok(tok, &msg) {
                self.rep.warn(WarningKind::DeprecationWarning, *e);
            }
        }
    }

    fn fstring_error(&mut self, msg: &str) -> Fail {
        let t = self.cur();
        self.err_tok(&t, msg)
    }

    /// Literal text and replacement fields up to the end of `body` (level 0) or the `}` closing a
    /// format spec (deeper levels).
    #[allow(clippy::too_many_arguments)]
    fn fstring_body(
        &mut self,
        body: &str,
        body_offset: usize,
        i: &mut usize,
        level: u32,
        cx: &FCtx,
        parts: &mut Parts,
    ) -> PResult<()> {
        let b = body.as_bytes();
        loop {
            let lit_start = *i;
            let lit_end;
            let mut doubled = false;
            loop {
                if *i >= b.len() {
                    lit_end = *i;
                    break;
                }
                let c = b[*i];
                if !cx.raw && c == b'\\' && *i + 1 < b.len() {
                    if b[*i + 1] == b'N' && b.get(*i + 2) == Some(&b'{') {
                        *i += 3;
                        while *i < b.len() && b[*i] != b'}' {
                            *i += 1;
                        }
                        *i = (*i + 1).min(b.len());
                        continue;
                    }
                    if b[*i + 1] == b'{' {
                        // `\{` warns and still opens a field; the backslash stays literal.
                        self.warn_escape(&cx.tok, Some("invalid escape sequence '\\{'".into()));
                        *i += 1;
                        continue;
                    }
                    *i += 2;
                    continue;
                }
                if c == b'{' || c == b'}' {
                    if level == 0 {
                        if b.get(*i + 1) == Some(&c) {
                            lit_end = *i + 1;
                            *i += 2;
                            doubled = true;
                            break;
                        }
                        if c == b'}' {
                            return Err(self.fstring_error("f-string: single '}' is not allowed"));
                        }
                    }
                    lit_end = *i;
                    break;
                }
                *i += 1;
            }
            self.decode_piece(&cx.tok, &body[lit_start..lit_end], cx.raw, &mut parts.lit)?;
            if doubled {
                continue;
            }
            if *i >= b.len() || b[*i] == b'}' {
                return Ok(());
            }
            if level >= 2 {
                return Err(self.fstring_error("f-string: expressions nested too deeply"));
            }
            *i += 1;
            self.fstring_field(body, body_offset, i, level, cx, parts)?;
        }
    }

    /// One replacement field; `*i` is just after its `{`.
    #[allow(clippy::too_many_arguments)]
    fn fstring_field(
        &mut self,
        body: &str,
        body_offset: usize,
        i: &mut usize,
        level: u32,
        cx: &FCtx,
        parts: &mut Parts,
    ) -> PResult<()> {
        let b = body.as_bytes();
        let expr_start = *i;
        let mut quote: Option<(u8, bool)> = None;
        let mut stack: Vec<u8> = Vec::new();
        while *i < b.len() {
            let c = b[*i];
            if c == b'\\' {
                return Err(
                    self.fstring_error("f-string expression part cannot include a backslash")
                );
            }
            if let Some((q, triple)) = quote {
                if c == q {
                    if triple {
                        if b.get(*i + 1) == Some(&q) && b.get(*i + 2) == Some(&q) {
                            *i += 3;
                            quote = None;
                            continue;
                        }
                    } else {
                        quote = None;
                    }
                }
                *i += 1;
                continue;
            }
            match c {
                b'\'' | b'"' => {
                    let triple = b.get(*i + 1) == Some(&c) && b.get(*i + 2) == Some(&c);
                    quote = Some((c, triple));
                    *i += if triple { 3 } else { 1 };
                    continue;
                }
                b'[' | b'{' | b'(' => {
                    if stack.len() >= 200 {
                        return Err(self.fstring_error("f-string: too many nested parenthesis"));
                    }
                    stack.push(c);
                }
                b'#' => {
                    return Err(self.fstring_error("f-string expression part cannot include '#'"))
                }
                b'!' | b':' | b'}' | b'=' | b'>' | b'<' if stack.is_empty() => {
                    let next = b.get(*i + 1).copied();
                    if next == Some(b'=') && matches!(c, b'!' | b'=' | b'<' | b'>') {
                        *i += 2;
                        continue;
                    }
                    if c == b'>' || c == b'<' {
                        *i += 1;
                        continue;
                    }
                    break;
                }
                b']' | b'}' | b')' => {
                    let Some(open) = stack.pop() else {
                        return Err(
                            self.fstring_error(&format!("f-string: unmatched '{}'", c as char))
                        );
                    };
                    if !matches!((open, c), (b'(', b')') | (b'[', b']') | (b'{', b'}')) {
                        let msg = format!(
                            "f-string: closing parenthesis '{}' does not match opening parenthesis '{}'",
                            c as char, open as char
                        );
                        return Err(self.fstring_error(&msg));
                    }
                }
                _ => {}
            }
            *i += 1;
        }
        let expr_end = *i;
        if quote.is_some() {
            return Err(self.fstring_error("f-string: unterminated string"));
        }
        if let Some(&open) = stack.last() {
            return Err(self.fstring_error(&format!("f-string: unmatched '{}'", open as char)));
        }
        if *i >= b.len() {
            return Err(self.fstring_error("f-string: expecting '}'"));
        }
        let expr_text = &body[expr_start..expr_end];
        if expr_text
            .bytes()
            .all(|c| matches!(c, b' ' | b'\t' | b'\n' | b'\x0c' | b'\r'))
        {
            return Err(self.fstring_error(&match b[*i] {
                c @ (b'!' | b':' | b'=') => {
                    format!("f-string: expression required before '{}'", c as char)
                }
                _ => "f-string: empty expression not allowed".to_string(),
            }));
        }
        let value = self.fstring_expr(expr_text, body_offset + expr_start - 1, cx)?;
        let mut self_doc = None;
        if b[*i] == b'=' {
            *i += 1;
            while *i < b.len() && b[*i].is_ascii_whitespace() {
                *i += 1;
            }
            if *i >= b.len() {
                return Err(self.fstring_error("f-string: expecting '}'"));
            }
            self_doc = Some(&body[expr_start..*i]);
        }
        let mut conversion = -1;
        if b[*i] == b'!' {
            *i += 1;
            if *i >= b.len() {
                return Err(self.fstring_error("f-string: expecting '}'"));
            }
            let c = b[*i];
            *i += 1;
            if !matches!(c, b's' | b'r' | b'a') {
                return Err(self.fstring_error(
                    "f-string: invalid conversion character: expected 's', 'r', or 'a'",
                ));
            }
            conversion = i32::from(c);
        }
        let mut format_spec = None;
        if *i < b.len() && b[*i] == b':' {
            *i += 1;
            if *i >= b.len() {
                return Err(self.fstring_error("f-string: expecting '}'"));
            }
            let mut spec = Parts::default();
            self.fstring_body(body, body_offset, i, level + 1, cx, &mut spec)?;
            spec.flush(cx.spec);
            format_spec = Some(Box::new(mk(
                ExprKind::JoinedStr {
                    values: spec.values,
                },
                cx.spec,
            )));
        }
        if *i >= b.len() || b[*i] != b'}' {
            return Err(self.fstring_error("f-string: expecting '}'"));
        }
        *i += 1;
        if let Some(text) = self_doc {
            parts.lit.push_str(text);
            if format_spec.is_none() && conversion == -1 {
                conversion = i32::from(b'r');
            }
        }
        parts.flush(cx.whole);
        parts.values.push(mk(
            ExprKind::FormattedValue {
                value: Box::new(value),
                conversion,
                format_spec,
            },
            cx.whole,
        ));
        Ok(())
    }

    /// Parses a replacement field's expression; `brace` is the byte offset of its `{` in the token.
    fn fstring_expr(&mut self, expr: &str, brace: usize, cx: &FCtx) -> PResult<Expr> {
        let tok_text = self.text(&cx.tok);
        let before = &tok_text[..brace];
        let lines = before.bytes().filter(|&c| c == b'\n').count() as u32;
        let after = &tok_text[brace + 1..];
        let newline_after_brace = after
            .bytes()
            .take_while(|&c| c != b'}' && c != b'\n')
            .all(|c| matches!(c, b' ' | b'\t' | b'\x0c'))
            && after.bytes().find(|&c| c == b'}' || c == b'\n') == Some(b'\n');
        let cols = if newline_after_brace {
            0
        } else {
            match before.rfind('\n') {
                Some(nl) => (brace - nl - 1) as u32,
                None => brace as u32,
            }
        };
        let src = format!("({expr})\n");
        let rep = Reporter::new(&src, self.rep.filename);
        let tokens = crate::tokenizer::tokenize(&src, &rep);
        let mut sub = Parser::new(&src, tokens.toks, tokens.stop, &rep);
        let (tl, tc) = (
            cx.tok.lineno + self.line_offset,
            cx.tok.col
                + if cx.tok.lineno == 1 {
                    self.col_offset
                } else {
                    0
                },
        );
        sub.line_offset = tl + lines - 1;
        // 3.11 offsets columns by the token's own column only when the field is on its first line.
        sub.col_offset = if lines == 0 { tc + cols } else { cols };
        sub.depth = self.depth;
        sub.in_fstring = true;
        let r = sub.star_expressions().and_then(|e| {
            while sub.eat(Tok::Newline) {}
            sub.expect(Tok::EndMarker)?;
            Ok(e)
        });
        for mut w in rep.warnings.take() {
            w.lineno += sub.line_offset;
            w.error.lineno += sub.line_offset;
            w.error.end_lineno += sub.line_offset;
            self.rep.warn(w.kind, w.error);
        }
        match r {
            Ok(e) => Ok(e),
            Err(f) => {
                let mut e = sub.resolve(f);
                if !sub.relayed {
                    // The field's parser prefixes its own errors, not its tokenizer's.
                    let tokenizer = matches!(&sub.stop, Some(Stop::Error(te)) if *te == e);
                    if e.msg != super::RECURSION_MSG && !tokenizer {
                        e.msg = format!("f-string: {}", e.msg);
                    }
                    e.lineno += sub.line_offset;
                    e.end_lineno += sub.line_offset;
                }
                self.relayed = true;
                Err(Fail(Some(Box::new(e))))
            }
        }
    }
}
