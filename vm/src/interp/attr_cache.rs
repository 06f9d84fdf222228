//! Inline caches of instance attributes: for one `LoadAttr`, the type and map that its last plain
//! instance attribute came from and where in the slot area the value sits; for one `StoreAttr`, the same
//! plus the map the store leaves the instance in (a new attribute moves it to a child map, as `__init__`
//! does); for one `LoadMethod`, the type and map of its last receiver and the method found on the type. A
//! hit skips the type lookup and the map search.
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

/// One instruction's cache (32 bytes).
pub struct AttrCache {
    /// The type's address in the low 48 bits and the map id in the high 16 (0: empty).
    key: Cell<u64>,
    /// The low bits of the type epoch when the entry was filled.
    epoch: Cell<u32>,
    /// `LoadAttr`, `StoreAttr`: the value's index in the slot area.
    index: Cell<u32>,
    /// `StoreAttr`: the instance's map after the store.
    to_map: Cell<u32>,
    /// `LoadMethod`: the function found on the type (NULL until filled).
    method: Cell<Value>,
}

impl Default for AttrCache {
    fn default() -> Self {
        AttrCache {
            key: Cell::new(0),
            epoch: Cell::new(0),
            index: Cell::new(0),
            to_map: Cell::new(0),
            method: Cell::new(Value::NULL),
        }
    }
}

/// The key for an instance of `ty` in map `map`, when the map id fits.
#[inline]
fn key_of(ty: &ObjRef, map: u32) -> Option<u64> {
    (map < NO_AREA).then(|| ty.addr() as u64 | (map as u64) << 48)
}

/// The map part of the key of a builtin object without an attribute area (a list, a str, ...).
const NO_AREA: u32 = 0xFFFF;

/// The key of `LoadMethod`'s receiver: its type and map, or its type alone for the builtin kinds whose
/// attributes all come from the type.
#[inline]
fn method_key(o: &ObjRef) -> Option<u64> {
    match o.attrs() {
        Some(area) => key_of(o.ty(), area.map.get()),
        None => matches!(
            o.kind(),
            Kind::Str
                | Kind::List
                | Kind::Tuple
                | Kind::Dict
                | Kind::Set
                | Kind::Bytes
                | Kind::ByteArray
                | Kind::Int
                | Kind::Float
                | Kind::Complex
                | Kind::Iter
                | Kind::Generator
                | Kind::Range
                | Kind::DictView
        )
        .then(|| o.ty().addr() as u64 | (NO_AREA as u64) << 48),
    }
}

impl AttrCache {
    /// `obj.name` for a plain instance attribute, through and into this cache; `None` when the general
    /// path must run (no attribute area, dict mode, descriptors, `__getattribute__`, absent).
    #[inline(always)]
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

    /// `obj.name = value` for a plain instance attribute (existing, or new with room in the slot area),
    /// through and into this cache; gives `value` back when the general path must run (`__setattr__`, data
    /// descriptors, dict mode, no room).
    #[inline]
    pub fn store(&self, obj: &Value, name: &ObjRef, value: Value) -> Result<(), Value> {
        let Some(o) = obj.as_obj() else {
            return Err(value);
        };
        if o.kind() != Kind::Object {
            return Err(value);
        }
        let Some(area) = o.attrs() else {
            return Err(value);
        };
        let Some(key) = key_of(o.ty(), area.map.get()) else {
            return Err(value);
        };
        let epoch = typeobj::epoch() as u32;
        if self.key.get() == key && self.epoch.get() == epoch {
            // Same type and map: the same layout, so the slot is the attribute's (or the free one after the
            // map's last attribute, for a new one) when this instance has it.
            if let Some(cell) = area.slots(o).get(self.index.get() as usize) {
                area.map.set(self.to_map.get());
                let old = cell.replace(value);
                drop(old);
                return Ok(());
            }
        }
        self.fill_store(o, name, value, key, epoch)
    }

    #[cold]
    fn fill_store(
        &self,
        o: &ObjRef,
        name: &ObjRef,
        value: Value,
        key: u64,
        epoch: u32,
    ) -> Result<(), Value> {
        let ty = o.ty();
        let t = tdata(ty);
        if t.has(tflag::CUSTOM_SETATTR)
            || !t.has(tflag::HAS_DICT)
            || lookup(ty, name).is_some_and(|d| is_data_descriptor(&d))
        {
            return Err(value);
        }
        if !crate::objects::instance::set(o, name, value.clone()) {
            return Err(value);
        }
        let Some(area) = o.attrs() else {
            return Ok(());
        };
        let to_map = area.map.get();
        if to_map == DICT_MODE {
            return Ok(());
        }
        if let Some(index) =
            crate::objects::instance::slot_index(o, name).and_then(|i| u32::try_from(i).ok())
        {
            self.key.set(key);
            self.epoch.set(epoch);
            self.index.set(index);
            self.to_map.set(to_map);
        }
        Ok(())
    }

    /// The method `name` of `obj` for `LoadMethod` when `obj` is a plain instance that does not shadow it
    /// (the caller pushes `[method, obj]`); `None` when the general path must run.
    #[inline]
    pub fn load_method(&self, obj: &Value, name: &ObjRef) -> Option<Value> {
        let o = obj.as_obj()?;
        let key = method_key(o)?;
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
        if tdata(ty).has(tflag::CUSTOM_GETATTRIBUTE)
            || o.attrs().is_some_and(|a| a.map.get() == DICT_MODE)
        {
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
