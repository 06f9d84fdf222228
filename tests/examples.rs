//! The programs in `examples/` run as their docstrings say. A migration's two processes together
//! print exactly what one uninterrupted run prints.
use std::path::Path;
use std::process::Command;

fn run(example: &str, args: &[&str]) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("examples")
        .join(example);
    let out = Command::new(env!("CARGO_BIN_EXE_weft"))
        .arg(&path)
        .args(args)
        .output()
        .expect("weft runs");
    assert!(
        out.status.success(),
        "{example} {args:?}: {:?}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn migrates_like_one_process(example: &str, moved: &str) {
    let single = run(example, &["--single"]);
    let migrated = Command::new(env!("CARGO_BIN_EXE_weft"))
        .arg(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("examples")
                .join(example),
        )
        .output()
        .expect("weft runs");
    let stderr = String::from_utf8_lossy(&migrated.stderr);
    assert!(migrated.status.success(), "{example}: {stderr}");
    assert!(
        stderr.contains(moved),
        "{example} did not migrate: {stderr}"
    );
    assert_eq!(String::from_utf8_lossy(&migrated.stdout), single);
    assert!(single.lines().count() > 10, "{example} printed too little");
}

#[test]
fn migrate_tasklet() {
    migrates_like_one_process("migrate.py", "[resumed in a second process]");
}

#[test]
fn migrate_greenlet() {
    migrates_like_one_process("migrate_greenlet.py", "[migrating");
}

#[test]
fn hello() {
    assert_eq!(run("hello.py", &[]), "hello from weft\n");
}

/// `examples/checkpoint.py`, killed with SIGKILL at random moments several times and started again
/// each time, ends with output byte for byte that of an uninterrupted run.
#[test]
fn checkpoint_survives_kill_9() {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/checkpoint.py");
    let base = std::env::temp_dir().join(format!("weft-checkpoint-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&base);
    let (whole, killed) = (base.join("whole"), base.join("killed"));
    let start = |dir: &Path| {
        Command::new(env!("CARGO_BIN_EXE_weft"))
            .arg(&script)
            .arg(dir)
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("weft runs")
    };
    assert!(start(&whole).wait().expect("waits").success());
    let mut seed = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(7, |d| d.subsec_nanos() as u64);
    let mut kills = 0;
    for _ in 0..50 {
        let mut child = start(&killed);
        if kills < 4 {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let wait = 250 + (seed >> 33) % 900;
            std::thread::sleep(std::time::Duration::from_millis(wait));
            if child.try_wait().expect("polls").is_none() {
                child.kill().expect("SIGKILL");
                child.wait().expect("reaps");
                kills += 1;
                continue;
            }
        }
        if child.wait().expect("waits").success() {
            break;
        }
    }
    assert!(
        kills >= 3,
        "only {kills} kills landed before the computation finished"
    );
    let expect = std::fs::read(whole.join("output.txt")).expect("uninterrupted output");
    let got = std::fs::read(killed.join("output.txt")).expect("resumed output");
    assert_eq!(
        String::from_utf8_lossy(&got),
        String::from_utf8_lossy(&expect)
    );
    assert!(expect.ends_with(b"12 queens: 14200 solutions\n"));
    let _ = std::fs::remove_dir_all(&base);
}
