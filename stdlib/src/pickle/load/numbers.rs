//! The text arguments of the protocol 0 opcodes (INT, LONG, FLOAT, GET, PUT), parsed as CPython's C
//! functions parse them (`strtol`, `PyLong_FromString`, `PyOS_string_to_double`), with their errors.
use weft_vm::heap::Value;
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::{call, Vm};
use weft_vm::objects::str::codec;
use weft_vm::objects::{int, str as pystr, types};

/// The bytes before the first NUL (what C string functions see).
pub(super) fn cstr(b: &[u8]) -> Vec<u8> {
    match b.iter().position(|&c| c == 0) {
        Some(i) => b[..i].to_vec(),
        None => b.to_vec(),
    }
}

/// C's `strtol(s, &end, 0)` where the whole line must be the number: None when it is not or
/// when it overflows a long.
pub(super) fn strtol(line: &[u8]) -> Option<i64> {
    let mut i = 0;
    while i < line.len() && matches!(line[i], b' ' | b'\t' | b'\x0b' | b'\x0c' | b'\r') {
        i += 1;
    }
    let neg = match line.get(i) {
        Some(b'-') => {
            i += 1;
            true
        }
        Some(b'+') => {
            i += 1;
            false
        }
        _ => false,
    };
    let (radix, start) = if line[i..].starts_with(b"0x") || line[i..].starts_with(b"0X") {
        if line.get(i + 2).is_some_and(|c| c.is_ascii_hexdigit()) {
            (16, i + 2)
        } else {
            (8, i)
        }
    } else if line.get(i) == Some(&b'0') {
        (8, i)
    } else {
        (10, i)
    };
    let digits = &line[start..];
    let end = digits
        .iter()
        .position(|c| !(*c as char).is_digit(radix))
        .unwrap_or(digits.len());
    if end == 0 || end != digits.len() {
        return None;
    }
    let text = std::str::from_utf8(&digits[..end]).ok()?;
    let v = i128::from_str_radix(text, radix).ok()?;
    let v = if neg { -v } else { v };
    i64::try_from(v).ok()
}

/// `PyLong_FromString(line, base)` of a C string: UTF-8 (else UnicodeDecodeError), then `int()`'s
/// parse and message.
pub(super) fn pylong_from_string(vm: &mut Vm, line: &[u8], base: i64) -> PyResult<Value> {
    let line = cstr(line);
    let text = match std::str::from_utf8(&line) {
        Ok(t) => pystr::new_str(t),
        Err(_) => codec::decode(vm, &line, Some("utf-8"), Some("strict"))?,
    };
    let int_type = Value::obj(types().int.clone());
    call::call_value(
        vm,
        &int_type,
        vec![text, int::from_i64(effective_base(&line, base))],
    )
}

/// The base `PyLong_FromString` reports for base 0: the prefix's, else 10 (0 for a C-style octal,
/// which it refuses as `int(s, 0)` does).
pub(super) fn effective_base(line: &[u8], base: i64) -> i64 {
    if base != 0 {
        return base;
    }
    let t: Vec<u8> = line
        .iter()
        .copied()
        .skip_while(u8::is_ascii_whitespace)
        .skip_while(|c| *c == b'+' || *c == b'-')
        .take(2)
        .collect();
    match t.as_slice() {
        [b'0', b'x' | b'X', ..] => 16,
        [b'0', b'o' | b'O', ..] => 8,
        [b'0', b'b' | b'B', ..] => 2,
        [b'0', ..] => 0,
        _ => 10,
    }
}

/// GET's and PUT's index (the line with its newline): `PyLong_AsSsize_t` of its base-10 value.
pub(super) fn parse_ssize(vm: &mut Vm, line: &[u8]) -> PyResult<i64> {
    let v = pylong_from_string(vm, line, 10)?;
    int::to_i64(&v)
        .ok_or_else(|| error::overflow_error("Python int too large to convert to C ssize_t"))
}

/// The float at the start of `s` as `PyOS_string_to_double` reads it: the value and the length
/// used; None when no float starts there.
pub(super) fn parse_float_prefix(s: &[u8]) -> Option<(f64, usize)> {
    let mut i = 0;
    if matches!(s.first(), Some(b'+' | b'-')) {
        i += 1;
    }
    let rest = &s[i..];
    let lower: Vec<u8> = rest.iter().take(8).map(u8::to_ascii_lowercase).collect();
    let special = if lower.starts_with(b"infinity") {
        Some((f64::INFINITY, 8))
    } else if lower.starts_with(b"inf") {
        Some((f64::INFINITY, 3))
    } else if lower.starts_with(b"nan") {
        Some((f64::NAN, 3))
    } else {
        None
    };
    if let Some((x, n)) = special {
        let x = if s[0] == b'-' { -x } else { x };
        return Some((x, i + n));
    }
    let mut j = i;
    let digits = |j: &mut usize| {
        let st = *j;
        while *j < s.len() && s[*j].is_ascii_digit() {
            *j += 1;
        }
        *j - st
    };
    let mut n = digits(&mut j);
    if j < s.len() && s[j] == b'.' {
        j += 1;
        n += digits(&mut j);
    }
    if n == 0 {
        return None;
    }
    if j < s.len() && (s[j] == b'e' || s[j] == b'E') {
        let mut k = j + 1;
        if k < s.len() && (s[k] == b'+' || s[k] == b'-') {
            k += 1;
        }
        if digits(&mut k) > 0 {
            j = k;
        }
    }
    let text = std::str::from_utf8(&s[..j]).ok()?;
    text.parse::<f64>().ok().map(|x| (x, j))
}
