//! The `_functools` module: `partial`, `reduce`, `cmp_to_key` and `_lru_cache_wrapper` (what
//! `functools.py` imports from it).
mod keywrapper;
mod lru_cache;
mod partial;
mod reduce;

use std::sync::OnceLock;
use weft_vm::heap::{GilShared, ObjRef, Value};
use weft_vm::interp::error::PyResult;
use weft_vm::interp::Vm;

struct Types {
    partial: ObjRef,
    keywrapper: ObjRef,
    lru_cache_wrapper: ObjRef,
}

static TYPES: OnceLock<GilShared<Types>> = OnceLock::new();

fn types() -> &'static Types {
    &TYPES
        .get_or_init(|| {
            let t = Types {
                partial: crate::support::native_type("functools.partial", true),
                keywrapper: crate::support::native_type("functools.KeyWrapper", false),
                lru_cache_wrapper: crate::support::native_type(
                    "functools._lru_cache_wrapper",
                    false,
                ),
            };
            partial::register(&t.partial);
            keywrapper::register(&t.keywrapper);
            lru_cache::register(&t.lru_cache_wrapper);
            GilShared(t)
        })
        .0
}

/// `functools.partial` (`operator.methodcaller.__reduce__` builds one).
pub(crate) fn partial_type() -> &'static ObjRef {
    &types().partial
}

/// Whether instances of `ty` take weak references: partials and cached functions do.
pub(crate) fn weakrefable(ty: &ObjRef) -> bool {
    TYPES.get().is_some_and(|t| {
        [&t.0.partial, &t.0.lru_cache_wrapper]
            .iter()
            .any(|b| ty.is(b) || weft_vm::objects::typeobj::is_subtype(ty, b))
    })
}

/// Builds the `_functools` module.
pub fn init(_vm: &mut Vm) -> PyResult<ObjRef> {
    let m = weft_vm::objects::module::new_module("_functools");
    crate::add_function(
        &m,
        "reduce",
        reduce::reduce,
        Some("reduce(function, iterable[, initial]) -> value\n\nApply a function of two arguments cumulatively to the items of a sequence\nor iterable, from left to right, so as to reduce the iterable to a single\nvalue.  For example, reduce(lambda x, y: x+y, [1, 2, 3, 4, 5]) calculates\n((((1+2)+3)+4)+5).  If initial is present, it is placed before the items\nof the iterable in the calculation, and serves as a default when the\niterable is empty."),
    );
    crate::add_function(
        &m,
        "cmp_to_key",
        keywrapper::cmp_to_key,
        Some("Convert a cmp= function into a key= function."),
    );
    let d = weft_vm::objects::module::module_dict(&m).expect("module dict");
    let t = types();
    d.set_rs("partial", Value::obj(t.partial.clone()));
    d.set_rs(
        "_lru_cache_wrapper",
        Value::obj(t.lru_cache_wrapper.clone()),
    );
    d.set_rs(
        "__doc__",
        weft_vm::objects::str::new_str("Tools that operate on functions."),
    );
    Ok(m)
}
