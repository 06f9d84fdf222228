//! `str.format` templates: the parser behind `str.format`, `str.format_map`,
//! `_string.formatter_parser` and `_string.formatter_field_name_split` (CPython's
//! `Objects/stringlib/unicode_format.h`), and a renderer that leaves object access to the vm.

use super::error::NumError;
use super::format_spec::quote_code;
use super::unicode::decimal_value;

fn value_error(msg: &str) -> NumError {
    NumError::Value(msg.to_owned())
}

/// One step of a template: literal text, then possibly a replacement field.
///
/// This is one tuple of `_string.formatter_parser`: `(literal, field_name, format_spec,
/// conversion)`, where the last three are `None` when `field` is `None`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TemplatePiece<'a> {
    /// Literal text, with `{{`/`}}` already reduced to one brace.
    pub literal: &'a str,
    /// The replacement field that follows the literal, if any.
    pub field: Option<Field<'a>>,
}

/// A replacement field `{name!conversion:spec}`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Field<'a> {
    /// `0`, `name.attr[key]`, or empty for automatic numbering.
    pub name: &'a str,
    /// The character after `!`, unchecked (the renderer checks it after looking the value up,
    /// as CPython does).
    pub conversion: Option<char>,
    /// The format spec, empty when absent.
    pub spec: &'a str,
    /// The spec contains `{`: it is itself a template to expand first.
    pub spec_has_fields: bool,
}

/// Iterates over a template's pieces; yields an error once and then stops.
pub struct TemplateParser<'a> {
    text: &'a str,
    pos: usize,
    failed: bool,
}

impl<'a> TemplateParser<'a> {
    /// A parser over `text`.
    pub fn new(text: &'a str) -> TemplateParser<'a> {
        TemplateParser {
            text,
            pos: 0,
            failed: false,
        }
    }

    fn next_piece(&mut self) -> Result<TemplatePiece<'a>, NumError> {
        let text = self.text;
        let bytes = text.as_bytes();
        let start = self.pos;
        // Braces are ASCII, so byte scanning is safe on UTF-8.
        let brace = bytes[start..]
            .iter()
            .position(|&b| b == b'{' || b == b'}')
            .map(|i| start + i);
        let Some(at) = brace else {
            self.pos = text.len();
            return Ok(TemplatePiece {
                literal: &text[start..],
                field: None,
            });
        };
        let c = bytes[at];
        let next = bytes.get(at + 1).copied();
        if next == Some(c) {
            // An escaped brace ends the literal, keeping one brace.
            self.pos = at + 2;
            return Ok(TemplatePiece {
                literal: &text[start..=at],
                field: None,
            });
        }
        if c == b'}' {
            return Err(value_error("Single '}' encountered in format string"));
        }
        if next.is_none() {
            return Err(value_error("Single '{' encountered in format string"));
        }
        self.pos = at + 1;
        let field = self.parse_field()?;
        Ok(TemplatePiece {
            literal: &text[start..at],
            field: Some(field),
        })
    }

    /// Parses from just after `{` through the closing `}` (CPython's `parse_field`).
    fn parse_field(&mut self) -> Result<Field<'a>, NumError> {
        let text = self.text;
        let bytes = text.as_bytes();
        let name_start = self.pos;
        let mut terminator = None;
        while self.pos < bytes.len() {
            let b = bytes[self.pos];
            self.pos += 1;
            match b {
                b'{' => return Err(value_error("unexpected '{' in field name")),
                b'[' => {
                    while self.pos < bytes.len() && bytes[self.pos] != b']' {
                        self.pos += 1;
                    }
                }
                b'}' | b':' | b'!' => {
                    terminator = Some(b);
                    break;
                }
                _ => {}
            }
        }
        let Some(last) = terminator else {
            return Err(value_error("expected '}' before end of string"));
        };
        let name = &text[name_start..self.pos - 1];
        let mut field = Field {
            name,
            conversion: None,
            spec: "",
            spec_has_fields: false,
        };
        if last == b'}' {
            return Ok(field);
        }
        if last == b'!' {
            let conv = text[self.pos..].chars().next().ok_or_else(|| {
                value_error("end of string while looking for conversion specifier")
            })?;
            field.conversion = Some(conv);
            self.pos += conv.len_utf8();
            if let Some(&after) = bytes.get(self.pos) {
                self.pos += 1;
                match after {
                    b'}' => return Ok(field),
                    b':' => {}
                    _ => return Err(value_error("expected ':' after conversion specifier")),
                }
            }
        }
        let spec_start = self.pos;
        let mut depth = 1;
        while self.pos < bytes.len() {
            let b = bytes[self.pos];
            self.pos += 1;
            match b {
                b'{' => {
                    field.spec_has_fields = true;
                    depth += 1;
                }
                b'}' => {
                    depth -= 1;
                    if depth == 0 {
                        field.spec = &text[spec_start..self.pos - 1];
                        return Ok(field);
                    }
                }
                _ => {}
            }
        }
        Err(value_error("unmatched '{' in format spec"))
    }
}

impl<'a> Iterator for TemplateParser<'a> {
    type Item = Result<TemplatePiece<'a>, NumError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed || self.pos >= self.text.len() {
            return None;
        }
        let piece = self.next_piece();
        self.failed = piece.is_err();
        Some(piece)
    }
}

/// The first part of a field name: a positional index or a keyword.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldKey<'a> {
    /// All decimal digits (of any script).
    Index(usize),
    /// Anything else, including the empty name of an automatically numbered field.
    Name(&'a str),
}

/// One `.attr` or `[key]` step after the first part.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldAccess<'a> {
    /// `.name`: `getattr`.
    Attr(&'a str),
    /// `[key]`: `getitem`, with an int key if the key is all digits, else a str.
    Item(FieldKey<'a>),
}

/// `_string.formatter_field_name_split(name)`: the first part, and the accesses after it.
///
/// # Errors
/// `Too many decimal digits in format string` for an index beyond `isize::MAX`; errors in the
/// rest come from the iterator, lazily, as in CPython.
pub fn split_field_name(name: &str) -> Result<(FieldKey<'_>, FieldPath<'_>), NumError> {
    let end = name.find(['.', '[']).unwrap_or(name.len());
    let first = &name[..end];
    Ok((
        key_of(first)?,
        FieldPath {
            rest: &name[end..],
            failed: false,
        },
    ))
}

/// An index if `s` is non-empty and all decimal digits, else a name.
fn key_of(s: &str) -> Result<FieldKey<'_>, NumError> {
    if s.is_empty() || !s.chars().all(|c| decimal_value(c).is_some()) {
        return Ok(FieldKey::Name(s));
    }
    let mut value: usize = 0;
    for c in s.chars() {
        value = value
            .checked_mul(10)
            .and_then(|v| v.checked_add(decimal_value(c).unwrap_or(0) as usize))
            .filter(|&v| v <= isize::MAX as usize)
            .ok_or_else(|| value_error("Too many decimal digits in format string"))?;
    }
    Ok(FieldKey::Index(value))
}

/// The `.attr`/`[key]` accesses of a field name, parsed lazily.
#[derive(Clone, Debug)]
pub struct FieldPath<'a> {
    rest: &'a str,
    failed: bool,
}

impl<'a> FieldPath<'a> {
    fn next_access(&mut self) -> Result<FieldAccess<'a>, NumError> {
        let rest = self.rest;
        let (access, consumed) = match rest.as_bytes()[0] {
            b'.' => {
                let end = rest[1..].find(['.', '[']).map_or(rest.len(), |i| i + 1);
                (FieldAccess::Attr(&rest[1..end]), end)
            }
            b'[' => {
                let close = rest
                    .find(']')
                    .ok_or_else(|| value_error("Missing ']' in format string"))?;
                (FieldAccess::Item(key_of(&rest[1..close])?), close + 1)
            }
            _ => {
                return Err(value_error(
                    "Only '.' or '[' may follow ']' in format field specifier",
                ))
            }
        };
        if matches!(
            access,
            FieldAccess::Attr("") | FieldAccess::Item(FieldKey::Name(""))
        ) {
            return Err(value_error("Empty attribute in format string"));
        }
        self.rest = &rest[consumed..];
        Ok(access)
    }
}

impl<'a> Iterator for FieldPath<'a> {
    type Item = Result<FieldAccess<'a>, NumError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed || self.rest.is_empty() {
            return None;
        }
        let access = self.next_access();
        self.failed = access.is_err();
        Some(access)
    }
}

/// The `!r`, `!s` and `!a` conversions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Conversion {
    /// `!r`: `repr()`.
    Repr,
    /// `!s`: `str()`.
    Str,
    /// `!a`: `ascii()`.
    Ascii,
}

impl Conversion {
    /// Checks a conversion character.
    ///
    /// # Errors
    /// `ValueError("Unknown conversion specifier x")`.
    pub fn from_char(c: char) -> Result<Conversion, NumError> {
        match c {
            'r' => Ok(Conversion::Repr),
            's' => Ok(Conversion::Str),
            'a' => Ok(Conversion::Ascii),
            // Unlike format codes, DEL is escaped too.
            '\x7f' => Err(NumError::Value("Unknown conversion specifier \\x7f".into())),
            _ => Err(NumError::Value(format!(
                "Unknown conversion specifier {}",
                quote_code(c)
            ))),
        }
    }
}

/// Automatic field numbering state shared by a template and its nested specs.
#[derive(Clone, Copy, Debug, Default)]
pub struct AutoNumber {
    mode: Option<bool>,
    next: usize,
}

impl AutoNumber {
    /// Resolves an empty first part to the next index, and refuses to mix `{}` with `{0}`.
    ///
    /// # Errors
    /// `cannot switch from manual field specification to automatic field numbering` and the
    /// reverse.
    pub fn resolve<'a>(&mut self, key: FieldKey<'a>) -> Result<FieldKey<'a>, NumError> {
        let automatic = match key {
            FieldKey::Name("") => true,
            FieldKey::Index(_) => false,
            FieldKey::Name(_) => return Ok(key),
        };
        match (*self.mode.get_or_insert(automatic), automatic) {
            (false, true) => Err(value_error(
                "cannot switch from manual field specification to automatic field numbering",
            )),
            (true, false) => Err(value_error(
                "cannot switch from automatic field numbering to manual field specification",
            )),
            (_, true) => {
                self.next += 1;
                Ok(FieldKey::Index(self.next - 1))
            }
            (_, false) => Ok(key),
        }
    }
}

/// What the renderer needs from the vm: looking values up, converting and formatting them.
pub trait TemplateFields {
    /// A Python value.
    type Value;
    /// A Python exception.
    type Error: From<NumError>;
    /// Finds `args[i]` / `kwargs[name]` (`first`, already auto-numbered), then applies each
    /// access of `path` in order (`getattr`, or `getitem` with an int or str key).
    fn lookup(
        &mut self,
        first: FieldKey<'_>,
        path: FieldPath<'_>,
    ) -> Result<Self::Value, Self::Error>;
    /// `repr`, `str` or `ascii` of the value.
    fn convert(
        &mut self,
        value: Self::Value,
        conversion: Conversion,
    ) -> Result<Self::Value, Self::Error>;
    /// `format(value, spec)`.
    fn format(&mut self, value: Self::Value, spec: &str) -> Result<String, Self::Error>;
}

/// How deep format specs may nest fields: `'{:{}}'` is fine, `'{:{:{}}}'` is not.
const MAX_RECURSION: u32 = 2;

/// `template.format(...)`: renders `template`, asking `fields` for every value in the order
/// CPython does (lookup, conversion, nested spec, format).
///
/// # Errors
/// The template's `ValueError`s and whatever `fields` returns.
pub fn render_template<F: TemplateFields>(
    template: &str,
    fields: &mut F,
) -> Result<String, F::Error> {
    let mut auto = AutoNumber::default();
    render(template, fields, &mut auto, MAX_RECURSION)
}

fn render<F: TemplateFields>(
    template: &str,
    fields: &mut F,
    auto: &mut AutoNumber,
    depth: u32,
) -> Result<String, F::Error> {
    if depth == 0 {
        return Err(value_error("Max string recursion exceeded").into());
    }
    let mut out = String::new();
    for piece in TemplateParser::new(template) {
        let piece = piece?;
        out.push_str(piece.literal);
        let Some(field) = piece.field else { continue };
        let (first, path) = split_field_name(field.name)?;
        let first = auto.resolve(first)?;
        let mut value = fields.lookup(first, path)?;
        if let Some(c) = field.conversion {
            value = fields.convert(value, Conversion::from_char(c)?)?;
        }
        let spec = if field.spec_has_fields {
            render(field.spec, fields, auto, depth - 1)?
        } else {
            field.spec.to_owned()
        };
        out.push_str(&fields.format(value, &spec)?);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::format_value::format_str;
    use crate::format::pyref::{self, Rng};

    fn random_template(rng: &mut Rng) -> String {
        let atoms = [
            "a",
            "é",
            "{",
            "}",
            "{{",
            "}}",
            "{}",
            "{0}",
            "{1}",
            "{x}",
            "{0.a}",
            "{x[0]}",
            "{1[k]}",
            "{!r}",
            "{0!s}",
            "{!a:>6}",
            "{:{}}",
            "{0:{1}}",
            "{:>{}}",
            ":",
            "!",
            "[",
            "]",
            ".",
            "{0[}",
            "{0.}",
            "{0[]}",
            "{0[0]x}",
            "{:",
            "{!",
            "{0!rx}",
            "{0!x}",
            "{:{:{}}}",
            "{١}",
            "{99999999999999999999}",
            "{2.b.c[d]}",
            "{0[1]}",
            "{x.y}",
            "{:*^9}",
            "{!s:.2}",
            "{ }",
        ];
        (0..rng.below(6)).map(|_| rng.pick(&atoms)).collect()
    }

    fn hex_opt(s: Option<&str>) -> String {
        s.map_or("N".to_owned(), pyref::arg)
    }

    #[test]
    fn parser_matches_formatter_parser() {
        let mut rng = Rng::new(5);
        let mut inputs = Vec::new();
        let mut ours = Vec::new();
        for _ in 0..5000 {
            let t = random_template(&mut rng);
            let mut line = Vec::new();
            for piece in TemplateParser::new(&t) {
                match piece {
                    Ok(p) => {
                        let f = p.field;
                        let conv = f.and_then(|f| f.conversion).map(String::from);
                        line.push(format!(
                            "{},{},{},{}",
                            pyref::arg(p.literal),
                            hex_opt(f.map(|f| f.name)),
                            hex_opt(f.map(|f| f.spec)),
                            hex_opt(conv.as_deref())
                        ));
                    }
                    Err(e) => line.push(format!("!{}", e.message())),
                }
            }
            inputs.push(pyref::arg(&t));
            ours.push(line.join(" "));
        }
        let program = format!(
            "{}import sys, _string\n\
             def h(s): return 'N' if s is None else 'h' + s.encode().hex()\n\
             for line in sys.stdin:\n\
             \x20   out = []\n\
             \x20   try:\n\
             \x20       for lit, name, spec, conv in _string.formatter_parser(arg(line.strip())):\n\
             \x20           out.append(','.join(map(h, (lit, name, spec, conv))))\n\
             \x20   except ValueError as e:\n\
             \x20       out.append('!' + str(e))\n\
             \x20   print(' '.join(out))\n",
            pyref::SHOW
        );
        pyref::assert_lines_eq(&inputs, &ours, &pyref::run_python(&program, &inputs));
    }

    #[test]
    fn field_name_split_matches_python() {
        let names = [
            "",
            "0",
            "12",
            "abc",
            "a.b",
            "a[0]",
            "a[x].y[1]",
            "0.",
            "0[]",
            "0[0]x",
            "0[",
            "١٢",
            "a..b",
            "[0]",
            ".a",
            "a[ 1]",
            "a[-1]",
            "99999999999999999999",
            "a[99999999999999999999]",
            "a]b",
            "a.b[c.d]",
        ];
        let mut inputs = Vec::new();
        let mut ours = Vec::new();
        for name in names {
            let shown = match split_field_name(name) {
                Err(e) => format!("!{}", e.message()),
                Ok((first, path)) => {
                    let mut parts = vec![match first {
                        FieldKey::Index(i) => format!("i{i}"),
                        FieldKey::Name(n) => pyref::arg(n),
                    }];
                    for access in path {
                        parts.push(match access {
                            Ok(FieldAccess::Attr(a)) => format!("A{}", pyref::arg(a)),
                            Ok(FieldAccess::Item(FieldKey::Index(i))) => format!("Ii{i}"),
                            Ok(FieldAccess::Item(FieldKey::Name(n))) => {
                                format!("I{}", pyref::arg(n))
                            }
                            Err(e) => format!("!{}", e.message()),
                        });
                    }
                    parts.join(" ")
                }
            };
            inputs.push(pyref::arg(name));
            ours.push(shown);
        }
        let program = format!(
            "{}import sys, _string\n\
             def k(v): return 'i%d' % v if isinstance(v, int) else 'h' + v.encode().hex()\n\
             for line in sys.stdin:\n\
             \x20   out = []\n\
             \x20   try:\n\
             \x20       first, rest = _string.formatter_field_name_split(arg(line.strip()))\n\
             \x20       out.append(k(first))\n\
             \x20       for is_attr, key in rest:\n\
             \x20           out.append(('A' if is_attr else 'I') + k(key))\n\
             \x20   except ValueError as e:\n\
             \x20       out.append('!' + str(e))\n\
             \x20   print(' '.join(out))\n",
            pyref::SHOW
        );
        pyref::assert_lines_eq(&inputs, &ours, &pyref::run_python(&program, &inputs));
    }

    /// Values are descriptions of how they were reached, as the Python side's `P` objects are.
    struct Describe;

    enum Val {
        Path(String),
        Str(String),
    }

    impl TemplateFields for Describe {
        type Value = Val;
        type Error = NumError;

        fn lookup(&mut self, first: FieldKey<'_>, path: FieldPath<'_>) -> Result<Val, NumError> {
            let mut d = match first {
                FieldKey::Index(i) if i < 3 => i.to_string(),
                FieldKey::Index(i) => return Err(NumError::Type(format!("index {i}"))),
                FieldKey::Name(n) if ["x", "y"].contains(&n) => n.to_owned(),
                FieldKey::Name(n) => return Err(NumError::Type(format!("key {n}"))),
            };
            for access in path {
                match access? {
                    FieldAccess::Attr(a) => d = format!("{d}.{a}"),
                    FieldAccess::Item(FieldKey::Index(i)) => d = format!("{d}[{i}]"),
                    FieldAccess::Item(FieldKey::Name(n)) => d = format!("{d}['{n}']"),
                }
            }
            Ok(Val::Path(d))
        }

        fn convert(&mut self, value: Val, conversion: Conversion) -> Result<Val, NumError> {
            let Val::Path(d) = value else {
                return Ok(value);
            };
            Ok(Val::Str(match conversion {
                Conversion::Repr | Conversion::Ascii => format!("R{d}"),
                Conversion::Str => format!("S{d}"),
            }))
        }

        fn format(&mut self, value: Val, spec: &str) -> Result<String, NumError> {
            match value {
                Val::Path(d) => Ok(format!("<{d}|{spec}>")),
                Val::Str(s) => format_str(&s, spec, "str"),
            }
        }
    }

    #[test]
    fn rendering_matches_str_format() {
        let mut rng = Rng::new(11);
        let mut inputs = Vec::new();
        let mut ours = Vec::new();
        for _ in 0..5000 {
            let t = random_template(&mut rng);
            inputs.push(pyref::arg(&t));
            ours.push(pyref::shown_num(render_template(&t, &mut Describe)));
        }
        let program = format!(
            "{}import sys\n\
             class P:\n\
             \x20   def __init__(self, d): self.d = d\n\
             \x20   def __getattr__(self, a): return P(self.d + '.' + a)\n\
             \x20   def __getitem__(self, k): return P('%s[%r]' % (self.d, k))\n\
             \x20   def __format__(self, spec): return '<%s|%s>' % (self.d, spec)\n\
             \x20   def __repr__(self): return 'R' + self.d\n\
             \x20   def __str__(self): return 'S' + self.d\n\
             class Args(tuple):\n\
             \x20   pass\n\
             for line in sys.stdin:\n\
             \x20   t = arg(line.strip())\n\
             \x20   def f():\n\
             \x20       try:\n\
             \x20           return t.format(P('0'), P('1'), P('2'), x=P('x'), y=P('y'))\n\
             \x20       except IndexError as e:\n\
             \x20           raise TypeError('index %s' % str(e).split()[2])\n\
             \x20       except KeyError as e:\n\
             \x20           raise TypeError('key %s' % e.args[0])\n\
             \x20   show(f)\n",
            pyref::SHOW
        );
        pyref::assert_lines_eq(&inputs, &ours, &pyref::run_python(&program, &inputs));
    }
}
