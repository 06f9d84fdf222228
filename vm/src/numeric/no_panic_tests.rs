//! Property tests: no input reachable from Python makes these functions panic.

use num_bigint::BigInt;
use proptest::prelude::*;

use super::{complex, float_hex, float_ops, float_round, hash, int_bytes, int_float, int_ops};

fn any_float() -> impl Strategy<Value = f64> {
    prop_oneof![
        any::<u64>().prop_map(f64::from_bits),
        any::<f64>(),
        Just(0.0),
        Just(-0.0),
        Just(f64::INFINITY),
        Just(f64::NAN),
    ]
}

fn any_int() -> impl Strategy<Value = BigInt> {
    prop_oneof![
        any::<i64>().prop_map(BigInt::from),
        (any::<i128>(), 0u32..300).prop_map(|(v, s)| BigInt::from(v) << s),
    ]
}

proptest! {
    #[test]
    fn fromhex_never_panics(s in "\\PC{0,40}", t in "[ +-]?(0[xX])?[0-9a-fA-F.]{0,30}([pP][+-]?[0-9]{0,25})?") {
        let _ = float_hex::float_fromhex(&s);
        let _ = float_hex::float_fromhex(&t);
    }

    #[test]
    fn float_ops_never_panic(x in any_float(), y in any_float(), n in any::<i64>()) {
        let _ = float_ops::float_divmod(x, y);
        let _ = float_ops::float_pow(x, y);
        let _ = float_round::float_round(x, n);
        let _ = float_round::float_round_to_int(x);
        let _ = int_float::float_as_integer_ratio(x);
        let _ = hash::hash_float(x, 0);
        let _ = complex::complex_pow(complex::Complex::new(x, y), complex::Complex::new(y, x));
        let _ = complex::complex_div(complex::Complex::new(x, y), complex::Complex::new(y, x));
        let _ = float_hex::float_fromhex(&float_hex::float_hex(x));
    }

    #[test]
    fn int_ops_never_panic(a in any_int(), b in any_int(), x in any_float(), n in -4i64..40) {
        let _ = int_float::int_true_divide(&a, &b);
        let _ = int_float::compare_int_float(&a, x);
        let _ = int_ops::int_divmod(&a, &b);
        let _ = int_ops::int_pow_mod(&a, &b, &(&a - &b));
        let _ = int_ops::int_pow(&a, &BigInt::from(n));
        let _ = int_ops::int_rshift(&a, &b);
        let _ = int_ops::int_round(&a, &b);
        let _ = int_bytes::int_to_bytes(&a, n, n % 2 == 0, n % 3 == 0);
        let _ = hash::hash_bigint(&a);
    }
}
