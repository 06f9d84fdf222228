//! Generators, coroutines and async generators pickle with their suspended frame: a deep copy or an
//! unpickled copy goes on from the same `yield`, independently of the original.
//!
//! `(_weft_pickling.generator, (code,), (name, qualname, frame, running, finished, exc_state,
//! running_async))`: the reconstructor makes a blank generator of the code's kind and `__setstate__`
//! fills it; only a blank one accepts a state. A generator that is running has no frame of its own (its
//! frame is on the chain of the computation running it, which pickles it there).
use weft_vm::compiler::bytecode::{flags, Instr};
use weft_vm::heap::{flag as hflag, Value};
use weft_vm::interp::error::PyResult;
use weft_vm::interp::Vm;
use weft_vm::objects::builtin::Args;
use weft_vm::objects::code::Code;
use weft_vm::objects::generator::{GenKind, Generator};
use weft_vm::objects::{tuple, types};

use crate::chain::{after, check_depth, frame_from, frame_record};
use crate::errors::{bad_state, flag};

fn kind_word(k: GenKind) -> &'static str {
    match k {
        GenKind::Generator => "generator",
        GenKind::Coroutine => "coroutine",
        GenKind::AsyncGenerator => "async generator",
    }
}

/// `generator.__reduce__()` (and coroutines', async generators').
pub fn reduce(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let me = args.this()?.clone();
    let Some(g) = me.as_obj().and_then(|o| o.downcast::<Generator>()) else {
        return Err(crate::errors::pickling_error(vm, "not a generator"));
    };
    let frame = match &*g.frame.borrow() {
        Some(f) => Some(frame_record(vm, f)?),
        None => None,
    };
    let state = vec![
        g.name.borrow().clone(),
        g.qualname.borrow().clone(),
        frame.unwrap_or(Value::NONE),
        Value::bool(g.running.get()),
        Value::bool(g.finished.get()),
        g.exc_state.borrow().clone(),
        Value::bool(g.running_async.get()),
    ];
    let f = crate::module::reconstructor(vm, "generator")?;
    Ok(tuple::new_tuple(vec![
        f,
        tuple::new_tuple(vec![Value::obj(g.code.clone())]),
        tuple::new_tuple(state),
    ]))
}

/// `_weft_pickling.generator(code)`: a blank generator (or coroutine, async generator) of `code`.
pub fn rebuild(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("generator", 1)?;
    let Some(code) = a[0].as_obj().filter(|o| o.downcast::<Code>().is_some()) else {
        return Err(bad_state(vm, "generator"));
    };
    let c = code
        .downcast::<Code>()
        .ok_or_else(|| bad_state(vm, "generator"))?;
    let t = types();
    let (kind, ty) = if c.flags & flags::COROUTINE != 0 {
        (GenKind::Coroutine, &t.coroutine)
    } else if c.flags & flags::ASYNC_GENERATOR != 0 {
        (GenKind::AsyncGenerator, &t.async_generator)
    } else if c.flags & flags::GENERATOR != 0 {
        (GenKind::Generator, &t.generator)
    } else {
        return Err(bad_state(vm, "generator"));
    };
    let g = Generator::new(
        kind,
        code.clone(),
        Value::obj(c.name.clone()),
        Value::obj(c.qualname.clone()),
    );
    Ok(Value::obj(weft_vm::heap::alloc(ty, g, None)))
}

/// `generator.__setstate__(state)`: fills a blank generator made by the reconstructor.
pub fn setstate(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let me = args.this()?.clone();
    let a = args.rest().exact("__setstate__", 1)?;
    let Some(o) = me.as_obj() else {
        return Err(bad_state(vm, "generator"));
    };
    let Some(g) = o.downcast::<Generator>() else {
        return Err(bad_state(vm, "generator"));
    };
    let blank = g.frame.borrow().is_none() && !g.running.get() && !g.finished.get();
    if !blank {
        return Err(weft_vm::interp::error::runtime_error(format!(
            "__setstate__ of a {} that already has a state",
            kind_word(g.kind)
        )));
    }
    let Some([name, qualname, frame, running, finished, exc_state, running_async]) =
        tuple::as_tuple(&a[0]).and_then(|t| <&[Value; 7]>::try_from(t).ok())
    else {
        return Err(bad_state(vm, "generator"));
    };
    let running = flag(vm, running, "generator")?;
    let finished = flag(vm, finished, "generator")?;
    let running_async = flag(vm, running_async, "generator")?;
    let frame = if frame.is_none() {
        None
    } else {
        let mut f = frame_from(vm, frame, &Value::NULL)?;
        let started = !after(&f, Instr::ReturnGenerator);
        // A suspended generator's frame waits for nothing but the value sent in.
        let waits = matches!(f.then, weft_vm::interp::then::Then::Push);
        if (started && !after(&f, Instr::YieldValue))
            || running
            || finished
            || !waits
            || !f.code.is(&g.code)
        {
            return Err(bad_state(vm, "generator"));
        }
        check_depth(vm, &f, i64::from(started), &mut Default::default())?;
        f.gen = Value::NULL;
        Some((f, started))
    };
    *g.name.borrow_mut() = name.clone();
    *g.qualname.borrow_mut() = qualname.clone();
    *g.exc_state.borrow_mut() = exc_state.clone();
    g.running.set(running);
    g.finished.set(finished);
    g.running_async.set(running_async);
    if let Some((f, started)) = frame {
        *g.frame.borrow_mut() = Some(f);
        if started {
            // Dropped while suspended, it is closed, as any suspended generator is.
            o.set_flag(hflag::HAS_DEL);
        }
    }
    Ok(Value::NONE)
}
