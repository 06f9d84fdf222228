//! `set` and `frozenset`: open addressing with linear probes then perturbation, the table layout of CPython's
//! `setobject.c`, so that iteration order (visible in `print({3, 1, 2})`) matches CPython for the same hashes.
use crate::heap::{Kind, ObjRef, Payload, Value};
use crate::interp::error::PyResult;
use crate::interp::Vm;
use std::cell::{Cell, RefCell};

const MINSIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const DUMMY_HASH: i64 = -1;

pub struct Set {
    pub table: RefCell<SetTable>,
    /// Frozensets cache their hash.
    pub hash: Cell<Option<i64>>,
    version: Cell<u64>,
}

impl Payload for Set {
    const KIND: Kind = Kind::Set;
}

pub struct SetTable {
    /// (hash, key); key NULL = never used; hash DUMMY_HASH with key NULL... dummies use `dummy: true`.
    slots: Vec<Slot>,
    fill: usize,
    used: usize,
    finger: usize,
    /// Which slot array this is: a new one for every resize, so a lookup that ran Python code knows
    /// whether its probe position still means anything.
    id: u64,
}

/// A new [`SetTable::id`], unique in the process.
fn next_table_id() -> u64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

#[derive(Default)]
struct Slot {
    hash: i64,
    key: Option<Value>,
    dummy: bool,
}

impl Default for SetTable {
    fn default() -> Self {
        SetTable {
            slots: (0..MINSIZE).map(|_| Slot::default()).collect(),
            fill: 0,
            used: 0,
            finger: 0,
            id: 0,
        }
    }
}

enum Look {
    /// Present at this slot.
    Found(usize),
    /// Insert at this slot (a fresh or a dummy slot).
    Vacant(usize, bool),
    /// A candidate with an equal hash needs Python `__eq__`: (slot, candidate key, where the probe
    /// goes on if they differ).
    NeedEq(usize, Value, LookAt),
}

/// A position in a key's probe sequence: the run of linear probes from `run`, at `next`.
#[derive(Clone, Copy)]
struct LookAt {
    run: usize,
    next: usize,
    perturb: u64,
    freeslot: Option<usize>,
}

impl SetTable {
    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// Looks `key` up from the start of its probe sequence; with `ask_eq` false, keys whose equality
    /// needs Python code count as different.
    fn look(&self, key: &Value, hash: i64, ask_eq: bool) -> Look {
        let run = (hash as u64 as usize) & self.mask();
        let at = LookAt {
            run,
            next: run,
            perturb: hash as u64,
            freeslot: None,
        };
        self.look_from(key, hash, at, ask_eq)
    }

    fn look_from(&self, key: &Value, hash: i64, mut at: LookAt, ask_eq: bool) -> Look {
        let mask = self.mask();
        loop {
            let probes = if at.run + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            while at.next <= (at.run + probes).min(mask) {
                let j = at.next;
                at.next += 1;
                let s = &self.slots[j];
                match &s.key {
                    None if !s.dummy => {
                        return match at.freeslot {
                            Some(f) => Look::Vacant(f, true),
                            None => Look::Vacant(j, false),
                        };
                    }
                    None => {
                        if at.freeslot.is_none() {
                            at.freeslot = Some(j);
                        }
                    }
                    Some(k) => {
                        if s.hash == hash {
                            match crate::objects::dict::fast_eq(k, key) {
                                Some(true) => return Look::Found(j),
                                Some(false) => {}
                                None if ask_eq => return Look::NeedEq(j, k.clone(), at),
                                None => {}
                            }
                        }
                    }
                }
            }
            at.perturb >>= 5;
            at.run = (at
                .run
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(at.perturb as usize))
                & mask;
            at.next = at.run;
        }
    }

    fn insert_clean(slots: &mut [Slot], hash: i64, key: Value) {
        let mask = slots.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            if slots[i].key.is_none() {
                slots[i] = Slot {
                    hash,
                    key: Some(key),
                    dummy: false,
                };
                return;
            }
            if i + LINEAR_PROBES <= mask {
                for j in 1..=LINEAR_PROBES {
                    if slots[i + j].key.is_none() {
                        slots[i + j] = Slot {
                            hash,
                            key: Some(key),
                            dummy: false,
                        };
                        return;
                    }
                }
            }
            perturb >>= 5;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }

    fn resize(&mut self, minused: usize) {
        let mut newsize = MINSIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        let old = std::mem::replace(
            &mut self.slots,
            (0..newsize).map(|_| Slot::default()).collect(),
        );
        self.fill = self.used;
        self.id = next_table_id();
        for s in old {
            if let Some(k) = s.key {
                Self::insert_clean(&mut self.slots, s.hash, k);
            }
        }
    }

    /// Live keys in table order.
    pub fn keys(&self) -> Vec<Value> {
        self.slots.iter().filter_map(|s| s.key.clone()).collect()
    }
    pub fn entries(&self) -> Vec<(i64, Value)> {
        self.slots
            .iter()
            .filter_map(|s| s.key.clone().map(|k| (s.hash, k)))
            .collect()
    }
    pub fn len(&self) -> usize {
        self.used
    }
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }
    /// Next live (position, key) at or after `pos`.
    pub fn next_at(&self, pos: usize) -> Option<(usize, Value)> {
        (pos..self.slots.len()).find_map(|i| self.slots[i].key.clone().map(|k| (i + 1, k)))
    }
}

impl Set {
    pub fn new() -> Set {
        Set {
            table: RefCell::new(SetTable::default()),
            hash: Cell::new(None),
            version: Cell::new(0),
        }
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

    fn find(&self, vm: &mut Vm, key: &Value, hash: i64) -> PyResult<Result<usize, (usize, bool)>> {
        // Where to go on after a comparison, in the slot array of that id.
        let mut resume: Option<(u64, LookAt)> = None;
        loop {
            let (l, id) = {
                let t = self.table.borrow();
                let l = match resume {
                    Some((id, at)) if id == t.id => t.look_from(key, hash, at, true),
                    _ => t.look(key, hash, true),
                };
                (l, t.id)
            };
            match l {
                Look::Found(i) => return Ok(Ok(i)),
                Look::Vacant(i, dummy) => return Ok(Err((i, dummy))),
                Look::NeedEq(i, cand, next) => {
                    let eq = crate::interp::ops::eq_bool(vm, &cand, key)?;
                    // `__eq__` may have changed the set: a resized table or a replaced or removed
                    // candidate restarts the lookup; other changes do not (CPython's `set_lookkey`).
                    let unchanged = {
                        let t = self.table.borrow();
                        t.id == id
                            && t.slots
                                .get(i)
                                .and_then(|s| s.key.as_ref())
                                .is_some_and(|k| k.bits() == cand.bits())
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

    pub fn contains_hashed(&self, vm: &mut Vm, key: &Value, hash: i64) -> PyResult<bool> {
        Ok(self.find(vm, key, hash)?.is_ok())
    }

    /// `key in self` without running Python code; `None` when the hash or an equality test would need it.
    #[inline]
    pub fn contains_fast(&self, key: &Value) -> Option<bool> {
        let hash = crate::interp::ops::builtin_hash(key)?;
        match self.table.borrow().look(key, hash, true) {
            Look::Found(_) => Some(true),
            Look::Vacant(..) => Some(false),
            Look::NeedEq(..) => None,
        }
    }

    pub fn contains(&self, vm: &mut Vm, key: &Value) -> PyResult<bool> {
        let (key, h) = lookup_key(vm, key)?;
        self.contains_hashed(vm, &key, h)
    }

    pub fn add_hashed(&self, vm: &mut Vm, key: Value, hash: i64) -> PyResult<()> {
        match self.find(vm, &key, hash)? {
            Ok(_) => Ok(()),
            Err(_) => {
                let mut t = self.table.borrow_mut();
                // Python code may have run during `find`: look again natively for the slot.
                let (slot, dummy) = match t.look(&key, hash, false) {
                    Look::Vacant(i, d) => (i, d),
                    _ => return Ok(()),
                };
                t.slots[slot] = Slot {
                    hash,
                    key: Some(key),
                    dummy: false,
                };
                t.used += 1;
                if !dummy {
                    t.fill += 1;
                    let mask = t.mask();
                    if t.fill * 5 >= mask * 3 {
                        let u = t.used;
                        t.resize(if u > 50000 { u * 2 } else { u * 4 });
                    }
                }
                drop(t);
                self.version.set(self.version.get() + 1);
                Ok(())
            }
        }
    }

    /// Adds a key whose equality needs no Python code (constants, builtin values).
    pub fn add_builtin(&self, key: Value, hash: i64) {
        let mut t = self.table.borrow_mut();
        let (slot, dummy) = match t.look(&key, hash, false) {
            Look::Vacant(i, d) => (i, d),
            _ => return,
        };
        t.slots[slot] = Slot {
            hash,
            key: Some(key),
            dummy: false,
        };
        t.used += 1;
        if !dummy {
            t.fill += 1;
            let mask = t.mask();
            if t.fill * 5 >= mask * 3 {
                let u = t.used;
                t.resize(if u > 50000 { u * 2 } else { u * 4 });
            }
        }
        drop(t);
        self.version.set(self.version.get() + 1);
    }

    pub fn add(&self, vm: &mut Vm, key: Value) -> PyResult<()> {
        let h = crate::interp::ops::hash(vm, &key)?;
        self.add_hashed(vm, key, h)
    }

    /// Removes `key`; whether it was present.
    pub fn discard(&self, vm: &mut Vm, key: &Value) -> PyResult<bool> {
        let (key, h) = lookup_key(vm, key)?;
        self.discard_hashed(vm, &key, h)
    }

    /// Removes `key` whose hash is known; whether it was present.
    pub fn discard_hashed(&self, vm: &mut Vm, key: &Value, h: i64) -> PyResult<bool> {
        match self.find(vm, key, h)? {
            Ok(i) => {
                let old = {
                    let mut t = self.table.borrow_mut();
                    let old = t.slots[i].key.take();
                    t.slots[i].hash = DUMMY_HASH;
                    t.slots[i].dummy = true;
                    t.used -= 1;
                    old
                };
                self.version.set(self.version.get() + 1);
                drop(old);
                Ok(true)
            }
            Err(_) => Ok(false),
        }
    }

    /// Removes an arbitrary element as CPython's `set.pop` (scanning from the finger).
    pub fn pop(&self) -> Option<Value> {
        let r = {
            let mut t = self.table.borrow_mut();
            if t.used == 0 {
                return None;
            }
            let mask = t.mask();
            let mut i = t.finger & mask;
            while t.slots[i].key.is_none() {
                i = (i + 1) & mask;
            }
            let k = t.slots[i].key.take();
            t.slots[i].hash = DUMMY_HASH;
            t.slots[i].dummy = true;
            t.used -= 1;
            t.finger = i + 1;
            k
        };
        self.version.set(self.version.get() + 1);
        r
    }

    pub fn clear(&self) {
        let old = std::mem::take(&mut *self.table.borrow_mut());
        self.version.set(self.version.get() + 1);
        drop(old);
    }

    pub fn keys(&self) -> Vec<Value> {
        self.table.borrow().keys()
    }
    /// Number of slots of the table (for `__sizeof__`).
    pub fn table_size(&self) -> usize {
        self.table.borrow().slots.len()
    }
    pub fn entries(&self) -> Vec<(i64, Value)> {
        self.table.borrow().entries()
    }
    pub fn next_at(&self, pos: usize) -> Option<(usize, Value)> {
        self.table.borrow().next_at(pos)
    }
}

impl Default for Set {
    fn default() -> Self {
        Set::new()
    }
}

/// A key to look up with its hash. As CPython's `set_contains`/`set_discard`, an (unhashable) set
/// stands for the frozenset of its elements.
fn lookup_key(vm: &mut Vm, key: &Value) -> PyResult<(Value, i64)> {
    match crate::interp::ops::hash(vm, key) {
        Ok(h) => Ok((key.clone(), h)),
        Err(e) => {
            let Some(s) = as_set(key) else {
                return Err(e);
            };
            if !crate::interp::exc::matches_type(&e, &crate::objects::types().type_error) {
                return Err(e);
            }
            let frozen = new_set_obj(true);
            if let Some(f) = frozen.downcast::<Set>() {
                for (h, k) in s.entries() {
                    f.add_hashed(vm, k, h)?;
                }
            }
            let fv = Value::obj(frozen);
            let h = crate::interp::ops::hash(vm, &fv)?;
            Ok((fv, h))
        }
    }
}

pub fn new_set_obj(frozen: bool) -> ObjRef {
    let t = crate::objects::types();
    crate::heap::alloc(if frozen { &t.frozenset } else { &t.set }, Set::new(), None)
}

pub fn as_set(v: &Value) -> Option<&Set> {
    v.as_obj().and_then(|o| o.downcast::<Set>())
}

/// Fills the namespace of this file's type(s) (the methods live in `set_methods`).
pub fn register() {
    crate::objects::set_methods::register();
}
