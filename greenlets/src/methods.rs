//! The `greenlet` type's methods and attributes, and the module.
use crate::state::{self, current, gl, gtypes, new_greenlet, this, GState, Greenlet};
use crate::switching::{switch as do_switch, Send};
use std::cell::RefCell;
use weft_vm::cont;
use weft_vm::heap::{ObjRef, Value};
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::Vm;
use weft_vm::objects::builtin::{new_builtin, Args, BuiltinKind, NativeFn};
use weft_vm::objects::method_support::new_cls;
use weft_vm::objects::register::{getsets, methods, statics};
use weft_vm::objects::typeobj::tdata;
use weft_vm::objects::{module, str as pystr, tuple};

fn new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    state::kill_deferred(vm);
    let cls = new_cls(args, &gtypes().greenlet)?;
    weft_vm::interp::typecall::check_not_abstract(cls)?;
    Ok(new_greenlet(
        cls,
        Greenlet {
            state: RefCell::new(GState::Unstarted),
            run: RefCell::new(Value::NULL),
            parent: RefCell::new(current()),
            main: false,
            thread: weft_vm::interp::threads::serial(),
            context: RefCell::new(None),
        },
    ))
}

/// `greenlet.__init__(run=None, parent=None)`.
fn greenlet_init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [me, run, parent] = args.bind("greenlet", ["self", "run", "parent"], 1, 1)?;
    let me = me.unwrap_or(Value::NONE);
    if let Some(r) = run {
        set_run(vm, &me, Some(r))?;
    }
    if let Some(p) = parent.filter(|p| !p.is_none()) {
        set_parent(vm, &me, Some(p))?;
    }
    Ok(Value::NONE)
}

/// `switch(*args, **kwargs)`.
fn switch(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let soft = cont::at_plain_call(vm);
    let me = args.this()?;
    let g = this(me, "switch")?;
    if args.kwnames.is_empty() && args.all.len() <= 2 {
        if let Some(r) = crate::switching::switch_plain(vm, me, g, args.all.get(1), soft) {
            return r;
        }
    }
    let me = me.clone();
    let rest = args.all[1..].to_vec();
    let kwnames = if args.kwnames.is_empty() {
        Value::NULL
    } else {
        tuple::new_tuple(args.kwnames.to_vec())
    };
    do_switch(vm, me, Send::Args(rest, kwnames), soft)
}

/// `throw(typ=GreenletExit, val=None, tb=None)`.
fn throw(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let soft = cont::at_plain_call(vm);
    let [me, typ, val, tb] = args.bind("throw", ["self", "typ", "val", "tb"], 1, 1)?;
    let me = me.unwrap_or(Value::NONE);
    this(&me, "throw")?;
    let a = [
        typ.unwrap_or_else(|| Value::obj(gtypes().exit.clone())),
        val.unwrap_or(Value::NONE),
        tb.unwrap_or(Value::NONE),
    ];
    if !weft_vm::interp::exc::is_exception_class_or_instance(&a[0]) {
        return Err(error::type_error(format!(
            "exceptions must be classes, or instances, not {}",
            weft_vm::interp::ops::type_name_of(&a[0])
        )));
    }
    let e = weft_vm::objects::generator::throw_error(vm, &a)?;
    do_switch(vm, me, Send::Throw(e), soft)
}

fn bool_(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let g = this(args.this()?, "__bool__")?;
    Ok(Value::bool(g.active()))
}

fn repr(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let me = args.this()?;
    let g = this(me, "__repr__")?;
    let tp = weft_vm::interp::ops::type_name_of(me);
    let addr = me.as_obj().map_or(0, |o| o.addr());
    let base = me.as_obj().is_some_and(|o| o.ty().is(&gtypes().greenlet));
    let name = if base { format!("greenlet.{tp}") } else { tp };
    let mut s = format!("<{name} object at {addr:#x} (otid=0x0)");
    if g.thread_exited() {
        s.push_str(" (thread exited)");
    }
    if g.dead() {
        s.push_str(" dead");
    } else {
        if me.bits() == current().bits() {
            s.push_str(" current");
        } else if g.started() {
            s.push_str(" suspended");
        }
        if g.active() {
            s.push_str(" active");
        }
        if g.started() {
            s.push_str(" started");
        } else {
            s.push_str(" pending");
        }
        if g.main {
            s.push_str(" main");
        }
    }
    s.push('>');
    Ok(pystr::new_string(s))
}

fn get_dead(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::bool(this(v, "dead")?.dead()))
}

fn get_frame(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let g = this(v, "gr_frame")?;
    let state = g.state.borrow();
    Ok(match &*state {
        GState::Suspended(s) => s.top_frame_object(),
        _ => Value::NONE,
    })
}

fn get_parent(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(this(v, "parent")?.parent.borrow().clone())
}

pub(crate) fn set_parent(_vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let g = this(v, "parent")?;
    let Some(p) = new else {
        return Err(error::attribute_error("can't delete attribute"));
    };
    if g.main {
        return Err(error::attribute_error(
            "cannot set the parent of a main greenlet",
        ));
    }
    let Some(pg) = gl(&p) else {
        return Err(error::type_error(format!(
            "GreenletChecker: Expected any type of greenlet, not {}",
            weft_vm::interp::ops::type_name_of(&p)
        )));
    };
    // An unstarted greenlet's parent is checked when it starts (`switching::resume_of`).
    if pg.thread != g.thread && g.started() {
        return Err(error::value_error("parent cannot be on a different thread"));
    }
    let mut up = p.clone();
    while let Some(pg) = gl(&up) {
        if up.bits() == v.bits() {
            return Err(error::value_error("cyclic parent chain"));
        }
        let next = pg.parent.borrow().clone();
        up = next;
    }
    *g.parent.borrow_mut() = p;
    Ok(())
}

fn get_run(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let g = this(v, "run")?;
    let r = g.run.borrow().clone();
    if r.is_null() {
        let _ = vm;
        return Err(error::attribute_error("run"));
    }
    Ok(r)
}

fn set_run(_vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let g = this(v, "run")?;
    if g.started() {
        return Err(error::attribute_error(
            "run cannot be set after the start of the greenlet",
        ));
    }
    *g.run.borrow_mut() = new.unwrap_or(Value::NULL);
    Ok(())
}

fn get_context(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let g = this(v, "gr_context")?;
    let state = g.state.borrow();
    let c = match &*state {
        GState::Running if g.thread != weft_vm::interp::threads::serial() => {
            return Err(error::value_error(
                "cannot get context of a greenlet that is running in a different thread",
            ))
        }
        GState::Running => vm.context.clone(),
        GState::Suspended(s) => s.context().cloned(),
        _ => g.context.borrow().clone(),
    };
    Ok(c.map_or(Value::NONE, Value::obj))
}

fn set_context(vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let g = this(v, "gr_context")?;
    let ctx_mod = weft_vm::interp::import::import_abs(vm, "_contextvars")?;
    let ctx_type = weft_vm::interp::attr::getattr(vm, &ctx_mod, "Context")?;
    let c = match new {
        None => return Err(error::attribute_error("can't delete context attribute")),
        Some(c) if c.is_none() => None,
        Some(c) => match c.as_obj() {
            Some(o) if Value::obj(o.ty().clone()).bits() == ctx_type.bits() => Some(o.clone()),
            _ => {
                return Err(error::type_error(
                    "greenlet context must be a contextvars.Context or None",
                ))
            }
        },
    };
    let mut state = g.state.borrow_mut();
    match &mut *state {
        GState::Running if g.thread != weft_vm::interp::threads::serial() => {
            return Err(error::value_error(
                "cannot set context of a greenlet that is running in a different thread",
            ))
        }
        GState::Running => vm.context = c,
        GState::Suspended(s) => s.set_context(c),
        _ => *g.context.borrow_mut() = c,
    }
    Ok(())
}

fn get_none(_vm: &mut Vm, _v: &Value) -> PyResult<Value> {
    Ok(Value::NONE)
}

/// Dropping the last reference to a suspended greenlet kills it: `GreenletExit` is thrown into it
/// with its parent set to the running greenlet, so its `finally` blocks run and control comes back.
/// One of another thread is killed there, the next time that thread asks for a greenlet
/// (`state::defer_kill`); one of a thread that ended is dropped as it is.
fn del(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let me = args.this()?.clone();
    let g = this(&me, "__del__")?;
    if !matches!(*g.state.borrow(), GState::Suspended(_)) {
        return Ok(Value::NONE);
    }
    if g.thread != weft_vm::interp::threads::serial() {
        if !weft_vm::interp::threads::ended(g.thread) {
            state::defer_kill(g.thread, me);
        }
        return Ok(Value::NONE);
    }
    kill(vm, me)
}

/// Throws `GreenletExit` into suspended greenlet `me` of this thread (see `del`).
pub(crate) fn kill(vm: &mut Vm, me: Value) -> PyResult<Value> {
    let Some(g) = gl(&me) else {
        return Ok(Value::NONE);
    };
    if !matches!(*g.state.borrow(), GState::Suspended(_)) {
        return Ok(Value::NONE);
    }
    let old_parent = std::mem::replace(&mut *g.parent.borrow_mut(), current());
    let e = error::PyErr::no_msg(&gtypes().exit);
    let r = do_switch(vm, me.clone(), Send::Throw(e), false);
    if let Some(g) = gl(&me) {
        if !g.main {
            *g.parent.borrow_mut() = old_parent;
        }
    }
    match r {
        Ok(_) => Ok(Value::NONE),
        Err(e) if weft_vm::interp::exc::matches_type(&e, &gtypes().exit) => Ok(Value::NONE),
        Err(e) => Err(e),
    }
}

fn getcurrent(vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    state::kill_deferred(vm);
    Ok(current())
}

fn settrace(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("settrace", 1)?;
    Ok(state::set_tracer(a[0].clone()))
}

fn gettrace(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(state::tracer())
}

fn static_fn(name: &'static str, f: NativeFn) -> Value {
    let b = new_builtin(name, f, BuiltinKind::Function, None);
    b.make_immortal();
    Value::obj(b)
}

/// Builds the `greenlet` module.
pub fn init(_vm: &mut Vm) -> PyResult<ObjRef> {
    let t = gtypes();
    let g = &t.greenlet;
    statics(g, &[("__new__", new)]);
    methods(
        g,
        &[
            ("__init__", greenlet_init),
            ("switch", switch),
            ("throw", throw),
            ("__bool__", bool_),
            ("__repr__", repr),
            ("__del__", del),
        ],
    );
    getsets(
        g,
        &[
            ("dead", get_dead, None),
            ("gr_frame", get_frame, None),
            ("parent", get_parent, Some(set_parent)),
            ("run", get_run, Some(set_run)),
            ("gr_context", get_context, Some(set_context)),
            ("__weakref__", get_none, None),
        ],
    );
    let td = tdata(g);
    td.dict
        .set_rs("__dict__", weft_vm::objects::object::kept_dict_descriptor());
    td.set(weft_vm::objects::typeobj::tflag::HAS_DEL, true);
    let fns: [(&'static str, NativeFn); 3] = [
        ("getcurrent", getcurrent),
        ("settrace", settrace),
        ("gettrace", gettrace),
    ];
    for (n, f) in fns {
        let b = static_fn(n, f);
        td.dict.set_rs(n, b);
    }
    td.dict.set_rs("GreenletExit", Value::obj(t.exit.clone()));
    td.dict.set_rs("error", Value::obj(t.error.clone()));
    let m = module::new_module("greenlet");
    if let Some(d) = module::module_dict(&m) {
        for (n, f) in fns {
            d.set_rs(n, static_fn(n, f));
        }
        d.set_rs("greenlet", Value::obj(g.clone()));
        d.set_rs("GreenletExit", Value::obj(t.exit.clone()));
        d.set_rs("error", Value::obj(t.error.clone()));
        d.set_rs("__version__", pystr::new_str("3.5.0"));
        d.set_rs("GREENLET_USE_GC", Value::TRUE);
        d.set_rs("GREENLET_USE_TRACING", Value::TRUE);
        d.set_rs("GREENLET_USE_CONTEXT_VARS", Value::TRUE);
    }
    Ok(m)
}
