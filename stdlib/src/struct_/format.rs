//! Parsing a struct format string into its items: the byte-order prefix, repeat counts, and each
//! code's size and offset (with native alignment under `@`).
use super::struct_error;
use weft_vm::interp::error::PyResult;

/// The byte order the prefix selects (`@` and `=` the machine's).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Order {
    Little,
    Big,
}

/// One code of the format with its repeat count folded in: `s`/`p` are one item of `count` bytes,
/// `x` no item, the others `count` items of `size` bytes from `offset`.
#[derive(Clone, Copy)]
pub(crate) struct Code {
    pub ch: u8,
    pub count: usize,
    pub size: usize,
    pub offset: usize,
}

pub(crate) struct Layout {
    pub order: Order,
    /// Whether sizes are the C compiler's (`@`) rather than the standard ones.
    pub native: bool,
    pub codes: Vec<Code>,
    pub size: usize,
    /// The number of values packed or unpacked.
    pub items: usize,
}

/// Size of code `c` in this mode, or `None` when the mode has no such code.
fn size_of(c: u8, native: bool) -> Option<usize> {
    Some(match c {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' if native => 8,
        b'l' | b'L' => 4,
        b'q' | b'Q' | b'd' => 8,
        b'n' | b'N' | b'P' if native => 8,
        _ => return None,
    })
}

/// Parses `fmt` (CPython's `prepare_s`).
pub(crate) fn parse(fmt: &[u8]) -> PyResult<Layout> {
    if fmt.contains(&0) {
        return Err(struct_error("embedded null character"));
    }
    let (order, native, body) = match fmt.first() {
        Some(b'@') => (native_order(), true, &fmt[1..]),
        Some(b'=') => (native_order(), false, &fmt[1..]),
        Some(b'<') => (Order::Little, false, &fmt[1..]),
        Some(b'>' | b'!') => (Order::Big, false, &fmt[1..]),
        _ => (native_order(), true, fmt),
    };
    let too_long = || struct_error("total struct size too long");
    let mut codes = Vec::new();
    let (mut size, mut items) = (0usize, 0usize);
    let mut i = 0;
    while i < body.len() {
        let mut c = body[i];
        i += 1;
        if c.is_ascii_whitespace() {
            continue;
        }
        let mut count = 1usize;
        if c.is_ascii_digit() {
            count = (c - b'0') as usize;
            loop {
                let Some(&d) = body.get(i) else {
                    return Err(struct_error("repeat count given without format specifier"));
                };
                i += 1;
                if !d.is_ascii_digit() {
                    c = d;
                    break;
                }
                count = count
                    .checked_mul(10)
                    .and_then(|n| n.checked_add((d - b'0') as usize))
                    .filter(|&n| n <= isize::MAX as usize)
                    .ok_or_else(too_long)?;
            }
        }
        let Some(csize) = size_of(c, native) else {
            return Err(struct_error("bad char in struct format"));
        };
        if native {
            // Every native code is aligned to its size on the platforms weft runs on.
            size = size
                .div_ceil(csize)
                .checked_mul(csize)
                .ok_or_else(too_long)?;
        }
        codes.push(Code {
            ch: c,
            count,
            size: csize,
            offset: size,
        });
        items += match c {
            b'x' => 0,
            b's' | b'p' => 1,
            _ => count,
        };
        size = csize
            .checked_mul(count)
            .and_then(|n| n.checked_add(size))
            .filter(|&n| n <= isize::MAX as usize)
            .ok_or_else(too_long)?;
    }
    Ok(Layout {
        order,
        native,
        codes,
        size,
        items,
    })
}

fn native_order() -> Order {
    if cfg!(target_endian = "little") {
        Order::Little
    } else {
        Order::Big
    }
}
