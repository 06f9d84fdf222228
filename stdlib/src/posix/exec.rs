//! Process creation and identity in `posix`: `fork`, `execv`, `execve`, sessions and process
//! groups, `killpg`, real and effective ids, supplementary groups, `sysconf`.
use super::args::{self, c_int};
use super::sys;
use std::ffi::CString;
use weft_vm::heap::Value;
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::{attr, call, protocols, Vm};
use weft_vm::objects::builtin::{Args, NativeFn};
use weft_vm::objects::{dict, int, list, str as pystr, tuple};

/// `_fork()`: the system call under `posix.py`'s `fork`, which runs the `register_at_fork` hooks
/// around it.
fn fork(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("posix.fork", 0)?;
    let pid = sys::fork().map_err(|e| args::os_error(vm, &e))?;
    if pid == 0 {
        crate::thread::after_fork_child();
    }
    Ok(int::from_i64(pid as i64))
}

/// The items of an `argv` argument (a tuple or a list), as `execv` checks them.
fn argv_items(fname: &str, v: &Value) -> PyResult<Vec<Value>> {
    let items = tuple::as_tuple(v)
        .map(|t| t.to_vec())
        .or_else(|| list::as_list(v).map(|l| l.items.borrow().clone()))
        .ok_or_else(|| error::type_error(format!("{fname}() arg 2 must be a tuple or list")))?;
    if items.is_empty() {
        return Err(error::value_error(format!(
            "{fname}() arg 2 must not be empty"
        )));
    }
    Ok(items)
}

/// A path-like argument (`str`, `bytes`, `os.PathLike`) as a C string.
pub(crate) fn c_path(vm: &mut Vm, fname: &str, v: &Value) -> PyResult<CString> {
    Ok(args::path(vm, fname, v)?.c)
}

fn c_argv(vm: &mut Vm, fname: &str, v: &Value) -> PyResult<Vec<CString>> {
    let items = argv_items(fname, v)?;
    let argv = items
        .iter()
        .map(|a| args::fs_converter(vm, a))
        .collect::<PyResult<Vec<_>>>()?;
    if argv[0].as_bytes().is_empty() {
        return Err(error::value_error(format!(
            "{fname}() arg 2 first element cannot be empty"
        )));
    }
    Ok(argv)
}

fn execv(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("execv", 2)?;
    let path = c_path(vm, "execv", &a[0])?;
    let argv = c_argv(vm, "execv", &a[1])?;
    let e = sys::exec(Some(&path), -1, &argv, None);
    Err(args::os_error(vm, &e))
}

/// A `key=value` entry of an environment mapping.
fn env_entry(vm: &mut Vm, k: &Value, v: &Value) -> PyResult<CString> {
    let mut k = args::fs_converter(vm, k)?.into_bytes();
    if k.is_empty() || k[1..].contains(&b'=') {
        return Err(error::value_error("illegal environment variable name"));
    }
    k.push(b'=');
    k.extend_from_slice(args::fs_converter(vm, v)?.as_bytes());
    CString::new(k).map_err(|_| error::value_error("embedded null byte"))
}

/// `execve(path, argv, env)`; a descriptor for `path` goes to `fexecve`. The error names the path.
fn execve(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [p, argv, env] = args.bind("execve", ["path", "argv", "env"], 3, 0)?;
    let spec = args::PathSpec {
        fname: "execve",
        arg: "path",
        allow_fd: true,
        nullable: false,
    };
    let p = p.unwrap_or(Value::NONE);
    let target = spec.convert(vm, &p)?;
    let argv = c_argv(vm, "execve", &argv.unwrap_or(Value::NONE))?;
    let env = env.unwrap_or(Value::NONE);
    let items = match attr::getattr_opt(vm, &env, "items")? {
        Some(f) => call::call_value(vm, &f, vec![])?,
        None => {
            return Err(error::type_error(
                "execve: environment must be a mapping object",
            ))
        }
    };
    let mut envp = Vec::new();
    for kv in protocols::iterate(vm, &items)? {
        match tuple::as_tuple(&kv) {
            Some([k, v]) => envp.push(env_entry(vm, k, v)?),
            _ => return Err(error::value_error("env.items() returned an invalid item")),
        }
    }
    let e = match &target {
        args::Target::Path(pa) => sys::exec(Some(&pa.c), -1, &argv, Some(&envp)),
        args::Target::Fd(fd) => sys::exec(None, *fd, &argv, Some(&envp)),
        args::Target::Default => return Err(error::system_error("execve: no path")),
    };
    Err(weft_vm::objects::os_error::os_error(vm, &e, Some(&p)))
}

/// `killpg`, `getpgid`, `getsid`, `setpgid`: integer arguments, an `OSError` on failure.
fn killpg(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("killpg", 2)?;
    sys::killpg(c_int(&a[0])?, c_int(&a[1])?).map_err(|e| args::os_error(vm, &e))?;
    Ok(Value::NONE)
}

fn getpgid(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("posix.getpgid", 1)?;
    let r = sys::getpgid(c_int(&a[0])?).map_err(|e| args::os_error(vm, &e))?;
    Ok(int::from_i64(r as i64))
}

fn getpgrp(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("posix.getpgrp", 0)?;
    let r = sys::getpgid(0).map_err(|e| args::os_error(vm, &e))?;
    Ok(int::from_i64(r as i64))
}

fn getsid(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("posix.getsid", 1)?;
    let r = sys::getsid(c_int(&a[0])?).map_err(|e| args::os_error(vm, &e))?;
    Ok(int::from_i64(r as i64))
}

fn setsid(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("posix.setsid", 0)?;
    sys::setsid().map_err(|e| args::os_error(vm, &e))?;
    Ok(Value::NONE)
}

fn setpgid(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("setpgid", 2)?;
    sys::setpgid(c_int(&a[0])?, c_int(&a[1])?).map_err(|e| args::os_error(vm, &e))?;
    Ok(Value::NONE)
}

/// A uid or gid argument: a non-negative id, or -1 for "unchanged".
fn id_arg(v: &Value, what: &str) -> PyResult<u32> {
    if !int::is_int(v) {
        return Err(error::type_error(format!(
            "{what} should be integer, not {}",
            weft_vm::interp::ops::type_name_of(v)
        )));
    }
    match int::to_i64(v) {
        Some(-1) => Ok(u32::MAX),
        Some(i) if (0..u32::MAX as i64).contains(&i) => Ok(i as u32),
        Some(i) if i < 0 => Err(error::overflow_error(format!(
            "{what} is less than minimum"
        ))),
        _ => Err(error::overflow_error(format!(
            "{what} is greater than maximum"
        ))),
    }
}

fn setregid(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("setregid", 2)?;
    sys::setregid(id_arg(&a[0], "gid")?, id_arg(&a[1], "gid")?)
        .map_err(|e| args::os_error(vm, &e))?;
    Ok(Value::NONE)
}

fn setreuid(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("setreuid", 2)?;
    sys::setreuid(id_arg(&a[0], "uid")?, id_arg(&a[1], "uid")?)
        .map_err(|e| args::os_error(vm, &e))?;
    Ok(Value::NONE)
}

/// `setgroups(groups)`: any iterable of gids.
fn setgroups(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("posix.setgroups", 1)?;
    let items = protocols::iterate(vm, &a[0])
        .map_err(|_| error::type_error("setgroups argument must be a sequence"))?;
    let groups = items
        .iter()
        .map(|g| id_arg(g, "gid"))
        .collect::<PyResult<Vec<u32>>>()?;
    sys::setgroups(&groups).map_err(|e| args::os_error(vm, &e))?;
    Ok(Value::NONE)
}

fn getgroups(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("posix.getgroups", 0)?;
    let groups = sys::getgroups().map_err(|e| args::os_error(vm, &e))?;
    Ok(list::new_list(
        groups
            .into_iter()
            .map(|g| int::from_i64(g as i64))
            .collect(),
    ))
}

/// The names `sysconf` knows, as `os.sysconf_names` lists them.
pub(crate) const SYSCONF_NAMES: &[(&str, i32)] = &[
    ("SC_ARG_MAX", libc::_SC_ARG_MAX),
    ("SC_CHILD_MAX", libc::_SC_CHILD_MAX),
    ("SC_CLK_TCK", libc::_SC_CLK_TCK),
    ("SC_NGROUPS_MAX", libc::_SC_NGROUPS_MAX),
    ("SC_OPEN_MAX", libc::_SC_OPEN_MAX),
    ("SC_PAGESIZE", libc::_SC_PAGESIZE),
    ("SC_PAGE_SIZE", libc::_SC_PAGESIZE),
    ("SC_NPROCESSORS_CONF", libc::_SC_NPROCESSORS_CONF),
    ("SC_NPROCESSORS_ONLN", libc::_SC_NPROCESSORS_ONLN),
    ("SC_PHYS_PAGES", libc::_SC_PHYS_PAGES),
    ("SC_HOST_NAME_MAX", libc::_SC_HOST_NAME_MAX),
    ("SC_LOGIN_NAME_MAX", libc::_SC_LOGIN_NAME_MAX),
    ("SC_IOV_MAX", libc::_SC_IOV_MAX),
];

/// `sysconf(name)`: a name from `sysconf_names` or its number.
fn sysconf(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("posix.sysconf", 1)?;
    let name = match pystr::as_str(&a[0]) {
        Some(s) => SYSCONF_NAMES
            .iter()
            .find(|(n, _)| *n == s)
            .map(|(_, v)| *v)
            .ok_or_else(|| error::value_error("unrecognized configuration name"))?,
        None if int::is_int(&a[0]) => c_int(&a[0])?,
        None => {
            return Err(error::type_error(
                "configuration names must be strings or integers",
            ))
        }
    };
    let r = sys::sysconf(name).map_err(|e| args::os_error(vm, &e))?;
    Ok(int::from_i64(r))
}

/// `os.sysconf_names` or `os.pathconf_names` from their table.
pub(crate) fn conf_names(vm: &mut Vm, table: &[(&str, i32)]) -> PyResult<Value> {
    let d = Value::obj(dict::new_dict());
    let dd = dict::as_dict(&d).ok_or_else(|| error::system_error("conf_names"))?;
    for (n, v) in table {
        dd.set(vm, pystr::new_str(n), int::from_i64(*v as i64))?;
    }
    Ok(d.clone())
}

/// The natives of this file.
pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("_fork", fork),
    ("execv", execv),
    ("execve", execve),
    ("killpg", killpg),
    ("getpgid", getpgid),
    ("getpgrp", getpgrp),
    ("getsid", getsid),
    ("setsid", setsid),
    ("setpgid", setpgid),
    ("sysconf", sysconf),
    ("setregid", setregid),
    ("setreuid", setreuid),
    ("setgroups", setgroups),
    ("getgroups", getgroups),
];
