//! `list.sort`: a stable natural merge sort in the manner of CPython's timsort (runs found in the data,
//! short runs extended by binary insertion, merges kept balanced by the run-stack invariants), over a
//! permutation of indices so that a comparison that raises leaves every item in the list.
//!
//! Comparisons may run Python code (`__lt__`, the key function), which may mutate the list: as CPython does,
//! the list is empty while it is being sorted, and finding it changed afterwards is a `ValueError`.
use crate::compiler::bytecode::CmpOp;
use crate::heap::Value;
use crate::interp::error::{self, PyResult};
use crate::interp::{call, ops, protocols, Vm};
use crate::objects::builtin::Args;
use crate::objects::list::List;
use crate::objects::method_support::this;
use crate::objects::{str as pystr, tuple, types};

/// `list.sort(*, key=None, reverse=False)`.
pub fn sort(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, l) = this::<List>(args, "sort", &types().list)?;
    let rest = args.rest();
    if !rest.positional().is_empty() {
        return Err(error::type_error("sort() takes no positional arguments"));
    }
    let mut key = None;
    let mut reverse = false;
    for (k, v) in rest.kwargs() {
        match k {
            "key" => key = (!v.is_none()).then(|| v.clone()),
            "reverse" => reverse = !num_traits::Zero::is_zero(&protocols::index(vm, v)?),
            _ => {
                return Err(error::type_error(format!(
                    "'{k}' is an invalid keyword argument for sort()"
                )))
            }
        }
    }
    // Leave an empty list with no allocation: any change made during the sort allocates, which is how a
    // change is detected afterwards (CPython's `allocated == -1` marker).
    let mut items = std::mem::take(&mut *l.items.borrow_mut());
    let r = sort_values(vm, &mut items, key.as_ref(), reverse);
    let during = std::mem::replace(&mut *l.items.borrow_mut(), items);
    let modified = during.capacity() != 0;
    drop(during);
    r?;
    if modified {
        return Err(error::value_error("list modified during sort"));
    }
    Ok(Value::NONE)
}

/// Sorts `items` in place, stably; on an error `items` keeps its original order.
pub fn sort_values(
    vm: &mut Vm,
    items: &mut Vec<Value>,
    key: Option<&Value>,
    reverse: bool,
) -> PyResult<()> {
    let mut keys = match key {
        Some(f) => {
            let mut keys = Vec::with_capacity(items.len());
            for x in items.iter() {
                keys.push(call::call_value(vm, f, vec![x.clone()])?);
            }
            keys
        }
        None => items.clone(),
    };
    if items.len() < 2 {
        return Ok(());
    }
    // Reversing before and after a stable sort keeps equal items in their original order (as CPython).
    if reverse {
        keys.reverse();
        items.reverse();
    }
    let perm = match sorted_permutation(vm, &keys) {
        Ok(p) => p,
        Err(e) => {
            if reverse {
                items.reverse();
            }
            return Err(e);
        }
    };
    let mut old = std::mem::take(items);
    *items = perm.iter().map(|&i| old[i].take()).collect();
    if reverse {
        items.reverse();
    }
    drop(old);
    drop(keys);
    Ok(())
}

/// The stable sorting permutation of `keys` under `<`.
fn sorted_permutation(vm: &mut Vm, keys: &[Value]) -> PyResult<Vec<usize>> {
    let mut perm: Vec<usize> = (0..keys.len()).collect();
    if let Some(()) = sort_homogeneous(keys, &mut perm) {
        return Ok(perm);
    }
    let mut s = Sorter { vm, keys };
    s.merge_sort(&mut perm)?;
    Ok(perm)
}

/// Keys that are all small ints, all exact strs, or all inline floats (never NaNs, which are heap floats)
/// have a total order that needs no Python code: sort them with the standard library's stable sort.
fn sort_homogeneous(keys: &[Value], perm: &mut [usize]) -> Option<()> {
    if keys.iter().all(|k| k.as_int().is_some()) {
        perm.sort_by_key(|&i| keys[i].as_int());
        return Some(());
    }
    if keys.iter().all(Value::is_float) {
        perm.sort_by(|&a, &b| {
            let (x, y) = (keys[a].as_float(), keys[b].as_float());
            x.partial_cmp(&y).unwrap_or(std::cmp::Ordering::Equal)
        });
        return Some(());
    }
    let t = &types().str;
    if keys
        .iter()
        .all(|k| k.as_obj().is_some_and(|o| o.ty().is(t)))
    {
        perm.sort_by(|&a, &b| {
            let x = pystr::as_bytes(&keys[a]).unwrap_or_default();
            let y = pystr::as_bytes(&keys[b]).unwrap_or_default();
            x.cmp(y)
        });
        return Some(());
    }
    None
}

/// Nested tuples deeper than this are compared by the general path (which bounds its own depth).
const MAX_TUPLE_NESTING: usize = 32;

/// `x < y` for two exact tuples whose items decide it without Python code (CPython's
/// `unsafe_tuple_compare`): the first items that differ by builtin equality are compared with `<`.
/// `None` when some item needs Python `__eq__`/`__lt__`.
fn tuple_lt(x: &Value, y: &Value, depth: usize) -> Option<bool> {
    let t = &types().tuple;
    let (xo, yo) = (x.as_obj()?, y.as_obj()?);
    if depth > MAX_TUPLE_NESTING || !xo.ty().is(t) || !yo.ty().is(t) {
        return None;
    }
    let (p, q) = (tuple::as_tuple(x)?, tuple::as_tuple(y)?);
    for (a, b) in p.iter().zip(q.iter()) {
        if a.bits() == b.bits() || ops::builtin_eq(a, b)? {
            continue;
        }
        return ops::compare_fast(CmpOp::Lt, a, b).or_else(|| tuple_lt(a, b, depth + 1));
    }
    Some(p.len() < q.len())
}

/// Runs shorter than this (for large inputs, a value in 32..64) are extended by binary insertion.
fn min_run(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

struct Sorter<'a> {
    vm: &'a mut Vm,
    keys: &'a [Value],
}

impl Sorter<'_> {
    /// `keys[a] < keys[b]`, natively when possible.
    fn lt(&mut self, a: usize, b: usize) -> PyResult<bool> {
        let (x, y) = (&self.keys[a], &self.keys[b]);
        if let Some(r) = ops::compare_fast(CmpOp::Lt, x, y) {
            return Ok(r);
        }
        if let Some(r) = tuple_lt(x, y, 0) {
            return Ok(r);
        }
        let f = ops::compare(self.vm, CmpOp::Lt, x.clone(), y.clone())?;
        let r = call::run_flow(self.vm, f)?;
        ops::truthy(self.vm, &r)
    }

    fn merge_sort(&mut self, perm: &mut [usize]) -> PyResult<()> {
        let n = perm.len();
        let minrun = min_run(n);
        // (start, length) of the pending runs, left to right.
        let mut runs: Vec<(usize, usize)> = Vec::new();
        let mut lo = 0;
        while lo < n {
            let mut len = self.count_run(&mut perm[lo..])?;
            if len < minrun {
                let force = minrun.min(n - lo);
                self.binary_insertion(&mut perm[lo..lo + force], len)?;
                len = force;
            }
            runs.push((lo, len));
            self.collapse(perm, &mut runs, false)?;
            lo += len;
        }
        self.collapse(perm, &mut runs, true)
    }

    /// Length of the run at the start of `s`; a strictly descending run is reversed in place (strictly, so
    /// that reversing keeps equal items in order).
    fn count_run(&mut self, s: &mut [usize]) -> PyResult<usize> {
        if s.len() < 2 {
            return Ok(s.len());
        }
        let mut k = 2;
        if self.lt(s[1], s[0])? {
            while k < s.len() && self.lt(s[k], s[k - 1])? {
                k += 1;
            }
            s[..k].reverse();
        } else {
            while k < s.len() && !self.lt(s[k], s[k - 1])? {
                k += 1;
            }
        }
        Ok(k)
    }

    /// Sorts `s` whose first `sorted` items are already in order.
    fn binary_insertion(&mut self, s: &mut [usize], sorted: usize) -> PyResult<()> {
        for i in sorted.max(1)..s.len() {
            let pivot = s[i];
            let (mut lo, mut hi) = (0, i);
            while lo < hi {
                let mid = (lo + hi) / 2;
                if self.lt(pivot, s[mid])? {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            s[lo..=i].rotate_right(1);
        }
        Ok(())
    }

    /// Merges pending runs until the stack invariants hold (or, when `force`, down to one run).
    fn collapse(
        &mut self,
        perm: &mut [usize],
        runs: &mut Vec<(usize, usize)>,
        force: bool,
    ) -> PyResult<()> {
        while runs.len() >= 2 {
            let n = runs.len();
            let mut i = n - 2;
            let len = |k: usize| runs[k].1;
            if force {
                if n >= 3 && len(n - 3) < len(n - 1) {
                    i = n - 3;
                }
            } else if (i >= 1 && len(i - 1) <= len(i) + len(i + 1))
                || (i >= 2 && len(i - 2) <= len(i - 1) + len(i))
            {
                if len(i - 1) < len(i + 1) {
                    i -= 1;
                }
            } else if len(i) > len(i + 1) {
                break;
            }
            let (a, alen) = runs[i];
            let blen = runs[i + 1].1;
            self.merge(&mut perm[a..a + alen + blen], alen)?;
            runs[i].1 = alen + blen;
            runs.remove(i + 1);
        }
        Ok(())
    }

    /// Merges the sorted halves `s[..mid]` and `s[mid..]`.
    fn merge(&mut self, s: &mut [usize], mid: usize) -> PyResult<()> {
        if mid == 0 || mid == s.len() {
            return Ok(());
        }
        // Items of the left run not greater than the right run's first stay where they are.
        let first_b = s[mid];
        let (mut lo, mut hi) = (0, mid);
        while lo < hi {
            let m = (lo + hi) / 2;
            if self.lt(first_b, s[m])? {
                hi = m;
            } else {
                lo = m + 1;
            }
        }
        let start = lo;
        if start == mid {
            return Ok(());
        }
        // Items of the right run not less than the left run's last stay where they are.
        let last_a = s[mid - 1];
        let (mut lo, mut hi) = (mid, s.len());
        while lo < hi {
            let m = (lo + hi) / 2;
            if self.lt(s[m], last_a)? {
                lo = m + 1;
            } else {
                hi = m;
            }
        }
        let end_b = lo;
        let left: Vec<usize> = s[start..mid].to_vec();
        let (mut i, mut j, mut out) = (0, mid, start);
        while i < left.len() && j < end_b {
            if self.lt(s[j], left[i])? {
                s[out] = s[j];
                j += 1;
            } else {
                s[out] = left[i];
                i += 1;
            }
            out += 1;
        }
        while i < left.len() {
            s[out] = left[i];
            i += 1;
            out += 1;
        }
        Ok(())
    }
}
