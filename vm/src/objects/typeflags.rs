//! `type.__flags__`: weft's type flags translated to CPython's `Py_TPFLAGS_*` bits, and the check
//! CPython's `_abc` makes on `__abc_tpflags__` (which weft honours on any class, see `pattern.rs`).
use crate::heap::{ObjRef, Value};
use crate::interp::error::{self, PyResult};
use crate::interp::pattern::collection_flags;
use crate::interp::Vm;
use crate::objects::typeobj::{as_type, is_subtype, tdata, tflag};
use crate::objects::{dict, int, types};

const MANAGED_DICT: u64 = 1 << 4;
const SEQUENCE: u64 = 1 << 5;
const MAPPING: u64 = 1 << 6;
const IMMUTABLETYPE: u64 = 1 << 8;
const HEAPTYPE: u64 = 1 << 9;
const BASETYPE: u64 = 1 << 10;
const READY: u64 = 1 << 12;
const HAVE_GC: u64 = 1 << 14;
const IS_ABSTRACT: u64 = 1 << 20;

/// CPython's flags for `ty`: the ones programs test (`HEAPTYPE`, `BASETYPE`, `IS_ABSTRACT`,
/// `SEQUENCE`/`MAPPING`, the fast-subclass bits), with `READY` always set.
fn cpython_flags(ty: &ObjRef) -> u64 {
    let td = tdata(ty);
    let mut f = READY;
    if td.has(tflag::HEAPTYPE) {
        f |= HEAPTYPE | HAVE_GC;
        if td.has(tflag::HAS_DICT) {
            f |= MANAGED_DICT;
        }
    } else {
        f |= IMMUTABLETYPE;
    }
    if td.has(tflag::BASETYPE) {
        f |= BASETYPE;
    }
    if td.has(tflag::ABSTRACT) {
        f |= IS_ABSTRACT;
    }
    let (mapping, sequence) = collection_flags(ty);
    if mapping {
        f |= MAPPING;
    }
    if sequence {
        f |= SEQUENCE;
    }
    let t = types();
    for (bit, base) in [
        (24, &t.int),
        (25, &t.list),
        (26, &t.tuple),
        (27, &t.bytes),
        (28, &t.str),
        (29, &t.dict),
        (30, &t.base_exception),
        (31, &t.type_),
    ] {
        if is_subtype(ty, base) {
            f |= 1 << bit;
        }
    }
    f
}

pub(crate) fn get_flags(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let t = as_type(v).ok_or_else(|| error::type_error("descriptor needs a type"))?;
    Ok(int::from_big(cpython_flags(t).into()))
}

/// A class may not declare itself both a sequence and a mapping (CPython's `_abc._abc_init`).
pub(crate) fn check_abc_tpflags(ns: &Value) -> PyResult<()> {
    let Some(flags) = dict::as_dict(ns).and_then(|d| d.get_rs("__abc_tpflags__")) else {
        return Ok(());
    };
    if !int::is_exact_int(&flags) {
        return Ok(());
    }
    let val = int::to_i64(&flags)
        .ok_or_else(|| error::overflow_error("Python int too large to convert to C long"))?;
    let both = (SEQUENCE | MAPPING) as i64;
    if val & both == both {
        return Err(error::type_error(
            "__abc_tpflags__ cannot be both Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING",
        ));
    }
    Ok(())
}
