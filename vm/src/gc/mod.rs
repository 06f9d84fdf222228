//! The cycle collector: reference counting frees everything else at once; this finds groups of objects that
//! only reference each other (CPython's algorithm: subtract internal references from the counts, what is left
//! positive is reachable from outside, everything reachable from there survives), runs their finalisers once,
//! then breaks the cycles by clearing the containers so that reference counting frees them.
mod collect;
mod traverse;

pub use collect::{collect, is_enabled, maybe_collect, set_enabled, Stats};
pub use traverse::traverse;
