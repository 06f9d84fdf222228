//! The memos: the pickler's (which objects were already written and under which index, keyed by
//! identity: CPython's `PyMemoTable`, so that no int objects are created per entry) and the
//! unpickler's (index → object).
use std::collections::HashMap;
use weft_vm::heap::Value;

pub(crate) use weft_vm::heap::addr_map::AddrMap;

/// The identity of a value (`id()` for objects; inline values are never memoized, but still get a key).
#[inline]
pub(crate) fn ident(v: &Value) -> usize {
    match v.as_obj() {
        Some(o) => o.addr(),
        None => v.bits() as usize,
    }
}

/// Memoized objects: identity → (memo index, the object, kept alive as CPython's table keeps it).
#[derive(Default)]
pub(crate) struct Memo {
    map: AddrMap<(usize, Value)>,
}

impl Memo {
    #[inline]
    pub(crate) fn get(&self, v: &Value) -> Option<usize> {
        self.map.get(&ident(v)).map(|e| e.0)
    }

    pub(crate) fn len(&self) -> usize {
        self.map.len()
    }

    /// Records `v` under `idx` (replacing the index when `v` is already there).
    pub(crate) fn set(&mut self, v: &Value, idx: usize) {
        self.map.insert(ident(v), (idx, v.clone()));
    }

    /// The index of `v` when it is memoized (`Err`), else memoizes it under the next index and
    /// returns that (`Ok`): one probe where `get` then `set` take two.
    #[inline]
    pub(crate) fn get_or_insert(&mut self, v: &Value) -> Result<usize, usize> {
        let idx = self.map.len();
        match self.map.entry(ident(v)) {
            std::collections::hash_map::Entry::Occupied(e) => Err(e.get().0),
            std::collections::hash_map::Entry::Vacant(e) => {
                e.insert((idx, v.clone()));
                Ok(idx)
            }
        }
    }

    /// The entries, as `(index, object)`.
    pub(crate) fn entries(&self) -> Vec<(usize, Value)> {
        self.map.values().cloned().collect()
    }

    pub(crate) fn values(&self) -> impl Iterator<Item = &Value> {
        self.map.values().map(|e| &e.1)
    }

    /// Empties the memo, handing the objects back so that they are dropped after every borrow ends.
    pub(crate) fn take(&mut self) -> Memo {
        std::mem::take(self)
    }
}

/// Memo indexes below this are kept in a vector; larger ones (only a hostile pickle writes them)
/// in a map, so that no index makes the unpickler allocate more than the input justifies.
const DENSE_MEMO: usize = 1 << 20;

/// The unpickler's memo: index → object.
#[derive(Default)]
pub(crate) struct UMemo {
    dense: Vec<Option<Value>>,
    sparse: HashMap<usize, Value>,
    len: usize,
}

impl UMemo {
    #[inline]
    pub(crate) fn get(&self, idx: usize) -> Option<&Value> {
        match self.dense.get(idx) {
            Some(v) => v.as_ref(),
            None => self.sparse.get(&idx),
        }
    }

    pub(crate) fn put(&mut self, idx: usize, v: Value) {
        let old = if idx < DENSE_MEMO {
            if idx >= self.dense.len() {
                self.dense.resize((idx + 1).max(self.dense.len() * 2), None);
            }
            self.dense[idx].replace(v)
        } else {
            self.sparse.insert(idx, v)
        };
        if old.is_none() {
            self.len += 1;
        }
        drop(old);
    }

    pub(crate) fn len(&self) -> usize {
        self.len
    }

    pub(crate) fn entries(&self) -> Vec<(usize, Value)> {
        let mut out: Vec<(usize, Value)> = self
            .dense
            .iter()
            .enumerate()
            .filter_map(|(i, v)| v.clone().map(|v| (i, v)))
            .collect();
        out.extend(self.sparse.iter().map(|(i, v)| (*i, v.clone())));
        out
    }

    pub(crate) fn values(&self) -> impl Iterator<Item = &Value> {
        self.dense.iter().flatten().chain(self.sparse.values())
    }
}
