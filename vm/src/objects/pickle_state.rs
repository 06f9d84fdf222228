//! How an unpickler fills in an object it made, shared by `_pickle` and `weft.checkpoint`: pickle's
//! APPENDS (`extend_items`), ADDITEMS (`add_items`) and BUILD (`build`).
use crate::heap::Value;
use crate::interp::error::{self, PyErr, PyResult};
use crate::interp::ops::{a_type, type_name_of};
use crate::interp::{attr, call, protocols, Vm};
use crate::objects::{dict, list, set, str as pystr, tuple, typeobj, types};

/// APPENDS: an exact list is extended in place, anything else through its `extend` (or `append`).
pub fn extend_items(vm: &mut Vm, target: &Value, items: Vec<Value>) -> PyResult<()> {
    if target.as_obj().is_some_and(|o| o.ty().is(&types().list)) {
        if let Some(l) = list::as_list(target) {
            l.items.borrow_mut().extend(items);
        }
        return Ok(());
    }
    if let Some(extend) = attr::getattr_opt(vm, target, "extend")? {
        call::call_value(vm, &extend, vec![list::new_list(items)])?;
        return Ok(());
    }
    let append = attr::getattr(vm, target, "append")?;
    for x in items {
        call::call_value(vm, &append, vec![x])?;
    }
    Ok(())
}

/// ADDITEMS: a set (or subclass) gets the items directly, anything else through its `add`.
pub fn add_items(vm: &mut Vm, target: &Value, items: Vec<Value>) -> PyResult<()> {
    let t = types();
    let ty = a_type(target);
    if ty.is(&t.set) || typeobj::is_subtype(&ty, &t.set) {
        if let Some(s) = set::as_set(target) {
            for x in items {
                s.add(vm, x)?;
            }
            return Ok(());
        }
    }
    let add = attr::getattr(vm, target, "add")?;
    for x in items {
        call::call_value(vm, &add, vec![x])?;
    }
    Ok(())
}

/// BUILD: `inst.__setstate__(state)`, else a dict state into `inst.__dict__` (keys interned) and a
/// slot state (`(state, slots)`) through `setattr`. A state of the wrong shape is `bad(what)`.
pub fn build(vm: &mut Vm, inst: &Value, state: Value, bad: impl Fn(&str) -> PyErr) -> PyResult<()> {
    if let Some(setstate) = attr::getattr_opt(vm, inst, "__setstate__")? {
        call::call_value(vm, &setstate, vec![state])?;
        return Ok(());
    }
    let (state, slotstate) = match tuple::as_tuple(&state) {
        Some([s, slots]) => (s.clone(), Some(slots.clone())),
        _ => (state, None),
    };
    if !state.is_none() {
        let Some(d) = dict::as_dict(&state) else {
            return Err(bad("state is not a dictionary"));
        };
        let items = d.items();
        let target = attr::getattr(vm, inst, "__dict__")?;
        for (k, v) in items {
            let k = match k.as_obj() {
                Some(o) if o.ty().is(&types().str) => Value::obj(pystr::intern_obj(o)),
                _ => k,
            };
            match dict::as_dict(&target) {
                Some(td) => td.set(vm, k, v)?,
                None => protocols::setitem_call(vm, target.clone(), k, v)?,
            }
        }
    }
    if let Some(slots) = slotstate {
        let Some(d) = dict::as_dict(&slots) else {
            return Err(bad("slot state is not a dictionary"));
        };
        for (k, v) in d.items() {
            let Some(name) = pystr::as_str(&k).map(str::to_string) else {
                return Err(error::type_error(format!(
                    "attribute name must be string, not '{}'",
                    type_name_of(&k)
                )));
            };
            attr::setattr(vm, inst, &name, v)?;
        }
    }
    Ok(())
}
