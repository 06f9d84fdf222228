//! Programs whose expected output was checked by hand (modules CPython lacks): every
//! `tests/<dir>/<name>.py` runs under weft (`-S`) and must print exactly `<name>.out` and exit 0.
use std::path::Path;
use std::process::Command;

pub fn check_dir(dir: &str) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join(dir);
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .expect("the program directory exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    entries.sort();
    assert!(!entries.is_empty());
    let mut failures = Vec::new();
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
