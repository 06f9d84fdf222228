//! The `_socket` module. The natives here are the socket system calls on integer descriptors, with
//! addresses converted by `addr` and names resolved through the C library; `socket.py` beside this
//! file builds the `socket` type on them (timeouts, blocking mode, the argument checks) and the
//! small helpers that read best in Python. Blocking calls block the thread, retrying after a
//! signal's handler has run (PEP 475); cooperative waiting comes with the tasklet scheduler.
mod addr;
mod sys;

use crate::posix::args::{c_int, os_error};
use std::cell::RefCell;
use weft_vm::heap::{ObjRef, Value};
use weft_vm::interp::error::{self, PyErr, PyResult};
use weft_vm::interp::{call, ops, protocols, Vm};
use weft_vm::objects::builtin::{Args, NativeFn};
use weft_vm::objects::{bytes, float, int, list, module, str as pystr, tuple};

/// `socket.gaierror`, made by `socket.py`, for the natives that resolve names.
static GAIERROR: weft_vm::heap::GilShared<RefCell<Option<Value>>> =
    weft_vm::heap::GilShared(RefCell::new(None));

/// The `gaierror` (or, for `EAI_SYSTEM`, the `OSError`) of a resolver failure.
fn gai_error(vm: &mut Vm, code: i32) -> PyErr {
    if code == libc::EAI_SYSTEM {
        return os_error(vm, &std::io::Error::last_os_error());
    }
    let Some(ty) = GAIERROR.with(|g| g.borrow().clone()) else {
        return error::os_error(sys::gai_strerror(code));
    };
    let args = vec![
        int::from_i64(code as i64),
        pystr::new_string(sys::gai_strerror(code)),
    ];
    match call::call_value(vm, &ty, args) {
        Ok(v) => match v.as_obj() {
            Some(o) => PyErr::from_obj(o.clone()),
            None => error::system_error("gaierror() returned no object"),
        },
        Err(e) => e,
    }
}

/// Runs a blocking call again after each signal interruption, once its handler has run.
fn retry<T>(vm: &mut Vm, mut f: impl FnMut() -> std::io::Result<T>) -> PyResult<T> {
    loop {
        match f() {
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => vm.run_attention_hooks()?,
            r => return r.map_err(|e| os_error(vm, &e)),
        }
    }
}

fn fd_arg(v: &Value) -> PyResult<i32> {
    c_int(v)
}

/// A byte count argument (`recv(bufsize)`): non-negative.
fn size_arg(vm: &mut Vm, v: &Value, what: &str) -> PyResult<usize> {
    let n = protocols::index_isize(vm, v)?;
    if n < 0 {
        return Err(error::value_error(format!("negative buffersize in {what}")));
    }
    Ok(n as usize)
}

fn socket_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("_socket_new", 3)?;
    let (f, t, p) = (c_int(&a[0])?, c_int(&a[1])?, c_int(&a[2])?);
    let fd = sys::socket(f, t, p).map_err(|e| os_error(vm, &e))?;
    Ok(int::from_i64(fd as i64))
}

/// `_sockinfo(fd)`: `(family, type, proto)` of an existing socket.
fn sockinfo(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("_sockinfo", 1)?;
    let fd = fd_arg(&a[0])?;
    let mut out = Vec::new();
    for opt in [libc::SO_DOMAIN, libc::SO_TYPE, libc::SO_PROTOCOL] {
        let b = sys::getsockopt(fd, libc::SOL_SOCKET, opt, 4).map_err(|e| os_error(vm, &e))?;
        let mut v = [0u8; 4];
        v[..b.len().min(4)].copy_from_slice(&b[..b.len().min(4)]);
        out.push(int::from_i64(i32::from_ne_bytes(v) as i64));
    }
    Ok(tuple::new_tuple(out))
}

/// `_socketpair(family, type, proto)`: two descriptors.
fn socketpair(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("_socketpair", 3)?;
    let (x, y) = sys::socketpair(c_int(&a[0])?, c_int(&a[1])?, c_int(&a[2])?)
        .map_err(|e| os_error(vm, &e))?;
    Ok(tuple::new_tuple(vec![
        int::from_i64(x as i64),
        int::from_i64(y as i64),
    ]))
}

/// `_bind(fd, family, address)`.
fn bind(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("_bind", 3)?;
    let sa = addr::to_sockaddr(vm, "bind", c_int(&a[1])?, &a[2])?;
    sys::bind(fd_arg(&a[0])?, &sa).map_err(|e| os_error(vm, &e))?;
    Ok(Value::NONE)
}

/// `_connect(fd, family, address, caller)`: 0 or the errno of the failure, which `socket.py`
/// raises or (for `connect_ex`) returns; address errors raise here.
fn connect(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("_connect", 4)?;
    let caller = pystr::as_str(&a[3]).unwrap_or("connect").to_string();
    let sa = addr::to_sockaddr(vm, &caller, c_int(&a[1])?, &a[2])?;
    let fd = fd_arg(&a[0])?;
    let code = match sys::connect(fd, &sa) {
        Ok(()) => 0,
        Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {
            vm.run_attention_hooks()?;
            // The connection goes on in the background: wait for it as for a non-blocking one.
            libc::EINPROGRESS
        }
        Err(e) => e.raw_os_error().unwrap_or(libc::EIO),
    };
    Ok(int::from_i64(code as i64))
}

fn listen(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("_listen", 2)?;
    sys::listen(fd_arg(&a[0])?, c_int(&a[1])?).map_err(|e| os_error(vm, &e))?;
    Ok(Value::NONE)
}

/// `_accept(fd)`: `(new_fd, address)`.
fn accept(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("_accept", 1)?;
    let fd = fd_arg(&a[0])?;
    let (nfd, sa) = retry(vm, || sys::accept(fd))?;
    Ok(tuple::new_tuple(vec![
        int::from_i64(nfd as i64),
        addr::from_sockaddr(&sa)?,
    ]))
}

/// `_recv(fd, n, flags, from)`: the data, or `(data, address)` with `from`.
fn recv(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("_recv", 4)?;
    let fd = fd_arg(&a[0])?;
    let from = ops::truthy(vm, &a[3])?;
    let n = size_arg(vm, &a[1], if from { "recvfrom" } else { "recv" })?;
    let flags = c_int(&a[2])?;
    let mut data = Vec::new();
    if data.try_reserve_exact(n).is_err() {
        return Err(error::memory_error(""));
    }
    data.resize(n, 0);
    let (got, sa) = retry(vm, || sys::recv(fd, &mut data, flags, from))?;
    data.truncate(got);
    if !from {
        return Ok(bytes::new_bytes(data));
    }
    Ok(tuple::new_tuple(vec![
        bytes::new_bytes(data),
        addr::from_sockaddr(&sa)?,
    ]))
}

/// `_send(fd, data, flags, family, address)`: how much was sent; `address` None for `send`.
fn send(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("_send", 5)?;
    let fd = fd_arg(&a[0])?;
    let data = weft_vm::interp::builtin_types::bytes_like(vm, &a[1])?;
    let flags = c_int(&a[2])?;
    let to = if a[4].is_none() {
        None
    } else {
        Some(addr::to_sockaddr(vm, "sendto", c_int(&a[3])?, &a[4])?)
    };
    let n = retry(vm, || sys::send(fd, &data, flags, to.as_ref()))?;
    Ok(int::from_i64(n as i64))
}

/// `_name(fd, peer)`: `getsockname` or `getpeername`.
fn name(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("_name", 2)?;
    let peer = ops::truthy(vm, &a[1])?;
    let sa = sys::name(fd_arg(&a[0])?, peer).map_err(|e| os_error(vm, &e))?;
    addr::from_sockaddr(&sa)
}

fn shutdown(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("_shutdown", 2)?;
    sys::shutdown(fd_arg(&a[0])?, c_int(&a[1])?).map_err(|e| os_error(vm, &e))?;
    Ok(Value::NONE)
}

/// `_setsockopt(fd, level, option, value)`: an int or a bytes-like value.
fn setsockopt(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("_setsockopt", 4)?;
    let value = if int::is_int(&a[3]) {
        c_int(&a[3])?.to_ne_bytes().to_vec()
    } else {
        weft_vm::interp::builtin_types::bytes_like(vm, &a[3])?
    };
    sys::setsockopt(fd_arg(&a[0])?, c_int(&a[1])?, c_int(&a[2])?, &value)
        .map_err(|e| os_error(vm, &e))?;
    Ok(Value::NONE)
}

/// `_getsockopt(fd, level, option, buflen)`: an int when `buflen` is 0, else bytes.
fn getsockopt(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("_getsockopt", 4)?;
    let buflen = c_int(&a[3])?;
    let (fd, level, opt) = (fd_arg(&a[0])?, c_int(&a[1])?, c_int(&a[2])?);
    if buflen == 0 {
        let b = sys::getsockopt(fd, level, opt, 4).map_err(|e| os_error(vm, &e))?;
        let mut v = [0u8; 4];
        v[..b.len().min(4)].copy_from_slice(&b[..b.len().min(4)]);
        return Ok(int::from_i64(i32::from_ne_bytes(v) as i64));
    }
    if !(0..=1024).contains(&buflen) {
        return Err(error::os_error("getsockopt buflen out of range"));
    }
    let b = sys::getsockopt(fd, level, opt, buflen as usize).map_err(|e| os_error(vm, &e))?;
    Ok(bytes::new_bytes(b))
}

/// `_wait(fd, writing, seconds)`: whether `fd` became ready within the time (negative: forever).
fn wait(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("_wait", 3)?;
    let fd = fd_arg(&a[0])?;
    let writing = ops::truthy(vm, &a[1])?;
    let secs = float::to_f64(&a[2]).unwrap_or(0.0);
    let ms = if secs < 0.0 {
        -1
    } else {
        (secs * 1000.0).ceil().min(i32::MAX as f64) as i32
    };
    let ready = retry(vm, || sys::wait(fd, writing, ms))?;
    Ok(Value::bool(ready))
}

/// `_close(fd)`: a reset connection is not an error when closing, as in CPython.
fn close(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("close", 1)?;
    match crate::posix::sys::close(fd_arg(&a[0])?) {
        Err(e) if e.raw_os_error() != Some(libc::ECONNRESET) => Err(os_error(vm, &e)),
        _ => Ok(Value::NONE),
    }
}

fn gethostname(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("gethostname", 0)?;
    let h = sys::gethostname().map_err(|e| os_error(vm, &e))?;
    Ok(pystr::new_string(String::from_utf8_lossy(&h).into_owned()))
}

/// `_getaddrinfo(host, port, family, type, proto, flags)` with `host` and `port` already bytes
/// or None: the list of 5-tuples.
fn getaddrinfo(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("_getaddrinfo", 6)?;
    let cstr = |v: &Value| -> PyResult<Option<std::ffi::CString>> {
        match bytes::as_bytes(v) {
            None => Ok(None),
            Some(b) => std::ffi::CString::new(b)
                .map(Some)
                .map_err(|_| error::value_error("embedded null character")),
        }
    };
    let (host, port) = (cstr(&a[0])?, cstr(&a[1])?);
    let found = sys::getaddrinfo(
        host.as_deref(),
        port.as_deref(),
        c_int(&a[2])?,
        c_int(&a[3])?,
        c_int(&a[4])?,
        c_int(&a[5])?,
    )
    .map_err(|code| gai_error(vm, code))?;
    let mut out = Vec::new();
    for ai in found {
        out.push(tuple::new_tuple(vec![
            int::from_i64(ai.family as i64),
            int::from_i64(ai.socktype as i64),
            int::from_i64(ai.proto as i64),
            pystr::new_string(String::from_utf8_lossy(&ai.canonname).into_owned()),
            addr::from_sockaddr(&ai.addr)?,
        ]));
    }
    Ok(list::new_list(out))
}

/// `_getnameinfo(family, address, flags)`: `(host, port)`.
fn getnameinfo(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("_getnameinfo", 3)?;
    let sa = addr::to_sockaddr(vm, "getnameinfo", c_int(&a[0])?, &a[1])?;
    let (h, s) = sys::getnameinfo(&sa, c_int(&a[2])?).map_err(|code| gai_error(vm, code))?;
    let text = |b: Vec<u8>| pystr::new_string(String::from_utf8_lossy(&b).into_owned());
    Ok(tuple::new_tuple(vec![text(h), text(s)]))
}

fn inet_aton(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("inet_aton", 1)?;
    let s = pystr::as_str(&a[0]).ok_or_else(|| {
        error::type_error(format!(
            "inet_aton() argument 1 must be str, not {}",
            ops::type_name_of(&a[0])
        ))
    })?;
    let bad = || error::os_error("illegal IP address string passed to inet_aton");
    let c = std::ffi::CString::new(s).map_err(|_| bad())?;
    let packed = sys::aton(&c).ok_or_else(bad)?;
    Ok(bytes::new_bytes(packed.to_vec()))
}

fn packed_arg(vm: &mut Vm, fname: &str, v: &Value) -> PyResult<Vec<u8>> {
    weft_vm::interp::builtin_types::bytes_like(vm, v).map_err(|_| {
        error::type_error(format!(
            "{fname}() argument 1 must be bytes-like object, not {}",
            ops::type_name_of(v)
        ))
    })
}

fn inet_ntoa(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("inet_ntoa", 1)?;
    let b = packed_arg(vm, "inet_ntoa", &a[0])?;
    if b.len() != 4 {
        return Err(error::os_error("packed IP wrong length for inet_ntoa"));
    }
    Ok(pystr::new_string(format!(
        "{}.{}.{}.{}",
        b[0], b[1], b[2], b[3]
    )))
}

fn inet_pton(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("inet_pton", 2)?;
    let family = c_int(&a[0])?;
    let s = pystr::as_str(&a[1]).ok_or_else(|| {
        error::type_error(format!(
            "inet_pton() argument 2 must be str, not {}",
            ops::type_name_of(&a[1])
        ))
    })?;
    let n = match family {
        libc::AF_INET => 4,
        libc::AF_INET6 => 16,
        _ => {
            let e = std::io::Error::from_raw_os_error(libc::EAFNOSUPPORT);
            return Err(os_error(vm, &e));
        }
    };
    let bad = || error::os_error("illegal IP address string passed to inet_pton");
    let c = std::ffi::CString::new(s).map_err(|_| bad())?;
    let mut out = [0u8; 16];
    if !sys::pton(family, &c, &mut out) {
        return Err(bad());
    }
    Ok(bytes::new_bytes(out[..n].to_vec()))
}

fn inet_ntop(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("inet_ntop", 2)?;
    let family = c_int(&a[0])?;
    let b = weft_vm::interp::builtin_types::bytes_like(vm, &a[1]).map_err(|_| {
        error::type_error(format!(
            "inet_ntop() argument 2 must be bytes-like object, not {}",
            ops::type_name_of(&a[1])
        ))
    })?;
    let want = match family {
        libc::AF_INET => 4,
        libc::AF_INET6 => 16,
        _ => {
            return Err(error::value_error(format!(
                "unknown address family {family}"
            )))
        }
    };
    if b.len() != want {
        return Err(error::value_error(
            "invalid length of packed IP address string",
        ));
    }
    let s = sys::ntop(family, &b).map_err(|e| os_error(vm, &e))?;
    Ok(pystr::new_string(s))
}

/// A `str` argument as a C string, with the parser's `TypeError`.
fn c_str_arg(fname: &str, pos: usize, v: &Value) -> PyResult<std::ffi::CString> {
    let s = pystr::as_str(v).ok_or_else(|| {
        error::type_error(format!(
            "{fname}() argument {pos} must be str, not {}",
            ops::type_name_of(v)
        ))
    })?;
    std::ffi::CString::new(s).map_err(|_| error::value_error("embedded null character"))
}

/// `getservbyname(servicename[, protocolname])`.
fn getservbyname(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.range("getservbyname", 1, 2)?;
    let name = c_str_arg("getservbyname", 1, &a[0])?;
    let proto = a
        .get(1)
        .map(|p| c_str_arg("getservbyname", 2, p))
        .transpose()?;
    let port = sys::service_port(&name, proto.as_deref())
        .ok_or_else(|| error::os_error("service/proto not found"))?;
    Ok(int::from_i64(port as i64))
}

/// `getservbyport(port[, protocolname])`.
fn getservbyport(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.range("getservbyport", 1, 2)?;
    let port = c_int(&a[0])?;
    if !(0..=0xffff).contains(&port) {
        return Err(error::overflow_error(
            "getservbyport: port must be 0-65535.",
        ));
    }
    let proto = a
        .get(1)
        .map(|p| c_str_arg("getservbyport", 2, p))
        .transpose()?;
    let name = sys::service_name(port as u16, proto.as_deref())
        .ok_or_else(|| error::os_error("port/proto not found"))?;
    Ok(pystr::new_string(
        String::from_utf8_lossy(&name).into_owned(),
    ))
}

/// `getprotobyname(name)`.
fn getprotobyname(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("getprotobyname", 1)?;
    let name = c_str_arg("getprotobyname", 1, &a[0])?;
    let n = sys::protocol_number(&name).ok_or_else(|| error::os_error("protocol not found"))?;
    Ok(int::from_i64(n as i64))
}

/// `_sendmsg(fd, buffers, ancdata, flags, family, address)`: buffers and ancillary items are
/// already lists (of bytes-likes and of `(level, type, data)` triples) made by `socket.py`.
fn sendmsg(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("_sendmsg", 6)?;
    let fd = fd_arg(&a[0])?;
    let mut buffers = Vec::new();
    for b in protocols::iterate(vm, &a[1])? {
        buffers.push(weft_vm::interp::builtin_types::bytes_like(vm, &b)?);
    }
    let mut anc = Vec::new();
    for item in protocols::iterate(vm, &a[2])? {
        let parts = protocols::iterate(vm, &item)?;
        let [level, ty, data] = parts.as_slice() else {
            return Err(error::type_error(
                "[sendmsg() ancillary data items]() argument must be sequence of length 3",
            ));
        };
        anc.push((
            c_int(level)?,
            c_int(ty)?,
            weft_vm::interp::builtin_types::bytes_like(vm, data)?,
        ));
    }
    let flags = c_int(&a[3])?;
    let to = if a[5].is_none() {
        None
    } else {
        Some(addr::to_sockaddr(vm, "sendmsg", c_int(&a[4])?, &a[5])?)
    };
    let n = retry(vm, || sys::sendmsg(fd, &buffers, &anc, flags, to.as_ref()))?;
    Ok(int::from_i64(n as i64))
}

/// `_recvmsg(fd, bufsize, ancbufsize, flags)`: `(data, ancdata, msg_flags, address)`.
fn recvmsg(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("_recvmsg", 4)?;
    let fd = fd_arg(&a[0])?;
    let bufsize = size_arg(vm, &a[1], "recvmsg")?;
    let ancbufsize = protocols::index_isize(vm, &a[2])?;
    if ancbufsize < 0 {
        return Err(error::value_error("negative buffer size in recvmsg()"));
    }
    let flags = c_int(&a[3])?;
    let mut data = Vec::new();
    if data.try_reserve_exact(bufsize).is_err() {
        return Err(error::memory_error(""));
    }
    data.resize(bufsize, 0);
    let (got, anc, msg_flags, sa) = retry(vm, || {
        sys::recvmsg(fd, &mut data, ancbufsize as usize, flags)
    })?;
    data.truncate(got);
    let anc = anc
        .into_iter()
        .map(|(level, ty, d)| {
            tuple::new_tuple(vec![
                int::from_i64(level as i64),
                int::from_i64(ty as i64),
                bytes::new_bytes(d),
            ])
        })
        .collect();
    let address = if sa.len == 0 {
        Value::NONE
    } else {
        addr::from_sockaddr(&sa)?
    };
    Ok(tuple::new_tuple(vec![
        bytes::new_bytes(data),
        list::new_list(anc),
        int::from_i64(msg_flags as i64),
        address,
    ]))
}

/// `CMSG_LEN(length)` and `CMSG_SPACE(length)`.
fn cmsg(args: &Args, name: &str, f: fn(u32) -> usize) -> PyResult<Value> {
    let a = args.exact(name, 1)?;
    let n = int::to_i64(&a[0])
        .filter(|_| int::is_int(&a[0]))
        .ok_or_else(|| {
            error::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                ops::type_name_of(&a[0])
            ))
        })?;
    if !(0..=i32::MAX as i64 - 64).contains(&n) {
        return Err(error::overflow_error(format!(
            "{name}() argument out of range"
        )));
    }
    Ok(int::from_i64(f(n as u32) as i64))
}

fn cmsg_len(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    cmsg(args, "CMSG_LEN", sys::cmsg_len)
}

fn cmsg_space(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    cmsg(args, "CMSG_SPACE", sys::cmsg_space)
}

/// The natives of the module.
const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("_socket_new", socket_new),
    ("_sockinfo", sockinfo),
    ("_socketpair", socketpair),
    ("_bind", bind),
    ("_connect", connect),
    ("_listen", listen),
    ("_accept", accept),
    ("_recv", recv),
    ("_send", send),
    ("_name", name),
    ("_shutdown", shutdown),
    ("_setsockopt", setsockopt),
    ("_getsockopt", getsockopt),
    ("_wait", wait),
    ("close", close),
    ("gethostname", gethostname),
    ("_getaddrinfo", getaddrinfo),
    ("_getnameinfo", getnameinfo),
    ("inet_aton", inet_aton),
    ("inet_ntoa", inet_ntoa),
    ("inet_pton", inet_pton),
    ("inet_ntop", inet_ntop),
    ("getservbyname", getservbyname),
    ("getservbyport", getservbyport),
    ("getprotobyname", getprotobyname),
    ("_sendmsg", sendmsg),
    ("_recvmsg", recvmsg),
    ("CMSG_LEN", cmsg_len),
    ("CMSG_SPACE", cmsg_space),
];

mod constants;

const PYTHON: &str = include_str!("socket.py");

/// Builds the `_socket` module.
pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = crate::module_with("_socket", FUNCTIONS);
    let d = module::module_dict(&m).expect("module dict");
    for (n, v) in constants::CONSTANTS {
        d.set_rs(n, int::from_i64(*v));
    }
    let code = vm.compile_str(PYTHON, "<_socket>", weft_vm::interp::compile::Mode::Exec, 0)?;
    let globals = module::module_dict_obj(&m);
    vm.run_code(&code, globals.clone(), Value::obj(globals))?;
    if let Some(g) = d.get_rs("gaierror") {
        if let Some(o) = g.as_obj() {
            o.make_immortal();
        }
        GAIERROR.with(|c| *c.borrow_mut() = Some(g));
    }
    Ok(m)
}
