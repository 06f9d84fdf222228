//! `start_new_thread`: an OS thread that takes the GIL, makes its own `Vm` from its starter's seed,
//! runs the function on a worker stack, and ends by releasing the locks `_set_sentinel` gave it (what
//! `Thread.join` waits on).
use std::cell::RefCell;
use std::os::unix::thread::JoinHandleExt;
use std::sync::atomic::{AtomicUsize, Ordering};
use weft_vm::cont::workers::{self, Job};
use weft_vm::heap::{GilShared, Value};
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::Vm;
use weft_vm::objects as objs;

/// Threads started by `start_new_thread` that have not ended (`_count()`).
static RUNNING: AtomicUsize = AtomicUsize::new(0);

/// The native stack of the OS thread itself: it only dispatches between worker stacks.
const DISPATCH_STACK: usize = 256 << 10;

thread_local! {
    /// The locks `_set_sentinel` made on this thread, released when it ends. Only threads started
    /// here end while the interpreter runs; the main thread's stay held until the process exits.
    static SENTINELS: RefCell<Vec<Value>> = const { RefCell::new(Vec::new()) };
}

pub(crate) fn running() -> usize {
    RUNNING.load(Ordering::Relaxed)
}

/// In a child just forked, where no thread that this one started exists.
pub(crate) fn after_fork_child() {
    RUNNING.store(0, Ordering::Relaxed);
}

/// Records `lock` as released when this thread ends.
pub(crate) fn add_sentinel(lock: Value) {
    SENTINELS.with(|s| s.borrow_mut().push(lock));
}

/// Starts an OS thread running `func(*args, **kwargs)`; returns its `get_ident()`.
pub(crate) fn start(vm: &mut Vm, func: Value, args: Value, kwargs: Value) -> PyResult<u64> {
    if Vm::finalizing() {
        return Err(error::runtime_error(
            "can't create new thread at interpreter shutdown",
        ));
    }
    let seed = vm.thread_seed();
    let job = GilShared((func, args, kwargs));
    let stack = super::new_stack_size();
    RUNNING.fetch_add(1, Ordering::Relaxed);
    let spawned = std::thread::Builder::new()
        .stack_size(DISPATCH_STACK)
        .spawn(move || {
            let mut vm = Vm::for_thread(seed);
            let GilShared((func, args, kwargs)) = job;
            body(&mut vm, func, args, kwargs, stack);
            RUNNING.fetch_sub(1, Ordering::Relaxed);
        });
    match spawned {
        Ok(h) => Ok(h.as_pthread_t()),
        Err(_) => {
            RUNNING.fetch_sub(1, Ordering::Relaxed);
            Err(error::runtime_error("can't start new thread"))
        }
    }
}

/// The new thread's life, holding the GIL: the call, its exception reported as unraisable (except
/// `SystemExit`, which only ends the thread), then the release of its sentinels.
fn body(vm: &mut Vm, func: Value, args: Value, kwargs: Value, stack: usize) {
    let job = Job::CallEx(func.clone(), args, kwargs);
    if let Err(e) = workers::run_thread(vm, job, stack) {
        let exit = &objs::types().system_exit;
        let is_exit = weft_vm::objects::typeobj::is_subtype(&e.ty(), exit);
        if !is_exit {
            weft_vm::interp::exc::write_unraisable(
                vm,
                e,
                "Exception ignored in thread started by",
                &func,
            );
        }
    }
    // The function (a `Thread`'s bound `_bootstrap`) dies here, so that its finalisers and weakref
    // callbacks run on this thread, in `end_thread`.
    drop(func);
    for lock in SENTINELS.with(|s| std::mem::take(&mut *s.borrow_mut())) {
        super::lock::release_if_held(&lock);
    }
    vm.end_thread();
}
