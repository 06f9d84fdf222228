//! `float.hex()` and `float.fromhex()`.

use super::float_parts::ldexp;
use super::NumError;

/// `x.hex()`: `[-]0x1.<13 hex digits>p<exp>` for normal numbers, `[-]0x0.0p+0` for zeros,
/// `0x0.<digits>p-1022` for subnormals, `inf`/`-inf`/`nan` for the specials.
pub fn float_hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf" } else { "-inf" }.into();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1 << 52) - 1);
    let (lead, exp) = if biased == 0 {
        (0, -1022)
    } else {
        (1, biased - 1023)
    };
    format!("{sign}0x{lead}.{fraction:013x}p{exp:+}")
}

fn invalid() -> NumError {
    NumError::Value("invalid hexadecimal floating-point string".into())
}

fn too_large() -> NumError {
    NumError::Overflow("hexadecimal value too large to represent as a float".into())
}

/// `float.fromhex(s)`: correctly rounded (ties to even), accepting what CPython accepts:
/// surrounding ASCII whitespace, a sign, `inf`/`infinity`/`nan` in any case, an optional `0x`,
/// hex digits with at most one point (at least one digit in all), and an optional binary
/// exponent `p[+-]DIGITS`.
///
/// # Errors
/// `ValueError("invalid hexadecimal floating-point string")`,
/// `OverflowError("hexadecimal value too large to represent as a float")`.
pub fn float_fromhex(s: &str) -> Result<f64, NumError> {
    let s = s.trim_matches(|c: char| c.is_ascii_whitespace() || c == '\x0b');
    let (negative, rest) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let lower = rest.to_ascii_lowercase();
    let special = match lower.as_str() {
        "inf" | "infinity" => Some(f64::INFINITY),
        "nan" => Some(f64::NAN),
        _ => None,
    };
    let magnitude = match special {
        Some(v) => v,
        None => parse_finite(&lower)?,
    };
    Ok(if negative { -magnitude } else { magnitude })
}

fn parse_finite(s: &str) -> Result<f64, NumError> {
    let body = s.strip_prefix("0x").unwrap_or(s);
    let (mantissa, exponent) = match body.find('p') {
        Some(i) => (&body[..i], Some(&body[i + 1..])),
        None => (body, None),
    };
    let (int_part, frac_part) = match mantissa.find('.') {
        Some(i) => (&mantissa[..i], &mantissa[i + 1..]),
        None => (mantissa, ""),
    };
    let is_hex = |t: &str| t.bytes().all(|c| c.is_ascii_hexdigit());
    if int_part.len() + frac_part.len() == 0 || !is_hex(int_part) || !is_hex(frac_part) {
        return Err(invalid());
    }
    let exp = match exponent {
        None => 0i64,
        Some(e) => parse_exponent(e)?,
    };
    let digits: Vec<u8> = int_part
        .bytes()
        .chain(frac_part.bytes())
        .map(|c| (c as char).to_digit(16).unwrap_or(0) as u8)
        .collect();
    // The value is 0.DIGITS * 16**int_len * 2**exp; skip leading zeros.
    let Some(first) = digits.iter().position(|&d| d != 0) else {
        return Ok(0.0);
    };
    let digits = &digits[first..];
    let int_len = int_part.len() as i64 - first as i64;
    // Binary exponent of the leading 1 bit: value = 2**top * 1.xxx
    let lead_bits = 8 - i64::from(digits[0].leading_zeros());
    let top = exp
        .saturating_add(4 * (int_len - 1))
        .saturating_add(lead_bits - 1);
    if top > 1023 {
        return Err(too_large());
    }
    if top < -1075 - 1 {
        return Ok(0.0);
    }
    // Keep 53 significant bits, or fewer for subnormals; everything below is rounding.
    let ulp = (top - 52).max(-1074);
    // Digit k (0-based) has weight 16**(int_len - 1 - k) * 2**exp.
    let mut kept: u64 = 0;
    let mut half_seen = false;
    let mut sticky = false;
    let round_bit = ulp - 1;
    for (k, &d) in digits.iter().enumerate() {
        let weight = exp + 4 * (int_len - 1 - k as i64);
        if weight + 3 < round_bit {
            // This digit and all later ones lie below the rounding bit.
            sticky = digits[k..].iter().any(|&d| d != 0);
            break;
        }
        for b in 0..4 {
            if d >> b & 1 == 0 {
                continue;
            }
            let pos = weight + b;
            if pos >= ulp {
                kept |= 1 << (pos - ulp);
            } else if pos == round_bit {
                half_seen = true;
            } else {
                sticky = true;
            }
        }
    }
    if half_seen && (sticky || kept & 1 == 1) {
        kept += 1;
    }
    let value = ldexp(kept as f64, ulp);
    if value.is_infinite() {
        return Err(too_large());
    }
    Ok(value)
}

/// The exponent after `p`: a sign and decimal digits; huge values saturate (they can only mean
/// overflow or zero).
fn parse_exponent(e: &str) -> Result<i64, NumError> {
    let digits = e.strip_prefix(['+', '-']).unwrap_or(e);
    if digits.is_empty() || !digits.bytes().all(|c| c.is_ascii_digit()) {
        return Err(invalid());
    }
    let magnitude = digits.bytes().fold(0i64, |acc, c| {
        acc.saturating_mul(10).saturating_add(i64::from(c - b'0'))
    });
    Ok(if e.starts_with('-') {
        -magnitude
    } else {
        magnitude
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::numeric::pyref::{self, f, lit, show};

    #[test]
    fn hex_matches_python() {
        let mut rng = pyref::Rng::new(17);
        let (mut exprs, mut ours) = (Vec::new(), Vec::new());
        for _ in 0..3000 {
            let x = rng.any_f64();
            exprs.push(format!("{}.hex()", lit(x)));
            let h = float_hex(x);
            ours.push(format!("{h:?}").replace('"', "'"));
            exprs.push(format!("float.fromhex({:?})", h));
            ours.push(show(float_fromhex(&h), f));
        }
        pyref::assert_same(&exprs, &ours);
    }

    #[test]
    fn fromhex_rounding_and_errors_match_python() {
        let mut rng = pyref::Rng::new(19);
        let mut inputs: Vec<String> = [
            "",
            " ",
            "0x",
            "0x.",
            ".",
            "0x.p1",
            "1p",
            "1p+",
            "0x1p-1075",
            "0x1p-1074",
            "0x1.8p-1074",
            "0x1.00000000000018p-1074",
            "0x3p-1076",
            "0x1.fffffffffffff8p1023",
            "0x1.fffffffffffff7ffp1023",
            "0x1p1024",
            " -0X1.8P+1 ",
            "+InFiNiTy",
            "-nan",
            "nan ",
            "0x1.0000000000000800001",
            "0x1.00000000000008",
            "0x1.00000000000018",
            "0x0.0000000000001p-1022",
            "0x1p99999999999999999999",
            "0x1p-99999999999999999999",
            "0x0p99999999999999999999",
            "1.",
            ".8",
            "0xg",
            "1 2",
            "1p1.5",
            "0x1P-0",
            "١",
            "\t0x1p1\n",
            "0x000000000000000000000000000000001p-1100",
            "00000000000000000000000000000000000000000000000000000000000000000000000001",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        for _ in 0..3000 {
            let len = 1 + rng.below(30) as usize;
            let mut s: String = (0..len)
                .map(|_| b"0123456789abcdef"[rng.below(16) as usize] as char)
                .collect();
            if rng.below(2) == 0 {
                let at = rng.below(len as u64) as usize;
                s.insert(at, '.');
            }
            s = format!("0x{s}p{}", rng.below(2300) as i64 - 1200);
            inputs.push(s);
        }
        let exprs: Vec<String> = inputs
            .iter()
            .map(|s| format!("float.fromhex({s:?})"))
            .collect();
        let ours: Vec<String> = inputs.iter().map(|s| show(float_fromhex(s), f)).collect();
        pyref::assert_same(&exprs, &ours);
    }
}
