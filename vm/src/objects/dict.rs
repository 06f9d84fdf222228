//! `dict`: an insertion-ordered hash table laid out as CPython's compact dict (a sparse index array over a
//! dense entry vector), so iteration order, `popitem` and resizing behave as in CPython.
//!
//! Python `__eq__` may run during a lookup and may mutate the dict: the table is never borrowed while Python
//! code runs, and a lookup restarts if the table was rebuilt or the compared entry changed meanwhile, else
//! goes on where it stopped (as CPython's `lookdict` does).
use crate::heap::{Kind, ObjRef, Payload, Value};
use crate::interp::error::PyResult;
use crate::interp::Vm;
use std::cell::{Cell, RefCell};

const EMPTY: u32 = u32::MAX;
const DUMMY: u32 = u32::MAX - 1;

#[derive(Default)]
pub struct Dict {
    table: RefCell<Table>,
    /// Bumped on every change (a new key, a deleted key, a replaced value): lookups that ran Python code
    /// compare it, and `LoadGlobal`'s inline cache trusts a value while it stays the same.
    version: Cell<u64>,
}

impl Payload for Dict {
    const KIND: Kind = Kind::Dict;
}

/// Versions are unique across all dicts of the process, so a cache keyed by a dict's address and version
/// never mistakes a new dict at a freed one's address for the old one.
fn next_version() -> u64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

#[derive(Default)]
pub struct Table {
    indices: Vec<u32>,
    entries: Vec<Entry>,
    used: usize,
    /// Which index array this is (CPython's keys object): a new one for every rebuild or copy, so a
    /// lookup that ran Python code knows whether its probe position still means anything.
    id: u64,
}

pub struct Entry {
    pub hash: i64,
    pub key: Value,
    pub value: Value,
}

enum Probe {
    Found(usize),
    /// Not present; the index slot where it would go.
    Missing(usize),
    /// A candidate with an equal hash needs Python `__eq__`: (entry index, candidate key, where the
    /// probe goes on if they differ).
    NeedEq(usize, Value, ProbeAt),
}

/// A position in a key's probe sequence.
#[derive(Clone, Copy)]
struct ProbeAt {
    slot: usize,
    perturb: u64,
    first_dummy: Option<usize>,
}

impl ProbeAt {
    fn start(hash: i64, mask: usize) -> ProbeAt {
        ProbeAt {
            slot: (hash as u64 as usize) & mask,
            perturb: hash as u64,
            first_dummy: None,
        }
    }

    fn advance(&mut self, mask: usize) {
        self.perturb >>= 5;
        self.slot = (self
            .slot
            .wrapping_mul(5)
            .wrapping_add(self.perturb as usize)
            .wrapping_add(1))
            & mask;
    }
}

/// Equality that needs no Python code: identity, and builtin str/int/float/None/bool keys. `None` when a
/// Python-level `__eq__` may be involved.
#[inline]
pub fn fast_eq(a: &Value, b: &Value) -> Option<bool> {
    if a.bits() == b.bits() {
        return Some(true);
    }
    crate::interp::ops::builtin_eq(a, b)
}

impl Table {
    fn mask(&self) -> usize {
        self.indices.len().wrapping_sub(1)
    }

    /// Looks `key` up from the start of its probe sequence; with `ask_eq` false, keys whose equality
    /// needs Python code count as different.
    fn probe(&self, key: &Value, hash: i64, ask_eq: bool) -> Probe {
        self.probe_from(key, hash, ProbeAt::start(hash, self.mask()), ask_eq)
    }

    fn probe_from(&self, key: &Value, hash: i64, mut at: ProbeAt, ask_eq: bool) -> Probe {
        if self.indices.is_empty() {
            return Probe::Missing(0);
        }
        let mask = self.mask();
        loop {
            let i = at.slot & mask;
            let ix = self.indices[i];
            if ix == EMPTY {
                return Probe::Missing(at.first_dummy.unwrap_or(i));
            }
            at.advance(mask);
            if ix == DUMMY {
                if at.first_dummy.is_none() {
                    at.first_dummy = Some(i);
                }
                continue;
            }
            let e = &self.entries[ix as usize];
            if e.hash == hash {
                match fast_eq(&e.key, key) {
                    Some(true) => return Probe::Found(ix as usize),
                    Some(false) => {}
                    None if ask_eq => return Probe::NeedEq(ix as usize, e.key.clone(), at),
                    None => {}
                }
            }
        }
    }

    /// Finds the slot for `key` comparing str keys by content only (attribute dicts, no Python code).
    fn probe_str(&self, key: &ObjRef, s: &crate::objects::str::Str, hash: i64) -> Option<usize> {
        if self.indices.is_empty() {
            return None;
        }
        let mask = self.mask();
        let key_interned = crate::objects::str::is_interned(key);
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let ix = self.indices[i];
            if ix == EMPTY {
                return None;
            }
            if ix != DUMMY {
                let e = &self.entries[ix as usize];
                if e.hash == hash {
                    if let Some(o) = e.key.as_obj() {
                        if o.is(key) {
                            return Some(ix as usize);
                        }
                        // Two distinct interned strs differ: no need to compare their text.
                        let both_interned = key_interned && crate::objects::str::is_interned(o);
                        if !both_interned {
                            if let Some(ks) = o.downcast::<crate::objects::str::Str>() {
                                if ks.text_eq(s) {
                                    return Some(ix as usize);
                                }
                            }
                        }
                    }
                }
            }
            perturb >>= 5;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
        }
    }

    fn usable(&self) -> usize {
        (self.indices.len() << 1) / 3
    }

    fn grow(&mut self) {
        let target = (self.used * 3).max(8);
        let mut size = 8;
        while size < target {
            size <<= 1;
        }
        self.rebuild(size);
    }

    fn rebuild(&mut self, size: usize) {
        let old = std::mem::take(&mut self.entries);
        let mut live = Vec::with_capacity(self.used);
        let mut dead = Vec::new();
        for e in old {
            if e.key.is_null() {
                dead.push(e);
            } else {
                live.push(e);
            }
        }
        self.entries = live;
        self.indices = vec![EMPTY; size];
        self.id = next_version();
        let mask = size - 1;
        for (n, e) in self.entries.iter().enumerate() {
            let mut perturb = e.hash as u64;
            let mut i = (e.hash as u64 as usize) & mask;
            while self.indices[i] != EMPTY {
                perturb >>= 5;
                i = (i
                    .wrapping_mul(5)
                    .wrapping_add(perturb as usize)
                    .wrapping_add(1))
                    & mask;
            }
            self.indices[i] = n as u32;
        }
        drop(dead);
    }

    fn insert_new(&mut self, slot: usize, hash: i64, key: Value, value: Value) -> usize {
        let n = self.entries.len();
        self.entries.push(Entry { hash, key, value });
        self.indices[slot] = n as u32;
        self.used += 1;
        n
    }

    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }
}

impl Dict {
    pub fn new() -> Dict {
        Dict::default()
    }

    pub fn len(&self) -> usize {
        self.table.borrow().used
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    pub fn version(&self) -> u64 {
        self.version.get()
    }
    fn bump(&self) {
        self.version.set(next_version());
    }

    /// Lookup by an (interned or not) str key, comparing by content; never runs Python code.
    pub fn get_str(&self, key: &ObjRef) -> Option<Value> {
        let s = key.downcast::<crate::objects::str::Str>()?;
        let t = self.table.borrow();
        t.probe_str(key, s, s.hash())
            .map(|i| t.entries[i].value.clone())
    }

    /// Whether looking `key` (a str) up meets a key of another kind with its hash before any equal str:
    /// CPython's lookup then runs that key's `__eq__`, which `get_str` never does.
    pub fn str_lookup_needs_eq(&self, key: &ObjRef) -> bool {
        let Some(s) = key.downcast::<crate::objects::str::Str>() else {
            return false;
        };
        let probe = self
            .table
            .borrow()
            .probe(&Value::obj(key.clone()), s.hash(), true);
        matches!(probe, Probe::NeedEq(..))
    }

    /// Lookup by Rust string (slow path helper for natives).
    pub fn get_rs(&self, key: &str) -> Option<Value> {
        self.get_str(&crate::objects::str::intern(key))
    }

    /// Sets a str key without running Python code (namespaces of types and modules).
    pub fn set_str(&self, key: &ObjRef, value: Value) {
        let Some(s) = key.downcast::<crate::objects::str::Str>() else {
            return;
        };
        let hash = s.hash();
        let mut t = self.table.borrow_mut();
        let old = if let Some(i) = t.probe_str(key, s, hash) {
            Some(std::mem::replace(&mut t.entries[i].value, value))
        } else {
            if t.entries.len() >= t.usable() {
                t.grow();
            }
            match t.probe(&Value::obj(key.clone()), hash, false) {
                Probe::Missing(slot) => {
                    t.insert_new(slot, hash, Value::obj(key.clone()), value);
                }
                Probe::Found(i) => {
                    let old = std::mem::replace(&mut t.entries[i].value, value);
                    drop(t);
                    self.bump();
                    drop(old);
                    return;
                }
                Probe::NeedEq(..) => {}
            }
            None
        };
        drop(t);
        self.bump();
        drop(old);
    }

    pub fn set_rs(&self, key: &str, value: Value) {
        self.set_str(&crate::objects::str::intern(key), value);
    }

    /// Removes a str key without running Python code; returns the old value.
    pub fn del_str(&self, key: &ObjRef) -> Option<Value> {
        let s = key.downcast::<crate::objects::str::Str>()?;
        let mut t = self.table.borrow_mut();
        let i = t.probe_str(key, s, s.hash())?;
        let r = Self::remove_at(&mut t, i);
        drop(t);
        self.bump();
        r.map(|(_, v)| v)
    }

    fn remove_at(t: &mut Table, i: usize) -> Option<(Value, Value)> {
        // Follow entry i's probe sequence to the index slot pointing at it.
        let mask = t.mask();
        let mut perturb = t.entries[i].hash as u64;
        let mut pos = (t.entries[i].hash as u64 as usize) & mask;
        let mut steps = 0;
        while t.indices[pos] != i as u32 {
            if t.indices[pos] == EMPTY || steps > t.indices.len() * 8 {
                return None;
            }
            perturb >>= 5;
            pos = (pos
                .wrapping_mul(5)
                .wrapping_add(perturb as usize)
                .wrapping_add(1))
                & mask;
            steps += 1;
        }
        t.indices[pos] = DUMMY;
        t.used -= 1;
        let k = t.entries[i].key.take();
        let v = t.entries[i].value.take();
        Some((k, v))
    }

    fn find(&self, vm: &mut Vm, key: &Value, hash: i64) -> PyResult<Result<usize, usize>> {
        // Where to go on after a comparison, in the index array of that id.
        let mut resume: Option<(u64, ProbeAt)> = None;
        loop {
            let (probe, id) = {
                let t = self.table.borrow();
                let probe = match resume {
                    Some((id, at)) if id == t.id => t.probe_from(key, hash, at, true),
                    _ => t.probe(key, hash, true),
                };
                (probe, t.id)
            };
            match probe {
                Probe::Found(i) => return Ok(Ok(i)),
                Probe::Missing(slot) => return Ok(Err(slot)),
                Probe::NeedEq(i, cand, next) => {
                    let eq = crate::interp::ops::eq_bool(vm, &cand, key)?;
                    // `__eq__` may have changed the dict: a rebuilt table or a replaced or deleted
                    // candidate restarts the lookup; other changes do not (CPython's `lookdict`).
                    let unchanged = {
                        let t = self.table.borrow();
                        t.id == id
                            && t.entries
                                .get(i)
                                .is_some_and(|e| e.key.bits() == cand.bits())
                    };
                    if !unchanged {
                        resume = None;
                        continue;
                    }
                    if eq {
                        return Ok(Ok(i));
                    }
                    resume = Some((id, next));
                }
            }
        }
    }

    pub fn get_hashed(&self, vm: &mut Vm, key: &Value, hash: i64) -> PyResult<Option<Value>> {
        match self.find(vm, key, hash)? {
            Ok(i) => Ok(Some(self.table.borrow().entries[i].value.clone())),
            Err(_) => Ok(None),
        }
    }

    pub fn get(&self, vm: &mut Vm, key: &Value) -> PyResult<Option<Value>> {
        let hash = crate::interp::ops::hash(vm, key)?;
        self.get_hashed(vm, key, hash)
    }

    pub fn contains(&self, vm: &mut Vm, key: &Value) -> PyResult<bool> {
        Ok(self.get(vm, key)?.is_some())
    }

    pub fn set_hashed(&self, vm: &mut Vm, key: Value, hash: i64, value: Value) -> PyResult<()> {
        {
            let mut t = self.table.borrow_mut();
            if t.entries.len() >= t.usable() {
                t.grow();
            }
        }
        match self.find(vm, &key, hash)? {
            Ok(i) => {
                let old = {
                    let mut t = self.table.borrow_mut();
                    std::mem::replace(&mut t.entries[i].value, value)
                };
                self.bump();
                drop(old);
            }
            Err(_) => self.insert_missing(key, hash, value),
        }
        Ok(())
    }

    /// `dict.setdefault`: one hash (given) and one lookup; the key's `__eq__` runs at most once per
    /// colliding entry, as CPython's `setdefault_lookup_and_insert`.
    pub fn setdefault_hashed(
        &self,
        vm: &mut Vm,
        key: Value,
        hash: i64,
        default: Value,
    ) -> PyResult<Value> {
        {
            let mut t = self.table.borrow_mut();
            if t.entries.len() >= t.usable() {
                t.grow();
            }
        }
        match self.find(vm, &key, hash)? {
            Ok(i) => Ok(self.table.borrow().entries[i].value.clone()),
            Err(_) => {
                self.insert_missing(key, hash, default.clone());
                Ok(default)
            }
        }
    }

    /// Inserts `key` known to be absent after a `find` (which may have run Python code).
    fn insert_missing(&self, key: Value, hash: i64, value: Value) {
        // `find` may have run Python code that resized the table: probe again natively for the slot.
        let mut t = self.table.borrow_mut();
        if t.entries.len() >= t.usable() {
            t.grow();
        }
        let slot = match t.probe(&key, hash, false) {
            Probe::Missing(s) => s,
            _ => {
                // An equal key appeared meanwhile; fall back to appending a probe slot search.
                let mask = t.mask();
                let mut perturb = hash as u64;
                let mut i = (hash as u64 as usize) & mask;
                while t.indices[i] != EMPTY && t.indices[i] != DUMMY {
                    perturb >>= 5;
                    i = (i
                        .wrapping_mul(5)
                        .wrapping_add(perturb as usize)
                        .wrapping_add(1))
                        & mask;
                }
                i
            }
        };
        t.insert_new(slot, hash, key, value);
        drop(t);
        self.bump();
    }

    /// `self[key]` without running Python code; `None` when the key is absent or its hash or an equality
    /// test would need Python code (the general path then runs).
    #[inline]
    pub fn get_fast(&self, key: &Value) -> Option<Value> {
        let hash = crate::interp::ops::builtin_hash(key)?;
        let t = self.table.borrow();
        match t.probe(key, hash, true) {
            Probe::Found(i) => Some(t.entries[i].value.clone()),
            _ => None,
        }
    }

    /// `key in self` without running Python code; `None` when the hash or an equality test would need it.
    #[inline]
    pub fn contains_fast(&self, key: &Value) -> Option<bool> {
        let hash = crate::interp::ops::builtin_hash(key)?;
        match self.table.borrow().probe(key, hash, true) {
            Probe::Found(_) => Some(true),
            Probe::Missing(_) => Some(false),
            Probe::NeedEq(..) => None,
        }
    }

    /// `self[key] = value` without running Python code; gives `value` back when the hash or an equality
    /// test would need it.
    pub fn set_fast(&self, key: &Value, value: Value) -> Result<(), Value> {
        let Some(hash) = crate::interp::ops::builtin_hash(key) else {
            return Err(value);
        };
        let mut t = self.table.borrow_mut();
        if t.entries.len() >= t.usable() {
            t.grow();
        }
        match t.probe(key, hash, true) {
            Probe::Found(i) => {
                let old = std::mem::replace(&mut t.entries[i].value, value);
                drop(t);
                self.bump();
                drop(old);
                Ok(())
            }
            Probe::Missing(slot) => {
                t.insert_new(slot, hash, key.clone(), value);
                drop(t);
                self.bump();
                Ok(())
            }
            Probe::NeedEq(..) => Err(value),
        }
    }

    pub fn set(&self, vm: &mut Vm, key: Value, value: Value) -> PyResult<()> {
        let hash = crate::interp::ops::hash(vm, &key)?;
        self.set_hashed(vm, key, hash, value)
    }

    /// Removes `key`; `Ok(None)` when absent.
    pub fn remove(&self, vm: &mut Vm, key: &Value) -> PyResult<Option<Value>> {
        let hash = crate::interp::ops::hash(vm, key)?;
        self.remove_hashed(vm, key, hash)
    }

    /// [`Dict::remove`] of a key whose hash is known (a cache evicting an entry it hashed before).
    pub fn remove_hashed(&self, vm: &mut Vm, key: &Value, hash: i64) -> PyResult<Option<Value>> {
        match self.find(vm, key, hash)? {
            Ok(i) => {
                let r = {
                    let mut t = self.table.borrow_mut();
                    Self::remove_at(&mut t, i)
                };
                self.bump();
                Ok(r.map(|(_, v)| v))
            }
            Err(_) => Ok(None),
        }
    }

    /// The live entries, cloned (snapshot for iteration by natives).
    pub fn items(&self) -> Vec<(Value, Value)> {
        self.table
            .borrow()
            .entries
            .iter()
            .filter(|e| !e.key.is_null())
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect()
    }
    pub fn keys(&self) -> Vec<Value> {
        self.table
            .borrow()
            .entries
            .iter()
            .filter(|e| !e.key.is_null())
            .map(|e| e.key.clone())
            .collect()
    }
    /// The live keys with their stored hashes (so a set built from a dict does not hash them again).
    pub fn hashed_keys(&self) -> Vec<(i64, Value)> {
        self.table
            .borrow()
            .entries
            .iter()
            .filter(|e| !e.key.is_null())
            .map(|e| (e.hash, e.key.clone()))
            .collect()
    }
    /// The live entries with their stored hashes (for comparisons that must not rehash keys).
    pub fn hashed_items(&self) -> Vec<(i64, Value, Value)> {
        self.table
            .borrow()
            .entries
            .iter()
            .filter(|e| !e.key.is_null())
            .map(|e| (e.hash, e.key.clone(), e.value.clone()))
            .collect()
    }
    pub fn values(&self) -> Vec<Value> {
        self.table
            .borrow()
            .entries
            .iter()
            .filter(|e| !e.key.is_null())
            .map(|e| e.value.clone())
            .collect()
    }

    /// Entry at dense position `pos` or later: `(next_pos, key, value)`; for iterators.
    pub fn next_entry(&self, pos: usize) -> Option<(usize, Value, Value)> {
        let t = self.table.borrow();
        let mut p = pos;
        while p < t.entries.len() {
            let e = &t.entries[p];
            if !e.key.is_null() {
                return Some((p + 1, e.key.clone(), e.value.clone()));
            }
            p += 1;
        }
        None
    }

    /// The live entry before dense position `pos`: `(its position, key, value)`; for reverse iterators.
    pub fn prev_entry(&self, pos: usize) -> Option<(usize, Value, Value)> {
        let t = self.table.borrow();
        let mut p = pos.min(t.entries.len());
        while p > 0 {
            p -= 1;
            let e = &t.entries[p];
            if !e.key.is_null() {
                return Some((p, e.key.clone(), e.value.clone()));
            }
        }
        None
    }

    /// Length of the dense entry vector (live entries and holes): where a reverse iterator starts.
    /// The live entry at dense position `i`, with its stored hash.
    pub fn entry_at(&self, i: usize) -> Option<(i64, Value, Value)> {
        let t = self.table.borrow();
        let e = t.entries.get(i).filter(|e| !e.key.is_null())?;
        Some((e.hash, e.key.clone(), e.value.clone()))
    }
    pub fn dense_len(&self) -> usize {
        self.table.borrow().entries.len()
    }

    /// Removes and returns the last inserted item.
    pub fn pop_last(&self) -> Option<(Value, Value)> {
        let r = {
            let mut t = self.table.borrow_mut();
            let mut i = t.entries.len();
            loop {
                if i == 0 {
                    return None;
                }
                i -= 1;
                if !t.entries[i].key.is_null() {
                    break;
                }
            }
            Self::remove_at(&mut t, i)
        };
        self.bump();
        r
    }

    pub fn clear(&self) {
        let old = std::mem::take(&mut *self.table.borrow_mut());
        self.bump();
        drop(old);
    }

    /// A shallow copy (same order, same hashes).
    pub fn copy(&self) -> Dict {
        let t = self.table.borrow();
        let mut n = Table::default();
        let live: Vec<&Entry> = t.entries.iter().filter(|e| !e.key.is_null()).collect();
        let mut size = 8;
        while size * 2 < live.len() * 3 + 1 {
            size <<= 1;
        }
        n.indices = vec![EMPTY; size];
        n.id = next_version();
        for e in live {
            let mask = size - 1;
            let mut perturb = e.hash as u64;
            let mut i = (e.hash as u64 as usize) & mask;
            while n.indices[i] != EMPTY {
                perturb >>= 5;
                i = (i
                    .wrapping_mul(5)
                    .wrapping_add(perturb as usize)
                    .wrapping_add(1))
                    & mask;
            }
            n.indices[i] = n.entries.len() as u32;
            n.entries.push(Entry {
                hash: e.hash,
                key: e.key.clone(),
                value: e.value.clone(),
            });
            n.used += 1;
        }
        Dict {
            table: RefCell::new(n),
            version: Cell::new(next_version()),
        }
    }

    /// Makes this (empty) dict a copy of `src`: what CPython's `dict_merge` does for an empty
    /// target and a dense source, so that no key is compared.
    pub fn assign_copy(&self, src: &Dict) {
        let table = src.copy().table.into_inner();
        let old = std::mem::replace(&mut *self.table.borrow_mut(), table);
        self.bump();
        drop(old);
    }

    /// Runs `f` over live entries without cloning (must not run Python code).
    pub fn for_each(&self, mut f: impl FnMut(&Value, &Value)) {
        for e in self.table.borrow().entries.iter() {
            if !e.key.is_null() {
                f(&e.key, &e.value);
            }
        }
    }
}

/// A new empty dict object.
pub fn new_dict() -> ObjRef {
    crate::heap::alloc(&crate::objects::types().dict, Dict::new(), None)
}

pub fn as_dict(v: &Value) -> Option<&Dict> {
    v.as_obj().and_then(|o| o.downcast::<Dict>())
}

/// Fills the namespace of this file's type(s) (the methods live in `dict_methods`).
pub fn register() {
    crate::objects::dict_methods::register();
}
