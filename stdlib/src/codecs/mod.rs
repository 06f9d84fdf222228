//! The `_codecs` module: the codec registry (`register`, `lookup`, `encode`, `decode`), the error
//! handler registry, and the per-codec functions the `encodings` package calls, over the vm's
//! codecs (`weft_vm::text::codecs`).
mod charmap;
mod functions;
mod handlers;

use std::cell::RefCell;
use std::sync::OnceLock;
use weft_vm::heap::{GilShared, ObjRef, Value};
use weft_vm::interp::builtins_mod::is_callable as is_callable_value;
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::ops::type_name_of;
use weft_vm::interp::{call, Vm};
use weft_vm::objects::builtin::Args;
use weft_vm::objects::str::codec_wrap::wrap_codec_error;
use weft_vm::objects::{str as pystr, tuple};
use weft_vm::text::codecs::{normalize_encoding, Operation};

/// The search functions, the lookup cache and the registered error handlers.
#[derive(Default)]
struct Registry {
    search: Vec<Value>,
    cache: Vec<(String, Value)>,
    errors: Vec<(String, Value)>,
    /// Whether `encodings` was imported (it registers its search function first, as at
    /// CPython's startup, even when a program registers its own before any lookup).
    booted: bool,
}

/// One registry for the process, as CPython's is per interpreter: every thread finds the codecs
/// `encodings` registered. Only the thread holding the GIL touches it, and what it holds is made
/// immortal (CPython keeps registered functions and looked-up codecs for good too).
static REGISTRY: OnceLock<GilShared<RefCell<Registry>>> = OnceLock::new();

/// Runs `f` on the registry (never across a call into Python).
fn registry<R>(f: impl FnOnce(&mut Registry) -> R) -> R {
    let cell = &REGISTRY
        .get_or_init(|| GilShared(RefCell::new(Registry::default())))
        .0;
    f(&mut cell.borrow_mut())
}

/// `v`, made immortal before the registry keeps it.
fn keep(v: &Value) -> Value {
    if let Some(o) = v.as_obj() {
        o.make_immortal();
    }
    v.clone()
}

fn str_arg<'a>(v: &'a Value, fname: &str, n: usize) -> PyResult<&'a str> {
    pystr::as_str(v).ok_or_else(|| {
        error::type_error(format!(
            "{fname}() argument {n} must be str, not {}",
            type_name_of(v)
        ))
    })
}

/// The str argument of a one-argument function.
fn one_str_arg<'a>(v: &'a Value, fname: &str) -> PyResult<&'a str> {
    pystr::as_str(v).ok_or_else(|| {
        error::type_error(format!(
            "{fname}() argument must be str, not {}",
            type_name_of(v)
        ))
    })
}

fn register(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("register", 1)?;
    if !is_callable_value(&a[0]) {
        return Err(error::type_error("argument must be callable"));
    }
    // Best effort: without `encodings` (no standard library) the function still registers.
    let _ = boot(vm);
    let f = keep(&a[0]);
    registry(|r| r.search.push(f));
    Ok(Value::NONE)
}

fn unregister(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("unregister", 1)?;
    registry(|r| {
        if let Some(i) = r.search.iter().position(|f| f.bits() == a[0].bits()) {
            r.search.remove(i);
            r.cache.clear();
        }
    });
    Ok(Value::NONE)
}

/// Imports `encodings` once, which registers its search function.
fn boot(vm: &mut Vm) -> PyResult<()> {
    if registry(|r| std::mem::replace(&mut r.booted, true)) {
        return Ok(());
    }
    weft_vm::interp::import::import_abs(vm, "encodings").map(|_| ())
}

/// `codecs.lookup(encoding)`: the cached `CodecInfo`, or the first search function's answer.
pub(crate) fn lookup_codec(vm: &mut Vm, encoding: &str) -> PyResult<Value> {
    let norm = normalize_encoding(encoding);
    let cached = registry(|r| {
        r.cache
            .iter()
            .find(|(n, _)| *n == norm)
            .map(|(_, v)| v.clone())
    });
    if let Some(v) = cached {
        return Ok(v);
    }
    boot(vm)?;
    let search = registry(|r| r.search.clone());
    for f in search {
        let r = call::call_value(vm, &f, vec![pystr::new_string(norm.clone())])?;
        if r.is_none() {
            continue;
        }
        if tuple::as_tuple(&r).is_none_or(|t| t.len() != 4) {
            return Err(error::type_error(
                "codec search functions must return 4-tuples",
            ));
        }
        let info = keep(&r);
        registry(|reg| reg.cache.push((norm, info)));
        return Ok(r);
    }
    Err(error::lookup_error(format!("unknown encoding: {encoding}")))
}

fn lookup(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("lookup", 1)?;
    let name = one_str_arg(&a[0], "lookup")?.to_string();
    lookup_codec(vm, &name)
}

fn forget_codec(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("_forget_codec", 1)?;
    let norm = normalize_encoding(str_arg(&a[0], "_forget_codec", 1)?);
    registry(|r| r.cache.retain(|(n, _)| *n != norm));
    Ok(Value::NONE)
}

/// `encode`/`decode(obj, encoding='utf-8', errors='strict')` through the registry.
fn transcode(vm: &mut Vm, args: &Args, fname: &str, which: usize) -> PyResult<Value> {
    let [obj, encoding, errors] = args.bind(fname, ["obj", "encoding", "errors"], 1, 0)?;
    let encoding = match &encoding {
        Some(e) => str_arg(e, fname, 2)?.to_string(),
        None => "utf-8".to_string(),
    };
    let mut call_args = vec![obj.unwrap_or(Value::NONE)];
    if let Some(e) = errors {
        str_arg(&e, fname, 3)?;
        call_args.push(e);
    }
    let info = lookup_codec(vm, &encoding)?;
    let f = tuple::as_tuple(&info).map_or(Value::NONE, |t| t[which].clone());
    let operation = if which == 0 {
        Operation::Encoding
    } else {
        Operation::Decoding
    };
    let r = call::call_value(vm, &f, call_args)
        .map_err(|e| wrap_codec_error(vm, e, operation, &encoding))?;
    match tuple::as_tuple(&r) {
        Some([v, _]) => Ok(v.clone()),
        _ => Err(error::type_error(if which == 0 {
            "encoder must return a tuple (object, integer)"
        } else {
            "decoder must return a tuple (object,integer)"
        })),
    }
}

fn encode(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    transcode(vm, args, "encode", 0)
}

fn decode(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    transcode(vm, args, "decode", 1)
}

fn register_error(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("register_error", 2)?;
    let name = str_arg(&a[0], "register_error", 1)?.to_string();
    if !is_callable_value(&a[1]) {
        return Err(error::type_error("handler must be callable"));
    }
    let handler = keep(&a[1]);
    registry(|r| {
        r.errors.retain(|(n, _)| *n != name);
        r.errors.push((name, handler));
    });
    Ok(Value::NONE)
}

fn lookup_error(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("lookup_error", 1)?;
    let name = one_str_arg(&a[0], "lookup_error")?;
    let found = registry(|r| {
        r.errors
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.clone())
    });
    if let Some(f) = found {
        return Ok(f);
    }
    handlers::builtin(name)
        .ok_or_else(|| error::lookup_error(format!("unknown error handler name '{name}'")))
}

/// A handler registered with `register_error` (the vm's codecs ask for names they do not know).
fn registered_handler(name: &str) -> Option<Value> {
    registry(|r| {
        r.errors
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.clone())
    })
}

/// Builds the `_codecs` module.
pub fn init(_vm: &mut Vm) -> PyResult<ObjRef> {
    weft_vm::objects::str::codec_custom::set_error_handler_lookup(registered_handler);
    let m = crate::module_with(
        "_codecs",
        &[
            ("register", register),
            ("unregister", unregister),
            ("lookup", lookup),
            ("_forget_codec", forget_codec),
            ("encode", encode),
            ("decode", decode),
            ("register_error", register_error),
            ("lookup_error", lookup_error),
        ],
    );
    functions::add(&m);
    charmap::add(&m);
    Ok(m)
}
