//! The `fcntl` module: `fcntl`, `ioctl`, `flock`, `lockf` and the `F_*`/`LOCK_*` constants. An
//! argument that is a bytes-like object is copied into a 1024-byte buffer and the buffer's first
//! bytes come back as the result, as in CPython; calls interrupted by a signal run its handler and
//! retry (PEP 475).
mod sys;

use crate::posix::args::{as_file_descriptor, c_int, os_error};
use weft_vm::heap::{ObjRef, Value};
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::{ops, Vm};
use weft_vm::objects::builtin::Args;
use weft_vm::objects::{bytearray::ByteArray, bytes, int, module, str as pystr};

fn retry<T>(vm: &mut Vm, mut f: impl FnMut() -> std::io::Result<T>) -> PyResult<T> {
    loop {
        match f() {
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => vm.run_attention_hooks()?,
            r => return r.map_err(|e| os_error(vm, &e)),
        }
    }
}

/// A read-only buffer argument (`str` as UTF-8, or bytes-like), or None for an integer one.
fn buffer_arg(vm: &mut Vm, v: &Value) -> PyResult<Option<Vec<u8>>> {
    if let Some(s) = pystr::as_str(v) {
        return Ok(Some(s.as_bytes().to_vec()));
    }
    if int::is_int(v) {
        return Ok(None);
    }
    Ok(Some(weft_vm::interp::builtin_types::bytes_like(vm, v)?))
}

/// An integer argument of C type `long` with the message of the argument's parser.
fn long_arg(v: &Value, message: &str) -> PyResult<libc::c_long> {
    if !int::is_int(v) {
        return Err(error::type_error(message.to_string()));
    }
    int::to_i64(v).ok_or_else(|| error::overflow_error("Python int too large to convert to C long"))
}

/// `fcntl(fd, cmd, arg=0, /)`.
fn fcntl(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.range("fcntl", 2, 3)?;
    let fd = as_file_descriptor(vm, &a[0])?;
    let cmd = c_int(&a[1])?;
    let arg = a.get(2).cloned().unwrap_or_else(|| int::from_i64(0));
    match buffer_arg(vm, &arg)? {
        Some(data) => {
            if data.len() > 1024 {
                return Err(error::value_error("fcntl argument 3 is too long"));
            }
            let mut buf = [0u8; 1024];
            buf[..data.len()].copy_from_slice(&data);
            retry(vm, || sys::fcntl_buf(fd, cmd, &mut buf))?;
            Ok(bytes::new_bytes(buf[..data.len()].to_vec()))
        }
        None => {
            let v = long_arg(
                &arg,
                "fcntl requires a file or file descriptor, an integer and optionally a third integer or a string",
            )?;
            let r = retry(vm, || sys::fcntl_int(fd, cmd, v))?;
            Ok(int::from_i64(r as i64))
        }
    }
}

/// `ioctl(fd, request, arg=0, mutate_flag=True, /)`: a mutable buffer is updated in place (the
/// result is then the call's integer result); a read-only one gives the changed bytes back.
fn ioctl(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.range("ioctl", 2, 4)?;
    let fd = as_file_descriptor(vm, &a[0])?;
    let request = int::to_i64(&a[1])
        .filter(|_| int::is_int(&a[1]))
        .ok_or_else(|| {
            error::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                ops::type_name_of(&a[1])
            ))
        })? as libc::c_ulong;
    let arg = a.get(2).cloned().unwrap_or_else(|| int::from_i64(0));
    let mutate = match a.get(3) {
        Some(m) => ops::truthy(vm, m)?,
        None => true,
    };
    if let Some(ba) = arg.as_obj().and_then(|o| o.downcast::<ByteArray>()) {
        if mutate {
            let mut data = ba.data.borrow().clone();
            let n = data.len();
            if n < 1024 {
                data.resize(1024, 0);
            }
            let r = retry(vm, || sys::ioctl_buf(fd, request, &mut data))?;
            ba.data.borrow_mut().copy_from_slice(&data[..n]);
            return Ok(int::from_i64(r as i64));
        }
    }
    match buffer_arg(vm, &arg)? {
        Some(data) => {
            if data.len() > 1024 {
                return Err(error::value_error("ioctl string arg too long"));
            }
            let mut buf = vec![0u8; 1024];
            buf[..data.len()].copy_from_slice(&data);
            retry(vm, || sys::ioctl_buf(fd, request, &mut buf))?;
            Ok(bytes::new_bytes(buf[..data.len()].to_vec()))
        }
        None => {
            let v = long_arg(&arg, "ioctl requires a file or file descriptor, an integer and optionally an integer or buffer argument")?;
            let r = retry(vm, || sys::ioctl_int(fd, request, v))?;
            Ok(int::from_i64(r as i64))
        }
    }
}

/// `flock(fd, operation, /)`.
fn flock(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("flock", 2)?;
    let fd = as_file_descriptor(vm, &a[0])?;
    let op = c_int(&a[1])?;
    retry(vm, || sys::flock(fd, op))?;
    Ok(Value::NONE)
}

/// `lockf(fd, cmd, len=0, start=0, whence=0, /)`: a POSIX record lock, `LOCK_NB` making it fail
/// at once instead of waiting.
fn lockf(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.range("lockf", 2, 5)?;
    let fd = as_file_descriptor(vm, &a[0])?;
    let code = c_int(&a[1])?;
    let num = |i: usize| -> PyResult<i64> {
        match a.get(i) {
            Some(v) => long_arg(v, "an integer is required"),
            None => Ok(0),
        }
    };
    let (len, start) = (num(2)?, num(3)?);
    let whence = match a.get(4) {
        Some(v) => c_int(v)?,
        None => 0,
    };
    let kind = if code == libc::LOCK_UN {
        libc::F_UNLCK
    } else if code & libc::LOCK_SH != 0 {
        libc::F_RDLCK
    } else if code & libc::LOCK_EX != 0 {
        libc::F_WRLCK
    } else {
        return Err(error::value_error("unrecognized lockf argument"));
    };
    let cmd = if code & libc::LOCK_NB != 0 {
        libc::F_SETLK
    } else {
        libc::F_SETLKW
    };
    retry(vm, || {
        sys::record_lock(fd, cmd, kind as i16, start, len, whence as i16)
    })?;
    Ok(Value::NONE)
}

/// The constants CPython 3.11 defines on Linux; the `DN_*`, `F_*SIG`, `F_*LCK` and `LOCK_*`
/// values the `libc` crate lacks are those of the kernel headers (and on 64-bit Linux the `*64`
/// commands are the plain ones).
#[allow(clippy::unnecessary_cast)]
const CONSTANTS: &[(&str, i64)] = &[
    ("DN_ACCESS", 0x1),
    ("DN_ATTRIB", 0x20),
    ("DN_CREATE", 0x4),
    ("DN_DELETE", 0x8),
    ("DN_MODIFY", 0x2),
    ("DN_MULTISHOT", 0x8000_0000),
    ("DN_RENAME", 0x10),
    ("FASYNC", libc::O_ASYNC as i64),
    ("FD_CLOEXEC", libc::FD_CLOEXEC as i64),
    ("F_ADD_SEALS", libc::F_ADD_SEALS as i64),
    ("F_DUPFD", libc::F_DUPFD as i64),
    ("F_DUPFD_CLOEXEC", libc::F_DUPFD_CLOEXEC as i64),
    ("F_EXLCK", 4),
    ("F_GETFD", libc::F_GETFD as i64),
    ("F_GETFL", libc::F_GETFL as i64),
    ("F_GETLEASE", libc::F_GETLEASE as i64),
    ("F_GETLK", libc::F_GETLK as i64),
    ("F_GETLK64", libc::F_GETLK as i64),
    ("F_GETOWN", libc::F_GETOWN as i64),
    ("F_GETPIPE_SZ", libc::F_GETPIPE_SZ as i64),
    ("F_GETSIG", 11),
    ("F_GET_SEALS", libc::F_GET_SEALS as i64),
    ("F_NOTIFY", libc::F_NOTIFY as i64),
    ("F_OFD_GETLK", libc::F_OFD_GETLK as i64),
    ("F_OFD_SETLK", libc::F_OFD_SETLK as i64),
    ("F_OFD_SETLKW", libc::F_OFD_SETLKW as i64),
    ("F_RDLCK", libc::F_RDLCK as i64),
    ("F_SEAL_GROW", libc::F_SEAL_GROW as i64),
    ("F_SEAL_SEAL", libc::F_SEAL_SEAL as i64),
    ("F_SEAL_SHRINK", libc::F_SEAL_SHRINK as i64),
    ("F_SEAL_WRITE", libc::F_SEAL_WRITE as i64),
    ("F_SETFD", libc::F_SETFD as i64),
    ("F_SETFL", libc::F_SETFL as i64),
    ("F_SETLEASE", libc::F_SETLEASE as i64),
    ("F_SETLK", libc::F_SETLK as i64),
    ("F_SETLK64", libc::F_SETLK as i64),
    ("F_SETLKW", libc::F_SETLKW as i64),
    ("F_SETLKW64", libc::F_SETLKW as i64),
    ("F_SETOWN", libc::F_SETOWN as i64),
    ("F_SETPIPE_SZ", libc::F_SETPIPE_SZ as i64),
    ("F_SETSIG", 10),
    ("F_SHLCK", 8),
    ("F_UNLCK", libc::F_UNLCK as i64),
    ("F_WRLCK", libc::F_WRLCK as i64),
    ("LOCK_EX", libc::LOCK_EX as i64),
    ("LOCK_MAND", 32),
    ("LOCK_NB", libc::LOCK_NB as i64),
    ("LOCK_READ", 64),
    ("LOCK_RW", 192),
    ("LOCK_SH", libc::LOCK_SH as i64),
    ("LOCK_UN", libc::LOCK_UN as i64),
    ("LOCK_WRITE", 128),
];

/// Builds the `fcntl` module.
pub fn init(_vm: &mut Vm) -> PyResult<ObjRef> {
    let m = crate::module_with(
        "fcntl",
        &[
            ("fcntl", fcntl),
            ("ioctl", ioctl),
            ("flock", flock),
            ("lockf", lockf),
        ],
    );
    let d = module::module_dict(&m).expect("module dict");
    for (n, v) in CONSTANTS {
        d.set_rs(n, int::from_i64(*v));
    }
    Ok(m)
}
