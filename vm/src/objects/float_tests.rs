//! NaNs are heap floats with identity, as in CPython; every other float stays inline.
use super::{exact, is_exact, to_f64};
use crate::heap::Value;
use crate::interp::ops::{builtin_eq, builtin_hash};
use crate::objects::types;

#[test]
fn only_nans_are_boxed() {
    for x in [
        0.0,
        -0.0,
        1.5,
        f64::INFINITY,
        f64::NEG_INFINITY,
        f64::MAX,
        f64::MIN_POSITIVE,
    ] {
        let v = Value::float(x);
        assert!(v.is_float());
        assert_eq!(v.as_float().map(f64::to_bits), Some(x.to_bits()));
    }
    let nan = Value::float(f64::NAN);
    assert!(!nan.is_float() && nan.is_obj() && is_exact(&nan));
    assert!(nan.as_obj().unwrap().ty().is(&types().float));
}

#[test]
fn each_nan_is_its_own_object() {
    let (a, b) = (Value::float(f64::NAN), Value::float(f64::NAN));
    assert_ne!(a.bits(), b.bits());
    let a2 = a.clone();
    assert_eq!(a.bits(), a2.bits());
    // Containers' `==` is identity first: the same NaN equals itself, another NaN is left to `__eq__`.
    assert_eq!(builtin_eq(&a, &a2), Some(true));
    assert_ne!(builtin_eq(&a, &b), Some(true));
    // The hash of a NaN is that of its identity.
    assert_eq!(builtin_hash(&a), builtin_hash(&a2));
    assert_ne!(builtin_hash(&a), builtin_hash(&b));
    // `float_float` hands back the object itself.
    assert_eq!(exact(&a, f64::NAN).bits(), a.bits());
}

#[test]
fn nan_keeps_sign_and_payload() {
    let neg = -f64::NAN;
    let payload = f64::from_bits(0xFFFF_0000_0000_1234);
    for x in [neg, payload] {
        assert_eq!(
            to_f64(&Value::float(x)).map(f64::to_bits),
            Some(x.to_bits())
        );
    }
}
