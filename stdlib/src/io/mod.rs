//! The `_io` module: CPython's layered I/O stack (`FileIO` under `BufferedReader`/`Writer`/`Random`
//! under `TextIOWrapper`, plus the in-memory `BytesIO` and `StringIO`), `open()`, and the standard
//! streams that `sys.stdout`/`stderr`/`stdin` are.
//!
//! Each layer works on its neighbour through the neighbour's methods, called through Python, unless
//! the neighbour is the native class, in which case it goes straight to the Rust data: so a Python
//! `RawIOBase` subclass works under `BufferedReader`, and `print` to `sys.stdout` costs an encode and
//! a copy into the buffer. The abstract bases (`_IOBase`, ...) carry the mixin methods CPython
//! defines on them, written over attribute calls so that they serve Python subclasses too.
mod buffered;
mod bytesio;
mod fileio;
mod iobase;
mod newline;
mod open;
mod rwpair;
mod stdio;
mod stringio;
mod textio;
mod textread;
mod types;
pub(crate) mod util;

use weft_vm::heap::{ObjRef, Value};
use weft_vm::interp::error::PyResult;
use weft_vm::interp::Vm;
use weft_vm::objects::{int, module};

pub(crate) use types::io_types;

/// CPython's `DEFAULT_BUFFER_SIZE`.
pub(crate) const DEFAULT_BUFFER_SIZE: usize = 8192;

/// Builds the `_io` module.
pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let t = io_types();
    let m = crate::module_with(
        "_io",
        &[
            ("open", open::open),
            ("open_code", open::open_code),
            ("text_encoding", open::text_encoding),
        ],
    );
    let Some(d) = module::module_dict(&m) else {
        return Err(weft_vm::interp::error::system_error(
            "_io: module without a dict",
        ));
    };
    for (name, ty) in [
        ("_IOBase", &t.iobase),
        ("_RawIOBase", &t.raw_iobase),
        ("_BufferedIOBase", &t.buffered_iobase),
        ("_TextIOBase", &t.text_iobase),
        ("FileIO", &t.file_io),
        ("BytesIO", &t.bytes_io),
        ("StringIO", &t.string_io),
        ("BufferedReader", &t.buffered_reader),
        ("BufferedWriter", &t.buffered_writer),
        ("BufferedRandom", &t.buffered_random),
        ("BufferedRWPair", &t.buffered_rwpair),
        ("TextIOWrapper", &t.text_io_wrapper),
        ("IncrementalNewlineDecoder", &t.newline_decoder),
        ("UnsupportedOperation", &t.unsupported_operation),
    ] {
        d.set_rs(name, Value::obj(ty.clone()));
    }
    // `io.open is open`, as in CPython.
    if let Some(b) = weft_vm::objects::dict::as_dict(&Value::obj(vm.builtins.clone())) {
        for name in ["BlockingIOError", "open"] {
            if let Some(v) = b.get_rs(name) {
                d.set_rs(name, v);
            }
        }
    }
    d.set_rs(
        "DEFAULT_BUFFER_SIZE",
        int::from_i64(DEFAULT_BUFFER_SIZE as i64),
    );
    Ok(m)
}

/// Registers `_io`, makes `open` the builtin and the standard streams `sys.stdin`/`stdout`/`stderr`.
pub fn install(vm: &mut Vm) {
    vm.registry.add("_io", init);
    open::install_builtin(vm);
    stdio::install(vm);
}
