//! The tokenizer: CPython 3.11's `Parser/tokenizer.c` rules over a newline-normalised source.
//!
//! It runs eagerly to the end (or the first error) and hands the parser a token vector, which makes
//! lookahead and backtracking an index reset. CPython's parser pulls tokens lazily, so an error the
//! tokenizer meets is reported only when the parser reaches it: the error is stored beside the list and
//! an [`Tok::Error`] token marks where it happened.

use crate::error::{ErrorKind, Reporter, SyntaxError, WarningKind};
use crate::token::{Tok, Token};

/// Bracket nesting bound of CPython's tokenizer (`MAXLEVEL`).
const MAX_LEVEL: usize = 200;
/// Indentation nesting bound of CPython's tokenizer (`MAXINDENT`).
const MAX_INDENT: usize = 100;

/// Why tokenizing stopped early.
#[derive(Clone, Debug)]
pub(crate) enum Stop {
    /// An error CPython's tokenizer raises itself (bad number, unterminated string, bad indentation...).
    Error(SyntaxError),
    /// End of input inside brackets; the innermost open bracket, its line and byte column.
    Unclosed { ch: u8, lineno: u32, col: u32 },
    /// End of input right after a line continuation; the continued line and its length in bytes.
    EofAfterBackslash { lineno: u32, len: u32 },
}

/// The tokenizer's result.
pub(crate) struct Tokens {
    pub toks: Vec<Token>,
    pub stop: Option<Stop>,
    /// The `# type:` comments, when asked for (`type_comments=True`).
    pub type_comments: Vec<TypeComment>,
}

/// A `# type: ...` comment (CPython's TYPE_COMMENT or TYPE_IGNORE token), with the tokens before it
/// on its line, which decide the node it belongs to.
#[derive(Clone, Debug)]
pub(crate) struct TypeComment {
    pub lineno: u32,
    /// Byte column of the text after the `type:` prefix.
    pub col: u32,
    /// The text after the prefix; for a `type: ignore`, the tag after `ignore`.
    pub text: String,
    pub ignore: bool,
    /// The last token before the comment on its line: kind and end (line, column).
    pub prev: Option<(Tok, u32, u32)>,
    /// The end of the token before that one.
    pub prev2_end: Option<(u32, u32)>,
}

struct Tokenizer<'a> {
    src: &'a [u8],
    text: &'a str,
    rep: &'a Reporter<'a>,
    pos: usize,
    lineno: u32,
    line_start: usize,
    toks: Vec<Token>,
    indents: Vec<(u32, u32)>,
    parens: Vec<(u8, u32, u32)>,
    at_bol: bool,
    cont_line: bool,
    /// Collects `# type:` comments when `Some`.
    type_comments: Option<Vec<TypeComment>>,
}

/// Tokenizes `src`, which must end with a newline and contain no `\r`.
pub(crate) fn tokenize(src: &str, rep: &Reporter<'_>) -> Tokens {
    tokenize_with(src, rep, false)
}

/// Tokenizes `src`, also collecting `# type:` comments when `type_comments` is set.
pub(crate) fn tokenize_with(src: &str, rep: &Reporter<'_>, type_comments: bool) -> Tokens {
    let mut t = Tokenizer {
        src: src.as_bytes(),
        text: src,
        rep,
        pos: 0,
        lineno: 1,
        line_start: 0,
        toks: Vec::with_capacity(src.len() / 4 + 8),
        indents: vec![(0, 0)],
        parens: Vec::new(),
        at_bol: true,
        cont_line: false,
        type_comments: type_comments.then(Vec::new),
    };
    let stop = t.run().err();
    if stop.is_some() {
        let (lineno, col) = (t.lineno, (t.pos - t.line_start) as u32);
        let at = t.pos as u32;
        t.toks.push(Token {
            kind: Tok::Error,
            start: at,
            end: at,
            lineno,
            col,
            end_lineno: lineno,
            end_col: col,
        });
    }
    Tokens {
        toks: t.toks,
        stop,
        type_comments: t.type_comments.unwrap_or_default(),
    }
}

fn is_id_start(c: u8) -> bool {
    c.is_ascii_alphabetic() || c == b'_' || c >= 128
}

fn is_id_char(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c >= 128
}

impl<'a> Tokenizer<'a> {
    /// Records the comment from `start` to the current position if it is a `# type:` comment and
    /// they are being collected (CPython's prefix match: `#`, `type:`, spaces or tabs optional).
    fn type_comment(&mut self, start: usize) {
        let Some(list) = self.type_comments.as_mut() else {
            return;
        };
        let text = &self.src[start + 1..self.pos];
        let skip = |t: &[u8]| t.iter().take_while(|c| matches!(c, b' ' | b'\t')).count();
        let mut i = skip(text);
        if !text[i..].starts_with(b"type:") {
            return;
        }
        i += 5;
        i += skip(&text[i..]);
        let body = &text[i..];
        // "type: ignore" followed by the end or an ASCII non-alphanumeric character.
        let ignore = body.starts_with(b"ignore")
            && body
                .get(6)
                .is_none_or(|c| *c < 128 && !c.is_ascii_alphanumeric());
        let body = if ignore { &body[6..] } else { body };
        let line = self.lineno;
        let on_line = |t: &Token| {
            t.end_lineno == line && !matches!(t.kind, Tok::Newline | Tok::Indent | Tok::Dedent)
        };
        let n = self.toks.len();
        let prev = self.toks.last().filter(|t| on_line(t));
        let prev2 = prev.and(n.checked_sub(2).map(|i| &self.toks[i]));
        list.push(TypeComment {
            lineno: line,
            col: (start + 1 + i + if ignore { 6 } else { 0 } - self.line_start) as u32,
            text: String::from_utf8_lossy(body).into_owned(),
            ignore,
            prev: prev.map(|t| (t.kind, t.end_lineno, t.end_col)),
            prev2_end: prev2.map(|t| (t.end_lineno, t.end_col)),
        });
    }

    fn peek(&self) -> u8 {
        self.src.get(self.pos).copied().unwrap_or(0)
    }

    fn at_eof(&self) -> bool {
        self.pos >= self.src.len()
    }

    /// CPython's `syntaxerror()`: located at the current position, the line's text without newline.
    fn error(&self, msg: impl Into<String>) -> Stop {
        let col = (self.pos - self.line_start) as i64;
        self.error_range(msg, col, col)
    }

    /// `syntaxerror_known_range()` with 1-based byte columns.
    fn error_range(&self, msg: impl Into<String>, col: i64, end_col: i64) -> Stop {
        let mut e = self.rep.error(
            ErrorKind::SyntaxError,
            msg,
            self.lineno,
            0,
            self.lineno,
            0,
            false,
        );
        let line = self.rep.line(self.lineno);
        e.offset = chars_upto(line, col);
        e.end_offset = i64::from(chars_upto(line, end_col));
        Stop::Error(e)
    }

    fn indent_error(&self, kind: ErrorKind, msg: &str, offset_bytes: i64, end: i64) -> Stop {
        let mut e = self
            .rep
            .error(kind, msg, self.lineno, offset_bytes, self.lineno, end, true);
        if offset_bytes == 0 {
            e.offset = 0;
        }
        Stop::Error(e)
    }

    fn push(&mut self, kind: Tok, start: usize, start_line: u32, start_line_off: usize) {
        self.toks.push(Token {
            kind,
            start: start as u32,
            end: self.pos as u32,
            lineno: start_line,
            col: (start - start_line_off) as u32,
            end_lineno: self.lineno,
            end_col: (self.pos - self.line_start) as u32,
        });
    }

    /// A token without a column of its own (INDENT, DEDENT, ENDMARKER): CPython reports errors at them
    /// from the tokenizer's current position, which `start` records.
    fn push_positionless(&mut self, kind: Tok) {
        let col = (self.pos - self.line_start) as u32;
        self.toks.push(Token {
            kind,
            start: self.pos as u32,
            end: self.pos as u32,
            lineno: self.lineno,
            col,
            end_lineno: self.lineno,
            end_col: col,
        });
    }

    fn newline_seen(&mut self) {
        self.lineno += 1;
        self.line_start = self.pos;
    }

    fn run(&mut self) -> Result<(), Stop> {
        loop {
            if self.at_bol {
                self.at_bol = false;
                if self.parens.is_empty() && !self.cont_line && self.indentation()? {
                    continue;
                }
            }
            // Skip spaces, tabs and form feeds between tokens.
            while matches!(self.peek(), b' ' | b'\t' | 0x0c) {
                self.pos += 1;
            }
            if self.at_eof() {
                return self.eof();
            }
            let start = self.pos;
            let c = self.src[self.pos];
            match c {
                b'#' => {
                    while !self.at_eof() && self.peek() != b'\n' {
                        self.pos += 1;
                    }
                    self.type_comment(start);
                }
                b'\n' => {
                    self.pos += 1;
                    if self.parens.is_empty() {
                        let col = (start - self.line_start) as u32;
                        self.toks.push(Token {
                            kind: Tok::Newline,
                            start: start as u32,
                            end: start as u32,
                            lineno: self.lineno,
                            col,
                            end_lineno: self.lineno,
                            end_col: col,
                        });
                        self.cont_line = false;
                    }
                    self.newline_seen();
                    self.at_bol = true;
                }
                b'\\' => {
                    self.pos += 1;
                    if self.peek() != b'\n' {
                        // E_LINECONT: CPython's column is one past the character after the backslash.
                        let col = (self.pos - self.line_start + 1) as i64;
                        let mut e = self.rep.error(
                            ErrorKind::SyntaxError,
                            "unexpected character after line continuation character",
                            self.lineno,
                            col,
                            self.lineno,
                            0,
                            true,
                        );
                        e.end_offset = 0;
                        return Err(Stop::Error(e));
                    }
                    self.pos += 1;
                    if self.at_eof() {
                        // Inside brackets, CPython reports the innermost one as never closed.
                        if let Some(&(ch, lineno, col)) = self.parens.last() {
                            return Err(Stop::Unclosed { ch, lineno, col });
                        }
                        let len = (self.pos - self.line_start) as u32;
                        return Err(Stop::EofAfterBackslash {
                            lineno: self.lineno,
                            len,
                        });
                    }
                    self.newline_seen();
                    self.cont_line = true;
                }
                b'0'..=b'9' => {
                    self.number(start)?;
                }
                b'.' if self.src.get(self.pos + 1).is_some_and(u8::is_ascii_digit) => {
                    self.pos += 1;
                    self.fraction(start)?;
                }
                b'"' | b'\'' => self.string(start)?,
                c if is_id_start(c) => self.name_or_string(start)?,
                _ => self.operator(start)?,
            }
        }
    }

    /// Measures the indentation of a new line and queues INDENT/DEDENT tokens; true for a blank line
    /// (only whitespace and maybe a comment), which produces no tokens at all.
    fn indentation(&mut self) -> Result<bool, Stop> {
        let (mut col, mut altcol) = (0u32, 0u32);
        // Indentation cannot be split by a backslash: the column of the first one decides it.
        let mut cont_col = 0u32;
        loop {
            match self.peek() {
                b'\\'
                    if self.src.get(self.pos + 1) == Some(&b'\n')
                        && self.pos + 2 < self.src.len() =>
                {
                    if cont_col == 0 {
                        cont_col = col;
                    }
                    self.pos += 2;
                    self.newline_seen();
                    continue;
                }
                b' ' => {
                    col += 1;
                    altcol += 1;
                }
                b'\t' => {
                    col = (col / 8 + 1) * 8;
                    altcol += 1;
                }
                0x0c => {
                    col = 0;
                    altcol = 0;
                }
                _ => break,
            }
            self.pos += 1;
        }
        match self.peek() {
            b'#' | b'\n' => {
                let start = self.pos;
                while self.peek() != b'\n' && !self.at_eof() {
                    self.pos += 1;
                }
                if self.src[start] == b'#' {
                    self.type_comment(start);
                }
                if !self.at_eof() {
                    self.pos += 1;
                    self.newline_seen();
                }
                self.at_bol = true;
                return Ok(true);
            }
            _ if self.at_eof() => return Ok(false),
            _ => {}
        }
        if cont_col != 0 {
            (col, altcol) = (cont_col, cont_col);
        }
        let Some(&(top, alttop)) = self.indents.last() else {
            return Ok(false);
        };
        if col == top {
            if altcol != alttop {
                return Err(self.tab_error());
            }
        } else if col > top {
            if self.indents.len() >= MAX_INDENT {
                return Err(self.indent_error(
                    ErrorKind::IndentationError,
                    "too many levels of indentation",
                    1,
                    0,
                ));
            }
            if altcol <= alttop {
                return Err(self.tab_error());
            }
            self.indents.push((col, altcol));
            self.push_positionless(Tok::Indent);
        } else {
            while self.indents.len() > 1 && self.indents.last().is_some_and(|&(c, _)| col < c) {
                self.indents.pop();
                self.push_positionless(Tok::Dedent);
            }
            let (c, ac) = self.indents.last().copied().unwrap_or((0, 0));
            if col != c {
                // E_DEDENT: CPython moves to the end of the line before reporting.
                let len = self.rep.line(self.lineno).len() as i64 + 1;
                return Err(self.indent_error(
                    ErrorKind::IndentationError,
                    "unindent does not match any outer indentation level",
                    len,
                    -1,
                ));
            }
            if altcol != ac {
                return Err(self.tab_error());
            }
        }
        Ok(false)
    }

    fn tab_error(&self) -> Stop {
        self.indent_error(
            ErrorKind::TabError,
            "inconsistent use of tabs and spaces in indentation",
            1,
            0,
        )
    }

    fn eof(&mut self) -> Result<(), Stop> {
        if let Some(&(ch, lineno, col)) = self.parens.last() {
            return Err(Stop::Unclosed { ch, lineno, col });
        }
        // The source ends with a newline, so the tokenizer sits at the start of a missing last line;
        // CPython reports end-of-input positions on the last real line.
        if self.pos > 0 {
            self.lineno -= 1;
            self.line_start = self.text[..self.pos - 1].rfind('\n').map_or(0, |i| i + 1);
        }
        while self.indents.len() > 1 {
            self.indents.pop();
            self.push_positionless(Tok::Dedent);
        }
        self.push_positionless(Tok::EndMarker);
        Ok(())
    }

    fn name_or_string(&mut self, start: usize) -> Result<(), Stop> {
        let (line, line_start) = (self.lineno, self.line_start);
        while self.pos < self.src.len() && is_id_char(self.src[self.pos]) {
            self.pos += 1;
        }
        let word = &self.text[start..self.pos];
        if matches!(self.peek(), b'"' | b'\'') && is_string_prefix(word) {
            return self.string(start);
        }
        if !word.is_ascii() {
            self.verify_identifier(start)?;
        }
        let kind = Tok::keyword(word).unwrap_or(Tok::Name);
        self.push(kind, start, line, line_start);
        Ok(())
    }

    /// CPython's `verify_identifier`: the first character that cannot appear in an identifier.
    fn verify_identifier(&mut self, start: usize) -> Result<(), Stop> {
        let word = &self.text[start..self.pos];
        for (i, ch) in word.char_indices() {
            let ok = if i == 0 {
                ch == '_' || unicode_ident::is_xid_start(ch)
            } else {
                unicode_ident::is_xid_continue(ch)
            };
            if !ok {
                self.pos = start + i + ch.len_utf8();
                let msg = if crate::unicode::is_printable(ch) {
                    format!("invalid character '{ch}' (U+{:04X})", ch as u32)
                } else {
                    format!("invalid non-printable character U+{:04X}", ch as u32)
                };
                return Err(self.error(msg));
            }
        }
        Ok(())
    }

    fn string(&mut self, start: usize) -> Result<(), Stop> {
        let (first_line, first_line_start) = (self.lineno, self.line_start);
        let quote = self.src[self.pos];
        self.pos += 1;
        let triple =
            self.src.get(self.pos) == Some(&quote) && self.src.get(self.pos + 1) == Some(&quote);
        if triple {
            self.pos += 2;
        }
        loop {
            if self.at_eof() || (!triple && self.peek() == b'\n') {
                let detected = if self.at_eof() {
                    self.lineno - 1
                } else {
                    self.lineno
                };
                let detected = detected.max(first_line);
                self.lineno = first_line;
                self.line_start = first_line_start;
                self.pos = start + 1;
                let what = if triple {
                    "unterminated triple-quoted string literal"
                } else {
                    "unterminated string literal"
                };
                let mut e = match self.error(format!("{what} (detected at line {detected})")) {
                    Stop::Error(e) => e,
                    other => return Err(other),
                };
                e.incomplete = triple;
                return Err(Stop::Error(e));
            }
            let c = self.src[self.pos];
            self.pos += 1;
            if c == quote {
                if !triple {
                    break;
                }
                if self.src.get(self.pos) == Some(&quote)
                    && self.src.get(self.pos + 1) == Some(&quote)
                {
                    self.pos += 2;
                    break;
                }
            } else if c == b'\\' {
                if self.at_eof() {
                    continue;
                }
                let n = self.src[self.pos];
                self.pos += 1;
                if n == b'\n' {
                    self.newline_seen();
                }
            } else if c == b'\n' {
                self.newline_seen();
            }
        }
        self.push(Tok::String, start, first_line, first_line_start);
        Ok(())
    }

    fn operator(&mut self, start: usize) -> Result<(), Stop> {
        let (line, line_start) = (self.lineno, self.line_start);
        let b = |i: usize| self.src.get(start + i).copied().unwrap_or(0);
        let c0 = b(0);
        if c0 < 0x20 || c0 == 0x7f {
            self.pos += 1;
            return Err(self.error(format!("invalid non-printable character U+{c0:04X}")));
        }
        let (kind, len) = match (b(0), b(1), b(2)) {
            (b'*', b'*', b'=') => (Tok::DoubleStarEqual, 3),
            (b'/', b'/', b'=') => (Tok::DoubleSlashEqual, 3),
            (b'<', b'<', b'=') => (Tok::LeftShiftEqual, 3),
            (b'>', b'>', b'=') => (Tok::RightShiftEqual, 3),
            (b'.', b'.', b'.') => (Tok::Ellipsis, 3),
            (b'!', b'=', _) => (Tok::NotEqual, 2),
            (b'%', b'=', _) => (Tok::PercentEqual, 2),
            (b'&', b'=', _) => (Tok::AmperEqual, 2),
            (b'*', b'*', _) => (Tok::DoubleStar, 2),
            (b'*', b'=', _) => (Tok::StarEqual, 2),
            (b'+', b'=', _) => (Tok::PlusEqual, 2),
            (b'-', b'=', _) => (Tok::MinEqual, 2),
            (b'-', b'>', _) => (Tok::RArrow, 2),
            (b'/', b'/', _) => (Tok::DoubleSlash, 2),
            (b'/', b'=', _) => (Tok::SlashEqual, 2),
            (b':', b'=', _) => (Tok::ColonEqual, 2),
            (b'<', b'<', _) => (Tok::LeftShift, 2),
            (b'<', b'=', _) => (Tok::LessEqual, 2),
            (b'<', b'>', _) => (Tok::NotEqual, 2),
            (b'=', b'=', _) => (Tok::EqEqual, 2),
            (b'>', b'=', _) => (Tok::GreaterEqual, 2),
            (b'>', b'>', _) => (Tok::RightShift, 2),
            (b'@', b'=', _) => (Tok::AtEqual, 2),
            (b'^', b'=', _) => (Tok::CircumflexEqual, 2),
            (b'|', b'=', _) => (Tok::VBarEqual, 2),
            (b'(', _, _) => (Tok::LPar, 1),
            (b')', _, _) => (Tok::RPar, 1),
            (b'[', _, _) => (Tok::LSqb, 1),
            (b']', _, _) => (Tok::RSqb, 1),
            (b'{', _, _) => (Tok::LBrace, 1),
            (b'}', _, _) => (Tok::RBrace, 1),
            (b':', _, _) => (Tok::Colon, 1),
            (b',', _, _) => (Tok::Comma, 1),
            (b';', _, _) => (Tok::Semi, 1),
            (b'+', _, _) => (Tok::Plus, 1),
            (b'-', _, _) => (Tok::Minus, 1),
            (b'*', _, _) => (Tok::Star, 1),
            (b'/', _, _) => (Tok::Slash, 1),
            (b'|', _, _) => (Tok::VBar, 1),
            (b'&', _, _) => (Tok::Amper, 1),
            (b'<', _, _) => (Tok::Less, 1),
            (b'>', _, _) => (Tok::Greater, 1),
            (b'=', _, _) => (Tok::Equal, 1),
            (b'.', _, _) => (Tok::Dot, 1),
            (b'%', _, _) => (Tok::Percent, 1),
            (b'~', _, _) => (Tok::Tilde, 1),
            (b'^', _, _) => (Tok::Circumflex, 1),
            (b'@', _, _) => (Tok::At, 1),
            _ => (Tok::Unknown, 1),
        };
        self.pos += len;
        match kind {
            Tok::LPar | Tok::LSqb | Tok::LBrace => {
                if self.parens.len() >= MAX_LEVEL {
                    return Err(self.error("too many nested parentheses"));
                }
                self.parens.push((b(0), line, (start - line_start) as u32));
            }
            Tok::RPar | Tok::RSqb | Tok::RBrace => {
                let c = b(0) as char;
                let Some((open, open_line, _)) = self.parens.pop() else {
                    return Err(self.error(format!("unmatched '{c}'")));
                };
                let matching = matches!((open, b(0)), (b'(', b')') | (b'[', b']') | (b'{', b'}'));
                if !matching {
                    let open = open as char;
                    let msg = if open_line != self.lineno {
                        format!("closing parenthesis '{c}' does not match opening parenthesis '{open}' on line {open_line}")
                    } else {
                        format!(
                            "closing parenthesis '{c}' does not match opening parenthesis '{open}'"
                        )
                    };
                    return Err(self.error(msg));
                }
            }
            _ => {}
        }
        self.push(kind, start, line, line_start);
        Ok(())
    }

    fn next_c(&mut self) -> u8 {
        let c = self.peek();
        self.pos += 1;
        c
    }

    fn backup(&mut self) {
        self.pos -= 1;
    }

    /// `tok_decimal_tail`: digits with single underscores between them, after a first digit.
    fn decimal_tail(&mut self) -> Result<u8, Stop> {
        loop {
            let mut c = self.next_c();
            while c.is_ascii_digit() {
                c = self.next_c();
            }
            if c != b'_' {
                return Ok(c);
            }
            c = self.next_c();
            if !c.is_ascii_digit() {
                self.backup();
                return Err(self.error("invalid decimal literal"));
            }
        }
    }

    /// `verify_end_of_number`: a number may run straight into a keyword (`1if x else y`, accepted
    /// with a `SyntaxWarning`) but not into other identifier characters. `c` has been consumed.
    fn verify_end(&mut self, c: u8, kind: &str) -> Result<(), Stop> {
        let rest = &self.src[self.pos..];
        let keyword_follows = match c {
            b'a' => rest.starts_with(b"nd"),
            b'e' => rest.starts_with(b"lse"),
            b'f' => rest.starts_with(b"or"),
            b'i' => matches!(rest.first(), Some(b'f' | b'n' | b's')),
            b'o' => rest.starts_with(b"r"),
            b'n' => rest.starts_with(b"ot"),
            _ => false,
        };
        if keyword_follows {
            // The warning (or the error it becomes) points at the keyword.
            self.backup();
            if let Stop::Error(e) = self.error(format!("invalid {kind} literal")) {
                self.rep.warn(WarningKind::SyntaxWarning, e);
            }
            self.pos += 1;
            return Ok(());
        }
        if is_id_char(c) && c != 0 {
            self.backup();
            // A non-ASCII character that cannot be in an identifier is reported as itself.
            if c >= 0x80 {
                let at = self.pos;
                if let Some(ch) = self.text.get(at..).and_then(|t| t.chars().next()) {
                    if !unicode_ident::is_xid_continue(ch) {
                        self.pos = at + ch.len_utf8();
                        let msg = if crate::unicode::is_printable(ch) {
                            format!("invalid character '{ch}' (U+{:04X})", ch as u32)
                        } else {
                            format!("invalid non-printable character U+{:04X}", ch as u32)
                        };
                        return Err(self.error(msg));
                    }
                }
            }
            return Err(self.error(format!("invalid {kind} literal")));
        }
        Ok(())
    }

    fn finish_number(&mut self, start: usize, line: u32, line_start: usize) -> Result<(), Stop> {
        self.backup();
        self.push(Tok::Number, start, line, line_start);
        Ok(())
    }

    fn number(&mut self, start: usize) -> Result<(), Stop> {
        let (line, line_start) = (self.lineno, self.line_start);
        let c = self.next_c();
        if c == b'0' {
            let c = self.next_c();
            match c {
                b'x' | b'X' => {
                    let mut c = self.next_c();
                    loop {
                        if c == b'_' {
                            c = self.next_c();
                        }
                        if !c.is_ascii_hexdigit() {
                            self.backup();
                            return Err(self.error("invalid hexadecimal literal"));
                        }
                        while c.is_ascii_hexdigit() {
                            c = self.next_c();
                        }
                        if c != b'_' {
                            break;
                        }
                    }
                    self.verify_end(c, "hexadecimal")?;
                    return self.finish_number(start, line, line_start);
                }
                b'o' | b'O' | b'b' | b'B' => {
                    let (name, max) = if matches!(c, b'o' | b'O') {
                        ("octal", b'7')
                    } else {
                        ("binary", b'1')
                    };
                    let mut c = self.next_c();
                    loop {
                        if c == b'_' {
                            c = self.next_c();
                        }
                        if !(b'0'..=max).contains(&c) {
                            if c.is_ascii_digit() {
                                return Err(self.error(format!(
                                    "invalid digit '{}' in {name} literal",
                                    c as char
                                )));
                            }
                            self.backup();
                            return Err(self.error(format!("invalid {name} literal")));
                        }
                        while (b'0'..=max).contains(&c) {
                            c = self.next_c();
                        }
                        if c != b'_' {
                            break;
                        }
                    }
                    if c.is_ascii_digit() {
                        return Err(
                            self.error(format!("invalid digit '{}' in {name} literal", c as char))
                        );
                    }
                    self.verify_end(c, name)?;
                    return self.finish_number(start, line, line_start);
                }
                _ => {}
            }
            // Zeros, maybe followed by other digits (an old-style octal, which is an error unless the
            // literal turns out to be a float or imaginary).
            let mut c = c;
            loop {
                if c == b'_' {
                    c = self.next_c();
                    if !c.is_ascii_digit() {
                        self.backup();
                        return Err(self.error("invalid decimal literal"));
                    }
                }
                if c != b'0' {
                    break;
                }
                c = self.next_c();
            }
            let zeros_end = self.pos;
            let mut nonzero = false;
            if c.is_ascii_digit() {
                nonzero = true;
                c = self.decimal_tail()?;
            }
            return match c {
                b'.' => self.fraction(start).map(|_| ()),
                b'e' | b'E' => self.exponent(start, line, line_start, c),
                b'j' | b'J' => self.imaginary(start, line, line_start),
                _ if nonzero => {
                    self.backup();
                    let msg = "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers";
                    Err(self.error_range(
                        msg,
                        (start - line_start + 1) as i64,
                        (zeros_end - line_start) as i64,
                    ))
                }
                _ => {
                    self.verify_end(c, "decimal")?;
                    self.finish_number(start, line, line_start)
                }
            };
        }
        self.backup();
        let c = self.decimal_tail()?;
        match c {
            b'.' => self.fraction(start),
            b'e' | b'E' => self.exponent(start, line, line_start, c),
            b'j' | b'J' => self.imaginary(start, line, line_start),
            _ => {
                self.verify_end(c, "decimal")?;
                self.finish_number(start, line, line_start)
            }
        }
    }

    /// After the `.` of a float (which has been consumed).
    fn fraction(&mut self, start: usize) -> Result<(), Stop> {
        let (line, line_start) = (self.lineno, self.line_start);
        let mut c = self.next_c();
        if c.is_ascii_digit() {
            c = self.decimal_tail()?;
        }
        match c {
            b'e' | b'E' => self.exponent(start, line, line_start, c),
            b'j' | b'J' => self.imaginary(start, line, line_start),
            _ => {
                self.verify_end(c, "decimal")?;
                self.finish_number(start, line, line_start)
            }
        }
    }

    /// After the `e` of an exponent (consumed).
    fn exponent(&mut self, start: usize, line: u32, line_start: usize, e: u8) -> Result<(), Stop> {
        let mut c = self.next_c();
        if c == b'+' || c == b'-' {
            c = self.next_c();
            if !c.is_ascii_digit() {
                self.backup();
                return Err(self.error("invalid decimal literal"));
            }
        } else if !c.is_ascii_digit() {
            // `1else`: the number ends before the `e`.
            self.backup();
            self.verify_end(e, "decimal")?;
            self.backup();
            self.push(Tok::Number, start, line, line_start);
            return Ok(());
        }
        let c = self.decimal_tail()?;
        if c == b'j' || c == b'J' {
            return self.imaginary(start, line, line_start);
        }
        self.verify_end(c, "decimal")?;
        self.finish_number(start, line, line_start)
    }

    fn imaginary(&mut self, start: usize, line: u32, line_start: usize) -> Result<(), Stop> {
        let c = self.next_c();
        self.verify_end(c, "imaginary")?;
        self.finish_number(start, line, line_start)
    }
}

/// Whether `word` (the letters before a quote) is a valid string prefix.
fn is_string_prefix(word: &str) -> bool {
    if word.len() > 2 {
        return false;
    }
    let w = word.to_ascii_lowercase();
    matches!(
        w.as_str(),
        "r" | "u" | "b" | "f" | "br" | "rb" | "fr" | "rf"
    )
}

/// Characters in the first `col` bytes of `line` (0 for none), as `syntaxerror()` counts them.
fn chars_upto(line: &str, col: i64) -> u32 {
    if col <= 0 {
        return 0;
    }
    let col = (col as usize).min(line.len() + 1);
    if col > line.len() {
        return line.chars().count() as u32 + 1;
    }
    line.char_indices().take_while(|(i, _)| *i < col).count() as u32
}
