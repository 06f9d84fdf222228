//! Cached code is untrusted input: no byte string makes `decode` panic, and what it accepts is valid.

use proptest::prelude::*;

use super::{decode, encode, validate, BUILD_KEY};
use crate::compiler::{compile, CompileOptions};

const SAMPLE: &str = r#"
import sys
def f(a, b=2, *args, c, **kw):
    "doc"
    total = 0
    for i in range(a):
        try:
            total += i / b
        except ZeroDivisionError as e:
            raise ValueError("x") from e
        finally:
            total -= 1
    with open(__file__) as fh:
        pass
    return [x * 2 for x in args if x] + [lambda y: y + c]
class K(dict):
    def g(self):
        return super().g()
async def co():
    async with x as y:
        await y
match sys.argv:
    case [a, *rest] if a: print(a, rest)
    case {"k": v}: pass
"#;

fn sample() -> Vec<u8> {
    let m = weft_parser::parse(SAMPLE, weft_parser::Mode::Exec, "<sample>").expect("parses");
    let unit = compile(
        &m,
        "<sample>",
        weft_parser::Mode::Exec,
        &CompileOptions::default(),
        &mut Vec::new(),
    )
    .expect("compiles");
    encode(&unit)
}

#[test]
fn round_trip() {
    let data = sample();
    let u = decode(&data).expect("own output decodes");
    assert_eq!(encode(&u), data);
}

proptest! {
    #[test]
    fn mutated_never_panics(flips in proptest::collection::vec((any::<usize>(), any::<u8>()), 1..6), cut in any::<usize>()) {
        let mut data = sample();
        for (at, b) in flips {
            let i = at % data.len();
            data[i] = b;
        }
        if cut % 3 == 0 {
            data.truncate(cut % (data.len() + 1));
        }
        if let Ok(u) = decode(&data) {
            prop_assert!(validate(&u).is_ok());
        }
    }

    #[test]
    fn arbitrary_never_panics(data in proptest::collection::vec(any::<u8>(), 0..300)) {
        let mut keyed = BUILD_KEY.to_le_bytes().to_vec();
        keyed.extend_from_slice(&data);
        let _ = decode(&keyed);
        let _ = decode(&data);
    }
}
