//! The module: scheduling functions (`run`, `schedule`, `schedule_remove`), the current and main
//! tasklets, `switch_trap`, the schedule and channel callbacks, `atomic`, `bomb`, `TaskletExit`.
use crate::sched;
use crate::state::{bomb_of, explode, new_bomb, stypes, tl};
use crate::switching::schedule_task;
use weft_vm::cont;
use weft_vm::heap::{ObjRef, Value};
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::Vm;
use weft_vm::objects::builtin::{new_builtin, Args, BuiltinKind, NativeFn};
use weft_vm::objects::method_support::{alloc_instance, new_cls};
use weft_vm::objects::native::NativeObj;
use weft_vm::objects::register::{getsets, methods, statics};
use weft_vm::objects::{int, module, str as pystr, tuple};

fn getcurrent(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("getcurrent", 0)?;
    Ok(sched::current())
}

fn getmain(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("getmain", 0)?;
    Ok(sched::main())
}

fn getruncount(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("getruncount", 0)?;
    Ok(int::from_i64(sched::runcount() as i64))
}

/// `run(timeout=0, threadblock=False, soft=False, ignore_nesting=False, totaltimeout=0)`: runs the
/// other tasklets until none is runnable (or one fails, whose exception it raises). The caller waits
/// outside the run queue as the watchdog. With `timeout` (safe points per tasklet between switches)
/// or `totaltimeout` (for the whole run), a tasklet that runs out is interrupted, taken off the run
/// queue and returned (`preempt`).
fn run(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let soft = cont::at_plain_call(vm);
    let [timeout, _, _, _, totaltimeout] = args.bind(
        "run",
        [
            "timeout",
            "threadblock",
            "soft",
            "ignore_nesting",
            "totaltimeout",
        ],
        0,
        0,
    )?;
    let ticks = |v: Option<Value>| -> PyResult<u64> {
        Ok(match v {
            Some(v) => int::to_i64(&v)
                .ok_or_else(|| error::type_error("an integer is required"))?
                .max(0) as u64,
            None => 0,
        })
    };
    let (timeout, totaltimeout) = (ticks(timeout)?, ticks(totaltimeout)?);
    let cur = sched::current();
    sched::check_trap(sched::runcount() > 1)?;
    crate::preempt::arm(vm, timeout, totaltimeout);
    sched::push_watchdog(&cur);
    drop(sched::remove(&cur));
    let next = sched::front();
    schedule_task(vm, cur, next, soft)
}

/// `schedule(retval=current)` / `schedule_remove(retval=current)`: lets the next runnable tasklet run
/// (the current one stays runnable, or is removed); returns `retval` when the current one runs again.
fn schedule_impl(vm: &mut Vm, args: &Args, remove: bool) -> PyResult<Value> {
    let soft = cont::at_plain_call(vm);
    let name = if remove {
        "schedule_remove"
    } else {
        "schedule"
    };
    let [retval] = args.bind(name, ["retval"], 0, 0)?;
    let prev = sched::current();
    let retval = retval.unwrap_or_else(|| prev.clone());
    let next = if remove {
        let runnable_others = sched::runcount() > 1;
        sched::check_trap(runnable_others)?;
        drop(sched::remove(&prev));
        sched::front()
    } else {
        let next = sched::next_of_current();
        sched::check_trap(next.as_ref().is_some_and(|n| n.bits() != prev.bits()))?;
        next
    };
    if let Some(p) = tl(&prev) {
        drop(p.set_tempval(retval));
    }
    schedule_task(vm, prev, next, soft)
}

fn schedule(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    schedule_impl(vm, args, false)
}

fn schedule_remove(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    schedule_impl(vm, args, true)
}

/// `switch_trap(change)`: adds `change` to the trap level; the old level.
fn switch_trap(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("switch_trap", 1)?;
    let Some(change) = int::to_i64(&a[0]) else {
        return Err(error::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            weft_vm::interp::ops::type_name_of(&a[0])
        )));
    };
    Ok(int::from_i64(sched::with(|s| {
        let old = s.switch_trap;
        s.switch_trap += change;
        old
    })))
}

fn set_callback(args: &Args, name: &str, msg: &str, schedule: bool) -> PyResult<Value> {
    let a = args.exact(name, 1)?;
    let new = (!a[0].is_none()).then(|| a[0].clone());
    if let Some(f) = &new {
        if !weft_vm::interp::builtins_mod::is_callable(f) {
            return Err(error::type_error(msg.to_string()));
        }
    }
    let old = sched::with(|s| {
        let slot = if schedule {
            &mut s.schedule_cb
        } else {
            &mut s.channel_cb
        };
        std::mem::replace(slot, new)
    });
    Ok(old.unwrap_or(Value::NONE))
}

fn set_schedule_callback(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    set_callback(
        args,
        "set_schedule_callback",
        "schedule callback must be callable",
        true,
    )
}

fn get_schedule_callback(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("get_schedule_callback", 0)?;
    Ok(sched::with(|s| s.schedule_cb.clone()).unwrap_or(Value::NONE))
}

fn set_channel_callback(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    set_callback(
        args,
        "set_channel_callback",
        "channel callback must be callable",
        false,
    )
}

fn get_channel_callback(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("get_channel_callback", 0)?;
    Ok(sched::with(|s| s.channel_cb.clone()).unwrap_or(Value::NONE))
}

/// `set_error_handler(handler=None)`: the old handler.
fn set_error_handler(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.range("set_error_handler", 0, 1)?;
    let new = a.first().filter(|h| !h.is_none()).cloned();
    let old = sched::with(|s| std::mem::replace(&mut s.error_handler, new));
    Ok(old.unwrap_or(Value::NONE))
}

/// Soft switching cannot be turned off here; the call reports that it is on.
fn enable_softswitch(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.range("enable_softswitch", 1, 1)?;
    Ok(Value::TRUE)
}

/// `stackless.current`, `main` and `runcount` are computed on each access (PEP 562).
fn module_getattr(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("__getattr__", 1)?;
    match pystr::as_str(&a[0]) {
        Some("current") => Ok(sched::current()),
        Some("main") => Ok(sched::main()),
        Some("runcount") => Ok(int::from_i64(sched::runcount() as i64)),
        Some(n) => Err(error::attribute_error(format!(
            "module 'stackless' has no attribute '{n}'"
        ))),
        None => Err(error::attribute_error(
            "module 'stackless' has no attribute",
        )),
    }
}

/// `atomic()`: a context manager that sets the current tasklet's atomic flag and restores it.
struct Atomic {
    old: std::cell::Cell<bool>,
}

fn atomic_new(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = new_cls(args, &stypes().atomic)?;
    Ok(Value::obj(alloc_instance(
        cls,
        NativeObj::new(Atomic {
            old: std::cell::Cell::new(false),
        }),
    )))
}

fn atomic_of(v: &Value) -> PyResult<&Atomic> {
    v.as_obj()
        .and_then(|o| o.downcast::<NativeObj>())
        .and_then(|n| n.get::<Atomic>())
        .ok_or_else(|| error::type_error("descriptor requires an 'atomic' object"))
}

fn atomic_enter(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let me = args.this()?;
    let a = atomic_of(me)?;
    let cur = sched::current();
    if let Some(t) = tl(&cur) {
        a.old.set(t.atomic.replace(true));
    }
    Ok(me.clone())
}

fn atomic_exit(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = atomic_of(args.this()?)?;
    let cur = sched::current();
    if let Some(t) = tl(&cur) {
        t.atomic.set(a.old.get());
    }
    Ok(Value::NONE)
}

/// `bomb(type=None, value=None, traceback=None)`.
fn bomb_new(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    new_cls(args, &stypes().bomb)?;
    let rest = args.rest();
    let pos = rest.positional();
    // A single tuple argument holds the three parts.
    let single = (pos.len() == 1 && !rest.has_kwargs())
        .then(|| tuple::as_tuple(&pos[0]).map(|t| t.to_vec()))
        .flatten();
    let parts: [Option<Value>; 3] = match single {
        Some(items) => {
            if items.len() > 3 {
                return Err(error::type_error(format!(
                    "bomb() takes at most 3 arguments ({} given)",
                    items.len()
                )));
            }
            std::array::from_fn(|i| items.get(i).cloned())
        }
        None => rest.bind("bomb", ["type", "value", "traceback"], 0, 0)?,
    };
    let [t, v, tb] = parts.map(|p| p.unwrap_or(Value::NONE));
    Ok(new_bomb(t, v, tb))
}

fn bomb_part(v: &Value, i: usize) -> PyResult<Value> {
    let b = bomb_of(v).ok_or_else(|| error::type_error("descriptor requires a 'bomb' object"))?;
    Ok([&b.typ, &b.value, &b.tb][i].clone())
}

fn bomb_type(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    bomb_part(v, 0)
}

fn bomb_value(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    bomb_part(v, 1)
}

fn bomb_traceback(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    bomb_part(v, 2)
}

/// `bomb.raise_()`: raises its exception.
fn bomb_raise(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let me = args.this()?.clone();
    bomb_part(&me, 0)?;
    Err(explode(vm, &me))
}

fn init_types() {
    crate::tasklet::init_type();
    crate::channel::init_type();
    let t = stypes();
    statics(&t.atomic, &[("__new__", atomic_new)]);
    methods(
        &t.atomic,
        &[("__enter__", atomic_enter), ("__exit__", atomic_exit)],
    );
    statics(&t.bomb, &[("__new__", bomb_new)]);
    methods(&t.bomb, &[("raise_", bomb_raise)]);
    getsets(
        &t.bomb,
        &[
            ("type", bomb_type, None),
            ("value", bomb_value, None),
            ("traceback", bomb_traceback, None),
        ],
    );
}

/// Makes the module's types once (the pickling crate adds their reductions after).
pub(crate) fn types_ready() {
    static TYPES_READY: std::sync::Once = std::sync::Once::new();
    TYPES_READY.call_once(init_types);
}

/// Builds the `stackless` module.
pub fn init(_vm: &mut Vm) -> PyResult<ObjRef> {
    types_ready();
    let t = stypes();
    let m = module::new_module("stackless");
    let Some(d) = module::module_dict(&m) else {
        return Ok(m);
    };
    let fns: [(&'static str, NativeFn); 15] = [
        ("getcurrent", getcurrent),
        ("getmain", getmain),
        ("getruncount", getruncount),
        ("run", run),
        ("schedule", schedule),
        ("schedule_remove", schedule_remove),
        ("switch_trap", switch_trap),
        ("set_schedule_callback", set_schedule_callback),
        ("get_schedule_callback", get_schedule_callback),
        ("set_channel_callback", set_channel_callback),
        ("get_channel_callback", get_channel_callback),
        ("enable_softswitch", enable_softswitch),
        ("__getattr__", module_getattr),
        ("getcurrentid", getcurrentid),
        ("set_error_handler", set_error_handler),
    ];
    for (n, f) in fns {
        d.set_rs(
            n,
            Value::obj(new_builtin(n, f, BuiltinKind::Function, None)),
        );
    }
    d.set_rs("tasklet", Value::obj(t.tasklet.clone()));
    d.set_rs("channel", Value::obj(t.channel.clone()));
    d.set_rs("bomb", Value::obj(t.bomb.clone()));
    d.set_rs("atomic", Value::obj(t.atomic.clone()));
    d.set_rs("TaskletExit", Value::obj(t.exit.clone()));
    Ok(m)
}

/// `getcurrentid()`: the current tasklet's address, or for the main tasklet the thread's id (so that it
/// is the same before and after the main tasklet exists).
fn getcurrentid(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("getcurrentid", 0)?;
    let c = sched::current();
    if tl(&c).is_some_and(|t| !t.main) {
        return Ok(int::from_i64(c.as_obj().map_or(0, |o| o.addr() as i64)));
    }
    let th = weft_vm::interp::import::import_abs(vm, "_thread")?;
    let f = weft_vm::interp::attr::getattr(vm, &th, "get_ident")?;
    weft_vm::interp::call::call_value(vm, &f, Vec::new())
}
