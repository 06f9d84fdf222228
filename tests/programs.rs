//! The corpus test: every `tests/programs/<area>/<name>.py` runs under weft and must print
//! exactly what CPython 3.11 printed (`<name>.out`), exit with the same status (`<name>.exit`,
//! default 0) and, when `<name>.err` exists, end its stderr with that line.
//!
//! Expected results come from `tests/regen`. Programs listed in `tests/programs/WISHLIST`
//! (one `area/name.py` per line, `area/` for a whole area, `#` comments) run too, but their
//! failures are only counted; a wishlisted program that passes is reported for removal.
//!
//! Environment: `WEFT_BIN` runs another interpreter instead of the built `weft` (e.g.
//! `WEFT_BIN=python3` checks the corpus itself), `WEFT_PROGRAMS=substring` runs the matching
//! programs only and shows their diffs even when wishlisted, `WEFT_TEST_JOBS=n` sets the
//! number of programs run at once.

#[path = "harness/diff.rs"]
mod diff;
#[path = "harness/run.rs"]
mod run;

use std::collections::{BTreeSet, VecDeque};
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::thread;
use std::time::Duration;

/// A runaway program is killed after this long.
const TIMEOUT: Duration = Duration::from_secs(60);
/// Differing lines shown per failing program.
const DIFF_LINES: usize = 40;
/// stderr lines shown per failing program.
const STDERR_TAIL: usize = 12;

#[test]
fn programs() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("programs");
    let bin = std::env::var("WEFT_BIN").unwrap_or_else(|_| env!("CARGO_BIN_EXE_weft").to_string());
    let filter = std::env::var("WEFT_PROGRAMS")
        .ok()
        .filter(|f| !f.is_empty());
    let wishlist = read_wishlist(&root.join("WISHLIST"));

    let all = discover(&root);
    let chosen: Vec<String> = all
        .iter()
        .filter(|p| filter.as_ref().is_none_or(|f| p.contains(f.as_str())))
        .cloned()
        .collect();
    assert!(
        filter.is_none() || !chosen.is_empty(),
        "no program matches WEFT_PROGRAMS={filter:?}"
    );

    let results = run_all(&bin, &root, &chosen);

    let mut passed = 0;
    let mut failed = Vec::new();
    let mut wish_failing = 0;
    let mut now_passing = Vec::new();
    for (rel, result) in &results {
        let wished = wishlist.matches(rel);
        match result {
            Ok(()) if wished => now_passing.push(rel.as_str()),
            Ok(()) => passed += 1,
            Err(report) if wished => {
                wish_failing += 1;
                if filter.is_some() {
                    println!("--- FAIL (wishlist) {rel}\n{report}");
                }
            }
            Err(report) => {
                println!("--- FAIL {rel}\n{report}");
                failed.push(rel.as_str());
            }
        }
    }

    let stale: Vec<&String> = wishlist.exact.iter().filter(|e| !all.contains(e)).collect();
    if !stale.is_empty() {
        println!("wishlist: entries naming no program: {stale:?}");
    }
    println!(
        "wishlist: {wish_failing} still failing; now passing: {}",
        if now_passing.is_empty() {
            "none".to_string()
        } else {
            now_passing.join(", ")
        }
    );
    println!("{passed} passed, {} failed", failed.len());
    assert!(failed.is_empty(), "failing programs: {}", failed.join(", "));
}

/// Every `*.py` directly inside an area directory, as sorted `area/name.py` paths.
fn discover(root: &Path) -> Vec<String> {
    let mut found = Vec::new();
    for area in sorted_entries(root).into_iter().filter(|p| p.is_dir()) {
        for file in sorted_entries(&area) {
            if file.is_file() && file.extension().is_some_and(|e| e == "py") {
                found.push(relative(root, &file));
            }
        }
    }
    found
}

fn sorted_entries(dir: &Path) -> Vec<PathBuf> {
    let mut entries: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .collect();
    entries.sort();
    entries
}

fn relative(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

/// Programs known not to pass yet: exact paths, and `area/` prefixes.
struct Wishlist {
    exact: BTreeSet<String>,
    prefixes: Vec<String>,
}

impl Wishlist {
    fn matches(&self, rel: &str) -> bool {
        self.exact.contains(rel) || self.prefixes.iter().any(|p| rel.starts_with(p.as_str()))
    }
}

fn read_wishlist(path: &Path) -> Wishlist {
    let text = fs::read_to_string(path).unwrap_or_default();
    let mut list = Wishlist {
        exact: BTreeSet::new(),
        prefixes: Vec::new(),
    };
    for line in text.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if line.ends_with('/') {
            list.prefixes.push(line.to_string());
        } else {
            list.exact.insert(line.to_string());
        }
    }
    list
}

/// Runs the programs on a few threads; results come back in the order of `programs`.
fn run_all(bin: &str, root: &Path, programs: &[String]) -> Vec<(String, Result<(), String>)> {
    let jobs = std::env::var("WEFT_TEST_JOBS")
        .ok()
        .and_then(|j| j.parse::<usize>().ok())
        .unwrap_or_else(|| thread::available_parallelism().map_or(2, |n| n.get()))
        .max(1);
    let queue = Mutex::new(
        programs
            .iter()
            .cloned()
            .enumerate()
            .collect::<VecDeque<_>>(),
    );
    let results = Mutex::new(Vec::with_capacity(programs.len()));
    thread::scope(|scope| {
        for _ in 0..jobs.min(programs.len()) {
            scope.spawn(|| loop {
                let next = queue.lock().unwrap_or_else(|e| e.into_inner()).pop_front();
                let Some((index, rel)) = next else { break };
                let result = check(bin, root, &rel);
                results
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .push((index, rel, result));
            });
        }
    });
    let mut results = results.into_inner().unwrap_or_else(|e| e.into_inner());
    results.sort_by_key(|(index, _, _)| *index);
    results
        .into_iter()
        .map(|(_, rel, result)| (rel, result))
        .collect()
}

/// Runs one program and compares; `Err` holds a readable report of every mismatch.
fn check(bin: &str, root: &Path, rel: &str) -> Result<(), String> {
    let path = root.join(rel);
    let dir = path.parent().unwrap_or(root);
    let file = path
        .file_name()
        .map(|f| f.to_string_lossy().into_owned())
        .unwrap_or_default();
    let expected_out = fs::read(path.with_extension("out")).map_err(|e| {
        format!(
            "missing {}: {e} (run tests/regen)\n",
            path.with_extension("out").display()
        )
    })?;
    let expected_exit: i32 = match fs::read_to_string(path.with_extension("exit")) {
        Ok(text) => text
            .trim()
            .parse()
            .map_err(|e| format!("bad .exit file: {e}\n"))?,
        Err(_) => 0,
    };
    let expected_err = fs::read_to_string(path.with_extension("err")).ok();

    let outcome =
        run::run(bin, dir, &file, TIMEOUT).map_err(|e| format!("cannot run {bin}: {e}\n"))?;
    let stderr = String::from_utf8_lossy(&outcome.stderr);
    let mut report = String::new();
    match outcome.status {
        None => report.push_str(&format!(
            "timed out after {}s (killed)\n",
            TIMEOUT.as_secs()
        )),
        Some(status) if exit_code(&status) != Some(expected_exit) => {
            let got = exit_code(&status).map_or_else(|| status.to_string(), |c| c.to_string());
            report.push_str(&format!(
                "exit status: expected {expected_exit}, got {got}\n"
            ));
        }
        Some(_) => {}
    }
    if let Some(expected) = &expected_err {
        let expected = expected.trim_end_matches(['\n', '\r']);
        let got = stderr.lines().last().unwrap_or("");
        if got != expected {
            report.push_str(&format!(
                "last stderr line:\n  expected: {expected}\n  actual:   {got}\n"
            ));
        }
    }
    if outcome.stdout != expected_out {
        let expected = String::from_utf8_lossy(&expected_out);
        let actual = String::from_utf8_lossy(&outcome.stdout);
        report.push_str("stdout (- expected, + actual):\n");
        report.push_str(&diff::unified(&expected, &actual, DIFF_LINES));
    }
    if report.is_empty() {
        return Ok(());
    }
    let tail: Vec<&str> = stderr.lines().collect();
    if !tail.is_empty() {
        report.push_str("stderr tail:\n");
        for line in &tail[tail.len().saturating_sub(STDERR_TAIL)..] {
            report.push_str(&format!("  | {line}\n"));
        }
    }
    Err(report)
}

/// The exit status as Python's `subprocess` reports it (what `.exit` files hold): the code, or minus
/// the number of the signal that ended the process.
fn exit_code(status: &std::process::ExitStatus) -> Option<i32> {
    use std::os::unix::process::ExitStatusExt;
    status.code().or_else(|| status.signal().map(|s| -s))
}
