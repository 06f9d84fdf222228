//! Native recursion: the depth of natives nested on the Rust stack (a comparison of nested lists, the hash
//! of nested tuples, a native calling back into the loop). Python-to-Python calls never recurse (invariant
//! 1), but these do, so each level is counted and bounded and running out raises `RecursionError`, never a
//! stack overflow (invariant 6). As in CPython, a native level also counts against the recursion limit.
use crate::interp::error::{self, PyResult};
use crate::interp::Vm;

/// Natives nested deeper than this raise `RecursionError` whatever the recursion limit. The interpreter
/// thread's stack (`INTERPRETER_STACK`) is sized so that this many of the deepest levels (a native that
/// re-enters the eval loop) fit in it.
pub const MAX_NATIVE_DEPTH: usize = 20_000;

/// The native stack size of a thread that runs a `Vm`.
pub const INTERPRETER_STACK: usize = 1 << 30;

impl Vm {
    /// Enters one level of native recursion; past either bound, `RecursionError` with CPython's message
    /// ("maximum recursion depth exceeded" + `ctx`, e.g. " in comparison"). Pair with [`Vm::leave_native`].
    #[inline]
    pub fn enter_native(&mut self, ctx: &str) -> PyResult<()> {
        if self.native_depth >= MAX_NATIVE_DEPTH || self.depth >= self.recursion_limit {
            return Err(recursion_error(ctx));
        }
        self.native_depth += 1;
        self.depth += 1;
        Ok(())
    }

    /// Leaves a level entered by [`Vm::enter_native`].
    #[inline]
    pub fn leave_native(&mut self) {
        self.native_depth -= 1;
        self.depth -= 1;
    }
}

#[cold]
fn recursion_error(ctx: &str) -> error::PyErr {
    error::recursion_error(format!("maximum recursion depth exceeded{ctx}"))
}
