//! The iterator objects behind `await`: `coroutine_wrapper` (`coroutine.__await__()`), and the awaitables of
//! async generators, `async_generator_asend` (`__anext__`, `asend`) and `async_generator_athrow` (`athrow`,
//! `aclose`). Values an async generator yields are wrapped (`AsyncGenWrap`); an awaitable turns a wrapped
//! value into `StopIteration(value)` (the result of the await) and passes other values up to the event loop.
use super::methods::throw_error;
use super::resume::{self, Step};
use super::Generator;
use crate::heap::{GilShared, Kind, ObjRef, Value};
use crate::interp::asyncops::unwrap_value;
use crate::interp::error::{self, PyErr, PyResult};
use crate::interp::ops::type_name_of;
use crate::interp::{exc, Vm};
use crate::objects::builtin::Args;
use crate::objects::native::NativeObj;
use crate::objects::typeobj::{tdata, TypeData};
use crate::objects::types;
use std::cell::Cell;
use std::sync::OnceLock;

#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    Init,
    Iter,
    Closed,
}

enum Which {
    /// `coroutine.__await__()`.
    Wrapper,
    /// `asend(value)` / `__anext__()`: the value sent on the first step.
    ASend(Value),
    /// `athrow(args)`, or `aclose()` when None.
    AThrow(Option<Vec<Value>>),
}

struct Awaitable {
    gen: ObjRef,
    which: Which,
    state: Cell<State>,
}

struct Types {
    wrapper: ObjRef,
    asend: ObjRef,
    athrow: ObjRef,
}

static TYPES: OnceLock<GilShared<Types>> = OnceLock::new();

fn make_type(name: &str) -> ObjRef {
    let t = types();
    let ty = crate::heap::alloc(&t.type_, TypeData::new(name, Kind::Native, 0), None);
    ty.make_immortal();
    let td = tdata(&ty);
    *td.bases.borrow_mut() = vec![t.object.clone()];
    *td.base.borrow_mut() = Some(t.object.clone());
    *td.mro.borrow_mut() = vec![ty.clone(), t.object.clone()];
    ty
}

fn own_types() -> &'static Types {
    &TYPES
        .get_or_init(|| {
            GilShared(Types {
                wrapper: make_type("coroutine_wrapper"),
                asend: make_type("async_generator_asend"),
                athrow: make_type("async_generator_athrow"),
            })
        })
        .0
}

fn new(ty: &ObjRef, gen: ObjRef, which: Which) -> Value {
    let a = Awaitable {
        gen,
        which,
        state: Cell::new(State::Init),
    };
    Value::obj(crate::heap::alloc(ty, NativeObj::new(a), None))
}

pub fn coroutine_wrapper(coro: ObjRef) -> Value {
    new(&own_types().wrapper, coro, Which::Wrapper)
}

pub fn asend(gen: ObjRef, value: Value) -> Value {
    new(&own_types().asend, gen, Which::ASend(value))
}

pub fn athrow(gen: ObjRef, args: Option<Vec<Value>>) -> Value {
    new(&own_types().athrow, gen, Which::AThrow(args))
}

fn this(v: &Value) -> PyResult<&Awaitable> {
    v.as_obj()
        .and_then(|o| o.downcast::<NativeObj>())
        .and_then(|n| n.get::<Awaitable>())
        .ok_or_else(|| {
            error::type_error(format!(
                "descriptor requires an awaitable object but received a '{}'",
                type_name_of(v)
            ))
        })
}

fn gen(a: &Awaitable) -> PyResult<&Generator> {
    resume::gen_of(&a.gen)
}

fn reuse_error(a: &Awaitable) -> PyErr {
    error::runtime_error(match a.which {
        Which::AThrow(_) => "cannot reuse already awaited aclose()/athrow()",
        _ => "cannot reuse already awaited __anext__()/asend()",
    })
}

/// `async_gen_unwrap_value`: a wrapped yield ends the await with its value; a return ends the iteration.
fn unwrap(a: &Awaitable, r: PyResult<Step>) -> PyResult<Value> {
    let g = gen(a)?;
    let done = |g: &Generator| g.running_async.set(false);
    match r {
        Ok(Step::Yielded(v)) => match unwrap_value(&v) {
            Some(inner) => {
                done(g);
                Err(super::stop_with(inner))
            }
            None => Ok(v),
        },
        Ok(Step::Returned(_)) => {
            done(g);
            Err(PyErr::no_msg(&types().stop_async_iteration))
        }
        Err(e) => {
            done(g);
            Err(e)
        }
    }
}

/// The outcome of an `aclose()` step: a wrapped yield means the generator ignored GeneratorExit; finishing
/// (or GeneratorExit/StopAsyncIteration escaping) completes the await with `StopIteration`.
fn close_result(a: &Awaitable, r: PyResult<Step>) -> PyResult<Value> {
    let g = gen(a)?;
    match r {
        Ok(Step::Yielded(v)) if unwrap_value(&v).is_none() => Ok(v),
        Ok(Step::Yielded(_)) => {
            g.running_async.set(false);
            a.state.set(State::Closed);
            Err(error::runtime_error(
                "async generator ignored GeneratorExit",
            ))
        }
        Ok(Step::Returned(_)) => {
            g.running_async.set(false);
            a.state.set(State::Closed);
            Err(error::stop_iteration(None))
        }
        Err(e) => {
            g.running_async.set(false);
            a.state.set(State::Closed);
            let t = types();
            if exc::matches_type(&e, &t.stop_async_iteration)
                || exc::matches_type(&e, &t.generator_exit)
            {
                Err(error::stop_iteration(None))
            } else {
                Err(e)
            }
        }
    }
}

fn send_impl(vm: &mut Vm, av: &Value, arg: Value) -> PyResult<Value> {
    let a = this(av)?;
    if a.state.get() == State::Closed {
        return Err(reuse_error(a));
    }
    match &a.which {
        Which::Wrapper => resume::step_value(vm, &a.gen, arg, None),
        Which::ASend(first) => {
            let g = gen(a)?;
            let mut arg = arg;
            if a.state.get() == State::Init {
                if g.running_async.get() {
                    return Err(error::runtime_error(
                        "anext(): asynchronous generator is already running",
                    ));
                }
                if arg.is_none() {
                    arg = first.clone();
                }
                a.state.set(State::Iter);
            }
            g.running_async.set(true);
            let r = resume::step(vm, &a.gen, arg, None);
            let out = unwrap(a, r);
            if out.is_err() {
                a.state.set(State::Closed);
            }
            out
        }
        Which::AThrow(args) => {
            let g = gen(a)?;
            if resume::is_finished(&a.gen) {
                a.state.set(State::Closed);
                return Err(error::stop_iteration(None));
            }
            if a.state.get() == State::Init {
                if g.running_async.get() {
                    a.state.set(State::Closed);
                    return Err(error::runtime_error(if args.is_none() {
                        "aclose(): asynchronous generator is already running"
                    } else {
                        "athrow(): asynchronous generator is already running"
                    }));
                }
                if !arg.is_none() {
                    return Err(error::runtime_error(
                        "can't send non-None value to a just-started coroutine",
                    ));
                }
                a.state.set(State::Iter);
                g.running_async.set(true);
                return match args {
                    None => {
                        let e = PyErr::no_msg(&types().generator_exit);
                        let r = throw_step(vm, &a.gen, e, false);
                        close_result(a, r)
                    }
                    Some(targs) => {
                        let e = throw_error(vm, targs)?;
                        let r = throw_step(vm, &a.gen, e, false);
                        let out = unwrap(a, r);
                        if out.is_err() {
                            a.state.set(State::Closed);
                        }
                        out
                    }
                };
            }
            let r = resume::step(vm, &a.gen, arg, None);
            match args {
                None => close_result(a, r),
                Some(_) => {
                    let out = unwrap(a, r);
                    if out.is_err() {
                        a.state.set(State::Closed);
                    }
                    out
                }
            }
        }
    }
}

/// Throws into the generator (delegating to a `yield from` target) and reports the step's outcome.
fn throw_step(vm: &mut Vm, g: &ObjRef, e: PyErr, close_on_genexit: bool) -> PyResult<Step> {
    match resume::throw(vm, g, e, close_on_genexit, false) {
        Ok(v) => Ok(Step::Yielded(v)),
        Err(e) if resume::is_finished(g) && exc::matches_type(&e, &types().stop_iteration) => {
            Ok(Step::Returned(exc::stop_iteration_value(e)))
        }
        Err(e) => Err(e),
    }
}

fn send(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("send", 2)?;
    send_impl(vm, &a[0], a[1].clone())
}

fn next(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = args.this()?.clone();
    send_impl(vm, &v, Value::NONE)
}

fn throw(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let all = args.range("throw", 2, 4)?;
    let a = this(&all[0])?;
    if a.state.get() == State::Closed {
        return Err(reuse_error(a));
    }
    let e = throw_error(vm, &all[1..])?;
    match &a.which {
        Which::Wrapper => resume::throw(vm, &a.gen, e, true, false),
        Which::ASend(_) => {
            let r = throw_step(vm, &a.gen, e, true);
            let out = unwrap(a, r);
            if out.is_err() {
                a.state.set(State::Closed);
            }
            out
        }
        Which::AThrow(None) => {
            let r = throw_step(vm, &a.gen, e, true);
            close_result(a, r)
        }
        Which::AThrow(Some(_)) => {
            let r = throw_step(vm, &a.gen, e, true);
            unwrap(a, r)
        }
    }
}

fn close(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = this(args.this()?)?;
    match a.which {
        Which::Wrapper => resume::close(vm, &a.gen),
        _ => {
            a.state.set(State::Closed);
            Ok(Value::NONE)
        }
    }
}

fn iter_self(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(args.this()?.clone())
}

pub(super) fn register() {
    use crate::objects::register::*;
    let t = own_types();
    for ty in [&t.wrapper, &t.asend, &t.athrow] {
        methods(
            ty,
            &[
                ("send", send),
                ("throw", throw),
                ("close", close),
                ("__next__", next),
                ("__iter__", iter_self),
            ],
        );
    }
    for ty in [&t.asend, &t.athrow] {
        methods(ty, &[("__await__", iter_self)]);
    }
}
