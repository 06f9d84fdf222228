//! `sys.settrace`/`gettrace`/`setprofile`/`getprofile`: the hooks of this thread, whose events
//! `interp::trace` reports.
use crate::heap::Value;
use crate::interp::error::PyResult;
use crate::interp::Vm;
use crate::objects::builtin::{Args, NativeFn};

/// Which hook `install` replaces.
#[derive(Clone, Copy)]
enum Hook {
    Trace = 1,
    Profile = 2,
}

/// Replaces a hook. The old one is released at once, running its `__del__` then (as CPython's
/// decref does), and a `__del__` that installs a hook of the same kind meanwhile is refused.
fn install(vm: &mut Vm, hook: Hook, new: Value) -> PyResult<Value> {
    let bit = hook as u8;
    if vm.installing_hook & bit != 0 {
        let kind = match hook {
            Hook::Trace => "trace",
            Hook::Profile => "profile",
        };
        return Err(crate::interp::error::runtime_error(format!(
            "Cannot install a {kind} function while another {kind} function is being installed"
        )));
    }
    let slot = match hook {
        Hook::Trace => &mut vm.trace_func,
        Hook::Profile => &mut vm.profile_func,
    };
    let old = std::mem::replace(slot, new);
    let was_set = !old.is_none() && !old.is_null();
    let other = match hook {
        Hook::Trace => &vm.profile_func,
        Hook::Profile => &vm.trace_func,
    };
    if !was_set && other.is_none() {
        vm.trace_epoch = vm.trace_epoch.wrapping_add(1);
    }
    crate::interp::trace::update(vm);
    vm.installing_hook |= bit;
    drop(old);
    vm.run_finalizers();
    vm.installing_hook &= !bit;
    Ok(Value::NONE)
}

fn settrace(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("sys.settrace", 1)?;
    install(vm, Hook::Trace, a[0].clone())
}

fn gettrace(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("sys.gettrace", 0)?;
    Ok(vm.trace_func.clone())
}

fn setprofile(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("sys.setprofile", 1)?;
    install(vm, Hook::Profile, a[0].clone())
}

fn getprofile(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("sys.getprofile", 0)?;
    Ok(vm.profile_func.clone())
}

/// `sys.call_tracing(func, args)`: calls `func(*args)` outside the hook nesting (`_PyEval_CallTracing`),
/// so that a debugger that sets a hook there (debugging code from a breakpoint) gets its events.
fn call_tracing(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("call_tracing", 2)?;
    let Some(items) = crate::objects::tuple::as_tuple(&a[1]) else {
        return Err(crate::interp::error::type_error(format!(
            "call_tracing() argument 2 must be tuple, not {}",
            crate::interp::ops::type_name_of(&a[1])
        )));
    };
    let items = items.to_vec();
    let saved = std::mem::replace(&mut vm.tracing, 0);
    let saved_use = vm.use_tracing;
    let r = crate::interp::call::call_value(vm, &a[0], items);
    vm.tracing = saved;
    vm.use_tracing = saved_use;
    r
}

/// The natives this file adds to `sys`.
pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("settrace", settrace),
    ("gettrace", gettrace),
    ("setprofile", setprofile),
    ("getprofile", getprofile),
    ("call_tracing", call_tracing),
];
