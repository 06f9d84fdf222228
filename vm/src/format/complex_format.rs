//! `repr(complex)` / `str(complex)` and `complex(str)`.

use super::float_repr::{double_to_string, FloatFlags, FloatStyle};

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
