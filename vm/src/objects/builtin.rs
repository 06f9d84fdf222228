//! Native functions and methods (`builtin_function_or_method`, `method_descriptor`).
use crate::heap::{Kind, ObjRef, Payload, Value};
use crate::interp::error::PyResult;
use crate::interp::Vm;

/// Arguments of a native call, vectorcall-style: positional values, then the values of keyword arguments
/// whose names are in `kwnames`.
pub struct Args<'a> {
    pub all: &'a [Value],
    pub kwnames: &'a [Value],
}

impl<'a> Args<'a> {
    pub fn new(all: &'a [Value], kwnames: &'a [Value]) -> Args<'a> {
        Args { all, kwnames }
    }
    pub fn pos(all: &'a [Value]) -> Args<'a> {
        Args { all, kwnames: &[] }
    }
    #[inline]
    pub fn positional(&self) -> &'a [Value] {
        &self.all[..self.all.len() - self.kwnames.len()]
    }
    pub fn kw_values(&self) -> &'a [Value] {
        &self.all[self.all.len() - self.kwnames.len()..]
    }
    /// (name, value) pairs of keyword arguments.
    pub fn kwargs(&self) -> impl Iterator<Item = (&'a str, &'a Value)> {
        self.kwnames
            .iter()
            .map(|n| crate::objects::str::as_str(n).unwrap_or(""))
            .zip(self.kw_values().iter())
    }
    pub fn has_kwargs(&self) -> bool {
        !self.kwnames.is_empty()
    }
    pub fn len(&self) -> usize {
        self.positional().len()
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// A native function: a value, or an exception.
pub type NativeFn = fn(&mut Vm, &Args) -> PyResult<Value>;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum BuiltinKind {
    /// A module-level function (or a bound method when `self_` is set).
    Function,
    /// A method descriptor in a type's dict: binds the instance as first argument.
    Method,
    /// A classmethod descriptor in a type's dict: binds the class.
    ClassMethod,
    /// A static method (e.g. `__new__`, `str.maketrans`): never binds.
    Static,
}

pub struct Builtin {
    pub name: &'static str,
    pub func: NativeFn,
    pub kind: BuiltinKind,
    /// The bound object (`[].append`), or the module for module functions (`__self__`).
    pub self_: Option<Value>,
    /// The type that defines a method descriptor (`__objclass__`).
    pub owner: Option<ObjRef>,
    pub doc: Option<&'static str>,
    /// Whether the function needs the caller's frame (`globals()`, `super()`, `locals()`, ...).
    pub needs_frame: bool,
}

impl Payload for Builtin {
    const KIND: Kind = Kind::Builtin;
}

pub fn new_builtin(
    name: &'static str,
    func: NativeFn,
    kind: BuiltinKind,
    owner: Option<ObjRef>,
) -> ObjRef {
    let t = crate::objects::types();
    let ty = match kind {
        BuiltinKind::Method => &t.method_descriptor,
        BuiltinKind::ClassMethod => &t.classmethod_descriptor,
        _ => &t.builtin_function,
    };
    crate::heap::alloc(
        ty,
        Builtin {
            name,
            func,
            kind,
            self_: None,
            owner,
            doc: None,
            needs_frame: false,
        },
        None,
    )
}

/// A builtin bound to `self_` (`[].append`).
pub fn bind_builtin(b: &Builtin, self_: Value) -> Value {
    Value::obj(crate::heap::alloc(
        &crate::objects::types().builtin_function,
        Builtin {
            name: b.name,
            func: b.func,
            kind: BuiltinKind::Function,
            self_: Some(self_),
            owner: b.owner.clone(),
            doc: b.doc,
            needs_frame: b.needs_frame,
        },
        None,
    ))
}

/// Fills the namespace of this file's type(s).
pub fn register() {}
