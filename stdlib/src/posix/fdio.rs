//! Less common descriptor functions of `posix`: scatter/gather and positioned I/O, in-kernel
//! copies (`copy_file_range`, `splice`), `eventfd`, `memfd_create`, `getrandom`,
//! terminals, `pathconf` and `statvfs`.
use super::args::{self, c_int, PathSpec, Target};
use super::sysio;
use num_traits::ToPrimitive;
use weft_vm::heap::Value;
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::{ops, protocols, Vm};
use weft_vm::objects::builtin::{Args, NativeFn};
use weft_vm::objects::{bytes, dict, int, list, str as pystr, tuple};

fn os_err(vm: &mut Vm) -> impl FnMut(std::io::Error) -> weft_vm::interp::error::PyErr + '_ {
    move |e| args::os_error(vm, &e)
}

/// The items of a buffers argument (any sequence), as `readv`/`writev` take them.
fn sequence_items(vm: &mut Vm, fname: &str, v: &Value) -> PyResult<Vec<Value>> {
    if let Some(t) = tuple::as_tuple(v) {
        return Ok(t.to_vec());
    }
    if let Some(l) = list::as_list(v) {
        return Ok(l.items.borrow().clone());
    }
    let ty = ops::a_type(v);
    if pystr::as_str(v).is_some()
        || weft_vm::objects::typeobj::lookup(&ty, &ops::dunder("__getitem__")).is_none()
        || dict::as_dict(v).is_some()
    {
        return Err(error::type_error(format!(
            "{fname}() arg 2 must be a sequence"
        )));
    }
    protocols::iterate(vm, v)
}

/// A `Py_ssize_t` count that must not be negative (`count`, `length`).
fn count_arg(vm: &mut Vm, name: &str, v: &Value) -> PyResult<usize> {
    let n = protocols::index_isize(vm, v)?;
    if n < 0 {
        return Err(error::value_error(format!(
            "negative value for '{name}' not allowed"
        )));
    }
    Ok(n as usize)
}

/// A file offset (`Py_off_t`), None meaning "the file position" where allowed.
fn offset_arg(vm: &mut Vm, v: &Option<Value>) -> PyResult<Option<i64>> {
    match v {
        None => Ok(None),
        Some(v) if v.is_none() => Ok(None),
        Some(v) => Ok(Some(off_t(vm, v)?)),
    }
}

fn off_t(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    protocols::index(vm, v)?
        .to_i64()
        .ok_or_else(|| error::overflow_error("Python int too large to convert to C long"))
}

/// Reads into the writable buffers of `buffers` with `read` (`readv`, `preadv`): the total.
fn read_into(
    vm: &mut Vm,
    fname: &str,
    buffers: &Value,
    read: impl FnOnce(&mut [Vec<u8>]) -> std::io::Result<usize>,
) -> PyResult<Value> {
    let targets = sequence_items(vm, fname, buffers)?;
    let mut bufs = Vec::with_capacity(targets.len());
    for t in &targets {
        if bytes::as_bytes(t).is_some() || pystr::as_str(t).is_some() {
            return Err(error::buffer_error("Object is not writable."));
        }
        bufs.push(vec![0u8; crate::io::util::buffer_len(vm, t)?]);
    }
    let mut left = read(&mut bufs).map_err(os_err(vm))?;
    let total = left;
    for (t, b) in targets.iter().zip(&bufs) {
        let n = left.min(b.len());
        crate::io::util::fill_buffer(vm, t, &b[..n])?;
        left -= n;
    }
    Ok(int::from_i64(total as i64))
}

/// The bytes of each item of `buffers` (`writev`, `pwritev`).
fn write_from(vm: &mut Vm, fname: &str, buffers: &Value) -> PyResult<Vec<Vec<u8>>> {
    let items = sequence_items(vm, fname, buffers)?;
    let mut bufs = Vec::with_capacity(items.len());
    for it in &items {
        bufs.push(weft_vm::interp::builtin_types::bytes_like(vm, it)?);
    }
    Ok(bufs)
}

fn readv(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("readv", 2)?;
    let fd = c_int(&a[0])?;
    read_into(vm, "readv", &a[1], |b| sysio::readv(fd, b))
}

fn writev(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("writev", 2)?;
    let fd = c_int(&a[0])?;
    let bufs = write_from(vm, "writev", &a[1])?;
    let n = sysio::writev(fd, &bufs).map_err(os_err(vm))?;
    Ok(int::from_i64(n as i64))
}

/// `preadv(fd, buffers, offset, flags=0, /)`.
fn preadv(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.range("preadv", 3, 4)?;
    let fd = c_int(&a[0])?;
    let off = off_t(vm, &a[2])?;
    let flags = a.get(3).map_or(Ok(0), c_int)?;
    read_into(vm, "preadv", &a[1], |b| sysio::preadv(fd, b, off, flags))
}

/// `pwritev(fd, buffers, offset, flags=0, /)`.
fn pwritev(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.range("pwritev", 3, 4)?;
    let fd = c_int(&a[0])?;
    let bufs = write_from(vm, "pwritev", &a[1])?;
    let off = off_t(vm, &a[2])?;
    let flags = a.get(3).map_or(Ok(0), c_int)?;
    let n = sysio::pwritev(fd, &bufs, off, flags).map_err(os_err(vm))?;
    Ok(int::from_i64(n as i64))
}

/// `lockf(fd, command, length, /)`.
fn lockf(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("lockf", 3)?;
    let (fd, cmd) = (c_int(&a[0])?, c_int(&a[1])?);
    let len = off_t(vm, &a[2])?;
    sysio::lockf(fd, cmd, len).map_err(os_err(vm))?;
    Ok(Value::NONE)
}

/// `posix_fadvise(fd, offset, length, advice, /)`.
fn posix_fadvise(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("posix_fadvise", 4)?;
    let fd = c_int(&a[0])?;
    let (off, len) = (off_t(vm, &a[1])?, off_t(vm, &a[2])?);
    let advice = c_int(&a[3])?;
    sysio::fadvise(fd, off, len, advice).map_err(os_err(vm))?;
    Ok(Value::NONE)
}

/// `posix_fallocate(fd, offset, length, /)`.
fn posix_fallocate(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("posix_fallocate", 3)?;
    let fd = c_int(&a[0])?;
    let (off, len) = (off_t(vm, &a[1])?, off_t(vm, &a[2])?);
    sysio::fallocate(fd, off, len).map_err(os_err(vm))?;
    Ok(Value::NONE)
}

fn pread(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("pread", 3)?;
    let fd = c_int(&a[0])?;
    let n = c_int(&a[1])?;
    if n < 0 {
        let e = std::io::Error::from_raw_os_error(libc::EINVAL);
        return Err(args::os_error(vm, &e));
    }
    let off = off_t(vm, &a[2])?;
    let data = sysio::pread(fd, n as usize, off).map_err(os_err(vm))?;
    Ok(bytes::new_bytes(data))
}

fn pwrite(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("pwrite", 3)?;
    let fd = c_int(&a[0])?;
    let data = weft_vm::interp::builtin_types::bytes_like(vm, &a[1])?;
    let off = off_t(vm, &a[2])?;
    let n = sysio::pwrite(fd, &data, off).map_err(os_err(vm))?;
    Ok(int::from_i64(n as i64))
}

/// `copy_file_range(src, dst, count, offset_src=None, offset_dst=None)`.
fn copy_file_range(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [src, dst, count, osrc, odst] = args.bind(
        "copy_file_range",
        ["src", "dst", "count", "offset_src", "offset_dst"],
        3,
        0,
    )?;
    let src = c_int(&src.unwrap_or(Value::NONE))?;
    let dst = c_int(&dst.unwrap_or(Value::NONE))?;
    let n = count_arg(vm, "count", &count.unwrap_or(Value::NONE))?;
    let osrc = offset_arg(vm, &osrc)?;
    let odst = offset_arg(vm, &odst)?;
    let r = sysio::copy_file_range(src, dst, n, osrc, odst).map_err(os_err(vm))?;
    Ok(int::from_i64(r as i64))
}

/// `sendfile(out_fd, in_fd, offset, count)`: copies in the kernel from `in_fd` (at `offset`, or
/// at its position when None) to `out_fd`; the count sent.
fn sendfile(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [out_fd, in_fd, offset, count] =
        args.bind("sendfile", ["out_fd", "in_fd", "offset", "count"], 4, 0)?;
    let out_fd = c_int(&out_fd.unwrap_or(Value::NONE))?;
    let in_fd = c_int(&in_fd.unwrap_or(Value::NONE))?;
    let offset = offset_arg(vm, &offset)?;
    let n = protocols::index_isize(vm, &count.unwrap_or(Value::NONE))?;
    let Ok(n) = usize::try_from(n) else {
        let e = std::io::Error::from_raw_os_error(libc::EINVAL);
        return Err(args::os_error(vm, &e));
    };
    let r = sysio::sendfile(out_fd, in_fd, offset, n).map_err(os_err(vm))?;
    Ok(int::from_i64(r as i64))
}

/// `splice(src, dst, count, offset_src=None, offset_dst=None, flags=0)`.
fn splice(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [src, dst, count, osrc, odst, flags] = args.bind(
        "splice",
        ["src", "dst", "count", "offset_src", "offset_dst", "flags"],
        3,
        0,
    )?;
    let src = c_int(&src.unwrap_or(Value::NONE))?;
    let dst = c_int(&dst.unwrap_or(Value::NONE))?;
    let n = count_arg(vm, "count", &count.unwrap_or(Value::NONE))?;
    let osrc = offset_arg(vm, &osrc)?;
    let odst = offset_arg(vm, &odst)?;
    let flags = flags.map_or(Ok(0), |f| c_int(&f))?;
    let r = sysio::splice(src, dst, n, osrc, odst, flags as u32).map_err(os_err(vm))?;
    Ok(int::from_i64(r as i64))
}

/// An unsigned C integer argument of at most `max` (`unsigned int`, `unsigned long long`).
fn unsigned(vm: &mut Vm, v: &Value, max: u64, c_type: &str) -> PyResult<u64> {
    let i = protocols::index(vm, v)?;
    if i.sign() == num_bigint::Sign::Minus {
        return Err(error::value_error("value must be positive"));
    }
    i.to_u64()
        .filter(|x| *x <= max)
        .ok_or_else(|| error::overflow_error(format!("Python int too large for C {c_type}")))
}

/// `eventfd(initval, flags=EFD_CLOEXEC)`.
fn eventfd(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [initval, flags] = args.bind("eventfd", ["initval", "flags"], 1, 0)?;
    let initval = unsigned(
        vm,
        &initval.unwrap_or(Value::NONE),
        u32::MAX as u64,
        "unsigned int",
    )?;
    let flags = flags.map_or(Ok(libc::EFD_CLOEXEC), |f| c_int(&f))?;
    let fd = sysio::eventfd(initval as u32, flags).map_err(os_err(vm))?;
    Ok(int::from_i64(fd as i64))
}

fn eventfd_read(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [fd] = args.bind("eventfd_read", ["fd"], 1, 0)?;
    let fd = args::as_file_descriptor(vm, &fd.unwrap_or(Value::NONE))?;
    let v = sysio::eventfd_read(fd).map_err(os_err(vm))?;
    Ok(int::from_big(v.into()))
}

fn eventfd_write(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [fd, value] = args.bind("eventfd_write", ["fd", "value"], 2, 0)?;
    let fd = args::as_file_descriptor(vm, &fd.unwrap_or(Value::NONE))?;
    let v = unsigned(
        vm,
        &value.unwrap_or(Value::NONE),
        u64::MAX,
        "unsigned long long",
    )?;
    sysio::eventfd_write(fd, v).map_err(os_err(vm))?;
    Ok(Value::NONE)
}

/// `memfd_create(name, flags=MFD_CLOEXEC)`: `name` str, bytes or path-like.
fn memfd_create(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [name, flags] = args.bind("memfd_create", ["name", "flags"], 1, 0)?;
    let name = args::fs_converter(vm, &name.unwrap_or(Value::NONE))?;
    let flags = match flags {
        Some(f) => unsigned(vm, &f, u32::MAX as u64, "unsigned int")? as u32,
        None => libc::MFD_CLOEXEC,
    };
    let fd = sysio::memfd_create(&name, flags).map_err(os_err(vm))?;
    Ok(int::from_i64(fd as i64))
}

/// `getrandom(size, flags=0)`.
fn getrandom(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [size, flags] = args.bind("getrandom", ["size", "flags"], 1, 0)?;
    let n = protocols::index_isize(vm, &size.unwrap_or(Value::NONE))?;
    let flags = flags.map_or(Ok(0), |f| c_int(&f))?;
    if n < 0 {
        let e = std::io::Error::from_raw_os_error(libc::EINVAL);
        return Err(args::os_error(vm, &e));
    }
    let data = sysio::getrandom(n as usize, flags as u32).map_err(os_err(vm))?;
    Ok(bytes::new_bytes(data))
}

fn openpty(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("posix.openpty", 0)?;
    let (m, s) = sysio::openpty().map_err(os_err(vm))?;
    Ok(tuple::new_tuple(vec![
        int::from_i64(m as i64),
        int::from_i64(s as i64),
    ]))
}

fn ttyname(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("posix.ttyname", 1)?;
    let name = sysio::ttyname(c_int(&a[0])?).map_err(os_err(vm))?;
    Ok(args::fsdecode(&name))
}

fn tcgetpgrp(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("posix.tcgetpgrp", 1)?;
    let r = sysio::tcgetpgrp(c_int(&a[0])?).map_err(os_err(vm))?;
    Ok(int::from_i64(r as i64))
}

fn tcsetpgrp(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("tcsetpgrp", 2)?;
    let fd = c_int(&a[0])?;
    let pgid = c_int(&a[1])?;
    sysio::tcsetpgrp(fd, pgid).map_err(os_err(vm))?;
    Ok(Value::NONE)
}

/// The `pathconf` names of this system.
pub const PATHCONF_NAMES: &[(&str, i32)] = &[
    ("PC_LINK_MAX", libc::_PC_LINK_MAX),
    ("PC_MAX_CANON", libc::_PC_MAX_CANON),
    ("PC_MAX_INPUT", libc::_PC_MAX_INPUT),
    ("PC_NAME_MAX", libc::_PC_NAME_MAX),
    ("PC_PATH_MAX", libc::_PC_PATH_MAX),
    ("PC_PIPE_BUF", libc::_PC_PIPE_BUF),
    ("PC_CHOWN_RESTRICTED", libc::_PC_CHOWN_RESTRICTED),
    ("PC_NO_TRUNC", libc::_PC_NO_TRUNC),
    ("PC_VDISABLE", libc::_PC_VDISABLE),
    ("PC_SYNC_IO", libc::_PC_SYNC_IO),
    ("PC_ASYNC_IO", libc::_PC_ASYNC_IO),
    ("PC_PRIO_IO", libc::_PC_PRIO_IO),
    ("PC_FILESIZEBITS", libc::_PC_FILESIZEBITS),
    ("PC_REC_INCR_XFER_SIZE", libc::_PC_REC_INCR_XFER_SIZE),
    ("PC_REC_MAX_XFER_SIZE", libc::_PC_REC_MAX_XFER_SIZE),
    ("PC_REC_MIN_XFER_SIZE", libc::_PC_REC_MIN_XFER_SIZE),
    ("PC_REC_XFER_ALIGN", libc::_PC_REC_XFER_ALIGN),
    ("PC_ALLOC_SIZE_MIN", libc::_PC_ALLOC_SIZE_MIN),
    ("PC_SYMLINK_MAX", libc::_PC_SYMLINK_MAX),
    ("PC_2_SYMLINKS", libc::_PC_2_SYMLINKS),
];

/// `conv_confname`: an int, or a name of `table`.
pub(super) fn conf_name(v: &Value, table: &[(&str, i32)]) -> PyResult<i32> {
    if int::is_int(v) {
        return c_int(v);
    }
    let Some(s) = pystr::as_str(v) else {
        return Err(error::type_error(
            "configuration names must be strings or integers",
        ));
    };
    table
        .iter()
        .find(|(n, _)| *n == s)
        .map(|(_, c)| *c)
        .ok_or_else(|| error::value_error("unrecognized configuration name"))
}

fn pathconf_value(r: Option<i64>) -> Value {
    int::from_i64(r.unwrap_or(-1))
}

fn fpathconf(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [fd, name] = args.bind("fpathconf", ["fd", "name"], 2, 0)?;
    let fd = args::as_file_descriptor(vm, &fd.unwrap_or(Value::NONE))?;
    let name = conf_name(&name.unwrap_or(Value::NONE), PATHCONF_NAMES)?;
    let r = sysio::pathconf(None, fd, name).map_err(os_err(vm))?;
    Ok(pathconf_value(r))
}

/// `pathconf(path, name)`; a descriptor goes to `fpathconf`.
fn pathconf(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [p, name] = args.bind("pathconf", ["path", "name"], 2, 0)?;
    let spec = PathSpec {
        fname: "pathconf",
        arg: "path",
        allow_fd: true,
        nullable: false,
    };
    let t = spec.convert(vm, &p.unwrap_or(Value::NONE))?;
    let name = conf_name(&name.unwrap_or(Value::NONE), PATHCONF_NAMES)?;
    let r = match &t {
        Target::Path(pa) => sysio::pathconf(Some(&pa.c), 0, name).map_err(|e| pa.error(vm, &e))?,
        Target::Fd(fd) => sysio::pathconf(None, *fd, name).map_err(os_err(vm))?,
        Target::Default => None,
    };
    Ok(pathconf_value(r))
}

#[allow(clippy::unnecessary_cast)]
fn statvfs_result(vm: &mut Vm, st: &libc::statvfs) -> PyResult<Value> {
    let i = |x: u64| int::from_big(x.into());
    let v = vec![
        i(st.f_bsize as u64),
        i(st.f_frsize as u64),
        i(st.f_blocks as u64),
        i(st.f_bfree as u64),
        i(st.f_bavail as u64),
        i(st.f_files as u64),
        i(st.f_ffree as u64),
        i(st.f_favail as u64),
        i(st.f_flag as u64),
        i(st.f_namemax as u64),
        i(st.f_fsid as u64),
    ];
    let ty = super::struct_type("statvfs_result")?;
    weft_vm::interp::structseq::new(vm, &ty, v)
}

/// `statvfs(path)`; a descriptor goes to `fstatvfs`.
fn statvfs(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [p] = args.bind("statvfs", ["path"], 1, 0)?;
    let spec = PathSpec {
        fname: "statvfs",
        arg: "path",
        allow_fd: true,
        nullable: false,
    };
    let st = match spec.convert(vm, &p.unwrap_or(Value::NONE))? {
        Target::Path(pa) => sysio::statvfs(Some(&pa.c), 0).map_err(|e| pa.error(vm, &e))?,
        Target::Fd(fd) => sysio::statvfs(None, fd).map_err(os_err(vm))?,
        Target::Default => return Err(error::system_error("statvfs: no path")),
    };
    statvfs_result(vm, &st)
}

fn fstatvfs(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("posix.fstatvfs", 1)?;
    let st = sysio::statvfs(None, c_int(&a[0])?).map_err(os_err(vm))?;
    statvfs_result(vm, &st)
}

/// The natives of this file.
pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("readv", readv),
    ("writev", writev),
    ("preadv", preadv),
    ("pwritev", pwritev),
    ("lockf", lockf),
    ("posix_fadvise", posix_fadvise),
    ("posix_fallocate", posix_fallocate),
    ("pread", pread),
    ("pwrite", pwrite),
    ("copy_file_range", copy_file_range),
    ("sendfile", sendfile),
    ("splice", splice),
    ("eventfd", eventfd),
    ("eventfd_read", eventfd_read),
    ("eventfd_write", eventfd_write),
    ("memfd_create", memfd_create),
    ("getrandom", getrandom),
    ("openpty", openpty),
    ("ttyname", ttyname),
    ("tcgetpgrp", tcgetpgrp),
    ("tcsetpgrp", tcsetpgrp),
    ("fpathconf", fpathconf),
    ("pathconf", pathconf),
    ("statvfs", statvfs),
    ("fstatvfs", fstatvfs),
];
