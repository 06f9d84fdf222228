//! The greenlet payload, and the per-thread state the module keeps: the current greenlet (the main one
//! made on first use) and the trace function.
use std::cell::{Cell, RefCell};
use weft_vm::cont::Suspended;
use weft_vm::heap::{GilShared, ObjRef, Value};
use weft_vm::interp::error::{self, PyErr, PyResult};
use weft_vm::interp::threads;
use weft_vm::objects::method_support::alloc_instance;
use weft_vm::objects::native::{NativeObj, Traverse};
use weft_vm::objects::typeobj::{self, tdata, tflag};
use weft_vm::objects::{str as pystr, types};

pub(crate) enum GState {
    /// Made, never switched to.
    Unstarted,
    /// The running greenlet (the thread's current one).
    Running,
    /// Switched away from: the computation waits in a `switch`. Boxed, so that the common switch
    /// moves a pointer from one greenlet to the other.
    Suspended(Box<Suspended>),
    /// Its `run` returned or raised.
    Dead,
}

pub(crate) struct Greenlet {
    pub(crate) state: RefCell<GState>,
    /// The `run` given to the constructor or set later; NULL means the type's `run` method.
    pub(crate) run: RefCell<Value>,
    /// The parent greenlet; None for a main greenlet.
    pub(crate) parent: RefCell<Value>,
    pub(crate) main: bool,
    /// The interpreter thread it belongs to (`threads::serial`): switches to it from another
    /// thread are refused.
    pub(crate) thread: u64,
    /// `gr_context` while no computation holds it: the context it will start with, or the one it
    /// ended in.
    pub(crate) context: RefCell<Option<ObjRef>>,
}

impl Traverse for Greenlet {
    fn traverse(&self, f: &mut dyn FnMut(&Value)) {
        if let Ok(s) = self.state.try_borrow() {
            if let GState::Suspended(s) = &*s {
                s.traverse(f);
            }
        }
        for c in [&self.run, &self.parent] {
            if let Ok(v) = c.try_borrow() {
                f(&v);
            }
        }
        if let Ok(c) = self.context.try_borrow() {
            if let Some(c) = &*c {
                f(&Value::obj(c.clone()));
            }
        }
    }
    fn clear(&self, out: &mut Vec<Value>) {
        if let Ok(mut s) = self.state.try_borrow_mut() {
            if matches!(*s, GState::Suspended(_)) {
                *s = GState::Dead;
            }
        }
        for c in [&self.run, &self.parent] {
            if let Ok(mut v) = c.try_borrow_mut() {
                out.push(std::mem::replace(&mut *v, Value::NONE));
            }
        }
    }
}

pub(crate) struct Types {
    pub(crate) greenlet: ObjRef,
    pub(crate) exit: ObjRef,
    pub(crate) error: ObjRef,
}

static TYPES: std::sync::OnceLock<GilShared<Types>> = std::sync::OnceLock::new();

pub(crate) fn gtypes() -> &'static Types {
    &TYPES
        .get_or_init(|| {
            let t = types();
            let g = typeobj::new_native_type("greenlet", tflag::BASETYPE | tflag::HAS_DICT);
            tdata(&g)
                .dict
                .set_rs("__module__", pystr::new_str("greenlet"));
            GilShared(Types {
                greenlet: g,
                exit: weft_vm::interp::exc::new_exception_class(
                    "greenlet",
                    "GreenletExit",
                    &t.base_exception,
                ),
                error: weft_vm::interp::exc::new_exception_class("greenlet", "error", &t.exception),
            })
        })
        .0
}

thread_local! {
    /// The running greenlet, NULL until the thread first asks for it.
    static CURRENT: RefCell<Value> = const { RefCell::new(Value::NULL) };
    /// `settrace`'s function, or None.
    static TRACER: RefCell<Value> = const { RefCell::new(Value::NONE) };
    /// Whether `TRACER` is set (checked on every switch).
    static TRACING: Cell<bool> = const { Cell::new(false) };
    /// Greenlets made on this thread (its main one included).
    pub(crate) static MADE: Cell<usize> = const { Cell::new(0) };
}

pub(crate) fn new_greenlet(cls: &ObjRef, g: Greenlet) -> Value {
    MADE.with(|m| m.set(m.get() + 1));
    Value::obj(alloc_instance(cls, NativeObj::traced(g)))
}

/// The running greenlet (this thread's main greenlet until another is switched to).
pub(crate) fn current() -> Value {
    CURRENT.with(|c| {
        let mut c = c.borrow_mut();
        if c.is_null() {
            *c = new_main();
        }
        c.clone()
    })
}

/// The thread's main greenlet, made when the thread first asks for a greenlet.
fn new_main() -> Value {
    new_greenlet(
        &gtypes().greenlet,
        Greenlet {
            state: RefCell::new(GState::Running),
            run: RefCell::new(Value::NULL),
            parent: RefCell::new(Value::NONE),
            main: true,
            thread: threads::serial(),
            context: RefCell::new(None),
        },
    )
}

/// Runs `f` on the running greenlet's cell (NULL before the thread first asks for a greenlet). `f`
/// must not drop a greenlet: that runs code, which may ask for the current one.
#[inline]
pub(crate) fn with_current<R>(f: impl FnOnce(&mut Value) -> Option<R>) -> Option<R> {
    CURRENT.with(|c| f(&mut *c.try_borrow_mut().ok()?))
}

/// Suspended greenlets dropped on another thread than their own, with that thread's serial: each is
/// killed on its own thread when that thread next asks for a greenlet (as greenlet's pending cleanups).
static DEFERRED: GilShared<RefCell<Vec<(u64, Value)>>> = GilShared(RefCell::new(Vec::new()));

pub(crate) fn defer_kill(thread: u64, g: Value) {
    DEFERRED.with(|d| d.borrow_mut().push((thread, g)));
}

/// Kills this thread's greenlets that other threads dropped; their errors are unraisable.
pub(crate) fn kill_deferred(vm: &mut weft_vm::interp::Vm) {
    let me = threads::serial();
    loop {
        let next = DEFERRED.with(|d| {
            let mut d = d.borrow_mut();
            let i = d.iter().position(|(t, _)| *t == me)?;
            Some(d.swap_remove(i).1)
        });
        let Some(g) = next else {
            return;
        };
        if let Err(e) = crate::methods::kill(vm, g.clone()) {
            weft_vm::interp::exc::write_unraisable(vm, e, "Exception ignored in", &g);
        }
    }
}

/// A thread ends: its current greenlet and trace function are dropped while it holds the GIL.
pub(crate) fn end_thread(_vm: &mut weft_vm::interp::Vm) {
    let me = threads::serial();
    let orphans: Vec<(u64, Value)> = DEFERRED.with(|d| {
        let mut d = d.borrow_mut();
        let (mine, rest) = std::mem::take(&mut *d)
            .into_iter()
            .partition(|(t, _)| *t == me);
        *d = rest;
        mine
    });
    drop(orphans);
    let cur = CURRENT.with(|c| std::mem::replace(&mut *c.borrow_mut(), Value::NULL));
    let tracer = set_tracer(Value::NONE);
    drop((cur, tracer));
}

pub(crate) fn set_current(g: Value) {
    CURRENT.with(|c| *c.borrow_mut() = g);
}

pub(crate) fn tracer() -> Value {
    TRACER.with(|t| t.borrow().clone())
}

pub(crate) fn tracing() -> bool {
    TRACING.with(|t| t.get())
}

pub(crate) fn set_tracer(v: Value) -> Value {
    TRACING.with(|t| t.set(!v.is_none()));
    TRACER.with(|t| std::mem::replace(&mut *t.borrow_mut(), v))
}

/// The greenlet payload of `v`.
pub(crate) fn gl(v: &Value) -> Option<&Greenlet> {
    v.as_obj()?.downcast::<NativeObj>()?.get::<Greenlet>()
}

/// [`gl`], or the `TypeError` of a method called on something else.
pub(crate) fn this<'a>(v: &'a Value, what: &str) -> PyResult<&'a Greenlet> {
    gl(v).ok_or_else(|| {
        error::type_error(format!(
            "descriptor '{what}' requires a 'greenlet.greenlet' object but received '{}'",
            weft_vm::interp::ops::type_name_of(v)
        ))
    })
}

pub(crate) fn usage(msg: &str) -> PyErr {
    PyErr::new(&gtypes().error, msg)
}

impl Greenlet {
    /// Started and not dead (`bool(g)`).
    pub(crate) fn active(&self) -> bool {
        matches!(*self.state.borrow(), GState::Running | GState::Suspended(_))
    }

    /// Its `run` ended, or it is the main greenlet of a thread that ended.
    pub(crate) fn dead(&self) -> bool {
        matches!(*self.state.borrow(), GState::Dead) || self.thread_exited()
    }

    /// The main greenlet of a thread that ended.
    pub(crate) fn thread_exited(&self) -> bool {
        self.main && threads::ended(self.thread)
    }

    /// The error of a switch to it from another thread, if this is not its thread.
    pub(crate) fn foreign(&self) -> Option<PyErr> {
        if self.thread == threads::serial() {
            return None;
        }
        if threads::ended(self.thread) {
            return Some(usage(
                "cannot switch to a different thread (which happens to have exited)",
            ));
        }
        Some(usage(&format!(
            "Cannot switch to a different thread\n\tCurrent:  a greenlet of thread {}\n\tExpected: a greenlet of thread {}",
            threads::serial(),
            self.thread
        )))
    }

    pub(crate) fn started(&self) -> bool {
        !matches!(*self.state.borrow(), GState::Unstarted)
    }
}
