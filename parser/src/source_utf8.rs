//! Invalid UTF-8 in a source read as UTF-8. CPython's tokenizer hands the bytes on undecoded, so they
//! matter only where a token is decoded: a comment ignores them, the parser decodes a string literal's
//! body (or, with escapes, each run of non-ASCII bytes) and reports the error relative to it, a bytes
//! literal refuses them as it refuses any non-ASCII byte, and an identifier reports them when it is
//! checked. A byte-level scan finds the first such token and words CPython's error for it.

use crate::error::{ErrorKind, SyntaxError};

/// The text of `body`, which is not valid UTF-8: with the bad bytes replaced when only comments hold
/// them, else CPython's `SyntaxError` for the first token that does.
///
/// `declared` says whether a BOM or coding cookie named the encoding: CPython then converts the byte
/// columns of the error to character columns, else it leaves them in bytes.
pub(crate) fn decode_invalid_utf8(body: &[u8], declared: bool) -> Result<String, SyntaxError> {
    let text = String::from_utf8_lossy(body).into_owned();
    match first_bad_token(body, declared) {
        Ok(()) => Ok(text),
        Err(bad) => Err(prefer_parse_error(&text, body, bad)),
    }
}

/// A token CPython cannot decode: its error, where it starts, and whether it is a string literal.
struct Bad {
    error: SyntaxError,
    start: usize,
    literal: bool,
}

/// The error CPython reports first: a syntax error before the token, else for a literal (decoded by
/// the parser's action, after which CPython checks the rest of the source for a tokenizer error) a
/// tokenizer error anywhere, else the decoding error.
fn prefer_parse_error(text: &str, body: &[u8], bad: Bad) -> SyntaxError {
    let Err(pe) = crate::parse(text, crate::Mode::Exec, "") else {
        return bad.error;
    };
    let before = &body[..bad.start];
    let lineno = before.iter().filter(|&&c| c == b'\n').count() as u32 + 1;
    let line_start = before
        .iter()
        .rposition(|&c| c == b'\n')
        .map_or(0, |i| i + 1);
    let col = String::from_utf8_lossy(&before[line_start..])
        .chars()
        .count() as u32
        + 1;
    // The replacement character is no error of CPython's tokenizer, which never sees it.
    let replaced = pe.msg.contains("(U+FFFD)");
    if (pe.lineno, pe.offset) < (lineno, col)
        || (bad.literal && !replaced && crate::tokenizer_fails(text))
    {
        return pe;
    }
    bad.error
}

/// CPython's error for the first token of `body` whose bytes it decodes and cannot.
fn first_bad_token(body: &[u8], declared: bool) -> Result<(), Bad> {
    let mut s = Scanner {
        b: body,
        i: 0,
        depth: 0,
        buf: 0,
        declared,
    };
    while let Some(t) = s.next_token() {
        let text = &body[t.start..t.end];
        if std::str::from_utf8(text).is_ok() {
            continue;
        }
        match t.kind {
            Kind::Str { prefix, quote } => {
                let lower = prefix.to_ascii_lowercase();
                let (start, end) = (t.start, t.end);
                if lower.contains('b') {
                    let msg = "bytes can only contain ASCII literal characters".to_string();
                    return Err(Bad {
                        error: s.error(msg, t.buf, start, end as i64),
                        start,
                        literal: true,
                    });
                }
                let inner = &body[start + prefix.len() + quote..end - quote];
                let why = string_error(inner, lower.contains('r'), lower.contains('f'));
                // The parser decodes the literal once it has the whole concatenation, with the token
                // after it read: that token is where the error points.
                let after = loop {
                    match s.next_token() {
                        Some(Tok {
                            kind: Kind::Str { .. },
                            ..
                        }) => continue,
                        Some(t) => break t,
                        None => break Tok::eof(body.len(), s.buf),
                    }
                };
                let end = if after.kind == Kind::Newline {
                    after.start
                } else {
                    after.end
                };
                let msg = format!("(unicode error) {why}");
                return Err(Bad {
                    error: s.error(msg, after.buf, after.start, end as i64),
                    start,
                    literal: true,
                });
            }
            Kind::Name => {
                let why = utf8_error(text);
                // The tokenizer reports where it stopped: the end of the name, not past it.
                let msg = format!("(unicode error) {why}");
                return Err(Bad {
                    error: s.error(msg, t.buf, t.end - 1, -1),
                    start: t.start,
                    literal: false,
                });
            }
            _ => {}
        }
    }
    Ok(())
}

/// The decoding error of a string literal's body: the whole body for a plain or raw literal, each
/// literal part of an f-string, and with escape processing (a non-raw f-string, or a backslash in the
/// body) each run of non-ASCII bytes separately.
fn string_error(inner: &[u8], raw: bool, fstring: bool) -> String {
    let escapes = !raw && (fstring || inner.contains(&b'\\'));
    if fstring && raw {
        for part in fstring_literals(inner) {
            if std::str::from_utf8(part).is_err() {
                return utf8_error(part);
            }
        }
    }
    if !escapes {
        return utf8_error(inner);
    }
    let mut i = 0;
    while i < inner.len() {
        if inner[i] & 0x80 == 0 {
            i += 1;
            continue;
        }
        let run_end = inner[i..]
            .iter()
            .position(|&c| c & 0x80 == 0)
            .map_or(inner.len(), |n| i + n);
        let run = &inner[i..run_end];
        if std::str::from_utf8(run).is_err() {
            return utf8_error(run);
        }
        i = run_end;
    }
    utf8_error(inner)
}

/// The literal parts of an f-string's body, as its parser splits them: at each replacement field and
/// after each doubled brace.
fn fstring_literals(inner: &[u8]) -> Vec<&[u8]> {
    let mut parts = Vec::new();
    let (mut start, mut i) = (0, 0);
    while i < inner.len() {
        match inner[i] {
            b'{' | b'}' if inner.get(i + 1) == Some(&inner[i]) => {
                parts.push(&inner[start..i + 1]);
                i += 2;
                start = i;
            }
            b'{' => {
                parts.push(&inner[start..i]);
                let mut depth = 0;
                while i < inner.len() {
                    match inner[i] {
                        b'{' => depth += 1,
                        b'}' => depth -= 1,
                        _ => {}
                    }
                    i += 1;
                    if depth == 0 {
                        break;
                    }
                }
                start = i;
            }
            _ => i += 1,
        }
    }
    parts.push(&inner[start..]);
    parts
}

/// Python's `UnicodeDecodeError` text for the first bad sequence of `seg`.
fn utf8_error(seg: &[u8]) -> String {
    let Err(e) = std::str::from_utf8(seg) else {
        return String::new();
    };
    let at = e.valid_up_to();
    let (why, end) = match (seg[at], e.error_len()) {
        (0x80..=0xC1 | 0xF5..=0xFF, _) => ("invalid start byte", at + 1),
        (_, None) => ("unexpected end of data", seg.len()),
        (_, Some(n)) => ("invalid continuation byte", at + n),
    };
    if end - at == 1 {
        format!(
            "'utf-8' codec can't decode byte 0x{:02x} in position {at}: {why}",
            seg[at]
        )
    } else {
        format!(
            "'utf-8' codec can't decode bytes in position {at}-{}: {why}",
            end - 1
        )
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind<'a> {
    Name,
    /// A string literal: its prefix and the length of its quotes (1 or 3).
    Str {
        prefix: &'a str,
        quote: usize,
    },
    Newline,
    Other,
}

struct Tok<'a> {
    kind: Kind<'a>,
    start: usize,
    end: usize,
    /// Where the tokenizer's line buffer began when it read the token (see [`Scanner::buf`]).
    buf: usize,
}

impl Tok<'_> {
    /// The implicit `NEWLINE` at the end of input.
    fn eof(at: usize, buf: usize) -> Tok<'static> {
        Tok {
            kind: Kind::Newline,
            start: at,
            end: at,
            buf,
        }
    }
}

/// The operators longer than one byte, longest first.
const OPERATORS: &[&str] = &[
    "**=", "//=", ">>=", "<<=", "...", "**", "//", ">>", "<<", "<=", ">=", "==", "!=", "->", "+=",
    "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=", ":=",
];

/// A tokenizer reduced to what locating an error needs: names, string literals, `NEWLINE`s outside
/// brackets, and every other token as one unit.
struct Scanner<'a> {
    b: &'a [u8],
    i: usize,
    depth: usize,
    /// The start of the tokenizer's line buffer, the `text` of an error: the current line, or the first
    /// line of a backslash continuation or a triple-quoted string.
    buf: usize,
    declared: bool,
}

impl<'a> Scanner<'a> {
    fn next_token(&mut self) -> Option<Tok<'a>> {
        let b = self.b;
        loop {
            let c = *b.get(self.i)?;
            let start = self.i;
            match c {
                b' ' | b'\t' | b'\x0c' => self.i += 1,
                b'#' => {
                    while self.i < b.len() && !matches!(b[self.i], b'\n' | b'\r') {
                        self.i += 1;
                    }
                }
                b'\\' => {
                    self.i += if b[start..].starts_with(b"\\\r\n") {
                        3
                    } else {
                        2
                    }
                }
                b'\r' | b'\n' => {
                    self.i += if b[start..].starts_with(b"\r\n") {
                        2
                    } else {
                        1
                    };
                    let t = self.tok(Kind::Newline, start, start + 1);
                    self.buf = self.i;
                    if self.depth == 0 {
                        return Some(t);
                    }
                }
                b'\'' | b'"' => return self.string(start, ""),
                c if c.is_ascii_digit()
                    || (c == b'.' && b.get(start + 1).is_some_and(u8::is_ascii_digit)) =>
                {
                    self.i += 1;
                    while let Some(&d) = b.get(self.i) {
                        let exp_sign = matches!(d, b'+' | b'-')
                            && matches!(b[self.i - 1], b'e' | b'E')
                            && !b[start..].starts_with(b"0x")
                            && !b[start..].starts_with(b"0X");
                        if !(d.is_ascii_alphanumeric() || d == b'_' || d == b'.' || exp_sign) {
                            break;
                        }
                        self.i += 1;
                    }
                    return Some(self.tok(Kind::Other, start, self.i));
                }
                c if c.is_ascii_alphabetic() || c == b'_' || c >= 0x80 => {
                    while b
                        .get(self.i)
                        .is_some_and(|&d| d.is_ascii_alphanumeric() || d == b'_' || d >= 0x80)
                    {
                        self.i += 1;
                    }
                    let name = std::str::from_utf8(&b[start..self.i]).unwrap_or("");
                    let prefix = name.len() <= 2
                        && !name.is_empty()
                        && name.chars().all(|c| "rRbBuUfF".contains(c))
                        && matches!(b.get(self.i), Some(b'\'' | b'"'));
                    if prefix {
                        return self.string(start, name);
                    }
                    return Some(self.tok(Kind::Name, start, self.i));
                }
                _ => {
                    match c {
                        b'(' | b'[' | b'{' => self.depth += 1,
                        b')' | b']' | b'}' => self.depth = self.depth.saturating_sub(1),
                        _ => {}
                    }
                    let len = OPERATORS
                        .iter()
                        .find(|op| b[start..].starts_with(op.as_bytes()))
                        .map_or(1, |op| op.len());
                    self.i += len;
                    return Some(self.tok(Kind::Other, start, self.i));
                }
            }
        }
    }

    /// A string literal whose quote is at `self.i`; an unterminated one is left to the parser (as a
    /// token without an error of its own).
    fn string(&mut self, start: usize, prefix: &'a str) -> Option<Tok<'a>> {
        let b = self.b;
        let q = b[self.i];
        let triple = b[self.i..].starts_with(&[q, q, q]);
        let quote = if triple { 3 } else { 1 };
        self.i += quote;
        while self.i < b.len() {
            match b[self.i] {
                b'\\' => self.i += 2,
                c if c == q && (!triple || b[self.i..].starts_with(&[q, q, q])) => {
                    self.i += quote;
                    return Some(self.tok(Kind::Str { prefix, quote }, start, self.i));
                }
                b'\n' if !triple => return Some(self.tok(Kind::Other, start, self.i)),
                _ => self.i += 1,
            }
        }
        self.i = b.len();
        Some(self.tok(Kind::Other, start, self.i))
    }

    fn tok(&self, kind: Kind<'a>, start: usize, end: usize) -> Tok<'a> {
        Tok {
            kind,
            start,
            end,
            buf: self.buf,
        }
    }

    /// A `SyntaxError` at byte `start` (to `end`, or `-1` for no end), its `text` the line buffer from
    /// `buf` to the end of the line of `start`. Columns are bytes, or, with a declared encoding, what
    /// CPython's `_PyPegen_byte_offset_to_character_offset` makes of them in that text.
    fn error(&self, msg: String, buf: usize, start: usize, end: i64) -> SyntaxError {
        let b = self.b;
        let start = start.min(b.len());
        let line_end = b[start..]
            .iter()
            .position(|&c| c == b'\n')
            .map_or(b.len(), |i| start + i + 1);
        let mut text = String::from_utf8_lossy(&b[buf.min(start)..line_end]).replace("\r\n", "\n");
        if !text.ends_with('\n') {
            text.push('\n');
        }
        let (lineno, offset) = self.position(&text, start);
        let (end_lineno, end_offset) = match usize::try_from(end) {
            Ok(e) => {
                let (l, o) = self.position(&text, e);
                (l, i64::from(o))
            }
            Err(_) => (lineno, -1),
        };
        SyntaxError {
            kind: ErrorKind::SyntaxError,
            msg,
            filename: String::new(),
            lineno,
            offset,
            end_lineno,
            end_offset,
            text: Some(text),
            incomplete: false,
        }
    }

    /// The line (1-based) and 1-based column of byte `at`.
    fn position(&self, text: &str, at: usize) -> (u32, u32) {
        let before = &self.b[..at.min(self.b.len())];
        let lineno = before.iter().filter(|&&c| c == b'\n').count() + 1;
        let line_start = before
            .iter()
            .rposition(|&c| c == b'\n')
            .map_or(0, |i| i + 1);
        let col = before.len() - line_start + 1;
        if !self.declared {
            return (lineno as u32, col as u32);
        }
        let t = text.as_bytes();
        let chars = String::from_utf8_lossy(&t[..col.min(t.len())])
            .chars()
            .count();
        (lineno as u32, chars as u32)
    }
}

#[cfg(test)]
#[path = "source_utf8_tests.rs"]
mod tests;
