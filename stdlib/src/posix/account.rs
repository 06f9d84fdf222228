//! The process's identity and accounting in `posix`: the `set*id` family, scheduling priority,
//! `times`, `uname`, `getloadavg`, `nice`, `sync`, and device numbers.
use super::args::{self, c_int};
use super::sysio;
use num_traits::ToPrimitive;
use weft_vm::heap::Value;
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::{protocols, Vm};
use weft_vm::objects::builtin::{Args, NativeFn};
use weft_vm::objects::{int, tuple};

/// `setuid(uid)`, `setgid(gid)`, `seteuid(euid)`, `setegid(egid)`.
macro_rules! set_id_fns {
    ($($name:ident: $what:expr),*) => {$(
        fn $name(vm: &mut Vm, args: &Args) -> PyResult<Value> {
            let a = args.exact(concat!("posix.", stringify!($name)), 1)?;
            let id = args::id_arg(vm, $what, &a[0])?;
            sysio::set_id(stringify!($name), id).map_err(|e| args::os_error(vm, &e))?;
            Ok(Value::NONE)
        }
    )*};
}
set_id_fns!(setuid: "uid", setgid: "gid", seteuid: "uid", setegid: "gid");

fn getres(vm: &mut Vm, user: bool) -> PyResult<Value> {
    let ids = sysio::getres(user).map_err(|e| args::os_error(vm, &e))?;
    Ok(tuple::new_tuple(
        ids.iter().map(|&i| int::from_i64(i as i64)).collect(),
    ))
}

fn getresuid(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("posix.getresuid", 0)?;
    getres(vm, true)
}

fn getresgid(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("posix.getresgid", 0)?;
    getres(vm, false)
}

fn setres(vm: &mut Vm, args: &Args, fname: &str, what: &str, user: bool) -> PyResult<Value> {
    let a = args.exact(fname, 3)?;
    let mut ids = [0; 3];
    for (slot, v) in ids.iter_mut().zip(a) {
        *slot = args::id_arg(vm, what, v)?;
    }
    sysio::setres(user, ids).map_err(|e| args::os_error(vm, &e))?;
    Ok(Value::NONE)
}

fn setresuid(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    setres(vm, args, "setresuid", "uid", true)
}

fn setresgid(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    setres(vm, args, "setresgid", "gid", false)
}

fn getpriority(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("getpriority", 2)?;
    let which = c_int(&a[0])?;
    let who = c_int(&a[1])?;
    let r = sysio::getpriority(which, who as u32).map_err(|e| args::os_error(vm, &e))?;
    Ok(int::from_i64(r as i64))
}

fn setpriority(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("setpriority", 3)?;
    let which = c_int(&a[0])?;
    let who = c_int(&a[1])?;
    let prio = c_int(&a[2])?;
    sysio::setpriority(which, who as u32, prio).map_err(|e| args::os_error(vm, &e))?;
    Ok(Value::NONE)
}

/// `times()`: a `posix.times_result` of seconds.
fn times(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("posix.times", 0)?;
    let (ticks, hz) = sysio::times().map_err(|e| args::os_error(vm, &e))?;
    let hz = hz.max(1) as f64;
    let v = ticks.iter().map(|&t| Value::float(t as f64 / hz)).collect();
    let ty = super::struct_type("times_result")?;
    weft_vm::interp::structseq::new(vm, &ty, v)
}

fn uname(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("posix.uname", 0)?;
    let u = sysio::uname().map_err(|e| args::os_error(vm, &e))?;
    let v = u.iter().map(|f| args::fsdecode(f)).collect();
    let ty = super::struct_type("uname_result")?;
    weft_vm::interp::structseq::new(vm, &ty, v)
}

fn getloadavg(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("posix.getloadavg", 0)?;
    let l = sysio::getloadavg().map_err(|e| args::os_error(vm, &e))?;
    Ok(tuple::new_tuple(
        l.iter().map(|&x| Value::float(x)).collect(),
    ))
}

fn sync(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("posix.sync", 0)?;
    sysio::sync();
    Ok(Value::NONE)
}

fn nice(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("posix.nice", 1)?;
    let r = sysio::nice(c_int(&a[0])?).map_err(|e| args::os_error(vm, &e))?;
    Ok(int::from_i64(r as i64))
}

/// A device number (`dev_t`).
fn dev_arg(vm: &mut Vm, v: &Value) -> PyResult<u64> {
    protocols::index(vm, v)?
        .to_u64()
        .ok_or_else(|| error::overflow_error("Python int too large to convert to C dev_t"))
}

fn major(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("posix.major", 1)?;
    Ok(int::from_i64(libc::major(dev_arg(vm, &a[0])?) as i64))
}

fn minor(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("posix.minor", 1)?;
    Ok(int::from_i64(libc::minor(dev_arg(vm, &a[0])?) as i64))
}

fn makedev(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("makedev", 2)?;
    let (ma, mi) = (c_int(&a[0])?, c_int(&a[1])?);
    Ok(int::from_big(libc::makedev(ma as u32, mi as u32).into()))
}

fn sched_yield(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("posix.sched_yield", 0)?;
    sysio::sched_yield();
    Ok(Value::NONE)
}

fn sched_priority(vm: &mut Vm, args: &Args, fname: &str, max: bool) -> PyResult<Value> {
    let [policy] = args.bind(fname, ["policy"], 1, 0)?;
    let policy = c_int(&policy.unwrap_or(Value::NONE))?;
    let r = sysio::sched_priority(policy, max).map_err(|e| args::os_error(vm, &e))?;
    Ok(int::from_i64(r as i64))
}

fn sched_get_priority_max(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    sched_priority(vm, args, "sched_get_priority_max", true)
}

fn sched_get_priority_min(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    sched_priority(vm, args, "sched_get_priority_min", false)
}

/// `sched_getaffinity(pid, /)`: the set of CPUs.
fn sched_getaffinity(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("posix.sched_getaffinity", 1)?;
    let cpus = sysio::getaffinity(c_int(&a[0])?).map_err(|e| args::os_error(vm, &e))?;
    let set = Value::obj(weft_vm::objects::set::new_set_obj(false));
    if let Some(s) = weft_vm::objects::set::as_set(&set) {
        for c in cpus {
            s.add(vm, int::from_i64(c as i64))?;
        }
    }
    Ok(set)
}

/// `sched_setaffinity(pid, mask, /)`: `mask` an iterable of CPU numbers.
fn sched_setaffinity(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("sched_setaffinity", 2)?;
    let pid = c_int(&a[0])?;
    let mut cpus = Vec::new();
    for v in protocols::iterate(vm, &a[1])? {
        let c = protocols::index(vm, &v)?;
        if c.sign() == num_bigint::Sign::Minus {
            return Err(error::value_error("negative CPU number"));
        }
        let c = c
            .to_i64()
            .ok_or_else(|| error::overflow_error("Python int too large to convert to C long"))?;
        cpus.push(c as usize);
    }
    sysio::setaffinity(pid, &cpus).map_err(|e| args::os_error(vm, &e))?;
    Ok(Value::NONE)
}

/// The priority of a `sched_param` argument (`convert_sched_param`).
fn sched_priority_of(vm: &mut Vm, v: &Value) -> PyResult<i32> {
    let ty = super::struct_type("sched_param")?;
    let is_param = ty.as_obj().is_some_and(|t| {
        weft_vm::objects::typeobj::is_subtype(&weft_vm::interp::ops::a_type(v), t)
    });
    if !is_param {
        return Err(error::type_error("must have a sched_param object"));
    }
    let p = weft_vm::interp::attr::getattr(vm, v, "sched_priority")?;
    let p = protocols::index(vm, &p)?;
    p.to_i32()
        .ok_or_else(|| error::overflow_error("sched_priority out of range"))
}

fn sched_getscheduler(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("posix.sched_getscheduler", 1)?;
    let r = sysio::getscheduler(c_int(&a[0])?).map_err(|e| args::os_error(vm, &e))?;
    Ok(int::from_i64(r as i64))
}

/// `sched_setscheduler(pid, policy, param, /)`.
fn sched_setscheduler(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("sched_setscheduler", 3)?;
    let (pid, policy) = (c_int(&a[0])?, c_int(&a[1])?);
    let prio = sched_priority_of(vm, &a[2])?;
    sysio::setscheduler(pid, policy, prio).map_err(|e| args::os_error(vm, &e))?;
    Ok(Value::NONE)
}

fn sched_getparam(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("posix.sched_getparam", 1)?;
    let r = sysio::getparam(c_int(&a[0])?).map_err(|e| args::os_error(vm, &e))?;
    let ty = super::struct_type("sched_param")?;
    weft_vm::interp::call::call_value(vm, &ty, vec![int::from_i64(r as i64)])
}

/// `sched_setparam(pid, param, /)`.
fn sched_setparam(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("sched_setparam", 2)?;
    let pid = c_int(&a[0])?;
    let prio = sched_priority_of(vm, &a[1])?;
    sysio::setparam(pid, prio).map_err(|e| args::os_error(vm, &e))?;
    Ok(Value::NONE)
}

/// `sched_rr_get_interval(pid, /)`.
fn sched_rr_get_interval(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("posix.sched_rr_get_interval", 1)?;
    let r = sysio::rr_interval(c_int(&a[0])?).map_err(|e| args::os_error(vm, &e))?;
    Ok(Value::float(r))
}

/// `getgrouplist(user, group, /)`: `user` a str.
fn getgrouplist(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("getgrouplist", 2)?;
    let Some(s) = weft_vm::objects::str::as_str_obj(&a[0]) else {
        return Err(error::type_error(format!(
            "getgrouplist() argument 1 must be str, not {}",
            weft_vm::interp::ops::type_name_of(&a[0])
        )));
    };
    let user = args::fsencode(vm, &a[0], s)?;
    let user =
        std::ffi::CString::new(user).map_err(|_| error::value_error("embedded null character"))?;
    let group = args::id_arg(vm, "gid", &a[1])?;
    let groups = sysio::getgrouplist(&user, group);
    Ok(weft_vm::objects::list::new_list(
        groups.iter().map(|&g| int::from_i64(g as i64)).collect(),
    ))
}

/// `initgroups(username, gid, /)`: `username` str, bytes or path-like.
fn initgroups(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("initgroups", 2)?;
    let user = args::fs_converter(vm, &a[0])?;
    let group = args::id_arg(vm, "gid", &a[1])?;
    sysio::initgroups(&user, group).map_err(|e| args::os_error(vm, &e))?;
    Ok(Value::NONE)
}

/// The natives of this file.
pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("setuid", setuid),
    ("setgid", setgid),
    ("seteuid", seteuid),
    ("setegid", setegid),
    ("getresuid", getresuid),
    ("getresgid", getresgid),
    ("setresuid", setresuid),
    ("setresgid", setresgid),
    ("getpriority", getpriority),
    ("setpriority", setpriority),
    ("times", times),
    ("uname", uname),
    ("getloadavg", getloadavg),
    ("sync", sync),
    ("nice", nice),
    ("major", major),
    ("minor", minor),
    ("makedev", makedev),
    ("sched_yield", sched_yield),
    ("sched_getaffinity", sched_getaffinity),
    ("sched_setaffinity", sched_setaffinity),
    ("sched_rr_get_interval", sched_rr_get_interval),
    ("sched_getscheduler", sched_getscheduler),
    ("sched_setscheduler", sched_setscheduler),
    ("sched_getparam", sched_getparam),
    ("sched_setparam", sched_setparam),
    ("getgrouplist", getgrouplist),
    ("initgroups", initgroups),
    ("sched_get_priority_max", sched_get_priority_max),
    ("sched_get_priority_min", sched_get_priority_min),
];
