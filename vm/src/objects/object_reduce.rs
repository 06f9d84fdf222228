//! `object.__getstate__`, `__reduce__` and `__reduce_ex__`: the pickling defaults every object inherits.
//!
//! Protocols 0 and 1 go through `copyreg._reduce_ex` (the standard library's), as in CPython.
//! Protocol 2 and later build the `__newobj__` tuple natively.
use crate::heap::{Kind, ObjRef, Value};
use crate::interp::error::{self, PyResult};
use crate::interp::ops::a_type;
use crate::interp::{attr, call, protocols, Vm};
use crate::objects::builtin::{new_builtin, Args, BuiltinKind};
use crate::objects::typeobj::{self, lookup_str, tdata};
use crate::objects::{dict, instance, int, str as pystr, tuple, types};

/// `copyreg.__newobj__(cls, *args)`: `cls.__new__(cls, *args)`.
fn newobj(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.positional();
    let Some(cls) = a.first() else {
        return Err(error::type_error(
            "__newobj__() missing 1 required positional argument: 'cls'",
        ));
    };
    let new = attr::getattr(vm, cls, "__new__")?;
    call::call_value(vm, &new, a.to_vec())
}

/// The shared `__newobj__` function the reduce tuples name.
fn newobj_fn() -> Value {
    thread_local! {
        static NEWOBJ: Value = {
            let b = new_builtin("__newobj__", newobj, BuiltinKind::Function, None);
            b.make_immortal();
            Value::obj(b)
        };
    }
    NEWOBJ.with(|v| v.clone())
}

/// CPython's private-name mangling of a slot name inside class `cls`.
fn mangle(cls: &ObjRef, name: &str) -> String {
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let cname = typeobj::type_name(cls);
    let stripped = cname.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_string();
    }
    format!("_{stripped}{name}")
}

/// The slot names of `ty`'s MRO (`copyreg._slotnames`), without `__dict__` and `__weakref__`.
fn slot_names(vm: &mut Vm, ty: &ObjRef) -> PyResult<Vec<String>> {
    let mut out = Vec::new();
    for c in tdata(ty).mro.borrow().clone() {
        let Some(slots) = tdata(&c).dict.get_rs("__slots__") else {
            continue;
        };
        let items = if slots.as_obj().is_some_and(|o| o.kind() == Kind::Str) {
            vec![slots]
        } else {
            protocols::iterate(vm, &slots)?
        };
        for s in items {
            if let Some(n) = pystr::as_str(&s) {
                if n != "__dict__" && n != "__weakref__" {
                    out.push(mangle(&c, n));
                }
            }
        }
    }
    Ok(out)
}

/// `object.__getstate__()`: the instance dict (None when empty), paired with a dict of set slots if any.
fn getstate(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.this()?.clone();
    getstate_default(vm, &this, false)
}

/// The default state (CPython's `object_getstate_default`). `required` is set when nothing else
/// (`__getnewargs__`, list or dict items) would rebuild the object: an object whose native layout
/// holds more than its dict and slots then cannot be pickled.
fn getstate_default(vm: &mut Vm, this: &Value, required: bool) -> PyResult<Value> {
    let ty = a_type(this);
    if required {
        let kind = this.as_obj().map(|o| o.kind());
        // Variable-size layouts (CPython's `tp_itemsize`) are refused first, in the plural.
        if matches!(
            kind,
            Some(
                Kind::Int | Kind::Bytes | Kind::Tuple | Kind::MemoryView | Kind::Type | Kind::Code
            )
        ) {
            return Err(error::type_error(format!(
                "cannot pickle {} objects",
                typeobj::type_name(&ty)
            )));
        }
        if kind.is_some_and(|k| k != Kind::Object) {
            return Err(error::type_error(format!(
                "cannot pickle '{}' object",
                typeobj::type_name(&ty)
            )));
        }
    }
    let mut state = this
        .as_obj()
        .and_then(instance::dict_of)
        .filter(|d| d.downcast::<dict::Dict>().is_some_and(|d| !d.is_empty()))
        .map(Value::obj)
        .unwrap_or(Value::NONE);
    let names = slot_names(vm, &ty)?;
    if !names.is_empty() {
        let slots = dict::new_dict();
        let sd = slots.downcast::<dict::Dict>().expect("new dict");
        let mut any = false;
        for n in names {
            if let Some(v) = attr::getattr_opt(vm, this, &n)? {
                sd.set(vm, pystr::new_str(&n), v)?;
                any = true;
            }
        }
        if any {
            state = tuple::new_tuple(vec![state, Value::obj(slots)]);
        }
    }
    Ok(state)
}

/// `obj.__getstate__()`, the default told whether the state is `required`.
fn object_getstate(vm: &mut Vm, this: &Value, required: bool) -> PyResult<Value> {
    let own = lookup_str(&a_type(this), "__getstate__");
    let base = tdata(&types().object).dict.get_rs("__getstate__");
    if let (Some(own), Some(base)) = (&own, &base) {
        if own.bits() == base.bits() {
            return getstate_default(vm, this, required);
        }
    }
    let gs = attr::getattr(vm, this, "__getstate__")?;
    call::call_value(vm, &gs, vec![])
}

/// `type(obj).__name__` for the messages below.
fn tname(v: &Value) -> String {
    crate::interp::ops::type_name_of(v)
}

/// The arguments for `cls.__new__` (CPython's `_PyObject_GetNewArguments`): from
/// `__getnewargs_ex__`, else `__getnewargs__`, looked up on the type.
fn new_arguments(vm: &mut Vm, this: &Value) -> PyResult<(Option<Value>, Option<Value>)> {
    let ty = a_type(this);
    if let Some(f) = lookup_str(&ty, "__getnewargs_ex__") {
        let r = call::call_special(vm, &f, this, vec![])?;
        let Some(t) = tuple::as_tuple(&r) else {
            return Err(error::type_error(format!(
                "__getnewargs_ex__ should return a tuple, not '{}'",
                tname(&r)
            )));
        };
        let [args, kwargs] = t else {
            return Err(error::value_error(format!(
                "__getnewargs_ex__ should return a tuple of length 2, not {}",
                t.len()
            )));
        };
        if tuple::as_tuple(args).is_none() {
            return Err(error::type_error(format!(
                "first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '{}'",
                tname(args)
            )));
        }
        if dict::as_dict(kwargs).is_none() {
            return Err(error::type_error(format!(
                "second item of the tuple returned by __getnewargs_ex__ must be a dict, not '{}'",
                tname(kwargs)
            )));
        }
        return Ok((Some(args.clone()), Some(kwargs.clone())));
    }
    if let Some(f) = lookup_str(&ty, "__getnewargs__") {
        let r = call::call_special(vm, &f, this, vec![])?;
        if tuple::as_tuple(&r).is_none() {
            return Err(error::type_error(format!(
                "__getnewargs__ should return a tuple, not '{}'",
                tname(&r)
            )));
        }
        return Ok((Some(r), None));
    }
    Ok((None, None))
}

/// The protocol >= 2 reduction (CPython's `reduce_newobj`): `(copyreg.__newobj__, (cls, *args),
/// state, listitems, dictitems)`, or `(copyreg.__newobj_ex__, (cls, args, kwargs), ...)` when
/// `__getnewargs_ex__` gives keyword arguments.
fn reduce_newobj(vm: &mut Vm, this: &Value) -> PyResult<Value> {
    let cls = a_type(this);
    let (args, kwargs) = new_arguments(vm, this)?;
    let hasargs = args.is_some();
    let positional = args
        .as_ref()
        .and_then(|a| tuple::as_tuple(a).map(<[Value]>::to_vec))
        .unwrap_or_default();
    let with_kwargs = kwargs
        .as_ref()
        .and_then(dict::as_dict)
        .is_some_and(|d| !d.is_empty());
    let (newobj, newargs) = if with_kwargs {
        let copyreg = crate::interp::import::import_abs(vm, "copyreg")?;
        let f = attr::getattr(vm, &copyreg, "__newobj_ex__")?;
        let args = tuple::new_tuple(positional);
        let kwargs = kwargs.unwrap_or(Value::NONE);
        (
            f,
            tuple::new_tuple(vec![Value::obj(cls.clone()), args, kwargs]),
        )
    } else {
        let mut newargs = vec![Value::obj(cls.clone())];
        newargs.extend(positional);
        (newobj_fn(), tuple::new_tuple(newargs))
    };
    let t = types();
    let is_list = typeobj::is_subtype(&cls, &t.list) || cls.is(&t.list);
    let is_dict = typeobj::is_subtype(&cls, &t.dict) || cls.is(&t.dict);
    let state = object_getstate(vm, this, !(hasargs || is_list || is_dict))?;
    let listitems = if is_list {
        let f = protocols::get_iter(vm, this.clone())?;
        call::run_flow(vm, f)?
    } else {
        Value::NONE
    };
    let dictitems = if is_dict {
        let items = attr::getattr(vm, this, "items")?;
        let items = call::call_value(vm, &items, vec![])?;
        let f = protocols::get_iter(vm, items)?;
        call::run_flow(vm, f)?
    } else {
        Value::NONE
    };
    Ok(tuple::new_tuple(vec![
        newobj, newargs, state, listitems, dictitems,
    ]))
}

fn common_reduce(vm: &mut Vm, this: &Value, protocol: i64) -> PyResult<Value> {
    if protocol >= 2 {
        reduce_newobj(vm, this)
    } else {
        let copyreg = crate::interp::import::import_abs(vm, "copyreg")?;
        let f = attr::getattr(vm, &copyreg, "_reduce_ex")?;
        call::call_value(vm, &f, vec![this.clone(), int::from_i64(protocol)])
    }
}

fn reduce(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.this()?.clone();
    let n = args.rest().all.len();
    if n > 0 {
        return Err(error::type_error(format!(
            "object.__reduce__() takes no arguments ({n} given)"
        )));
    }
    common_reduce(vm, &this, 0)
}

/// `__reduce_ex__(protocol)`: an overridden `__reduce__` wins over the default reduction.
fn reduce_ex(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.this()?.clone();
    let a = args.rest().exact("__reduce_ex__", 1)?;
    let Some(protocol) = int::to_i64(&a[0]) else {
        return Err(error::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            crate::interp::ops::type_name_of(&a[0])
        )));
    };
    let base = tdata(&types().object).dict.get_rs("__reduce__");
    let own = lookup_str(&a_type(&this), "__reduce__");
    if let (Some(own), Some(base)) = (own, base) {
        if own.bits() != base.bits() {
            let f = attr::getattr(vm, &this, "__reduce__")?;
            return call::call_value(vm, &f, vec![]);
        }
    }
    common_reduce(vm, &this, protocol)
}

/// Adds the pickling methods to `object`.
pub fn register() {
    crate::objects::register::methods(
        &types().object,
        &[
            ("__getstate__", getstate),
            ("__reduce__", reduce),
            ("__reduce_ex__", reduce_ex),
        ],
    );
}
