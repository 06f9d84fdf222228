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

/// Converts path argument `arg` of function `fname` (no descriptor, no None).
pub fn named_path(
    vm: &mut Vm,
    fname: &str,
    arg: &str,
    kinds: &str,
    v: &Value,
) -> PyResult<PathArg> {
    let spec = PathSpec {
        fname,
        arg,
        allow_fd: false,
        nullable: false,
    };
    match spec.convert_kinds(vm, kinds, v)? {
        Target::Path(p) => Ok(p),
        _ => Err(error::system_error("path converter returned no path")),
    }
}

/// A path parameter as CPython's `path_t` converter declares it: whether an integer is taken as
/// a file descriptor and whether None stands for "not given".
pub struct PathSpec<'a> {
    pub fname: &'a str,
    pub arg: &'a str,
    pub allow_fd: bool,
    pub nullable: bool,
}

/// What a `path_t` argument turned out to be.
pub enum Target {
    Path(PathArg),
    Fd(i32),
    /// None, for a nullable parameter.
    Default,
}

impl PathSpec<'_> {
    /// The accepted kinds, as the `TypeError` lists them.
    fn kinds(&self) -> &'static str {
        match (self.allow_fd, self.nullable) {
            (true, true) => DIR,
            (true, false) => PATH_OR_FD,
            (false, true) => "string, bytes, os.PathLike or None",
            (false, false) => PATH,
        }
    }

    pub fn convert(&self, vm: &mut Vm, v: &Value) -> PyResult<Target> {
        self.convert_kinds(vm, self.kinds(), v)
    }

    /// `path_converter`: str (encoded with the file-system encoding), bytes, another bytes-like
    /// object (deprecated), an integer descriptor when allowed, or an `os.PathLike`.
    fn convert_kinds(&self, vm: &mut Vm, kinds: &str, v: &Value) -> PyResult<Target> {
        if v.is_none() && self.nullable {
            return Ok(Target::Default);
        }
        let wrong = |v: &Value| {
            error::type_error(format!(
                "{}: {} should be {kinds}, not {}",
                self.fname,
                self.arg,
                ops::type_name_of(v)
            ))
        };
        let plain = pystr::as_str(v).is_some() || bytes::as_bytes(v).is_some();
        let is_index = self.allow_fd && !plain && has_index(v);
        let is_buffer = !plain && !is_index && is_bytes_like(v);
        let p = if plain || is_index || is_buffer {
            v.clone()
        } else {
            let ty = Value::obj(ops::a_type(v));
            let Some(f) = attr::getattr_opt(vm, &ty, "__fspath__")? else {
                return Err(wrong(v));
            };
            let r = call::call_value(vm, &f, vec![v.clone()])?;
            if pystr::as_str(&r).is_none() && bytes::as_bytes(&r).is_none() {
                return Err(error::type_error(format!(
                    "expected {}.__fspath__() to return str or bytes, not {}",
                    ops::type_name_of(v),
                    ops::type_name_of(&r)
                )));
            }
            r
        };
        let (raw, is_bytes) = if let Some(s) = pystr::as_str_obj(&p) {
            let raw = fsencode(vm, &p, s)?;
            if raw.contains(&0) {
                return Err(error::value_error("embedded null byte"));
            }
            (raw, false)
        } else if let Some(b) = bytes::as_bytes(&p) {
            (b.to_vec(), true)
        } else if is_index {
            return Ok(Target::Fd(fd_converter(vm, v)?));
        } else {
            let msg = format!(
                "{}: {} should be {kinds}, not {}",
                self.fname,
                self.arg,
                ops::type_name_of(v)
            );
            weft_vm::objects::int::warn_deprecated(vm, &msg)?;
            (weft_vm::interp::builtin_types::bytes_like(vm, v)?, true)
        };
        let c = CString::new(raw).map_err(|_| {
            error::value_error(format!(
                "{}: embedded null character in {}",
                self.fname, self.arg
            ))
        })?;
        Ok(Target::Path(PathArg {
            c,
            given: v.clone(),
            is_bytes,
        }))
    }
}

/// `PyUnicode_FSConverter`: a str (encoded with the file-system encoding), bytes, or an
/// `os.PathLike` giving one, without NUL bytes; no other bytes-like objects.
pub fn fs_converter(vm: &mut Vm, v: &Value) -> PyResult<CString> {
    let p = if pystr::as_str(v).is_some() || bytes::as_bytes(v).is_some() {
        v.clone()
    } else {
        let ty = Value::obj(ops::a_type(v));
        if attr::getattr_opt(vm, &ty, "__fspath__")?.is_none() {
            return Err(error::type_error(format!(
                "expected str, bytes or os.PathLike object, not {}",
                ops::type_name_of(v)
            )));
        }
        fspath(vm, "", "", PATH, v)?
    };
    let raw = match pystr::as_str_obj(&p) {
        Some(s) => fsencode(vm, &p, s)?,
        None => bytes::as_bytes(&p).unwrap_or(&[]).to_vec(),
    };
    CString::new(raw).map_err(|_| error::value_error("embedded null byte"))
}

/// Whether `v` is an int or has `__index__` (`PyIndex_Check`).
fn has_index(v: &Value) -> bool {
    int::is_int(v)
        || weft_vm::objects::typeobj::lookup(&ops::a_type(v), &ops::dunder("__index__")).is_some()
}

/// Whether `v` exports a buffer (bytearray, memoryview, array, ...), as `PyObject_CheckBuffer`.
fn is_bytes_like(v: &Value) -> bool {
    let Some(o) = v.as_obj() else {
        return false;
    };
    o.downcast::<weft_vm::objects::bytearray::ByteArray>()
        .is_some()
        || o.downcast::<weft_vm::objects::memoryview::MemoryView>()
            .is_some()
        || weft_vm::objects::native::buffer_of(v).is_some()
}

/// A str path as the file-system encoding gives it: UTF-8, with the lone surrogates
/// `U+DC80..U+DCFF` that `surrogateescape` decoding made standing for their bytes.
pub fn fsencode(vm: &mut Vm, v: &Value, s: &weft_vm::objects::str::Str) -> PyResult<Vec<u8>> {
    if !s.has_surrogates() {
        return Ok(s.as_bytes().to_vec());
    }
    weft_vm::objects::str::codec::encode(
        vm,
        v,
        s.as_bytes(),
        Some("utf-8"),
        Some("surrogateescape"),
    )
}

/// A file name from the system as a str: UTF-8, each byte that is not part of valid UTF-8 becoming
/// the lone surrogate `U+DC00 + byte` (`surrogateescape`, CPython's file-system error handler).
pub fn fsdecode(mut b: &[u8]) -> Value {
    if let Ok(s) = std::str::from_utf8(b) {
        return pystr::new_str(s);
    }
    let mut cps = Vec::with_capacity(b.len());
    while !b.is_empty() {
        match std::str::from_utf8(b) {
            Ok(s) => {
                cps.extend(s.chars().map(|c| c as u32));
                break;
            }
            Err(e) => {
                let good = e.valid_up_to();
                let valid = std::str::from_utf8(&b[..good]).unwrap_or("");
                cps.extend(valid.chars().map(|c| c as u32));
                let bad = e.error_len().unwrap_or(b.len() - good);
                cps.extend(b[good..good + bad].iter().map(|&x| 0xDC00 + x as u32));
                b = &b[good + bad..];
            }
        }
    }
    pystr::new_code_points(&cps)
}

/// `_fd_converter`: any object with `__index__`, fitting a C int.
pub fn fd_converter(vm: &mut Vm, v: &Value) -> PyResult<i32> {
    use num_traits::ToPrimitive;
    let i = weft_vm::interp::protocols::index(vm, v)?;
    match i.to_i64() {
        Some(x) if x <= i32::MAX as i64 && x >= i32::MIN as i64 => Ok(x as i32),
        Some(x) if x < 0 => Err(error::overflow_error("fd is less than minimum")),
        None if i.sign() == num_bigint::Sign::Minus => {
            Err(error::overflow_error("fd is less than minimum"))
        }
        _ => Err(error::overflow_error("fd is greater than maximum")),
    }
}

/// `dir_fd_converter`: None is the current directory (`AT_FDCWD`).
pub fn dir_fd(vm: &mut Vm, v: &Option<Value>) -> PyResult<i32> {
    match v {
        None => Ok(libc::AT_FDCWD),
        Some(v) if v.is_none() => Ok(libc::AT_FDCWD),
        Some(v) if has_index(v) => fd_converter(vm, v),
        Some(v) => Err(error::type_error(format!(
            "argument should be integer or None, not {}",
            ops::type_name_of(v)
        ))),
    }
}

/// A `str` or `bytes` result for a file name, matching the type of the path it came from.
pub fn name_value(name: &[u8], as_bytes: bool) -> Value {
    if as_bytes {
        bytes::new_bytes(name.to_vec())
    } else {
        fsdecode(name)
    }
}

/// A uid or gid (`_Py_Uid_Converter`): an index, -1 meaning "unchanged". Values that fit a C
/// long but not the id type are "less than minimum", as CPython words it.
pub fn id_arg(vm: &mut Vm, what: &str, v: &Value) -> PyResult<u32> {
    use num_traits::ToPrimitive;
    if !has_index(v) {
        return Err(error::type_error(format!(
            "{what} should be integer, not {}",
            ops::type_name_of(v)
        )));
    }
    let i = weft_vm::interp::protocols::index(vm, v)?;
    let under = || error::overflow_error(format!("{what} is less than minimum"));
    let over = || error::overflow_error(format!("{what} is greater than maximum"));
    match i.to_i64() {
        Some(-1) => Ok(u32::MAX),
        Some(x) if (0..=u32::MAX as i64).contains(&x) => Ok(x as u32),
        Some(_) => Err(under()),
        None if i.sign() == num_bigint::Sign::Minus => Err(under()),
        None => Err(over()),
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
