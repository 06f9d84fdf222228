//! The `faulthandler` module. Tracebacks are written by `faulthandler.py` beside this file, from
//! the interpreter's frames (`sys._getframe`). The natives here are what Python cannot do: the
//! fatal-signal handlers (`sys`), which report the signal but cannot walk weft's frames from
//! inside a signal handler, and the watchdog of `dump_traceback_later`, a thread that sleeps and
//! then signals the interpreter's thread to raise its safe-point flag, so the dump happens at the
//! next safe point (a running loop, `time.sleep`, `select` and socket waits reach one at once; a
//! read or write in progress finishes first, unlike CPython's watchdog, which reads the frames
//! from its own thread).
mod sys;

use crate::posix::args::c_int;
use std::cell::RefCell;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::Duration;
use weft_vm::heap::{ObjRef, Value};
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::{call, Vm};
use weft_vm::objects::builtin::Args;
use weft_vm::objects::{float, int, module};

/// Which `dump_traceback_later` is current: a watchdog whose number is not this one was cancelled.
static GENERATION: AtomicU64 = AtomicU64::new(0);
/// Set by the watchdog when its time is up, cleared by the hook that dumps.
static FIRED: AtomicBool = AtomicBool::new(false);

/// `faulthandler._later_fire`, which the safe-point hook calls.
static FIRE: weft_vm::heap::GilShared<RefCell<Option<Value>>> =
    weft_vm::heap::GilShared(RefCell::new(None));

fn fatal_enable(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("_fatal_enable", 1)?;
    sys::set_fatal_handlers(c_int(&a[0])?);
    Ok(Value::NONE)
}

/// The safe-point hook: runs `_later_fire()` once a watchdog has fired.
fn hook(vm: &mut Vm) -> PyResult<()> {
    if !FIRED.swap(false, Ordering::SeqCst) {
        return Ok(());
    }
    match FIRE.with(|f| f.borrow().clone()) {
        Some(f) => call::call_value(vm, &f, vec![]).map(|_| ()),
        None => Ok(()),
    }
}

/// `_watchdog(seconds, repeat)`: starts a watchdog thread for a new generation; the previous one,
/// if any, is cancelled.
fn watchdog(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("_watchdog", 2)?;
    let secs = float::to_f64(&a[0])
        .or_else(|| int::to_i64(&a[0]).map(|i| i as f64))
        .filter(|s| s.is_finite())
        .ok_or_else(|| error::value_error("timeout must be a finite number"))?;
    let repeat = weft_vm::interp::ops::truthy(vm, &a[1])?;
    let gen = GENERATION.fetch_add(1, Ordering::SeqCst) + 1;
    let hooks = &mut vm.attention_hooks;
    if !hooks.contains(&(hook as fn(&mut Vm) -> PyResult<()>)) {
        hooks.push(hook);
    }
    let wait = Duration::from_secs_f64(secs.clamp(0.0, 1e9));
    sys::install_wake_handler();
    let interp = crate::signal::sys::thread_ident();
    std::thread::Builder::new()
        .name("faulthandler watchdog".into())
        .spawn(move || loop {
            std::thread::sleep(wait);
            if GENERATION.load(Ordering::SeqCst) != gen {
                return;
            }
            FIRED.store(true, Ordering::SeqCst);
            sys::wake(interp);
            if !repeat {
                return;
            }
        })
        .map_err(|e| error::runtime_error(format!("unable to start watchdog thread: {e}")))?;
    Ok(Value::NONE)
}

/// `_watchdog_cancel()`: the running watchdog, if any, does nothing more.
fn watchdog_cancel(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("_watchdog_cancel", 0)?;
    GENERATION.fetch_add(1, Ordering::SeqCst);
    FIRED.store(false, Ordering::SeqCst);
    Ok(Value::NONE)
}

const PYTHON: &str = include_str!("faulthandler.py");

/// Builds the `faulthandler` module.
pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = crate::module_with(
        "faulthandler",
        &[
            ("_fatal_enable", fatal_enable),
            ("_watchdog", watchdog),
            ("_watchdog_cancel", watchdog_cancel),
        ],
    );
    let code = vm.compile_str(
        PYTHON,
        "<faulthandler>",
        weft_vm::interp::compile::Mode::Exec,
        0,
    )?;
    let globals = module::module_dict_obj(&m);
    vm.run_code(&code, globals.clone(), Value::obj(globals))?;
    let d = module::module_dict(&m).expect("module dict");
    let fire = d.get_rs("_later_fire");
    if let Some(o) = fire.as_ref().and_then(|f| f.as_obj()) {
        o.make_immortal();
    }
    FIRE.with(|f| *f.borrow_mut() = fire);
    Ok(m)
}
