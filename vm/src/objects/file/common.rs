//! Methods every file class shares: state, context manager, iteration, `readlines`/`writelines`.
use super::{as_file, binary, text, FileObj};
use crate::heap::Value;
use crate::interp::error::{self, PyErr, PyResult};
use crate::interp::ops::type_name_of;
use crate::interp::{protocols, Vm};
use crate::objects::builtin::Args;
use crate::objects::{int, list, str as pystr};

/// The file behind `self`.
pub fn this<'a>(args: &'a Args) -> PyResult<(&'a Value, &'a FileObj)> {
    let me = args.this()?;
    let f = as_file(me).ok_or_else(|| {
        error::type_error(format!(
            "descriptor requires a file object but received '{}'",
            type_name_of(me)
        ))
    })?;
    Ok((me, f))
}

pub fn closed_error() -> PyErr {
    error::value_error("I/O operation on closed file.")
}

/// `io.UnsupportedOperation(msg)`.
pub fn unsupported(msg: &str) -> PyErr {
    PyErr::new(super::types::unsupported_operation(), msg)
}

impl FileObj {
    pub fn check_open(&self) -> PyResult<()> {
        if self.file.borrow().is_none() {
            return Err(closed_error());
        }
        Ok(())
    }

    /// Runs `op` on the open OS file.
    pub fn with<T>(
        &self,
        vm: &mut Vm,
        op: impl FnOnce(&mut std::fs::File) -> std::io::Result<T>,
    ) -> PyResult<T> {
        let r = {
            let mut g = self.file.borrow_mut();
            let f = g.as_mut().ok_or_else(closed_error)?;
            op(f)
        };
        super::os_file::io(vm, r)
    }

    pub fn check_readable(&self, what: &str) -> PyResult<()> {
        self.check_open()?;
        if !self.readable {
            return Err(unsupported(what));
        }
        Ok(())
    }

    pub fn check_writable(&self, what: &str) -> PyResult<()> {
        self.check_open()?;
        if !self.writable {
            return Err(unsupported(what));
        }
        Ok(())
    }

    fn readline(&self, vm: &mut Vm, limit: i64) -> PyResult<Value> {
        match &self.text {
            Some(_) => text::readline_of(vm, self, limit),
            None => binary::readline_of(vm, self, limit),
        }
    }
}

fn close(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, f) = this(args)?;
    let old = f.file.borrow_mut().take();
    drop(old);
    Ok(Value::NONE)
}

fn get_closed(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::bool(
        as_file(v).is_none_or(|f| f.file.borrow().is_none()),
    ))
}

fn get_name(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(as_file(v).map(|f| f.name.clone()).unwrap_or(Value::NONE))
}

fn get_mode(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(pystr::new_str(as_file(v).map_or("", |f| f.mode.as_str())))
}

fn readable(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, f) = this(args)?;
    f.check_open()?;
    Ok(Value::bool(f.readable))
}

fn writable(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, f) = this(args)?;
    f.check_open()?;
    Ok(Value::bool(f.writable))
}

fn seekable(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, f) = this(args)?;
    f.check_open()?;
    Ok(Value::TRUE)
}

fn isatty(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, f) = this(args)?;
    f.check_open()?;
    Ok(Value::FALSE)
}

fn flush(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, f) = this(args)?;
    f.check_open()?;
    Ok(Value::NONE)
}

fn fileno(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    use std::os::fd::AsRawFd;
    let (_, f) = this(args)?;
    let g = f.file.borrow();
    let file = g.as_ref().ok_or_else(closed_error)?;
    Ok(int::from_i64(file.as_raw_fd() as i64))
}

fn enter(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, f) = this(args)?;
    f.check_open()?;
    Ok(me.clone())
}

fn exit(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    close(vm, args)
}

fn iter(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, f) = this(args)?;
    f.check_open()?;
    Ok(me.clone())
}

fn next(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, f) = this(args)?;
    let line = f.readline(vm, -1)?;
    let empty = pystr::as_str(&line).map_or_else(
        || crate::objects::bytes::as_bytes(&line).is_some_and(|b| b.is_empty()),
        |s| s.is_empty(),
    );
    if empty {
        return Err(error::stop_iteration(None));
    }
    Ok(line)
}

/// The `size`/`hint` argument: None or an int, `-1` when absent.
pub fn size_arg(vm: &mut Vm, args: &Args, name: &str) -> PyResult<i64> {
    let a = args.rest().range(name, 0, 1)?;
    match a.first() {
        None => Ok(-1),
        Some(v) if v.is_none() => Ok(-1),
        Some(v) => {
            if !int::is_int(v) {
                return Err(error::type_error(format!(
                    "argument should be integer or None, not '{}'",
                    type_name_of(v)
                )));
            }
            protocols::index_isize(vm, v).map(|n| n as i64)
        }
    }
}

fn readline(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, f) = this(args)?;
    let limit = size_arg(vm, args, "readline")?;
    f.readline(vm, limit)
}

fn readlines(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, f) = this(args)?;
    let hint = size_arg(vm, args, "readlines")?;
    let mut out = Vec::new();
    let mut total = 0usize;
    loop {
        let line = f.readline(vm, -1)?;
        let n = protocols::len(vm, &line)?;
        if n == 0 {
            break;
        }
        out.push(line);
        total += n;
        if hint > 0 && total >= hint as usize {
            break;
        }
    }
    Ok(list::new_list(out))
}

fn writelines(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, _) = this(args)?;
    let a = args.rest().exact("writelines", 1)?;
    let write = crate::interp::attr::getattr(vm, me, "write")?;
    for line in protocols::iterate(vm, &a[0])? {
        crate::interp::call::call_value(vm, &write, vec![line])?;
    }
    Ok(Value::NONE)
}

pub fn register(t: &crate::heap::ObjRef) {
    use crate::objects::register::*;
    methods(
        t,
        &[
            ("close", close),
            ("readable", readable),
            ("writable", writable),
            ("seekable", seekable),
            ("isatty", isatty),
            ("flush", flush),
            ("fileno", fileno),
            ("__enter__", enter),
            ("__exit__", exit),
            ("__iter__", iter),
            ("__next__", next),
            ("readline", readline),
            ("readlines", readlines),
            ("writelines", writelines),
        ],
    );
    getsets(
        t,
        &[
            ("closed", get_closed, None),
            ("name", get_name, None),
            ("mode", get_mode, None),
        ],
    );
}
