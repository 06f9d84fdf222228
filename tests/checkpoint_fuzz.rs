//! No checkpoint may crash weft (DESIGN.md invariant 6): arbitrary bytes, arbitrary payloads behind
//! a valid header, and valid checkpoints with a byte changed and their tail cut (with and without
//! their header repaired, so that the damage reaches the decoder) are fed to `weft.checkpoint.loads`
//! (`tests/fuzz/checkpoint_loads.py`). Each must load or raise an ordinary exception; a panic, an
//! abort or a `SystemError` fails. Generated object graphs (nested containers, plain, slotted and
//! reduced instances, shared references, cycles) must come back from a round trip with the same
//! shape and sharing.
#[path = "harness/fuzz_script.rs"]
mod fuzz_script;

use fuzz_script::hex;
use proptest::prelude::*;
use std::fmt::Write as _;

fn run_cases(cases: &str) -> Result<(), TestCaseError> {
    fuzz_script::run_cases("checkpoint_loads.py", cases)
}

/// Bytes biased towards small numbers: record kinds, value tags and short varints.
fn payload_bytes() -> impl Strategy<Value = Vec<u8>> {
    let byte = prop_oneof![
        3 => any::<u8>(),
        4 => 0u8..24,
        1 => 0x80u8..=0xff,
    ];
    prop::collection::vec(byte, 0..40)
}

/// An object graph as `tests/fuzz/checkpoint_loads.py`'s `build` reads it: nodes that refer to
/// each other by number, so references are shared and may form cycles.
fn graph() -> impl Strategy<Value = String> {
    (1usize..14).prop_flat_map(|n| {
        let child = prop_oneof![
            3 => (0..n).prop_map(|i| i.to_string()),
            1 => any::<i64>().prop_map(|i| format!("i{i}")),
            1 => "[a-z]{0,6}".prop_map(|s| format!("s{s}")),
            1 => Just("n".to_string()),
        ];
        let node = (
            prop::sample::select(vec!['L', 'D', 'O', 'I', 'R', 'Z', 'T', 'S']),
            prop::collection::vec(child, 0..5),
        )
            .prop_map(|(k, kids)| format!("{k}:{}", kids.join(",")));
        prop::collection::vec(node, n).prop_map(|nodes| nodes.join(";"))
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 6, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_checkpoints_never_crash_loads(
        raw in prop::collection::vec(payload_bytes(), 100),
        payloads in prop::collection::vec(payload_bytes(), 300),
        mutations in prop::collection::vec(
            (0u8..3, any::<u16>(), any::<u8>(), any::<u16>(), any::<bool>()), 400),
        graphs in prop::collection::vec(graph(), 60),
    ) {
        let mut cases = String::new();
        for r in &raw {
            let _ = writeln!(cases, "R {}", hex(r));
        }
        for p in &payloads {
            let _ = writeln!(cases, "S {}", hex(p));
        }
        for (seed, pos, byte, cut, reseal) in &mutations {
            let _ = writeln!(cases, "M {seed} {pos} {byte} {cut} {}", u8::from(*reseal));
        }
        for g in &graphs {
            let _ = writeln!(cases, "G {g}");
        }
        run_cases(&cases)?;
    }
}
