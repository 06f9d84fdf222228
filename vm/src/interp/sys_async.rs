//! `sys`'s hooks for the event loops of `asyncio`: async generator hooks (the loop learns of every
//! async generator, and finalizes the ones dropped unfinished) and coroutine origin tracking.
use crate::heap::Value;
use crate::interp::error::{self, PyResult};
use crate::interp::ops::type_name_of;
use crate::interp::Vm;
use crate::objects::builtin::{Args, NativeFn};
use crate::objects::int;

/// `sys.asyncgen_hooks`, the struct sequence type, made on first use.
static HOOKS_TYPE: crate::heap::GilShared<std::cell::RefCell<Option<Value>>> =
    crate::heap::GilShared(std::cell::RefCell::new(None));

/// `sys.get_asyncgen_hooks()`: `asyncgen_hooks(firstiter=..., finalizer=...)`.
fn get_asyncgen_hooks(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("sys.get_asyncgen_hooks", 0)?;
    let ty = match HOOKS_TYPE.with(|t| t.borrow().clone()) {
        Some(t) => t,
        None => {
            let fields = ["firstiter", "finalizer"];
            let t =
                crate::interp::structseq::new_type(vm, "builtins", "asyncgen_hooks", &fields, 2)?;
            HOOKS_TYPE.with(|c| *c.borrow_mut() = Some(t.clone()));
            t
        }
    };
    let values = vec![vm.asyncgen_firstiter.clone(), vm.asyncgen_finalizer.clone()];
    crate::interp::structseq::new(vm, &ty, values)
}

/// `sys.set_asyncgen_hooks(firstiter=<unchanged>, finalizer=<unchanged>)`: each a callable, or None
/// to unset. As CPython, the finalizer is checked and set before the first iterator hook.
fn set_asyncgen_hooks(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [firstiter, finalizer] =
        args.bind("set_asyncgen_hooks", ["firstiter", "finalizer"], 0, 0)?;
    if let Some(f) = finalizer {
        vm.asyncgen_finalizer = checked(f, "finalizer")?;
    }
    if let Some(f) = firstiter {
        vm.asyncgen_firstiter = checked(f, "firstiter")?;
    }
    Ok(Value::NONE)
}

fn checked(hook: Value, what: &str) -> PyResult<Value> {
    if hook.is_none() || crate::interp::builtins_mod::is_callable(&hook) {
        return Ok(hook);
    }
    Err(error::type_error(format!(
        "callable {what} expected, got {}",
        type_name_of(&hook)
    )))
}

fn get_coroutine_origin_tracking_depth(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("sys.get_coroutine_origin_tracking_depth", 0)?;
    Ok(int::from_i64(i64::from(vm.coro_origin_depth)))
}

/// `sys.set_coroutine_origin_tracking_depth(depth)`: new coroutines record that many frames of
/// where they were created in `cr_origin` (0 turns it off).
fn set_coroutine_origin_tracking_depth(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [depth] = args.bind("set_coroutine_origin_tracking_depth", ["depth"], 1, 0)?;
    let depth = depth.unwrap_or(Value::NONE);
    let n = crate::interp::protocols::index(vm, &depth)?;
    let n = i32::try_from(n)
        .map_err(|_| error::overflow_error("Python int too large to convert to C int"))?;
    if n < 0 {
        return Err(error::value_error("depth must be >= 0"));
    }
    vm.coro_origin_depth = u32::try_from(n).unwrap_or(u32::MAX);
    Ok(Value::NONE)
}

/// The natives this file adds to `sys`.
pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("get_asyncgen_hooks", get_asyncgen_hooks),
    ("set_asyncgen_hooks", set_asyncgen_hooks),
    (
        "get_coroutine_origin_tracking_depth",
        get_coroutine_origin_tracking_depth,
    ),
    (
        "set_coroutine_origin_tracking_depth",
        set_coroutine_origin_tracking_depth,
    ),
];
