//! Arithmetic on builtin numbers (int, bool, float, complex) once the fast paths of the loop declined:
//! big ints, mixed types, errors. Hashing of numbers follows CPython (modulus 2**61 - 1).
use crate::compiler::bytecode::{BinOp, UnaryOp};
use crate::heap::{Unpacked, Value};
use crate::interp::error::{self, PyResult};
use crate::objects::{complex, int};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

pub enum N {
    Int(BigInt),
    Float(f64),
    Complex(f64, f64),
}

const MODULUS: u64 = (1 << 61) - 1;

pub fn hash_i64(i: i64) -> i64 {
    let h = if i >= 0 {
        (i as u64 % MODULUS) as i64
    } else {
        -(((i as i128).unsigned_abs() % MODULUS as u128) as i64)
    };
    if h == -1 {
        -2
    } else {
        h
    }
}

pub fn hash_big(b: &BigInt) -> i64 {
    let m = BigInt::from(MODULUS);
    let r = (b.abs() % &m).to_i64().unwrap_or(0);
    let h = if b.is_negative() { -r } else { r };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// CPython's float hash; `None` for NaN (the caller hashes by identity).
pub fn hash_f64(x: f64) -> Option<i64> {
    if x.is_nan() {
        return None;
    }
    if x.is_infinite() {
        return Some(if x > 0.0 { 314159 } else { -314159 });
    }
    let (mut m, mut e) = frexp(x.abs());
    let mut h: u64 = 0;
    while m != 0.0 {
        h = ((h << 28) & MODULUS) | (h >> (61 - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        h += y;
        if h >= MODULUS {
            h -= MODULUS;
        }
    }
    let e = if e >= 0 {
        e % 61
    } else {
        61 - 1 - ((-1 - e) % 61)
    };
    h = ((h << e) & MODULUS) | (h >> (61 - e));
    let mut h = h as i64;
    if x < 0.0 {
        h = -h;
    }
    Some(if h == -1 { -2 } else { h })
}

fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(x * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

/// CPython 3.11's tuple hash (xxHash-based).
pub fn hash_tuple(hs: &[i64]) -> i64 {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let mut acc: u64 = P5;
    for &h in hs {
        acc = acc.wrapping_add((h as u64).wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add((hs.len() as u64) ^ (P5 ^ 3527539));
    if acc == u64::MAX {
        return 1546275796;
    }
    acc as i64
}

pub fn add_one(v: &Value) -> Value {
    match v.as_int() {
        Some(i) => int::from_i64(i + 1),
        None => int::from_big(int::to_big(v).unwrap_or_default() + 1),
    }
}

fn to_f64_int(b: &BigInt) -> PyResult<f64> {
    match b.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err(error::overflow_error("int too large to convert to float")),
    }
}

/// Binary arithmetic on two builtin numbers.
pub fn arith(op: BinOp, a: N, b: N) -> PyResult<Value> {
    use crate::interp::ops::base_op;
    let op = base_op(op);
    match (a, b) {
        (N::Int(x), N::Int(y)) => int_arith(op, x, y),
        (N::Complex(ar, ai), b) => complex_arith(op, (ar, ai), to_c(b)?),
        (a, N::Complex(br, bi)) => complex_arith(op, to_c(a)?, (br, bi)),
        (a, b) => {
            let x = to_f(a)?;
            let y = to_f(b)?;
            float_arith(op, x, y)
        }
    }
}

fn to_f(n: N) -> PyResult<f64> {
    match n {
        N::Int(i) => to_f64_int(&i),
        N::Float(f) => Ok(f),
        N::Complex(r, _) => Ok(r),
    }
}

fn to_c(n: N) -> PyResult<(f64, f64)> {
    match n {
        N::Complex(r, i) => Ok((r, i)),
        other => Ok((to_f(other)?, 0.0)),
    }
}

fn unsupported(op: BinOp) -> PyResult<Value> {
    Err(error::type_error(format!("unsupported operand for {op:?}")))
}

pub fn int_arith(op: BinOp, x: BigInt, y: BigInt) -> PyResult<Value> {
    use BinOp::*;
    Ok(match op {
        Add => int::from_big(x + y),
        Subtract => int::from_big(x - y),
        Multiply => int::from_big(x * y),
        FloorDivide => {
            if y.is_zero() {
                return Err(error::zero_division_error(
                    "integer division or modulo by zero",
                ));
            }
            int::from_big(x.div_floor(&y))
        }
        Remainder => {
            if y.is_zero() {
                return Err(error::zero_division_error("integer modulo by zero"));
            }
            int::from_big(x.mod_floor(&y))
        }
        TrueDivide => {
            if y.is_zero() {
                return Err(error::zero_division_error("division by zero"));
            }
            match (x.to_f64(), y.to_f64()) {
                (Some(a), Some(b))
                    if a.abs() < 9.007_199_254_740_992e15 && b.abs() < 9.007_199_254_740_992e15 =>
                {
                    Value::float(a / b)
                }
                _ => Value::float(big_true_div(&x, &y)?),
            }
        }
        Power => {
            if y.is_negative() {
                if x.is_zero() {
                    return Err(error::zero_division_error(
                        "0.0 cannot be raised to a negative power",
                    ));
                }
                let xf = to_f64_int(&x)?;
                let yf = y.to_f64().unwrap_or(f64::NEG_INFINITY);
                return Ok(Value::float(xf.powf(yf)));
            }
            let e = y
                .to_u32()
                .ok_or_else(|| error::overflow_error("exponent too large"))?;
            int::from_big(num_traits::pow::Pow::pow(&x, e))
        }
        Lshift => {
            if y.is_negative() {
                return Err(error::value_error("negative shift count"));
            }
            let s = y
                .to_usize()
                .ok_or_else(|| error::overflow_error("too many digits in integer"))?;
            int::from_big(x << s)
        }
        Rshift => {
            if y.is_negative() {
                return Err(error::value_error("negative shift count"));
            }
            match y.to_usize() {
                Some(s) => int::from_big(x >> s),
                None => int::from_i64(if x.is_negative() { -1 } else { 0 }),
            }
        }
        And => int::from_big(x & y),
        Or => int::from_big(x | y),
        Xor => int::from_big(x ^ y),
        MatrixMultiply => return unsupported(op),
        _ => return unsupported(op),
    })
}

/// Correctly rounded `a / b` for big ints.
fn big_true_div(a: &BigInt, b: &BigInt) -> PyResult<f64> {
    let neg = a.is_negative() != b.is_negative();
    let (a, b) = (a.abs(), b.abs());
    // Scale so the quotient has 54+ significant bits, then round half-even through the remainder.
    let shift = 55i64 - (a.bits() as i64 - b.bits() as i64);
    let (n, d) = if shift >= 0 {
        (a << shift as usize, b)
    } else {
        (a, b << (-shift) as usize)
    };
    let (q, r) = n.div_rem(&d);
    let mut q = q;
    // q has 55 or 56 bits; fold the remainder into a sticky bit.
    if !r.is_zero() {
        q = (q << 1usize) | BigInt::one();
    } else {
        q <<= 1usize;
    }
    let e = -shift - 1;
    let f = q.to_f64().unwrap_or(f64::INFINITY);
    let v = f * 2f64.powi(e.clamp(-1100, 1100) as i32);
    if v.is_infinite() {
        return Err(error::overflow_error(
            "integer division result too large for a float",
        ));
    }
    Ok(if neg { -v } else { v })
}

pub fn float_arith(op: BinOp, x: f64, y: f64) -> PyResult<Value> {
    use BinOp::*;
    Ok(Value::float(match op {
        Add => x + y,
        Subtract => x - y,
        Multiply => x * y,
        TrueDivide => {
            if y == 0.0 {
                return Err(error::zero_division_error("float division by zero"));
            }
            x / y
        }
        FloorDivide => {
            if y == 0.0 {
                return Err(error::zero_division_error("float floor division by zero"));
            }
            float_divmod(x, y).0
        }
        Remainder => {
            if y == 0.0 {
                return Err(error::zero_division_error("float modulo"));
            }
            float_divmod(x, y).1
        }
        Power => return float_pow(x, y),
        _ => return unsupported(op),
    }))
}

/// CPython's `float_divmod`.
pub fn float_divmod(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

pub fn float_pow(x: f64, y: f64) -> PyResult<Value> {
    if y == 0.0 {
        return Ok(Value::float(1.0));
    }
    if x.is_nan() {
        return Ok(Value::float(if y == 0.0 { 1.0 } else { x }));
    }
    if y.is_nan() {
        return Ok(Value::float(if x == 1.0 { 1.0 } else { y }));
    }
    if x == 0.0 && y < 0.0 && y.is_finite() {
        return Err(error::zero_division_error(
            "0.0 cannot be raised to a negative power",
        ));
    }
    if x < 0.0 && x.is_finite() && y.is_finite() && y.fract() != 0.0 {
        // Negative base, fractional exponent: a complex result.
        let (r, i) = crate::interp::numops::complex_pow((x, 0.0), (y, 0.0))?;
        return Ok(complex::new_complex(r, i));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(error::overflow_error(
            "(34, 'Numerical result out of range')",
        ));
    }
    Ok(Value::float(r))
}

fn complex_arith(op: BinOp, a: (f64, f64), b: (f64, f64)) -> PyResult<Value> {
    use BinOp::*;
    let (r, i) = match op {
        Add => (a.0 + b.0, a.1 + b.1),
        Subtract => (a.0 - b.0, a.1 - b.1),
        Multiply => (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0),
        TrueDivide => complex_div(a, b)?,
        Power => complex_pow(a, b)?,
        FloorDivide | Remainder => {
            return Err(error::type_error(format!(
                "unsupported operand type(s) for {}: 'complex' and 'complex'",
                if op == FloorDivide { "//" } else { "%" }
            )))
        }
        _ => return unsupported(op),
    };
    Ok(complex::new_complex(r, i))
}

/// CPython's `_Py_c_quot`.
pub fn complex_div(a: (f64, f64), b: (f64, f64)) -> PyResult<(f64, f64)> {
    let (abs_breal, abs_bimag) = (b.0.abs(), b.1.abs());
    if abs_breal >= abs_bimag {
        if abs_breal == 0.0 {
            return Err(error::zero_division_error("complex division by zero"));
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Ok(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_bimag >= abs_breal {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Ok(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        Ok((f64::NAN, f64::NAN))
    }
}

/// `a ** b` on complex numbers (CPython's `complex_pow`: integral exponents by repeated squaring).
pub fn complex_pow(a: (f64, f64), b: (f64, f64)) -> PyResult<(f64, f64)> {
    use crate::numeric::complex::{complex_pow, Complex};
    let r = complex_pow(Complex::new(a.0, a.1), Complex::new(b.0, b.1))?;
    Ok((r.re, r.im))
}

/// `-x`, `+x`, `~x` on builtin numbers; `None` for other types.
pub fn unary_builtin(op: UnaryOp, v: &Value) -> PyResult<Option<Value>> {
    Ok(match (op, v.unpack()) {
        (UnaryOp::Negative, Unpacked::Int(i)) => Some(int::from_i64(-i)),
        (UnaryOp::Positive, Unpacked::Int(i)) => Some(int::from_i64(i)),
        (UnaryOp::Invert, Unpacked::Int(i)) => Some(int::from_i64(!i)),
        (UnaryOp::Negative, Unpacked::Bool(b)) => Some(int::from_i64(-(b as i64))),
        (UnaryOp::Positive, Unpacked::Bool(b)) => Some(int::from_i64(b as i64)),
        (UnaryOp::Invert, Unpacked::Bool(b)) => Some(int::from_i64(!(b as i64))),
        (UnaryOp::Negative, Unpacked::Float(f)) => Some(Value::float(-f)),
        (UnaryOp::Positive, Unpacked::Float(f)) => Some(Value::float(f)),
        (_, Unpacked::Obj(o)) => {
            if let Some(b) = int::big_obj(o) {
                match op {
                    UnaryOp::Negative => Some(int::from_big(-b.clone())),
                    UnaryOp::Positive => Some(int::from_big(b.clone())),
                    UnaryOp::Invert => Some(int::from_big(-b.clone() - 1)),
                    UnaryOp::Not => None,
                }
            } else if let Some(f) = crate::objects::float::to_f64(v) {
                match op {
                    UnaryOp::Negative => Some(Value::float(-f)),
                    UnaryOp::Positive => Some(Value::float(f)),
                    _ => None,
                }
            } else if let Some((r, i)) = complex::as_complex(v) {
                match op {
                    UnaryOp::Negative => Some(complex::new_complex(-r, -i)),
                    UnaryOp::Positive => Some(complex::new_complex(r, i)),
                    _ => None,
                }
            } else {
                None
            }
        }
        _ => None,
    })
}

/// `pow(base, exp, mod)` for ints (negative exponents through the modular inverse, as 3.8+).
pub fn pow_mod(base: &BigInt, exp: &BigInt, m: &BigInt) -> PyResult<Value> {
    if m.is_zero() {
        return Err(error::value_error("pow() 3rd argument cannot be 0"));
    }
    let modulus = m.abs();
    let mut b = base.mod_floor(&modulus);
    let mut e = exp.clone();
    if e.is_negative() {
        let ext = b.extended_gcd(&modulus);
        if !ext.gcd.is_one() {
            return Err(error::value_error(
                "base is not invertible for the given modulus",
            ));
        }
        b = ext.x.mod_floor(&modulus);
        e = -e;
    }
    let mut r = b.modpow(&e, &modulus);
    if m.is_negative() && !r.is_zero() {
        r += m;
    }
    Ok(int::from_big(r))
}
