//! weft-vm: the compiler, object model and stackless eval loop of weft.
//!
//! - `heap`: NaN-boxed values and reference-counted objects (the crate's only `unsafe`).
//! - `objects`: the builtin types, one file each.
//! - `interp`: frames, the opcode loop, calls, operators, attributes, exceptions, imports.
//! - `compiler`: AST → bytecode.
//! - `cont`: the continuation primitive under tasklets and greenlets, with its worker stacks.
//! - `format`: numeric parsing and formatting.
pub mod compiler;
pub mod cont;
pub mod format;
pub mod gc;
pub mod heap;
pub mod interp;
pub mod numeric;
pub mod objects;
pub mod text;

/// `sys.version`.
pub const VERSION_STRING: &str = "3.11.7 (weft 0.1.0) [rustc]";
