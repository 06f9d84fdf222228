//! Socket addresses between Python and C, as CPython's `getsockaddrarg` and `makesockaddr` convert
//! them: `(host, port)` for `AF_INET`, `(host, port, flowinfo, scope_id)` for `AF_INET6`, a path
//! (`str`, or `bytes` for Linux's abstract namespace) for `AF_UNIX`.
use super::sys::{self, SockAddr};
use crate::posix::args::{self, c_int};
use weft_vm::heap::Value;
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::{ops, Vm};
use weft_vm::objects::{bytearray::ByteArray, bytes, int, str as pystr, tuple};

/// A host name argument as bytes: `str` (ASCII), `bytes` or `bytearray`.
pub fn host_bytes(v: &Value) -> PyResult<Vec<u8>> {
    if let Some(s) = pystr::as_str(v) {
        return Ok(s.as_bytes().to_vec());
    }
    if let Some(b) = bytes::as_bytes(v) {
        return Ok(b.to_vec());
    }
    if let Some(b) = v.as_obj().and_then(|o| o.downcast::<ByteArray>()) {
        return Ok(b.data.borrow().clone());
    }
    Err(error::type_error(format!(
        "str, bytes or bytearray expected, not {}",
        ops::type_name_of(v)
    )))
}

/// The address of `host` in `family` (`setipaddr`): the wildcard for "", the broadcast address,
/// a numeric address, or the first answer of the resolver.
fn resolve(vm: &mut Vm, host: &[u8], family: i32) -> PyResult<SockAddr> {
    let mut out = [0u8; 16];
    if host.is_empty() {
        return Ok(ip(family, &out, 0, 0, 0));
    }
    if host == b"<broadcast>" || host == b"255.255.255.255" {
        if family != libc::AF_INET {
            return Err(error::os_error("address family mismatched"));
        }
        return Ok(ip(family, &[255; 4], 0, 0, 0));
    }
    let c = std::ffi::CString::new(host)
        .map_err(|_| error::type_error("host name must not contain null character"))?;
    if sys::pton(family, &c, &mut out) {
        return Ok(ip(family, &out, 0, 0, 0));
    }
    let found = sys::getaddrinfo(Some(&c), None, family, 0, 0, 0)
        .map_err(|code| super::gai_error(vm, code))?;
    found
        .into_iter()
        .find(|ai| ai.family == family)
        .map(|ai| ai.addr)
        .ok_or_else(|| super::gai_error(vm, libc::EAI_FAMILY))
}

/// An IPv4 or IPv6 socket address from the packed address and the port (host order).
fn ip(family: i32, packed: &[u8], port: u16, flowinfo: u32, scope_id: u32) -> SockAddr {
    if family == libc::AF_INET {
        let mut a = [0u8; 4];
        a.copy_from_slice(&packed[..4]);
        let sin = libc::sockaddr_in {
            sin_family: libc::AF_INET as libc::sa_family_t,
            sin_port: port.to_be(),
            sin_addr: libc::in_addr {
                s_addr: u32::from_ne_bytes(a),
            },
            sin_zero: [0; 8],
        };
        return SockAddr::from_raw(sin, std::mem::size_of::<libc::sockaddr_in>());
    }
    let mut a = [0u8; 16];
    a.copy_from_slice(&packed[..16]);
    let sin6 = libc::sockaddr_in6 {
        sin6_family: libc::AF_INET6 as libc::sa_family_t,
        sin6_port: port.to_be(),
        sin6_flowinfo: flowinfo.to_be(),
        sin6_addr: libc::in6_addr { s6_addr: a },
        sin6_scope_id: scope_id,
    };
    SockAddr::from_raw(sin6, std::mem::size_of::<libc::sockaddr_in6>())
}

/// A Python address of `family` as a C address; `caller` names the method in errors.
pub fn to_sockaddr(vm: &mut Vm, caller: &str, family: i32, v: &Value) -> PyResult<SockAddr> {
    match family {
        libc::AF_UNIX => unix(vm, v),
        libc::AF_INET | libc::AF_INET6 => {
            let v6 = family == libc::AF_INET6;
            let name = if v6 { "AF_INET6" } else { "AF_INET" };
            let items = tuple::as_tuple(v).ok_or_else(|| {
                error::type_error(format!(
                    "{caller}(): {name} address must be tuple, not {}",
                    ops::type_name_of(v)
                ))
            })?;
            let ok_len = if v6 {
                (2..=4).contains(&items.len())
            } else {
                items.len() == 2
            };
            if !ok_len {
                return Err(error::type_error(if v6 {
                    "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])"
                } else {
                    "AF_INET address must be a pair (host, port)"
                }));
            }
            let host = host_bytes(&items[0])?;
            let port = c_int(&items[1])?;
            if !(0..=65535).contains(&port) {
                return Err(error::overflow_error(format!(
                    "{caller}(): port must be 0-65535."
                )));
            }
            let flowinfo = match items.get(2) {
                Some(f) => {
                    let f = int::to_i64(f).filter(|_| int::is_int(f)).ok_or_else(|| {
                        error::type_error(format!(
                            "'{}' object cannot be interpreted as an integer",
                            ops::type_name_of(f)
                        ))
                    })?;
                    if !(0..=0xfffff).contains(&f) {
                        return Err(error::overflow_error(format!(
                            "{caller}(): flowinfo must be 0-1048575."
                        )));
                    }
                    f as u32
                }
                None => 0,
            };
            let scope_id = match items.get(3) {
                Some(s) => c_int(s)? as u32,
                None => 0,
            };
            let a = resolve(vm, &host, family)?;
            let packed: Vec<u8> = if v6 {
                a.as_raw::<libc::sockaddr_in6>().sin6_addr.s6_addr.to_vec()
            } else {
                a.as_raw::<libc::sockaddr_in>()
                    .sin_addr
                    .s_addr
                    .to_ne_bytes()
                    .to_vec()
            };
            Ok(ip(family, &packed, port as u16, flowinfo, scope_id))
        }
        _ => Err(error::os_error("getsockaddrarg: bad family")),
    }
}

/// An `AF_UNIX` path: `str` or path-like (file-system encoded), `bytes` or `bytearray`.
fn unix(vm: &mut Vm, v: &Value) -> PyResult<SockAddr> {
    let path = match v.as_obj().and_then(|o| o.downcast::<ByteArray>()) {
        Some(b) => b.data.borrow().clone(),
        None => match bytes::as_bytes(v) {
            Some(b) => b.to_vec(),
            None => {
                let p = args::fspath(vm, "bind", "address", args::PATH, v)?;
                match pystr::as_str(&p) {
                    Some(s) => s.as_bytes().to_vec(),
                    None => bytes::as_bytes(&p).unwrap_or(&[]).to_vec(),
                }
            }
        },
    };
    let mut sun = libc::sockaddr_un {
        sun_family: libc::AF_UNIX as libc::sa_family_t,
        sun_path: [0; 108],
    };
    let abstract_ns = path.first() == Some(&0);
    if path.len() > sun.sun_path.len() || (!abstract_ns && path.len() == sun.sun_path.len()) {
        return Err(error::os_error("AF_UNIX path too long"));
    }
    for (d, s) in sun.sun_path.iter_mut().zip(&path) {
        *d = *s as libc::c_char;
    }
    let base = std::mem::size_of::<libc::sa_family_t>();
    Ok(SockAddr::from_raw(sun, base + path.len()))
}

/// A C address as Python sees it (`makesockaddr`); None for an empty one.
pub fn from_sockaddr(a: &SockAddr) -> PyResult<Value> {
    if a.len == 0 {
        return Ok(Value::NONE);
    }
    match a.family() {
        libc::AF_INET => {
            let sin: libc::sockaddr_in = a.as_raw();
            let host = sys::ntop(libc::AF_INET, &sin.sin_addr.s_addr.to_ne_bytes())
                .map_err(|e| error::os_error(e.to_string()))?;
            Ok(tuple::new_tuple(vec![
                pystr::new_string(host),
                int::from_i64(u16::from_be(sin.sin_port) as i64),
            ]))
        }
        libc::AF_INET6 => {
            let sin6: libc::sockaddr_in6 = a.as_raw();
            let host = sys::ntop(libc::AF_INET6, &sin6.sin6_addr.s6_addr)
                .map_err(|e| error::os_error(e.to_string()))?;
            Ok(tuple::new_tuple(vec![
                pystr::new_string(host),
                int::from_i64(u16::from_be(sin6.sin6_port) as i64),
                int::from_i64(u32::from_be(sin6.sin6_flowinfo) as i64),
                int::from_i64(sin6.sin6_scope_id as i64),
            ]))
        }
        libc::AF_UNIX => {
            let sun: libc::sockaddr_un = a.as_raw();
            let base = std::mem::size_of::<libc::sa_family_t>();
            let n = (a.len as usize)
                .saturating_sub(base)
                .min(sun.sun_path.len());
            let path: Vec<u8> = sun.sun_path[..n].iter().map(|&c| c as u8).collect();
            if path.first() == Some(&0) {
                return Ok(bytes::new_bytes(path));
            }
            let end = path.iter().position(|&b| b == 0).unwrap_or(path.len());
            Ok(args::name_value(&path[..end], false))
        }
        f => {
            let raw: libc::sockaddr = a.as_raw();
            Ok(tuple::new_tuple(vec![
                int::from_i64(f as i64),
                bytes::new_bytes(raw.sa_data.iter().map(|&c| c as u8).collect()),
            ]))
        }
    }
}
