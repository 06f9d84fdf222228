//! The `weft` package: a native package (`__path__ = []`) whose submodules are the registry's
//! `weft.*` modules. Native modules have no file for importlib's path finders to find, so the
//! package makes its submodules when it is imported and puts them in `sys.modules` and in its own
//! namespace: `import weft.checkpoint`, `from weft import checkpoint` and
//! `importlib.import_module('weft.checkpoint')` then all find them.
use weft_vm::heap::{ObjRef, Value};
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::{attr, call, import, Vm};
use weft_vm::objects::{list, module, str as pystr};

/// Builds the package and its submodules.
pub(crate) fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = module::new_module("weft");
    let d =
        module::module_dict(&m).ok_or_else(|| error::system_error("weft: module without dict"))?;
    d.set_rs("__path__", list::new_list(Vec::new()));
    d.set_rs("__package__", pystr::new_str("weft"));
    d.set_rs(
        "__doc__",
        pystr::new_str("weft's own modules (checkpoint: the native checkpoint format)."),
    );
    let mut children: Vec<(&'static str, weft_vm::interp::registry::ModuleInit)> = vm
        .registry
        .modules
        .iter()
        .filter(|(name, _)| name.strip_prefix("weft.").is_some_and(|n| !n.contains('.')))
        .map(|(name, init)| (*name, *init))
        .collect();
    children.sort_by_key(|(name, _)| *name);
    let modules = vm
        .sys_attr("modules")
        .ok_or_else(|| error::runtime_error("unable to get sys.modules"))?;
    for (name, init) in children {
        let child = match weft_vm::objects::dict::as_dict(&modules).and_then(|ms| ms.get_rs(name)) {
            Some(c) => c,
            None => {
                let c = init(vm)?;
                builtin_spec(vm, &c, name)?;
                if let Some(ms) = weft_vm::objects::dict::as_dict(&modules) {
                    ms.set_rs(name, Value::obj(c.clone()));
                }
                Value::obj(c)
            }
        };
        d.set_rs(&name["weft.".len()..], child);
    }
    Ok(m)
}

/// The `__spec__` importlib's `BuiltinImporter` would give a top-level native module (a real
/// `ModuleSpec` once importlib is running), else the vm's own.
fn builtin_spec(vm: &mut Vm, m: &ObjRef, name: &str) -> PyResult<()> {
    let bootstrap = vm
        .sys_attr("modules")
        .as_ref()
        .and_then(weft_vm::objects::dict::as_dict)
        .and_then(|d| d.get_rs("_frozen_importlib"));
    if let Some(b) = bootstrap {
        let spec_cls = attr::getattr(vm, &b, "ModuleSpec")?;
        let loader = attr::getattr(vm, &b, "BuiltinImporter")?;
        let spec = call::call_value_kw(
            vm,
            &spec_cls,
            vec![pystr::new_str(name), loader.clone()],
            vec![("origin", pystr::new_str("built-in"))],
        )?;
        if let Some(d) = module::module_dict(m) {
            d.set_rs("__spec__", spec);
            d.set_rs("__loader__", loader);
        }
    }
    import::set_builtin_spec(vm, m, name)
}
