//! The `weft.checkpoint` module: `save`, `load`, `dumps`, `loads` and `CheckpointError`.
use super::encode::{Encoder, RESERVED};
use super::header;
use super::record;
use super::{atomic, decode};
use std::sync::OnceLock;
use weft_vm::heap::{GilShared, ObjRef, Value};
use weft_vm::interp::error::{self, PyErr, PyResult};
use weft_vm::interp::exc::new_exception_class;
use weft_vm::interp::ops::type_name_of;
use weft_vm::interp::{attr, call, Vm};
use weft_vm::objects::builtin::{Args, Builtin, BuiltinKind, NativeFn};
use weft_vm::objects::{bytes, module, str as pystr, types};

static ERROR: OnceLock<GilShared<ObjRef>> = OnceLock::new();

fn error_type() -> &'static ObjRef {
    &ERROR
        .get_or_init(|| {
            let t = new_exception_class("weft.checkpoint", "CheckpointError", &types().exception);
            weft_vm::objects::typeobj::tdata(&t).dict.set_rs(
                "__doc__",
                pystr::new_str("A checkpoint that cannot be read: truncated, corrupted, foreign or from a newer weft."),
            );
            GilShared(t)
        })
        .0
}

/// `weft.checkpoint.CheckpointError(msg)`.
pub(crate) fn checkpoint_error(msg: impl Into<String>) -> PyErr {
    PyErr::new(error_type(), msg)
}

/// The whole checkpoint of `obj`: header and payload.
fn encode(vm: &mut Vm, obj: &Value) -> PyResult<Vec<u8>> {
    let (out, count, root) = Encoder::new(vm)?.run(vm, obj)?;
    let mut out = record::close_table(out, RESERVED, count, root)
        .map_err(|e| error::system_error(format!("checkpoint encoding failed: {e}")))?;
    header::seal(&mut out);
    Ok(out)
}

/// The object of checkpoint `data`.
fn decode_all(vm: &mut Vm, data: &[u8]) -> PyResult<Value> {
    let payload = header::open(data).map_err(checkpoint_error)?;
    decode::decode(vm, payload)
}

/// `dumps(obj) -> bytes`.
fn dumps(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [obj] = args.exact("dumps", 1)? else {
        return Err(error::system_error("dumps: bad arguments"));
    };
    Ok(bytes::new_bytes(encode(vm, obj)?))
}

/// `loads(data)`: `data` is any bytes-like object.
fn loads(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [data] = args.exact("loads", 1)? else {
        return Err(error::system_error("loads: bad arguments"));
    };
    if let Some(b) = bytes::as_bytes(data) {
        return decode_all(vm, b);
    }
    let b = weft_vm::interp::builtin_types::bytes_like(vm, data).map_err(|_| {
        error::type_error(format!(
            "a bytes-like object is required, not '{}'",
            type_name_of(data)
        ))
    })?;
    decode_all(vm, &b)
}

/// `save(path, obj)`: the checkpoint is encoded whole first (so an object that cannot be saved is
/// found before the file system is touched), then written atomically over `path`.
fn save(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [path, obj] = args.exact("save", 2)? else {
        return Err(error::system_error("save: bad arguments"));
    };
    let p = fs_path(vm, path, "save")?;
    let data = encode(vm, obj)?;
    atomic::replace(&p, &data)
        .map_err(|e| weft_vm::objects::os_error::os_error(vm, &e, Some(path)))?;
    Ok(Value::NONE)
}

/// `load(path)`.
fn load(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [path] = args.exact("load", 1)? else {
        return Err(error::system_error("load: bad arguments"));
    };
    let p = fs_path(vm, path, "load")?;
    let data =
        std::fs::read(&p).map_err(|e| weft_vm::objects::os_error::os_error(vm, &e, Some(path)))?;
    decode_all(vm, &data)
}

/// A path argument: str, bytes, or an object with `__fspath__` giving one of those.
fn fs_path(vm: &mut Vm, v: &Value, fname: &str) -> PyResult<std::path::PathBuf> {
    use std::os::unix::ffi::OsStrExt;
    let direct = |v: &Value| -> Option<std::path::PathBuf> {
        if let Some(s) = pystr::as_str_obj(v) {
            return Some(std::ffi::OsStr::from_bytes(s.as_bytes()).into());
        }
        bytes::as_bytes(v).map(|b| std::ffi::OsStr::from_bytes(b).into())
    };
    if let Some(p) = direct(v) {
        return Ok(p);
    }
    if let Some(f) = attr::getattr_opt(
        vm,
        &Value::obj(weft_vm::interp::ops::a_type(v)),
        "__fspath__",
    )? {
        let r = call::call_value(vm, &f, vec![v.clone()])?;
        if let Some(p) = direct(&r) {
            return Ok(p);
        }
    }
    Err(error::type_error(format!(
        "{fname}: path should be string, bytes or os.PathLike, not {}",
        type_name_of(v)
    )))
}

const DOC: &str =
    "weft's native checkpoint format: any object graph that pickle can store, written \
atomically (temporary file, fsync, rename) and checked (magic, version, length, CRC-32) when read.";

/// Builds the `weft.checkpoint` module.
pub(crate) fn init(_vm: &mut Vm) -> PyResult<ObjRef> {
    let m = module::new_module("weft.checkpoint");
    let Some(d) = module::module_dict(&m) else {
        return Ok(m);
    };
    let fns: [(&'static str, NativeFn, &'static str); 4] = [
        ("save", save, "Write the checkpoint of obj to path atomically: a crash leaves the previous file intact."),
        ("load", load, "Read the object saved at path."),
        ("dumps", dumps, "Return the checkpoint of obj as bytes."),
        ("loads", loads, "Return the object of a checkpoint given as a bytes-like object."),
    ];
    for (name, func, doc) in fns {
        // `__self__` is the module, as in CPython: it is where `__module__` comes from.
        let b = Builtin {
            name,
            func,
            kind: BuiltinKind::Function,
            self_: Some(Value::obj(m.clone())),
            owner: None,
            doc: Some(doc),
            needs_frame: false,
            recursion_ctx: "",
        };
        let ty = &types().builtin_function;
        d.set_rs(name, Value::obj(weft_vm::heap::alloc(ty, b, None)));
    }
    d.set_rs("CheckpointError", Value::obj(error_type().clone()));
    d.set_rs("MAGIC", bytes::new_bytes(header::MAGIC.to_vec()));
    d.set_rs(
        "VERSION",
        weft_vm::objects::int::from_i64(i64::from(header::VERSION)),
    );
    d.set_rs("__doc__", pystr::new_str(DOC));
    d.set_rs("__package__", pystr::new_str("weft"));
    Ok(m)
}
