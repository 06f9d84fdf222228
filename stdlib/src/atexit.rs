//! The `atexit` module: functions to call when the interpreter exits, last registered first. The
//! `weft` binary calls [`run_exit_funcs`] (through `at_exit`) once the program finished, whether it returned, raised or
//! called `sys.exit`.
use std::cell::RefCell;
use weft_vm::heap::{ObjRef, Value};
use weft_vm::interp::builtins_mod::is_callable;
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::{call, exc, ops, Vm};
use weft_vm::objects::builtin::Args;
use weft_vm::objects::{int, tuple};

/// A registered call: the function, its positional and keyword argument values, the keyword names.
struct Callback {
    func: Value,
    args: Vec<Value>,
    kwnames: Vec<Value>,
}

/// The registered calls; `unregister` leaves an empty slot, which `_ncallbacks` still counts (as
/// CPython's).
static CALLBACKS: weft_vm::heap::GilShared<RefCell<Vec<Option<Callback>>>> =
    weft_vm::heap::GilShared(RefCell::new(Vec::new()));

fn register(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let pos = args.positional();
    let Some(func) = pos.first() else {
        return Err(error::type_error(
            "register() takes at least 1 argument (0 given)",
        ));
    };
    if !is_callable(func) {
        return Err(error::type_error("the first argument must be callable"));
    }
    let mut rest = pos[1..].to_vec();
    rest.extend(args.kw_values().iter().cloned());
    let cb = Callback {
        func: func.clone(),
        args: rest,
        kwnames: args.kwnames.to_vec(),
    };
    CALLBACKS.with(|c| c.borrow_mut().push(Some(cb)));
    Ok(func.clone())
}

fn unregister(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("unregister", 1)?;
    let n = CALLBACKS.with(|c| c.borrow().len());
    for i in 0..n {
        let f = CALLBACKS.with(|c| {
            c.borrow()
                .get(i)
                .and_then(|cb| cb.as_ref().map(|cb| cb.func.clone()))
        });
        let Some(f) = f else { continue };
        let flow = ops::compare(vm, weft_vm::compiler::bytecode::CmpOp::Eq, f, a[0].clone())?;
        let eq = call::run_flow(vm, flow)?;
        if ops::truthy(vm, &eq)? {
            let old = CALLBACKS.with(|c| c.borrow_mut().get_mut(i).and_then(Option::take));
            drop(old);
        }
    }
    Ok(Value::NONE)
}

/// Calls and forgets every registered function, newest first, reporting their exceptions.
pub(crate) fn run_exit_funcs(vm: &mut Vm) {
    while let Some(cb) = CALLBACKS.with(|c| c.borrow_mut().pop()) {
        let Some(cb) = cb else { continue };
        let kwn = if cb.kwnames.is_empty() {
            Value::NULL
        } else {
            tuple::new_tuple(cb.kwnames.clone())
        };
        let r = call::call_flow(vm, &cb.func, cb.args.clone(), &kwn)
            .and_then(|flow| call::run_flow(vm, flow));
        if let Err(e) = r {
            exc::write_unraisable(vm, e, "Exception ignored in atexit callback", &cb.func);
        }
    }
}

fn run_exitfuncs(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("_run_exitfuncs", 0)?;
    run_exit_funcs(vm);
    Ok(Value::NONE)
}

fn clear(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("_clear", 0)?;
    CALLBACKS.with(|c| c.borrow_mut().clear());
    Ok(Value::NONE)
}

fn ncallbacks(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("_ncallbacks", 0)?;
    Ok(int::from_i64(CALLBACKS.with(|c| c.borrow().len()) as i64))
}

/// Builds the `atexit` module.
pub fn init(_vm: &mut Vm) -> PyResult<ObjRef> {
    Ok(crate::module_with(
        "atexit",
        &[
            ("register", register),
            ("unregister", unregister),
            ("_run_exitfuncs", run_exitfuncs),
            ("_clear", clear),
            ("_ncallbacks", ncallbacks),
        ],
    ))
}
