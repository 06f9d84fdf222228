//! Driving a generator from a native: one step in the caller's loop (`pending_frame`) when the result goes
//! straight back to Python, or a counted re-entry when the native must look at the result (`close`,
//! `yield from` delegation, the async-generator awaitables).
use super::{GenKind, Generator};
use crate::compiler::bytecode::Instr;
use crate::heap::{ObjRef, Value};
use crate::interp::error::{self, PyErr, PyResult};
use crate::interp::genops::{self, Resume};
use crate::interp::{attr, call, exc, Flow, Vm};
use crate::objects::types;

/// What one step of a generator produced.
pub enum Step {
    Yielded(Value),
    /// The generator returned (or was already exhausted).
    Returned(Value),
}

pub fn gen_of(g: &ObjRef) -> PyResult<&Generator> {
    g.downcast::<Generator>()
        .ok_or_else(|| error::type_error("not a generator"))
}

/// Resumes `g` and hands its frame to the loop: the call's result is the yielded value, and a return becomes
/// `StopIteration(value)` (the loop's rule for generator frames).
pub fn tail(vm: &mut Vm, g: &ObjRef, value: Value, exc: Option<PyErr>) -> PyResult<Value> {
    match genops::resume(vm, g, value, exc)? {
        Resume::Frame(f) => {
            vm.pending_frame = Some(f);
            Ok(Value::NULL)
        }
        Resume::Done => Err(error::stop_iteration(None)),
    }
}

/// Resumes `g` and runs it until it yields, returns or raises (a counted re-entry of the loop).
pub fn step(vm: &mut Vm, g: &ObjRef, value: Value, exc: Option<PyErr>) -> PyResult<Step> {
    match genops::resume(vm, g, value, exc)? {
        Resume::Done => Ok(Step::Returned(Value::NONE)),
        Resume::Frame(f) => match call::run_flow(vm, Flow::Frame(f)) {
            Ok(v) => Ok(Step::Yielded(v)),
            Err(e) if is_finished(g) && exc::matches_type(&e, &types().stop_iteration) => {
                Ok(Step::Returned(exc::stop_iteration_value(e)))
            }
            Err(e) => Err(e),
        },
    }
}

/// `step` with the generator protocol's result: the yielded value, or `StopIteration(value)`.
pub fn step_value(vm: &mut Vm, g: &ObjRef, value: Value, exc: Option<PyErr>) -> PyResult<Value> {
    match step(vm, g, value, exc)? {
        Step::Yielded(v) => Ok(v),
        Step::Returned(v) => Err(super::stop_with(v)),
    }
}

pub fn is_finished(g: &ObjRef) -> bool {
    g.downcast::<Generator>().is_some_and(|gen| {
        gen.finished.get() || (!gen.running.get() && gen.frame.borrow().is_none())
    })
}

/// Whether the suspended frame has not run yet (3.11 `FRAME_CREATED`).
pub fn is_unstarted(gen: &Generator) -> bool {
    gen.frame
        .borrow()
        .as_ref()
        .is_some_and(|f| f.is_unstarted())
}

/// The sub-iterator of a `yield from`/`await` the generator is suspended in (3.11 `_PyGen_yf`).
pub fn yield_from(gen: &Generator) -> Option<Value> {
    let f = gen.frame.borrow();
    let f = f.as_ref()?;
    let ip = f.ip;
    if ip < 2 {
        return None;
    }
    match (f.instrs.get(ip - 2), f.instrs.get(ip - 1)) {
        (Some(Instr::Send(_)), Some(Instr::YieldValue)) => {
            let top = f.top().clone();
            (!top.is_null()).then_some(top)
        }
        _ => None,
    }
}

/// After the sub-iterator of a `yield from` finished with `value`: pop it and continue after the `Send` loop,
/// as the `Send` instruction does when its sub-iterator returns.
fn leave_yield_from(gen: &Generator) {
    let sub = {
        let mut fb = gen.frame.borrow_mut();
        match fb.as_mut() {
            Some(f) => match f.instrs.get(f.ip.saturating_sub(2)).copied() {
                Some(Instr::Send(target)) => {
                    let sub = f.pop();
                    f.ip = target as usize;
                    Some(sub)
                }
                _ => None,
            },
            None => None,
        }
    };
    // Dropped after the borrow ended: a drop may run `__del__`.
    drop(sub);
}

/// Closes a sub-iterator (`gen_close_iter`): generators by `close`, others through their `close` method.
fn close_iter(vm: &mut Vm, yf: &Value) -> PyResult<()> {
    if let Some(o) = yf.as_obj().filter(|o| o.downcast::<Generator>().is_some()) {
        return close(vm, o).map(|_| ());
    }
    if let Some(m) = attr::getattr_opt(vm, yf, "close")? {
        call::call_value(vm, &m, vec![])?;
    }
    Ok(())
}

fn ignored_exit(kind: GenKind) -> PyErr {
    error::runtime_error(match kind {
        GenKind::Generator => "generator ignored GeneratorExit",
        GenKind::Coroutine => "coroutine ignored GeneratorExit",
        GenKind::AsyncGenerator => "async generator ignored GeneratorExit",
    })
}

/// `generator.close()`: GeneratorExit at the suspension point; the generator must not yield again.
pub fn close(vm: &mut Vm, g: &ObjRef) -> PyResult<Value> {
    let gen = gen_of(g)?;
    if gen.finished.get() || gen.frame.borrow().is_none() && !gen.running.get() {
        return Ok(Value::NONE);
    }
    if is_unstarted(gen) {
        // Never started: nothing to unwind (3.11 marks it completed).
        let f = gen.frame.borrow_mut().take();
        gen.finished.set(true);
        if let Some(f) = f {
            vm.recycle(f);
        }
        return Ok(Value::NONE);
    }
    let mut err = None;
    if let Some(yf) = yield_from(gen) {
        gen.running.set(true);
        let r = close_iter(vm, &yf);
        gen.running.set(false);
        err = r.err();
    }
    let e = err.unwrap_or_else(|| PyErr::no_msg(&types().generator_exit));
    match step(vm, g, Value::NONE, Some(e)) {
        Ok(Step::Yielded(_)) => Err(ignored_exit(gen.kind)),
        Ok(Step::Returned(_)) => Ok(Value::NONE),
        Err(e)
            if exc::matches_type(&e, &types().generator_exit)
                || exc::matches_type(&e, &types().stop_iteration) =>
        {
            Ok(Value::NONE)
        }
        Err(e) => Err(e),
    }
}

/// `generator.throw(exc)` (3.11 `_gen_throw`): a `yield from` passes the exception to its sub-iterator first.
/// With `tail` the generator's frame is handed to the loop; otherwise it runs here and its result is returned.
pub fn throw(
    vm: &mut Vm,
    g: &ObjRef,
    e: PyErr,
    close_on_genexit: bool,
    tail_call: bool,
) -> PyResult<Value> {
    let gen = gen_of(g)?;
    let resume_with = |vm: &mut Vm, value: Value, exc: Option<PyErr>| {
        if tail_call {
            tail(vm, g, value, exc)
        } else {
            step_value(vm, g, value, exc)
        }
    };
    let Some(yf) = yield_from(gen) else {
        return resume_with(vm, Value::NONE, Some(e));
    };
    if close_on_genexit && exc::matches_type(&e, &types().generator_exit) {
        gen.running.set(true);
        let r = close_iter(vm, &yf);
        gen.running.set(false);
        return match r {
            Err(close_err) => resume_with(vm, Value::NONE, Some(close_err.thrown())),
            Ok(()) => resume_with(vm, Value::NONE, Some(e)),
        };
    }
    gen.running.set(true);
    let r = match yf.as_obj().filter(|o| o.downcast::<Generator>().is_some()) {
        Some(sub) => throw(vm, &sub.clone(), e, close_on_genexit, false),
        None => match attr::getattr_opt(vm, &yf, "throw") {
            Ok(Some(m)) => {
                let ev = Value::obj(exc::normalize(vm, e));
                call::call_value(vm, &m, vec![ev])
            }
            Ok(None) => {
                gen.running.set(false);
                return resume_with(vm, Value::NONE, Some(e));
            }
            Err(err) => Err(err),
        },
    };
    gen.running.set(false);
    match r {
        Ok(v) => Ok(v),
        Err(err) if exc::matches_type(&err, &types().stop_iteration) => {
            leave_yield_from(gen);
            let v = exc::stop_iteration_value(err);
            resume_with(vm, v, None)
        }
        Err(err) => resume_with(vm, Value::NONE, Some(err.thrown())),
    }
}
