//! The `select` module. The natives here wrap `poll(2)` and `epoll(7)` on integer descriptors
//! (`select()` itself is in `selectfn`); `select.py` beside this file builds `poll` and `epoll` on them, converting file
//! objects through `fileno()` as CPython's `PyObject_AsFileDescriptor` does. Calls block the
//! thread (cooperative waiting comes with the tasklet scheduler); a signal interrupting a wait
//! runs its handler and the wait resumes with the time left (PEP 475).
mod selectfn;
mod sys;

use crate::posix::args::{c_int, os_error};
use std::time::{Duration, Instant};
use weft_vm::heap::{ObjRef, Value};
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::{protocols, Vm};
use weft_vm::objects::builtin::Args;
use weft_vm::objects::{int, list, module, tuple};

/// Runs `wait(timeout_ms)` again after each signal interruption, with the time that is left.
fn retrying<T>(
    vm: &mut Vm,
    timeout_ms: i32,
    mut wait: impl FnMut(i32) -> std::io::Result<T>,
) -> PyResult<T> {
    let deadline =
        (timeout_ms >= 0).then(|| Instant::now() + Duration::from_millis(timeout_ms as u64));
    let mut t = timeout_ms;
    loop {
        match wait(t) {
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {
                vm.run_attention_hooks()?;
                if let Some(d) = deadline {
                    let left = d.saturating_duration_since(Instant::now());
                    t = left.as_nanos().div_ceil(1_000_000).min(i32::MAX as u128) as i32;
                }
            }
            r => return r.map_err(|e| os_error(vm, &e)),
        }
    }
}

/// An `(fd, events)` entry that `select.py` built.
fn fd_events(v: &Value) -> PyResult<(i32, u32)> {
    match tuple::as_tuple(v) {
        Some([fd, ev]) => Ok((c_int(fd)?, int::to_i64(ev).unwrap_or(0) as u32)),
        _ => Err(error::system_error("_poll expects (fd, events) pairs")),
    }
}

fn pairs(items: Vec<(i32, u32)>) -> Value {
    list::new_list(
        items
            .into_iter()
            .map(|(fd, ev)| {
                tuple::new_tuple(vec![int::from_i64(fd as i64), int::from_i64(ev as i64)])
            })
            .collect(),
    )
}

/// `_poll([(fd, events), ...], timeout_ms)`: the `(fd, revents)` pairs that are ready.
fn poll(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("_poll", 2)?;
    let mut fds = Vec::new();
    for v in protocols::iterate(vm, &a[0])? {
        let (fd, events) = fd_events(&v)?;
        fds.push(libc::pollfd {
            fd,
            events: events as i16,
            revents: 0,
        });
    }
    let timeout = c_int(&a[1])?;
    retrying(vm, timeout, |t| sys::poll(&mut fds, t))?;
    Ok(pairs(
        fds.iter()
            .filter(|p| p.revents != 0)
            .map(|p| (p.fd, p.revents as u16 as u32))
            .collect(),
    ))
}

fn epoll_create(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("_epoll_create", 1)?;
    let fd = sys::epoll_create(c_int(&a[0])?).map_err(|e| os_error(vm, &e))?;
    Ok(int::from_i64(fd as i64))
}

/// `_epoll_ctl(epfd, op, fd, events)`.
fn epoll_ctl(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("_epoll_ctl", 4)?;
    let events = int::to_i64(&a[3])
        .and_then(|e| u32::try_from(e).ok())
        .ok_or_else(|| {
            error::overflow_error("Python int too large to convert to C unsigned int")
        })?;
    sys::epoll_ctl(c_int(&a[0])?, c_int(&a[1])?, c_int(&a[2])?, events)
        .map_err(|e| os_error(vm, &e))?;
    Ok(Value::NONE)
}

/// `_epoll_wait(epfd, timeout_ms, maxevents)`.
fn epoll_wait(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("_epoll_wait", 3)?;
    let (epfd, timeout, max) = (c_int(&a[0])?, c_int(&a[1])?, c_int(&a[2])?);
    let ready = retrying(vm, timeout, |t| {
        sys::epoll_wait(epfd, max.max(1) as usize, t)
    })?;
    Ok(pairs(ready))
}

fn constants() -> Vec<(&'static str, i64)> {
    vec![
        ("POLLIN", libc::POLLIN as i64),
        ("POLLPRI", libc::POLLPRI as i64),
        ("POLLOUT", libc::POLLOUT as i64),
        ("POLLERR", libc::POLLERR as i64),
        ("POLLHUP", libc::POLLHUP as i64),
        ("POLLNVAL", libc::POLLNVAL as i64),
        ("POLLRDNORM", libc::POLLRDNORM as i64),
        ("POLLRDBAND", libc::POLLRDBAND as i64),
        ("POLLWRNORM", libc::POLLWRNORM as i64),
        ("POLLWRBAND", libc::POLLWRBAND as i64),
        ("POLLMSG", 0x400),
        ("POLLRDHUP", libc::POLLRDHUP as i64),
        ("EPOLLIN", libc::EPOLLIN as i64),
        ("EPOLLOUT", libc::EPOLLOUT as i64),
        ("EPOLLPRI", libc::EPOLLPRI as i64),
        ("EPOLLERR", libc::EPOLLERR as i64),
        ("EPOLLHUP", libc::EPOLLHUP as i64),
        ("EPOLLET", libc::EPOLLET as u32 as i64),
        ("EPOLLONESHOT", libc::EPOLLONESHOT as i64),
        ("EPOLLEXCLUSIVE", libc::EPOLLEXCLUSIVE as i64),
        ("EPOLLRDHUP", libc::EPOLLRDHUP as i64),
        ("EPOLLRDNORM", libc::EPOLLRDNORM as i64),
        ("EPOLLRDBAND", libc::EPOLLRDBAND as i64),
        ("EPOLLWRNORM", libc::EPOLLWRNORM as i64),
        ("EPOLLWRBAND", libc::EPOLLWRBAND as i64),
        ("EPOLLMSG", libc::EPOLLMSG as i64),
        ("EPOLL_CLOEXEC", libc::EPOLL_CLOEXEC as i64),
        ("PIPE_BUF", libc::PIPE_BUF as i64),
        ("_EPOLL_CTL_ADD", libc::EPOLL_CTL_ADD as i64),
        ("_EPOLL_CTL_MOD", libc::EPOLL_CTL_MOD as i64),
        ("_EPOLL_CTL_DEL", libc::EPOLL_CTL_DEL as i64),
    ]
}

const PYTHON: &str = include_str!("select.py");

/// Builds the `select` module.
pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = crate::module_with(
        "select",
        &[
            ("select", selectfn::select),
            ("_poll", poll),
            ("_epoll_create", epoll_create),
            ("_epoll_ctl", epoll_ctl),
            ("_epoll_wait", epoll_wait),
        ],
    );
    let d = module::module_dict(&m).expect("module dict");
    for (n, v) in constants() {
        d.set_rs(n, int::from_i64(v));
    }
    d.set_rs(
        "error",
        Value::obj(weft_vm::objects::types().os_error.clone()),
    );
    let code = vm.compile_str(PYTHON, "<select>", weft_vm::interp::compile::Mode::Exec, 0)?;
    let globals = module::module_dict_obj(&m);
    vm.run_code(&code, globals.clone(), Value::obj(globals))?;
    Ok(m)
}
