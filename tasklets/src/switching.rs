//! Switching between tasklets, as Stackless's `slp_schedule_task`: the target is made runnable (taken
//! off its channel if blocked), becomes the front of the run queue, and receives its `tempval` (a bomb
//! there is raised). Blocking with nothing left to run wakes the watchdog (`run()`'s caller) or fails
//! with Stackless's deadlock error. A tasklet's end hands control to the next runnable tasklet, or its
//! exception to the watchdog.
use crate::sched;
use crate::state::{bomb_from, bomb_of, ch, explode, stypes, tl, TState};
use weft_vm::cont::{self, Finisher, Payload, Suspended};
use weft_vm::heap::Value;
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::{call, exc, Vm};

/// Switches from the running tasklet `prev` to `next`; `None` means nothing is runnable (`prev` has
/// just blocked or removed itself). Returns what the calling native returns (see `cont::switch_to`).
/// `prev` is taken by value: a hard switch leaves the caller's native frames suspended, and they must
/// not keep the tasklet alive (a forgotten tasklet is then collected, and killed).
pub(crate) fn schedule_task(
    vm: &mut Vm,
    prev: Value,
    next: Option<Value>,
    soft: bool,
) -> PyResult<Value> {
    crate::sleep::wake_due();
    let Some(next) = next.or_else(sched::front) else {
        return block(vm, prev, soft);
    };
    prepare(&next);
    if next.bits() == prev.bits() {
        drop(prev);
        let (woke, popped) = sched::make_current(&next);
        sched::requeue(popped);
        return match claim(vm, &next, woke) {
            Payload::Raise(e) => Err(e),
            Payload::Value(v) => Ok(v),
            Payload::Start { .. } => Ok(Value::NONE),
        };
    }
    notify(vm, &prev, &next);
    let (s, payload) = resume_of(vm, &next)?;
    drop(next);
    crate::preempt::on_switch(vm);
    cont::switch_to(vm, s, payload, soft, move |mut mine| {
        if let Some(p) = tl(&prev) {
            if mine.is_hard() {
                sched::note_hard(&prev);
            }
            // Held by the tasklet itself, its chain must not keep it alive.
            mine.detach_owner();
            *p.state.borrow_mut() = TState::Suspended(mine);
        }
    })
}

/// Nothing else can run: revive the watchdog if it is floating, else fail with a deadlock in `prev`.
fn block(vm: &mut Vm, prev: Value, soft: bool) -> PyResult<Value> {
    if let Some(sleeper) = crate::sleep::wait_for_next() {
        return schedule_task(vm, prev, Some(sleeper), soft);
    }
    let wake = sched::watchdog();
    let floating = tl(&wake).is_some_and(|w| !w.scheduled());
    if floating {
        // The watchdog only learns of an exception.
        let tv = tl(&prev).map_or(Value::NONE, |p| p.tempval.borrow().clone());
        if bomb_of(&tv).is_some() {
            if let Some(w) = tl(&wake) {
                w.set_tempval(tv);
            }
        }
        return schedule_task(vm, prev, Some(wake), soft);
    }
    let b = bomb_from(
        vm,
        error::runtime_error("Deadlock: the last runnable tasklet cannot be blocked."),
    );
    if let Some(p) = tl(&prev) {
        p.set_tempval(b);
    }
    let again = prev.clone();
    schedule_task(vm, prev, Some(again), soft)
}

/// Makes `t` runnable: off its channel if blocked, into the queue if floating.
pub(crate) fn prepare(t: &Value) {
    let Some(tk) = tl(t) else { return };
    if tk.blocked.get() != 0 {
        unblock(t);
    }
    if !tk.queued.get() {
        sched::insert(t);
    }
}

/// Takes blocked `t` off the channel it waits on.
pub(crate) fn unblock(t: &Value) {
    let Some(tk) = tl(t) else { return };
    let chan = std::mem::replace(&mut *tk.channel.borrow_mut(), Value::NONE);
    if let Some(c) = ch(&chan) {
        let taken = {
            let mut q = c.queue.borrow_mut();
            q.iter()
                .position(|v| v.bits() == t.bits())
                .and_then(|i| q.remove(i))
        };
        if taken.is_some() {
            c.balance.set(c.balance.get() - i64::from(tk.blocked.get()));
        }
        drop(taken);
    }
    tk.blocked.set(0);
}

/// What `t` receives as it runs: its `tempval`, claimed (a bomb raises; a woken watchdog only sees
/// exceptions).
fn claim(vm: &mut Vm, t: &Value, watchdog: bool) -> Payload {
    let v = tl(t).map_or(Value::NONE, |tk| tk.set_tempval(Value::NONE));
    if bomb_of(&v).is_some() {
        return Payload::Raise(explode(vm, &v));
    }
    if watchdog {
        // `run()` returns: the tasklet an interrupt took out, or None.
        crate::preempt::disarm(vm);
        return Payload::Value(crate::preempt::take_interrupted().unwrap_or(Value::NONE));
    }
    Payload::Value(v)
}

/// The computation to resume for runnable `next` and what it receives; `next` becomes current.
fn resume_of(vm: &mut Vm, next: &Value) -> PyResult<(Suspended, Payload)> {
    let Some(t) = tl(next) else {
        return Err(error::type_error("cannot switch to a non-tasklet"));
    };
    if matches!(&*t.state.borrow(), TState::Suspended(s) if s.on_other_thread()) {
        sched::remove(next);
        return Err(error::runtime_error(
            "cannot switch to a tasklet of another thread",
        ));
    }
    let state = std::mem::replace(&mut *t.state.borrow_mut(), TState::Running);
    let s = match state {
        TState::Bound {
            func,
            args,
            kwnames,
        } => Suspended::fresh(next.clone(), &FINISHER, func, args, kwnames),
        TState::Suspended(mut s) => {
            s.attach_owner(next);
            s
        }
        other => {
            *t.state.borrow_mut() = other;
            sched::remove(next);
            return Err(error::runtime_error(
                "You cannot run an unbound(dead) tasklet",
            ));
        }
    };
    let (woke, popped) = sched::make_current(next);
    sched::requeue(popped);
    let payload = claim(vm, next, woke);
    Ok((s, payload))
}

/// Calls the schedule callback with `(prev, next)`; its errors are reported, not raised.
pub(crate) fn notify(vm: &mut Vm, prev: &Value, next: &Value) {
    let Some(cb) = sched::with(|s| (!s.schedlock).then(|| s.schedule_cb.clone()).flatten()) else {
        return;
    };
    sched::with(|s| s.schedlock = true);
    let r = call::call_value(vm, &cb, vec![prev.clone(), next.clone()]);
    sched::with(|s| s.schedlock = false);
    if let Err(e) = r {
        // As Stackless's `PyErr_WriteUnraisable("Error in scheduling callback")`.
        let what = weft_vm::objects::str::new_str("Error in scheduling callback");
        exc::write_unraisable(vm, e, "Exception ignored in", &what);
    }
}

/// The finisher of a tasklet's computation, named in pickles (see `finished`).
pub static FINISHER: Finisher = Finisher {
    name: "tasklet",
    run: finished,
};

/// The finisher of a tasklet's computation: the tasklet is dead and leaves the queue; the next
/// runnable tasklet runs, or, when it failed (`TaskletExit` and `SystemExit` are quiet ends) or nothing
/// can run, the watchdog, which then raises its exception.
fn finished(vm: &mut Vm, owner: &Value, result: PyResult<Value>) -> Option<(Suspended, Payload)> {
    let t = tl(owner)?;
    *t.state.borrow_mut() = TState::Idle;
    t.set_tempval(Value::NONE);
    let mut bomb = match result {
        Ok(_) => None,
        Err(e) if exc::matches_type(&e, &stypes().exit) => None,
        Err(e) => handle_error(vm, e),
    };
    drop(sched::remove(owner));
    crate::sleep::wake_due();
    let mut next = sched::front().or_else(crate::sleep::wait_for_next);
    if next.is_none() {
        let wake = sched::watchdog();
        let blocked = tl(&wake).map_or(0, |w| w.blocked.get());
        if blocked != 0 && bomb.is_none() {
            let what = if blocked < 0 {
                "the main tasklet is receiving without a sender available."
            } else {
                "the main tasklet is sending without a receiver available."
            };
            bomb = Some(bomb_from(vm, error::runtime_error(what)));
        }
        next = Some(wake);
    }
    if let Some(b) = bomb {
        let wake = sched::watchdog();
        if let Some(w) = tl(&wake) {
            w.set_tempval(b);
        }
        next = Some(wake);
    }
    let next = next?;
    prepare(&next);
    notify(vm, owner, &next);
    resume_of(vm, &next).ok()
}

/// A failed tasklet's exception goes to the error handler, if any: it is then forgotten, unless the
/// handler fails, whose exception goes on to the watchdog instead. Without a handler it goes on itself.
fn handle_error(vm: &mut Vm, e: weft_vm::interp::error::PyErr) -> Option<Value> {
    let Some(handler) = sched::with(|s| s.error_handler.clone()) else {
        return Some(bomb_from(vm, e));
    };
    let value = Value::obj(exc::normalize(vm, e));
    let (typ, tb) = exc::type_and_tb(&value);
    match call::call_value(vm, &handler, vec![typ, value, tb]) {
        Ok(_) => None,
        Err(e) => Some(bomb_from(vm, e)),
    }
}
