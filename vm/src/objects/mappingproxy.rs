//! `mappingproxy`: a read-only view of a mapping (a type's namespace, or any mapping).
//!
//! A type's namespace is a `Dict` held inline in the type object, not a dict object, so lookups read it
//! directly, and the operations that hand out a mapping (`keys()`, iteration, `|`) work on a snapshot copy.
use crate::compiler::bytecode::{BinOp, CmpOp};
use crate::heap::{Kind, Payload, Value};
use crate::interp::error::{self, PyResult};
use crate::interp::{attr, call, ops, protocols, Vm};
use crate::objects::builtin::Args;
use crate::objects::dict::Dict;
use crate::objects::dict_methods::copy_of;
use crate::objects::method_support::{class_getitem, cmp_op, exact_named, this};
use crate::objects::register::{attrs, classmethods, methods, statics};
use crate::objects::typeobj::{self, tdata};
use crate::objects::{int, str as pystr, types};

pub struct MappingProxy {
    /// A type object (view of its inline namespace) or another mapping.
    pub target: Value,
}

impl Payload for MappingProxy {
    const KIND: Kind = Kind::MappingProxy;
}

/// A proxy over `mapping`.
pub fn new_proxy(mapping: Value) -> Value {
    Value::obj(crate::heap::alloc(
        &types().mappingproxy,
        MappingProxy { target: mapping },
        None,
    ))
}

/// The namespace of the proxied type, when the target is a type.
fn namespace(target: &Value) -> Option<&Dict> {
    typeobj::as_type(target).map(|t| &tdata(t).dict)
}

/// The target as a mapping value: a type's namespace is copied into a new dict.
fn mapping_of(target: &Value) -> Value {
    match namespace(target) {
        Some(ns) => copy_of(ns),
        None => target.clone(),
    }
}

fn this_proxy<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a Value> {
    this::<MappingProxy>(args, name, &types().mappingproxy).map(|(_, p)| &p.target)
}

fn new(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    crate::objects::method_support::new_cls(args, &types().mappingproxy)?;
    let [m] = args.rest().bind("mappingproxy", ["mapping"], 0, 0)?;
    let Some(m) = m else {
        return Err(error::type_error(
            "mappingproxy() missing required argument 'mapping' (pos 1)",
        ));
    };
    let is_mapping = typeobj::lookup_str(&ops::a_type(&m), "__getitem__").is_some()
        && crate::objects::list::as_list(&m).is_none()
        && crate::objects::tuple::as_tuple(&m).is_none();
    if !is_mapping {
        return Err(error::type_error(format!(
            "mappingproxy() argument must be a mapping, not {}",
            ops::type_name_of(&m)
        )));
    }
    Ok(new_proxy(m))
}

fn getitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let target = this_proxy(args, "__getitem__")?;
    let a = args.rest().exact("mappingproxy.__getitem__", 1)?;
    if let Some(ns) = namespace(target) {
        return match ns.get(vm, &a[0])? {
            Some(v) => Ok(v),
            None => Err(error::key_error(a[0].clone())),
        };
    }
    let f = protocols::getitem(vm, target.clone(), a[0].clone())?;
    call::run_flow(vm, f)
}

fn len(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let target = this_proxy(args, "__len__")?;
    args.rest().exact("__len__", 0)?;
    let n = match namespace(target) {
        Some(ns) => ns.len(),
        None => protocols::len(vm, target)?,
    };
    Ok(int::from_i64(n as i64))
}

fn contains(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let target = this_proxy(args, "__contains__")?;
    let a = args.rest().exact("mappingproxy.__contains__", 1)?;
    if let Some(ns) = namespace(target) {
        return Ok(Value::bool(ns.contains(vm, &a[0])?));
    }
    protocols::contains(vm, a[0].clone(), target.clone(), false).and_then(|f| call::run_flow(vm, f))
}

fn iter(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let target = this_proxy(args, "__iter__")?;
    args.rest().exact("__iter__", 0)?;
    let f = protocols::get_iter(vm, mapping_of(target))?;
    call::run_flow(vm, f)
}

fn reversed(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let target = this_proxy(args, "__reversed__")?;
    args.rest().exact("mappingproxy.__reversed__", 0)?;
    let rev = Value::obj(types().reversed.clone());
    call::call_value(vm, &rev, vec![mapping_of(target)])
}

fn get(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let target = this_proxy(args, "get")?;
    let a = args.rest().range("get", 1, 2)?;
    let default = a.get(1).cloned().unwrap_or(Value::NONE);
    if let Some(ns) = namespace(target) {
        return Ok(ns.get(vm, &a[0])?.unwrap_or(default));
    }
    let m = attr::getattr(vm, target, "get")?;
    call::call_value(vm, &m, vec![a[0].clone(), default])
}

/// `keys()`, `values()`, `items()`, `copy()`: delegated to the mapping (a copy of a type's namespace).
fn delegate(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Value> {
    let target = this_proxy(args, name)?;
    exact_named(&args.rest(), 0, || format!("mappingproxy.{name}"))?;
    let mapping = mapping_of(target);
    if name == "copy" && namespace(target).is_some() {
        return Ok(mapping);
    }
    let m = attr::getattr(vm, &mapping, name)?;
    call::call_value(vm, &m, Vec::new())
}

fn keys(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    delegate(vm, args, "keys")
}

fn values(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    delegate(vm, args, "values")
}

fn items(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    delegate(vm, args, "items")
}

fn copy(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    delegate(vm, args, "copy")
}

/// A proxy operand of `|` stands for its mapping.
fn unwrap(v: &Value) -> Value {
    match v.as_obj().and_then(|o| o.downcast::<MappingProxy>()) {
        Some(p) => mapping_of(&p.target),
        None => v.clone(),
    }
}

fn or_impl(vm: &mut Vm, args: &Args, reflected: bool) -> PyResult<Value> {
    let name = if reflected { "__ror__" } else { "__or__" };
    this_proxy(args, name)?;
    let a = args.rest().exact(name, 1)?;
    let me = unwrap(args.this()?);
    let other = unwrap(&a[0]);
    let (l, r) = if reflected { (other, me) } else { (me, other) };
    let f = ops::binary(vm, BinOp::Or, l, r)?;
    call::run_flow(vm, f)
}

fn or(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    or_impl(vm, args, false)
}

fn ror(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    or_impl(vm, args, true)
}

fn ior(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    this_proxy(args, "__ior__")?;
    Err(error::type_error(
        "'|=' is not supported by mappingproxy; use '|' instead",
    ))
}

fn richcmp<const OP: u8>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let op: CmpOp = cmp_op(OP);
    let name = ops::cmp_names(op).1;
    let target = this_proxy(args, name)?;
    let a = args.rest().exact(name, 1)?;
    let f = ops::compare(vm, op, mapping_of(target), a[0].clone())?;
    call::run_flow(vm, f)
}

fn repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let target = this_proxy(args, "__repr__")?;
    let inner = protocols::repr_string(vm, &mapping_of(target))?;
    Ok(pystr::new_string(format!("mappingproxy({inner})")))
}

fn str_(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let target = this_proxy(args, "__str__")?;
    protocols::str_value(vm, &mapping_of(target))
}

/// Fills the namespace of this file's type(s).
pub fn register() {
    let t = &types().mappingproxy;
    statics(t, &[("__new__", new)]);
    classmethods(t, &[("__class_getitem__", class_getitem)]);
    methods(
        t,
        &[
            ("__getitem__", getitem),
            ("__len__", len),
            ("__contains__", contains),
            ("__iter__", iter),
            ("__reversed__", reversed),
            ("get", get),
            ("keys", keys),
            ("values", values),
            ("items", items),
            ("copy", copy),
            ("__or__", or),
            ("__ror__", ror),
            ("__ior__", ior),
            ("__lt__", richcmp::<0>),
            ("__le__", richcmp::<1>),
            ("__eq__", richcmp::<2>),
            ("__ne__", richcmp::<3>),
            ("__gt__", richcmp::<4>),
            ("__ge__", richcmp::<5>),
            ("__repr__", repr),
            ("__str__", str_),
        ],
    );
    attrs(t, vec![("__hash__", Value::NONE)]);
}
