//! File and directory functions of `posix`: the stat family, descriptors (`open`, `read`, `write`,
//! `close`, `lseek`), and names in directories (`remove`, `rename`, `mkdir`, `listdir`, ...).
use super::args::{self, c_int, name_value, path, PathArg};
use super::sys;
use num_bigint::BigInt;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::DirEntryExt;
use weft_vm::heap::Value;
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::Vm;
use weft_vm::objects::builtin::Args;
use weft_vm::objects::{bytes, int, list, tuple};

/// An `os.stat_result` from the C structure (whose field types differ between platforms, hence
/// casts that are no-ops on some).
#[allow(clippy::unnecessary_cast)]
pub(crate) fn stat_result(vm: &mut Vm, st: &libc::stat) -> PyResult<Value> {
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
    let ty = super::struct_type("stat_result")?;
    weft_vm::interp::structseq::new(vm, &ty, v)
}

fn fstat(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [fd] = args.bind("fstat", ["fd"], 1, 0)?;
    let fd = c_int(&fd.unwrap_or(Value::NONE))?;
    let st = sys::stat(None, fd, true).map_err(|e| args::os_error(vm, &e))?;
    stat_result(vm, &st)
}

fn open(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [p, flags, mode, dir_fd] = args.bind("open", ["path", "flags", "mode", "dir_fd"], 2, 0)?;
    let pa = path(vm, "open", &p.unwrap_or(Value::NONE))?;
    let flags = c_int(&flags.unwrap_or(Value::NONE))?;
    let mode = match mode {
        Some(m) => c_int(&m)?,
        None => 0o777,
    };
    let dir = args::dir_fd(vm, &dir_fd)?;
    let fd = super::sysat::open(dir, &pa.c, flags, mode as u32).map_err(|e| pa.error(vm, &e))?;
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

/// The path argument of `listdir`/`scandir` (`path_t(nullable=True, allow_fd=...)`), `'.'` when
/// omitted or None, and the descriptor it was given as. A descriptor of an open directory is read
/// through `/proc/self/fd` once `fstat` has checked it (a bad one fails with `EBADF` naming no
/// file, later errors name the descriptor, as CPython's `dup` and `fdopendir`).
fn dir_arg(vm: &mut Vm, fname: &str, v: Option<Value>) -> PyResult<(PathArg, Option<i32>)> {
    let spec = args::PathSpec {
        fname,
        arg: "path",
        allow_fd: true,
        nullable: true,
    };
    let v = v.unwrap_or(Value::NONE);
    match spec.convert(vm, &v)? {
        args::Target::Fd(fd) => {
            sys::stat(None, fd, true).map_err(|e| args::os_error(vm, &e))?;
            let proc = weft_vm::objects::str::new_string(format!("/proc/self/fd/{fd}"));
            let mut pa = path(vm, fname, &proc)?;
            pa.given = v;
            Ok((pa, Some(fd)))
        }
        args::Target::Path(pa) => Ok((pa, None)),
        args::Target::Default => Ok((path(vm, fname, &weft_vm::objects::str::new_str("."))?, None)),
    }
}

fn listdir(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [p] = args.bind("listdir", ["path"], 0, 0)?;
    let (pa, _) = dir_arg(vm, "listdir", p)?;
    let rd = std::fs::read_dir(pa.path()).map_err(|e| pa.error(vm, &e))?;
    let mut names = Vec::new();
    for entry in rd {
        let entry = entry.map_err(|e| pa.error(vm, &e))?;
        names.push(name_value(entry.file_name().as_bytes(), pa.is_bytes));
    }
    Ok(list::new_list(names))
}

/// `_scandir(path)`: the directory's descriptor when it was given one (else None), then
/// `(name, path, kind, inode)` per entry, `kind` being what the directory listing says without a
/// `stat` (0 unknown, 1 directory, 2 regular file, 3 symbolic link, 4 other); the `DirEntry`
/// objects are built in Python.
fn scandir_entries(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [p] = args.bind("scandir", ["path"], 0, 0)?;
    let (pa, fd) = dir_arg(vm, "scandir", p)?;
    let rd = std::fs::read_dir(pa.path()).map_err(|e| match fd {
        Some(_) => args::os_error(vm, &e),
        None => pa.error(vm, &e),
    })?;
    // Entries of a descriptor's directory have their bare names as paths.
    let prefix = match fd {
        Some(_) => None,
        None => Some(pa.c.as_bytes().to_vec()),
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
    let fd = fd.map_or(Value::NONE, |fd| int::from_i64(fd as i64));
    Ok(tuple::new_tuple(vec![fd, list::new_list(out)]))
}

/// `closerange(fd_low, fd_high)`: closes every descriptor in the range, ignoring errors.
fn closerange(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("closerange", 2)?;
    let lo = c_int(&a[0])?.max(0);
    let hi = c_int(&a[1])?;
    for fd in lo..hi {
        let _ = sys::close(fd);
    }
    Ok(Value::NONE)
}

fn getcwd(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("posix.getcwd", 0)?;
    let d = std::env::current_dir().map_err(|e| args::os_error(vm, &e))?;
    Ok(name_value(d.as_os_str().as_bytes(), false))
}

fn getcwdb(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("posix.getcwdb", 0)?;
    let d = std::env::current_dir().map_err(|e| args::os_error(vm, &e))?;
    Ok(name_value(d.as_os_str().as_bytes(), true))
}

/// The natives of this file.
pub const FUNCTIONS: &[(&str, weft_vm::objects::builtin::NativeFn)] = &[
    ("fstat", fstat),
    ("open", open),
    ("read", read),
    ("write", write),
    ("close", close),
    ("lseek", lseek),
    ("fsync", fsync),
    ("fdatasync", fdatasync),
    ("listdir", listdir),
    ("_scandir", scandir_entries),
    ("closerange", closerange),
    ("getcwd", getcwd),
    ("getcwdb", getcwdb),
];
