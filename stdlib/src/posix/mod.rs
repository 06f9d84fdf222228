//! The `posix` module, under CPython's own `os.py`: what `os`, `posixpath`, `genericpath`, `shutil`,
//! `tempfile` and `subprocess` call. The system calls are in `sys` (each module's `sys` file holds its `unsafe`), argument
//! conversions in `args`; `posix.py` beside this file holds what reads best in Python (`DirEntry`,
//! `scandir`'s iterator, the wait-status macros).
//!
//! `_have_functions` lists only what is implemented, so `os.supports_dir_fd` and friends stay honest
//! (`shutil.rmtree` then takes its path-based route).
mod account;
pub(crate) mod args;
mod exec;
mod fdio;
mod fds;
pub(crate) mod files;
mod names;
mod process;
mod spawn;
pub(crate) mod sys;
mod sysat;
mod sysio;
mod sysspawn;
#[cfg(test)]
mod tests;
mod xattr;

use std::cell::RefCell;
use std::os::unix::ffi::OsStrExt;
use weft_vm::heap::{ObjRef, Value};
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::Vm;
use weft_vm::objects::{bytes, dict, int, list, module, str as pystr};

/// The struct sequence types of the module (`os.stat_result`, `os.terminal_size`, ...), made
/// when the module is built.
static TYPES: weft_vm::heap::GilShared<RefCell<Vec<(&'static str, Value)>>> =
    weft_vm::heap::GilShared(RefCell::new(Vec::new()));

/// The struct sequence type `name` of the module.
fn struct_type(name: &str) -> PyResult<Value> {
    TYPES
        .with(|t| {
            t.borrow()
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| v.clone())
        })
        .ok_or_else(|| error::system_error(format!("posix.{name} is not initialised")))
}

/// The struct sequence types: module, name, fields, number of indexable fields.
const STRUCT_TYPES: &[(&str, &str, &[&str], usize)] = &[
    ("os", "stat_result", &STAT_FIELDS, 10),
    ("os", "terminal_size", &["columns", "lines"], 2),
    ("os", "statvfs_result", &STATVFS_FIELDS, 10),
    (
        "posix",
        "times_result",
        &[
            "user",
            "system",
            "children_user",
            "children_system",
            "elapsed",
        ],
        5,
    ),
    (
        "posix",
        "waitid_result",
        &["si_pid", "si_uid", "si_signo", "si_status", "si_code"],
        5,
    ),
    ("posix", "sched_param", &["sched_priority"], 1),
    (
        "posix",
        "uname_result",
        &["sysname", "nodename", "release", "version", "machine"],
        5,
    ),
];

const STATVFS_FIELDS: [&str; 11] = [
    "f_bsize",
    "f_frsize",
    "f_blocks",
    "f_bfree",
    "f_bavail",
    "f_files",
    "f_ffree",
    "f_favail",
    "f_flag",
    "f_namemax",
    "f_fsid",
];

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
    "HAVE_FEXECVE",
    "HAVE_FPATHCONF",
    "HAVE_FSTATVFS",
    "HAVE_FSTATAT",
    "HAVE_FTRUNCATE",
    "HAVE_FUTIMENS",
    "HAVE_LINKAT",
    "HAVE_LCHOWN",
    "HAVE_LSTAT",
    "HAVE_MEMFD_CREATE",
    "HAVE_EVENTFD",
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
        ("EX_USAGE", 64),
        ("EX_DATAERR", 65),
        ("EX_NOINPUT", 66),
        ("EX_NOUSER", 67),
        ("EX_NOHOST", 68),
        ("EX_UNAVAILABLE", 69),
        ("EX_SOFTWARE", 70),
        ("EX_OSERR", 71),
        ("EX_OSFILE", 72),
        ("EX_CANTCREAT", 73),
        ("EX_IOERR", 74),
        ("EX_TEMPFAIL", 75),
        ("EX_PROTOCOL", 76),
        ("EX_NOPERM", 77),
        ("EX_CONFIG", 78),
        ("O_ASYNC", libc::O_ASYNC as i64),
        ("O_DIRECT", libc::O_DIRECT as i64),
        ("O_FSYNC", libc::O_FSYNC as i64),
        ("O_LARGEFILE", libc::O_LARGEFILE as i64),
        ("O_NOATIME", libc::O_NOATIME as i64),
        ("O_PATH", libc::O_PATH as i64),
        ("O_RSYNC", libc::O_RSYNC as i64),
        ("O_TMPFILE", libc::O_TMPFILE as i64),
        ("PRIO_PROCESS", libc::PRIO_PROCESS as i64),
        ("PRIO_PGRP", libc::PRIO_PGRP as i64),
        ("PRIO_USER", libc::PRIO_USER as i64),
        ("EFD_CLOEXEC", libc::EFD_CLOEXEC as i64),
        ("EFD_NONBLOCK", libc::EFD_NONBLOCK as i64),
        ("EFD_SEMAPHORE", libc::EFD_SEMAPHORE as i64),
        ("GRND_NONBLOCK", libc::GRND_NONBLOCK as i64),
        ("GRND_RANDOM", libc::GRND_RANDOM as i64),
        ("MFD_CLOEXEC", libc::MFD_CLOEXEC as i64),
        ("MFD_ALLOW_SEALING", libc::MFD_ALLOW_SEALING as i64),
        ("MFD_HUGETLB", libc::MFD_HUGETLB as i64),
        ("XATTR_CREATE", libc::XATTR_CREATE as i64),
        ("XATTR_REPLACE", libc::XATTR_REPLACE as i64),
        ("XATTR_SIZE_MAX", 65536),
        ("SPLICE_F_MOVE", libc::SPLICE_F_MOVE as i64),
        ("SPLICE_F_NONBLOCK", libc::SPLICE_F_NONBLOCK as i64),
        ("SPLICE_F_MORE", libc::SPLICE_F_MORE as i64),
        ("ST_RDONLY", libc::ST_RDONLY as i64),
        ("ST_NOSUID", libc::ST_NOSUID as i64),
        ("ST_NODEV", libc::ST_NODEV as i64),
        ("ST_NOEXEC", libc::ST_NOEXEC as i64),
        ("ST_SYNCHRONOUS", libc::ST_SYNCHRONOUS as i64),
        ("ST_MANDLOCK", libc::ST_MANDLOCK as i64),
        ("ST_WRITE", libc::ST_WRITE as i64),
        ("ST_APPEND", libc::ST_APPEND as i64),
        ("ST_NOATIME", libc::ST_NOATIME as i64),
        ("ST_NODIRATIME", libc::ST_NODIRATIME as i64),
        ("ST_RELATIME", libc::ST_RELATIME as i64),
        ("NGROUPS_MAX", 65536),
        ("TMP_MAX", 238328),
        ("RTLD_LAZY", libc::RTLD_LAZY as i64),
        ("RTLD_NOW", libc::RTLD_NOW as i64),
        ("RTLD_GLOBAL", libc::RTLD_GLOBAL as i64),
        ("RTLD_LOCAL", libc::RTLD_LOCAL as i64),
        ("RTLD_NODELETE", libc::RTLD_NODELETE as i64),
        ("RTLD_NOLOAD", libc::RTLD_NOLOAD as i64),
        ("RTLD_DEEPBIND", libc::RTLD_DEEPBIND as i64),
        ("CLD_EXITED", libc::CLD_EXITED as i64),
        ("CLD_KILLED", libc::CLD_KILLED as i64),
        ("CLD_DUMPED", libc::CLD_DUMPED as i64),
        ("CLD_TRAPPED", libc::CLD_TRAPPED as i64),
        ("CLD_STOPPED", libc::CLD_STOPPED as i64),
        ("CLD_CONTINUED", libc::CLD_CONTINUED as i64),
        ("P_PID", libc::P_PID as i64),
        ("P_PGID", libc::P_PGID as i64),
        ("P_ALL", libc::P_ALL as i64),
        ("P_PIDFD", 3),
        ("RWF_DSYNC", libc::RWF_DSYNC as i64),
        ("RWF_HIPRI", libc::RWF_HIPRI as i64),
        ("RWF_SYNC", libc::RWF_SYNC as i64),
        ("RWF_NOWAIT", libc::RWF_NOWAIT as i64),
        ("RWF_APPEND", libc::RWF_APPEND as i64),
        ("F_LOCK", libc::F_LOCK as i64),
        ("F_TLOCK", libc::F_TLOCK as i64),
        ("F_ULOCK", libc::F_ULOCK as i64),
        ("F_TEST", libc::F_TEST as i64),
        ("POSIX_FADV_NORMAL", libc::POSIX_FADV_NORMAL as i64),
        ("POSIX_FADV_SEQUENTIAL", libc::POSIX_FADV_SEQUENTIAL as i64),
        ("POSIX_FADV_RANDOM", libc::POSIX_FADV_RANDOM as i64),
        ("POSIX_FADV_NOREUSE", libc::POSIX_FADV_NOREUSE as i64),
        ("POSIX_FADV_WILLNEED", libc::POSIX_FADV_WILLNEED as i64),
        ("POSIX_FADV_DONTNEED", libc::POSIX_FADV_DONTNEED as i64),
        ("SCHED_OTHER", libc::SCHED_OTHER as i64),
        ("SCHED_FIFO", libc::SCHED_FIFO as i64),
        ("SCHED_RR", libc::SCHED_RR as i64),
        ("SCHED_BATCH", libc::SCHED_BATCH as i64),
        ("SCHED_IDLE", libc::SCHED_IDLE as i64),
        ("SCHED_RESET_ON_FORK", libc::SCHED_RESET_ON_FORK as i64),
        ("POSIX_SPAWN_OPEN", 0),
        ("POSIX_SPAWN_CLOSE", 1),
        ("POSIX_SPAWN_DUP2", 2),
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
        .chain(fdio::FUNCTIONS)
        .chain(account::FUNCTIONS)
        .chain(xattr::FUNCTIONS)
        .chain(spawn::FUNCTIONS)
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
    d.set_rs("sysconf_names", exec::conf_names(vm, exec::SYSCONF_NAMES)?);
    d.set_rs(
        "confstr_names",
        exec::conf_names(vm, process::CONFSTR_NAMES)?,
    );
    d.set_rs(
        "pathconf_names",
        exec::conf_names(vm, fdio::PATHCONF_NAMES)?,
    );
    let have = HAVE_FUNCTIONS.iter().map(|n| pystr::new_str(n)).collect();
    d.set_rs("_have_functions", list::new_list(have));
    for (module, name, fields, n_seq) in STRUCT_TYPES {
        let t = weft_vm::interp::structseq::new_type(vm, module, name, fields, *n_seq)?;
        if let Some(o) = t.as_obj() {
            o.make_immortal();
        }
        d.set_rs(name, t.clone());
        TYPES.with(|ts| ts.borrow_mut().push((name, t)));
    }
    let code = vm.compile_str(PYTHON, "<posix>", weft_vm::interp::compile::Mode::Exec, 0)?;
    let globals = module::module_dict_obj(&m);
    vm.run_code(&code, globals.clone(), Value::obj(globals))?;
    if let Some(f) = d.get_rs("_spawn") {
        spawn::set_checker(f);
    }
    Ok(m)
}
