//! What pickling reads and rebuilds of greenlets (greenlet itself refuses to pickle; the reductions
//! are `weft-pickling`'s, which turns frame chains into data). A main greenlet pickles as "the main
//! greenlet of the thread that unpickles", so a greenlet's parent chain ends there after a migration;
//! the running greenlet cannot be pickled.
use crate::methods::set_parent;
use crate::state::{current, gl, gtypes, this, GState};
use weft_vm::cont::Suspended;
use weft_vm::heap::{ObjRef, Value};
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::{ops, Vm};
use weft_vm::objects::{str as pystr, tuple};

/// Turns a suspended computation into data (`what` names it in errors).
pub type ChainOut<'a> = &'a dyn Fn(&mut Vm, &Suspended, &str) -> PyResult<Value>;
/// Rebuilds a computation from data, owned by the given object.
pub type ChainIn<'a> = &'a dyn Fn(&mut Vm, &Value, &Value) -> PyResult<Suspended>;

/// The `greenlet` type.
pub fn greenlet_type() -> ObjRef {
    gtypes().greenlet.clone()
}

/// Whether `v` is a main greenlet.
pub fn is_main(v: &Value) -> bool {
    gl(v).is_some_and(|g| g.main)
}

/// The main greenlet of this thread.
pub fn main_greenlet() -> Value {
    let mut g = current();
    loop {
        let parent = match gl(&g) {
            Some(p) if !p.main => p.parent.borrow().clone(),
            _ => return g,
        };
        if gl(&parent).is_none() {
            return g;
        }
        g = parent;
    }
}

/// The error for a pickled state that cannot be rebuilt, given what it is the state of
/// (`pickle.UnpicklingError`, which this crate cannot name).
pub type Invalid<'a> = &'a dyn Fn(&str) -> weft_vm::interp::error::PyErr;

/// `greenlet.__reduce__()` of a greenlet that is not a main one: `(type(g), (), (computation, run,
/// parent, context))`, the computation being `("unstarted",)`, `("suspended", chain)` or
/// `("dead",)`.
pub fn reduce(vm: &mut Vm, me: &Value, chain: ChainOut<'_>) -> PyResult<Value> {
    let g = this(me, "__reduce__")?;
    let tag = pystr::new_str;
    let computation = match &*g.state.borrow() {
        GState::Unstarted => tuple::new_tuple(vec![tag("unstarted")]),
        GState::Dead => tuple::new_tuple(vec![tag("dead")]),
        GState::Running => return Err(error::runtime_error("cannot pickle the running greenlet")),
        GState::Suspended(s) => {
            tuple::new_tuple(vec![tag("suspended"), chain(vm, s, "a greenlet")?])
        }
    };
    let run = g.run.borrow().clone();
    let context = g.context.borrow().clone();
    let context = match &*g.state.borrow() {
        GState::Suspended(s) => s.context().cloned(),
        _ => context,
    };
    let state = tuple::new_tuple(vec![
        computation,
        if run.is_null() { Value::NONE } else { run },
        g.parent.borrow().clone(),
        context.map_or(Value::NONE, Value::obj),
    ]);
    Ok(tuple::new_tuple(vec![
        Value::obj(ops::a_type(me)),
        tuple::new_tuple(vec![]),
        state,
    ]))
}

/// `greenlet.__setstate__(state)`, on a greenlet that has not started.
pub fn setstate(
    vm: &mut Vm,
    me: &Value,
    state: &Value,
    chain: ChainIn<'_>,
    invalid: Invalid<'_>,
) -> PyResult<()> {
    let bad = || invalid("greenlet");
    let g = this(me, "__setstate__")?;
    if g.main || g.started() {
        return Err(error::runtime_error(
            "__setstate__ of a greenlet that already has a state",
        ));
    }
    let Some([computation, run, parent, context]) =
        tuple::as_tuple(state).and_then(|s| <&[Value; 4]>::try_from(s).ok())
    else {
        return Err(bad());
    };
    let parts = tuple::as_tuple(computation).ok_or_else(bad)?;
    let new_state = match (parts.first().and_then(pystr::as_str), parts.len()) {
        (Some("unstarted"), 1) => GState::Unstarted,
        (Some("dead"), 1) => GState::Dead,
        (Some("suspended"), 2) => {
            // Its own chain does not hold it (see `switching::finished`).
            let mut s = chain(vm, &parts[1], &Value::NULL)?;
            s.set_context(context.as_obj().filter(|_| !context.is_none()).cloned());
            GState::Suspended(Box::new(s))
        }
        _ => return Err(bad()),
    };
    if !parent.is_none() {
        set_parent(vm, me, Some(parent.clone()))?;
    }
    *g.run.borrow_mut() = if run.is_none() {
        Value::NULL
    } else {
        run.clone()
    };
    if !matches!(new_state, GState::Suspended(_)) {
        *g.context.borrow_mut() = context.as_obj().filter(|_| !context.is_none()).cloned();
    }
    let old = std::mem::replace(&mut *g.state.borrow_mut(), new_state);
    drop(old);
    Ok(())
}
