//! `_collections._tuplegetter(index, doc)`: the descriptor `namedtuple` puts on its classes for each
//! field, reading item `index` of the tuple instance.
use crate::support::payload;
use std::cell::RefCell;
use weft_vm::heap::{ObjRef, Value};
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::{ops, protocols, Vm};
use weft_vm::objects::builtin::Args;
use weft_vm::objects::method_support::{alloc_instance, new_cls, ssize_arg};
use weft_vm::objects::native::{NativeObj, Traverse};
use weft_vm::objects::register::{getsets, methods, statics};
use weft_vm::objects::{int, str as pystr, tuple};

struct TupleGetter {
    index: isize,
    doc: RefCell<Value>,
}

impl Traverse for TupleGetter {
    fn traverse(&self, f: &mut dyn FnMut(&Value)) {
        if let Ok(d) = self.doc.try_borrow() {
            f(&d);
        }
    }
    fn clear(&self, out: &mut Vec<Value>) {
        if let Ok(mut d) = self.doc.try_borrow_mut() {
            out.push(std::mem::replace(&mut *d, Value::NONE));
        }
    }
}

fn this<'a>(args: &Args<'a>, name: &str) -> PyResult<(&'a Value, &'a TupleGetter)> {
    let v = args.this()?;
    match payload::<TupleGetter>(v) {
        Some(t) => Ok((v, t)),
        None => Err(error::type_error(format!(
            "descriptor '{name}' requires a '_collections._tuplegetter' object but received a '{}'",
            ops::type_name_of(v)
        ))),
    }
}

fn new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = new_cls(args, &super::types().tuplegetter)?;
    let rest = args.rest();
    rest.no_kwargs("_tuplegetter")?;
    let a = rest.exact("_tuplegetter", 2)?;
    let index = ssize_arg(vm, &a[0])?;
    let t = TupleGetter {
        index,
        doc: RefCell::new(a[1].clone()),
    };
    Ok(Value::obj(alloc_instance(cls, NativeObj::traced(t))))
}

fn get(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, t) = this(args, "__get__")?;
    let a = args.rest().range("__get__", 1, 2)?;
    let obj = &a[0];
    if obj.is_none() {
        return Ok(me.clone());
    }
    let Some(items) = tuple::as_tuple(obj) else {
        return Err(error::type_error(format!(
            "descriptor for index '{}' for tuple subclasses doesn't apply to '{}' object",
            t.index,
            ops::type_name_of(obj)
        )));
    };
    if t.index < 0 || t.index as usize >= items.len() {
        return Err(error::index_error("tuple index out of range"));
    }
    Ok(items[t.index as usize].clone())
}

fn set(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    this(args, "__set__")?;
    Err(error::attribute_error("can't set attribute"))
}

fn delete(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    this(args, "__delete__")?;
    Err(error::attribute_error("can't delete attribute"))
}

fn reduce(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, t) = this(args, "__reduce__")?;
    Ok(tuple::new_tuple(vec![
        Value::obj(ops::a_type(me)),
        tuple::new_tuple(vec![int::from_i64(t.index as i64), t.doc.borrow().clone()]),
    ]))
}

fn repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, t) = this(args, "__repr__")?;
    let doc = t.doc.borrow().clone();
    let d = protocols::repr_string(vm, &doc)?;
    let name = weft_vm::objects::typeobj::tdata(&ops::a_type(me))
        .qualname
        .borrow()
        .clone();
    Ok(pystr::new_string(format!("{name}({}, {d})", t.index)))
}

fn get_doc(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(payload::<TupleGetter>(v)
        .map(|t| t.doc.borrow().clone())
        .unwrap_or(Value::NONE))
}

fn set_doc(_vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    if let Some(t) = payload::<TupleGetter>(v) {
        let old = t.doc.replace(new.unwrap_or(Value::NONE));
        drop(old);
    }
    Ok(())
}

pub(crate) fn register(t: &ObjRef) {
    statics(t, &[("__new__", new)]);
    methods(
        t,
        &[
            ("__get__", get),
            ("__set__", set),
            ("__delete__", delete),
            ("__reduce__", reduce),
            ("__repr__", repr),
        ],
    );
    getsets(t, &[("__doc__", get_doc, Some(set_doc))]);
}
