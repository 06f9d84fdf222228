//! `dict_keys`, `dict_values`, `dict_items`, and the reverse dict iterators (`reversed(d)`,
//! `reversed(d.items())`, ...).
//!
//! The reverse iterators are objects of types defined here with a native payload and their own `__next__`:
//! the forward iterators' states are advanced inside the eval loop, which has no state for walking a dict
//! backwards, and the loop reaches these through `__next__` like any other iterator.
use crate::heap::{GilShared, Kind, ObjRef, Payload, Value};
use crate::interp::error::{self, PyResult};
use crate::interp::{builtin_types, call, ops, protocols, Vm};
use crate::objects::builtin::Args;
use crate::objects::dict::as_dict;
use crate::objects::dict_methods::iter_over;
use crate::objects::method_support::{cmp_op, not_implemented, this};
use crate::objects::native::NativeObj;
use crate::objects::register::{attrs, getsets, methods};
use crate::objects::set::as_set;
use crate::objects::typeobj::{tdata, TypeData};
use crate::objects::{int, list, repr_guard, str as pystr, tuple, types};
use std::cell::Cell;
use std::sync::OnceLock;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ViewKind {
    Keys,
    Values,
    Items,
}

pub struct DictView {
    pub dict: Value,
    pub kind: ViewKind,
}

impl Payload for DictView {
    const KIND: Kind = Kind::DictView;
}

/// A view of `kind` over `dict`.
pub fn new_view(dict: Value, kind: ViewKind) -> Value {
    let t = types();
    let ty = match kind {
        ViewKind::Keys => &t.dict_keys,
        ViewKind::Values => &t.dict_values,
        ViewKind::Items => &t.dict_items,
    };
    Value::obj(crate::heap::alloc(ty, DictView { dict, kind }, None))
}

fn view_type(kind: ViewKind) -> &'static ObjRef {
    let t = types();
    match kind {
        ViewKind::Keys => &t.dict_keys,
        ViewKind::Values => &t.dict_values,
        ViewKind::Items => &t.dict_items,
    }
}

fn kind_of(k: u8) -> ViewKind {
    match k {
        0 => ViewKind::Keys,
        1 => ViewKind::Values,
        _ => ViewKind::Items,
    }
}

fn this_view<'a>(
    args: &Args<'a>,
    name: &str,
    kind: ViewKind,
) -> PyResult<(&'a Value, &'a DictView)> {
    this::<DictView>(args, name, view_type(kind))
}

fn len<const K: u8>(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, v) = this_view(args, "__len__", kind_of(K))?;
    args.rest().exact("__len__", 0)?;
    Ok(int::from_i64(
        as_dict(&v.dict).map(|d| d.len()).unwrap_or(0) as i64,
    ))
}

fn iter<const K: u8>(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, v) = this_view(args, "__iter__", kind_of(K))?;
    args.rest().exact("__iter__", 0)?;
    Ok(iter_over(&v.dict, v.kind))
}

fn reversed<const K: u8>(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, v) = this_view(args, "__reversed__", kind_of(K))?;
    args.rest().exact("__reversed__", 0)?;
    Ok(reversed_iter(&v.dict, v.kind))
}

fn contains<const K: u8>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, _) = this_view(args, "__contains__", kind_of(K))?;
    let a = args.rest().exact("__contains__", 1)?;
    Ok(Value::bool(
        crate::interp::seqops::builtin_contains(vm, &a[0], me)?.unwrap_or(false),
    ))
}

fn mapping<const K: u8>(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let view = v
        .as_obj()
        .and_then(|o| o.downcast::<DictView>())
        .ok_or_else(|| error::type_error("descriptor 'mapping' needs a dict view"))?;
    Ok(crate::objects::mappingproxy::new_proxy(view.dict.clone()))
}

/// `dict_keys([...])`: the view's items as a list repr, guarded against the view containing itself.
fn repr<const K: u8>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, v) = this_view(args, "__repr__", kind_of(K))?;
    let name = crate::objects::typeobj::type_name(view_type(v.kind));
    let Some(o) = me.as_obj() else {
        return Ok(pystr::new_string(format!("{name}([])")));
    };
    let Some(_guard) = repr_guard::enter(o)? else {
        return Ok(pystr::new_str("..."));
    };
    let items = protocols::iterate(vm, me)?;
    let body = protocols::repr_string(vm, &list::new_list(items))?;
    Ok(pystr::new_string(format!("{name}({body})")))
}

/// A new set with the elements of any iterable (the left operand of a view operator).
fn to_set(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let s = crate::objects::set::new_set_obj(false);
    if let Some(set) = s.downcast::<crate::objects::set::Set>() {
        crate::objects::set_methods::update_from(vm, set, v)?;
    }
    Ok(Value::obj(s))
}

/// View operators: `set(left) op right`, where either side may be the view (`WHICH`: 0 `&`, 1 `|`,
/// 2 `-`, 3 `^`).
fn binop<const K: u8, const WHICH: u8, const REFLECTED: bool>(
    vm: &mut Vm,
    args: &Args,
) -> PyResult<Value> {
    let names = [
        ["__and__", "__or__", "__sub__", "__xor__"],
        ["__rand__", "__ror__", "__rsub__", "__rxor__"],
    ];
    let name = names[REFLECTED as usize][WHICH as usize];
    let (me, _) = this_view(args, name, kind_of(K))?;
    let a = args.rest().exact(name, 1)?;
    let (left, right) = if REFLECTED { (&a[0], me) } else { (me, &a[0]) };
    let l = to_set(vm, left)?;
    let r = if as_set(right).is_some() {
        right.clone()
    } else {
        to_set(vm, right)?
    };
    let op = [
        crate::compiler::bytecode::BinOp::And,
        crate::compiler::bytecode::BinOp::Or,
        crate::compiler::bytecode::BinOp::Subtract,
        crate::compiler::bytecode::BinOp::Xor,
    ][WHICH as usize];
    match builtin_types::set_binary(vm, op, &l, &r)? {
        Some(v) => Ok(v),
        None => Ok(not_implemented()),
    }
}

fn isdisjoint<const K: u8>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, v) = this_view(args, "isdisjoint", kind_of(K))?;
    let a = args.rest().exact("isdisjoint", 1)?;
    let mine = as_dict(&v.dict).map(|d| d.len()).unwrap_or(0);
    let other_len = match a[0].as_obj() {
        Some(o) if matches!(o.kind(), Kind::Set | Kind::DictView) => {
            crate::interp::seqops::builtin_len(o)
        }
        _ => None,
    };
    // Iterate the smaller side, testing membership in the other (which is a set or a view).
    let (iterated, container) = match other_len {
        Some(n) if n > mine => (me.clone(), a[0].clone()),
        Some(_) => (a[0].clone(), me.clone()),
        None => (a[0].clone(), me.clone()),
    };
    for x in protocols::iterate(vm, &iterated)? {
        let f = protocols::contains(vm, x, container.clone(), false)?;
        let r = call::run_flow(vm, f)?;
        if ops::truthy(vm, &r)? {
            return Ok(Value::FALSE);
        }
    }
    Ok(Value::TRUE)
}

fn richcmp<const K: u8, const OP: u8>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let op = cmp_op(OP);
    let name = ops::cmp_names(op).1;
    let (me, _) = this_view(args, name, kind_of(K))?;
    let a = args.rest().exact(name, 1)?;
    let other_ok = a[0].as_obj().is_some_and(|o| {
        o.kind() == Kind::Set
            || o.downcast::<DictView>()
                .is_some_and(|v| v.kind != ViewKind::Values)
    });
    if !other_ok {
        return Ok(not_implemented());
    }
    match builtin_types::view_compare(vm, op, me, &a[0])? {
        Some(b) => Ok(Value::bool(b)),
        None => Ok(not_implemented()),
    }
}

/// State of a reverse dict iterator: the dense position it reads before, the size it expects.
struct RevIter {
    dict: Value,
    pos: Cell<usize>,
    len: Cell<usize>,
    remaining: Cell<usize>,
    kind: ViewKind,
}

struct RevTypes {
    keys: ObjRef,
    values: ObjRef,
    items: ObjRef,
}

static REV_TYPES: OnceLock<GilShared<RevTypes>> = OnceLock::new();

/// A builtin type whose instances carry a native payload.
fn native_type(name: &str) -> ObjRef {
    let t = types();
    let ty = crate::heap::alloc(&t.type_, TypeData::new(name, Kind::Native, 0), None);
    ty.make_immortal();
    let td = tdata(&ty);
    *td.bases.borrow_mut() = vec![t.object.clone()];
    *td.base.borrow_mut() = Some(t.object.clone());
    *td.mro.borrow_mut() = vec![ty.clone(), t.object.clone()];
    ty
}

fn rev_types() -> &'static RevTypes {
    &REV_TYPES
        .get_or_init(|| {
            GilShared(RevTypes {
                keys: native_type("dict_reversekeyiterator"),
                values: native_type("dict_reversevalueiterator"),
                items: native_type("dict_reverseitemiterator"),
            })
        })
        .0
}

fn rev_type(kind: ViewKind) -> &'static ObjRef {
    let r = rev_types();
    match kind {
        ViewKind::Keys => &r.keys,
        ViewKind::Values => &r.values,
        ViewKind::Items => &r.items,
    }
}

/// `reversed(dict)` or `reversed(view)`: an iterator from the last inserted entry.
pub fn reversed_iter(dict: &Value, kind: ViewKind) -> Value {
    let (pos, len) = as_dict(dict)
        .map(|d| (d.dense_len(), d.len()))
        .unwrap_or((0, 0));
    Value::obj(crate::heap::alloc(
        rev_type(kind),
        NativeObj::new(RevIter {
            dict: dict.clone(),
            pos: Cell::new(pos),
            len: Cell::new(len),
            remaining: Cell::new(len),
            kind,
        }),
        None,
    ))
}

fn this_rev<'a>(args: &Args<'a>, name: &str, kind: ViewKind) -> PyResult<(&'a Value, &'a RevIter)> {
    let (me, n) = this::<NativeObj>(args, name, rev_type(kind))?;
    match n.get::<RevIter>() {
        Some(r) => Ok((me, r)),
        None => Err(error::type_error(format!(
            "descriptor '{name}' needs a reverse dict iterator"
        ))),
    }
}

fn rev_iter<const K: u8>(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, _) = this_rev(args, "__iter__", kind_of(K))?;
    Ok(me.clone())
}

fn rev_next<const K: u8>(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, r) = this_rev(args, "__next__", kind_of(K))?;
    let Some(d) = as_dict(&r.dict) else {
        return Err(error::stop_iteration(None));
    };
    if d.len() != r.len.get() {
        // Sticky, as in CPython: every later call raises too.
        r.len.set(usize::MAX);
        return Err(error::runtime_error(
            "dictionary changed size during iteration",
        ));
    }
    match d.prev_entry(r.pos.get()) {
        Some((p, k, v)) => {
            r.pos.set(p);
            r.remaining.set(r.remaining.get().saturating_sub(1));
            Ok(match r.kind {
                ViewKind::Keys => k,
                ViewKind::Values => v,
                ViewKind::Items => tuple::new_tuple(vec![k, v]),
            })
        }
        None => {
            r.pos.set(0);
            r.remaining.set(0);
            Err(error::stop_iteration(None))
        }
    }
}

fn rev_length_hint<const K: u8>(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, r) = this_rev(args, "__length_hint__", kind_of(K))?;
    let live = as_dict(&r.dict).is_some_and(|d| d.len() == r.len.get());
    Ok(int::from_i64(if live {
        r.remaining.get() as i64
    } else {
        0
    }))
}

/// `__reduce__`: `(iter, (list(rest),))` as CPython gives, raising if the dict changed size.
fn rev_reduce<const K: u8>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, r) = this_rev(args, "__reduce__", kind_of(K))?;
    let mut rest = Vec::new();
    if let Some(d) = as_dict(&r.dict).filter(|_| r.remaining.get() > 0) {
        if d.len() != r.len.get() {
            return Err(error::runtime_error(
                "dictionary changed size during iteration",
            ));
        }
        let mut p = r.pos.get();
        while let Some((prev, k, v)) = d.prev_entry(p) {
            rest.push(match r.kind {
                ViewKind::Keys => k,
                ViewKind::Values => v,
                ViewKind::Items => tuple::new_tuple(vec![k, v]),
            });
            p = prev;
        }
    }
    let iter = crate::objects::iter_reduce::builtin_iter(vm)?;
    Ok(tuple::new_tuple(vec![
        iter,
        tuple::new_tuple(vec![list::new_list(rest)]),
    ]))
}

fn register_kind<const K: u8>() {
    let kind = kind_of(K);
    let t = view_type(kind);
    methods(
        t,
        &[
            ("__len__", len::<K>),
            ("__iter__", iter::<K>),
            ("__reversed__", reversed::<K>),
            ("__repr__", repr::<K>),
        ],
    );
    getsets(t, &[("mapping", mapping::<K>, None)]);
    if kind != ViewKind::Values {
        methods(
            t,
            &[
                ("__contains__", contains::<K>),
                ("isdisjoint", isdisjoint::<K>),
                ("__and__", binop::<K, 0, false>),
                ("__or__", binop::<K, 1, false>),
                ("__sub__", binop::<K, 2, false>),
                ("__xor__", binop::<K, 3, false>),
                ("__rand__", binop::<K, 0, true>),
                ("__ror__", binop::<K, 1, true>),
                ("__rsub__", binop::<K, 2, true>),
                ("__rxor__", binop::<K, 3, true>),
                ("__lt__", richcmp::<K, 0>),
                ("__le__", richcmp::<K, 1>),
                ("__eq__", richcmp::<K, 2>),
                ("__ne__", richcmp::<K, 3>),
                ("__gt__", richcmp::<K, 4>),
                ("__ge__", richcmp::<K, 5>),
            ],
        );
        attrs(t, vec![("__hash__", Value::NONE)]);
    }
    let r = rev_type(kind);
    methods(
        r,
        &[
            ("__iter__", rev_iter::<K>),
            ("__next__", rev_next::<K>),
            ("__length_hint__", rev_length_hint::<K>),
            ("__reduce__", rev_reduce::<K>),
        ],
    );
}

/// Fills the namespace of this file's type(s).
pub fn register() {
    register_kind::<0>();
    register_kind::<1>();
    register_kind::<2>();
}
