//! `list`.
use crate::compiler::bytecode::BinOp;
use crate::heap::{Kind, Payload, Value};
use crate::interp::error::{self, PyResult};
use crate::interp::{call, compare, ops, protocols, seqops, Vm};
use crate::objects::builtin::Args;
use crate::objects::iterators::{new_iter, IterState};
use crate::objects::method_support::{
    alloc_instance, class_getitem, cmp_op, index_range, new_cls, not_implemented, ssize_arg, this,
};
use crate::objects::register::{attrs, classmethods, methods, statics};
use crate::objects::{int, repr_guard, tuple, types};
use std::cell::RefCell;

pub struct List {
    pub items: RefCell<Vec<Value>>,
}

impl Payload for List {
    const KIND: Kind = Kind::List;
}

pub fn new_list(items: Vec<Value>) -> Value {
    Value::obj(crate::heap::alloc(
        &crate::objects::types().list,
        List {
            items: RefCell::new(items),
        },
        None,
    ))
}

pub fn as_list(v: &Value) -> Option<&List> {
    v.as_obj().and_then(|o| o.downcast::<List>())
}

impl List {
    /// The item at `i`, cloned, or `None` past the end. Loops that call Python code between items re-read the
    /// list through this, as CPython re-reads `ob_item`, because that code may resize it.
    pub fn get(&self, i: usize) -> Option<Value> {
        self.items.borrow().get(i).cloned()
    }

    pub fn len(&self) -> usize {
        self.items.borrow().len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.borrow().is_empty()
    }

    /// Replaces the contents; the old items are dropped after the borrow ends (their `__del__` may look at us).
    pub fn replace(&self, items: Vec<Value>) {
        let old = std::mem::replace(&mut *self.items.borrow_mut(), items);
        drop_from_end(old);
    }
}

/// Releases items last first, as CPython's `list_dealloc`/`tupledealloc`/`_list_clear` do: the
/// order in which their `__del__`s run.
pub fn drop_from_end(mut items: Vec<Value>) {
    while items.pop().is_some() {}
}

impl Drop for List {
    fn drop(&mut self) {
        drop_from_end(std::mem::take(self.items.get_mut()));
    }
}

fn this_list<'a>(args: &Args<'a>, name: &str) -> PyResult<(&'a Value, &'a List)> {
    this::<List>(args, name, &types().list)
}

/// Appends the items of any iterable. Items of an iterator are appended one by one, so an error part way
/// leaves the ones already produced, as in CPython.
pub fn extend_from(vm: &mut Vm, l: &List, iterable: &Value) -> PyResult<()> {
    let t = types();
    if let Some(o) = iterable.as_obj() {
        if o.ty().is(&t.list) || o.ty().is(&t.tuple) {
            let items = match (as_list(iterable), tuple::as_tuple(iterable)) {
                (Some(src), _) => src.items.borrow().clone(),
                (None, Some(tp)) => tp.to_vec(),
                (None, None) => Vec::new(),
            };
            l.items.borrow_mut().extend(items);
            return Ok(());
        }
    }
    let it = {
        let f = protocols::get_iter(vm, iterable.clone())?;
        call::run_flow(vm, f)?
    };
    protocols::check_iterator(&it)?;
    let hint = protocols::length_hint(vm, iterable, 8)?;
    l.items.borrow_mut().reserve(hint.min(1 << 16));
    while let Some(x) = protocols::next_value(vm, &it)? {
        l.items.borrow_mut().push(x);
    }
    Ok(())
}

fn new(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = new_cls(args, &types().list)?;
    Ok(Value::obj(alloc_instance(
        cls,
        List {
            items: RefCell::new(Vec::new()),
        },
    )))
}

fn init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (this, l) = this_list(args, "__init__")?;
    let rest = args.rest();
    // As CPython's `list___init__`: keywords are refused unless a subclass overrides `__new__` (which
    // then takes them).
    if rest.has_kwargs() && !overrides_new(this) {
        return Err(error::type_error("list() takes no keyword arguments"));
    }
    let a = rest.positional();
    if a.len() > 1 {
        return Err(error::type_error(format!(
            "list expected at most 1 argument, got {}",
            a.len()
        )));
    }
    l.replace(Vec::new());
    if let Some(it) = a.first() {
        extend_from(vm, l, it)?;
    }
    Ok(Value::NONE)
}

/// Whether the type of `this` has a `__new__` other than `list.__new__`.
fn overrides_new(this: &Value) -> bool {
    let ty = crate::interp::ops::a_type(this);
    let t = types();
    if ty.is(&t.list) {
        return false;
    }
    let new = crate::objects::typeobj::lookup_str(&ty, "__new__");
    let list_new = crate::objects::typeobj::lookup_str(&t.list, "__new__");
    match (new, list_new) {
        (Some(a), Some(b)) => a.bits() != b.bits(),
        _ => false,
    }
}

fn append(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, l) = this_list(args, "append")?;
    let a = args.rest().exact("list.append", 1)?;
    l.items.borrow_mut().push(a[0].clone());
    Ok(Value::NONE)
}

fn extend(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, l) = this_list(args, "extend")?;
    let a = args.rest().exact("list.extend", 1)?;
    extend_from(vm, l, &a[0])?;
    Ok(Value::NONE)
}

fn insert(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, l) = this_list(args, "insert")?;
    let a = args.rest().range("insert", 2, 2)?;
    let i = ssize_arg(vm, &a[0])?;
    let mut items = l.items.borrow_mut();
    let n = items.len() as isize;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
    items.insert(at as usize, a[1].clone());
    Ok(Value::NONE)
}

fn pop(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, l) = this_list(args, "pop")?;
    let a = args.rest().range("pop", 0, 1)?;
    let i = match a.first() {
        Some(v) => ssize_arg(vm, v)?,
        None => -1,
    };
    let mut items = l.items.borrow_mut();
    if items.is_empty() {
        return Err(error::index_error("pop from empty list"));
    }
    match crate::interp::slicing::seq_index(i, items.len()) {
        Some(j) => Ok(items.remove(j)),
        None => Err(error::index_error("pop index out of range")),
    }
}

fn remove(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, l) = this_list(args, "remove")?;
    let a = args.rest().exact("list.remove", 1)?;
    let mut i = 0;
    while let Some(item) = l.get(i) {
        if ops::eq_bool(vm, &item, &a[0])? {
            let old = {
                let mut items = l.items.borrow_mut();
                (i < items.len()).then(|| items.remove(i))
            };
            drop(old);
            return Ok(Value::NONE);
        }
        i += 1;
    }
    Err(error::value_error("list.remove(x): x not in list"))
}

fn index(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, l) = this_list(args, "index")?;
    let a = args.rest().range("index", 1, 3)?;
    let (start, stop) = index_range(vm, a.get(1), a.get(2), l.len())?;
    let mut i = start;
    while i < stop {
        let Some(item) = l.get(i) else { break };
        if ops::eq_bool(vm, &item, &a[0])? {
            return Ok(int::from_i64(i as i64));
        }
        i += 1;
    }
    let r = protocols::repr_string(vm, &a[0])?;
    Err(error::value_error(format!("{r} is not in list")))
}

fn count(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, l) = this_list(args, "count")?;
    let a = args.rest().exact("list.count", 1)?;
    let mut n = 0;
    let mut i = 0;
    while let Some(item) = l.get(i) {
        if ops::eq_bool(vm, &item, &a[0])? {
            n += 1;
        }
        i += 1;
    }
    Ok(int::from_i64(n))
}

fn clear(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, l) = this_list(args, "clear")?;
    args.rest().exact("list.clear", 0)?;
    l.replace(Vec::new());
    Ok(Value::NONE)
}

fn copy(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, l) = this_list(args, "copy")?;
    args.rest().exact("list.copy", 0)?;
    let items = l.items.borrow().clone();
    Ok(new_list(items))
}

fn reverse(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, l) = this_list(args, "reverse")?;
    args.rest().exact("list.reverse", 0)?;
    l.items.borrow_mut().reverse();
    Ok(Value::NONE)
}

fn len(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, l) = this_list(args, "__len__")?;
    args.rest().exact("__len__", 0)?;
    Ok(int::from_i64(l.len() as i64))
}

fn getitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, _) = this_list(args, "__getitem__")?;
    let a = args.rest().exact("list.__getitem__", 1)?;
    match seqops::builtin_getitem(vm, me, &a[0])? {
        Some(v) => Ok(v),
        None => Err(error::system_error("list.__getitem__ on a non-list")),
    }
}

fn setitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, _) = this_list(args, "__setitem__")?;
    let a = args.rest().range("__setitem__", 2, 2)?;
    seqops::builtin_setitem(vm, me, &a[0], &a[1])?;
    Ok(Value::NONE)
}

fn delitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, _) = this_list(args, "__delitem__")?;
    let a = args.rest().exact("__delitem__", 1)?;
    seqops::builtin_delitem(vm, me, &a[0])?;
    Ok(Value::NONE)
}

fn contains(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, l) = this_list(args, "__contains__")?;
    let a = args.rest().exact("list.__contains__", 1)?;
    let mut i = 0;
    while let Some(item) = l.get(i) {
        if ops::eq_bool(vm, &item, &a[0])? {
            return Ok(Value::TRUE);
        }
        i += 1;
    }
    Ok(Value::FALSE)
}

fn iter(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, _) = this_list(args, "__iter__")?;
    args.rest().exact("__iter__", 0)?;
    Ok(new_iter(
        &types().list_iterator,
        IterState::List {
            list: me.clone(),
            index: 0,
        },
    ))
}

/// `reversed(list)`: a `list_reverseiterator` from the last item.
pub fn reversed_iter(me: &Value, l: &List) -> Value {
    new_iter(
        &types().list_reverseiterator,
        IterState::ListReversed {
            list: me.clone(),
            index: l.len() as isize - 1,
        },
    )
}

fn reversed(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, l) = this_list(args, "__reversed__")?;
    args.rest().exact("list.__reversed__", 0)?;
    Ok(reversed_iter(me, l))
}

fn add(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, _) = this_list(args, "__add__")?;
    let a = args.rest().exact("__add__", 1)?;
    if as_list(&a[0]).is_none() {
        return Ok(not_implemented());
    }
    Ok(seqops::seq_binary(vm, BinOp::Add, me, &a[0])?.unwrap_or_else(not_implemented))
}

fn iadd(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, l) = this_list(args, "__iadd__")?;
    let a = args.rest().exact("__iadd__", 1)?;
    extend_from(vm, l, &a[0])?;
    Ok(me.clone())
}

/// The repeat count of `*`, or `None` when `v` is not an integer (the operator then tries the other side).
pub fn repeat_count(vm: &mut Vm, v: &Value) -> PyResult<Option<isize>> {
    if !int::is_int(v)
        && crate::objects::typeobj::lookup_str(&ops::a_type(v), "__index__").is_none()
    {
        return Ok(None);
    }
    let n = protocols::index(vm, v)?;
    Ok(Some(num_traits::ToPrimitive::to_isize(&n).ok_or_else(
        || {
            error::overflow_error(format!(
                "cannot fit '{}' into an index-sized integer",
                ops::type_name_of(v)
            ))
        },
    )?))
}

/// `items * n` with CPython's MemoryError for absurd sizes.
pub fn repeated(items: &[Value], n: isize) -> PyResult<Vec<Value>> {
    let n = n.max(0) as usize;
    let total = items
        .len()
        .checked_mul(n)
        .filter(|t| *t <= isize::MAX as usize / 8)
        .ok_or_else(|| error::memory_error(""))?;
    let mut out = Vec::new();
    out.try_reserve(total)
        .map_err(|_| error::memory_error(""))?;
    for _ in 0..n {
        out.extend_from_slice(items);
    }
    Ok(out)
}

fn mul(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, l) = this_list(args, "__mul__")?;
    let a = args.rest().exact("__mul__", 1)?;
    let Some(n) = repeat_count(vm, &a[0])? else {
        return Ok(not_implemented());
    };
    let items = l.items.borrow().clone();
    Ok(new_list(repeated(&items, n)?))
}

fn imul(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, l) = this_list(args, "__imul__")?;
    let a = args.rest().exact("__imul__", 1)?;
    let Some(n) = repeat_count(vm, &a[0])? else {
        return Ok(not_implemented());
    };
    let items = l.items.borrow().clone();
    l.replace(repeated(&items, n)?);
    Ok(me.clone())
}

fn richcmp<const OP: u8>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let op = cmp_op(OP);
    let name = ops::cmp_names(op).1;
    let (me, _) = this_list(args, name)?;
    let a = args.rest().exact(name, 1)?;
    if as_list(&a[0]).is_none() {
        return Ok(not_implemented());
    }
    match compare::builtin_compare(vm, op, me, &a[0])? {
        Some(b) => Ok(Value::bool(b)),
        None => Ok(not_implemented()),
    }
}

fn repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, l) = this_list(args, "__repr__")?;
    Ok(crate::objects::str::new_string(repr_items(vm, me, l)?))
}

fn repr_items(vm: &mut Vm, me: &Value, l: &List) -> PyResult<String> {
    if l.is_empty() {
        return Ok("[]".into());
    }
    let Some(o) = me.as_obj() else {
        return Ok("[]".into());
    };
    let Some(_guard) = repr_guard::enter(o)? else {
        return Ok("[...]".into());
    };
    let mut s = String::from("[");
    let mut i = 0;
    while let Some(item) = l.get(i) {
        if i > 0 {
            s.push_str(", ");
        }
        s.push_str(&protocols::repr_string(vm, &item)?);
        i += 1;
    }
    s.push(']');
    Ok(s)
}

fn sizeof(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, l) = this_list(args, "__sizeof__")?;
    let cap = l.items.borrow().capacity();
    Ok(int::from_i64(40 + 8 * cap as i64))
}

/// Fills the namespace of this file's type(s).
pub fn register() {
    let t = &types().list;
    statics(t, &[("__new__", new)]);
    classmethods(t, &[("__class_getitem__", class_getitem)]);
    methods(
        t,
        &[
            ("__init__", init),
            ("append", append),
            ("extend", extend),
            ("insert", insert),
            ("pop", pop),
            ("remove", remove),
            ("index", index),
            ("count", count),
            ("clear", clear),
            ("copy", copy),
            ("reverse", reverse),
            ("sort", crate::objects::list_sort::sort),
            ("__len__", len),
            ("__getitem__", getitem),
            ("__setitem__", setitem),
            ("__delitem__", delitem),
            ("__contains__", contains),
            ("__iter__", iter),
            ("__reversed__", reversed),
            ("__add__", add),
            ("__iadd__", iadd),
            ("__mul__", mul),
            ("__rmul__", mul),
            ("__imul__", imul),
            ("__lt__", richcmp::<0>),
            ("__le__", richcmp::<1>),
            ("__eq__", richcmp::<2>),
            ("__ne__", richcmp::<3>),
            ("__gt__", richcmp::<4>),
            ("__ge__", richcmp::<5>),
            ("__repr__", repr),
            ("__sizeof__", sizeof),
        ],
    );
    attrs(t, vec![("__hash__", Value::NONE)]);
}
