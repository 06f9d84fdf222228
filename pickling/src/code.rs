//! Code objects pickle by value: the bytes of `marshal` and the bytecode cache, which are checked
//! when rebuilt (operands, jumps, stack depths), so a pickle cannot smuggle in code the loop would
//! misrun.
use weft_vm::heap::Value;
use weft_vm::interp::error::PyResult;
use weft_vm::interp::Vm;
use weft_vm::objects::builtin::Args;
use weft_vm::objects::code::Code;
use weft_vm::objects::code_persist::{code_from_bytes, code_to_bytes};
use weft_vm::objects::{bytes, tuple};

/// `code.__reduce__()`: `(_weft_pickling.code, (bytes,))`.
pub fn reduce(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let me = args.this()?.clone();
    let Some(c) = me.as_obj().and_then(|o| o.downcast::<Code>()) else {
        return Err(crate::errors::pickling_error(vm, "not a code object"));
    };
    let b = code_to_bytes(c).map_err(|e| crate::errors::pickling_error(vm, e))?;
    let f = crate::module::reconstructor(vm, "code")?;
    Ok(tuple::new_tuple(vec![
        f,
        tuple::new_tuple(vec![bytes::new_bytes(b)]),
    ]))
}

/// `_weft_pickling.code(bytes)`.
pub fn rebuild(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("code", 1)?;
    let Some(b) = bytes::as_bytes(&a[0]) else {
        return Err(crate::errors::bad_state(vm, "code"));
    };
    code_from_bytes(b)
        .map(Value::obj)
        .map_err(|e| crate::errors::unpickling_error(vm, e))
}
