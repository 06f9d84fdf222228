//! CPython's own test suite as acceptance: runs the `Lib/test` modules listed in
//! `tests/cpython/expected.txt` under weft (`tests/cpython/driver.py`, one process per module) and
//! fails when a module passes fewer tests than the count recorded there.
//!
//! The suite comes from the CPython 3.11 installation whose standard library weft runs
//! (`WEFT_LIBTEST` names another directory holding `test/`). Each module's outcome lines go to
//! `target/lib-tests/<module>.txt`; `WEFT_LIBTEST_MODULES=test_int,test_list` runs a subset.
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Longest a module may take (CPython runs each listed module in seconds).
const TIMEOUT: Duration = Duration::from_secs(900);

struct Expected {
    module: String,
    passed: usize,
}

/// The modules with their recorded counts, and the tests whose outcome depends on timing (not
/// counted either way).
fn expected(root: &Path) -> (Vec<Expected>, Vec<String>) {
    let text = std::fs::read_to_string(root.join("tests/cpython/expected.txt"))
        .expect("tests/cpython/expected.txt");
    let lines: Vec<&str> = text
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
        .collect();
    let flaky = lines
        .iter()
        .filter_map(|l| l.strip_prefix("flaky "))
        .map(|id| id.trim().to_string())
        .collect();
    let modules = lines
        .iter()
        .filter(|l| !l.starts_with("flaky "))
        .map(|l| {
            let mut parts = l.split_whitespace();
            let module = parts.next().unwrap_or("").to_string();
            let passed = parts.next().and_then(|n| n.parse().ok()).unwrap_or(0);
            Expected { module, passed }
        })
        .collect();
    (modules, flaky)
}

/// A library directory with CPython's test package: `WEFT_LIBTEST`, else the standard library of
/// the `python3` on `PATH` (its prefix read by running it: this is the test harness, not weft).
fn library() -> PathBuf {
    if let Some(d) = std::env::var_os("WEFT_LIBTEST") {
        return PathBuf::from(d);
    }
    let out = Command::new("python3")
        .args([
            "-c",
            "import sysconfig; print(sysconfig.get_paths()['stdlib'])",
        ])
        .output()
        .expect("python3 on PATH (its Lib/test is the suite)");
    PathBuf::from(String::from_utf8_lossy(&out.stdout).trim())
}

struct Outcome {
    passed: usize,
    summary: String,
}

fn run_module(root: &Path, lib: &Path, module: &str, log_dir: &Path, flaky: &[String]) -> Outcome {
    let log = log_dir.join(format!("{module}.txt"));
    let file = std::fs::File::create(&log).expect("log file");
    let err = file.try_clone().expect("log file");
    // Its own working directory: tests write files there (test_pdb's `t_main` package), and
    // another run of the suite on the machine must not see them.
    let cwd = std::env::temp_dir().join(format!("weft-libtest-{}-{module}", std::process::id()));
    let _ = std::fs::remove_dir_all(&cwd);
    std::fs::create_dir_all(&cwd).expect("working directory");
    let start = Instant::now();
    // -S: the suite's own library, without the host's site-packages and their .pth files.
    let mut child = Command::new(env!("CARGO_BIN_EXE_weft"))
        .arg("-S")
        .arg(root.join("tests/cpython/driver.py"))
        .arg(module)
        .env("WEFTPATH", lib)
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .env_remove("PYTHONPATH")
        .current_dir(&cwd)
        .stdin(Stdio::null())
        .stdout(file)
        .stderr(err)
        .spawn()
        .expect("weft runs");
    let status = loop {
        if let Ok(Some(s)) = child.try_wait() {
            break Some(s);
        }
        if start.elapsed() > TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let _ = std::fs::remove_dir_all(&cwd);
    let text = std::fs::read_to_string(&log).unwrap_or_default();
    let summary = text
        .lines()
        .rev()
        .find(|l| l.starts_with("== "))
        .map(str::to_string);
    match (summary, status) {
        (Some(s), _) => {
            let passed = text
                .lines()
                .filter_map(|l| l.strip_prefix("ok "))
                .filter(|id| !flaky.iter().any(|f| f == id))
                .count();
            Outcome { passed, summary: s }
        }
        (None, None) => Outcome {
            passed: 0,
            summary: format!("== {module} timed out after {}s", TIMEOUT.as_secs()),
        },
        (None, Some(st)) => Outcome {
            passed: 0,
            summary: format!("== {module} crashed ({st}); see {}", log.display()),
        },
    }
}

#[test]
fn cpython_lib_tests() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let lib = library();
    assert!(
        lib.join("test/test_grammar.py").is_file(),
        "no CPython test suite in {} (install CPython 3.11 with its tests, e.g. `apt-get install \
         libpython3.11-testsuite`, or set WEFT_LIBTEST)",
        lib.display()
    );
    let only: Option<Vec<String>> = std::env::var("WEFT_LIBTEST_MODULES")
        .ok()
        .map(|s| s.split(',').map(str::to_string).collect());
    let (all, flaky) = expected(root);
    let wanted: Vec<Expected> = all
        .into_iter()
        .filter(|e| only.as_ref().is_none_or(|o| o.contains(&e.module)))
        .collect();
    let log_dir = root.join("target/lib-tests");
    std::fs::create_dir_all(&log_dir).expect("log dir");

    // Two at a time: the machines that run this have two cores.
    let next = std::sync::atomic::AtomicUsize::new(0);
    let results: Vec<std::sync::Mutex<Option<Outcome>>> =
        wanted.iter().map(|_| std::sync::Mutex::new(None)).collect();
    std::thread::scope(|s| {
        for _ in 0..2 {
            s.spawn(|| loop {
                let i = next.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                let Some(e) = wanted.get(i) else { break };
                let o = run_module(root, &lib, &e.module, &log_dir, &flaky);
                *results[i].lock().expect("result slot") = Some(o);
            });
        }
    });

    let mut dropped = Vec::new();
    let (mut total, mut total_expected) = (0, 0);
    for (e, r) in wanted.iter().zip(results) {
        let o = r.into_inner().expect("result slot").expect("ran");
        total += o.passed;
        total_expected += e.passed;
        let mark = match o.passed.cmp(&e.passed) {
            std::cmp::Ordering::Less => {
                dropped.push(format!("{} ({} < {})", e.module, o.passed, e.passed));
                "DROPPED"
            }
            std::cmp::Ordering::Greater => "more than recorded",
            std::cmp::Ordering::Equal => "",
        };
        println!(
            "{} counted={} (recorded {}) {mark}",
            o.summary, o.passed, e.passed
        );
    }
    println!("total passed: {total} (recorded {total_expected})");
    assert!(
        dropped.is_empty(),
        "pass counts dropped: {}",
        dropped.join(", ")
    );
}
