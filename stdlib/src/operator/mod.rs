//! The `_operator` module (`operator.py` re-exports it with `from _operator import *`): the operators as
//! functions, the `attrgetter`/`itemgetter`/`methodcaller` types, and `_compare_digest`.
mod functions;
mod getters;
mod methodcaller;

use functions as f;
use std::sync::OnceLock;
use weft_vm::heap::{GilShared, ObjRef, Value};
use weft_vm::interp::error::PyResult;
use weft_vm::interp::Vm;
use weft_vm::objects::builtin::NativeFn;

struct Types {
    attrgetter: ObjRef,
    itemgetter: ObjRef,
    methodcaller: ObjRef,
}

static TYPES: OnceLock<GilShared<Types>> = OnceLock::new();

fn types() -> &'static Types {
    &TYPES
        .get_or_init(|| {
            let t = Types {
                attrgetter: crate::support::native_type("operator.attrgetter", false),
                itemgetter: crate::support::native_type("operator.itemgetter", false),
                methodcaller: crate::support::native_type("operator.methodcaller", false),
            };
            getters::register(&t.attrgetter, &t.itemgetter);
            methodcaller::register(&t.methodcaller);
            crate::support::set_doc(&t.attrgetter, "attrgetter(attr, ...) --> attrgetter object\n\nReturn a callable object that fetches the given attribute(s) from its operand.\nAfter f = attrgetter('name'), the call f(r) returns r.name.\nAfter g = attrgetter('name', 'date'), the call g(r) returns (r.name, r.date).\nAfter h = attrgetter('name.first', 'name.last'), the call h(r) returns\n(r.name.first, r.name.last).");
            crate::support::set_doc(&t.itemgetter, "itemgetter(item, ...) --> itemgetter object\n\nReturn a callable object that fetches the given item(s) from its operand.\nAfter f = itemgetter(2), the call f(r) returns r[2].\nAfter g = itemgetter(2, 5, 3), the call g(r) returns (r[2], r[5], r[3])");
            crate::support::set_doc(&t.methodcaller, "methodcaller(name, ...) --> methodcaller object\n\nReturn a callable object that calls the given method on its operand.\nAfter f = methodcaller('name'), the call f(r) returns r.name().\nAfter g = methodcaller('name', 'date', foo=1), the call g(r) returns\nr.name('date', foo=1).");
            GilShared(t)
        })
        .0
}

const FUNCTIONS: [(&str, NativeFn); 51] = [
    ("add", f::binary::<0>),
    ("sub", f::binary::<1>),
    ("mul", f::binary::<2>),
    ("matmul", f::binary::<3>),
    ("floordiv", f::binary::<4>),
    ("truediv", f::binary::<5>),
    ("mod", f::binary::<6>),
    ("lshift", f::binary::<7>),
    ("rshift", f::binary::<8>),
    ("and_", f::binary::<9>),
    ("or_", f::binary::<10>),
    ("xor", f::binary::<11>),
    ("pow", f::binary::<12>),
    ("iadd", f::binary::<13>),
    ("isub", f::binary::<14>),
    ("imul", f::binary::<15>),
    ("imatmul", f::binary::<16>),
    ("ifloordiv", f::binary::<17>),
    ("itruediv", f::binary::<18>),
    ("imod", f::binary::<19>),
    ("ilshift", f::binary::<20>),
    ("irshift", f::binary::<21>),
    ("iand", f::binary::<22>),
    ("ior", f::binary::<23>),
    ("ixor", f::binary::<24>),
    ("ipow", f::binary::<25>),
    ("lt", f::compare::<0>),
    ("le", f::compare::<1>),
    ("eq", f::compare::<2>),
    ("ne", f::compare::<3>),
    ("gt", f::compare::<4>),
    ("ge", f::compare::<5>),
    ("neg", f::neg),
    ("pos", f::pos),
    ("abs", f::abs),
    ("inv", f::inv),
    ("invert", f::invert),
    ("not_", f::not_),
    ("truth", f::truth),
    ("index", f::index),
    ("is_", f::is_),
    ("is_not", f::is_not),
    ("concat", f::concat),
    ("iconcat", f::iconcat),
    ("contains", f::contains),
    ("countOf", f::count_of),
    ("indexOf", f::index_of),
    ("getitem", f::getitem),
    ("setitem", f::setitem),
    ("delitem", f::delitem),
    ("length_hint", f::length_hint),
];

/// Builds the `_operator` module.
pub fn init(_vm: &mut Vm) -> PyResult<ObjRef> {
    let m = crate::module_with("_operator", &FUNCTIONS);
    crate::add_function(&m, "call", f::call_, Some("Same as obj(*args, **kwargs)."));
    crate::add_function(&m, "_compare_digest", f::compare_digest, None);
    let d = weft_vm::objects::module::module_dict(&m).expect("module dict");
    let t = types();
    d.set_rs("attrgetter", Value::obj(t.attrgetter.clone()));
    d.set_rs("itemgetter", Value::obj(t.itemgetter.clone()));
    d.set_rs("methodcaller", Value::obj(t.methodcaller.clone()));
    d.set_rs(
        "__doc__",
        weft_vm::objects::str::new_str("Operator interface.\n\nThis module exports a set of functions implemented in C corresponding\nto the intrinsic operators of Python.  For example, operator.add(x, y)\nis equivalent to the expression x+y.  The function names are those\nused for special methods; variants without leading and trailing\n'__' are also provided for convenience."),
    );
    Ok(m)
}
