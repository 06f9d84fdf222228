//! The parsers behind `_string`: a format string into (literal, field name, format spec, conversion)
//! chunks, and a field name into its first part and its `.attr`/`[key]` accessors. Both stop at the
//! first error, which the iterators raise once the chunks before it were taken (as CPython's lazy
//! iterators do).

/// One chunk of `formatter_parser`: the literal text, then the field if one follows.
pub(crate) struct Chunk {
    pub literal: String,
    pub field: Option<Field>,
}

pub(crate) struct Field {
    pub name: String,
    pub spec: String,
    pub conversion: Option<char>,
}

/// The chunks of format string `s`, and the message of the `ValueError` that ends them, if any.
pub(crate) fn markup(s: &str) -> (Vec<Chunk>, Option<&'static str>) {
    let c: Vec<char> = s.chars().collect();
    let end = c.len();
    let mut pos = 0;
    let mut out = Vec::new();
    while pos < end {
        let start = pos;
        let mut last = '\0';
        let mut markup_follows = false;
        while pos < end {
            last = c[pos];
            pos += 1;
            if last == '{' || last == '}' {
                markup_follows = true;
                break;
            }
        }
        let at_end = pos >= end;
        let mut len = pos - start;
        if last == '}' && markup_follows && (at_end || c[pos] != '}') {
            return (out, Some("Single '}' encountered in format string"));
        }
        if at_end && last == '{' && markup_follows {
            return (out, Some("Single '{' encountered in format string"));
        }
        if markup_follows && !at_end {
            if c[pos] == last {
                pos += 1;
                markup_follows = false;
            } else {
                len -= 1;
            }
        }
        let literal: String = c[start..start + len].iter().collect();
        if !markup_follows {
            out.push(Chunk {
                literal,
                field: None,
            });
            continue;
        }
        match field(&c, &mut pos) {
            Ok(f) => out.push(Chunk {
                literal,
                field: Some(f),
            }),
            Err(e) => return (out, Some(e)),
        }
    }
    (out, None)
}

/// The field starting at `pos` (just after its `{`); leaves `pos` after its closing `}`.
fn field(c: &[char], pos: &mut usize) -> Result<Field, &'static str> {
    let end = c.len();
    let start = *pos;
    let mut last = '\0';
    while *pos < end {
        last = c[*pos];
        *pos += 1;
        match last {
            '{' => return Err("unexpected '{' in field name"),
            '[' => {
                while *pos < end && c[*pos] != ']' {
                    *pos += 1;
                }
            }
            '}' | ':' | '!' => break,
            _ => {}
        }
    }
    let stopped = matches!(last, '}' | ':' | '!') && *pos > start;
    if !stopped {
        return Err("expected '}' before end of string");
    }
    let name: String = c[start..*pos - 1].iter().collect();
    let mut conversion = None;
    if last == '}' {
        return Ok(Field {
            name,
            spec: String::new(),
            conversion,
        });
    }
    if last == '!' {
        if *pos >= end {
            return Err("end of string while looking for conversion specifier");
        }
        conversion = Some(c[*pos]);
        *pos += 1;
        if *pos < end {
            let next = c[*pos];
            *pos += 1;
            if next == '}' {
                return Ok(Field {
                    name,
                    spec: String::new(),
                    conversion,
                });
            }
            if next != ':' {
                return Err("expected ':' after conversion specifier");
            }
        }
    }
    let spec_start = *pos;
    let mut depth = 1;
    while *pos < end {
        let ch = c[*pos];
        *pos += 1;
        if ch == '{' {
            depth += 1;
        } else if ch == '}' {
            depth -= 1;
            if depth == 0 {
                return Ok(Field {
                    name,
                    spec: c[spec_start..*pos - 1].iter().collect(),
                    conversion,
                });
            }
        }
    }
    Err("unmatched '{' in format spec")
}

/// An index or a name: a part made only of ASCII digits is an index.
pub(crate) enum Key {
    Index(num_bigint::BigInt),
    Name(String),
}

fn key(s: String) -> Key {
    if !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()) {
        if let Ok(n) = s.parse() {
            return Key::Index(n);
        }
    }
    Key::Name(s)
}

/// The first part of field name `s`, its accessors (`true` for `.attr`), and the error ending them.
pub(crate) fn field_name(s: &str) -> (Key, Vec<(bool, Key)>, Option<&'static str>) {
    let c: Vec<char> = s.chars().collect();
    let mut pos = c
        .iter()
        .position(|&ch| ch == '.' || ch == '[')
        .unwrap_or(c.len());
    let first = key(c[..pos].iter().collect());
    let mut rest = Vec::new();
    while pos < c.len() {
        let is_attr = c[pos] == '.';
        pos += 1;
        let start = pos;
        if is_attr {
            while pos < c.len() && c[pos] != '.' && c[pos] != '[' {
                pos += 1;
            }
        } else {
            while pos < c.len() && c[pos] != ']' {
                pos += 1;
            }
            if pos >= c.len() {
                return (first, rest, Some("Missing ']' in format string"));
            }
        }
        let part: String = c[start..pos].iter().collect();
        if part.is_empty() {
            return (first, rest, Some("Empty attribute in format string"));
        }
        if !is_attr {
            pos += 1;
            if pos < c.len() && c[pos] != '.' && c[pos] != '[' {
                rest.push((false, key(part)));
                return (
                    first,
                    rest,
                    Some("Only '.' or '[' may follow ']' in format field specifier"),
                );
            }
            rest.push((false, key(part)));
        } else {
            rest.push((true, Key::Name(part)));
        }
    }
    (first, rest, None)
}
