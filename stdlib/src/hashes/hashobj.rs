//! The hash object every algorithm's type shares: `update`, `digest`, `hexdigest`, `copy` and the
//! size attributes. SHAKE's `digest`/`hexdigest` take the output length.
use super::algo::Algo;
use super::state::Hasher;
use crate::support::payload;
use std::cell::RefCell;
use weft_vm::heap::{ObjRef, Value};
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::Vm;
use weft_vm::objects::builtin::Args;
use weft_vm::objects::method_support::alloc_instance;
use weft_vm::objects::native::NativeObj;
use weft_vm::objects::register::{getsets, methods};
use weft_vm::objects::{bytes, int, str as pystr};

pub(crate) struct HashObj {
    algo: Algo,
    digest_size: usize,
    state: RefCell<Box<dyn Hasher>>,
}

/// A new hash object of `algo`'s type, fed `data`.
pub(crate) fn new_hash(
    algo: Algo,
    digest_size: usize,
    mut state: Box<dyn Hasher>,
    data: Option<&Value>,
) -> PyResult<Value> {
    if let Some(d) = data {
        state.update(&hashable(d)?);
    }
    let h = HashObj {
        algo,
        digest_size,
        state: RefCell::new(state),
    };
    let ty = super::hash_type(algo);
    Ok(Value::obj(alloc_instance(ty, NativeObj::new(h))))
}

/// The bytes of data to hash, with hashlib's errors for str and non-buffers.
pub(crate) fn hashable(v: &Value) -> PyResult<crate::buffer::Buf<'_>> {
    if pystr::as_str(v).is_some() {
        return Err(error::type_error("Strings must be encoded before hashing"));
    }
    crate::buffer::get(v).unwrap_or_else(|| {
        Err(error::type_error(
            "object supporting the buffer API required",
        ))
    })
}

fn this<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a HashObj> {
    let owner = super::hash_type(Algo::Md5);
    crate::support::this::<HashObj>(args, name, owner).map(|(_, h)| h)
}

fn qualname(h: &HashObj, method: &str) -> String {
    format!("{}.{method}", h.algo.name())
}

fn update(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let h = this(args, "update")?;
    let a = args.rest().exact(&qualname(h, "update"), 1)?;
    let data = hashable(&a[0])?;
    h.state.borrow_mut().update(&data);
    Ok(Value::NONE)
}

/// The digest `digest()`/`hexdigest()` return: fixed-size, or SHAKE's `length` argument.
fn compute(args: &Args, method: &str) -> PyResult<Vec<u8>> {
    let h = this(args, method)?;
    let rest = args.rest();
    if !h.algo.is_xof() {
        rest.exact(&qualname(h, method), 0)?;
        return Ok(h.state.borrow().digest(h.digest_size));
    }
    let a = rest.exact(&qualname(h, method), 1)?;
    let len = unsigned_long(&a[0])?;
    if len >= 1 << 29 {
        return Err(error::value_error("length is too large"));
    }
    Ok(h.state.borrow().digest(len as usize))
}

/// Argument Clinic's `unsigned_long` converter: ints only (no `__index__`), never negative.
pub(crate) fn unsigned_long(v: &Value) -> PyResult<u64> {
    let Some(b) = int::to_big(v) else {
        return Err(error::type_error("an integer is required"));
    };
    if b.sign() == num_bigint::Sign::Minus {
        return Err(error::value_error("value must be positive"));
    }
    num_traits::ToPrimitive::to_u64(&b)
        .ok_or_else(|| error::overflow_error("Python int too large to convert to C unsigned long"))
}

fn digest(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(bytes::new_bytes(compute(args, "digest")?))
}

fn hexdigest(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = compute(args, "hexdigest")?;
    Ok(pystr::new_string(hex(&d)))
}

/// Lowercase hexadecimal digits of `data`.
pub(crate) fn hex(data: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(data.len() * 2);
    for b in data {
        s.push(DIGITS[usize::from(b >> 4)] as char);
        s.push(DIGITS[usize::from(b & 15)] as char);
    }
    s
}

fn copy(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let h = this(args, "copy")?;
    args.rest().exact(&qualname(h, "copy"), 0)?;
    let state = h.state.borrow().boxed_clone();
    new_hash(h.algo, h.digest_size, state, None)
}

fn get_name(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(payload::<HashObj>(v).map_or(Value::NONE, |h| pystr::new_str(h.algo.name())))
}

fn get_digest_size(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(payload::<HashObj>(v).map_or(Value::NONE, |h| int::from_i64(h.digest_size as i64)))
}

fn get_block_size(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(payload::<HashObj>(v).map_or(Value::NONE, |h| int::from_i64(h.algo.block_size() as i64)))
}

/// SHA-3's sponge parameters, which CPython exposes for its tests.
fn get_rate_bits(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(payload::<HashObj>(v).map_or(Value::NONE, |h| {
        int::from_i64(h.algo.block_size() as i64 * 8)
    }))
}

fn get_capacity_bits(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(payload::<HashObj>(v).map_or(Value::NONE, |h| {
        int::from_i64(1600 - h.algo.block_size() as i64 * 8)
    }))
}

fn get_suffix(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(payload::<HashObj>(v).map_or(Value::NONE, |h| {
        bytes::new_bytes(vec![if h.algo.is_xof() { 0x1f } else { 0x06 }])
    }))
}

pub(crate) fn register(t: &ObjRef, algo: Algo) {
    methods(
        t,
        &[
            ("update", update),
            ("digest", digest),
            ("hexdigest", hexdigest),
            ("copy", copy),
        ],
    );
    getsets(
        t,
        &[
            ("name", get_name, None),
            ("digest_size", get_digest_size, None),
            ("block_size", get_block_size, None),
        ],
    );
    weft_vm::objects::unpicklable::register(t);
    if algo.is_sha3() {
        getsets(
            t,
            &[
                ("_rate_bits", get_rate_bits, None),
                ("_capacity_bits", get_capacity_bits, None),
                ("_suffix", get_suffix, None),
            ],
        );
    }
    crate::support::method_docs(
        t,
        &[
            (
                "update",
                "Update this hash object's state with the provided string.",
            ),
            ("digest", "Return the digest value as a bytes object."),
            (
                "hexdigest",
                "Return the digest value as a string of hexadecimal digits.",
            ),
            ("copy", "Return a copy of the hash object."),
        ],
    );
}
