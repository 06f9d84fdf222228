//! What pickling reads and rebuilds of tasklets and channels (the reductions themselves are
//! `weft-pickling`'s, which turns frame chains into data). As in Stackless, the current tasklet
//! cannot be pickled; an unpickled tasklet is alive but paused (`insert` it to run it), except one
//! blocked on a channel, which waits in that channel's queue again.
use crate::sched;
use crate::state::{ch, stypes, this_channel, this_tasklet, TState};
use weft_vm::cont::Suspended;
use weft_vm::heap::{ObjRef, Value};
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::{ops, Vm};
use weft_vm::objects::{int, str as pystr, tuple};

/// Turns a suspended computation into data (`what` names it in errors).
pub type ChainOut<'a> = &'a dyn Fn(&mut Vm, &Suspended, &str) -> PyResult<Value>;
/// Rebuilds a computation from data, owned by the given object.
pub type ChainIn<'a> = &'a dyn Fn(&mut Vm, &Value, &Value) -> PyResult<Suspended>;

/// The `tasklet` and `channel` types, made ready (their methods installed).
pub fn types() -> (ObjRef, ObjRef) {
    crate::module::types_ready();
    let t = stypes();
    (t.tasklet.clone(), t.channel.clone())
}

/// The error for a pickled state that cannot be rebuilt, given what it is the state of
/// (`pickle.UnpicklingError`, which this crate cannot name).
pub type Invalid<'a> = &'a dyn Fn(&str) -> weft_vm::interp::error::PyErr;

/// `tasklet.__reduce__()`: `(type(t), (), (computation, tempval, blocked, channel, atomic,
/// ignore_nesting))`, the computation being `("idle",)`, `("bound", func, args, kwnames)` or
/// `("suspended", chain)`.
pub fn reduce_tasklet(vm: &mut Vm, me: &Value, chain: ChainOut<'_>) -> PyResult<Value> {
    let t = this_tasklet(me, "__reduce__")?;
    if sched::is_current(me) {
        return Err(error::runtime_error(
            "You cannot __reduce__ the tasklet which is current.",
        ));
    }
    let tag = pystr::new_str;
    let computation = match &*t.state.borrow() {
        TState::Idle => tuple::new_tuple(vec![tag("idle")]),
        TState::Bound {
            func,
            args,
            kwnames,
        } => tuple::new_tuple(vec![
            tag("bound"),
            func.clone(),
            tuple::new_tuple(args.clone()),
            if kwnames.is_null() {
                Value::NONE
            } else {
                kwnames.clone()
            },
        ]),
        TState::Running => return Err(error::runtime_error("tasklet is running")),
        TState::Suspended(s) => {
            tuple::new_tuple(vec![tag("suspended"), chain(vm, s, "a tasklet")?])
        }
    };
    let state = tuple::new_tuple(vec![
        computation,
        t.tempval.borrow().clone(),
        int::from_i64(i64::from(t.blocked.get())),
        t.channel.borrow().clone(),
        Value::bool(t.atomic.get()),
        Value::bool(t.ignore_nesting.get()),
    ]);
    Ok(tuple::new_tuple(vec![
        Value::obj(ops::a_type(me)),
        tuple::new_tuple(vec![]),
        state,
    ]))
}

/// `tasklet.__setstate__(state)`, on a new tasklet (not alive, not scheduled).
pub fn setstate_tasklet(
    vm: &mut Vm,
    me: &Value,
    state: &Value,
    chain: ChainIn<'_>,
    bad: Invalid<'_>,
) -> PyResult<()> {
    let t = this_tasklet(me, "__setstate__")?;
    if t.main || t.alive() || t.scheduled() {
        return Err(error::runtime_error(
            "__setstate__ of a tasklet that already has a state",
        ));
    }
    let Some([computation, tempval, blocked, channel, atomic, ignore_nesting]) =
        tuple::as_tuple(state).and_then(|s| <&[Value; 6]>::try_from(s).ok())
    else {
        return Err(bad("tasklet"));
    };
    let blocked = match int::to_i64(blocked) {
        Some(b @ -1..=1) => b as i8,
        _ => return Err(bad("tasklet")),
    };
    if (blocked != 0) != ch(channel).is_some() || !(channel.is_none() || ch(channel).is_some()) {
        return Err(bad("tasklet"));
    }
    let (Some(atomic), Some(ignore_nesting)) = (atomic.as_bool(), ignore_nesting.as_bool()) else {
        return Err(bad("tasklet"));
    };
    let parts = tuple::as_tuple(computation).ok_or_else(|| bad("tasklet"))?;
    let new_state = match (parts.first().and_then(pystr::as_str), parts.len()) {
        (Some("idle"), 1) => TState::Idle,
        (Some("bound"), 4) => TState::Bound {
            func: parts[1].clone(),
            args: tuple::as_tuple(&parts[2])
                .ok_or_else(|| bad("tasklet"))?
                .to_vec(),
            kwnames: match &parts[3] {
                k if k.is_none() => Value::NULL,
                k if tuple::as_tuple(k).is_some() => k.clone(),
                _ => return Err(bad("tasklet")),
            },
        },
        (Some("suspended"), 2) => TState::Suspended(chain(vm, &parts[1], me)?),
        _ => return Err(bad("tasklet")),
    };
    if blocked != 0 && !matches!(new_state, TState::Suspended(_)) {
        return Err(bad("tasklet"));
    }
    let old = std::mem::replace(&mut *t.state.borrow_mut(), new_state);
    drop(old);
    t.set_tempval(tempval.clone());
    t.blocked.set(blocked);
    *t.channel.borrow_mut() = channel.clone();
    t.atomic.set(atomic);
    t.ignore_nesting.set(ignore_nesting);
    Ok(())
}

/// `channel.__reduce__()`: `(type(c), (), (balance, preference, schedule_all, closing, queue))`.
pub fn reduce_channel(_vm: &mut Vm, me: &Value) -> PyResult<Value> {
    let c = this_channel(me, "__reduce__")?;
    let state = tuple::new_tuple(vec![
        int::from_i64(c.balance.get()),
        int::from_i64(i64::from(c.preference.get())),
        Value::bool(c.schedule_all.get()),
        Value::bool(c.closing.get()),
        tuple::new_tuple(c.queue.borrow().iter().cloned().collect()),
    ]);
    Ok(tuple::new_tuple(vec![
        Value::obj(ops::a_type(me)),
        tuple::new_tuple(vec![]),
        state,
    ]))
}

/// `channel.__setstate__(state)`, on a new channel (nobody blocked on it). The tasklets in the queue
/// get their own states (blocked on this channel) from their own pickles.
pub fn setstate_channel(_vm: &mut Vm, me: &Value, state: &Value, bad: Invalid<'_>) -> PyResult<()> {
    let c = this_channel(me, "__setstate__")?;
    if !c.queue.borrow().is_empty() {
        return Err(error::runtime_error(
            "__setstate__ of a channel that already has a state",
        ));
    }
    let Some([balance, preference, schedule_all, closing, queue]) =
        tuple::as_tuple(state).and_then(|s| <&[Value; 5]>::try_from(s).ok())
    else {
        return Err(bad("channel"));
    };
    let queue = tuple::as_tuple(queue).ok_or_else(|| bad("channel"))?;
    let balance = int::to_i64(balance).ok_or_else(|| bad("channel"))?;
    let preference = match int::to_i64(preference) {
        Some(p @ -1..=1) => p as i8,
        _ => return Err(bad("channel")),
    };
    let (Some(schedule_all), Some(closing)) = (schedule_all.as_bool(), closing.as_bool()) else {
        return Err(bad("channel"));
    };
    if balance.unsigned_abs() != queue.len() as u64
        || queue.iter().any(|t| crate::state::tl(t).is_none())
    {
        return Err(bad("channel"));
    }
    c.queue.borrow_mut().extend(queue.iter().cloned());
    c.balance.set(balance);
    c.preference.set(preference);
    c.schedule_all.set(schedule_all);
    c.closing.set(closing);
    Ok(())
}
