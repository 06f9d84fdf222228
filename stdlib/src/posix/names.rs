//! The functions of `posix` that act on a name in a directory: the stat family, `access`, `chmod`,
//! `chown`, `link`, `unlink`, `rename`, `mkdir`, `readlink`, `utime`, `truncate`, `chdir`, ...
//! All take CPython's `dir_fd` (through the `*at` calls of `sysat`), `follow_symlinks` where the
//! system has it, and a descriptor for a path where CPython's `path_t` allows one.
use super::args::{self, c_int, dir_fd, PathArg, PathSpec, Target};
use super::sysat;
use weft_vm::heap::Value;
use weft_vm::interp::error::{self, PyErr, PyResult};
use weft_vm::interp::{ops, Vm};
use weft_vm::objects::builtin::Args;
use weft_vm::objects::int;

fn truthy(vm: &mut Vm, v: &Option<Value>, default: bool) -> PyResult<bool> {
    match v {
        Some(v) => ops::truthy(vm, v),
        None => Ok(default),
    }
}

/// A path argument that may be a descriptor.
fn path_or_fd(vm: &mut Vm, fname: &str, v: &Option<Value>) -> PyResult<Target> {
    let spec = PathSpec {
        fname,
        arg: "path",
        allow_fd: true,
        nullable: false,
    };
    spec.convert(vm, v.as_ref().unwrap_or(&Value::NONE))
}

fn path(vm: &mut Vm, fname: &str, arg: &str, v: &Option<Value>) -> PyResult<PathArg> {
    args::named_path(
        vm,
        fname,
        arg,
        args::PATH,
        v.as_ref().unwrap_or(&Value::NONE),
    )
}

/// CPython's checks of a path-or-descriptor against `dir_fd` and `follow_symlinks`.
fn check_fd_combination(fname: &str, t: &Target, dir: i32, follow: bool) -> PyResult<()> {
    if let Target::Fd(fd) = t {
        if dir != libc::AT_FDCWD {
            return Err(error::value_error(format!(
                "{fname}: can't specify dir_fd without matching path"
            )));
        }
        if *fd > 0 && !follow {
            return Err(error::value_error(format!(
                "{fname}: cannot use fd and follow_symlinks together"
            )));
        }
    }
    Ok(())
}

/// An `OSError` naming the descriptor a function was given, as CPython's `path_error` does.
fn fd_error(vm: &mut Vm, e: &std::io::Error, fd: i32) -> PyErr {
    weft_vm::objects::os_error::os_error(vm, e, Some(&int::from_i64(fd as i64)))
}

/// `OSError(errno, strerror, filename, None, filename2)`.
pub fn two_path_error(vm: &mut Vm, e: &std::io::Error, a: &PathArg, b: &PathArg) -> PyErr {
    let base = a.error(vm, e);
    let exc = weft_vm::interp::exc::normalize(vm, base);
    weft_vm::objects::instance::set(
        &exc,
        &weft_vm::objects::str::intern("filename2"),
        b.given.clone(),
    );
    PyErr::from_obj(exc)
}

/// `stat(path, *, dir_fd=None, follow_symlinks=True)`; `lstat` takes no descriptor and never
/// follows.
fn stat_impl(vm: &mut Vm, args: &Args, fname: &str, is_lstat: bool) -> PyResult<Value> {
    let [p, dfd, follow] = args.bind(fname, ["path", "dir_fd", "follow_symlinks"], 1, 0)?;
    let t = if is_lstat {
        Target::Path(path(vm, fname, "path", &p)?)
    } else {
        path_or_fd(vm, fname, &p)?
    };
    let dir = dir_fd(vm, &dfd)?;
    let follow = !is_lstat && truthy(vm, &follow, true)?;
    check_fd_combination(fname, &t, dir, follow)?;
    let st = match &t {
        Target::Path(pa) => sysat::stat(dir, Some(&pa.c), follow).map_err(|e| pa.error(vm, &e))?,
        Target::Fd(fd) => sysat::stat(*fd, None, true).map_err(|e| fd_error(vm, &e, *fd))?,
        Target::Default => return Err(error::system_error("stat: no path")),
    };
    super::files::stat_result(vm, &st)
}

fn stat(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    stat_impl(vm, args, "stat", false)
}

fn lstat(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    stat_impl(vm, args, "lstat", true)
}

/// `access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True)`.
fn access(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [p, mode, dfd, eff, follow] = args.bind(
        "access",
        ["path", "mode", "dir_fd", "effective_ids", "follow_symlinks"],
        2,
        0,
    )?;
    let pa = path(vm, "access", "path", &p)?;
    let mode = c_int(&mode.unwrap_or(Value::NONE))?;
    let dir = dir_fd(vm, &dfd)?;
    let eff = truthy(vm, &eff, false)?;
    let follow = truthy(vm, &follow, true)?;
    Ok(Value::bool(sysat::access(dir, &pa.c, mode, eff, follow)))
}

/// `chmod(path, mode, *, dir_fd=None, follow_symlinks=True)`.
fn chmod(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [p, mode, dfd, follow] =
        args.bind("chmod", ["path", "mode", "dir_fd", "follow_symlinks"], 2, 0)?;
    let t = path_or_fd(vm, "chmod", &p)?;
    let mode = c_int(&mode.unwrap_or(Value::NONE))?;
    let dir = dir_fd(vm, &dfd)?;
    let follow = truthy(vm, &follow, true)?;
    check_fd_combination("chmod", &t, dir, follow)?;
    match &t {
        Target::Fd(fd) => {
            sysat::chmod(*fd, None, mode as u32, true).map_err(|e| fd_error(vm, &e, *fd))
        }
        Target::Path(pa) => match sysat::chmod(dir, Some(&pa.c), mode as u32, follow) {
            Err(e) if !follow && matches!(e.raw_os_error(), Some(libc::ENOTSUP)) => {
                Err(if dir != libc::AT_FDCWD {
                    error::value_error("chmod: cannot use dir_fd and follow_symlinks together")
                } else {
                    error::not_implemented_error(
                        "chmod: follow_symlinks unavailable on this platform",
                    )
                })
            }
            r => r.map_err(|e| pa.error(vm, &e)),
        },
        Target::Default => Ok(()),
    }?;
    Ok(Value::NONE)
}

fn fchmod(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [fd, mode] = args.bind("fchmod", ["fd", "mode"], 2, 0)?;
    let fd = c_int(&fd.unwrap_or(Value::NONE))?;
    let mode = c_int(&mode.unwrap_or(Value::NONE))?;
    sysat::chmod(fd, None, mode as u32, true).map_err(|e| args::os_error(vm, &e))?;
    Ok(Value::NONE)
}

/// `chown(path, uid, gid, *, dir_fd=None, follow_symlinks=True)`.
fn chown(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [p, uid, gid, dfd, follow] = args.bind(
        "chown",
        ["path", "uid", "gid", "dir_fd", "follow_symlinks"],
        3,
        0,
    )?;
    let t = path_or_fd(vm, "chown", &p)?;
    let uid = args::id_arg(vm, "uid", &uid.unwrap_or(Value::NONE))?;
    let gid = args::id_arg(vm, "gid", &gid.unwrap_or(Value::NONE))?;
    let dir = dir_fd(vm, &dfd)?;
    let follow = truthy(vm, &follow, true)?;
    check_fd_combination("chown", &t, dir, follow)?;
    match &t {
        Target::Fd(fd) => {
            sysat::chown(*fd, None, uid, gid, true).map_err(|e| fd_error(vm, &e, *fd))?
        }
        Target::Path(pa) => {
            sysat::chown(dir, Some(&pa.c), uid, gid, follow).map_err(|e| pa.error(vm, &e))?
        }
        Target::Default => {}
    }
    Ok(Value::NONE)
}

fn lchown(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [p, uid, gid] = args.bind("lchown", ["path", "uid", "gid"], 3, 0)?;
    let pa = path(vm, "lchown", "path", &p)?;
    let uid = args::id_arg(vm, "uid", &uid.unwrap_or(Value::NONE))?;
    let gid = args::id_arg(vm, "gid", &gid.unwrap_or(Value::NONE))?;
    sysat::chown(libc::AT_FDCWD, Some(&pa.c), uid, gid, false).map_err(|e| pa.error(vm, &e))?;
    Ok(Value::NONE)
}

fn fchown(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [fd, uid, gid] = args.bind("fchown", ["fd", "uid", "gid"], 3, 0)?;
    let fd = c_int(&fd.unwrap_or(Value::NONE))?;
    let uid = args::id_arg(vm, "uid", &uid.unwrap_or(Value::NONE))?;
    let gid = args::id_arg(vm, "gid", &gid.unwrap_or(Value::NONE))?;
    sysat::chown(fd, None, uid, gid, true).map_err(|e| args::os_error(vm, &e))?;
    Ok(Value::NONE)
}

/// `remove`/`unlink(path, *, dir_fd=None)` and `rmdir`.
fn unlink_impl(vm: &mut Vm, args: &Args, fname: &str, rmdir: bool) -> PyResult<Value> {
    let [p, dfd] = args.bind(fname, ["path", "dir_fd"], 1, 0)?;
    let pa = path(vm, fname, "path", &p)?;
    let dir = dir_fd(vm, &dfd)?;
    sysat::unlink(dir, &pa.c, rmdir).map_err(|e| pa.error(vm, &e))?;
    Ok(Value::NONE)
}

fn remove(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    unlink_impl(vm, args, "remove", false)
}

fn unlink(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    unlink_impl(vm, args, "unlink", false)
}

fn rmdir(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    unlink_impl(vm, args, "rmdir", true)
}

/// `rename`/`replace(src, dst, *, src_dir_fd=None, dst_dir_fd=None)`: both are renameat(2).
fn rename_impl(vm: &mut Vm, args: &Args, fname: &str) -> PyResult<Value> {
    let [src, dst, sfd, dfd] =
        args.bind(fname, ["src", "dst", "src_dir_fd", "dst_dir_fd"], 2, 0)?;
    let s = path(vm, fname, "src", &src)?;
    let d = path(vm, fname, "dst", &dst)?;
    let sdir = dir_fd(vm, &sfd)?;
    let ddir = dir_fd(vm, &dfd)?;
    sysat::rename(sdir, &s.c, ddir, &d.c).map_err(|e| two_path_error(vm, &e, &s, &d))?;
    Ok(Value::NONE)
}

fn rename(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    rename_impl(vm, args, "rename")
}

fn replace(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    rename_impl(vm, args, "replace")
}

/// `link(src, dst, *, src_dir_fd=None, dst_dir_fd=None, follow_symlinks=True)`.
fn link(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [src, dst, sfd, dfd, follow] = args.bind(
        "link",
        ["src", "dst", "src_dir_fd", "dst_dir_fd", "follow_symlinks"],
        2,
        0,
    )?;
    let s = path(vm, "link", "src", &src)?;
    let d = path(vm, "link", "dst", &dst)?;
    let sdir = dir_fd(vm, &sfd)?;
    let ddir = dir_fd(vm, &dfd)?;
    let follow = truthy(vm, &follow, true)?;
    sysat::link(sdir, &s.c, ddir, &d.c, follow).map_err(|e| two_path_error(vm, &e, &s, &d))?;
    Ok(Value::NONE)
}

fn symlink(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [src, dst, _is_dir, dfd] = args.bind(
        "symlink",
        ["src", "dst", "target_is_directory", "dir_fd"],
        2,
        0,
    )?;
    let s = path(vm, "symlink", "src", &src)?;
    let d = path(vm, "symlink", "dst", &dst)?;
    let dir = dir_fd(vm, &dfd)?;
    sysat::symlink(&s.c, dir, &d.c).map_err(|e| two_path_error(vm, &e, &s, &d))?;
    Ok(Value::NONE)
}

fn readlink(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [p, dfd] = args.bind("readlink", ["path", "dir_fd"], 1, 0)?;
    let pa = path(vm, "readlink", "path", &p)?;
    let dir = dir_fd(vm, &dfd)?;
    let target = sysat::readlink(dir, &pa.c).map_err(|e| pa.error(vm, &e))?;
    Ok(args::name_value(&target, pa.is_bytes))
}

/// `mkdir(path, mode=0o777, *, dir_fd=None)`.
fn mkdir(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [p, mode, dfd] = args.bind("mkdir", ["path", "mode", "dir_fd"], 1, 0)?;
    let pa = path(vm, "mkdir", "path", &p)?;
    let mode = mode.map_or(Ok(0o777), |m| c_int(&m))?;
    let dir = dir_fd(vm, &dfd)?;
    sysat::mkdir(dir, &pa.c, mode as u32).map_err(|e| pa.error(vm, &e))?;
    Ok(Value::NONE)
}

/// `mkfifo(path, mode=0o666, *, dir_fd=None)`.
fn mkfifo(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [p, mode, dfd] = args.bind("mkfifo", ["path", "mode", "dir_fd"], 1, 0)?;
    let pa = path(vm, "mkfifo", "path", &p)?;
    let mode = mode.map_or(Ok(0o666), |m| c_int(&m))?;
    let dir = dir_fd(vm, &dfd)?;
    sysat::mknod(dir, &pa.c, mode as u32 | libc::S_IFIFO, 0).map_err(|e| pa.error(vm, &e))?;
    Ok(Value::NONE)
}

/// `mknod(path, mode=0o600, device=0, *, dir_fd=None)`.
fn mknod(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    use num_traits::ToPrimitive;
    let [p, mode, dev, dfd] = args.bind("mknod", ["path", "mode", "device", "dir_fd"], 1, 0)?;
    let pa = path(vm, "mknod", "path", &p)?;
    let mode = mode.map_or(Ok(0o600), |m| c_int(&m))?;
    let dev = match dev {
        Some(d) => weft_vm::interp::protocols::index(vm, &d)?
            .to_u64()
            .ok_or_else(|| error::overflow_error("Python int too large to convert to C dev_t"))?,
        None => 0,
    };
    let dir = dir_fd(vm, &dfd)?;
    sysat::mknod(dir, &pa.c, mode as u32, dev).map_err(|e| pa.error(vm, &e))?;
    Ok(Value::NONE)
}

/// `chdir(path)`; a descriptor goes to `fchdir`.
fn chdir(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [p] = args.bind("chdir", ["path"], 1, 0)?;
    match path_or_fd(vm, "chdir", &p)? {
        Target::Path(pa) => std::env::set_current_dir(pa.path()).map_err(|e| pa.error(vm, &e))?,
        Target::Fd(fd) => sysat::fchdir(fd).map_err(|e| fd_error(vm, &e, fd))?,
        Target::Default => {}
    }
    Ok(Value::NONE)
}

/// `fchdir(fd)`: `fd` an int or an object with `fileno()`.
fn fchdir(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [fd] = args.bind("fchdir", ["fd"], 1, 0)?;
    let fd = args::as_file_descriptor(vm, &fd.unwrap_or(Value::NONE))?;
    sysat::fchdir(fd).map_err(|e| args::os_error(vm, &e))?;
    Ok(Value::NONE)
}

/// A file length (`Py_off_t`).
fn length_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    use num_traits::ToPrimitive;
    weft_vm::interp::protocols::index(vm, v)?
        .to_i64()
        .ok_or_else(|| error::overflow_error("Python int too large to convert to C long"))
}

/// `truncate(path, length)`; a descriptor goes to `ftruncate` (whose errors name no file).
fn truncate(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [p, len] = args.bind("truncate", ["path", "length"], 2, 0)?;
    let t = path_or_fd(vm, "truncate", &p)?;
    let len = length_arg(vm, &len.unwrap_or(Value::NONE))?;
    match t {
        Target::Path(pa) => sysat::truncate(&pa.c, len).map_err(|e| pa.error(vm, &e))?,
        Target::Fd(fd) => super::sys::ftruncate(fd, len).map_err(|e| args::os_error(vm, &e))?,
        Target::Default => {}
    }
    Ok(Value::NONE)
}

fn ftruncate(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("ftruncate", 2)?;
    let fd = c_int(&a[0])?;
    let len = length_arg(vm, &a[1])?;
    super::sys::ftruncate(fd, len).map_err(|e| args::os_error(vm, &e))?;
    Ok(Value::NONE)
}

/// `utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True)`.
fn utime(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [p, times, ns, dfd, follow] = args.bind(
        "utime",
        ["path", "times", "ns", "dir_fd", "follow_symlinks"],
        1,
        0,
    )?;
    let t = path_or_fd(vm, "utime", &p)?;
    let times = times.filter(|t| !t.is_none());
    let pair = |v: &Value| -> Option<[Value; 2]> {
        if !ops::a_type(v).is(&weft_vm::objects::types().tuple) {
            return None;
        }
        match weft_vm::objects::tuple::as_tuple(v)? {
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
            Some([nanoseconds(vm, &a)?, nanoseconds(vm, &b)?])
        }
        (None, None) => None,
    };
    let dir = dir_fd(vm, &dfd)?;
    let follow = truthy(vm, &follow, true)?;
    check_fd_combination("utime", &t, dir, follow)?;
    // CPython's `utime` reports the error without the file name.
    let r = match &t {
        Target::Path(pa) => sysat::utimens(dir, Some(&pa.c), spec, follow),
        Target::Fd(fd) => sysat::utimens(*fd, None, spec, true),
        Target::Default => Ok(()),
    };
    r.map_err(|e| args::os_error(vm, &e))?;
    Ok(Value::NONE)
}

/// A time in seconds (int or float) as (seconds, nanoseconds), rounded toward minus infinity.
fn seconds(vm: &mut Vm, v: &Value) -> PyResult<(i64, i64)> {
    if let Some(x) = weft_vm::objects::float::to_f64(v).filter(|_| !int::is_int(v)) {
        if x.is_nan() {
            return Err(error::value_error("Invalid value NaN (not a number)"));
        }
        let sec = x.floor();
        if !(-9.2e18..9.2e18).contains(&sec) {
            return Err(error::overflow_error(
                "timestamp out of range for platform time_t",
            ));
        }
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

/// Nanoseconds as (seconds, nanoseconds), through `divmod(v, 10**9)` as CPython does.
fn nanoseconds(vm: &mut Vm, v: &Value) -> PyResult<(i64, i64)> {
    use num_traits::ToPrimitive;
    let Some(b) = int::to_big(v).filter(|_| int::is_int(v)) else {
        let i = weft_vm::interp::protocols::index(vm, v)?;
        return nanoseconds(vm, &int::from_big(i));
    };
    let billion = num_bigint::BigInt::from(1_000_000_000);
    let (q, r) = num_integer::Integer::div_mod_floor(&b, &billion);
    let sec = q
        .to_i64()
        .ok_or_else(|| error::overflow_error("timestamp out of range for platform time_t"))?;
    Ok((sec, r.to_i64().unwrap_or(0)))
}

/// The natives of this file.
pub const FUNCTIONS: &[(&str, weft_vm::objects::builtin::NativeFn)] = &[
    ("stat", stat),
    ("lstat", lstat),
    ("access", access),
    ("chmod", chmod),
    ("fchmod", fchmod),
    ("chown", chown),
    ("lchown", lchown),
    ("fchown", fchown),
    ("remove", remove),
    ("unlink", unlink),
    ("rmdir", rmdir),
    ("rename", rename),
    ("replace", replace),
    ("link", link),
    ("symlink", symlink),
    ("readlink", readlink),
    ("mkdir", mkdir),
    ("mkfifo", mkfifo),
    ("mknod", mknod),
    ("chdir", chdir),
    ("fchdir", fchdir),
    ("truncate", truncate),
    ("ftruncate", ftruncate),
    ("utime", utime),
];
