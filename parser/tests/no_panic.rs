//! No input makes the front end panic or overflow the stack: arbitrary bytes, token soups and
//! absurdly deep nesting all end in `Ok` or a `SyntaxError`.

use proptest::prelude::*;
use weft_parser::{decode_source, parse, symtable::symtable, Mode, RECURSION_MSG};

fn run(src: &str) {
    for mode in [Mode::Exec, Mode::Eval, Mode::Single, Mode::FuncType] {
        if let Ok(m) = parse(src, mode, "<p>") {
            let _ = symtable(&m, "<p>");
        }
    }
}

const PIECES: &[&str] = &[
    "x",
    "_",
    "match",
    "case",
    "1",
    "0x1f",
    "1.5e3",
    "2j",
    "'s'",
    "f'{x}'",
    "b'b'",
    "\"\"\"t\"\"\"",
    "rb'\\x'",
    "f'{x!r:>{y}}'",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ":",
    ",",
    ";",
    ".",
    "...",
    "=",
    ":=",
    "==",
    "+",
    "-",
    "*",
    "**",
    "/",
    "//",
    "%",
    "@",
    "|",
    "&",
    "^",
    "~",
    "<<",
    ">>",
    "<",
    ">=",
    "!=",
    "->",
    "+=",
    "\n",
    "\n    ",
    "\n\t",
    "\\\n",
    "#c",
    " ",
    "def",
    "class",
    "lambda",
    "if",
    "else",
    "elif",
    "for",
    "in",
    "while",
    "with",
    "as",
    "try",
    "except",
    "except*",
    "finally",
    "return",
    "yield",
    "await",
    "async",
    "import",
    "from",
    "global",
    "nonlocal",
    "del",
    "pass",
    "break",
    "not",
    "and",
    "or",
    "is",
    "None",
    "True",
    "raise",
    "assert",
    "@dec",
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
        if let Ok(s) = decode_source(&bytes) {
            run(&s);
        }
        run(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn token_soup(idx in proptest::collection::vec(0..PIECES.len(), 0..60)) {
        let src: String = idx.iter().map(|&i| PIECES[i]).collect::<Vec<_>>().join(" ");
        run(&src);
        let glued: String = idx.iter().map(|&i| PIECES[i]).collect();
        run(&glued);
    }
}

/// Makes a source nested `n` deep.
type Nest = fn(usize) -> String;

/// Each generator makes a source nested `n` deep.
const DEEP: &[(&str, Nest)] = &[
    ("unary minus", |n| format!("{}1", "-".repeat(n))),
    ("not", |n| format!("{}x", "not ".repeat(n))),
    ("parentheses", |n| {
        format!("{}{}", "(".repeat(n), ")".repeat(n))
    }),
    ("lists", |n| format!("{}{}", "[".repeat(n), "]".repeat(n))),
    ("conditional", |n| format!("{}c", "a if b else ".repeat(n))),
    ("lambda", |n| format!("{}1", "lambda:".repeat(n))),
    ("power", |n| format!("{}a", "a**".repeat(n))),
    ("attributes", |n| format!("a{}", ".b".repeat(n))),
    ("calls", |n| format!("a{}", "()".repeat(n))),
    ("sums", |n| format!("{}1", "1+".repeat(n))),
    ("subscripts", |n| format!("a{}", "[0]".repeat(n))),
    ("starred targets", |n| format!("{}a, = b", "*".repeat(n))),
    ("f-strings", |n| {
        format!("{}x{}", "f'{".repeat(n.min(50)), "}'".repeat(n.min(50)))
    }),
];

#[test]
fn million_deep_nesting_is_an_error_not_a_crash() {
    for (what, make) in DEEP {
        let src = make(1_000_000);
        match parse(&src, Mode::Exec, "<deep>") {
            Ok(m) => {
                let e = symtable(&m, "<deep>").err();
                assert!(
                    e.is_some() || what.starts_with("f-strings"),
                    "{what}: accepted"
                );
            }
            Err(e) => assert!(!e.msg.is_empty(), "{what}"),
        }
    }
}

#[test]
fn moderately_deep_nesting_parses() {
    for (what, make) in DEEP {
        let src = make(150);
        let r = parse(&src, Mode::Exec, "<deep>");
        if what.starts_with("starred") || what.starts_with("f-strings") {
            continue;
        }
        let m = r.unwrap_or_else(|e| panic!("{what}: {e:?}"));
        symtable(&m, "<deep>").unwrap_or_else(|e| panic!("{what}: {e:?}"));
    }
    let e = parse(&"-".repeat(5000), Mode::Eval, "<deep>").unwrap_err();
    assert_eq!(e.msg, RECURSION_MSG);
}

#[test]
fn symtable_handles_the_deepest_accepted_trees() {
    for (what, make) in DEEP.iter().take(11) {
        if let Ok(m) = parse(&make(2900), Mode::Exec, "<deep>") {
            let _ = symtable(&m, "<deep>").map_err(|e| assert_eq!(e.msg, RECURSION_MSG, "{what}"));
        }
    }
}
