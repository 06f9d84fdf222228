//! Switching between computations. A *soft* switch, made by a native called straight from a `Call` in
//! the eval loop's base level, trades frame chains and returns: the loop then continues with whatever
//! frame is on top, so it costs a few moves and no native stack. Any other switch is *hard*: the running
//! worker stack is suspended with the computation's native frames on it (`workers`), and resumed when the
//! computation is switched to again.
use super::state::{Finisher, Payload, Start, Suspended};
use super::workers::{self, Next, Out};
use crate::heap::Value;
use crate::interp::error::{self, PyResult};
use crate::interp::{call, Flow, Vm};

/// Whether the running native was called straight from a `Call` of the loop's base level (no native
/// frame between it and the frame that called it), so a switch can be soft. Read it first thing: calls
/// the native makes before switching clear it.
#[inline]
pub fn at_plain_call(vm: &Vm) -> bool {
    vm.plain_call && vm.native_depth == 1
}

/// Makes `target` the running computation, handing it `payload`; the computation that was running is
/// given to `store` (the continuation slot that will hold it). `soft` is [`at_plain_call`] as read on
/// entry to the native. Returns what the native must return so that the loop carries on in whichever
/// computation runs when it returns: for a soft switch, the payload for `target`; for a hard one, the
/// payload sent back when this computation is resumed. `Ok(NULL)` means a frame is pending.
pub fn switch_to(
    vm: &mut Vm,
    mut target: Suspended,
    payload: Payload,
    soft: bool,
    store: impl FnOnce(Suspended),
) -> PyResult<Value> {
    if target.is_empty() {
        return Err(error::system_error(
            "switch to a computation with no frames",
        ));
    }
    if target.on_other_thread() {
        return Err(error::runtime_error(
            "cannot switch to a computation suspended on another thread",
        ));
    }
    let t_worker = target.worker.take();
    let start = target.start.take();
    vm.trade(&mut target);
    // `target` now holds the computation that was running.
    if soft && t_worker.is_none() {
        store(target);
        vm.switched = true;
        return match (start, payload) {
            (None, Payload::Value(v)) => Ok(v),
            (start, payload) => {
                let payload = begin(vm, start, payload);
                by_return(vm, payload)
            }
        };
    }
    if vm.workers.current.is_none() {
        // Not on a worker (code run outside `workers::run_toplevel`): nothing can hold native frames.
        vm.trade(&mut target);
        target.worker = t_worker;
        target.start = start;
        return Err(error::runtime_error(
            "cannot switch from a native call outside the interpreter's main loop",
        ));
    }
    target.worker = if soft {
        None
    } else {
        vm.workers.current.clone()
    };
    if let Some(w) = &target.worker {
        w.set_native(vm.native_name);
    }
    store(target);
    let payload = begin(vm, start, payload);
    let next = match t_worker {
        Some(w) => Next::Resume(w, payload),
        None => Next::RunSoft(payload),
    };
    // A soft computation left this worker free; otherwise the worker stays with it.
    let back = workers::suspend(vm, Out { next, idle: soft });
    by_return(vm, back)
}

/// The common switch, made in place: a soft switch (the caller read [`at_plain_call`]) to the
/// computation in `slot`, which a soft switch suspended (it is neither fresh nor holding native
/// frames). Afterwards `slot` holds the computation that was running, and the native returns the
/// value the target receives. `false`, with nothing done, for any other switch: [`switch_to`]
/// makes those.
#[inline]
pub fn trade_soft(vm: &mut Vm, slot: &mut Suspended) -> bool {
    if slot.worker.is_some() || slot.start.is_some() || slot.frames.is_empty() {
        return false;
    }
    vm.trade(slot);
    vm.switched = true;
    true
}

/// The bottom frame of `owner`'s computation finished with `result` (`Then::Finish`): `finisher` says
/// which computation runs next and what it receives. Returns the payload for the frame on top of the
/// vm's chain afterwards (on this worker, which may first have served others).
pub fn finish(
    vm: &mut Vm,
    owner: Value,
    finisher: &'static Finisher,
    result: PyResult<Value>,
) -> Payload {
    let next = (finisher.run)(vm, &owner, result);
    // This worker may park below here: it must not keep the finished computation's owner alive.
    drop(owner);
    let Some((mut target, payload)) = next.filter(|(t, _)| !t.is_empty()) else {
        return Payload::Raise(error::system_error(
            "a continuation finished with no one to return to",
        ));
    };
    let t_worker = target.worker.take();
    let start = target.start.take();
    vm.trade(&mut target);
    drop(target);
    let payload = begin(vm, start, payload);
    match t_worker {
        None => payload,
        Some(w) => workers::suspend(
            vm,
            Out {
                next: Next::Resume(w, payload),
                idle: true,
            },
        ),
    }
}

/// For a computation that has not started: puts its bottom frame under it and turns `payload` into
/// its start (an exception is raised at the bottom frame, so it goes straight back out).
fn begin(vm: &mut Vm, start: Option<Box<Start>>, payload: Payload) -> Payload {
    let Some(s) = start else {
        return payload;
    };
    let Start {
        owner,
        finisher,
        callable,
        args,
        kwnames,
    } = *s;
    match bottom_frame(vm, owner, finisher) {
        Ok(f) => vm.frames.push(f),
        Err(e) => return Payload::Raise(e),
    }
    match payload {
        Payload::Raise(e) => Payload::Raise(e),
        _ => Payload::Start {
            callable,
            args,
            kwnames,
        },
    }
}

/// A payload delivered by a native's return to the frame on top of the chain.
fn by_return(vm: &mut Vm, payload: Payload) -> PyResult<Value> {
    match payload {
        Payload::Value(v) => Ok(v),
        Payload::Raise(e) => Err(e),
        Payload::Start {
            callable,
            args,
            kwnames,
        } => match call::call_flow(vm, &callable, args, &kwnames)? {
            Flow::Value(v) => Ok(v),
            Flow::Frame(f) => {
                vm.pending_frame = Some(f);
                Ok(Value::NULL)
            }
            Flow::Pending => Ok(Value::NULL),
        },
    }
}

/// The frame at the bottom of every continuation's chain: it returns whatever is pushed on it, and its
/// `Then::Finish` hands that to the computation the continuation holds. It never shows in tracebacks.
pub fn bottom_frame(
    vm: &mut Vm,
    owner: Value,
    finisher: &'static Finisher,
) -> PyResult<Box<crate::interp::frame::Frame>> {
    let code = match &vm.bottom_code {
        Some(c) => c.clone(),
        None => {
            let mode = weft_parser::Mode::Eval;
            let c = vm.compile_str("None", "<bottom of continulet>", mode, 0)?;
            vm.bottom_code = Some(c.clone());
            c
        }
    };
    let globals = vm.builtins.clone();
    let builtins = vm.builtins.clone();
    let mut f = call::new_frame(vm, &code, &globals, &builtins, Value::NULL, Value::NULL)?;
    // Start at the `ReturnValue`: the value pushed on the frame is its result.
    let ret = f
        .instrs
        .iter()
        .position(|i| matches!(i, crate::compiler::bytecode::Instr::ReturnValue))
        .ok_or_else(|| error::system_error("bottom frame without a return"))?;
    f.ip = ret;
    f.then = crate::interp::then::Then::Finish(owner, finisher);
    Ok(f)
}
