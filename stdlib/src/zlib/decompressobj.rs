//! `zlib.Decompress`, what `decompressobj()` returns: an inflate stream fed piece by piece, with
//! the input it did not use kept in `unconsumed_tail` (output limit reached) or `unused_data`
//! (after the end of the stream).
use super::engine::{self, DictAnswer};
use super::{inflate_error, new_inflate, zdict_error, zlib_error, zlib_types, MAX_WBITS};
use crate::support::payload;
use std::cell::RefCell;
use weft_vm::heap::{ObjRef, Value};
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::Vm;
use weft_vm::objects::builtin::Args;
use weft_vm::objects::bytes;
use weft_vm::objects::method_support::{alloc_instance, ssize_arg};
use weft_vm::objects::native::NativeObj;
use weft_vm::objects::register::{getsets, methods, statics};
use zlib_rs::{Inflate, InflateError, InflateFlush, Status};

struct State {
    wbits: i32,
    /// `None` once `flush()` reached the end of the stream (CPython's `inflateEnd`).
    z: Option<Inflate>,
    /// The dictionary, set when the stream asks for it (raw streams: at once).
    zdict: Option<Value>,
    unused_data: Value,
    unconsumed_tail: Value,
    eof: bool,
}

struct DecompObj {
    state: RefCell<State>,
}

/// Gives `z` the dictionary `zdict`.
fn set_zdict(z: &mut Inflate, zdict: &Value) -> DictAnswer {
    match crate::buffer::get(zdict) {
        Some(Ok(d)) => match z.set_dictionary(&d) {
            Ok(_) => DictAnswer::Set,
            Err(e) => DictAnswer::Refused(e),
        },
        _ => DictAnswer::Refused(InflateError::StreamError),
    }
}

/// A new stream for `wbits` (`None` when zlib refuses them); a raw stream gets its dictionary now.
fn fresh_inflate(wbits: i32, zdict: Option<&Value>) -> PyResult<Option<Inflate>> {
    let Some(mut z) = new_inflate(wbits) else {
        return Ok(None);
    };
    if let (Some(d), true) = (zdict, wbits < 0) {
        if let DictAnswer::Refused(e) = set_zdict(&mut z, d) {
            return Err(zdict_error(e));
        }
    }
    Ok(Some(z))
}

/// `decompressobj(wbits=MAX_WBITS, zdict=b'')`.
pub(super) fn new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [wbits, zdict] = args.bind("decompressobj", ["wbits", "zdict"], 0, 0)?;
    let wbits = super::c_int_or(vm, wbits.as_ref(), MAX_WBITS)?;
    if let Some(d) = &zdict {
        if crate::buffer::get(d).is_none() {
            return Err(error::type_error(
                "zdict argument must support the buffer protocol",
            ));
        }
    }
    let Some(z) = fresh_inflate(wbits, zdict.as_ref())? else {
        return Err(error::value_error("Invalid initialization option"));
    };
    let empty = bytes::new_bytes(Vec::new());
    let st = State {
        wbits,
        z: Some(z),
        zdict,
        unused_data: empty.clone(),
        unconsumed_tail: empty,
        eof: false,
    };
    let d = DecompObj {
        state: RefCell::new(st),
    };
    let ty = &zlib_types().decompress;
    Ok(Value::obj(alloc_instance(ty, NativeObj::new(d))))
}

fn this<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a DecompObj> {
    crate::support::this::<DecompObj>(args, name, &zlib_types().decompress).map(|(_, d)| d)
}

/// Files away the input the stream did not consume (CPython's `save_unconsumed_input`): after the
/// end of the stream it is unused data, otherwise it is the tail the next call starts from.
fn save_unconsumed(st: &mut State, mut rest: &[u8], stream_end: bool) {
    if stream_end && !rest.is_empty() {
        let mut unused = bytes::as_bytes(&st.unused_data).unwrap_or(&[]).to_vec();
        unused.extend_from_slice(rest);
        st.unused_data = bytes::new_bytes(unused);
        rest = &[];
    }
    let tail_nonempty = bytes::as_bytes(&st.unconsumed_tail).is_some_and(|t| !t.is_empty());
    if !rest.is_empty() || tail_nonempty {
        st.unconsumed_tail = bytes::new_bytes(rest.to_vec());
    }
}

/// Runs the stream over `input` (CPython's decompress/flush loop) and saves what it did not
/// consume. `None` when the stream has ended, which consumes nothing.
fn run(
    st: &mut State,
    input: &[u8],
    flush: InflateFlush,
    limit: usize,
    out: &mut Vec<u8>,
) -> PyResult<Option<Result<Status, InflateError>>> {
    let State { z, zdict, .. } = st;
    let Some(z) = z.as_mut() else {
        save_unconsumed(st, input, false);
        return Ok(None);
    };
    let r = engine::inflate(z, input, flush, out, limit, |z| match zdict {
        Some(d) => set_zdict(z, d),
        None => DictAnswer::Missing,
    });
    if let Some(e) = r.dict_error {
        return Err(zdict_error(e));
    }
    let stream_end = matches!(r.result, Ok(Status::StreamEnd));
    save_unconsumed(st, &input[r.consumed..], stream_end);
    Ok(Some(r.result))
}

/// `decompress(data, /, max_length=0)`.
fn decompress(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = this(args, "decompress")?;
    let [data, max_length] = args
        .rest()
        .bind("decompress", ["data", "max_length"], 1, 1)?;
    let max_length = match &max_length {
        Some(v) => ssize_arg(vm, v)?,
        None => 0,
    };
    if max_length < 0 {
        return Err(error::value_error("max_length must be non-negative"));
    }
    let limit = if max_length == 0 {
        usize::MAX
    } else {
        max_length as usize
    };
    let data = data.unwrap_or(Value::NONE);
    let input = crate::buffer::bytes_like(&data)?;
    let mut st = d.state.borrow_mut();
    let mut out = Vec::new();
    let fresh = st.z.as_ref().is_some_and(|z| z.total_in() == 0);
    let Some(result) = run(&mut st, &input, InflateFlush::SyncFlush, limit, &mut out)? else {
        return Err(zlib_error(-2, "while decompressing data", None));
    };
    match result {
        Ok(Status::StreamEnd) => st.eof = true,
        Ok(_) => {}
        Err(e) => {
            let Some(z) = st.z.as_ref() else {
                return Err(zlib_error(-2, "while decompressing data", None));
            };
            // A stream that saw no input before this call can be replayed from this input.
            let replay = || {
                if !fresh {
                    return None;
                }
                let zdict = st.zdict.as_ref();
                let z = fresh_inflate(st.wbits, zdict).ok().flatten()?;
                engine::replay_message(z, &input, |z| match zdict {
                    Some(d) => set_zdict(z, d),
                    None => DictAnswer::Missing,
                })
            };
            return Err(inflate_error(
                z,
                Some(e),
                "while decompressing data",
                replay,
            ));
        }
    }
    Ok(bytes::new_bytes(out))
}

/// `flush(length=DEF_BUF_SIZE, /)`: decompresses what is left in `unconsumed_tail`. Errors are
/// not reported here, as in CPython.
fn flush(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let d = this(args, "flush")?;
    let a = args.rest().range("flush", 0, 1)?;
    let length = match a.first() {
        Some(v) => ssize_arg(vm, v)?,
        None => super::DEF_BUF_SIZE as isize,
    };
    if length <= 0 {
        return Err(error::value_error("length must be greater than zero"));
    }
    let mut st = d.state.borrow_mut();
    let tail = st.unconsumed_tail.clone();
    let input = bytes::as_bytes(&tail).unwrap_or(&[]);
    let mut out = Vec::new();
    let r = run(&mut st, input, InflateFlush::Finish, usize::MAX, &mut out)?;
    if let Some(Ok(Status::StreamEnd)) = r {
        st.eof = true;
        st.z = None;
    }
    Ok(bytes::new_bytes(out))
}

/// `copy()`: zlib-rs's safe API has no `inflateCopy` yet.
fn copy(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    this(args, "copy")?;
    Err(error::not_implemented_error(
        "Decompress.copy() is not supported: the zlib engine (zlib-rs) cannot copy a stream",
    ))
}

fn get_unused_data(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(payload::<DecompObj>(v).map_or(Value::NONE, |d| d.state.borrow().unused_data.clone()))
}

fn get_unconsumed_tail(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(payload::<DecompObj>(v).map_or(Value::NONE, |d| d.state.borrow().unconsumed_tail.clone()))
}

fn get_eof(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(payload::<DecompObj>(v).map_or(Value::NONE, |d| Value::bool(d.state.borrow().eof)))
}

pub(super) fn register(t: &ObjRef) {
    statics(t, &[("__new__", crate::support::no_new)]);
    weft_vm::objects::unpicklable::register(t);
    methods(
        t,
        &[
            ("decompress", decompress),
            ("flush", flush),
            ("copy", copy),
            ("__copy__", copy),
            ("__deepcopy__", copy),
        ],
    );
    getsets(
        t,
        &[
            ("unused_data", get_unused_data, None),
            ("unconsumed_tail", get_unconsumed_tail, None),
            ("eof", get_eof, None),
        ],
    );
}
