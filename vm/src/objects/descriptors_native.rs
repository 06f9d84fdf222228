//! Descriptors backed by Rust data: `member_descriptor` (a `__slots__` entry), `getset_descriptor` (computed
//! attributes of builtin types such as `function.__name__`), and `types.GenericAlias`.
use crate::heap::Value;
use crate::interp::error::PyResult;
use crate::interp::Vm;
use crate::objects::native::NativeObj;
use crate::objects::types;

/// A `__slots__` member: attribute slot `index` of instances.
pub struct Member {
    pub name: String,
    pub index: usize,
}

/// Getter/setter functions of a computed attribute.
pub type Getter = fn(&mut Vm, &Value) -> PyResult<Value>;
pub type Setter = fn(&mut Vm, &Value, Option<Value>) -> PyResult<()>;

pub struct GetSet {
    pub name: &'static str,
    pub get: Getter,
    pub set: Option<Setter>,
}

pub struct GenericAlias {
    pub origin: Value,
    pub args: Value,
}

pub fn member(name: &str, index: usize) -> Value {
    Value::obj(crate::heap::alloc(
        &types().member_descriptor,
        NativeObj(Box::new(Member {
            name: name.to_string(),
            index,
        })),
        None,
    ))
}

pub fn getset(name: &'static str, get: Getter, set: Option<Setter>) -> Value {
    Value::obj(crate::heap::alloc(
        &types().getset_descriptor,
        NativeObj(Box::new(GetSet { name, get, set })),
        None,
    ))
}

pub fn generic_alias(origin: Value, args: Value) -> Value {
    let args = if crate::objects::tuple::as_tuple(&args).is_some() {
        args
    } else {
        crate::objects::tuple::new_tuple(vec![args])
    };
    Value::obj(crate::heap::alloc(
        &types().generic_alias,
        NativeObj(Box::new(GenericAlias { origin, args })),
        None,
    ))
}

pub fn as_member(v: &Value) -> Option<&Member> {
    v.as_obj()?
        .downcast::<NativeObj>()?
        .0
        .downcast_ref::<Member>()
}
pub fn as_getset(v: &Value) -> Option<&GetSet> {
    v.as_obj()?
        .downcast::<NativeObj>()?
        .0
        .downcast_ref::<GetSet>()
}
pub fn as_generic_alias(v: &Value) -> Option<&GenericAlias> {
    v.as_obj()?
        .downcast::<NativeObj>()?
        .0
        .downcast_ref::<GenericAlias>()
}

/// Fills the namespace of this file's type(s).
pub fn register() {}
