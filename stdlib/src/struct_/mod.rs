//! The `_struct` module: converting between Python values and C structs packed in bytes, as
//! described by a format string (`<ihd`, `@3s`, ...). Formats are parsed on every module-level call
//! (there is no cache to clear); a `Struct` keeps its parsed layout.
mod buffer;
mod codec;
mod format;
mod half;
mod structobj;
mod unpack_iter;

use std::sync::OnceLock;
use weft_vm::heap::{GilShared, Kind, ObjRef, Value};
use weft_vm::interp::error::{self, PyErr, PyResult};
use weft_vm::interp::Vm;
use weft_vm::objects::builtin::Args;
use weft_vm::objects::typeobj::{self, tdata, tflag, TypeData};
use weft_vm::objects::{str as pystr, types};

/// The module's docstring, as CPython's.
const DOC: &str = "Functions to convert between Python values and C structs.\nPython bytes objects are used to hold the data representing the C struct\nand also as format strings (explained below) to describe the layout of data\nin the C struct.\n\nThe optional first format char indicates byte order, size and alignment:\n  @: native order, size & alignment (default)\n  =: native order, std. size & alignment\n  <: little-endian, std. size & alignment\n  >: big-endian, std. size & alignment\n  !: same as >\n\nThe remaining chars indicate types of args and must match exactly;\nthese can be preceded by a decimal repeat count:\n  x: pad byte (no data); c:char; b:signed byte; B:unsigned byte;\n  ?: _Bool (requires C99; if not available, char is used instead)\n  h:short; H:unsigned short; i:int; I:unsigned int;\n  l:long; L:unsigned long; f:float; d:double; e:half-float.\nSpecial cases (preceding decimal count indicates length):\n  s:string (array of char); p: pascal string (with count byte).\nSpecial cases (only available in native format):\n  n:ssize_t; N:size_t;\n  P:an integer type that is wide enough to hold a pointer.\nSpecial case (not in native mode unless 'long long' in platform C):\n  q:long long; Q:unsigned long long\nWhitespace between formats is ignored.\n\nThe variable struct.error is an exception raised on errors.\n";

struct Types {
    error: ObjRef,
    structure: ObjRef,
    unpack_iter: ObjRef,
}

static TYPES: OnceLock<GilShared<Types>> = OnceLock::new();

fn struct_types() -> &'static Types {
    &TYPES
        .get_or_init(|| {
            let t = Types {
                error: error_type(),
                structure: crate::support::native_type("_struct.Struct", true),
                unpack_iter: crate::support::native_type("_struct.unpack_iterator", false),
            };
            structobj::register(&t.structure);
            unpack_iter::register(&t.unpack_iter);
            GilShared(t)
        })
        .0
}

/// `struct.error`, a plain `Exception` subclass.
fn error_type() -> ObjRef {
    let t = types();
    let flags = tflag::BASETYPE | tflag::HAS_DICT | tflag::EXCEPTION | tflag::HEAPTYPE;
    let ty = weft_vm::heap::alloc(
        &t.type_,
        TypeData::new("error", Kind::Exception, flags),
        None,
    );
    ty.make_immortal();
    let td = tdata(&ty);
    let bases = vec![t.exception.clone()];
    let mro = typeobj::compute_mro(&ty, &bases).unwrap_or_else(|_| vec![ty.clone()]);
    *td.base.borrow_mut() = bases.first().cloned();
    *td.bases.borrow_mut() = bases;
    *td.mro.borrow_mut() = mro;
    td.dict.set_rs("__module__", pystr::new_str("struct"));
    ty
}

/// A `struct.error` with `msg`.
pub(crate) fn struct_error(msg: impl Into<String>) -> PyErr {
    PyErr::new(&struct_types().error, msg)
}

/// The format argument of the module functions and of `Struct()`: str or bytes.
fn format_text(vm: &mut Vm, v: &Value) -> PyResult<String> {
    if let Some(s) = pystr::as_str(v) {
        if !s.is_ascii() {
            // CPython encodes the format as ASCII: the `UnicodeEncodeError` it raises.
            pystr::codec::encode(vm, v, s.as_bytes(), Some("ascii"), None)?;
        }
        return Ok(s.to_string());
    }
    if let Some(b) = weft_vm::objects::bytes::as_bytes(v) {
        return Ok(b.iter().map(|&c| c as char).collect());
    }
    Err(error::type_error(format!(
        "Struct() argument 1 must be a str or bytes object, not {}",
        weft_vm::interp::ops::type_name_of(v)
    )))
}

/// Splits `(format, rest...)` of a module function and parses the format.
fn with_format<'a>(
    vm: &mut Vm,
    args: &Args<'a>,
    fname: &str,
) -> PyResult<(structobj::Parsed, &'a [Value])> {
    args.no_kwargs(fname)?;
    let all = args.positional();
    let Some((fmt, rest)) = all.split_first() else {
        return Err(error::type_error("missing format argument"));
    };
    Ok((structobj::Parsed::new(format_text(vm, fmt)?)?, rest))
}

fn pack(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (p, rest) = with_format(vm, args, "pack")?;
    p.pack(vm, rest)
}

fn pack_into(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (p, rest) = with_format(vm, args, "pack_into")?;
    p.pack_into(vm, rest)
}

fn unpack(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kwargs("unpack")?;
    let a = args.exact("unpack", 2)?;
    structobj::Parsed::new(format_text(vm, &a[0])?)?.unpack(vm, &a[1])
}

fn unpack_from(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [fmt, buffer, offset] = args.bind("unpack_from", ["format", "buffer", "offset"], 2, 1)?;
    let (Some(fmt), Some(buffer)) = (fmt, buffer) else {
        return Err(error::system_error("unpack_from arguments"));
    };
    structobj::Parsed::new(format_text(vm, &fmt)?)?.unpack_from(vm, &buffer, offset.as_ref())
}

fn iter_unpack(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kwargs("iter_unpack")?;
    let a = args.exact("iter_unpack", 2)?;
    let p = structobj::Parsed::new(format_text(vm, &a[0])?)?;
    structobj::unpack_iterator(std::rc::Rc::new(p), vm, &a[1])
}

fn calcsize(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kwargs("calcsize")?;
    let a = args.exact("calcsize", 1)?;
    let p = structobj::Parsed::new(format_text(vm, &a[0])?)?;
    Ok(weft_vm::objects::int::from_i64(p.layout.size as i64))
}

fn clearcache(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(Value::NONE)
}

/// Builds the `_struct` module.
pub fn init(_vm: &mut Vm) -> PyResult<ObjRef> {
    let t = struct_types();
    let m = crate::module_with(
        "_struct",
        &[
            ("pack", pack),
            ("pack_into", pack_into),
            ("unpack", unpack),
            ("unpack_from", unpack_from),
            ("iter_unpack", iter_unpack),
            ("calcsize", calcsize),
            ("_clearcache", clearcache),
        ],
    );
    let d = weft_vm::objects::module::module_dict(&m).expect("module dict");
    d.set_rs("error", Value::obj(t.error.clone()));
    d.set_rs("Struct", Value::obj(t.structure.clone()));
    d.set_rs("__doc__", pystr::new_str(DOC));
    Ok(m)
}
