//! `sys.unraisablehook`: where exceptions that cannot propagate (`__del__`, weakref and atexit
//! callbacks) are reported. The default hook writes them to `sys.stderr`; a replacement gets an
//! `UnraisableHookArgs` record, and its own failure is reported with the default hook.
use crate::heap::{ObjRef, Value};
use crate::interp::error::PyResult;
use crate::interp::exc::normalize;
use crate::interp::{attr, call, Vm};
use crate::objects::builtin::Args;
use crate::objects::exception::ExceptionData;
use crate::objects::str as pystr;
use std::cell::RefCell;

/// The message `PyErr_WriteUnraisable` implies (the hook then sees `err_msg=None`).
const DEFAULT_MSG: &str = "Exception ignored in";

/// The `UnraisableHookArgs` struct sequence type, made on first use.
static ARGS_TYPE: crate::heap::GilShared<RefCell<Option<Value>>> =
    crate::heap::GilShared(RefCell::new(None));

/// Reports `exc` (raised in `obj`) through `sys.unraisablehook`; never fails.
pub fn report(vm: &mut Vm, exc: ObjRef, what: &str, obj: &Value) {
    // An exception that never passed through a frame is located at the running one.
    if let Some(d) = exc.downcast::<ExceptionData>() {
        if d.traceback.borrow().is_none() {
            if let Some(mut f) = vm.frames.pop() {
                crate::interp::exc::add_traceback(vm, &exc, &mut f);
                vm.frames.push(f);
            }
        }
    }
    let hook = vm.sys_attr("unraisablehook").filter(|h| !h.is_none());
    let default = vm.sys_attr("__unraisablehook__");
    let Some(hook) = hook.filter(|h| default.as_ref().is_none_or(|d| d.bits() != h.bits())) else {
        return write_default(vm, &exc, what, obj);
    };
    let err_msg = if what == DEFAULT_MSG {
        Value::NONE
    } else {
        pystr::new_str(what)
    };
    let r = hook_args(vm, &exc, err_msg, obj).and_then(|a| call::call_value(vm, &hook, vec![a]));
    if let Err(e) = r {
        let e = normalize(vm, e);
        write_default(vm, &e, "Exception ignored in sys.unraisablehook", &hook);
    }
}

fn hook_args(vm: &mut Vm, exc: &ObjRef, err_msg: Value, obj: &Value) -> PyResult<Value> {
    let ty = match ARGS_TYPE.with(|t| t.borrow().clone()) {
        Some(t) => t,
        None => {
            let fields = [
                "exc_type",
                "exc_value",
                "exc_traceback",
                "err_msg",
                "object",
            ];
            let t = crate::interp::structseq::new_type(
                vm,
                "builtins",
                "UnraisableHookArgs",
                &fields,
                5,
            )?;
            ARGS_TYPE.with(|c| *c.borrow_mut() = Some(t.clone()));
            t
        }
    };
    let tb = exc
        .downcast::<ExceptionData>()
        .map(|d| d.traceback.borrow().clone())
        .unwrap_or(Value::NONE);
    let values = vec![
        Value::obj(exc.ty().clone()),
        Value::obj(exc.clone()),
        tb,
        err_msg,
        obj.clone(),
    ];
    crate::interp::structseq::new(vm, &ty, values)
}

/// The default report: `what: repr(obj)`, then the traceback, to `sys.stderr` (nothing when it
/// is None); a failure to write is dropped.
fn write_default(vm: &mut Vm, exc: &ObjRef, what: &str, obj: &Value) {
    let r =
        crate::interp::protocols::repr_string(vm, obj).unwrap_or_else(|_| "<object>".to_string());
    let text = crate::interp::traceback::format_exception(vm, exc);
    match vm.sys_attr("stderr") {
        Some(err) if !err.is_none() => {
            let _ = vm.flush_std();
            let _ = vm.write_to(&err, &format!("{what}: {r}\n{text}"));
        }
        Some(_) => {}
        None => eprint!("{what}: {r}\n{text}"),
    }
}

/// `sys.__unraisablehook__(unraisable)`: the default report of an `UnraisableHookArgs` record.
pub fn default_hook(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("sys.unraisablehook", 1)?;
    let exc = attr::getattr(vm, &a[0], "exc_value")?;
    let err_msg = attr::getattr(vm, &a[0], "err_msg")?;
    let obj = attr::getattr(vm, &a[0], "object")?;
    let what = pystr::as_str(&err_msg).unwrap_or(DEFAULT_MSG).to_string();
    if let Some(e) = exc
        .as_obj()
        .filter(|o| o.downcast::<ExceptionData>().is_some())
    {
        write_default(vm, &e.clone(), &what, &obj);
    }
    Ok(Value::NONE)
}
