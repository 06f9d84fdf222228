//! Descriptor plumbing of `posix` that `subprocess`, `socket` and `asyncio` use: `pipe2`, `dup2`,
//! the inheritable (close-on-exec) and blocking flags.
use super::args::{self, c_int};
use super::sys;
use weft_vm::heap::Value;
use weft_vm::interp::error::PyResult;
use weft_vm::interp::{ops, Vm};
use weft_vm::objects::builtin::{Args, NativeFn};
use weft_vm::objects::{int, tuple};

fn pipe2(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("posix.pipe2", 1)?;
    let (r, w) = sys::pipe2(c_int(&a[0])?).map_err(|e| args::os_error(vm, &e))?;
    Ok(tuple::new_tuple(vec![
        int::from_i64(r as i64),
        int::from_i64(w as i64),
    ]))
}

/// `dup2(fd, fd2, inheritable=True)`.
fn dup2(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [fd, fd2, inh] = args.bind("dup2", ["fd", "fd2", "inheritable"], 2, 0)?;
    let inheritable = match inh {
        Some(v) => ops::truthy(vm, &v)?,
        None => true,
    };
    let fd = c_int(&fd.unwrap_or(Value::NONE))?;
    let fd2 = c_int(&fd2.unwrap_or(Value::NONE))?;
    let r = sys::dup2(fd, fd2, inheritable).map_err(|e| args::os_error(vm, &e))?;
    Ok(int::from_i64(r as i64))
}

fn get_inheritable(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("posix.get_inheritable", 1)?;
    let r = sys::get_inheritable(c_int(&a[0])?).map_err(|e| args::os_error(vm, &e))?;
    Ok(Value::bool(r))
}

fn set_inheritable(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("set_inheritable", 2)?;
    let on = ops::truthy(vm, &a[1])?;
    sys::set_inheritable(c_int(&a[0])?, on).map_err(|e| args::os_error(vm, &e))?;
    Ok(Value::NONE)
}

fn get_blocking(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("posix.get_blocking", 1)?;
    let r = sys::get_blocking(c_int(&a[0])?).map_err(|e| args::os_error(vm, &e))?;
    Ok(Value::bool(r))
}

fn set_blocking(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("set_blocking", 2)?;
    let on = ops::truthy(vm, &a[1])?;
    sys::set_blocking(c_int(&a[0])?, on).map_err(|e| args::os_error(vm, &e))?;
    Ok(Value::NONE)
}

/// The natives of this file.
pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("pipe2", pipe2),
    ("dup2", dup2),
    ("get_inheritable", get_inheritable),
    ("set_inheritable", set_inheritable),
    ("get_blocking", get_blocking),
    ("set_blocking", set_blocking),
];
