//! `int.to_bytes` and `int.from_bytes`: two's-complement byte strings of a given length.

use num_bigint::{BigInt, Sign};
use num_traits::{Signed, Zero};

use super::NumError;

/// The `byteorder` argument: `true` for `'big'`.
///
/// # Errors
/// `ValueError("byteorder must be either 'little' or 'big'")`.
pub fn parse_byteorder(byteorder: &str) -> Result<bool, NumError> {
    match byteorder {
        "big" => Ok(true),
        "little" => Ok(false),
        _ => Err(NumError::Value(
            "byteorder must be either 'little' or 'big'".into(),
        )),
    }
}

/// `v.to_bytes(length, byteorder, signed=signed)`. The vm clamps a `length` beyond `i64` to
/// `i64::MAX` (which then fails to allocate, as in CPython).
///
/// # Errors
/// `ValueError("length argument must be non-negative")`,
/// `OverflowError("can't convert negative int to unsigned")`,
/// `OverflowError("int too big to convert")`, `MemoryError`.
pub fn int_to_bytes(
    v: &BigInt,
    length: i64,
    big_endian: bool,
    signed: bool,
) -> Result<Vec<u8>, NumError> {
    let length = usize::try_from(length)
        .map_err(|_| NumError::Value("length argument must be non-negative".into()))?;
    if !signed && v.is_negative() {
        return Err(NumError::Overflow(
            "can't convert negative int to unsigned".into(),
        ));
    }
    let mut bytes = v.to_signed_bytes_le();
    if !signed && bytes.len() > 1 && bytes.last() == Some(&0) {
        // A non-negative value needs no sign byte when unsigned.
        bytes.pop();
    }
    if v.is_zero() || (signed && *v == BigInt::from(-1)) {
        // CPython stores no byte at all for these (its sign bits need no room), so they fit
        // in length 0; the fill below supplies their bytes.
        bytes.clear();
    }
    if bytes.len() > length {
        return Err(NumError::Overflow("int too big to convert".into()));
    }
    let fill = if v.is_negative() { 0xff } else { 0 };
    let mut out = Vec::new();
    out.try_reserve_exact(length)
        .map_err(|_| NumError::Memory)?;
    out.extend_from_slice(&bytes);
    out.resize(length, fill);
    if big_endian {
        out.reverse();
    }
    Ok(out)
}

/// `int.from_bytes(bytes, byteorder, signed=signed)`.
pub fn int_from_bytes(bytes: &[u8], big_endian: bool, signed: bool) -> BigInt {
    match (big_endian, signed) {
        (true, true) => BigInt::from_signed_bytes_be(bytes),
        (false, true) => BigInt::from_signed_bytes_le(bytes),
        (true, false) => BigInt::from_bytes_be(Sign::Plus, bytes),
        (false, false) => BigInt::from_bytes_le(Sign::Plus, bytes),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::numeric::pyref::{self, show};

    fn hexbytes(b: &[u8]) -> String {
        let escaped: String = b.iter().map(|c| format!("\\x{c:02x}")).collect();
        format!("b'{escaped}'")
    }

    #[test]
    fn matches_python() {
        let mut rng = pyref::Rng::new(29);
        let (mut exprs, mut ours) = (Vec::new(), Vec::new());
        for _ in 0..3000 {
            let v = rng.any_int(90);
            let length = rng.below(14) as i64 - 1;
            let big = rng.below(2) == 0;
            let signed = rng.below(2) == 0;
            let order = if big { "big" } else { "little" };
            let py_signed = if signed { "True" } else { "False" };
            exprs.push(format!(
                "({v}).to_bytes({length}, '{order}', signed={py_signed}).hex()"
            ));
            ours.push(show(int_to_bytes(&v, length, big, signed), |b| {
                let h: String = b.iter().map(|c| format!("{c:02x}")).collect();
                format!("'{h}'")
            }));
            let raw: Vec<u8> = (0..rng.below(12)).map(|_| rng.next() as u8).collect();
            exprs.push(format!(
                "int.from_bytes({}, '{order}', signed={py_signed})",
                hexbytes(&raw)
            ));
            ours.push(int_from_bytes(&raw, big, signed).to_string());
        }
        pyref::assert_same(&exprs, &ours);
    }

    #[test]
    fn byteorder_names() {
        assert_eq!(parse_byteorder("big"), Ok(true));
        assert_eq!(parse_byteorder("little"), Ok(false));
        assert!(parse_byteorder("Big").is_err());
    }
}
