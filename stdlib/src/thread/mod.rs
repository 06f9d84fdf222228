//! The `_thread` module: real OS threads under the GIL (`spawn`), and the locks they share (`lock`).
pub(crate) mod gate;
pub(crate) mod lock;
mod spawn;

use std::sync::OnceLock;
use weft_vm::heap::{GilShared, ObjRef, Value};
use weft_vm::interp::builtins_mod::is_callable;
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::{attr, call, ops, protocols, Vm};
use weft_vm::objects::builtin::Args;
use weft_vm::objects::{self as objs, dict, float, int, module, str as pystr, tuple};

pub(crate) struct Types {
    lock: ObjRef,
    rlock: ObjRef,
}

static TYPES: OnceLock<GilShared<Types>> = OnceLock::new();

fn types() -> &'static Types {
    &TYPES.get().expect("_thread types made at import").0
}

/// `stack_size()`: the size set for new threads (0: the platform's default).
static STACK_SIZE: GilShared<std::cell::Cell<usize>> = GilShared(std::cell::Cell::new(0));
/// The `_ExceptHookArgs` type, which `_excepthook` requires.
static HOOK_ARGS: GilShared<std::cell::RefCell<Option<ObjRef>>> =
    GilShared(std::cell::RefCell::new(None));

/// Whether instances of `ty` take weak references (locks do).
pub(crate) fn weakrefable(ty: &ObjRef) -> bool {
    TYPES
        .get()
        .is_some_and(|t| ty.is(&t.0.lock) || weft_vm::objects::typeobj::is_subtype(ty, &t.0.rlock))
}

fn allocate_lock(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("allocate_lock", 0)?;
    Ok(lock::new_lock())
}

/// `_set_sentinel()`: a lock released when the calling thread ends (`Thread.join` waits on it).
fn set_sentinel(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("_set_sentinel", 0)?;
    let l = lock::new_lock();
    spawn::add_sentinel(l.clone());
    Ok(l)
}

fn get_ident(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("get_ident", 0)?;
    Ok(int::from_big(crate::signal::sys::thread_ident().into()))
}

fn get_native_id(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("get_native_id", 0)?;
    Ok(int::from_i64(crate::signal::sys::native_thread_id()))
}

fn count(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("_count", 0)?;
    Ok(int::from_i64(spawn::running() as i64))
}

fn stack_size(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.range("stack_size", 0, 1)?;
    let old = new_stack_size();
    if let Some(v) = a.first() {
        if float::to_f64(v).is_some() || !int::is_int(v) {
            return Err(error::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                ops::type_name_of(v)
            )));
        }
        let n = int::to_i64(v)
            .ok_or_else(|| error::overflow_error("Python int too large to convert to C ssize_t"))?;
        if n < 0 {
            return Err(error::value_error("size must be 0 or a positive value"));
        }
        if n != 0 && n < 32768 {
            return Err(error::value_error(format!("size not valid: {n} bytes")));
        }
        STACK_SIZE.with(|s| s.set(n as usize));
    }
    Ok(int::from_i64(old as i64))
}

/// In a child just forked: the forking thread is the only one, and the main thread from now on.
pub(crate) fn after_fork_child() {
    weft_vm::heap::gil::after_fork_child();
    spawn::after_fork_child();
    crate::signal::sys::set_interp_thread();
}

/// The stack size `stack_size()` set for new threads (0: the default).
fn new_stack_size() -> usize {
    STACK_SIZE.with(|s| s.get())
}

fn start_new_thread(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kwargs("start_new_thread")?;
    let a = args.range("start_new_thread", 2, 3)?;
    if !is_callable(&a[0]) {
        return Err(error::type_error("first arg must be callable"));
    }
    if tuple::as_tuple(&a[1]).is_none() {
        return Err(error::type_error("2nd arg must be a tuple"));
    }
    if a.get(2).is_some_and(|k| dict::as_dict(k).is_none()) {
        return Err(error::type_error("optional 3rd arg must be a dictionary"));
    }
    let kwargs = a.get(2).cloned().unwrap_or(Value::NULL);
    let ident = spawn::start(vm, a[0].clone(), a[1].clone(), kwargs)?;
    Ok(int::from_big(ident.into()))
}

fn exit_thread(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("exit", 0)?;
    Err(error::PyErr::no_msg(&weft_vm::objects::types().system_exit))
}

/// `interrupt_main(signum=SIGINT)`: as if the signal arrived.
fn interrupt_main(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [sig] = args.bind("interrupt_main", ["signum"], 0, 0)?;
    let sig = match sig {
        Some(s) => int::to_i64(&s).ok_or_else(|| {
            error::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                ops::type_name_of(&s)
            ))
        })?,
        None => libc::SIGINT as i64,
    };
    crate::signal::simulate(sig)?;
    Ok(Value::NONE)
}

/// `_excepthook(args)`: reports an exception that ended a thread on `sys.stderr` (or the thread's
/// `_stderr` when that is None), as `threading.excepthook`.
fn excepthook(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("_excepthook", 1)?;
    let hook_args = &a[0];
    let is_args = HOOK_ARGS.with(|t| {
        t.borrow()
            .as_ref()
            .is_some_and(|ty| hook_args.as_obj().is_some_and(|o| o.ty().is(ty)))
    });
    if !is_args {
        return Err(error::type_error(
            "_thread.excepthook argument type must be ExceptHookArgs",
        ));
    }
    let exc_type = attr::getattr(vm, hook_args, "exc_type")?;
    if exc_type
        .as_obj()
        .is_some_and(|t| t.is(&objs::types().system_exit))
    {
        return Ok(Value::NONE);
    }
    let exc_value = attr::getattr(vm, hook_args, "exc_value")?;
    let thread = attr::getattr(vm, hook_args, "thread")?;
    let sys_stderr = match vm.sys.as_ref().and_then(module::module_dict) {
        Some(d) => d.get_rs("stderr").unwrap_or(Value::NONE),
        None => Value::NONE,
    };
    let file = if !sys_stderr.is_none() {
        sys_stderr
    } else if !thread.is_none() {
        match attr::getattr_opt(vm, &thread, "_stderr")? {
            Some(f) if !f.is_none() => f,
            _ => return Ok(Value::NONE),
        }
    } else {
        return Ok(Value::NONE);
    };
    let name = if thread.is_none() {
        crate::signal::sys::thread_ident().to_string()
    } else {
        let n = attr::getattr(vm, &thread, "name")?;
        protocols::str_string(vm, &n)?
    };
    let write = attr::getattr(vm, &file, "write")?;
    let flush = attr::getattr(vm, &file, "flush")?;
    call::call_value(
        vm,
        &write,
        vec![pystr::new_string(format!("Exception in thread {name}:\n"))],
    )?;
    call::call_value(vm, &flush, vec![])?;
    if let Some(e) = exc_value.as_obj() {
        let text = weft_vm::interp::traceback::format_exception(vm, e);
        call::call_value(vm, &write, vec![pystr::new_string(text)])?;
    }
    call::call_value(vm, &flush, vec![])?;
    Ok(Value::NONE)
}

/// At interpreter exit, before the `atexit` functions: `threading._shutdown()` if `threading` was
/// imported (it runs the hooks of `threading._register_atexit`), as CPython's
/// `wait_for_thread_shutdown`.
pub(crate) fn shutdown_threading(vm: &mut Vm) {
    let Some(threading) =
        dict::as_dict(&Value::obj(vm.modules.clone())).and_then(|d| d.get_rs("threading"))
    else {
        return;
    };
    let r =
        attr::getattr(vm, &threading, "_shutdown").and_then(|f| call::call_value(vm, &f, vec![]));
    if let Err(e) = r {
        weft_vm::interp::exc::write_unraisable(vm, e, "Exception ignored in", &threading);
    }
}

const PYTHON: &str = include_str!("thread.py");

/// Builds the `_thread` module.
pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    if TYPES.get().is_none() {
        let t = Types {
            lock: crate::support::native_type("_thread.lock", false),
            rlock: crate::support::native_type("_thread.RLock", true),
        };
        lock::register(&t.lock, &t.rlock);
        let _ = TYPES.set(GilShared(t));
    }
    let m = crate::module_with(
        "_thread",
        &[
            ("allocate_lock", allocate_lock),
            ("allocate", allocate_lock),
            ("_set_sentinel", set_sentinel),
            ("get_ident", get_ident),
            ("get_native_id", get_native_id),
            ("_count", count),
            ("stack_size", stack_size),
            ("start_new_thread", start_new_thread),
            ("start_new", start_new_thread),
            ("exit", exit_thread),
            ("exit_thread", exit_thread),
            ("interrupt_main", interrupt_main),
            ("_excepthook", excepthook),
        ],
    );
    let d = module::module_dict(&m).expect("module dict");
    let t = types();
    d.set_rs("LockType", Value::obj(t.lock.clone()));
    d.set_rs("RLock", Value::obj(t.rlock.clone()));
    d.set_rs("TIMEOUT_MAX", Value::float(lock::TIMEOUT_MAX));
    d.set_rs("error", Value::obj(objs::types().runtime_error.clone()));
    let hook_args = weft_vm::interp::structseq::new_type(
        vm,
        "_thread",
        "_ExceptHookArgs",
        &["exc_type", "exc_value", "exc_traceback", "thread"],
        4,
    )?;
    if let Some(o) = hook_args.as_obj() {
        o.make_immortal();
    }
    HOOK_ARGS.with(|t| *t.borrow_mut() = hook_args.as_obj().cloned());
    d.set_rs("_ExceptHookArgs", hook_args);
    let code = vm.compile_str(PYTHON, "<_thread>", weft_vm::interp::compile::Mode::Exec, 0)?;
    let globals = module::module_dict_obj(&m);
    vm.run_code(&code, globals.clone(), Value::obj(globals))?;
    Ok(m)
}
