//! The records of a checkpoint's payload: a flat table that the encoder appends to and the decoder
//! replays in order, so neither walks the object graph by recursion. Serde derives define the wire
//! format (postcard: varint tags and lengths, zigzag varint ints, little-endian floats).
//!
//! Records of the first group *define* an object: the n-th of them makes object n, which later
//! records name by [`Val::Obj`]`(n)`. Containers and instances are defined empty before their
//! contents are written, and filled by a record of the second group after them, as pickle's
//! EMPTY_LIST … APPENDS does: that is what lets a list contain itself. Tuples and frozensets,
//! which cannot be filled later, are defined after their items.
use serde::de::{Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};
use std::borrow::Cow;

/// A value inside a record: an atom (which has no identity, so it is stored inline) or a reference
/// to an object defined by an earlier record.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq)]
pub(crate) enum Val {
    None,
    False,
    True,
    Int(i64),
    Float(f64),
    Obj(u32),
}

/// Bytes borrowed from the payload when decoding (postcard's length-prefixed byte string).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Blob<'a>(pub(crate) &'a [u8]);

impl Serialize for Blob<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_bytes(self.0)
    }
}

impl<'de: 'a, 'a> Deserialize<'de> for Blob<'a> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct BytesVisitor;
        impl<'de> Visitor<'de> for BytesVisitor {
            type Value = &'de [u8];
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a byte string")
            }
            fn visit_borrowed_bytes<E>(self, v: &'de [u8]) -> Result<&'de [u8], E> {
                Ok(v)
            }
        }
        d.deserialize_bytes(BytesVisitor).map(Blob)
    }
}

/// Values, borrowed from the encoder's scratch stack when writing, owned when reading.
pub(crate) type Vals<'a> = Cow<'a, [Val]>;

#[derive(Serialize, Deserialize, Debug)]
pub(crate) enum Rec<'a> {
    /// An int beyond i64, as two's-complement little-endian bytes.
    BigInt(#[serde(borrow)] Blob<'a>),
    Complex(f64, f64),
    /// Text as generalized UTF-8 (lone surrogates kept, as weft's str holds them).
    Str(#[serde(borrow)] Blob<'a>),
    Bytes(#[serde(borrow)] Blob<'a>),
    ByteArray(#[serde(borrow)] Blob<'a>),
    Tuple(Vals<'a>),
    FrozenSet(Vals<'a>),
    /// An empty list, dict or set; the number is a capacity hint (never trusted beyond the data).
    List(u32),
    Dict(u32),
    Set(u32),
    /// A class, function or other object found by module and qualified name (pickle's save_global).
    Global {
        module: Val,
        name: Val,
    },
    /// A module, by its name in `sys.modules`.
    Module(Val),
    /// `cls.__new__(cls)` for an instance of a plain Python class (what `object.__reduce_ex__(4)`
    /// gives with `copyreg.__newobj__`), its attributes filled by an [`Rec::Attrs`].
    Instance(Val),
    /// `func(*args)`: a reduction's callable and arguments.
    Reduce {
        func: Val,
        args: Vals<'a>,
    },
    /// `cls.__new__(cls, *args)` (a reduction by `copyreg.__newobj__`).
    NewObj {
        cls: Val,
        args: Vals<'a>,
    },
    /// `cls.__new__(cls, *args, **kwargs)` (`copyreg.__newobj_ex__`).
    NewObjEx {
        cls: Val,
        args: Vals<'a>,
        kwargs: Val,
    },
    /// Items appended to object `target` (a list's, or a reduction's listitems).
    Extend {
        target: u32,
        items: Vals<'a>,
    },
    /// Keys and values, alternating, stored into `target` (a dict's, or a reduction's dictitems).
    SetItems {
        target: u32,
        items: Vals<'a>,
    },
    /// Elements added to set `target`.
    AddItems {
        target: u32,
        items: Vals<'a>,
    },
    /// The state of an [`Rec::Instance`]: its `__dict__` and its set `__slots__` members, each as
    /// names and values alternating.
    Attrs {
        target: u32,
        items: Vals<'a>,
        slots: Vals<'a>,
    },
    /// A reduction's state, applied as pickle's BUILD applies it.
    Build {
        target: u32,
        state: Val,
    },
    /// A reduction's state applied by its sixth item: `setter(obj, state)`.
    StateSetter {
        target: u32,
        setter: Val,
        state: Val,
    },
}

/// Completes a table written record by record after `reserved` bytes of `out` (which follow the
/// header's room): appends the root value and puts the record count right before the records, so
/// that the payload is exactly the postcard encoding of `(records, root)`. Returns the output
/// starting at the header's room.
pub(crate) fn close_table(
    out: Vec<u8>,
    reserved: usize,
    count: u64,
    root: Val,
) -> postcard::Result<Vec<u8>> {
    let mut out = postcard::to_extend(&root, out)?;
    let mut buf = [0u8; 10];
    let n = postcard::to_slice(&count, &mut buf)?.len();
    let header = out.len().min(super::header::HEADER_LEN);
    let start = reserved.saturating_sub(n);
    out[start..reserved].copy_from_slice(&buf[..n]);
    out.drain(header..start);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The table as one serde value: what the payload must be the postcard encoding of.
    #[derive(Serialize)]
    struct Table<'a> {
        records: Vec<Rec<'a>>,
        root: Val,
    }

    #[test]
    fn the_payload_is_the_postcard_encoding_of_the_table() {
        for n in [0usize, 1, 200, 70_000] {
            let records: Vec<Rec> = (0..n)
                .map(|i| match i % 3 {
                    0 => Rec::Str(Blob(b"text")),
                    1 => Rec::List(i as u32),
                    _ => Rec::Extend {
                        target: i as u32,
                        items: Cow::Owned(vec![Val::Int(-(i as i64)), Val::Obj(1), Val::None]),
                    },
                })
                .collect();
            let root = Val::Float(1.5);
            let header = super::super::header::HEADER_LEN;
            let reserved = header + 10;
            let mut out = vec![0xAA; reserved];
            for r in &records {
                out = postcard::to_extend(r, out).unwrap();
            }
            let framed = close_table(out, reserved, n as u64, root).unwrap();
            let expected = postcard::to_allocvec(&Table { records, root }).unwrap();
            assert_eq!(&framed[header..], &expected[..]);
        }
    }

    #[test]
    fn borrowed_bytes_come_back_borrowed() {
        let bytes = postcard::to_allocvec(&Rec::Bytes(Blob(b"\x00\xff"))).unwrap();
        let (rec, rest) = postcard::take_from_bytes::<Rec>(&bytes).unwrap();
        assert!(rest.is_empty());
        assert!(matches!(rec, Rec::Bytes(Blob(b)) if b == b"\x00\xff"));
    }
}
