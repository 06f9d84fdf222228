//! `repr(float)`, `str(float)` and the general double-to-text conversion behind `%`-formatting,
//! `format()` and complex reprs (CPython's `PyOS_double_to_string`).

use super::dtoa::{self, Digits};

/// Which conversion to apply; CPython's format codes `e`, `f`, `g` and `r`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FloatStyle {
    /// `e`: one digit, point, `precision` digits, exponent.
    Exponent,
    /// `f`: `precision` digits after the point.
    Fixed,
    /// `g`: `precision` significant digits, exponent only when the value is very large or small.
    General,
    /// `r`: the shortest digits that round-trip, as `repr` shows them (precision is ignored).
    Repr,
}

/// Modifiers of the conversion (CPython's `Py_DTSF_*` flags plus upper case).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FloatFlags {
    /// Always write a sign (`+` for non-negative values, including `+inf` and `+nan`).
    pub sign: bool,
    /// Give integral values in positional notation a `.0` (`repr` and format's empty type).
    pub add_dot_0: bool,
    /// `#`: keep the decimal point, and for `g` the trailing zeros.
    pub alternate: bool,
    /// `z`: a value that rounds to zero loses its minus sign.
    pub no_neg_zero: bool,
    /// `E`/`F`/`G`: `INF`, `NAN` and `E`.
    pub upper: bool,
}

/// `repr(x)` and `str(x)` (identical since Python 3.2).
pub fn float_repr(x: f64) -> String {
    let flags = FloatFlags {
        add_dot_0: true,
        ..FloatFlags::default()
    };
    double_to_string(x, FloatStyle::Repr, 0, flags)
}

/// Converts `x` to text exactly as `PyOS_double_to_string(x, code, precision, flags)` does.
///
/// `precision` is the number of digits after the point for `Exponent` and `Fixed`, the number of
/// significant digits for `General` (0 means 1), and unused for `Repr`.
pub fn double_to_string(x: f64, style: FloatStyle, precision: usize, flags: FloatFlags) -> String {
    let mut out = String::new();
    if !x.is_finite() {
        // The sign of a nan is never shown; `flags.sign` still asks for a '+'.
        if x.is_sign_negative() && x.is_infinite() {
            out.push('-');
        } else if flags.sign {
            out.push('+');
        }
        let word = match (x.is_nan(), flags.upper) {
            (true, false) => "nan",
            (true, true) => "NAN",
            (false, false) => "inf",
            (false, true) => "INF",
        };
        out.push_str(word);
        return out;
    }
    let digits = match style {
        FloatStyle::Exponent => dtoa::significant(x, precision.saturating_add(1)),
        FloatStyle::Fixed => dtoa::fixed(x, precision),
        FloatStyle::General => dtoa::significant(x, precision.max(1)),
        FloatStyle::Repr => dtoa::shortest(x),
    };
    let is_zero = digits.digits == b"0";
    if x.is_sign_negative() && !(flags.no_neg_zero && is_zero) {
        out.push('-');
    } else if flags.sign {
        out.push('+');
    }
    lay_out(&mut out, &digits, style, precision, flags);
    out
}

/// Places the digits, the point, padding zeros and the exponent (CPython's
/// `format_float_short` after the call to `_Py_dg_dtoa`).
fn lay_out(out: &mut String, d: &Digits, style: FloatStyle, precision: usize, flags: FloatFlags) {
    let digits_len = d.digits.len() as i64;
    let precision = i64::try_from(precision).unwrap_or(i64::MAX / 4);
    let mut decpt = d.decpt;
    // The output is the slice [start, end) of the digits padded with zeros on both sides.
    let mut end = digits_len;
    let use_exp = match style {
        FloatStyle::Exponent => {
            end = precision + 1;
            true
        }
        FloatStyle::Fixed => {
            end = decpt + precision;
            false
        }
        FloatStyle::General => {
            let precision = precision.max(1);
            if flags.alternate {
                end = precision;
            }
            let limit = if flags.add_dot_0 {
                precision - 1
            } else {
                precision
            };
            decpt <= -4 || decpt > limit
        }
        FloatStyle::Repr => decpt <= -4 || decpt > 16,
    };
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let start = if decpt <= 0 { decpt - 1 } else { 0 };
    let min_end = if !use_exp && flags.add_dot_0 {
        decpt + 1
    } else {
        decpt
    };
    end = end.max(min_end);

    let zeros = |out: &mut String, n: i64| out.extend(std::iter::repeat_n('0', n.max(0) as usize));
    let text = |out: &mut String, bytes: &[u8]| out.extend(bytes.iter().map(|&b| b as char));
    if decpt <= 0 {
        zeros(out, decpt - start);
        out.push('.');
        zeros(out, -decpt);
    } else {
        zeros(out, -start);
    }
    if 0 < decpt && decpt <= digits_len {
        let split = decpt as usize;
        text(out, &d.digits[..split]);
        out.push('.');
        text(out, &d.digits[split..]);
    } else {
        text(out, &d.digits);
    }
    if digits_len < decpt {
        zeros(out, decpt - digits_len);
        out.push('.');
        zeros(out, end - decpt);
    } else {
        zeros(out, end - digits_len);
    }
    if out.ends_with('.') && !flags.alternate {
        out.pop();
    }
    if use_exp {
        out.push(if flags.upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        let magnitude = exp.unsigned_abs();
        if magnitude < 10 {
            out.push('0');
        }
        out.push_str(&magnitude.to_string());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::pyref;

    #[test]
    fn repr_fixed_cases() {
        let cases: &[(f64, &str)] = &[
            (0.0, "0.0"),
            (-0.0, "-0.0"),
            (1.0, "1.0"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (9999999999999998.0, "9999999999999998.0"),
            (1e-5, "1e-05"),
            (0.0001, "0.0001"),
            (1.5e300, "1.5e+300"),
            (5e-324, "5e-324"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (-f64::NAN, "nan"),
            (0.1, "0.1"),
            (2e16 + 8.0, "2.000000000000001e+16"),
            (123456789.125, "123456789.125"),
        ];
        for &(x, want) in cases {
            assert_eq!(float_repr(x), want, "repr of {x:e}");
        }
    }

    /// Random doubles of every magnitude, compared with python3's repr and `%`-formats.
    #[test]
    fn matches_python_on_random_doubles() {
        let mut rng = pyref::Rng::new(0x5eed);
        let values: Vec<f64> = (0..3000).map(|_| rng.any_f64()).collect();
        let styles: &[(&str, FloatStyle, bool)] = &[
            ("e", FloatStyle::Exponent, false),
            ("f", FloatStyle::Fixed, false),
            ("g", FloatStyle::General, false),
            ("E", FloatStyle::Exponent, true),
            ("G", FloatStyle::General, true),
        ];
        let mut inputs = Vec::new();
        let mut ours = Vec::new();
        for (i, &x) in values.iter().enumerate() {
            inputs.push(format!("{} r 0 0", x.to_bits()));
            ours.push(float_repr(x));
            let (code, style, upper) = styles[i % styles.len()];
            let precision = rng.below(if code == "f" { 25 } else { 20 }) as usize;
            let alt = rng.below(3) == 0;
            inputs.push(format!(
                "{} {code} {precision} {}",
                x.to_bits(),
                u8::from(alt)
            ));
            let flags = FloatFlags {
                alternate: alt,
                upper,
                ..FloatFlags::default()
            };
            ours.push(double_to_string(x, style, precision, flags));
        }
        let theirs = pyref::run_python(
            "import struct,sys\n\
             for line in sys.stdin:\n\
             \x20   b, code, p, alt = line.split()\n\
             \x20   x = struct.unpack('d', struct.pack('Q', int(b)))[0]\n\
             \x20   print(repr(x) if code == 'r' else ('%' + ('#' if alt == '1' else '') + '.' + p + code) % x)\n",
            &inputs,
        );
        pyref::assert_lines_eq(&inputs, &ours, &theirs);
    }
}
