//! Rich comparison of builtin values: numbers (exact across int/float), str, bytes, sequences
//! (lexicographic), sets (inclusion) and dicts (equality only).
use crate::compiler::bytecode::CmpOp;
use crate::heap::{Kind, Value};
use crate::interp::error::PyResult;
use crate::interp::ops::eq_bool;
use crate::interp::{call, ops, Vm};
use crate::objects::{self, int, list, str as pystr, tuple, types};
use num_bigint::BigInt;
use num_traits::FromPrimitive;
use std::cmp::Ordering;

fn ord_result(op: CmpOp, o: Ordering) -> bool {
    match op {
        CmpOp::Lt => o == Ordering::Less,
        CmpOp::Le => o != Ordering::Greater,
        CmpOp::Eq => o == Ordering::Equal,
        CmpOp::Ne => o != Ordering::Equal,
        CmpOp::Gt => o == Ordering::Greater,
        CmpOp::Ge => o != Ordering::Less,
    }
}

/// Exact comparison of an int and a float (CPython compares huge ints exactly).
pub fn cmp_int_float(i: &BigInt, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    let fi = f.trunc();
    let bi = BigInt::from_f64(fi)?;
    match i.cmp(&bi) {
        Ordering::Equal => {
            let frac = f - fi;
            Some(if frac > 0.0 {
                Ordering::Less
            } else if frac < 0.0 {
                Ordering::Greater
            } else {
                Ordering::Equal
            })
        }
        o => Some(o),
    }
}

enum Numeric {
    Int(BigInt),
    Float(f64),
    Complex(f64, f64),
}

fn numeric(v: &Value) -> Option<Numeric> {
    if let Some(f) = objects::float::to_f64(v) {
        return Some(Numeric::Float(f));
    }
    if int::is_int(v) {
        return int::to_big(v).map(Numeric::Int);
    }
    objects::complex::as_complex(v).map(|(r, i)| Numeric::Complex(r, i))
}

/// `Some(result)` when both operands are builtins this function knows; `None` to fall back to dunders.
pub fn builtin_compare(vm: &mut Vm, op: CmpOp, a: &Value, b: &Value) -> PyResult<Option<bool>> {
    // Containers compare their items by recursing here.
    vm.enter_native(" in comparison")?;
    let r = compare_builtins(vm, op, a, b);
    vm.leave_native();
    r
}

fn compare_builtins(vm: &mut Vm, op: CmpOp, a: &Value, b: &Value) -> PyResult<Option<bool>> {
    if let (Some(x), Some(y)) = (numeric(a), numeric(b)) {
        let o = match (x, y) {
            (Numeric::Int(p), Numeric::Int(q)) => Some(p.cmp(&q)),
            (Numeric::Float(p), Numeric::Float(q)) => p.partial_cmp(&q),
            (Numeric::Int(p), Numeric::Float(q)) => cmp_int_float(&p, q),
            (Numeric::Float(p), Numeric::Int(q)) => cmp_int_float(&q, p).map(Ordering::reverse),
            (x, y) => {
                // A complex equals a real when its imaginary part is 0 and the real parts are equal,
                // an int compared exactly (`2**53 + 1 != complex(2**53 + 1)`).
                let eq = match (x, y) {
                    (Numeric::Complex(r, i), Numeric::Int(n))
                    | (Numeric::Int(n), Numeric::Complex(r, i)) => {
                        i == 0.0 && cmp_int_float(&n, r) == Some(Ordering::Equal)
                    }
                    (Numeric::Complex(r, i), Numeric::Float(f))
                    | (Numeric::Float(f), Numeric::Complex(r, i)) => i == 0.0 && r == f,
                    (Numeric::Complex(r, i), Numeric::Complex(p, q)) => r == p && i == q,
                    _ => false,
                };
                return match op {
                    CmpOp::Eq => Ok(Some(eq)),
                    CmpOp::Ne => Ok(Some(!eq)),
                    _ => Ok(None),
                };
            }
        };
        return Ok(Some(match o {
            Some(o) => ord_result(op, o),
            None => op == CmpOp::Ne,
        }));
    }
    let (Some(ao), Some(bo)) = (a.as_obj(), b.as_obj()) else {
        return Ok(match op {
            CmpOp::Eq => Some(a.bits() == b.bits()),
            CmpOp::Ne => Some(a.bits() != b.bits()),
            _ => None,
        });
    };
    match (ao.kind(), bo.kind()) {
        (Kind::Str, Kind::Str) => {
            let (x, y) = (
                pystr::as_bytes(a).unwrap_or_default(),
                pystr::as_bytes(b).unwrap_or_default(),
            );
            Ok(Some(ord_result(op, x.cmp(y))))
        }
        (Kind::Bytes | Kind::ByteArray, Kind::Bytes | Kind::ByteArray) => {
            let x = crate::interp::builtin_types::bytes_like(vm, a)?;
            let y = crate::interp::builtin_types::bytes_like(vm, b)?;
            Ok(Some(ord_result(op, x.cmp(&y))))
        }
        (Kind::List, Kind::List) => {
            let (Some(x), Some(y)) = (list::as_list(a), list::as_list(b)) else {
                return Ok(None);
            };
            list_compare(vm, op, x, y).map(Some)
        }
        (Kind::Tuple, Kind::Tuple) => {
            let (Some(x), Some(y)) = (tuple::as_tuple(a), tuple::as_tuple(b)) else {
                return Ok(None);
            };
            seq_compare(vm, op, x, y).map(Some)
        }
        (Kind::Set, Kind::Set) => crate::interp::builtin_types::set_compare(vm, op, a, b),
        (Kind::Dict, Kind::Dict) => match op {
            CmpOp::Eq | CmpOp::Ne => {
                let eq = dict_eq(vm, a, b)?;
                Ok(Some(eq == (op == CmpOp::Eq)))
            }
            _ => Ok(None),
        },
        (Kind::DictView, _) | (_, Kind::DictView) => {
            crate::interp::builtin_types::view_compare(vm, op, a, b)
        }
        (Kind::Range, Kind::Range) => match op {
            CmpOp::Eq | CmpOp::Ne => {
                let eq = crate::interp::builtin_types::range_eq(ao, bo);
                Ok(Some(eq == (op == CmpOp::Eq)))
            }
            _ => Ok(None),
        },
        (Kind::Slice, Kind::Slice) => {
            let s = |o: &crate::heap::ObjRef| {
                let sl = o.downcast::<objects::slice::Slice>().expect("kind checked");
                vec![sl.start.clone(), sl.stop.clone(), sl.step.clone()]
            };
            seq_compare(vm, op, &s(ao), &s(bo)).map(Some)
        }
        // Other builtin types (cells, methods, code, ...) compare through their own dunders.
        _ => Ok(None),
    }
}

/// Lexicographic comparison of two lists that an element's `__eq__` may change: like CPython's
/// `list_richcompare`, each step re-reads the items, and the current sizes decide once either runs out.
fn list_compare(vm: &mut Vm, op: CmpOp, x: &list::List, y: &list::List) -> PyResult<bool> {
    let item = |l: &list::List, i: usize| l.items.borrow().get(i).cloned();
    let mut i = 0;
    while let (Some(v), Some(w)) = (item(x, i), item(y, i)) {
        if !eq_bool(vm, &v, &w)? {
            break;
        }
        i += 1;
    }
    let (Some(v), Some(w)) = (item(x, i), item(y, i)) else {
        let (m, n) = (x.items.borrow().len(), y.items.borrow().len());
        return Ok(ord_result(op, m.cmp(&n)));
    };
    match op {
        CmpOp::Eq => Ok(false),
        CmpOp::Ne => Ok(true),
        _ => {
            let r = {
                let f = ops::compare(vm, op, v, w)?;
                call::run_flow(vm, f)
            }?;
            ops::truthy(vm, &r)
        }
    }
}

/// Lexicographic comparison with Python element equality (identity shortcut) then the element comparison.
pub fn seq_compare(vm: &mut Vm, op: CmpOp, x: &[Value], y: &[Value]) -> PyResult<bool> {
    let n = x.len().min(y.len());
    let mut i = 0;
    while i < n {
        if !eq_bool(vm, &x[i], &y[i])? {
            break;
        }
        i += 1;
    }
    if i >= n {
        return Ok(ord_result(op, x.len().cmp(&y.len())));
    }
    match op {
        CmpOp::Eq => Ok(false),
        CmpOp::Ne => Ok(true),
        _ => {
            let r = {
                let __f = ops::compare(vm, op, x[i].clone(), y[i].clone())?;
                call::run_flow(vm, __f)
            }?;
            ops::truthy(vm, &r)
        }
    }
}

fn dict_eq(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    let (Some(x), Some(y)) = (objects::dict::as_dict(a), objects::dict::as_dict(b)) else {
        return Ok(false);
    };
    if x.len() != y.len() {
        return Ok(false);
    }
    // `b` is probed with `a`'s stored hashes: keys are not hashed again (CPython's `dict_equal`).
    for (h, k, v) in x.hashed_items() {
        match y.get_hashed(vm, &k, h)? {
            Some(w) => {
                if !eq_bool(vm, &v, &w)? {
                    return Ok(false);
                }
            }
            None => return Ok(false),
        }
    }
    let _ = types();
    Ok(true)
}
