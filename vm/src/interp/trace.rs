//! `sys.settrace`/`sys.setprofile` events, with CPython 3.11's semantics (`call_trace`,
//! `maybe_call_line_trace`, `trace_trampoline`, `profile_trampoline` in `Python/ceval.c` and
//! `Python/sysmodule.c`).
//!
//! Tracing costs the loop nothing while it is off: setting a hook raises the attention flag that the
//! loop already tests before every instruction, and while a hook is set the loop raises it again at
//! each instruction and calls `step` (the slower path). A traced frame runs its code object's plain
//! instructions, not the superinstructions, so every instruction gets its own step.
//!
//! The hooks are called with `call::call_value`, a counted native re-entry, not as frames the loop
//! pushes: an event is reported between two instructions (or while an exception unwinds), where no
//! instruction is waiting for a result, and the hook's result (the new `f_trace`) is needed before the
//! next instruction runs. A trace function that switches greenlets then takes a hard switch.
//!
//! Per-frame state (`f_trace`, `f_trace_lines`, the previous instruction) lives on the frame object,
//! which every traced frame has, since the hooks receive it.
use crate::compiler::bytecode::Instr;
use crate::heap::Value;
use crate::interp::error::{PyErr, PyResult};
use crate::interp::frame::Frame;
use crate::interp::{call, Vm};
use crate::objects::frameobj::{FrameObj, Phase};
use crate::objects::{self, str as pystr, tuple};

/// The events, named as the hooks see them.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Event {
    Call,
    Exception,
    Line,
    Return,
    CCall,
    CException,
    CReturn,
    Opcode,
}

impl Event {
    fn name(self) -> &'static str {
        match self {
            Event::Call => "call",
            Event::Exception => "exception",
            Event::Line => "line",
            Event::Return => "return",
            Event::CCall => "c_call",
            Event::CException => "c_exception",
            Event::CReturn => "c_return",
            Event::Opcode => "opcode",
        }
    }
}

fn is_set(v: &Value) -> bool {
    !v.is_null() && !v.is_none()
}

/// Recomputes whether a hook is set after `sys.settrace`/`sys.setprofile` (CPython's
/// `_PyThreadState_UpdateTracingState`), and makes the loop stop at its next instruction.
pub fn update(vm: &mut Vm) {
    vm.use_tracing = is_set(&vm.trace_func) || is_set(&vm.profile_func);
    if vm.use_tracing {
        crate::heap::request_attention();
    }
}

impl Vm {
    /// Whether this thread reports events now: a hook is set and none is running (`tstate->tracing`).
    #[inline]
    pub(crate) fn tracing_on(&self) -> bool {
        self.use_tracing && self.tracing == 0
    }
}

/// The frame object of the frame on top of `vm.frames` (made and linked to its callers' on first use).
fn top_object(vm: &mut Vm) -> PyResult<Value> {
    if let Some(f) = vm.frames.last() {
        if !f.frame_obj.is_null() {
            return Ok(f.frame_obj.clone());
        }
    }
    crate::interp::sysmod::frame_object_at(vm, 0)
}

fn frame_obj(v: &Value) -> Option<&FrameObj> {
    v.as_obj()?.downcast::<FrameObj>()
}

/// Calls `hook(frame, event, arg)` with events off for this thread, `f_lineno` reading `line`.
fn call_hook(
    vm: &mut Vm,
    hook: &Value,
    fv: &Value,
    event: Event,
    arg: Value,
    line: u32,
) -> PyResult<Value> {
    let fo = frame_obj(fv);
    let saved = fo.map(|fo| {
        let st = fo.tstate.get();
        let mut with_line = st;
        with_line.lineno = Some(line);
        fo.tstate.set(with_line);
        st.lineno
    });
    // `PyThreadState_EnterTracing`/`LeaveTracing`: off while the hook runs (even for what it runs
    // through `sys.call_tracing`, unless it sets a hook itself), recomputed after.
    vm.tracing += 1;
    vm.use_tracing = false;
    let what = std::mem::replace(&mut vm.tracing_what, event);
    let args = vec![fv.clone(), pystr::new_str(event.name()), arg];
    if let Some(f) = vm
        .frames
        .iter()
        .rev()
        .find(|f| f.frame_obj.bits() == fv.bits())
    {
        objects::frameobj::refresh_fast_locals(f);
    }
    let r = call::call_value(vm, hook, args);
    if let Some(f) = vm
        .frames
        .iter_mut()
        .rev()
        .find(|f| f.frame_obj.bits() == fv.bits())
    {
        objects::frameobj::locals_to_fast(f);
    }
    vm.tracing_what = what;
    vm.tracing -= 1;
    update(vm);
    if let (Some(fo), Some(saved)) = (fo, saved) {
        let mut st = fo.tstate.get();
        st.lineno = saved;
        fo.tstate.set(st);
    }
    r
}

/// CPython's `trace_trampoline`: 'call' goes to the global function, the other events to the frame's
/// `f_trace`; a result other than None becomes `f_trace`; an error unsets the trace function.
fn trace_event(vm: &mut Vm, fv: &Value, event: Event, arg: Value, line: u32) -> PyResult<()> {
    let Some(fo) = frame_obj(fv) else {
        return Ok(());
    };
    let callback = if event == Event::Call {
        vm.trace_func.clone()
    } else {
        fo.trace.borrow().clone()
    };
    if !is_set(&callback) || !is_set(&vm.trace_func) {
        return Ok(());
    }
    match call_hook(vm, &callback, fv, event, arg, line) {
        Ok(r) => {
            if !r.is_none() {
                let old = std::mem::replace(&mut *fo.trace.borrow_mut(), r);
                drop(old);
            }
            Ok(())
        }
        Err(e) => {
            let old = std::mem::replace(&mut vm.trace_func, Value::NONE);
            drop(old);
            update(vm);
            let old = std::mem::replace(&mut *fo.trace.borrow_mut(), Value::NULL);
            drop(old);
            Err(e)
        }
    }
}

/// CPython's `profile_trampoline`: the result is ignored; an error unsets the profile function.
fn profile_event(vm: &mut Vm, fv: &Value, event: Event, arg: Value, line: u32) -> PyResult<()> {
    let hook = vm.profile_func.clone();
    if !is_set(&hook) {
        return Ok(());
    }
    match call_hook(vm, &hook, fv, event, arg, line) {
        Ok(_) => Ok(()),
        Err(e) => {
            let old = std::mem::replace(&mut vm.profile_func, Value::NONE);
            drop(old);
            update(vm);
            Err(e)
        }
    }
}

/// Both hooks, the trace function first (`trace_function_entry`/`trace_function_exit`).
fn both(vm: &mut Vm, fv: &Value, event: Event, arg: Value, line: u32) -> PyResult<()> {
    trace_event(vm, fv, event, arg.clone(), line)?;
    profile_event(vm, fv, event, arg, line)
}

/// The first instruction of `code` that is traced (after the cell set-up and `ReturnGenerator` of the
/// prologue; CPython's `_co_firsttraceable` is its `RESUME`).
fn first_traceable(code: &objects::code::Code) -> usize {
    let mut i = code.entry;
    while matches!(
        code.instrs.get(i),
        Some(Instr::MakeCell(_) | Instr::CopyFreeVars(_) | Instr::ReturnGenerator)
    ) {
        i += 1;
    }
    if i > code.entry
        && matches!(code.instrs.get(i), Some(Instr::Nop))
        && code.line_of(i) == code.firstlineno
    {
        // The `Nop` that carries the `def` line, after the cell set-up (a frame starts past it
        // only when it comes first).
        i += 1;
    }
    i
}

/// The line a 'call' event reports: the `def` line of a function (its `RESUME`), 0 for a module.
fn entry_line(code: &objects::code::Code) -> u32 {
    if pystr::as_str(&Value::obj(code.name.clone())) == Some("<module>") {
        0
    } else {
        code.firstlineno
    }
}

/// The callable of the `Call` about to run when it is a native the profiler reports (CPython's
/// `trace_call_function`: builtin functions, and method descriptors bound to their first argument).
fn native_callee(f: &Frame, instr: Instr) -> Option<Value> {
    let (callable, first_arg) = match instr {
        Instr::Call(argc) => {
            let argc = argc as usize;
            let n = f.slots.len();
            if n < f.nlocals + argc + 2 {
                return None;
            }
            let below = n - argc - 2;
            if f.slots[below].is_null() {
                (f.slots[below + 1].clone(), f.slots.get(below + 2).cloned())
            } else {
                (f.slots[below].clone(), Some(f.slots[below + 1].clone()))
            }
        }
        Instr::CallFunctionEx(has_kw) => (f.peek(2 + usize::from(has_kw & 1 != 0)).clone(), None),
        _ => return None,
    };
    let b = callable.as_obj()?.downcast::<objects::builtin::Builtin>()?;
    if b.self_.is_none() && b.kind == objects::builtin::BuiltinKind::Method {
        if objects::method_support::is_slot_wrapper(b.name) {
            return None;
        }
        return first_arg
            .filter(|_| matches!(instr, Instr::Call(_)))
            .map(|s| objects::builtin::bind_builtin(b, s));
    }
    Some(callable)
}

/// The events before the instruction at `ip` of the frame on top of `vm.frames` runs: 'call' when the
/// frame starts or resumes, 'c_return' for the native call it made last, 'line' and 'opcode', then
/// 'return' before a return or yield and 'c_call' before a call of a native. An error leaves the
/// frame's instruction pointer past the instruction, which then counts as the one that raised.
pub(crate) fn step(vm: &mut Vm) -> PyResult<()> {
    loop {
        let Some(f) = vm.frames.last_mut() else {
            return Ok(());
        };
        if matches!(f.then, crate::interp::then::Then::Finish(..))
            || vm.preempt_code.as_ref().is_some_and(|c| c.is(&f.code))
        {
            // A continuation's bottom frame, the preemption hook's frame: the interpreter's own.
            return Ok(());
        }
        let code_ref = f.code.clone();
        let Some(code) = code_ref.downcast::<objects::code::Code>() else {
            return Ok(());
        };
        let ip = f.ip;
        let first = first_traceable(code);
        let Some(&instr) = code.instrs.get(ip) else {
            return Ok(());
        };
        if ip < first {
            return Ok(());
        }
        if !std::rc::Rc::ptr_eq(&f.instrs, &code.instrs) {
            // The plain instructions: a superinstruction would run its second half without a step.
            f.instrs = code.instrs.clone();
        }
        let fv = top_object(vm)?;
        let Some(fo) = frame_obj(&fv) else {
            return Ok(());
        };
        let mut st = fo.tstate.get();
        if st.phase == Phase::Running && st.epoch != vm.trace_epoch {
            // It ran untraced since its last step: its previous instruction is the last it ran.
            st.prev = ip.checked_sub(1);
        }
        st.epoch = vm.trace_epoch;
        fo.tstate.set(st);
        if st.phase != Phase::Running {
            let resumed = ip > 0 && matches!(code.instrs.get(ip - 1), Some(Instr::YieldValue));
            let entering = st.phase == Phase::Left || ip == first || resumed;
            if ip == first {
                st.prev = None;
            } else if st.phase == Phase::Unseen {
                st.prev = Some(ip - 1);
            }
            st.phase = Phase::Running;
            fo.tstate.set(st);
            if entering {
                let line = if ip == first {
                    entry_line(code)
                } else {
                    code.line_of(ip - 1)
                };
                both(vm, &fv, Event::Call, Value::NONE, line)?;
            }
        }
        let pending = fo.c_call.borrow_mut().take();
        if !pending.is_null() {
            let line = code.line_of(ip.saturating_sub(1));
            let r = profile_event(vm, &fv, Event::CReturn, pending, line);
            failed(vm, r)?;
        }
        let line = code.line_of(ip);
        if is_set(&vm.trace_func) && is_set(&fo.trace.borrow()) {
            let st = fo.tstate.get();
            if line != 0 && st.lines {
                let lastline = match st.prev {
                    Some(p) => i64::from(code.line_of(p)),
                    None => -1,
                };
                let backward = st.prev.is_some_and(|p| ip < p) && !matches!(instr, Instr::Send(_));
                if i64::from(line) != lastline || backward {
                    let r = trace_event(vm, &fv, Event::Line, Value::NONE, line);
                    failed(vm, r)?;
                }
            }
            if fo.tstate.get().opcodes {
                let r = trace_event(vm, &fv, Event::Opcode, Value::NONE, line);
                failed(vm, r)?;
            }
        }
        let Some(f) = vm.frames.last_mut() else {
            return Ok(());
        };
        // A trace function that set `f_lineno` moved the frame: it goes on from there, untraced.
        let ip = f.ip;
        let Some(&instr) = code.instrs.get(ip) else {
            return Ok(());
        };
        let mut st = fo.tstate.get();
        st.prev = Some(ip);
        fo.tstate.set(st);
        match instr {
            Instr::Jump(t) | Instr::JumpNoInterrupt(t)
                if matches!(code.instrs.get(t as usize), Some(Instr::ForIter(_))) =>
            {
                // The loop would run the `ForIter` inline, without its step: jump here instead.
                f.ip = t as usize;
                continue;
            }
            Instr::ReturnValue | Instr::YieldValue => {
                let v = f.top().clone();
                let mut st = fo.tstate.get();
                st.phase = Phase::Left;
                fo.tstate.set(st);
                let r = both(vm, &fv, Event::Return, v, line);
                failed(vm, r)?;
            }
            Instr::Call(_) | Instr::CallFunctionEx(_) if is_set(&vm.profile_func) => {
                if let Some(func) = native_callee(f, instr) {
                    let r = profile_event(vm, &fv, Event::CCall, func.clone(), line);
                    failed(vm, r)?;
                    let old = std::mem::replace(&mut *fo.c_call.borrow_mut(), func);
                    drop(old);
                }
            }
            _ => {}
        }
        return Ok(());
    }
}

/// An event's error raises at the instruction about to run (CPython's `next_instr++; goto error`).
fn failed(vm: &mut Vm, r: PyResult<()>) -> PyResult<()> {
    if r.is_err() {
        if let Some(f) = vm.frames.last_mut() {
            f.ip += 1;
        }
    }
    r
}

/// Before an exception thrown into a resumed generator unwinds it: its 'call' event
/// (`TRACE_FUNCTION_THROW_ENTRY`). The frame is on top of `vm.frames`.
pub(crate) fn throw_entry(vm: &mut Vm) -> PyResult<()> {
    let fv = top_object(vm)?;
    let Some(fo) = frame_obj(&fv) else {
        return Ok(());
    };
    let mut st = fo.tstate.get();
    if st.phase == Phase::Running {
        return Ok(());
    }
    let f = vm
        .frames
        .last()
        .map(|f| (f.code().line_of(f.lasti()), f.lasti()));
    let Some((line, lasti)) = f else {
        return Ok(());
    };
    if st.phase == Phase::Unseen {
        st.prev = Some(lasti);
    }
    st.phase = Phase::Running;
    fo.tstate.set(st);
    both(vm, &fv, Event::Call, Value::NONE, line)
}

/// While an exception unwinds the frame on top of `vm.frames` (not a re-raise): 'c_exception' for the
/// native call that raised it, then 'exception' (`call_exc_trace`). An error of the trace function
/// replaces the exception.
pub(crate) fn exception(vm: &mut Vm, exc: &crate::heap::ObjRef) -> Result<(), PyErr> {
    let fv = top_object(vm)?;
    let Some(fo) = frame_obj(&fv) else {
        return Ok(());
    };
    let line = vm
        .frames
        .last()
        .map(|f| f.code().line_of(f.lasti()))
        .unwrap_or(0);
    let pending = fo.c_call.borrow_mut().take();
    if !pending.is_null() {
        // `call_trace_protected`: an error here is dropped, the call's exception goes on.
        let _ = profile_event(vm, &fv, Event::CException, pending, line);
    }
    if !is_set(&vm.trace_func) || !is_set(&fo.trace.borrow()) {
        return Ok(());
    }
    let e = Value::obj(exc.clone());
    let (ty, tb) = crate::interp::exc::type_and_tb(&e);
    let arg = tuple::new_tuple(vec![ty, e, tb]);
    trace_event(vm, &fv, Event::Exception, arg, line)
}

/// An exception leaves the frame on top of `vm.frames`: 'return' with None (`TRACE_FUNCTION_UNWIND`,
/// whose errors are ignored).
pub(crate) fn unwound(vm: &mut Vm) {
    let Ok(fv) = top_object(vm) else {
        return;
    };
    let Some(fo) = frame_obj(&fv) else {
        return;
    };
    let line = vm
        .frames
        .last()
        .map(|f| f.code().line_of(f.lasti()))
        .unwrap_or(0);
    let mut st = fo.tstate.get();
    st.phase = Phase::Left;
    fo.tstate.set(st);
    let _ = both(vm, &fv, Event::Return, Value::NONE, line);
}

/// A `for` loop over an iterator that ended by raising StopIteration (or a generator that returned
/// a value): its frame `c`, just taken off `vm.frames`, sees the StopIteration as an 'exception'
/// event (`FOR_ITER`'s `call_exc_trace`), whose errors are dropped with it.
pub(crate) fn loop_stopped(vm: &mut Vm, c: &mut Frame, e: PyErr) {
    let exc = crate::interp::exc::normalize(vm, e);
    let back = if c.frame_obj.is_null() && !vm.frames.is_empty() {
        crate::interp::sysmod::frame_object_at(vm, 0).unwrap_or(Value::NONE)
    } else {
        Value::NONE
    };
    let fv = objects::frameobj::materialize(c, back);
    let traced = frame_obj(&fv).is_some_and(|fo| is_set(&fo.trace.borrow()));
    if !traced || !is_set(&vm.trace_func) {
        return;
    }
    let e = Value::obj(exc);
    let (ty, tb) = crate::interp::exc::type_and_tb(&e);
    let arg = tuple::new_tuple(vec![ty, e, tb]);
    let line = c.code().line_of(c.lasti());
    let _ = trace_event(vm, &fv, Event::Exception, arg, line);
}
