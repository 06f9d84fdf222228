//! The abstract bases `_IOBase`, `_RawIOBase`, `_BufferedIOBase` and `_TextIOBase`: the methods
//! CPython defines on them, each written over the object's own (possibly Python) methods.
use super::types::IoTypes;
use super::util::{attr_bool, call_method, closed_error, size_arg, unsupported};
use weft_vm::heap::Value;
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::ops::type_name_of;
use weft_vm::interp::{attr, call, ops, protocols, Vm};
use weft_vm::objects::builtin::Args;
use weft_vm::objects::register::{getsets, methods};
use weft_vm::objects::{bytearray, bytes, int, list};

/// The attribute that records a Python subclass's `close()`.
const CLOSED_FLAG: &str = "__IOBase_closed";

fn check_closed(vm: &mut Vm, me: &Value) -> PyResult<()> {
    if attr_bool(vm, me, "closed")? {
        return Err(closed_error());
    }
    Ok(())
}

fn seek(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Err(unsupported("seek"))
}

fn tell(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let me = args.this()?;
    call_method(vm, me, "seek", vec![int::from_i64(0), int::from_i64(1)])
}

fn truncate(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Err(unsupported("truncate"))
}

fn fileno(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Err(unsupported("fileno"))
}

fn flush(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    check_closed(vm, args.this()?)?;
    Ok(Value::NONE)
}

fn close(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let me = args.this()?;
    if attr_bool(vm, me, "closed")? {
        return Ok(Value::NONE);
    }
    let r = call_method(vm, me, "flush", Vec::new());
    attr::setattr(vm, me, CLOSED_FLAG, Value::TRUE)?;
    r.map(|_| Value::NONE)
}

fn get_closed(vm: &mut Vm, me: &Value) -> PyResult<Value> {
    let flag = attr::getattr_opt(vm, me, CLOSED_FLAG)?;
    Ok(Value::bool(match flag {
        Some(v) => ops::truthy(vm, &v)?,
        None => false,
    }))
}

/// Finalisation closes the stream; errors are dropped, as CPython reports them only as unraisable.
fn del(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let me = args.this()?;
    if let Ok(false) = attr_bool(vm, me, "closed") {
        let _ = call_method(vm, me, "close", Vec::new());
    }
    Ok(Value::NONE)
}

fn no(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.this()?;
    Ok(Value::FALSE)
}

fn isatty(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    check_closed(vm, args.this()?)?;
    Ok(Value::FALSE)
}

fn check_capability(vm: &mut Vm, args: &Args, method: &str, what: &str) -> PyResult<Value> {
    let me = args.this()?;
    let r = call_method(vm, me, method, Vec::new())?;
    if r.bits() != Value::TRUE.bits() {
        let a = args.rest();
        let msg = match a.positional().first() {
            Some(m) if !m.is_none() => protocols::str_string(vm, m)?,
            _ => format!("File or stream is not {what}."),
        };
        return Err(unsupported(&msg));
    }
    Ok(Value::TRUE)
}

fn check_seekable(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    check_capability(vm, args, "seekable", "seekable")
}

fn check_readable(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    check_capability(vm, args, "readable", "readable")
}

fn check_writable(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    check_capability(vm, args, "writable", "writable")
}

fn check_closed_m(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    check_closed(vm, args.this()?)?;
    Ok(Value::NONE)
}

fn enter(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let me = args.this()?;
    check_closed(vm, me)?;
    Ok(me.clone())
}

fn exit(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    call_method(vm, args.this()?, "close", Vec::new())
}

fn iter(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let me = args.this()?;
    check_closed(vm, me)?;
    Ok(me.clone())
}

fn next(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let me = args.this()?;
    let line = call_method(vm, me, "readline", Vec::new())?;
    if protocols::len(vm, &line)? == 0 {
        return Err(error::stop_iteration(None));
    }
    Ok(line)
}

/// `readline` over `peek` (when there is one) and `read`.
fn readline(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let me = args.this()?;
    let limit = size_arg(vm, args, "readline")?;
    let peek = attr::getattr_opt(vm, me, "peek")?;
    let mut out: Vec<u8> = Vec::new();
    while limit < 0 || (out.len() as i64) < limit {
        let mut ahead = 1i64;
        if let Some(p) = &peek {
            let got = call::call_value(vm, p, vec![int::from_i64(1)])?;
            if let Some(b) = bytes::as_bytes(&got) {
                if !b.is_empty() {
                    ahead = match b.iter().position(|c| *c == b'\n') {
                        Some(i) => i as i64 + 1,
                        None => b.len() as i64,
                    };
                    if limit >= 0 {
                        ahead = ahead.min(limit - out.len() as i64);
                    }
                }
            }
        }
        let got = call_method(vm, me, "read", vec![int::from_i64(ahead)])?;
        if got.is_none() {
            break;
        }
        let Some(b) = bytes::as_bytes(&got) else {
            return Err(error::os_error(format!(
                "read() should have returned a bytes object, not '{}'",
                type_name_of(&got)
            )));
        };
        if b.is_empty() {
            break;
        }
        out.extend_from_slice(b);
        if out.ends_with(b"\n") {
            break;
        }
    }
    Ok(bytes::new_bytes(out))
}

fn readlines(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let me = args.this()?;
    let hint = size_arg(vm, args, "readlines")?;
    let it = super::util::iter_of(vm, me)?;
    let mut out = Vec::new();
    let mut total = 0usize;
    while let Some(line) = protocols::next_value(vm, &it)? {
        let n = protocols::len(vm, &line)?;
        out.push(line);
        total += n;
        if hint > 0 && total >= hint as usize {
            break;
        }
    }
    Ok(list::new_list(out))
}

fn writelines(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let me = args.this()?;
    let a = args.rest().exact("writelines", 1)?;
    check_closed(vm, me)?;
    let it = super::util::iter_of(vm, &a[0])?;
    let write = attr::getattr(vm, me, "write")?;
    while let Some(line) = protocols::next_value(vm, &it)? {
        call::call_value(vm, &write, vec![line])?;
    }
    Ok(Value::NONE)
}

/// `_RawIOBase.read(size=-1)` over `readinto`.
fn raw_read(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let me = args.this()?;
    let n = size_arg(vm, args, "read")?;
    if n < 0 {
        return call_method(vm, me, "readall", Vec::new());
    }
    let buf = bytearray::new_bytearray(super::util::zeroed(n as usize)?);
    let got = call_method(vm, me, "readinto", vec![buf.clone()])?;
    if got.is_none() {
        return Ok(Value::NONE);
    }
    let got = protocols::index_isize(vm, &got)?.max(0) as usize;
    let data = buf
        .as_obj()
        .and_then(|o| o.downcast::<bytearray::ByteArray>())
        .map(|b| b.data.borrow().iter().take(got).copied().collect())
        .unwrap_or_default();
    Ok(bytes::new_bytes(data))
}

fn raw_readall(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let me = args.this()?;
    let mut out = Vec::new();
    loop {
        let got = call_method(
            vm,
            me,
            "read",
            vec![int::from_i64(super::DEFAULT_BUFFER_SIZE as i64)],
        )?;
        if got.is_none() {
            if out.is_empty() {
                return Ok(Value::NONE);
            }
            break;
        }
        let Some(b) = bytes::as_bytes(&got) else {
            return Err(error::type_error("read() should return bytes"));
        };
        if b.is_empty() {
            break;
        }
        out.extend_from_slice(b);
    }
    Ok(bytes::new_bytes(out))
}

fn b_read(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Err(unsupported("read"))
}

fn b_read1(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Err(unsupported("read1"))
}

fn b_write(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Err(unsupported("write"))
}

fn detach(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Err(unsupported("detach"))
}

fn t_readline(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Err(unsupported("readline"))
}

/// `_BufferedIOBase.readinto(b)` over `read` (`readinto1` over `read1`).
fn readinto_via(vm: &mut Vm, args: &Args, method: &str) -> PyResult<Value> {
    let me = args.this()?;
    let a = args.rest().exact(method, 1)?;
    let n = super::util::buffer_len(vm, &a[0])?;
    let got = call_method(vm, me, method, vec![int::from_i64(n as i64)])?;
    let data = super::util::bytes_arg(vm, &got)?;
    let n = super::util::fill_buffer(vm, &a[0], &data)?;
    Ok(int::from_i64(n as i64))
}

fn b_readinto(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    readinto_via(vm, args, "read")
}

fn b_readinto1(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    readinto_via(vm, args, "read1")
}

fn none_getter(_vm: &mut Vm, _v: &Value) -> PyResult<Value> {
    Ok(Value::NONE)
}

pub(crate) fn register(t: &IoTypes) {
    methods(
        &t.iobase,
        &[
            ("seek", seek),
            ("tell", tell),
            ("truncate", truncate),
            ("flush", flush),
            ("close", close),
            ("seekable", no),
            ("readable", no),
            ("writable", no),
            ("_checkClosed", check_closed_m),
            ("_checkSeekable", check_seekable),
            ("_checkReadable", check_readable),
            ("_checkWritable", check_writable),
            ("fileno", fileno),
            ("isatty", isatty),
            ("__enter__", enter),
            ("__exit__", exit),
            ("__iter__", iter),
            ("__next__", next),
            ("readline", readline),
            ("readlines", readlines),
            ("writelines", writelines),
            ("__del__", del),
        ],
    );
    getsets(&t.iobase, &[("closed", get_closed, None)]);
    methods(
        &t.raw_iobase,
        &[("read", raw_read), ("readall", raw_readall)],
    );
    methods(
        &t.buffered_iobase,
        &[
            ("read", b_read),
            ("read1", b_read1),
            ("write", b_write),
            ("detach", detach),
            ("readinto", b_readinto),
            ("readinto1", b_readinto1),
        ],
    );
    methods(
        &t.text_iobase,
        &[
            ("read", b_read),
            ("readline", t_readline),
            ("write", b_write),
            ("detach", detach),
        ],
    );
    getsets(
        &t.text_iobase,
        &[
            ("encoding", none_getter, None),
            ("newlines", none_getter, None),
            ("errors", none_getter, None),
        ],
    );
}
