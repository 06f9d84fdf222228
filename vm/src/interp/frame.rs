//! Frames as plain heap data: the locals, the value stack, the instruction pointer, and `then`, what the
//! caller does with the frame's result. A frame never lives on the native stack.
use crate::compiler::bytecode::Instr;
use crate::heap::{ObjRef, Value};
use crate::interp::then::Then;
use std::rc::Rc;

pub struct Frame {
    pub code: ObjRef,
    pub instrs: Rc<[Instr]>,
    /// Index of the next instruction.
    pub ip: usize,
    /// `localsplus` (locals, cells, free variables) followed by the value stack.
    pub slots: Vec<Value>,
    pub nlocals: usize,
    pub globals: ObjRef,
    pub builtins: ObjRef,
    /// The locals mapping of class bodies, modules and `exec` (`LoadName`/`StoreName`), or NULL.
    pub locals: Value,
    /// The function being run (for `super()`'s `__class__` cell and frame introspection), or NULL.
    pub func: Value,
    /// Pending keyword names for the next `Call` (a tuple constant), or NULL.
    pub kwnames: Value,
    pub then: Then,
    /// The generator or coroutine running this frame, or NULL.
    pub gen: Value,
    /// The materialised frame object (`sys._getframe`, tracebacks), or NULL.
    pub frame_obj: Value,
}

impl Frame {
    /// Whether this generator frame has not run yet (3.11 `FRAME_CREATED`): only its prologue up to
    /// `ReturnGenerator` ran, and cell or free-variable set-up may come before that.
    #[inline]
    pub fn is_unstarted(&self) -> bool {
        self.ip
            .checked_sub(1)
            .is_some_and(|i| matches!(self.instrs.get(i), Some(Instr::ReturnGenerator)))
    }

    /// Reports the references the frame holds to the cycle collector (as a suspended generator's).
    pub fn traverse(&self, f: &mut dyn FnMut(&Value)) {
        self.slots.iter().for_each(&mut *f);
        f(&self.locals);
        f(&self.func);
        f(&Value::obj(self.globals.clone()));
        if let crate::interp::then::Then::Finish(owner, _) = &self.then {
            f(owner);
        }
    }

    #[inline]
    pub fn push(&mut self, v: Value) {
        self.slots.push(v);
    }
    /// Pops the top of the value stack. An empty stack (a compiler bug) yields NULL, never a panic.
    #[inline]
    pub fn pop(&mut self) -> Value {
        if self.slots.len() > self.nlocals {
            self.slots.pop().unwrap_or(Value::NULL)
        } else {
            Value::NULL
        }
    }
    #[inline]
    pub fn top(&self) -> &Value {
        if self.slots.len() > self.nlocals {
            &self.slots[self.slots.len() - 1]
        } else {
            &NULL_VALUE
        }
    }
    /// The i-th item from the top (1 = top).
    #[inline]
    pub fn peek(&self, i: usize) -> &Value {
        let n = self.slots.len();
        if i >= 1 && n >= self.nlocals + i {
            &self.slots[n - i]
        } else {
            &NULL_VALUE
        }
    }
    #[inline]
    pub fn stack_len(&self) -> usize {
        self.slots.len() - self.nlocals
    }
    /// Pops `n` items, in push order.
    pub fn pop_n(&mut self, n: usize) -> Vec<Value> {
        let n = n.min(self.stack_len());
        let at = self.slots.len() - n;
        self.slots.split_off(at)
    }
    /// Truncates the value stack to `depth` items.
    pub fn unwind_to(&mut self, depth: usize) {
        let target = self.nlocals + depth;
        while self.slots.len() > target {
            // Drop one at a time: a drop may run a finaliser that looks at this frame.
            let v = self.slots.pop();
            drop(v);
        }
    }
    /// Index of the instruction being executed (for tracebacks and `f_lasti`).
    pub fn lasti(&self) -> usize {
        self.ip.saturating_sub(1)
    }
    pub fn code(&self) -> &crate::objects::code::Code {
        match self.code.downcast::<crate::objects::code::Code>() {
            Some(c) => c,
            None => unreachable_code(),
        }
    }
}

static NULL_VALUE: Value = Value::NULL;

#[cold]
fn unreachable_code() -> ! {
    // A frame is only ever built from a code object (see `Frame::new` callers); this is not reachable from
    // Python code.
    std::process::abort()
}
