//! weft-tasklets: Stackless Python's `stackless` module as a thin layer over the vm's continuation
//! primitive (`weft_vm::cont`): a tasklet owns the computation it suspends, the per-thread scheduler
//! keeps the runnable ones in a circular queue, and a channel parks blocked tasklets until a partner
//! arrives. Every switch hands the target its `tempval` (a `bomb` there raises), as Stackless does.
//!
//! - `state`: the tasklet, channel and bomb payloads and the module's types.
//! - `sched`: the per-thread run queue, current, main and watchdog tasklets, callbacks.
//! - `switching`: switching between tasklets, blocking, and the end of a tasklet.
//! - `channel`: channel operations and the `channel` type.
//! - `tasklet`: the `tasklet` type's methods and attributes.
//! - `module`: the module's functions, `atomic`, `bomb`, and the module itself.
//! - `sleep`: tasklets that sleep leave the run queue until their deadline (`time.sleep`).
//! - `pickle`: what pickling reads and rebuilds of tasklets and channels.
//! - `preempt`: `run(timeout=)`'s preemption at the vm's safe points.
mod channel;
mod module;
pub mod pickle;
mod preempt;
mod sched;
mod sleep;
mod state;
mod switching;
mod tasklet;

use weft_vm::heap::Value;
use weft_vm::interp::error::PyResult;
use weft_vm::interp::Vm;
use weft_vm::objects::builtin::{new_builtin, Args, BuiltinKind};

/// Registers the `stackless` module with the vm.
pub fn register(vm: &mut Vm) {
    vm.registry.add("stackless", module::init);
    // Pickles name the types by their `__module__`.
    vm.registry.add("_stackless", module::init);
    vm.registry.add_finisher(&switching::FINISHER);
    vm.wait_hook = Some(sleep::wait);
}

/// At interpreter exit, as Stackless's `PyStackless_kill_tasks_with_stacks`: tasklets suspended with
/// native frames on their chain are killed, so that their `finally` blocks run. Soft-switched ones
/// are left as they are.
pub fn at_exit(vm: &mut Vm) {
    if sched::hard_tasklets().is_empty() {
        return;
    }
    let f = Value::obj(new_builtin(
        "kill_tasks_with_stacks",
        kill_tasks_with_stacks,
        BuiltinKind::Function,
        None,
    ));
    // Killing switches hard, which needs a worker stack.
    let _ = weft_vm::cont::run_toplevel(vm, weft_vm::cont::workers::Job::Call(f, Vec::new()));
}

fn kill_tasks_with_stacks(vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    for t in sched::hard_tasklets() {
        if let Err(e) = tasklet::kill_hard(vm, &t) {
            weft_vm::interp::exc::write_unraisable(vm, e, "Exception ignored in", &t);
        }
    }
    Ok(Value::NONE)
}
