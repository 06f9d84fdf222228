//! Heap frames as pickled data (DESIGN.md invariant 4). A frame is its code, its next instruction, its
//! locals and value stack, its namespaces and its `then` (what its result does to the frame below):
//! `(code, ip, values, nulls, then)`, where `values` is `(globals, builtins, locals, func, kwnames,
//! gen, *localsplus_and_stack)` and `nulls` lists the positions that hold no value.
//!
//! Rebuilding checks what the loop relies on: the instruction position is inside the code, the local
//! slots are all there, and the value stack is exactly as deep as the code's stack analysis says it is
//! at that instruction, given what the frame is waiting for. Anything else is an `UnpicklingError`.
use weft_vm::compiler::bytecode::{BinOp, CmpOp, Instr};
use weft_vm::compiler::persist::stack_depths;
use weft_vm::cont::{Parts, Suspended};
use weft_vm::heap::{Kind, Value};
use weft_vm::interp::error::PyResult;
use weft_vm::interp::frame::Frame;
use weft_vm::interp::then::Then;
use weft_vm::interp::Vm;
use weft_vm::objects::code::Code;
use weft_vm::objects::{dict, int, str as pystr, tuple};

use crate::errors::{bad_state, flag, index};

/// The first entries of a frame record's `values`, before its slots.
const FIXED: usize = 6;

/// The record of `f`.
pub fn frame_record(vm: &mut Vm, f: &Frame) -> PyResult<Value> {
    let globals = if vm.is_preemption_code(&f.code) {
        // Its globals hold only the scheduler's hook, which it has already called.
        Value::obj(dict::new_dict())
    } else {
        crate::globals::globals_ref(vm, &f.globals)
    };
    let mut values = Vec::with_capacity(FIXED + f.slots.len());
    values.extend([
        globals,
        crate::globals::builtins_ref(vm, &f.builtins),
        f.locals.clone(),
        f.func.clone(),
        f.kwnames.clone(),
        f.gen.clone(),
    ]);
    values.extend(f.slots.iter().cloned());
    let mut nulls = Vec::new();
    for (i, v) in values.iter_mut().enumerate() {
        if v.is_null() {
            nulls.push(int::from_i64(i as i64));
            *v = Value::NONE;
        }
    }
    Ok(tuple::new_tuple(vec![
        Value::obj(f.code.clone()),
        int::from_i64(f.ip as i64),
        tuple::new_tuple(values),
        tuple::new_tuple(nulls),
        then_record(vm, &f.then)?,
    ]))
}

fn tag(s: &str) -> Value {
    pystr::new_str(s)
}

fn small(n: u32) -> Value {
    int::from_i64(i64::from(n))
}

/// The record of a continuation: a tag and its operands.
fn then_record(vm: &mut Vm, then: &Then) -> PyResult<Value> {
    let b = Value::bool;
    let items = match then {
        Then::Push => vec![tag("push")],
        Then::Discard => vec![tag("discard")],
        Then::Return(name) => {
            let call = format!("the native function '{name}'");
            return Err(crate::errors::native_frame(vm, "a frame", call));
        }
        Then::Init(inst) => vec![tag("init"), inst.clone()],
        Then::Binary {
            op,
            lhs,
            rhs,
            reflected,
            iop,
        } => vec![
            tag("binary"),
            small(*op as u32),
            lhs.clone(),
            rhs.clone(),
            b(*reflected),
            b(*iop),
        ],
        Then::Compare {
            op,
            lhs,
            rhs,
            reflected,
        } => vec![
            tag("compare"),
            small(*op as u32),
            lhs.clone(),
            rhs.clone(),
            b(*reflected),
        ],
        Then::JumpIf {
            jump_if,
            target,
            pop,
            len,
        } => vec![tag("jumpif"), b(*jump_if), small(*target), b(*pop), b(*len)],
        Then::Not { len } => vec![tag("not"), b(*len)],
        Then::ForIter { target } => vec![tag("foriter"), small(*target)],
        Then::GetAttrFallback { obj, name, method } => {
            vec![tag("getattr"), obj.clone(), name.clone(), b(*method)]
        }
        Then::AttrContext { obj, name } => vec![tag("attrcontext"), obj.clone(), name.clone()],
        Then::PushAfterNull => vec![tag("pushafternull")],
        Then::Contains { negate } => vec![tag("contains"), b(*negate)],
        Then::GetIter => vec![tag("getiter")],
        Then::Enter => vec![tag("enter")],
        Then::Send { target } => vec![tag("send"), small(*target)],
        Then::Hash => vec![tag("hash")],
        Then::Index => vec![tag("index")],
        Then::Finish(_, fin) => vec![tag("finish"), tag(fin.name)],
    };
    Ok(tuple::new_tuple(items))
}

/// An operator from its number (`postcard` encodes a fieldless enum as its index).
fn op_from<T: serde::de::DeserializeOwned>(n: &Value) -> Option<T> {
    let n = u8::try_from(int::to_i64(n)?).ok().filter(|n| *n < 0x80)?;
    postcard::from_bytes(&[n]).ok()
}

/// A jump target of the frame below (checked against its code by [`check_targets`]).
fn target(vm: &mut Vm, v: &Value) -> PyResult<u32> {
    let t = index(vm, v, "frame")?;
    u32::try_from(t).map_err(|_| bad_state(vm, "frame"))
}

/// Checks that the jump targets of `then` (a continuation applied to the frame below) are inside
/// that frame's code.
fn check_targets(vm: &mut Vm, then: &Then, below: &Frame) -> PyResult<()> {
    let t = match then {
        Then::ForIter { target } | Then::Send { target } | Then::JumpIf { target, .. } => *target,
        _ => return Ok(()),
    };
    if (t as usize) < below.instrs.len() {
        return Ok(());
    }
    Err(crate::errors::unpickling_error(
        vm,
        format!("invalid frame state: a jump to {t}, outside the code"),
    ))
}

/// The continuation a record stands for; a bottom frame's `finish` gets `owner`.
fn then_from(vm: &mut Vm, rec: &Value, owner: &Value) -> PyResult<Then> {
    let bad = |vm: &mut Vm| {
        crate::errors::unpickling_error(vm, "invalid frame state: an unknown continuation")
    };
    let Some(items) = tuple::as_tuple(rec) else {
        return Err(bad(vm));
    };
    let Some(name) = items.first().and_then(pystr::as_str) else {
        return Err(bad(vm));
    };
    let a = &items[1..];
    let fl = |vm: &mut Vm, i: usize| match a.get(i) {
        Some(v) => flag(vm, v, "frame"),
        None => Err(bad_state(vm, "frame")),
    };
    let val = |i: usize| a.get(i).cloned().unwrap_or(Value::NONE);
    let then = match (name, a.len()) {
        ("push", 0) => Then::Push,
        ("discard", 0) => Then::Discard,
        ("init", 1) => Then::Init(val(0)),
        ("binary", 5) => Then::Binary {
            op: op_from::<BinOp>(&a[0]).ok_or_else(|| bad(vm))?,
            lhs: val(1),
            rhs: val(2),
            reflected: fl(vm, 3)?,
            iop: fl(vm, 4)?,
        },
        ("compare", 4) => Then::Compare {
            op: op_from::<CmpOp>(&a[0]).ok_or_else(|| bad(vm))?,
            lhs: val(1),
            rhs: val(2),
            reflected: fl(vm, 3)?,
        },
        ("jumpif", 4) => Then::JumpIf {
            jump_if: fl(vm, 0)?,
            target: target(vm, &a[1])?,
            pop: fl(vm, 2)?,
            len: fl(vm, 3)?,
        },
        ("not", 1) => Then::Not { len: fl(vm, 0)? },
        ("foriter", 1) => Then::ForIter {
            target: target(vm, &a[0])?,
        },
        ("getattr", 3) => Then::GetAttrFallback {
            obj: val(0),
            name: val(1),
            method: fl(vm, 2)?,
        },
        ("attrcontext", 2) => Then::AttrContext {
            obj: val(0),
            name: val(1),
        },
        ("pushafternull", 0) => Then::PushAfterNull,
        ("contains", 1) => Then::Contains { negate: fl(vm, 0)? },
        ("getiter", 0) => Then::GetIter,
        ("enter", 0) => Then::Enter,
        ("send", 1) => Then::Send {
            target: target(vm, &a[0])?,
        },
        ("hash", 0) => Then::Hash,
        ("index", 0) => Then::Index,
        ("finish", 1) => {
            let fin = pystr::as_str(&a[0]).and_then(|n| vm.registry.finisher(n));
            Then::Finish(owner.clone(), fin.ok_or_else(|| bad(vm))?)
        }
        _ => return Err(bad(vm)),
    };
    Ok(then)
}

/// How many values a frame's result, applied through `then`, adds to the stack of the frame below
/// before that frame goes on at its next instruction (-1: a `JumpIfTrueOrPop` operand that goes).
fn pending(then: &Then) -> i64 {
    match then {
        Then::Discard | Then::Finish(..) | Then::Return(_) => 0,
        Then::JumpIf { pop, .. } => -i64::from(*pop),
        Then::PushAfterNull => 2,
        Then::GetAttrFallback { method, .. } => 1 + i64::from(*method),
        _ => 1,
    }
}

/// The frame a record stands for (its stack depth checked by [`check_depth`] once it is known what the
/// frame waits for). `owner` is the computation's owner, for a bottom frame's continuation.
pub fn frame_from(vm: &mut Vm, rec: &Value, owner: &Value) -> PyResult<Box<Frame>> {
    let bad = |vm: &mut Vm, what: &str| {
        crate::errors::unpickling_error(vm, format!("invalid frame state: {what}"))
    };
    let Some([code_v, ip, values, nulls, then]) =
        tuple::as_tuple(rec).and_then(|t| <&[Value; 5]>::try_from(t).ok())
    else {
        return Err(bad(vm, "not a 5-tuple"));
    };
    let Some(code_obj) = code_v
        .as_obj()
        .filter(|o| o.downcast::<Code>().is_some())
        .cloned()
    else {
        return Err(bad(vm, "no code object"));
    };
    let code = code_obj
        .downcast::<Code>()
        .ok_or_else(|| bad(vm, "no code object"))?;
    let ip = index(vm, ip, "frame")?;
    let (Some(values), Some(nulls)) = (tuple::as_tuple(values), tuple::as_tuple(nulls)) else {
        return Err(bad(vm, "values are not tuples"));
    };
    let nlocals = code.nlocalsplus();
    if ip >= code.exec.len() {
        return Err(bad(vm, &format!("instruction {ip} outside the code")));
    }
    if values.len() < FIXED + nlocals {
        return Err(bad(vm, "local variables missing"));
    }
    let mut values = values.to_vec();
    for n in nulls {
        let i = index(vm, n, "frame")?;
        match values.get_mut(i) {
            Some(v) => *v = Value::NULL,
            None => return Err(bad(vm, "an empty slot outside the frame")),
        }
    }
    let globals = crate::globals::globals_from(vm, &values[0])?;
    let builtins = crate::globals::builtins_from(vm, &values[1])?;
    let kind_ok = |v: &Value, k: Kind| v.is_null() || v.as_obj().is_some_and(|o| o.kind() == k);
    if !kind_ok(&values[3], Kind::Function) {
        return Err(bad(vm, "its function is not a function"));
    }
    if !(values[4].is_null() || tuple::as_tuple(&values[4]).is_some()) {
        return Err(bad(vm, "keyword names are not a tuple"));
    }
    if !kind_ok(&values[5], Kind::Generator) {
        return Err(bad(vm, "its generator is not a generator"));
    }
    let then = then_from(vm, then, owner)?;
    let slots = values.split_off(FIXED);
    let [_, _, locals, func, kwnames, gen] =
        <[Value; FIXED]>::try_from(values).map_err(|_| bad(vm, "values missing"))?;
    Ok(Box::new(Frame {
        code: code_obj.clone(),
        instrs: code.exec.clone(),
        ip,
        slots,
        nlocals,
        globals,
        builtins,
        locals,
        func,
        kwnames,
        then,
        gen,
        frame_obj: Value::NULL,
    }))
}

/// The stack analyses of the code objects of a chain being rebuilt, each made once (a deep recursion
/// has many frames of one code).
#[derive(Default)]
pub struct Depths(std::collections::HashMap<u64, Vec<i64>>);

/// Checks that `f`'s value stack is as deep as its code says it is at `f.ip` once `pending` values
/// (what the frame waits for) are pushed.
pub fn check_depth(vm: &mut Vm, f: &Frame, pending: i64, known: &mut Depths) -> PyResult<()> {
    let code = f.code();
    let key = Value::obj(f.code.clone()).bits();
    let depths = match known.0.entry(key) {
        std::collections::hash_map::Entry::Occupied(e) => e.into_mut(),
        std::collections::hash_map::Entry::Vacant(e) => e.insert(
            stack_depths(&code.instrs, &code.exception_table, code.stacksize)
                .map_err(|e| crate::errors::unpickling_error(vm, e))?,
        ),
    };
    let have = f.stack_len() as i64;
    match depths.get(f.ip) {
        Some(&d) if d >= 0 && have + pending == d => Ok(()),
        _ => Err(crate::errors::unpickling_error(
            vm,
            format!(
                "inconsistent frame state: a stack of {have} at instruction {} of {:?}",
                f.ip,
                pystr::as_str(&Value::obj(code.qualname.clone())).unwrap_or("?")
            ),
        )),
    }
}

/// Whether the instruction before `f.ip` is `i` (a generator suspended at a `yield`, or not started).
pub fn after(f: &Frame, i: Instr) -> bool {
    f.code().instrs.get(f.ip.wrapping_sub(1)) == Some(&i)
}

/// The record of a suspended computation: `(frames, exc_stack, context)`, its bottom frame first as
/// `("finish", finisher name)`. `what` names it in the error for a chain that holds a native frame.
pub fn chain_record(vm: &mut Vm, s: &Suspended, what: &str) -> PyResult<Value> {
    let parts: Parts<'_> = s
        .parts()
        .map_err(|name| crate::errors::native_frame(vm, what, name))?;
    let mut frames = Vec::with_capacity(parts.frames.len());
    for (i, f) in parts.frames.iter().enumerate() {
        frames.push(match (&f.then, i) {
            (Then::Finish(_, fin), 0) => tuple::new_tuple(vec![tag("finish"), tag(fin.name)]),
            _ => frame_record(vm, f)?,
        });
    }
    let context = parts.context.map_or(Value::NONE, |c| Value::obj(c.clone()));
    Ok(tuple::new_tuple(vec![
        tuple::new_tuple(frames),
        tuple::new_tuple(parts.exc_stack.to_vec()),
        context,
    ]))
}

/// The computation a [`chain_record`] stands for, owned by `owner`. Each frame's stack is checked
/// against what the frame above it will push (the top frame waits for the value of the switch that
/// suspended it).
pub fn chain_from(vm: &mut Vm, rec: &Value, owner: &Value) -> PyResult<Suspended> {
    let bad = |vm: &mut Vm| bad_state(vm, "frame chain");
    let Some([frames, exc_stack, context]) =
        tuple::as_tuple(rec).and_then(|t| <&[Value; 3]>::try_from(t).ok())
    else {
        return Err(bad(vm));
    };
    let (Some(frames), Some(exc_stack)) = (tuple::as_tuple(frames), tuple::as_tuple(exc_stack))
    else {
        return Err(bad(vm));
    };
    let Some((bottom, rest)) = frames.split_first() else {
        return Err(bad(vm));
    };
    let fin = match tuple::as_tuple(bottom) {
        Some([t, n]) if pystr::as_str(t) == Some("finish") => {
            pystr::as_str(n).and_then(|n| vm.registry.finisher(n))
        }
        _ => None,
    };
    let Some(fin) = fin else {
        return Err(bad(vm));
    };
    let mut chain = Vec::with_capacity(frames.len());
    chain.push(weft_vm::cont::bottom_frame(vm, owner.clone(), fin)?);
    for rec in rest {
        let f = frame_from(vm, rec, owner)?;
        if matches!(f.then, Then::Finish(..)) {
            return Err(bad(vm));
        }
        chain.push(f);
    }
    for k in 1..chain.len() {
        check_targets(vm, &chain[k].then, &chain[k - 1])?;
    }
    let mut known = Depths::default();
    for k in 0..chain.len() {
        let waits = chain.get(k + 1).map_or(1, |above| pending(&above.then));
        check_depth(vm, &chain[k], waits, &mut known)?;
    }
    let running_gens = chain.iter().filter(|f| !f.gen.is_null()).count();
    if exc_stack.len() != running_gens + 1 {
        return Err(bad(vm));
    }
    let context = match context.as_obj() {
        Some(c) if !context.is_none() => Some(c.clone()),
        _ => None,
    };
    Ok(Suspended::from_parts(
        chain,
        exc_stack.to_vec(),
        frames.len() - 1,
        context,
    ))
}
