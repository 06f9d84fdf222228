//! Cells: the shared boxes of closure variables.
use crate::compiler::bytecode::CmpOp;
use crate::heap::{Kind, ObjRef, Payload, Value};
use crate::interp::error::{self, PyResult};
use crate::interp::ops::type_name_of;
use crate::interp::{call, ops, Vm};
use crate::objects::builtin::Args;
use crate::objects::{str as pystr, types};
use std::cell::RefCell;

pub struct CellObj {
    /// NULL when empty.
    pub value: RefCell<Value>,
}

impl Payload for CellObj {
    const KIND: Kind = Kind::Cell;
}

pub fn new_cell(v: Value) -> ObjRef {
    crate::heap::alloc(
        &crate::objects::types().cell,
        CellObj {
            value: RefCell::new(v),
        },
        None,
    )
}

fn this(v: &Value) -> PyResult<&CellObj> {
    v.as_obj()
        .and_then(|o| o.downcast::<CellObj>())
        .ok_or_else(|| {
            error::type_error(format!(
                "descriptor requires a 'cell' object but received a '{}'",
                type_name_of(v)
            ))
        })
}

/// `types.CellType([contents])`.
fn new(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let rest = args.rest();
    rest.no_kwargs("cell")?;
    let a = rest.positional();
    if a.len() > 1 {
        return Err(error::type_error(format!(
            "cell expected at most 1 argument, got {}",
            a.len()
        )));
    }
    Ok(Value::obj(new_cell(
        a.first().cloned().unwrap_or(Value::NULL),
    )))
}

fn get_contents(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let c = this(v)?.value.borrow().clone();
    if c.is_null() {
        return Err(error::value_error("Cell is empty"));
    }
    Ok(c)
}

fn set_contents(_vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let c = this(v)?;
    let old = std::mem::replace(&mut *c.value.borrow_mut(), new.unwrap_or(Value::NULL));
    drop(old);
    Ok(())
}

fn repr(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = args.this()?;
    let c = this(v)?.value.borrow().clone();
    let addr = v.as_obj().map(|o| o.addr()).unwrap_or(0);
    Ok(pystr::new_string(match c.as_obj() {
        _ if c.is_null() => format!("<cell at {addr:#x}: empty>"),
        Some(o) => format!(
            "<cell at {addr:#x}: {} object at {:#x}>",
            type_name_of(&c),
            o.addr()
        ),
        None => format!(
            "<cell at {addr:#x}: {} object at {:#x}>",
            type_name_of(&c),
            c.bits()
        ),
    }))
}

/// Cells compare by their contents; an empty cell is less than a full one.
fn compare(vm: &mut Vm, args: &Args, op: CmpOp, name: &str) -> PyResult<Value> {
    let a = args.exact(name, 2)?;
    let (Some(x), Some(y)) = (
        a[0].as_obj().and_then(|o| o.downcast::<CellObj>()),
        a[1].as_obj().and_then(|o| o.downcast::<CellObj>()),
    ) else {
        return Ok(Value::obj(types().not_implemented.clone()));
    };
    let (p, q) = (x.value.borrow().clone(), y.value.borrow().clone());
    if p.is_null() || q.is_null() {
        let (l, r) = (!p.is_null() as u8, !q.is_null() as u8);
        return Ok(Value::bool(match op {
            CmpOp::Lt => l < r,
            CmpOp::Le => l <= r,
            CmpOp::Eq => l == r,
            CmpOp::Ne => l != r,
            CmpOp::Gt => l > r,
            CmpOp::Ge => l >= r,
        }));
    }
    let flow = ops::compare(vm, op, p, q)?;
    call::run_flow(vm, flow)
}

fn eq(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    compare(vm, args, CmpOp::Eq, "__eq__")
}
fn ne(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    compare(vm, args, CmpOp::Ne, "__ne__")
}
fn lt(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    compare(vm, args, CmpOp::Lt, "__lt__")
}
fn le(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    compare(vm, args, CmpOp::Le, "__le__")
}
fn gt(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    compare(vm, args, CmpOp::Gt, "__gt__")
}
fn ge(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    compare(vm, args, CmpOp::Ge, "__ge__")
}

/// Fills the namespace of this file's type(s).
pub fn register() {
    use crate::objects::register::*;
    let t = &types().cell;
    statics(t, &[("__new__", new)]);
    methods(
        t,
        &[
            ("__repr__", repr),
            ("__eq__", eq),
            ("__ne__", ne),
            ("__lt__", lt),
            ("__le__", le),
            ("__gt__", gt),
            ("__ge__", ge),
        ],
    );
    getsets(t, &[("cell_contents", get_contents, Some(set_contents))]);
    attrs(t, vec![("__hash__", Value::NONE)]);
}
