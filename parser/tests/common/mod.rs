//! Helpers shared by the tests that compare with CPython: running `python3` once per test.

use std::io::Write;
use std::process::{Command, Stdio};

/// Runs `python3 -c script` with `input` on stdin; `None` when no `python3` 3.11 is available (the
/// comparison tests then have nothing to compare with and pass vacuously, saying so).
pub fn python(script: &str, input: &str) -> Option<String> {
    let version = Command::new("python3")
        .args(["-c", "import sys; print(sys.version_info[:2] == (3, 11))"])
        .output()
        .ok()?;
    if String::from_utf8_lossy(&version.stdout).trim() != "True" {
        eprintln!("python3 3.11 not found: skipping the comparison with CPython");
        return None;
    }
    let mut child = Command::new("python3")
        .args(["-c", script])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .ok()?;
    child.stdin.take()?.write_all(input.as_bytes()).ok()?;
    let out = child.wait_with_output().ok()?;
    Some(String::from_utf8_lossy(&out.stdout).into_owned())
}
