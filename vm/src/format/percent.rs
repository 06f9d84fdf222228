//! printf-style `str % args` (CPython's `PyUnicode_Format`): the driver that walks the format
//! string and takes arguments in CPython's order, and the per-conversion formatting of ints,
//! floats and strings.
//!
//! The vm supplies what needs Python objects through [`PercentValues`]: `mapping[key]`, the
//! int value of a `*`, and the conversion of one value (`str()`, `repr()`, `int()`, ...), for
//! which it calls [`percent_int`], [`percent_float`], [`percent_text`] and [`percent_char`].

use super::error::NumError;
use super::float_repr::{double_to_string, FloatFlags, FloatStyle};
use super::int_format::{int_to_decimal, magnitude_digits, PowerOfTwoBase};
use super::int_value::{Int, IntRef};

/// The flags `-`, `+`, space, `#` and `0`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PercentFlags {
    /// `-`: pad on the right.
    pub left: bool,
    /// `+`: always a sign.
    pub sign: bool,
    /// ` `: a space for non-negative numbers.
    pub blank: bool,
    /// `#`: `0x`/`0o` prefixes, kept decimal points.
    pub alternate: bool,
    /// `0`: pad numbers with zeros.
    pub zero: bool,
}

/// One conversion with its `*` values already taken.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PercentSpec {
    /// The flags.
    pub flags: PercentFlags,
    /// Minimum width.
    pub width: Option<usize>,
    /// Precision (digits, or the maximum length of `%s`/`%r`/`%a`).
    pub precision: Option<usize>,
    /// The conversion character, already checked to be one of `diouxXeEfFgGcrsa` (or an extra one
    /// of the formatter's).
    pub conversion: char,
}

/// The right operand of `%` as the driver sees it.
pub enum PercentOperand<V> {
    /// A tuple: its items are the arguments.
    Tuple(Vec<V>),
    /// Any other object: the one argument. `is_mapping` is CPython's test (has `__getitem__`,
    /// and is neither a tuple nor a str): only then may `%(key)s` be used, and unused
    /// arguments are not an error.
    Single {
        /// The object.
        value: V,
        /// Whether `%(key)` lookups go to it.
        is_mapping: bool,
    },
}

/// What the driver needs from the vm.
pub trait PercentValues {
    /// A Python value.
    type Value: Clone;
    /// A Python exception.
    type Error: From<NumError>;
    /// `mapping[key]` for `%(key)s`.
    fn get_item(&mut self, mapping: &Self::Value, key: &str) -> Result<Self::Value, Self::Error>;
    /// The value of a `*` argument if it is an int (`None` gives `TypeError: * wants int`).
    fn star_int(&mut self, value: &Self::Value) -> Result<Option<Int>, Self::Error>;
    /// Converts and formats one value (the type-based errors, such as `%d format: a real
    /// number is required, not str`, are the vm's).
    fn format(&mut self, value: Self::Value, spec: &PercentSpec) -> Result<String, Self::Error>;
    /// Conversions beyond `diouxXeEfFgGcrsa` this formatter takes (bytes' `%b`).
    fn extra_conversions(&self) -> &'static str {
        ""
    }
    /// What is formatted, for messages: `string` or `bytes`.
    fn subject(&self) -> &'static str {
        "string"
    }
}

/// CPython's argument cursor: a tuple's items one by one, or a single value once.
struct Args<V> {
    tuple: Vec<V>,
    single: Option<V>,
    len: isize,
    index: isize,
}

impl<V: Clone> Args<V> {
    fn next(&mut self) -> Result<V, NumError> {
        if self.index >= self.len {
            return Err(NumError::Type(
                "not enough arguments for format string".into(),
            ));
        }
        self.index += 1;
        let value = if self.len < 0 {
            self.single.clone()
        } else {
            self.tuple.get((self.index - 1) as usize).cloned()
        };
        value.ok_or_else(|| NumError::Type("not enough arguments for format string".into()))
    }

    fn use_single(&mut self, value: V) {
        self.single = Some(value);
        self.len = -1;
        self.index = -2;
    }
}

/// `format % operand`.
///
/// # Errors
/// CPython's `ValueError`s and `TypeError`s for malformed formats and argument counts, and
/// whatever `values` returns.
pub fn render_percent<P: PercentValues>(
    format: &str,
    operand: PercentOperand<P::Value>,
    values: &mut P,
) -> Result<String, P::Error> {
    let (mut args, mapping) = match operand {
        PercentOperand::Tuple(items) => {
            let len = items.len() as isize;
            (
                Args {
                    tuple: items,
                    single: None,
                    len,
                    index: 0,
                },
                None,
            )
        }
        PercentOperand::Single { value, is_mapping } => {
            let mapping = is_mapping.then(|| value.clone());
            (
                Args {
                    tuple: Vec::new(),
                    single: Some(value),
                    len: -1,
                    index: -2,
                },
                mapping,
            )
        }
    };
    let chars: Vec<char> = format.chars().collect();
    let mut out = String::new();
    let mut pos = 0;
    while pos < chars.len() {
        if chars[pos] != '%' {
            let end = chars[pos..]
                .iter()
                .position(|&c| c == '%')
                .map_or(chars.len(), |i| pos + i);
            out.extend(&chars[pos..end]);
            pos = end;
            continue;
        }
        pos += 1;
        if chars.get(pos) == Some(&'%') {
            out.push('%');
            pos += 1;
            continue;
        }
        let text = one_conversion(&chars, &mut pos, &mut args, mapping.as_ref(), values)?;
        out.push_str(&text);
    }
    if args.index < args.len && mapping.is_none() {
        return Err(NumError::Type(format!(
            "not all arguments converted during {} formatting",
            values.subject()
        ))
        .into());
    }
    Ok(out)
}

/// Parses one conversion after its `%` and formats its argument (CPython's
/// `unicode_format_arg`), taking arguments exactly when CPython does.
fn one_conversion<P: PercentValues>(
    chars: &[char],
    pos: &mut usize,
    args: &mut Args<P::Value>,
    mapping: Option<&P::Value>,
    values: &mut P,
) -> Result<String, P::Error> {
    let incomplete = || NumError::Value("incomplete format".into());
    if chars.get(*pos) == Some(&'(') {
        let Some(mapping) = mapping else {
            return Err(NumError::Type("format requires a mapping".into()).into());
        };
        let key_start = *pos + 1;
        let mut depth = 1;
        *pos += 1;
        while depth > 0 && *pos < chars.len() {
            match chars[*pos] {
                ')' => depth -= 1,
                '(' => depth += 1,
                _ => {}
            }
            *pos += 1;
        }
        if depth > 0 {
            return Err(NumError::Value("incomplete format key".into()).into());
        }
        let key: String = chars[key_start..*pos - 1].iter().collect();
        let value = values.get_item(mapping, &key)?;
        args.use_single(value);
    }
    let mut flags = PercentFlags::default();
    loop {
        match chars.get(*pos) {
            Some('-') => flags.left = true,
            Some('+') => flags.sign = true,
            Some(' ') => flags.blank = true,
            Some('#') => flags.alternate = true,
            Some('0') => flags.zero = true,
            _ => break,
        }
        *pos += 1;
    }
    let mut width = None;
    if chars.get(*pos) == Some(&'*') {
        *pos += 1;
        let w = star_value(args, values, i64::MIN, i64::MAX, "ssize_t")?;
        if w < 0 {
            flags.left = true;
        }
        width = Some(w.unsigned_abs() as usize);
    } else if let Some(w) = read_number(chars, pos, isize::MAX as u64, "width too big")? {
        width = Some(w as usize);
    }
    let mut precision = None;
    if chars.get(*pos) == Some(&'.') {
        *pos += 1;
        precision = Some(0);
        if chars.get(*pos) == Some(&'*') {
            *pos += 1;
            let p = star_value(
                args,
                values,
                i64::from(i32::MIN),
                i64::from(i32::MAX),
                "int",
            )?;
            precision = Some(p.max(0) as usize);
        } else if let Some(p) = read_number(chars, pos, i32::MAX as u64, "precision too big")? {
            precision = Some(p as usize);
        }
    }
    if matches!(chars.get(*pos), Some('h' | 'l' | 'L')) {
        *pos += 1;
    }
    let Some(&conversion) = chars.get(*pos) else {
        return Err(incomplete().into());
    };
    *pos += 1;
    let value = args.next()?;
    if !"diouxXeEfFgGcrsa".contains(conversion) && !values.extra_conversions().contains(conversion)
    {
        let shown = if (' '..='~').contains(&conversion) || conversion == '\x1f' {
            conversion
        } else {
            '?'
        };
        return Err(NumError::Value(format!(
            "unsupported format character '{shown}' (0x{:x}) at index {}",
            conversion as u32,
            *pos - 1
        ))
        .into());
    }
    values.format(
        value,
        &PercentSpec {
            flags,
            width,
            precision,
            conversion,
        },
    )
}

/// Takes a `*` argument as an integer in `[min, max]`.
fn star_value<P: PercentValues>(
    args: &mut Args<P::Value>,
    values: &mut P,
    min: i64,
    max: i64,
    c_type: &str,
) -> Result<i64, P::Error> {
    let v = args.next()?;
    let int = values
        .star_int(&v)?
        .ok_or_else(|| NumError::Type("* wants int".into()))?;
    match int.as_ref().to_i64() {
        Some(n) if (min..=max).contains(&n) => Ok(n),
        _ => {
            Err(NumError::Overflow(format!("Python int too large to convert to C {c_type}")).into())
        }
    }
}

/// Reads ASCII digits (none gives `None`), refusing values above `max`.
fn read_number(
    chars: &[char],
    pos: &mut usize,
    max: u64,
    too_big: &str,
) -> Result<Option<u64>, NumError> {
    let mut value: Option<u64> = None;
    while let Some(d) = chars.get(*pos).and_then(|c| c.to_digit(10)) {
        let next = value
            .unwrap_or(0)
            .checked_mul(10)
            .and_then(|v| v.checked_add(u64::from(d)))
            .filter(|&v| v <= max);
        value = Some(next.ok_or_else(|| NumError::Value(too_big.into()))?);
        *pos += 1;
    }
    Ok(value)
}

/// `%d`, `%i`, `%u`, `%o`, `%x`, `%X` of an int (the vm has already applied `int()` or
/// `__index__` as CPython does). `max_str_digits` limits decimal output as `str(int)` does.
///
/// # Errors
/// `ValueError` when decimal output exceeds `max_str_digits`.
pub fn percent_int(
    value: IntRef<'_>,
    spec: &PercentSpec,
    max_str_digits: usize,
) -> Result<String, NumError> {
    let (digits, prefix) = match spec.conversion {
        'o' => (magnitude_digits(value, PowerOfTwoBase::Octal), "0o"),
        'x' => (magnitude_digits(value, PowerOfTwoBase::Hex), "0x"),
        'X' => (
            magnitude_digits(value, PowerOfTwoBase::Hex).to_ascii_uppercase(),
            "0X",
        ),
        _ => (
            int_to_decimal(value, max_str_digits)?
                .trim_start_matches('-')
                .to_owned(),
            "",
        ),
    };
    let prefix = if spec.flags.alternate { prefix } else { "" };
    let zeros = spec.precision.unwrap_or(0).saturating_sub(digits.len());
    let mut body = String::new();
    body.try_reserve(zeros + digits.len())
        .map_err(|_| NumError::Memory)?;
    body.extend(std::iter::repeat_n('0', zeros));
    body.push_str(&digits);
    pad_number(value.is_negative(), prefix, &body, spec)
}

/// `%e`, `%E`, `%f`, `%F`, `%g`, `%G` of a float (the vm has applied `float()`).
///
/// # Errors
/// `MemoryError` when the width cannot be allocated.
pub fn percent_float(value: f64, spec: &PercentSpec) -> Result<String, NumError> {
    let style = match spec.conversion {
        'e' | 'E' => FloatStyle::Exponent,
        'f' | 'F' => FloatStyle::Fixed,
        _ => FloatStyle::General,
    };
    let flags = FloatFlags {
        alternate: spec.flags.alternate,
        upper: spec.conversion.is_ascii_uppercase(),
        ..FloatFlags::default()
    };
    let text = double_to_string(value, style, spec.precision.unwrap_or(6), flags);
    match text.strip_prefix('-') {
        Some(rest) => pad_number(true, "", rest, spec),
        None => pad_number(false, "", &text, spec),
    }
}

/// `%s`, `%r`, `%a` of the already converted text (cut to the precision), and `%c` of one
/// character (not cut): padded to the width with spaces.
///
/// # Errors
/// `MemoryError` when the width cannot be allocated.
pub fn percent_text(text: &str, spec: &PercentSpec) -> Result<String, NumError> {
    let text = match (spec.conversion, spec.precision) {
        ('s' | 'r' | 'a' | 'b', Some(p)) => {
            text.char_indices().nth(p).map_or(text, |(i, _)| &text[..i])
        }
        _ => text,
    };
    let padding = spec.width.unwrap_or(0).saturating_sub(text.chars().count());
    let mut out = String::new();
    out.try_reserve(padding + text.len())
        .map_err(|_| NumError::Memory)?;
    if !spec.flags.left {
        out.extend(std::iter::repeat_n(' ', padding));
    }
    out.push_str(text);
    if spec.flags.left {
        out.extend(std::iter::repeat_n(' ', padding));
    }
    Ok(out)
}

/// The character of `%c` for an int argument.
///
/// # Errors
/// `OverflowError("%c arg not in range(0x110000)")`; a lone surrogate, valid in Python but not
/// in a Rust string, is a `ValueError`.
pub fn percent_char(code: IntRef<'_>) -> Result<char, NumError> {
    let code = code
        .to_i64()
        .and_then(|c| u32::try_from(c).ok())
        .filter(|&c| c <= 0x10ffff)
        .ok_or_else(|| NumError::Overflow("%c arg not in range(0x110000)".into()))?;
    char::from_u32(code)
        .ok_or_else(|| NumError::Value("surrogate code points are not supported by %c".into()))
}

/// Sign, prefix and padding of a number (CPython's `unicode_format_arg_output` for numbers):
/// zero padding goes between the sign/prefix and the digits, space padding before them, and
/// left alignment pads with spaces on the right.
fn pad_number(
    negative: bool,
    prefix: &str,
    body: &str,
    spec: &PercentSpec,
) -> Result<String, NumError> {
    let f = spec.flags;
    let sign = match (negative, f.sign, f.blank) {
        (true, _, _) => "-",
        (false, true, _) => "+",
        (false, false, true) => " ",
        _ => "",
    };
    let len = sign.len() + prefix.len() + body.chars().count();
    let padding = spec.width.unwrap_or(0).saturating_sub(len);
    let mut out = String::new();
    out.try_reserve(padding + len)
        .map_err(|_| NumError::Memory)?;
    let pad = |out: &mut String, c: char| out.extend(std::iter::repeat_n(c, padding));
    if f.left {
        out.push_str(sign);
        out.push_str(prefix);
        out.push_str(body);
        pad(&mut out, ' ');
    } else if f.zero {
        out.push_str(sign);
        out.push_str(prefix);
        pad(&mut out, '0');
        out.push_str(body);
    } else {
        pad(&mut out, ' ');
        out.push_str(sign);
        out.push_str(prefix);
        out.push_str(body);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::float_repr::float_repr;
    use crate::format::int_to_float::int_to_f64;
    use crate::format::pyref::{self, Rng};
    use num_bigint::BigInt;

    /// The few Python values the test uses, with Python's conversions for them.
    #[derive(Clone, Debug)]
    enum Val {
        Int(BigInt),
        Float(f64),
        Str(&'static str),
        Dict,
    }

    const DICT_REPR: &str = "{'a': 1, 'b': 'xy', 'c': 2.5}";

    impl Val {
        fn python(&self) -> String {
            match self {
                Val::Int(v) => v.to_string(),
                Val::Float(x) => format!("float.fromhex('{}')", float_hex(*x)),
                Val::Str(s) => format!("'{s}'"),
                Val::Dict => DICT_REPR.to_owned(),
            }
        }

        fn type_name(&self) -> &'static str {
            match self {
                Val::Int(_) => "int",
                Val::Float(_) => "float",
                Val::Str(_) => "str",
                Val::Dict => "dict",
            }
        }
    }

    fn float_hex(x: f64) -> String {
        let bits = x.to_bits();
        let sign = if x.is_sign_negative() { "-" } else { "" };
        let exp = ((bits >> 52) & 0x7ff) as i64;
        let mantissa = bits & ((1 << 52) - 1);
        if exp == 0 {
            format!("{sign}0x0.{mantissa:013x}p-1022")
        } else {
            format!("{sign}0x1.{mantissa:013x}p{}", exp - 1023)
        }
    }

    struct Vm;

    impl PercentValues for Vm {
        type Value = Val;
        type Error = NumError;

        fn get_item(&mut self, mapping: &Val, key: &str) -> Result<Val, NumError> {
            assert!(matches!(mapping, Val::Dict));
            match key {
                "a" => Ok(Val::Int(BigInt::from(1))),
                "b" => Ok(Val::Str("xy")),
                "c" => Ok(Val::Float(2.5)),
                _ => Err(NumError::Type(format!("KeyError {key}"))),
            }
        }

        fn star_int(&mut self, value: &Val) -> Result<Option<Int>, NumError> {
            Ok(match value {
                Val::Int(v) => Some(Int::from_bigint(v.clone())),
                _ => None,
            })
        }

        fn format(&mut self, value: Val, spec: &PercentSpec) -> Result<String, NumError> {
            let c = spec.conversion;
            match (c, &value) {
                ('s' | 'r' | 'a', Val::Int(v)) => {
                    percent_text(&int_to_decimal(IntRef::Big(v), 4300)?, spec)
                }
                ('s' | 'r' | 'a', Val::Float(x)) => percent_text(&float_repr(*x), spec),
                ('s', Val::Str(s)) => percent_text(s, spec),
                ('r', Val::Str(s)) => percent_text(&format!("'{s}'"), spec),
                ('a', Val::Str(s)) => percent_text(&format!("'{}'", s.replace('é', "\\xe9")), spec),
                ('s' | 'r' | 'a', Val::Dict) => percent_text(DICT_REPR, spec),
                ('d' | 'i' | 'u' | 'o' | 'x' | 'X', Val::Int(v)) => {
                    percent_int(IntRef::Big(v), spec, 4300)
                }
                ('d' | 'i' | 'u', Val::Float(x)) => {
                    percent_int(IntRef::Big(&BigInt::from(x.trunc() as i128)), spec, 4300)
                }
                ('o' | 'x' | 'X', v) => Err(NumError::Type(format!(
                    "%{c} format: an integer is required, not {}",
                    v.type_name()
                ))),
                ('d' | 'i' | 'u', v) => Err(NumError::Type(format!(
                    "%{c} format: a real number is required, not {}",
                    v.type_name()
                ))),
                (_, Val::Float(x)) if c != 'c' => percent_float(*x, spec),
                (_, Val::Int(v)) if c != 'c' => percent_float(int_to_f64(IntRef::Big(v))?, spec),
                ('c', Val::Int(v)) => {
                    percent_text(&percent_char(IntRef::Big(v))?.to_string(), spec)
                }
                ('c', Val::Str(s)) if s.chars().count() == 1 => percent_text(s, spec),
                ('c', _) => Err(NumError::Type("%c requires int or char".into())),
                (_, v) => Err(NumError::Type(format!(
                    "must be real number, not {}",
                    v.type_name()
                ))),
            }
        }
    }

    fn random_format(rng: &mut Rng) -> String {
        let mut s = String::new();
        for _ in 0..rng.below(4) {
            if rng.below(3) == 0 {
                s.push_str(rng.pick(&["ab", "é", "%%", " ", "%"]));
                continue;
            }
            s.push('%');
            if rng.below(6) == 0 {
                s.push_str(rng.pick(&["(a)", "(b)", "(c)", "(z)", "((a))", "(a"]));
            }
            for _ in 0..rng.below(3) {
                s.push_str(rng.pick(&["-", "+", " ", "#", "0"]));
            }
            match rng.below(4) {
                0 => s.push('*'),
                1 => s.push_str(&rng.below(12).to_string()),
                _ => {}
            }
            if rng.below(3) == 0 {
                s.push('.');
                match rng.below(4) {
                    0 => s.push('*'),
                    1 | 2 => s.push_str(&rng.below(12).to_string()),
                    _ => {}
                }
            }
            if rng.below(8) == 0 {
                s.push_str(rng.pick(&["l", "h", "L"]));
            }
            if rng.below(12) != 0 {
                s.push_str(rng.pick(&[
                    "d", "i", "u", "o", "x", "X", "e", "E", "f", "F", "g", "G", "c", "r", "s", "a",
                    "y", "%", "é", "\u{1}",
                ]));
            }
        }
        s
    }

    fn random_value(rng: &mut Rng) -> Val {
        match rng.below(6) {
            0 | 1 => Val::Int(BigInt::from(rng.below(400) as i64 - 200)),
            2 => Val::Int(
                BigInt::from(rng.next()) * BigInt::from(rng.next()) * (rng.below(3) as i64 - 1),
            ),
            3 => Val::Float(rng.pick(&[0.0, -0.0, 1.5, -2.5, 1e20, 3.125, -1e-7, 123456.789])),
            4 => Val::Str(rng.pick(&["x", "hello", "", "é"])),
            _ => Val::Int(BigInt::from(
                rng.pick(&[65i64, 0x10ffff, 0x110000, -1, 0xe9]),
            )),
        }
    }

    #[test]
    fn matches_python_percent_operator() {
        let mut rng = Rng::new(77);
        let mut inputs = Vec::new();
        let mut ours = Vec::new();
        for _ in 0..20000 {
            let format = random_format(&mut rng);
            let (operand, python) = match rng.below(5) {
                0 => {
                    let v = random_value(&mut rng);
                    let p = v.python();
                    (
                        PercentOperand::Single {
                            value: v,
                            is_mapping: false,
                        },
                        p,
                    )
                }
                1 => (
                    PercentOperand::Single {
                        value: Val::Dict,
                        is_mapping: true,
                    },
                    DICT_REPR.to_owned(),
                ),
                _ => {
                    let items: Vec<Val> =
                        (0..rng.below(5)).map(|_| random_value(&mut rng)).collect();
                    let p = format!(
                        "({}{})",
                        items.iter().map(Val::python).collect::<Vec<_>>().join(", "),
                        if items.len() == 1 { "," } else { "" }
                    );
                    (PercentOperand::Tuple(items), p)
                }
            };
            inputs.push(format!("{} {}", pyref::arg(&format), pyref::arg(&python)));
            ours.push(pyref::shown_num(render_percent(&format, operand, &mut Vm)));
        }
        let program = format!(
            "{}import sys\n\
             for line in sys.stdin:\n\
             \x20   fmt, operand = map(arg, line.split())\n\
             \x20   def f():\n\
             \x20       try:\n\
             \x20           return fmt % eval(operand)\n\
             \x20       except KeyError as e:\n\
             \x20           raise TypeError('KeyError ' + e.args[0])\n\
             \x20   show(f)\n",
            pyref::SHOW
        );
        pyref::assert_lines_eq(&inputs, &ours, &pyref::run_python(&program, &inputs));
    }
}
