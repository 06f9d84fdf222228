//! `BufferedReader`, `BufferedWriter`, `BufferedRandom` and `BufferedRWPair`: a byte buffer over a
//! raw stream. A native `FileIO` underneath is read and written directly; any other raw object
//! through its `readinto`/`write`/`seek` methods.
use super::fileio::{as_fileio, pos_arg, whence_arg};
use super::types::IoTypes;
use super::util::{
    attr_bool, bytes_arg, call_method, detached_error, payload, size_arg, size_of, this,
    unsupported,
};
use std::cell::{Cell, RefCell};
use weft_vm::heap::{ObjRef, Value};
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::ops::a_type;
use weft_vm::interp::{attr, protocols, Vm};
use weft_vm::objects::builtin::Args;
use weft_vm::objects::method_support::{alloc_instance, new_cls};
use weft_vm::objects::native::NativeObj;
use weft_vm::objects::register::{getsets, methods, statics};
use weft_vm::objects::typeobj::{is_subtype, type_name};
use weft_vm::objects::{bytearray, bytes, int, str as pystr};

pub(crate) struct Buffered {
    /// The raw stream; None before `__init__` and after `detach`.
    pub raw: RefCell<Value>,
    readable: Cell<bool>,
    writable: Cell<bool>,
    /// Bytes read ahead of the position, from `rpos`.
    rbuf: RefCell<Vec<u8>>,
    rpos: Cell<usize>,
    /// Bytes written but not yet given to the raw stream.
    wbuf: RefCell<Vec<u8>>,
    size: Cell<usize>,
    detached: Cell<bool>,
}

impl Drop for Buffered {
    fn drop(&mut self) {
        let w = self.wbuf.get_mut();
        if !w.is_empty() {
            if let Some(f) = as_fileio(self.raw.get_mut()) {
                f.write_all_quiet(w);
            }
        }
    }
}

pub(crate) fn as_buffered(v: &Value) -> Option<&Buffered> {
    payload::<Buffered>(v)
}

fn raw_read(vm: &mut Vm, raw: &Value, n: usize) -> PyResult<Option<Vec<u8>>> {
    if let Some(f) = as_fileio(raw) {
        return f.read_n(vm, n);
    }
    let buf = bytearray::new_bytearray(super::util::zeroed(n)?);
    let r = call_method(vm, raw, "readinto", vec![buf.clone()])?;
    if r.is_none() {
        return Ok(None);
    }
    let got = protocols::index_isize(vm, &r)?;
    if got < 0 || got as usize > n {
        return Err(error::os_error(format!(
            "raw readinto() returned invalid length {got} (should have been between 0 and {n})"
        )));
    }
    let data = buf
        .as_obj()
        .and_then(|o| o.downcast::<bytearray::ByteArray>())
        .map(|b| b.data.borrow()[..got as usize].to_vec())
        .unwrap_or_default();
    Ok(Some(data))
}

fn raw_write(vm: &mut Vm, raw: &Value, data: &[u8]) -> PyResult<Option<usize>> {
    if let Some(f) = as_fileio(raw) {
        return f.write_some(vm, data);
    }
    let r = call_method(vm, raw, "write", vec![bytes::new_bytes(data.to_vec())])?;
    if r.is_none() {
        return Ok(None);
    }
    let n = protocols::index_isize(vm, &r)?;
    if n < 0 || n as usize > data.len() {
        return Err(error::os_error(format!(
            "raw write() returned invalid length {n} (should have been between 0 and {})",
            data.len()
        )));
    }
    Ok(Some(n as usize))
}

fn raw_seek(vm: &mut Vm, raw: &Value, pos: i64, whence: i32) -> PyResult<i64> {
    if let Some(f) = as_fileio(raw) {
        return f.seek(vm, pos, whence);
    }
    let r = call_method(
        vm,
        raw,
        "seek",
        vec![int::from_i64(pos), int::from_i64(whence as i64)],
    )?;
    let p = protocols::index_isize(vm, &r)? as i64;
    if p < 0 {
        return Err(error::os_error(format!(
            "Raw stream returned invalid position {p}"
        )));
    }
    Ok(p)
}

impl Buffered {
    fn new() -> Buffered {
        Buffered {
            raw: RefCell::new(Value::NONE),
            readable: Cell::new(false),
            writable: Cell::new(false),
            rbuf: RefCell::new(Vec::new()),
            rpos: Cell::new(0),
            wbuf: RefCell::new(Vec::new()),
            size: Cell::new(super::DEFAULT_BUFFER_SIZE),
            detached: Cell::new(false),
        }
    }

    /// The raw stream, or the error for a detached or uninitialised object.
    pub(crate) fn raw(&self) -> PyResult<Value> {
        let r = self.raw.borrow().clone();
        if r.is_none() {
            return Err(if self.detached.get() {
                detached_error()
            } else {
                error::value_error("I/O operation on uninitialized object")
            });
        }
        Ok(r)
    }

    pub(crate) fn is_closed(&self, vm: &mut Vm) -> PyResult<bool> {
        let raw = self.raw()?;
        if let Some(f) = as_fileio(&raw) {
            return Ok(f.fd.get() < 0);
        }
        attr_bool(vm, &raw, "closed")
    }

    fn check_closed(&self, vm: &mut Vm, msg: &str) -> PyResult<Value> {
        if self.is_closed(vm)? {
            // A closed stream with buffered data still lets `read` take that data.
            return Err(error::value_error(msg));
        }
        self.raw()
    }

    fn unread(&self) -> usize {
        self.rbuf.borrow().len() - self.rpos.get()
    }

    /// Takes up to `n` buffered bytes.
    fn take(&self, n: usize, out: &mut Vec<u8>) {
        let b = self.rbuf.borrow();
        let p = self.rpos.get();
        let k = n.min(b.len() - p);
        out.extend_from_slice(&b[p..p + k]);
        self.rpos.set(p + k);
    }

    /// Reads one raw chunk into the (empty) buffer; false at end of file or when it would block.
    fn fill(&self, vm: &mut Vm, raw: &Value) -> PyResult<Option<bool>> {
        let got = raw_read(vm, raw, self.size.get())?;
        let Some(data) = got else { return Ok(None) };
        let more = !data.is_empty();
        *self.rbuf.borrow_mut() = data;
        self.rpos.set(0);
        Ok(Some(more))
    }

    /// Gives the write buffer to the raw stream.
    pub(crate) fn flush_writes(&self, vm: &mut Vm) -> PyResult<()> {
        if self.wbuf.borrow().is_empty() {
            return Ok(());
        }
        let raw = self.raw()?;
        if let Some(f) = as_fileio(&raw) {
            let data = std::mem::take(&mut *self.wbuf.borrow_mut());
            return f.write_all(vm, &data);
        }
        loop {
            let data = self.wbuf.borrow().clone();
            if data.is_empty() {
                return Ok(());
            }
            match raw_write(vm, &raw, &data)? {
                Some(n) => {
                    self.wbuf.borrow_mut().drain(..n);
                }
                None => return Err(error::os_error("write could not complete without blocking")),
            }
        }
    }

    /// Adds to the write buffer without writing (a text layer that is going away).
    pub(crate) fn append_quiet(&self, data: &[u8]) {
        self.wbuf.borrow_mut().extend_from_slice(data);
    }

    /// Gives the write buffer to a native raw file, errors ignored.
    pub(crate) fn flush_quiet(&self) {
        let data = std::mem::take(&mut *self.wbuf.borrow_mut());
        if let Some(f) = as_fileio(&self.raw.borrow()) {
            f.write_all_quiet(&data);
        }
    }

    /// Drops the read-ahead, moving the raw position back to the logical one.
    fn drop_read_ahead(&self, vm: &mut Vm, raw: &Value) -> PyResult<()> {
        let n = self.unread();
        self.rbuf.borrow_mut().clear();
        self.rpos.set(0);
        if n > 0 {
            raw_seek(vm, raw, -(n as i64), 1)?;
        }
        Ok(())
    }

    fn check_readable(&self) -> PyResult<()> {
        if !self.readable.get() {
            return Err(unsupported("read"));
        }
        Ok(())
    }

    /// `read(n)` (all when `n < 0`); `None` when the raw stream would block with nothing read.
    pub(crate) fn read(&self, vm: &mut Vm, n: i64) -> PyResult<Option<Vec<u8>>> {
        let raw = self.check_closed(vm, "read of closed file")?;
        self.check_readable()?;
        self.flush_writes(vm)?;
        let mut out = Vec::new();
        if n < 0 {
            self.take(usize::MAX, &mut out);
            let rest = match as_fileio(&raw) {
                Some(f) => f.read_all(vm)?,
                None => match attr::getattr_opt(vm, &raw, "readall")? {
                    Some(ra) => {
                        let r = weft_vm::interp::call::call_value(vm, &ra, Vec::new())?;
                        if r.is_none() {
                            None
                        } else {
                            Some(bytes_arg(vm, &r)?)
                        }
                    }
                    None => {
                        let mut all = Vec::new();
                        while let Some(d) = raw_read(vm, &raw, self.size.get())? {
                            if d.is_empty() {
                                break;
                            }
                            all.extend_from_slice(&d);
                        }
                        Some(all)
                    }
                },
            };
            return Ok(match rest {
                None if out.is_empty() => None,
                r => {
                    out.extend_from_slice(&r.unwrap_or_default());
                    Some(out)
                }
            });
        }
        let n = n as usize;
        self.take(n, &mut out);
        while out.len() < n {
            let want = n - out.len();
            if want >= self.size.get() {
                match raw_read(vm, &raw, want)? {
                    None if out.is_empty() => return Ok(None),
                    None => break,
                    Some(d) if d.is_empty() => break,
                    Some(d) => out.extend_from_slice(&d),
                }
            } else {
                match self.fill(vm, &raw)? {
                    None if out.is_empty() => return Ok(None),
                    None | Some(false) => break,
                    Some(true) => self.take(want, &mut out),
                }
            }
        }
        Ok(Some(out))
    }

    /// `read1(n)`: buffered bytes, or at most one raw read.
    pub(crate) fn read1(&self, vm: &mut Vm, n: i64) -> PyResult<Vec<u8>> {
        let raw = self.check_closed(vm, "read of closed file")?;
        self.check_readable()?;
        self.flush_writes(vm)?;
        let n = if n < 0 { self.size.get() } else { n as usize };
        let mut out = Vec::new();
        if n == 0 {
            return Ok(out);
        }
        if self.unread() == 0 {
            if n > self.size.get() {
                return Ok(raw_read(vm, &raw, n)?.unwrap_or_default());
            }
            self.fill(vm, &raw)?;
        }
        self.take(n, &mut out);
        Ok(out)
    }

    fn peek(&self, vm: &mut Vm) -> PyResult<Vec<u8>> {
        let raw = self.check_closed(vm, "peek of closed file")?;
        self.check_readable()?;
        self.flush_writes(vm)?;
        if self.unread() == 0 {
            self.fill(vm, &raw)?;
        }
        let b = self.rbuf.borrow();
        Ok(b[self.rpos.get()..].to_vec())
    }

    pub(crate) fn readline(&self, vm: &mut Vm, limit: i64) -> PyResult<Vec<u8>> {
        let raw = self.check_closed(vm, "readline of closed file")?;
        self.check_readable()?;
        self.flush_writes(vm)?;
        let mut out = Vec::new();
        loop {
            let room = if limit < 0 {
                usize::MAX
            } else {
                limit as usize - out.len()
            };
            if room == 0 {
                break;
            }
            let found = {
                let b = self.rbuf.borrow();
                let rest = &b[self.rpos.get()..];
                let upto = rest.len().min(room);
                rest[..upto].iter().position(|c| *c == b'\n')
            };
            match found {
                Some(i) => {
                    self.take(i + 1, &mut out);
                    break;
                }
                None => {
                    self.take(room, &mut out);
                    if limit >= 0 && out.len() >= limit as usize {
                        break;
                    }
                    match self.fill(vm, &raw)? {
                        Some(true) => {}
                        _ => break,
                    }
                }
            }
        }
        Ok(out)
    }

    pub(crate) fn write(&self, vm: &mut Vm, data: &[u8]) -> PyResult<usize> {
        let raw = self.check_closed(vm, "write to closed file")?;
        if !self.writable.get() {
            return Err(unsupported("write"));
        }
        if self.unread() > 0 || !self.rbuf.borrow().is_empty() {
            self.drop_read_ahead(vm, &raw)?;
        }
        let size = self.size.get();
        if self.wbuf.borrow().len() + data.len() > size {
            self.flush_writes(vm)?;
            if data.len() > size {
                match as_fileio(&raw) {
                    Some(f) => f.write_all(vm, data)?,
                    None => {
                        let mut rest = data;
                        while !rest.is_empty() {
                            match raw_write(vm, &raw, rest)? {
                                Some(n) if n > 0 => rest = &rest[n..],
                                _ => {
                                    return Err(error::os_error(
                                        "write could not complete without blocking",
                                    ))
                                }
                            }
                        }
                    }
                }
                return Ok(data.len());
            }
        }
        self.wbuf.borrow_mut().extend_from_slice(data);
        Ok(data.len())
    }

    pub(crate) fn tell(&self, vm: &mut Vm) -> PyResult<i64> {
        let raw = self.raw()?;
        let pos = raw_seek(vm, &raw, 0, 1)?;
        Ok(pos - self.unread() as i64 + self.wbuf.borrow().len() as i64)
    }

    pub(crate) fn seek(&self, vm: &mut Vm, pos: i64, whence: i32) -> PyResult<i64> {
        if !(0..=2).contains(&whence) {
            return Err(error::value_error(format!(
                "whence value {whence} unsupported"
            )));
        }
        let raw = self.check_closed(vm, "seek of closed file")?;
        let seekable = match as_fileio(&raw) {
            Some(_) => true,
            None => super::util::call_bool(vm, &raw, "seekable")?,
        };
        if !seekable {
            return Err(unsupported("File or stream is not seekable."));
        }
        self.flush_writes(vm)?;
        let pos = if whence == 1 {
            pos - self.unread() as i64
        } else {
            pos
        };
        self.rbuf.borrow_mut().clear();
        self.rpos.set(0);
        raw_seek(vm, &raw, pos, whence)
    }
}

fn me<'a>(args: &Args<'a>) -> PyResult<(&'a Value, &'a Buffered)> {
    this::<Buffered>(args, "BufferedReader")
}

fn new(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let t = super::io_types();
    let cls = new_cls(args, &t.buffered_iobase)?;
    Ok(Value::obj(alloc_instance(
        cls,
        NativeObj::new(Buffered::new()),
    )))
}

/// What the class of `me` reads and writes.
fn caps(me: &Value) -> (bool, bool) {
    let t = super::io_types();
    let ty = a_type(me);
    let is = |c: &ObjRef| ty.is(c) || is_subtype(&ty, c);
    if is(&t.buffered_random) {
        (true, true)
    } else if is(&t.buffered_writer) {
        (false, true)
    } else {
        (true, false)
    }
}

fn init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me_v, b) = me(args)?;
    let name = type_name(&a_type(me_v));
    let [raw, size] = args.rest().bind(&name, ["raw", "buffer_size"], 1, 0)?;
    let raw = raw.unwrap_or(Value::NONE);
    let (r, w) = caps(me_v);
    // CPython's `_PyIOBase_check_readable` and friends: the raw stream's own answer.
    for (on, method, what) in [
        (r && w, "seekable", "seekable"),
        (r, "readable", "readable"),
        (w, "writable", "writable"),
    ] {
        if on && !super::util::call_bool(vm, &raw, method)? {
            return Err(unsupported(&format!("File or stream is not {what}.")));
        }
    }
    let size = size_of(vm, size.as_ref())?;
    let size = if size == -1 && !args.rest().has_kwargs() && args.rest().positional().len() < 2 {
        super::DEFAULT_BUFFER_SIZE as i64
    } else {
        size
    };
    if size <= 0 {
        return Err(error::value_error("buffer size must be strictly positive"));
    }
    b.size.set(size as usize);
    b.readable.set(r);
    b.writable.set(w);
    b.detached.set(false);
    b.rbuf.borrow_mut().clear();
    b.rpos.set(0);
    b.wbuf.borrow_mut().clear();
    *b.raw.borrow_mut() = raw;
    Ok(Value::NONE)
}

fn read(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, b) = me(args)?;
    let n = size_arg(vm, args, "read")?;
    if n < -1 {
        return Err(error::value_error("read length must be non-negative or -1"));
    }
    Ok(b.read(vm, n)?.map_or(Value::NONE, bytes::new_bytes))
}

fn read1(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, b) = me(args)?;
    let n = size_arg(vm, args, "read1")?;
    Ok(bytes::new_bytes(b.read1(vm, n)?))
}

fn peek(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, b) = me(args)?;
    args.rest().range("peek", 0, 1)?;
    Ok(bytes::new_bytes(b.peek(vm)?))
}

fn readinto_impl(vm: &mut Vm, args: &Args, one: bool) -> PyResult<Value> {
    let (_, b) = me(args)?;
    let a = args
        .rest()
        .exact(if one { "readinto1" } else { "readinto" }, 1)?;
    let n = super::util::buffer_len(vm, &a[0])?;
    let data = if one {
        b.read1(vm, n as i64)?
    } else {
        b.read(vm, n as i64)?.unwrap_or_default()
    };
    let n = super::util::fill_buffer(vm, &a[0], &data)?;
    Ok(int::from_i64(n as i64))
}

fn readinto(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    readinto_impl(vm, args, false)
}

fn readinto1(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    readinto_impl(vm, args, true)
}

fn readline(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, b) = me(args)?;
    let n = size_arg(vm, args, "readline")?;
    Ok(bytes::new_bytes(b.readline(vm, n)?))
}

fn next(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, b) = me(args)?;
    let line = b.readline(vm, -1)?;
    if line.is_empty() {
        return Err(error::stop_iteration(None));
    }
    Ok(bytes::new_bytes(line))
}

fn write(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, b) = me(args)?;
    let a = args.rest().exact("write", 1)?;
    let data = bytes_arg(vm, &a[0])?;
    Ok(int::from_i64(b.write(vm, &data)? as i64))
}

fn flush(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, b) = me(args)?;
    let raw = b.check_closed(vm, "flush of closed file")?;
    b.flush_writes(vm)?;
    if as_fileio(&raw).is_none() {
        call_method(vm, &raw, "flush", Vec::new())?;
    }
    Ok(Value::NONE)
}

fn seek(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, b) = me(args)?;
    let a = args.rest().range("seek", 1, 2)?;
    let pos = pos_arg(vm, &a[0])?;
    let whence = whence_arg(vm, a.get(1))?;
    Ok(int::from_i64(b.seek(vm, pos, whence)?))
}

fn tell(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, b) = me(args)?;
    Ok(int::from_i64(b.tell(vm)?.max(0)))
}

fn truncate(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, b) = me(args)?;
    let a = args.rest().range("truncate", 0, 1)?;
    let raw = b.check_closed(vm, "truncate of closed file")?;
    if !b.writable.get() {
        return Err(unsupported("truncate"));
    }
    b.flush_writes(vm)?;
    let pos = match a.first().filter(|v| !v.is_none()) {
        Some(v) => v.clone(),
        None => int::from_i64(b.tell(vm)?),
    };
    b.drop_read_ahead(vm, &raw)?;
    call_method(vm, &raw, "truncate", vec![pos])
}

fn close(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, b) = me(args)?;
    let raw = b.raw()?;
    if b.is_closed(vm)? {
        return Ok(Value::NONE);
    }
    let r = b.flush_writes(vm);
    b.rbuf.borrow_mut().clear();
    b.rpos.set(0);
    call_method(vm, &raw, "close", Vec::new())?;
    r.map(|_| Value::NONE)
}

fn detach(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, b) = me(args)?;
    let raw = b.raw()?;
    b.flush_writes(vm)?;
    b.detached.set(true);
    b.rbuf.borrow_mut().clear();
    b.rpos.set(0);
    *b.raw.borrow_mut() = Value::NONE;
    Ok(raw)
}

/// A method that asks the raw stream (`fileno`, `isatty`, ...).
fn forward(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Value> {
    let (_, b) = me(args)?;
    let raw = b.raw()?;
    call_method(vm, &raw, name, Vec::new())
}

fn fileno(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    forward(vm, args, "fileno")
}

fn isatty(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    forward(vm, args, "isatty")
}

fn seekable(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    forward(vm, args, "seekable")
}

fn readable(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    forward(vm, args, "readable")
}

fn writable(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    forward(vm, args, "writable")
}

fn repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me_v, _) = me(args)?;
    let ty = a_type(me_v);
    let cls = type_name(&ty);
    let module = if ty.kind() == weft_vm::heap::Kind::Type
        && !weft_vm::objects::typeobj::tdata(&ty).has(weft_vm::objects::typeobj::tflag::HEAPTYPE)
    {
        "_io."
    } else {
        ""
    };
    let name = match attr::getattr(vm, me_v, "name") {
        Ok(n) => Some(n),
        Err(e)
            if e.ty().is(&weft_vm::objects::types().attribute_error)
                || is_subtype(&e.ty(), &weft_vm::objects::types().value_error) =>
        {
            None
        }
        Err(e) => return Err(e),
    };
    Ok(pystr::new_string(match name {
        Some(n) => format!("<{module}{cls} name={}>", protocols::repr_string(vm, &n)?),
        None => format!("<{module}{cls}>"),
    }))
}

fn raw_attr(vm: &mut Vm, v: &Value, name: &str) -> PyResult<Value> {
    let b = as_buffered(v).ok_or_else(|| error::type_error("not a buffered stream"))?;
    let raw = b.raw()?;
    attr::getattr(vm, &raw, name)
}

fn get_raw(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let b = as_buffered(v).ok_or_else(|| error::type_error("not a buffered stream"))?;
    if b.detached.get() {
        return Ok(Value::NONE);
    }
    b.raw()
}

fn get_closed(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    raw_attr(vm, v, "closed")
}

fn get_name(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    raw_attr(vm, v, "name")
}

fn get_mode(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    raw_attr(vm, v, "mode")
}

fn register_common(t: &ObjRef) {
    statics(t, &[("__new__", new)]);
    methods(
        t,
        &[
            ("__init__", init),
            ("flush", flush),
            ("seek", seek),
            ("tell", tell),
            ("truncate", truncate),
            ("close", close),
            ("detach", detach),
            ("fileno", fileno),
            ("isatty", isatty),
            ("seekable", seekable),
            ("readable", readable),
            ("writable", writable),
            ("__repr__", repr),
        ],
    );
    getsets(
        t,
        &[
            ("raw", get_raw, None),
            ("closed", get_closed, None),
            ("name", get_name, None),
            ("mode", get_mode, None),
        ],
    );
}

fn register_reads(t: &ObjRef) {
    methods(
        t,
        &[
            ("read", read),
            ("read1", read1),
            ("peek", peek),
            ("readinto", readinto),
            ("readinto1", readinto1),
            ("readline", readline),
            ("__next__", next),
        ],
    );
}

fn register_writes(t: &ObjRef) {
    methods(t, &[("write", write)]);
}

pub(crate) fn register(t: &IoTypes) {
    for ty in [&t.buffered_reader, &t.buffered_writer, &t.buffered_random] {
        register_common(ty);
    }
    register_reads(&t.buffered_reader);
    register_reads(&t.buffered_random);
    register_writes(&t.buffered_writer);
    register_writes(&t.buffered_random);
    super::rwpair::register(&t.buffered_rwpair);
}
