//! `tuple`.
use crate::compiler::bytecode::BinOp;
use crate::heap::{Kind, Payload, Value};
use crate::interp::error::{self, PyResult};
use crate::interp::{compare, ops, protocols, seqops, Vm};
use crate::objects::builtin::Args;
use crate::objects::iterators::{new_iter, IterState};
use crate::objects::list::{repeat_count, repeated};
use crate::objects::method_support::{
    alloc_instance, class_getitem, cmp_op, index_range, is_exact, new_cls, not_implemented,
    takes_no_keywords, this,
};
use crate::objects::register::{classmethods, methods, statics};
use crate::objects::{int, repr_guard, types};
use std::cell::Cell;

pub struct Tuple {
    pub items: Box<[Value]>,
    pub hash: Cell<Option<i64>>,
}

impl Payload for Tuple {
    const KIND: Kind = Kind::Tuple;
    /// Immutable, so a tuple of untracked items (numbers, strs, such tuples) can never join a cycle.
    fn needs_gc(&self) -> bool {
        self.items
            .iter()
            .any(|v| v.as_obj().is_some_and(|o| o.is_gc_tracked()))
    }
}

impl Drop for Tuple {
    fn drop(&mut self) {
        crate::objects::list::drop_from_end(std::mem::take(&mut self.items).into_vec());
    }
}

pub fn new_tuple(items: Vec<Value>) -> Value {
    if items.is_empty() {
        return Value::obj(crate::objects::types().empty_tuple.clone());
    }
    Value::obj(crate::heap::alloc(
        &crate::objects::types().tuple,
        Tuple {
            items: items.into_boxed_slice(),
            hash: Cell::new(None),
        },
        None,
    ))
}

pub fn as_tuple(v: &Value) -> Option<&[Value]> {
    v.as_obj()
        .and_then(|o| o.downcast::<Tuple>())
        .map(|t| &*t.items)
}

fn this_tuple<'a>(args: &Args<'a>, name: &str) -> PyResult<(&'a Value, &'a [Value])> {
    this::<Tuple>(args, name, &types().tuple).map(|(v, t)| (v, &*t.items))
}

/// `tuple(iterable)` for class `cls` (a subclass gets its own object even when empty).
pub fn tuple_of(
    vm: &mut Vm,
    cls: &crate::heap::ObjRef,
    iterable: Option<&Value>,
) -> PyResult<Value> {
    let exact = cls.is(&types().tuple);
    let items = match iterable {
        Some(v) if exact && is_exact(v, &types().tuple) => return Ok(v.clone()),
        Some(v) => {
            if v.as_obj()
                .is_some_and(|o| !matches!(o.kind(), Kind::List | Kind::Tuple))
            {
                // `PySequence_Tuple` asks for a length hint after getting the iterator.
                let it = protocols::get_iter(vm, v.clone())?;
                let it = crate::interp::call::run_flow(vm, it)?;
                protocols::check_iterator(&it)?;
                let mut items = Vec::with_capacity(protocols::length_hint(vm, v, 10)?.min(1 << 16));
                while let Some(x) = protocols::next_value(vm, &it)? {
                    items.push(x);
                }
                items
            } else {
                protocols::iterate(vm, v)?
            }
        }
        None => Vec::new(),
    };
    if exact {
        return Ok(new_tuple(items));
    }
    Ok(Value::obj(alloc_instance(
        cls,
        Tuple {
            items: items.into_boxed_slice(),
            hash: Cell::new(None),
        },
    )))
}

fn new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = new_cls(args, &types().tuple)?;
    let rest = args.rest();
    // A subclass with its own `__init__` may take keywords; `__new__` ignores them.
    if rest.has_kwargs() && takes_no_keywords(cls, &types().tuple) {
        return Err(error::type_error("tuple() takes no keyword arguments"));
    }
    let a = rest.positional();
    if a.len() > 1 {
        return Err(error::type_error(format!(
            "tuple expected at most 1 argument, got {}",
            a.len()
        )));
    }
    tuple_of(vm, cls, a.first())
}

fn index(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, items) = this_tuple(args, "index")?;
    let a = args.rest().range("index", 1, 3)?;
    let (start, stop) = index_range(vm, a.get(1), a.get(2), items.len())?;
    for (k, x) in items.iter().enumerate().take(stop).skip(start) {
        if ops::eq_bool(vm, x, &a[0])? {
            return Ok(int::from_i64(k as i64));
        }
    }
    Err(error::value_error("tuple.index(x): x not in tuple"))
}

fn count(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, items) = this_tuple(args, "count")?;
    let a = args.rest().exact("tuple.count", 1)?;
    let mut n = 0;
    for x in items {
        if ops::eq_bool(vm, x, &a[0])? {
            n += 1;
        }
    }
    Ok(int::from_i64(n))
}

fn len(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, items) = this_tuple(args, "__len__")?;
    args.rest().exact("__len__", 0)?;
    Ok(int::from_i64(items.len() as i64))
}

fn getitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, _) = this_tuple(args, "__getitem__")?;
    let a = args.rest().exact("tuple.__getitem__", 1)?;
    match seqops::builtin_getitem(vm, me, &a[0])? {
        Some(v) => Ok(v),
        None => Err(error::system_error("tuple.__getitem__ on a non-tuple")),
    }
}

fn contains(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, items) = this_tuple(args, "__contains__")?;
    let a = args.rest().exact("tuple.__contains__", 1)?;
    for x in items {
        if ops::eq_bool(vm, x, &a[0])? {
            return Ok(Value::TRUE);
        }
    }
    Ok(Value::FALSE)
}

fn iter(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, _) = this_tuple(args, "__iter__")?;
    args.rest().exact("__iter__", 0)?;
    Ok(new_iter(
        &types().tuple_iterator,
        IterState::Tuple {
            tuple: me.clone(),
            index: 0,
        },
    ))
}

fn add(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, _) = this_tuple(args, "__add__")?;
    let a = args.rest().exact("__add__", 1)?;
    if as_tuple(&a[0]).is_none() {
        return Ok(not_implemented());
    }
    Ok(seqops::seq_binary(vm, BinOp::Add, me, &a[0])?.unwrap_or_else(not_implemented))
}

fn mul(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, items) = this_tuple(args, "__mul__")?;
    let a = args.rest().exact("__mul__", 1)?;
    let Some(n) = repeat_count(vm, &a[0])? else {
        return Ok(not_implemented());
    };
    if (n == 1 || items.is_empty()) && is_exact(me, &types().tuple) {
        return Ok(me.clone());
    }
    Ok(new_tuple(repeated(items, n)?))
}

fn richcmp<const OP: u8>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let op = cmp_op(OP);
    let name = ops::cmp_names(op).1;
    let (me, _) = this_tuple(args, name)?;
    let a = args.rest().exact(name, 1)?;
    if as_tuple(&a[0]).is_none() {
        return Ok(not_implemented());
    }
    match compare::builtin_compare(vm, op, me, &a[0])? {
        Some(b) => Ok(Value::bool(b)),
        None => Ok(not_implemented()),
    }
}

/// `hash(tuple)`: CPython 3.11's xxHash-based combination of the items' hashes.
pub fn hash_items(vm: &mut Vm, items: &[Value]) -> PyResult<i64> {
    let mut hs = Vec::with_capacity(items.len());
    for x in items {
        hs.push(ops::hash(vm, x)?);
    }
    Ok(crate::interp::numops::hash_tuple(&hs))
}

fn hash(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, items) = this_tuple(args, "__hash__")?;
    args.rest().exact("__hash__", 0)?;
    if is_exact(me, &types().tuple) {
        if let Some(h) = ops::builtin_hash(me) {
            return Ok(int::from_i64(h));
        }
    }
    Ok(int::from_i64(hash_items(vm, items)?))
}

fn repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, items) = this_tuple(args, "__repr__")?;
    if items.is_empty() {
        return Ok(crate::objects::str::new_str("()"));
    }
    let Some(o) = me.as_obj() else {
        return Ok(crate::objects::str::new_str("()"));
    };
    let Some(_guard) = repr_guard::enter(o)? else {
        return Ok(crate::objects::str::new_str("(...)"));
    };
    let mut s = String::from("(");
    for (k, x) in items.iter().enumerate() {
        if k > 0 {
            s.push_str(", ");
        }
        s.push_str(&protocols::repr_string(vm, x)?);
    }
    if items.len() == 1 {
        s.push(',');
    }
    s.push(')');
    Ok(crate::objects::str::new_string(s))
}

fn getnewargs(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, items) = this_tuple(args, "__getnewargs__")?;
    args.rest().exact("tuple.__getnewargs__", 0)?;
    Ok(new_tuple(vec![new_tuple(items.to_vec())]))
}

/// Fills the namespace of this file's type(s).
pub fn register() {
    let t = &types().tuple;
    statics(t, &[("__new__", new)]);
    classmethods(t, &[("__class_getitem__", class_getitem)]);
    methods(
        t,
        &[
            ("index", index),
            ("count", count),
            ("__len__", len),
            ("__getitem__", getitem),
            ("__contains__", contains),
            ("__iter__", iter),
            ("__add__", add),
            ("__mul__", mul),
            ("__rmul__", mul),
            ("__lt__", richcmp::<0>),
            ("__le__", richcmp::<1>),
            ("__eq__", richcmp::<2>),
            ("__ne__", richcmp::<3>),
            ("__gt__", richcmp::<4>),
            ("__ge__", richcmp::<5>),
            ("__hash__", hash),
            ("__repr__", repr),
            ("__getnewargs__", getnewargs),
        ],
    );
}
