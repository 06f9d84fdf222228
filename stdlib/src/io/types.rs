//! The `_io` classes, created once: the abstract bases hold plain objects (so Python subclasses of
//! `io.RawIOBase` are ordinary instances), the concrete classes a native payload.
use std::sync::OnceLock;
use weft_vm::heap::{GilShared, Kind, ObjRef};
use weft_vm::objects::typeobj::{self, tdata, tflag, TypeData};
use weft_vm::objects::{str as pystr, types};

pub(crate) struct IoTypes {
    pub iobase: ObjRef,
    pub raw_iobase: ObjRef,
    pub buffered_iobase: ObjRef,
    pub text_iobase: ObjRef,
    pub file_io: ObjRef,
    pub bytes_io: ObjRef,
    pub string_io: ObjRef,
    pub buffered_reader: ObjRef,
    pub buffered_writer: ObjRef,
    pub buffered_random: ObjRef,
    pub buffered_rwpair: ObjRef,
    pub text_io_wrapper: ObjRef,
    pub newline_decoder: ObjRef,
    pub unsupported_operation: ObjRef,
}

static TYPES: OnceLock<GilShared<IoTypes>> = OnceLock::new();

fn new_type(name: &str, layout: Kind, flags: u32, bases: Vec<ObjRef>, module: &str) -> ObjRef {
    let t = types();
    let ty = weft_vm::heap::alloc(&t.type_, TypeData::new(name, layout, flags), None);
    ty.make_immortal();
    let td = tdata(&ty);
    let mro = typeobj::compute_mro(&ty, &bases).unwrap_or_else(|_| vec![ty.clone()]);
    *td.base.borrow_mut() = bases.first().cloned();
    *td.bases.borrow_mut() = bases;
    *td.mro.borrow_mut() = mro;
    td.dict.set_rs("__module__", pystr::new_str(module));
    if flags & tflag::HAS_DICT != 0 && layout != Kind::Exception {
        td.dict
            .set_rs("__dict__", weft_vm::objects::object::dict_descriptor());
    }
    ty
}

fn abstract_base(name: &str, base: &ObjRef) -> ObjRef {
    new_type(
        name,
        Kind::Object,
        // `HAS_DEL`: a Python subclass's instances are closed when they die, as CPython's are.
        tflag::BASETYPE | tflag::HAS_DICT | tflag::HAS_DEL,
        vec![base.clone()],
        "_io",
    )
}

/// A class with a native payload; instances have a `__dict__`, as CPython's `_io` objects do.
fn concrete(name: &str, base: &ObjRef) -> ObjRef {
    new_type(
        name,
        Kind::Native,
        tflag::BASETYPE | tflag::HAS_DICT,
        vec![base.clone()],
        "_io",
    )
}

/// A wrapping class: its instances are closed when they die (`_IOBase.__del__`), which flushes
/// them and closes what they wrap, as in CPython. (A dying `FileIO` closes its descriptor in
/// Rust, and the in-memory streams have nothing to do.)
fn wrapper(name: &str, base: &ObjRef) -> ObjRef {
    let t = concrete(name, base);
    tdata(&t).set(tflag::HAS_DEL, true);
    t
}

/// `io.UnsupportedOperation`, an `OSError` and a `ValueError`.
fn unsupported_type() -> ObjRef {
    let t = types();
    new_type(
        "UnsupportedOperation",
        Kind::Exception,
        tflag::BASETYPE | tflag::HAS_DICT | tflag::EXCEPTION | tflag::HEAPTYPE,
        vec![t.os_error.clone(), t.value_error.clone()],
        "io",
    )
}

fn build() -> IoTypes {
    let object = &types().object;
    let iobase = abstract_base("_IOBase", object);
    let raw_iobase = abstract_base("_RawIOBase", &iobase);
    let buffered_iobase = abstract_base("_BufferedIOBase", &iobase);
    let text_iobase = abstract_base("_TextIOBase", &iobase);
    let t = IoTypes {
        file_io: concrete("FileIO", &raw_iobase),
        bytes_io: concrete("BytesIO", &buffered_iobase),
        string_io: concrete("StringIO", &text_iobase),
        buffered_reader: wrapper("BufferedReader", &buffered_iobase),
        buffered_writer: wrapper("BufferedWriter", &buffered_iobase),
        buffered_random: wrapper("BufferedRandom", &buffered_iobase),
        buffered_rwpair: wrapper("BufferedRWPair", &buffered_iobase),
        text_io_wrapper: wrapper("TextIOWrapper", &text_iobase),
        newline_decoder: concrete("IncrementalNewlineDecoder", object),
        unsupported_operation: unsupported_type(),
        iobase,
        raw_iobase,
        buffered_iobase,
        text_iobase,
    };
    super::iobase::register(&t);
    super::fileio::register(&t.file_io);
    super::bytesio::register(&t.bytes_io);
    super::stringio::register(&t.string_io);
    super::buffered::register(&t);
    super::textio::register(&t.text_io_wrapper);
    super::newline::register(&t.newline_decoder);
    t
}

pub(crate) fn io_types() -> &'static IoTypes {
    &TYPES.get_or_init(|| GilShared(build())).0
}
