//! The file classes and `io.UnsupportedOperation`, created on first use.
use crate::heap::{GilShared, Kind, ObjRef};
use crate::objects::typeobj::{self, tdata, tflag, TypeData};
use crate::objects::{str as pystr, types};
use std::sync::OnceLock;

pub struct FileTypes {
    pub file_io: ObjRef,
    pub buffered_reader: ObjRef,
    pub buffered_writer: ObjRef,
    pub buffered_random: ObjRef,
    pub text_io_wrapper: ObjRef,
    pub unsupported_operation: ObjRef,
}

static TYPES: OnceLock<GilShared<FileTypes>> = OnceLock::new();

fn set_bases(ty: &ObjRef, bases: Vec<ObjRef>) {
    let td = tdata(ty);
    let mro = typeobj::compute_mro(ty, &bases).unwrap_or_else(|_| vec![ty.clone()]);
    *td.base.borrow_mut() = bases.first().cloned();
    *td.bases.borrow_mut() = bases;
    *td.mro.borrow_mut() = mro;
    td.dict.set_rs("__module__", pystr::new_str("_io"));
}

fn file_type(name: &str, text: bool) -> ObjRef {
    let t = types();
    let ty = crate::heap::alloc(&t.type_, TypeData::new(name, Kind::Native, 0), None);
    ty.make_immortal();
    set_bases(&ty, vec![t.object.clone()]);
    super::common::register(&ty);
    if text {
        super::text::register(&ty);
    } else {
        super::binary::register(&ty);
    }
    ty
}

/// `io.UnsupportedOperation`, an `OSError` and a `ValueError`.
fn unsupported_type() -> ObjRef {
    let t = types();
    let ty = crate::heap::alloc(
        &t.type_,
        TypeData::new(
            "UnsupportedOperation",
            Kind::Exception,
            tflag::BASETYPE | tflag::HAS_DICT | tflag::EXCEPTION | tflag::HEAPTYPE,
        ),
        None,
    );
    ty.make_immortal();
    set_bases(&ty, vec![t.os_error.clone(), t.value_error.clone()]);
    tdata(&ty).dict.set_rs("__module__", pystr::new_str("io"));
    ty
}

pub fn file_types() -> &'static FileTypes {
    &TYPES
        .get_or_init(|| {
            GilShared(FileTypes {
                file_io: file_type("FileIO", false),
                buffered_reader: file_type("BufferedReader", false),
                buffered_writer: file_type("BufferedWriter", false),
                buffered_random: file_type("BufferedRandom", false),
                text_io_wrapper: file_type("TextIOWrapper", true),
                unsupported_operation: unsupported_type(),
            })
        })
        .0
}

pub fn unsupported_operation() -> &'static ObjRef {
    &file_types().unsupported_operation
}
