//! Exception classes that native modules define (`binascii.Error`, `zlib.error`): heap types
//! deriving from a builtin exception, named after their module.
use weft_vm::heap::{Kind, ObjRef};
use weft_vm::objects::typeobj::{self, tdata, tflag, TypeData};
use weft_vm::objects::{str as pystr, types};

/// A new exception class `module.name` deriving from `base`.
pub(crate) fn new_exception(module: &str, name: &str, base: &ObjRef) -> ObjRef {
    let t = types();
    let flags = tflag::BASETYPE | tflag::HAS_DICT | tflag::EXCEPTION | tflag::HEAPTYPE;
    let ty = weft_vm::heap::alloc(&t.type_, TypeData::new(name, Kind::Exception, flags), None);
    ty.make_immortal();
    let td = tdata(&ty);
    let bases = vec![base.clone()];
    let mro = typeobj::compute_mro(&ty, &bases).unwrap_or_else(|_| vec![ty.clone()]);
    *td.base.borrow_mut() = Some(base.clone());
    *td.bases.borrow_mut() = bases;
    *td.mro.borrow_mut() = mro;
    td.dict.set_rs("__module__", pystr::new_str(module));
    ty
}
