//! `run(timeout=, totaltimeout=)`: preemption. While armed, the vm counts safe points (calls and
//! loops' back edges, DESIGN.md invariant 5) and, when the count runs out, makes the running tasklet
//! call [`interrupt`]: the tasklet leaves the run queue, suspended in that call, and `run()` returns
//! it. `timeout` is a slice that restarts at every switch; `totaltimeout` counts the whole `run()`.
use crate::sched;
use crate::switching::schedule_task;
use std::cell::{Cell, RefCell};
use weft_vm::cont;
use weft_vm::heap::Value;
use weft_vm::interp::error::PyResult;
use weft_vm::interp::Vm;
use weft_vm::objects::builtin::{new_builtin, Args, BuiltinKind};

#[derive(Clone, Copy)]
struct Budget {
    /// Safe points per tasklet between switches (0: no slice).
    slice: u64,
    /// Safe points left for the whole `run()` (0: no total).
    total: u64,
    /// What the vm's count was set to when last armed.
    armed: u64,
}

thread_local! {
    static BUDGET: Cell<Option<Budget>> = const { Cell::new(None) };
    /// The tasklet an interrupt took out, for `run()` to return.
    static INTERRUPTED: RefCell<Option<Value>> = const { RefCell::new(None) };
    static HOOK: RefCell<Value> = const { RefCell::new(Value::NULL) };
}

/// Arms preemption for a `run()` (both zero: none).
pub(crate) fn arm(vm: &mut Vm, timeout: u64, totaltimeout: u64) {
    if timeout == 0 && totaltimeout == 0 {
        disarm(vm);
        return;
    }
    BUDGET.with(|b| {
        b.set(Some(Budget {
            slice: timeout,
            total: totaltimeout,
            armed: 0,
        }))
    });
    restart(vm);
}

/// A switch: the used part of the slice counts against the total and the slice starts again.
pub(crate) fn on_switch(vm: &mut Vm) {
    if BUDGET.with(|b| b.get()).is_some() {
        restart(vm);
    }
}

fn restart(vm: &mut Vm) {
    let Some(mut b) = BUDGET.with(|b| b.get()) else {
        return;
    };
    if b.total != 0 {
        let used = b.armed.saturating_sub(vm.ticks);
        // A total that ran out interrupts at the next safe point.
        b.total = b.total.saturating_sub(used).max(1);
    }
    let ticks = match (b.slice, b.total) {
        (0, t) => t,
        (s, 0) => s,
        (s, t) => s.min(t),
    };
    b.armed = ticks;
    BUDGET.with(|c| c.set(Some(b)));
    vm.ticks = ticks;
    vm.preempt = hook();
}

/// Ends preemption (when `run()` returns).
pub(crate) fn disarm(vm: &mut Vm) {
    BUDGET.with(|b| b.set(None));
    vm.preempt = Value::NULL;
}

/// The tasklet the last interrupt took out, once.
pub(crate) fn take_interrupted() -> Option<Value> {
    INTERRUPTED.with(|i| i.borrow_mut().take())
}

fn hook() -> Value {
    HOOK.with(|h| {
        let mut h = h.borrow_mut();
        if h.is_null() {
            let b = new_builtin("interrupt", interrupt, BuiltinKind::Function, None);
            b.make_immortal();
            *h = Value::obj(b);
        }
        h.clone()
    })
}

/// What the preempted tasklet calls: it leaves the run queue and `run()`'s caller resumes with it.
fn interrupt(vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    let soft = cont::at_plain_call(vm);
    disarm(vm);
    let cur = sched::current();
    let wake = sched::watchdog();
    if cur.bits() == wake.bits() {
        // `run()`'s caller itself ran out (it was woken): nothing to interrupt.
        return Ok(Value::NONE);
    }
    drop(sched::remove(&cur));
    INTERRUPTED.with(|i| *i.borrow_mut() = Some(cur.clone()));
    schedule_task(vm, cur, Some(wake), soft)
}
