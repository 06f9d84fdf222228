//! `zlib.Compress`, what `compressobj()` returns: a deflate stream fed piece by piece.
use super::{deflate_config, engine, zlib_error, zlib_types, DEF_MEM_LEVEL, MAX_WBITS};
use std::cell::RefCell;
use weft_vm::heap::{ObjRef, Value};
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::Vm;
use weft_vm::objects::builtin::Args;
use weft_vm::objects::bytes;
use weft_vm::objects::method_support::alloc_instance;
use weft_vm::objects::native::NativeObj;
use weft_vm::objects::register::{methods, statics};
use zlib_rs::{Deflate, DeflateFlush, Status};

/// The stream; `None` once `flush(Z_FINISH)` ended it (CPython's `deflateEnd`), after which
/// every call fails as zlib does on an ended stream.
struct CompObj {
    z: RefCell<Option<Deflate>>,
}

/// `compressobj(level=-1, method=DEFLATED, wbits=MAX_WBITS, memLevel=DEF_MEM_LEVEL,
/// strategy=Z_DEFAULT_STRATEGY, zdict=None)`.
pub(super) fn new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [level, method, wbits, mem_level, strategy, zdict] = args.bind(
        "compressobj",
        ["level", "method", "wbits", "memLevel", "strategy", "zdict"],
        0,
        0,
    )?;
    let level = super::c_int_or(vm, level.as_ref(), -1)?;
    let method = super::c_int_or(vm, method.as_ref(), 8)?;
    let wbits = super::c_int_or(vm, wbits.as_ref(), MAX_WBITS)?;
    let mem_level = super::c_int_or(vm, mem_level.as_ref(), DEF_MEM_LEVEL)?;
    let strategy = super::c_int_or(vm, strategy.as_ref(), 0)?;
    let Some(config) = deflate_config(level, method, wbits, mem_level, strategy) else {
        return Err(error::value_error("Invalid initialization option"));
    };
    let mut z = Deflate::new_with_config(config);
    if let Some(zdict) = &zdict {
        let dict = crate::buffer::bytes_like(zdict)?;
        z.set_dictionary(&dict)
            .map_err(|_| error::value_error("Invalid dictionary"))?;
    }
    let c = CompObj {
        z: RefCell::new(Some(z)),
    };
    let ty = &zlib_types().compress;
    Ok(Value::obj(alloc_instance(ty, NativeObj::new(c))))
}

fn this<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a CompObj> {
    crate::support::this::<CompObj>(args, name, &zlib_types().compress).map(|(_, c)| c)
}

/// `compress(data, /)`: what deflate emits for `data` (it may keep some back).
fn compress(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let c = this(args, "compress")?;
    let [data] = args.rest().bind("compress", ["data"], 1, 1)?;
    let data = data.unwrap_or(Value::NONE);
    let input = crate::buffer::bytes_like(&data)?;
    let mut guard = c.z.borrow_mut();
    let Some(z) = guard.as_mut() else {
        return Err(zlib_error(-2, "while compressing data", None));
    };
    let mut out = Vec::new();
    engine::deflate(z, &input, DeflateFlush::NoFlush, &mut out)
        .map_err(|_| zlib_error(-2, "while compressing data", None))?;
    Ok(bytes::new_bytes(out))
}

/// `flush(mode=Z_FINISH, /)`: the pending output; `Z_FINISH` ends the stream.
fn flush(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let c = this(args, "flush")?;
    let a = args.rest().range("flush", 0, 1)?;
    let mode = super::c_int_or(vm, a.first(), 4)?;
    if mode == 0 {
        return Ok(bytes::new_bytes(Vec::new()));
    }
    let mut guard = c.z.borrow_mut();
    let (Some(z), Ok(flush)) = (guard.as_mut(), DeflateFlush::try_from(mode)) else {
        return Err(zlib_error(-2, "while flushing", None));
    };
    let mut out = Vec::new();
    let st = engine::deflate(z, &[], flush, &mut out)
        .map_err(|_| zlib_error(-2, "while flushing", None))?;
    if st == Status::StreamEnd && flush == DeflateFlush::Finish {
        *guard = None;
    }
    Ok(bytes::new_bytes(out))
}

/// `copy()`: zlib-rs's safe API has no `deflateCopy` yet.
fn copy(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    this(args, "copy")?;
    Err(error::not_implemented_error(
        "Compress.copy() is not supported: the zlib engine (zlib-rs) cannot copy a stream",
    ))
}

pub(super) fn register(t: &ObjRef) {
    statics(t, &[("__new__", crate::support::no_new)]);
    weft_vm::objects::unpicklable::register(t);
    methods(
        t,
        &[
            ("compress", compress),
            ("flush", flush),
            ("copy", copy),
            ("__copy__", copy),
            ("__deepcopy__", copy),
        ],
    );
}
