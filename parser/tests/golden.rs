//! Every `.py` file of the host's CPython 3.11 standard library parses to exactly the tree CPython's
//! `ast.dump(ast.parse(src), include_attributes=True)` prints (text escaped as `ascii()` does), and
//! its symbol table matches the `symtable` module's. Files CPython rejects must be rejected too.

mod common;

use std::time::Instant;

use weft_parser::{decode_source, dump, parse, symtable::symtable, Mode};

const LIST_FILES: &str = r#"
import glob, sysconfig
root = sysconfig.get_paths()["stdlib"]
for f in sorted(glob.glob(root + "/**/*.py", recursive=True)):
    if "/site-packages/" not in f:
        print(f)
"#;

const DUMP: &str = r#"
import ast, sys, warnings
warnings.simplefilter("ignore")
for f in sys.stdin.read().split("\n"):
    if not f:
        continue
    try:
        d = ast.dump(ast.parse(open(f, "rb").read()), include_attributes=True)
        print(d.encode("ascii", "backslashreplace").decode())
    except Exception:
        print("ERR")
"#;

fn files() -> Option<Vec<String>> {
    let list = common::python(LIST_FILES, "")?;
    Some(list.lines().map(str::to_string).collect())
}

fn weft_dump(path: &str) -> String {
    let Ok(bytes) = std::fs::read(path) else {
        return "ERR".into();
    };
    match decode_source(&bytes).and_then(|s| parse(&s, Mode::Exec, path)) {
        Ok(m) => dump(&m),
        Err(_) => "ERR".into(),
    }
}

#[test]
fn stdlib_trees_match_cpython() {
    let Some(files) = files() else { return };
    let Some(expected) = common::python(DUMP, &files.join("\n")) else {
        return;
    };
    let expected: Vec<&str> = expected.lines().collect();
    assert_eq!(expected.len(), files.len());
    let started = Instant::now();
    let mut bad = Vec::new();
    for (f, exp) in files.iter().zip(&expected) {
        let got = weft_dump(f);
        if got != *exp {
            let at = got
                .bytes()
                .zip(exp.bytes())
                .take_while(|(a, b)| a == b)
                .count();
            let from = at.saturating_sub(120);
            let clip = |s: &str| {
                s.get(from..(at + 80).min(s.len()))
                    .unwrap_or("")
                    .to_string()
            };
            bad.push(format!("{f}\n  got: {}\n  exp: {}", clip(&got), clip(exp)));
        }
    }
    eprintln!(
        "parsed and dumped {} files in {:?}",
        files.len(),
        started.elapsed()
    );
    assert!(
        bad.is_empty(),
        "{} files differ:\n{}",
        bad.len(),
        bad.join("\n")
    );
}

const SYMTABLE: &str = r#"
import symtable, sys
KIND = {0: "Function", 1: "Class", 2: "Module"}
def walk(t, out):
    e = t._table
    if e.type == 3:
        return
    syms = sorted((n, f & 2047, (f >> 11) & 7) for n, f in e.symbols.items())
    out.append(f"{KIND[e.type]} {e.name} {e.lineno} {int(e.nested)} | "
               + " ".join(f"{n}:{f}:{s}" for n, f, s in syms) + " | " + ",".join(e.varnames))
    for c in t.get_children():
        walk(c, out)
for f in sys.stdin.read().split("\n"):
    if not f:
        continue
    try:
        out = []
        walk(symtable.symtable(open(f, encoding="utf-8").read(), f, "exec"), out)
        print(" ## ".join(out).encode("ascii", "backslashreplace").decode())
    except Exception:
        print("ERR")
"#;

fn escape(s: &str) -> String {
    s.chars()
        .map(|c| match c as u32 {
            0..=0x7f => c.to_string(),
            u @ 0x80..=0xff => format!("\\x{u:02x}"),
            u @ 0x100..=0xffff => format!("\\u{u:04x}"),
            u => format!("\\U{u:08x}"),
        })
        .collect()
}

fn weft_symtable(path: &str) -> String {
    let Ok(text) = std::fs::read_to_string(path) else {
        return "ERR".into();
    };
    let Ok(m) = parse(&text, Mode::Exec, path) else {
        return "ERR".into();
    };
    let Ok(t) = symtable(&m, path) else {
        return "ERR".into();
    };
    let mut out = Vec::new();
    let mut stack = vec![0usize];
    while let Some(i) = stack.pop() {
        let s = &t.scopes[i];
        let mut syms: Vec<(String, u32, u32)> = s
            .symbols
            .iter()
            .map(|(n, v)| (n.clone(), v.flags, v.scope.map_or(0, |x| x as u32 + 1)))
            .collect();
        syms.sort();
        let syms: Vec<String> = syms
            .iter()
            .map(|(n, f, sc)| format!("{}:{f}:{sc}", escape(n)))
            .collect();
        let varnames: Vec<String> = s.varnames.iter().map(|v| escape(v)).collect();
        out.push(format!(
            "{:?} {} {} {} | {} | {}",
            s.kind,
            escape(&s.name),
            s.lineno,
            u8::from(s.is_nested),
            syms.join(" "),
            varnames.join(",")
        ));
        stack.extend(s.children.iter().rev());
    }
    out.join(" ## ")
}

#[test]
fn stdlib_symbol_tables_match_cpython() {
    let Some(files) = files() else { return };
    // The top-level modules are plenty for scoping rules and keep this test quick.
    let files: Vec<String> = files
        .into_iter()
        .filter(|f| !f[..f.rfind('/').unwrap_or(0)].ends_with("/test"))
        .take(600)
        .collect();
    let Some(expected) = common::python(SYMTABLE, &files.join("\n")) else {
        return;
    };
    let expected: Vec<&str> = expected.lines().collect();
    assert_eq!(expected.len(), files.len());
    let mut bad = Vec::new();
    for (f, exp) in files.iter().zip(&expected) {
        let got = weft_symtable(f);
        if *exp != "ERR" && got != *exp {
            let g: Vec<&str> = got.split(" ## ").collect();
            let e: Vec<&str> = exp.split(" ## ").collect();
            let first = g
                .iter()
                .zip(&e)
                .find(|(a, b)| a != b)
                .map(|(a, b)| format!("\n  got: {a}\n  exp: {b}"));
            bad.push(format!("{f}{}", first.unwrap_or_default()));
        }
    }
    assert!(
        bad.is_empty(),
        "{} files differ:\n{}",
        bad.len(),
        bad.join("\n")
    );
}
