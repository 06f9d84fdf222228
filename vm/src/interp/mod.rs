//! The interpreter: frames, the opcode loop, calls, operators, attributes, exceptions and imports.
pub mod attr;
pub mod call;
pub mod error;
pub mod eval;
pub mod frame;
pub mod ops;
pub mod registry;
pub mod then;
pub mod vm;

pub use vm::Vm;

/// What an operation produced: a value at once, or a frame for the loop to run first (its result finishes
/// the instruction through the frame's `then`), or a frame a native left in `Vm::pending_frame`.
pub enum Flow {
    Value(crate::heap::Value),
    Frame(Box<frame::Frame>),
    Pending,
}
