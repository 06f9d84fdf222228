//! `StringIO`: text in memory, as code points, with `newline` handled as CPython's (translated on
//! write, lines split on read by the same rules as `TextIOWrapper`).
use super::newline::{self, LineEnd};
use super::util::{size_arg, size_of, this};
use std::cell::{Cell, RefCell};
use weft_vm::heap::{ObjRef, Value};
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::ops::type_name_of;
use weft_vm::interp::{protocols, Vm};
use weft_vm::objects::builtin::Args;
use weft_vm::objects::method_support::{alloc_instance, new_cls};
use weft_vm::objects::native::NativeObj;
use weft_vm::objects::register::{getsets, methods, statics};
use weft_vm::objects::{int, list, str as pystr};

struct StringIo {
    buf: RefCell<Vec<u32>>,
    pos: Cell<usize>,
    closed: Cell<bool>,
    ok: Cell<bool>,
    /// The `newline` argument (`None` = universal).
    newline: RefCell<Option<String>>,
    seen: Cell<u8>,
}

impl StringIo {
    fn line_end(&self) -> LineEnd {
        match self.newline.borrow().as_deref() {
            None => LineEnd::Lf,
            nl => LineEnd::of(nl),
        }
    }

    /// Whether `newlines` is tracked (`None` and `''`).
    fn tracks(&self) -> bool {
        matches!(self.newline.borrow().as_deref(), None | Some(""))
    }

    /// Writes str `s`; appending text that needs no newline work skips the copy into a `Vec`.
    fn write_str(&self, s: &pystr::Str) -> PyResult<usize> {
        let raw = s.as_bytes();
        let plain = match self.newline.borrow().as_deref() {
            None | Some("") => !raw.iter().any(|c| *c == b'\r' || *c == b'\n'),
            Some("\r" | "\r\n") => !raw.contains(&b'\n'),
            _ => true,
        };
        let mut buf = self.buf.borrow_mut();
        if plain && self.pos.get() == buf.len() {
            buf.extend(s.code_points());
            self.pos.set(buf.len());
            return Ok(s.char_len());
        }
        drop(buf);
        let cps: Vec<u32> = s.code_points().collect();
        self.write_cps(&cps)
    }

    fn write_cps(&self, text: &[u32]) -> PyResult<usize> {
        let n = text.len();
        let nl = self.newline.borrow().clone();
        if self.tracks() {
            self.seen.set(self.seen.get() | newline::seen(text));
        }
        let text = match nl.as_deref() {
            None => newline::translate(text),
            Some(nl @ ("\r" | "\r\n")) => newline::expand(text, nl),
            _ => text.to_vec(),
        };
        let mut buf = self.buf.borrow_mut();
        let p = self.pos.get();
        super::util::grow(&mut buf, p, 0)?;
        let end = p + text.len();
        let overlap = end.min(buf.len());
        buf[p..overlap].copy_from_slice(&text[..overlap - p]);
        buf.extend_from_slice(&text[overlap - p..]);
        self.pos.set(end);
        Ok(n)
    }

    fn read(&self, n: i64) -> Vec<u32> {
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

    fn readline(&self, limit: i64) -> Vec<u32> {
        let b = self.buf.borrow();
        let p = self.pos.get().min(b.len());
        let rest = &b[p..];
        let mut end = newline::line_end(rest, self.line_end(), true).unwrap_or(rest.len());
        if limit >= 0 {
            end = end.min(limit as usize);
        }
        self.pos.set(p + end);
        rest[..end].to_vec()
    }
}

/// `print`'s path into an exact `StringIO`.
pub(crate) fn write_text(v: &Value, text: &str) -> PyResult<()> {
    let Some(s) = super::util::payload::<StringIo>(v) else {
        return Ok(());
    };
    if !s.ok.get() {
        return Err(error::value_error("I/O operation on uninitialized object"));
    }
    if s.closed.get() {
        return Err(error::value_error("I/O operation on closed file"));
    }
    s.write_str(&pystr::Str::new(text)).map(|_| ())
}

fn me<'a>(args: &Args<'a>) -> PyResult<(&'a Value, &'a StringIo)> {
    this::<StringIo>(args, "StringIO")
}

fn open_me<'a>(args: &Args<'a>) -> PyResult<&'a StringIo> {
    let (_, s) = me(args)?;
    if !s.ok.get() {
        return Err(error::value_error("I/O operation on uninitialized object"));
    }
    if s.closed.get() {
        return Err(error::value_error("I/O operation on closed file"));
    }
    Ok(s)
}

fn new(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = new_cls(args, &super::io_types().string_io)?;
    let s = StringIo {
        buf: RefCell::new(Vec::new()),
        pos: Cell::new(0),
        closed: Cell::new(false),
        ok: Cell::new(false),
        newline: RefCell::new(Some("\n".to_string())),
        seen: Cell::new(0),
    };
    Ok(Value::obj(alloc_instance(cls, NativeObj::new(s))))
}

fn init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, s) = me(args)?;
    let [initial, nl] = args
        .rest()
        .bind("StringIO", ["initial_value", "newline"], 0, 0)?;
    let nl = match nl {
        None => Some("\n".to_string()),
        Some(v) if v.is_none() => None,
        Some(v) => match pystr::as_str(&v) {
            Some(t) => Some(t.to_string()),
            None => {
                return Err(error::type_error(format!(
                    "newline must be str or None, not {}",
                    type_name_of(&v)
                )))
            }
        },
    };
    if let Some(n) = &nl {
        if !matches!(n.as_str(), "" | "\n" | "\r" | "\r\n") {
            let r = protocols::repr_string(vm, &pystr::new_str(n))?;
            return Err(error::value_error(format!("illegal newline value: {r}")));
        }
    }
    let initial = match initial.filter(|v| !v.is_none()) {
        Some(v) => Some(newline::code_points(&v).ok_or_else(|| {
            error::type_error(format!(
                "initial_value must be str or None, not {}",
                type_name_of(&v)
            ))
        })?),
        None => None,
    };
    *s.newline.borrow_mut() = nl;
    s.buf.borrow_mut().clear();
    s.pos.set(0);
    s.seen.set(0);
    s.closed.set(false);
    s.ok.set(true);
    if let Some(text) = initial {
        s.write_cps(&text)?;
        s.pos.set(0);
    }
    Ok(Value::NONE)
}

fn getvalue(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = open_me(args)?;
    Ok(pystr::new_code_points(&s.buf.borrow()))
}

fn read(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = open_me(args)?;
    let n = size_arg(vm, args, "read")?;
    Ok(pystr::new_code_points(&s.read(n)))
}

fn readline(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = open_me(args)?;
    let n = size_arg(vm, args, "readline")?;
    Ok(pystr::new_code_points(&s.readline(n)))
}

fn readlines(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = open_me(args)?;
    let hint = size_arg(vm, args, "readlines")?;
    let mut out = Vec::new();
    let mut total = 0;
    loop {
        let line = s.readline(-1);
        if line.is_empty() {
            break;
        }
        total += line.len();
        out.push(pystr::new_code_points(&line));
        if hint > 0 && total >= hint as usize {
            break;
        }
    }
    Ok(list::new_list(out))
}

fn next(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me_v, s) = me(args)?;
    let exact = weft_vm::interp::ops::a_type(me_v).is(&super::io_types().string_io);
    let line = if exact {
        open_me(args)?;
        pystr::new_code_points(&s.readline(-1))
    } else {
        // A subclass's own `readline` decides the lines.
        let l = super::util::call_method(vm, me_v, "readline", Vec::new())?;
        if pystr::as_str_obj(&l).is_none() {
            return Err(error::os_error(format!(
                "readline() should have returned a str object, not '{}'",
                type_name_of(&l)
            )));
        }
        l
    };
    if pystr::as_str_obj(&line).is_some_and(|t| t.char_len() == 0) {
        return Err(error::stop_iteration(None));
    }
    Ok(line)
}

fn write(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = open_me(args)?;
    let a = args.rest().exact("write", 1)?;
    let Some(text) = pystr::as_str_obj(&a[0]) else {
        return Err(error::type_error(format!(
            "string argument expected, got '{}'",
            type_name_of(&a[0])
        )));
    };
    Ok(int::from_i64(s.write_str(text)? as i64))
}

fn seek(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = open_me(args)?;
    let a = args.rest().range("seek", 1, 2)?;
    let pos = protocols::index_isize(vm, &a[0])? as i64;
    let whence = super::fileio::whence_arg(vm, a.get(1))?;
    match whence {
        0 if pos < 0 => Err(error::value_error(format!("Negative seek position {pos}"))),
        0 => {
            s.pos.set(pos as usize);
            Ok(int::from_i64(pos))
        }
        1 | 2 if pos != 0 => Err(std_os_error(if whence == 1 {
            "Can't do nonzero cur-relative seeks"
        } else {
            "Can't do nonzero end-relative seeks"
        })),
        1 => Ok(int::from_i64(s.pos.get() as i64)),
        2 => {
            let n = s.buf.borrow().len();
            s.pos.set(n);
            Ok(int::from_i64(n as i64))
        }
        w => Err(error::value_error(format!(
            "Invalid whence ({w}, should be 0, 1 or 2)"
        ))),
    }
}

fn std_os_error(msg: &str) -> weft_vm::interp::error::PyErr {
    error::os_error(msg)
}

fn tell(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = open_me(args)?;
    Ok(int::from_i64(s.pos.get() as i64))
}

fn truncate(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = open_me(args)?;
    let a = args.rest().range("truncate", 0, 1)?;
    let size = match a.first() {
        Some(v) if !v.is_none() => size_of(vm, Some(v))?,
        _ => s.pos.get() as i64,
    };
    if size < 0 {
        return Err(error::value_error(format!("Negative size value {size}")));
    }
    s.buf.borrow_mut().truncate(size as usize);
    Ok(int::from_i64(size))
}

fn yes(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    open_me(args)?;
    Ok(Value::TRUE)
}

fn close(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, s) = me(args)?;
    s.closed.set(true);
    *s.buf.borrow_mut() = Vec::new();
    Ok(Value::NONE)
}

fn get_closed(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let s = super::util::payload::<StringIo>(v).ok_or_else(|| error::type_error("not StringIO"))?;
    if !s.ok.get() {
        return Err(error::value_error("I/O operation on uninitialized object"));
    }
    Ok(Value::bool(s.closed.get()))
}

fn get_newlines(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let s = super::util::payload::<StringIo>(v).ok_or_else(|| error::type_error("not StringIO"))?;
    if s.closed.get() {
        return Err(super::util::closed_error());
    }
    if !s.tracks() {
        return Ok(Value::NONE);
    }
    Ok(newline::newlines_value(s.seen.get()))
}

fn get_line_buffering(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let s = super::util::payload::<StringIo>(v).ok_or_else(|| error::type_error("not StringIO"))?;
    if s.closed.get() {
        return Err(super::util::closed_error());
    }
    Ok(Value::FALSE)
}

pub(crate) fn register(t: &ObjRef) {
    statics(t, &[("__new__", new)]);
    methods(
        t,
        &[
            ("__init__", init),
            ("getvalue", getvalue),
            ("read", read),
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
            ("close", close),
        ],
    );
    getsets(
        t,
        &[
            ("closed", get_closed, None),
            ("newlines", get_newlines, None),
            ("line_buffering", get_line_buffering, None),
        ],
    );
}
