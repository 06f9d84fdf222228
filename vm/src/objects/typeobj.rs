//! `type`: type objects, the MRO, attribute lookup through it with a global method cache, and instance layout.
use crate::heap::{Kind, ObjRef, Payload, Value};
use crate::objects::dict::Dict;
use crate::objects::str::Str;
use std::cell::{Cell, RefCell};

/// Type flags.
pub mod tflag {
    /// Created by a class statement or `type(...)` (attributes settable, instances may have `__dict__`).
    pub const HEAPTYPE: u32 = 1;
    /// May be subclassed.
    pub const BASETYPE: u32 = 2;
    /// Instances have an attribute area (a `__dict__`).
    pub const HAS_DICT: u32 = 4;
    /// Defines or inherits `__del__`.
    pub const HAS_DEL: u32 = 8;
    /// Overrides `__getattribute__` (not `object`'s).
    pub const CUSTOM_GETATTRIBUTE: u32 = 16;
    /// Defines or inherits a Python-level `__getattr__`.
    pub const HAS_GETATTR: u32 = 32;
    /// Overrides `__setattr__` or `__delattr__`.
    pub const CUSTOM_SETATTR: u32 = 64;
    /// Is `BaseException` or a subclass.
    pub const EXCEPTION: u32 = 128;
    /// Abstract methods pending (`__abstractmethods__` non-empty).
    pub const ABSTRACT: u32 = 256;
    /// `int` or a subclass, `str` or subclass, ... fast checks for common bases.
    pub const INT_SUBCLASS: u32 = 1 << 10;
    pub const STR_SUBCLASS: u32 = 1 << 11;
    pub const TUPLE_SUBCLASS: u32 = 1 << 12;
    pub const LIST_SUBCLASS: u32 = 1 << 13;
    pub const DICT_SUBCLASS: u32 = 1 << 14;
    pub const TYPE_SUBCLASS: u32 = 1 << 15;
    /// Defines `__hash__ = None`, or `__eq__` without `__hash__`.
    pub const UNHASHABLE: u32 = 1 << 16;
    /// Is a generic user class whose special methods must be looked up (not a builtin's fast path).
    pub const USER_SPECIALS: u32 = 1 << 17;
}

/// Hidden classes for instances: each map is an ordered list of attribute names; adding an attribute moves
/// an instance to the child map. Map 0 is the empty map; `DICT_MODE` marks an instance whose attributes live
/// in a real dict held in slot 0.
pub struct Maps {
    pub maps: Vec<Map>,
}

pub const DICT_MODE: u32 = u32::MAX;

pub struct Map {
    /// Interned attribute names, in slot order.
    pub names: Vec<ObjRef>,
    /// (name, child map id) transitions.
    pub children: Vec<(ObjRef, u32)>,
}

/// The payload of type objects.
pub struct TypeData {
    pub name: RefCell<String>,
    pub qualname: RefCell<String>,
    pub bases: RefCell<Vec<ObjRef>>,
    pub mro: RefCell<Vec<ObjRef>>,
    /// The solid base (`__base__`): the nearest base whose instance layout this type extends.
    pub base: RefCell<Option<ObjRef>>,
    /// The type's namespace, held inline (`__dict__` is a mappingproxy over it).
    pub dict: Dict,
    pub flags: Cell<u32>,
    /// Payload kind of instances.
    pub layout: Kind,
    /// Names of `__slots__` members (each gets a fixed attribute slot, before map slots).
    pub slot_names: RefCell<Vec<ObjRef>>,
    pub maps: RefCell<Maps>,
    /// Inline attribute capacity given to new instances (learnt from the instances seen).
    pub attr_hint: Cell<u16>,
    pub instances_made: Cell<u32>,
    /// Weakly held subclasses (addresses), for `__subclasses__`.
    pub subclasses: RefCell<Vec<crate::heap::WeakHandle>>,
    pub doc: RefCell<Option<String>>,
}

impl Payload for TypeData {
    const KIND: Kind = Kind::Type;
}

impl TypeData {
    pub fn new(name: &str, layout: Kind, flags: u32) -> TypeData {
        TypeData {
            name: RefCell::new(name.to_string()),
            qualname: RefCell::new(name.to_string()),
            bases: RefCell::new(Vec::new()),
            mro: RefCell::new(Vec::new()),
            base: RefCell::new(None),
            dict: Dict::default(),
            flags: Cell::new(flags),
            layout,
            slot_names: RefCell::new(Vec::new()),
            maps: RefCell::new(Maps { maps: vec![Map { names: Vec::new(), children: Vec::new() }] }),
            attr_hint: Cell::new(6),
            instances_made: Cell::new(0),
            subclasses: RefCell::new(Vec::new()),
            doc: RefCell::new(None),
        }
    }

    pub fn has(&self, f: u32) -> bool {
        self.flags.get() & f != 0
    }
    pub fn set(&self, f: u32, on: bool) {
        let v = self.flags.get();
        self.flags.set(if on { v | f } else { v & !f });
    }
}

/// The `TypeData` of a type object. Panics are impossible for callers that pass `obj.ty()`; for arbitrary
/// values use `as_type`.
#[inline]
pub fn tdata(ty: &ObjRef) -> &TypeData {
    match ty.downcast::<TypeData>() {
        Some(t) => t,
        None => &crate::objects::types().object_data_fallback,
    }
}

pub fn as_type(v: &Value) -> Option<&ObjRef> {
    v.as_obj().filter(|o| o.kind() == Kind::Type)
}

pub fn type_name(ty: &ObjRef) -> String {
    tdata(ty).name.borrow().clone()
}

/// Whether `sub` is `sup` or derives from it (by MRO).
pub fn is_subtype(sub: &ObjRef, sup: &ObjRef) -> bool {
    if sub.is(sup) {
        return true;
    }
    let t = tdata(sub);
    let mro = t.mro.borrow();
    if mro.is_empty() {
        // During bootstrap: walk bases.
        return t.bases.borrow().iter().any(|b| is_subtype(b, sup));
    }
    mro.iter().any(|m| m.is(sup))
}

thread_local! {
    static CACHE: RefCell<Vec<CacheEntry>> = RefCell::new(Vec::new());
    static EPOCH: Cell<u64> = const { Cell::new(1) };
}

struct CacheEntry {
    ty: usize,
    name: usize,
    epoch: u64,
    value: Option<Value>,
}

const CACHE_SIZE: usize = 4096;

/// Invalidates every cached lookup (a type's namespace or bases changed).
pub fn invalidate_caches() {
    EPOCH.with(|e| e.set(e.get() + 1));
}

/// Looks `name` (an interned str) up along the MRO of `ty`, as `_PyType_Lookup`.
pub fn lookup(ty: &ObjRef, name: &ObjRef) -> Option<Value> {
    let epoch = EPOCH.with(|e| e.get());
    let h = (ty.addr() >> 4) ^ (name.addr() >> 3).wrapping_mul(31);
    let slot = h % CACHE_SIZE;
    let hit = CACHE.with(|c| {
        let c = c.borrow();
        c.get(slot).and_then(|e| {
            if e.ty == ty.addr() && e.name == name.addr() && e.epoch == epoch {
                Some(e.value.clone())
            } else {
                None
            }
        })
    });
    if let Some(v) = hit {
        return v;
    }
    let v = lookup_uncached(ty, name);
    CACHE.with(|c| {
        let mut c = c.borrow_mut();
        if c.is_empty() {
            c.resize_with(CACHE_SIZE, || CacheEntry { ty: 0, name: 0, epoch: 0, value: None });
        }
        // The old entry's value is dropped after the store, outside any other borrow of the cache.
        let old = std::mem::replace(
            &mut c[slot],
            CacheEntry { ty: ty.addr(), name: name.addr(), epoch, value: v.clone() },
        );
        drop(c);
        drop(old);
    });
    v
}

pub fn lookup_uncached(ty: &ObjRef, name: &ObjRef) -> Option<Value> {
    let t = tdata(ty);
    let mro = t.mro.borrow();
    for m in mro.iter() {
        if let Some(v) = tdata(m).dict.get_str(name) {
            return Some(v);
        }
    }
    None
}

/// Looks up by a Rust string (interns it first).
pub fn lookup_str(ty: &ObjRef, name: &str) -> Option<Value> {
    let n = crate::objects::str::intern(name);
    lookup(ty, &n)
}

/// C3 linearisation of `bases` for a new type `ty`.
pub fn compute_mro(ty: &ObjRef, bases: &[ObjRef]) -> Result<Vec<ObjRef>, String> {
    let mut seqs: Vec<Vec<ObjRef>> = bases.iter().map(|b| tdata(b).mro.borrow().clone()).collect();
    seqs.push(bases.to_vec());
    let mut out = vec![ty.clone()];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut found = None;
        for s in &seqs {
            let cand = &s[0];
            if !seqs.iter().any(|o| o[1..].iter().any(|x| x.is(cand))) {
                found = Some(cand.clone());
                break;
            }
        }
        match found {
            Some(c) => {
                for s in seqs.iter_mut() {
                    if s[0].is(&c) {
                        s.remove(0);
                    }
                }
                out.push(c);
            }
            None => {
                let mut names: Vec<String> = Vec::new();
                for s in &seqs {
                    let n = type_name(&s[0]);
                    if !names.contains(&n) {
                        names.push(n);
                    }
                }
                return Err(format!(
                    "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                    names.join(", ")
                ));
            }
        }
    }
}

/// The str name of a type, as a Python-visible `Str` (for messages).
pub fn name_str(ty: &ObjRef) -> Str {
    Str::new(&type_name(ty))
}
