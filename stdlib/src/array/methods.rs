//! The named methods of `array.array`: growing and shrinking, searching, conversions to and from
//! lists, bytes, str and files, and pickling.
use super::arrayobj::{as_array, item_eq, new_array, this, Array};
use super::typecode::Code;
use super::{array_type, reconstructor};
use weft_vm::heap::{ObjRef, Value};
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::{attr, call, ops, protocols, Vm};
use weft_vm::objects::builtin::Args;
use weft_vm::objects::method_support::{exact_named, index_range};
use weft_vm::objects::register::{getsets, methods};
use weft_vm::objects::{bytes, int, list, str as pystr, tuple};

/// The arguments after `self`, exactly `n` of them (messages name `array.<name>`).
fn exact<'a>(args: &Args<'a>, name: &str, n: usize) -> PyResult<&'a [Value]> {
    exact_named(&args.rest(), n, || format!("array.{name}"))
}

fn append(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, a) = this(args, "append")?;
    let v = &exact(args, "append", 1)?[0];
    let mut b = Vec::new();
    a.code.encode(vm, v, &mut b)?;
    a.grow(&b)?;
    Ok(Value::NONE)
}

/// `extend(iterable)`: an array of the same typecode, or any iterable item by item (the items
/// before a bad one stay appended, as in CPython).
fn extend(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, a) = this(args, "extend")?;
    let v = &exact(args, "extend", 1)?[0];
    if let Some(b) = as_array(v) {
        if b.code != a.code {
            return Err(error::type_error("can only extend with array of same kind"));
        }
        let more = b.data.borrow().clone();
        a.grow(&more)?;
        return Ok(Value::NONE);
    }
    let f = protocols::get_iter(vm, v.clone())?;
    let it = call::run_flow(vm, f)?;
    while let Some(item) = protocols::next_value(vm, &it)? {
        let mut b = Vec::new();
        a.code.encode(vm, &item, &mut b)?;
        a.grow(&b)?;
    }
    Ok(Value::NONE)
}

fn insert(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, a) = this(args, "insert")?;
    let r = args.rest().range("insert", 2, 2)?;
    let i = protocols::index_isize(vm, &r[0])?;
    let mut b = Vec::new();
    a.code.encode(vm, &r[1], &mut b)?;
    let n = a.len() as isize;
    let i = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    let size = a.code.size();
    a.splice(i * size..i * size, b)?;
    Ok(Value::NONE)
}

fn pop(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, a) = this(args, "pop")?;
    let r = args.rest().range("pop", 0, 1)?;
    let i = match r.first() {
        Some(v) => protocols::index_isize(vm, v)?,
        None => -1,
    };
    let n = a.len();
    if n == 0 {
        return Err(error::index_error("pop from empty array"));
    }
    let j = if i < 0 { i + n as isize } else { i };
    if j < 0 || j as usize >= n {
        return Err(error::index_error("pop index out of range"));
    }
    let j = j as usize;
    let v = a.item(j)?.unwrap_or(Value::NONE);
    let size = a.code.size();
    a.splice(j * size..(j + 1) * size, Vec::new())?;
    Ok(v)
}

/// The index of the first item equal to `v` in `lo..hi`.
fn find(vm: &mut Vm, a: &Array, v: &Value, lo: usize, hi: usize) -> PyResult<Option<usize>> {
    let mut i = lo;
    while i < hi {
        let Some(item) = a.item(i)? else {
            break;
        };
        if item_eq(vm, &item, v)? {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

fn remove(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, a) = this(args, "remove")?;
    let v = &exact(args, "remove", 1)?[0];
    let Some(i) = find(vm, a, v, 0, usize::MAX)? else {
        return Err(error::value_error("array.remove(x): x not in array"));
    };
    let size = a.code.size();
    a.splice(i * size..(i + 1) * size, Vec::new())?;
    Ok(Value::NONE)
}

/// `index(v, start=0, stop=sys.maxsize)`.
fn index(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, a) = this(args, "index")?;
    let r = args.rest().range("index", 1, 3)?;
    let (lo, hi) = index_range(vm, r.get(1), r.get(2), a.len())?;
    match find(vm, a, &r[0], lo, hi)? {
        Some(i) => Ok(int::from_i64(i as i64)),
        None => Err(error::value_error("array.index(x): x not in array")),
    }
}

fn count(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, a) = this(args, "count")?;
    let v = &exact(args, "count", 1)?[0];
    let mut n = 0;
    let mut i = 0;
    while let Some(item) = a.item(i)? {
        if item_eq(vm, &item, v)? {
            n += 1;
        }
        i += 1;
    }
    Ok(int::from_i64(n))
}

fn reverse(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, a) = this(args, "reverse")?;
    exact(args, "reverse", 0)?;
    let size = a.code.size();
    let mut data = a.data.borrow_mut();
    let rev: Vec<u8> = data.rchunks_exact(size).flatten().copied().collect();
    *data = rev;
    Ok(Value::NONE)
}

fn byteswap(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, a) = this(args, "byteswap")?;
    exact(args, "byteswap", 0)?;
    let size = a.code.size();
    a.data
        .borrow_mut()
        .chunks_exact_mut(size)
        .for_each(|c| c.reverse());
    Ok(Value::NONE)
}

fn tobytes(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, a) = this(args, "tobytes")?;
    exact(args, "tobytes", 0)?;
    Ok(bytes::new_bytes(a.data.borrow().clone()))
}

/// Appends the bytes of a bytes-like object `v` to `a`.
pub(crate) fn frombytes_into(vm: &mut Vm, a: &Array, v: &Value) -> PyResult<()> {
    // CPython asks for a buffer of bytes: arrays of wider items are refused.
    if as_array(v).is_some_and(|b| b.code.size() != 1) {
        return Err(error::type_error("a bytes-like object is required"));
    }
    let b = weft_vm::interp::builtin_types::bytes_like(vm, v)?;
    if b.len() % a.code.size() != 0 {
        return Err(error::value_error(
            "bytes length not a multiple of item size",
        ));
    }
    a.grow(&b)?;
    Ok(())
}

fn frombytes(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, a) = this(args, "frombytes")?;
    let v = &exact(args, "frombytes", 1)?[0];
    frombytes_into(vm, a, v)?;
    Ok(Value::NONE)
}

fn tolist(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, a) = this(args, "tolist")?;
    exact(args, "tolist", 0)?;
    Ok(list::new_list(a.items()?))
}

/// `fromlist(list)`: all or nothing.
fn fromlist(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, a) = this(args, "fromlist")?;
    let v = &exact(args, "fromlist", 1)?[0];
    let Some(l) = list::as_list(v) else {
        return Err(error::type_error("arg must be list"));
    };
    let items = l.items.borrow().clone();
    let b = a.encode_all(vm, &items)?;
    a.grow(&b)?;
    Ok(Value::NONE)
}

fn tounicode(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, a) = this(args, "tounicode")?;
    exact(args, "tounicode", 0)?;
    if a.code != Code::Unicode {
        return Err(error::value_error(
            "tounicode() may only be called on unicode type arrays",
        ));
    }
    a.text()
}

fn fromunicode(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, a) = this(args, "fromunicode")?;
    let v = &exact(args, "fromunicode", 1)?[0];
    let Some(s) = pystr::as_str_obj(v) else {
        return Err(error::type_error(format!(
            "fromunicode() argument must be str, not {}",
            ops::type_name_of(v)
        )));
    };
    if a.code != Code::Unicode {
        return Err(error::value_error(
            "fromunicode() may only be called on unicode type arrays",
        ));
    }
    let b: Vec<u8> = s.code_points().flat_map(|c| c.to_le_bytes()).collect();
    a.grow(&b)?;
    Ok(Value::NONE)
}

/// `tofile(f)`: the bytes, written by `f.write` in blocks of 64 KiB.
fn tofile(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    const BLOCK: usize = 64 * 1024;
    let (_, a) = this(args, "tofile")?;
    let f = &exact(args, "tofile", 1)?[0];
    let data = a.data.borrow().clone();
    if data.is_empty() {
        return Ok(Value::NONE);
    }
    for chunk in data.chunks(BLOCK) {
        let write = attr::getattr(vm, f, "write")?;
        call::call_value(vm, &write, vec![bytes::new_bytes(chunk.to_vec())])?;
    }
    Ok(Value::NONE)
}

/// `fromfile(f, n)`: `n` items read by `f.read`; a short read keeps the whole items it got and
/// raises EOFError.
fn fromfile(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, a) = this(args, "fromfile")?;
    let r = args.rest().range("fromfile", 2, 2)?;
    let n = protocols::index_isize(vm, &r[1])?;
    if n < 0 {
        return Err(error::value_error("negative count"));
    }
    let size = a.code.size();
    let nbytes = (n as usize)
        .checked_mul(size)
        .filter(|b| *b <= isize::MAX as usize)
        .ok_or_else(|| error::memory_error(""))?;
    let read = attr::getattr(vm, &r[0], "read")?;
    let got = call::call_value(vm, &read, vec![int::from_i64(nbytes as i64)])?;
    let Some(b) = bytes::as_bytes(&got) else {
        return Err(error::type_error("read() didn't return bytes"));
    };
    let whole = b.len() / size * size;
    a.grow(&b[..whole.min(nbytes)])?;
    if b.len() != nbytes {
        return Err(error::eof_error("read() didn't return enough bytes"));
    }
    Ok(Value::NONE)
}

fn buffer_info(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, a) = this(args, "buffer_info")?;
    exact(args, "buffer_info", 0)?;
    let addr = a.data.borrow().as_ptr() as usize;
    Ok(tuple::new_tuple(vec![
        int::from_big(addr.into()),
        int::from_i64(a.len() as i64),
    ]))
}

fn copy(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, a) = this(args, "__copy__")?;
    exact(args, "__copy__", 0)?;
    Ok(new_array(array_type(), a.code, a.data.borrow().clone()))
}

fn deepcopy(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, a) = this(args, "__deepcopy__")?;
    exact(args, "__deepcopy__", 1)?;
    Ok(new_array(array_type(), a.code, a.data.borrow().clone()))
}

fn sizeof(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, a) = this(args, "__sizeof__")?;
    exact(args, "__sizeof__", 0)?;
    Ok(int::from_i64(64 + a.data.borrow().capacity() as i64))
}

/// `__reduce_ex__(protocol)`: `array(typecode, list)` before protocol 3, else
/// `_array_reconstructor(cls, typecode, mformat, bytes)`; the instance dict rides along.
fn reduce_ex(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, a) = this(args, "__reduce_ex__")?;
    let p = &exact(args, "__reduce_ex__", 1)?[0];
    let protocol = protocols::index(vm, p)?;
    let cls = Value::obj(ops::a_type(me));
    let dict = attr::getattr_opt(vm, me, "__dict__")?.unwrap_or(Value::NONE);
    let typecode = pystr::char_value(a.code.char() as u32);
    if protocol < 3.into() {
        let items = list::new_list(a.items()?);
        let args = tuple::new_tuple(vec![typecode, items]);
        return Ok(tuple::new_tuple(vec![cls, args, dict]));
    }
    let args = tuple::new_tuple(vec![
        cls,
        typecode,
        int::from_i64(a.code.mformat()),
        bytes::new_bytes(a.data.borrow().clone()),
    ]);
    Ok(tuple::new_tuple(vec![reconstructor(), args, dict]))
}

fn get_typecode(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(as_array(v).map_or(Value::NONE, |a| pystr::char_value(a.code.char() as u32)))
}

fn get_itemsize(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(as_array(v).map_or(Value::NONE, |a| int::from_i64(a.code.size() as i64)))
}

pub(crate) fn register(t: &ObjRef) {
    methods(
        t,
        &[
            ("append", append),
            ("buffer_info", buffer_info),
            ("byteswap", byteswap),
            ("__copy__", copy),
            ("count", count),
            ("__deepcopy__", deepcopy),
            ("extend", extend),
            ("frombytes", frombytes),
            ("fromfile", fromfile),
            ("fromlist", fromlist),
            ("fromunicode", fromunicode),
            ("index", index),
            ("insert", insert),
            ("pop", pop),
            ("__reduce_ex__", reduce_ex),
            ("remove", remove),
            ("reverse", reverse),
            ("tofile", tofile),
            ("tolist", tolist),
            ("tobytes", tobytes),
            ("tounicode", tounicode),
            ("__sizeof__", sizeof),
        ],
    );
    getsets(
        t,
        &[
            ("typecode", get_typecode, None),
            ("itemsize", get_itemsize, None),
        ],
    );
    super::docs::method_docs(t);
}
