//! `int.to_bytes` and the class method `int.from_bytes` (two's complement when `signed`).
use super::args::clinic_bind;
use super::methods::this;
use crate::heap::{Kind, Value};
use crate::interp::error::{self, PyResult};
use crate::interp::ops::{a_type, truthy, type_name_of};
use crate::interp::{call, protocols, Vm};
use crate::numeric::int_bytes;
use crate::objects::builtin::Args;
use crate::objects::typeobj::{self, lookup_str};
use crate::objects::{self, int, list, str as pystr, tuple, types};
use num_traits::ToPrimitive;

/// Whether the byte order argument says big-endian (`None`: the default, `"big"`).
fn big_endian(fname: &str, v: Option<&Value>) -> PyResult<bool> {
    let Some(v) = v else {
        return Ok(true);
    };
    match pystr::as_str(v) {
        Some(s) => Ok(int_bytes::parse_byteorder(s)?),
        None => Err(error::type_error(format!(
            "{fname}() argument 'byteorder' must be str, not {}",
            type_name_of(v)
        ))),
    }
}

/// `int.to_bytes(length=1, byteorder='big', *, signed=False)`.
fn to_bytes(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = this(args, "to_bytes", false)?;
    let [length, order, signed] = clinic_bind(
        &args.rest(),
        "to_bytes",
        ["length", "byteorder", "signed"],
        0,
        2,
        0,
    )?;
    let length = match &length {
        Some(l) => protocols::index(vm, l)?
            .to_i64()
            .ok_or_else(|| error::overflow_error("Python int too large to convert to C ssize_t"))?,
        None => 1,
    };
    let big = big_endian("to_bytes", order.as_ref())?;
    let signed = match &signed {
        Some(s) => truthy(vm, s)?,
        None => false,
    };
    let out = int_bytes::int_to_bytes(&b, length, big, signed)?;
    Ok(objects::bytes::new_bytes(out))
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)`: a subclass is called with the value.
fn from_bytes(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = args.this()?.clone();
    let [data, order, signed] = clinic_bind(
        &args.rest(),
        "from_bytes",
        ["bytes", "byteorder", "signed"],
        0,
        2,
        1,
    )?;
    let data = data.unwrap_or(Value::NONE);
    let big = big_endian("from_bytes", order.as_ref())?;
    let signed = match &signed {
        Some(s) => truthy(vm, s)?,
        None => false,
    };
    let bytes = object_bytes(vm, &data)?;
    let value = int_bytes::int_from_bytes(&bytes, big, signed);
    if typeobj::as_type(&cls).is_some_and(|c| c.is(&types().int)) {
        return Ok(int::from_big(value));
    }
    call::call_value(vm, &cls, vec![int::from_big(value)])
}

/// `bytes(v)` as `PyObject_Bytes` computes it: bytes-like objects, `__bytes__`, or an iterable of ints in
/// `range(256)`.
fn object_bytes(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = objects::bytes::as_bytes(v) {
        return Ok(b.to_vec());
    }
    if let Some(m) = lookup_str(&a_type(v), "__bytes__") {
        let r = call::call_special(vm, &m, v, vec![])?;
        return objects::bytes::as_bytes(&r)
            .map(<[u8]>::to_vec)
            .ok_or_else(|| {
                error::type_error(format!(
                    "__bytes__ returned non-bytes (type {})",
                    type_name_of(&r)
                ))
            });
    }
    if let Some(o) = v.as_obj() {
        if matches!(o.kind(), Kind::ByteArray | Kind::MemoryView) {
            return crate::interp::builtin_types::bytes_like(vm, v);
        }
    }
    let cannot = || {
        error::type_error(format!(
            "cannot convert '{}' object to bytes",
            type_name_of(v)
        ))
    };
    if pystr::as_str(v).is_some() {
        return Err(cannot());
    }
    let items = if let Some(l) = list::as_list(v) {
        l.items.borrow().clone()
    } else if let Some(t) = tuple::as_tuple(v) {
        t.to_vec()
    } else {
        let flow = match protocols::get_iter(vm, v.clone()) {
            Ok(f) => f,
            Err(e) if e.ty().is(&types().type_error) => return Err(cannot()),
            Err(e) => return Err(e),
        };
        let it = call::run_flow(vm, flow)?;
        let mut items = Vec::new();
        while let Some(x) = protocols::next_value(vm, &it)? {
            items.push(x);
        }
        items
    };
    items
        .iter()
        .map(|x| {
            let i = protocols::index(vm, x)?;
            i.to_u8()
                .ok_or_else(|| error::value_error("bytes must be in range(0, 256)"))
        })
        .collect()
}

pub(super) fn register() {
    use crate::objects::register::{classmethods, methods};
    let t = types();
    methods(&t.int, &[("to_bytes", to_bytes)]);
    classmethods(&t.int, &[("from_bytes", from_bytes)]);
}
