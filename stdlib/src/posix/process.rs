//! Process and descriptor-state functions of `posix`: ids, signals, `waitpid`, `_exit`, pipes,
//! terminals, `urandom`, `strerror`, `fspath`.
use super::args::{self, c_int};
use super::sys;
use weft_vm::heap::Value;
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::Vm;
use weft_vm::objects::builtin::{Args, NativeFn};
use weft_vm::objects::{bytes, int, str as pystr, tuple};

fn getpid(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("posix.getpid", 0)?;
    Ok(int::from_i64(std::process::id() as i64))
}

/// `getuid`, `geteuid`, `getgid`, `getegid`, `getppid`: index into `sys::ids`.
macro_rules! id_fns {
    ($($name:ident = $i:expr),*) => {$(
        fn $name(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
            args.exact(concat!("posix.", stringify!($name)), 0)?;
            Ok(int::from_i64(sys::ids()[$i]))
        }
    )*};
}
id_fns!(
    getuid = 0,
    geteuid = 1,
    getgid = 2,
    getegid = 3,
    getppid = 4
);

fn urandom(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    use std::io::Read;
    let a = args.exact("posix.urandom", 1)?;
    let n = weft_vm::interp::protocols::index_isize(vm, &a[0])?;
    if n < 0 {
        return Err(error::value_error("negative argument not allowed"));
    }
    let mut buf = Vec::new();
    if buf.try_reserve_exact(n as usize).is_err() {
        return Err(error::memory_error(""));
    }
    buf.resize(n as usize, 0);
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut buf))
        .map_err(|e| args::os_error(vm, &e))?;
    Ok(bytes::new_bytes(buf))
}

/// The C library's message for `code`, as std's `Display` of the error gives it.
pub fn strerror_text(code: i32) -> String {
    let text = std::io::Error::from_raw_os_error(code).to_string();
    match text.strip_suffix(&format!(" (os error {code})")) {
        Some(s) => s.to_string(),
        None => text,
    }
}

fn strerror(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("posix.strerror", 1)?;
    Ok(pystr::new_string(strerror_text(c_int(&a[0])?)))
}

fn isatty(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("posix.isatty", 1)?;
    Ok(Value::bool(sys::isatty(c_int(&a[0])?)))
}

fn pipe(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("posix.pipe", 0)?;
    let (r, w) = sys::pipe().map_err(|e| args::os_error(vm, &e))?;
    Ok(tuple::new_tuple(vec![
        int::from_i64(r as i64),
        int::from_i64(w as i64),
    ]))
}

fn dup(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("posix.dup", 1)?;
    let fd = sys::dup(c_int(&a[0])?).map_err(|e| args::os_error(vm, &e))?;
    Ok(int::from_i64(fd as i64))
}

fn kill(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("kill", 2)?;
    sys::kill(c_int(&a[0])?, c_int(&a[1])?).map_err(|e| args::os_error(vm, &e))?;
    Ok(Value::NONE)
}

fn waitpid(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("waitpid", 2)?;
    let (pid, options) = (c_int(&a[0])?, c_int(&a[1])?);
    wait_for(vm, pid, options)
}

/// `wait()`: any child, as `waitpid(-1, 0)`.
fn wait(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("wait", 0)?;
    wait_for(vm, -1, 0)
}

/// `(pid, status)` of a child that `waitpid(pid, options)` reaps.
fn wait_for(vm: &mut Vm, pid: i32, options: i32) -> PyResult<Value> {
    // Interrupted by a signal: run its handler (which may raise), then wait again, as PEP 475 asks.
    let (pid, status) = loop {
        match sys::waitpid(pid, options) {
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => vm.run_attention_hooks()?,
            r => break r.map_err(|e| args::os_error(vm, &e))?,
        }
    };
    Ok(tuple::new_tuple(vec![
        int::from_i64(pid as i64),
        int::from_i64(status as i64),
    ]))
}

/// `_exit(status)`: ends the process at once, without flushing Python's buffers.
fn exit(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [code] = args.bind("_exit", ["status"], 1, 0)?;
    sys::exit_now(c_int(&code.unwrap_or(Value::NONE))?)
}

fn umask(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("posix.umask", 1)?;
    Ok(int::from_i64(sys::umask(c_int(&a[0])? as u32) as i64))
}

fn get_terminal_size(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.range("get_terminal_size", 0, 1)?;
    let fd = match a.first() {
        Some(v) => c_int(v)?,
        None => 1,
    };
    let (cols, rows) = sys::terminal_size(fd).map_err(|e| args::os_error(vm, &e))?;
    let ty = super::struct_type("terminal_size")?;
    weft_vm::interp::structseq::new(
        vm,
        &ty,
        vec![int::from_i64(cols as i64), int::from_i64(rows as i64)],
    )
}

fn cpu_count(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("posix.cpu_count", 0)?;
    Ok(std::thread::available_parallelism()
        .map(|n| int::from_i64(n.get() as i64))
        .unwrap_or(Value::NONE))
}

fn fspath(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [p] = args.bind("fspath", ["path"], 1, 0)?;
    let p = p.unwrap_or(Value::NONE);
    if pystr::as_str(&p).is_none() && bytes::as_bytes(&p).is_none() {
        let ty = Value::obj(weft_vm::interp::ops::a_type(&p));
        if weft_vm::interp::attr::getattr_opt(vm, &ty, "__fspath__")?.is_none() {
            return Err(error::type_error(format!(
                "expected str, bytes or os.PathLike object, not {}",
                weft_vm::interp::ops::type_name_of(&p)
            )));
        }
    }
    args::fspath(vm, "fspath", "path", args::PATH, &p)
}

/// An environment variable name or value (`str`, `bytes` or path-like) as bytes without NULs.
fn env_bytes(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    Ok(args::fs_converter(vm, v)?.into_bytes())
}

fn env_key(vm: &mut Vm, v: &Value) -> PyResult<std::ffi::OsString> {
    use std::os::unix::ffi::OsStringExt;
    let k = env_bytes(vm, v)?;
    if k.contains(&b'=') {
        return Err(error::value_error("illegal environment variable name"));
    }
    if k.is_empty() {
        // setenv(3) refuses an empty name.
        let e = std::io::Error::from_raw_os_error(libc::EINVAL);
        return Err(args::os_error(vm, &e));
    }
    Ok(std::ffi::OsString::from_vec(k))
}

fn putenv(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    use std::os::unix::ffi::OsStringExt;
    let a = args.exact("putenv", 2)?;
    let k = env_key(vm, &a[0])?;
    let v = std::ffi::OsString::from_vec(env_bytes(vm, &a[1])?);
    std::env::set_var(k, v);
    Ok(Value::NONE)
}

fn unsetenv(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("posix.unsetenv", 1)?;
    let k = env_key(vm, &a[0])?;
    std::env::remove_var(k);
    Ok(Value::NONE)
}

/// `waitid(idtype, id, options, /)`: a `posix.waitid_result`, or None when `WNOHANG` found no
/// child.
fn waitid(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("waitid", 3)?;
    let (idtype, id, options) = (c_int(&a[0])?, c_int(&a[1])?, c_int(&a[2])?);
    let r = super::sysio::waitid(idtype as u32, id as u32, options)
        .map_err(|e| args::os_error(vm, &e))?;
    let Some(r) = r else {
        return Ok(Value::NONE);
    };
    let ty = super::struct_type("waitid_result")?;
    weft_vm::interp::structseq::new(vm, &ty, r.iter().map(|&x| int::from_i64(x)).collect())
}

/// `pidfd_open(pid, flags=0)`.
fn pidfd_open(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [pid, flags] = args.bind("pidfd_open", ["pid", "flags"], 1, 0)?;
    let pid = c_int(&pid.unwrap_or(Value::NONE))?;
    let flags = flags.map_or(Ok(0), |f| c_int(&f))?;
    let fd = super::sysio::pidfd_open(pid, flags as u32).map_err(|e| args::os_error(vm, &e))?;
    Ok(int::from_i64(fd as i64))
}

/// The names `confstr` knows, as `os.confstr_names` lists them (glibc's numbers).
pub const CONFSTR_NAMES: &[(&str, i32)] = &[
    ("CS_PATH", 0),
    ("CS_GNU_LIBC_VERSION", 2),
    ("CS_GNU_LIBPTHREAD_VERSION", 3),
    ("CS_LFS_CFLAGS", 1000),
    ("CS_LFS_LDFLAGS", 1001),
    ("CS_LFS_LIBS", 1002),
    ("CS_LFS_LINTFLAGS", 1003),
    ("CS_LFS64_CFLAGS", 1004),
    ("CS_LFS64_LDFLAGS", 1005),
    ("CS_LFS64_LIBS", 1006),
    ("CS_LFS64_LINTFLAGS", 1007),
    ("CS_XBS5_ILP32_OFF32_CFLAGS", 1100),
    ("CS_XBS5_ILP32_OFF32_LDFLAGS", 1101),
    ("CS_XBS5_ILP32_OFF32_LIBS", 1102),
    ("CS_XBS5_ILP32_OFF32_LINTFLAGS", 1103),
    ("CS_XBS5_ILP32_OFFBIG_CFLAGS", 1104),
    ("CS_XBS5_ILP32_OFFBIG_LDFLAGS", 1105),
    ("CS_XBS5_ILP32_OFFBIG_LIBS", 1106),
    ("CS_XBS5_ILP32_OFFBIG_LINTFLAGS", 1107),
    ("CS_XBS5_LP64_OFF64_CFLAGS", 1108),
    ("CS_XBS5_LP64_OFF64_LDFLAGS", 1109),
    ("CS_XBS5_LP64_OFF64_LIBS", 1110),
    ("CS_XBS5_LP64_OFF64_LINTFLAGS", 1111),
    ("CS_XBS5_LPBIG_OFFBIG_CFLAGS", 1112),
    ("CS_XBS5_LPBIG_OFFBIG_LDFLAGS", 1113),
    ("CS_XBS5_LPBIG_OFFBIG_LIBS", 1114),
    ("CS_XBS5_LPBIG_OFFBIG_LINTFLAGS", 1115),
];

/// `confstr(name, /)`: the string value, or None.
fn confstr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("posix.confstr", 1)?;
    let name = super::fdio::conf_name(&a[0], CONFSTR_NAMES)?;
    let r = super::sysio::confstr(name).map_err(|e| args::os_error(vm, &e))?;
    Ok(r.map_or(Value::NONE, |b| {
        pystr::new_string(String::from_utf8_lossy(&b).into_owned())
    }))
}

/// The natives of this file.
pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("getpid", getpid),
    ("getppid", getppid),
    ("getuid", getuid),
    ("geteuid", geteuid),
    ("getgid", getgid),
    ("getegid", getegid),
    ("urandom", urandom),
    ("strerror", strerror),
    ("isatty", isatty),
    ("pipe", pipe),
    ("dup", dup),
    ("kill", kill),
    ("waitpid", waitpid),
    ("wait", wait),
    ("_exit", exit),
    ("umask", umask),
    ("get_terminal_size", get_terminal_size),
    ("cpu_count", cpu_count),
    ("fspath", fspath),
    ("waitid", waitid),
    ("pidfd_open", pidfd_open),
    ("confstr", confstr),
    ("putenv", putenv),
    ("unsetenv", unsetenv),
];
