//! `functools.reduce(function, iterable[, initial])`.
use weft_vm::heap::Value;
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::{call, exc, protocols, Vm};
use weft_vm::objects::builtin::Args;
use weft_vm::objects::types;

pub(crate) fn reduce(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.range("reduce", 2, 3)?;
    let func = &a[0];
    let it = match protocols::get_iter(vm, a[1].clone()).and_then(|f| call::run_flow(vm, f)) {
        Err(e) if exc::matches_type(&e, &types().type_error) => {
            return Err(error::type_error("reduce() arg 2 must support iteration"))
        }
        r => r?,
    };
    let mut acc = a.get(2).cloned();
    while let Some(item) = protocols::next_value(vm, &it)? {
        acc = Some(match acc {
            None => item,
            Some(r) => call::call_value(vm, func, vec![r, item])?,
        });
    }
    acc.ok_or_else(|| error::type_error("reduce() of empty iterable with no initial value"))
}
