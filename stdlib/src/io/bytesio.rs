//! `BytesIO`: a growable byte buffer with a position.
use super::util::{bytes_arg, size_arg, size_of, this};
use std::cell::{Cell, RefCell};
use weft_vm::heap::{ObjRef, Value};
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::{protocols, Vm};
use weft_vm::objects::builtin::Args;
use weft_vm::objects::method_support::{alloc_instance, new_cls};
use weft_vm::objects::native::NativeObj;
use weft_vm::objects::register::{getsets, methods, statics};
use weft_vm::objects::{bytes, int, list};

struct BytesIo {
    buf: RefCell<Vec<u8>>,
    pos: Cell<usize>,
    closed: Cell<bool>,
}

impl BytesIo {
    fn check(&self) -> PyResult<()> {
        if self.closed.get() {
            return Err(super::util::closed_error());
        }
        Ok(())
    }

    fn read(&self, n: i64) -> Vec<u8> {
        let b = self.buf.borrow();
        let p = self.pos.get().min(b.len());
        let end = if n < 0 {
            b.len()
        } else {
            p.saturating_add(n as usize).min(b.len())
        };
        self.pos.set(end.max(self.pos.get()));
        b[p..end].to_vec()
    }

    fn readline(&self, limit: i64) -> Vec<u8> {
        let b = self.buf.borrow();
        let p = self.pos.get().min(b.len());
        let rest = &b[p..];
        let mut end = rest
            .iter()
            .position(|c| *c == b'\n')
            .map_or(rest.len(), |i| i + 1);
        if limit >= 0 {
            end = end.min(limit as usize);
        }
        self.pos.set(p + end);
        rest[..end].to_vec()
    }
}

fn me<'a>(args: &Args<'a>) -> PyResult<(&'a Value, &'a BytesIo)> {
    this::<BytesIo>(args, "BytesIO")
}

fn open_me<'a>(args: &Args<'a>) -> PyResult<&'a BytesIo> {
    let (_, b) = me(args)?;
    b.check()?;
    Ok(b)
}

fn new(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = new_cls(args, &super::io_types().bytes_io)?;
    let b = BytesIo {
        buf: RefCell::new(Vec::new()),
        pos: Cell::new(0),
        closed: Cell::new(false),
    };
    Ok(Value::obj(alloc_instance(cls, NativeObj::new(b))))
}

fn init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, b) = me(args)?;
    let [initial] = args.rest().bind("BytesIO", ["initial_bytes"], 0, 0)?;
    let data = match initial.filter(|v| !v.is_none()) {
        Some(v) => bytes_arg(vm, &v)?,
        None => Vec::new(),
    };
    *b.buf.borrow_mut() = data;
    b.pos.set(0);
    Ok(Value::NONE)
}

fn getvalue(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = open_me(args)?;
    Ok(bytes::new_bytes(b.buf.borrow().clone()))
}

fn getbuffer(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = open_me(args)?;
    let data = bytes::new_bytes(b.buf.borrow().clone());
    weft_vm::interp::call::call_value(
        vm,
        &Value::obj(weft_vm::objects::types().memoryview.clone()),
        vec![data],
    )
}

fn read(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = open_me(args)?;
    let n = size_arg(vm, args, "read")?;
    Ok(bytes::new_bytes(b.read(n)))
}

fn read1(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = open_me(args)?;
    let n = size_arg(vm, args, "read1")?;
    Ok(bytes::new_bytes(b.read(n)))
}

fn readinto(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = open_me(args)?;
    let a = args.rest().exact("readinto", 1)?;
    let n = super::util::buffer_len(vm, &a[0])?;
    let data = b.read(n as i64);
    Ok(int::from_i64(
        super::util::fill_buffer(vm, &a[0], &data)? as i64
    ))
}

fn readline(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = open_me(args)?;
    let n = size_arg(vm, args, "readline")?;
    Ok(bytes::new_bytes(b.readline(n)))
}

fn readlines(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = open_me(args)?;
    let hint = size_arg(vm, args, "readlines")?;
    let mut out = Vec::new();
    let mut total = 0;
    loop {
        let line = b.readline(-1);
        if line.is_empty() {
            break;
        }
        total += line.len();
        out.push(bytes::new_bytes(line));
        if hint > 0 && total >= hint as usize {
            break;
        }
    }
    Ok(list::new_list(out))
}

fn next(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = open_me(args)?;
    let line = b.readline(-1);
    if line.is_empty() {
        return Err(error::stop_iteration(None));
    }
    Ok(bytes::new_bytes(line))
}

fn write(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = open_me(args)?;
    let a = args.rest().exact("write", 1)?;
    let data = bytes_arg(vm, &a[0])?;
    let mut buf = b.buf.borrow_mut();
    let p = b.pos.get();
    let end = p.saturating_add(data.len());
    super::util::grow(&mut buf, end, 0)?;
    buf[p..end].copy_from_slice(&data);
    b.pos.set(end);
    Ok(int::from_i64(data.len() as i64))
}

fn seek(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = open_me(args)?;
    let a = args.rest().range("seek", 1, 2)?;
    let pos = protocols::index_isize(vm, &a[0])? as i64;
    let whence = super::fileio::whence_arg(vm, a.get(1))?;
    let base = match whence {
        0 => {
            if pos < 0 {
                return Err(error::value_error(format!("negative seek value {pos}")));
            }
            0
        }
        1 => b.pos.get() as i64,
        2 => b.buf.borrow().len() as i64,
        w => {
            return Err(error::value_error(format!(
                "invalid whence ({w}, should be 0, 1 or 2)"
            )))
        }
    };
    let to = (base + pos).max(0);
    b.pos.set(to as usize);
    Ok(int::from_i64(to))
}

fn tell(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = open_me(args)?;
    Ok(int::from_i64(b.pos.get() as i64))
}

fn truncate(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = open_me(args)?;
    let a = args.rest().range("truncate", 0, 1)?;
    let size = match a.first() {
        Some(v) if !v.is_none() => size_of(vm, Some(v))?,
        _ => b.pos.get() as i64,
    };
    if size < 0 {
        return Err(error::value_error(format!("negative size value {size}")));
    }
    b.buf.borrow_mut().truncate(size as usize);
    Ok(int::from_i64(size))
}

fn yes(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    open_me(args)?;
    Ok(Value::TRUE)
}

fn isatty(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    open_me(args)?;
    Ok(Value::FALSE)
}

fn flush(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    open_me(args)?;
    Ok(Value::NONE)
}

fn close(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, b) = me(args)?;
    b.closed.set(true);
    *b.buf.borrow_mut() = Vec::new();
    Ok(Value::NONE)
}

fn get_closed(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::bool(
        super::util::payload::<BytesIo>(v).is_none_or(|b| b.closed.get()),
    ))
}

pub(crate) fn register(t: &ObjRef) {
    statics(t, &[("__new__", new)]);
    methods(
        t,
        &[
            ("__init__", init),
            ("getvalue", getvalue),
            ("getbuffer", getbuffer),
            ("read", read),
            ("read1", read1),
            ("readinto", readinto),
            ("readline", readline),
            ("readlines", readlines),
            ("__next__", next),
            ("write", write),
            ("seek", seek),
            ("tell", tell),
            ("truncate", truncate),
            ("readable", yes),
            ("writable", yes),
            ("seekable", yes),
            ("isatty", isatty),
            ("flush", flush),
            ("close", close),
        ],
    );
    getsets(t, &[("closed", get_closed, None)]);
}
