//! Runs a fuzz script of `tests/fuzz/` under weft for a proptest case: it must exit 0 and print what
//! `ok` accepts; a panic, an abort or a non-zero status fails the case with the script's output.
use proptest::prelude::*;
use std::fmt::Write as _;
use std::path::Path;
use std::process::Command;

/// `weft tests/fuzz/<script> ARGS...`.
pub fn run(script: &str, args: &[String], ok: impl Fn(&str) -> bool) -> Result<(), TestCaseError> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fuzz")
        .join(script);
    let out = Command::new(env!("CARGO_BIN_EXE_weft"))
        .arg(&path)
        .args(args)
        .output()
        .map_err(|e| TestCaseError::fail(e.to_string()))?;
    let stdout = String::from_utf8_lossy(&out.stdout);
    prop_assert!(
        out.status.success() && ok(&stdout),
        "{script} {args:?}: status {:?}\nstdout:\n{}\nstderr:\n{}",
        out.status,
        stdout,
        String::from_utf8_lossy(&out.stderr)
    );
    Ok(())
}

/// Writes `cases` to a file and runs `script` on it; it must report them (`cases N`).
pub fn run_cases(script: &str, cases: &str) -> Result<(), TestCaseError> {
    let dir = std::env::temp_dir().join(format!("weft-fuzz-{script}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).map_err(|e| TestCaseError::fail(e.to_string()))?;
    let file = dir.join("cases.txt");
    std::fs::write(&file, cases).map_err(|e| TestCaseError::fail(e.to_string()))?;
    let arg = file.to_string_lossy().into_owned();
    run(script, &[arg], |out| out.starts_with("cases"))
}

/// Bytes as hexadecimal, as the scripts read them.
pub fn hex(b: &[u8]) -> String {
    b.iter().fold(String::new(), |mut s, x| {
        let _ = write!(s, "{x:02x}");
        s
    })
}
