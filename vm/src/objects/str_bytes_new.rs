//! `bytes(...)`, `bytearray(...)` and their `fromhex` class methods: CPython's
//! `bytes_new_impl`, `bytearray___init___impl` and `PyBytes_FromObject`, in their order of
//! tests (encoding, `__bytes__`, integer size, buffer, iterable of ints).
use crate::heap::{ObjRef, Value};
use crate::interp::error::{self, PyResult};
use crate::interp::ops::{a_type, type_name_of};
use crate::interp::{call, protocols, Vm};
use crate::objects::builtin::{Args, NativeFn};
use crate::objects::bytearray::{new_bytearray_of, ByteArray};
use crate::objects::register::{classmethods, methods, static_methods, statics};
use crate::objects::str::args::{
    clinic, clinic_type_name, codec_name_arg, count_arg, has_index, is_buffer, new_cls, one_arg,
    receiver_error, sequence_fast, sequence_fast_hinted, str_arg,
};
use crate::objects::str::codec;
use crate::objects::{bytes, str as pystr, typeobj, types};
use crate::text::bytes_methods;
use num_traits::ToPrimitive;

/// `n` zero bytes, or `MemoryError` when they cannot be allocated.
pub fn zeroed(n: usize) -> PyResult<Vec<u8>> {
    let mut v = Vec::new();
    v.try_reserve_exact(n)
        .map_err(|_| crate::interp::error::PyErr::no_msg(&types().memory_error))?;
    v.resize(n, 0);
    Ok(v)
}

/// An element of an iterable of ints: `bytes` says "bytes must be in range(0, 256)",
/// `bytearray` (`array`) "byte must be ...".
pub fn byte_value(vm: &mut Vm, v: &Value, array: bool) -> PyResult<u8> {
    let n = match v.as_int() {
        Some(i) => Some(i),
        None => protocols::index(vm, v)?.to_i64(),
    };
    n.and_then(|n| u8::try_from(n).ok()).ok_or_else(|| {
        error::value_error(if array {
            "byte must be in range(0, 256)"
        } else {
            "bytes must be in range(0, 256)"
        })
    })
}

/// The bytes of `x` when it is an integer size, a buffer or an iterable of ints
/// (`PyBytes_FromObject`, and the tail of `bytearray.__init__`).
pub(crate) fn from_object(vm: &mut Vm, x: &Value, array: bool) -> PyResult<Vec<u8>> {
    if has_index(x) {
        // A TypeError from `__index__` lets a buffer or an iterable answer instead.
        match count_arg(vm, x) {
            Ok(n) => {
                let n = usize::try_from(n).map_err(|_| error::value_error("negative count"))?;
                return zeroed(n);
            }
            Err(e) if crate::interp::exc::matches_type(&e, &crate::objects::types().type_error) => {
            }
            Err(e) => return Err(e),
        }
    }
    if is_buffer(x) {
        return crate::interp::builtin_types::bytes_like(vm, x);
    }
    let what = if array { "bytearray" } else { "bytes" };
    let message = format!("cannot convert '{}' object to {what}", type_name_of(x));
    if pystr::as_str(x).is_some() {
        return Err(error::type_error(message));
    }
    if let Some(l) = x
        .as_obj()
        .filter(|o| o.ty().is(&crate::objects::types().list))
        .and_then(|o| o.downcast::<crate::objects::list::List>())
    {
        // Read live: an item's `__index__` may grow or shrink the list (CPython's
        // `_PyBytes_FromList` and the list iterator both look at its current length).
        let mut out = Vec::new();
        let mut i = 0;
        loop {
            let item = l.items.borrow().get(i).cloned();
            let Some(item) = item else { break };
            out.push(byte_value(vm, &item, array)?);
            i += 1;
        }
        return Ok(out);
    }
    let items = if array {
        sequence_fast(vm, x, &message)?
    } else {
        sequence_fast_hinted(vm, x, &message)?
    };
    let mut out = Vec::with_capacity(items.len());
    for item in &items {
        out.push(byte_value(vm, item, array)?);
    }
    Ok(out)
}

/// The text of `str` source `x` encoded as `bytes(x, encoding, errors)` asks.
fn encode_source(
    vm: &mut Vm,
    x: &Value,
    encoding: Option<&str>,
    errors: Option<&str>,
) -> PyResult<Vec<u8>> {
    let text = pystr::as_bytes(x).unwrap_or_default().to_vec();
    codec::encode(vm, x, &text, encoding, errors)
}

/// `bytes.__new__(cls, source=b'', encoding=..., errors=...)`.
fn bytes_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = new_cls(args, &types().bytes)?;
    let [source, encoding, errors] = clinic(
        &args.rest(),
        "bytes",
        ["source", "encoding", "errors"],
        0,
        3,
        0,
    )?;
    let encoding = codec_name_arg(encoding.as_ref(), "bytes", "encoding")?;
    let errors = codec_name_arg(errors.as_ref(), "bytes", "errors")?;
    let is_str = source.as_ref().is_some_and(|x| pystr::as_str(x).is_some());
    let data = match &source {
        None if encoding.is_some() => {
            return Err(error::type_error("encoding without a string argument"))
        }
        None if errors.is_some() => {
            return Err(error::type_error("errors without a string argument"))
        }
        None => Vec::new(),
        Some(_) if encoding.is_some() && !is_str => {
            return Err(error::type_error("encoding without a string argument"))
        }
        Some(x) if encoding.is_some() => encode_source(vm, x, encoding, errors)?,
        Some(_) if errors.is_some() => {
            return Err(error::type_error(if is_str {
                "string argument without an encoding"
            } else {
                "errors without a string argument"
            }))
        }
        Some(x) => {
            if cls.is(&types().bytes) && a_type(x).is(&types().bytes) {
                return Ok(x.clone());
            }
            match typeobj::lookup_str(&a_type(x), "__bytes__") {
                Some(f) => {
                    let r = call::call_special(vm, &f, x, vec![])?;
                    match bytes::as_bytes(&r) {
                        Some(_) if cls.is(&types().bytes) => return Ok(r),
                        Some(b) => b.to_vec(),
                        None => {
                            return Err(error::type_error(format!(
                                "__bytes__ returned non-bytes (type {})",
                                type_name_of(&r)
                            )))
                        }
                    }
                }
                None if is_str => {
                    return Err(error::type_error("string argument without an encoding"))
                }
                None => from_object(vm, x, false)?,
            }
        }
    };
    Ok(bytes::new_bytes_of(cls, data))
}

/// `bytearray.__new__(cls, ...)`: an empty buffer; `__init__` fills it.
fn bytearray_new(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = new_cls(args, &types().bytearray)?;
    Ok(new_bytearray_of(cls))
}

/// `bytearray.__init__(self, source=b'', encoding=..., errors=...)`.
fn bytearray_init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.this()?;
    let Some(ba) = this.as_obj().and_then(|o| o.downcast::<ByteArray>()) else {
        return Err(receiver_error("__init__", "bytearray", Some(this), true));
    };
    let [source, encoding, errors] = clinic(
        &args.rest(),
        "bytearray",
        ["source", "encoding", "errors"],
        0,
        3,
        0,
    )?;
    let encoding = codec_name_arg(encoding.as_ref(), "bytearray", "encoding")?;
    let errors = codec_name_arg(errors.as_ref(), "bytearray", "errors")?;
    if source.is_none() && encoding.is_some() {
        return Err(error::type_error("encoding without a string argument"));
    }
    if source.is_none() && errors.is_some() {
        return Err(error::type_error("errors without a string argument"));
    }
    if !ba.data.borrow().is_empty() {
        ba.check_resize()?;
        ba.data.borrow_mut().clear();
    }
    let Some(x) = source else {
        return Ok(Value::NONE);
    };
    let data = if pystr::as_str(&x).is_some() {
        if encoding.is_none() {
            return Err(error::type_error("string argument without an encoding"));
        }
        encode_source(vm, &x, encoding, errors)?
    } else if encoding.is_some() {
        return Err(error::type_error("encoding without a string argument"));
    } else if errors.is_some() {
        return Err(error::type_error("errors without a string argument"));
    } else if is_iterator(&x) {
        // An iterator fills the buffer as it goes, as CPython's does (its items' code sees the
        // bytes so far).
        let flow = protocols::get_iter(vm, x.clone())?;
        let it = crate::interp::call::run_flow(vm, flow)?;
        while let Some(item) = protocols::next_value(vm, &it)? {
            let b = byte_value(vm, &item, true)?;
            ba.check_resize()?;
            ba.data.borrow_mut().push(b);
        }
        return Ok(Value::NONE);
    } else {
        from_object(vm, &x, true)?
    };
    if !data.is_empty() {
        ba.check_resize()?;
        *ba.data.borrow_mut() = data;
    }
    Ok(Value::NONE)
}

/// Whether `x` is an iterator (a generator, or anything with `__next__`) that is neither an
/// integer size nor a buffer.
fn is_iterator(x: &Value) -> bool {
    if has_index(x) || is_buffer(x) {
        return false;
    }
    x.as_obj().is_some_and(|o| {
        matches!(
            o.kind(),
            crate::heap::Kind::Iter | crate::heap::Kind::Generator
        )
    }) || crate::objects::typeobj::lookup_str(&crate::interp::ops::a_type(x), "__next__").is_some()
}

/// `bytes.fromhex(string)` / `bytearray.fromhex(string)`; a subclass is called with the
/// result, as in CPython.
fn fromhex<const ARRAY: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let owner = if ARRAY { "bytearray" } else { "bytes" };
    let cls = args.this()?.clone();
    let s = one_arg(args, &format!("{owner}.fromhex"))?;
    let text = str_arg(s, || {
        format!(
            "fromhex() argument must be str, not {}",
            clinic_type_name(s)
        )
    })?;
    let data = bytes_methods::fromhex(text)?;
    let exact = if ARRAY {
        crate::objects::bytearray::new_bytearray(data)
    } else {
        bytes::new_bytes(data)
    };
    let base = if ARRAY {
        &types().bytearray
    } else {
        &types().bytes
    };
    if typeobj::as_type(&cls).is_some_and(|c| c.is(base)) {
        return Ok(exact);
    }
    call::call_value(vm, &cls, vec![exact])
}

/// `bytes.maketrans(frm, to)` / `bytearray.maketrans(frm, to)`: a 256-byte table.
fn maketrans<const ARRAY: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let qual = if ARRAY {
        "bytearray.maketrans"
    } else {
        "bytes.maketrans"
    };
    let a = crate::objects::str::args::varargs_of(args, qual, 2, 2)?;
    let from = crate::interp::builtin_types::bytes_like(vm, &a[0])?;
    let to = crate::interp::builtin_types::bytes_like(vm, &a[1])?;
    Ok(bytes::new_bytes(bytes_methods::maketrans(&from, &to)?))
}

pub(crate) fn register(bytes_ty: &ObjRef, bytearray_ty: &ObjRef) {
    statics(bytes_ty, &[("__new__", bytes_new as NativeFn)]);
    statics(bytearray_ty, &[("__new__", bytearray_new as NativeFn)]);
    methods(bytearray_ty, &[("__init__", bytearray_init as NativeFn)]);
    classmethods(bytes_ty, &[("fromhex", fromhex::<false> as NativeFn)]);
    classmethods(bytearray_ty, &[("fromhex", fromhex::<true> as NativeFn)]);
    static_methods(bytes_ty, &[("maketrans", maketrans::<false> as NativeFn)]);
    static_methods(
        bytearray_ty,
        &[("maketrans", maketrans::<true> as NativeFn)],
    );
}
