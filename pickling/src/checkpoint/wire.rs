//! The encoder's writer: records straight into the output, in postcard's wire format, without
//! going through serde (whose per-value dispatch and per-byte output cost the encoder a third of
//! its time on flat data). `record`'s serde derives remain the definition of the format, which the
//! decoder reads with postcard; the tests below hold this writer to it, variant by variant.
//!
//! Postcard: an enum is its variant's index, then its fields in order; unsigned integers are
//! LEB128 varints, signed ones zigzag-encoded first; a float is its 8 little-endian bytes; byte
//! strings and sequences are a varint length, then their contents.
use super::record::{Rec, Val};

#[inline]
fn varint(out: &mut Vec<u8>, mut n: u64) {
    while n >= 0x80 {
        out.push((n as u8) | 0x80);
        n >>= 7;
    }
    out.push(n as u8);
}

#[inline]
fn val(out: &mut Vec<u8>, v: Val) {
    match v {
        Val::None => out.push(0),
        Val::False => out.push(1),
        Val::True => out.push(2),
        Val::Int(i) => {
            out.push(3);
            varint(out, ((i << 1) ^ (i >> 63)) as u64);
        }
        Val::Float(x) => {
            out.push(4);
            out.extend_from_slice(&x.to_le_bytes());
        }
        Val::Obj(i) => {
            out.push(5);
            varint(out, u64::from(i));
        }
    }
}

fn vals(out: &mut Vec<u8>, vs: &[Val]) {
    varint(out, vs.len() as u64);
    // At most 10 bytes each: one reservation instead of a check per byte.
    out.reserve(vs.len() * 10);
    for &v in vs {
        val(out, v);
    }
}

fn blob(out: &mut Vec<u8>, b: &[u8]) {
    varint(out, b.len() as u64);
    out.extend_from_slice(b);
}

/// Appends `rec` to `out`.
pub(super) fn put(out: &mut Vec<u8>, rec: &Rec) {
    out.reserve(24);
    match rec {
        Rec::BigInt(b) => {
            out.push(0);
            blob(out, b.0);
        }
        Rec::Complex(re, im) => {
            out.push(1);
            out.extend_from_slice(&re.to_le_bytes());
            out.extend_from_slice(&im.to_le_bytes());
        }
        Rec::Str(b) => {
            out.push(2);
            blob(out, b.0);
        }
        Rec::Bytes(b) => {
            out.push(3);
            blob(out, b.0);
        }
        Rec::ByteArray(b) => {
            out.push(4);
            blob(out, b.0);
        }
        Rec::Tuple(vs) => {
            out.push(5);
            vals(out, vs);
        }
        Rec::FrozenSet(vs) => {
            out.push(6);
            vals(out, vs);
        }
        Rec::List(n) | Rec::Dict(n) | Rec::Set(n) => {
            out.push(match rec {
                Rec::List(_) => 7,
                Rec::Dict(_) => 8,
                _ => 9,
            });
            varint(out, u64::from(*n));
        }
        Rec::Global { module, name } => {
            out.push(10);
            val(out, *module);
            val(out, *name);
        }
        Rec::Module(name) => {
            out.push(11);
            val(out, *name);
        }
        Rec::Instance(cls) => {
            out.push(12);
            val(out, *cls);
        }
        Rec::Reduce { func, args } => {
            out.push(13);
            val(out, *func);
            vals(out, args);
        }
        Rec::NewObj { cls, args } => {
            out.push(14);
            val(out, *cls);
            vals(out, args);
        }
        Rec::NewObjEx { cls, args, kwargs } => {
            out.push(15);
            val(out, *cls);
            vals(out, args);
            val(out, *kwargs);
        }
        Rec::Extend { target, items }
        | Rec::SetItems { target, items }
        | Rec::AddItems { target, items } => {
            out.push(match rec {
                Rec::Extend { .. } => 16,
                Rec::SetItems { .. } => 17,
                _ => 18,
            });
            varint(out, u64::from(*target));
            vals(out, items);
        }
        Rec::Attrs {
            target,
            items,
            slots,
        } => {
            out.push(19);
            varint(out, u64::from(*target));
            vals(out, items);
            vals(out, slots);
        }
        Rec::Build { target, state } => {
            out.push(20);
            varint(out, u64::from(*target));
            val(out, *state);
        }
        Rec::StateSetter {
            target,
            setter,
            state,
        } => {
            out.push(21);
            varint(out, u64::from(*target));
            val(out, *setter);
            val(out, *state);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::record::Blob;
    use super::*;
    use std::borrow::Cow;

    fn same(rec: Rec) {
        let mut mine = Vec::new();
        put(&mut mine, &rec);
        let theirs = postcard::to_allocvec(&rec).unwrap();
        assert_eq!(mine, theirs, "{rec:?}");
    }

    #[test]
    fn every_record_as_postcard_writes_it() {
        let ints = [
            0i64,
            1,
            -1,
            63,
            -64,
            64,
            127,
            128,
            -129,
            1 << 40,
            i64::MAX,
            i64::MIN,
        ];
        let mut vs: Vec<Val> = ints.iter().map(|&i| Val::Int(i)).collect();
        vs.extend([
            Val::None,
            Val::False,
            Val::True,
            Val::Float(-0.0),
            Val::Float(1e300),
        ]);
        vs.extend([0u32, 127, 128, 16384, u32::MAX].map(Val::Obj));
        let long = vec![7u8; 300];
        let items = || Cow::Borrowed(&vs[..]);
        for b in [&b""[..], b"abc", &long] {
            same(Rec::BigInt(Blob(b)));
            same(Rec::Str(Blob(b)));
            same(Rec::Bytes(Blob(b)));
            same(Rec::ByteArray(Blob(b)));
        }
        same(Rec::Complex(1.5, -2.0));
        same(Rec::Tuple(items()));
        same(Rec::Tuple(Cow::Borrowed(&[])));
        same(Rec::FrozenSet(items()));
        for n in [0, 200, u32::MAX] {
            same(Rec::List(n));
            same(Rec::Dict(n));
            same(Rec::Set(n));
        }
        let (a, b) = (Val::Obj(300), Val::Int(-5));
        same(Rec::Global { module: a, name: b });
        same(Rec::Module(a));
        same(Rec::Instance(a));
        same(Rec::Reduce {
            func: a,
            args: items(),
        });
        same(Rec::NewObj {
            cls: a,
            args: items(),
        });
        same(Rec::NewObjEx {
            cls: a,
            args: items(),
            kwargs: b,
        });
        for target in [0, 1000, u32::MAX] {
            same(Rec::Extend {
                target,
                items: items(),
            });
            same(Rec::SetItems {
                target,
                items: items(),
            });
            same(Rec::AddItems {
                target,
                items: items(),
            });
            same(Rec::Attrs {
                target,
                items: items(),
                slots: items(),
            });
            same(Rec::Attrs {
                target,
                items: items(),
                slots: Cow::Borrowed(&[]),
            });
            same(Rec::Build { target, state: b });
            same(Rec::StateSetter {
                target,
                setter: a,
                state: b,
            });
        }
    }
}
