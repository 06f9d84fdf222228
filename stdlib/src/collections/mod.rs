//! The `_collections` module: `deque` (with its two iterator types), `defaultdict`, `_tuplegetter` (the
//! field descriptor of `namedtuple`) and `_count_elements` (`Counter`'s counting loop). `OrderedDict` is
//! left to the pure-Python fallback of `collections/__init__.py`.
mod count;
mod defaultdict;
mod deque;
mod deque_iter;
mod tuplegetter;

use std::sync::OnceLock;
use weft_vm::heap::{GilShared, ObjRef, Value};
use weft_vm::interp::error::PyResult;
use weft_vm::interp::Vm;

/// The module's types, created once per process.
pub(crate) struct Types {
    deque: ObjRef,
    iter: ObjRef,
    reverse_iter: ObjRef,
    defaultdict: ObjRef,
    tuplegetter: ObjRef,
}

static TYPES: OnceLock<GilShared<Types>> = OnceLock::new();

fn types() -> &'static Types {
    &TYPES.get().expect("_collections types made at import").0
}

fn make_types(vm: &mut Vm) -> PyResult<()> {
    if TYPES.get().is_some() {
        return Ok(());
    }
    let deque = crate::support::native_type("collections.deque", true);
    weft_vm::objects::typeobj::tdata(&deque).set(weft_vm::objects::typeobj::tflag::SEQUENCE, true);
    let t = Types {
        deque,
        iter: crate::support::native_type("_collections._deque_iterator", false),
        reverse_iter: crate::support::native_type("_collections._deque_reverse_iterator", false),
        defaultdict: defaultdict::make_type(vm)?,
        tuplegetter: crate::support::native_type("_collections._tuplegetter", false),
    };
    deque::register(&t.deque);
    deque_iter::register(&t.iter, &t.reverse_iter);
    tuplegetter::register(&t.tuplegetter);
    let _ = TYPES.set(GilShared(t));
    Ok(())
}

/// Whether instances of `ty` take weak references: deques do (defaultdicts, like dicts, do not).
pub(crate) fn weakrefable(ty: &ObjRef) -> bool {
    TYPES
        .get()
        .is_some_and(|t| ty.is(&t.0.deque) || weft_vm::objects::typeobj::is_subtype(ty, &t.0.deque))
}

/// Builds the `_collections` module.
pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    make_types(vm)?;
    let m = crate::support::module_with_docs(
        "_collections",
        &[(
            "_count_elements",
            count::count_elements,
            "Count elements in the iterable, updating the mapping",
        )],
    );
    let d = weft_vm::objects::module::module_dict(&m).expect("module dict");
    let t = types();
    for (name, ty) in [
        ("deque", &t.deque),
        ("defaultdict", &t.defaultdict),
        ("_deque_iterator", &t.iter),
        ("_deque_reverse_iterator", &t.reverse_iter),
        ("_tuplegetter", &t.tuplegetter),
    ] {
        d.set_rs(name, Value::obj(ty.clone()));
    }
    d.set_rs(
        "__doc__",
        weft_vm::objects::str::new_str(
            "High performance data structures.\n- deque:        ordered collection accessible from endpoints only\n- defaultdict:  dict subclass with a default value factory\n",
        ),
    );
    Ok(m)
}
