//! The type flags that say a class (or one along its MRO) hooks attribute access or finalisation, kept
//! true when a hook is set or deleted on a class, or its bases change, after the class and its
//! subclasses were made (CPython's `update_slot` recursing down the subclasses).
use crate::heap::ObjRef;
use crate::objects::typeobj::{tdata, tflag};

/// Each flag with the names that set it.
const HOOKS: [(&str, u32); 5] = [
    ("__getattribute__", tflag::CUSTOM_GETATTRIBUTE),
    ("__getattr__", tflag::HAS_GETATTR),
    ("__setattr__", tflag::CUSTOM_SETATTR),
    ("__delattr__", tflag::CUSTOM_SETATTR),
    ("__del__", tflag::HAS_DEL),
];

/// Whether `name` is a hook whose presence a flag records.
pub fn is_hook(name: &str) -> bool {
    HOOKS.iter().any(|(n, _)| *n == name)
}

/// Recomputes the hook flags of `cls` and of all its subclasses from their MROs.
pub fn refresh(cls: &ObjRef) {
    let mut stack = vec![cls.clone()];
    let mut seen = std::collections::HashSet::new();
    while let Some(c) = stack.pop() {
        if !seen.insert(c.addr()) {
            continue;
        }
        refresh_one(&c);
        stack.extend(crate::interp::type_bases::subclasses(&c));
    }
}

/// A class's hook flags: a class along its MRO defines the hook (a builtin type by its own flag).
fn refresh_one(cls: &ObjRef) {
    let td = tdata(cls);
    if !td.has(tflag::HEAPTYPE) {
        return;
    }
    let mro = td.mro.borrow().clone();
    let mut on = 0;
    for m in &mro {
        let mt = tdata(m);
        for (name, f) in HOOKS {
            let has = if mt.has(tflag::HEAPTYPE) {
                mt.dict.get_rs(name).is_some()
            } else {
                mt.has(f)
            };
            if has {
                on |= f;
            }
        }
    }
    for (_, f) in HOOKS {
        td.set(f, on & f != 0);
    }
}
