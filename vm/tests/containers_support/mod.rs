//! Helpers shared by the container tests: building values, calling builtins and methods, and showing
//! results (an exception as `TypeError: message`).
#![allow(dead_code)]
use weft_vm::heap::Value;
use weft_vm::interp::error::PyResult;
use weft_vm::interp::{attr, call, exc, protocols, Vm};
use weft_vm::objects::{int, list, str as pystr, tuple};

pub fn vm() -> Vm {
    Vm::new(vec![], vec![], Default::default())
}

/// A builtin by name (`list`, `sorted`, ...).
pub fn b(vm: &Vm, name: &str) -> Value {
    vm.builtins
        .downcast::<weft_vm::objects::dict::Dict>()
        .and_then(|d| d.get_rs(name))
        .unwrap_or_else(|| panic!("no builtin {name}"))
}

pub fn call(vm: &mut Vm, f: &Value, args: Vec<Value>) -> PyResult<Value> {
    call::call_value(vm, f, args)
}

pub fn callb(vm: &mut Vm, name: &str, args: Vec<Value>) -> PyResult<Value> {
    let f = b(vm, name);
    call(vm, &f, args)
}

pub fn meth(vm: &mut Vm, obj: &Value, name: &str, args: Vec<Value>) -> PyResult<Value> {
    let m = attr::getattr(vm, obj, name)?;
    call(vm, &m, args)
}

pub fn meth_kw(
    vm: &mut Vm,
    obj: &Value,
    name: &str,
    args: Vec<Value>,
    kw: Vec<(&str, Value)>,
) -> PyResult<Value> {
    let m = attr::getattr(vm, obj, name)?;
    call::call_value_kw(vm, &m, args, kw)
}

/// `repr(v)`; `NotImplemented` and big ints are spelled here so the tests do not depend on other types' reprs.
pub fn repr(vm: &mut Vm, v: &Value) -> String {
    if weft_vm::interp::ops::is_not_implemented(v) {
        return "NotImplemented".into();
    }
    if int::is_int(v) && !v.is_bool() {
        return int::to_big(v).unwrap().to_string();
    }
    protocols::repr_string(vm, v).expect("repr")
}

/// The repr of a result, or the exception as `TypeError: message` (its first argument when a str).
pub fn show(vm: &mut Vm, r: PyResult<Value>) -> String {
    match r {
        Ok(v) => repr(vm, &v),
        Err(e) => {
            let o = exc::normalize(vm, e);
            let name = weft_vm::objects::typeobj::type_name(o.ty());
            let data = o
                .downcast::<weft_vm::objects::exception::ExceptionData>()
                .expect("an exception");
            let args = data.args.borrow().clone();
            let first = tuple::as_tuple(&args).and_then(|a| a.first().cloned());
            match first {
                Some(m) => match pystr::as_str(&m) {
                    Some(text) => format!("{name}: {text}"),
                    None => format!("{name}: {}", repr(vm, &m)),
                },
                None => name,
            }
        }
    }
}

/// The items of a list of strs.
pub fn strs(v: &Value) -> Vec<String> {
    list::as_list(v)
        .expect("a list")
        .items
        .borrow()
        .iter()
        .map(|x| pystr::as_str(x).expect("a str").to_string())
        .collect()
}

pub fn s(x: &str) -> Value {
    pystr::new_str(x)
}
pub fn i(x: i64) -> Value {
    int::from_i64(x)
}
pub fn l(items: Vec<Value>) -> Value {
    list::new_list(items)
}
pub fn t(items: Vec<Value>) -> Value {
    tuple::new_tuple(items)
}
pub fn ints(xs: &[i64]) -> Vec<Value> {
    xs.iter().map(|&x| i(x)).collect()
}

/// A new class `name(*bases)` with the given namespace entries (natives only: there is no compiler).
pub fn class(vm: &mut Vm, name: &str, bases: Vec<Value>, ns: Vec<(&str, Value)>) -> Value {
    let d = weft_vm::objects::dict::new_dict();
    for (k, v) in ns {
        d.downcast::<weft_vm::objects::dict::Dict>()
            .unwrap()
            .set_rs(k, v);
    }
    let ty = b(vm, "type");
    call(vm, &ty, vec![s(name), t(bases), Value::obj(d)]).expect("class created")
}
