//! File and directory functions of `posix`: the stat family, descriptors (`open`, `read`, `write`,
//! `close`, `lseek`), and names in directories (`remove`, `rename`, `mkdir`, `listdir`, ...).
use super::args::{self, c_int, name_value, path, PathArg};
use super::sys;
use num_bigint::BigInt;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::DirEntryExt;
use weft_vm::heap::Value;
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::{ops, Vm};
use weft_vm::objects::builtin::Args;
use weft_vm::objects::{bytes, int, list, tuple};

/// Rejects `dir_fd`s other than `None`: weft has no `*at` calls yet (and does not list them in
/// `_have_functions`, so `os.supports_dir_fd` does not claim them).
fn no_dir_fd(fname: &str, dir_fd: &Option<Value>) -> PyResult<()> {
    match dir_fd {
        Some(v) if !v.is_none() => Err(error::not_implemented_error(format!(
            "{fname}: dir_fd unavailable on this platform"
        ))),
        _ => Ok(()),
    }
}

fn truthy(vm: &mut Vm, v: &Option<Value>, default: bool) -> PyResult<bool> {
    match v {
        Some(v) => ops::truthy(vm, v),
        None => Ok(default),
    }
}

/// An `os.stat_result` from the C structure (whose field types differ between platforms, hence
/// casts that are no-ops on some).
#[allow(clippy::unnecessary_cast)]
fn stat_result(vm: &mut Vm, st: &libc::stat) -> PyResult<Value> {
    let i = int::from_i64;
    let big = |b: i128| int::from_big(BigInt::from(b));
    let times = [
        (st.st_atime, st.st_atime_nsec),
        (st.st_mtime, st.st_mtime_nsec),
        (st.st_ctime, st.st_ctime_nsec),
    ];
    let mut v = vec![
        i(st.st_mode as i64),
        big(st.st_ino as i128),
        big(st.st_dev as i128),
        i(st.st_nlink as i64),
        i(st.st_uid as i64),
        i(st.st_gid as i64),
        i(st.st_size),
    ];
    v.extend(times.iter().map(|(s, _)| i(*s)));
    v.extend(
        times
            .iter()
            .map(|(s, ns)| Value::float(*s as f64 + *ns as f64 * 1e-9)),
    );
    v.extend(
        times
            .iter()
            .map(|(s, ns)| big(*s as i128 * 1_000_000_000 + *ns as i128)),
    );
    v.extend([
        i(st.st_blksize as i64),
        i(st.st_blocks),
        big(st.st_rdev as i128),
    ]);
    let ty = super::stat_result_type()?;
    weft_vm::interp::structseq::new(vm, &ty, v)
}

/// `stat(path, *, dir_fd=None, follow_symlinks=True)`; an int `path` is a descriptor.
fn stat_impl(vm: &mut Vm, args: &Args, fname: &str, follow_default: bool) -> PyResult<Value> {
    let [p, dir_fd, follow] = args.bind(fname, ["path", "dir_fd", "follow_symlinks"], 1, 0)?;
    no_dir_fd(fname, &dir_fd)?;
    let follow = truthy(vm, &follow, follow_default)?;
    let p = p.unwrap_or(Value::NONE);
    if int::is_int(&p) {
        let fd = c_int(&p)?;
        let st = sys::stat(None, fd, true).map_err(|e| args::os_error(vm, &e))?;
        return stat_result(vm, &st);
    }
    let kinds = if follow_default {
        args::PATH_OR_FD
    } else {
        args::PATH
    };
    let pa = args::named_path(vm, fname, "path", kinds, &p)?;
    let st = sys::stat(Some(&pa.c), 0, follow).map_err(|e| pa.error(vm, &e))?;
    stat_result(vm, &st)
}

fn stat(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    stat_impl(vm, args, "stat", true)
}

fn lstat(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    stat_impl(vm, args, "lstat", false)
}

fn fstat(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [fd] = args.bind("fstat", ["fd"], 1, 0)?;
    let fd = c_int(&fd.unwrap_or(Value::NONE))?;
    let st = sys::stat(None, fd, true).map_err(|e| args::os_error(vm, &e))?;
    stat_result(vm, &st)
}

fn open(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [p, flags, mode, dir_fd] = args.bind("open", ["path", "flags", "mode", "dir_fd"], 2, 0)?;
    no_dir_fd("open", &dir_fd)?;
    let pa = path(vm, "open", &p.unwrap_or(Value::NONE))?;
    let flags = c_int(&flags.unwrap_or(Value::NONE))?;
    let mode = match mode {
        Some(m) => c_int(&m)?,
        None => 0o777,
    };
    let fd = sys::open(&pa.c, flags, mode as u32).map_err(|e| pa.error(vm, &e))?;
    Ok(int::from_i64(fd as i64))
}

fn read(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("read", 2)?;
    let fd = c_int(&a[0])?;
    let n = weft_vm::interp::protocols::index_isize(vm, &a[1])?;
    if n < 0 {
        let e = std::io::Error::from_raw_os_error(libc::EINVAL);
        return Err(args::os_error(vm, &e));
    }
    let mut buf = Vec::new();
    if buf.try_reserve_exact(n as usize).is_err() {
        return Err(error::memory_error(""));
    }
    sys::read(fd, &mut buf, n as usize).map_err(|e| args::os_error(vm, &e))?;
    Ok(bytes::new_bytes(buf))
}

fn write(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("write", 2)?;
    let fd = c_int(&a[0])?;
    let data = weft_vm::interp::builtin_types::bytes_like(vm, &a[1])?;
    let n = sys::write(fd, &data).map_err(|e| args::os_error(vm, &e))?;
    Ok(int::from_i64(n as i64))
}

fn close(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [fd] = args.bind("close", ["fd"], 1, 0)?;
    let fd = c_int(&fd.unwrap_or(Value::NONE))?;
    sys::close(fd).map_err(|e| args::os_error(vm, &e))?;
    Ok(Value::NONE)
}

/// `fsync(fd)` and `fdatasync(fd)`: `fd` an int or an object with `fileno()`.
fn sync_impl(vm: &mut Vm, args: &Args, fname: &str, data_only: bool) -> PyResult<Value> {
    let [fd] = args.bind(fname, ["fd"], 1, 0)?;
    let fd = args::as_file_descriptor(vm, &fd.unwrap_or(Value::NONE))?;
    sys::fsync(fd, data_only).map_err(|e| args::os_error(vm, &e))?;
    Ok(Value::NONE)
}

fn fsync(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    sync_impl(vm, args, "fsync", false)
}

fn fdatasync(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    sync_impl(vm, args, "fdatasync", true)
}

fn lseek(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("lseek", 3)?;
    let fd = c_int(&a[0])?;
    let pos = weft_vm::interp::protocols::index(vm, &a[1])?;
    let pos = i64::try_from(pos)
        .map_err(|_| error::overflow_error("Python int too large to convert to C long"))?;
    let how = c_int(&a[2])?;
    let r = sys::lseek(fd, pos, how).map_err(|e| args::os_error(vm, &e))?;
    Ok(int::from_i64(r))
}

/// `remove`/`unlink(path, *, dir_fd=None)`.
fn unlink_impl(vm: &mut Vm, args: &Args, fname: &str) -> PyResult<Value> {
    let [p, dir_fd] = args.bind(fname, ["path", "dir_fd"], 1, 0)?;
    no_dir_fd(fname, &dir_fd)?;
    let pa = path(vm, fname, &p.unwrap_or(Value::NONE))?;
    std::fs::remove_file(pa.path()).map_err(|e| pa.error(vm, &e))?;
    Ok(Value::NONE)
}

fn remove(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    unlink_impl(vm, args, "remove")
}

fn unlink(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    unlink_impl(vm, args, "unlink")
}

fn rmdir(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [p, dir_fd] = args.bind("rmdir", ["path", "dir_fd"], 1, 0)?;
    no_dir_fd("rmdir", &dir_fd)?;
    let pa = path(vm, "rmdir", &p.unwrap_or(Value::NONE))?;
    std::fs::remove_dir(pa.path()).map_err(|e| pa.error(vm, &e))?;
    Ok(Value::NONE)
}

/// `rename`/`replace(src, dst, *, src_dir_fd=None, dst_dir_fd=None)`: both are rename(2) on POSIX.
fn rename_impl(vm: &mut Vm, args: &Args, fname: &str) -> PyResult<Value> {
    let [src, dst, sfd, dfd] =
        args.bind(fname, ["src", "dst", "src_dir_fd", "dst_dir_fd"], 2, 0)?;
    no_dir_fd(fname, &sfd)?;
    no_dir_fd(fname, &dfd)?;
    let s = args::named_path(vm, fname, "src", args::PATH, &src.unwrap_or(Value::NONE))?;
    let d = args::named_path(vm, fname, "dst", args::PATH, &dst.unwrap_or(Value::NONE))?;
    std::fs::rename(s.path(), d.path()).map_err(|e| two_path_error(vm, &e, &s, &d))?;
    Ok(Value::NONE)
}

/// `OSError(errno, strerror, filename, None, filename2)`.
fn two_path_error(
    vm: &mut Vm,
    e: &std::io::Error,
    a: &PathArg,
    b: &PathArg,
) -> weft_vm::interp::error::PyErr {
    let base = a.error(vm, e);
    let exc = weft_vm::interp::exc::normalize(vm, base);
    weft_vm::objects::instance::set(
        &exc,
        &weft_vm::objects::str::intern("filename2"),
        b.given.clone(),
    );
    weft_vm::interp::error::PyErr::from_obj(exc)
}

fn rename(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    rename_impl(vm, args, "rename")
}

fn replace(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    rename_impl(vm, args, "replace")
}

fn mkdir(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    use std::os::unix::fs::DirBuilderExt;
    let [p, mode, dir_fd] = args.bind("mkdir", ["path", "mode", "dir_fd"], 1, 0)?;
    no_dir_fd("mkdir", &dir_fd)?;
    let pa = path(vm, "mkdir", &p.unwrap_or(Value::NONE))?;
    let mode = match mode {
        Some(m) => c_int(&m)?,
        None => 0o777,
    };
    std::fs::DirBuilder::new()
        .mode(mode as u32)
        .create(pa.path())
        .map_err(|e| pa.error(vm, &e))?;
    Ok(Value::NONE)
}

/// The path argument of `listdir`/`scandir`, `'.'` when omitted or None. A descriptor of an open
/// directory is read through `/proc/self/fd` once `fstat` has checked it (a bad one fails with
/// `EBADF` naming no file, later errors name the descriptor, as CPython's `dup` and `fdopendir`).
fn dir_arg(vm: &mut Vm, fname: &str, v: Option<Value>) -> PyResult<PathArg> {
    match v {
        Some(v) if int::is_int(&v) => {
            let fd = c_int(&v)?;
            sys::stat(None, fd, true).map_err(|e| args::os_error(vm, &e))?;
            let proc = weft_vm::objects::str::new_string(format!("/proc/self/fd/{fd}"));
            let mut pa = path(vm, fname, &proc)?;
            pa.given = v;
            Ok(pa)
        }
        Some(v) if !v.is_none() => args::named_path(vm, fname, "path", args::DIR, &v),
        _ => path(vm, fname, &weft_vm::objects::str::new_str(".")),
    }
}

fn listdir(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [p] = args.bind("listdir", ["path"], 0, 0)?;
    let pa = dir_arg(vm, "listdir", p)?;
    let rd = std::fs::read_dir(pa.path()).map_err(|e| pa.error(vm, &e))?;
    let mut names = Vec::new();
    for entry in rd {
        let entry = entry.map_err(|e| pa.error(vm, &e))?;
        names.push(name_value(entry.file_name().as_bytes(), pa.is_bytes));
    }
    Ok(list::new_list(names))
}

/// `_scandir(path)`: `(name, path, kind, inode)` per entry, `kind` being what the directory listing
/// says without a `stat` (0 unknown, 1 directory, 2 regular file, 3 symbolic link, 4 other); the
/// `DirEntry` objects are built in Python.
fn scandir_entries(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [p] = args.bind("scandir", ["path"], 0, 0)?;
    let given = p.clone();
    let pa = dir_arg(vm, "scandir", p)?;
    let rd = std::fs::read_dir(pa.path()).map_err(|e| pa.error(vm, &e))?;
    // Entries of a descriptor's directory have their bare names as paths.
    let prefix = match &given {
        Some(v) if int::is_int(v) => None,
        Some(v) if !v.is_none() => Some(pa.c.as_bytes().to_vec()),
        _ => Some(b".".to_vec()),
    };
    let mut out = Vec::new();
    for entry in rd {
        let entry = entry.map_err(|e| pa.error(vm, &e))?;
        let name = entry.file_name();
        let mut full = Vec::new();
        if let Some(p) = &prefix {
            full.extend_from_slice(p);
            if !full.ends_with(b"/") {
                full.push(b'/');
            }
        }
        full.extend_from_slice(name.as_bytes());
        let kind = match entry.file_type() {
            Ok(t) if t.is_dir() => 1,
            Ok(t) if t.is_file() => 2,
            Ok(t) if t.is_symlink() => 3,
            Ok(_) => 4,
            Err(_) => 0,
        };
        out.push(tuple::new_tuple(vec![
            name_value(name.as_bytes(), pa.is_bytes),
            name_value(&full, pa.is_bytes),
            int::from_i64(kind),
            int::from_big(BigInt::from(entry.ino())),
        ]));
    }
    Ok(list::new_list(out))
}

fn access(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [p, mode, dir_fd, eff, follow] = args.bind(
        "access",
        ["path", "mode", "dir_fd", "effective_ids", "follow_symlinks"],
        2,
        0,
    )?;
    no_dir_fd("access", &dir_fd)?;
    if truthy(vm, &eff, false)? || !truthy(vm, &follow, true)? {
        return Err(error::not_implemented_error(
            "access: effective_ids and follow_symlinks unavailable on this platform",
        ));
    }
    let pa = path(vm, "access", &p.unwrap_or(Value::NONE))?;
    let mode = c_int(&mode.unwrap_or(Value::NONE))?;
    Ok(Value::bool(sys::access(&pa.c, mode)))
}

fn chmod(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    use std::os::unix::fs::PermissionsExt;
    let [p, mode, dir_fd, follow] =
        args.bind("chmod", ["path", "mode", "dir_fd", "follow_symlinks"], 2, 0)?;
    no_dir_fd("chmod", &dir_fd)?;
    if !truthy(vm, &follow, true)? {
        return Err(error::not_implemented_error(
            "chmod: follow_symlinks unavailable on this platform",
        ));
    }
    let pa = path(vm, "chmod", &p.unwrap_or(Value::NONE))?;
    let mode = c_int(&mode.unwrap_or(Value::NONE))?;
    std::fs::set_permissions(pa.path(), std::fs::Permissions::from_mode(mode as u32))
        .map_err(|e| pa.error(vm, &e))?;
    Ok(Value::NONE)
}

/// `utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True)`.
fn utime(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [p, times, ns, dir_fd, follow] = args.bind(
        "utime",
        ["path", "times", "ns", "dir_fd", "follow_symlinks"],
        1,
        0,
    )?;
    no_dir_fd("utime", &dir_fd)?;
    let follow = truthy(vm, &follow, true)?;
    let pa = path(vm, "utime", &p.unwrap_or(Value::NONE))?;
    let times = times.filter(|t| !t.is_none());
    let pair = |v: &Value| -> Option<[Value; 2]> {
        let t = weft_vm::objects::tuple::as_tuple(v)?;
        match t {
            [a, b] => Some([a.clone(), b.clone()]),
            _ => None,
        }
    };
    let spec = match (times, ns) {
        (Some(_), Some(_)) => {
            return Err(error::value_error(
                "utime: you may specify either 'times' or 'ns' but not both",
            ))
        }
        (Some(t), None) => {
            let [a, b] = pair(&t).ok_or_else(|| {
                error::type_error("utime: 'times' must be either a tuple of two ints or None")
            })?;
            Some([seconds(vm, &a)?, seconds(vm, &b)?])
        }
        (None, Some(n)) => {
            let [a, b] = pair(&n)
                .ok_or_else(|| error::type_error("utime: 'ns' must be a tuple of two ints"))?;
            Some([nanoseconds(&a)?, nanoseconds(&b)?])
        }
        (None, None) => None,
    };
    // CPython's `utime` reports the error without the file name.
    sys::utimens(&pa.c, spec, follow)
        .map_err(|e| weft_vm::objects::os_error::os_error(vm, &e, None))?;
    Ok(Value::NONE)
}

/// A time in seconds (int or float) as (seconds, nanoseconds), rounded toward minus infinity.
fn seconds(vm: &mut Vm, v: &Value) -> PyResult<(i64, i64)> {
    if let Some(x) =
        weft_vm::objects::float::to_f64(v).filter(|_| !weft_vm::objects::int::is_int(v))
    {
        if !x.is_finite() {
            return Err(error::value_error("Invalid value NaN (not a number)"));
        }
        let sec = x.floor();
        let ns = ((x - sec) * 1e9).floor() as i64;
        return Ok((sec as i64, ns));
    }
    let i = weft_vm::interp::protocols::index(vm, v)?;
    use num_traits::ToPrimitive;
    let sec = i
        .to_i64()
        .ok_or_else(|| error::overflow_error("timestamp out of range for platform time_t"))?;
    Ok((sec, 0))
}

fn nanoseconds(v: &Value) -> PyResult<(i64, i64)> {
    use num_traits::ToPrimitive;
    let b = weft_vm::objects::int::to_big(v).ok_or_else(|| {
        error::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            weft_vm::interp::ops::type_name_of(v)
        ))
    })?;
    let billion = num_bigint::BigInt::from(1_000_000_000);
    let (q, r) = num_integer::Integer::div_mod_floor(&b, &billion);
    let sec = q
        .to_i64()
        .ok_or_else(|| error::overflow_error("timestamp out of range for platform time_t"))?;
    Ok((sec, r.to_i64().unwrap_or(0)))
}

fn readlink(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [p, dir_fd] = args.bind("readlink", ["path", "dir_fd"], 1, 0)?;
    no_dir_fd("readlink", &dir_fd)?;
    let pa = path(vm, "readlink", &p.unwrap_or(Value::NONE))?;
    let target = std::fs::read_link(pa.path()).map_err(|e| pa.error(vm, &e))?;
    Ok(name_value(target.as_os_str().as_bytes(), pa.is_bytes))
}

fn symlink(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [src, dst, _is_dir, dir_fd] = args.bind(
        "symlink",
        ["src", "dst", "target_is_directory", "dir_fd"],
        2,
        0,
    )?;
    no_dir_fd("symlink", &dir_fd)?;
    let s = args::named_path(
        vm,
        "symlink",
        "src",
        args::PATH,
        &src.unwrap_or(Value::NONE),
    )?;
    let d = args::named_path(
        vm,
        "symlink",
        "dst",
        args::PATH,
        &dst.unwrap_or(Value::NONE),
    )?;
    std::os::unix::fs::symlink(s.path(), d.path()).map_err(|e| two_path_error(vm, &e, &s, &d))?;
    Ok(Value::NONE)
}

fn getcwd(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("getcwd", 0)?;
    let d = std::env::current_dir().map_err(|e| args::os_error(vm, &e))?;
    Ok(name_value(d.as_os_str().as_bytes(), false))
}

fn getcwdb(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("getcwdb", 0)?;
    let d = std::env::current_dir().map_err(|e| args::os_error(vm, &e))?;
    Ok(name_value(d.as_os_str().as_bytes(), true))
}

fn chdir(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [p] = args.bind("chdir", ["path"], 1, 0)?;
    let pa = path(vm, "chdir", &p.unwrap_or(Value::NONE))?;
    std::env::set_current_dir(pa.path()).map_err(|e| pa.error(vm, &e))?;
    Ok(Value::NONE)
}

/// The natives of this file.
pub const FUNCTIONS: &[(&str, weft_vm::objects::builtin::NativeFn)] = &[
    ("stat", stat),
    ("lstat", lstat),
    ("fstat", fstat),
    ("open", open),
    ("read", read),
    ("write", write),
    ("close", close),
    ("lseek", lseek),
    ("fsync", fsync),
    ("fdatasync", fdatasync),
    ("remove", remove),
    ("unlink", unlink),
    ("rmdir", rmdir),
    ("rename", rename),
    ("replace", replace),
    ("mkdir", mkdir),
    ("listdir", listdir),
    ("_scandir", scandir_entries),
    ("access", access),
    ("chmod", chmod),
    ("utime", utime),
    ("readlink", readlink),
    ("symlink", symlink),
    ("getcwd", getcwd),
    ("getcwdb", getcwdb),
    ("chdir", chdir),
];
