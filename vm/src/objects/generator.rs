//! Generators, coroutines and async generators: a suspended frame owned by the object. Resuming moves the
//! frame onto the running stack; `yield` moves it back. No native stack is involved.
use crate::heap::{Kind, ObjRef, Payload, Value};
use crate::interp::error::PyErr;
use crate::interp::frame::Frame;
use crate::interp::Vm;
use std::cell::{Cell, RefCell};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum GenKind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

pub struct Generator {
    /// The suspended frame; `None` while running or once finished.
    pub frame: RefCell<Option<Box<Frame>>>,
    pub kind: GenKind,
    pub running: Cell<bool>,
    pub finished: Cell<bool>,
    pub name: RefCell<Value>,
    pub qualname: RefCell<Value>,
    pub code: ObjRef,
    /// The exception being handled inside the generator while it is suspended (3.11 `gi_exc_state`).
    pub exc_state: RefCell<Value>,
    /// Async generators: an `athrow`/`asend` is running.
    pub running_async: Cell<bool>,
    /// Async generators: `sys.set_asyncgen_hooks` was consulted, at the first `asend`, `athrow` or
    /// `aclose` (CPython's `ag_hooks_inited`).
    pub hooks_inited: Cell<bool>,
    /// An async generator's finalizer hook, taken when its hooks were consulted; a coroutine's
    /// `cr_origin` (CPython's `ag_origin_or_finalizer`). None when unset.
    pub origin_or_finalizer: RefCell<Value>,
}

impl Generator {
    /// A generator of `kind` for `code`, not started: its frame is put in by the caller.
    pub fn new(kind: GenKind, code: ObjRef, name: Value, qualname: Value) -> Generator {
        Generator {
            frame: RefCell::new(None),
            kind,
            running: Cell::new(false),
            finished: Cell::new(false),
            name: RefCell::new(name),
            qualname: RefCell::new(qualname),
            code,
            exc_state: RefCell::new(Value::NONE),
            running_async: Cell::new(false),
            hooks_inited: Cell::new(false),
            origin_or_finalizer: RefCell::new(Value::NONE),
        }
    }
}

impl Payload for Generator {
    const KIND: Kind = Kind::Generator;
}

/// `ReturnGenerator`: the frame about to run becomes a generator object; it is suspended right after this
/// instruction, and the object returned to the caller. The loop moves the frame into the object on return.
pub fn new_generator_placeholder(vm: &Vm, f: &Frame) -> Value {
    let code = f.code();
    let t = crate::objects::types();
    let (kind, ty) = if code.flags & crate::compiler::bytecode::flags::COROUTINE != 0 {
        (GenKind::Coroutine, &t.coroutine)
    } else if code.flags & crate::compiler::bytecode::flags::ASYNC_GENERATOR != 0 {
        (GenKind::AsyncGenerator, &t.async_generator)
    } else {
        (GenKind::Generator, &t.generator)
    };
    let (name, qualname) = match f
        .func
        .as_obj()
        .and_then(|o| o.downcast::<crate::objects::function::Function>())
    {
        Some(func) => (func.name.borrow().clone(), func.qualname.borrow().clone()),
        None => (
            Value::obj(code.name.clone()),
            Value::obj(code.qualname.clone()),
        ),
    };
    let g = Generator::new(kind, f.code.clone(), name, qualname);
    if kind == GenKind::Coroutine && vm.coro_origin_depth > 0 {
        *g.origin_or_finalizer.borrow_mut() = origin(vm, vm.coro_origin_depth);
    }
    Value::obj(crate::heap::alloc(ty, g, None))
}

/// A coroutine's `cr_origin`: `(filename, lineno, function)` of the `depth` innermost frames that
/// created it, innermost first (`sys.set_coroutine_origin_tracking_depth`).
fn origin(vm: &Vm, depth: u32) -> Value {
    let entries = vm
        .frames
        .iter()
        .rev()
        .filter(|c| !matches!(c.then, crate::interp::then::Then::Finish(..)))
        .take(depth as usize)
        .map(|c| {
            let code = c.code();
            crate::objects::tuple::new_tuple(vec![
                Value::obj(code.filename.borrow().clone()),
                crate::objects::int::from_i64(i64::from(code.line_of(c.lasti()))),
                Value::obj(code.name.clone()),
            ])
        })
        .collect();
    crate::objects::tuple::new_tuple(entries)
}

/// Called by the loop when a generator's frame returns or raises: the generator is finished.
pub fn finish(vm: &mut Vm, g: &ObjRef, f: &mut Frame) {
    if let Some(gen) = g.downcast::<Generator>() {
        gen.running.set(false);
        gen.finished.set(true);
        g.clear_flag(crate::heap::flag::HAS_DEL);
        let _ = vm.exc_stack.pop();
    }
    let _ = f;
}

/// Called by the loop on `yield`: the frame goes back into its generator.
pub fn suspend(vm: &mut Vm, g: &ObjRef, f: Box<Frame>) {
    if let Some(gen) = g.downcast::<Generator>() {
        gen.running.set(false);
        let exc = vm.exc_stack.pop().unwrap_or(Value::NONE);
        *gen.exc_state.borrow_mut() = exc;
        // The suspended frame does not own its generator (resuming sets it again): the
        // generator is freed, and finalised, when its last outside reference goes.
        let mut f = f;
        f.gen = Value::NULL;
        *gen.frame.borrow_mut() = Some(f);
        // Dropped while suspended, it must be closed (its `finally` blocks run): the heap queues
        // it for finalisation like an object with `__del__`, until it finishes.
        g.set_flag(crate::heap::flag::HAS_DEL);
    }
}

/// The finaliser of a generator dropped while suspended (`_PyGen_Finalize`): closes it.
pub fn finalize(vm: &mut Vm, g: &ObjRef) -> crate::interp::error::PyResult<Value> {
    if let Some(gen) = g.downcast::<Generator>() {
        let finalizer = gen.origin_or_finalizer.borrow().clone();
        if gen.kind == GenKind::AsyncGenerator && !finalizer.is_none() && !gen.finished.get() {
            // The event loop's hook takes it over (asyncio schedules its `aclose()`).
            return crate::interp::call::call_value(vm, &finalizer, vec![Value::obj(g.clone())]);
        }
    }
    resume::close(vm, g)
}

/// `StopIteration(value)` for a generator that returned into a native resumer.
pub fn stop_with(v: Value) -> PyErr {
    if v.is_none() {
        crate::interp::error::stop_iteration(None)
    } else {
        crate::interp::error::stop_iteration(Some(v))
    }
}

/// PEP 479: a `StopIteration` escaping a generator becomes `RuntimeError("generator raised StopIteration")`.
pub fn convert_stop_iteration(vm: &mut Vm, g: &ObjRef, exc: ObjRef) -> ObjRef {
    let t = crate::objects::types();
    let Some(gen) = g.downcast::<Generator>() else {
        return exc;
    };
    let (check, msg) = match gen.kind {
        GenKind::Generator => (&t.stop_iteration, "generator raised StopIteration"),
        GenKind::Coroutine => (&t.stop_iteration, "coroutine raised StopIteration"),
        GenKind::AsyncGenerator => (
            &t.stop_async_iteration,
            "async generator raised StopAsyncIteration",
        ),
    };
    let is = crate::objects::typeobj::is_subtype(exc.ty(), check)
        || (gen.kind == GenKind::AsyncGenerator
            && crate::objects::typeobj::is_subtype(exc.ty(), &t.stop_iteration));
    if !is {
        return exc;
    }
    let msg = if gen.kind == GenKind::AsyncGenerator
        && crate::objects::typeobj::is_subtype(exc.ty(), &t.stop_iteration)
    {
        "async generator raised StopIteration"
    } else {
        msg
    };
    let new = crate::interp::exc::normalize(vm, crate::interp::error::runtime_error(msg));
    if let Some(d) = new.downcast::<crate::objects::exception::ExceptionData>() {
        *d.cause.borrow_mut() = Value::obj(exc.clone());
        *d.context.borrow_mut() = Value::obj(exc);
        d.suppress_context.set(true);
    }
    new
}

mod awaitables;
mod methods;
pub use methods::throw_error;
mod resume;

/// Fills the namespace of this file's type(s).
pub fn register() {
    methods::register();
    awaitables::register();
}
