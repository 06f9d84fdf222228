//! Whether instances of one class may become instances of another, for `obj.__class__ = T` and
//! `cls.__bases__ = (...)` (CPython's `compatible_for_assignment`). Two arbitrary classes are hard to
//! compare, a class and its base are easy: a class that adds no slots, `__dict__` or `__weakref__` to
//! its base shares the base's layout. So each side is first walked up to the nearest ancestor whose
//! layout it extends; the two are compatible when those ancestors are one class, or siblings (one
//! base) that add the same slots.
use crate::heap::{Kind, ObjRef};
use crate::interp::error::{self, PyResult};
use crate::objects::typeobj::{self, tdata, tflag};

/// `Ok` when an instance laid out for `old` may be laid out for `new`; else CPython's TypeError,
/// naming the assignment (`"__class__"` or `"__bases__"`).
pub fn check(old: &ObjRef, new: &ObjRef, attr: &str) -> PyResult<()> {
    // Classes are freed by the collector, `object` and the like are not (CPython's `tp_free`).
    if collected(old) != collected(new) {
        return Err(error::type_error(format!(
            "{attr} assignment: '{}' deallocator differs from '{}'",
            typeobj::type_name(new),
            typeobj::type_name(old)
        )));
    }
    let newbase = shared_root(new);
    let oldbase = shared_root(old);
    let same = newbase.is(&oldbase)
        || (tp_base(&newbase) == tp_base(&oldbase) && same_slots_added(&newbase, &oldbase));
    // The `__dict__` lives before the object (CPython's managed dict): the classes must agree on it.
    if same && has_dict(old) == has_dict(new) {
        return Ok(());
    }
    Err(error::type_error(format!(
        "{attr} assignment: '{}' object layout differs from '{}'",
        typeobj::type_name(new),
        typeobj::type_name(old)
    )))
}

/// The nearest ancestor (or `t` itself) whose layout `t` shares.
fn shared_root(t: &ObjRef) -> ObjRef {
    let mut t = t.clone();
    while let Some(b) = adds_nothing(&t) {
        t = b;
    }
    t
}

/// The base whose layout a class extends (CPython's `tp_base`).
fn tp_base(t: &ObjRef) -> Option<ObjRef> {
    tdata(t).base.borrow().clone()
}

/// `t`'s base when `t`'s instances are laid out exactly as the base's (CPython's
/// `compatible_with_tp_base`): a builtin type of its base's layout (`ValueError` and `Exception`), or
/// a class that adds nothing to its base (classes are always collected, so the base must be too).
fn adds_nothing(t: &ObjRef) -> Option<ObjRef> {
    let base = tp_base(t)?;
    let (c, p) = (tdata(t), tdata(&base));
    let same = if c.has(tflag::HEAPTYPE) {
        collected(&base)
            && c.slot_names.borrow().len() == p.slot_names.borrow().len()
            && has_dict(t) == has_dict(&base)
            && has_weakref(t) == has_weakref(&base)
    } else {
        c.layout == p.layout && has_dict(t) == has_dict(&base)
    };
    same.then_some(base)
}

/// Whether instances are tracked by CPython's cycle collector (`Py_TPFLAGS_HAVE_GC`): all classes, and
/// the builtin containers.
fn collected(t: &ObjRef) -> bool {
    let td = tdata(t);
    td.has(tflag::HEAPTYPE) || collected_layout(td.layout)
}

/// Builtin layouts whose instances the cycle collector tracks in CPython (`Py_TPFLAGS_HAVE_GC`).
fn collected_layout(k: Kind) -> bool {
    matches!(
        k,
        Kind::Tuple
            | Kind::List
            | Kind::Dict
            | Kind::Set
            | Kind::Type
            | Kind::Module
            | Kind::Exception
            | Kind::Function
    )
}

/// Two classes with one base add the same slots (CPython's `same_slots_added`).
fn same_slots_added(a: &ObjRef, b: &ObjRef) -> bool {
    let (ta, tb) = (tdata(a), tdata(b));
    if !ta.has(tflag::HEAPTYPE) || !tb.has(tflag::HEAPTYPE) {
        return false;
    }
    // A `__dict__` after variable-size items (an int's digits) is counted in the size that CPython
    // compares, which then never matches.
    if unmanaged_dict(a) || unmanaged_dict(b) {
        return false;
    }
    let inherited = tp_base(a).map_or(0, |base| tdata(&base).slot_names.borrow().len());
    let (sa, sb) = (ta.slot_names.borrow(), tb.slot_names.borrow());
    sa.get(inherited..) == sb.get(inherited..) && has_weakref(a) == has_weakref(b)
}

fn unmanaged_dict(t: &ObjRef) -> bool {
    has_dict(t) && matches!(tdata(t).layout, Kind::Int | Kind::Tuple | Kind::Bytes)
}

fn has_dict(t: &ObjRef) -> bool {
    tdata(t).has(tflag::HAS_DICT)
}

/// Whether instances take weak references: a `__weakref__` slot along the MRO, or a builtin layout
/// that has its own weak reference list (and no `__weakref__` attribute).
fn has_weakref(t: &ObjRef) -> bool {
    matches!(
        tdata(t).layout,
        Kind::Module | Kind::Set | Kind::Type | Kind::Function
    ) || typeobj::lookup_uncached(t, crate::interned!("__weakref__")).is_some()
}
