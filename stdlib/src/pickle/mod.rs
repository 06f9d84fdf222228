//! The `_pickle` module: the native `Pickler` and `Unpickler` that `pickle.py` uses when present,
//! `dump`/`dumps`/`load`/`loads`, the pickle exceptions and `PickleBuffer`. Protocols 0 to 5, with
//! CPython 3.11's output byte for byte (framing, memo indexes, batching) and its error messages.
//!
//! Layout: [`save`] writes (one `Saver` per dump), [`load`] reads (one `Loader` per load) from an
//! [`input`]; [`pickler`] and [`unpickler`] are the Python types that keep the settings and memos
//! between calls, [`proxy`] their memo proxies, [`state`] what is taken from `copyreg` and
//! `_compat_pickle`. Natives that call Python (`persistent_id`, `reducer_override`,
//! `__reduce_ex__`, `find_class`, the file methods) use the vm's counted re-entry, and nesting is
//! counted as CPython counts it, so deep structures raise `RecursionError`.
mod buffer;
mod input;
mod load;
mod memo;
mod opcodes;
mod pickler;
mod proxy;
mod save;
mod state;
mod unpickler;

use crate::support::native_type;
use std::sync::OnceLock;
use weft_vm::heap::{GilShared, ObjRef, Value};
use weft_vm::interp::error::{PyErr, PyResult};
use weft_vm::interp::exc::new_exception_class as new_exception;
use weft_vm::interp::ops::truthy;
use weft_vm::interp::Vm;
use weft_vm::objects::builtin::Args;
use weft_vm::objects::register::{getsets, methods, statics};
use weft_vm::objects::{bytes, str as pystr, types as vm_types};

pub(crate) struct Types {
    pickle_error: ObjRef,
    pickling_error: ObjRef,
    unpickling_error: ObjRef,
    pickler: ObjRef,
    unpickler: ObjRef,
    pickler_proxy: ObjRef,
    unpickler_proxy: ObjRef,
}

static TYPES: OnceLock<GilShared<Types>> = OnceLock::new();

pub(crate) fn types() -> &'static Types {
    &TYPES
        .get_or_init(|| {
            let pickle_error = new_exception("_pickle", "PickleError", &vm_types().exception);
            let pickling_error = new_exception("_pickle", "PicklingError", &pickle_error);
            let unpickling_error = new_exception("_pickle", "UnpicklingError", &pickle_error);
            let pickler = native_type("_pickle.Pickler", true);
            statics(&pickler, &[("__new__", pickler::new)]);
            methods(
                &pickler,
                &[
                    ("__init__", pickler::init),
                    ("dump", pickler::dump),
                    ("clear_memo", pickler::clear_memo),
                    ("__sizeof__", pickler::sizeof),
                ],
            );
            getsets(
                &pickler,
                &[
                    ("memo", pickler::get_memo, Some(pickler::set_memo)),
                    (
                        "persistent_id",
                        pickler::get_persid,
                        Some(pickler::set_persid),
                    ),
                    (
                        "dispatch_table",
                        pickler::get_dispatch_table,
                        Some(pickler::set_dispatch_table),
                    ),
                    ("fast", pickler::get_fast, Some(pickler::set_fast)),
                    ("bin", pickler::get_bin, Some(pickler::set_bin)),
                ],
            );
            crate::support::set_doc(&pickler, PICKLER_DOC);
            let unpickler = native_type("_pickle.Unpickler", true);
            statics(&unpickler, &[("__new__", unpickler::new)]);
            methods(
                &unpickler,
                &[
                    ("__init__", unpickler::init),
                    ("load", unpickler::load),
                    ("find_class", unpickler::find_class),
                    ("__sizeof__", unpickler::sizeof),
                ],
            );
            getsets(
                &unpickler,
                &[
                    ("memo", unpickler::get_memo, Some(unpickler::set_memo)),
                    (
                        "persistent_load",
                        unpickler::get_persload,
                        Some(unpickler::set_persload),
                    ),
                ],
            );
            crate::support::set_doc(&unpickler, UNPICKLER_DOC);
            let pickler_proxy = native_type("_pickle.PicklerMemoProxy", true);
            methods(
                &pickler_proxy,
                &[
                    ("clear", proxy::p_clear),
                    ("copy", proxy::p_copy),
                    ("__reduce__", proxy::p_reduce),
                ],
            );
            let unpickler_proxy = native_type("_pickle.UnpicklerMemoProxy", true);
            methods(
                &unpickler_proxy,
                &[
                    ("clear", proxy::u_clear),
                    ("copy", proxy::u_copy),
                    ("__reduce__", proxy::u_reduce),
                ],
            );
            for t in [&pickler_proxy, &unpickler_proxy] {
                weft_vm::objects::register::attrs(t, vec![("__hash__", Value::NONE)]);
            }
            GilShared(Types {
                pickle_error,
                pickling_error,
                unpickling_error,
                pickler,
                unpickler,
                pickler_proxy,
                unpickler_proxy,
            })
        })
        .0
}

pub(crate) fn pickling_error(msg: impl Into<String>) -> PyErr {
    PyErr::new(&types().pickling_error, msg)
}

pub(crate) fn unpickling_error(msg: impl Into<String>) -> PyErr {
    PyErr::new(&types().unpickling_error, msg)
}

/// Refuses more than `max` positional arguments (the rest are keyword-only).
fn max_positional(args: &Args, fname: &str, max: usize) -> PyResult<()> {
    let n = args.positional().len();
    if n > max {
        return Err(weft_vm::interp::error::type_error(format!(
            "{fname}() takes at most {max} positional arguments ({n} given)"
        )));
    }
    Ok(())
}

/// `dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None)`.
fn dump(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    max_positional(args, "dump", 3)?;
    let [obj, file, protocol, fix, cb] = args.bind(
        "dump",
        ["obj", "file", "protocol", "fix_imports", "buffer_callback"],
        2,
        0,
    )?;
    let (obj, file) = (obj.unwrap_or(Value::NONE), file.unwrap_or(Value::NONE));
    let proto = pickler::protocol_of(vm, protocol.as_ref())?;
    let fix = match &fix {
        Some(v) => truthy(vm, v)?,
        None => true,
    };
    let write = pickler::write_of(vm, &file)?;
    let cb = pickler::buffer_callback_of(cb.as_ref(), proto)?;
    pickler::dump_once(vm, &obj, Some(write), proto, fix, cb)
}

/// `dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None)`.
fn dumps(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    max_positional(args, "dumps", 2)?;
    let [obj, protocol, fix, cb] = args.bind(
        "dumps",
        ["obj", "protocol", "fix_imports", "buffer_callback"],
        1,
        0,
    )?;
    let obj = obj.unwrap_or(Value::NONE);
    let proto = pickler::protocol_of(vm, protocol.as_ref())?;
    let fix = match &fix {
        Some(v) => truthy(vm, v)?,
        None => true,
    };
    let cb = pickler::buffer_callback_of(cb.as_ref(), proto)?;
    pickler::dump_once(vm, &obj, None, proto, fix, cb)
}

/// `load(file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=())`.
fn load(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (file, opts) = unpickler::bind_options(vm, args, "load", "file", false)?;
    let inp = input::Input::from_file(vm, &file)?;
    unpickler::load_once(vm, inp, opts)
}

/// `loads(data, /, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=())`.
fn loads(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (data, opts) = unpickler::bind_options(vm, args, "loads", "data", true)?;
    let bytes = match bytes::as_bytes(&data) {
        Some(b) => b.to_vec(),
        None => weft_vm::interp::builtin_types::bytes_like(vm, &data).map_err(|_| {
            weft_vm::interp::error::type_error(format!(
                "a bytes-like object is required, not '{}'",
                weft_vm::interp::ops::type_name_of(&data)
            ))
        })?,
    };
    unpickler::load_once(vm, input::Input::from_bytes(bytes), opts)
}

const PICKLER_DOC: &str = "Pickler(file, protocol=None, fix_imports=True, buffer_callback=None)\n--\n\nThis takes a binary file for writing a pickle data stream.";
const UNPICKLER_DOC: &str = "Unpickler(file, *, fix_imports=True, encoding='ASCII', errors='strict',\n          buffers=())\n--\n\nThis takes a binary file for reading a pickle data stream.";

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    state::load(vm)?;
    let t = types();
    let m = crate::support::module_with_docs(
        "_pickle",
        &[
            (
                "dump",
                dump,
                "Write a pickled representation of obj to the open file object file.",
            ),
            (
                "dumps",
                dumps,
                "Return the pickled representation of the object as a bytes object.",
            ),
            (
                "load",
                load,
                "Read and return an object from the pickle data stored in a file.",
            ),
            (
                "loads",
                loads,
                "Read and return an object from the given pickle data.",
            ),
        ],
    );
    let d = weft_vm::objects::module::module_dict(&m)
        .ok_or_else(|| weft_vm::interp::error::system_error("module without dict"))?;
    d.set_rs(
        "PickleBuffer",
        Value::obj(buffer::picklebuffer_type().clone()),
    );
    d.set_rs("Pickler", Value::obj(t.pickler.clone()));
    d.set_rs("Unpickler", Value::obj(t.unpickler.clone()));
    d.set_rs("PickleError", Value::obj(t.pickle_error.clone()));
    d.set_rs("PicklingError", Value::obj(t.pickling_error.clone()));
    d.set_rs("UnpicklingError", Value::obj(t.unpickling_error.clone()));
    d.set_rs(
        "__doc__",
        pystr::new_str("Optimized C implementation for the Python pickle module."),
    );
    Ok(m)
}
