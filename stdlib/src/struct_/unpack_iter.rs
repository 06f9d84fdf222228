//! `_struct.unpack_iterator`, what `iter_unpack` returns: the structs of a buffer, one tuple at a time.
use super::codec;
use super::structobj::Parsed;
use std::cell::Cell;
use std::rc::Rc;
use weft_vm::heap::{ObjRef, Value};
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::Vm;
use weft_vm::objects::builtin::Args;
use weft_vm::objects::method_support::alloc_instance;
use weft_vm::objects::native::NativeObj;
use weft_vm::objects::register::{methods, statics};
use weft_vm::objects::{int, tuple, typeobj};

struct UnpackIter {
    parsed: Rc<Parsed>,
    /// The buffer's bytes (a whole number of structs), copied when the iterator was made.
    data: Vec<u8>,
    pos: Cell<usize>,
}

/// An iterator over `data`, whose length is a non-zero multiple of the struct's size.
pub(crate) fn new_iter(parsed: Rc<Parsed>, data: Vec<u8>) -> Value {
    let it = UnpackIter {
        parsed,
        data,
        pos: Cell::new(0),
    };
    let ty = &super::struct_types().unpack_iter;
    Value::obj(alloc_instance(ty, NativeObj::new(it)))
}

fn this<'a>(args: &Args<'a>, name: &str) -> PyResult<(&'a Value, &'a UnpackIter)> {
    crate::support::this::<UnpackIter>(args, name, &super::struct_types().unpack_iter)
}

fn new(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let name = args
        .all
        .first()
        .and_then(typeobj::as_type)
        .map(|t| typeobj::tdata(t).qualname.borrow().clone())
        .unwrap_or_default();
    Err(error::type_error(format!("Cannot create '{name} objects")))
}

fn next(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, it) = this(args, "__next__")?;
    let size = it.parsed.layout.size;
    let at = it.pos.get();
    if size == 0 || at + size > it.data.len() {
        return Err(error::stop_iteration(None));
    }
    it.pos.set(at + size);
    Ok(tuple::new_tuple(codec::unpack(
        &it.parsed.layout,
        &it.data[at..at + size],
    )))
}

fn iter(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, _) = this(args, "__iter__")?;
    Ok(me.clone())
}

fn length_hint(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, it) = this(args, "__length_hint__")?;
    let size = it.parsed.layout.size.max(1);
    Ok(int::from_i64(
        ((it.data.len() - it.pos.get()) / size) as i64,
    ))
}

pub(crate) fn register(t: &ObjRef) {
    statics(t, &[("__new__", new)]);
    methods(
        t,
        &[
            ("__next__", next),
            ("__iter__", iter),
            ("__length_hint__", length_hint),
        ],
    );
}
