//! Assigning `frame.f_lineno` from a trace function: a jump, as CPython 3.11's `frame_setlineno`
//! (`Objects/frameobject.c`) allows it. The target must be the start of a line whose value stack is
//! compatible with the current one (a prefix of it, kind by kind); the values above it are popped
//! (an exception saved by an `except` block going back to `sys.exc_info()`), and the frame goes on
//! from there without a 'line' event of its own.
use crate::compiler::bytecode::Instr;
use crate::heap::Value;
use crate::interp::error::{self, PyResult};
use crate::interp::trace::Event;
use crate::interp::Vm;
use crate::objects::code::Code;
use crate::objects::frameobj::FrameObj;

/// What a value-stack entry holds, 3 bits each in an `i64` (CPython's `Kind`).
const ITERATOR: i64 = 1;
const EXCEPT: i64 = 2;
const OBJECT: i64 = 3;
const NULL: i64 = 4;
const LASTI: i64 = 5;
const BITS: u32 = 3;
const MASK: i64 = (1 << BITS) - 1;
const OVERFLOWED: i64 = -1;
const UNINITIALIZED: i64 = -2;

fn push(stack: i64, kind: i64) -> i64 {
    if stack < 0 {
        return stack;
    }
    if (stack as u64) >= (1u64 << (64 - BITS)) {
        return OVERFLOWED;
    }
    (stack << BITS) | kind
}

fn pop(stack: i64) -> i64 {
    if stack < 0 {
        return stack;
    }
    stack >> BITS
}

fn top(stack: i64) -> i64 {
    stack & MASK
}

/// The kind `n` entries down (1 = top); an entry deeper than the encoding holds reads as empty.
fn peek(stack: i64, n: u32) -> i64 {
    let shift = BITS.saturating_mul(n.saturating_sub(1));
    if shift >= 63 {
        return 0;
    }
    (stack >> shift) & MASK
}

fn swap(stack: i64, n: u32) -> i64 {
    if stack < 0 || n == 0 {
        return stack;
    }
    if BITS.saturating_mul(n - 1) >= 63 {
        return OVERFLOWED;
    }
    let deep = peek(stack, n);
    let shift = BITS * (n - 1);
    let low = (stack & !(MASK << shift)) | (top(stack) << shift);
    (low & !MASK) | deep
}

fn pop_to_level(mut stack: i64, level: u32) -> i64 {
    if level == 0 {
        return 0;
    }
    if (level - 1).saturating_mul(BITS) >= 60 {
        return stack;
    }
    let level_max = MASK << ((level - 1) * BITS);
    while stack > level_max {
        stack = pop(stack);
    }
    stack
}

/// The kinds on the value stack before each instruction (CPython's `mark_stacks`), UNINITIALIZED
/// where no path reaches.
fn mark_stacks(code: &Code) -> Vec<i64> {
    let instrs = &code.instrs;
    let n = instrs.len();
    let mut stacks = vec![UNINITIALIZED; n + 1];
    if n == 0 {
        return stacks;
    }
    stacks[0] = 0;
    let mut todo = true;
    while todo {
        todo = false;
        for i in 0..n {
            let mut next = stacks[i];
            if next == UNINITIALIZED {
                continue;
            }
            let mut to = |stacks: &mut Vec<i64>, j: u32, s: i64| {
                let j = j as usize;
                if j < n {
                    if stacks[j] == UNINITIALIZED && j < i {
                        todo = true;
                    }
                    stacks[j] = s;
                }
            };
            match instrs[i] {
                Instr::JumpIfFalseOrPop(t) | Instr::JumpIfTrueOrPop(t) => {
                    to(&mut stacks, t, next);
                    stacks[i + 1] = pop(next);
                }
                Instr::PopJumpIfFalse(t)
                | Instr::PopJumpIfTrue(t)
                | Instr::PopJumpIfNone(t)
                | Instr::PopJumpIfNotNone(t) => {
                    next = pop(next);
                    to(&mut stacks, t, next);
                    stacks[i + 1] = next;
                }
                Instr::Send(t) => {
                    to(&mut stacks, t, pop(next));
                    stacks[i + 1] = next;
                }
                Instr::Jump(t) | Instr::JumpNoInterrupt(t) => to(&mut stacks, t, next),
                Instr::GetIter | Instr::GetAiter => stacks[i + 1] = push(pop(next), ITERATOR),
                Instr::ForIter(t) => {
                    to(&mut stacks, t, pop(next));
                    stacks[i + 1] = push(next, OBJECT);
                }
                Instr::PushExcInfo => stacks[i + 1] = push(next, EXCEPT),
                Instr::PopExcept => stacks[i + 1] = pop(next),
                Instr::ReturnValue | Instr::Raise(_) | Instr::Reraise(_) => {}
                Instr::PushNull => stacks[i + 1] = push(next, NULL),
                Instr::LoadGlobal { push_null, .. } => {
                    if push_null {
                        next = push(next, NULL);
                    }
                    stacks[i + 1] = push(next, OBJECT);
                }
                Instr::LoadMethod(_) => stacks[i + 1] = push(push(pop(next), NULL), OBJECT),
                Instr::Call(argc) => {
                    for _ in 0..argc + 2 {
                        next = pop(next);
                    }
                    stacks[i + 1] = push(next, OBJECT);
                }
                Instr::CallFunctionEx(k) => {
                    for _ in 0..3 + (k & 1) {
                        next = pop(next);
                    }
                    stacks[i + 1] = push(next, OBJECT);
                }
                Instr::Swap(k) => stacks[i + 1] = swap(next, k),
                Instr::Copy(k) => stacks[i + 1] = push(next, peek(next, k)),
                ref other => {
                    let delta = crate::compiler::stack_effect::stack_effect(other, false);
                    for _ in delta..0 {
                        next = pop(next);
                    }
                    for _ in 0..delta {
                        next = push(next, OBJECT);
                    }
                    stacks[i + 1] = next;
                }
            }
        }
        for e in code.exception_table.iter() {
            let (start, handler) = (e.start as usize, e.handler as usize);
            if start < n
                && handler < n
                && stacks[start] != UNINITIALIZED
                && stacks[handler] == UNINITIALIZED
            {
                todo = true;
                let mut target = pop_to_level(stacks[start], e.depth);
                if e.lasti {
                    target = push(target, LASTI);
                }
                stacks[handler] = push(target, EXCEPT);
            }
        }
    }
    stacks
}

fn compatible_kind(from: i64, to: i64) -> bool {
    match to {
        0 => false,
        OBJECT => from != NULL,
        NULL => true,
        _ => from == to,
    }
}

fn compatible_stack(mut from: i64, mut to: i64) -> bool {
    if from < 0 || to < 0 {
        return false;
    }
    while from > to {
        from = pop(from);
    }
    while from != 0 {
        if !compatible_kind(top(from), top(to)) {
            return false;
        }
        from = pop(from);
        to = pop(to);
    }
    to == 0
}

fn explain_incompatible(to: i64) -> &'static str {
    if to == OVERFLOWED {
        return "stack is too deep to analyze";
    }
    if to == UNINITIALIZED {
        return "can't jump into an exception handler, or code may be unreachable";
    }
    match top(to) {
        EXCEPT => "can't jump into an 'except' block as there's no exception",
        LASTI => "can't jump into a re-raising block as there's no location",
        ITERATOR => "can't jump into the body of a for loop",
        _ => "incompatible stacks",
    }
}

/// The line starting at each instruction where the line changes (CPython's `marklines`), else -1.
fn mark_lines(code: &Code) -> Vec<i64> {
    let mut last = -1;
    (0..code.instrs.len())
        .map(|i| {
            let line = match code.line_of(i) {
                0 => -1,
                l => i64::from(l),
            };
            if line != last && line != -1 {
                last = line;
                line
            } else {
                -1
            }
        })
        .collect()
}

/// The `f_lineno` setter.
pub(crate) fn set_lineno(
    vm: &mut Vm,
    fv: &Value,
    fo: &FrameObj,
    new: Option<Value>,
) -> PyResult<()> {
    let Some(new) = new else {
        return Err(error::attribute_error("cannot delete attribute"));
    };
    if !crate::interp::ops::a_type(&new).is(&crate::objects::types().int) {
        return Err(error::value_error("lineno must be an integer"));
    }
    match vm.tracing_what {
        Event::Line => {}
        Event::Call => {
            return Err(error::value_error(
                "can't jump from the 'call' trace event of a new frame",
            ))
        }
        _ => {
            return Err(error::value_error(
                "can only jump from a 'line' trace event",
            ))
        }
    }
    if fo.trace.borrow().is_null() || fo.trace.borrow().is_none() {
        return Err(error::value_error(
            "f_lineno can only be set by a trace function",
        ));
    }
    let requested = crate::objects::int::to_i64(&new)
        .filter(|l| i32::try_from(*l).is_ok())
        .ok_or_else(|| error::value_error("lineno out of range"))?;
    let Some(code) = fo.code.downcast::<Code>() else {
        return Ok(());
    };
    if requested < i64::from(code.firstlineno) {
        return Err(error::value_error(format!(
            "line {requested} comes before the current code block"
        )));
    }
    let lines = mark_lines(code);
    let Some(line) = lines.iter().copied().filter(|&l| l >= requested).min() else {
        return Err(error::value_error(format!(
            "line {requested} comes after the current code block"
        )));
    };
    let Some(pos) = vm
        .frames
        .iter()
        .rposition(|f| f.frame_obj.bits() == fv.bits())
    else {
        return Err(error::value_error(
            "can only jump from a 'line' trace event",
        ));
    };
    let stacks = mark_stacks(code);
    let mut start = stacks
        .get(vm.frames[pos].ip)
        .copied()
        .unwrap_or(UNINITIALIZED);
    let mut best_stack = OVERFLOWED;
    let mut best_addr = None;
    let mut err = -1;
    let mut msg = "cannot find bytecode for specified line";
    for (i, &l) in lines.iter().enumerate() {
        if l != line {
            continue;
        }
        let target = stacks[i];
        if compatible_stack(start, target) {
            err = 0;
            if target > best_stack {
                best_stack = target;
                best_addr = Some(i);
            }
        } else if err < 0 {
            if start == OVERFLOWED {
                msg = "stack to deep to analyze";
            } else if start == UNINITIALIZED {
                msg = "can't jump from unreachable code";
            } else {
                msg = explain_incompatible(target);
                err = 1;
            }
        }
    }
    let (0, Some(addr)) = (err, best_addr) else {
        return Err(error::value_error(msg));
    };
    while start > best_stack {
        let v = vm.frames[pos].pop();
        if top(start) == EXCEPT {
            // The exception an `except` block saved: `sys.exc_info()` again.
            let old = vm.set_handled(v);
            drop(old);
        } else {
            drop(v);
        }
        start = pop(start);
    }
    vm.frames[pos].ip = addr;
    let mut st = fo.tstate.get();
    st.lineno = None;
    fo.tstate.set(st);
    Ok(())
}
