//! String and bytes literals: prefixes, escape decoding, and text that may hold lone surrogates.

/// The parts of one STRING token.
pub(crate) struct StrTok<'a> {
    pub bytes: bool,
    pub raw: bool,
    pub fstring: bool,
    pub u: bool,
    /// The text between the quotes.
    pub body: &'a str,
    /// Byte offset of `body` within the token text.
    pub body_offset: usize,
}

/// Splits a STRING token's text into prefix flags and body.
pub(crate) fn split(token: &str) -> StrTok<'_> {
    let q = token.find(['\'', '"']).unwrap_or(0);
    let prefix = &token[..q];
    let rest = &token[q..];
    let quote_len = if rest.len() >= 6 && (rest.starts_with("'''") || rest.starts_with("\"\"\"")) {
        3
    } else {
        1
    };
    let end = rest.len().saturating_sub(quote_len).max(quote_len);
    let has = |c: char| prefix.chars().any(|p| p.eq_ignore_ascii_case(&c));
    StrTok {
        bytes: has('b'),
        raw: has('r'),
        fstring: has('f'),
        u: has('u'),
        body: &rest[quote_len..end],
        body_offset: q + quote_len,
    }
}

/// Decoded text: a `String` until a lone surrogate forces code points.
#[derive(Clone, Debug, Default)]
pub(crate) enum Text {
    #[default]
    Empty,
    Str(String),
    Wide(Vec<u32>),
}

impl Text {
    pub(crate) fn push_str(&mut self, s: &str) {
        match self {
            Text::Empty => *self = Text::Str(s.to_string()),
            Text::Str(t) => t.push_str(s),
            Text::Wide(w) => w.extend(s.chars().map(|c| c as u32)),
        }
    }

    pub(crate) fn push_cp(&mut self, cp: u32) {
        match char::from_u32(cp) {
            Some(c) => {
                let mut buf = [0u8; 4];
                self.push_str(c.encode_utf8(&mut buf));
            }
            None => {
                let mut w: Vec<u32> = match std::mem::take(self) {
                    Text::Empty => Vec::new(),
                    Text::Str(s) => s.chars().map(|c| c as u32).collect(),
                    Text::Wide(w) => w,
                };
                w.push(cp);
                *self = Text::Wide(w);
            }
        }
    }

    pub(crate) fn is_empty(&self) -> bool {
        match self {
            Text::Empty => true,
            Text::Str(s) => s.is_empty(),
            Text::Wide(w) => w.is_empty(),
        }
    }

    pub(crate) fn into_constant(self) -> crate::ast::Constant {
        match self {
            Text::Empty => crate::ast::Constant::Str(String::new()),
            Text::Str(s) => crate::ast::Constant::Str(s),
            Text::Wide(w) => crate::ast::Constant::StrSurrogates(w),
        }
    }
}

fn codec_error(start: usize, end: usize, what: &str) -> String {
    format!(
        "(unicode error) 'unicodeescape' codec can't decode bytes in position {start}-{}: {what}",
        end - 1
    )
}

fn hex_value(s: &[u8]) -> Option<u32> {
    s.iter().try_fold(0u32, |acc, &c| {
        (c as char).to_digit(16).map(|d| acc * 16 + d)
    })
}

/// The `DeprecationWarning` message for the first invalid escape of a literal, which starts at byte
/// `at` (the character after the backslash): an octal escape above `\377` or an unknown ASCII escape.
fn invalid_escape(body: &str, at: usize) -> String {
    match body.as_bytes()[at] {
        b'4'..=b'7' => format!(
            "invalid octal escape sequence '\\{}'",
            &body[at..(at + 3).min(body.len())]
        ),
        c => format!("invalid escape sequence '\\{}'", c as char),
    }
}

/// Decodes the escapes of a (non-raw) str literal body; the message of CPython's error otherwise.
/// `Ok(Some(msg))` carries the warning for the first invalid escape sequence.
pub(crate) fn decode_str(body: &str, out: &mut Text) -> Result<Option<String>, String> {
    let b = body.as_bytes();
    let mut i = 0;
    let mut lit_start = 0;
    let mut invalid = None;
    while i < b.len() {
        if b[i] != b'\\' {
            i += 1;
            continue;
        }
        out.push_str(&body[lit_start..i]);
        let esc = i;
        i += 1;
        let Some(&c) = b.get(i) else {
            // Only an f-string's literal piece before a `\{` field ends so; CPython keeps it.
            out.push_str("\\");
            return Ok(invalid.map(|at| invalid_escape(body, at)));
        };
        i += 1;
        match c {
            b'\n' => {}
            b'\\' => out.push_str("\\"),
            b'\'' => out.push_str("'"),
            b'"' => out.push_str("\""),
            b'a' => out.push_str("\x07"),
            b'b' => out.push_str("\x08"),
            b'f' => out.push_str("\x0c"),
            b'n' => out.push_str("\n"),
            b'r' => out.push_str("\r"),
            b't' => out.push_str("\t"),
            b'v' => out.push_str("\x0b"),
            b'0'..=b'7' => {
                let mut v = u32::from(c - b'0');
                for _ in 0..2 {
                    match b.get(i) {
                        Some(&d @ b'0'..=b'7') => {
                            v = v * 8 + u32::from(d - b'0');
                            i += 1;
                        }
                        _ => break,
                    }
                }
                if v > 0o377 && invalid.is_none() {
                    invalid = Some(esc + 1);
                }
                out.push_cp(v);
            }
            b'x' | b'u' | b'U' => {
                let (n, what) = match c {
                    b'x' => (2, "truncated \\xXX escape"),
                    b'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let digits = b
                    .get(i..i + n)
                    .filter(|d| d.iter().all(u8::is_ascii_hexdigit));
                let Some(v) = digits.and_then(hex_value) else {
                    let mut end = i;
                    while end < b.len() && end < i + n && b[end].is_ascii_hexdigit() {
                        end += 1;
                    }
                    return Err(codec_error(esc, end, what));
                };
                i += n;
                if v > 0x10ffff {
                    return Err(codec_error(esc, i, "illegal Unicode character"));
                }
                out.push_cp(v);
            }
            b'N' => {
                // The error ends where the scan for `{name}` stopped.
                let malformed = |at: usize| codec_error(esc, at, "malformed \\N character escape");
                if b.get(i) != Some(&b'{') {
                    return Err(malformed(esc + 2));
                }
                let Some(close) = body[i + 1..].find('}') else {
                    return Err(malformed(body.len()));
                };
                let name = &body[i + 1..i + 1 + close];
                let end = i + close + 2;
                if name.is_empty() {
                    return Err(malformed(i + 1));
                }
                match lookup_name(name) {
                    Some(ch) => out.push_cp(ch as u32),
                    None => return Err(codec_error(esc, end, "unknown Unicode character name")),
                }
                i = end;
            }
            _ => {
                // Unknown escapes keep their backslash; CPython warns about the first ASCII one.
                if c.is_ascii() && invalid.is_none() {
                    invalid = Some(i - 1);
                }
                let ch_len = body[i - 1..].chars().next().map_or(1, char::len_utf8);
                out.push_str(&body[esc..i - 1 + ch_len]);
                i = i - 1 + ch_len;
            }
        }
        lit_start = i;
    }
    out.push_str(&body[lit_start..]);
    Ok(invalid.map(|at| invalid_escape(body, at)))
}

/// `\N{...}`: the character database lookup is case-insensitive, as `unicodedata.lookup` is.
fn lookup_name(name: &str) -> Option<char> {
    unicode_names2::character(&name.to_ascii_uppercase())
}

/// Decodes a (non-raw) bytes literal body; the body is ASCII. `Ok(Some(msg))` carries the warning
/// for the first invalid escape sequence.
pub(crate) fn decode_bytes(body: &str, out: &mut Vec<u8>) -> Result<Option<String>, String> {
    let b = body.as_bytes();
    let mut i = 0;
    let mut invalid = None;
    while i < b.len() {
        let c = b[i];
        i += 1;
        if c != b'\\' {
            out.push(c);
            continue;
        }
        let esc = i - 1;
        let Some(&c) = b.get(i) else {
            return Err("(value error) Trailing \\ in string".to_string());
        };
        i += 1;
        match c {
            b'\n' => {}
            b'\\' => out.push(b'\\'),
            b'\'' => out.push(b'\''),
            b'"' => out.push(b'"'),
            b'a' => out.push(7),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(11),
            b'0'..=b'7' => {
                let mut v = u32::from(c - b'0');
                for _ in 0..2 {
                    match b.get(i) {
                        Some(&d @ b'0'..=b'7') => {
                            v = v * 8 + u32::from(d - b'0');
                            i += 1;
                        }
                        _ => break,
                    }
                }
                if v > 0o377 && invalid.is_none() {
                    invalid = Some(esc + 1);
                }
                out.push((v & 0xff) as u8);
            }
            b'x' => {
                let v = b
                    .get(i..i + 2)
                    .filter(|d| d.iter().all(u8::is_ascii_hexdigit))
                    .and_then(hex_value);
                let Some(v) = v else {
                    return Err(format!(
                        "(value error) invalid \\x escape at position {esc}"
                    ));
                };
                i += 2;
                out.push(v as u8);
            }
            _ => {
                if invalid.is_none() {
                    invalid = Some(esc + 1);
                }
                out.push(b'\\');
                out.push(c);
            }
        }
    }
    Ok(invalid.map(|at| invalid_escape(body, at)))
}
