//! `format(value, spec)` for the built-in types: `int.__format__`, `float.__format__`,
//! `complex.__format__` and `str.__format__` (CPython's `formatter_unicode.c`).
//!
//! An empty spec means `str(value)`; for a subclass the vm must call its `__str__` instead of
//! these functions, as CPython does.

use super::complex_format::complex_repr;
use super::error::NumError;
use super::float_repr::{double_to_string, float_repr, FloatFlags, FloatStyle};
use super::format_spec::{
    bad_grouping, parse_format_spec, truncate, unknown_code, Align, FormatSpec, Grouping, Sign,
};
use super::int_format::{int_to_decimal, magnitude_digits, PowerOfTwoBase};
use super::int_to_float::int_to_f64;
use super::int_value::IntRef;
use super::number_layout::{write_number, write_padded, Layout, Parts};

/// `format(value, spec)` for a `str`.
///
/// # Errors
/// `ValueError` for specs that do not apply to strings, with CPython's messages.
pub fn format_str(value: &str, spec: &str, type_name: &str) -> Result<String, NumError> {
    if spec.is_empty() {
        return Ok(value.to_owned());
    }
    let s = parse_format_spec(spec, type_name)?;
    if let (Some(g), None) = (s.grouping, s.ty) {
        return Err(bad_grouping(g, 's'));
    }
    match s.ty {
        None | Some('s') => {}
        Some(c) => return Err(unknown_code(c, type_name)),
    }
    let refuse = |what: &str| {
        Err(NumError::Value(format!(
            "{what} not allowed in string format specifier"
        )))
    };
    match s.sign {
        Some(Sign::Space) => return refuse("Space"),
        Some(_) => return refuse("Sign"),
        None => {}
    }
    if s.no_neg_zero {
        return refuse("Negative zero coercion (z)");
    }
    if s.alternate {
        return refuse("Alternate form (#)");
    }
    if s.align == Some(Align::AfterSign) {
        return refuse("'=' alignment");
    }
    let text = match s.precision {
        Some(p) => truncate(value, p),
        None => value,
    };
    let mut out = String::new();
    write_padded(
        &mut out,
        text,
        s.fill_char(),
        s.align_or(Align::Left),
        s.width.unwrap_or(0),
    )?;
    Ok(out)
}

/// `format(value, spec)` for an `int` (or `bool`: `type_name` is the name messages show).
/// `max_str_digits` is `sys.get_int_max_str_digits()` (0: no limit), which applies to decimal
/// output.
///
/// # Errors
/// `ValueError` for bad specs and over-long decimal output, `OverflowError` for `c` out of
/// range and for float presentation types when the value is too large for a float.
pub fn format_int(
    value: IntRef<'_>,
    spec: &str,
    type_name: &str,
    max_str_digits: usize,
) -> Result<String, NumError> {
    if spec.is_empty() {
        return int_to_decimal(value, max_str_digits);
    }
    let s = parse_format_spec(spec, type_name)?;
    match s.ty.unwrap_or('d') {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => format_int_digits(value, &s, max_str_digits),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => format_float_spec(int_to_f64(value)?, &s),
        c => Err(unknown_code(c, type_name)),
    }
}

fn format_int_digits(
    value: IntRef<'_>,
    s: &FormatSpec,
    max_str_digits: usize,
) -> Result<String, NumError> {
    let ty = s.ty.unwrap_or('d');
    if s.precision.is_some() {
        return Err(NumError::Value(
            "Precision not allowed in integer format specifier".into(),
        ));
    }
    if s.no_neg_zero {
        return Err(NumError::Value(
            "Negative zero coercion (z) not allowed in integer format specifier".into(),
        ));
    }
    let mut layout = number_layout_of(s, ty);
    let mut out = String::new();
    if ty == 'c' {
        if s.sign.is_some() {
            return Err(NumError::Value(
                "Sign not allowed with integer format specifier 'c'".into(),
            ));
        }
        if s.alternate {
            return Err(NumError::Value(
                "Alternate form (#) not allowed with integer format specifier 'c'".into(),
            ));
        }
        let code = value.to_i64().ok_or_else(|| {
            NumError::Overflow("Python int too large to convert to C long".into())
        })?;
        let ch = u32::try_from(code)
            .ok()
            .filter(|&c| c <= 0x10ffff)
            .ok_or_else(|| NumError::Overflow("%c arg not in range(0x110000)".into()))?;
        // Lone surrogates are valid Python characters but not Rust ones.
        let ch = char::from_u32(ch).ok_or_else(|| {
            NumError::Value("surrogate code points are not supported by %c".into())
        })?;
        let text = ch.to_string();
        let parts = Parts {
            negative: false,
            prefix: "",
            digits: "",
            has_point: false,
            remainder: &text,
        };
        layout.grouping = None;
        write_number(&mut out, &parts, &layout)?;
        return Ok(out);
    }
    let (digits, prefix) = match ty {
        'b' => (magnitude_digits(value, PowerOfTwoBase::Binary), "0b"),
        'o' => (magnitude_digits(value, PowerOfTwoBase::Octal), "0o"),
        'x' => (magnitude_digits(value, PowerOfTwoBase::Hex), "0x"),
        'X' => (
            magnitude_digits(value, PowerOfTwoBase::Hex).to_ascii_uppercase(),
            "0X",
        ),
        _ => {
            let text = int_to_decimal(value, max_str_digits)?;
            (text.trim_start_matches('-').to_owned(), "")
        }
    };
    let prefix = if s.alternate { prefix } else { "" };
    let parts = Parts {
        negative: value.is_negative(),
        prefix,
        digits: &digits,
        has_point: false,
        remainder: "",
    };
    write_number(&mut out, &parts, &layout)?;
    Ok(out)
}

/// The layout options of a numeric spec for presentation type `ty`.
fn number_layout_of(s: &FormatSpec, ty: char) -> Layout {
    let grouping = match (s.grouping, ty) {
        // 'n' uses the C locale: no separators.
        (_, 'n') | (None, _) => None,
        (Some(Grouping::Underscore), 'b' | 'o' | 'x' | 'X') => Some(('_', 4)),
        (Some(g), _) => Some((g.char(), 3)),
    };
    Layout {
        fill: s.fill_char(),
        align: s.align_or(Align::Right),
        sign: s.sign,
        width: s.width.unwrap_or(0),
        grouping,
    }
}

/// `format(value, spec)` for a `float`.
///
/// # Errors
/// `ValueError` for bad specs, with CPython's messages.
pub fn format_float(value: f64, spec: &str, type_name: &str) -> Result<String, NumError> {
    if spec.is_empty() {
        return Ok(float_repr(value));
    }
    let s = parse_format_spec(spec, type_name)?;
    match s.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => format_float_spec(value, &s),
        Some(c) => Err(unknown_code(c, type_name)),
    }
}

/// How one float part is converted: style, precision and flags, from the spec.
struct FloatPlan {
    style: FloatStyle,
    precision: usize,
    flags: FloatFlags,
    percent: bool,
}

/// The conversion for float presentation types (CPython's `format_float_internal` preamble);
/// `none_style` is what an omitted type means (`r` plus `.0` for floats, plain `r` for complex).
fn float_plan(s: &FormatSpec, add_dot_0_if_none: bool) -> Result<FloatPlan, NumError> {
    if s.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(NumError::Value("precision too big".into()));
    }
    let mut flags = FloatFlags {
        alternate: s.alternate,
        no_neg_zero: s.no_neg_zero,
        ..FloatFlags::default()
    };
    let mut default_precision = 6;
    let mut percent = false;
    let mut style = match s.ty {
        None => {
            flags.add_dot_0 = add_dot_0_if_none;
            default_precision = 0;
            FloatStyle::Repr
        }
        Some('e' | 'E') => FloatStyle::Exponent,
        Some('f' | 'F') => FloatStyle::Fixed,
        Some('%') => {
            percent = true;
            FloatStyle::Fixed
        }
        _ => FloatStyle::General,
    };
    flags.upper = matches!(s.ty, Some('E' | 'F' | 'G'));
    let precision = match s.precision {
        None => default_precision,
        Some(p) => {
            if style == FloatStyle::Repr {
                style = FloatStyle::General;
            }
            p
        }
    };
    Ok(FloatPlan {
        style,
        precision,
        flags,
        percent,
    })
}

fn format_float_spec(value: f64, s: &FormatSpec) -> Result<String, NumError> {
    let plan = float_plan(s, true)?;
    let x = if plan.percent { value * 100.0 } else { value };
    let mut text = double_to_string(x, plan.style, plan.precision, plan.flags);
    if plan.percent {
        text.push('%');
    }
    let mut out = String::new();
    write_number(
        &mut out,
        &Parts::of_float(&text),
        &number_layout_of(s, s.ty.unwrap_or('g')),
    )?;
    Ok(out)
}

/// `format(value, spec)` for a `complex` with parts `re` and `im`.
///
/// # Errors
/// `ValueError` for bad specs, with CPython's messages.
pub fn format_complex(re: f64, im: f64, spec: &str, type_name: &str) -> Result<String, NumError> {
    if spec.is_empty() {
        return Ok(complex_repr(re, im));
    }
    let s = parse_format_spec(spec, type_name)?;
    match s.ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n') => {}
        Some(c) => return Err(unknown_code(c, type_name)),
    }
    if s.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err(NumError::Value("precision too big".into()));
    }
    if s.fill_char() == '0' {
        return Err(NumError::Value(
            "Zero padding is not allowed in complex format specifier".into(),
        ));
    }
    if s.align_or(Align::Right) == Align::AfterSign {
        return Err(NumError::Value(
            "'=' alignment flag is not allowed in complex format specifier".into(),
        ));
    }
    let plan = float_plan(&s, false)?;
    let (skip_re, parens) = match s.ty {
        None if re == 0.0 && re.is_sign_positive() => (true, false),
        None => (false, true),
        _ => (false, false),
    };
    let re_text = double_to_string(re, plan.style, plan.precision, plan.flags);
    let im_text = double_to_string(im, plan.style, plan.precision, plan.flags);
    let mut layout = number_layout_of(&s, s.ty.unwrap_or('g'));
    layout.width = 0;
    let mut body = String::new();
    if parens {
        body.push('(');
    }
    if !skip_re {
        write_number(&mut body, &Parts::of_float(&re_text), &layout)?;
        layout.sign = Some(Sign::Plus);
    }
    write_number(&mut body, &Parts::of_float(&im_text), &layout)?;
    body.push('j');
    if parens {
        body.push(')');
    }
    let mut out = String::new();
    write_padded(
        &mut out,
        &body,
        s.fill_char(),
        s.align_or(Align::Right),
        s.width.unwrap_or(0),
    )?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::pyref::{self, Rng};
    use num_bigint::BigInt;

    fn random_spec(rng: &mut Rng) -> String {
        let mut s = String::new();
        let align = rng.pick(&["", "", "<", ">", "^", "="]);
        if !align.is_empty() && rng.below(2) == 0 {
            s.push_str(rng.pick(&["*", "0", "é", "x", " ", "}"]));
        }
        s.push_str(align);
        s.push_str(rng.pick(&["", "", "+", "-", " "]));
        s.push_str(rng.pick(&["", "", "", "z"]));
        s.push_str(rng.pick(&["", "", "#"]));
        s.push_str(rng.pick(&["", "", "0"]));
        if rng.below(2) == 0 {
            s.push_str(&rng.below(25).to_string());
        }
        s.push_str(rng.pick(&["", "", "", ",", "_"]));
        if rng.below(2) == 0 {
            s.push('.');
            if rng.below(20) != 0 {
                s.push_str(&rng.below(20).to_string());
            }
        }
        s.push_str(rng.pick(&[
            "", "", "", "d", "b", "o", "x", "X", "c", "n", "e", "E", "f", "F", "g", "G", "%", "s",
            "q", "\u{1}", "é",
        ]));
        if rng.below(40) == 0 {
            s.push_str(rng.pick(&["x", ",", "_"]));
        }
        s
    }

    #[test]
    fn matches_python_on_random_specs() {
        let mut rng = Rng::new(0xf0f0);
        let mut inputs = Vec::new();
        let mut ours = Vec::new();
        for i in 0..20000 {
            let spec = random_spec(&mut rng);
            let hspec = pyref::arg(&spec);
            match i % 4 {
                0 => {
                    let v: BigInt = match rng.below(6) {
                        0 => BigInt::from(rng.below(0x110001)),
                        1 => BigInt::from(rng.next() as i64),
                        2 => {
                            BigInt::from(rng.next())
                                * BigInt::from(rng.next())
                                * BigInt::from(rng.next())
                        }
                        3 => BigInt::from(10).pow(rng.below(4400) as u32) - rng.below(3),
                        _ => BigInt::from(rng.below(2000) as i64 - 1000),
                    };
                    let v = if rng.below(3) == 0 { -v } else { v };
                    inputs.push(format!("i {hspec} {v}"));
                    ours.push(pyref::shown_num(format_int(
                        IntRef::Big(&v),
                        &spec,
                        "int",
                        4300,
                    )));
                    if let Ok(small) = i64::try_from(&v) {
                        inputs.push(format!("i {hspec} {v}"));
                        ours.push(pyref::shown_num(format_int(
                            IntRef::Small(small),
                            &spec,
                            "int",
                            4300,
                        )));
                    }
                }
                1 => {
                    let x = rng.any_f64();
                    inputs.push(format!("f {hspec} {}", x.to_bits()));
                    ours.push(pyref::shown_num(format_float(x, &spec, "float")));
                }
                2 => {
                    let (re, im) = (rng.any_f64(), rng.any_f64());
                    let re = if rng.below(4) == 0 {
                        rng.pick(&[0.0, -0.0])
                    } else {
                        re
                    };
                    inputs.push(format!("c {hspec} {} {}", re.to_bits(), im.to_bits()));
                    ours.push(pyref::shown_num(format_complex(re, im, &spec, "complex")));
                }
                _ => {
                    let v = rng
                        .pick(&["", "abc", "héllo wörld", "0123456789abcdef", "日本語"])
                        .to_owned();
                    inputs.push(format!("s {hspec} {}", pyref::arg(&v)));
                    ours.push(pyref::shown_num(format_str(&v, &spec, "str")));
                }
            }
        }
        let program = format!(
            "{}import sys, struct\n\
             sys.set_int_max_str_digits(0)\n\
             def f64(b): return struct.unpack('d', struct.pack('Q', int(b)))[0]\n\
             for line in sys.stdin:\n\
             \x20   kind, spec, *v = line.split()\n\
             \x20   spec = arg(spec)\n\
             \x20   val = {{'i': lambda: int(v[0]), 'f': lambda: f64(v[0]), 's': lambda: arg(v[0]),\n\
             \x20          'c': lambda: complex(f64(v[0]), f64(v[1]))}}[kind]()\n\
             \x20   sys.set_int_max_str_digits(4300)\n\
             \x20   show(lambda: format(val, spec))\n\
             \x20   sys.set_int_max_str_digits(0)\n",
            pyref::SHOW
        );
        pyref::assert_lines_eq(&inputs, &ours, &pyref::run_python(&program, &inputs));
    }
}
