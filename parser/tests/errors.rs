//! SyntaxError messages and locations compared with `compile(src, "<s>", "exec")` on CPython 3.11.

mod common;

use weft_parser::{parse, symtable::symtable, Mode};

const SCRIPT: &str = r#"
import sys, json, warnings
warnings.simplefilter("ignore")
for line in sys.stdin:
    src = json.loads(line)
    try:
        compile(src, "<s>", "exec")
        print("ok")
    except SyntaxError as e:
        print(f"{type(e).__name__}|{e.msg}|{e.lineno}|{e.offset}")
"#;

fn json_string(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn weft(src: &str) -> String {
    let r = parse(src, Mode::Exec, "<s>").and_then(|m| symtable(&m, "<s>").map(|_| ()));
    match r {
        Ok(()) => "ok".into(),
        Err(e) => format!("{}|{}|{}|{}", e.kind.name(), e.msg, e.lineno, e.offset),
    }
}

#[test]
fn syntax_errors_match_cpython() {
    let cases = snippets(include_str!("data/errors.txt"));
    let input: String = cases.iter().map(|c| json_string(c) + "\n").collect();
    let Some(expected) = common::python(SCRIPT, &input) else {
        return;
    };
    let expected: Vec<&str> = expected.lines().collect();
    assert_eq!(expected.len(), cases.len());
    let mut bad = Vec::new();
    for (src, exp) in cases.iter().zip(expected) {
        let got = weft(src);
        if got != exp {
            bad.push(format!("{src:?}\n  expected {exp}\n  got      {got}"));
        }
    }
    assert!(
        bad.is_empty(),
        "{} mismatches:\n{}",
        bad.len(),
        bad.join("\n")
    );
}

/// The snippets of a data file: one per line, with `\n`, `\t` and `\\` escapes.
pub fn snippets(data: &str) -> Vec<String> {
    data.lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let mut out = String::new();
            let mut chars = l.chars();
            while let Some(c) = chars.next() {
                if c != '\\' {
                    out.push(c);
                    continue;
                }
                match chars.next() {
                    Some('n') => out.push('\n'),
                    Some('t') => out.push('\t'),
                    Some('\\') => out.push('\\'),
                    Some(o) => {
                        out.push('\\');
                        out.push(o);
                    }
                    None => out.push('\\'),
                }
            }
            out
        })
        .collect()
}
