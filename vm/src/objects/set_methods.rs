//! The methods of `set` and `frozenset` (the table itself is in `set.rs`), following the algorithms of
//! CPython's `setobject.c` so that which of two equal elements is kept, and the order results print in,
//! match. Methods that both types have are registered twice, instantiated for each owner type, because a
//! method descriptor of `set` refuses a `frozenset` receiver and the other way round.
use crate::heap::{ObjRef, Value};
use crate::interp::error::{self, PyResult};
use crate::interp::{attr, call, compare, exc, ops, protocols, Vm};
use crate::objects::builtin::{Args, NativeFn};
use crate::objects::dict::as_dict;
use crate::objects::iterators::{new_iter, IterState};
use crate::objects::method_support::{
    alloc_instance, class_getitem, cmp_op, exact_named, is_exact, new_cls, no_kwargs_named,
    not_implemented, this,
};
use crate::objects::register::{attrs, classmethods, methods, statics};
use crate::objects::set::{as_set, new_set_obj, Set};
use crate::objects::typeobj::{self, is_subtype};
use crate::objects::{int, list, repr_guard, str as pystr, tuple, types};

fn owner(frozen: bool) -> &'static ObjRef {
    let t = types();
    if frozen {
        &t.frozenset
    } else {
        &t.set
    }
}

/// `set.name` or `frozenset.name`, for messages.
fn qual<const FROZEN: bool>(name: &str) -> String {
    format!("{}.{name}", if FROZEN { "frozenset" } else { "set" })
}

fn this_set<'a>(args: &Args<'a>, name: &str, frozen: bool) -> PyResult<(&'a Value, &'a Set)> {
    this::<Set>(args, name, owner(frozen))
}

/// Whether `v` is a frozenset (or a subclass of one).
fn is_frozen(v: &Value) -> bool {
    v.as_obj()
        .is_some_and(|o| is_subtype(o.ty(), &types().frozenset))
}

/// A new empty exact `set` or `frozenset`, the base type of `like` (results of `|`, `union`, ...).
fn new_like(like: &Value) -> ObjRef {
    new_set_obj(is_frozen(like))
}

fn set_of(o: &ObjRef) -> &Set {
    o.downcast::<Set>().expect("a new set")
}

/// Adds every element of an iterable; elements of sets keep their stored hashes.
pub fn update_from(vm: &mut Vm, s: &Set, other: &Value) -> PyResult<()> {
    if let Some(o) = as_set(other) {
        for (h, k) in o.entries() {
            s.add_hashed(vm, k, h)?;
        }
        return Ok(());
    }
    if let Some(d) = as_dict(other).filter(|_| is_exact(other, &types().dict)) {
        for (h, k) in d.hashed_keys() {
            s.add_hashed(vm, k, h)?;
        }
        return Ok(());
    }
    let f = protocols::get_iter(vm, other.clone())?;
    let it = call::run_flow(vm, f)?;
    protocols::check_iterator(&it)?;
    while let Some(k) = protocols::next_value(vm, &it)? {
        s.add(vm, k)?;
    }
    Ok(())
}

/// A frozenset with the elements of a set (the form an unhashable set key is looked up as).
fn frozen_copy(vm: &mut Vm, s: &Set) -> PyResult<Value> {
    let f = new_set_obj(true);
    for (h, k) in s.entries() {
        set_of(&f).add_hashed(vm, k, h)?;
    }
    Ok(Value::obj(f))
}

/// `key in s`, where a set key that cannot be hashed is looked up as the equal frozenset.
fn contains_key(vm: &mut Vm, s: &Set, key: &Value) -> PyResult<bool> {
    match s.contains(vm, key) {
        Err(e) if exc::matches_type(&e, &types().type_error) => match as_set(key) {
            Some(ks) if !is_frozen(key) => {
                let fk = frozen_copy(vm, ks)?;
                s.contains(vm, &fk)
            }
            _ => Err(e),
        },
        r => r,
    }
}

/// Removes `key` (a set key as the equal frozenset); whether it was there.
fn discard_key(vm: &mut Vm, s: &Set, key: &Value) -> PyResult<bool> {
    match s.discard(vm, key) {
        Err(e) if exc::matches_type(&e, &types().type_error) => match as_set(key) {
            Some(ks) if !is_frozen(key) => {
                let fk = frozen_copy(vm, ks)?;
                s.discard(vm, &fk)
            }
            _ => Err(e),
        },
        r => r,
    }
}

/// A copy of `me` of its base type.
fn copy_of(vm: &mut Vm, me: &Value, s: &Set) -> PyResult<ObjRef> {
    let out = new_like(me);
    for (h, k) in s.entries() {
        set_of(&out).add_hashed(vm, k, h)?;
    }
    Ok(out)
}

/// `me & other`, of `me`'s base type: iterates the smaller set, keeping the iterated set's elements.
fn intersection_of(vm: &mut Vm, me: &Value, s: &Set, other: &Value) -> PyResult<ObjRef> {
    let out = new_like(me);
    if let Some(o) = as_set(other) {
        let (small, big) = if o.len() > s.len() { (s, o) } else { (o, s) };
        for (h, k) in small.entries() {
            if big.contains_hashed(vm, &k, h)? {
                set_of(&out).add_hashed(vm, k, h)?;
            }
        }
        return Ok(out);
    }
    let f = protocols::get_iter(vm, other.clone())?;
    let it = call::run_flow(vm, f)?;
    protocols::check_iterator(&it)?;
    while let Some(k) = protocols::next_value(vm, &it)? {
        let h = ops::hash(vm, &k)?;
        if s.contains_hashed(vm, &k, h)? {
            set_of(&out).add_hashed(vm, k, h)?;
        }
    }
    Ok(out)
}

/// `me - other`, of `me`'s base type.
fn difference_of(vm: &mut Vm, me: &Value, s: &Set, other: &Value) -> PyResult<ObjRef> {
    if let Some(o) = as_set(other) {
        let out = new_like(me);
        for (h, k) in s.entries() {
            if !o.contains_hashed(vm, &k, h)? {
                set_of(&out).add_hashed(vm, k, h)?;
            }
        }
        return Ok(out);
    }
    // A dict is probed with the set's own hashes (its keys are not hashed again), as CPython does.
    if let Some(d) = as_dict(other).filter(|_| is_exact(other, &types().dict)) {
        let out = new_like(me);
        for (h, k) in s.entries() {
            if d.get_hashed(vm, &k, h)?.is_none() {
                set_of(&out).add_hashed(vm, k, h)?;
            }
        }
        return Ok(out);
    }
    let out = copy_of(vm, me, s)?;
    difference_update(vm, set_of(&out), other)?;
    Ok(out)
}

fn difference_update(vm: &mut Vm, s: &Set, other: &Value) -> PyResult<()> {
    let items = match as_set(other) {
        Some(o) => o.keys(),
        None => protocols::iterate(vm, other)?,
    };
    for k in items {
        discard_key(vm, s, &k)?;
    }
    Ok(())
}

fn symmetric_difference_update(vm: &mut Vm, s: &Set, other: &Value) -> PyResult<()> {
    let entries = match as_set(other) {
        Some(o) => o.entries(),
        None => {
            let tmp = new_set_obj(false);
            update_from(vm, set_of(&tmp), other)?;
            set_of(&tmp).entries()
        }
    };
    for (h, k) in entries {
        if !s.discard_hashed(vm, &k, h)? {
            s.add_hashed(vm, k, h)?;
        }
    }
    Ok(())
}

/// Replaces the elements of `s` with those of `src`.
fn assign(vm: &mut Vm, s: &Set, src: &Set) -> PyResult<()> {
    let entries = src.entries();
    s.clear();
    for (h, k) in entries {
        s.add_hashed(vm, k, h)?;
    }
    Ok(())
}

fn issubset_of(vm: &mut Vm, s: &Set, other: &Value) -> PyResult<bool> {
    let tmp;
    let o = match as_set(other) {
        Some(o) => o,
        None => {
            tmp = new_set_obj(false);
            update_from(vm, set_of(&tmp), other)?;
            set_of(&tmp)
        }
    };
    if s.len() > o.len() {
        return Ok(false);
    }
    for (h, k) in s.entries() {
        if !o.contains_hashed(vm, &k, h)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn issuperset_of(vm: &mut Vm, s: &Set, other: &Value) -> PyResult<bool> {
    if let Some(o) = as_set(other) {
        return superset_entries(vm, s, o);
    }
    for k in protocols::iterate(vm, other)? {
        if !contains_key(vm, s, &k)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn superset_entries(vm: &mut Vm, s: &Set, o: &Set) -> PyResult<bool> {
    if o.len() > s.len() {
        return Ok(false);
    }
    for (h, k) in o.entries() {
        if !s.contains_hashed(vm, &k, h)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn isdisjoint_of(vm: &mut Vm, s: &Set, other: &Value) -> PyResult<bool> {
    if let Some(o) = as_set(other) {
        let (small, big) = if o.len() > s.len() { (s, o) } else { (o, s) };
        for (h, k) in small.entries() {
            if big.contains_hashed(vm, &k, h)? {
                return Ok(false);
            }
        }
        return Ok(true);
    }
    let f = protocols::get_iter(vm, other.clone())?;
    let it = call::run_flow(vm, f)?;
    protocols::check_iterator(&it)?;
    while let Some(k) = protocols::next_value(vm, &it)? {
        if s.contains(vm, &k)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// CPython 3.11's `frozenset_hash`: an order-independent mix of the elements' hashes.
pub fn frozenset_hash(s: &Set) -> i64 {
    if let Some(h) = s.hash.get() {
        return h;
    }
    let shuffle = |h: u64| ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167);
    let entries = s.entries();
    let mut hash: u64 = 0;
    for (h, _) in &entries {
        hash ^= shuffle(*h as u64);
    }
    hash ^= (entries.len() as u64 + 1).wrapping_mul(1927868237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69069).wrapping_add(907133923);
    let h = if hash == u64::MAX {
        590923713
    } else {
        hash as i64
    };
    s.hash.set(Some(h));
    h
}

fn set_new(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = new_cls(args, &types().set)?;
    if cls.is(&types().set) && args.rest().has_kwargs() {
        return Err(error::type_error("set() takes no keyword arguments"));
    }
    Ok(Value::obj(alloc_instance(cls, Set::new())))
}

fn set_init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, s) = this_set(args, "__init__", false)?;
    let rest = args.rest();
    if rest.has_kwargs() {
        return Err(error::type_error("set() takes no keyword arguments"));
    }
    let a = rest.range("set", 0, 1)?;
    s.clear();
    if let Some(it) = a.first() {
        update_from(vm, s, it)?;
    }
    Ok(Value::NONE)
}

fn frozenset_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = new_cls(args, &types().frozenset)?;
    let rest = args.rest();
    let exact = cls.is(&types().frozenset);
    if crate::objects::method_support::takes_no_keywords(cls, &types().frozenset)
        && rest.has_kwargs()
    {
        return Err(error::type_error("frozenset() takes no keyword arguments"));
    }
    let a = rest.positional();
    if a.len() > 1 {
        return Err(error::type_error(format!(
            "frozenset expected at most 1 argument, got {}",
            a.len()
        )));
    }
    if let Some(it) = a.first() {
        if exact && is_exact(it, &types().frozenset) {
            return Ok(it.clone());
        }
    }
    let o = alloc_instance(cls, Set::new());
    if let Some(it) = a.first() {
        update_from(vm, set_of(&o), it)?;
    }
    Ok(Value::obj(o))
}

fn add(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, s) = this_set(args, "add", false)?;
    let a = args.rest().exact("set.add", 1)?;
    s.add(vm, a[0].clone())?;
    Ok(Value::NONE)
}

fn discard(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, s) = this_set(args, "discard", false)?;
    let a = args.rest().exact("set.discard", 1)?;
    discard_key(vm, s, &a[0])?;
    Ok(Value::NONE)
}

fn remove(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, s) = this_set(args, "remove", false)?;
    let a = args.rest().exact("set.remove", 1)?;
    if !discard_key(vm, s, &a[0])? {
        return Err(error::key_error(a[0].clone()));
    }
    Ok(Value::NONE)
}

fn pop(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, s) = this_set(args, "pop", false)?;
    args.rest().exact("set.pop", 0)?;
    s.pop()
        .ok_or_else(|| error::key_error_msg("pop from an empty set"))
}

fn clear(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, s) = this_set(args, "clear", false)?;
    args.rest().exact("set.clear", 0)?;
    s.clear();
    Ok(Value::NONE)
}

fn copy<const FROZEN: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, s) = this_set(args, "copy", FROZEN)?;
    exact_named(&args.rest(), 0, || qual::<FROZEN>("copy"))?;
    if FROZEN && is_exact(me, &types().frozenset) {
        return Ok(me.clone());
    }
    Ok(Value::obj(copy_of(vm, me, s)?))
}

fn update(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, s) = this_set(args, "update", false)?;
    let rest = args.rest();
    rest.no_kwargs("set.update")?;
    for o in rest.positional() {
        update_from(vm, s, o)?;
    }
    Ok(Value::NONE)
}

fn union<const FROZEN: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, s) = this_set(args, "union", FROZEN)?;
    let rest = args.rest();
    no_kwargs_named(&rest, || qual::<FROZEN>("union"))?;
    let out = copy_of(vm, me, s)?;
    for o in rest.positional() {
        update_from(vm, set_of(&out), o)?;
    }
    Ok(Value::obj(out))
}

fn intersection<const FROZEN: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, s) = this_set(args, "intersection", FROZEN)?;
    let rest = args.rest();
    no_kwargs_named(&rest, || qual::<FROZEN>("intersection"))?;
    let mut out = copy_of(vm, me, s)?;
    for o in rest.positional() {
        let cur = Value::obj(out.clone());
        out = intersection_of(vm, &cur, set_of(&out), o)?;
    }
    Ok(Value::obj(out))
}

fn intersection_update(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, s) = this_set(args, "intersection_update", false)?;
    let rest = args.rest();
    rest.no_kwargs("set.intersection_update")?;
    let mut out = copy_of(vm, me, s)?;
    for o in rest.positional() {
        let cur = Value::obj(out.clone());
        out = intersection_of(vm, &cur, set_of(&out), o)?;
    }
    assign(vm, s, set_of(&out))?;
    Ok(Value::NONE)
}

fn difference<const FROZEN: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, s) = this_set(args, "difference", FROZEN)?;
    let rest = args.rest();
    no_kwargs_named(&rest, || qual::<FROZEN>("difference"))?;
    let others = rest.positional();
    let Some(first) = others.first() else {
        return Ok(Value::obj(copy_of(vm, me, s)?));
    };
    let out = difference_of(vm, me, s, first)?;
    for o in &others[1..] {
        difference_update(vm, set_of(&out), o)?;
    }
    Ok(Value::obj(out))
}

fn difference_update_m(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, s) = this_set(args, "difference_update", false)?;
    let rest = args.rest();
    rest.no_kwargs("set.difference_update")?;
    for o in rest.positional() {
        difference_update(vm, s, o)?;
    }
    Ok(Value::NONE)
}

fn symmetric_difference<const FROZEN: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, s) = this_set(args, "symmetric_difference", FROZEN)?;
    let a = exact_named(&args.rest(), 1, || qual::<FROZEN>("symmetric_difference"))?;
    let _ = s;
    symmetric_difference_of(vm, me, &a[0]).map(Value::obj)
}

/// `me ^ other`, of `me`'s base type. As CPython, a new set from `other` updated with `me`
/// (which decides the iteration order).
pub fn symmetric_difference_of(vm: &mut Vm, me: &Value, other: &Value) -> PyResult<ObjRef> {
    let out = new_like(me);
    update_from(vm, set_of(&out), other)?;
    symmetric_difference_update(vm, set_of(&out), me)?;
    Ok(out)
}

fn symmetric_difference_update_m(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, s) = this_set(args, "symmetric_difference_update", false)?;
    let a = args.rest().exact("set.symmetric_difference_update", 1)?;
    symmetric_difference_update(vm, s, &a[0])?;
    Ok(Value::NONE)
}

/// The `issubset`/`issuperset`/`isdisjoint` family.
fn predicate<const FROZEN: bool, const WHICH: u8>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let name = ["issubset", "issuperset", "isdisjoint"][WHICH as usize];
    let (_, s) = this_set(args, name, FROZEN)?;
    let a = exact_named(&args.rest(), 1, || qual::<FROZEN>(name))?;
    let r = match WHICH {
        0 => issubset_of(vm, s, &a[0])?,
        1 => issuperset_of(vm, s, &a[0])?,
        _ => isdisjoint_of(vm, s, &a[0])?,
    };
    Ok(Value::bool(r))
}

fn len<const FROZEN: bool>(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, s) = this_set(args, "__len__", FROZEN)?;
    args.rest().exact("__len__", 0)?;
    Ok(int::from_i64(s.len() as i64))
}

fn contains<const FROZEN: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, s) = this_set(args, "__contains__", FROZEN)?;
    let a = exact_named(&args.rest(), 1, || qual::<FROZEN>("__contains__"))?;
    Ok(Value::bool(contains_key(vm, s, &a[0])?))
}

fn iter<const FROZEN: bool>(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, s) = this_set(args, "__iter__", FROZEN)?;
    args.rest().exact("__iter__", 0)?;
    Ok(new_iter(
        &types().set_iterator,
        IterState::Set {
            set: me.clone(),
            pos: 0,
            len: s.len(),
        },
    ))
}

/// Binary operators: `WHICH` is 0 `&`, 1 `|`, 2 `-`, 3 `^`; `REFLECTED` computes `other op self`.
fn binop<const FROZEN: bool, const WHICH: u8, const REFLECTED: bool>(
    vm: &mut Vm,
    args: &Args,
) -> PyResult<Value> {
    let names = [
        ["__and__", "__or__", "__sub__", "__xor__"],
        ["__rand__", "__ror__", "__rsub__", "__rxor__"],
    ];
    let name = names[REFLECTED as usize][WHICH as usize];
    let (me, _) = this_set(args, name, FROZEN)?;
    let a = args.rest().exact(name, 1)?;
    if as_set(&a[0]).is_none() {
        return Ok(not_implemented());
    }
    let (left, right) = if REFLECTED { (&a[0], me) } else { (me, &a[0]) };
    binary(vm, WHICH, left, right).map(Value::obj)
}

/// `left op right` for two sets, of `left`'s base type.
fn binary(vm: &mut Vm, which: u8, left: &Value, right: &Value) -> PyResult<ObjRef> {
    let Some(ls) = as_set(left) else {
        return Err(error::system_error("set operation on a non-set"));
    };
    match which {
        0 => intersection_of(vm, left, ls, right),
        1 => {
            let out = copy_of(vm, left, ls)?;
            update_from(vm, set_of(&out), right)?;
            Ok(out)
        }
        2 => difference_of(vm, left, ls, right),
        _ => {
            let out = copy_of(vm, left, ls)?;
            symmetric_difference_update(vm, set_of(&out), right)?;
            Ok(out)
        }
    }
}

/// In-place operators of `set`: `WHICH` as in `binop`.
fn inplace<const WHICH: u8>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let name = ["__iand__", "__ior__", "__isub__", "__ixor__"][WHICH as usize];
    let (me, s) = this_set(args, name, false)?;
    let a = args.rest().exact(name, 1)?;
    if as_set(&a[0]).is_none() {
        return Ok(not_implemented());
    }
    match WHICH {
        0 => {
            let out = intersection_of(vm, me, s, &a[0])?;
            assign(vm, s, set_of(&out))?;
        }
        1 => update_from(vm, s, &a[0])?,
        2 => difference_update(vm, s, &a[0])?,
        _ => symmetric_difference_update(vm, s, &a[0])?,
    }
    Ok(me.clone())
}

fn richcmp<const FROZEN: bool, const OP: u8>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let op = cmp_op(OP);
    let name = ops::cmp_names(op).1;
    let (me, _) = this_set(args, name, FROZEN)?;
    let a = args.rest().exact(name, 1)?;
    if as_set(&a[0]).is_none() {
        return Ok(not_implemented());
    }
    match compare::builtin_compare(vm, op, me, &a[0])? {
        Some(b) => Ok(Value::bool(b)),
        None => Ok(not_implemented()),
    }
}

fn hash(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, s) = this_set(args, "__hash__", true)?;
    args.rest().exact("__hash__", 0)?;
    Ok(int::from_i64(frozenset_hash(s)))
}

fn repr<const FROZEN: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, s) = this_set(args, "__repr__", FROZEN)?;
    let name = typeobj::type_name(&ops::a_type(me));
    if s.is_empty() {
        return Ok(pystr::new_string(format!("{name}()")));
    }
    let Some(o) = me.as_obj() else {
        return Ok(pystr::new_string(format!("{name}()")));
    };
    let Some(_guard) = repr_guard::enter(o)? else {
        return Ok(pystr::new_string(format!("{name}(...)")));
    };
    let mut body = String::from("{");
    for (k, x) in s.keys().iter().enumerate() {
        if k > 0 {
            body.push_str(", ");
        }
        body.push_str(&protocols::repr_string(vm, x)?);
    }
    body.push('}');
    if is_exact(me, &types().set) {
        return Ok(pystr::new_string(body));
    }
    Ok(pystr::new_string(format!("{name}({body})")))
}

fn reduce<const FROZEN: bool>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, s) = this_set(args, "__reduce__", FROZEN)?;
    // `__getstate__` (object's by default) carries a subclass's `__dict__` and its slots.
    let getstate = attr::getattr(vm, me, "__getstate__")?;
    let state = crate::interp::call::call_value(vm, &getstate, Vec::new())?;
    Ok(tuple::new_tuple(vec![
        Value::obj(ops::a_type(me)),
        tuple::new_tuple(vec![list::new_list(s.keys())]),
        state,
    ]))
}

fn sizeof<const FROZEN: bool>(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, s) = this_set(args, "__sizeof__", FROZEN)?;
    let slots = s.table_size();
    let table = if slots <= 8 { 0 } else { 16 * slots as i64 };
    Ok(int::from_i64(200 + table))
}

/// The methods both `set` and `frozenset` have, instantiated for one of them.
fn common<const FROZEN: bool>() -> Vec<(&'static str, NativeFn)> {
    vec![
        ("copy", copy::<FROZEN>),
        ("union", union::<FROZEN>),
        ("intersection", intersection::<FROZEN>),
        ("difference", difference::<FROZEN>),
        ("symmetric_difference", symmetric_difference::<FROZEN>),
        ("issubset", predicate::<FROZEN, 0>),
        ("issuperset", predicate::<FROZEN, 1>),
        ("isdisjoint", predicate::<FROZEN, 2>),
        ("__len__", len::<FROZEN>),
        ("__contains__", contains::<FROZEN>),
        ("__iter__", iter::<FROZEN>),
        ("__and__", binop::<FROZEN, 0, false>),
        ("__or__", binop::<FROZEN, 1, false>),
        ("__sub__", binop::<FROZEN, 2, false>),
        ("__xor__", binop::<FROZEN, 3, false>),
        ("__rand__", binop::<FROZEN, 0, true>),
        ("__ror__", binop::<FROZEN, 1, true>),
        ("__rsub__", binop::<FROZEN, 2, true>),
        ("__rxor__", binop::<FROZEN, 3, true>),
        ("__lt__", richcmp::<FROZEN, 0>),
        ("__le__", richcmp::<FROZEN, 1>),
        ("__eq__", richcmp::<FROZEN, 2>),
        ("__ne__", richcmp::<FROZEN, 3>),
        ("__gt__", richcmp::<FROZEN, 4>),
        ("__ge__", richcmp::<FROZEN, 5>),
        ("__repr__", repr::<FROZEN>),
        ("__reduce__", reduce::<FROZEN>),
        ("__sizeof__", sizeof::<FROZEN>),
    ]
}

/// Fills the namespaces of `set` and `frozenset`.
pub fn register() {
    let t = types();
    statics(&t.set, &[("__new__", set_new)]);
    statics(&t.frozenset, &[("__new__", frozenset_new)]);
    classmethods(&t.set, &[("__class_getitem__", class_getitem)]);
    classmethods(&t.frozenset, &[("__class_getitem__", class_getitem)]);
    methods(&t.set, &common::<false>());
    methods(&t.frozenset, &common::<true>());
    methods(
        &t.set,
        &[
            ("__init__", set_init),
            ("add", add),
            ("discard", discard),
            ("remove", remove),
            ("pop", pop),
            ("clear", clear),
            ("update", update),
            ("intersection_update", intersection_update),
            ("difference_update", difference_update_m),
            ("symmetric_difference_update", symmetric_difference_update_m),
            ("__iand__", inplace::<0>),
            ("__ior__", inplace::<1>),
            ("__isub__", inplace::<2>),
            ("__ixor__", inplace::<3>),
        ],
    );
    methods(&t.frozenset, &[("__hash__", hash)]);
    attrs(&t.set, vec![("__hash__", Value::NONE)]);
}
