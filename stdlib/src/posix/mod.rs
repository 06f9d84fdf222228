//! The `posix` module, under CPython's own `os.py`: what `os`, `posixpath`, `genericpath`, `shutil`,
//! `tempfile` and `subprocess` call. The system calls are in `sys` (each module's `sys` file holds its `unsafe`), argument
//! conversions in `args`; `posix.py` beside this file holds what reads best in Python (`DirEntry`,
//! `scandir`'s iterator, the wait-status macros).
//!
//! `_have_functions` lists only what is implemented, so `os.supports_dir_fd` and friends stay honest
//! (`shutil.rmtree` then takes its path-based route).
pub(crate) mod args;
mod exec;
mod fds;
pub(crate) mod files;
mod names;
mod process;
pub(crate) mod sys;
mod sysat;
#[cfg(test)]
mod tests;

use std::cell::RefCell;
use std::os::unix::ffi::OsStrExt;
use weft_vm::heap::{ObjRef, Value};
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::Vm;
use weft_vm::objects::{bytes, dict, int, list, module, str as pystr};

thread_local! {
    /// `os.stat_result` and `os.terminal_size`, made when the module is built (immortal, so the
    /// thread's exit drops nothing).
    static TYPES: RefCell<Option<(Value, Value)>> = const { RefCell::new(None) };
}

fn stat_result_type() -> PyResult<Value> {
    TYPES
        .with(|t| t.borrow().as_ref().map(|t| t.0.clone()))
        .ok_or_else(|| error::system_error("posix.stat_result is not initialised"))
}

fn terminal_size_type() -> PyResult<Value> {
    TYPES
        .with(|t| t.borrow().as_ref().map(|t| t.1.clone()))
        .ok_or_else(|| error::system_error("posix.terminal_size is not initialised"))
}

/// `os.stat_result`: ten indexable items (three of them the unnamed integer times), then the float
/// and nanosecond times and the block and device fields.
const STAT_FIELDS: [&str; 19] = [
    "st_mode",
    "st_ino",
    "st_dev",
    "st_nlink",
    "st_uid",
    "st_gid",
    "st_size",
    "",
    "",
    "",
    "st_atime",
    "st_mtime",
    "st_ctime",
    "st_atime_ns",
    "st_mtime_ns",
    "st_ctime_ns",
    "st_blksize",
    "st_blocks",
    "st_rdev",
];

/// What `os.supports_dir_fd`, `supports_fd` and `supports_follow_symlinks` are built from: the
/// `*at` and descriptor calls the functions use.
const HAVE_FUNCTIONS: &[&str] = &[
    "HAVE_FACCESSAT",
    "HAVE_FCHDIR",
    "HAVE_FCHMOD",
    "HAVE_FCHMODAT",
    "HAVE_FCHOWN",
    "HAVE_FCHOWNAT",
    "HAVE_FDOPENDIR",
    "HAVE_FSTATAT",
    "HAVE_FTRUNCATE",
    "HAVE_FUTIMENS",
    "HAVE_LINKAT",
    "HAVE_LCHOWN",
    "HAVE_LSTAT",
    "HAVE_MKDIRAT",
    "HAVE_MKFIFOAT",
    "HAVE_MKNODAT",
    "HAVE_OPENAT",
    "HAVE_READLINKAT",
    "HAVE_RENAMEAT",
    "HAVE_SYMLINKAT",
    "HAVE_UNLINKAT",
    "HAVE_UTIMENSAT",
];

/// The integer constants (`O_*`, `*_OK`, `SEEK_*`, `W*`), from the C library's headers.
fn constants() -> Vec<(&'static str, i64)> {
    vec![
        ("O_RDONLY", libc::O_RDONLY as i64),
        ("O_WRONLY", libc::O_WRONLY as i64),
        ("O_RDWR", libc::O_RDWR as i64),
        ("O_APPEND", libc::O_APPEND as i64),
        ("O_CREAT", libc::O_CREAT as i64),
        ("O_EXCL", libc::O_EXCL as i64),
        ("O_TRUNC", libc::O_TRUNC as i64),
        ("O_NONBLOCK", libc::O_NONBLOCK as i64),
        ("O_NDELAY", libc::O_NDELAY as i64),
        ("O_SYNC", libc::O_SYNC as i64),
        ("O_DSYNC", libc::O_DSYNC as i64),
        ("O_NOCTTY", libc::O_NOCTTY as i64),
        ("O_CLOEXEC", libc::O_CLOEXEC as i64),
        ("O_DIRECTORY", libc::O_DIRECTORY as i64),
        ("O_NOFOLLOW", libc::O_NOFOLLOW as i64),
        ("O_ACCMODE", libc::O_ACCMODE as i64),
        ("F_OK", libc::F_OK as i64),
        ("R_OK", libc::R_OK as i64),
        ("W_OK", libc::W_OK as i64),
        ("X_OK", libc::X_OK as i64),
        ("SEEK_SET", libc::SEEK_SET as i64),
        ("SEEK_CUR", libc::SEEK_CUR as i64),
        ("SEEK_END", libc::SEEK_END as i64),
        ("SEEK_DATA", libc::SEEK_DATA as i64),
        ("SEEK_HOLE", libc::SEEK_HOLE as i64),
        ("WNOHANG", libc::WNOHANG as i64),
        ("WUNTRACED", libc::WUNTRACED as i64),
        ("WCONTINUED", libc::WCONTINUED as i64),
        ("WEXITED", libc::WEXITED as i64),
        ("WSTOPPED", libc::WSTOPPED as i64),
        ("WNOWAIT", libc::WNOWAIT as i64),
        ("EX_OK", 0),
    ]
}

/// `posix.environ`: the process environment as `bytes` keys and values.
fn environ(vm: &mut Vm) -> PyResult<Value> {
    let d = Value::obj(dict::new_dict());
    let dd = dict::as_dict(&d).ok_or_else(|| error::system_error("environ is not a dict"))?;
    for (k, v) in std::env::vars_os() {
        dd.set(
            vm,
            bytes::new_bytes(k.as_bytes().to_vec()),
            bytes::new_bytes(v.as_bytes().to_vec()),
        )?;
    }
    Ok(d.clone())
}

/// The Python half of the module, run in its namespace once the natives are there.
const PYTHON: &str = include_str!("posix.py");

/// Builds the `posix` module.
pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = module::new_module("posix");
    for (n, f) in files::FUNCTIONS
        .iter()
        .chain(names::FUNCTIONS)
        .chain(process::FUNCTIONS)
        .chain(fds::FUNCTIONS)
        .chain(exec::FUNCTIONS)
    {
        crate::add_function(&m, n, *f, None);
    }
    let d = module::module_dict(&m).expect("module dict");
    for (n, v) in constants() {
        d.set_rs(n, int::from_i64(v));
    }
    d.set_rs(
        "error",
        Value::obj(weft_vm::objects::types().os_error.clone()),
    );
    d.set_rs("environ", environ(vm)?);
    d.set_rs("sysconf_names", exec::sysconf_names(vm)?);
    let have = HAVE_FUNCTIONS.iter().map(|n| pystr::new_str(n)).collect();
    d.set_rs("_have_functions", list::new_list(have));
    let stat_result =
        weft_vm::interp::structseq::new_type(vm, "os", "stat_result", &STAT_FIELDS, 10)?;
    let terminal_size =
        weft_vm::interp::structseq::new_type(vm, "os", "terminal_size", &["columns", "lines"], 2)?;
    for t in [&stat_result, &terminal_size] {
        if let Some(o) = t.as_obj() {
            o.make_immortal();
        }
    }
    d.set_rs("stat_result", stat_result.clone());
    d.set_rs("terminal_size", terminal_size.clone());
    TYPES.with(|t| *t.borrow_mut() = Some((stat_result, terminal_size)));
    let code = vm.compile_str(PYTHON, "<posix>", weft_vm::interp::compile::Mode::Exec, 0)?;
    let globals = module::module_dict_obj(&m);
    vm.run_code(&code, globals.clone(), Value::obj(globals))?;
    Ok(m)
}
