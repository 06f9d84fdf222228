//! `await`, `async for` and async generators: `GetAwaitable`, `GetAiter`, `GetAnext` and the wrapped values
//! async generators yield.
use crate::compiler::bytecode::AwaitableWhere;
use crate::heap::{Kind, Value};
use crate::interp::error::{self, PyResult};
use crate::interp::ops::{a_type, type_name_of};
use crate::interp::then::Then;
use crate::interp::{call, Flow, Vm};
use crate::objects::generator::{GenKind, Generator};
use crate::objects::typeobj::lookup_str;

/// `GetAwaitable`: a coroutine as is, and a generator whose code `types.coroutine` marked
/// (`CO_ITERABLE_COROUTINE`); otherwise `__await__()` which must return an iterator.
pub fn get_awaitable(vm: &mut Vm, v: Value, w: AwaitableWhere) -> PyResult<Flow> {
    if let Some(g) = v.as_obj().and_then(|o| o.downcast::<Generator>()) {
        let iterable_coroutine = || {
            g.code
                .downcast::<crate::objects::code::Code>()
                .is_some_and(|c| {
                    c.flags & crate::compiler::bytecode::flags::ITERABLE_COROUTINE != 0
                })
        };
        if g.kind == GenKind::Coroutine || (g.kind == GenKind::Generator && iterable_coroutine()) {
            return Ok(Flow::Value(v));
        }
    }
    let ty = a_type(&v);
    match lookup_str(&ty, "__await__") {
        Some(m) => {
            let r = call::call_special(vm, &m, &v, vec![])?;
            if r.as_obj().and_then(|o| o.downcast::<Generator>()).is_some_and(|g| g.kind == GenKind::Coroutine) {
                return Err(error::type_error("__await__() returned a coroutine"));
            }
            crate::interp::protocols::check_iterator(&r).map_err(|_| {
                error::type_error(format!("__await__() returned non-iterator of type '{}'", type_name_of(&r)))
            })?;
            Ok(Flow::Value(r))
        }
        None => Err(error::type_error(match w {
            AwaitableWhere::AEnter => format!(
                "'async with' received an object from __aenter__ that does not implement __await__: {}",
                type_name_of(&v)
            ),
            AwaitableWhere::AExit => format!(
                "'async with' received an object from __aexit__ that does not implement __await__: {}",
                type_name_of(&v)
            ),
            AwaitableWhere::Await => format!("object {} can't be used in 'await' expression", type_name_of(&v)),
        })),
    }
}

pub fn get_aiter(vm: &mut Vm, v: Value) -> PyResult<Flow> {
    let ty = a_type(&v);
    match lookup_str(&ty, "__aiter__") {
        Some(m) => call::call_special_then(vm, &m, vec![v], Then::Push),
        None => Err(error::type_error(format!(
            "'async for' requires an object with __aiter__ method, got {}",
            type_name_of(&v)
        ))),
    }
}

pub fn get_anext(vm: &mut Vm, v: Value) -> PyResult<Flow> {
    let ty = a_type(&v);
    match lookup_str(&ty, "__anext__") {
        Some(m) => {
            let r = call::call_value(vm, &m, vec![v])?;
            let got = type_name_of(&r);
            get_awaitable(vm, r, AwaitableWhere::Await).map_err(|_| {
                error::type_error(format!(
                    "'async for' received an invalid object from __anext__: {got}"
                ))
            })
        }
        None => Err(error::type_error(format!(
            "'async for' requires an iterator with __anext__ method, got {}",
            type_name_of(&v)
        ))),
    }
}

/// Async generators yield wrapped values so that `asend`/`anext` can tell them from awaited ones.
pub struct AsyncGenWrapped(pub Value);

pub fn wrap_value(v: Value) -> Value {
    Value::obj(crate::heap::alloc(
        &crate::objects::types().object,
        crate::objects::native::NativeObj::new(AsyncGenWrapped(v)),
        None,
    ))
}

pub fn unwrap_value(v: &Value) -> Option<Value> {
    let o = v.as_obj()?;
    if o.kind() != Kind::Native {
        return None;
    }
    o.downcast::<crate::objects::native::NativeObj>()?
        .get::<AsyncGenWrapped>()
        .map(|w| w.0.clone())
}
