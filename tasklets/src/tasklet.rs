//! The `tasklet` type: binding a callable and its arguments, scheduling (`insert`, `remove`, `run`,
//! `switch`), exceptions (`throw`, `kill`, `raise_exception`) and the attributes that report its state.
use crate::sched;
use crate::state::{bomb_of, explode, new_bomb, stypes, this_tasklet, tl, TState, Tasklet};
use crate::switching::{schedule_task, unblock};
use weft_vm::cont;
use weft_vm::heap::Value;
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::Vm;
use weft_vm::objects::builtin::Args;
use weft_vm::objects::method_support::new_cls;
use weft_vm::objects::register::{getsets, methods, statics};
use weft_vm::objects::typeobj::{self, tdata};
use weft_vm::objects::{dict, frameobj, int, str as pystr, tuple};

fn new(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = new_cls(args, &stypes().tasklet)?;
    sched::main();
    Ok(sched::new_tasklet(cls, Tasklet::new(false, Value::NONE)))
}

/// `tasklet(func=None, args=None, kwargs=None)`: as `bind`.
fn init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    bind(vm, args).map(|_| Value::NONE)
}

fn none_to_null(v: Option<Value>) -> Option<Value> {
    v.filter(|v| !v.is_none())
}

/// `bind(func=None, args=None, kwargs=None)`: (re)binds the callable; with arguments the tasklet is
/// also made alive, but not runnable. All None unbinds it.
fn bind(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [me, func, fargs, fkwargs] = args.bind("bind", ["self", "func", "args", "kwargs"], 1, 1)?;
    let me = me.unwrap_or(Value::NONE);
    let t = this_tasklet(&me, "bind")?;
    let (func, fargs, fkwargs) = (
        none_to_null(func),
        none_to_null(fargs),
        none_to_null(fkwargs),
    );
    if let Some(f) = &func {
        if !weft_vm::interp::builtins_mod::is_callable(f) {
            return Err(error::type_error(
                "tasklet function must be a callable or None",
            ));
        }
    }
    if sched::is_current(&me) {
        return Err(error::runtime_error("can't (re)bind the current tasklet"));
    }
    if t.scheduled() {
        return Err(error::runtime_error("tasklet is scheduled"));
    }
    if t.hard() {
        return Err(error::runtime_error("tasklet has C state on its stack"));
    }
    if t.main && fargs.is_none() && fkwargs.is_none() {
        return Err(error::runtime_error("can't unbind the main tasklet"));
    }
    let with_args = fargs.is_some() || fkwargs.is_some();
    let (pos, kwnames) = if with_args {
        call_args(vm, fargs, fkwargs)?
    } else {
        (Vec::new(), Value::NULL)
    };
    let old = std::mem::replace(&mut *t.state.borrow_mut(), TState::Idle);
    drop(old);
    if !with_args {
        drop(t.set_tempval(func.unwrap_or(Value::NONE)));
        return Ok(me);
    }
    let old = func.map(|f| t.set_tempval(f));
    if let Err(e) = setup(&me, pos, kwnames, false) {
        if let Some(o) = old {
            t.set_tempval(o);
        }
        return Err(e);
    }
    Ok(me)
}

/// Positional values and keyword names from an `args` sequence and a `kwargs` mapping.
fn call_args(
    vm: &mut Vm,
    fargs: Option<Value>,
    fkwargs: Option<Value>,
) -> PyResult<(Vec<Value>, Value)> {
    let mut pos = match fargs {
        Some(a) => match tuple::as_tuple(&a) {
            Some(items) => items.to_vec(),
            None => weft_vm::interp::protocols::iterate(vm, &a)?,
        },
        None => Vec::new(),
    };
    let mut names = Vec::new();
    if let Some(kw) = fkwargs {
        let Some(d) = kw.as_obj().and_then(|o| o.downcast::<dict::Dict>()) else {
            return Err(error::type_error("kwargs must be a dict"));
        };
        for (k, v) in d.items() {
            names.push(k);
            pos.push(v);
        }
    }
    let kwnames = if names.is_empty() {
        Value::NULL
    } else {
        tuple::new_tuple(names)
    };
    Ok((pos, kwnames))
}

/// Gives the bound function its arguments: the tasklet is alive; `insert` also makes it runnable.
fn setup(me: &Value, args: Vec<Value>, kwnames: Value, insert: bool) -> PyResult<()> {
    let Some(t) = tl(me) else { return Ok(()) };
    let func = t.tempval.borrow().clone();
    if func.is_none() {
        return Err(error::runtime_error(
            "the tasklet was not bound to a function",
        ));
    }
    *t.state.borrow_mut() = TState::Bound {
        func,
        args,
        kwnames,
    };
    t.set_tempval(Value::NONE);
    if insert {
        sched::insert(me);
    }
    Ok(())
}

/// `setup(*args, **kwargs)` and `t(*args, **kwargs)`: bind the arguments and insert.
fn setup_method(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let me = args.this()?.clone();
    let t = this_tasklet(&me, "setup")?;
    if t.alive() {
        return Err(error::runtime_error("tasklet is alive"));
    }
    let rest = args.all[1..].to_vec();
    let kwnames = if args.kwnames.is_empty() {
        Value::NULL
    } else {
        tuple::new_tuple(args.kwnames.to_vec())
    };
    setup(&me, rest, kwnames, true)?;
    Ok(me)
}

fn insert(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let me = args.this()?.clone();
    let t = this_tasklet(&me, "insert")?;
    check_insertable(&me, t)?;
    if !t.queued.get() {
        sched::insert(&me);
    }
    Ok(me)
}

fn check_insertable(me: &Value, t: &Tasklet) -> PyResult<()> {
    if t.blocked.get() != 0 {
        return Err(error::runtime_error("You cannot run a blocked tasklet"));
    }
    if !t.queued.get() && !t.alive() && !sched::is_current(me) {
        return Err(error::runtime_error(
            "You cannot run an unbound(dead) tasklet",
        ));
    }
    Ok(())
}

fn remove(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let me = args.this()?.clone();
    let t = this_tasklet(&me, "remove")?;
    if t.blocked.get() != 0 {
        return Err(error::runtime_error("You cannot remove a blocked tasklet."));
    }
    if sched::is_current(&me) {
        return Err(error::runtime_error(
            "The current tasklet cannot be removed.",
        ));
    }
    if t.queued.get() {
        drop(sched::remove(&me));
    }
    Ok(me)
}

/// `run()` switches to the tasklet, the current one staying runnable; `switch()` pauses the current one.
fn run_remove(vm: &mut Vm, args: &Args, remove: bool) -> PyResult<Value> {
    let soft = cont::at_plain_call(vm);
    let me = args.this()?.clone();
    let t = this_tasklet(&me, if remove { "switch" } else { "run" })?;
    let prev = sched::current();
    check_insertable(&me, t)?;
    sched::check_trap(prev.bits() != me.bits())?;
    if !t.queued.get() {
        sched::insert(&me);
    }
    if remove && prev.bits() != me.bits() {
        drop(sched::remove(&prev));
    }
    schedule_task(vm, prev, Some(me), soft)
}

fn run(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    run_remove(vm, args, false)
}

fn switch(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    run_remove(vm, args, true)
}

/// Raises the exception of `bomb` in tasklet `me`: now (switching to it), or, `pending`, when it next
/// runs (it is made runnable).
pub(crate) fn throw_bomb(
    vm: &mut Vm,
    me: &Value,
    bomb: Value,
    pending: bool,
    soft: bool,
) -> PyResult<Value> {
    let Some(t) = tl(me) else {
        return Err(error::type_error("not a tasklet"));
    };
    if sched::is_current(me) {
        return Err(explode(vm, &bomb));
    }
    if !t.alive() {
        let is_exit = bomb_of(&bomb).is_some_and(|b| {
            typeobj::as_type(&b.typ).is_some_and(|c| typeobj::is_subtype(c, &stypes().exit))
        });
        if !is_exit {
            return Err(error::runtime_error("You cannot throw to a dead tasklet"));
        }
        // Killing a dead tasklet only makes sure it is neither blocked nor scheduled.
        if t.blocked.get() != 0 {
            unblock(me);
        }
        if t.queued.get() {
            drop(sched::remove(me));
        }
        return Ok(Value::NONE);
    }
    if pending {
        t.set_tempval(bomb);
        if t.blocked.get() != 0 {
            unblock(me);
        }
        if !t.queued.get() {
            sched::insert(me);
        }
        return Ok(Value::NONE);
    }
    sched::check_trap(true)?;
    t.set_tempval(bomb);
    let prev = sched::current();
    schedule_task(vm, prev, Some(me.clone()), soft)
}

/// The bomb of `raise exc` / `raise exc(val)` with traceback `tb`, as Stackless's `slp_exc_to_bomb`.
pub(crate) fn exc_to_bomb(typ: Value, val: Value, tb: Value) -> PyResult<Value> {
    if !tb.is_none()
        && !tb
            .as_obj()
            .is_some_and(|o| o.kind() == weft_vm::heap::Kind::Traceback)
    {
        return Err(error::type_error(
            "third argument must be a traceback object",
        ));
    }
    let base = &weft_vm::objects::types().base_exception;
    if typeobj::as_type(&typ).is_some_and(|c| typeobj::is_subtype(c, base)) {
        return Ok(new_bomb(typ, val, tb));
    }
    if let Some(o) = typ.as_obj().filter(|o| typeobj::is_subtype(o.ty(), base)) {
        if !val.is_none() {
            return Err(error::type_error(
                "instance exception may not have a separate value",
            ));
        }
        return Ok(new_bomb(Value::obj(o.ty().clone()), typ.clone(), tb));
    }
    Err(error::type_error(format!(
        "exceptions must be classes, or instances, not {}",
        weft_vm::interp::ops::type_name_of(&typ)
    )))
}

/// The bomb of `klass(*args)`, as Stackless's `slp_make_bomb` (`what` names the caller).
pub(crate) fn make_bomb(klass: &Value, args: Vec<Value>, what: &str) -> PyResult<Value> {
    let base = &weft_vm::objects::types().base_exception;
    let ok = typeobj::as_type(klass).is_some_and(|c| typeobj::is_subtype(c, base))
        || pystr::as_str(klass).is_some();
    if !ok {
        return Err(error::type_error(format!(
            "{what} needs Exception or string subclass as first parameter"
        )));
    }
    Ok(new_bomb(klass.clone(), tuple::new_tuple(args), Value::NONE))
}

fn truth(vm: &mut Vm, v: Option<Value>) -> PyResult<bool> {
    match v {
        Some(v) => weft_vm::interp::ops::truthy(vm, &v),
        None => Ok(false),
    }
}

/// `throw(exc, val=None, tb=None, pending=False)`.
fn throw(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let soft = cont::at_plain_call(vm);
    let [me, typ, val, tb, pending] =
        args.bind("throw", ["self", "exc", "val", "tb", "pending"], 2, 1)?;
    let me = me.unwrap_or(Value::NONE);
    this_tasklet(&me, "throw")?;
    let pending = truth(vm, pending)?;
    let bomb = exc_to_bomb(
        typ.unwrap_or(Value::NONE),
        val.unwrap_or(Value::NONE),
        tb.unwrap_or(Value::NONE),
    )?;
    throw_bomb(vm, &me, bomb, pending, soft)
}

/// `kill(pending=False)`: `TaskletExit` raised in the tasklet.
fn kill(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let soft = cont::at_plain_call(vm);
    let [me, pending] = args.bind("kill", ["self", "pending"], 1, 1)?;
    let me = me.unwrap_or(Value::NONE);
    this_tasklet(&me, "kill")?;
    let pending = truth(vm, pending)?;
    let bomb = new_bomb(Value::obj(stypes().exit.clone()), Value::NONE, Value::NONE);
    throw_bomb(vm, &me, bomb, pending, soft)
}

/// `raise_exception(exc_cls, *args)`.
fn raise_exception(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let soft = cont::at_plain_call(vm);
    let me = args.this()?.clone();
    this_tasklet(&me, "raise_exception")?;
    args.no_kwargs("raise_exception")?;
    let Some(klass) = args.all.get(1) else {
        return Err(error::type_error(
            "raise_exception() takes at least 1 argument",
        ));
    };
    let bomb = make_bomb(klass, args.all[2..].to_vec(), "tasklet.raise_exception")?;
    throw_bomb(vm, &me, bomb, false, soft)
}

/// The one `bool` or `int` argument of `set_atomic` and `set_ignore_nesting` (`msg` when it is not).
fn flag_arg<'a>(args: &'a Args, msg: &str) -> PyResult<(&'a Value, bool)> {
    let me = args.this()?;
    match args.all.get(1).filter(|_| args.all.len() == 2) {
        Some(v) if int::is_int(v) => Ok((me, int::to_i64(v) != Some(0))),
        _ => Err(error::type_error(msg.to_string())),
    }
}

fn set_atomic(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, flag) = flag_arg(args, "set_atomic needs exactly one bool or integer")?;
    let t = this_tasklet(me, "set_atomic")?;
    Ok(Value::bool(t.atomic.replace(flag)))
}

fn set_ignore_nesting(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, flag) = flag_arg(args, "set_ignore_nesting needs exactly one bool or integer")?;
    let t = this_tasklet(me, "set_ignore_nesting")?;
    Ok(Value::bool(t.ignore_nesting.replace(flag)))
}

fn get_alive(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::bool(this_tasklet(v, "alive")?.alive()))
}

fn get_paused(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let t = this_tasklet(v, "paused")?;
    Ok(Value::bool(t.alive() && !t.scheduled()))
}

fn get_blocked(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::bool(this_tasklet(v, "blocked")?.blocked.get() != 0))
}

fn get_scheduled(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::bool(this_tasklet(v, "scheduled")?.scheduled()))
}

fn nesting(v: &Value) -> PyResult<i64> {
    Ok(i64::from(this_tasklet(v, "nesting_level")?.hard()))
}

fn get_restorable(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::bool(nesting(v)? == 0))
}

fn get_nesting_level(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(int::from_i64(nesting(v)?))
}

/// The tasklet's Python recursion depth: the running one's is the vm's, a suspended one's travels
/// with its computation.
fn get_recursion_depth(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let t = this_tasklet(v, "recursion_depth")?;
    let depth = match &*t.state.borrow() {
        TState::Running => vm.depth,
        TState::Suspended(s) => s.depth(),
        _ => 0,
    };
    Ok(int::from_i64(depth as i64))
}

fn get_atomic(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::bool(this_tasklet(v, "atomic")?.atomic.get()))
}

fn get_ignore_nesting(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::bool(
        this_tasklet(v, "ignore_nesting")?.ignore_nesting.get(),
    ))
}

fn get_is_main(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::bool(this_tasklet(v, "is_main")?.main))
}

fn get_is_current(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    this_tasklet(v, "is_current")?;
    Ok(Value::bool(sched::is_current(v)))
}

/// The frame it runs in: the caller's for the current tasklet, the one it waits in otherwise.
fn get_frame(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let t = this_tasklet(v, "frame")?;
    if sched::is_current(v) {
        return Ok(vm
            .frames
            .last()
            .map_or(Value::NONE, |f| frameobj::frame_object(f)));
    }
    let state = t.state.borrow();
    Ok(match &*state {
        TState::Suspended(s) => s.top_frame_object(),
        _ => Value::NONE,
    })
}

fn get_tempval(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(this_tasklet(v, "tempval")?.tempval.borrow().clone())
}

fn set_tempval(_vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let t = this_tasklet(v, "tempval")?;
    drop(t.set_tempval(new.unwrap_or(Value::NONE)));
    Ok(())
}

/// Its neighbours: in the run queue, or in the channel it is blocked on.
fn neighbours(v: &Value) -> PyResult<Option<(Value, Value)>> {
    let t = this_tasklet(v, "next")?;
    if t.queued.get() {
        return Ok(sched::neighbours(v));
    }
    if t.blocked.get() != 0 {
        let chan = t.channel.borrow().clone();
        if let Some(c) = crate::state::ch(&chan) {
            let q = c.queue.borrow();
            if let Some(i) = q.iter().position(|x| x.bits() == v.bits()) {
                let prev = if i == 0 {
                    Value::NONE
                } else {
                    q[i - 1].clone()
                };
                let next = q.get(i + 1).cloned().unwrap_or(Value::NONE);
                return Ok(Some((prev, next)));
            }
        }
    }
    Ok(None)
}

fn get_next(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(neighbours(v)?.map_or(Value::NONE, |(_, n)| n))
}

fn get_prev(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(neighbours(v)?.map_or(Value::NONE, |(p, _)| p))
}

fn get_thread_id(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    this_tasklet(v, "thread_id")?;
    let th = weft_vm::interp::import::import_abs(vm, "_thread")?;
    let f = weft_vm::interp::attr::getattr(vm, &th, "get_ident")?;
    weft_vm::interp::call::call_value(vm, &f, Vec::new())
}

/// Kills a tasklet suspended with native frames on its chain, so that they unwind through its
/// `finally` blocks, as Stackless kills such a tasklet when it is collected (it tries ten times).
pub(crate) fn kill_hard(vm: &mut Vm, me: &Value) -> PyResult<()> {
    for _ in 0..10 {
        if !tl(me).is_some_and(|t| t.hard()) || sched::is_current(me) {
            break;
        }
        let bomb = new_bomb(Value::obj(stypes().exit.clone()), Value::NONE, Value::NONE);
        match throw_bomb(vm, me, bomb, false, false) {
            Err(e) if !weft_vm::interp::exc::matches_type(&e, &stypes().exit) => return Err(e),
            _ => {}
        }
    }
    Ok(())
}

fn del(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let me = args.this()?.clone();
    this_tasklet(&me, "__del__")?;
    kill_hard(vm, &me)?;
    Ok(Value::NONE)
}

/// Fills in the `tasklet` type.
pub(crate) fn init_type() {
    let t = &stypes().tasklet;
    statics(t, &[("__new__", new)]);
    methods(
        t,
        &[
            ("__init__", init),
            ("bind", bind),
            ("setup", setup_method),
            ("__call__", setup_method),
            ("insert", insert),
            ("remove", remove),
            ("run", run),
            ("switch", switch),
            ("throw", throw),
            ("kill", kill),
            ("raise_exception", raise_exception),
            ("set_atomic", set_atomic),
            ("set_ignore_nesting", set_ignore_nesting),
            ("__del__", del),
        ],
    );
    getsets(
        t,
        &[
            ("alive", get_alive, None),
            ("paused", get_paused, None),
            ("blocked", get_blocked, None),
            ("scheduled", get_scheduled, None),
            ("restorable", get_restorable, None),
            ("nesting_level", get_nesting_level, None),
            ("recursion_depth", get_recursion_depth, None),
            ("atomic", get_atomic, None),
            ("ignore_nesting", get_ignore_nesting, None),
            ("is_main", get_is_main, None),
            ("is_current", get_is_current, None),
            ("frame", get_frame, None),
            ("tempval", get_tempval, Some(set_tempval)),
            ("next", get_next, None),
            ("prev", get_prev, None),
            ("thread_id", get_thread_id, None),
        ],
    );
    let td = tdata(t);
    td.dict
        .set_rs("__dict__", weft_vm::objects::object::dict_descriptor());
    td.set(weft_vm::objects::typeobj::tflag::HAS_DEL, true);
}
