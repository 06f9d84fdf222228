//! Worker stacks for hard switches (corosensei coroutines kept on their OS thread). A computation whose
//! chain holds native frames (a `sorted` key function that switched away, say) is suspended with the
//! worker stack those frames are on; soft computations run on whichever worker is free. The thread's
//! own stack only dispatches: it resumes one worker at a time and learns from its yield which to resume
//! next.
//!
//! The top-level program runs on a worker from the start (`run_toplevel`), so that its frames, like any
//! computation's, can move to another worker while the one it started on is held by native frames of
//! another computation.
use super::state::Payload;
use crate::heap::Value;
use crate::interp::error::{self, PyResult};
use crate::interp::frame::Frame;
use crate::interp::recursion::{INTERPRETER_STACK, MAX_NATIVE_DEPTH};
use crate::interp::Vm;
use corosensei::stack::DefaultStack;
use corosensei::{Coroutine, CoroutineResult, Yielder};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// The stack of a worker that is not the top-level one, and the native depth it has room for (the
/// interpreter stack's budget, scaled).
const WORKER_STACK: usize = 64 << 20;
const WORKER_NATIVE_LIMIT: usize = MAX_NATIVE_DEPTH / (INTERPRETER_STACK / WORKER_STACK);

/// What a worker is resumed with.
pub enum Job {
    /// Run this top-level frame (a first worker's only job).
    Run(Box<Frame>),
    /// Call this with these arguments (a first worker's only job).
    Call(Value, Vec<Value>),
    /// Call this with this argument tuple and keyword dict (NULL: none), as `f(*args, **kwargs)`.
    CallEx(Value, Value, Value),
    /// Hand this to the computation installed in the vm: the one suspended on this worker, or, for a
    /// free worker, a soft one.
    Resume(Payload),
}

struct In {
    vm: *mut Vm,
    job: Job,
}

/// Where control goes when a worker suspends.
pub(crate) enum Next {
    /// To the computation suspended on this worker (already installed in the vm).
    Resume(Rc<Worker>, Payload),
    /// To the soft computation installed in the vm, on any free worker.
    RunSoft(Payload),
}

pub(crate) struct Out {
    pub(crate) next: Next,
    /// The suspending worker holds no computation's native frames and is free for others.
    pub(crate) idle: bool,
}

type Co = Coroutine<In, Out, PyResult<Value>, DefaultStack>;

pub struct Worker {
    /// The coroutine, taken out by the dispatcher while it runs.
    co: RefCell<Option<Co>>,
    /// The body's yielder, set when the body starts.
    yielder: Cell<*const Yielder<In, Out>>,
    /// `Vm::native_depth` of this stack while it is suspended.
    native_depth: Cell<usize>,
    native_limit: usize,
    /// While a computation suspended by a hard switch holds it: the native that the interrupted `Call`
    /// instruction had called (what pickling names when it refuses the chain).
    native: Cell<&'static str>,
    /// The interpreter thread whose `Vm` the native frames on this stack use (`threads::serial`).
    thread: u64,
}

impl Worker {
    /// Whether it belongs to another thread than the calling one.
    pub(crate) fn foreign(&self) -> bool {
        self.thread != crate::interp::threads::serial()
    }
}

impl Drop for Worker {
    /// A coroutine dropped while suspended is unwound, which resumes its native frames; on another
    /// thread than its own, their `Vm` is not this thread's (and may be gone), so its stack is
    /// leaked instead.
    fn drop(&mut self) {
        if self.foreign() {
            if let Some(co) = self.co.get_mut().take() {
                std::mem::forget(co);
            }
        }
    }
}

impl Worker {
    /// The native a computation suspended on this stack was in (see `native`).
    pub(crate) fn native(&self) -> &'static str {
        self.native.get()
    }

    pub(crate) fn set_native(&self, name: &'static str) {
        self.native.set(name);
    }
}

/// The vm's worker state.
#[derive(Default)]
pub struct Workers {
    /// The worker running now; `None` outside `run_toplevel`, where hard switches are impossible.
    pub(crate) current: Option<Rc<Worker>>,
    /// Free workers, suspended at their base level, waiting for a soft computation.
    idle: Vec<Rc<Worker>>,
}

fn new_worker(size: usize, native_limit: usize) -> PyResult<Rc<Worker>> {
    let stack = DefaultStack::new(size)
        .map_err(|_| error::memory_error("cannot allocate a worker stack"))?;
    Ok(Rc::new(Worker {
        co: RefCell::new(Some(Coroutine::with_stack(stack, body))),
        yielder: Cell::new(std::ptr::null()),
        native: Cell::new(""),
        native_depth: Cell::new(0),
        native_limit,
        thread: crate::interp::threads::serial(),
    }))
}

fn body(y: &Yielder<In, Out>, input: In) -> PyResult<Value> {
    // SAFETY: the dispatcher passes a pointer to the vm it holds `&mut` and does not touch until this
    // coroutine yields or returns; the vm outlives every worker run (`run_toplevel` borrows it for the
    // whole dispatch). Native frames suspended on a worker keep their `&mut Vm` across `suspend`, during
    // which other workers use the vm: every function between the worker's base and `suspend` receives
    // the vm as an argument and hands it down (so none caches vm state across the call), and only one
    // stack runs at a time (one OS thread), so no two of these references are ever used at once.
    let vm = unsafe { &mut *input.vm };
    let limit = match &vm.workers.current {
        Some(w) => {
            w.yielder.set(y as *const _);
            w.native_limit
        }
        None => return Err(error::system_error("worker started outside a dispatch")),
    };
    vm.native_depth = 0;
    vm.native_limit = limit;
    match input.job {
        Job::Resume(p) => vm.run_base(p),
        job => start(vm, job),
    }
}

/// Runs a first job where it is.
fn start(vm: &mut Vm, job: Job) -> PyResult<Value> {
    match job {
        Job::Run(f) => vm.run_frame(f),
        Job::Call(c, args) => crate::interp::call::call_value(vm, &c, args),
        Job::CallEx(c, args, kwargs) => {
            let flow = crate::interp::call::call_ex(vm, &c, args, kwargs)?;
            crate::interp::call::run_flow(vm, flow)
        }
        Job::Resume(_) => Err(error::system_error("resuming outside a dispatch")),
    }
}

/// Runs a top-level job (the program, `-c`, a module run with `-m`: `Job::Run` or `Job::Call`) on a
/// worker, so that the computations it starts can switch hard. Already on a worker, it just runs it.
pub fn run_toplevel(vm: &mut Vm, job: Job) -> PyResult<Value> {
    if vm.workers.current.is_some() {
        return start(vm, job);
    }
    let w = new_worker(INTERPRETER_STACK, MAX_NATIVE_DEPTH)?;
    let saved = (vm.native_depth, vm.native_limit);
    let r = dispatch(vm, w, job);
    (vm.native_depth, vm.native_limit) = saved;
    r
}

/// Runs the job of a thread `_thread.start_new_thread` started (`Job::CallEx`) on a worker stack of
/// `size` bytes (`_thread.stack_size()`; 0: the size of other workers).
pub fn run_thread(vm: &mut Vm, job: Job, size: usize) -> PyResult<Value> {
    let size = match size {
        0 => WORKER_STACK,
        n => n.clamp(1 << 20, INTERPRETER_STACK),
    };
    let w = new_worker(size, MAX_NATIVE_DEPTH / (INTERPRETER_STACK / size))?;
    dispatch(vm, w, job)
}

fn dispatch(vm: &mut Vm, mut w: Rc<Worker>, mut job: Job) -> PyResult<Value> {
    loop {
        let Some(mut co) = w.co.borrow_mut().take() else {
            return Err(error::system_error("worker resumed while running"));
        };
        vm.workers.current = Some(w.clone());
        let r = co.resume(In {
            vm: vm as *mut Vm,
            job,
        });
        vm.workers.current = None;
        let out = match r {
            // The top-level frame finished (on whichever worker its frames ran last).
            CoroutineResult::Return(result) => return result,
            CoroutineResult::Yield(out) => out,
        };
        *w.co.borrow_mut() = Some(co);
        if out.idle {
            vm.workers.idle.push(w.clone());
        }
        (w, job) = match out.next {
            Next::Resume(t, p) => (t, Job::Resume(p)),
            Next::RunSoft(p) => match vm.workers.idle.pop() {
                Some(free) => (free, Job::Resume(p)),
                None => (
                    new_worker(WORKER_STACK, WORKER_NATIVE_LIMIT)?,
                    Job::Resume(p),
                ),
            },
        };
    }
}

/// Suspends the running worker, sending control to `out.next`; returns the payload handed to the
/// computation installed in the vm when this worker is resumed (the one suspended here, or, for a free
/// worker, whichever soft computation it is given).
pub(crate) fn suspend(vm: &mut Vm, out: Out) -> Payload {
    let Some(w) = vm.workers.current.clone() else {
        return Payload::Raise(error::system_error("switch outside a worker"));
    };
    w.native_depth.set(vm.native_depth);
    let y = w.yielder.get();
    // SAFETY: `y` is the yielder of the coroutine running now (set by `body` when this worker started;
    // we are on its stack), which lives as long as the body runs.
    let input = unsafe { (*y).suspend(out) };
    vm.native_depth = w.native_depth.get();
    vm.native_limit = w.native_limit;
    match input.job {
        Job::Resume(p) => p,
        _ => Payload::Raise(error::system_error("worker resumed with a new job")),
    }
}
