//! `open()` and the file objects it returns: `FileIO` (`buffering=0`), `BufferedReader`,
//! `BufferedWriter`, `BufferedRandom` and `TextIOWrapper`, with CPython's `_io` names, modes,
//! attributes and error messages.
//!
//! This is the builtin's own small implementation, not the `_io` module: one payload
//! ([`FileObj`]) backs every class, binary operations go straight to the OS file (so there is
//! nothing to flush and dropping the object closes it at once), and text files decode what
//! remains of the file when they first read. A fuller `_io` replaces it by registering its own
//! `open` in builtins; nothing else in the vm depends on these types.
mod binary;
mod common;
mod mode;
mod open;
mod os_file;
mod text;
mod types;

pub use open::open;
pub use os_file::os_error;

use crate::heap::Value;
use crate::objects::native::NativeObj;
use std::cell::RefCell;

/// An open (or closed) file: the OS handle and what `open()` decided about it.
pub struct FileObj {
    /// `None` once closed.
    file: RefCell<Option<std::fs::File>>,
    /// The `file` argument of `open()`, as `name` reports it.
    name: Value,
    /// `mode` as the object reports it (`'w'` for text, `'rb+'` for binary).
    mode: String,
    readable: bool,
    writable: bool,
    /// Text layer, for `TextIOWrapper`.
    text: Option<RefCell<text::TextState>>,
}

fn as_file(v: &Value) -> Option<&FileObj> {
    v.as_obj()?
        .downcast::<NativeObj>()?
        .0
        .downcast_ref::<FileObj>()
}
