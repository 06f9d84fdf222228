//! The `_bisect` module: binary search and insertion in a sorted sequence, with `lo`/`hi` bounds and a
//! `key` function. Items are read with the sequence protocol and compared with `<` (re-entrant).
use crate::support::lt;
use weft_vm::heap::{ObjRef, Value};
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::{attr, call, ops, protocols, Vm};
use weft_vm::objects::builtin::Args;
use weft_vm::objects::method_support::ssize_arg;
use weft_vm::objects::{dict, int, list, types};

const DOC: &str = "Bisection algorithms.\n\nThis module provides support for maintaining a list in sorted order without\nhaving to sort the list after each insertion. For long lists of items with\nexpensive comparison operations, this can be an improvement over the more\ncommon approach.\n";

struct Call {
    a: Value,
    x: Value,
    lo: usize,
    hi: usize,
    key: Value,
}

/// Binds `(a, x, lo=0, hi=None, *, key=None)` as Argument Clinic does.
fn parse(vm: &mut Vm, args: &Args, fname: &str) -> PyResult<Call> {
    let npos = args.positional().len();
    if npos > 4 {
        return Err(error::type_error(format!(
            "{fname}() takes at most 4 positional arguments ({npos} given)"
        )));
    }
    let total = args.all.len();
    if total > 5 {
        return Err(error::type_error(format!(
            "{fname}() takes at most 5 arguments ({total} given)"
        )));
    }
    let [a, x, lo, hi, key] = args.bind(fname, ["a", "x", "lo", "hi", "key"], 2, 0)?;
    let (Some(a), Some(x)) = (a, x) else {
        return Err(error::system_error("bisect arguments"));
    };
    let lo = match lo {
        Some(v) => ssize_arg(vm, &v)?,
        None => 0,
    };
    if lo < 0 {
        return Err(error::value_error("lo must be non-negative"));
    }
    let hi = match hi {
        Some(v) if !v.is_none() => {
            let has_index = int::is_int(&v)
                || weft_vm::objects::typeobj::lookup_str(&ops::a_type(&v), "__index__").is_some();
            if !has_index {
                return Err(error::type_error(format!(
                    "argument should be integer or None, not '{}'",
                    ops::type_name_of(&v)
                )));
            }
            ssize_arg(vm, &v)?
        }
        _ => protocols::len(vm, &a)? as isize,
    };
    Ok(Call {
        a,
        x,
        lo: lo as usize,
        hi: hi.max(0) as usize,
        key: key.unwrap_or(Value::NONE),
    })
}

/// `a[i]` (`PySequence_GetItem`).
fn get(vm: &mut Vm, a: &Value, i: usize) -> PyResult<Value> {
    if let Some(l) = list::as_list(a) {
        if ops::a_type(a).is(&types().list) {
            return l
                .get(i)
                .ok_or_else(|| error::index_error("list index out of range"));
        }
    }
    if dict::as_dict(a).is_some() {
        return Err(error::type_error(format!(
            "{} is not a sequence",
            ops::type_name_of(a)
        )));
    }
    if weft_vm::objects::typeobj::lookup_str(&ops::a_type(a), "__getitem__").is_none() {
        return Err(error::type_error(format!(
            "'{}' object does not support indexing",
            ops::type_name_of(a)
        )));
    }
    let f = protocols::getitem(vm, a.clone(), int::from_i64(i as i64))?;
    call::run_flow(vm, f)
}

/// The insertion point of `x` (already passed through `key` by insort) in `a[lo:hi]`.
fn search(vm: &mut Vm, c: &Call, x: &Value, right: bool) -> PyResult<usize> {
    let (mut lo, mut hi) = (c.lo, c.hi);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let mut item = get(vm, &c.a, mid)?;
        if !c.key.is_none() {
            item = call::call_value(vm, &c.key, vec![item])?;
        }
        let go_left = if right {
            lt(vm, x, &item)?
        } else {
            !lt(vm, &item, x)?
        };
        if go_left {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Ok(lo)
}

fn bisect(vm: &mut Vm, args: &Args, fname: &str, right: bool) -> PyResult<Value> {
    let c = parse(vm, args, fname)?;
    let i = search(vm, &c, &c.x, right)?;
    Ok(int::from_i64(i as i64))
}

fn insort(vm: &mut Vm, args: &Args, fname: &str, right: bool) -> PyResult<Value> {
    let c = parse(vm, args, fname)?;
    let k = if c.key.is_none() {
        c.x.clone()
    } else {
        call::call_value(vm, &c.key, vec![c.x.clone()])?
    };
    let i = search(vm, &c, &k, right)?;
    if let Some(l) = list::as_list(&c.a) {
        if ops::a_type(&c.a).is(&types().list) {
            let mut items = l.items.borrow_mut();
            let at = i.min(items.len());
            items.insert(at, c.x);
            return Ok(Value::NONE);
        }
    }
    let m = attr::getattr(vm, &c.a, "insert")?;
    call::call_value(vm, &m, vec![int::from_i64(i as i64), c.x])?;
    Ok(Value::NONE)
}

fn bisect_left(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    bisect(vm, args, "bisect_left", false)
}

fn bisect_right(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    bisect(vm, args, "bisect_right", true)
}

fn insort_left(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    insort(vm, args, "insort_left", false)
}

fn insort_right(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    insort(vm, args, "insort_right", true)
}

/// Builds the `_bisect` module.
pub fn init(_vm: &mut Vm) -> PyResult<ObjRef> {
    let m = crate::support::module_with_docs(
        "_bisect",
        &[
            ("bisect_left", bisect_left, "Return the index where to insert item x in list a, assuming a is sorted.\n\nThe return value i is such that all e in a[:i] have e < x, and all e in\na[i:] have e >= x.  So if x already appears in the list, a.insert(i, x) will\ninsert just before the leftmost x already there.\n\nOptional args lo (default 0) and hi (default len(a)) bound the\nslice of a to be searched."),
            ("bisect_right", bisect_right, "Return the index where to insert item x in list a, assuming a is sorted.\n\nThe return value i is such that all e in a[:i] have e <= x, and all e in\na[i:] have e > x.  So if x already appears in the list, a.insert(i, x) will\ninsert just after the rightmost x already there.\n\nOptional args lo (default 0) and hi (default len(a)) bound the\nslice of a to be searched."),
            ("insort_left", insort_left, "Insert item x in list a, and keep it sorted assuming a is sorted.\n\nIf x is already in a, insert it to the left of the leftmost x.\n\nOptional args lo (default 0) and hi (default len(a)) bound the\nslice of a to be searched."),
            ("insort_right", insort_right, "Insert item x in list a, and keep it sorted assuming a is sorted.\n\nIf x is already in a, insert it to the right of the rightmost x.\n\nOptional args lo (default 0) and hi (default len(a)) bound the\nslice of a to be searched."),
        ],
    );
    let d = weft_vm::objects::module::module_dict(&m).expect("module dict");
    d.set_rs("__doc__", weft_vm::objects::str::new_str(DOC));
    Ok(m)
}
