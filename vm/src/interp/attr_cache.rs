//! Inline caches of instance attribute loads: for one `LoadAttr`, the type and map that its last plain
//! instance attribute came from and where in the slot area the value sits; for one `LoadMethod`, the type
//! and map of its last receiver and the method found on the type. A hit skips the type lookup and the map
//! search.
//!
//! A cache entry stays valid as long as its key does: the object's type (so `__class__` assignment
//! misses), the object's map (adding or deleting attributes, or moving to dict mode, changes it) and the
//! type epoch (`typeobj::epoch`), which every change to any type's namespace or bases bumps, so a data
//! descriptor or `__getattribute__` appearing later makes every entry miss.
use crate::heap::{Kind, ObjRef, Value};
use crate::interp::attr::is_data_descriptor;
use crate::objects::builtin::{Builtin, BuiltinKind};
use crate::objects::typeobj::{self, lookup, tdata, tflag, DICT_MODE};
use std::cell::Cell;

/// One instruction's cache (24 bytes).
pub struct AttrCache {
    /// The type's address in the low 48 bits and the map id in the high 16 (0: empty).
    key: Cell<u64>,
    /// The low bits of the type epoch when the entry was filled.
    epoch: Cell<u32>,
    /// `LoadAttr`: the value's index in the slot area.
    index: Cell<u32>,
    /// `LoadMethod`: the function found on the type (NULL until filled).
    method: Cell<Value>,
}

impl Default for AttrCache {
    fn default() -> Self {
        AttrCache {
            key: Cell::new(0),
            epoch: Cell::new(0),
            index: Cell::new(0),
            method: Cell::new(Value::NULL),
        }
    }
}

/// The key for an instance of `ty` in map `map`, when the map id fits.
#[inline]
fn key_of(ty: &ObjRef, map: u32) -> Option<u64> {
    (map < 1 << 16).then(|| ty.addr() as u64 | (map as u64) << 48)
}

impl AttrCache {
    /// `obj.name` for a plain instance attribute, through and into this cache; `None` when the general
    /// path must run (no attribute area, dict mode, descriptors, `__getattribute__`, absent).
    #[inline]
    pub fn load(&self, obj: &Value, name: &ObjRef) -> Option<Value> {
        let o = obj.as_obj()?;
        if o.kind() != Kind::Object {
            return None;
        }
        let area = o.attrs()?;
        let key = key_of(o.ty(), area.map.get())?;
        let epoch = typeobj::epoch() as u32;
        if self.key.get() == key && self.epoch.get() == epoch {
            let cell = area.slots(o).get(self.index.get() as usize)?;
            let v = cell.take();
            let r = v.clone();
            cell.set(v);
            if !r.is_null() {
                return Some(r);
            }
        }
        self.fill(o, name, key, epoch)
    }

    #[cold]
    fn fill(&self, o: &ObjRef, name: &ObjRef, key: u64, epoch: u32) -> Option<Value> {
        // Not an instance attribute (a class attribute, say): leave at once, before the type lookup that
        // the general path makes anyway.
        let index = crate::objects::instance::slot_index(o, name)?;
        let ty = o.ty();
        if tdata(ty).has(tflag::CUSTOM_GETATTRIBUTE)
            || lookup(ty, name).is_some_and(|d| is_data_descriptor(&d))
        {
            return None;
        }
        let v = crate::objects::instance::get(o, name)?;
        self.key.set(key);
        self.epoch.set(epoch);
        self.index.set(u32::try_from(index).ok()?);
        Some(v)
    }

    /// The method `name` of `obj` for `LoadMethod` when `obj` is a plain instance that does not shadow it
    /// (the caller pushes `[method, obj]`); `None` when the general path must run.
    #[inline]
    pub fn load_method(&self, obj: &Value, name: &ObjRef) -> Option<Value> {
        let o = obj.as_obj()?;
        if o.kind() != Kind::Object {
            return None;
        }
        let key = key_of(o.ty(), o.attrs()?.map.get())?;
        let epoch = typeobj::epoch() as u32;
        if self.key.get() == key && self.epoch.get() == epoch {
            let m = self.method.take();
            let r = m.clone();
            self.method.set(m);
            if !r.is_null() {
                return Some(r);
            }
        }
        self.fill_method(o, name, key, epoch)
    }

    #[cold]
    fn fill_method(&self, o: &ObjRef, name: &ObjRef, key: u64, epoch: u32) -> Option<Value> {
        let ty = o.ty();
        if tdata(ty).has(tflag::CUSTOM_GETATTRIBUTE) || o.attrs()?.map.get() == DICT_MODE {
            return None;
        }
        let d = lookup(ty, name)?;
        let is_method = match d.as_obj() {
            Some(f) if f.kind() == Kind::Function => true,
            Some(f) if f.kind() == Kind::Builtin => f
                .downcast::<Builtin>()
                .is_some_and(|b| b.kind == BuiltinKind::Method),
            _ => false,
        };
        if !is_method || crate::objects::instance::slot_index(o, name).is_some() {
            return None;
        }
        self.key.set(key);
        self.epoch.set(epoch);
        // The old method is dropped after the store.
        let old = self.method.replace(d.clone());
        drop(old);
        Some(d)
    }
}
