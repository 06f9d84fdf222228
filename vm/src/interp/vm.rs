//! `Vm`: the state of one interpreter thread: its frame stack, the exception being handled, the module
//! table, and the recursion budget for natives that re-enter Python.
use crate::heap::{ObjRef, Value};
use crate::interp::error::{PyErr, PyResult};
use crate::interp::frame::Frame;

pub struct Vm {
    /// Suspended callers of the running frame (the running frame itself is held by `run`).
    pub frames: Vec<Box<Frame>>,
    /// Reusable frame boxes (their slot vectors keep their capacity).
    pub frame_pool: Vec<Box<Frame>>,
    /// Exceptions being handled: the top entry is what `sys.exc_info()` reports (3.11's exc_info stack; a
    /// generator pushes its own entry while it runs).
    pub exc_stack: Vec<Value>,
    /// `sys.modules`.
    pub modules: ObjRef,
    /// The `builtins` module's dict.
    pub builtins: ObjRef,
    /// The `sys` module (once created).
    pub sys: Option<ObjRef>,
    /// Python frames on the stack (all nested runs).
    pub depth: usize,
    /// Nesting of native re-entries (`call` from natives), bounded separately.
    pub native_depth: usize,
    /// The bound on `native_depth` that the running native stack has room for.
    pub native_limit: usize,
    /// Set while a native runs that a `Call` instruction called directly (its result is pushed as is),
    /// where a continuation switch can be soft (`cont::switch::at_plain_call`).
    pub plain_call: bool,
    /// Set by a soft switch made in a plain call: the native's result goes to the top frame of the
    /// computation switched to, which waits as its own instruction says (a call, or a `for` loop's
    /// `ForIter` for which `StopIteration` ends the loop), not as the call site's does. The call site
    /// clears it (`Vm::resume_top`).
    pub switched: bool,
    /// The native a `Call` instruction is running (empty once it returned, or for a native the loop
    /// called another way), restored when a nested run it started ends: the native below a nested
    /// run's bottom frame (`Then::Return`), named when pickling refuses it.
    pub native_name: &'static str,
    /// The worker stacks of hard switches (`cont::workers`).
    pub workers: crate::cont::workers::Workers,
    /// Safe points (calls, loops' back edges) left before `preempt` is called, counted only while
    /// `preempt` is set.
    pub ticks: u64,
    /// What preemption calls when `ticks` runs out (the tasklet scheduler's), or NULL: unarmed.
    pub preempt: Value,
    /// The code of the frame that calls `preempt`, made on first use.
    pub(crate) preempt_code: Option<ObjRef>,
    /// What natives that wait offer the wait to (the tasklet scheduler's), if any.
    pub wait_hook: Option<crate::cont::wait::WaitHook>,
    /// The code of continuations' bottom frames, made on first use.
    pub(crate) bottom_code: Option<ObjRef>,
    /// A frame a native asked the loop to run in its place (the "call this, then return its result" protocol).
    pub pending_frame: Option<Box<Frame>>,
    /// An exception to raise in the frame being resumed (`generator.throw`).
    pub pending_throw: Option<PyErr>,
    /// Set when the last nested `run` ended by a `yield` (not a return).
    pub yielded: bool,
    /// The hooks the stdlib crate registers (native module constructors).
    pub registry: crate::interp::registry::Registry,
    /// Command-line state reflected in `sys`.
    pub argv: Vec<String>,
    pub path: Vec<String>,
    pub flags: crate::interp::registry::Flags,
    /// What the stdlib attends to at a safe point, after finalisers (signal handlers, weakref callbacks):
    /// each runs when the attention flag was raised; an error propagates from the interrupted instruction.
    pub attention_hooks: Vec<fn(&mut Vm) -> PyResult<()>>,
    /// importlib's `_find_and_load`, once `bootstrap::install` ran: imports that miss `sys.modules`
    /// go through it.
    pub find_and_load: Option<Value>,
    /// The thread's current `contextvars.Context` (created by `_contextvars` on first use).
    pub context: Option<ObjRef>,
    /// `sys.settrace`'s and `sys.setprofile`'s hooks (None when unset; see `interp::trace`).
    pub trace_func: Value,
    pub profile_func: Value,
    /// Whether either hook is set: the loop then traces each instruction.
    pub use_tracing: bool,
    /// `sys.set_asyncgen_hooks`'s hooks (None when unset).
    pub asyncgen_firstiter: Value,
    pub asyncgen_finalizer: Value,
    /// `sys.set_coroutine_origin_tracking_depth`: frames recorded in a new coroutine's `cr_origin`.
    pub coro_origin_depth: u32,
    /// Hooks running (CPython's `tstate->tracing`): no events are reported while it is not zero.
    pub tracing: u32,
    /// Bits of the hooks `sys.settrace` (1) and `sys.setprofile` (2) are replacing right now.
    pub installing_hook: u8,
    /// The event the running hook reports (CPython's `tracing_what`; 'call' outside hooks), which
    /// decides whether it may set `f_lineno`.
    pub tracing_what: crate::interp::trace::Event,
    /// Counts the times a hook was set while none was: frames that ran untraced since then
    /// take their last instruction as the previous one traced.
    pub trace_epoch: u32,
    /// This thread's hold on the GIL (released when the `Vm` is dropped, after its other fields).
    _gil: crate::heap::gil::Hold,
}

impl Vm {
    /// Raises `RecursionError` when a new Python frame would exceed the limit.
    #[inline]
    pub fn check_depth(&self) -> PyResult<()> {
        if self.depth >= Vm::recursion_limit() {
            return Err(crate::interp::error::recursion_error(
                "maximum recursion depth exceeded",
            ));
        }
        Ok(())
    }

    /// `sys.getrecursionlimit()`.
    #[inline]
    pub fn recursion_limit() -> usize {
        RECURSION_LIMIT.load(std::sync::atomic::Ordering::Relaxed)
    }

    pub fn set_recursion_limit(n: usize) {
        RECURSION_LIMIT.store(n, std::sync::atomic::Ordering::Relaxed);
    }

    /// `sys.is_finalizing()`.
    pub fn finalizing() -> bool {
        FINALIZING.load(std::sync::atomic::Ordering::Relaxed)
    }

    pub fn set_finalizing() {
        FINALIZING.store(true, std::sync::atomic::Ordering::Relaxed);
    }

    /// The exception currently being handled (`sys.exc_info()[1]`), or None.
    pub fn handled_exception(&self) -> Value {
        for v in self.exc_stack.iter().rev() {
            if !v.is_none() && !v.is_null() {
                return v.clone();
            }
        }
        Value::NONE
    }

    pub fn set_handled(&mut self, v: Value) -> Value {
        match self.exc_stack.last_mut() {
            Some(top) => std::mem::replace(top, v),
            None => {
                self.exc_stack.push(v);
                Value::NONE
            }
        }
    }

    /// The frame that called the running native (the top of `frames` while a native runs).
    pub fn caller_frame(&self) -> Option<&Frame> {
        self.frames.last().map(|b| &**b)
    }

    pub fn err(&self, e: PyErr) -> PyResult<Value> {
        Err(e)
    }
}

/// The interpreter-wide part of a thread's state: the module table, builtins, `sys`, the registered
/// hooks and the command line. Made by the thread that starts a new one, moved to it, and turned into
/// its `Vm` there once it holds the GIL.
struct Seed {
    modules: ObjRef,
    builtins: ObjRef,
    sys: Option<ObjRef>,
    registry: crate::interp::registry::Registry,
    argv: Vec<String>,
    path: Vec<String>,
    flags: crate::interp::registry::Flags,
    attention_hooks: Vec<fn(&mut Vm) -> PyResult<()>>,
    find_and_load: Option<Value>,
}

/// A [`Seed`] on its way to a new thread (it holds object handles, touched there only under the GIL).
pub struct ThreadSeed(crate::heap::GilShared<Seed>);

/// `sys.getrecursionlimit()`: shared by all threads, as CPython's.
static RECURSION_LIMIT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(1000);

/// Set once the interpreter's shutdown has run `atexit` (`sys.is_finalizing()`).
static FINALIZING: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

static REGISTER: std::sync::Once = std::sync::Once::new();

impl Vm {
    /// Whether `code` is that of the frames preemption pushes (their globals hold only the hook, so a
    /// pickled one is rebuilt without them).
    pub fn is_preemption_code(&self, code: &ObjRef) -> bool {
        self.preempt_code.as_ref().is_some_and(|c| c.is(code))
    }

    /// A new interpreter thread state with `builtins` and `sys` ready.
    pub fn new(argv: Vec<String>, path: Vec<String>, flags: crate::interp::registry::Flags) -> Vm {
        let gil = crate::heap::gil::Hold::take();
        let t = crate::objects::types();
        REGISTER.call_once(|| {
            crate::objects::register::register_all();
            crate::interp::union::register();
        });
        let seed = Seed {
            modules: crate::objects::dict::new_dict(),
            builtins: crate::objects::dict::new_dict(),
            sys: None,
            registry: Default::default(),
            argv,
            path,
            flags,
            attention_hooks: Vec::new(),
            find_and_load: None,
        };
        let mut vm = Vm::from_seed(seed, gil);
        let b = crate::interp::builtins_mod::make_builtins(&mut vm);
        vm.builtins = crate::objects::module::module_dict_obj(&b);
        let sys = crate::interp::sysmod::make_sys(&mut vm);
        if let Some(d) = vm.modules.downcast::<crate::objects::dict::Dict>() {
            d.set_rs("builtins", Value::obj(b.clone()));
            d.set_rs("sys", Value::obj(sys.clone()));
        }
        for (m, name) in [(&b, "builtins"), (&sys, "sys")] {
            let _ = crate::interp::import::set_builtin_spec(&mut vm, m, name);
        }
        vm.sys = Some(sys);
        let _ = t;
        vm
    }

    /// What a thread started by this one shares with it (see `Seed`).
    pub fn thread_seed(&self) -> ThreadSeed {
        crate::interp::threads::started_another();
        ThreadSeed(crate::heap::GilShared(Seed {
            modules: self.modules.clone(),
            builtins: self.builtins.clone(),
            sys: self.sys.clone(),
            registry: self.registry.clone(),
            argv: self.argv.clone(),
            path: self.path.clone(),
            flags: self.flags.clone(),
            attention_hooks: self.attention_hooks.clone(),
            find_and_load: self.find_and_load.clone(),
        }))
    }

    /// The state of a new thread of the interpreter, on that thread: blocks until it holds the GIL.
    pub fn for_thread(seed: ThreadSeed) -> Vm {
        let gil = crate::heap::gil::Hold::take();
        Vm::from_seed(seed.0 .0, gil)
    }

    fn from_seed(seed: Seed, gil: crate::heap::gil::Hold) -> Vm {
        Vm {
            frames: Vec::new(),
            frame_pool: Vec::new(),
            exc_stack: vec![Value::NONE],
            modules: seed.modules,
            builtins: seed.builtins,
            sys: seed.sys,
            depth: 0,
            native_depth: 0,
            native_limit: crate::interp::recursion::MAX_NATIVE_DEPTH,
            plain_call: false,
            switched: false,
            native_name: "<interpreter>",
            workers: Default::default(),
            bottom_code: None,
            wait_hook: None,
            ticks: 0,
            preempt: Value::NULL,
            preempt_code: None,
            pending_frame: None,
            pending_throw: None,
            yielded: false,
            registry: seed.registry,
            argv: seed.argv,
            path: seed.path,
            flags: seed.flags,
            attention_hooks: seed.attention_hooks,
            find_and_load: seed.find_and_load,
            context: None,
            trace_func: Value::NONE,
            profile_func: Value::NONE,
            use_tracing: false,
            asyncgen_firstiter: Value::NONE,
            asyncgen_finalizer: Value::NONE,
            coro_origin_depth: 0,
            tracing: 0,
            installing_hook: 0,
            tracing_what: crate::interp::trace::Event::Call,
            trace_epoch: 0,
            _gil: gil,
        }
    }

    /// Ends a thread started by `_thread`: runs the registered thread-exit hooks while it still has
    /// the GIL (dropping the `Vm` then drops its fields, and gives the GIL up last).
    pub fn end_thread(&mut self) {
        // The finalisers and weakref callbacks of what died on this thread run here, as they would
        // have at its next safe point.
        self.run_finalizers();
        if let Err(e) = self.run_attention_hooks() {
            crate::interp::exc::write_unraisable(self, e, "Exception ignored in", &Value::NONE);
        }
        for hook in self.registry.thread_exit.clone() {
            hook(self);
        }
        crate::interp::threads::end();
    }

    /// The `builtins` module object.
    pub fn builtins_module(&self) -> ObjRef {
        self.modules
            .downcast::<crate::objects::dict::Dict>()
            .and_then(|d| d.get_rs("builtins"))
            .and_then(|v| v.as_obj().cloned())
            .unwrap_or_else(|| self.builtins.clone())
    }

    /// `sys.<name>`.
    pub fn sys_attr(&self, name: &str) -> Option<Value> {
        self.sys
            .as_ref()
            .and_then(crate::objects::module::module_dict)
            .and_then(|d| d.get_rs(name))
    }

    /// Writes text to a file object (the native streams directly, others through `write`).
    pub fn write_to(&mut self, file: &Value, s: &str) -> PyResult<()> {
        if let Some(sink) = crate::interp::stdio::text_sink(file) {
            return (sink.write)(self, file, s);
        }
        let w = crate::interp::attr::getattr(self, file, "write")?;
        crate::interp::call::call_value(self, &w, vec![crate::objects::str::new_str(s)])?;
        Ok(())
    }

    /// Writes str value `v` to `file` exactly (lone surrogates reach the stream's encoder).
    pub fn write_value_to(&mut self, file: &Value, v: &Value) -> PyResult<()> {
        let w = crate::interp::attr::getattr(self, file, "write")?;
        crate::interp::call::call_value(self, &w, vec![v.clone()])?;
        Ok(())
    }

    /// Flushes `sys.stdout` and `sys.stderr`.
    pub fn flush_std(&mut self) -> PyResult<()> {
        for n in ["stdout", "stderr"] {
            if let Some(f) = self.sys_attr(n) {
                if f.is_none() {
                    continue;
                }
                if let Ok(fl) = crate::interp::attr::getattr(self, &f, "flush") {
                    crate::interp::call::call_value(self, &fl, Vec::new())?;
                }
            }
        }
        crate::interp::stdio::flush_stdout_global();
        Ok(())
    }
}
