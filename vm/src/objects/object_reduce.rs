//! `object.__getstate__`, `__reduce__` and `__reduce_ex__`: the pickling defaults every object inherits.
//!
//! Protocols 0 and 1 go through `copyreg._reduce_ex` (the standard library's), as in CPython.
//! Protocol 2 and later build the `__newobj__` tuple natively.
use crate::heap::{Kind, ObjRef, Value};
use crate::interp::error::{self, PyResult};
use crate::interp::ops::a_type;
use crate::interp::{attr, call, protocols, Vm};
use crate::objects::builtin::Args;
use crate::objects::typeobj::{self, lookup_str, tdata};
use crate::objects::{dict, instance, int, list, str as pystr, tuple, types};

/// The names of `ty`'s slots as pickling sees them (CPython's `_PyType_GetSlotNames`): the class's
/// own `__slotnames__` cache, else what `copyreg._slotnames(cls)` computes (and caches there); a list
/// or None.
fn slot_names(vm: &mut Vm, ty: &ObjRef) -> PyResult<Value> {
    if let Some(names) = tdata(ty).dict.get_rs("__slotnames__") {
        if !names.is_none() && list::as_list(&names).is_none() {
            return Err(error::type_error(format!(
                "{}.__slotnames__ should be a list or None, not {}",
                typeobj::type_name(ty),
                tname(&names)
            )));
        }
        return Ok(names);
    }
    if !tdata(ty).has(typeobj::tflag::HEAPTYPE) && lookup_str(ty, "__slots__").is_none() {
        // What `copyreg._slotnames` finds for a builtin type, which cannot cache it either.
        return Ok(list::new_list(Vec::new()));
    }
    let copyreg = crate::interp::import::import_abs(vm, "copyreg")?;
    let f = attr::getattr(vm, &copyreg, "_slotnames")?;
    let names = call::call_value(vm, &f, vec![Value::obj(ty.clone())])?;
    if !names.is_none() && list::as_list(&names).is_none() {
        return Err(error::type_error(
            "copyreg._slotnames didn't return a list or None",
        ));
    }
    Ok(names)
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
    // The list lives on the class: a `__getattr__` may change it while it is read.
    let count = list::as_list(&names).map_or(0, |l| l.items.borrow().len());
    if count > 0 {
        let slots = dict::new_dict();
        let sd = slots.downcast::<dict::Dict>().expect("new dict");
        let mut any = false;
        for i in 0..count {
            let name = list::as_list(&names).and_then(|l| l.items.borrow().get(i).cloned());
            let Some(name) = name else { break };
            let Some(n) = pystr::as_str(&name).map(str::to_string) else {
                return Err(error::type_error(format!(
                    "attribute name must be string, not '{}'",
                    tname(&name)
                )));
            };
            if let Some(v) = attr::getattr_opt(vm, this, &n)? {
                sd.set(vm, name.clone(), v)?;
                any = true;
            }
            if list::as_list(&names).map_or(0, |l| l.items.borrow().len()) != count {
                return Err(error::runtime_error(
                    "__slotsname__ changed size during iteration",
                ));
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
        let copyreg = crate::interp::import::import_abs(vm, "copyreg")?;
        let f = attr::getattr(vm, &copyreg, "__newobj__")?;
        (f, tuple::new_tuple(newargs))
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
