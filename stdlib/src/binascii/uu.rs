//! uuencode lines: a length character, then the data six bits a character, offset from space.
use super::binascii_error;
use weft_vm::interp::error::PyResult;

/// One uuencoded line of at most 45 bytes, with its newline; `backtick` writes zero as '`'.
pub(super) fn encode(data: &[u8], backtick: bool) -> PyResult<Vec<u8>> {
    if data.len() > 45 {
        return Err(binascii_error("At most 45 bytes at once"));
    }
    let ch = |v: u8| if backtick && v == 0 { b'`' } else { b' ' + v };
    let mut out = Vec::with_capacity(2 + data.len().div_ceil(3) * 4);
    out.push(ch(data.len() as u8));
    for chunk in data.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        out.push(ch(b[0] >> 2));
        out.push(ch(((b[0] & 3) << 4) | (b[1] >> 4)));
        out.push(ch(((b[1] & 0xf) << 2) | (b[2] >> 6)));
        out.push(ch(b[2] & 0x3f));
    }
    out.push(b'\n');
    Ok(out)
}

/// Decodes one line. The length character says how many bytes; missing characters at the end
/// read as zero, and what follows the data may only be whitespace or '`'.
pub(super) fn decode(data: &[u8]) -> PyResult<Vec<u8>> {
    // An empty line reads its length from the terminating NUL CPython sees there: 32 bytes.
    let first = data.first().copied().unwrap_or(0);
    let mut want = usize::from(first.wrapping_sub(b' ') & 0o77);
    let mut out = Vec::with_capacity(want);
    let rest = data.get(1..).unwrap_or(&[]);
    let mut i = 0;
    let (mut acc, mut bits) = (0u32, 0u32);
    while want > 0 {
        let c = rest.get(i).copied();
        let v = match c {
            None | Some(b'\n') | Some(b'\r') => 0,
            Some(c) if !(b' '..=b' ' + 64).contains(&c) => {
                return Err(binascii_error("Illegal char"));
            }
            Some(c) => (c - b' ') & 0o77,
        };
        i += 1;
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
            want -= 1;
        }
    }
    if let Some(tail) = rest.get(i..) {
        if tail
            .iter()
            .any(|&c| !matches!(c, b' ' | b'`' | b'\n' | b'\r'))
        {
            return Err(binascii_error("Trailing garbage"));
        }
    }
    Ok(out)
}
