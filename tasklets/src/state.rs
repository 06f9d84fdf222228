//! The tasklet, channel and bomb payloads, and the module's types.
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use weft_vm::cont::Suspended;
use weft_vm::heap::{GilShared, ObjRef, Value};
use weft_vm::interp::error::{self, PyErr, PyResult};
use weft_vm::interp::{exc, Vm};
use weft_vm::objects::native::{NativeObj, Traverse};
use weft_vm::objects::typeobj::{self, tdata, tflag};
use weft_vm::objects::{str as pystr, types};

/// What a tasklet's computation is.
pub(crate) enum TState {
    /// None: never given arguments, or finished (not alive; `bind` may give it a new one).
    Idle,
    /// Bound to a callable and its arguments, not started: `func(*args)`, `kwnames` naming the last.
    Bound {
        func: Value,
        args: Vec<Value>,
        kwnames: Value,
    },
    /// The running tasklet: the vm holds its computation.
    Running,
    /// Switched away from: its computation waits in the call that switched.
    Suspended(Suspended),
}

pub(crate) struct Tasklet {
    pub(crate) state: RefCell<TState>,
    /// Stackless's `tempval`: the bound function until `setup`, then what the next switch to this
    /// tasklet delivers (a `bomb` is raised there).
    pub(crate) tempval: RefCell<Value>,
    /// In the run queue.
    pub(crate) queued: Cell<bool>,
    /// Blocked on `channel`: 1 sending, -1 receiving, 0 not blocked.
    pub(crate) blocked: Cell<i8>,
    pub(crate) channel: RefCell<Value>,
    pub(crate) atomic: Cell<bool>,
    pub(crate) ignore_nesting: Cell<bool>,
    pub(crate) main: bool,
    /// Registered with the scheduler as hard-switched (see `sched::note_hard`).
    pub(crate) noted_hard: Cell<bool>,
}

impl Tasklet {
    pub(crate) fn new(main: bool, tempval: Value) -> Tasklet {
        Tasklet {
            state: RefCell::new(if main { TState::Running } else { TState::Idle }),
            tempval: RefCell::new(tempval),
            queued: Cell::new(false),
            blocked: Cell::new(0),
            channel: RefCell::new(Value::NONE),
            atomic: Cell::new(false),
            ignore_nesting: Cell::new(false),
            main,
            noted_hard: Cell::new(false),
        }
    }

    /// It has a computation (started or not).
    pub(crate) fn alive(&self) -> bool {
        !matches!(*self.state.borrow(), TState::Idle)
    }

    /// In the run queue or blocked on a channel.
    pub(crate) fn scheduled(&self) -> bool {
        self.queued.get() || self.blocked.get() != 0
    }

    /// Suspended by a hard switch: native frames are on its chain.
    pub(crate) fn hard(&self) -> bool {
        matches!(&*self.state.borrow(), TState::Suspended(s) if s.is_hard())
    }

    pub(crate) fn set_tempval(&self, v: Value) -> Value {
        std::mem::replace(&mut *self.tempval.borrow_mut(), v)
    }
}

impl Traverse for Tasklet {
    fn traverse(&self, f: &mut dyn FnMut(&Value)) {
        if let Ok(s) = self.state.try_borrow() {
            match &*s {
                TState::Suspended(s) => s.traverse(f),
                TState::Bound {
                    func,
                    args,
                    kwnames,
                } => {
                    f(func);
                    args.iter().for_each(&mut *f);
                    f(kwnames);
                }
                _ => {}
            }
        }
        for c in [&self.tempval, &self.channel] {
            if let Ok(v) = c.try_borrow() {
                f(&v);
            }
        }
    }
    fn clear(&self, out: &mut Vec<Value>) {
        let old = match self.state.try_borrow_mut() {
            Ok(mut s) if !matches!(*s, TState::Running) => std::mem::replace(&mut *s, TState::Idle),
            _ => TState::Idle,
        };
        match old {
            TState::Bound { func, args, .. } => {
                out.push(func);
                out.extend(args);
            }
            // Its frames may run finalisers as they go: no borrow is held any more.
            other => drop(other),
        }
        for c in [&self.tempval, &self.channel] {
            if let Ok(mut v) = c.try_borrow_mut() {
                out.push(std::mem::replace(&mut *v, Value::NONE));
            }
        }
    }
}

pub(crate) struct Channel {
    /// The blocked tasklets, first to be served first; all block the same way.
    pub(crate) queue: RefCell<VecDeque<Value>>,
    /// Blocked senders (positive) or receivers (negative).
    pub(crate) balance: Cell<i64>,
    pub(crate) closing: Cell<bool>,
    /// -1 prefer the receiver, 1 the sender, 0 neither.
    pub(crate) preference: Cell<i8>,
    pub(crate) schedule_all: Cell<bool>,
}

impl Traverse for Channel {
    fn traverse(&self, f: &mut dyn FnMut(&Value)) {
        if let Ok(q) = self.queue.try_borrow() {
            q.iter().for_each(&mut *f);
        }
    }
    fn clear(&self, out: &mut Vec<Value>) {
        if let Ok(mut q) = self.queue.try_borrow_mut() {
            out.extend(q.drain(..));
        }
    }
}

/// An exception waiting in a `tempval`: raised when the tasklet holding it runs.
pub(crate) struct Bomb {
    pub(crate) typ: Value,
    pub(crate) value: Value,
    pub(crate) tb: Value,
}

impl Traverse for Bomb {
    fn traverse(&self, f: &mut dyn FnMut(&Value)) {
        f(&self.typ);
        f(&self.value);
        f(&self.tb);
    }
    fn clear(&self, _out: &mut Vec<Value>) {}
}

pub(crate) struct Types {
    pub(crate) tasklet: ObjRef,
    pub(crate) channel: ObjRef,
    pub(crate) bomb: ObjRef,
    pub(crate) atomic: ObjRef,
    pub(crate) exit: ObjRef,
}

static TYPES: std::sync::OnceLock<GilShared<Types>> = std::sync::OnceLock::new();

pub(crate) fn stypes() -> &'static Types {
    &TYPES
        .get_or_init(|| {
            let ty = |name: &'static str, flags: u32| {
                let t = typeobj::new_native_type(name, flags);
                tdata(&t)
                    .dict
                    .set_rs("__module__", pystr::new_str("_stackless"));
                t
            };
            GilShared(Types {
                tasklet: ty("tasklet", tflag::BASETYPE | tflag::HAS_DICT),
                channel: ty("channel", tflag::BASETYPE | tflag::HAS_DICT),
                bomb: ty("bomb", 0),
                atomic: ty("atomic", tflag::BASETYPE),
                // Stackless makes it a builtin exception.
                exit: exc::new_exception_class("builtins", "TaskletExit", &types().system_exit),
            })
        })
        .0
}

fn payload<T: 'static>(v: &Value) -> Option<&T> {
    v.as_obj()?.downcast::<NativeObj>()?.get::<T>()
}

pub(crate) fn tl(v: &Value) -> Option<&Tasklet> {
    payload(v)
}

pub(crate) fn ch(v: &Value) -> Option<&Channel> {
    payload(v)
}

pub(crate) fn bomb_of(v: &Value) -> Option<&Bomb> {
    payload(v)
}

/// [`tl`], or the `TypeError` of a method called on something else.
pub(crate) fn this_tasklet<'a>(v: &'a Value, what: &str) -> PyResult<&'a Tasklet> {
    tl(v).ok_or_else(|| receiver("tasklet", what, v))
}

pub(crate) fn this_channel<'a>(v: &'a Value, what: &str) -> PyResult<&'a Channel> {
    ch(v).ok_or_else(|| receiver("channel", what, v))
}

fn receiver(tp: &str, what: &str, v: &Value) -> PyErr {
    error::type_error(format!(
        "descriptor '{what}' requires a '_stackless.{tp}' object but received '{}'",
        weft_vm::interp::ops::type_name_of(v)
    ))
}

pub(crate) fn new_bomb(typ: Value, value: Value, tb: Value) -> Value {
    Value::obj(weft_vm::objects::method_support::alloc_instance(
        &stypes().bomb,
        NativeObj::traced(Bomb { typ, value, tb }),
    ))
}

/// The bomb holding exception `e` (normalised, with its traceback).
pub(crate) fn bomb_from(vm: &mut Vm, e: PyErr) -> Value {
    let inst = Value::obj(exc::normalize(vm, e));
    let (typ, tb) = exc::type_and_tb(&inst);
    new_bomb(typ, inst, tb)
}

/// The exception a bomb raises.
pub(crate) fn explode(vm: &mut Vm, b: &Value) -> PyErr {
    let Some(bm) = bomb_of(b) else {
        return error::system_error("not a bomb");
    };
    let a = [bm.typ.clone(), bm.value.clone(), bm.tb.clone()];
    match weft_vm::objects::generator::throw_error(vm, &a) {
        Ok(e) | Err(e) => e,
    }
}
