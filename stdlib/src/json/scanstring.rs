//! Reading a JSON string literal (CPython's `scanstring_unicode`), on generalized UTF-8 bytes.
//! Positions are byte offsets here; the callers turn them into character indices for messages.

/// A decoding error: CPython's message and the byte offset it points at.
pub(crate) struct Malformed {
    pub msg: &'static str,
    pub at: usize,
}

fn malformed(msg: &'static str, at: usize) -> Malformed {
    Malformed { msg, at }
}

/// The decoded text of the string whose opening quote is just before `start`, and the offset after
/// its closing quote. The text borrows the input when it holds no escape.
pub(crate) fn scan<'a>(
    buf: &'a [u8],
    start: usize,
    strict: bool,
) -> Result<(std::borrow::Cow<'a, [u8]>, usize), Malformed> {
    let begin = start.wrapping_sub(1);
    let len = buf.len();
    let mut out: Vec<u8> = Vec::new();
    let mut escaped = false;
    let mut end = start;
    loop {
        let mut next = end;
        let mut c = 0u8;
        while next < len {
            c = buf[next];
            if c == b'"' || c == b'\\' {
                break;
            }
            if c <= 0x1f && strict {
                return Err(malformed("Invalid control character at", next));
            }
            next += 1;
        }
        if next >= len {
            return Err(malformed("Unterminated string starting at", begin));
        }
        if c == b'"' && !escaped {
            return Ok((std::borrow::Cow::Borrowed(&buf[end..next]), next + 1));
        }
        escaped = true;
        out.extend_from_slice(&buf[end..next]);
        next += 1;
        if c == b'"' {
            return Ok((std::borrow::Cow::Owned(out), next));
        }
        let Some(&e) = buf.get(next) else {
            return Err(malformed("Unterminated string starting at", begin));
        };
        if e != b'u' {
            end = next + 1;
            let ch = match e {
                b'"' | b'\\' | b'/' => e,
                b'b' => 0x08,
                b'f' => 0x0c,
                b'n' => b'\n',
                b'r' => b'\r',
                b't' => b'\t',
                _ => return Err(malformed("Invalid \\escape", end - 2)),
            };
            out.push(ch);
            continue;
        }
        next += 1;
        end = next + 4;
        if end >= len {
            return Err(malformed("Invalid \\uXXXX escape", next - 1));
        }
        let mut cp =
            hex4(&buf[next..end]).ok_or_else(|| malformed("Invalid \\uXXXX escape", end - 5))?;
        // A high surrogate joins a following `\u` low surrogate; anything else after it is read
        // again on its own.
        if (0xd800..0xdc00).contains(&cp)
            && end + 6 < len
            && buf[end] == b'\\'
            && buf[end + 1] == b'u'
        {
            let low = hex4(&buf[end + 2..end + 6])
                .ok_or_else(|| malformed("Invalid \\uXXXX escape", end + 1))?;
            if (0xdc00..0xe000).contains(&low) {
                cp = 0x10000 + ((cp - 0xd800) << 10) + (low - 0xdc00);
                end += 6;
            }
        }
        weft_vm::text::gutf8::push(&mut out, cp);
    }
}

/// The value of four hex digits.
fn hex4(digits: &[u8]) -> Option<u32> {
    digits.iter().try_fold(0u32, |acc, &d| {
        let v = (d as char).to_digit(16)?;
        Some((acc << 4) | v)
    })
}
