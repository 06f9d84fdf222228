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
        if self.native_depth >= self.native_limit || self.depth >= Vm::recursion_limit() {
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

    /// Enters a native level that the recursion limit does not see (a call CPython makes without checking
    /// it), bounded only by the native limit ([`MAX_NATIVE_DEPTH`] on an interpreter thread's stack). Pair with [`Vm::leave_uncounted`].
    #[inline]
    pub fn enter_uncounted(&mut self) -> PyResult<()> {
        if self.native_depth >= self.native_limit {
            return Err(recursion_error(""));
        }
        self.native_depth += 1;
        Ok(())
    }

    /// Leaves a level entered by [`Vm::enter_uncounted`].
    #[inline]
    pub fn leave_uncounted(&mut self) {
        self.native_depth -= 1;
    }

    /// Runs `f` one level deeper ([`Vm::enter_native`] with `ctx`), for the natives whose CPython
    /// counterpart checks the recursion limit on entry.
    #[inline]
    pub fn nested<T>(&mut self, ctx: &str, f: impl FnOnce(&mut Vm) -> PyResult<T>) -> PyResult<T> {
        self.enter_native(ctx)?;
        let r = f(self);
        self.leave_native();
        r
    }
}

/// The context of the level a call of a builtin function enters (CPython's `cfunction_enter_call`).
pub const CALLING: &str = " while calling a Python object";
/// The context of the level `repr()` of an object enters (`PyObject_Repr`).
pub const GETTING_REPR: &str = " while getting the repr of an object";
/// The context of the level `str()` of a non-str enters (`PyObject_Str`).
pub const GETTING_STR: &str = " while getting the str of an object";

#[cold]
fn recursion_error(ctx: &str) -> error::PyErr {
    error::recursion_error(format!("maximum recursion depth exceeded{ctx}"))
}
