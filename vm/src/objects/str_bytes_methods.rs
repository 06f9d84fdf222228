//! The byte-string methods `bytes` and `bytearray` share (case, predicates, search, split,
//! strip, padding, replace, join, translate, hex, decode), around the algorithms of
//! `crate::text::bytes_methods`. `bytes` methods return `bytes` (the receiver itself when a
//! result is unchanged and the receiver is an exact `bytes`); `bytearray` methods return new
//! bytearrays.
use crate::heap::{ObjRef, Value};
use crate::interp::error::{self, PyResult};
use crate::interp::ops::type_name_of;
use crate::interp::{protocols, Vm};
use crate::objects::builtin::{Args, NativeFn};
use crate::objects::register::methods;
use crate::objects::str::args::{
    byte_self, c_int, clinic, clinic_type_name, codec_name_arg, has_index, is_buffer, noargs,
    one_arg, parse_tuple, sequence_fast, slice_index, ssize, varargs, ByteSelf,
};
use crate::objects::str::codec;
use crate::objects::{int, list, str as pystr, tuple, types};
use crate::text::bytes_methods::{self as text, StripSide};
use crate::text::TextError;
use num_traits::ToPrimitive;

fn owner<const ARRAY: bool>() -> &'static str {
    if ARRAY {
        "bytearray"
    } else {
        "bytes"
    }
}

fn me<'a, const ARRAY: bool>(args: &Args<'a>, name: &str) -> PyResult<(&'a Value, ByteSelf<'a>)> {
    let ty = if ARRAY {
        &types().bytearray
    } else {
        &types().bytes
    };
    byte_self(args, name, ty, false)
}

fn qual<const ARRAY: bool>(name: &str) -> String {
    format!("{}.{name}", owner::<ARRAY>())
}

/// The receiver itself when `out` is all of it and it is an exact `bytes`; otherwise a new
/// object of its family.
fn result(v: &Value, me: ByteSelf, whole: usize, out: &[u8]) -> Value {
    let exact = v.as_obj().is_some_and(|o| o.ty().is(&types().bytes));
    if exact && out.len() == whole {
        return v.clone();
    }
    me.make(out.to_vec())
}

fn pieces(me: ByteSelf, parts: Vec<&[u8]>) -> Value {
    list::new_list(parts.into_iter().map(|p| me.make(p.to_vec())).collect())
}

fn buffer(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    crate::interp::builtin_types::bytes_like(vm, v)
}

// Case conversions and predicates (METH_NOARGS).

fn mapped<const A: bool>(args: &Args, name: &str, f: fn(&[u8]) -> Vec<u8>) -> PyResult<Value> {
    let (_, me) = me::<A>(args, name)?;
    noargs(args, &qual::<A>(name))?;
    Ok(me.make(me.read(f)))
}

fn tested<const A: bool>(args: &Args, name: &str, f: fn(&[u8]) -> bool) -> PyResult<Value> {
    let (_, me) = me::<A>(args, name)?;
    noargs(args, &qual::<A>(name))?;
    Ok(Value::bool(me.read(f)))
}

fn capitalize<const A: bool>(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    mapped::<A>(args, "capitalize", text::capitalize)
}
fn lower<const A: bool>(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    mapped::<A>(args, "lower", text::lower)
}
fn upper<const A: bool>(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    mapped::<A>(args, "upper", text::upper)
}
fn swapcase<const A: bool>(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    mapped::<A>(args, "swapcase", text::swapcase)
}
fn title<const A: bool>(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    mapped::<A>(args, "title", text::title)
}
fn isalnum<const A: bool>(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    tested::<A>(args, "isalnum", text::isalnum)
}
fn isalpha<const A: bool>(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    tested::<A>(args, "isalpha", text::isalpha)
}
fn isascii<const A: bool>(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    tested::<A>(args, "isascii", text::isascii)
}
fn isdigit<const A: bool>(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    tested::<A>(args, "isdigit", text::isdigit)
}
fn islower<const A: bool>(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    tested::<A>(args, "islower", text::islower)
}
fn isspace<const A: bool>(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    tested::<A>(args, "isspace", text::isspace)
}
fn istitle<const A: bool>(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    tested::<A>(args, "istitle", text::istitle)
}
fn isupper<const A: bool>(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    tested::<A>(args, "isupper", text::isupper)
}

// Search.

/// A search needle: bytes-like, or an int naming one byte.
fn needle(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if is_buffer(v) {
        return buffer(vm, v);
    }
    if !has_index(v) {
        return Err(error::type_error(format!(
            "argument should be integer or bytes-like object, not '{}'",
            type_name_of(v)
        )));
    }
    let i = protocols::index(vm, v)?.to_i64().unwrap_or(-1);
    Ok(text::byte_needle(i)?.to_vec())
}

type Window = (Option<isize>, Option<isize>);

fn search_args<'a, const A: bool>(
    vm: &mut Vm,
    args: &Args<'a>,
    name: &str,
) -> PyResult<(ByteSelf<'a>, &'a Value, Window)> {
    let (_, me) = me::<A>(args, name)?;
    let a = parse_tuple(args, &qual::<A>(name), 1, 3)?;
    let start = slice_index(vm, a.get(1))?;
    let end = slice_index(vm, a.get(2))?;
    Ok((me, &a[0], (start, end)))
}

type Search = fn(&[u8], &[u8], Option<isize>, Option<isize>) -> isize;

fn searched<const A: bool>(vm: &mut Vm, args: &Args, name: &str, f: Search) -> PyResult<Value> {
    let (me, sub, (start, end)) = search_args::<A>(vm, args, name)?;
    let sub = needle(vm, sub)?;
    Ok(int::from_i64(me.read(|d| f(d, &sub, start, end)) as i64))
}

fn find<const A: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    searched::<A>(vm, args, "find", text::find)
}
fn rfind<const A: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    searched::<A>(vm, args, "rfind", text::rfind)
}

type Indexed = fn(&[u8], &[u8], Option<isize>, Option<isize>) -> Result<usize, TextError>;

fn indexed<const A: bool>(vm: &mut Vm, args: &Args, name: &str, f: Indexed) -> PyResult<Value> {
    let (me, sub, (start, end)) = search_args::<A>(vm, args, name)?;
    let sub = needle(vm, sub)?;
    Ok(int::from_i64(me.read(|d| f(d, &sub, start, end))? as i64))
}

fn index<const A: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    indexed::<A>(vm, args, "index", text::index)
}
fn rindex<const A: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    indexed::<A>(vm, args, "rindex", text::rindex)
}

fn count<const A: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, sub, (start, end)) = search_args::<A>(vm, args, "count")?;
    let sub = needle(vm, sub)?;
    Ok(int::from_i64(
        me.read(|d| text::count(d, &sub, start, end)) as i64
    ))
}

type Affix = fn(&[u8], &[u8], Option<isize>, Option<isize>) -> bool;

fn affix<const A: bool>(vm: &mut Vm, args: &Args, name: &str, test: Affix) -> PyResult<Value> {
    let (me, arg, (start, end)) = search_args::<A>(vm, args, name)?;
    let options: Vec<Vec<u8>> = if let Some(items) = tuple::as_tuple(arg) {
        let mut v = Vec::with_capacity(items.len());
        for item in items {
            v.push(buffer(vm, item)?);
        }
        v
    } else if is_buffer(arg) {
        vec![buffer(vm, arg)?]
    } else {
        return Err(error::type_error(format!(
            "{name} first arg must be bytes or a tuple of bytes, not {}",
            type_name_of(arg)
        )));
    };
    Ok(Value::bool(
        me.read(|d| options.iter().any(|o| test(d, o, start, end))),
    ))
}

fn startswith<const A: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    affix::<A>(vm, args, "startswith", text::startswith)
}
fn endswith<const A: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    affix::<A>(vm, args, "endswith", text::endswith)
}

// Splitting.

type Splitter = for<'x> fn(&'x [u8], Option<&[u8]>, isize) -> Result<Vec<&'x [u8]>, TextError>;

fn split_with<const A: bool>(vm: &mut Vm, args: &Args, name: &str, f: Splitter) -> PyResult<Value> {
    let (v, me) = me::<A>(args, name)?;
    let [sep, maxsplit] = clinic(&args.rest(), name, ["sep", "maxsplit"], 0, 2, 0)?;
    let sep = match sep.filter(|s| !s.is_none()) {
        Some(s) => Some(buffer(vm, &s)?),
        None => None,
    };
    let maxsplit = match maxsplit {
        Some(m) => ssize(vm, &m)?,
        None => -1,
    };
    let data = me.data();
    let parts = f(&data, sep.as_deref(), maxsplit)?;
    if let [only] = parts[..] {
        return Ok(list::new_list(vec![result(v, me, data.len(), only)]));
    }
    Ok(pieces(me, parts))
}

fn split<const A: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    split_with::<A>(vm, args, "split", text::split)
}
fn rsplit<const A: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    split_with::<A>(vm, args, "rsplit", text::rsplit)
}

fn splitlines<const A: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, me) = me::<A>(args, "splitlines")?;
    let [keepends] = clinic(&args.rest(), "splitlines", ["keepends"], 0, 1, 0)?;
    let keepends = match keepends {
        Some(k) => c_int(vm, &k)? != 0,
        None => false,
    };
    let data = me.data();
    Ok(pieces(me, text::splitlines(&data, keepends)))
}

type Partitioner = for<'x> fn(&'x [u8], &[u8]) -> Result<text::Parts<'x>, TextError>;

/// `partition`/`rpartition`. `bytes` hands back the separator object it was given when it
/// is found, as CPython does; `bytearray` copies everything.
fn partition_with<const A: bool>(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    f: Partitioner,
) -> PyResult<Value> {
    let (v, me) = me::<A>(args, name)?;
    let sep_v = one_arg(args, &qual::<A>(name))?;
    let sep = buffer(vm, sep_v)?;
    let data = me.data();
    let (a, m, b) = f(&data, &sep)?;
    let mid = if A || m.is_empty() {
        me.make(m.to_vec())
    } else {
        sep_v.clone()
    };
    Ok(tuple::new_tuple(vec![
        result(v, me, data.len(), a),
        mid,
        result(v, me, data.len(), b),
    ]))
}

fn partition<const A: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    partition_with::<A>(vm, args, "partition", text::partition)
}
fn rpartition<const A: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    partition_with::<A>(vm, args, "rpartition", text::rpartition)
}

// Stripping, affixes, padding.

fn strip_with<const A: bool>(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    side: StripSide,
) -> PyResult<Value> {
    let (v, me) = me::<A>(args, name)?;
    let a = varargs(args, &qual::<A>(name), 0, 1)?;
    let chars = match a.first().filter(|c| !c.is_none()) {
        Some(c) => Some(buffer(vm, c)?),
        None => None,
    };
    let data = me.data();
    Ok(result(
        v,
        me,
        data.len(),
        text::strip(&data, chars.as_deref(), side),
    ))
}

fn strip<const A: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    strip_with::<A>(vm, args, "strip", StripSide::Both)
}
fn lstrip<const A: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    strip_with::<A>(vm, args, "lstrip", StripSide::Left)
}
fn rstrip<const A: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    strip_with::<A>(vm, args, "rstrip", StripSide::Right)
}

fn removal<const A: bool>(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    f: for<'x> fn(&'x [u8], &[u8]) -> &'x [u8],
) -> PyResult<Value> {
    let (v, me) = me::<A>(args, name)?;
    let affix = buffer(vm, one_arg(args, &qual::<A>(name))?)?;
    let data = me.data();
    Ok(result(v, me, data.len(), f(&data, &affix)))
}

fn removeprefix<const A: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    removal::<A>(vm, args, "removeprefix", text::removeprefix)
}
fn removesuffix<const A: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    removal::<A>(vm, args, "removesuffix", text::removesuffix)
}

type Padder = fn(&[u8], isize, u8) -> Result<Vec<u8>, TextError>;

fn pad<const A: bool>(vm: &mut Vm, args: &Args, name: &str, f: Padder) -> PyResult<Value> {
    let (v, me) = me::<A>(args, name)?;
    let a = varargs(args, &qual::<A>(name), 1, 2)?;
    let width = ssize(vm, &a[0])?;
    let fill = match a.get(1) {
        None => b' ',
        Some(f) => {
            let one = match f.as_obj().map(|o| o.kind()) {
                Some(crate::heap::Kind::Bytes | crate::heap::Kind::ByteArray) => {
                    match buffer(vm, f)?[..] {
                        [b] => Some(b),
                        _ => None,
                    }
                }
                _ => None,
            };
            one.ok_or_else(|| {
                error::type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {}",
                    clinic_type_name(f)
                ))
            })?
        }
    };
    let data = me.data();
    let out = f(&data, width, fill)?;
    Ok(result(v, me, data.len(), &out))
}

fn center<const A: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    pad::<A>(vm, args, "center", text::center)
}
fn ljust<const A: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    pad::<A>(vm, args, "ljust", text::ljust)
}
fn rjust<const A: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    pad::<A>(vm, args, "rjust", text::rjust)
}

fn zfill<const A: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (v, me) = me::<A>(args, "zfill")?;
    let width = ssize(vm, one_arg(args, &qual::<A>("zfill"))?)?;
    let data = me.data();
    let out = text::zfill(&data, width)?;
    Ok(result(v, me, data.len(), &out))
}

fn expandtabs<const A: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, me) = me::<A>(args, "expandtabs")?;
    let [tabsize] = clinic(&args.rest(), "expandtabs", ["tabsize"], 0, 1, 0)?;
    let tabsize = match tabsize {
        Some(t) => c_int(vm, &t)?,
        None => 8,
    };
    let out = me.read(|d| text::expandtabs(d, tabsize))?;
    Ok(me.make(out))
}

// Building.

fn replace<const A: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (v, me) = me::<A>(args, "replace")?;
    let a = varargs(args, &qual::<A>("replace"), 2, 3)?;
    let old = buffer(vm, &a[0])?;
    let new = buffer(vm, &a[1])?;
    let count = match a.get(2) {
        Some(c) => ssize(vm, c)?,
        None => -1,
    };
    let data = me.data();
    let out = text::replace(&data, &old, &new, count)?;
    if out == *data {
        return Ok(result(v, me, data.len(), &out));
    }
    Ok(me.make(out))
}

fn join<const A: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, me) = me::<A>(args, "join")?;
    let iterable = one_arg(args, &qual::<A>("join"))?;
    let items = sequence_fast(vm, iterable, "can only join an iterable")?;
    let mut parts = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        if !is_buffer(item) {
            return Err(text::join_item_error(i, &type_name_of(item)).into());
        }
        parts.push(buffer(vm, item)?);
    }
    let out = me.read(|sep| text::join(sep, &parts))?;
    Ok(me.make(out))
}

fn translate<const A: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (v, me) = me::<A>(args, "translate")?;
    let [table, delete] = clinic(&args.rest(), "translate", ["table", "delete"], 1, 2, 1)?;
    let table = match table.filter(|t| !t.is_none()) {
        Some(t) => Some(buffer(vm, &t)?),
        None => None,
    };
    let delete = match delete {
        Some(d) => buffer(vm, &d)?,
        None => Vec::new(),
    };
    let data = me.data();
    let out = text::translate(&data, table.as_deref(), &delete)?;
    if out == *data {
        return Ok(result(v, me, data.len(), &out));
    }
    Ok(me.make(out))
}

/// The `sep` of `hex()`: a str or bytes of length one.
fn hex_sep(vm: &mut Vm, sep: &Value) -> PyResult<u8> {
    let units: Vec<u32> = if let Some(s) = pystr::as_str_obj(sep) {
        s.code_points().collect()
    } else if let Some(b) = crate::objects::bytes::as_bytes(sep) {
        b.iter().map(|&b| u32::from(b)).collect()
    } else {
        let n = protocols::len(vm, sep)?;
        return Err(if n == 1 {
            error::type_error("sep must be str or bytes.")
        } else {
            error::value_error("sep must be length 1.")
        });
    };
    Ok(text::hex_separator(&units)?)
}

/// The `(sep, bytes_per_sep)` arguments of `hex()` (bytes, bytearray and memoryview).
pub(crate) fn hex_args(vm: &mut Vm, rest: &Args) -> PyResult<(Option<u8>, isize)> {
    let [sep, per] = clinic(rest, "hex", ["sep", "bytes_per_sep"], 0, 2, 0)?;
    let sep = match sep {
        Some(s) => Some(hex_sep(vm, &s)?),
        None => None,
    };
    let per = match per {
        Some(p) => c_int(vm, &p)? as isize,
        None => 1,
    };
    Ok((sep, per))
}

/// `data.hex(sep, bytes_per_sep)`.
pub(crate) fn hex_string(data: &[u8], sep: Option<u8>, per: isize) -> String {
    text::hex(data, sep, per)
}

fn hex<const A: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, me) = me::<A>(args, "hex")?;
    let (sep, per) = hex_args(vm, &args.rest())?;
    Ok(pystr::new_string(me.read(|d| text::hex(d, sep, per))))
}

fn decode<const A: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, me) = me::<A>(args, "decode")?;
    let [encoding, errors] = clinic(&args.rest(), "decode", ["encoding", "errors"], 0, 2, 0)?;
    let encoding = codec_name_arg(encoding.as_ref(), "decode", "encoding")?;
    let errors = codec_name_arg(errors.as_ref(), "decode", "errors")?;
    let data = me.data();
    codec::decode(vm, &data, encoding, errors)
}

pub(crate) fn register<const A: bool>(ty: &ObjRef) {
    let defs: &[(&'static str, NativeFn)] = &[
        ("capitalize", capitalize::<A>),
        ("lower", lower::<A>),
        ("upper", upper::<A>),
        ("swapcase", swapcase::<A>),
        ("title", title::<A>),
        ("isalnum", isalnum::<A>),
        ("isalpha", isalpha::<A>),
        ("isascii", isascii::<A>),
        ("isdigit", isdigit::<A>),
        ("islower", islower::<A>),
        ("isspace", isspace::<A>),
        ("istitle", istitle::<A>),
        ("isupper", isupper::<A>),
        ("find", find::<A>),
        ("rfind", rfind::<A>),
        ("index", index::<A>),
        ("rindex", rindex::<A>),
        ("count", count::<A>),
        ("startswith", startswith::<A>),
        ("endswith", endswith::<A>),
        ("split", split::<A>),
        ("rsplit", rsplit::<A>),
        ("splitlines", splitlines::<A>),
        ("partition", partition::<A>),
        ("rpartition", rpartition::<A>),
        ("strip", strip::<A>),
        ("lstrip", lstrip::<A>),
        ("rstrip", rstrip::<A>),
        ("removeprefix", removeprefix::<A>),
        ("removesuffix", removesuffix::<A>),
        ("center", center::<A>),
        ("ljust", ljust::<A>),
        ("rjust", rjust::<A>),
        ("zfill", zfill::<A>),
        ("expandtabs", expandtabs::<A>),
        ("replace", replace::<A>),
        ("join", join::<A>),
        ("translate", translate::<A>),
        ("hex", hex::<A>),
        ("decode", decode::<A>),
    ];
    methods(ty, defs);
}
