//! `BufferedRWPair(reader, writer)`: a `BufferedReader` and a `BufferedWriter` over two raw streams,
//! seen as one stream (a pipe pair, a socket's two directions).
use super::util::{call_method, this};
use std::cell::RefCell;
use weft_vm::heap::{ObjRef, Value};
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::{call, Vm};
use weft_vm::objects::builtin::Args;
use weft_vm::objects::method_support::{alloc_instance, new_cls};
use weft_vm::objects::native::NativeObj;
use weft_vm::objects::register::{getsets, methods, statics};

struct RwPair {
    reader: RefCell<Value>,
    writer: RefCell<Value>,
}

fn me<'a>(args: &Args<'a>) -> PyResult<(&'a Value, &'a RwPair)> {
    this::<RwPair>(args, "BufferedRWPair")
}

fn new(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = new_cls(args, &super::io_types().buffered_rwpair)?;
    let p = RwPair {
        reader: RefCell::new(Value::NONE),
        writer: RefCell::new(Value::NONE),
    };
    Ok(Value::obj(alloc_instance(cls, NativeObj::new(p))))
}

fn init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, p) = me(args)?;
    let [reader, writer, size] =
        args.rest()
            .bind("BufferedRWPair", ["reader", "writer", "buffer_size"], 2, 3)?;
    let t = super::io_types();
    let mut extra = Vec::new();
    if let Some(s) = size {
        extra.push(s);
    }
    let mut rargs = vec![reader.unwrap_or(Value::NONE)];
    rargs.extend(extra.iter().cloned());
    let r = call::call_value(vm, &Value::obj(t.buffered_reader.clone()), rargs)?;
    let mut wargs = vec![writer.unwrap_or(Value::NONE)];
    wargs.extend(extra);
    let w = call::call_value(vm, &Value::obj(t.buffered_writer.clone()), wargs)?;
    *p.reader.borrow_mut() = r;
    *p.writer.borrow_mut() = w;
    Ok(Value::NONE)
}

/// Calls `name` on the reader (or the writer) with the call's arguments.
fn on(vm: &mut Vm, args: &Args, name: &str, writer: bool) -> PyResult<Value> {
    let (_, p) = me(args)?;
    let target = if writer { &p.writer } else { &p.reader };
    let target = target.borrow().clone();
    if target.is_none() {
        return Err(error::value_error("I/O operation on uninitialized object"));
    }
    call_method(vm, &target, name, args.rest().positional().to_vec())
}

macro_rules! forward {
    ($($f:ident => $name:literal, $writer:expr;)*) => {
        $(fn $f(vm: &mut Vm, args: &Args) -> PyResult<Value> {
            on(vm, args, $name, $writer)
        })*
    };
}

forward! {
    read => "read", false;
    peek => "peek", false;
    read1 => "read1", false;
    readinto => "readinto", false;
    readinto1 => "readinto1", false;
    readable => "readable", false;
    write => "write", true;
    flush => "flush", true;
    writable => "writable", true;
}

fn isatty(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let w = on(vm, args, "isatty", true)?;
    if weft_vm::interp::ops::truthy(vm, &w)? {
        return Ok(w);
    }
    on(vm, args, "isatty", false)
}

fn close(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let r = on(vm, args, "close", true);
    on(vm, args, "close", false)?;
    r
}

fn get_closed(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let p = super::util::payload::<RwPair>(v).ok_or_else(|| error::type_error("not a pair"))?;
    let w = p.writer.borrow().clone();
    weft_vm::interp::attr::getattr(vm, &w, "closed")
}

pub(crate) fn register(t: &ObjRef) {
    statics(t, &[("__new__", new)]);
    methods(
        t,
        &[
            ("__init__", init),
            ("read", read),
            ("peek", peek),
            ("read1", read1),
            ("readinto", readinto),
            ("readinto1", readinto1),
            ("readable", readable),
            ("write", write),
            ("flush", flush),
            ("writable", writable),
            ("isatty", isatty),
            ("close", close),
        ],
    );
    getsets(t, &[("closed", get_closed, None)]);
}
