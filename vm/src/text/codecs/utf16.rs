//! UTF-16 in either byte order, with the byte order mark of the plain `utf-16` codec.

use super::decoded::{DecodedText, TextBuilder};
use super::handlers::{
    handle_decode, handle_encode, DecodeFailure, EncodeFailure, Replacement, Utf,
};
use super::ByteOrder;
use crate::text::TextError;

fn unit(b: &[u8], at: usize, order: ByteOrder) -> u16 {
    let pair = [b[at], b[at + 1]];
    match order {
        ByteOrder::Big => u16::from_be_bytes(pair),
        _ => u16::from_le_bytes(pair),
    }
}

/// `codecs.utf_16_ex_decode`: with `ByteOrder::Detect`, a leading byte order mark picks the
/// order (and is skipped), otherwise little-endian is used and the order stays undetected.
/// Returns the text, the bytes consumed and the order.
pub(crate) fn decode(
    data: &[u8],
    errors: &str,
    mut order: ByteOrder,
    final_: bool,
) -> Result<(DecodedText, usize, ByteOrder), TextError> {
    let mut pos = 0;
    if order == ByteOrder::Detect && data.len() >= 2 {
        match data[..2] {
            [0xff, 0xfe] => (order, pos) = (ByteOrder::Little, 2),
            [0xfe, 0xff] => (order, pos) = (ByteOrder::Big, 2),
            _ => {}
        }
    }
    let (encoding, utf) = match order {
        ByteOrder::Big => ("utf-16-be", Utf::SixteenBe),
        _ => ("utf-16-le", Utf::SixteenLe),
    };
    let mut out = TextBuilder::with_capacity(data.len() / 2);
    while pos < data.len() {
        let rest = data.len() - pos;
        let failure = |start, end, reason| DecodeFailure {
            encoding,
            data,
            start,
            end,
            reason,
        };
        let f = if rest < 2 {
            if !final_ {
                break;
            }
            failure(pos, data.len(), "truncated data")
        } else {
            let u = unit(data, pos, order);
            match u {
                0xdc00..=0xdfff => failure(pos, pos + 2, "illegal encoding"),
                0xd800..=0xdbff if rest < 4 => {
                    if !final_ {
                        break;
                    }
                    failure(pos, data.len(), "unexpected end of data")
                }
                0xd800..=0xdbff => {
                    let low = unit(data, pos + 2, order);
                    if (0xdc00..=0xdfff).contains(&low) {
                        let cp =
                            0x10000 + ((u32::from(u) - 0xd800) << 10) + (u32::from(low) - 0xdc00);
                        out.push_code_point(cp);
                        pos += 4;
                        continue;
                    }
                    failure(pos, pos + 2, "illegal UTF-16 surrogate")
                }
                _ => {
                    out.push_code_point(u32::from(u));
                    pos += 2;
                    continue;
                }
            }
        };
        pos = handle_decode(errors, &f, Some(utf), &mut out)?;
    }
    Ok((out.finish(), pos, order))
}

/// Encodes UTF-16 in `order`, writing a byte order mark (little-endian) for `Detect`.
pub(crate) fn encode(text: &[u32], errors: &str, order: ByteOrder) -> Result<Vec<u8>, TextError> {
    let (encoding, utf) = match order {
        ByteOrder::Big => ("utf-16-be", Utf::SixteenBe),
        ByteOrder::Little => ("utf-16-le", Utf::SixteenLe),
        ByteOrder::Detect => ("utf-16", Utf::SixteenLe),
    };
    let mut out = Vec::with_capacity(2 * text.len() + 2);
    let push = |u: u16, out: &mut Vec<u8>| match order {
        ByteOrder::Big => out.extend_from_slice(&u.to_be_bytes()),
        _ => out.extend_from_slice(&u.to_le_bytes()),
    };
    if order == ByteOrder::Detect {
        push(0xfeff, &mut out);
    }
    let mut i = 0;
    while i < text.len() {
        if let Some(c) = char::from_u32(text[i]) {
            let mut buf = [0; 2];
            for &u in c.encode_utf16(&mut buf).iter() {
                push(u, &mut out);
            }
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
            Replacement::Bytes(b) if b.len() % 2 == 0 => out.extend_from_slice(&b),
            Replacement::Text(t) if t.is_ascii() => {
                t.bytes().for_each(|b| push(u16::from(b), &mut out))
            }
            _ => return Err(failure.error()),
        }
        i = end;
    }
    Ok(out)
}
