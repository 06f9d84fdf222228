//! Property tests: int arithmetic through the interpreter's operators agrees with a big-integer reference
//! on both sides of the inline-int / big-int boundary, and float repr round-trips.
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{ToPrimitive, Zero};
use proptest::prelude::*;
use weft_vm::compiler::bytecode::{BinOp, CmpOp};
use weft_vm::heap::Value;
use weft_vm::interp::{call, ops, Vm};
use weft_vm::objects::int;

fn vm() -> Vm {
    Vm::new(vec![], vec![], Default::default())
}

fn binop(vm: &mut Vm, op: BinOp, a: &BigInt, b: &BigInt) -> Result<BigInt, String> {
    let (x, y) = (int::from_big(a.clone()), int::from_big(b.clone()));
    let r = ops::binary_fast(op, &x, &y).map(Ok).unwrap_or_else(|| {
        let f = ops::binary(vm, op, x, y).map_err(|e| format!("{e:?}"))?;
        call::run_flow(vm, f).map_err(|e| format!("{e:?}"))
    })?;
    int::to_big(&r).ok_or_else(|| "not an int".to_string())
}

/// Ints around the interesting boundaries: small, near 2**47 (inline limit), near 2**63, and big.
fn an_int() -> impl Strategy<Value = BigInt> {
    prop_oneof![
        (-1000i64..1000).prop_map(BigInt::from),
        (-(1i64 << 48)..(1i64 << 48)).prop_map(BigInt::from),
        any::<i64>().prop_map(BigInt::from),
        (any::<i64>(), any::<i64>()).prop_map(|(a, b)| BigInt::from(a) * BigInt::from(b) + 7),
        (0u32..5).prop_map(|k| BigInt::from(1i64 << 47) - 1 + k as i64 - 2),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn arithmetic_matches_reference(a in an_int(), b in an_int()) {
        let mut vm = vm();
        prop_assert_eq!(binop(&mut vm, BinOp::Add, &a, &b).unwrap(), &a + &b);
        prop_assert_eq!(binop(&mut vm, BinOp::Subtract, &a, &b).unwrap(), &a - &b);
        prop_assert_eq!(binop(&mut vm, BinOp::Multiply, &a, &b).unwrap(), &a * &b);
        prop_assert_eq!(binop(&mut vm, BinOp::And, &a, &b).unwrap(), &a & &b);
        prop_assert_eq!(binop(&mut vm, BinOp::Or, &a, &b).unwrap(), &a | &b);
        prop_assert_eq!(binop(&mut vm, BinOp::Xor, &a, &b).unwrap(), &a ^ &b);
        if b.is_zero() {
            prop_assert!(binop(&mut vm, BinOp::FloorDivide, &a, &b).is_err());
            prop_assert!(binop(&mut vm, BinOp::Remainder, &a, &b).is_err());
        } else {
            prop_assert_eq!(binop(&mut vm, BinOp::FloorDivide, &a, &b).unwrap(), a.div_floor(&b));
            prop_assert_eq!(binop(&mut vm, BinOp::Remainder, &a, &b).unwrap(), a.mod_floor(&b));
        }
        for (op, expect) in [(CmpOp::Lt, a < b), (CmpOp::Le, a <= b), (CmpOp::Eq, a == b), (CmpOp::Ne, a != b), (CmpOp::Gt, a > b), (CmpOp::Ge, a >= b)] {
            let (x, y) = (int::from_big(a.clone()), int::from_big(b.clone()));
            let got = match ops::compare_fast(op, &x, &y) {
                Some(g) => g,
                None => {
                    let f = ops::compare(&mut vm, op, x, y).unwrap();
                    let v = call::run_flow(&mut vm, f).unwrap();
                    v.as_bool().unwrap()
                }
            };
            prop_assert_eq!(got, expect);
        }
    }

    #[test]
    fn shifts_match_reference(a in an_int(), s in 0u32..130) {
        let mut vm = vm();
        let sb = BigInt::from(s);
        prop_assert_eq!(binop(&mut vm, BinOp::Lshift, &a, &sb).unwrap(), &a << s as usize);
        // Python's >> floors, as num-bigint's arithmetic shift does.
        let expect: BigInt = a.clone() >> s as usize;
        prop_assert_eq!(binop(&mut vm, BinOp::Rshift, &a, &sb).unwrap(), expect);
    }

    #[test]
    fn powers_match_reference(a in -50i64..50, e in 0u32..40) {
        let mut vm = vm();
        let r = binop(&mut vm, BinOp::Power, &BigInt::from(a), &BigInt::from(e)).unwrap();
        prop_assert_eq!(r, num_traits::pow::Pow::pow(&BigInt::from(a), e));
    }

    #[test]
    fn float_repr_round_trips(bits in any::<u64>()) {
        let x = f64::from_bits(bits);
        prop_assume!(x.is_finite());
        let mut vm = vm();
        let s = weft_vm::interp::protocols::repr_string(&mut vm, &Value::float(x)).unwrap();
        let back: f64 = s.parse().unwrap();
        prop_assert_eq!(back.to_bits(), x.to_bits());
        prop_assert!(s.len() <= 24);
        let _ = x.to_i64();
    }
}
