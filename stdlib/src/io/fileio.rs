//! `FileIO`: the raw layer, one OS file descriptor, every call a system call.
use super::util::{bytes_arg, os_error, payload, size_arg, this};
use crate::posix::sys;
use std::cell::{Cell, RefCell};
use weft_vm::heap::Value;
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::ops::type_name_of;
use weft_vm::interp::{attr, call, protocols, Vm};
use weft_vm::objects::builtin::Args;
use weft_vm::objects::method_support::{alloc_instance, new_cls};
use weft_vm::objects::native::NativeObj;
use weft_vm::objects::register::{getsets, methods, statics};
use weft_vm::objects::{bytes, int, str as pystr};

pub(crate) struct FileIo {
    /// -1 once closed (or before `__init__`).
    pub fd: Cell<i32>,
    pub closefd: Cell<bool>,
    pub readable: Cell<bool>,
    pub writable: Cell<bool>,
    pub appending: Cell<bool>,
    pub created: Cell<bool>,
    pub name: RefCell<Value>,
}

impl Drop for FileIo {
    fn drop(&mut self) {
        let fd = self.fd.get();
        if fd >= 0 && self.closefd.get() {
            let _ = sys::close(fd);
        }
    }
}

impl FileIo {
    pub(crate) fn new() -> FileIo {
        FileIo {
            fd: Cell::new(-1),
            closefd: Cell::new(true),
            readable: Cell::new(false),
            writable: Cell::new(false),
            appending: Cell::new(false),
            created: Cell::new(false),
            name: RefCell::new(Value::NONE),
        }
    }

    fn open_fd(&self) -> PyResult<i32> {
        match self.fd.get() {
            fd if fd >= 0 => Ok(fd),
            _ => Err(error::value_error("I/O operation on closed file")),
        }
    }

    pub(crate) fn mode(&self) -> &'static str {
        let plus = self.readable.get() && self.writable.get();
        match (self.created.get(), self.appending.get(), plus) {
            (true, _, false) => "xb",
            (true, _, true) => "xb+",
            (_, true, false) => "ab",
            (_, true, true) => "ab+",
            (_, _, true) => "rb+",
            _ if self.readable.get() => "rb",
            _ => "wb",
        }
    }

    /// Reads up to `n` bytes; `None` when a non-blocking descriptor has nothing.
    pub(crate) fn read_n(&self, vm: &mut Vm, n: usize) -> PyResult<Option<Vec<u8>>> {
        let fd = self.open_fd()?;
        if !self.readable.get() {
            return Err(super::util::unsupported("File not open for reading"));
        }
        let mut buf = Vec::new();
        if buf.try_reserve_exact(n).is_err() {
            return Err(error::memory_error(""));
        }
        loop {
            match sys::read(fd, &mut buf, n) {
                Ok(()) => return Ok(Some(buf)),
                // PEP 475: the signal's handler runs (and may raise), then the call is retried.
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {
                    vm.run_attention_hooks()?
                }
                Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => return Ok(None),
                Err(e) => return Err(os_error(vm, &e)),
            }
        }
    }

    pub(crate) fn read_all(&self, vm: &mut Vm) -> PyResult<Option<Vec<u8>>> {
        let mut out = Vec::new();
        loop {
            match self.read_n(vm, 65536)? {
                None if out.is_empty() => return Ok(None),
                None => break,
                Some(b) if b.is_empty() => break,
                Some(b) => out.extend_from_slice(&b),
            }
        }
        Ok(Some(out))
    }

    /// Writes `data`; the number of bytes the OS took (`None`: it would block).
    pub(crate) fn write_some(&self, vm: &mut Vm, data: &[u8]) -> PyResult<Option<usize>> {
        let fd = self.open_fd()?;
        if !self.writable.get() {
            return Err(super::util::unsupported("File not open for writing"));
        }
        loop {
            match sys::write(fd, data) {
                Ok(n) => return Ok(Some(n)),
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {
                    vm.run_attention_hooks()?
                }
                Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => return Ok(None),
                Err(e) => return Err(os_error(vm, &e)),
            }
        }
    }

    /// Writes all of `data` (the buffered layers' flush).
    pub(crate) fn write_all(&self, vm: &mut Vm, mut data: &[u8]) -> PyResult<()> {
        while !data.is_empty() {
            match self.write_some(vm, data)? {
                Some(0) | None => {
                    return Err(error::os_error("write could not complete without blocking"))
                }
                Some(n) => data = &data[n..],
            }
            // A partial write may be a signal's doing: its handler runs before the next write
            // blocks, perhaps for good (as CPython's buffered flush).
            if !data.is_empty() && weft_vm::heap::attention_pending() {
                vm.run_attention_hooks()?;
            }
        }
        Ok(())
    }

    /// Writes what a buffered layer still holds when it is dropped, errors ignored (there is no one
    /// left to tell).
    pub(crate) fn write_all_quiet(&self, mut data: &[u8]) {
        let fd = self.fd.get();
        while fd >= 0 && !data.is_empty() {
            match sys::write(fd, data) {
                Ok(n) if n > 0 => data = &data[n..],
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                _ => return,
            }
        }
    }

    pub(crate) fn seek(&self, vm: &mut Vm, pos: i64, whence: i32) -> PyResult<i64> {
        let fd = self.open_fd()?;
        sys::lseek(fd, pos, whence).map_err(|e| os_error(vm, &e))
    }

    pub(crate) fn close(&self, vm: &mut Vm) -> PyResult<()> {
        let fd = self.fd.replace(-1);
        if fd >= 0 && self.closefd.get() {
            sys::close(fd).map_err(|e| os_error(vm, &e))?;
        }
        Ok(())
    }
}

pub(crate) fn as_fileio(v: &Value) -> Option<&FileIo> {
    payload::<FileIo>(v)
}

fn me<'a>(args: &Args<'a>) -> PyResult<(&'a Value, &'a FileIo)> {
    this::<FileIo>(args, "FileIO")
}

fn new(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = new_cls(args, &super::io_types().file_io)?;
    Ok(Value::obj(alloc_instance(
        cls,
        NativeObj::new(FileIo::new()),
    )))
}

/// The flags `open(2)` gets for a FileIO mode, and what the mode enables.
fn parse_mode(f: &FileIo, mode: &str) -> PyResult<i32> {
    let bad = || error::value_error(format!("invalid mode: {mode}"));
    let one = || {
        error::value_error(
            "Must have exactly one of create/read/write/append mode and at most one plus",
        )
    };
    let (mut rwa, mut plus) = (false, false);
    let mut flags = 0;
    for c in mode.chars() {
        match c {
            'x' | 'r' | 'w' | 'a' => {
                if rwa {
                    return Err(one());
                }
                rwa = true;
                match c {
                    'x' => {
                        f.created.set(true);
                        f.writable.set(true);
                        flags |= libc::O_EXCL | libc::O_CREAT;
                    }
                    'r' => f.readable.set(true),
                    'w' => {
                        f.writable.set(true);
                        flags |= libc::O_CREAT | libc::O_TRUNC;
                    }
                    _ => {
                        f.writable.set(true);
                        f.appending.set(true);
                        flags |= libc::O_APPEND | libc::O_CREAT;
                    }
                }
            }
            '+' => {
                if plus {
                    return Err(one());
                }
                f.readable.set(true);
                f.writable.set(true);
                plus = true;
            }
            'b' => {}
            _ => return Err(bad()),
        }
    }
    if !rwa {
        return Err(one());
    }
    Ok(flags
        | if f.readable.get() && f.writable.get() {
            libc::O_RDWR
        } else if f.readable.get() {
            libc::O_RDONLY
        } else {
            libc::O_WRONLY
        })
}

fn init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, f) = me(args)?;
    let [file, mode, closefd, opener] =
        args.rest()
            .bind("FileIO", ["file", "mode", "closefd", "opener"], 1, 0)?;
    let file = file.unwrap_or(Value::NONE);
    let mode = match &mode {
        Some(m) => pystr::as_str(m)
            .ok_or_else(|| {
                error::type_error(format!(
                    "FileIO() argument 'mode' must be str, not {}",
                    type_name_of(m)
                ))
            })?
            .to_string(),
        None => "r".to_string(),
    };
    let closefd = match &closefd {
        Some(c) => weft_vm::interp::ops::truthy(vm, c)?,
        None => true,
    };
    if f.fd.get() >= 0 {
        if f.closefd.get() {
            f.close(vm)?;
        } else {
            f.fd.set(-1);
        }
    }
    for c in [&f.readable, &f.writable, &f.appending, &f.created] {
        c.set(false);
    }
    let flags = parse_mode(f, &mode)?;
    let fd = if int::is_int(&file) {
        let fd = int::to_i64(&file).unwrap_or(-1);
        if fd < 0 {
            return Err(error::value_error("negative file descriptor"));
        }
        fd as i32
    } else {
        if !closefd {
            return Err(error::value_error(
                "Cannot use closefd=False with file name",
            ));
        }
        let flags = flags | libc::O_CLOEXEC;
        match opener.filter(|o| !o.is_none()) {
            Some(op) => {
                let r = call::call_value(vm, &op, vec![file.clone(), int::from_i64(flags as i64)])?;
                let fd = int::to_i64(&r)
                    .ok_or_else(|| error::type_error("expected integer from opener"))?;
                if fd < 0 {
                    return Err(error::value_error(format!("opener returned {fd}")));
                }
                fd as i32
            }
            None => {
                let p = crate::posix::args::path(vm, "FileIO", &file).map_err(|e| {
                    if e.ty().is(&weft_vm::objects::types().type_error) {
                        error::type_error(format!(
                            "expected str, bytes or os.PathLike object, not {}",
                            type_name_of(&file)
                        ))
                    } else {
                        e
                    }
                })?;
                sys::open(&p.c, flags, 0o666).map_err(|e| p.error(vm, &e))?
            }
        }
    };
    f.fd.set(fd);
    f.closefd.set(closefd);
    *f.name.borrow_mut() = file.clone();
    // A bad descriptor fails here, as CPython's `fstat` check does; other `fstat` errors are
    // tolerated.
    let st = sys::stat(None, fd, true);
    if let Err(e) = &st {
        if e.raw_os_error() == Some(libc::EBADF) {
            f.fd.set(-1);
            return Err(crate::posix::args::os_error(vm, e));
        }
    }
    if let Ok(st) = st {
        if st.st_mode & libc::S_IFMT == libc::S_IFDIR {
            let e = std::io::Error::from_raw_os_error(libc::EISDIR);
            let err = weft_vm::objects::os_error::os_error(vm, &e, Some(&file));
            if closefd {
                let _ = f.close(vm);
            }
            return Err(err);
        }
    }
    if f.appending.get() {
        let _ = sys::lseek(fd, 0, libc::SEEK_END);
    }
    Ok(Value::NONE)
}

fn read(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, f) = me(args)?;
    let n = size_arg(vm, args, "read")?;
    let r = if n < 0 {
        f.read_all(vm)?
    } else {
        f.read_n(vm, n as usize)?
    };
    Ok(r.map_or(Value::NONE, bytes::new_bytes))
}

fn readall(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, f) = me(args)?;
    Ok(f.read_all(vm)?.map_or(Value::NONE, bytes::new_bytes))
}

fn readinto(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, f) = me(args)?;
    let a = args.rest().exact("readinto", 1)?;
    f.open_fd()?;
    let n = super::util::buffer_len(vm, &a[0])?;
    match f.read_n(vm, n)? {
        None => Ok(Value::NONE),
        Some(data) => {
            let n = super::util::fill_buffer(vm, &a[0], &data)?;
            Ok(int::from_i64(n as i64))
        }
    }
}

fn write(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, f) = me(args)?;
    let a = args.rest().exact("write", 1)?;
    f.open_fd()?;
    let data = bytes_arg(vm, &a[0])?;
    Ok(f.write_some(vm, &data)?
        .map_or(Value::NONE, |n| int::from_i64(n as i64)))
}

/// The `whence` argument of `seek`.
pub(crate) fn whence_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<i32> {
    match v {
        None => Ok(0),
        Some(w) => Ok(protocols::index_isize(vm, w)? as i32),
    }
}

/// A seek position: an integer, not a float.
pub(crate) fn pos_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if weft_vm::objects::float::to_f64(v).is_some() && !int::is_int(v) {
        return Err(error::type_error("an integer is required"));
    }
    Ok(protocols::index_isize(vm, v)? as i64)
}

fn seek(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, f) = me(args)?;
    let a = args.rest().range("seek", 1, 2)?;
    f.open_fd()?;
    let pos = pos_arg(vm, &a[0])?;
    let whence = whence_arg(vm, a.get(1))?;
    Ok(int::from_i64(f.seek(vm, pos, whence)?))
}

fn tell(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, f) = me(args)?;
    Ok(int::from_i64(f.seek(vm, 0, libc::SEEK_CUR)?))
}

fn truncate(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, f) = me(args)?;
    let a = args.rest().range("truncate", 0, 1)?;
    let fd = f.open_fd()?;
    if !f.writable.get() {
        return Err(super::util::unsupported("File not open for writing"));
    }
    let size = match a.first().filter(|v| !v.is_none()) {
        Some(v) => protocols::index_isize(vm, v)? as i64,
        None => f.seek(vm, 0, libc::SEEK_CUR)?,
    };
    sys::ftruncate(fd, size).map_err(|e| os_error(vm, &e))?;
    Ok(int::from_i64(size))
}

fn close(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me_v, f) = me(args)?;
    if f.fd.get() < 0 {
        return Ok(Value::NONE);
    }
    // `_RawIOBase.close` flushes first (a subclass's `flush` sees the file open).
    let r = super::util::call_method(vm, me_v, "flush", Vec::new());
    f.close(vm)?;
    r.map(|_| Value::NONE)
}

fn flush(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, f) = me(args)?;
    f.open_fd()?;
    Ok(Value::NONE)
}

fn fileno(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, f) = me(args)?;
    Ok(int::from_i64(f.open_fd()? as i64))
}

fn isatty(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, f) = me(args)?;
    Ok(Value::bool(sys::isatty(f.open_fd()?)))
}

fn readable(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, f) = me(args)?;
    f.open_fd()?;
    Ok(Value::bool(f.readable.get()))
}

fn writable(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, f) = me(args)?;
    f.open_fd()?;
    Ok(Value::bool(f.writable.get()))
}

fn seekable(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, f) = me(args)?;
    let fd = f.open_fd()?;
    Ok(Value::bool(sys::lseek(fd, 0, libc::SEEK_CUR).is_ok()))
}

fn repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me_v, f) = me(args)?;
    let cls = weft_vm::objects::typeobj::type_name(&weft_vm::interp::ops::a_type(me_v));
    let module = if cls == "FileIO" { "_io." } else { "" };
    if f.fd.get() < 0 {
        return Ok(pystr::new_string(format!("<{module}{cls} [closed]>")));
    }
    let closefd = if f.closefd.get() { "True" } else { "False" };
    let name = attr::getattr_opt(vm, me_v, "name")?;
    let head = match name {
        Some(n) => format!("name={}", protocols::repr_string(vm, &n)?),
        None => format!("fd={}", f.fd.get()),
    };
    Ok(pystr::new_string(format!(
        "<{module}{cls} {head} mode='{}' closefd={closefd}>",
        f.mode()
    )))
}

fn get_closed(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::bool(as_fileio(v).is_none_or(|f| f.fd.get() < 0)))
}

fn get_closefd(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::bool(as_fileio(v).is_some_and(|f| f.closefd.get())))
}

fn get_mode(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(pystr::new_str(as_fileio(v).map_or("", FileIo::mode)))
}

fn get_name(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let n = as_fileio(v).map_or(Value::NONE, |f| f.name.borrow().clone());
    if n.is_none() {
        return Err(error::attribute_error(format!(
            "'{}' object has no attribute 'name'",
            type_name_of(v)
        )));
    }
    Ok(n)
}

fn set_name(_vm: &mut Vm, v: &Value, to: Option<Value>) -> PyResult<()> {
    if let Some(f) = as_fileio(v) {
        *f.name.borrow_mut() = to.unwrap_or(Value::NONE);
    }
    Ok(())
}

fn get_blksize(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let fd = as_fileio(v).map_or(-1, |f| f.fd.get());
    let size = sys::stat(None, fd, true).map_or(8192, |st| st.st_blksize);
    Ok(int::from_i64(if size > 1 { size } else { 8192 }))
}

pub(crate) fn register(t: &weft_vm::heap::ObjRef) {
    statics(t, &[("__new__", new)]);
    methods(
        t,
        &[
            ("__init__", init),
            ("read", read),
            ("readall", readall),
            ("readinto", readinto),
            ("write", write),
            ("seek", seek),
            ("tell", tell),
            ("truncate", truncate),
            ("close", close),
            ("flush", flush),
            ("fileno", fileno),
            ("isatty", isatty),
            ("readable", readable),
            ("writable", writable),
            ("seekable", seekable),
            ("__repr__", repr),
        ],
    );
    getsets(
        t,
        &[
            ("closed", get_closed, None),
            ("closefd", get_closefd, None),
            ("mode", get_mode, None),
            ("name", get_name, Some(set_name)),
            ("_blksize", get_blksize, None),
        ],
    );
}
