//! `_weakref.proxy(obj[, callback])`: `weakref.ProxyType` (and `CallableProxyType` for a callable
//! referent), an object that forwards every operation to its referent while it lives and raises
//! `ReferenceError` after. `collections.OrderedDict` links its nodes through proxies.
//!
//! As CPython's proxy, operands that are proxies are unwrapped on both sides of an operator.
use crate::support::payload;
use std::sync::OnceLock;
use weft_vm::compiler::bytecode::{BinOp, UnaryOp};
use weft_vm::heap::{GilShared, ObjRef, Value, WeakHandle};
use weft_vm::interp::builtins_mod::is_callable;
use weft_vm::interp::error::{self, PyErr, PyResult};
use weft_vm::interp::{attr, call, ops, protocols, Vm};
use weft_vm::objects::builtin::{tail_call_kw, Args};
use weft_vm::objects::method_support::{alloc_instance, cmp_op};
use weft_vm::objects::native::{NativeObj, Traverse};
use weft_vm::objects::register::{methods, statics};
use weft_vm::objects::typeobj::{self, tdata, tflag};
use weft_vm::objects::{str as pystr, types};

struct Proxy {
    handle: WeakHandle,
    /// Cleared once called, as CPython's.
    callback: std::cell::RefCell<Value>,
}

impl Traverse for Proxy {
    fn traverse(&self, f: &mut dyn FnMut(&Value)) {
        crate::weakref::traverse_callback(&self.callback, f);
    }
    fn clear(&self, out: &mut Vec<Value>) {
        crate::weakref::clear_callback(&self.callback, out);
    }
}

struct Types {
    proxy: ObjRef,
    callable: ObjRef,
}

static TYPES: OnceLock<GilShared<Types>> = OnceLock::new();

fn proxy_types() -> &'static Types {
    &TYPES
        .get_or_init(|| {
            let t = Types {
                proxy: crate::support::native_type("weakref.ProxyType", false),
                callable: crate::support::native_type("weakref.CallableProxyType", false),
            };
            register(&t.proxy);
            register(&t.callable);
            methods(&t.callable, &[("__call__", call_)]);
            GilShared(t)
        })
        .0
}

/// `weakref.ProxyType`.
pub(crate) fn proxy_type() -> &'static ObjRef {
    &proxy_types().proxy
}

/// `weakref.CallableProxyType`.
pub(crate) fn callable_proxy_type() -> &'static ObjRef {
    &proxy_types().callable
}

#[cold]
fn dead() -> PyErr {
    match types()
        .exceptions
        .iter()
        .find(|e| typeobj::type_name(e) == "ReferenceError")
    {
        Some(t) => PyErr::new(t, "weakly-referenced object no longer exists"),
        None => error::runtime_error("weakly-referenced object no longer exists"),
    }
}

/// The referent of a proxy, or the value itself when it is not a proxy (CPython's `UNWRAP`).
fn unwrap(v: &Value) -> PyResult<Value> {
    match payload::<Proxy>(v) {
        Some(p) => p.handle.upgrade().map(Value::obj).ok_or_else(dead),
        None => Ok(v.clone()),
    }
}

/// `proxy(object[, callback])`.
pub(crate) fn proxy(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.range("proxy", 1, 2)?;
    let ob = &a[0];
    let Some(target) = ob
        .as_obj()
        .filter(|_| crate::weakref::weakrefable_value(ob))
    else {
        return Err(error::type_error(format!(
            "cannot create weak reference to '{}' object",
            ops::type_name_of(ob)
        )));
    };
    let callback = a.get(1).cloned().unwrap_or(Value::NONE);
    let ty = if is_callable(ob) {
        callable_proxy_type()
    } else {
        proxy_type()
    };
    let basic = callback
        .is_none()
        .then_some(crate::weakref_registry::Basic::Proxy);
    // Proxies without callback are one shared object, as CPython's.
    if let Some(p) = basic.and_then(|b| crate::weakref_registry::basic(target, b)) {
        return Ok(Value::obj(p));
    }
    let handle = WeakHandle::new(target);
    let p = Proxy {
        handle: handle.clone(),
        callback: std::cell::RefCell::new(callback),
    };
    let obj = alloc_instance(ty, NativeObj::traced(p));
    crate::weakref_registry::add(&handle, &obj, basic);
    Ok(Value::obj(obj))
}

/// Takes the callback of a proxy whose referent died (None for anything else).
pub(crate) fn take_callback(v: &Value) -> Value {
    payload::<Proxy>(v).map_or(Value::NONE, |p| p.callback.replace(Value::NONE))
}

/// The referent of `self` (the first argument).
fn referent(args: &Args) -> PyResult<Value> {
    unwrap(args.this()?)
}

fn rest(args: &Args, n: usize) -> PyResult<Vec<Value>> {
    let r = args.rest();
    let a = r.exact("proxy", n)?;
    Ok(a.to_vec())
}

fn getattribute(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let o = referent(args)?;
    let a = rest(args, 1)?;
    let Some(name) = a[0].as_obj().filter(|_| pystr::as_str(&a[0]).is_some()) else {
        return Err(error::type_error(format!(
            "attribute name must be string, not '{}'",
            ops::type_name_of(&a[0])
        )));
    };
    let f = attr::load_attr(vm, o, &pystr::intern_obj(name), false)?;
    call::run_flow(vm, f)
}

fn setattr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let o = referent(args)?;
    let a = rest(args, 2)?;
    let name = pystr::as_str(&a[0]).unwrap_or("").to_string();
    attr::setattr(vm, &o, &name, a[1].clone())?;
    Ok(Value::NONE)
}

fn delattr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let o = referent(args)?;
    let a = rest(args, 1)?;
    let Some(name) = a[0].as_obj().filter(|_| pystr::as_str(&a[0]).is_some()) else {
        return Err(error::type_error("attribute name must be string"));
    };
    let f = attr::delete_attr(vm, &o, &pystr::intern_obj(name))?;
    call::run_flow(vm, f)?;
    Ok(Value::NONE)
}

fn repr(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let me = args.this()?;
    let at = me.as_obj().map(|o| o.addr()).unwrap_or(0);
    let Some(p) = payload::<Proxy>(me) else {
        return Err(dead());
    };
    let (tname, to) = match p.handle.upgrade() {
        Some(o) => (ops::type_name_of(&Value::obj(o.clone())), o.addr()),
        None => ("NoneType".to_string(), 0),
    };
    Ok(pystr::new_string(format!(
        "<weakproxy at {at:#x} to {tname} at {to:#x}>"
    )))
}

fn str_(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let o = referent(args)?;
    protocols::str_value(vm, &o)
}

fn bool_(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let o = referent(args)?;
    Ok(Value::bool(ops::truthy(vm, &o)?))
}

fn len(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let o = referent(args)?;
    Ok(weft_vm::objects::int::from_i64(
        protocols::len(vm, &o)? as i64
    ))
}

fn iter(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let o = referent(args)?;
    let f = protocols::get_iter(vm, o)?;
    call::run_flow(vm, f)
}

fn next(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let o = referent(args)?;
    if typeobj::lookup_str(&ops::a_type(&o), "__next__").is_none() {
        return Err(error::type_error(format!(
            "Weakref proxy referenced a non-iterator '{}' object",
            ops::type_name_of(&o)
        )));
    }
    protocols::next_or_stop(vm, &o)
}

fn getitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let o = referent(args)?;
    let a = rest(args, 1)?;
    let f = protocols::getitem(vm, o, a[0].clone())?;
    call::run_flow(vm, f)
}

fn setitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let o = referent(args)?;
    let a = rest(args, 2)?;
    protocols::setitem_call(vm, o, a[0].clone(), a[1].clone())?;
    Ok(Value::NONE)
}

fn delitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let o = referent(args)?;
    let a = rest(args, 1)?;
    protocols::delitem_call(vm, o, a[0].clone())?;
    Ok(Value::NONE)
}

fn contains(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let o = referent(args)?;
    let a = rest(args, 1)?;
    let f = protocols::contains(vm, a[0].clone(), o, false)?;
    let r = call::run_flow(vm, f)?;
    Ok(Value::bool(ops::truthy(vm, &r)?))
}

fn call_(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let o = referent(args)?;
    let r = args.rest();
    tail_call_kw(vm, &o, r.all.to_vec(), r.kwnames)
}

fn richcompare<const OP: u8>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let o = referent(args)?;
    let a = rest(args, 1)?;
    let other = unwrap(&a[0])?;
    crate::support::rich(vm, cmp_op(OP), &o, &other)
}

const BINARY: [BinOp; 13] = [
    BinOp::Add,
    BinOp::Subtract,
    BinOp::Multiply,
    BinOp::TrueDivide,
    BinOp::FloorDivide,
    BinOp::Remainder,
    BinOp::Power,
    BinOp::And,
    BinOp::Or,
    BinOp::Xor,
    BinOp::Lshift,
    BinOp::Rshift,
    BinOp::MatrixMultiply,
];

const INPLACE: [BinOp; 13] = [
    BinOp::InplaceAdd,
    BinOp::InplaceSubtract,
    BinOp::InplaceMultiply,
    BinOp::InplaceTrueDivide,
    BinOp::InplaceFloorDivide,
    BinOp::InplaceRemainder,
    BinOp::InplacePower,
    BinOp::InplaceAnd,
    BinOp::InplaceOr,
    BinOp::InplaceXor,
    BinOp::InplaceLshift,
    BinOp::InplaceRshift,
    BinOp::InplaceMatrixMultiply,
];

fn binary_op(vm: &mut Vm, op: BinOp, a: Value, b: Value) -> PyResult<Value> {
    let f = ops::binary(vm, op, a, b)?;
    call::run_flow(vm, f)
}

fn binary<const I: usize>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let o = referent(args)?;
    let a = rest(args, 1)?;
    let other = unwrap(&a[0])?;
    binary_op(vm, BINARY[I], o, other)
}

fn reflected<const I: usize>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let o = referent(args)?;
    let a = rest(args, 1)?;
    let other = unwrap(&a[0])?;
    binary_op(vm, BINARY[I], other, o)
}

fn inplace<const I: usize>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let o = referent(args)?;
    let a = rest(args, 1)?;
    let other = unwrap(&a[0])?;
    binary_op(vm, INPLACE[I], o, other)
}

fn unary(vm: &mut Vm, args: &Args, op: UnaryOp) -> PyResult<Value> {
    let o = referent(args)?;
    let f = protocols::unary(vm, op, o)?;
    call::run_flow(vm, f)
}

fn neg(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    unary(vm, args, UnaryOp::Negative)
}

fn pos(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    unary(vm, args, UnaryOp::Positive)
}

fn invert(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    unary(vm, args, UnaryOp::Invert)
}

/// A special method of the referent called with no arguments (`__abs__`, `__int__`, `__reversed__`, ...).
fn forward<const I: usize>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    const NAMES: [&str; 6] = [
        "__abs__",
        "__int__",
        "__float__",
        "__index__",
        "__reversed__",
        "__bytes__",
    ];
    let o = referent(args)?;
    let m = attr::getattr(vm, &o, NAMES[I])?;
    call::call_value(vm, &m, Vec::new())
}

fn register(t: &ObjRef) {
    statics(t, &[("__new__", crate::support::no_new)]);
    tdata(t).set(
        tflag::CUSTOM_GETATTRIBUTE | tflag::CUSTOM_SETATTR | tflag::USER_SPECIALS,
        true,
    );
    methods(
        t,
        &[
            ("__getattribute__", getattribute),
            ("__setattr__", setattr),
            ("__delattr__", delattr),
            ("__repr__", repr),
            ("__str__", str_),
            ("__bool__", bool_),
            ("__len__", len),
            ("__iter__", iter),
            ("__next__", next),
            ("__getitem__", getitem),
            ("__setitem__", setitem),
            ("__delitem__", delitem),
            ("__contains__", contains),
            ("__lt__", richcompare::<0>),
            ("__le__", richcompare::<1>),
            ("__eq__", richcompare::<2>),
            ("__ne__", richcompare::<3>),
            ("__gt__", richcompare::<4>),
            ("__ge__", richcompare::<5>),
            ("__neg__", neg),
            ("__pos__", pos),
            ("__invert__", invert),
            ("__abs__", forward::<0>),
            ("__int__", forward::<1>),
            ("__float__", forward::<2>),
            ("__index__", forward::<3>),
            ("__reversed__", forward::<4>),
            ("__bytes__", forward::<5>),
            ("__add__", binary::<0>),
            ("__sub__", binary::<1>),
            ("__mul__", binary::<2>),
            ("__truediv__", binary::<3>),
            ("__floordiv__", binary::<4>),
            ("__mod__", binary::<5>),
            ("__pow__", binary::<6>),
            ("__and__", binary::<7>),
            ("__or__", binary::<8>),
            ("__xor__", binary::<9>),
            ("__lshift__", binary::<10>),
            ("__rshift__", binary::<11>),
            ("__matmul__", binary::<12>),
            ("__radd__", reflected::<0>),
            ("__rsub__", reflected::<1>),
            ("__rmul__", reflected::<2>),
            ("__rtruediv__", reflected::<3>),
            ("__rfloordiv__", reflected::<4>),
            ("__rmod__", reflected::<5>),
            ("__rpow__", reflected::<6>),
            ("__rand__", reflected::<7>),
            ("__ror__", reflected::<8>),
            ("__rxor__", reflected::<9>),
            ("__rlshift__", reflected::<10>),
            ("__rrshift__", reflected::<11>),
            ("__rmatmul__", reflected::<12>),
            ("__iadd__", inplace::<0>),
            ("__isub__", inplace::<1>),
            ("__imul__", inplace::<2>),
            ("__itruediv__", inplace::<3>),
            ("__ifloordiv__", inplace::<4>),
            ("__imod__", inplace::<5>),
            ("__ipow__", inplace::<6>),
            ("__iand__", inplace::<7>),
            ("__ior__", inplace::<8>),
            ("__ixor__", inplace::<9>),
            ("__ilshift__", inplace::<10>),
            ("__irshift__", inplace::<11>),
            ("__imatmul__", inplace::<12>),
        ],
    );
    tdata(t).dict.set_rs("__hash__", Value::NONE);
}
