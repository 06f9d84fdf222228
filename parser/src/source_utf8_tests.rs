//! Where invalid UTF-8 in a source string is reported, against CPython 3.11's answers.
use super::decode_invalid_utf8;

/// (msg, lineno, offset, end_offset) of the error for `src`.
fn err(src: &[u8]) -> (String, u32, u32, i64) {
    let e = decode_invalid_utf8(src, false).expect_err("an error");
    (e.msg, e.lineno, e.offset, e.end_offset)
}

#[test]
fn comments_are_not_decoded() {
    assert_eq!(
        decode_invalid_utf8(b"x = 1 # \xe9\n", false).as_deref(),
        Ok("x = 1 # \u{fffd}\n")
    );
}

#[test]
fn a_string_reports_relative_to_its_body_at_the_next_token() {
    let m = "(unicode error) 'utf-8' codec can't decode byte 0xe9 in position";
    assert_eq!(
        err(b"s = 'ab\xe9cd' + 1\n"),
        (format!("{m} 2: invalid continuation byte"), 1, 13, 14)
    );
    assert_eq!(
        err(b"s = '\\n\xe9'\n"),
        (format!("{m} 0: unexpected end of data"), 1, 10, 10)
    );
    assert_eq!(
        err(b"f('a'\n  '\xe9')\n"),
        (format!("{m} 0: unexpected end of data"), 2, 6, 7)
    );
}

#[test]
fn bytes_literals_and_names() {
    assert_eq!(
        err(b"s = b'\xe9'\n"),
        (
            "bytes can only contain ASCII literal characters".into(),
            1,
            5,
            9
        )
    );
    assert_eq!(
        err(b"x\xe9yz = 1\n"),
        (
            "(unicode error) 'utf-8' codec can't decode byte 0xe9 in position 1: invalid \
             continuation byte"
                .into(),
            1,
            4,
            -1
        )
    );
}
