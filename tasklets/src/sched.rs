//! The per-thread scheduler: the circular run queue (the running tasklet at its front), the current and
//! main tasklets (main made on first use), the watchdogs of `run()`, the switch trap and the callbacks.
//! Values leave the state through return values, so that nothing is dropped (and no finaliser runs)
//! while it is borrowed.
use crate::state::{stypes, tl, Tasklet};
use std::cell::RefCell;
use std::collections::VecDeque;
use weft_vm::heap::Value;
use weft_vm::objects::method_support::alloc_instance;
use weft_vm::objects::native::NativeObj;

#[derive(Default)]
pub(crate) struct Sched {
    /// Runnable tasklets in order; the running one, when runnable, is at the front.
    queue: VecDeque<Value>,
    current: Option<Value>,
    main: Option<Value>,
    /// Tasklets waiting in `run()`, innermost last: they are woken when nothing else can run.
    watchdogs: Vec<Value>,
    pub(crate) switch_trap: i64,
    pub(crate) schedule_cb: Option<Value>,
    pub(crate) channel_cb: Option<Value>,
    /// `set_error_handler`'s function: called with a failed tasklet's exception.
    pub(crate) error_handler: Option<Value>,
    /// A callback is running.
    pub(crate) schedlock: bool,
    /// Tasklets that were ever suspended by a hard switch, for killing at exit.
    hard: Vec<weft_vm::heap::WeakHandle>,
}

thread_local! {
    static SCHED: RefCell<Sched> = RefCell::new(Sched::default());
}

pub(crate) fn with<R>(f: impl FnOnce(&mut Sched) -> R) -> R {
    SCHED.with(|s| f(&mut s.borrow_mut()))
}

pub(crate) fn new_tasklet(cls: &weft_vm::heap::ObjRef, t: Tasklet) -> Value {
    Value::obj(alloc_instance(cls, NativeObj::traced(t)))
}

/// The thread's main tasklet, made (running and runnable) on first use.
pub(crate) fn main() -> Value {
    if let Some(m) = with(|s| s.main.clone()) {
        return m;
    }
    let m = new_tasklet(&stypes().tasklet, Tasklet::new(true, Value::NONE));
    if let Some(t) = tl(&m) {
        t.queued.set(true);
    }
    with(|s| {
        s.main = Some(m.clone());
        s.current = Some(m.clone());
        s.queue.push_front(m.clone());
    });
    m
}

/// The running tasklet.
pub(crate) fn current() -> Value {
    match with(|s| s.current.clone()) {
        Some(c) => c,
        None => main(),
    }
}

pub(crate) fn is_main(t: &Value) -> bool {
    with(|s| s.main.as_ref().is_some_and(|m| m.bits() == t.bits()))
}

pub(crate) fn is_current(t: &Value) -> bool {
    with(|s| s.current.as_ref().is_some_and(|c| c.bits() == t.bits()))
}

pub(crate) fn runcount() -> usize {
    main();
    with(|s| s.queue.len())
}

/// Appends `t` at the end of the queue (just before the running tasklet, in circular order).
pub(crate) fn insert(t: &Value) {
    if let Some(tk) = tl(t) {
        tk.queued.set(true);
    }
    with(|s| s.queue.push_back(t.clone()));
}

/// Puts `t` right after the running tasklet.
pub(crate) fn insert_after_current(t: &Value) {
    if let Some(tk) = tl(t) {
        tk.queued.set(true);
    }
    with(|s| {
        let at = 1.min(s.queue.len());
        s.queue.insert(at, t.clone());
    });
}

/// Takes `t` out of the queue.
pub(crate) fn remove(t: &Value) -> Option<Value> {
    if let Some(tk) = tl(t) {
        tk.queued.set(false);
    }
    with(|s| {
        let i = position(&s.queue, t)?;
        s.queue.remove(i)
    })
}

fn position(q: &VecDeque<Value>, t: &Value) -> Option<usize> {
    // The targets of switches are nearly always next to the front or at the back.
    let n = q.len();
    [0, 1, n.wrapping_sub(1)]
        .into_iter()
        .find(|&i| q.get(i).is_some_and(|v| v.bits() == t.bits()))
        .or_else(|| q.iter().position(|v| v.bits() == t.bits()))
}

/// The tasklet after the running one (the running one itself when alone), or the front when the running
/// one is not runnable.
pub(crate) fn next_of_current() -> Option<Value> {
    with(|s| {
        let cur_front = match (&s.current, s.queue.front()) {
            (Some(c), Some(f)) => c.bits() == f.bits(),
            _ => false,
        };
        if cur_front {
            s.queue.get(1).or(s.queue.front()).cloned()
        } else {
            s.queue.front().cloned()
        }
    })
}

pub(crate) fn front() -> Option<Value> {
    with(|s| s.queue.front().cloned())
}

/// The neighbours of `t` in the run queue.
pub(crate) fn neighbours(t: &Value) -> Option<(Value, Value)> {
    with(|s| {
        let i = position(&s.queue, t)?;
        let n = s.queue.len();
        Some((
            s.queue[(i + n - 1) % n].clone(),
            s.queue[(i + 1) % n].clone(),
        ))
    })
}

/// Makes runnable `t` the running tasklet: the queue turns so that it is at the front. Returns whether
/// it is a watchdog woken up (it then leaves `run()`; deeper watchdogs become runnable again).
pub(crate) fn make_current(t: &Value) -> (bool, Vec<Value>) {
    let (watchdog, old) = with(|s| {
        if let Some(i) = position(&s.queue, t) {
            s.queue.rotate_left(i);
        }
        let old = s.current.replace(t.clone());
        (s.watchdogs.iter().any(|w| w.bits() == t.bits()), old)
    });
    drop(old);
    let mut popped = Vec::new();
    if watchdog {
        while let Some(w) = with(|s| s.watchdogs.pop()) {
            if w.bits() == t.bits() {
                break;
            }
            popped.push(w);
        }
    }
    (watchdog, popped)
}

/// Wakes deeper watchdogs popped by [`make_current`] that nothing else made runnable.
pub(crate) fn requeue(popped: Vec<Value>) {
    for w in popped {
        if tl(&w).is_some_and(|t| !t.scheduled() && t.alive()) {
            insert(&w);
        }
    }
}

/// The tasklet that `run()` waits in (main when `run()` is not running).
pub(crate) fn watchdog() -> Value {
    match with(|s| s.watchdogs.last().cloned()) {
        Some(w) => w,
        None => main(),
    }
}

pub(crate) fn push_watchdog(t: &Value) {
    with(|s| s.watchdogs.push(t.clone()));
}

/// Raises `RuntimeError('switch_trap')` when the trap is set and a switch would happen.
pub(crate) fn check_trap(switching: bool) -> weft_vm::interp::error::PyResult<()> {
    if switching && with(|s| s.switch_trap != 0) {
        return Err(weft_vm::interp::error::runtime_error("switch_trap"));
    }
    Ok(())
}

/// Remembers `t`, just suspended by a hard switch, so that it can be killed at exit.
pub(crate) fn note_hard(t: &Value) {
    let Some(tk) = tl(t) else { return };
    if tk.noted_hard.replace(true) {
        return;
    }
    let Some(o) = t.as_obj() else { return };
    let h = weft_vm::heap::WeakHandle::new(o);
    with(|s| {
        if s.hard.len() >= 64 && s.hard.len().is_power_of_two() {
            s.hard.retain(|h| h.is_alive());
        }
        s.hard.push(h);
    });
}

/// The live tasklets that are suspended by a hard switch.
pub(crate) fn hard_tasklets() -> Vec<Value> {
    let handles = with(|s| s.hard.clone());
    handles
        .iter()
        .filter_map(|h| h.upgrade())
        .map(Value::obj)
        .filter(|t| tl(t).is_some_and(|tk| tk.hard()))
        .collect()
}
