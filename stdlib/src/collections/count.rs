//! `_collections._count_elements(mapping, iterable)`: the counting loop of `Counter.update`.
use weft_vm::compiler::bytecode::BinOp;
use weft_vm::heap::Value;
use weft_vm::interp::error::PyResult;
use weft_vm::interp::{attr, call, ops, protocols, Vm};
use weft_vm::objects::builtin::Args;
use weft_vm::objects::typeobj::lookup_str;
use weft_vm::objects::{dict, int, types};

/// Whether `mapping`'s type keeps dict's own `get` and `__setitem__` (the direct path).
fn plain_dict(mapping: &Value) -> bool {
    let ty = ops::a_type(mapping);
    let t = types();
    let same = |name: &str| match (lookup_str(&ty, name), lookup_str(&t.dict, name)) {
        (Some(a), Some(b)) => a.bits() == b.bits(),
        _ => false,
    };
    dict::as_dict(mapping).is_some() && same("get") && same("__setitem__")
}

fn add_one(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let one = int::from_i64(1);
    if let Some(r) = ops::binary_fast(BinOp::Add, &v, &one) {
        return Ok(r);
    }
    let f = ops::binary(vm, BinOp::Add, v, one)?;
    call::run_flow(vm, f)
}

pub(crate) fn count_elements(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("_count_elements", 2)?;
    let (mapping, iterable) = (&a[0], &a[1]);
    let it = {
        let f = protocols::get_iter(vm, iterable.clone())?;
        call::run_flow(vm, f)?
    };
    if plain_dict(mapping) {
        let d = dict::as_dict(mapping).expect("checked");
        while let Some(k) = protocols::next_value(vm, &it)? {
            // Hashed once for both the lookup and the store, as CPython does.
            let hash = ops::hash(vm, &k)?;
            let new = match d.get_hashed(vm, &k, hash)? {
                Some(old) => add_one(vm, old)?,
                None => int::from_i64(1),
            };
            d.set_hashed(vm, k, hash, new)?;
        }
        return Ok(Value::NONE);
    }
    let get = attr::getattr(vm, mapping, "get")?;
    while let Some(k) = protocols::next_value(vm, &it)? {
        let old = call::call_value(vm, &get, vec![k.clone(), int::from_i64(0)])?;
        let new = add_one(vm, old)?;
        protocols::setitem_call(vm, mapping.clone(), k, new)?;
    }
    Ok(Value::NONE)
}
