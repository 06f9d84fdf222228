//! Switching between greenlets: what a switch sends (arguments or an exception), where it goes (a dead
//! greenlet forwards to its nearest live ancestor), the trace function, and the end of `run`.
use crate::state::{current, gl, gtypes, set_current, tracer, usage, GState};
use weft_vm::cont::{self, Finisher, Payload, Suspended};
use weft_vm::heap::Value;
use weft_vm::interp::error::{PyErr, PyResult};
use weft_vm::interp::{attr, call, exc, Vm};
use weft_vm::objects::{dict, str as pystr, tuple};

/// What a switch sends.
pub(crate) enum Send {
    /// `switch(*args, **kwargs)`: `kwnames` names the last of `args` (NULL for none).
    Args(Vec<Value>, Value),
    /// `throw(...)`.
    Throw(PyErr),
}

impl Send {
    /// A single value (the result of `run`, say).
    pub(crate) fn one(v: Value) -> Send {
        Send::Args(vec![v], Value::NULL)
    }

    /// The payload for a greenlet suspended in `switch`: no arguments give `()`, one gives itself,
    /// several a tuple, keywords only a dict, both `(args, kwargs)`.
    fn packed(self) -> Payload {
        let (mut args, kwnames) = match self {
            Send::Throw(e) => return Payload::Raise(e),
            Send::Args(a, k) => (a, k),
        };
        let names = tuple::as_tuple(&kwnames).unwrap_or(&[]);
        if names.is_empty() {
            return Payload::Value(if args.len() == 1 {
                args.pop().unwrap_or(Value::NONE)
            } else {
                tuple::new_tuple(args)
            });
        }
        let kw = dict::new_dict();
        if let Some(d) = kw.downcast::<dict::Dict>() {
            let values = args.split_off(args.len() - names.len());
            for (k, v) in names.iter().zip(values) {
                if let Some(s) = pystr::as_str(k) {
                    d.set_rs(s, v);
                }
            }
        }
        let kw = Value::obj(kw);
        Payload::Value(if args.is_empty() {
            kw
        } else {
            tuple::new_tuple(vec![tuple::new_tuple(args), kw])
        })
    }

    /// Sent to a dead greenlet, a `GreenletExit` becomes the value its parent receives.
    fn past_the_dead(self, vm: &mut Vm) -> Send {
        match self {
            Send::Throw(e) if exc::matches_type(&e, &gtypes().exit) => {
                Send::one(Value::obj(exc::normalize(vm, e)))
            }
            s => s,
        }
    }
}

/// Switches from the running greenlet to `target` (or, if it is dead, its nearest live ancestor).
pub(crate) fn switch(
    vm: &mut Vm,
    mut target: Value,
    mut send: Send,
    soft: bool,
) -> PyResult<Value> {
    let cur = current();
    if let Some(e) = gl(&target).and_then(|g| g.foreign()) {
        return Err(e);
    }
    loop {
        let Some(g) = gl(&target) else {
            return Err(usage("cannot switch to a non-greenlet"));
        };
        let dead = g.dead();
        if !dead {
            break;
        }
        let parent = g.parent.borrow().clone();
        if parent.is_none() {
            return Err(usage(
                "cannot switch to a dead greenlet with no live ancestor",
            ));
        }
        send = send.past_the_dead(vm);
        target = parent;
    }
    if target.bits() == cur.bits() {
        // Switching to oneself hands the arguments straight back.
        return match send.packed() {
            Payload::Value(v) => Ok(v),
            Payload::Raise(e) => Err(e),
            Payload::Start { .. } => Ok(Value::NONE),
        };
    }
    let event = if matches!(send, Send::Throw(_)) {
        "throw"
    } else {
        "switch"
    };
    trace(vm, event, &cur, &target)?;
    let (s, payload) = resume_of(vm, &target, send)?;
    set_current(target);
    cont::switch_to(vm, s, payload, soft, move |mine| {
        if let Some(c) = gl(&cur) {
            *c.state.borrow_mut() = GState::Suspended(Box::new(mine));
        }
    })
}

/// The common switch, made in place: a soft one to a greenlet other than the running one, suspended
/// by a soft switch, with no argument or one and no tracer. The target's computation trades places
/// with the running one inside its own state cell, which then moves to the current greenlet's.
/// `None` leaves everything else (and every error) to [`switch`].
#[inline]
pub(crate) fn switch_plain(
    vm: &mut Vm,
    target: &Value,
    g: &crate::state::Greenlet,
    arg: Option<&Value>,
    soft: bool,
) -> Option<PyResult<Value>> {
    if !soft || crate::state::tracing() {
        return None;
    }
    let was = crate::state::with_current(|cur| {
        let c = gl(cur)?;
        // The running greenlet is this thread's: one of another thread takes the checked path.
        if std::ptr::eq(c, g) || c.thread != g.thread {
            return None;
        }
        let mut theirs = g.state.try_borrow_mut().ok()?;
        let mut mine = c.state.try_borrow_mut().ok()?;
        let (GState::Suspended(s), GState::Running) = (&mut *theirs, &*mine) else {
            return None;
        };
        if !cont::trade_soft(vm, s) {
            return None;
        }
        std::mem::swap(&mut *mine, &mut *theirs);
        drop(mine);
        drop(theirs);
        Some(std::mem::replace(cur, target.clone()))
    })?;
    // Released after every borrow ended: dropping the last reference to a greenlet runs code.
    drop(was);
    Some(Ok(match arg {
        Some(v) => v.clone(),
        None => Value::obj(weft_vm::objects::types().empty_tuple.clone()),
    }))
}

/// The computation to resume for `target` (alive, not running) and what it receives: a suspended one's
/// packed arguments, or a fresh one that calls `run(*args, **kwargs)`.
fn resume_of(vm: &mut Vm, target: &Value, send: Send) -> PyResult<(Suspended, Payload)> {
    let Some(g) = gl(target) else {
        return Err(usage("cannot switch to a non-greenlet"));
    };
    if matches!(*g.state.borrow(), GState::Unstarted) {
        // Looking `run` up can run Python code (a `__getattribute__`) that starts this very
        // greenlet; then this becomes an ordinary switch to it.
        let run = run_of(vm, target)?;
        // That lookup may also have given it a parent of another thread.
        let parent = g.parent.borrow().clone();
        if let Some(e) = gl(&parent).and_then(|p| p.foreign()) {
            return Err(e);
        }
        if matches!(*g.state.borrow(), GState::Unstarted) {
            *g.state.borrow_mut() = GState::Running;
            // A started greenlet no longer has a `run` of its own.
            *g.run.borrow_mut() = Value::NULL;
            let (args, kwnames, payload) = match send {
                Send::Args(a, k) => (a, k, Payload::Value(Value::NONE)),
                Send::Throw(e) => (Vec::new(), Value::NULL, Payload::Raise(e)),
            };
            // No owner: see `finished`.
            let mut s = Suspended::fresh(Value::NULL, &FINISHER, run, args, kwnames);
            s.set_context(g.context.borrow_mut().take());
            return Ok((s, payload));
        }
    }
    let state = std::mem::replace(&mut *g.state.borrow_mut(), GState::Running);
    match state {
        GState::Suspended(s) => Ok((*s, send.packed())),
        other => {
            let dead = matches!(other, GState::Dead);
            *g.state.borrow_mut() = other;
            Err(usage(if dead {
                "cannot switch to a greenlet that has died"
            } else {
                "cannot switch to a greenlet that is running"
            }))
        }
    }
}

/// `g.run`: the one given, else the type's `run` method bound to `g`.
/// A subclass's own `__getattribute__` sees the lookup, as greenlet's `getattr(self, "run")`.
fn run_of(vm: &mut Vm, target: &Value) -> PyResult<Value> {
    let custom = target.as_obj().is_some_and(|o| {
        weft_vm::objects::typeobj::tdata(o.ty())
            .has(weft_vm::objects::typeobj::tflag::CUSTOM_GETATTRIBUTE)
    });
    if let Some(g) = gl(target).filter(|_| !custom) {
        let r = g.run.borrow().clone();
        if !r.is_null() {
            return Ok(r);
        }
    }
    attr::getattr(vm, target, "run")
}

/// The finisher of a greenlet's computation, named in pickles (see `finished`).
pub static FINISHER: Finisher = Finisher {
    name: "greenlet",
    run: finished,
};

/// The finisher of a greenlet's computation: it is dead, and its result (or exception; a
/// `GreenletExit` counts as a result) goes to its nearest live ancestor. An ancestor that cannot start
/// (it has no `run`) passes its error on to its own parent, so the main greenlet always receives it.
///
/// A greenlet's chain does not hold the greenlet (its bottom frame's owner is NULL), so that a
/// suspended greenlet is freed by reference counting as in CPython, and a switch has no count to move:
/// the greenlet that finished is the running one.
fn finished(vm: &mut Vm, _: &Value, result: PyResult<Value>) -> Option<(Suspended, Payload)> {
    let owner = &crate::state::current();
    let g = gl(owner)?;
    *g.state.borrow_mut() = GState::Dead;
    *g.run.borrow_mut() = Value::NULL;
    *g.context.borrow_mut() = vm.context.clone();
    let mut send = match result {
        Ok(v) => Send::one(v),
        Err(e) => Send::Throw(e).past_the_dead(vm),
    };
    let mut target = g.parent.borrow().clone();
    loop {
        let p = gl(&target)?;
        if p.dead() {
            send = send.past_the_dead(vm);
            let up = p.parent.borrow().clone();
            target = up;
            continue;
        }
        let event = if matches!(send, Send::Throw(_)) {
            "throw"
        } else {
            "switch"
        };
        if let Err(e) = trace(vm, event, owner, &target) {
            send = Send::Throw(e);
        }
        match resume_of(vm, &target, send) {
            Ok((s, payload)) => {
                set_current(target);
                return Some((s, payload));
            }
            Err(e) => {
                send = Send::Throw(e);
                let up = p.parent.borrow().clone();
                target = up;
            }
        }
    }
}

/// Calls the trace function, if any, with `(event, (origin, target))`; if it fails, it is removed and
/// its exception propagates, as greenlet does.
#[inline]
fn trace(vm: &mut Vm, event: &str, origin: &Value, target: &Value) -> PyResult<()> {
    if !crate::state::tracing() {
        return Ok(());
    }
    call_tracer(vm, event, origin, target)
}

#[cold]
fn call_tracer(vm: &mut Vm, event: &str, origin: &Value, target: &Value) -> PyResult<()> {
    let t = tracer();
    let args = vec![
        pystr::new_str(event),
        tuple::new_tuple(vec![origin.clone(), target.clone()]),
    ];
    match call::call_value(vm, &t, args) {
        Ok(_) => Ok(()),
        Err(e) => {
            crate::state::set_tracer(Value::NONE);
            Err(e)
        }
    }
}
