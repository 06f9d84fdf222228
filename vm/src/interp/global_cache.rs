//! Inline caches of `LoadGlobal`: the value one instruction last found, trusted while the globals and
//! builtins dicts it came from are the same objects at the same versions (every change to a dict, a
//! replaced value included, bumps its version).
use crate::heap::{ObjRef, Value};
use crate::objects::dict::Dict;
use std::cell::Cell;

/// One instruction's cache.
pub struct GlobalCache {
    globals: Cell<usize>,
    globals_version: Cell<u64>,
    builtins: Cell<usize>,
    builtins_version: Cell<u64>,
    /// NULL until filled.
    value: Cell<Value>,
}

impl Default for GlobalCache {
    fn default() -> Self {
        GlobalCache {
            globals: Cell::new(0),
            globals_version: Cell::new(0),
            builtins: Cell::new(0),
            builtins_version: Cell::new(0),
            value: Cell::new(Value::NULL),
        }
    }
}

impl GlobalCache {
    /// `name` from `globals`, else `builtins` (both exact dicts' contents, no Python code), through this
    /// cache; `None` when absent from both.
    #[inline]
    pub fn load(&self, globals: &ObjRef, builtins: &ObjRef, name: &ObjRef) -> Option<Value> {
        let (g, b) = (globals.downcast::<Dict>()?, builtins.downcast::<Dict>()?);
        let (gv, bv) = (g.version(), b.version());
        if self.globals.get() == globals.addr()
            && self.builtins.get() == builtins.addr()
            && self.globals_version.get() == gv
            && self.builtins_version.get() == bv
        {
            let v = self.value.take();
            let r = v.clone();
            self.value.set(v);
            if !r.is_null() {
                return Some(r);
            }
        }
        let r = g.get_str(name).or_else(|| b.get_str(name))?;
        self.globals.set(globals.addr());
        self.builtins.set(builtins.addr());
        self.globals_version.set(gv);
        self.builtins_version.set(bv);
        // The old value is dropped after the store.
        let old = self.value.replace(r.clone());
        drop(old);
        Some(r)
    }
}
