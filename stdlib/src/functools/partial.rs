//! `functools.partial`: a callable that adds stored positional and keyword arguments to each call. The
//! call is made in tail position (a Python function's frame runs in the caller's loop), so a partial
//! adds no level to tracebacks or to the native stack. A partial of a plain partial is flattened.
use crate::support::payload;
use std::cell::RefCell;
use weft_vm::heap::{ObjRef, Value};
use weft_vm::interp::builtins_mod::is_callable;
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::{ops, protocols, Vm};
use weft_vm::objects::builtin::{tail_call_kw, Args};
use weft_vm::objects::method_support::{alloc_instance, class_getitem, new_cls};
use weft_vm::objects::native::{NativeObj, Traverse};
use weft_vm::objects::register::{classmethods, getsets, methods, readonly_members, statics};
use weft_vm::objects::typeobj::{self, tdata, tflag};
use weft_vm::objects::{dict, instance, repr_guard, str as pystr, tuple};

pub(crate) struct Partial {
    func: RefCell<Value>,
    /// A tuple.
    args: RefCell<Value>,
    /// A dict.
    keywords: RefCell<Value>,
}

impl Traverse for Partial {
    fn traverse(&self, f: &mut dyn FnMut(&Value)) {
        for c in [&self.func, &self.args, &self.keywords] {
            if let Ok(v) = c.try_borrow() {
                f(&v);
            }
        }
    }
    fn clear(&self, out: &mut Vec<Value>) {
        for c in [&self.func, &self.args, &self.keywords] {
            if let Ok(mut v) = c.try_borrow_mut() {
                out.push(std::mem::replace(&mut *v, Value::NONE));
            }
        }
    }
}

fn partial_type() -> &'static ObjRef {
    &super::types().partial
}

fn this<'a>(args: &Args<'a>, name: &str) -> PyResult<(&'a Value, &'a Partial)> {
    crate::support::this::<Partial>(args, name, partial_type())
}

/// Whether an instance has an attribute dict (set attributes stop `partial(p)` from flattening `p`).
fn has_dict(o: &ObjRef) -> bool {
    o.attrs().is_some_and(|a| a.map.get() != 0)
}

fn new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = new_cls(args, partial_type())?;
    let rest = args.rest();
    let pos = rest.positional();
    let Some(first) = pos.first() else {
        return Err(error::type_error(
            "type 'partial' takes at least one argument",
        ));
    };
    let mut func = first.clone();
    let mut pargs: Vec<Value> = Vec::new();
    let kwv = Value::obj(dict::new_dict());
    let kwd = dict::as_dict(&kwv).expect("new dict");
    if let Some(inner) = payload::<Partial>(first) {
        // CPython flattens when `func`'s type keeps partial's `__new__` and `func` has no `__dict__`.
        let own_new = typeobj::lookup_str(partial_type(), "__new__");
        let flat = first.as_obj().is_some_and(|o| {
            !has_dict(o)
                && typeobj::lookup_str(o.ty(), "__new__").map(|n| n.bits())
                    == own_new.map(|n| n.bits())
        });
        if flat {
            func = inner.func.borrow().clone();
            pargs.extend(
                tuple::as_tuple(&inner.args.borrow())
                    .unwrap_or(&[])
                    .iter()
                    .cloned(),
            );
            let ikw = inner.keywords.borrow().clone();
            if let Some(d) = dict::as_dict(&ikw) {
                for (k, v) in d.items() {
                    kwd.set(vm, k, v)?;
                }
            }
        }
    }
    if !is_callable(&func) {
        return Err(error::type_error("the first argument must be callable"));
    }
    pargs.extend(pos[1..].iter().cloned());
    for (k, v) in rest.kwnames.iter().zip(rest.kw_values()) {
        kwd.set(vm, k.clone(), v.clone())?;
    }
    let p = Partial {
        func: RefCell::new(func),
        args: RefCell::new(tuple::new_tuple(pargs)),
        keywords: RefCell::new(kwv),
    };
    Ok(Value::obj(alloc_instance(cls, NativeObj::traced(p))))
}

fn call(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, p) = this(args, "__call__")?;
    let rest = args.rest();
    let func = p.func.borrow().clone();
    let stored = p.args.borrow().clone();
    let stored = tuple::as_tuple(&stored).unwrap_or(&[]);
    let kw = p.keywords.borrow().clone();
    let kwd = dict::as_dict(&kw).filter(|d| !d.is_empty());
    let pos = rest.positional();
    let mut all = Vec::with_capacity(stored.len() + rest.all.len() + kwd.map_or(0, |d| d.len()));
    all.extend(stored.iter().cloned());
    all.extend(pos.iter().cloned());
    let Some(kwd) = kwd else {
        all.extend(rest.kw_values().iter().cloned());
        return tail_call_kw(vm, &func, all, rest.kwnames);
    };
    // The stored keywords, overridden by the call's.
    let mut names: Vec<Value> = Vec::new();
    let mut values: Vec<Value> = Vec::new();
    for (k, v) in kwd.items() {
        if pystr::as_str(&k).is_none() {
            return Err(error::type_error("keywords must be strings"));
        }
        let overridden = rest
            .kwnames
            .iter()
            .any(|n| pystr::as_str(n).is_some() && pystr::as_str(n) == pystr::as_str(&k));
        if !overridden {
            names.push(k);
            values.push(v);
        }
    }
    names.extend(rest.kwnames.iter().cloned());
    values.extend(rest.kw_values().iter().cloned());
    all.extend(values);
    tail_call_kw(vm, &func, all, &names)
}

fn repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, p) = this(args, "__repr__")?;
    // `tp_name`: dotted for the builtin type, the bare name for a subclass.
    let name = typeobj::type_name(&ops::a_type(me));
    let Some(o) = me.as_obj() else {
        return Ok(pystr::new_str("..."));
    };
    let Some(_g) = repr_guard::enter(o)? else {
        return Ok(pystr::new_str("..."));
    };
    let func = p.func.borrow().clone();
    let mut s = format!("{name}({}", protocols::repr_string(vm, &func)?);
    let a = p.args.borrow().clone();
    for v in tuple::as_tuple(&a).unwrap_or(&[]) {
        s.push_str(", ");
        s.push_str(&protocols::repr_string(vm, v)?);
    }
    let kw = p.keywords.borrow().clone();
    if let Some(d) = dict::as_dict(&kw) {
        for (k, v) in d.items() {
            let ks = weft_vm::interp::protocols::str_string(vm, &k)?;
            s.push_str(&format!(", {ks}={}", protocols::repr_string(vm, &v)?));
        }
    }
    s.push(')');
    Ok(pystr::new_string(s))
}

fn instance_dict(me: &Value) -> Option<ObjRef> {
    let o = me.as_obj()?;
    if !has_dict(o) {
        return None;
    }
    instance::dict_of(o)
}

fn reduce(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, p) = this(args, "__reduce__")?;
    let func = p.func.borrow().clone();
    let kw = p.keywords.borrow().clone();
    let kw = if dict::as_dict(&kw).is_some_and(|d| !d.is_empty()) {
        kw
    } else {
        Value::NONE
    };
    let d = instance_dict(me)
        .map(Value::obj)
        .filter(|d| dict::as_dict(d).is_some_and(|d| !d.is_empty()))
        .unwrap_or(Value::NONE);
    Ok(tuple::new_tuple(vec![
        Value::obj(ops::a_type(me)),
        tuple::new_tuple(vec![func.clone()]),
        tuple::new_tuple(vec![func, p.args.borrow().clone(), kw, d]),
    ]))
}

fn setstate(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, p) = this(args, "__setstate__")?;
    let state = &args.rest().exact("__setstate__", 1)?[0];
    let invalid = || error::type_error("invalid partial state");
    let Some(st) = tuple::as_tuple(state) else {
        return Err(invalid());
    };
    let [func, fargs, kw, d] = st else {
        return Err(invalid());
    };
    if !is_callable(func)
        || tuple::as_tuple(fargs).is_none()
        || (!kw.is_none() && dict::as_dict(kw).is_none())
    {
        return Err(invalid());
    }
    let fargs = if ops::a_type(fargs).is(&weft_vm::objects::types().tuple) {
        fargs.clone()
    } else {
        tuple::new_tuple(tuple::as_tuple(fargs).unwrap_or(&[]).to_vec())
    };
    let kw = if kw.is_none() {
        Value::obj(dict::new_dict())
    } else if ops::a_type(kw).is(&weft_vm::objects::types().dict) {
        kw.clone()
    } else {
        let n = dict::new_dict();
        let nv = Value::obj(n);
        if let (Some(src), Some(dst)) = (dict::as_dict(kw), dict::as_dict(&nv)) {
            for (k, v) in src.items() {
                dst.set(vm, k, v)?;
            }
        }
        nv
    };
    let old = (
        p.func.replace(func.clone()),
        p.args.replace(fargs),
        p.keywords.replace(kw),
    );
    drop(old);
    if let Some(o) = me.as_obj() {
        if d.is_none() {
            if has_dict(o) {
                instance::set_dict(o, dict::new_dict());
            }
        } else if let Some(dd) = d.as_obj().filter(|_| dict::as_dict(d).is_some()) {
            instance::set_dict(o, dd.clone());
        }
    }
    Ok(Value::NONE)
}

fn get_func(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(payload::<Partial>(v)
        .map(|p| p.func.borrow().clone())
        .unwrap_or(Value::NONE))
}

fn get_args(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(payload::<Partial>(v)
        .map(|p| p.args.borrow().clone())
        .unwrap_or(Value::NONE))
}

fn get_keywords(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(payload::<Partial>(v)
        .map(|p| p.keywords.borrow().clone())
        .unwrap_or(Value::NONE))
}

fn get_dict(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(v.as_obj()
        .and_then(instance::dict_of)
        .map(Value::obj)
        .unwrap_or(Value::NONE))
}

fn set_dict(_vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let Some(new) = new else {
        return Err(error::type_error("cannot delete __dict__"));
    };
    let Some(d) = new.as_obj().filter(|_| dict::as_dict(&new).is_some()) else {
        return Err(error::type_error(format!(
            "__dict__ must be set to a dictionary, not a '{}'",
            ops::type_name_of(&new)
        )));
    };
    if let Some(o) = v.as_obj() {
        instance::set_dict(o, d.clone());
    }
    Ok(())
}

pub(crate) fn register(t: &ObjRef) {
    tdata(t).set(tflag::HAS_DICT, true);
    crate::support::set_doc(
        t,
        "partial(func, *args, **keywords) - new function with partial application\n    of the given arguments and keywords.\n",
    );
    statics(t, &[("__new__", new)]);
    methods(
        t,
        &[
            ("__call__", call),
            ("__repr__", repr),
            ("__reduce__", reduce),
            ("__setstate__", setstate),
        ],
    );
    classmethods(t, &[("__class_getitem__", class_getitem)]);
    readonly_members(
        t,
        &[
            ("func", get_func),
            ("args", get_args),
            ("keywords", get_keywords),
        ],
    );
    getsets(t, &[("__dict__", get_dict, Some(set_dict))]);
}
