//! The methods of `dict` (the table itself is in `dict.rs`). Lookups may run Python `__eq__`/`__hash__`, so
//! nothing here holds a borrow of a table across a lookup; iteration goes by dense position, re-reading the
//! table each step, as CPython's `PyDict_Next` does.
use crate::heap::{ObjRef, Value};
use crate::interp::error::{self, PyResult};
use crate::interp::ops::a_type;
use crate::interp::{attr, call, compare, exc, protocols, Vm};
use crate::objects::builtin::Args;
use crate::objects::dict::{as_dict, Dict};
use crate::objects::dictview::{self, ViewKind};
use crate::objects::iterators::{new_iter, IterState};
use crate::objects::method_support::{
    alloc_instance, class_getitem, cmp_op, exact_named, is_exact, new_cls, not_implemented, this,
};
use crate::objects::register::{attrs, classmethods, methods, statics};
use crate::objects::typeobj::lookup_str;
use crate::objects::{int, repr_guard, str as pystr, tuple, types};

fn this_dict<'a>(args: &Args<'a>, name: &str) -> PyResult<(&'a Value, &'a Dict)> {
    this::<Dict>(args, name, &types().dict)
}

/// A dict whose iteration is `dict`'s own (not overridden by a subclass), so its entries can be read directly.
pub(crate) fn own_iteration(v: &Value) -> Option<&Dict> {
    let d = as_dict(v)?;
    let ty = a_type(v);
    if ty.is(&types().dict) {
        return Some(d);
    }
    let mine = lookup_str(&types().dict, "__iter__")?;
    let theirs = lookup_str(&ty, "__iter__")?;
    (mine.bits() == theirs.bits()).then_some(d)
}

/// `dict.update(other)` without keywords: a dict, a mapping (anything with `keys()`), or an iterable of
/// pairs, in CPython's order of checks.
pub fn update_from(vm: &mut Vm, d: &Dict, other: &Value) -> PyResult<()> {
    if update_from_mapping(vm, d, other)? {
        return Ok(());
    }
    update_from_pairs(vm, d, other)
}

/// CPython's `dict_merge`: adds the items of a dict or of a mapping (anything with `keys()`);
/// false, with `d` untouched, when `other` is neither.
pub fn update_from_mapping(vm: &mut Vm, d: &Dict, other: &Value) -> PyResult<bool> {
    if let Some(src) = own_iteration(other) {
        if std::ptr::eq(src, d) {
            return Ok(true);
        }
        if d.is_empty() && src.len() == src.dense_len() {
            d.assign_copy(src);
            return Ok(true);
        }
        // CPython's dict_merge: entries by dense position with their stored hashes; a key's `__eq__`
        // that adds to or clears the source is caught by its entry count changing.
        let n = src.dense_len();
        for i in 0..n {
            if let Some((h, k, v)) = src.entry_at(i) {
                d.set_hashed(vm, k, h, v)?;
                if src.dense_len() != n {
                    return Err(error::runtime_error("dict mutated during update"));
                }
            }
        }
        return Ok(true);
    }
    if let Some(keys) = attr::getattr_opt(vm, other, "keys")? {
        let keys = call::call_value(vm, &keys, Vec::new())?;
        let it = iter_of(vm, &keys)?;
        while let Some(k) = protocols::next_value(vm, &it)? {
            let v = {
                let f = protocols::getitem(vm, other.clone(), k.clone())?;
                call::run_flow(vm, f)?
            };
            d.set(vm, k, v)?;
        }
        return Ok(true);
    }
    Ok(false)
}

fn iter_of(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let f = protocols::get_iter(vm, v.clone())?;
    let it = call::run_flow(vm, f)?;
    protocols::check_iterator(&it)?;
    Ok(it)
}

/// Adds `(key, value)` pairs from an iterable, with CPython's messages for malformed elements.
fn update_from_pairs(vm: &mut Vm, d: &Dict, pairs: &Value) -> PyResult<()> {
    let it = iter_of(vm, pairs)?;
    let mut n = 0usize;
    while let Some(item) = protocols::next_value(vm, &it)? {
        let kv = match tuple::as_tuple(&item) {
            Some(t) => t.to_vec(),
            None => match crate::objects::list::as_list(&item) {
                Some(l) => l.items.borrow().clone(),
                None => match protocols::iterate(vm, &item) {
                    Ok(v) => v,
                    Err(e) if exc::matches_type(&e, &types().type_error) => {
                        return Err(error::type_error(format!(
                            "cannot convert dictionary update sequence element #{n} to a sequence"
                        )))
                    }
                    Err(e) => return Err(e),
                },
            },
        };
        if kv.len() != 2 {
            return Err(error::value_error(format!(
                "dictionary update sequence element #{n} has length {}; 2 is required",
                kv.len()
            )));
        }
        let mut kv = kv.into_iter();
        if let (Some(k), Some(v)) = (kv.next(), kv.next()) {
            d.set(vm, k, v)?;
        }
        n += 1;
    }
    Ok(())
}

/// `dict.update(*args, **kwargs)` and `dict.__init__`: at most one positional argument, then the keywords.
fn update_args(vm: &mut Vm, d: &Dict, args: &Args, fname: &str) -> PyResult<()> {
    let pos = args.positional();
    if pos.len() > 1 {
        return Err(error::type_error(format!(
            "{fname} expected at most 1 argument, got {}",
            pos.len()
        )));
    }
    if let Some(other) = pos.first() {
        update_from(vm, d, other)?;
    }
    for (k, v) in args.kwnames.iter().zip(args.kw_values()) {
        d.set(vm, k.clone(), v.clone())?;
    }
    Ok(())
}

fn new(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = new_cls(args, &types().dict)?;
    Ok(Value::obj(alloc_instance(cls, Dict::new())))
}

fn init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, d) = this_dict(args, "__init__")?;
    update_args(vm, d, &args.rest(), "dict")?;
    Ok(Value::NONE)
}

fn update(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, d) = this_dict(args, "update")?;
    update_args(vm, d, &args.rest(), "update")?;
    Ok(Value::NONE)
}

fn get(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, d) = this_dict(args, "get")?;
    let a = args.rest().range("get", 1, 2)?;
    Ok(d.get(vm, &a[0])?
        .unwrap_or_else(|| a.get(1).cloned().unwrap_or(Value::NONE)))
}

fn setdefault(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, d) = this_dict(args, "setdefault")?;
    let a = args.rest().range("setdefault", 1, 2)?;
    let hash = crate::interp::ops::hash(vm, &a[0])?;
    let v = a.get(1).cloned().unwrap_or(Value::NONE);
    d.setdefault_hashed(vm, a[0].clone(), hash, v)
}

fn pop(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, d) = this_dict(args, "pop")?;
    let a = args.rest().range("pop", 1, 2)?;
    match d.remove(vm, &a[0])? {
        Some(v) => Ok(v),
        None => match a.get(1) {
            Some(default) => Ok(default.clone()),
            None => Err(error::key_error(a[0].clone())),
        },
    }
}

fn popitem(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, d) = this_dict(args, "popitem")?;
    args.rest().exact("dict.popitem", 0)?;
    match d.pop_last() {
        Some((k, v)) => Ok(tuple::new_tuple(vec![k, v])),
        None => Err(error::key_error_msg("popitem(): dictionary is empty")),
    }
}

fn view(args: &Args, name: &str, kind: ViewKind) -> PyResult<Value> {
    let (me, _) = this_dict(args, name)?;
    exact_named(&args.rest(), 0, || format!("dict.{name}"))?;
    Ok(dictview::new_view(me.clone(), kind))
}

fn keys(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    view(args, "keys", ViewKind::Keys)
}

fn values(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    view(args, "values", ViewKind::Values)
}

fn items(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    view(args, "items", ViewKind::Items)
}

/// A new exact dict with the entries of `d`.
pub fn copy_of(d: &Dict) -> Value {
    Value::obj(crate::heap::alloc(&types().dict, d.copy(), None))
}

fn copy(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, d) = this_dict(args, "copy")?;
    args.rest().exact("dict.copy", 0)?;
    Ok(copy_of(d))
}

fn clear(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, d) = this_dict(args, "clear")?;
    args.rest().exact("dict.clear", 0)?;
    d.clear();
    Ok(Value::NONE)
}

fn fromkeys(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = args.this()?.clone();
    let a = args.rest().range("fromkeys", 1, 2)?;
    let value = a.get(1).cloned().unwrap_or(Value::NONE);
    let d = call::call_value(vm, &cls, Vec::new())?;
    let exact = is_exact(&d, &types().dict);
    // An exact dict filled from a dict or set reuses the stored hashes, as CPython does.
    if let Some(dd) = as_dict(&d).filter(|_| exact) {
        let src = &a[0];
        let hashed = match crate::objects::set::as_set(src) {
            Some(s) if is_exact(src, &types().set) || is_exact(src, &types().frozenset) => {
                Some(s.entries())
            }
            _ => as_dict(src)
                .filter(|_| is_exact(src, &types().dict))
                .map(|sd| sd.hashed_keys()),
        };
        if let Some(entries) = hashed {
            for (h, k) in entries {
                dd.set_hashed(vm, k, h, value.clone())?;
            }
            return Ok(d);
        }
    }
    let it = iter_of(vm, &a[0])?;
    while let Some(k) = protocols::next_value(vm, &it)? {
        match as_dict(&d) {
            Some(dd) if exact => dd.set(vm, k, value.clone())?,
            _ => protocols::setitem_call(vm, d.clone(), k, value.clone())?,
        }
    }
    Ok(d)
}

/// `d[key]` for dicts and their subclasses: a missing key goes to the subclass's `__missing__`.
pub fn subscript(vm: &mut Vm, me: &Value, d: &Dict, key: &Value) -> PyResult<Value> {
    if let Some(v) = d.get(vm, key)? {
        return Ok(v);
    }
    let ty = a_type(me);
    if !ty.is(&types().dict) {
        if let Some(m) = lookup_str(&ty, "__missing__") {
            return call::call_special(vm, &m, me, vec![key.clone()]);
        }
    }
    Err(error::key_error(key.clone()))
}

fn getitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, d) = this_dict(args, "__getitem__")?;
    let a = args.rest().exact("dict.__getitem__", 1)?;
    subscript(vm, me, d, &a[0])
}

fn setitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, d) = this_dict(args, "__setitem__")?;
    let a = args.rest().range("__setitem__", 2, 2)?;
    d.set(vm, a[0].clone(), a[1].clone())?;
    Ok(Value::NONE)
}

fn delitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, d) = this_dict(args, "__delitem__")?;
    let a = args.rest().exact("__delitem__", 1)?;
    match d.remove(vm, &a[0])? {
        Some(old) => {
            drop(old);
            Ok(Value::NONE)
        }
        None => Err(error::key_error(a[0].clone())),
    }
}

fn contains(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, d) = this_dict(args, "__contains__")?;
    let a = args.rest().exact("dict.__contains__", 1)?;
    Ok(Value::bool(d.contains(vm, &a[0])?))
}

fn len(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, d) = this_dict(args, "__len__")?;
    args.rest().exact("__len__", 0)?;
    Ok(int::from_i64(d.len() as i64))
}

/// A `dict_keyiterator` (or value/item iterator) over `dict` from its first entry.
pub fn iter_over(dict: &Value, kind: ViewKind) -> Value {
    let t = types();
    let ty = match kind {
        ViewKind::Keys => &t.dict_keyiterator,
        ViewKind::Values => &t.dict_valueiterator,
        ViewKind::Items => &t.dict_itemiterator,
    };
    let len = as_dict(dict).map(|d| d.len()).unwrap_or(0);
    new_iter(
        ty,
        IterState::Dict {
            dict: dict.clone(),
            pos: 0,
            len,
            left: len,
            kind,
        },
    )
}

fn iter(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, _) = this_dict(args, "__iter__")?;
    args.rest().exact("__iter__", 0)?;
    Ok(iter_over(me, ViewKind::Keys))
}

fn reversed(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, _) = this_dict(args, "__reversed__")?;
    args.rest().exact("dict.__reversed__", 0)?;
    Ok(dictview::reversed_iter(me, ViewKind::Keys))
}

fn or(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, d) = this_dict(args, "__or__")?;
    let a = args.rest().exact("__or__", 1)?;
    if as_dict(&a[0]).is_none() {
        return Ok(not_implemented());
    }
    let new = copy_of(d);
    if let Some(nd) = as_dict(&new) {
        update_from(vm, nd, &a[0])?;
    }
    Ok(new)
}

fn ror(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, _) = this_dict(args, "__ror__")?;
    let a = args.rest().exact("__ror__", 1)?;
    let Some(other) = as_dict(&a[0]) else {
        return Ok(not_implemented());
    };
    let new = copy_of(other);
    if let Some(nd) = as_dict(&new) {
        update_from(vm, nd, me)?;
    }
    Ok(new)
}

fn ior(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, d) = this_dict(args, "__ior__")?;
    let a = args.rest().exact("__ior__", 1)?;
    update_from(vm, d, &a[0])?;
    Ok(me.clone())
}

fn richcmp<const OP: u8>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let op = cmp_op(OP);
    let name = crate::interp::ops::cmp_names(op).1;
    let (me, _) = this_dict(args, name)?;
    let a = args.rest().exact(name, 1)?;
    if as_dict(&a[0]).is_none() {
        return Ok(not_implemented());
    }
    match compare::builtin_compare(vm, op, me, &a[0])? {
        Some(b) => Ok(Value::bool(b)),
        None => Ok(not_implemented()),
    }
}

/// `{k!r: v!r, ...}` with the `{...}` guard; entries are read one at a time (a repr may change the dict).
pub fn repr_entries(vm: &mut Vm, o: &ObjRef, d: &Dict) -> PyResult<String> {
    if d.is_empty() {
        return Ok("{}".into());
    }
    let Some(_guard) = repr_guard::enter(o)? else {
        return Ok("{...}".into());
    };
    let mut s = String::from("{");
    let mut pos = 0;
    let mut first = true;
    while let Some((next, k, v)) = d.next_entry(pos) {
        pos = next;
        if !first {
            s.push_str(", ");
        }
        first = false;
        s.push_str(&protocols::repr_string(vm, &k)?);
        s.push_str(": ");
        s.push_str(&protocols::repr_string(vm, &v)?);
    }
    s.push('}');
    Ok(s)
}

fn repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, d) = this_dict(args, "__repr__")?;
    let Some(o) = me.as_obj() else {
        return Ok(pystr::new_str("{}"));
    };
    Ok(pystr::new_string(repr_entries(vm, o, d)?))
}

/// Fills the namespace of `dict`.
pub fn register() {
    let t = &types().dict;
    statics(t, &[("__new__", new)]);
    classmethods(
        t,
        &[("fromkeys", fromkeys), ("__class_getitem__", class_getitem)],
    );
    methods(
        t,
        &[
            ("__init__", init),
            ("update", update),
            ("get", get),
            ("setdefault", setdefault),
            ("pop", pop),
            ("popitem", popitem),
            ("keys", keys),
            ("values", values),
            ("items", items),
            ("copy", copy),
            ("clear", clear),
            ("__getitem__", getitem),
            ("__setitem__", setitem),
            ("__delitem__", delitem),
            ("__contains__", contains),
            ("__len__", len),
            ("__iter__", iter),
            ("__reversed__", reversed),
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
        ],
    );
    attrs(t, vec![("__hash__", Value::NONE)]);
}
