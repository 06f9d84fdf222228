//! Helpers behind builtin types that the operators need: ranges, byte buffers, set algebra, dict views,
//! slot member descriptors, `super` lookup, and `__bases__` assignment.
use crate::compiler::bytecode::{BinOp, CmpOp};
use crate::heap::{Kind, ObjRef, Value};
use crate::interp::error::{self, PyResult};
use crate::interp::ops::type_name_of;
use crate::interp::Vm;
use crate::objects::dictview::{DictView, ViewKind};
use crate::objects::iterators::IterState;
use crate::objects::range::Range;
use crate::objects::set::Set;
use crate::objects::typeobj::{self, tdata};
use crate::objects::{self, int, str as pystr, types};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

fn range_parts(o: &ObjRef) -> (BigInt, BigInt, BigInt) {
    let r = o.downcast::<Range>().expect("caller checked kind");
    (
        int::to_big(&r.start).unwrap_or_default(),
        int::to_big(&r.stop).unwrap_or_default(),
        int::to_big(&r.step).unwrap_or_else(|| BigInt::from(1)),
    )
}

/// `len(range)`.
pub fn range_len(o: &ObjRef) -> Option<BigInt> {
    let (start, stop, step) = range_parts(o);
    if step.is_zero() {
        return Some(BigInt::zero());
    }
    let n = if step.is_positive() {
        if start < stop {
            (&stop - &start - 1) / &step + 1
        } else {
            BigInt::zero()
        }
    } else if start > stop {
        (&start - &stop - 1) / (-&step) + 1
    } else {
        BigInt::zero()
    };
    Some(n)
}

pub fn range_iter_state(o: &ObjRef) -> IterState {
    let (start, _, step) = range_parts(o);
    let n = range_len(o).unwrap_or_default();
    match (start.to_i64(), step.to_i64(), n.to_u64()) {
        (Some(s), Some(st), Some(n)) if s.checked_add(st.saturating_mul(n as i64)).is_some() => {
            IterState::Range {
                start: s,
                next: s,
                step: st,
                remaining: n,
            }
        }
        _ => IterState::BigRange(Box::new(crate::objects::iterators::BigRange {
            start: start.clone(),
            next: start,
            step,
            remaining: n,
        })),
    }
}

pub fn range_getitem(vm: &mut Vm, o: &ObjRef, key: &Value) -> PyResult<Value> {
    let (start, _, step) = range_parts(o);
    let n = range_len(o).unwrap_or_default();
    if let Some(s) = key
        .as_obj()
        .and_then(|k| k.downcast::<objects::slice::Slice>())
    {
        let (a, b, st) = big_slice_indices(vm, s, &n)?;
        let new_start = &start + &step * a;
        let new_stop = &start + &step * b;
        let new_step = &step * st;
        let r = Range {
            start: int::from_big(new_start),
            stop: int::from_big(new_stop),
            step: int::from_big(new_step),
        };
        return Ok(Value::obj(crate::heap::alloc(&types().range, r, None)));
    }
    let i = crate::interp::protocols::index(vm, key).map_err(|_| {
        error::type_error(format!(
            "range indices must be integers or slices, not {}",
            type_name_of(key)
        ))
    })?;
    let i = if i.is_negative() { i + &n } else { i };
    if i.is_negative() || i >= n {
        return Err(error::index_error("range object index out of range"));
    }
    Ok(int::from_big(start + step * i))
}

/// `slice.indices(length)` for any length (CPython's `_PySlice_GetLongIndices`).
fn big_slice_indices(
    vm: &mut Vm,
    s: &objects::slice::Slice,
    length: &BigInt,
) -> PyResult<(BigInt, BigInt, BigInt)> {
    let step = if s.step.is_none() {
        BigInt::from(1)
    } else {
        crate::interp::protocols::index(vm, &s.step)?
    };
    if step.is_zero() {
        return Err(error::value_error("slice step cannot be zero"));
    }
    let (lower, upper) = if step.is_negative() {
        (BigInt::from(-1), length - 1)
    } else {
        (BigInt::zero(), length.clone())
    };
    let mut bound = |v: &Value, default: &BigInt| -> PyResult<BigInt> {
        if v.is_none() {
            return Ok(default.clone());
        }
        let i = crate::interp::protocols::index(vm, v)?;
        Ok(if i.is_negative() {
            (i + length).max(lower.clone())
        } else {
            i.min(upper.clone())
        })
    };
    let neg = step.is_negative();
    let start = bound(&s.start, if neg { &upper } else { &lower })?;
    let stop = bound(&s.stop, if neg { &lower } else { &upper })?;
    Ok((start, stop, step))
}

pub fn range_contains(vm: &mut Vm, o: &ObjRef, item: &Value) -> PyResult<bool> {
    if int::is_int(item) && !item.is_bool() || item.is_bool() {
        let x = int::to_big(item).unwrap_or_default();
        let (start, stop, step) = range_parts(o);
        let inside = if step.is_positive() {
            start <= x && x < stop
        } else {
            stop < x && x <= start
        };
        return Ok(inside && (x - start).mod_floor(&step).is_zero());
    }
    let it = crate::interp::protocols::iterate(vm, &Value::obj(o.clone()))?;
    for v in it {
        if crate::interp::ops::eq_bool(vm, &v, item)? {
            return Ok(true);
        }
    }
    Ok(false)
}

pub fn range_eq(a: &ObjRef, b: &ObjRef) -> bool {
    let (la, lb) = (
        range_len(a).unwrap_or_default(),
        range_len(b).unwrap_or_default(),
    );
    if la != lb {
        return false;
    }
    if la.is_zero() {
        return true;
    }
    let (sa, _, ta) = range_parts(a);
    let (sb, _, tb) = range_parts(b);
    sa == sb && (la == BigInt::from(1) || ta == tb)
}

/// The bytes of a bytes-like object (bytes, bytearray, memoryview).
pub fn bytes_like(_vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = objects::bytes::as_bytes(v) {
        return Ok(b.to_vec());
    }
    if let Some(o) = v.as_obj() {
        if let Some(ba) = o.downcast::<objects::bytearray::ByteArray>() {
            return Ok(ba.data.borrow().clone());
        }
        if let Some(mv) = o.downcast::<objects::memoryview::MemoryView>() {
            if mv.released.get() {
                return Err(error::value_error(
                    "operation forbidden on released memoryview object",
                ));
            }
            return Ok(objects::memoryview::read(mv));
        }
        if let Some(b) = objects::native::buffer_bytes(v) {
            return Ok(b);
        }
    }
    if let Some(view) = objects::memoryview::exported_view(v) {
        return bytes_like(_vm, &view?);
    }
    Err(error::type_error(format!(
        "a bytes-like object is required, not '{}'",
        type_name_of(v)
    )))
}

fn set_items(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    match objects::set::as_set(v) {
        Some(s) => Ok(s.keys()),
        None => crate::interp::protocols::iterate(vm, v),
    }
}

fn new_like(a: &Value) -> ObjRef {
    let frozen = a
        .as_obj()
        .is_some_and(|o| typeobj::is_subtype(o.ty(), &types().frozenset));
    objects::set::new_set_obj(frozen)
}

/// `a | b`, `a & b`, `a - b`, `a ^ b` for sets.
pub fn set_binary(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    if objects::set::as_set(b).is_none() {
        return Ok(None);
    }
    if crate::interp::ops::base_op(op) == BinOp::Xor {
        return objects::set_methods::symmetric_difference_of(vm, a, b)
            .map(|o| Some(Value::obj(o)));
    }
    let out = new_like(a);
    set_op_into(vm, op, a, b, &out)?;
    Ok(Some(Value::obj(out)))
}

fn set_op_into(vm: &mut Vm, op: BinOp, a: &Value, b: &Value, out: &ObjRef) -> PyResult<()> {
    use crate::interp::ops::base_op;
    let s = out.downcast::<Set>().expect("new set");
    let av = set_items(vm, a)?;
    let bs = objects::set::as_set(b);
    match base_op(op) {
        BinOp::Or => {
            for x in av {
                s.add(vm, x)?;
            }
            for x in set_items(vm, b)? {
                s.add(vm, x)?;
            }
        }
        BinOp::And => {
            for x in av {
                let inb = match bs {
                    Some(bs) => bs.contains(vm, &x)?,
                    None => false,
                };
                if inb {
                    s.add(vm, x)?;
                }
            }
        }
        BinOp::Subtract => {
            for x in av {
                let inb = match bs {
                    Some(bs) => bs.contains(vm, &x)?,
                    None => false,
                };
                if !inb {
                    s.add(vm, x)?;
                }
            }
        }
        BinOp::Xor => {
            let a_set = objects::set::as_set(a);
            for x in av.iter() {
                let inb = match bs {
                    Some(bs) => bs.contains(vm, x)?,
                    None => false,
                };
                if !inb {
                    s.add(vm, x.clone())?;
                }
            }
            for x in set_items(vm, b)? {
                let ina = match a_set {
                    Some(aset) => aset.contains(vm, &x)?,
                    None => false,
                };
                if !ina {
                    s.add(vm, x)?;
                }
            }
        }
        _ => {}
    }
    Ok(())
}

pub fn set_inplace(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    if objects::set::as_set(b).is_none() {
        return Ok(None);
    }
    let tmp = objects::set::new_set_obj(false);
    set_op_into(vm, op, a, b, &tmp)?;
    if let (Some(dst), Some(src)) = (objects::set::as_set(a), tmp.downcast::<Set>()) {
        dst.clear();
        for (h, k) in src.entries() {
            dst.add_hashed(vm, k, h)?;
        }
    }
    Ok(Some(a.clone()))
}

pub fn set_compare(vm: &mut Vm, op: CmpOp, a: &Value, b: &Value) -> PyResult<Option<bool>> {
    let (Some(x), Some(y)) = (objects::set::as_set(a), objects::set::as_set(b)) else {
        return Ok(None);
    };
    let subset = |vm: &mut Vm, p: &Set, q: &Set| -> PyResult<bool> {
        if p.len() > q.len() {
            return Ok(false);
        }
        for k in p.keys() {
            if !q.contains(vm, &k)? {
                return Ok(false);
            }
        }
        Ok(true)
    };
    Ok(Some(match op {
        CmpOp::Eq => x.len() == y.len() && subset(vm, x, y)?,
        CmpOp::Ne => !(x.len() == y.len() && subset(vm, x, y)?),
        CmpOp::Le => subset(vm, x, y)?,
        CmpOp::Lt => x.len() < y.len() && subset(vm, x, y)?,
        CmpOp::Ge => subset(vm, y, x)?,
        CmpOp::Gt => x.len() > y.len() && subset(vm, y, x)?,
    }))
}

fn view_as_set(vm: &mut Vm, v: &Value) -> PyResult<Option<ObjRef>> {
    let Some(o) = v.as_obj() else { return Ok(None) };
    if o.kind() == Kind::Set {
        return Ok(Some(o.clone()));
    }
    let Some(dv) = o.downcast::<DictView>() else {
        return Ok(None);
    };
    if dv.kind == ViewKind::Values {
        return Ok(None);
    }
    let s = objects::set::new_set_obj(false);
    let items = crate::interp::protocols::iterate(vm, v)?;
    if let Some(ss) = s.downcast::<Set>() {
        for x in items {
            ss.add(vm, x)?;
        }
    }
    Ok(Some(s))
}

pub fn view_binary(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let Some(sa) = view_as_set(vm, a)? else {
        return Ok(None);
    };
    let sb = match view_as_set(vm, b)? {
        Some(s) => s,
        None => {
            let s = objects::set::new_set_obj(false);
            let items = crate::interp::protocols::iterate(vm, b)?;
            if let Some(ss) = s.downcast::<Set>() {
                for x in items {
                    ss.add(vm, x)?;
                }
            }
            s
        }
    };
    let out = objects::set::new_set_obj(false);
    set_op_into(vm, op, &Value::obj(sa), &Value::obj(sb), &out)?;
    Ok(Some(Value::obj(out)))
}

pub fn view_compare(vm: &mut Vm, op: CmpOp, a: &Value, b: &Value) -> PyResult<Option<bool>> {
    let (Some(la), Some(lb)) = (setlike_len(a), setlike_len(b)) else {
        // `dict_values` has no comparison of its own: identity decides.
        return Ok(match op {
            CmpOp::Eq => Some(a.bits() == b.bits()),
            CmpOp::Ne => Some(a.bits() != b.bits()),
            _ => None,
        });
    };
    // A set refuses a view, so `set OP view` is the view's reflected comparison.
    let (me, other, op, lm, lo) = if a.as_obj().is_some_and(|o| o.kind() == Kind::Set) {
        (b, a, crate::interp::ops::swap_cmp(op), lb, la)
    } else {
        (a, b, op, la, lb)
    };
    // CPython's dictview_richcompare: sizes first, then membership of each element, one at a time
    // (so a key's or value's `__eq__` that raises propagates).
    Ok(Some(match op {
        CmpOp::Eq => lm == lo && all_contained_in(vm, me, other)?,
        CmpOp::Ne => !(lm == lo && all_contained_in(vm, me, other)?),
        CmpOp::Lt => lm < lo && all_contained_in(vm, me, other)?,
        CmpOp::Le => lm <= lo && all_contained_in(vm, me, other)?,
        CmpOp::Gt => lm > lo && all_contained_in(vm, other, me)?,
        CmpOp::Ge => lm >= lo && all_contained_in(vm, other, me)?,
    }))
}

/// The size of a set or of a keys/items view; `None` for anything else.
fn setlike_len(v: &Value) -> Option<usize> {
    let o = v.as_obj()?;
    if let Some(s) = objects::set::as_set(v) {
        return Some(s.len());
    }
    let dv = o.downcast::<DictView>()?;
    if dv.kind == ViewKind::Values {
        return None;
    }
    Some(objects::dict::as_dict(&dv.dict).map_or(0, |d| d.len()))
}

/// Whether every element of `x` is in `y`.
fn all_contained_in(vm: &mut Vm, x: &Value, y: &Value) -> PyResult<bool> {
    for item in crate::interp::protocols::iterate(vm, x)? {
        if !crate::interp::seqops::builtin_contains(vm, &item, y)?.unwrap_or(false) {
            return Ok(false);
        }
    }
    Ok(true)
}

/// A member descriptor for `__slots__` entry `name` at slot index `idx`.
pub fn member_descriptor(name: &str, idx: usize) -> Value {
    crate::objects::descriptors_native::member(name, idx)
}

pub fn staticmethod_of(f: Value) -> Value {
    Value::obj(crate::heap::alloc(
        &types().staticmethod,
        objects::descriptors::StaticMethod {
            func: std::cell::RefCell::new(f),
        },
        Some(1),
    ))
}

pub fn classmethod_of(f: Value) -> Value {
    Value::obj(crate::heap::alloc(
        &types().classmethod,
        objects::descriptors::ClassMethod {
            func: std::cell::RefCell::new(f),
        },
        Some(1),
    ))
}

/// Looks `name` up in the MRO of `obj_type` after `this` (what `super(this, obj).name` finds).
pub fn super_lookup(this: &ObjRef, obj_type: &ObjRef, name: &str) -> Option<Value> {
    let mro = tdata(obj_type).mro.borrow().clone();
    let n = pystr::intern(name);
    let mut after = false;
    for m in &mro {
        if after {
            if let Some(v) = tdata(m).dict.get_str(&n) {
                return Some(v);
            }
        } else if m.is(this) {
            after = true;
        }
    }
    None
}

/// `type[int]`-style subscription of classes without `__class_getitem__` (only `type` itself).
pub fn generic_alias(_vm: &mut Vm, origin: Value, args: Value) -> PyResult<Value> {
    Ok(crate::objects::descriptors_native::generic_alias(
        origin, args,
    ))
}

/// The builtin type whose layout `cls`'s instances have (for messages like `use int.__new__()`).
pub fn layout_type(cls: &ObjRef) -> ObjRef {
    for m in tdata(cls).mro.borrow().iter() {
        if !tdata(m).has(crate::objects::typeobj::tflag::HEAPTYPE) {
            return m.clone();
        }
    }
    types().object.clone()
}
