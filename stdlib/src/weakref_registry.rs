//! Every weak reference object (`ref` and proxies) by referent: what `getweakrefcount`/`getweakrefs`
//! report, the basic `ref(o)` that CPython shares between callers, and the callbacks to call when a
//! referent dies. The heap records deaths and raises the attention flag; `deliver` (a safe-point hook)
//! calls the callbacks, newest first as CPython's list order has them.
use std::cell::RefCell;
use std::collections::HashMap;
use weft_vm::heap::{ObjRef, Value, WeakHandle};
use weft_vm::interp::error::PyResult;
use weft_vm::interp::{call, exc, Vm};

/// One weak reference object: its referent and itself, both held weakly.
struct Entry {
    referent: WeakHandle,
    obj: WeakHandle,
    /// A `ref` of the exact type without callback (shared), or a proxy without callback.
    basic: Option<Basic>,
}

#[derive(Clone, Copy, PartialEq)]
pub(crate) enum Basic {
    Ref,
    Proxy,
}

type Table = RefCell<HashMap<usize, Vec<Entry>>>;

/// The weak reference objects of each referent, by its address.
static REFS: weft_vm::heap::GilShared<std::cell::LazyCell<Table>> =
    weft_vm::heap::GilShared(std::cell::LazyCell::new(Default::default));

/// Records weak reference object `obj`, whose own handle to its referent is `referent`.
pub(crate) fn add(referent: &WeakHandle, obj: &ObjRef, basic: Option<Basic>) {
    let e = Entry {
        referent: referent.clone(),
        obj: WeakHandle::new(obj),
        basic,
    };
    REFS.with(|r| {
        let mut r = r.borrow_mut();
        let list = r.entry(referent.addr()).or_default();
        list.retain(|e| e.obj.is_alive() && e.referent.is_alive());
        list.push(e);
    });
}

/// The live weak reference objects to `o`, in CPython's order: the basic ref, the basic proxy, then the
/// others newest first.
pub(crate) fn refs_to(o: &ObjRef) -> Vec<ObjRef> {
    REFS.with(|r| {
        let r = r.borrow();
        let Some(list) = r.get(&o.addr()) else {
            return Vec::new();
        };
        let live: Vec<(Option<Basic>, ObjRef)> = list
            .iter()
            .filter(|e| e.referent.is_alive())
            .filter_map(|e| e.obj.upgrade().map(|x| (e.basic, x)))
            .collect();
        let mut out = Vec::with_capacity(live.len());
        for want in [Basic::Ref, Basic::Proxy] {
            out.extend(
                live.iter()
                    .filter(|(b, _)| *b == Some(want))
                    .map(|(_, x)| x.clone()),
            );
        }
        out.extend(
            live.iter()
                .rev()
                .filter(|(b, _)| b.is_none())
                .map(|(_, x)| x.clone()),
        );
        out
    })
}

/// The shared basic `ref` or proxy (`kind`) to `o`, if one lives.
pub(crate) fn basic(o: &ObjRef, kind: Basic) -> Option<ObjRef> {
    REFS.with(|r| {
        r.borrow().get(&o.addr()).and_then(|list| {
            list.iter()
                .filter(|e| e.basic == Some(kind) && e.referent.is_alive())
                .find_map(|e| e.obj.upgrade())
        })
    })
}

/// Safe-point hook: calls the callbacks of the references whose referents died, reporting their
/// exceptions as unraisable.
pub(crate) fn deliver(vm: &mut Vm) -> PyResult<()> {
    for addr in weft_vm::heap::take_weak_deaths() {
        let dead: Vec<Entry> = REFS.with(|r| {
            let mut r = r.borrow_mut();
            let Some(list) = r.get_mut(&addr) else {
                return Vec::new();
            };
            let (dead, live): (Vec<Entry>, Vec<Entry>) =
                list.drain(..).partition(|e| !e.referent.is_alive());
            *list = live;
            if list.is_empty() {
                r.remove(&addr);
            }
            dead
        });
        for e in dead.iter().rev() {
            let Some(obj) = e.obj.upgrade() else {
                continue;
            };
            let obj = Value::obj(obj);
            let cb = crate::weakref::take_callback(&obj);
            if cb.is_none() {
                continue;
            }
            if let Err(err) = call::call_value(vm, &cb, vec![obj]) {
                exc::write_unraisable(vm, err, "Exception ignored in", &cb);
            }
        }
    }
    Ok(())
}
