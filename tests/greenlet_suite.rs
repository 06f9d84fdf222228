//! greenlet's own test suite under weft (`tests/greenlet_suite/run.py`): fetched with pip at test
//! time, run unmodified, pass counts per file checked against `tests/greenlet_suite/expected.txt`.
use std::process::Command;

#[test]
fn greenlet_suite() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/greenlet_suite");
    let out = Command::new("python3")
        .arg(dir.join("run.py"))
        .arg(env!("CARGO_BIN_EXE_weft"))
        .output()
        .expect("python3 runs");
    let text = String::from_utf8_lossy(&out.stdout);
    println!("{text}");
    assert!(
        out.status.success(),
        "{text}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
