//! Quick checks of the public API; the golden comparison with CPython lives in `golden.rs`.

use weft_parser::{dump, parse, ErrorKind, Mode};

#[test]
fn parses_and_dumps() {
    let m = parse("x = 1\n", Mode::Exec, "<s>").unwrap();
    assert_eq!(
        dump(&m),
        "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, \
         end_col_offset=1)], value=Constant(value=1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), \
         lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)], type_ignores=[])"
    );
}

#[test]
fn reports_indentation_errors() {
    let e = parse("if x:\npass\n", Mode::Exec, "<s>").unwrap_err();
    assert_eq!(e.kind, ErrorKind::IndentationError);
    assert_eq!(
        e.msg,
        "expected an indented block after 'if' statement on line 1"
    );
    assert_eq!((e.lineno, e.offset), (2, 1));
}

#[test]
fn marks_incomplete_input() {
    for src in ["(1,\n", "if x:\n", "x = '''abc\n", "x = 1 + \\\n"] {
        let e = parse(src, Mode::Single, "<stdin>").unwrap_err();
        assert!(e.incomplete, "{src:?}: {e:?}");
    }
    let e = parse("x = )\n", Mode::Single, "<stdin>").unwrap_err();
    assert!(!e.incomplete);
}
