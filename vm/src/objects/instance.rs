//! Instance attributes stored in the attribute area through hidden-class maps (DESIGN.md "Objects and
//! memory"): instances of a class that set the same attributes in the same order share one map and keep
//! their values in inline slots. Too many attributes, or asking for `__dict__`, moves an instance to dict
//! mode: slot 0 then holds a real dict.
use crate::heap::{ObjRef, Value};
use crate::objects::dict::Dict;
use crate::objects::str::Str;
use crate::objects::typeobj::{tdata, tflag, Map, DICT_MODE};

/// The attribute `name` (an interned str) of `obj`'s map or dict.
#[inline]
pub fn get(obj: &ObjRef, name: &ObjRef) -> Option<Value> {
    let area = obj.attrs()?;
    let map = area.map.get();
    let slots = area.slots(obj);
    if map == DICT_MODE {
        let d = slots.get(dict_slot(obj))?;
        let dv = d.take();
        let r = dv
            .as_obj()
            .and_then(|o| o.downcast::<Dict>())
            .and_then(|dd| dd.get_str(name));
        d.set(dv);
        return r;
    }
    let t = tdata(obj.ty());
    let nslots = t.slot_names.borrow().len();
    let maps = t.maps.borrow();
    let m = maps.maps.get(map as usize)?;
    let idx = index_in(m, name)?;
    let cell = slots.get(nslots + idx)?;
    let v = cell.take();
    let r = v.clone();
    cell.set(v);
    if r.is_null() {
        None
    } else {
        Some(r)
    }
}

/// How many distinct attributes the `__init__` methods defined along `t`'s MRO store on `self`
/// (`LoadFast 0; StoreAttr name`): the expected size of an instance.
pub fn init_attr_estimate(t: &crate::objects::typeobj::TypeData) -> usize {
    use crate::compiler::bytecode::Instr;
    let init = crate::objects::str::intern("__init__");
    let mut names: Vec<ObjRef> = Vec::new();
    for cls in t.mro.borrow().iter() {
        let Some(f) = tdata(cls).dict.get_str(&init) else {
            continue;
        };
        let Some(func) = f
            .as_obj()
            .and_then(|o| o.downcast::<crate::objects::function::Function>())
        else {
            continue;
        };
        let code_obj = func.code.borrow().clone();
        let Some(code) = code_obj.downcast::<crate::objects::code::Code>() else {
            continue;
        };
        for w in code.instrs.windows(2) {
            if let [Instr::LoadFast(0), Instr::StoreAttr(n)] = w {
                if let Some(name) = code.names.get(*n as usize) {
                    if !names.iter().any(|x| x.is(name)) {
                        names.push(name.clone());
                    }
                }
            }
        }
    }
    names.len()
}

/// The index in `obj`'s slot area of its map attribute `name` (not in dict mode), for inline caches.
pub fn slot_index(obj: &ObjRef, name: &ObjRef) -> Option<usize> {
    let map = obj.attrs()?.map.get();
    if map == DICT_MODE {
        return None;
    }
    let t = tdata(obj.ty());
    let nslots = t.slot_names.borrow().len();
    let maps = t.maps.borrow();
    Some(nslots + index_in(maps.maps.get(map as usize)?, name)?)
}

fn index_in(m: &Map, name: &ObjRef) -> Option<usize> {
    if let Some(i) = m.names.iter().position(|n| n.is(name)) {
        return Some(i);
    }
    // Map names are interned: an interned name that is not among them is absent.
    if crate::objects::str::is_interned(name) {
        return None;
    }
    let s = name.downcast::<Str>()?;
    m.names
        .iter()
        .position(|n| n.downcast::<Str>().is_some_and(|x| x.text_eq(s)))
}

/// Sets attribute `name`; false when `obj` has no attribute area (no `__dict__`).
pub fn set(obj: &ObjRef, name: &ObjRef, value: Value) -> bool {
    let Some(area) = obj.attrs() else {
        return false;
    };
    let map = area.map.get();
    let slots = area.slots(obj);
    if map == DICT_MODE {
        if let Some(d) = slots.get(dict_slot(obj)) {
            let dv = d.take();
            if let Some(dd) = dv.as_obj().and_then(|o| o.downcast::<Dict>()) {
                dd.set_str(name, value);
            }
            d.set(dv);
        }
        return true;
    }
    let ty = obj.ty().clone();
    let t = tdata(&ty);
    if !t.has(tflag::HAS_DICT) {
        // Only `__slots__` members: no room for other attributes.
        return false;
    }
    let nslots = t.slot_names.borrow().len();
    let name = crate::objects::str::intern_obj(name);
    let (existing, child) = {
        let maps = t.maps.borrow();
        let Some(m) = maps.maps.get(map as usize) else {
            return false;
        };
        match index_in(m, &name) {
            Some(i) => (Some(i), None),
            None => (
                None,
                m.children
                    .iter()
                    .find(|(n, _)| n.is(&name))
                    .map(|(_, c)| *c),
            ),
        }
    };
    if let Some(i) = existing {
        if let Some(cell) = slots.get(nslots + i) {
            let old = cell.replace(value);
            drop(old);
            return true;
        }
    }
    let child = match child {
        Some(c) => c,
        None => {
            let mut maps = t.maps.borrow_mut();
            let mut names = maps.maps[map as usize].names.clone();
            names.push(name.clone());
            let id = maps.maps.len() as u32;
            maps.maps.push(Map {
                names,
                children: Vec::new(),
            });
            maps.maps[map as usize].children.push((name.clone(), id));
            id
        }
    };
    let new_len = t.maps.borrow().maps[child as usize].names.len();
    if nslots + new_len <= slots.len() {
        area.map.set(child);
        let old = slots[nslots + new_len - 1].replace(value);
        drop(old);
        if new_len as u16 > t.attr_hint.get() {
            t.attr_hint.set((new_len as u16).min(64));
        }
        return true;
    }
    // Out of inline room: move to dict mode.
    let d = to_dict_mode(obj);
    if let Some(dd) = d.downcast::<Dict>() {
        dd.set_str(&name, value);
    }
    if new_len as u16 > t.attr_hint.get() {
        t.attr_hint.set((new_len as u16).min(64));
    }
    true
}

/// Deletes attribute `name`; false when absent.
pub fn delete(obj: &ObjRef, name: &ObjRef) -> bool {
    if get(obj, name).is_none() {
        return false;
    }
    let d = to_dict_mode(obj);
    let r = d.downcast::<Dict>().and_then(|dd| dd.del_str(name));
    r.is_some()
}

/// The instance's `__dict__` (switching it to dict mode), or None when it has no attribute area.
/// The dict of an instance whose attributes already live in one (dict mode), without making one.
pub fn dict_in_use(obj: &ObjRef) -> Option<ObjRef> {
    let area = obj.attrs()?;
    if area.map.get() != DICT_MODE {
        return None;
    }
    let d = area.slots(obj).get(dict_slot(obj))?;
    let dv = d.take();
    let r = dv.as_obj().cloned();
    d.set(dv);
    r
}

pub fn dict_of(obj: &ObjRef) -> Option<ObjRef> {
    obj.attrs()?;
    if !tdata(obj.ty()).has(tflag::HAS_DICT) {
        return None;
    }
    Some(to_dict_mode(obj))
}

fn to_dict_mode(obj: &ObjRef) -> ObjRef {
    let area = obj.attrs().expect("callers checked the area exists");
    let slots = area.slots(obj);
    if area.map.get() == DICT_MODE {
        if let Some(cell) = slots.get(dict_slot(obj)) {
            let v = cell.take();
            let o = v.as_obj().cloned();
            cell.set(v);
            if let Some(o) = o {
                return o;
            }
        }
    }
    let t = tdata(obj.ty());
    let nslots = t.slot_names.borrow().len();
    let d = crate::objects::dict::new_dict();
    {
        let maps = t.maps.borrow();
        if let (Some(m), Some(dd)) = (maps.maps.get(area.map.get() as usize), d.downcast::<Dict>())
        {
            for (i, n) in m.names.iter().enumerate() {
                if let Some(cell) = slots.get(nslots + i) {
                    let v = cell.take();
                    if !v.is_null() {
                        dd.set_str(n, v);
                    }
                }
            }
        }
    }
    let idx = dict_slot(obj);
    if let Some(c) = slots.get(idx) {
        let old = c.replace(Value::obj(d.clone()));
        drop(old);
    }
    area.map.set(DICT_MODE);
    d
}

/// The instance's `__dict__` items as keys and values, alternating (from its map, or its dict in
/// dict mode), in insertion order, without moving it to dict mode as [`dict_of`] does: checkpoints
/// read every instance this way, and a dict per instance would double the memory of the
/// computation they save. None when the type has no `__dict__`.
pub fn attr_items(obj: &ObjRef) -> Option<Vec<Value>> {
    let area = obj.attrs()?;
    let t = tdata(obj.ty());
    if !t.has(tflag::HAS_DICT) {
        return None;
    }
    let slots = area.slots(obj);
    if area.map.get() == DICT_MODE {
        let cell = slots.get(dict_slot(obj))?;
        let dv = cell.take();
        let items = dv.as_obj().and_then(|o| o.downcast::<Dict>()).map(|d| {
            let mut out = Vec::with_capacity(d.len() * 2);
            d.for_each(|k, v| {
                out.push(k.clone());
                out.push(v.clone());
            });
            out
        });
        cell.set(dv);
        return items;
    }
    let nslots = t.slot_names.borrow().len();
    let maps = t.maps.borrow();
    let m = maps.maps.get(area.map.get() as usize)?;
    let mut out = Vec::with_capacity(m.names.len() * 2);
    for (i, n) in m.names.iter().enumerate() {
        if let Some(cell) = slots.get(nslots + i) {
            let v = cell.take();
            if !v.is_null() {
                out.push(Value::obj(n.clone()));
                out.push(v.clone());
            }
            cell.set(v);
        }
    }
    Some(out)
}

/// Replaces the instance's `__dict__` (`obj.__dict__ = d`).
pub fn set_dict(obj: &ObjRef, d: ObjRef) -> bool {
    let Some(area) = obj.attrs() else {
        return false;
    };
    if !tdata(obj.ty()).has(tflag::HAS_DICT) {
        return false;
    }
    let _ = to_dict_mode(obj);
    let slots = area.slots(obj);
    let idx = dict_slot(obj);
    if let Some(c) = slots.get(idx) {
        let old = c.replace(Value::obj(d));
        drop(old);
    }
    true
}

/// The value of `__slots__` member `i`, NULL when unset.
pub fn slot_get(obj: &ObjRef, i: usize) -> Value {
    match obj.attrs().and_then(|a| a.slots(obj).get(i)) {
        Some(c) => {
            let v = c.take();
            let r = v.clone();
            c.set(v);
            r
        }
        None => Value::NULL,
    }
}

pub fn slot_set(obj: &ObjRef, i: usize, v: Value) -> bool {
    match obj.attrs().and_then(|a| a.slots(obj).get(i)) {
        Some(c) => {
            let old = c.replace(v);
            drop(old);
            true
        }
        None => false,
    }
}

/// The slot holding the dict in dict mode: the first one after the `__slots__` members (allocation always
/// reserves it for types with a `__dict__`).
fn dict_slot(obj: &ObjRef) -> usize {
    tdata(obj.ty()).slot_names.borrow().len()
}
