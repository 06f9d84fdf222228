//! Tasklets that sleep (`time.sleep` inside a tasklet, DESIGN.md invariant 3): the sleeper leaves the
//! run queue until its deadline and the others run meanwhile; the thread itself sleeps only when
//! nothing else can run.
use crate::sched;
use crate::state::tl;
use crate::switching::schedule_task;
use std::cell::{Cell, RefCell};
use std::cmp::Reverse;
use std::collections::BinaryHeap;
use std::time::Instant;
use weft_vm::heap::Value;
use weft_vm::interp::error::PyResult;
use weft_vm::interp::Vm;

struct Sleeper {
    deadline: Instant,
    /// Order of arrival, so equal deadlines wake first come, first served.
    seq: u64,
    tasklet: Value,
}

impl PartialEq for Sleeper {
    fn eq(&self, o: &Self) -> bool {
        (self.deadline, self.seq) == (o.deadline, o.seq)
    }
}
impl Eq for Sleeper {}
impl PartialOrd for Sleeper {
    fn partial_cmp(&self, o: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(o))
    }
}
impl Ord for Sleeper {
    fn cmp(&self, o: &Self) -> std::cmp::Ordering {
        (self.deadline, self.seq).cmp(&(o.deadline, o.seq))
    }
}

thread_local! {
    static SLEEPERS: RefCell<BinaryHeap<Reverse<Sleeper>>> = const { RefCell::new(BinaryHeap::new()) };
    static ANY: Cell<bool> = const { Cell::new(false) };
    static SEQ: Cell<u64> = const { Cell::new(0) };
}

/// The vm's wait hook: parks the running tasklet until `deadline` when it is not the main tasklet
/// alone (another is runnable or asleep, or it is itself a tasklet whose main waits elsewhere);
/// otherwise the native sleeps itself.
pub(crate) fn wait(vm: &mut Vm, deadline: Instant, soft: bool) -> Option<PyResult<Value>> {
    let cur = sched::current();
    let others = sched::runcount() > 1 || ANY.with(|a| a.get()) || !sched::is_main(&cur);
    if !others {
        return None;
    }
    drop(sched::remove(&cur));
    let seq = SEQ.with(|s| {
        s.set(s.get() + 1);
        s.get()
    });
    SLEEPERS.with(|h| {
        h.borrow_mut().push(Reverse(Sleeper {
            deadline,
            seq,
            tasklet: cur.clone(),
        }))
    });
    ANY.with(|a| a.set(true));
    let next = sched::front();
    Some(schedule_task(vm, cur, next, soft))
}

/// Makes the sleepers whose deadline passed runnable (at every switch; free when none sleeps).
pub(crate) fn wake_due() {
    if !ANY.with(|a| a.get()) {
        return;
    }
    let now = Instant::now();
    while let Some(t) = pop_if(|d| d <= now) {
        sched::insert(&t);
    }
}

/// Nothing else can run: sleeps the thread until the earliest sleeper's deadline and returns that
/// tasklet, made runnable; `None` when no tasklet sleeps.
pub(crate) fn wait_for_next() -> Option<Value> {
    let deadline = SLEEPERS.with(|h| {
        let mut h = h.borrow_mut();
        // Entries of tasklets killed or made runnable while asleep are dropped.
        while h.peek().is_some_and(|s| !waiting(&s.0.tasklet)) {
            h.pop();
        }
        ANY.with(|a| a.set(!h.is_empty()));
        h.peek().map(|s| s.0.deadline)
    })?;
    // Signal handlers run when the woken tasklet does (the loop attends at its next instruction).
    while let Some(left) = deadline
        .checked_duration_since(Instant::now())
        .filter(|d| !d.is_zero())
    {
        std::thread::sleep(left);
    }
    let t = pop_if(|_| true)?;
    sched::insert(&t);
    Some(t)
}

fn pop_if(due: impl Fn(Instant) -> bool) -> Option<Value> {
    SLEEPERS.with(|h| {
        let mut h = h.borrow_mut();
        let found = loop {
            if !h.peek().is_some_and(|s| due(s.0.deadline)) {
                break None;
            }
            let Some(Reverse(s)) = h.pop() else {
                break None;
            };
            // A tasklet killed or made runnable elsewhere while asleep is not woken again.
            if waiting(&s.tasklet) {
                break Some(s.tasklet);
            }
        };
        ANY.with(|a| a.set(!h.is_empty()));
        found
    })
}

/// Whether a sleeper entry's tasklet still waits (alive, not made runnable meanwhile).
fn waiting(t: &Value) -> bool {
    tl(t).is_some_and(|k| k.alive() && !k.scheduled())
}
