//! `encode_basestring` and `encode_basestring_ascii`: a str as a JSON string literal, on the
//! generalized UTF-8 of the str (lone surrogates included).
use weft_vm::text::gutf8;

const HEX: &[u8; 16] = b"0123456789abcdef";

/// The two-character escape of `b`, if it has one.
fn short_escape(b: u8) -> Option<u8> {
    Some(match b {
        b'"' => b'"',
        b'\\' => b'\\',
        b'\n' => b'n',
        b'\r' => b'r',
        b'\t' => b't',
        0x08 => b'b',
        0x0c => b'f',
        _ => return None,
    })
}

fn push_u(out: &mut Vec<u8>, c: u32) {
    out.extend_from_slice(b"\\u");
    for shift in [12, 8, 4, 0] {
        out.push(HEX[((c >> shift) & 0xf) as usize]);
    }
}

/// Appends `"text"`, escaping quotes, backslashes and control characters only.
pub(crate) fn push_json_str(out: &mut Vec<u8>, text: &[u8]) {
    out.reserve(text.len() + 2);
    out.push(b'"');
    let mut start = 0;
    for (i, &b) in text.iter().enumerate() {
        if b >= 0x20 && b != b'"' && b != b'\\' {
            continue;
        }
        out.extend_from_slice(&text[start..i]);
        start = i + 1;
        match short_escape(b) {
            Some(e) => out.extend_from_slice(&[b'\\', e]),
            None => push_u(out, u32::from(b)),
        }
    }
    out.extend_from_slice(&text[start..]);
    out.push(b'"');
}

/// Appends `"text"` in ASCII: everything outside printable ASCII as `\uXXXX` (astral characters
/// as a surrogate pair).
pub(crate) fn push_json_ascii(out: &mut Vec<u8>, text: &[u8]) {
    out.reserve(text.len() + 2);
    out.push(b'"');
    let mut i = 0;
    while i < text.len() {
        let b = text[i];
        if (b' '..=b'~').contains(&b) && b != b'"' && b != b'\\' {
            out.push(b);
            i += 1;
            continue;
        }
        if let Some(e) = short_escape(b) {
            out.extend_from_slice(&[b'\\', e]);
            i += 1;
            continue;
        }
        let (c, len) = gutf8::decode_at(text, i).unwrap_or((0xfffd, 1));
        i += len;
        if c >= 0x10000 {
            let v = c - 0x10000;
            push_u(out, 0xd800 | (v >> 10));
            push_u(out, 0xdc00 | (v & 0x3ff));
        } else {
            push_u(out, c);
        }
    }
    out.push(b'"');
}
