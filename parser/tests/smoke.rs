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

#[test]
fn single_mode_takes_one_statement() {
    let e = parse("x = 1\ny = 2\n", Mode::Single, "<s>").unwrap_err();
    assert_eq!(
        e.msg,
        "multiple statements found while compiling a single statement"
    );
    assert_eq!((e.lineno, e.offset), (1, 6));
    assert!(parse("x = 1; y = 2\n", Mode::Single, "<s>").is_ok());
    assert_eq!(
        parse("\n", Mode::Single, "<s>").unwrap_err().msg,
        "invalid syntax"
    );
    let e = parse("1 +", Mode::Eval, "<s>").unwrap_err();
    assert_eq!((e.lineno, e.offset), (1, 0));
}
