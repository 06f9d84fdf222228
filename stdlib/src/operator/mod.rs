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

/// The functions, with their docstrings.
const FUNCTIONS: [(&str, NativeFn, &str); 51] = [
    ("add", f::binary::<0>, "Same as a + b."),
    ("sub", f::binary::<1>, "Same as a - b."),
    ("mul", f::binary::<2>, "Same as a * b."),
    ("matmul", f::binary::<3>, "Same as a @ b."),
    ("floordiv", f::binary::<4>, "Same as a // b."),
    ("truediv", f::binary::<5>, "Same as a / b."),
    ("mod", f::binary::<6>, "Same as a % b."),
    ("lshift", f::binary::<7>, "Same as a << b."),
    ("rshift", f::binary::<8>, "Same as a >> b."),
    ("and_", f::binary::<9>, "Same as a & b."),
    ("or_", f::binary::<10>, "Same as a | b."),
    ("xor", f::binary::<11>, "Same as a ^ b."),
    ("pow", f::binary::<12>, "Same as a ** b."),
    ("iadd", f::binary::<13>, "Same as a += b."),
    ("isub", f::binary::<14>, "Same as a -= b."),
    ("imul", f::binary::<15>, "Same as a *= b."),
    ("imatmul", f::binary::<16>, "Same as a @= b."),
    ("ifloordiv", f::binary::<17>, "Same as a //= b."),
    ("itruediv", f::binary::<18>, "Same as a /= b."),
    ("imod", f::binary::<19>, "Same as a %= b."),
    ("ilshift", f::binary::<20>, "Same as a <<= b."),
    ("irshift", f::binary::<21>, "Same as a >>= b."),
    ("iand", f::binary::<22>, "Same as a &= b."),
    ("ior", f::binary::<23>, "Same as a |= b."),
    ("ixor", f::binary::<24>, "Same as a ^= b."),
    ("ipow", f::binary::<25>, "Same as a **= b."),
    ("lt", f::compare::<0>, "Same as a < b."),
    ("le", f::compare::<1>, "Same as a <= b."),
    ("eq", f::compare::<2>, "Same as a == b."),
    ("ne", f::compare::<3>, "Same as a != b."),
    ("gt", f::compare::<4>, "Same as a > b."),
    ("ge", f::compare::<5>, "Same as a >= b."),
    ("neg", f::neg, "Same as -a."),
    ("pos", f::pos, "Same as +a."),
    ("abs", f::abs, "Same as abs(a)."),
    ("inv", f::inv, "Same as ~a."),
    ("invert", f::invert, "Same as ~a."),
    ("not_", f::not_, "Same as not a."),
    ("truth", f::truth, "Return True if a is true, False otherwise."),
    ("index", f::index, "Same as a.__index__()"),
    ("is_", f::is_, "Same as a is b."),
    ("is_not", f::is_not, "Same as a is not b."),
    ("concat", f::concat, "Same as a + b, for a and b sequences."),
    ("iconcat", f::iconcat, "Same as a += b, for a and b sequences."),
    ("contains", f::contains, "Same as b in a (note reversed operands)."),
    ("countOf", f::count_of, "Return the number of items in a which are, or which equal, b."),
    ("indexOf", f::index_of, "Return the first index of b in a."),
    ("getitem", f::getitem, "Same as a[b]."),
    ("setitem", f::setitem, "Same as a[b] = c."),
    ("delitem", f::delitem, "Same as del a[b]."),
    ("length_hint", f::length_hint, "Return an estimate of the number of items in obj.\n\nThis is useful for presizing containers when building from an iterable.\n\nIf the object supports len(), the result will be exact.\nOtherwise, it may over- or under-estimate by an arbitrary amount.\nThe result will be an integer >= 0."),
];

const COMPARE_DIGEST_DOC: &str = "Return 'a == b'.\n\nThis function uses an approach designed to prevent\ntiming analysis, making it appropriate for cryptography.\n\na and b must both be of the same type: either str (ASCII only),\nor any bytes-like object.\n\nNote: If a and b are of different lengths, or if an error occurs,\na timing attack could theoretically reveal information about the\ntypes and lengths of a and b--but not their values.";

/// Builds the `_operator` module.
pub fn init(_vm: &mut Vm) -> PyResult<ObjRef> {
    let m = weft_vm::objects::module::new_module("_operator");
    for (name, func, doc) in FUNCTIONS {
        crate::add_function(&m, name, func, Some(doc));
    }
    crate::add_function(&m, "call", f::call_, Some("Same as obj(*args, **kwargs)."));
    crate::add_function(
        &m,
        "_compare_digest",
        f::compare_digest,
        Some(COMPARE_DIGEST_DOC),
    );
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
