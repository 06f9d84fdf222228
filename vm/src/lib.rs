//! weft-vm: the compiler, object model and stackless eval loop of weft.
pub mod compiler;
