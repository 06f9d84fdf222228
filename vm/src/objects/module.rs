//! Modules: a namespace dict and a name.
use crate::heap::{Kind, ObjRef, Payload};

pub struct Module {
    /// The module's `__dict__` (a dict object).
    pub dict: ObjRef,
}

impl Payload for Module {
    const KIND: Kind = Kind::Module;
}

/// A new module object named `name` with a fresh namespace holding `__name__`, `__doc__`, etc.
pub fn new_module(name: &str) -> ObjRef {
    let d = crate::objects::dict::new_dict();
    if let Some(dd) = d.downcast::<crate::objects::dict::Dict>() {
        dd.set_rs("__name__", crate::objects::str::new_str(name));
        dd.set_rs("__doc__", crate::heap::Value::NONE);
        dd.set_rs("__package__", crate::heap::Value::NONE);
        dd.set_rs("__loader__", crate::heap::Value::NONE);
        dd.set_rs("__spec__", crate::heap::Value::NONE);
    }
    crate::heap::alloc(&crate::objects::types().module, Module { dict: d }, None)
}

pub fn module_dict(m: &ObjRef) -> Option<&crate::objects::dict::Dict> {
    m.downcast::<Module>()
        .and_then(|m| m.dict.downcast::<crate::objects::dict::Dict>())
}

/// The module's namespace dict object.
pub fn module_dict_obj(m: &ObjRef) -> ObjRef {
    match m.downcast::<Module>() {
        Some(md) => md.dict.clone(),
        None => crate::objects::dict::new_dict(),
    }
}

/// Fills the namespace of this file's type(s).
pub fn register() {}
