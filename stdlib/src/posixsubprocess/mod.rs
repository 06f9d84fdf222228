//! `_posixsubprocess.fork_exec`, the fork-and-exec under `subprocess.Popen`: the parent converts
//! every argument before forking (`Plan`), the child (`child`) sets up its descriptors, directory,
//! session and ids, runs `preexec_fn`, and execs, reporting a failure through the error pipe as
//! `"ExceptionName:hex_errno:detail"`, the protocol `subprocess._execute_child` reads.
mod child;
mod sys;

use crate::posix::args::{c_int, path};
use crate::posix::sys as os;
use std::ffi::CString;
use weft_vm::heap::{ObjRef, Value};
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::{ops, protocols, Vm};
use weft_vm::objects::builtin::Args;
use weft_vm::objects::{bytes, int, list, tuple};

/// What the child does, every argument converted in the parent.
pub(crate) struct Plan {
    argv: Vec<CString>,
    executables: Vec<CString>,
    close_fds: bool,
    keep: Vec<i32>,
    cwd: Option<CString>,
    env: Option<Vec<CString>>,
    /// `p2cread, p2cwrite, c2pread, c2pwrite, errread, errwrite`.
    pipes: [i32; 6],
    errpipe_read: i32,
    errpipe_write: i32,
    restore_signals: bool,
    call_setsid: bool,
    pgid: i32,
    gid: Option<u32>,
    groups: Option<Vec<u32>>,
    uid: Option<u32>,
    umask: i32,
    preexec_fn: Option<Value>,
}

/// Each item of a sequence as a file-system path (`PyUnicode_FSConverter`).
fn paths(vm: &mut Vm, v: &Value, what: &str) -> PyResult<Vec<CString>> {
    let items = match tuple::as_tuple(v) {
        Some(t) => t.to_vec(),
        None if list::as_list(v).is_some() => list::as_list(v)
            .map(|l| l.items.borrow().clone())
            .unwrap_or_default(),
        None => protocols::iterate(vm, v).map_err(|_| error::type_error(what.to_string()))?,
    };
    items
        .iter()
        .map(|a| Ok(path(vm, "fork_exec", a)?.c))
        .collect()
}

/// `env`: None, or a sequence of `bytes` `key=value` entries.
fn env_list(vm: &mut Vm, v: &Value) -> PyResult<Option<Vec<CString>>> {
    if v.is_none() {
        return Ok(None);
    }
    let mut out = Vec::new();
    for item in protocols::iterate(vm, v)? {
        let b = bytes::as_bytes(&item).ok_or_else(|| {
            error::type_error(format!(
                "expected bytes, {} found",
                ops::type_name_of(&item)
            ))
        })?;
        out.push(CString::new(b).map_err(|_| error::value_error("embedded null byte"))?);
    }
    Ok(Some(out))
}

/// `pass_fds`: a tuple of non-negative, increasing ints.
fn fds_to_keep(v: &Value) -> PyResult<Vec<i32>> {
    let t = tuple::as_tuple(v).ok_or_else(|| {
        error::type_error(format!(
            "fork_exec() argument 4 must be tuple, not {}",
            ops::type_name_of(v)
        ))
    })?;
    let bad = || error::value_error("bad value(s) in fds_to_keep");
    let mut out: Vec<i32> = Vec::with_capacity(t.len());
    for fd in t {
        if !int::is_int(fd) {
            return Err(bad());
        }
        let fd = int::to_i64(fd)
            .and_then(|i| i32::try_from(i).ok())
            .filter(|&i| i >= 0 && out.last().is_none_or(|&l| l < i))
            .ok_or_else(bad)?;
        out.push(fd);
    }
    Ok(out)
}

/// A uid or gid argument: None, or a non-negative int.
fn id_arg(v: &Value, what: &str) -> PyResult<Option<u32>> {
    if v.is_none() {
        return Ok(None);
    }
    let i = int::to_i64(v).filter(|_| int::is_int(v)).ok_or_else(|| {
        error::type_error(format!(
            "{what} should be integer, not {}",
            ops::type_name_of(v)
        ))
    })?;
    u32::try_from(i)
        .map(Some)
        .map_err(|_| error::overflow_error(format!("{what} is greater than maximum")))
}

fn groups_arg(v: &Value) -> PyResult<Option<Vec<u32>>> {
    if v.is_none() {
        return Ok(None);
    }
    let items = list::as_list(v)
        .map(|l| l.items.borrow().clone())
        .ok_or_else(|| error::type_error("setgroups argument must be a list"))?;
    items
        .iter()
        .map(|g| Ok(id_arg(g, "gid")?.unwrap_or(0)))
        .collect::<PyResult<Vec<u32>>>()
        .map(Some)
}

/// `fork_exec(args, executable_list, close_fds, pass_fds, cwd, env, p2cread, p2cwrite, c2pread,
/// c2pwrite, errread, errwrite, errpipe_read, errpipe_write, restore_signals, call_setsid,
/// pgid_to_set, gid, extra_groups, uid, child_umask, preexec_fn, allow_vfork, /)`.
fn fork_exec(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("fork_exec", 23)?;
    let close_fds = ops::truthy(vm, &a[2])?;
    let keep = fds_to_keep(&a[3])?;
    let errpipe_write = c_int(&a[13])?;
    if close_fds && errpipe_write < 3 {
        return Err(error::value_error("errpipe_write must be >= 3"));
    }
    let argv = if a[0].is_none() {
        Vec::new()
    } else {
        paths(vm, &a[0], "argv must be a tuple")?
    };
    let executables = paths(vm, &a[1], "executable_list must be a sequence")?;
    let cwd = if a[4].is_none() {
        None
    } else {
        Some(path(vm, "fork_exec", &a[4])?.c)
    };
    let env = env_list(vm, &a[5])?;
    let mut pipes = [0; 6];
    for (p, v) in pipes.iter_mut().zip(&a[6..12]) {
        *p = c_int(v)?;
    }
    let plan = Plan {
        argv,
        executables,
        close_fds,
        keep,
        cwd,
        env,
        pipes,
        errpipe_read: c_int(&a[12])?,
        errpipe_write,
        restore_signals: ops::truthy(vm, &a[14])?,
        call_setsid: ops::truthy(vm, &a[15])?,
        pgid: c_int(&a[16])?,
        gid: id_arg(&a[17], "gid")?,
        groups: groups_arg(&a[18])?,
        uid: id_arg(&a[19], "uid")?,
        umask: c_int(&a[20])?,
        preexec_fn: (!a[21].is_none()).then(|| a[21].clone()),
    };
    // With a `preexec_fn`, Python code runs in the child, so the `os.register_at_fork` hooks run
    // around the fork, as in CPython.
    let hooks = plan.preexec_fn.is_some();
    if hooks {
        at_fork(vm, "before")?;
    }
    let forked = os::fork();
    if let Ok(0) = forked {
        if hooks && at_fork(vm, "after_in_child").is_err() {
            os::exit_now(255);
        }
        child::run(vm, &plan);
    }
    if hooks {
        at_fork(vm, "after_in_parent")?;
    }
    let pid = forked.map_err(|e| crate::posix::args::os_error(vm, &e))?;
    Ok(int::from_i64(pid as i64))
}

/// Runs one moment's `register_at_fork` hooks (`posix._run_at_fork`).
fn at_fork(vm: &mut Vm, which: &str) -> PyResult<()> {
    let posix = weft_vm::interp::import::import_abs(vm, "posix")?;
    let run = weft_vm::interp::attr::getattr(vm, &posix, "_run_at_fork")?;
    weft_vm::interp::call::call_value(vm, &run, vec![weft_vm::objects::str::new_str(which)])?;
    Ok(())
}

/// Builds the `_posixsubprocess` module.
pub fn init(_vm: &mut Vm) -> PyResult<ObjRef> {
    Ok(crate::module_with(
        "_posixsubprocess",
        &[("fork_exec", fork_exec)],
    ))
}
