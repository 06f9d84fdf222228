//! `Then`: what happens when a frame the interpreter pushed returns (or raises). Continuations are plain data
//! so that a frame waiting on one can be pickled (DESIGN.md invariant 4).
use crate::compiler::bytecode::{BinOp, CmpOp};
use crate::heap::Value;

pub enum Then {
    /// Push the result on the caller's stack (an ordinary call).
    Push,
    /// Drop the result (`__del__`, `__set__`, `__delete__`, `__setitem__`, ...).
    Discard,
    /// The bottom frame of a nested `run`: return the result to the native that started it (named, for
    /// the error that refuses to pickle a chain holding it).
    Return(&'static str),
    /// `__init__` returned: it must be None; then push the instance.
    Init(Value),
    /// A binary operator's dunder returned: on `NotImplemented`, try the next candidate.
    Binary {
        op: BinOp,
        lhs: Value,
        rhs: Value,
        reflected: bool,
        /// The in-place method (`__iadd__`) ran; the plain ones come next.
        iop: bool,
    },
    /// A rich comparison's dunder returned: on `NotImplemented`, try the reflection or the default.
    Compare {
        op: CmpOp,
        lhs: Value,
        rhs: Value,
        reflected: bool,
    },
    /// `__bool__`/`__len__` returned for a conditional jump: jump to `target` when truth == `jump_if`.
    JumpIf {
        jump_if: bool,
        target: u32,
        /// `Jump*OrPop`: the operand is still on the stack and goes when not jumping.
        pop: bool,
        len: bool,
    },
    /// `__bool__`/`__len__` returned for `not`: push the negation.
    Not { len: bool },
    /// `__next__` returned inside `ForIter`: push the item; `StopIteration` jumps to `target`.
    ForIter { target: u32 },
    /// `__getattribute__` raised `AttributeError`: call `__getattr__(obj, name)`; `method` pushes NULL first.
    GetAttrFallback {
        obj: Value,
        name: Value,
        method: bool,
    },
    /// `__getattr__(obj, name)` returned: push the result; an `AttributeError` it raised learns `obj`
    /// and `name` when it has none (CPython's `set_attribute_error_context`).
    AttrContext { obj: Value, name: Value },
    /// The result of a `LoadMethod` resolved through a dunder: push `[NULL, result]`.
    PushAfterNull,
    /// `__contains__` returned: push its truth (negated for `not in`).
    Contains { negate: bool },
    /// `__iter__` returned: check it is an iterator.
    GetIter,
    /// `__exit__` of a `with` returned during normal exit: discard.
    /// `__enter__` returned: push the result (the `__exit__` bound method is already below it).
    Enter,
    /// A sub-iterator resumed by `Send` yielded (push the value) or returned (pop it, push the value, jump).
    Send { target: u32 },
    /// `__hash__` returned: check it is an int.
    Hash,
    /// `__index__` returned.
    Index,
    /// The bottom of a continuation's frame chain, owned by the object given: the finisher says which
    /// computation its result or exception goes to (`cont::finish`).
    Finish(Value, &'static crate::cont::Finisher),
}
