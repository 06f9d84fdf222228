//! Resuming generators and coroutines: the generator's frame is moved onto the frame stack with the sent
//! value (or a thrown exception) and the loop continues in it.
use crate::heap::{ObjRef, Value};
use crate::interp::error::{self, PyResult};
use crate::interp::frame::Frame;
use crate::interp::Vm;
use crate::objects::generator::{GenKind, Generator};

pub enum Resume {
    /// Run this frame; its `then` must be set by the caller.
    Frame(Box<Frame>),
    /// The generator is exhausted.
    Done,
}

/// `next()` on an exact generator that is suspended (or not yet started): its frame, ready to run with
/// `None` sent in, for the loop's `ForIter`. `None` leaves every other case to `resume`.
#[inline]
pub fn resume_for_iter(vm: &mut Vm, it: &Value) -> Option<Box<Frame>> {
    let o = it.as_obj()?;
    if o.kind() != crate::heap::Kind::Generator || !o.ty().is(&crate::objects::types().generator) {
        return None;
    }
    resume_ready(vm, o, it, &Value::NONE)
}

/// `gen.send(value)` (`yield from`, `await`) on a suspended generator or coroutine, or a not yet started
/// one with `None`: its frame, ready to run. `None` leaves every other case (and its errors) to `resume`.
#[inline]
pub fn resume_send(vm: &mut Vm, sub: &Value, value: &Value) -> Option<Box<Frame>> {
    let o = sub.as_obj()?;
    if o.kind() != crate::heap::Kind::Generator {
        return None;
    }
    resume_ready(vm, o, sub, value)
}

#[inline]
fn resume_ready(vm: &mut Vm, o: &ObjRef, it: &Value, value: &Value) -> Option<Box<Frame>> {
    let g = o.downcast::<Generator>()?;
    if g.running.get() {
        return None;
    }
    let mut frame = g.frame.borrow_mut();
    let started = !frame.as_ref()?.is_unstarted();
    if !started && !value.is_none() {
        return None;
    }
    let mut f = frame.take()?;
    drop(frame);
    g.running.set(true);
    vm.exc_stack.push(std::mem::replace(
        &mut *g.exc_state.borrow_mut(),
        Value::NONE,
    ));
    if started {
        f.push(value.clone());
    }
    f.gen = it.clone();
    Some(f)
}

/// Prepares `gen` to resume with `value` sent in (or `exc` thrown in at the yield point).
pub fn resume(
    vm: &mut Vm,
    gen: &ObjRef,
    value: Value,
    exc: Option<crate::interp::error::PyErr>,
) -> PyResult<Resume> {
    let Some(g) = gen.downcast::<Generator>() else {
        return Err(error::type_error("not a generator"));
    };
    if g.running.get() {
        let what = match g.kind {
            GenKind::Generator => "generator already executing",
            GenKind::Coroutine => "coroutine already executing",
            GenKind::AsyncGenerator => "async generator already executing",
        };
        return Err(error::value_error(what));
    }
    let f = g.frame.borrow_mut().take();
    let Some(mut f) = f else {
        if let Some(e) = exc {
            return Err(e);
        }
        if g.kind == GenKind::Coroutine {
            return Err(error::runtime_error(
                "cannot reuse already awaited coroutine",
            ));
        }
        return Ok(Resume::Done);
    };
    let started = !f.is_unstarted();
    if !started && !value.is_none() && exc.is_none() {
        let kind = match g.kind {
            GenKind::Generator => "generator",
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGenerator => "async generator",
        };
        *g.frame.borrow_mut() = Some(f);
        return Err(error::type_error(format!(
            "can't send non-None value to a just-started {kind}"
        )));
    }
    g.running.set(true);
    vm.exc_stack.push(std::mem::replace(
        &mut *g.exc_state.borrow_mut(),
        Value::NONE,
    ));
    f.gen = Value::obj(gen.clone());
    if started {
        f.push(value);
    }
    if let Some(e) = exc {
        // Raise at the yield point: the loop unwinds from the frame's current instruction.
        vm.pending_throw = Some(e);
        crate::heap::request_attention();
    }
    Ok(Resume::Frame(f))
}
