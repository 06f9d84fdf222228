//! `select.select`, a native function (classes such as `selectors.SelectSelector` keep it as a
//! class attribute, which must not bind), built on `poll(2)` so that descriptors above
//! `FD_SETSIZE` are refused as CPython does, not by the kernel's bit set.
use super::{retrying, sys};
use crate::posix::args::{as_file_descriptor, os_error};
use weft_vm::heap::Value;
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::{protocols, Vm};
use weft_vm::objects::builtin::Args;
use weft_vm::objects::{float, int, list, tuple};

const FD_SETSIZE: i32 = 1024;

/// The timeout in milliseconds (rounded up), -1 for None.
fn timeout_ms(v: Option<&Value>) -> PyResult<i32> {
    let Some(v) = v.filter(|v| !v.is_none()) else {
        return Ok(-1);
    };
    let secs = match float::to_f64(v) {
        Some(f) => f,
        None if int::is_int(v) => int::to_i64(v).map_or(f64::INFINITY, |i| i as f64),
        None => return Err(error::type_error("timeout must be a float or None")),
    };
    if secs.is_nan() {
        return Err(error::value_error("Invalid value NaN (not a number)"));
    }
    if secs < 0.0 {
        return Err(error::value_error("timeout must be non-negative"));
    }
    Ok((secs * 1000.0).ceil().min(i32::MAX as f64) as i32)
}

/// The objects of one list argument with their descriptors.
fn entries(vm: &mut Vm, seq: &Value) -> PyResult<Vec<(Value, i32)>> {
    let items = match tuple::as_tuple(seq) {
        Some(t) => t.to_vec(),
        None => match list::as_list(seq) {
            Some(l) => l.items.borrow().clone(),
            None => protocols::iterate(vm, seq)
                .map_err(|_| error::type_error("arguments 1-3 must be sequences"))?,
        },
    };
    let mut out = Vec::with_capacity(items.len());
    for obj in items {
        let fd = as_file_descriptor(vm, &obj)?;
        if fd >= FD_SETSIZE {
            return Err(error::value_error(
                "filedescriptor out of range in select()",
            ));
        }
        out.push((obj, fd));
    }
    Ok(out)
}

/// `select(rlist, wlist, xlist, timeout=None, /)`.
pub(super) fn select(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.range("select", 3, 4)?;
    let ms = timeout_ms(a.get(3))?;
    let lists = [
        entries(vm, &a[0])?,
        entries(vm, &a[1])?,
        entries(vm, &a[2])?,
    ];
    let wanted = [libc::POLLIN, libc::POLLOUT, libc::POLLPRI];
    let mut fds: Vec<libc::pollfd> = Vec::new();
    for (entries, ev) in lists.iter().zip(wanted) {
        for (_, fd) in entries {
            match fds.iter_mut().find(|p| p.fd == *fd) {
                Some(p) => p.events |= ev,
                None => fds.push(libc::pollfd {
                    fd: *fd,
                    events: ev,
                    revents: 0,
                }),
            }
        }
    }
    retrying(vm, ms, |t| sys::poll(&mut fds, t))?;
    if fds.iter().any(|p| p.revents & libc::POLLNVAL != 0) {
        return Err(os_error(
            vm,
            &std::io::Error::from_raw_os_error(libc::EBADF),
        ));
    }
    // What select(2) reports for each set, in poll's terms.
    let ready = [
        libc::POLLIN | libc::POLLHUP | libc::POLLERR,
        libc::POLLOUT | libc::POLLERR,
        libc::POLLPRI,
    ];
    let out = lists
        .into_iter()
        .zip(ready)
        .map(|(entries, mask)| {
            list::new_list(
                entries
                    .into_iter()
                    .filter(|(_, fd)| fds.iter().any(|p| p.fd == *fd && p.revents & mask != 0))
                    .map(|(obj, _)| obj)
                    .collect(),
            )
        })
        .collect();
    Ok(tuple::new_tuple(out))
}
