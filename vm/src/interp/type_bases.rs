//! A class's MRO and `cls.__bases__ = (...)` (CPython's `mro_invoke`, `mro_internal` and
//! `type_set_bases`). New bases are checked (classes, no inheritance cycle, an acceptable and
//! compatible instance layout); then the MROs of the class and of every subclass are recomputed,
//! through a metaclass's `mro()` when it has one. If one fails, the MROs already replaced and the
//! bases are restored. A custom `mro()` may itself assign `__bases__`: a computation whose class got a
//! newer MRO meanwhile is dropped, and the outer assignment then leaves the subclass lists alone.
use crate::heap::{ObjRef, Value, WeakHandle};
use crate::interp::error::{self, PyResult};
use crate::interp::ops::type_name_of;
use crate::interp::{call, protocols, typecall, Vm};
use crate::objects::typeobj::{self, lookup, tdata};
use crate::objects::{layout_compat, str as pystr, tuple, types};

/// `cls.__bases__ = value`.
pub fn set_bases(vm: &mut Vm, cls: &ObjRef, value: Value) -> PyResult<()> {
    let Some(items) = tuple::as_tuple(&value) else {
        return Err(error::type_error(format!(
            "can only assign tuple to {}.__bases__, not {}",
            typeobj::type_name(cls),
            type_name_of(&value)
        )));
    };
    if items.is_empty() {
        return Err(error::type_error(format!(
            "can only assign non-empty tuple to {}.__bases__, not ()",
            typeobj::type_name(cls)
        )));
    }
    let mut bases = Vec::with_capacity(items.len());
    for b in items {
        let Some(o) = typeobj::as_type(b) else {
            return Err(error::type_error(format!(
                "{}.__bases__ must be tuple of classes, not '{}'",
                typeobj::type_name(cls),
                type_name_of(b)
            )));
        };
        // A custom `mro()` re-entering here sees MROs not yet updated, but the layout bases already
        // assigned: a cycle through either is refused.
        if typeobj::is_subtype(o, cls) || base_chain_reaches(o, cls) {
            return Err(error::type_error(
                "a __bases__ item causes an inheritance cycle",
            ));
        }
        bases.push(o.clone());
    }
    let new_base = typecall::best_base(&bases)?;
    let td = tdata(cls);
    if let Some(old_base) = td.base.borrow().clone() {
        layout_compat::check(&old_base, &new_base, "__bases__")?;
    }
    let old_bases = td.bases.replace(bases.clone());
    let old_base = td.base.replace(Some(new_base));
    let mut changed = Vec::new();
    let res = mro_hierarchy(vm, cls, &mut changed);
    if let Err(e) = res {
        for (c, new_mro, old_mro) in changed.into_iter().rev() {
            // A class given a newer MRO by a re-entrant assignment keeps it.
            let ctd = tdata(&c);
            if *ctd.mro.borrow() == new_mro {
                *ctd.mro.borrow_mut() = old_mro;
            }
        }
        if *td.bases.borrow() == bases {
            *td.bases.borrow_mut() = old_bases;
            *td.base.borrow_mut() = old_base;
        }
        typeobj::invalidate_caches();
        return Err(e);
    }
    if *td.bases.borrow() == bases {
        for b in &old_bases {
            remove_subclass(b, cls);
        }
        for b in &bases {
            add_subclass(b, cls);
        }
        crate::interp::type_flags::refresh(cls);
    }
    typeobj::invalidate_caches();
    Ok(())
}

/// Whether `cls` is reached from `t` along the layout bases (`__base__` chain).
fn base_chain_reaches(t: &ObjRef, cls: &ObjRef) -> bool {
    let mut cur = Some(t.clone());
    while let Some(c) = cur {
        if c.is(cls) {
            return true;
        }
        cur = tdata(&c).base.borrow().clone();
    }
    false
}

/// Records `sub` among `base.__subclasses__()` once (a re-entrant assignment may have recorded it).
pub fn add_subclass(base: &ObjRef, sub: &ObjRef) {
    let mut subs = tdata(base).subclasses.borrow_mut();
    if !subs.iter().any(|w| w.is_alive() && w.addr() == sub.addr()) {
        subs.push(WeakHandle::new(sub));
    }
}

/// Records a new class among `base.__subclasses__()` when nothing can have recorded it yet (no custom
/// `mro()` ran): no search of a list that, for `object`, holds every class.
pub fn push_subclass(base: &ObjRef, sub: &ObjRef) {
    tdata(base)
        .subclasses
        .borrow_mut()
        .push(WeakHandle::new(sub));
}

/// Whether classes of metaclass `meta` get their MRO from a Python `mro()` (not `type.mro`).
pub fn has_custom_mro(meta: &ObjRef) -> bool {
    if meta.is(&types().type_) {
        return false;
    }
    let own = tdata(&types().type_).dict.get_rs("mro");
    match (lookup(meta, &pystr::intern("mro")), own) {
        (Some(m), Some(own)) => m.bits() != own.bits(),
        _ => true,
    }
}

fn remove_subclass(base: &ObjRef, sub: &ObjRef) {
    tdata(base)
        .subclasses
        .borrow_mut()
        .retain(|w| !(w.is_alive() && w.addr() == sub.addr()));
}

/// The live subclasses of `t`, in the order they were added.
pub fn subclasses(t: &ObjRef) -> Vec<ObjRef> {
    tdata(t)
        .subclasses
        .borrow()
        .iter()
        .filter_map(|w| w.upgrade())
        .collect()
}

/// A new MRO for `cls` and, depth first, for its subclasses; each one replaced is recorded in `changed`
/// as (class, new MRO, old MRO). A class whose MRO a re-entrant call replaced is left (with its
/// subclasses) as that call made it. A class seen twice (a cycle through the subclass lists that a
/// re-entrant assignment left) is done once.
fn mro_hierarchy(
    vm: &mut Vm,
    cls: &ObjRef,
    changed: &mut Vec<(ObjRef, Vec<ObjRef>, Vec<ObjRef>)>,
) -> PyResult<()> {
    let mut stack = vec![cls.clone()];
    let mut seen = std::collections::HashSet::new();
    while let Some(c) = stack.pop() {
        if !seen.insert(c.addr()) {
            continue;
        }
        let Some(old) = mro_internal(vm, &c)? else {
            continue;
        };
        let new = tdata(&c).mro.borrow().clone();
        changed.push((c.clone(), new, old));
        let subs = subclasses(&c);
        stack.extend(subs.into_iter().rev());
    }
    Ok(())
}

/// Computes and installs `cls`'s MRO; `Some(old MRO)` when installed, `None` when a re-entrant call
/// installed a newer one meanwhile (CPython's `mro_internal`).
pub fn mro_internal(vm: &mut Vm, cls: &ObjRef) -> PyResult<Option<Vec<ObjRef>>> {
    let old = tdata(cls).mro.borrow().clone();
    let new = mro_invoke(vm, cls)?;
    if *tdata(cls).mro.borrow() != old {
        return Ok(None);
    }
    *tdata(cls).mro.borrow_mut() = new;
    typeobj::invalidate_caches();
    Ok(Some(old))
}

/// The MRO that `cls` gets: `type.mro(cls)`, or the metaclass's `mro()` (checked) for a class whose
/// metaclass is not `type` itself.
fn mro_invoke(vm: &mut Vm, cls: &ObjRef) -> PyResult<Vec<ObjRef>> {
    let meta = cls.ty().clone();
    // A metaclass that inherits `type.mro` (`abc.ABCMeta`) gets its result without a call.
    if !has_custom_mro(&meta) {
        return mro_implementation(cls);
    }
    let this = Value::obj(cls.clone());
    let Some(m) = lookup(&meta, &pystr::intern("mro")) else {
        return Err(error::attribute_error("mro"));
    };
    let r = if call::is_plain_method(&m) {
        call::call_value(vm, &m, vec![this])?
    } else {
        let bound = call::bind_special(vm, &m, &this)?;
        call::call_value(vm, &bound, Vec::new())?
    };
    let items = protocols::iterate(vm, &r)?;
    if items.is_empty() {
        return Err(error::type_error("type MRO must not be empty"));
    }
    let solid = typecall::layout_root(cls);
    let mut mro = Vec::with_capacity(items.len());
    for v in &items {
        let Some(t) = typeobj::as_type(v) else {
            return Err(error::type_error(format!(
                "mro() returned a non-class ('{}')",
                type_name_of(v)
            )));
        };
        if !typeobj::is_subtype(&solid, &typecall::layout_root(t)) {
            return Err(error::type_error(format!(
                "mro() returned base with unsuitable layout ('{}')",
                typeobj::type_name(t)
            )));
        }
        mro.push(t.clone());
    }
    Ok(mro)
}

/// `type.mro(cls)`: the C3 linearisation of the bases, each of which must have its own MRO already.
pub fn mro_implementation(cls: &ObjRef) -> PyResult<Vec<ObjRef>> {
    let bases = tdata(cls).bases.borrow().clone();
    for b in &bases {
        if tdata(b).mro.borrow().is_empty() {
            return Err(error::type_error(format!(
                "Cannot extend an incomplete type '{}'",
                typeobj::type_name(b)
            )));
        }
    }
    typeobj::compute_mro(cls, &bases).map_err(error::type_error)
}
