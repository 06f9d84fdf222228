//! `_continuation`, PyPy's API over the vm's continuation primitive: a `continulet` is a one-shot
//! continuation container. `c.switch(v)` trades places with the computation `c` holds: the caller is
//! suspended into `c`, and what `c` held resumes, receiving `v`. A fresh continulet holds
//! `callable(c, *args)`, started by the first switch; when it returns, its result goes to whoever
//! `c` holds then. `permute` rotates what several continulets hold.
use crate::support::{native_type, payload};
use std::cell::RefCell;
use weft_vm::cont::{self, Finisher, Payload, Suspended};
use weft_vm::heap::{ObjRef, Value};
use weft_vm::interp::error::{PyErr, PyResult};
use weft_vm::interp::exc::new_exception_class as new_exception;
use weft_vm::interp::{ops, Vm};
use weft_vm::objects::builtin::Args;
use weft_vm::objects::method_support::{alloc_instance, new_cls};
use weft_vm::objects::native::{NativeObj, Traverse};
use weft_vm::objects::register::{methods, statics};
use weft_vm::objects::{module, str as pystr, tuple, types};

/// What a continulet holds.
enum Held {
    /// Made by `__new__`, not yet `__init__`ialized.
    Empty,
    /// A suspended computation: its own before it started and while suspended; while it runs, the one
    /// that switched to it.
    Pending(Suspended),
    /// Its callable returned.
    Finished,
}

pub(crate) struct Continulet {
    held: RefCell<Held>,
}

impl Traverse for Continulet {
    fn traverse(&self, f: &mut dyn FnMut(&Value)) {
        if let Ok(h) = self.held.try_borrow() {
            if let Held::Pending(s) = &*h {
                s.traverse(f);
            }
        }
    }
    fn clear(&self, _out: &mut Vec<Value>) {
        // Dropping the computation drops its frames (and a hard-suspended one's worker stack).
        if let Ok(mut h) = self.held.try_borrow_mut() {
            *h = Held::Finished;
        }
    }
}

struct Types {
    continulet: ObjRef,
    error: ObjRef,
}

static TYPES: std::sync::OnceLock<weft_vm::heap::GilShared<Types>> = std::sync::OnceLock::new();

fn types_() -> &'static Types {
    &TYPES
        .get_or_init(|| {
            weft_vm::heap::GilShared(Types {
                continulet: native_type("_continuation.continulet", true),
                error: new_exception("_continuation", "error", &types().exception),
            })
        })
        .0
}

fn usage(msg: &str) -> PyErr {
    PyErr::new(&types_().error, msg)
}

fn this(v: &Value) -> PyResult<&Continulet> {
    payload::<Continulet>(v).ok_or_else(|| {
        weft_vm::interp::error::type_error(format!(
            "descriptor requires a '_continuation.continulet' object but received '{}'",
            ops::type_name_of(v)
        ))
    })
}

fn new(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = new_cls(args, &types_().continulet)?;
    Ok(Value::obj(alloc_instance(
        cls,
        NativeObj::traced(Continulet {
            held: RefCell::new(Held::Empty),
        }),
    )))
}

/// `continulet.__init__(callable, *args, **kwds)`.
fn cont_init(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let me = args.this()?;
    let c = this(me)?;
    let pos = args.positional();
    let Some(callable) = pos.get(1) else {
        return Err(weft_vm::interp::error::type_error(
            "__init__() missing required argument 'callable' (pos 1)",
        ));
    };
    if !matches!(*c.held.borrow(), Held::Empty) {
        return Err(usage("continulet already __init__ialized"));
    }
    let mut call_args = Vec::with_capacity(args.all.len() - 1);
    call_args.push(me.clone());
    call_args.extend_from_slice(&args.all[2..]);
    let kwnames = if args.kwnames.is_empty() {
        Value::NULL
    } else {
        tuple::new_tuple(args.kwnames.to_vec())
    };
    let s = Suspended::fresh(me.clone(), &FINISHER, callable.clone(), call_args, kwnames);
    *c.held.borrow_mut() = Held::Pending(s);
    Ok(Value::NONE)
}

/// The finisher of a continulet's computation, named in pickles (see `finished`).
pub static FINISHER: Finisher = Finisher {
    name: "continulet",
    run: finished,
};

/// The finisher of a continulet's computation: it goes to whoever the continulet holds, which is
/// left finished.
fn finished(_vm: &mut Vm, owner: &Value, result: PyResult<Value>) -> Option<(Suspended, Payload)> {
    let c = payload::<Continulet>(owner)?;
    let held = std::mem::replace(&mut *c.held.try_borrow_mut().ok()?, Held::Finished);
    let Held::Pending(s) = held else {
        return None;
    };
    Some((
        s,
        match result {
            Ok(v) => Payload::Value(v),
            Err(e) => Payload::Raise(e),
        },
    ))
}

/// `switch(value=None, to=None)`.
fn switch(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let soft = cont::at_plain_call(vm);
    let [me, value, to] = args.bind("switch", ["self", "value", "to"], 1, 1)?;
    let me = me.unwrap_or(Value::NONE);
    let value = value.unwrap_or(Value::NONE);
    go(vm, &me, to, Payload::Value(value), soft)
}

/// `throw(type, value=None, tb=None, to=None)`.
fn throw(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let soft = cont::at_plain_call(vm);
    let [me, typ, value, tb, to] =
        args.bind("throw", ["self", "type", "value", "tb", "to"], 2, 1)?;
    let me = me.unwrap_or(Value::NONE);
    this(&me)?;
    let a = [
        typ.unwrap_or(Value::NONE),
        value.unwrap_or(Value::NONE),
        tb.unwrap_or(Value::NONE),
    ];
    let e = weft_vm::objects::generator::throw_error(vm, &a)?;
    go(vm, &me, to, Payload::Raise(e), soft)
}

/// The switch of `me` (with `to`, the double switch: `me` then `to`), as PyPy's `W_Continulet.switch`.
fn go(vm: &mut Vm, me: &Value, to: Option<Value>, payload: Payload, soft: bool) -> PyResult<Value> {
    let state = |v: &Value| -> PyResult<u8> {
        Ok(match &*this(v)?.held.borrow() {
            Held::Empty => 0,
            Held::Pending(_) => 1,
            Held::Finished => 2,
        })
    };
    if state(me)? == 2 {
        return Err(usage("continulet already finished"));
    }
    // A `to` that is not initialized is ignored.
    let to = match to.filter(|t| !t.is_none()) {
        Some(t) if state(&t)? != 0 => Some(t),
        _ => None,
    };
    // An uninitialized `self` with a `to` is a simple switch of `to`; without one, a no-op.
    let (me, to) = match (state(me)?, to) {
        (0, Some(t)) => (t, None),
        (0, None) => return deliver_here(payload),
        (_, to) => (me.clone(), to),
    };
    if to.as_ref().is_some_and(|t| t.bits() == me.bits()) {
        return deliver_here(payload);
    }
    let dest = this(to.as_ref().unwrap_or(&me))?;
    let taken = std::mem::replace(&mut *dest.held.borrow_mut(), Held::Finished);
    let target = match taken {
        Held::Pending(s) => s,
        other => {
            *dest.held.borrow_mut() = other;
            return Err(usage("continulet already finished"));
        }
    };
    // A value sent to a computation that has not started is an error raised inside it, so it finishes
    // at once and the error comes back to the switcher.
    let payload = match payload {
        Payload::Value(v) if target.is_fresh() && !v.is_none() => {
            Payload::Raise(weft_vm::interp::error::type_error(
                "can't send non-None value to a just-started continulet",
            ))
        }
        p => p,
    };
    cont::switch_to(vm, target, payload, soft, |current| {
        let Ok(c) = this(&me) else { return };
        let mine = std::mem::replace(&mut *c.held.borrow_mut(), Held::Pending(current));
        // Double switch: `to`'s computation runs, `to` holds what `me` held, `me` holds the caller.
        if let Some(tc) = to.as_ref().and_then(|t| this(t).ok()) {
            *tc.held.borrow_mut() = mine;
        }
    })
}

fn deliver_here(payload: Payload) -> PyResult<Value> {
    match payload {
        Payload::Value(v) => Ok(v),
        Payload::Raise(e) => Err(e),
        Payload::Start { .. } => Ok(Value::NONE),
    }
}

fn is_pending(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("is_pending", 1)?;
    let c = this(&a[0])?;
    Ok(Value::bool(matches!(*c.held.borrow(), Held::Pending(_))))
}

/// `permute(*continulets)`: each continulet takes what the previous one held (the first takes the last's).
fn permute(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kwargs("permute")?;
    let mut conts = Vec::with_capacity(args.all.len());
    for v in args.all {
        let c = payload::<Continulet>(v).ok_or_else(|| {
            weft_vm::interp::error::type_error(format!(
                "expected a continulet, got '{}'",
                ops::type_name_of(v)
            ))
        })?;
        match &*c.held.borrow() {
            Held::Empty => return Err(usage("got a non-initialized continulet")),
            Held::Finished => return Err(usage("got an already-finished continulet")),
            Held::Pending(_) => {}
        }
        conts.push(c);
    }
    if conts.len() > 1 {
        let last = conts.len() - 1;
        let mut carried = std::mem::replace(&mut *conts[last].held.borrow_mut(), Held::Finished);
        for c in &conts {
            carried = std::mem::replace(&mut *c.held.borrow_mut(), carried);
        }
    }
    Ok(Value::NONE)
}

/// Builds the `_continuation` module.
pub fn init(_vm: &mut Vm) -> PyResult<ObjRef> {
    let t = types_();
    statics(&t.continulet, &[("__new__", new)]);
    methods(
        &t.continulet,
        &[
            ("__init__", cont_init),
            ("switch", switch),
            ("throw", throw),
            ("is_pending", is_pending),
        ],
    );
    let m = crate::module_with("_continuation", &[("permute", permute)]);
    if let Some(d) = module::module_dict(&m) {
        d.set_rs("continulet", Value::obj(t.continulet.clone()));
        d.set_rs("error", Value::obj(t.error.clone()));
        d.set_rs(
            "__doc__",
            pystr::new_str("This module exposes 'one-shot continuation containers'."),
        );
    }
    Ok(m)
}
