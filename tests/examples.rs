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
