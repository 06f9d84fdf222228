//! `str.maketrans` and `str.translate`. The table is any object with `__getitem__`; a
//! `LookupError` from it leaves the character alone, as in CPython.
use super::args::{must_be, one_arg, str_arg, str_self, varargs_of};
use crate::heap::{ObjRef, Value};
use crate::interp::error::PyResult;
use crate::interp::{call, exc, protocols, Vm};
use crate::objects::builtin::{Args, NativeFn};
use crate::objects::register::{methods, static_methods};
use crate::objects::{dict, int, str as pystr, types};
use crate::text::str_methods::{
    self as text, maketrans_type_error, mapping_type_error, MaketransMisuse, Mapped,
};
use num_traits::{Signed, ToPrimitive};

/// `str.maketrans(x[, y[, z]])`.
fn maketrans(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = varargs_of(args, "str.maketrans", 1, 3)?;
    let out = dict::new_dict();
    let Some(table) = out.downcast::<dict::Dict>() else {
        return Ok(Value::obj(out));
    };
    if a.len() == 1 {
        let x = &a[0];
        let source = match x.as_obj() {
            Some(o) if o.ty().is(&types().dict) => dict::as_dict(x).map(|d| d.items()),
            _ => None,
        };
        let Some(items) = source else {
            return Err(maketrans_type_error(MaketransMisuse::SingleNotDict).into());
        };
        for (k, v) in items {
            let key = if let Some(s) = pystr::as_str_obj(&k) {
                let cps: Vec<u32> = s.code_points().collect();
                int::from_i64(i64::from(text::maketrans_str_key(&cps)?))
            } else if int::is_int(&k) {
                k
            } else {
                return Err(maketrans_type_error(MaketransMisuse::BadKey).into());
            };
            table.set(vm, key, v)?;
        }
        return Ok(Value::obj(out));
    }
    let cps = |v: &Value| -> Vec<u32> {
        pystr::as_str_obj(v).map_or(Vec::new(), |s| s.code_points().collect())
    };
    str_arg(&a[1], || must_be("maketrans", "2", "str", &a[1]))?;
    let y = cps(&a[1]);
    let z = match a.get(2) {
        Some(z) => {
            str_arg(z, || must_be("maketrans", "3", "str", z))?;
            Some(cps(z))
        }
        None => None,
    };
    if pystr::as_str(&a[0]).is_none() {
        return Err(maketrans_type_error(MaketransMisuse::FirstNotStr).into());
    }
    let x = cps(&a[0]);
    for (from, to) in text::maketrans_strs(&x, &y, z.as_deref())? {
        let value = to.map_or(Value::NONE, |c| int::from_i64(i64::from(c)));
        table.set(vm, int::from_i64(i64::from(from)), value)?;
    }
    Ok(Value::obj(out))
}

/// `table[ord(c)]` as a [`Mapped`].
fn lookup(vm: &mut Vm, table: &Value, c: u32) -> PyResult<Mapped> {
    let key = int::from_i64(i64::from(c));
    let found = match dict::as_dict(table)
        .filter(|_| table.as_obj().is_some_and(|o| o.ty().is(&types().dict)))
    {
        Some(d) => d.get(vm, &key)?,
        None => {
            let got =
                protocols::getitem(vm, table.clone(), key).and_then(|f| call::run_flow(vm, f));
            match got {
                Ok(v) => Some(v),
                Err(e) if exc::matches_type(&e, &types().lookup_error) => None,
                Err(e) => return Err(e),
            }
        }
    };
    let Some(v) = found else {
        return Ok(Mapped::Unmapped);
    };
    if v.is_none() {
        return Ok(Mapped::Delete);
    }
    if let Some(s) = pystr::as_bytes(&v) {
        return Ok(Mapped::Text(s.to_vec()));
    }
    if let Some(i) = int::to_big(&v).filter(|_| int::is_int(&v)) {
        let clamped = i
            .to_i64()
            .unwrap_or(if i.is_negative() { i64::MIN } else { i64::MAX });
        return Ok(Mapped::Ordinal(clamped));
    }
    Err(mapping_type_error().into())
}

/// `s.translate(table)`.
fn translate(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (v, s) = str_self(args, "translate", false)?;
    let table = one_arg(args, "str.translate")?;
    let out = text::translate(s.as_bytes(), |c| lookup(vm, table, c))?;
    if out == s.as_bytes() {
        return Ok(pystr::exact(v, s));
    }
    Ok(pystr::new_gutf8(out))
}

pub(super) fn register(ty: &ObjRef) {
    static_methods(ty, &[("maketrans", maketrans as NativeFn)]);
    methods(ty, &[("translate", translate as NativeFn)]);
}
