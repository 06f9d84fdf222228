//! The part of CPython's `finalize_modules` that programs can see: at exit the objects that only
//! module namespaces keep alive are finalised, so their `__del__` runs (and its errors are
//! reported as "Exception ignored in").
//!
//! CPython empties `sys.modules`, and the namespaces that nothing else keeps alive die together
//! as cycles, whose finalisers (PEP 442) run while every global is still there; then the
//! namespaces of the modules still alive are cleared in reverse import order, names with one
//! leading underscore first (`_PyModule_ClearDict`). `sys` and `builtins` stay until the end.
//! Here the objects only a namespace holds are finalised first (`__main__`'s, then the other
//! modules' in import order), then the namespaces are cleared (`__main__` first).
use crate::heap::{flag, Kind, ObjRef, Value};
use crate::interp::{call, exc, Vm};
use crate::objects::{dict::Dict, module, str as pystr, typeobj};
use std::collections::HashMap;

impl Vm {
    /// Finalises what the module namespaces hold (after `atexit`, before the process ends).
    pub fn finalize_modules(&mut self) {
        let Some(modules) = self.modules.downcast::<Dict>() else {
            return;
        };
        let mods: Vec<(String, ObjRef)> = modules
            .items()
            .into_iter()
            .filter_map(|(k, v)| {
                let name = pystr::as_str(&k)?.to_string();
                let m = v.as_obj().filter(|o| o.kind() == Kind::Module)?.clone();
                Some((name, m))
            })
            .collect();
        let main = mods.iter().filter(|(n, _)| n == "__main__");
        let others = || {
            mods.iter()
                .filter(|(n, _)| !matches!(n.as_str(), "__main__" | "sys" | "builtins"))
        };
        let values: Vec<Value> = main
            .clone()
            .chain(others())
            .filter_map(|(_, m)| module::module_dict(m))
            .flat_map(|d| d.items().into_iter().map(|(_, v)| v))
            .collect();
        finalize_unshared(self, &values);
        for (_, m) in main.chain(others().rev()) {
            clear_namespace(self, m);
        }
    }
}

/// Runs `__del__` of the namespace values that nothing but namespaces references, in order,
/// with every namespace intact (the finalisers CPython's collector runs on dead namespaces).
fn finalize_unshared(vm: &mut Vm, values: &[Value]) {
    let mut seen: HashMap<usize, u32> = HashMap::new();
    for o in values.iter().filter_map(Value::as_obj) {
        *seen.entry(o.addr()).or_default() += 1;
    }
    for v in values {
        let Some(o) = v.as_obj() else { continue };
        // Each namespace slot holding it counts twice: the slot and `values`.
        let held = seen.get(&o.addr()).copied().unwrap_or(0) * 2;
        if o.refcount() != held || o.flags() & (flag::HAS_DEL | flag::FINALIZED) != flag::HAS_DEL {
            continue;
        }
        o.set_flag(flag::FINALIZED);
        if let Some(del) = typeobj::lookup_str(o.ty(), "__del__") {
            if let Err(e) = call::call_value(vm, &del, vec![v.clone()]) {
                exc::write_unraisable(vm, e, "Exception ignored in", &del);
            }
        }
    }
}

/// `_PyModule_ClearDict`: every value but `__builtins__` becomes None, names with one leading
/// underscore first; finalisers run as their objects die.
fn clear_namespace(vm: &mut Vm, m: &ObjRef) {
    let Some(d) = module::module_dict(m) else {
        return;
    };
    for private in [true, false] {
        for k in d.keys() {
            let Some(name) = pystr::as_str(&k) else {
                continue;
            };
            let is_private = name.starts_with('_') && !name.starts_with("__");
            if is_private != private || name == "__builtins__" {
                continue;
            }
            if d.get_rs(name).is_some_and(|v| !v.is_none()) {
                d.set_rs(name, Value::NONE);
                vm.run_finalizers();
            }
        }
    }
}
