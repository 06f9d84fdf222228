//! The collection itself, and the trigger the eval loop polls.
use crate::gc::traverse::{clear, traverse};
use crate::heap::{flag, ObjRef, Value};
use crate::interp::Vm;
use std::cell::Cell;
use std::collections::HashMap;

/// What a collection did.
#[derive(Default, Clone, Copy, Debug)]
pub struct Stats {
    /// Unreachable objects found (what `gc.collect()` returns).
    pub collected: usize,
    /// Of those, objects that were kept alive by their finalisers.
    pub resurrected: usize,
}

static ENABLED: crate::heap::GilShared<Cell<bool>> = crate::heap::GilShared(Cell::new(true));
static NEXT_AT: crate::heap::GilShared<Cell<usize>> = crate::heap::GilShared(Cell::new(50_000));
static COLLECTING: crate::heap::GilShared<Cell<bool>> = crate::heap::GilShared(Cell::new(false));

pub fn set_enabled(on: bool) {
    ENABLED.with(|e| e.set(on));
}
pub fn is_enabled() -> bool {
    ENABLED.with(|e| e.get())
}

/// Collects when the number of tracked containers has grown enough since the last collection (the loop
/// calls this at its safe points; the threshold doubles with the live size so total work stays linear).
pub fn maybe_collect(vm: &mut Vm) {
    if !is_enabled() || COLLECTING.with(|c| c.get()) {
        return;
    }
    if crate::heap::gc_tracked_count() >= NEXT_AT.with(|n| n.get()) {
        collect(vm);
    }
}

/// Indices of the tracked objects unreachable from outside the tracked set. The objects whose
/// addresses are in `held` have one more handle the collector itself holds.
fn unreachable(objs: &[ObjRef], held: &std::collections::HashSet<usize>) -> Vec<bool> {
    let index: HashMap<usize, usize> = objs
        .iter()
        .enumerate()
        .map(|(i, o)| (o.addr(), i))
        .collect();
    // Each handle in `objs` adds one to its object's count.
    let mut refs: Vec<i64> = objs
        .iter()
        .map(|o| o.refcount() as i64 - 1 - i64::from(held.contains(&o.addr())))
        .collect();
    for o in objs {
        if o.flags() & flag::IMMORTAL != 0 {
            continue;
        }
        traverse(o, &mut |v: &Value| {
            if let Some(c) = v.as_obj() {
                if let Some(&j) = index.get(&c.addr()) {
                    refs[j] -= 1;
                }
            }
        });
    }
    let mut reachable: Vec<bool> = refs
        .iter()
        .enumerate()
        .map(|(i, r)| *r > 0 || objs[i].flags() & flag::IMMORTAL != 0)
        .collect();
    let mut stack: Vec<usize> = (0..objs.len()).filter(|&i| reachable[i]).collect();
    while let Some(i) = stack.pop() {
        traverse(&objs[i], &mut |v: &Value| {
            if let Some(c) = v.as_obj() {
                if let Some(&j) = index.get(&c.addr()) {
                    if !reachable[j] {
                        reachable[j] = true;
                        stack.push(j);
                    }
                }
            }
        });
    }
    reachable.into_iter().map(|r| !r).collect()
}

/// A full collection: finalisers of unreachable objects run once, then what is still unreachable is cleared.
pub fn collect(vm: &mut Vm) -> Stats {
    if COLLECTING.with(|c| c.replace(true)) {
        return Stats::default();
    }
    let mut stats = Stats::default();
    crate::objects::typeobj::clear_lookup_cache();
    let objs = crate::heap::gc_tracked_objects();
    let dead = unreachable(&objs, &Default::default());
    let garbage: Vec<ObjRef> = objs
        .iter()
        .zip(&dead)
        .filter(|(_, d)| **d)
        .map(|(o, _)| o.clone())
        .collect();
    drop(objs);
    stats.collected = garbage.len();
    // Finalisers first (PEP 442): each runs once; they may resurrect objects.
    let mut ran = false;
    for o in &garbage {
        if o.flags() & (flag::HAS_DEL | flag::FINALIZED) == flag::HAS_DEL {
            o.set_flag(flag::FINALIZED);
            ran = true;
            vm.finalize(o);
        }
    }
    let to_clear: Vec<ObjRef> = if ran {
        // Recompute: only what is still unreachable (among the garbage) is cleared.
        // `garbage` holds a handle on each object it lists.
        let held = garbage.iter().map(|o| o.addr()).collect();
        let objs = crate::heap::gc_tracked_objects();
        let dead = unreachable(&objs, &held);
        let still: std::collections::HashSet<usize> = objs
            .iter()
            .zip(&dead)
            .filter(|(_, d)| **d)
            .map(|(o, _)| o.addr())
            .collect();
        drop(objs);
        let kept: Vec<ObjRef> = garbage
            .iter()
            .filter(|o| still.contains(&o.addr()))
            .cloned()
            .collect();
        stats.resurrected = garbage.len() - kept.len();
        kept
    } else {
        garbage.clone()
    };
    drop(garbage);
    for o in &to_clear {
        clear(o);
    }
    drop(to_clear);
    vm.run_finalizers();
    let live = crate::heap::gc_tracked_count();
    let next = (live * 2).max(50_000);
    NEXT_AT.with(|n| n.set(next));
    crate::heap::set_gc_threshold(next);
    COLLECTING.with(|c| c.set(false));
    stats
}
