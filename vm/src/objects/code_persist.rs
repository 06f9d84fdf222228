//! Code objects to and from bytes (`marshal`, the bytecode cache): back to the plain `CodeUnit` they
//! were made from, then through `compiler::persist`.
use crate::compiler::bytecode::{CodeUnit, Const};
use crate::compiler::persist;
use crate::heap::{ObjRef, Value};
use crate::objects::code::{new_code, Code};
use crate::objects::{bytes, complex, float, int, set, str as pystr, tuple, types};

/// The bytes of a code object; `Err` names a constant that is not plain data (possible only after
/// `code.replace(co_consts=...)`).
pub fn code_to_bytes(code: &Code) -> Result<Vec<u8>, String> {
    Ok(persist::encode(&to_unit(code)?))
}

/// A code object from `code_to_bytes` output of this build; `Err` says why the bytes are refused.
pub fn code_from_bytes(b: &[u8]) -> Result<ObjRef, String> {
    persist::decode(b).map(|u| new_code(&u))
}

fn to_unit(c: &Code) -> Result<CodeUnit, String> {
    let text = |o: &ObjRef| {
        pystr::as_str(&Value::obj(o.clone()))
            .unwrap_or("")
            .to_string()
    };
    Ok(CodeUnit {
        name: text(&c.name),
        qualname: text(&c.qualname),
        filename: text(&c.filename.borrow()),
        firstlineno: c.firstlineno,
        flags: c.flags,
        argcount: c.argcount,
        posonlyargcount: c.posonlyargcount,
        kwonlyargcount: c.kwonlyargcount,
        stacksize: c.stacksize,
        instructions: c.instrs.to_vec(),
        positions: c.positions.to_vec(),
        exception_table: c.exception_table.to_vec(),
        consts: c.consts.iter().map(value_const).collect::<Result<_, _>>()?,
        names: c.names.iter().map(text).collect(),
        varnames: c.varnames.clone(),
        cellvars: c.cellvars.clone(),
        freevars: c.freevars.clone(),
        docstring: c.docstring,
    })
}

/// The constant a value came from: the exact builtin types a compiler emits, and nothing else.
fn value_const(v: &Value) -> Result<Const, String> {
    let t = types();
    if v.is_none() {
        return Ok(Const::None);
    }
    if let Some(b) = v.as_bool() {
        return Ok(Const::Bool(b));
    }
    if let Some(i) = v.as_int() {
        return Ok(Const::Int(i.into()));
    }
    if let Some(x) = v.as_float() {
        return Ok(Const::Float(x));
    }
    let Some(o) = v.as_obj() else {
        return Err("unmarshallable object".into());
    };
    let ty = o.ty();
    if o.is(&t.ellipsis) {
        return Ok(Const::Ellipsis);
    }
    if ty.is(&t.int) {
        return int::to_big(v).map(Const::Int).ok_or_else(String::new);
    }
    if ty.is(&t.float) {
        return float::to_f64(v).map(Const::Float).ok_or_else(String::new);
    }
    if ty.is(&t.complex) {
        let (real, imag) = complex::as_complex(v).unwrap_or_default();
        return Ok(Const::Complex { real, imag });
    }
    if ty.is(&t.str) {
        let s = pystr::as_str_obj(v).ok_or_else(String::new)?;
        return Ok(if s.has_surrogates() {
            Const::StrSurrogates(s.code_points().collect())
        } else {
            Const::Str(s.as_str().to_string())
        });
    }
    if ty.is(&t.bytes) {
        return Ok(Const::Bytes(
            bytes::as_bytes(v).unwrap_or_default().to_vec(),
        ));
    }
    if ty.is(&t.tuple) {
        let items = tuple::as_tuple(v).map(|t| t.to_vec()).unwrap_or_default();
        return Ok(Const::Tuple(
            items.iter().map(value_const).collect::<Result<_, _>>()?,
        ));
    }
    if ty.is(&t.frozenset) {
        let items = o
            .downcast::<set::Set>()
            .map(|s| s.keys())
            .unwrap_or_default();
        return Ok(Const::FrozenSet(
            items.iter().map(value_const).collect::<Result<_, _>>()?,
        ));
    }
    if let Some(c) = o.downcast::<Code>() {
        return Ok(Const::Code(Box::new(to_unit(c)?)));
    }
    Err("unmarshallable object".into())
}
