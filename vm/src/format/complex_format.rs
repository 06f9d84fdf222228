//! `repr(complex)` / `str(complex)` and `complex(str)`.

use super::error::NumError;
use super::float_parse::remove_underscores;
use super::float_repr::{double_to_string, FloatFlags, FloatStyle};
use super::unicode::{is_ascii_space, to_ascii_number_text};

/// `repr(complex(re, im))`: `1j`, `(1+2j)`, `(-0-0j)`, `(nan+infj)`.
///
/// A real part of `+0.0` is left out (and so are the parentheses); integral parts have no `.0`.
pub fn complex_repr(re: f64, im: f64) -> String {
    let plain = FloatFlags::default();
    if re == 0.0 && re.is_sign_positive() {
        let mut s = double_to_string(im, FloatStyle::Repr, 0, plain);
        s.push('j');
        return s;
    }
    let signed = FloatFlags {
        sign: true,
        ..plain
    };
    format!(
        "({}{}j)",
        double_to_string(re, FloatStyle::Repr, 0, plain),
        double_to_string(im, FloatStyle::Repr, 0, signed)
    )
}

/// `complex(text)` for a `str` argument: `(re, im)`.
///
/// Accepts `<float>`, `<float>j`, `<float><signed float>j`, and the old forms `<float><sign>j`,
/// `<sign>j` and `j`, optionally in parentheses, with surrounding whitespace, underscores
/// between digits and digits of any script, as CPython does.
///
/// # Errors
/// `ValueError("complex() arg is a malformed string")`, or for misplaced underscores
/// `ValueError("could not convert string to complex: <repr>")`, where `repr` computes the
/// Python repr of the argument.
pub fn parse_complex(text: &str, repr: impl FnOnce() -> String) -> Result<(f64, f64), NumError> {
    let ascii = to_ascii_number_text(text);
    let cleaned = remove_underscores(&ascii).ok_or_else(|| {
        NumError::Value(format!("could not convert string to complex: {}", repr()))
    })?;
    parse_complex_text(cleaned.as_bytes())
        .ok_or_else(|| NumError::Value("complex() arg is a malformed string".into()))
}

fn parse_complex_text(s: &[u8]) -> Option<(f64, f64)> {
    let at = |i: usize| s.get(i).copied().unwrap_or(0);
    let skip_spaces = |mut i: usize| {
        while is_ascii_space(at(i)) {
            i += 1;
        }
        i
    };
    let is_j = |b: u8| b == b'j' || b == b'J';
    let sign_of = |b: u8| if b == b'-' { -1.0 } else { 1.0 };

    let mut pos = skip_spaces(0);
    let bracket = at(pos) == b'(';
    if bracket {
        pos = skip_spaces(pos + 1);
    }
    let (mut re, mut im) = (0.0, 0.0);
    if let Some((z, len)) = float_prefix(&s[pos..]) {
        pos += len;
        if matches!(at(pos), b'+' | b'-') {
            re = z;
            match float_prefix(&s[pos..]) {
                Some((y, len)) => {
                    im = y;
                    pos += len;
                }
                None => {
                    im = sign_of(at(pos));
                    pos += 1;
                }
            }
            if !is_j(at(pos)) {
                return None;
            }
            pos += 1;
        } else if is_j(at(pos)) {
            im = z;
            pos += 1;
        } else {
            re = z;
        }
    } else {
        if matches!(at(pos), b'+' | b'-') {
            im = sign_of(at(pos));
            pos += 1;
        } else {
            im = 1.0;
        }
        if !is_j(at(pos)) {
            return None;
        }
        pos += 1;
    }
    pos = skip_spaces(pos);
    if bracket {
        if at(pos) != b')' {
            return None;
        }
        pos = skip_spaces(pos + 1);
    }
    (pos == s.len()).then_some((re, im))
}

/// The longest prefix of `s` that is a float literal (`strtod` with CPython's `inf`/`nan`
/// words), and its length.
fn float_prefix(s: &[u8]) -> Option<(f64, usize)> {
    let at = |i: usize| s.get(i).copied().unwrap_or(0);
    let mut pos = usize::from(matches!(at(0), b'+' | b'-'));
    let negative = at(0) == b'-';
    let word = |w: &[u8], from: usize| {
        s.len() >= from + w.len() && s[from..from + w.len()].eq_ignore_ascii_case(w)
    };
    let special = if word(b"infinity", pos) {
        Some((f64::INFINITY, 8))
    } else if word(b"inf", pos) {
        Some((f64::INFINITY, 3))
    } else if word(b"nan", pos) {
        Some((f64::NAN, 3))
    } else {
        None
    };
    if let Some((value, len)) = special {
        return Some((if negative { -value } else { value }, pos + len));
    }
    let digits_from = |mut i: usize| {
        while at(i).is_ascii_digit() {
            i += 1;
        }
        i
    };
    let int_end = digits_from(pos);
    let mut end = int_end;
    let mut has_digits = int_end > pos;
    if at(end) == b'.' {
        let frac_end = digits_from(end + 1);
        has_digits |= frac_end > end + 1;
        end = frac_end;
    }
    if !has_digits {
        return None;
    }
    if matches!(at(end), b'e' | b'E') {
        let exp_start = end + 1 + usize::from(matches!(at(end + 1), b'+' | b'-'));
        let exp_end = digits_from(exp_start);
        if exp_end > exp_start {
            end = exp_end;
        }
    }
    pos = end;
    let text = std::str::from_utf8(&s[..pos]).ok()?;
    Some((text.parse().ok()?, pos))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::pyref::{self, Rng};

    #[test]
    fn repr_examples() {
        assert_eq!(complex_repr(1.0, 2.0), "(1+2j)");
        assert_eq!(complex_repr(0.0, 1.0), "1j");
        assert_eq!(complex_repr(-0.0, -0.0), "(-0-0j)");
        assert_eq!(complex_repr(0.0, -0.0), "-0j");
        assert_eq!(complex_repr(f64::NAN, f64::INFINITY), "(nan+infj)");
        assert_eq!(complex_repr(1e16, -1.5e-7), "(1e+16-1.5e-07j)");
    }

    fn bits(x: f64) -> String {
        if x.is_nan() {
            format!("nan{}", u8::from(x.is_sign_negative()))
        } else {
            x.to_bits().to_string()
        }
    }

    #[test]
    fn parsing_matches_python() {
        let mut rng = Rng::new(2024);
        let atoms = [
            "1", "2", "0", "5", ".", "e", "E", "+", "-", "j", "J", "(", ")", " ", "_", "inf",
            "nan", "infinity", "iNf", "1e5", "١", "\u{3000}", "x", "\0", "1.5", "e-3",
        ];
        let mut inputs = Vec::new();
        let mut ours = Vec::new();
        for _ in 0..30000 {
            let text: String = (0..1 + rng.below(7)).map(|_| rng.pick(&atoms)).collect();
            inputs.push(pyref::arg(&text));
            ours.push(match parse_complex(&text, || "REPR".to_owned()) {
                Ok((re, im)) => format!("{} {}", bits(re), bits(im)),
                Err(e) => e.message().to_owned(),
            });
        }
        let program = format!(
            "{}import sys, struct, math\n\
             def b(x): return 'nan%d' % (math.copysign(1, x) < 0) if x != x else str(struct.unpack('Q', struct.pack('d', x))[0])\n\
             for line in sys.stdin:\n\
             \x20   try:\n\
             \x20       z = complex(arg(line.strip()))\n\
             \x20       print(b(z.real), b(z.imag))\n\
             \x20   except ValueError as e:\n\
             \x20       print(str(e).replace(repr(arg(line.strip())), 'REPR'))\n",
            pyref::SHOW
        );
        pyref::assert_lines_eq(&inputs, &ours, &pyref::run_python(&program, &inputs));
    }
}
