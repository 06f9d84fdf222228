//! A suspended computation: its frames, exception-handling stack, recursion depth and context, plus the
//! worker stack that holds its native frames when it was suspended by a hard switch.
use crate::heap::{ObjRef, Value};
use crate::interp::error::{PyErr, PyResult};
use crate::interp::frame::Frame;
use crate::interp::Vm;
use std::rc::Rc;

/// Where a computation's result goes when its bottom frame finishes: given the object that owns the
/// computation (the `owner` of [`Suspended::fresh`]) and the result, `run` gives the computation to
/// run next and what it receives. `None` when nothing can receive it: a `SystemError` then ends the
/// worker's run, so a layer's finisher always finds someone (a greenlet's main, a tasklet's watchdog).
/// The `name` stands for it in a pickled frame chain (`register_finisher`).
pub struct Finisher {
    pub name: &'static str,
    pub run: FinishFn,
}

/// What a [`Finisher`] runs.
pub type FinishFn = fn(&mut Vm, &Value, PyResult<Value>) -> Option<(Suspended, Payload)>;

/// What a resumed computation receives.
pub enum Payload {
    /// The value of the switch it is suspended in.
    Value(Value),
    /// An exception raised at the switch it is suspended in.
    Raise(PyErr),
    /// A fresh computation starts: `callable(*args)` (keyword names as a `Call`'s `kwnames`), its result
    /// flowing into the bottom frame.
    Start {
        callable: Value,
        args: Vec<Value>,
        kwnames: Value,
    },
}

/// The state of a computation that is not running. Trading places with the running one swaps fields
/// (no allocation), so a soft switch costs a handful of moves.
#[derive(Default)]
pub struct Suspended {
    /// Bottom to top; the top frame waits in the call that switched away (or is the bottom frame of a
    /// computation that has not started). Boxed as `Vm::frames` is: they trade places with it.
    #[allow(clippy::vec_box)]
    pub(crate) frames: Vec<Box<Frame>>,
    pub(crate) exc_stack: Vec<Value>,
    pub(crate) depth: usize,
    pub(crate) context: Option<ObjRef>,
    /// Set when a hard switch suspended it: the worker stack its native frames are on, which is resumed
    /// to resume it.
    pub(crate) worker: Option<Rc<super::workers::Worker>>,
    /// Set until it first runs: what it starts with.
    pub(crate) start: Option<Box<Start>>,
}

/// The native call a computation's chain holds, which keeps it from being data: the native's name when
/// the loop called it (empty otherwise), and the function and line of the Python frame that made the
/// call.
pub struct NativeCall {
    pub name: &'static str,
    pub caller: Option<(String, u32)>,
}

impl std::fmt::Display for NativeCall {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match (self.name, &self.caller) {
            ("", Some((func, line))) => write!(f, "a native call made by '{func}' (line {line})"),
            ("", None) => write!(f, "a native call"),
            (name, Some((func, line))) => {
                write!(
                    f,
                    "the native function '{name}', called by '{func}' (line {line})"
                )
            }
            (name, None) => write!(f, "the native function '{name}'"),
        }
    }
}

/// The parts of a computation that pickling reads and rebuilds (see [`Suspended::parts`]).
pub struct Parts<'a> {
    /// Bottom to top; the bottom frame's `then` is `Then::Finish`.
    pub frames: &'a [Box<Frame>],
    pub exc_stack: &'a [Value],
    pub depth: usize,
    pub context: Option<&'a ObjRef>,
}

/// How a fresh computation starts: `callable(*args)` under a bottom frame whose result `finisher`
/// hands on.
pub(crate) struct Start {
    pub(crate) owner: Value,
    pub(crate) finisher: &'static Finisher,
    pub(crate) callable: Value,
    pub(crate) args: Vec<Value>,
    pub(crate) kwnames: Value,
}

impl Suspended {
    /// A computation that will run `callable(*args)` (`kwnames` naming the last arguments) when first
    /// switched to; when it ends, `finisher(vm, owner, result)` says what runs next.
    pub fn fresh(
        owner: Value,
        finisher: &'static Finisher,
        callable: Value,
        args: Vec<Value>,
        kwnames: Value,
    ) -> Suspended {
        Suspended {
            exc_stack: vec![Value::NONE],
            start: Some(Box::new(Start {
                owner,
                finisher,
                callable,
                args,
                kwnames,
            })),
            ..Default::default()
        }
    }

    /// Whether there is nothing to resume (a default value): switching to it is refused.
    pub fn is_empty(&self) -> bool {
        self.frames.is_empty() && self.start.is_none()
    }

    /// Whether it has not run yet.
    pub fn is_fresh(&self) -> bool {
        self.start.is_some()
    }

    /// Whether its chain holds native frames (it was suspended by a hard switch).
    pub fn is_hard(&self) -> bool {
        self.worker.is_some()
    }

    /// Whether its native frames belong to another thread (they use that thread's `Vm`, so it can
    /// only be resumed there).
    pub fn on_other_thread(&self) -> bool {
        self.worker.as_ref().is_some_and(|w| w.foreign())
    }

    /// Stops its bottom frame from holding its owner, for a layer that keeps the computation inside
    /// that owner while it is suspended (a greenlet): the owner can then be freed by reference
    /// counting, as CPython frees a suspended greenlet. [`Suspended::attach_owner`] before resuming.
    pub fn detach_owner(&mut self) {
        if let Some(f) = self.frames.first_mut() {
            if let crate::interp::then::Then::Finish(owner, _) = &mut f.then {
                *owner = Value::NULL;
            }
        }
    }

    /// Gives its bottom frame its owner back (see [`Suspended::detach_owner`]).
    pub fn attach_owner(&mut self, o: &Value) {
        if let Some(f) = self.frames.first_mut() {
            if let crate::interp::then::Then::Finish(owner, _) = &mut f.then {
                *owner = o.clone();
            }
        }
    }

    /// Its frames and state, for pickling; `Err` says which native call its chain holds (a
    /// hard-switched computation, or one whose chain runs through a nested run of a native).
    pub fn parts(&self) -> Result<Parts<'_>, NativeCall> {
        let nested = self
            .frames
            .iter()
            .enumerate()
            .find_map(|(i, f)| match f.then {
                crate::interp::then::Then::Return(name) => Some((i, name)),
                _ => None,
            });
        let (caller, name) = match (nested, &self.worker) {
            (Some((i, name)), _) => (i.checked_sub(1), name),
            (None, Some(w)) => (self.frames.len().checked_sub(1), w.native()),
            (None, None) => {
                return Ok(Parts {
                    frames: &self.frames,
                    exc_stack: &self.exc_stack,
                    depth: self.depth,
                    context: self.context.as_ref(),
                })
            }
        };
        let caller = caller.and_then(|i| self.frames.get(i)).map(|f| {
            let code = f.code();
            let name = crate::objects::str::as_str(&Value::obj(code.qualname.clone()))
                .unwrap_or("?")
                .to_string();
            (name, code.line_of(f.lasti()))
        });
        Err(NativeCall { name, caller })
    }

    /// A computation suspended with `frames` (bottom to top: a bottom frame from
    /// [`crate::cont::switch::bottom_frame`], then frames that each wait in a call), as pickling rebuilds
    /// one.
    #[allow(clippy::vec_box)]
    pub fn from_parts(
        frames: Vec<Box<Frame>>,
        exc_stack: Vec<Value>,
        depth: usize,
        context: Option<ObjRef>,
    ) -> Suspended {
        Suspended {
            frames,
            exc_stack,
            depth,
            context,
            ..Default::default()
        }
    }

    /// What a computation that has not run yet starts with: its owner, finisher, callable, arguments
    /// and keyword names.
    #[allow(clippy::type_complexity)]
    pub fn start_parts(&self) -> Option<(&Value, &'static Finisher, &Value, &[Value], &Value)> {
        self.start
            .as_ref()
            .map(|s| (&s.owner, s.finisher, &s.callable, &s.args[..], &s.kwnames))
    }

    /// Its Python recursion depth (`tasklet.recursion_depth`).
    pub fn depth(&self) -> usize {
        self.depth
    }

    /// Its `contextvars` context (a greenlet's `gr_context`).
    pub fn context(&self) -> Option<&ObjRef> {
        self.context.as_ref()
    }

    pub fn set_context(&mut self, c: Option<ObjRef>) {
        self.context = c;
    }

    /// The frame it is suspended in: the top of its chain, unless that is its bottom frame.
    pub fn top_frame(&self) -> Option<&Frame> {
        let f = self.frames.last()?;
        (!matches!(f.then, crate::interp::then::Then::Finish(..))).then_some(&**f)
    }

    /// The frame object of [`Suspended::top_frame`], or None (`gr_frame`, `tasklet.frame`).
    pub fn top_frame_object(&self) -> Value {
        self.top_frame()
            .map_or(Value::NONE, crate::objects::frameobj::frame_object)
    }

    /// Every reference it holds, for the cycle collector.
    pub fn traverse(&self, f: &mut dyn FnMut(&Value)) {
        for fr in &self.frames {
            fr.traverse(f);
        }
        for v in &self.exc_stack {
            f(v);
        }
        if let Some(c) = &self.context {
            f(&Value::obj(c.clone()));
        }
        if let Some(s) = &self.start {
            f(&s.owner);
            f(&s.callable);
            s.args.iter().for_each(&mut *f);
        }
    }
}

impl Vm {
    /// Trades the running computation's state with `s`: afterwards the vm runs what `s` held and `s` holds
    /// what was running (its `worker` and `start` are left to the caller).
    #[inline]
    pub(crate) fn trade(&mut self, s: &mut Suspended) {
        std::mem::swap(&mut self.frames, &mut s.frames);
        std::mem::swap(&mut self.exc_stack, &mut s.exc_stack);
        std::mem::swap(&mut self.depth, &mut s.depth);
        std::mem::swap(&mut self.context, &mut s.context);
    }
}
