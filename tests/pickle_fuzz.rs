//! No pickle input may crash weft (DESIGN.md invariant 6): arbitrary bytes, and valid pickles with
//! a byte changed and their tail cut, are fed to `_pickle`'s unpickler (`tests/fuzz/pickle_loads.py`).
//! Each must load or raise an ordinary exception; a panic, an abort or a `SystemError` fails. Generated
//! object graphs must also come back equal from a round trip under every protocol. Mutated frame
//! states of generators and tasklets must be refused or run, never crash.
#[path = "harness/fuzz_script.rs"]
mod fuzz_script;

use fuzz_script::hex;
use proptest::prelude::*;
use std::fmt::Write as _;

fn run_cases(cases: &str) -> Result<(), TestCaseError> {
    fuzz_script::run_cases("pickle_loads.py", cases)
}

/// Bytes biased towards opcodes, so that the unpickler gets past the first byte.
fn pickle_bytes() -> impl Strategy<Value = Vec<u8>> {
    let byte = prop_oneof![
        3 => any::<u8>(),
        2 => prop::sample::select(b"()01NIJKLMPQRSTUVXabcdeghijlopqrstu}]G.".to_vec()),
        2 => 0x80u8..=0x98,
    ];
    prop::collection::vec(byte, 0..48)
}

/// Python source of a value: atoms, then lists, tuples, dicts, sets and frozensets of them.
fn literal() -> impl Strategy<Value = String> {
    let atom = prop_oneof![
        any::<i64>().prop_map(|i| i.to_string()),
        any::<i128>().prop_map(|i| format!("{i} ** 3")),
        (-1e300f64..1e300).prop_map(|x| format!("{x:?}")),
        "[a-zé€😀]{0,8}".prop_map(|s| format!("{s:?}")),
        prop::collection::vec(any::<u8>(), 0..8)
            .prop_map(|b| format!("bytes.fromhex({:?})", hex(&b))),
        Just("None".to_string()),
        Just("True".to_string()),
        Just("bytearray(b'ab')".to_string()),
        Just("complex(1, -2)".to_string()),
    ];
    atom.prop_recursive(4, 48, 6, |inner| {
        let items = prop::collection::vec(inner, 0..6);
        prop_oneof![
            items.clone().prop_map(|v| format!("[{}]", v.join(", "))),
            items.clone().prop_map(|v| match v.len() {
                0 => "()".to_string(),
                _ => format!("({},)", v.join(", ")),
            }),
            items.clone().prop_map(|v| {
                let kv: Vec<String> = v
                    .iter()
                    .enumerate()
                    .map(|(i, x)| format!("{i}: {x}"))
                    .collect();
                format!("{{{}}}", kv.join(", "))
            }),
            prop::collection::vec(any::<i16>(), 0..6).prop_map(|v| format!("set({v:?})")),
            prop::collection::vec(any::<i16>(), 0..6).prop_map(|v| format!("frozenset({v:?})")),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 6, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_crash_loads(
        raw in prop::collection::vec(pickle_bytes(), 300),
        mutations in prop::collection::vec((0u8..6, any::<u16>(), any::<u8>(), any::<u16>()), 300),
        objects in prop::collection::vec(literal(), 60),
    ) {
        let mut cases = String::new();
        for r in &raw {
            let _ = writeln!(cases, "R {}", hex(r));
        }
        for (seed, pos, byte, cut) in &mutations {
            let _ = writeln!(cases, "M {seed} {pos} {byte} {cut}");
        }
        for o in &objects {
            let _ = writeln!(cases, "T {o}");
        }
        run_cases(&cases)?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 4, ..ProptestConfig::default() })]

    /// Pickled frame states of generators, tasklets and greenlets with values swapped for others
    /// (`tests/fuzz/frame_states.py`): each is refused, or loads and runs; none may crash weft.
    #[test]
    fn mutated_frame_states_never_crash(seed in any::<u32>()) {
        let args = [seed.to_string(), "300".to_string()];
        fuzz_script::run("frame_states.py", &args, |out| out.starts_with("cases"))?;
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 4, ..ProptestConfig::default() })]

    /// A tasklet preempted at random safe points and replaced, at each, by a pickled copy of itself
    /// (`tests/fuzz/preempt_roundtrip.py`) computes exactly what an uninterrupted run computes.
    #[test]
    fn preempted_and_pickled_tasklets_compute_the_same(seed in any::<u32>()) {
        let args = [seed.to_string(), "25".to_string()];
        fuzz_script::run("preempt_roundtrip.py", &args, |out| {
            out.trim_end() == "cases 25 all match"
        })?;
    }
}
