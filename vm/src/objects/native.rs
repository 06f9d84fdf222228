//! Payloads of types defined by other crates (`_io` objects, `deque`, ...): boxed Rust data with dynamic
//! downcasting.
//!
//! A payload that holds Python values registers its [`Traverse`] impl once (`register_traverse`), so that
//! the cycle collector sees its references and can break cycles through it; unregistered payloads stay
//! opaque (their references count as external, which only makes the collector more conservative).
use crate::heap::{Kind, Payload, Value};
use std::any::{Any, TypeId};
use std::sync::RwLock;

pub struct NativeObj(pub Box<dyn Any>);

impl Payload for NativeObj {
    const KIND: Kind = Kind::Native;
}

/// What the cycle collector needs from a native payload that references Python values.
pub trait Traverse: Any {
    /// Calls `f` on every value the payload references.
    fn traverse(&self, f: &mut dyn FnMut(&Value));
    /// Takes every reference out into `out` (dropped by the caller after every borrow ended, since
    /// dropping may run code).
    fn clear(&self, out: &mut Vec<Value>);
}

type TraverseFn = fn(&dyn Any, &mut dyn FnMut(&Value));
type ClearFn = fn(&dyn Any, &mut Vec<Value>);

/// Registered payload types; few, so a linear search.
static HOOKS: RwLock<Vec<(TypeId, TraverseFn, ClearFn)>> = RwLock::new(Vec::new());

fn traverse_as<T: Traverse>(a: &dyn Any, f: &mut dyn FnMut(&Value)) {
    if let Some(t) = a.downcast_ref::<T>() {
        t.traverse(f);
    }
}

fn clear_as<T: Traverse>(a: &dyn Any, out: &mut Vec<Value>) {
    if let Some(t) = a.downcast_ref::<T>() {
        t.clear(out);
    }
}

/// Makes payloads of type `T` visible to the cycle collector (idempotent).
pub fn register_traverse<T: Traverse>() {
    let id = TypeId::of::<T>();
    let Ok(mut hooks) = HOOKS.write() else {
        return;
    };
    if !hooks.iter().any(|(t, _, _)| *t == id) {
        hooks.push((id, traverse_as::<T>, clear_as::<T>));
    }
}

fn hooks_of(n: &NativeObj) -> Option<(TraverseFn, ClearFn)> {
    let id = n.0.as_ref().type_id();
    let hooks = HOOKS.read().ok()?;
    hooks
        .iter()
        .find(|(t, _, _)| *t == id)
        .map(|(_, tr, cl)| (*tr, *cl))
}

/// The references of a native payload (none when its type registered no hook).
pub(crate) fn traverse(n: &NativeObj, f: &mut dyn FnMut(&Value)) {
    if let Some((tr, _)) = hooks_of(n) {
        tr(n.0.as_ref(), f);
    }
}

/// Takes the references of a native payload out into `out`.
pub(crate) fn clear(n: &NativeObj, out: &mut Vec<Value>) {
    if let Some((_, cl)) = hooks_of(n) {
        cl(n.0.as_ref(), out);
    }
}
