//! Slice arithmetic: `slice.indices`, and the start/stop/step adjustment of CPython's
//! `PySlice_Unpack`/`PySlice_AdjustIndices`.
use crate::heap::Value;
use crate::interp::error::{self, PyResult};
use crate::interp::Vm;
use crate::objects::slice::Slice;
use num_traits::{Signed, ToPrimitive};

/// Slice bound conversion: `Err(None)` when `v` has no `__index__` (the caller's message), `Err(Some(e))`
/// when its `__index__` failed (that error propagates).
fn slice_index(vm: &mut Vm, v: &Value) -> Result<num_bigint::BigInt, Option<error::PyErr>> {
    if !crate::objects::int::is_int(v)
        && crate::objects::typeobj::lookup_str(&crate::interp::ops::a_type(v), "__index__")
            .is_none()
    {
        return Err(None);
    }
    crate::interp::protocols::index(vm, v).map_err(Some)
}

/// Resolved slice over a sequence of length `len`: (start, stop, step, slicelength).
pub fn indices(vm: &mut Vm, s: &Slice, len: usize) -> PyResult<(isize, isize, isize, usize)> {
    let (start, stop, step) = unpack(vm, s)?;
    Ok(adjust(start, stop, step, len))
}

/// `PySlice_Unpack`: the clamped bounds and step, calling each `__index__` once, before a length
/// is known (slice assignment adjusts them only after iterating the new items).
pub fn unpack(vm: &mut Vm, s: &Slice) -> PyResult<(Option<isize>, Option<isize>, isize)> {
    let step = if s.step.is_none() {
        1
    } else {
        let step = to_isize(vm, &s.step, -isize::MAX, isize::MAX)?;
        if step == 0 {
            return Err(error::value_error("slice step cannot be zero"));
        }
        step
    };
    let bound = |vm: &mut Vm, v: &Value| -> PyResult<Option<isize>> {
        if v.is_none() {
            return Ok(None);
        }
        to_isize(vm, v, isize::MIN / 2, isize::MAX / 2).map(Some)
    };
    let start = bound(vm, &s.start)?;
    let stop = bound(vm, &s.stop)?;
    Ok((start, stop, step))
}

/// A slice bound or step as an `isize`; an int beyond the range becomes `low` or `high`.
#[inline]
fn to_isize(vm: &mut Vm, v: &Value, low: isize, high: isize) -> PyResult<isize> {
    if let Some(i) = v.as_int() {
        // Inline ints have 48 bits: always within `low..=high`.
        return Ok(i as isize);
    }
    let b = slice_index(vm, v).map_err(|e| {
        e.unwrap_or_else(|| {
            error::type_error("slice indices must be integers or None or have an __index__ method")
        })
    })?;
    Ok(b.to_isize()
        .unwrap_or(if b.is_negative() { low } else { high }))
}

/// `PySlice_AdjustIndices` for optional bounds.
pub fn adjust(
    start: Option<isize>,
    stop: Option<isize>,
    step: isize,
    len: usize,
) -> (isize, isize, isize, usize) {
    let len = len as isize;
    let (def_start, def_stop) = if step < 0 { (len - 1, -1) } else { (0, len) };
    let clamp = |v: Option<isize>, def: isize| -> isize {
        match v {
            None => def,
            Some(mut x) => {
                if x < 0 {
                    x += len;
                    if x < 0 {
                        x = if step < 0 { -1 } else { 0 };
                    }
                } else if x >= len {
                    x = if step < 0 { len - 1 } else { len };
                }
                x
            }
        }
    };
    let start = clamp(start, def_start);
    let stop = clamp(stop, def_stop);
    let n = if step < 0 {
        if stop < start {
            ((start - stop - 1) / (-step) + 1) as usize
        } else {
            0
        }
    } else if start < stop {
        ((stop - start - 1) / step + 1) as usize
    } else {
        0
    };
    (start, stop, step, n)
}

/// Normalises a sequence index (negative from the end); `None` when out of range.
pub fn seq_index(i: isize, len: usize) -> Option<usize> {
    let j = if i < 0 { i + len as isize } else { i };
    if j >= 0 && (j as usize) < len {
        Some(j as usize)
    } else {
        None
    }
}
