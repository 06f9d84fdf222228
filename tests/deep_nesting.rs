//! Bad input must never crash weft (DESIGN.md invariant 6): programs in `tests/deep/` nest natives that
//! recurse on the Rust stack far deeper than any stack holds. Each must exit normally (its own output
//! says which nestings raised `RecursionError`), never abort on a stack overflow.

#[path = "harness/run.rs"]
mod run;

use std::path::Path;
use std::time::Duration;

#[test]
fn deep_native_nesting_never_crashes() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("deep");
    let out = run::run(
        env!("CARGO_BIN_EXE_weft"),
        &dir,
        "native_nesting.py",
        Duration::from_secs(120),
    )
    .expect("weft runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    let status = out.status.expect("finishes within the timeout");
    assert!(
        status.success(),
        "exit {status:?}\nstdout:\n{stdout}\nstderr:\n{stderr}"
    );
    let lines: Vec<&str> = stdout.lines().collect();
    for (i, name) in [
        "list ==",
        "list <",
        "dict ==",
        "repr",
        "hash",
        "sorted key",
        "__repr__",
        "min key",
    ]
    .iter()
    .enumerate()
    {
        let line = lines.get(i).copied().unwrap_or("");
        assert!(
            line.starts_with(name),
            "line {i}: expected {name:?}, got {line:?}"
        );
    }
    assert_eq!(lines.last(), Some(&"done"));
}
