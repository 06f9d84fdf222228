//! `sys.settrace`/`gettrace`/`setprofile`/`getprofile`: the hooks are remembered so that code which
//! saves and restores them (doctest, pdb, coverage tools) round-trips; weft emits no trace or
//! profile events yet, so a hook that is set is never called.
use crate::heap::Value;
use crate::interp::error::PyResult;
use crate::interp::Vm;
use crate::objects::builtin::{Args, NativeFn};

fn settrace(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("sys.settrace", 1)?;
    vm.trace_func = a[0].clone();
    Ok(Value::NONE)
}

fn gettrace(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("sys.gettrace", 0)?;
    Ok(vm.trace_func.clone())
}

fn setprofile(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("sys.setprofile", 1)?;
    vm.profile_func = a[0].clone();
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
