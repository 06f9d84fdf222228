//! The `weft` package: a native package (`__path__ = []`) whose submodules are the registry's
//! `weft.*` modules. Native modules have no file for importlib's path finders to find, so the
//! package makes its submodules when it is imported and puts them in `sys.modules` and in its own
//! namespace: `import weft.checkpoint`, `from weft import checkpoint` and
//! `importlib.import_module('weft.checkpoint')` then all find them.
use weft_vm::heap::{ObjRef, Value};
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::{import, Vm};
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
                import::set_builtin_spec(vm, &c, name)?;
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
