//! UTF-32 in either byte order, with the byte order mark of the plain `utf-32` codec.

use super::decoded::{DecodedText, TextBuilder};
use super::handlers::{
    handle_decode, handle_encode, DecodeFailure, EncodeFailure, Replacement, Utf,
};
use super::ByteOrder;
use crate::text::TextError;

fn word(b: &[u8], at: usize, order: ByteOrder) -> u32 {
    let quad = [b[at], b[at + 1], b[at + 2], b[at + 3]];
    match order {
        ByteOrder::Big => u32::from_be_bytes(quad),
        _ => u32::from_le_bytes(quad),
    }
}

/// `codecs.utf_32_ex_decode`, with the conventions of [`super::utf16::decode`].
pub(crate) fn decode(
    data: &[u8],
    errors: &str,
    mut order: ByteOrder,
    final_: bool,
) -> Result<(DecodedText, usize, ByteOrder), TextError> {
    let mut pos = 0;
    if order == ByteOrder::Detect && data.len() >= 4 {
        match data[..4] {
            [0xff, 0xfe, 0, 0] => (order, pos) = (ByteOrder::Little, 4),
            [0, 0, 0xfe, 0xff] => (order, pos) = (ByteOrder::Big, 4),
            _ => {}
        }
    }
    let (encoding, utf) = match order {
        ByteOrder::Big => ("utf-32-be", Utf::ThirtyTwoBe),
        _ => ("utf-32-le", Utf::ThirtyTwoLe),
    };
    let mut out = TextBuilder::with_capacity(data.len() / 4);
    while pos < data.len() {
        let failure = |start, end, reason| DecodeFailure {
            encoding,
            data,
            start,
            end,
            reason,
        };
        let f = if data.len() - pos < 4 {
            if !final_ {
                break;
            }
            failure(pos, data.len(), "truncated data")
        } else {
            match word(data, pos, order) {
                0x110000.. => failure(pos, pos + 4, "code point not in range(0x110000)"),
                0xd800..=0xdfff => failure(
                    pos,
                    pos + 4,
                    "code point in surrogate code point range(0xd800, 0xe000)",
                ),
                cp => {
                    out.push_code_point(cp);
                    pos += 4;
                    continue;
                }
            }
        };
        pos = handle_decode(errors, &f, Some(utf), &mut out)?;
    }
    Ok((out.finish(), pos, order))
}

/// Encodes UTF-32 in `order`, writing a byte order mark (little-endian) for `Detect`.
pub(crate) fn encode(text: &[u32], errors: &str, order: ByteOrder) -> Result<Vec<u8>, TextError> {
    let (encoding, utf) = match order {
        ByteOrder::Big => ("utf-32-be", Utf::ThirtyTwoBe),
        ByteOrder::Little => ("utf-32-le", Utf::ThirtyTwoLe),
        ByteOrder::Detect => ("utf-32", Utf::ThirtyTwoLe),
    };
    let mut out = Vec::with_capacity(4 * text.len() + 4);
    let push = |cp: u32, out: &mut Vec<u8>| match order {
        ByteOrder::Big => out.extend_from_slice(&cp.to_be_bytes()),
        _ => out.extend_from_slice(&cp.to_le_bytes()),
    };
    if order == ByteOrder::Detect {
        push(0xfeff, &mut out);
    }
    let mut i = 0;
    while i < text.len() {
        if char::from_u32(text[i]).is_some() {
            push(text[i], &mut out);
            i += 1;
            continue;
        }
        // Unlike UTF-8, CPython's UTF-16 and UTF-32 encoders report surrogates one by one.
        let end = i + 1;
        let failure = EncodeFailure {
            encoding,
            text,
            start: i,
            end,
            reason: "surrogates not allowed",
        };
        match handle_encode(errors, &failure, Some(utf))? {
            Replacement::Bytes(b) if b.len() % 4 == 0 => out.extend_from_slice(&b),
            Replacement::Text(t) if t.is_ascii() => {
                t.bytes().for_each(|b| push(u32::from(b), &mut out))
            }
            _ => return Err(failure.error()),
        }
        i = end;
    }
    Ok(out)
}
