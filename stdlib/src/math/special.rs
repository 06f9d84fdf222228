//! `erf`, `erfc`, `gamma` and `lgamma`.
//!
//! CPython 3.11 takes `erf`/`erfc` from the C library, so these follow glibc's
//! implementation (Sun's fdlibm rational approximations, with glibc's reordered polynomial
//! evaluation, which rounds differently from plain Horner). `gamma` and `lgamma` are CPython's
//! own: a Lanczos approximation (N = 13, g = 6.024680040776729583740234375, Boost's
//! parameters) with the reflection formula for negative arguments.

use weft_vm::numeric::NumError;

use super::checked::{domain_error, range_error};

const fn c(bits: u64) -> f64 {
    f64::from_bits(bits)
}

/// `erf(1)` rounded to single precision: the split point of the middle interval.
const ERX: f64 = c(0x3FEB_0AC1_6000_0000);
/// `2/sqrt(pi) - 1`, for tiny arguments.
const EFX: f64 = c(0x3FC0_6EBA_8214_DB69);
/// erf on [0, 0.84375]: `x + x*P(x²)/Q(x²)`.
const PP: [f64; 5] = [
    c(0x3FC0_6EBA_8214_DB68),
    c(0xBFD4_CD7D_691C_B913),
    c(0xBF9D_2A51_DBD7_194F),
    c(0xBF77_A291_2366_68E4),
    c(0xBEF8_EAD6_1200_16AC),
];
const QQ: [f64; 6] = [
    0.0,
    c(0x3FD9_7779_CDDA_DC09),
    c(0x3FB0_A54C_5536_CEBA),
    c(0x3F74_D022_C4D3_6B0F),
    c(0x3F21_5DC9_221C_1A10),
    c(0xBED0_9C43_42A2_6120),
];
/// erf on [0.84375, 1.25]: `ERX + P(s)/Q(s)` with `s = |x| - 1`.
const PA: [f64; 7] = [
    c(0xBF63_59B8_BEF7_7538),
    c(0x3FDA_8D00_AD92_B34D),
    c(0xBFD7_D240_FBB8_C3F1),
    c(0x3FD4_5FCA_8051_20E4),
    c(0xBFBC_6398_3D3E_28EC),
    c(0x3FA2_2A36_5997_95EB),
    c(0xBF61_BF38_0A96_073F),
];
const QA: [f64; 7] = [
    0.0,
    c(0x3FBB_3E66_18EE_E323),
    c(0x3FE1_4AF0_92EB_6F33),
    c(0x3FB2_635C_D99F_E9A7),
    c(0x3FC0_2660_E763_351F),
    c(0x3F8B_EDC2_6B51_DD1C),
    c(0x3F88_8B54_5735_151D),
];
/// erfc on [1.25, 1/0.35]: `exp(-x² - 0.5625 + R(1/x²)/S(1/x²)) / x`.
const RA: [f64; 8] = [
    c(0xBF84_3412_600D_6435),
    c(0xBFE6_3416_E4BA_7360),
    c(0xC025_1E04_41B0_E726),
    c(0xC04F_300A_E4CB_A38D),
    c(0xC064_4CB1_8428_2266),
    c(0xC067_135C_EBCC_ABB2),
    c(0xC054_5265_57E4_D2F2),
    c(0xC023_A0EF_C69A_C25C),
];
const SA: [f64; 9] = [
    0.0,
    c(0x4033_A6B9_BD70_7687),
    c(0x4061_350C_526A_E721),
    c(0x407B_290D_D58A_1A71),
    c(0x4084_2B19_21EC_2868),
    c(0x407A_D021_5770_0314),
    c(0x405B_28A3_EE48_AE2C),
    c(0x401A_47EF_8E48_4A93),
    c(0xBFAE_EFF2_EE74_9A62),
];
/// erfc on [1/0.35, 28], same form.
const RB: [f64; 7] = [
    c(0xBF84_3412_39E8_6F4A),
    c(0xBFE9_93BA_70C2_85DE),
    c(0xC031_C209_555F_995A),
    c(0xC064_145D_43C5_ED98),
    c(0xC083_EC88_1375_F228),
    c(0xC090_0461_6A2E_5992),
    c(0xC07E_384E_9BDC_383F),
];
const SB: [f64; 8] = [
    0.0,
    c(0x403E_568B_261D_5190),
    c(0x4074_5CAE_221B_9F0A),
    c(0x4098_02EB_189D_5118),
    c(0x40A8_FFB7_688C_246A),
    c(0x40A3_F219_CEDF_3BE6),
    c(0x407D_A874_E79F_E763),
    c(0xC036_70E2_4271_2D62),
];
const TINY: f64 = 1e-300;

fn high_word(x: f64) -> i32 {
    (x.to_bits() >> 32) as u32 as i32
}

/// `P(z)/Q(z)` on [0, 0.84375], evaluated in glibc's order.
fn small_ratio(z: f64) -> f64 {
    let r1 = PP[0] + z * PP[1];
    let z2 = z * z;
    let r2 = PP[2] + z * PP[3];
    let z4 = z2 * z2;
    let s1 = 1.0 + z * QQ[1];
    let s2 = QQ[2] + z * QQ[3];
    let s3 = QQ[4] + z * QQ[5];
    let r = r1 + z2 * r2 + z4 * PP[4];
    let s = s1 + z2 * s2 + z4 * s3;
    r / s
}

/// `P(s)/Q(s)` on [0.84375, 1.25].
fn middle_ratio(s: f64) -> f64 {
    let p1 = PA[0] + s * PA[1];
    let s2 = s * s;
    let q1 = 1.0 + s * QA[1];
    let s4 = s2 * s2;
    let p2 = PA[2] + s * PA[3];
    let s6 = s4 * s2;
    let q2 = QA[2] + s * QA[3];
    let p3 = PA[4] + s * PA[5];
    let q3 = QA[4] + s * QA[5];
    let p = p1 + s2 * p2 + s4 * p3 + s6 * PA[6];
    let q = q1 + s2 * q2 + s4 * q3 + s6 * QA[6];
    p / q
}

/// `exp(-x² - 0.5625 + R/S)` for `x >= 1.25`; `near` picks the [1.25, 1/0.35] coefficients.
fn tail(x: f64, near: bool) -> f64 {
    let s = 1.0 / (x * x);
    let (r, q) = if near {
        let r1 = RA[0] + s * RA[1];
        let s2 = s * s;
        let q1 = 1.0 + s * SA[1];
        let s4 = s2 * s2;
        let r2 = RA[2] + s * RA[3];
        let s6 = s4 * s2;
        let q2 = SA[2] + s * SA[3];
        let s8 = s4 * s4;
        let r3 = RA[4] + s * RA[5];
        let q3 = SA[4] + s * SA[5];
        let r4 = RA[6] + s * RA[7];
        let q4 = SA[6] + s * SA[7];
        (
            r1 + s2 * r2 + s4 * r3 + s6 * r4,
            q1 + s2 * q2 + s4 * q3 + s6 * q4 + s8 * SA[8],
        )
    } else {
        let r1 = RB[0] + s * RB[1];
        let s2 = s * s;
        let q1 = 1.0 + s * SB[1];
        let s4 = s2 * s2;
        let r2 = RB[2] + s * RB[3];
        let s6 = s4 * s2;
        let q2 = SB[2] + s * SB[3];
        let r3 = RB[4] + s * RB[5];
        let q3 = SB[4] + s * SB[5];
        let q4 = SB[6] + s * SB[7];
        (
            r1 + s2 * r2 + s4 * r3 + s6 * RB[6],
            q1 + s2 * q2 + s4 * q3 + s6 * q4,
        )
    };
    // exp(-x²) loses accuracy for large x; split x = z + (x - z) with z's low word cleared,
    // so z*z is exact.
    let z = f64::from_bits(x.to_bits() & 0xffff_ffff_0000_0000);
    (-z * z - 0.5625).exp() * ((z - x) * (z + x) + r / q).exp()
}

/// `math.erf(x)`.
pub fn erf(x: f64) -> f64 {
    let hx = high_word(x);
    let ix = hx & 0x7fff_ffff;
    if ix >= 0x7ff0_0000 {
        // NaN stays NaN; erf(±inf) = ±1.
        let sign = if hx < 0 { -1.0 } else { 1.0 };
        return sign + 1.0 / x;
    }
    if ix < 0x3feb_0000 {
        if ix < 0x3e30_0000 {
            if ix < 0x0080_0000 {
                return 0.0625 * (16.0 * x + (16.0 * EFX) * x);
            }
            return x + EFX * x;
        }
        return x + x * small_ratio(x * x);
    }
    if ix < 0x3ff4_0000 {
        let q = middle_ratio(x.abs() - 1.0);
        return if hx >= 0 { ERX + q } else { -ERX - q };
    }
    if ix >= 0x4018_0000 {
        return if hx >= 0 { 1.0 - TINY } else { TINY - 1.0 };
    }
    let ax = x.abs();
    let r = tail(ax, ix < 0x4006_DB6E);
    if hx >= 0 {
        1.0 - r / ax
    } else {
        r / ax - 1.0
    }
}

/// `math.erfc(x)`.
pub fn erfc(x: f64) -> f64 {
    let hx = high_word(x);
    let ix = hx & 0x7fff_ffff;
    if ix >= 0x7ff0_0000 {
        // NaN stays NaN; erfc(+inf) = 0, erfc(-inf) = 2.
        let base = if hx < 0 { 2.0 } else { 0.0 };
        return base + 1.0 / x;
    }
    if ix < 0x3feb_0000 {
        if ix < 0x3c70_0000 {
            return 1.0 - x;
        }
        let y = small_ratio(x * x);
        if hx < 0x3fd0_0000 {
            return 1.0 - (x + x * y);
        }
        let r = x * y + (x - 0.5);
        return 0.5 - r;
    }
    if ix < 0x3ff4_0000 {
        let q = middle_ratio(x.abs() - 1.0);
        return if hx >= 0 {
            (1.0 - ERX) - q
        } else {
            1.0 + (ERX + q)
        };
    }
    if ix < 0x403c_0000 {
        if hx < 0 && ix >= 0x4018_0000 {
            return 2.0 - TINY;
        }
        let ax = x.abs();
        let r = tail(ax, ix < 0x4006_DB6D);
        return if hx > 0 { r / ax } else { 2.0 - r / ax };
    }
    if hx > 0 {
        TINY * TINY
    } else {
        2.0 - TINY
    }
}

/// Exactly 6.024680040776729583740234375.
const LANCZOS_G: f64 = c(0x4018_1945_B980_0000);
/// Exactly 5.524680040776729583740234375.
const LANCZOS_G_MINUS_HALF: f64 = c(0x4016_1945_B980_0000);
/// Numerator of the Lanczos sum as a rational function (coefficients from MPFR, as CPython).
const LANCZOS_NUM: [f64; 13] = [
    c(0x4215_EA51_43C1_A49E),
    c(0x4223_FC70_75F5_4C57),
    c(0x4220_A132_818A_B61A),
    c(0x4210_B0B5_22E8_261A),
    c(0x41F6_7FC1_B3A5_A1E8),
    c(0x41D5_7418_F5D3_F33F),
    c(0x41AD_AB0C_7BB9_5F2A),
    c(0x417D_F876_F95D_CC98),
    c(0x4145_F1E9_5080_F44C),
    c(0x4106_B642_1F87_87EB),
    c(0x40BF_87AC_0858_D804),
    c(0x406A_5A60_7BBC_3B52),
    c(0x4004_0D93_1FF6_2705),
];
/// Denominator: `x (x+1) ... (x+11)` expanded.
const LANCZOS_DEN: [f64; 13] = [
    0.0,
    39_916_800.0,
    120_543_840.0,
    150_917_976.0,
    105_258_076.0,
    45_995_730.0,
    13_339_535.0,
    2_637_558.0,
    357_423.0,
    32_670.0,
    1_925.0,
    66.0,
    1.0,
];
const LOG_PI: f64 = 1.144_729_885_849_400_2;

/// The Lanczos sum for `x > 0`; for `x >= 5` numerator and denominator are rescaled by
/// `x**-12` (a rational function in `1/x`) so that they cannot overflow.
fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0, 0.0);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

/// `sin(pi * x)` for finite `x`, accurate near integers (for the reflection formula).
fn sinpi(x: f64) -> f64 {
    use std::f64::consts::PI;
    let y = x.abs() % 2.0;
    let r = match (2.0 * y).round() as i32 {
        0 => (PI * y).sin(),
        1 => (PI * (y - 0.5)).cos(),
        // -sin(pi*(y-1)) would give -0.0 at y == 1.
        2 => (PI * (1.0 - y)).sin(),
        3 => -(PI * (y - 1.5)).cos(),
        _ => (PI * (y - 2.0)).sin(),
    };
    1f64.copysign(x) * r
}

/// `gamma(n)` for `n` in 1..=23, exact.
fn gamma_integral(n: usize) -> f64 {
    (1..n).fold(1.0, |acc, k| acc * k as f64)
}

/// `math.gamma(x)`.
///
/// # Errors
/// `ValueError("math domain error")` at zero, negative integers and `-inf`;
/// `OverflowError("math range error")` when the result overflows.
pub fn gamma(x: f64) -> Result<f64, NumError> {
    use std::f64::consts::PI;
    if !x.is_finite() {
        if x.is_nan() || x > 0.0 {
            return Ok(x);
        }
        return Err(domain_error());
    }
    if x == 0.0 {
        return Err(domain_error());
    }
    if x == x.floor() {
        if x < 0.0 {
            return Err(domain_error());
        }
        if x <= 23.0 {
            return Ok(gamma_integral(x as usize));
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        return if r.is_infinite() {
            Err(range_error())
        } else {
            Ok(r)
        };
    }
    if absx > 200.0 {
        return if x < 0.0 {
            Ok(0.0 / sinpi(x))
        } else {
            Err(range_error())
        };
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    // The rounding error of y, compensated below (see CPython's m_tgamma).
    let z = if absx > LANCZOS_G_MINUS_HALF {
        let q = y - absx;
        q - LANCZOS_G_MINUS_HALF
    } else {
        let q = y - LANCZOS_G_MINUS_HALF;
        q - absx
    };
    let z = z * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -PI / sinpi(absx) / absx * y.exp() / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / y.exp();
        r += z * r;
        if absx < 140.0 {
            r *= y.powf(absx - 0.5);
        } else {
            let sqrtpow = y.powf(absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    if r.is_infinite() {
        return Err(range_error());
    }
    Ok(r)
}

/// `math.lgamma(x)`: the natural logarithm of `|gamma(x)|`.
///
/// # Errors
/// `ValueError("math domain error")` at zero and negative integers;
/// `OverflowError("math range error")` when the result overflows.
pub fn lgamma(x: f64) -> Result<f64, NumError> {
    if !x.is_finite() {
        return Ok(if x.is_nan() { x } else { f64::INFINITY });
    }
    if x == x.floor() && x <= 2.0 {
        return if x <= 0.0 {
            Err(domain_error())
        } else {
            Ok(0.0)
        };
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return Ok(-absx.ln());
    }
    let mut r = lanczos_sum(absx).ln() - LANCZOS_G;
    r += (absx - 0.5) * ((absx + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        r = LOG_PI - sinpi(absx).abs().ln() - absx.ln() - r;
    }
    if r.is_infinite() {
        return Err(range_error());
    }
    Ok(r)
}

#[cfg(test)]
mod tests {
    use super::super::pyref::{f, lit, show, Check, Rng};
    use super::*;

    #[test]
    fn matches_python() {
        let mut rng = Rng::new(47);
        let mut check = Check::default();
        for i in 0..8000 {
            let x = if i % 3 == 0 {
                (rng.below(4000) as f64 - 2000.0) / 8.0
            } else {
                rng.any_f64()
            };
            check.push(format!("math.erf({})", lit(x)), f(erf(x)));
            check.push(format!("math.erfc({})", lit(x)), f(erfc(x)));
            check.push(format!("math.gamma({})", lit(x)), show(gamma(x), f));
            check.push(format!("math.lgamma({})", lit(x)), show(lgamma(x), f));
        }
        check.run();
    }
}
