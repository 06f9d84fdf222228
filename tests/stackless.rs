//! `stackless` programs (`tests/stackless/<name>.py`) against their expected output (`<name>.out`).
//! CPython has no `stackless` module, so these outputs were checked by hand against Stackless
//! Python's documented semantics and sources rather than produced by `tests/regen`.
use std::path::Path;
use std::process::Command;

#[test]
fn stackless_programs() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("stackless");
    let mut failures = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/stackless exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    entries.sort();
    assert!(!entries.is_empty());
    for py in entries {
        let expected = std::fs::read_to_string(py.with_extension("out")).expect("expected output");
        let out = Command::new(env!("CARGO_BIN_EXE_weft"))
            .arg("-S")
            .arg(&py)
            .output()
            .expect("weft runs");
        let got = String::from_utf8_lossy(&out.stdout);
        if got != expected || !out.status.success() {
            failures.push(format!(
                "{}: status {:?}\n--- got\n{got}\n--- expected\n{expected}\n--- stderr\n{}",
                py.display(),
                out.status.code(),
                String::from_utf8_lossy(&out.stderr)
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
