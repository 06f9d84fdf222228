//! `PyErr`: a Python exception travelling in a `Result`. Built lazily: the exception object is created only
//! when Python code looks at it (most `AttributeError`s and `StopIteration`s are caught unseen).
use crate::heap::{ObjRef, Value};

/// A raised Python exception.
pub struct PyErr(Box<ErrState>);

pub enum ErrState {
    /// Not yet instantiated: type and message (`args == (msg,)`, or `()` when `msg` is `None`).
    Lazy { ty: ObjRef, msg: Option<String> },
    /// Not yet instantiated: type and an arbitrary single argument value.
    LazyValue { ty: ObjRef, arg: Value },
    /// Not yet instantiated: a `NameError`, `AttributeError` or `ImportError` and the `name`
    /// attribute (and `obj` or `path`) that the instance gets when Python code looks at it.
    Named {
        ty: ObjRef,
        msg: String,
        name: Value,
        extra: Option<(&'static str, Value)>,
    },
    /// An exception instance, raised now: it is chained to the exception being handled.
    Obj(ObjRef),
    /// An exception instance raised before, propagating or re-raised: its `__context__` stays as it
    /// is (CPython chains on raising, not on re-raising or propagating).
    Raised(ObjRef),
}

pub type PyResult<T> = Result<T, PyErr>;

impl PyErr {
    pub fn new(ty: &ObjRef, msg: impl Into<String>) -> PyErr {
        PyErr(Box::new(ErrState::Lazy {
            ty: ty.clone(),
            msg: Some(msg.into()),
        }))
    }
    pub fn no_msg(ty: &ObjRef) -> PyErr {
        PyErr(Box::new(ErrState::Lazy {
            ty: ty.clone(),
            msg: None,
        }))
    }
    pub fn with_value(ty: &ObjRef, arg: Value) -> PyErr {
        PyErr(Box::new(ErrState::LazyValue {
            ty: ty.clone(),
            arg,
        }))
    }
    /// An `AttributeError` whose `obj` and `name` are set when it is instantiated.
    pub fn attribute(msg: String, obj: Value, name: Value) -> PyErr {
        Self::named(
            &crate::objects::types().attribute_error,
            msg,
            name,
            Some(("obj", obj)),
        )
    }
    pub fn named(
        ty: &ObjRef,
        msg: String,
        name: Value,
        extra: Option<(&'static str, Value)>,
    ) -> PyErr {
        PyErr(Box::new(ErrState::Named {
            ty: ty.clone(),
            msg,
            name,
            extra,
        }))
    }
    pub fn from_obj(exc: ObjRef) -> PyErr {
        PyErr(Box::new(ErrState::Obj(exc)))
    }
    /// An exception raised before, re-raised or propagating ([`ErrState::Raised`]).
    pub fn raised(exc: ObjRef) -> PyErr {
        PyErr(Box::new(ErrState::Raised(exc)))
    }
    /// The error thrown into a generator: chained there as when raised (CPython's
    /// `_PyErr_ChainStackItem`), even if it was raised before.
    pub fn thrown(self) -> PyErr {
        match *self.0 {
            ErrState::Raised(o) => PyErr::from_obj(o),
            s => PyErr(Box::new(s)),
        }
    }
    pub fn state(&self) -> &ErrState {
        &self.0
    }
    pub fn into_state(self) -> ErrState {
        *self.0
    }
    /// The exception's type, without instantiating it.
    pub fn ty(&self) -> ObjRef {
        match &*self.0 {
            ErrState::Lazy { ty, .. }
            | ErrState::LazyValue { ty, .. }
            | ErrState::Named { ty, .. } => ty.clone(),
            ErrState::Obj(o) | ErrState::Raised(o) => o.ty().clone(),
        }
    }
}

impl std::fmt::Debug for PyErr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &*self.0 {
            ErrState::Lazy { ty, msg } => write!(
                f,
                "PyErr({:?}, {:?})",
                crate::objects::typeobj::type_name(ty),
                msg
            ),
            ErrState::LazyValue { ty, .. } => {
                write!(f, "PyErr({:?})", crate::objects::typeobj::type_name(ty))
            }
            ErrState::Named { ty, msg, .. } => write!(
                f,
                "PyErr({:?}, {:?})",
                crate::objects::typeobj::type_name(ty),
                msg
            ),
            ErrState::Obj(o) | ErrState::Raised(o) => {
                write!(f, "PyErr({:?})", crate::objects::typeobj::type_name(o.ty()))
            }
        }
    }
}

/// Shorthands: `Err(type_error(...))` etc. with the builtin exception types.
macro_rules! err_ctor {
    ($($name:ident => $field:ident),* $(,)?) => {
        $(
            #[cold]
            pub fn $name(msg: impl Into<String>) -> PyErr {
                PyErr::new(&crate::objects::types().$field, msg)
            }
        )*
    };
}
err_ctor! {
    type_error => type_error,
    value_error => value_error,
    attribute_error => attribute_error,
    name_error => name_error,
    index_error => index_error,
    key_error_msg => key_error,
    runtime_error => runtime_error,
    overflow_error => overflow_error,
    zero_division_error => zero_division_error,
    recursion_error => recursion_error,
    system_error => system_error,
    not_implemented_error => not_implemented_error,
    unbound_local_error => unbound_local_error,
    import_error => import_error,
    module_not_found_error => module_not_found_error,
    assertion_error => assertion_error,
    os_error => os_error,
    unicode_error => unicode_error,
    eof_error => eof_error,
    memory_error => memory_error,
    lookup_error => lookup_error,
    buffer_error => buffer_error,
}

/// `KeyError(key)`: the key itself is the argument.
#[cold]
pub fn key_error(key: Value) -> PyErr {
    PyErr::with_value(&crate::objects::types().key_error, key)
}

/// `StopIteration(value)`.
#[cold]
pub fn stop_iteration(value: Option<Value>) -> PyErr {
    let t = &crate::objects::types().stop_iteration;
    match value {
        Some(v) => PyErr::with_value(t, v),
        None => PyErr::no_msg(t),
    }
}
