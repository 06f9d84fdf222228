//! The interpreter: frames, the opcode loop, calls, operators, attributes, exceptions and imports.
pub mod args;
pub mod ast_hook;
pub mod asyncops;
pub mod attr;
pub mod attr_cache;
pub mod bootstrap;
pub mod builtin_docs;
pub mod builtin_types;
pub mod builtins_exc;
pub mod builtins_mod;
pub mod call;
pub mod compare;
pub mod compile;
pub mod error;
pub mod eval;
pub mod exc;
pub mod exc_group;
pub mod exc_group_type;
pub mod frame;
pub mod genops;
pub mod global_cache;
pub mod import;
pub mod numops;
pub mod ops;
pub mod pattern;
pub mod protocols;
pub mod recursion;
pub mod registry;
pub mod seqops;
pub mod shutdown;
pub mod slicing;
pub mod stdio;
pub mod strops;
pub mod structseq;
pub mod suggestions;
pub mod sys_async;
pub mod sys_info;
pub mod sys_trace;
pub mod sysmod;
pub mod tb_carets;
pub mod then;
pub mod thenops;
pub mod threads;
pub mod trace;
pub mod trace_jump;
pub mod traceback;
pub mod type_bases;
pub mod type_flags;
pub mod typecall;
pub mod unicode_error;
pub mod union;
pub mod unraisable;
pub mod version_info;
pub mod vm;

pub use vm::Vm;

/// What an operation produced: a value at once, or a frame for the loop to run first (its result finishes
/// the instruction through the frame's `then`), or a frame a native left in `Vm::pending_frame`.
pub enum Flow {
    Value(crate::heap::Value),
    Frame(Box<frame::Frame>),
    Pending,
}
