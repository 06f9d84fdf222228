//! The import system for source files and packages: `sys.modules`, `sys.path`, packages with `__init__.py`
//! and `__path__`, relative imports, `from m import *`, and native modules from the registry. Module code runs
//! in a nested run of the loop (an import is a native re-entry, as in CPython).
use crate::heap::{ObjRef, Value};
use crate::interp::error::{self, PyErr, PyResult};
use crate::interp::{attr, call, exc, Vm};
use crate::objects::dict::Dict;
use crate::objects::{self, list, module, str as pystr, tuple, types};

fn globals_of_caller(vm: &Vm) -> Option<ObjRef> {
    vm.frames.last().map(|f| f.globals.clone())
}

/// The package a relative import is relative to (`__package__`, else derived from `__name__`/`__path__`).
fn current_package(vm: &Vm) -> PyResult<String> {
    let Some(g) = globals_of_caller(vm) else {
        return Ok(String::new());
    };
    let d = g
        .downcast::<Dict>()
        .ok_or_else(|| error::system_error("globals must be a dict"))?;
    if let Some(p) = d.get_rs("__package__") {
        if let Some(s) = pystr::as_str(&p) {
            return Ok(s.to_string());
        }
        if !p.is_none() {
            return Err(error::type_error("package must be a string"));
        }
    }
    let name = d
        .get_rs("__name__")
        .and_then(|n| pystr::as_str(&n).map(|s| s.to_string()))
        .unwrap_or_default();
    if d.get_rs("__path__").is_some() {
        return Ok(name);
    }
    Ok(match name.rfind('.') {
        Some(i) => name[..i].to_string(),
        None => String::new(),
    })
}

fn resolve_name(vm: &Vm, name: &str, level: usize) -> PyResult<String> {
    if level == 0 {
        if name.is_empty() {
            return Err(error::value_error("Empty module name"));
        }
        return Ok(name.to_string());
    }
    let pkg = current_package(vm)?;
    resolve_in(&pkg, name, level)
}

fn resolve_in(pkg: &str, name: &str, level: usize) -> PyResult<String> {
    if pkg.is_empty() {
        return Err(PyErr::new(
            &types().import_error,
            "attempted relative import with no known parent package",
        ));
    }
    let parts: Vec<&str> = pkg.split('.').collect();
    if level > parts.len() {
        return Err(PyErr::new(
            &types().import_error,
            "attempted relative import beyond top-level package",
        ));
    }
    let base = parts[..parts.len() - (level - 1)].join(".");
    Ok(if name.is_empty() {
        base
    } else {
        format!("{base}.{name}")
    })
}

fn modules(vm: &Vm) -> &Dict {
    vm.modules
        .downcast::<Dict>()
        .expect("sys.modules is a dict")
}

/// `IMPORT_NAME`.
pub fn import_name(vm: &mut Vm, name: &ObjRef, fromlist: Value, level: Value) -> PyResult<Value> {
    let name = pystr::as_str(&Value::obj(name.clone()))
        .unwrap_or("")
        .to_string();
    let level = crate::objects::int::to_i64(&level).unwrap_or(0);
    if level < 0 {
        return Err(error::value_error("level must be >= 0"));
    }
    // The frame's builtins give `__import__`; a replaced one is honoured.
    let builtins = vm
        .frames
        .last()
        .map(|f| f.builtins.clone())
        .unwrap_or_else(|| vm.builtins.clone());
    let builtins_import = builtins
        .downcast::<Dict>()
        .and_then(|d| d.get_rs("__import__"));
    let Some(imp) = builtins_import else {
        return Err(PyErr::new(&types().import_error, "__import__ not found"));
    };
    {
        if imp
            .as_obj()
            .and_then(|o| o.downcast::<objects::builtin::Builtin>())
            .is_none_or(|b| b.name != "__import__")
        {
            let g = globals_of_caller(vm).map(Value::obj).unwrap_or(Value::NONE);
            return call::call_value(
                vm,
                &imp,
                vec![
                    pystr::new_str(&name),
                    g,
                    Value::NONE,
                    fromlist,
                    crate::objects::int::from_i64(level),
                ],
            );
        }
    }
    let pkg = current_package(vm)?;
    import_module_level(vm, &name, &fromlist, level as usize, &pkg)
}

/// `__import__` with an explicit `globals` giving the package for a relative import.
pub fn import_relative_from(
    vm: &mut Vm,
    name: &str,
    fromlist: &Value,
    level: usize,
    pkg: &str,
) -> PyResult<Value> {
    import_module_level(vm, name, fromlist, level, pkg)
}

/// `__import__(name, globals, locals, fromlist, level)` semantics with the package already known.
pub fn import_module_level(
    vm: &mut Vm,
    name: &str,
    fromlist: &Value,
    level: usize,
    pkg: &str,
) -> PyResult<Value> {
    let abs = if level == 0 {
        resolve_name(vm, name, 0)?
    } else {
        resolve_in(pkg, name, level)?
    };
    let m = import_abs(vm, &abs)?;
    let has_from = tuple::as_tuple(fromlist).is_some_and(|t| !t.is_empty())
        || list::as_list(fromlist).is_some_and(|l| !l.items.borrow().is_empty());
    if !has_from {
        if level == 0 || name.is_empty() {
            let top = abs.split('.').next().unwrap_or("").to_string();
            if level == 0 {
                return modules(vm)
                    .get_rs(&top)
                    .ok_or_else(|| module_not_found(&top));
            }
        }
        if level > 0 && !name.is_empty() {
            // `from . import x` has a fromlist; `import .x` is not valid syntax; return the top of the relative name.
            let first = name.split('.').next().unwrap_or("");
            let base_len = abs.len() - name.len();
            let top = format!("{}{}", &abs[..base_len], first);
            return modules(vm)
                .get_rs(&top)
                .ok_or_else(|| module_not_found(&top));
        }
        return Ok(m);
    }
    // Packages: import submodules named in fromlist that are not attributes.
    let is_pkg = m
        .as_obj()
        .and_then(module::module_dict)
        .is_some_and(|d| d.get_rs("__path__").is_some());
    if is_pkg {
        let items = tuple::as_tuple(fromlist)
            .map(|t| t.to_vec())
            .or_else(|| list::as_list(fromlist).map(|l| l.items.borrow().clone()))
            .unwrap_or_default();
        for it in items {
            let Some(s) = pystr::as_str(&it) else {
                continue;
            };
            if s == "*" {
                if let Some(all) = m
                    .as_obj()
                    .and_then(module::module_dict)
                    .and_then(|d| d.get_rs("__all__"))
                {
                    for n in crate::interp::protocols::iterate(vm, &all)? {
                        if let Some(ns) = pystr::as_str(&n) {
                            let has = m
                                .as_obj()
                                .and_then(module::module_dict)
                                .is_some_and(|d| d.get_rs(ns).is_some());
                            if !has {
                                let _ = import_abs(vm, &format!("{abs}.{ns}"));
                            }
                        }
                    }
                }
                continue;
            }
            // `hasattr(module, x)`, so a module `__getattr__` may answer.
            let has = attr::getattr_opt(vm, &m, s)?.is_some();
            if !has {
                let full = format!("{abs}.{s}");
                match import_abs(vm, &full) {
                    Ok(_) => {}
                    // As `_handle_fromlist`: only the submodule itself being absent is ignored (the
                    // name is then looked up as an attribute); a module it imports being absent is
                    // the error.
                    Err(e) if exc::matches_type(&e, &types().module_not_found_error) => {
                        let eo = exc::normalize(vm, e);
                        let missing = attr::getattr_opt(vm, &Value::obj(eo.clone()), "name")?;
                        if missing.as_ref().and_then(pystr::as_str) != Some(full.as_str()) {
                            return Err(PyErr::from_obj(eo));
                        }
                    }
                    Err(e) => return Err(e),
                }
            }
        }
    }
    Ok(m)
}

#[cold]
fn module_not_found(name: &str) -> PyErr {
    not_found_msg(name, format!("No module named '{name}'"))
}

/// `ModuleNotFoundError` with its `name` attribute.
#[cold]
fn not_found_msg(name: &str, msg: String) -> PyErr {
    PyErr::named(
        &types().module_not_found_error,
        msg,
        pystr::new_str(name),
        None,
    )
}

/// A module that another thread is still running (its spec's `_initializing` is set) is waited for,
/// through its import lock (`_frozen_importlib._lock_unlock_module`), as CPython's
/// `import_ensure_initialized`: a second thread must not get it half-made.
fn wait_initialized(vm: &mut Vm, name: &str, m: &Value) -> PyResult<()> {
    let Some(spec) = crate::interp::attr::getattr_opt(vm, m, "__spec__")? else {
        return Ok(());
    };
    let initializing = match crate::interp::attr::getattr_opt(vm, &spec, "_initializing")? {
        Some(v) => crate::interp::ops::truthy(vm, &v)?,
        None => false,
    };
    if !initializing {
        return Ok(());
    }
    let Some(bootstrap) = modules(vm).get_rs("_frozen_importlib") else {
        return Ok(());
    };
    let f = crate::interp::attr::getattr(vm, &bootstrap, "_lock_unlock_module")?;
    call::call_value(vm, &f, vec![pystr::new_str(name)])?;
    Ok(())
}

/// Imports a module by absolute dotted name (parents first), returning the leaf module.
pub fn import_abs(vm: &mut Vm, abs: &str) -> PyResult<Value> {
    if let Some(m) = modules(vm).get_rs(abs) {
        if m.is_none() {
            return Err(not_found_msg(
                abs,
                format!("import of {abs} halted; None in sys.modules"),
            ));
        }
        if crate::interp::threads::several() {
            wait_initialized(vm, abs, &m)?;
        }
        return Ok(m);
    }
    if let Some(find_and_load) = vm.find_and_load.clone() {
        let import = vm
            .builtins
            .downcast::<Dict>()
            .and_then(|d| d.get_rs("__import__"))
            .unwrap_or(Value::NONE);
        return call::call_value(vm, &find_and_load, vec![pystr::new_str(abs), import])
            .map_err(|e| crate::interp::bootstrap::remove_importlib_frames(vm, e));
    }
    let (parent, leaf) = match abs.rfind('.') {
        Some(i) => (Some(&abs[..i]), &abs[i + 1..]),
        None => (None, abs),
    };
    let search: Vec<String> = match parent {
        Some(p) => {
            let pm = import_abs(vm, p)?;
            if let Some(m) = modules(vm).get_rs(abs) {
                return Ok(m);
            }
            let path = pm
                .as_obj()
                .and_then(module::module_dict)
                .and_then(|d| d.get_rs("__path__"));
            match path {
                Some(pv) => crate::interp::protocols::iterate(vm, &pv)?
                    .iter()
                    .filter_map(|p| pystr::as_str(p).map(|s| s.to_string()))
                    .collect(),
                None => {
                    return Err(not_found_msg(
                        abs,
                        format!("No module named '{abs}'; '{p}' is not a package"),
                    ))
                }
            }
        }
        None => {
            if let Some(init) = vm.registry.modules.get(abs).copied() {
                let m = init(vm)?;
                set_builtin_spec(vm, &m, abs)?;
                modules(vm).set_rs(abs, Value::obj(m.clone()));
                return Ok(Value::obj(m));
            }
            sys_path(vm)?
        }
    };
    // Directories named `leaf` without `__init__.py` make a namespace package if nothing else
    // matches (PEP 420).
    let mut portions = Vec::new();
    for dir in &search {
        let base = if dir.is_empty() {
            std::path::PathBuf::from(".")
        } else {
            std::path::PathBuf::from(dir)
        };
        let pkg_init = base.join(leaf).join("__init__.py");
        if pkg_init.is_file() {
            let pkg_dir = base.join(leaf);
            return load_source_module(vm, abs, &pkg_init, Some(&pkg_dir));
        }
        let file = base.join(format!("{leaf}.py"));
        if file.is_file() {
            return load_source_module(vm, abs, &file, None);
        }
        let pkg_dir = base.join(leaf);
        if pkg_dir.is_dir() {
            portions.push(pkg_dir.to_string_lossy().to_string());
        }
    }
    if !portions.is_empty() {
        return namespace_package(vm, abs, portions);
    }
    match vm.registry.missing_stdlib_hint {
        Some(hint) if parent.is_none() => Err(not_found_msg(
            abs,
            format!("No module named '{abs}' ({hint})"),
        )),
        _ => Err(module_not_found(abs)),
    }
}

/// Gives a native module the `__spec__` (origin `built-in`) and `__package__` that importlib's
/// `BuiltinImporter` gives it, unless it set its own.
pub fn set_builtin_spec(vm: &mut Vm, m: &ObjRef, name: &str) -> PyResult<()> {
    let Some(d) = module::module_dict(m) else {
        return Ok(());
    };
    if d.get_rs("__spec__").is_none_or(|s| s.is_none()) {
        let spec = crate::interp::builtins_mod::module_spec(vm, name, "built-in", false)?;
        if let Some(s) = spec.as_obj() {
            objects::instance::set(s, &pystr::intern("has_location"), Value::FALSE);
        }
        d.set_rs("__spec__", spec);
    }
    if d.get_rs("__package__").is_none_or(|p| p.is_none()) {
        d.set_rs("__package__", pystr::new_str(""));
    }
    Ok(())
}

/// A namespace package: no code, no `__file__`, its `__path__` the directories found.
fn namespace_package(vm: &mut Vm, name: &str, portions: Vec<String>) -> PyResult<Value> {
    let m = module::new_module(name);
    let d = module::module_dict(&m).expect("new module has a dict");
    let path = || list::new_list(portions.iter().map(|p| pystr::new_str(p)).collect());
    d.set_rs("__file__", Value::NONE);
    d.set_rs("__path__", path());
    d.set_rs("__package__", pystr::new_str(name));
    let spec = crate::interp::builtins_mod::module_spec(vm, name, "", true)?;
    if let Some(s) = spec.as_obj() {
        objects::instance::set(s, &pystr::intern("origin"), Value::NONE);
        objects::instance::set(s, &pystr::intern("has_location"), Value::FALSE);
        objects::instance::set(s, &pystr::intern("submodule_search_locations"), path());
    }
    d.set_rs("__spec__", spec);
    modules(vm).set_rs(name, Value::obj(m.clone()));
    if let Some((parent, leaf)) = name.rsplit_once('.') {
        if let Some(p) = modules(vm).get_rs(parent) {
            let _ = attr::setattr(vm, &p, leaf, Value::obj(m.clone()));
        }
    }
    Ok(Value::obj(m))
}

fn sys_path(vm: &mut Vm) -> PyResult<Vec<String>> {
    let sp = vm
        .sys
        .as_ref()
        .and_then(module::module_dict)
        .and_then(|d| d.get_rs("path"));
    match sp {
        Some(p) => Ok(crate::interp::protocols::iterate(vm, &p)?
            .iter()
            .filter_map(|x| pystr::as_str(x).map(|s| s.to_string()))
            .collect()),
        None => Ok(vm.path.clone()),
    }
}

/// Creates module `name` from a source file and runs it (registered in `sys.modules` first, removed again if
/// running it fails).
pub fn load_source_module(
    vm: &mut Vm,
    name: &str,
    file: &std::path::Path,
    pkg_dir: Option<&std::path::Path>,
) -> PyResult<Value> {
    let src = std::fs::read(file).map_err(|e| PyErr::new(&types().os_error, e.to_string()))?;
    let filename = file.to_string_lossy().to_string();
    let code = vm.compile_bytes(&src, &filename, crate::interp::compile::Mode::Exec, 0)?;
    let m = module::new_module(name);
    let d = module::module_dict(&m).expect("new module has a dict");
    d.set_rs("__file__", pystr::new_str(&filename));
    d.set_rs("__builtins__", Value::obj(vm.builtins_module()));
    let package = match pkg_dir {
        Some(dir) => {
            d.set_rs(
                "__path__",
                list::new_list(vec![pystr::new_string(dir.to_string_lossy().to_string())]),
            );
            name.to_string()
        }
        None => name
            .rsplit_once('.')
            .map(|(p, _)| p.to_string())
            .unwrap_or_default(),
    };
    d.set_rs("__package__", pystr::new_str(&package));
    d.set_rs(
        "__spec__",
        crate::interp::builtins_mod::module_spec(vm, name, &filename, pkg_dir.is_some())?,
    );
    d.set_rs("__cached__", Value::NONE);
    modules(vm).set_rs(name, Value::obj(m.clone()));
    let globals = module::module_dict_obj(&m);
    // While the code runs, the spec says so (`_initializing`), and the parent's spec lists this
    // submodule as not yet bound: attribute errors then mention a likely circular import.
    let spec = d.get_rs("__spec__");
    let set_init = |v: bool| {
        if let Some(s) = spec.as_ref().and_then(|s| s.as_obj()) {
            objects::instance::set(s, &pystr::intern("_initializing"), Value::bool(v));
        }
    };
    set_init(true);
    let parent_pending = name.rsplit_once('.').and_then(|(parent, leaf)| {
        let pm = modules(vm).get_rs(parent)?;
        let pspec = module::module_dict(pm.as_obj()?)?.get_rs("__spec__")?;
        let key = pystr::intern("_uninitialized_submodules");
        let so = pspec.as_obj()?.clone();
        let l = match objects::instance::get(&so, &key) {
            Some(l) if list::as_list(&l).is_some() => l,
            _ => {
                let l = list::new_list(Vec::new());
                objects::instance::set(&so, &key, l.clone());
                l
            }
        };
        list::as_list(&l)?
            .items
            .borrow_mut()
            .push(pystr::new_str(leaf));
        Some(l)
    });
    let r = vm.run_code(&code, globals.clone(), Value::obj(globals));
    set_init(false);
    if let Some(l) = parent_pending.as_ref().and_then(list::as_list) {
        let popped = l.items.borrow_mut().pop();
        drop(popped);
    }
    if let Err(e) = r {
        modules(vm).del_str(&pystr::intern(name));
        return Err(e);
    }
    // Bind the submodule on its parent package.
    if let Some((parent, leaf)) = name.rsplit_once('.') {
        if let Some(p) = modules(vm).get_rs(parent) {
            let _ = attr::setattr(vm, &p, leaf, Value::obj(m.clone()));
        }
    }
    // The module in sys.modules may have been replaced while running.
    Ok(modules(vm).get_rs(name).unwrap_or(Value::obj(m)))
}

/// `IMPORT_FROM`.
pub fn import_from(vm: &mut Vm, m: &Value, name: &ObjRef) -> PyResult<Value> {
    let n = pystr::as_str(&Value::obj(name.clone()))
        .unwrap_or("")
        .to_string();
    match attr::getattr(vm, m, &n) {
        Ok(v) => Ok(v),
        Err(e) if exc::matches_type(&e, &types().attribute_error) => {
            let mname = attr::getattr_opt(vm, m, "__name__")?
                .and_then(|v| pystr::as_str(&v).map(|s| s.to_string()));
            if let Some(mn) = &mname {
                let full = format!("{mn}.{n}");
                if let Some(sub) = modules(vm).get_rs(&full) {
                    return Ok(sub);
                }
            }
            let file = attr::getattr_opt(vm, m, "__file__")?
                .and_then(|v| pystr::as_str(&v).map(|s| s.to_string()));
            let initializing = attr::getattr_opt(vm, m, "__spec__")?
                .map(|s| attr::getattr_opt(vm, &s, "_initializing"))
                .transpose()?
                .flatten()
                .is_some_and(|v| v.as_bool() == Some(true));
            let mn = mname.unwrap_or_else(|| "<unknown module name>".to_string());
            let loc = match &file {
                Some(f) => format!(" ({f})"),
                None => " (unknown location)".to_string(),
            };
            let msg = if initializing {
                format!("cannot import name '{n}' from partially initialized module '{mn}' (most likely due to a circular import){loc}")
            } else {
                format!("cannot import name '{n}' from '{mn}'{loc}")
            };
            Err(PyErr::named(
                &types().import_error,
                msg,
                pystr::new_string(mn),
                file.map(|f| ("path", pystr::new_string(f))),
            ))
        }
        Err(e) => Err(e),
    }
}

/// `from m import *`.
pub fn import_star(vm: &mut Vm, m: &Value, locals: &Value) -> PyResult<()> {
    let names: Vec<Value> = match attr::getattr_opt(vm, m, "__all__")? {
        Some(all) => crate::interp::protocols::iterate(vm, &all)?,
        None => {
            let d = attr::getattr(vm, m, "__dict__")?;
            let keys = objects::dict::as_dict(&d)
                .map(|d| d.keys())
                .unwrap_or_default();
            keys.into_iter()
                .filter(|k| pystr::as_str(k).is_some_and(|s| !s.starts_with('_')))
                .collect()
        }
    };
    for n in names {
        let Some(s) = pystr::as_str(&n).map(|s| s.to_string()) else {
            let modname = attr::getattr(vm, m, "__name__")?;
            let Some(modname) = pystr::as_str(&modname) else {
                return Err(error::type_error(format!(
                    "module __name__ must be a string, not {}",
                    crate::interp::ops::type_name_of(&modname)
                )));
            };
            return Err(error::type_error(format!(
                "Item in {modname}.__all__ must be str, not {}",
                crate::interp::ops::type_name_of(&n)
            )));
        };
        let v = attr::getattr(vm, m, &s)?;
        match objects::dict::as_dict(locals) {
            Some(d) => d.set_str(&pystr::intern(&s), v),
            None => crate::interp::protocols::setitem_call(vm, locals.clone(), n.clone(), v)?,
        }
    }
    Ok(())
}

/// The file of module `name` for `-m` (a package's directory with `is_pkg`), importing its parents.
pub fn find_module_file(vm: &mut Vm, name: &str) -> PyResult<Option<(std::path::PathBuf, bool)>> {
    let (search, leaf) = match name.rsplit_once('.') {
        Some((parent, leaf)) => {
            let pm = import_abs(vm, parent)?;
            let path = pm
                .as_obj()
                .and_then(module::module_dict)
                .and_then(|d| d.get_rs("__path__"));
            let dirs: Vec<String> = match path {
                Some(p) => crate::interp::protocols::iterate(vm, &p)?
                    .iter()
                    .filter_map(|x| pystr::as_str(x).map(|s| s.to_string()))
                    .collect(),
                None => return Ok(None),
            };
            (dirs, leaf.to_string())
        }
        None => (sys_path(vm)?, name.to_string()),
    };
    for dir in search {
        let base = if dir.is_empty() {
            std::path::PathBuf::from(".")
        } else {
            std::path::PathBuf::from(dir)
        };
        let pkg = base.join(&leaf);
        if pkg.join("__init__.py").is_file() {
            import_abs(vm, name)?;
            return Ok(Some((pkg, true)));
        }
        let f = base.join(format!("{leaf}.py"));
        if f.is_file() {
            return Ok(Some((f, false)));
        }
    }
    Ok(None)
}
