//! What the pickler and unpickler take from other modules once, at import (CPython's `PickleState`):
//! `copyreg`'s dispatch table and extension registry, `_compat_pickle`'s Python 2 name mappings,
//! `codecs.encode` (bytes under protocols < 3), `getattr` (nested names under protocols < 4) and
//! `functools.partial` (`__newobj_ex__` under protocols < 4).
use std::sync::OnceLock;
use weft_vm::heap::{GilShared, Value};
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::ops::type_name_of;
use weft_vm::interp::{attr, import, Vm};
use weft_vm::objects::dict;

pub(crate) struct State {
    pub(crate) dispatch_table: Value,
    pub(crate) extension_registry: Value,
    pub(crate) inverted_registry: Value,
    pub(crate) extension_cache: Value,
    pub(crate) name_mapping_2to3: Value,
    pub(crate) import_mapping_2to3: Value,
    pub(crate) name_mapping_3to2: Value,
    pub(crate) import_mapping_3to2: Value,
    pub(crate) codecs_encode: Value,
    pub(crate) getattr: Value,
    pub(crate) partial: Value,
}

static STATE: OnceLock<GilShared<State>> = OnceLock::new();

/// The state; loaded by the module's `init`, so it is there whenever a pickler runs.
pub(crate) fn state() -> PyResult<&'static State> {
    STATE
        .get()
        .map(|s| &s.0)
        .ok_or_else(|| error::system_error("_pickle: module state not initialized"))
}

/// Keeps `v` for the life of the process (the state is shared by all threads).
fn keep(v: Value) -> Value {
    if let Some(o) = v.as_obj() {
        o.make_immortal();
    }
    v
}

fn dict_attr(vm: &mut Vm, module: &Value, mname: &str, name: &str) -> PyResult<Value> {
    let v = attr::getattr(vm, module, name)?;
    if dict::as_dict(&v).is_none() {
        return Err(error::runtime_error(format!(
            "{mname}.{name} should be a dict, not {}",
            type_name_of(&v)
        )));
    }
    Ok(v)
}

pub(crate) fn load(vm: &mut Vm) -> PyResult<()> {
    if STATE.get().is_some() {
        return Ok(());
    }
    let copyreg = import::import_abs(vm, "copyreg")?;
    let compat = import::import_abs(vm, "_compat_pickle")?;
    let codecs = import::import_abs(vm, "codecs")?;
    let functools = import::import_abs(vm, "functools")?;
    let builtins = Value::obj(vm.builtins_module());
    let st = State {
        dispatch_table: keep(dict_attr(vm, &copyreg, "copyreg", "dispatch_table")?),
        extension_registry: keep(dict_attr(vm, &copyreg, "copyreg", "_extension_registry")?),
        inverted_registry: keep(dict_attr(vm, &copyreg, "copyreg", "_inverted_registry")?),
        extension_cache: keep(dict_attr(vm, &copyreg, "copyreg", "_extension_cache")?),
        name_mapping_2to3: keep(dict_attr(vm, &compat, "_compat_pickle", "NAME_MAPPING")?),
        import_mapping_2to3: keep(dict_attr(vm, &compat, "_compat_pickle", "IMPORT_MAPPING")?),
        name_mapping_3to2: keep(dict_attr(
            vm,
            &compat,
            "_compat_pickle",
            "REVERSE_NAME_MAPPING",
        )?),
        import_mapping_3to2: keep(dict_attr(
            vm,
            &compat,
            "_compat_pickle",
            "REVERSE_IMPORT_MAPPING",
        )?),
        codecs_encode: keep(attr::getattr(vm, &codecs, "encode")?),
        getattr: keep(attr::getattr(vm, &builtins, "getattr")?),
        partial: keep(attr::getattr(vm, &functools, "partial")?),
    };
    let _ = STATE.set(GilShared(st));
    Ok(())
}
