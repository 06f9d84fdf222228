//! Globals (classes, functions, what a reducer names): written by reference as module and
//! qualified name (STACK_GLOBAL, GLOBAL with Python 2's names, or `getattr` for nested names),
//! or as an EXT code from the `copyreg` extension registry; after checking that the name leads
//! back to the object.
use super::{dict_lookup, Saver};
use crate::pickle::memo::ident;
use crate::pickle::opcodes::*;
use crate::pickle::pickling_error;
use weft_vm::heap::{Kind, Value};
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::ops::type_name_of;
use weft_vm::interp::protocols::{repr_string, str_string};
use weft_vm::interp::{attr, import, Vm};
use weft_vm::objects::typeobj::{as_type, tdata, tflag};
use weft_vm::objects::{dict, int, str as pystr, tuple, types};

impl Saver {
    pub(super) fn save_type(&mut self, vm: &mut Vm, obj: &Value) -> PyResult<()> {
        let t = types();
        let singleton = match obj.as_obj() {
            Some(o) if o.is(&t.none_type) => Some(Value::NONE),
            Some(o) if o.is(&t.ellipsis_type) => Some(Value::obj(t.ellipsis.clone())),
            Some(o) if o.is(&t.not_implemented_type) => Some(Value::obj(t.not_implemented.clone())),
            _ => None,
        };
        match singleton {
            Some(s) => {
                let rv = [Value::obj(t.type_.clone()), tuple::new_tuple(vec![s])];
                self.save_reduce(vm, &rv, Some(obj))
            }
            None => self.save_global(vm, obj, None),
        }
    }

    /// A global (class, function, or what a reducer named): by reference, as module and name.
    pub(super) fn save_global(
        &mut self,
        vm: &mut Vm,
        obj: &Value,
        name: Option<Value>,
    ) -> PyResult<()> {
        let global_name = match name {
            Some(n) => n,
            None => match attr::getattr_opt(vm, obj, "__qualname__")? {
                Some(n) => n,
                None => attr::getattr(vm, obj, "__name__")?,
            },
        };
        let dotted = dotted_path(vm, None, &global_name)?;
        let module_name = shared_module_name(obj, whichmodule(vm, obj, &dotted)?);
        let module = match pystr::as_str(&module_name) {
            Some(m) => import::import_abs(vm, m).ok(),
            None => None,
        };
        let Some(module) = module else {
            let (r, m) = (repr_string(vm, obj)?, repr_string(vm, &module_name)?);
            return Err(pickling_error(format!(
                "Can't pickle {r}: import of module {m} failed"
            )));
        };
        let lastname = dotted.last().cloned().unwrap_or(Value::NONE);
        let found = deep_attribute(vm, &module, &dotted).ok().flatten();
        let Some((cls, parent)) = found else {
            let r = repr_string(vm, obj)?;
            let (g, m) = (str_string(vm, &global_name)?, str_string(vm, &module_name)?);
            return Err(pickling_error(format!(
                "Can't pickle {r}: attribute lookup {g} on {m} failed"
            )));
        };
        if ident(&cls) != ident(obj) {
            let r = repr_string(vm, obj)?;
            let (g, m) = (str_string(vm, &global_name)?, str_string(vm, &module_name)?);
            return Err(pickling_error(format!(
                "Can't pickle {r}: it's not the same object as {m}.{g}"
            )));
        }
        if self.proto >= 2 {
            let key = tuple::new_tuple(vec![module_name.clone(), global_name.clone()]);
            let code = match dict::as_dict(&self.st.extension_registry) {
                Some(d) => d.get(vm, &key)?,
                None => None,
            };
            if let Some(code) = code {
                return self.save_ext(vm, obj, &code);
            }
        }
        let parent_is_module = ident(&parent) == ident(&module);
        let global_name = if parent_is_module {
            lastname.clone()
        } else {
            global_name
        };
        if self.proto >= 4 {
            self.save(vm, &module_name, false)?;
            self.save(vm, &global_name, false)?;
            self.op(STACK_GLOBAL);
        } else if !parent_is_module {
            let rv = [
                self.st.getattr.clone(),
                tuple::new_tuple(vec![parent, lastname]),
            ];
            self.save_reduce(vm, &rv, None)?;
        } else {
            self.write_global_line(vm, module_name, global_name)?;
        }
        self.memo_put(obj)
    }

    /// GLOBAL's two lines, with Python 2's names under protocols < 3 when asked.
    pub(super) fn write_global_line(
        &mut self,
        vm: &mut Vm,
        mut module_name: Value,
        mut global_name: Value,
    ) -> PyResult<()> {
        self.op(GLOBAL);
        if self.proto < 3 && self.fix_imports {
            (module_name, global_name) = self.fix_imports(vm, module_name, global_name)?;
        }
        for (v, what) in [(&module_name, "module"), (&global_name, "global")] {
            let Some(s) = pystr::as_str_obj(v) else {
                return Err(error::type_error(format!(
                    "expected str, not {}",
                    type_name_of(v)
                )));
            };
            if self.proto != 3 && !s.is_ascii() || s.has_surrogates() {
                let text = str_string(vm, v)?;
                return Err(pickling_error(format!(
                    "can't pickle {what} identifier '{text}' using pickle protocol {}",
                    self.proto
                )));
            }
            let data = s.as_bytes().to_vec();
            self.w(&data);
            self.op(b'\n');
        }
        Ok(())
    }

    pub(super) fn fix_imports(
        &mut self,
        vm: &mut Vm,
        m: Value,
        g: Value,
    ) -> PyResult<(Value, Value)> {
        let key = tuple::new_tuple(vec![m.clone(), g.clone()]);
        if let Some(item) = dict_lookup(vm, &self.st.name_mapping_3to2, &key)? {
            return match tuple::as_tuple(&item) {
                Some([a, b]) if pystr::as_str_obj(a).is_some() && pystr::as_str_obj(b).is_some() => {
                    Ok((a.clone(), b.clone()))
                }
                Some([a, b]) => Err(error::runtime_error(format!(
                    "_compat_pickle.REVERSE_NAME_MAPPING values should be pairs of str, not ({}, {})",
                    type_name_of(a),
                    type_name_of(b)
                ))),
                _ => Err(error::runtime_error(format!(
                    "_compat_pickle.REVERSE_NAME_MAPPING values should be 2-tuples, not {}",
                    type_name_of(&item)
                ))),
            };
        }
        if let Some(item) = dict_lookup(vm, &self.st.import_mapping_3to2, &m)? {
            if pystr::as_str_obj(&item).is_none() {
                return Err(error::runtime_error(format!(
                    "_compat_pickle.REVERSE_IMPORT_MAPPING values should be strings, not {}",
                    type_name_of(&item)
                )));
            }
            return Ok((item, g));
        }
        Ok((m, g))
    }

    /// EXT1/EXT2/EXT4 for a global in the extension registry.
    pub(super) fn save_ext(&mut self, vm: &mut Vm, obj: &Value, code: &Value) -> PyResult<()> {
        if !int::is_int(code) {
            let (r, c) = (repr_string(vm, obj)?, repr_string(vm, code)?);
            return Err(pickling_error(format!(
                "Can't pickle {r}: extension code {c} isn't an integer"
            )));
        }
        let c = match int::to_i64(code) {
            Some(c) => c,
            None => {
                return Err(error::overflow_error(
                    "Python int too large to convert to C long",
                ))
            }
        };
        if c <= 0 || c > 0x7fff_ffff {
            let r = repr_string(vm, obj)?;
            return Err(pickling_error(format!(
                "Can't pickle {r}: extension code {c} is out of range"
            )));
        }
        let b = (c as u32).to_le_bytes();
        if c <= 0xff {
            self.w(&[EXT1, b[0]]);
        } else if c <= 0xffff {
            self.w(&[EXT2, b[0], b[1]]);
        } else {
            self.w(&[EXT4, b[0], b[1], b[2], b[3]]);
        }
        Ok(())
    }
}

/// `name.split('.')`, refusing `<locals>` (a local object cannot be found again by name).
pub(crate) fn dotted_path(vm: &mut Vm, obj: Option<&Value>, name: &Value) -> PyResult<Vec<Value>> {
    let Some(s) = pystr::as_str_obj(name) else {
        return Err(error::type_error(format!(
            "must be str, not {}",
            type_name_of(name)
        )));
    };
    let parts: Vec<Value> = s
        .as_bytes()
        .split(|&b| b == b'.')
        .map(pystr::new_gutf8_slice)
        .collect();
    if parts.iter().any(|p| pystr::as_str(p) == Some("<locals>")) {
        let n = repr_string(vm, name)?;
        return Err(error::attribute_error(match obj {
            None => format!("Can't pickle local object {n}"),
            Some(o) => {
                let r = repr_string(vm, o)?;
                format!("Can't pickle local attribute {n} on {r}")
            }
        }));
    }
    Ok(parts)
}

/// Follows `path` from `obj`: the attribute and its parent, None when a step is missing.
pub(crate) fn deep_attribute(
    vm: &mut Vm,
    obj: &Value,
    path: &[Value],
) -> PyResult<Option<(Value, Value)>> {
    let mut parent = obj.clone();
    let mut cur = obj.clone();
    for name in path {
        parent = cur;
        let n = pystr::as_str(name).unwrap_or_default().to_string();
        match attr::getattr_opt(vm, &parent, &n)? {
            Some(v) => cur = v,
            None => return Ok(None),
        }
    }
    Ok(Some((cur, parent)))
}

/// The module a global lives in: its `__module__`, else the module of `sys.modules` holding it.
fn whichmodule(vm: &mut Vm, obj: &Value, dotted: &[Value]) -> PyResult<Value> {
    if let Some(m) = attr::getattr_opt(vm, obj, "__module__")? {
        if !m.is_none() {
            return Ok(m);
        }
    }
    let Some(modules) = vm.sys_attr("modules") else {
        return Err(error::runtime_error("unable to get sys.modules"));
    };
    let items: Vec<(Value, Value)> = match dict::as_dict(&modules) {
        Some(d) => d.items(),
        None => Vec::new(),
    };
    for (name, module) in items {
        if module.is_none() || pystr::as_str(&name) == Some("__main__") {
            continue;
        }
        if let Ok(Some((found, _))) = deep_attribute(vm, &module, dotted) {
            if ident(&found) == ident(obj) {
                return Ok(name);
            }
        }
    }
    Ok(pystr::new_str("__main__"))
}

/// One str per module name for builtin functions' `__module__` (CPython's `m_module`).
static FUNCTION_MODULES: weft_vm::heap::GilShared<
    std::cell::LazyCell<std::cell::RefCell<std::collections::HashMap<String, Value>>>,
> = weft_vm::heap::GilShared(std::cell::LazyCell::new(|| {
    std::cell::RefCell::new(std::collections::HashMap::new())
}));

/// The module name as the object CPython would hand the pickler, so that it is memoized where
/// CPython's is: a builtin type's `__module__` is one interned str, the builtin functions of a
/// module share their module's name object, and Python classes and functions share their module's
/// `__name__` already.
fn shared_module_name(obj: &Value, name: Value) -> Value {
    let Some(s) = name.as_obj().filter(|o| o.ty().is(&types().str)) else {
        return name;
    };
    if as_type(obj).is_some_and(|t| !tdata(t).has(tflag::HEAPTYPE)) {
        return Value::obj(pystr::intern_obj(s));
    }
    if obj.as_obj().is_some_and(|o| o.kind() == Kind::Builtin) {
        let key = pystr::as_str(&name).unwrap_or_default().to_string();
        return FUNCTION_MODULES.with(|m| {
            let mut m = m.borrow_mut();
            m.entry(key)
                .or_insert_with(|| {
                    // Kept for the life of the thread, as a module's name is; immortal, so that
                    // the thread's teardown never drops it after the heap.
                    s.make_immortal();
                    name.clone()
                })
                .clone()
        });
    }
    name
}
