//! `Vm`: the state of one interpreter thread: its frame stack, the exception being handled, the module
//! table, and the recursion budget for natives that re-enter Python.
use crate::heap::{ObjRef, Value};
use crate::interp::error::{PyErr, PyResult};
use crate::interp::frame::Frame;

pub struct Vm {
    /// Suspended callers of the running frame (the running frame itself is held by `run`).
    pub frames: Vec<Box<Frame>>,
    /// Reusable frame boxes (their slot vectors keep their capacity).
    pub frame_pool: Vec<Box<Frame>>,
    /// Exceptions being handled: the top entry is what `sys.exc_info()` reports (3.11's exc_info stack; a
    /// generator pushes its own entry while it runs).
    pub exc_stack: Vec<Value>,
    /// `sys.modules`.
    pub modules: ObjRef,
    /// The `builtins` module's dict.
    pub builtins: ObjRef,
    /// The `sys` module (once created).
    pub sys: Option<ObjRef>,
    pub recursion_limit: usize,
    /// Python frames on the stack (all nested runs).
    pub depth: usize,
    /// Nesting of native re-entries (`call` from natives), bounded separately.
    pub native_depth: usize,
    /// A frame a native asked the loop to run in its place (the "call this, then return its result" protocol).
    pub pending_frame: Option<Box<Frame>>,
    /// Set when the last nested `run` ended by a `yield` (not a return).
    pub yielded: bool,
    /// The hooks the stdlib crate registers (native module constructors).
    pub registry: crate::interp::registry::Registry,
    /// Command-line state reflected in `sys`.
    pub argv: Vec<String>,
    pub path: Vec<String>,
    pub flags: crate::interp::registry::Flags,
}

impl Vm {
    /// Raises `RecursionError` when a new Python frame would exceed the limit.
    #[inline]
    pub fn check_depth(&self) -> PyResult<()> {
        if self.depth >= self.recursion_limit {
            return Err(crate::interp::error::recursion_error("maximum recursion depth exceeded"));
        }
        Ok(())
    }

    /// The exception currently being handled (`sys.exc_info()[1]`), or None.
    pub fn handled_exception(&self) -> Value {
        for v in self.exc_stack.iter().rev() {
            if !v.is_none() && !v.is_null() {
                return v.clone();
            }
        }
        Value::NONE
    }

    pub fn set_handled(&mut self, v: Value) -> Value {
        match self.exc_stack.last_mut() {
            Some(top) => std::mem::replace(top, v),
            None => {
                self.exc_stack.push(v);
                Value::NONE
            }
        }
    }

    /// The frame that called the running native (the top of `frames` while a native runs).
    pub fn caller_frame(&self) -> Option<&Frame> {
        self.frames.last().map(|b| &**b)
    }

    pub fn err(&self, e: PyErr) -> PyResult<Value> {
        Err(e)
    }
}
