//! Frame objects as Python sees them (`sys._getframe()`, `tb_frame`): a snapshot of a heap frame's identity
//! (code, globals, line, locals) made when asked for.
use crate::heap::{Kind, ObjRef, Payload, Value};
use crate::interp::error::{self, PyResult};
use crate::interp::frame::Frame;
use crate::interp::ops::type_name_of;
use crate::interp::Vm;
use crate::objects::builtin::Args;
use crate::objects::{dict, str as pystr, types};
use std::cell::{Cell, RefCell};

pub struct FrameObj {
    pub code: ObjRef,
    pub globals: ObjRef,
    pub builtins: ObjRef,
    pub lineno: Cell<u32>,
    pub lasti: Cell<u32>,
    /// A snapshot of the locals, or the frame's locals mapping.
    pub locals: RefCell<Value>,
    pub back: RefCell<Value>,
    /// `f_trace`: the local trace function (NULL when unset).
    pub trace: RefCell<Value>,
    /// What `interp::trace` keeps per frame (CPython's `f_trace_lines`, `f_trace_opcodes`, `f_lineno`
    /// override and the frame's previous instruction).
    pub tstate: Cell<TraceState>,
    /// The native a `Call` instruction of this frame is running, whose 'c_return' the profiler has yet
    /// to see (NULL when none).
    pub c_call: RefCell<Value>,
    /// The variables (slots) of a finished function frame that this object outlived, as CPython's
    /// frame object takes over its frame's data; `f_locals` reads them.
    pub kept: RefCell<Vec<Value>>,
}

/// Where a traced frame stands between two events.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Phase {
    /// Not seen by the tracer yet (it may have been running before tracing began).
    Unseen,
    /// Entered: its 'call' event is behind it.
    Running,
    /// Left by a return, a yield or an exception: the next instruction it runs is a new entry.
    Left,
}

/// Per-frame tracing state (plain data, so it sits in a `Cell`).
#[derive(Clone, Copy, Debug)]
pub struct TraceState {
    pub lines: bool,
    pub opcodes: bool,
    /// The line `f_lineno` reports while a hook runs on this frame (CPython sets `f->f_lineno` around
    /// `call_trace`), else None: the line of the instruction being executed.
    pub lineno: Option<u32>,
    /// The last instruction traced in this frame (CPython's `instr_prev`); None before the first.
    pub prev: Option<usize>,
    pub phase: Phase,
    /// `Vm::trace_epoch` at this frame's last step: `prev` is stale when tracing was off since.
    pub epoch: u32,
}

impl Default for TraceState {
    fn default() -> Self {
        TraceState {
            lines: true,
            opcodes: false,
            lineno: None,
            prev: None,
            phase: Phase::Unseen,
            epoch: 0,
        }
    }
}

impl Payload for FrameObj {
    const KIND: Kind = Kind::Frame;
}

/// The frame object of `f` (created once per frame and cached on it is not possible through `&Frame`, so
/// tracebacks share a fresh object per entry; identity is not observable through them in practice).
pub fn frame_object(f: &Frame) -> Value {
    if let Some(o) = f.frame_obj.as_obj() {
        if let Some(fo) = o.downcast::<FrameObj>() {
            fo.lineno.set(f.code().line_of(f.lasti()));
            fo.lasti.set(f.lasti() as u32);
        }
        return f.frame_obj.clone();
    }
    let fo = FrameObj {
        code: f.code.clone(),
        globals: f.globals.clone(),
        builtins: f.builtins.clone(),
        lineno: Cell::new(f.code().line_of(f.lasti())),
        lasti: Cell::new(f.lasti() as u32),
        locals: RefCell::new(if f.locals.is_null() {
            Value::NONE
        } else {
            f.locals.clone()
        }),
        back: RefCell::new(Value::NONE),
        trace: RefCell::new(Value::NULL),
        tstate: Cell::new(TraceState::default()),
        c_call: RefCell::new(Value::NULL),
        kept: RefCell::new(Vec::new()),
    };
    Value::obj(crate::heap::alloc(&crate::objects::types().frame, fo, None))
}

/// The frame object of `f`, created once and cached on the frame, with `f_back` set to `back` (the object of
/// the caller's frame, or None). Identity then holds across `sys._getframe()` calls and tracebacks, and
/// `f_locals` can read the live frame.
pub fn materialize(f: &mut Frame, back: Value) -> Value {
    if f.frame_obj.is_null() {
        f.frame_obj = frame_object(f);
    }
    let v = frame_object(f);
    if let Some(fo) = v.as_obj().and_then(|o| o.downcast::<FrameObj>()) {
        if fo.back.borrow().is_none() && !back.is_none() {
            let old = std::mem::replace(&mut *fo.back.borrow_mut(), back);
            drop(old);
        }
    }
    v
}

/// The frame object of `f` when it exists and its `f_back` is already set.
pub fn linked_object(f: &Frame) -> Option<Value> {
    let fo = f.frame_obj.as_obj()?.downcast::<FrameObj>()?;
    if fo.back.borrow().is_none() {
        return None;
    }
    Some(frame_object(f))
}

fn this(v: &Value) -> PyResult<&FrameObj> {
    v.as_obj()
        .and_then(|o| o.downcast::<FrameObj>())
        .ok_or_else(|| {
            error::type_error(format!(
                "descriptor requires a 'frame' object but received a '{}'",
                type_name_of(v)
            ))
        })
}

/// The live heap frame this object stands for, when it is on the stack (found by identity).
fn live<'a>(vm: &'a Vm, v: &Value) -> Option<&'a Frame> {
    vm.frames
        .iter()
        .rev()
        .map(|b| &**b)
        .find(|f| f.frame_obj.bits() == v.bits())
}

/// The locals of a live function frame as a new dict (cells read through, unbound names left out).
fn fast_locals(f: &Frame) -> Value {
    let d = dict::new_dict();
    sync_fast_locals(f, &d);
    Value::obj(d)
}

/// `locals()` in a function frame: one dict per frame (kept on its frame object), refreshed from
/// the variables at each call as CPython's `PyFrame_FastToLocals` does; names bound since appear,
/// names unbound since go, other keys stay.
pub fn cached_fast_locals(f: &mut Frame) -> Value {
    let fv = materialize(f, Value::NONE);
    let Some(fo) = fv.as_obj().and_then(|o| o.downcast::<FrameObj>()) else {
        return fast_locals(f);
    };
    let d = locals_dict(fo);
    sync_fast_locals(f, &d);
    Value::obj(d)
}

/// The dict a frame object keeps as its `f_locals` of a function frame, made on first use.
fn locals_dict(fo: &FrameObj) -> crate::heap::ObjRef {
    let cached = fo.locals.borrow().clone();
    match cached.as_obj().filter(|o| o.kind() == Kind::Dict) {
        Some(d) => d.clone(),
        None => {
            let d = dict::new_dict();
            let old = std::mem::replace(&mut *fo.locals.borrow_mut(), Value::obj(d.clone()));
            drop(old);
            d
        }
    }
}

/// A function frame that ends while its object is referenced elsewhere (a traceback, a caller of
/// `sys._getframe()`) leaves its variables to that object, as CPython's `_PyFrame_Clear` hands the
/// frame's data over: they stay alive, and `f_locals` of the finished frame shows them.
pub fn keep_locals(f: &Frame) {
    if !f.locals.is_null() || f.slots.is_empty() {
        return;
    }
    let Some(o) = f.frame_obj.as_obj().filter(|o| o.refcount() > 1) else {
        return;
    };
    if let Some(fo) = o.downcast::<FrameObj>() {
        let old = std::mem::replace(&mut *fo.kept.borrow_mut(), f.slots.clone());
        drop(old);
    }
}

/// What a finished frame's `f_locals` shows: its mapping, refreshed from the variables it kept.
pub fn finished_locals(fo: &FrameObj) -> Value {
    let kept = fo.kept.borrow().clone();
    if kept.is_empty() {
        return fo.locals.borrow().clone();
    }
    let d = locals_dict(fo);
    if let Some(code) = fo.code.downcast::<crate::objects::code::Code>() {
        sync_slots(code, &kept, &d);
    }
    Value::obj(d)
}

/// Before a trace function runs (CPython's `PyFrame_FastToLocals`): a function frame's cached
/// `f_locals` dict, when there is one, shows the variables as they are now.
pub fn refresh_fast_locals(f: &Frame) {
    if !f.locals.is_null() {
        return;
    }
    let Some(fo) = f.frame_obj.as_obj().and_then(|o| o.downcast::<FrameObj>()) else {
        return;
    };
    let cached = fo.locals.borrow().clone();
    if let Some(d) = cached.as_obj().filter(|o| o.kind() == Kind::Dict) {
        sync_fast_locals(f, d);
    }
}

/// After a trace function ran (CPython's `PyFrame_LocalsToFast(frame, 1)`): the variables of a
/// function frame take the values of its cached `f_locals` dict, so that a debugger can assign them;
/// a name missing from the dict becomes unbound.
pub fn locals_to_fast(f: &mut Frame) {
    if !f.locals.is_null() {
        return;
    }
    let Some(fo) = f.frame_obj.as_obj().and_then(|o| o.downcast::<FrameObj>()) else {
        return;
    };
    let cached = fo.locals.borrow().clone();
    let Some(d) = cached.as_obj().and_then(|o| o.downcast::<dict::Dict>()) else {
        return;
    };
    let code_ref = f.code.clone();
    let Some(code) = code_ref.downcast::<crate::objects::code::Code>() else {
        return;
    };
    for (i, n) in code.localsplus.iter().enumerate() {
        let Some(slot) = f.slots.get_mut(i) else {
            break;
        };
        let name = n.downcast::<pystr::Str>().map(|s| s.as_str()).unwrap_or("");
        let is_cell = i >= code.nvarnames || code.cellvars.iter().any(|c| c == name);
        let new = d.get_str(n).unwrap_or(Value::NULL);
        let cell = slot
            .as_obj()
            .and_then(|o| o.downcast::<crate::objects::cell::CellObj>());
        match cell {
            Some(c) if is_cell => {
                let old = std::mem::replace(&mut *c.value.borrow_mut(), new);
                drop(old);
            }
            _ => {
                if slot.bits() != new.bits() {
                    let old = std::mem::replace(slot, new);
                    drop(old);
                }
            }
        }
    }
}

/// Writes the frame's variables into `d` (cells read through); unbound names are removed.
fn sync_fast_locals(f: &Frame, d: &ObjRef) {
    sync_slots(f.code(), &f.slots, d);
}

/// Writes the variables in `slots` (laid out as `code`'s) into `d`.
fn sync_slots(code: &crate::objects::code::Code, slots: &[Value], d: &ObjRef) {
    if let Some(dd) = d.downcast::<dict::Dict>() {
        for (i, n) in code.localsplus.iter().enumerate() {
            let Some(v) = slots.get(i) else { break };
            let name = n.downcast::<pystr::Str>().map(|s| s.as_str()).unwrap_or("");
            let is_cell = i >= code.nvarnames || code.cellvars.iter().any(|c| c == name);
            let cell = v
                .as_obj()
                .and_then(|o| o.downcast::<crate::objects::cell::CellObj>());
            let v = match cell {
                Some(c) if is_cell => c.value.borrow().clone(),
                _ => v.clone(),
            };
            if !v.is_null() {
                dd.set_str(n, v);
            } else {
                drop(dd.del_str(n));
            }
        }
    }
}

/// `f_locals`: the locals mapping of class and module frames, a snapshot dict of a live function frame's
/// variables, or what was recorded for a finished frame.
fn get_locals(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let fo = this(v)?;
    if let Some(f) = vm
        .frames
        .iter_mut()
        .rev()
        .find(|f| f.frame_obj.bits() == v.bits())
    {
        if !f.locals.is_null() {
            return Ok(f.locals.clone());
        }
        // One dict per frame, as CPython's: what a debugger stores in it (pdb's `__return__`) stays.
        return Ok(cached_fast_locals(f));
    }
    let l = finished_locals(fo);
    if l.is_none() {
        let d = Value::obj(dict::new_dict());
        let old = std::mem::replace(&mut *fo.locals.borrow_mut(), d.clone());
        drop(old);
        return Ok(d);
    }
    Ok(l)
}

fn get_code(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::obj(this(v)?.code.clone()))
}

fn get_globals(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::obj(this(v)?.globals.clone()))
}

fn get_builtins(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::obj(this(v)?.builtins.clone()))
}

fn get_lineno(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let fo = this(v)?;
    if let Some(line) = fo.tstate.get().lineno {
        return Ok(crate::objects::int::from_i64(line as i64));
    }
    if let Some(f) = live(vm, v) {
        fo.lineno.set(f.code().line_of(f.lasti()));
    }
    // An instruction without a line (a rewritten `co_linetable`) has none: `f_lineno` is None.
    Ok(match fo.lineno.get() {
        0 => Value::NONE,
        n => crate::objects::int::from_i64(n as i64),
    })
}

fn set_lineno(vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let fo = this(v)?;
    crate::interp::trace_jump::set_lineno(vm, v, fo, new)
}

/// In bytes of `co_code` (two per instruction), as CPython reports it.
fn get_lasti(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let fo = this(v)?;
    if let Some(f) = live(vm, v) {
        fo.lasti.set(f.lasti() as u32);
    }
    Ok(crate::objects::int::from_i64(fo.lasti.get() as i64 * 2))
}

fn get_back(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(this(v)?.back.borrow().clone())
}

/// `f_trace`: the local trace function, None when unset.
fn get_trace(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let t = this(v)?.trace.borrow().clone();
    Ok(if t.is_null() { Value::NONE } else { t })
}

fn set_trace(_vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let fo = this(v)?;
    let new = match new {
        Some(n) if !n.is_none() => n,
        _ => Value::NULL,
    };
    let old = std::mem::replace(&mut *fo.trace.borrow_mut(), new);
    drop(old);
    Ok(())
}

fn get_trace_lines(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::bool(this(v)?.tstate.get().lines))
}

fn get_trace_opcodes(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::bool(this(v)?.tstate.get().opcodes))
}

/// The bool that `f_trace_lines`/`f_trace_opcodes` accept (CPython's `T_BOOL` member: a bool only).
fn bool_member(new: Option<Value>) -> PyResult<bool> {
    match new {
        Some(n) => n
            .as_bool()
            .ok_or_else(|| error::type_error("attribute value type must be bool")),
        None => Err(error::type_error("can't delete numeric/char attribute")),
    }
}

fn set_trace_lines(_vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let fo = this(v)?;
    let b = bool_member(new)?;
    let mut st = fo.tstate.get();
    st.lines = b;
    fo.tstate.set(st);
    Ok(())
}

fn set_trace_opcodes(_vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let fo = this(v)?;
    let b = bool_member(new)?;
    let mut st = fo.tstate.get();
    st.opcodes = b;
    fo.tstate.set(st);
    Ok(())
}

/// `frame.clear()`: drops the snapshot of a finished frame; an executing one refuses.
fn clear(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = args.this()?;
    let fo = this(v)?;
    if live(vm, v).is_some() {
        return Err(error::runtime_error("cannot clear an executing frame"));
    }
    let old = std::mem::replace(&mut *fo.locals.borrow_mut(), Value::NONE);
    drop(old);
    Ok(Value::NONE)
}

fn repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = args.this()?;
    let fo = this(v)?;
    let line = get_lineno(vm, v)?;
    let (file, name) = match fo.code.downcast::<crate::objects::code::Code>() {
        Some(c) => (
            pystr::as_str(&Value::obj(c.filename.borrow().clone()))
                .unwrap_or("")
                .to_string(),
            pystr::as_str(&Value::obj(c.name.clone()))
                .unwrap_or("")
                .to_string(),
        ),
        None => (String::new(), String::new()),
    };
    let addr = v.as_obj().map(|o| o.addr()).unwrap_or(0);
    Ok(pystr::new_string(format!(
        "<frame at {addr:#x}, file '{file}', line {}, code {name}>",
        line.as_int().unwrap_or(0)
    )))
}

/// Fills the namespace of this file's type(s).
pub fn register() {
    use crate::objects::register::*;
    let t = &types().frame;
    methods(t, &[("clear", clear), ("__repr__", repr)]);
    getsets(
        t,
        &[
            ("f_code", get_code, None),
            ("f_globals", get_globals, None),
            ("f_builtins", get_builtins, None),
            ("f_locals", get_locals, None),
            ("f_lineno", get_lineno, Some(set_lineno)),
            ("f_lasti", get_lasti, None),
            ("f_back", get_back, None),
            ("f_trace", get_trace, Some(set_trace)),
            ("f_trace_lines", get_trace_lines, Some(set_trace_lines)),
            (
                "f_trace_opcodes",
                get_trace_opcodes,
                Some(set_trace_opcodes),
            ),
        ],
    );
}
