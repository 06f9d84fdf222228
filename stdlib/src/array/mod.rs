//! The `array` module: `array.array`, compact arrays of one C numeric type (or `u`, code points),
//! and `_array_reconstructor`, which pickles made by protocol 3 and later call.
mod arrayobj;
mod docs;
mod iter;
mod methods;
mod typecode;

use arrayobj::new_array;
use std::sync::OnceLock;
use typecode::{Code, TYPECODES};
use weft_vm::heap::{GilShared, ObjRef, Value};
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::{ops, Vm};
use weft_vm::objects::builtin::Args;
use weft_vm::objects::module::{module_dict, new_module};
use weft_vm::objects::typeobj;
use weft_vm::objects::{bytes, int, str as pystr};

struct Types {
    array: ObjRef,
    iter: ObjRef,
    reconstructor: Value,
}

static TYPES: OnceLock<GilShared<Types>> = OnceLock::new();

fn types() -> &'static Types {
    &TYPES
        .get_or_init(|| {
            let array = crate::support::native_type("array.array", true);
            weft_vm::objects::typeobj::tdata(&array)
                .set(weft_vm::objects::typeobj::tflag::SEQUENCE, true);
            crate::support::set_doc(&array, docs::ARRAY);
            arrayobj::register(&array);
            methods::register(&array);
            weft_vm::objects::native::register_buffer(arrayobj::buffer_of);
            let iter = crate::support::native_type("array.arrayiterator", false);
            iter::register(&iter);
            let m = new_module("array");
            crate::add_function(
                &m,
                "_array_reconstructor",
                array_reconstructor,
                Some("Internal. Used for pickling support."),
            );
            let reconstructor = module_dict(&m)
                .and_then(|d| d.get_rs("_array_reconstructor"))
                .unwrap_or(Value::NONE);
            if let Some(o) = reconstructor.as_obj() {
                o.make_immortal();
            }
            GilShared(Types {
                array,
                iter,
                reconstructor,
            })
        })
        .0
}

fn array_type() -> &'static ObjRef {
    &types().array
}

fn iter_type() -> &'static ObjRef {
    &types().iter
}

/// `array._array_reconstructor`, for `__reduce_ex__`.
fn reconstructor() -> Value {
    types().reconstructor.clone()
}

/// A machine format: item size, signedness, byte order, and what the items are.
struct MachineFormat {
    size: usize,
    signed: bool,
    big_endian: bool,
    kind: FormatKind,
}

#[derive(PartialEq)]
enum FormatKind {
    Int,
    Float,
    Utf16,
    Utf32,
}

fn machine_format(code: i64) -> Option<MachineFormat> {
    let (size, signed, kind) = match code {
        0..=1 => (1, code == 1, FormatKind::Int),
        2..=5 => (2, code >= 4, FormatKind::Int),
        6..=9 => (4, code >= 8, FormatKind::Int),
        10..=13 => (8, code >= 12, FormatKind::Int),
        14..=15 => (4, true, FormatKind::Float),
        16..=17 => (8, true, FormatKind::Float),
        // CPython's table gives the UTF formats twice their unit size (which only the length
        // check sees).
        18..=19 => (4, false, FormatKind::Utf16),
        20..=21 => (8, false, FormatKind::Utf32),
        _ => return None,
    };
    let big_endian = code >= 2 && code % 2 == 1;
    Some(MachineFormat {
        size,
        signed,
        big_endian,
        kind,
    })
}

/// The code points of UTF-16 or UTF-32 text (an unpaired surrogate stands for itself).
fn decode_utf<'a>(b: &'a [u8], mf: &MachineFormat) -> Box<dyn Iterator<Item = u32> + 'a> {
    let big = mf.big_endian;
    let unit = move |c: &[u8]| -> u32 {
        let fold = |acc: u32, &x: &u8| (acc << 8) | x as u32;
        if big {
            c.iter().fold(0, fold)
        } else {
            c.iter().rev().fold(0, fold)
        }
    };
    if mf.kind == FormatKind::Utf32 {
        return Box::new(b.chunks_exact(4).map(unit));
    }
    let units: Vec<u16> = b.chunks_exact(2).map(|c| unit(c) as u16).collect();
    Box::new(
        char::decode_utf16(units)
            .map(|r| r.map_or_else(|e| e.unpaired_surrogate() as u32, |ch| ch as u32)),
    )
}

/// `_array_reconstructor(arraytype, typecode, mformat_code, items)`: rebuilds a pickled array,
/// converting items packed for another machine.
fn array_reconstructor(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kwargs("_array_reconstructor")?;
    let a = args.range("_array_reconstructor", 4, 4)?;
    let Some(cls) = typeobj::as_type(&a[0]) else {
        return Err(error::type_error(format!(
            "first argument must be a type object, not {}",
            ops::type_name_of(&a[0])
        )));
    };
    if !cls.is(array_type()) && !typeobj::is_subtype(cls, array_type()) {
        return Err(error::type_error(format!(
            "{} is not a subtype of array.array",
            typeobj::type_name(cls)
        )));
    }
    let c = arrayobj::unicode_char(&a[1], "_array_reconstructor() argument 2")?;
    let mcode = weft_vm::interp::protocols::index(vm, &a[2])?;
    let Some(bytes_v) = bytes::as_bytes(&a[3]) else {
        return Err(error::type_error(format!(
            "fourth argument should be bytes, not {}",
            ops::type_name_of(&a[3])
        )));
    };
    let Some(code) = Code::from_char(c) else {
        return Err(error::value_error(
            "second argument must be a valid type code",
        ));
    };
    let mf =
        num_traits::ToPrimitive::to_i64(&mcode).and_then(|m| machine_format(m).map(|f| (m, f)));
    let Some((m, mf)) = mf else {
        return Err(error::value_error(
            "third argument must be a valid machine format code.",
        ));
    };
    if m == code.mformat() {
        if bytes_v.len() % code.size() != 0 {
            return Err(error::value_error(
                "bytes length not a multiple of item size",
            ));
        }
        return Ok(new_array(cls, code, bytes_v.to_vec()));
    }
    if bytes_v.len() % mf.size != 0 {
        return Err(error::value_error(
            "string length not a multiple of item size",
        ));
    }
    let chunks = bytes_v.chunks_exact(mf.size).map(|c| {
        let mut b = c.to_vec();
        if mf.big_endian {
            b.reverse();
        }
        b
    });
    let (code, items): (Code, Vec<Value>) = match mf.kind {
        FormatKind::Float => (
            code,
            chunks
                .map(|b| {
                    Value::float(if mf.size == 4 {
                        f32::from_le_bytes([b[0], b[1], b[2], b[3]]) as f64
                    } else {
                        f64::from_le_bytes([b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]])
                    })
                })
                .collect(),
        ),
        FormatKind::Utf16 | FormatKind::Utf32 => {
            if code != Code::Unicode {
                return Err(error::type_error(format!(
                    "cannot use a str to initialize an array with typecode '{c}'"
                )));
            }
            let data = decode_utf(bytes_v, &mf)
                .flat_map(u32::to_le_bytes)
                .collect();
            return Ok(new_array(cls, Code::Unicode, data));
        }
        FormatKind::Int => {
            // The last integer typecode with this size and signedness, as CPython picks it.
            let code = TYPECODES
                .chars()
                .rev()
                .filter_map(Code::from_char)
                .find(|t| t.is_integer() && t.size() == mf.size && t.is_signed() == mf.signed)
                .unwrap_or(code);
            let sign = mf.signed;
            let items = chunks
                .map(|b| {
                    let v = if sign {
                        num_bigint::BigInt::from_signed_bytes_le(&b)
                    } else {
                        num_bigint::BigInt::from_bytes_le(num_bigint::Sign::Plus, &b)
                    };
                    int::from_big(v)
                })
                .collect();
            (code, items)
        }
    };
    let probe = arrayobj::Array::new(code, Vec::new());
    let data = probe.encode_all(vm, &items)?;
    Ok(new_array(cls, code, data))
}

/// Whether instances of `ty` take weak references: arrays do.
pub(crate) fn weakrefable(ty: &ObjRef) -> bool {
    TYPES
        .get()
        .is_some_and(|t| ty.is(&t.0.array) || typeobj::is_subtype(ty, &t.0.array))
}

/// Builds the `array` module; `array` is registered as a `collections.abc.MutableSequence`.
pub(crate) fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let t = types();
    let abc = weft_vm::interp::import::import_abs(vm, "collections.abc")?;
    let seq = weft_vm::interp::attr::getattr(vm, &abc, "MutableSequence")?;
    let register = weft_vm::interp::attr::getattr(vm, &seq, "register")?;
    weft_vm::interp::call::call_value(vm, &register, vec![Value::obj(t.array.clone())])?;
    let m = new_module("array");
    if let Some(d) = module_dict(&m) {
        d.set_rs("_array_reconstructor", t.reconstructor.clone());
        d.set_rs("array", Value::obj(t.array.clone()));
        d.set_rs("ArrayType", Value::obj(t.array.clone()));
        d.set_rs("typecodes", pystr::new_str(TYPECODES));
        d.set_rs("__doc__", pystr::new_str(docs::MODULE));
    }
    Ok(m)
}
