//! `collections.defaultdict`: a `dict` subclass whose `__missing__` calls `default_factory`.
//!
//! The type is built as a dict subclass with one hidden attribute slot for the factory (the vm gives
//! such a class a dict payload, an attribute area and dict's behaviour), then made to look like CPython's
//! static type: not a heap type, no `__slots__`, and a `default_factory` attribute that reads None when
//! unset, as a `T_OBJECT` member does.
use crate::support;
use weft_vm::heap::{ObjRef, Value};
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::{attr, call, ops, protocols, Vm};
use weft_vm::objects::builtin::Args;
use weft_vm::objects::method_support::{class_getitem, not_implemented};
use weft_vm::objects::register::{classmethods, getsets, methods};
use weft_vm::objects::typeobj::{self, tdata, tflag};
use weft_vm::objects::{dict, instance, repr_guard, str as pystr, tuple, types};

/// The attribute slot holding the factory (NULL when unset).
const FACTORY: usize = 0;
const SLOT_NAME: &str = "default_factory";

fn dd_type() -> &'static ObjRef {
    &super::types().defaultdict
}

fn this<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a Value> {
    let v = args.this()?;
    if support::is_instance(v, dd_type()) {
        return Ok(v);
    }
    Err(error::type_error(format!(
        "descriptor '{name}' for 'collections.defaultdict' objects doesn't apply to a '{}' object",
        ops::type_name_of(v)
    )))
}

/// The factory, None when unset.
fn factory(me: &Value) -> Value {
    let f = me
        .as_obj()
        .map(|o| instance::slot_get(o, FACTORY))
        .unwrap_or(Value::NULL);
    if f.is_null() {
        Value::NONE
    } else {
        f
    }
}

fn get_factory(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(factory(v))
}

fn set_factory(_vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    if let Some(o) = v.as_obj() {
        instance::slot_set(o, FACTORY, new.unwrap_or(Value::NULL));
    }
    Ok(())
}

fn init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let me = this(args, "__init__")?;
    let pos = args.rest().positional();
    let new = pos.first().cloned();
    if let Some(f) = &new {
        if !f.is_none() && !weft_vm::interp::builtins_mod::is_callable(f) {
            return Err(error::type_error("first argument must be callable or None"));
        }
    }
    if let Some(o) = me.as_obj() {
        instance::slot_set(o, FACTORY, new.unwrap_or(Value::NULL));
    }
    // `dict.__init__(self, *rest, **kwargs)`.
    let Some(dict_init) = typeobj::lookup_str(&types().dict, "__init__") else {
        return Ok(Value::NONE);
    };
    let mut a = Vec::with_capacity(args.all.len());
    a.push(me.clone());
    a.extend(pos.iter().skip(1).cloned());
    a.extend(args.kw_values().iter().cloned());
    let kwn = if args.kwnames.is_empty() {
        Value::NULL
    } else {
        tuple::new_tuple(args.kwnames.to_vec())
    };
    let f = call::call_flow(vm, &dict_init, a, &kwn)?;
    call::run_flow(vm, f)
}

fn missing(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let me = this(args, "__missing__")?;
    let key = &args.rest().exact("__missing__", 1)?[0];
    let f = factory(me);
    if f.is_none() {
        return Err(error::key_error(key.clone()));
    }
    let v = call::call_value(vm, &f, Vec::new())?;
    protocols::setitem_call(vm, me.clone(), key.clone(), v.clone())?;
    Ok(v)
}

/// `type(dd)(dd.default_factory, arg)`.
fn new_like(vm: &mut Vm, dd: &Value, arg: &Value) -> PyResult<Value> {
    let cls = Value::obj(ops::a_type(dd));
    call::call_value(vm, &cls, vec![factory(dd), arg.clone()])
}

fn copy(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let me = this(args, "copy")?;
    args.rest().exact("defaultdict.copy", 0)?;
    new_like(vm, me, me)
}

fn copy_dunder(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let me = this(args, "__copy__")?;
    args.rest().exact("defaultdict.__copy__", 0)?;
    new_like(vm, me, me)
}

fn reduce(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let me = this(args, "__reduce__")?;
    args.rest().exact("defaultdict.__reduce__", 0)?;
    let f = factory(me);
    let fargs = if f.is_none() {
        tuple::new_tuple(Vec::new())
    } else {
        tuple::new_tuple(vec![f])
    };
    let items_m = attr::getattr(vm, me, "items")?;
    let items = call::call_value(vm, &items_m, Vec::new())?;
    let it = {
        let fl = protocols::get_iter(vm, items)?;
        call::run_flow(vm, fl)?
    };
    Ok(tuple::new_tuple(vec![
        Value::obj(ops::a_type(me)),
        fargs,
        Value::NONE,
        Value::NONE,
        it,
    ]))
}

fn repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let me = this(args, "__repr__")?;
    let base = match typeobj::lookup_str(&types().dict, "__repr__") {
        Some(r) => {
            let v = call::call_value(vm, &r, vec![me.clone()])?;
            pystr::as_str(&v).unwrap_or("").to_string()
        }
        None => String::new(),
    };
    let f = factory(me);
    let frepr = match f.as_obj() {
        Some(o) => match repr_guard::enter(o)? {
            Some(_g) => protocols::repr_string(vm, &f)?,
            None => "...".to_string(),
        },
        None => protocols::repr_string(vm, &f)?,
    };
    let name = tdata(&ops::a_type(me)).qualname.borrow().clone();
    let name = name.rsplit('.').next().unwrap_or("").to_string();
    Ok(pystr::new_string(format!("{name}({frepr}, {base})")))
}

/// `dd | other` and `other | dd`: a copy of the defaultdict operand (whichever side) holding the left
/// operand's items, updated with the right's.
fn or_impl(vm: &mut Vm, left: &Value, right: &Value) -> PyResult<Value> {
    let (me, other) = if support::is_instance(left, dd_type()) {
        (left, right)
    } else {
        (right, left)
    };
    if dict::as_dict(other).is_none() {
        return Ok(not_implemented());
    }
    let new = new_like(vm, me, left)?;
    let update = attr::getattr(vm, &new, "update")?;
    call::call_value(vm, &update, vec![right.clone()])?;
    Ok(new)
}

fn or(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let me = this(args, "__or__")?;
    let other = &args.rest().exact("__or__", 1)?[0];
    or_impl(vm, me, other)
}

fn ror(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let me = this(args, "__ror__")?;
    let other = &args.rest().exact("__ror__", 1)?[0];
    or_impl(vm, other, me)
}

/// Creates the type: a dict subclass with one attribute slot, then given its methods.
pub(crate) fn make_type(vm: &mut Vm) -> PyResult<ObjRef> {
    let t = types();
    let ns = Value::obj(dict::new_dict());
    let Some(nsd) = dict::as_dict(&ns) else {
        return Err(error::system_error("namespace is not a dict"));
    };
    nsd.set_rs(
        "__slots__",
        tuple::new_tuple(vec![pystr::new_str(SLOT_NAME)]),
    );
    nsd.set_rs("__module__", pystr::new_str("collections"));
    let cls = weft_vm::interp::typecall::new_class(
        vm,
        &t.type_,
        "defaultdict",
        vec![t.dict.clone()],
        &ns,
        Vec::new(),
    )?;
    cls.make_immortal();
    let td = tdata(&cls);
    td.set(tflag::HEAPTYPE, false);
    *td.name.borrow_mut() = "collections.defaultdict".to_string();
    td.dict.del_str(&pystr::intern("__slots__"));
    td.dict.del_str(&pystr::intern(SLOT_NAME));
    support::set_doc(
        &cls,
        "defaultdict(default_factory=None, /, [...]) --> dict with default factory\n\nThe default factory is called without arguments to produce\na new value when a key is not present, in __getitem__ only.\nA defaultdict compares equal to a dict with the same items.\nAll remaining arguments are treated the same as if they were\npassed to the dict constructor, including keyword arguments.\n",
    );
    methods(
        &cls,
        &[
            ("__init__", init),
            ("__missing__", missing),
            ("copy", copy),
            ("__copy__", copy_dunder),
            ("__reduce__", reduce),
            ("__repr__", repr),
            ("__or__", or),
            ("__ror__", ror),
        ],
    );
    classmethods(&cls, &[("__class_getitem__", class_getitem)]);
    getsets(&cls, &[(SLOT_NAME, get_factory, Some(set_factory))]);
    support::method_docs(
        &cls,
        &[
            ("__class_getitem__", "See PEP 585"),
            ("__copy__", "D.copy() -> a shallow copy of D."),
            ("__missing__", "__missing__(key) # Called by __getitem__ for missing key; pseudo-code:\n  if self.default_factory is None: raise KeyError((key,))\n  self[key] = value = self.default_factory()\n  return value\n"),
            ("__reduce__", "Return state information for pickling."),
            ("copy", "D.copy() -> a shallow copy of D."),
        ],
    );
    typeobj::invalidate_caches();
    Ok(cls)
}
