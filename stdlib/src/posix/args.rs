//! Argument conversions shared by the `posix` functions: paths (`str`, `bytes` or an `os.PathLike`,
//! kept beside the original object for error messages), file descriptors, and `OSError`s that name
//! the file as CPython's `path_error` does.
use std::ffi::CString;
use std::os::unix::ffi::OsStrExt;
use weft_vm::heap::Value;
use weft_vm::interp::error::{self, PyErr, PyResult};
use weft_vm::interp::{attr, call, ops, Vm};
use weft_vm::objects::{bytes, int, str as pystr};

/// A path argument: the file-system path, the object the caller gave (for `filename`), and
/// whether results derived from it are `bytes`.
pub struct PathArg {
    pub c: CString,
    pub given: Value,
    pub is_bytes: bool,
}

impl PathArg {
    pub fn path(&self) -> &std::path::Path {
        std::path::Path::new(std::ffi::OsStr::from_bytes(self.c.as_bytes()))
    }

    /// An `OSError` for `e` naming this path.
    pub fn error(&self, vm: &mut Vm, e: &std::io::Error) -> PyErr {
        weft_vm::objects::os_error::os_error(vm, e, Some(&self.given))
    }
}

/// `os.fspath(v)` on the native side: `str`, `bytes`, or `type(v).__fspath__(v)`.
/// What a path argument accepts, as CPython's `path_t` converter words it in its `TypeError`.
pub const PATH: &str = "string, bytes or os.PathLike";
/// A path or a file descriptor (`stat`).
pub const PATH_OR_FD: &str = "string, bytes, os.PathLike or integer";
/// A path, a descriptor, or None for the current directory (`listdir`, `scandir`).
pub const DIR: &str = "string, bytes, os.PathLike, integer or None";

/// `arg` names the argument in the `TypeError`, which lists `kinds` (`PATH`, ...).
pub fn fspath(vm: &mut Vm, fname: &str, arg: &str, kinds: &str, v: &Value) -> PyResult<Value> {
    if pystr::as_str(v).is_some() || bytes::as_bytes(v).is_some() {
        return Ok(v.clone());
    }
    let ty = Value::obj(ops::a_type(v));
    let Some(f) = attr::getattr_opt(vm, &ty, "__fspath__")? else {
        return Err(error::type_error(format!(
            "{fname}: {arg} should be {kinds}, not {}",
            ops::type_name_of(v)
        )));
    };
    let r = call::call_value(vm, &f, vec![v.clone()])?;
    if pystr::as_str(&r).is_some() || bytes::as_bytes(&r).is_some() {
        return Ok(r);
    }
    Err(error::type_error(format!(
        "expected {}.__fspath__() to return str or bytes, not {}",
        ops::type_name_of(v),
        ops::type_name_of(&r)
    )))
}

/// Converts a path argument of function `fname`.
pub fn path(vm: &mut Vm, fname: &str, v: &Value) -> PyResult<PathArg> {
    named_path(vm, fname, "path", PATH, v)
}

/// Converts path argument `arg` of function `fname`.
pub fn named_path(
    vm: &mut Vm,
    fname: &str,
    arg: &str,
    kinds: &str,
    v: &Value,
) -> PyResult<PathArg> {
    let p = fspath(vm, fname, arg, kinds, v)?;
    let (raw, is_bytes) = match pystr::as_str(&p) {
        Some(s) => (s.as_bytes().to_vec(), false),
        None => (bytes::as_bytes(&p).unwrap_or(&[]).to_vec(), true),
    };
    let c = CString::new(raw).map_err(|_| error::value_error("embedded null byte"))?;
    Ok(PathArg {
        c,
        given: v.clone(),
        is_bytes,
    })
}

/// A `str` or `bytes` result for a file name, matching the type of the path it came from.
pub fn name_value(name: &[u8], as_bytes: bool) -> Value {
    if as_bytes {
        bytes::new_bytes(name.to_vec())
    } else {
        pystr::new_string(String::from_utf8_lossy(name).into_owned())
    }
}

/// An integer argument that must fit a C int (file descriptors, flags, modes).
pub fn c_int(v: &Value) -> PyResult<i32> {
    if !int::is_int(v) {
        if weft_vm::objects::float::to_f64(v).is_some() {
            return Err(error::type_error(
                "'float' object cannot be interpreted as an integer",
            ));
        }
        return Err(error::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            ops::type_name_of(v)
        )));
    }
    match int::to_i64(v) {
        Some(i) if i > i32::MAX as i64 => Err(error::overflow_error(
            "signed integer is greater than maximum",
        )),
        Some(i) if i < i32::MIN as i64 => {
            Err(error::overflow_error("signed integer is less than minimum"))
        }
        Some(i) => Ok(i as i32),
        None => Err(error::overflow_error(
            "Python int too large to convert to C int",
        )),
    }
}

/// An `OSError` without a file name.
pub fn os_error(vm: &mut Vm, e: &std::io::Error) -> PyErr {
    weft_vm::objects::os_error::os_error(vm, e, None)
}

/// A file descriptor from an int or an object's `fileno()` (`PyObject_AsFileDescriptor`).
pub fn as_file_descriptor(vm: &mut Vm, v: &Value) -> PyResult<i32> {
    let as_int = |v: &Value| {
        int::to_i64(v)
            .and_then(|i| i32::try_from(i).ok())
            .ok_or_else(|| error::overflow_error("Python int too large to convert to C int"))
    };
    let fd = if int::is_int(v) {
        as_int(v)?
    } else {
        let ty = Value::obj(ops::a_type(v));
        let Some(f) = attr::getattr_opt(vm, &ty, "fileno")? else {
            return Err(error::type_error(
                "argument must be an int, or have a fileno() method.",
            ));
        };
        let r = call::call_value(vm, &f, vec![v.clone()])?;
        if !int::is_int(&r) {
            return Err(error::type_error("fileno() returned a non-integer"));
        }
        as_int(&r)?
    };
    if fd < 0 {
        return Err(error::value_error(format!(
            "file descriptor cannot be a negative integer ({fd})"
        )));
    }
    Ok(fd)
}
