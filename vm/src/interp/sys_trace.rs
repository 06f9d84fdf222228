//! `sys.settrace`/`gettrace`/`setprofile`/`getprofile`: the hooks of this thread, whose events
//! `interp::trace` reports.
use crate::heap::Value;
use crate::interp::error::PyResult;
use crate::interp::Vm;
use crate::objects::builtin::{Args, NativeFn};

fn settrace(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("sys.settrace", 1)?;
    let old = std::mem::replace(&mut vm.trace_func, a[0].clone());
    crate::interp::trace::update(vm);
    drop(old);
    Ok(Value::NONE)
}

fn gettrace(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("sys.gettrace", 0)?;
    Ok(vm.trace_func.clone())
}

fn setprofile(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("sys.setprofile", 1)?;
    let was_off = vm.profile_func.is_none();
    let old = std::mem::replace(&mut vm.profile_func, a[0].clone());
    crate::interp::trace::update(vm);
    drop(old);
    if was_off && !a[0].is_none() {
        if let Some(me) = vm.sys_attr("setprofile") {
            crate::interp::trace::profiler_set_by_call(vm, me);
        }
    }
    Ok(Value::NONE)
}

fn getprofile(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("sys.getprofile", 0)?;
    Ok(vm.profile_func.clone())
}

/// The natives this file adds to `sys`.
pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("settrace", settrace),
    ("gettrace", gettrace),
    ("setprofile", setprofile),
    ("getprofile", getprofile),
];
