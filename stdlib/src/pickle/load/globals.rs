//! Finding globals (`Unpickler.find_class`, with Python 2's names mapped) and building the objects
//! of OBJ and INST.
use crate::pickle::save::{deep_attribute, dict_lookup, dotted_path};
use crate::pickle::state::State;
use weft_vm::heap::Value;
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::ops::type_name_of;
use weft_vm::interp::protocols::repr_string;
use weft_vm::interp::{attr, call, import, Vm};
use weft_vm::objects::typeobj::as_type;
use weft_vm::objects::{str as pystr, tuple};

/// OBJ's and INST's construction: `cls.__new__(cls)` for a class without `__getinitargs__` given
/// no arguments, else `cls(*args)`.
pub(super) fn instantiate(vm: &mut Vm, cls: &Value, args: Vec<Value>) -> PyResult<Value> {
    if args.is_empty()
        && as_type(cls).is_some()
        && attr::getattr_opt(vm, cls, "__getinitargs__")?.is_none()
    {
        let new = attr::getattr(vm, cls, "__new__")?;
        return call::call_value(vm, &new, vec![cls.clone()]);
    }
    call::call_value(vm, cls, args)
}

/// `Unpickler.find_class`: imports the module (with Python 2's names mapped under protocols < 3)
/// and follows the (dotted, from protocol 4) name.
pub(crate) fn find_class(
    vm: &mut Vm,
    st: &State,
    proto: u8,
    fix_imports: bool,
    mut module: Value,
    mut name: Value,
) -> PyResult<Value> {
    if proto < 3 && fix_imports {
        let key = tuple::new_tuple(vec![module.clone(), name.clone()]);
        if let Some(item) = dict_lookup(vm, &st.name_mapping_2to3, &key)? {
            match tuple::as_tuple(&item) {
                Some([m, g])
                    if pystr::as_str_obj(m).is_some() && pystr::as_str_obj(g).is_some() =>
                {
                    (module, name) = (m.clone(), g.clone());
                }
                Some([m, g]) => {
                    return Err(error::runtime_error(format!(
                        "_compat_pickle.NAME_MAPPING values should be pairs of str, not ({}, {})",
                        type_name_of(m),
                        type_name_of(g)
                    )))
                }
                _ => {
                    return Err(error::runtime_error(format!(
                        "_compat_pickle.NAME_MAPPING values should be 2-tuples, not {}",
                        type_name_of(&item)
                    )))
                }
            }
        } else if let Some(item) = dict_lookup(vm, &st.import_mapping_2to3, &module)? {
            if pystr::as_str_obj(&item).is_none() {
                return Err(error::runtime_error(format!(
                    "_compat_pickle.IMPORT_MAPPING values should be strings, not {}",
                    type_name_of(&item)
                )));
            }
            module = item;
        }
    }
    let Some(mname) = pystr::as_str(&module) else {
        return Err(error::type_error(format!(
            "module name must be str, not {}",
            type_name_of(&module)
        )));
    };
    let mname = mname.to_string();
    let m = import::import_abs(vm, &mname)?;
    let found = if proto >= 4 {
        let path = dotted_path(vm, Some(&m), &name)?;
        deep_attribute(vm, &m, &path)?.map(|(v, _)| v)
    } else {
        let Some(n) = pystr::as_str(&name) else {
            return Err(error::type_error(format!(
                "attribute name must be string, not '{}'",
                type_name_of(&name)
            )));
        };
        let n = n.to_string();
        attr::getattr_opt(vm, &m, &n)?
    };
    match found {
        Some(v) => Ok(v),
        None => {
            let (n, r) = (repr_string(vm, &name)?, repr_string(vm, &m)?);
            Err(error::attribute_error(format!(
                "Can't get attribute {n} on {r}"
            )))
        }
    }
}
