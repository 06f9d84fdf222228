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

/// Binary arithmetic on two builtin numbers; `None` when their types do not support `op`
/// (`1 & 1.0`, `1.0 << 2`, `1j // 2`), so dispatch goes on to the operand's own methods.
pub fn arith(op: BinOp, a: N, b: N) -> PyResult<Option<Value>> {
    use crate::interp::ops::base_op;
    use BinOp::*;
    let op = base_op(op);
    if op == MatrixMultiply {
        return Ok(None);
    }
    let real = matches!(
        op,
        Add | Subtract | Multiply | TrueDivide | FloorDivide | Remainder | Power
    );
    let cplx = matches!(op, Add | Subtract | Multiply | TrueDivide | Power);
    Ok(Some(match (a, b) {
        (N::Int(x), N::Int(y)) => int::int_op(op, &x, &y)?,
        (N::Complex(ar, ai), b) if cplx => complex::complex_op(op, (ar, ai), to_c(b)?)?,
        (a, N::Complex(br, bi)) if cplx => complex::complex_op(op, to_c(a)?, (br, bi))?,
        (N::Complex(..), _) | (_, N::Complex(..)) => return Ok(None),
        (a, b) if real => crate::objects::float::float_op(op, to_f(a)?, to_f(b)?)?,
        _ => return Ok(None),
    }))
}

fn to_f(n: N) -> PyResult<f64> {
    match n {
        N::Int(i) => Ok(crate::numeric::int_float::bigint_to_f64(&i)?),
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
                    UnaryOp::Positive => Some(crate::objects::float::exact(v, f)),
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
