//! Traceback entries: one per frame an exception passed through.
use crate::heap::{Kind, Payload, Value};
use crate::interp::error::{self, PyResult};
use crate::interp::ops::type_name_of;
use crate::interp::Vm;
use crate::objects::builtin::Args;
use crate::objects::types;

pub struct Traceback {
    /// The next (inner) entry, or None.
    pub next: std::cell::RefCell<Value>,
    /// The frame object.
    pub frame: Value,
    /// Index of the instruction that raised (`tb_lasti`).
    pub lasti: u32,
    pub lineno: u32,
}

impl Payload for Traceback {
    const KIND: Kind = Kind::Traceback;
}

fn this(v: &Value) -> PyResult<&Traceback> {
    v.as_obj()
        .and_then(|o| o.downcast::<Traceback>())
        .ok_or_else(|| {
            error::type_error(format!(
                "descriptor requires a 'traceback' object but received a '{}'",
                type_name_of(v)
            ))
        })
}

fn is_tb(v: &Value) -> bool {
    v.as_obj().is_some_and(|o| o.kind() == Kind::Traceback)
}

/// `types.TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno)`; `tb_lasti` counts bytes of `co_code`.
fn new(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [next, frame, lasti, lineno] = args.rest().bind(
        "TracebackType",
        ["tb_next", "tb_frame", "tb_lasti", "tb_lineno"],
        4,
        0,
    )?;
    let next = next.unwrap_or(Value::NONE);
    if !next.is_none() && !is_tb(&next) {
        return Err(error::type_error(format!(
            "expected traceback object or None, got '{}'",
            type_name_of(&next)
        )));
    }
    let frame = frame.unwrap_or(Value::NONE);
    if !frame.as_obj().is_some_and(|o| o.kind() == Kind::Frame) {
        return Err(error::type_error(format!(
            "TracebackType() argument 'tb_frame' must be frame, not {}",
            type_name_of(&frame)
        )));
    }
    let as_u32 = |v: Option<Value>, what: &str| -> PyResult<u32> {
        let v = v.unwrap_or(Value::NONE);
        crate::objects::int::to_i64(&v)
            .and_then(|i| u32::try_from(i).ok())
            .ok_or_else(|| {
                error::type_error(format!(
                    "TracebackType() argument '{what}' must be int, not {}",
                    type_name_of(&v)
                ))
            })
    };
    let tb = Traceback {
        next: std::cell::RefCell::new(next),
        frame,
        lasti: as_u32(lasti, "tb_lasti")? / 2,
        lineno: as_u32(lineno, "tb_lineno")?,
    };
    Ok(Value::obj(crate::heap::alloc(&types().traceback, tb, None)))
}

fn get_next(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(this(v)?.next.borrow().clone())
}

/// `tb.tb_next = other`: a traceback or None, and never a loop.
fn set_next(_vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let tb = this(v)?;
    let Some(new) = new else {
        return Err(error::type_error("can't delete tb_next attribute"));
    };
    if !new.is_none() && !is_tb(&new) {
        return Err(error::type_error(format!(
            "expected traceback object, got '{}'",
            type_name_of(&new)
        )));
    }
    let mut cur = new.clone();
    while let Some(o) = cur.as_obj().cloned() {
        if o.is(v.as_obj().expect("checked by this()")) {
            return Err(error::value_error("traceback loop detected"));
        }
        cur = o
            .downcast::<Traceback>()
            .map(|t| t.next.borrow().clone())
            .unwrap_or(Value::NONE);
    }
    let old = std::mem::replace(&mut *tb.next.borrow_mut(), new);
    drop(old);
    Ok(())
}

fn get_frame(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(this(v)?.frame.clone())
}

fn get_lineno(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(crate::objects::int::from_i64(this(v)?.lineno as i64))
}

/// In bytes of `co_code` (two per instruction), as CPython reports it.
fn get_lasti(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(crate::objects::int::from_i64(this(v)?.lasti as i64 * 2))
}

/// Fills the namespace of this file's type(s).
pub fn register() {
    use crate::objects::register::*;
    let t = &types().traceback;
    statics(t, &[("__new__", new)]);
    getsets(
        t,
        &[
            ("tb_next", get_next, Some(set_next)),
            ("tb_frame", get_frame, None),
            ("tb_lineno", get_lineno, None),
            ("tb_lasti", get_lasti, None),
        ],
    );
}
