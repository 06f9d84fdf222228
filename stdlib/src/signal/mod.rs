//! The `_signal` module. The OS handler (`sys::on_signal`) only records the signal and raises the vm's
//! attention flag; `deliver`, a safe-point hook, then calls the Python handler in the interpreter's
//! thread, so an exception it raises propagates from the interrupted instruction.
pub(crate) mod sys;

use std::cell::RefCell;
use std::sync::atomic::Ordering;
use weft_vm::heap::{ObjRef, Value};
use weft_vm::interp::builtins_mod::is_callable;
use weft_vm::interp::error::{self, PyErr, PyResult};
use weft_vm::interp::{call, ops, Vm};
use weft_vm::objects::builtin::Args;
use weft_vm::objects::{float, int, module, set, str as pystr, tuple, types};

/// `NSIG`: one more than the largest signal number.
const NSIG: usize = 65;
const SIG_DFL: i64 = 0;
const SIG_IGN: i64 = 1;

/// The Python-level handler of each signal: `SIG_DFL`, `SIG_IGN`, a callable, or None (installed
/// outside Python).
static HANDLERS: weft_vm::heap::GilShared<std::cell::LazyCell<RefCell<Vec<Value>>>> =
    weft_vm::heap::GilShared(std::cell::LazyCell::new(|| {
        RefCell::new(vec![Value::NONE; NSIG])
    }));
/// `default_int_handler`, once the module exists.
static DEFAULT_INT: weft_vm::heap::GilShared<RefCell<Value>> =
    weft_vm::heap::GilShared(RefCell::new(Value::NONE));

fn signum(v: &Value) -> PyResult<i32> {
    if float::to_f64(v).is_some() || !int::is_int(v) {
        return Err(error::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            ops::type_name_of(v)
        )));
    }
    let n = int::to_i64(v)
        .filter(|n| i32::try_from(*n).is_ok())
        .ok_or_else(|| error::overflow_error("Python int too large to convert to C int"))?;
    Ok(n as i32)
}

/// A signal number in `1..NSIG`.
fn checked_signum(v: &Value) -> PyResult<i32> {
    let n = signum(v)?;
    if n < 1 || n as usize >= NSIG {
        return Err(error::value_error("signal number out of range"));
    }
    Ok(n)
}

fn os_err(vm: &mut Vm, e: &std::io::Error) -> PyErr {
    weft_vm::objects::os_error::os_error(vm, e, None)
}

/// Safe-point hook: runs the Python handlers of the signals that arrived. Only the main thread runs
/// them (as CPython); it attends to them whenever it gets the GIL back.
pub(crate) fn deliver(vm: &mut Vm) -> PyResult<()> {
    if !sys::on_main_thread() || !sys::ANY_TRIPPED.swap(false, Ordering::SeqCst) {
        return Ok(());
    }
    for sig in 1..NSIG {
        if !sys::TRIPPED[sig].swap(false, Ordering::SeqCst) {
            continue;
        }
        let h = HANDLERS.with(|h| h.borrow()[sig].clone());
        if int::is_int(&h) || h.is_none() || !is_callable(&h) {
            continue;
        }
        let frame = vm
            .frames
            .last()
            .map_or(Value::NONE, |f| weft_vm::objects::frameobj::frame_object(f));
        if let Err(e) = call::call_value(vm, &h, vec![int::from_i64(sig as i64), frame]) {
            // The signals not yet handled wait for the next safe point.
            sys::ANY_TRIPPED.store(true, Ordering::SeqCst);
            return Err(e);
        }
    }
    Ok(())
}

/// For the process's first thread once it started the interpreter's: leaves signals to the latter.
pub fn leave_signals_to_interpreter() {
    sys::block_all_on_this_thread();
}

/// Ends the process by SIGINT, as CPython does after an uncaught `KeyboardInterrupt` (so that a
/// parent sees the interrupt); returns only if the signal did not end it.
pub fn exit_by_sigint() {
    if sys::set_disposition(libc::SIGINT, sys::Disposition::Default).is_ok() {
        let _ = sys::raise(libc::SIGINT);
    }
}

/// Runs the handlers of signals that arrived at once (after `raise_signal`, `pause`, `pthread_kill`),
/// as CPython's `PyErr_CheckSignals`.
fn check_signals(vm: &mut Vm) -> PyResult<()> {
    deliver(vm)
}

/// `interrupt_main`: marks `sig` as arrived if a Python handler is installed for it.
pub(crate) fn simulate(sig: i64) -> PyResult<()> {
    if sig < 1 || sig as usize >= NSIG {
        return Err(error::value_error("signal number out of range"));
    }
    let h = HANDLERS.with(|h| h.borrow()[sig as usize].clone());
    if int::is_int(&h) || h.is_none() {
        return Ok(());
    }
    sys::TRIPPED[sig as usize].store(true, Ordering::SeqCst);
    sys::ANY_TRIPPED.store(true, Ordering::SeqCst);
    weft_vm::heap::request_attention();
    Ok(())
}

fn signal(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("signal", 2)?;
    if !sys::on_main_thread() {
        return Err(error::value_error(
            "signal only works in main thread of the main interpreter",
        ));
    }
    let sig = checked_signum(&a[0])?;
    let h = &a[1];
    let disp = if int::is_int(h) && float::to_f64(h).is_none() {
        match int::to_i64(h) {
            Some(SIG_DFL) => sys::Disposition::Default,
            Some(SIG_IGN) => sys::Disposition::Ignore,
            _ => return Err(bad_handler()),
        }
    } else if is_callable(h) {
        sys::Disposition::Handler
    } else {
        return Err(bad_handler());
    };
    sys::set_disposition(sig, disp).map_err(|e| os_err(vm, &e))?;
    let old = HANDLERS.with(|hs| std::mem::replace(&mut hs.borrow_mut()[sig as usize], h.clone()));
    Ok(old)
}

fn bad_handler() -> PyErr {
    error::type_error("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object")
}

fn getsignal(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("getsignal", 1)?;
    let sig = checked_signum(&a[0])?;
    Ok(HANDLERS.with(|h| h.borrow()[sig as usize].clone()))
}

fn default_int_handler(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.range("default_int_handler", 2, 2)?;
    Err(PyErr::no_msg(&types().keyboard_interrupt))
}

fn raise_signal(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("raise_signal", 1)?;
    let sig = checked_signum(&a[0])?;
    sys::raise(sig).map_err(|e| os_err(vm, &e))?;
    check_signals(vm)?;
    Ok(Value::NONE)
}

fn alarm(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("alarm", 1)?;
    let secs = signum(&a[0])?;
    Ok(int::from_i64(sys::alarm(secs as u32) as i64))
}

fn pause(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("pause", 0)?;
    vm.flush_std()?;
    sys::pause();
    check_signals(vm)?;
    Ok(Value::NONE)
}

fn strsignal(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("strsignal", 1)?;
    let sig = checked_signum(&a[0])?;
    Ok(match sys::strsignal(sig) {
        Some(s) if !s.contains("Unknown signal") => pystr::new_string(s),
        _ => Value::NONE,
    })
}

fn int_set(vm: &mut Vm, sigs: &[i32]) -> PyResult<Value> {
    let s = set::new_set_obj(false);
    let v = Value::obj(s);
    if let Some(st) = set::as_set(&v) {
        for &n in sigs {
            st.add(vm, int::from_i64(n as i64))?;
        }
    }
    Ok(v)
}

fn valid_signals(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("valid_signals", 0)?;
    int_set(vm, &sys::valid_signals())
}

/// The signal numbers of an iterable (a `sigset_t` argument).
fn sigset(vm: &mut Vm, v: &Value) -> PyResult<Vec<i32>> {
    let items = weft_vm::interp::protocols::iterate(vm, v)?;
    let mut sigs = Vec::with_capacity(items.len());
    for v in &items {
        let n = signum(v)?;
        if n < 1 || n as usize >= NSIG {
            return Err(error::value_error(format!(
                "signal number {n} out of range [1; {}]",
                NSIG - 1
            )));
        }
        sigs.push(n);
    }
    Ok(sigs)
}

fn sigpending(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("sigpending", 0)?;
    let sigs = sys::sigpending().map_err(|e| os_err(vm, &e))?;
    int_set(vm, &sigs)
}

fn sigwait(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("sigwait", 1)?;
    let sigs = sigset(vm, &a[0])?;
    vm.flush_std()?;
    let sig = sys::sigwait(&sigs).map_err(|e| os_err(vm, &e))?;
    Ok(int::from_i64(sig as i64))
}

/// `sigwaitinfo(sigset)` and `sigtimedwait(sigset, timeout)`: a `struct_siginfo`, or None when the
/// timeout passed. Handlers of other signals that interrupt the wait run, then it goes on.
fn wait_info(
    vm: &mut Vm,
    sigset_arg: &Value,
    timeout: Option<std::time::Duration>,
) -> PyResult<Value> {
    let sigs = sigset(vm, sigset_arg)?;
    vm.flush_std()?;
    loop {
        match sys::sigwaitinfo(&sigs, timeout) {
            Ok(Some(info)) => {
                let ty = SIGINFO.with(|t| t.borrow().clone()).unwrap_or(Value::NONE);
                let values = info.fields.iter().map(|&f| int::from_i64(f)).collect();
                return weft_vm::interp::structseq::new(vm, &ty, values);
            }
            Ok(None) => return Ok(Value::NONE),
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => check_signals(vm)?,
            Err(e) => return Err(os_err(vm, &e)),
        }
    }
}

fn sigwaitinfo(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("sigwaitinfo", 1)?;
    wait_info(vm, &a[0], None)
}

fn sigtimedwait(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("sigtimedwait", 2)?;
    let t = seconds(&a[1])?;
    if t.is_nan() {
        return Err(error::value_error("Invalid value NaN (not a number)"));
    }
    if t < 0.0 {
        return Err(error::value_error("timeout must be non-negative"));
    }
    wait_info(
        vm,
        &a[0],
        Some(std::time::Duration::from_secs_f64(t.min(1e9))),
    )
}

fn pthread_sigmask(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("pthread_sigmask", 2)?;
    let how = signum(&a[0])?;
    let sigs = sigset(vm, &a[1])?;
    let old = sys::sigmask(how, &sigs).map_err(|e| os_err(vm, &e))?;
    check_signals(vm)?;
    int_set(vm, &old)
}

fn pthread_kill(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("pthread_kill", 2)?;
    let id = int::to_big(&a[0])
        .and_then(|b| u64::try_from(b).ok())
        .ok_or_else(|| {
            error::overflow_error("Python int too large to convert to C unsigned long")
        })?;
    let sig = signum(&a[1])?;
    sys::pthread_kill(id, sig).map_err(|e| os_err(vm, &e))?;
    check_signals(vm)?;
    Ok(Value::NONE)
}

fn siginterrupt(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("siginterrupt", 2)?;
    let sig = checked_signum(&a[0])?;
    let flag = ops::truthy(vm, &a[1])?;
    sys::siginterrupt(sig, flag).map_err(|e| os_err(vm, &e))?;
    Ok(Value::NONE)
}

fn set_wakeup_fd(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [fd, _warn] = args.bind("set_wakeup_fd", ["fd", "warn_on_full_buffer"], 1, 1)?;
    let fd = signum(&fd.unwrap_or(Value::NONE))?;
    if !sys::on_main_thread() {
        return Err(error::value_error(
            "set_wakeup_fd only works in main thread of the main interpreter",
        ));
    }
    if fd != -1 {
        if let Err(e) = sys::check_fd(fd) {
            return Err(os_err(vm, &e));
        }
    }
    Ok(int::from_i64(
        sys::WAKEUP_FD.swap(fd, Ordering::SeqCst) as i64
    ))
}

fn seconds(v: &Value) -> PyResult<f64> {
    if let Some(f) = float::to_f64(v) {
        return Ok(f);
    }
    if int::is_int(v) {
        return Ok(int::to_i64(v).map_or(f64::INFINITY, |i| i as f64));
    }
    Err(error::type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        ops::type_name_of(v)
    )))
}

/// `ItimerError(errno, strerror)` for a failed timer call.
fn itimer_error(vm: &mut Vm, e: &std::io::Error) -> PyErr {
    let base = os_err(vm, e);
    let Some(ty) = ITIMER_ERROR.with(|t| t.borrow().clone()) else {
        return base;
    };
    let exc = weft_vm::interp::exc::normalize(vm, base);
    let args = weft_vm::interp::attr::getattr(vm, &Value::obj(exc), "args");
    let made = args.and_then(|a| {
        let a = tuple::as_tuple(&a).map(|t| t.to_vec()).unwrap_or_default();
        call::call_value(vm, &Value::obj(ty), a)
    });
    match made {
        Ok(v) => match v.as_obj() {
            Some(o) => PyErr::from_obj(o.clone()),
            None => error::system_error("ItimerError is not an exception"),
        },
        Err(e) => e,
    }
}

/// `struct_siginfo`, once the module exists.
static SIGINFO: weft_vm::heap::GilShared<RefCell<Option<Value>>> =
    weft_vm::heap::GilShared(RefCell::new(None));
static ITIMER_ERROR: weft_vm::heap::GilShared<RefCell<Option<ObjRef>>> =
    weft_vm::heap::GilShared(RefCell::new(None));

fn timer_pair((v, i): (f64, f64)) -> Value {
    tuple::new_tuple(vec![Value::float(v), Value::float(i)])
}

fn setitimer(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.range("setitimer", 2, 3)?;
    let which = signum(&a[0])?;
    let value = seconds(&a[1])?;
    let interval = a.get(2).map(seconds).transpose()?.unwrap_or(0.0);
    let old = sys::setitimer(which, value, interval).map_err(|e| itimer_error(vm, &e))?;
    Ok(timer_pair(old))
}

fn getitimer(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("getitimer", 1)?;
    let which = signum(&a[0])?;
    let old = sys::getitimer(which).map_err(|e| itimer_error(vm, &e))?;
    Ok(timer_pair(old))
}

/// The `SIG*` numbers of this platform.
fn signal_names() -> Vec<(&'static str, i32)> {
    vec![
        ("SIGHUP", libc::SIGHUP),
        ("SIGINT", libc::SIGINT),
        ("SIGQUIT", libc::SIGQUIT),
        ("SIGILL", libc::SIGILL),
        ("SIGTRAP", libc::SIGTRAP),
        ("SIGABRT", libc::SIGABRT),
        ("SIGIOT", libc::SIGIOT),
        ("SIGBUS", libc::SIGBUS),
        ("SIGFPE", libc::SIGFPE),
        ("SIGKILL", libc::SIGKILL),
        ("SIGUSR1", libc::SIGUSR1),
        ("SIGSEGV", libc::SIGSEGV),
        ("SIGUSR2", libc::SIGUSR2),
        ("SIGPIPE", libc::SIGPIPE),
        ("SIGALRM", libc::SIGALRM),
        ("SIGTERM", libc::SIGTERM),
        ("SIGSTKFLT", libc::SIGSTKFLT),
        ("SIGCHLD", libc::SIGCHLD),
        ("SIGCLD", libc::SIGCHLD),
        ("SIGCONT", libc::SIGCONT),
        ("SIGSTOP", libc::SIGSTOP),
        ("SIGTSTP", libc::SIGTSTP),
        ("SIGTTIN", libc::SIGTTIN),
        ("SIGTTOU", libc::SIGTTOU),
        ("SIGURG", libc::SIGURG),
        ("SIGXCPU", libc::SIGXCPU),
        ("SIGXFSZ", libc::SIGXFSZ),
        ("SIGVTALRM", libc::SIGVTALRM),
        ("SIGPROF", libc::SIGPROF),
        ("SIGWINCH", libc::SIGWINCH),
        ("SIGIO", libc::SIGIO),
        ("SIGPOLL", libc::SIGPOLL),
        ("SIGPWR", libc::SIGPWR),
        ("SIGSYS", libc::SIGSYS),
        ("SIGRTMIN", libc::SIGRTMIN()),
        ("SIGRTMAX", libc::SIGRTMAX()),
    ]
}

const PYTHON: &str = "\
ItimerError = type('itimer_error', (OSError,), {'__module__': 'signal'})
";

/// Builds the `_signal` module.
pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = crate::module_with(
        "_signal",
        &[
            ("signal", signal),
            ("getsignal", getsignal),
            ("default_int_handler", default_int_handler),
            ("raise_signal", raise_signal),
            ("alarm", alarm),
            ("pause", pause),
            ("strsignal", strsignal),
            ("valid_signals", valid_signals),
            ("pthread_sigmask", pthread_sigmask),
            ("sigpending", sigpending),
            ("sigwait", sigwait),
            ("sigwaitinfo", sigwaitinfo),
            ("sigtimedwait", sigtimedwait),
            ("pthread_kill", pthread_kill),
            ("siginterrupt", siginterrupt),
            ("set_wakeup_fd", set_wakeup_fd),
            ("setitimer", setitimer),
            ("getitimer", getitimer),
        ],
    );
    let d = module::module_dict(&m).expect("module dict");
    for (n, v) in signal_names() {
        d.set_rs(n, int::from_i64(v as i64));
    }
    for (n, v) in [
        ("SIG_DFL", SIG_DFL),
        ("SIG_IGN", SIG_IGN),
        ("NSIG", NSIG as i64),
        ("SIG_BLOCK", libc::SIG_BLOCK as i64),
        ("SIG_UNBLOCK", libc::SIG_UNBLOCK as i64),
        ("SIG_SETMASK", libc::SIG_SETMASK as i64),
        ("ITIMER_REAL", libc::ITIMER_REAL as i64),
        ("ITIMER_VIRTUAL", libc::ITIMER_VIRTUAL as i64),
        ("ITIMER_PROF", libc::ITIMER_PROF as i64),
    ] {
        d.set_rs(n, int::from_i64(v));
    }
    let dih = d.get_rs("default_int_handler").unwrap_or(Value::NONE);
    DEFAULT_INT.with(|v| *v.borrow_mut() = dih.clone());
    HANDLERS.with(|h| {
        let mut h = h.borrow_mut();
        for (sig, slot) in h.iter_mut().enumerate().skip(1) {
            *slot = match sys::current_disposition(sig as i32) {
                Ok(0) => int::from_i64(SIG_DFL),
                Ok(1) => int::from_i64(SIG_IGN),
                _ => Value::NONE,
            };
        }
    });
    // As CPython at startup: SIGINT raises KeyboardInterrupt unless it was ignored.
    if sys::current_disposition(libc::SIGINT).ok() == Some(0)
        && sys::set_disposition(libc::SIGINT, sys::Disposition::Handler).is_ok()
    {
        HANDLERS.with(|h| h.borrow_mut()[libc::SIGINT as usize] = dih);
    }
    let hook: fn(&mut Vm) -> PyResult<()> = deliver;
    if !vm.attention_hooks.contains(&hook) {
        vm.attention_hooks.push(hook);
    }
    let siginfo = weft_vm::interp::structseq::new_type(
        vm,
        "signal",
        "struct_siginfo",
        &[
            "si_signo",
            "si_code",
            "si_errno",
            "si_pid",
            "si_uid",
            "si_status",
            "si_band",
        ],
        7,
    )?;
    if let Some(o) = siginfo.as_obj() {
        o.make_immortal();
    }
    d.set_rs("struct_siginfo", siginfo.clone());
    SIGINFO.with(|t| *t.borrow_mut() = Some(siginfo));
    let code = vm.compile_str(PYTHON, "<_signal>", weft_vm::interp::compile::Mode::Exec, 0)?;
    let globals = module::module_dict_obj(&m);
    vm.run_code(&code, globals.clone(), Value::obj(globals))?;
    let it = d.get_rs("ItimerError").and_then(|v| v.as_obj().cloned());
    ITIMER_ERROR.with(|t| *t.borrow_mut() = it);
    Ok(m)
}
