//! The attribute dictionary of a native object (a tasklet, channel or greenlet subclass instance
//! with attributes) travels beside its layer's state: `(state, __dict__ or None)`.
use weft_vm::heap::Value;
use weft_vm::interp::error::PyResult;
use weft_vm::interp::{attr, call, Vm};
use weft_vm::objects::{dict, tuple};

/// Wraps the state of a reduction `(cls, args, state)` with `me`'s `__dict__`.
pub fn with_dict(vm: &mut Vm, me: &Value, reduction: Value) -> PyResult<Value> {
    let Some([cls, args, state]) =
        tuple::as_tuple(&reduction).and_then(|t| <&[Value; 3]>::try_from(t).ok())
    else {
        return Ok(reduction);
    };
    let d = match attr::getattr_opt(vm, me, "__dict__")? {
        Some(d) if dict::as_dict(&d).is_some_and(|d| !d.is_empty()) => d,
        _ => Value::NONE,
    };
    Ok(tuple::new_tuple(vec![
        cls.clone(),
        args.clone(),
        tuple::new_tuple(vec![state.clone(), d]),
    ]))
}

/// Splits a [`with_dict`] state: updates `me`'s `__dict__` and returns the layer's state.
pub fn take_dict(vm: &mut Vm, me: &Value, state: &Value) -> PyResult<Value> {
    let Some([inner, d]) = tuple::as_tuple(state).and_then(|t| <&[Value; 2]>::try_from(t).ok())
    else {
        return Err(crate::errors::bad_state(vm, "object"));
    };
    if !d.is_none() {
        if dict::as_dict(d).is_none() {
            return Err(crate::errors::bad_state(vm, "object"));
        }
        let own = attr::getattr(vm, me, "__dict__")?;
        let update = attr::getattr(vm, &own, "update")?;
        call::call_value(vm, &update, vec![d.clone()])?;
    }
    Ok(inner.clone())
}
