//! Property tests: no input reaches a panic (DESIGN.md invariant 6), and parsing inverts
//! formatting.

use proptest::prelude::*;

use super::*;

proptest! {
    #[test]
    fn parsers_never_panic(text in "\\PC{0,12}|[-+0-9_.eEjJxXoObB() ]{0,12}", base in 0u32..40) {
        let _ = parse_float(&text, String::new);
        let _ = parse_int(&text, base, 4300, String::new);
        let _ = parse_complex(&text, String::new);
        for piece in TemplateParser::new(&text) {
            if let Ok(TemplatePiece { field: Some(f), .. }) = piece {
                if let Ok((_, path)) = split_field_name(f.name) {
                    path.for_each(drop);
                }
            }
        }
    }

    #[test]
    fn formatters_never_panic(spec in "[<>=^*]{0,2}[-+ ]?z?#?0?[0-9]{0,3}[,_]?(\\.[0-9]{0,3})?.?", bits: u64, n: i64) {
        let x = f64::from_bits(bits);
        let _ = format_float(x, &spec, "float");
        let _ = format_int(IntRef::Small(n), &spec, "int", 4300);
        let _ = format_complex(x, -x, &spec, "complex");
        let _ = format_str("abc", &spec, "str");
    }

    #[test]
    fn repr_round_trips(bits: u64) {
        let x = f64::from_bits(bits);
        let back = parse_float(&float_repr(x), String::new).unwrap();
        prop_assert!(back.to_bits() == x.to_bits() || (x.is_nan() && back.is_nan()));
    }

    #[test]
    fn int_text_round_trips(n: i64, radix in prop::sample::select(vec![2u32, 8, 16])) {
        let base = match radix { 2 => PowerOfTwoBase::Binary, 8 => PowerOfTwoBase::Octal, _ => PowerOfTwoBase::Hex };
        let text = int_to_base(IntRef::Small(n), base, true);
        prop_assert_eq!(parse_int(&text, 0, 4300, String::new).unwrap(), Int::Small(n));
        let decimal = int_to_decimal(IntRef::Small(n), 4300).unwrap();
        prop_assert_eq!(parse_int(&decimal, 10, 4300, String::new).unwrap(), Int::Small(n));
    }
}
