//! `operator.attrgetter` and `operator.itemgetter`: callables that fetch one or several attributes
//! (dotted names walk a chain) or items from their operand.
use crate::support::payload;
use weft_vm::heap::{ObjRef, Value};
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::{attr, call, ops, protocols, Vm};
use weft_vm::objects::builtin::Args;
use weft_vm::objects::method_support::new_cls;
use weft_vm::objects::native::{NativeObj, Traverse};
use weft_vm::objects::register::{methods, statics};
use weft_vm::objects::{repr_guard, str as pystr, tuple};

struct AttrGetter {
    /// The names as given (for `repr` and `__reduce__`).
    names: Vec<Value>,
    /// Each name split at its dots, interned.
    chains: Vec<Vec<ObjRef>>,
}

struct ItemGetter {
    items: Vec<Value>,
}

impl Traverse for ItemGetter {
    fn traverse(&self, f: &mut dyn FnMut(&Value)) {
        self.items.iter().for_each(f);
    }
    fn clear(&self, _out: &mut Vec<Value>) {}
}

/// `Name(arg, ...)` with each argument's repr, or `Name(...)` when already being repr'd.
pub(super) fn repr_call(vm: &mut Vm, me: &Value, parts: &[Value], tail: &str) -> PyResult<Value> {
    let name = weft_vm::objects::typeobj::type_name(&ops::a_type(me));
    let Some(o) = me.as_obj() else {
        return Ok(pystr::new_string(format!("{name}(...)")));
    };
    let Some(_g) = repr_guard::enter(o)? else {
        return Ok(pystr::new_string(format!("{name}(...)")));
    };
    let mut out: Vec<String> = Vec::with_capacity(parts.len() + 1);
    for p in parts {
        out.push(protocols::repr_string(vm, p)?);
    }
    if !tail.is_empty() {
        out.push(tail.to_string());
    }
    Ok(pystr::new_string(format!("{name}({})", out.join(", "))))
}

/// The operand of a getter's call: exactly one positional, no keywords.
fn operand<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a Value> {
    let rest = args.rest();
    if rest.has_kwargs() {
        return Err(error::type_error(format!(
            "{name}() takes no keyword arguments"
        )));
    }
    let pos = rest.positional();
    if pos.len() != 1 {
        return Err(error::type_error(format!(
            "{name} expected 1 argument, got {}",
            pos.len()
        )));
    }
    Ok(&pos[0])
}

/// The arguments of a getter's constructor: at least one, no keywords.
fn ctor_args<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a [Value]> {
    let rest = args.rest();
    if rest.has_kwargs() {
        return Err(error::type_error(format!(
            "{name}() takes no keyword arguments"
        )));
    }
    let pos = rest.positional();
    if pos.is_empty() {
        return Err(error::type_error(format!(
            "{name} expected 1 argument, got 0"
        )));
    }
    Ok(pos)
}

fn attr_new(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = new_cls(args, &super::types().attrgetter)?;
    let pos = ctor_args(args, "attrgetter")?;
    let mut chains = Vec::with_capacity(pos.len());
    for n in pos {
        let Some(s) = pystr::as_str(n) else {
            return Err(error::type_error("attribute name must be a string"));
        };
        chains.push(s.split('.').map(pystr::intern).collect());
    }
    let g = AttrGetter {
        names: pos.to_vec(),
        chains,
    };
    Ok(Value::obj(
        weft_vm::objects::method_support::alloc_instance(cls, NativeObj::new(g)),
    ))
}

fn this_attr<'a>(args: &Args<'a>) -> PyResult<(&'a Value, &'a AttrGetter)> {
    let v = args.this()?;
    payload::<AttrGetter>(v).map(|g| (v, g)).ok_or_else(|| {
        error::type_error(format!(
            "descriptor requires a 'operator.attrgetter' object but received a '{}'",
            ops::type_name_of(v)
        ))
    })
}

fn attr_call(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, g) = this_attr(args)?;
    let obj = operand(args, "attrgetter")?;
    let mut out = Vec::with_capacity(g.chains.len());
    for chain in &g.chains {
        let mut v = obj.clone();
        for name in chain {
            let f = attr::load_attr(vm, v, name, false)?;
            v = call::run_flow(vm, f)?;
        }
        out.push(v);
    }
    if out.len() == 1 {
        return Ok(out.pop().unwrap_or(Value::NONE));
    }
    Ok(tuple::new_tuple(out))
}

fn attr_repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, g) = this_attr(args)?;
    repr_call(vm, me, &g.names, "")
}

fn attr_reduce(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, g) = this_attr(args)?;
    Ok(tuple::new_tuple(vec![
        Value::obj(ops::a_type(me)),
        tuple::new_tuple(g.names.clone()),
    ]))
}

fn item_new(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = new_cls(args, &super::types().itemgetter)?;
    let pos = ctor_args(args, "itemgetter")?;
    let g = ItemGetter {
        items: pos.to_vec(),
    };
    Ok(Value::obj(
        weft_vm::objects::method_support::alloc_instance(cls, NativeObj::traced(g)),
    ))
}

fn this_item<'a>(args: &Args<'a>) -> PyResult<(&'a Value, &'a ItemGetter)> {
    let v = args.this()?;
    payload::<ItemGetter>(v).map(|g| (v, g)).ok_or_else(|| {
        error::type_error(format!(
            "descriptor requires a 'operator.itemgetter' object but received a '{}'",
            ops::type_name_of(v)
        ))
    })
}

fn get_item(vm: &mut Vm, obj: &Value, key: &Value) -> PyResult<Value> {
    if let Some(v) = protocols::subscr_fast(obj, key) {
        return Ok(v);
    }
    let f = protocols::getitem(vm, obj.clone(), key.clone())?;
    call::run_flow(vm, f)
}

fn item_call(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, g) = this_item(args)?;
    let obj = operand(args, "itemgetter")?;
    if let [k] = g.items.as_slice() {
        return get_item(vm, obj, k);
    }
    let mut out = Vec::with_capacity(g.items.len());
    for k in &g.items {
        out.push(get_item(vm, obj, k)?);
    }
    Ok(tuple::new_tuple(out))
}

fn item_repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, g) = this_item(args)?;
    repr_call(vm, me, &g.items, "")
}

fn item_reduce(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, g) = this_item(args)?;
    Ok(tuple::new_tuple(vec![
        Value::obj(ops::a_type(me)),
        tuple::new_tuple(g.items.clone()),
    ]))
}

pub(super) fn register(attrgetter: &ObjRef, itemgetter: &ObjRef) {
    statics(attrgetter, &[("__new__", attr_new)]);
    methods(
        attrgetter,
        &[
            ("__call__", attr_call),
            ("__repr__", attr_repr),
            ("__reduce__", attr_reduce),
        ],
    );
    statics(itemgetter, &[("__new__", item_new)]);
    methods(
        itemgetter,
        &[
            ("__call__", item_call),
            ("__repr__", item_repr),
            ("__reduce__", item_reduce),
        ],
    );
}
