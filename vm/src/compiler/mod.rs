//! AST → bytecode: the code generator over weft-parser's AST and symbol table.
//!
//! `compile` (in `driver.rs`) follows CPython 3.11's `Python/compile.c`: the same code shapes, constants,
//! names, positions and exception tables, so that tracebacks, `dis`-style listings and the eval loop behave
//! as on CPython. The pipeline is symbol table → code generation into a control-flow graph of blocks (`ir`)
//! → assembly (`assemble`: cleanup passes, stack depths, exception table, labels).
#![forbid(unsafe_code)]

mod assemble;
pub mod bytecode;
mod calls;
mod codegen;
mod consts;
mod defs;
mod disassemble;
mod driver;
mod exprs;
mod fold;
mod future;
mod handlers;
mod ir;
mod lint;
mod pattern;
mod percent_format;
pub mod persist;
mod scopes;
pub(crate) mod stack_effect;
mod stmt;
pub mod superinstr;
mod unit;
mod unparse;

pub use disassemble::disassemble;
pub use driver::{compile, CompileOptions, INTERNAL_PREFIX, RECURSION_MSG};
pub use fold::from_ast as constant_of;
