//! Glue between `format` (pure numeric/text formatting) and Python values: `%`-formatting of str and bytes,
//! `ascii()`, and turning `NumError`s into exceptions.
use crate::format::{self, NumError, PercentOperand, PercentSpec, PercentValues};
use crate::heap::{Kind, Value};
use crate::interp::error::{self, PyErr, PyResult};
use crate::interp::ops::type_name_of;
use crate::interp::{call, protocols, Vm};
use crate::objects::{self, int, str as pystr, tuple, types};

impl From<NumError> for PyErr {
    fn from(e: NumError) -> PyErr {
        match e {
            NumError::Value(m) => error::value_error(m),
            NumError::Overflow(m) => error::overflow_error(m),
            NumError::ZeroDivision(m) => error::zero_division_error(m),
            NumError::Type(m) => error::type_error(m),
            NumError::Memory => PyErr::no_msg(&types().memory_error),
        }
    }
}

/// The `IntRef` view of an int value.
pub fn int_ref(v: &Value) -> Option<format::Int> {
    if let Some(i) = int::to_i64(v) {
        return Some(format::Int::Small(i));
    }
    int::to_big(v).map(format::Int::Big)
}

/// `ascii()` of a repr: non-ASCII characters escaped.
pub fn ascii_of(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let cp = c as u32;
        if cp < 0x80 {
            out.push(c);
        } else if cp < 0x100 {
            out.push_str(&format!("\\x{cp:02x}"));
        } else if cp < 0x10000 {
            out.push_str(&format!("\\u{cp:04x}"));
        } else {
            out.push_str(&format!("\\U{cp:08x}"));
        }
    }
    out
}

struct Values<'a> {
    vm: &'a mut Vm,
    bytes: bool,
}

impl PercentValues for Values<'_> {
    type Value = Value;
    type Error = PyErr;

    fn get_item(&mut self, mapping: &Value, key: &str) -> Result<Value, PyErr> {
        let k = if self.bytes {
            objects::bytes::new_bytes(key.as_bytes().to_vec())
        } else {
            pystr::new_str(key)
        };
        let f = protocols::getitem(self.vm, mapping.clone(), k)?;
        call::run_flow(self.vm, f)
    }

    fn star_int(&mut self, value: &Value) -> Result<Option<format::Int>, PyErr> {
        if !int::is_int(value) {
            return Ok(None);
        }
        Ok(int_ref(value))
    }

    fn format(&mut self, value: Value, spec: &PercentSpec) -> Result<String, PyErr> {
        let vm = &mut *self.vm;
        match spec.conversion {
            's' | 'r' | 'a' => {
                let text = if spec.conversion == 's' {
                    if self.bytes {
                        let b = crate::interp::builtin_types::bytes_like(vm, &value).map_err(|_| {
                            error::type_error(format!(
                                "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                                type_name_of(&value)
                            ))
                        })?;
                        b.iter().map(|&x| x as char).collect()
                    } else {
                        protocols::str_string(vm, &value)?
                    }
                } else {
                    let r = protocols::repr_string(vm, &value)?;
                    if spec.conversion == 'a' || self.bytes {
                        ascii_of(&r)
                    } else {
                        r
                    }
                };
                Ok(format::percent_text(&text, spec)?)
            }
            'c' => {
                if let Some(s) = pystr::as_str(&value) {
                    if s.chars().count() != 1 {
                        return Err(error::type_error("%c requires int or char"));
                    }
                    return Ok(format::percent_text(s, spec)?);
                }
                let has_index = crate::objects::typeobj::lookup_str(
                    &crate::interp::ops::a_type(&value),
                    "__index__",
                )
                .is_some();
                if !int::is_int(&value) && !has_index {
                    return Err(error::type_error("%c requires int or char"));
                }
                let value = if int::is_int(&value) {
                    value
                } else {
                    int::from_big(protocols::index(vm, &value)?)
                };
                let iv = int_ref(&value).unwrap_or(format::Int::Small(0));
                let c = format::percent_char(iv.as_ref())?;
                Ok(format::percent_text(&c.to_string(), spec)?)
            }
            'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
                let v = if int::is_int(&value) {
                    value
                } else if let Some(f) = objects::float::to_f64(&value) {
                    if matches!(spec.conversion, 'o' | 'x' | 'X') {
                        return Err(error::type_error(format!(
                            "%{} format: an integer is required, not float",
                            spec.conversion
                        )));
                    }
                    if f.is_nan() {
                        return Err(error::value_error("cannot convert float NaN to integer"));
                    }
                    if f.is_infinite() {
                        return Err(error::overflow_error(
                            "cannot convert float infinity to integer",
                        ));
                    }
                    int::from_big(num_bigint::BigInt::from(f.trunc() as i128))
                } else {
                    let what = if matches!(spec.conversion, 'o' | 'x' | 'X') {
                        "an integer is required"
                    } else {
                        "a real number is required"
                    };
                    let ty = crate::interp::ops::a_type(&value);
                    let has = |n: &str| crate::objects::typeobj::lookup_str(&ty, n).is_some();
                    let integral = matches!(spec.conversion, 'o' | 'x' | 'X');
                    match value.as_obj().map(|o| o.kind()) {
                        Some(Kind::Object) if integral && has("__index__") => {
                            int::from_big(protocols::index(vm, &value)?)
                        }
                        // `%d` takes any number (`PyNumber_Long`: `__int__`, then `__index__`).
                        Some(Kind::Object)
                            if !integral
                                && (has("__int__") || has("__index__") || has("__float__")) =>
                        {
                            int::number_long(vm, &value)?
                        }
                        _ => {
                            return Err(error::type_error(format!(
                                "%{} format: {}, not {}",
                                spec.conversion,
                                what,
                                type_name_of(&value)
                            )))
                        }
                    }
                };
                let iv = int_ref(&v).unwrap_or(format::Int::Small(0));
                Ok(format::percent_int(iv.as_ref(), spec, 4300)?)
            }
            _ => {
                let f = match objects::float::to_f64(&value) {
                    Some(f) => f,
                    None if int::is_int(&value) => {
                        let b = int::to_big(&value).unwrap_or_default();
                        format::int_to_f64(format::IntRef::Big(&b))?
                    }
                    None => objects::float::as_f64(vm, &value)?,
                };
                Ok(format::percent_float(f, spec)?)
            }
        }
    }
}

fn operand(v: &Value) -> PercentOperand<Value> {
    if let Some(t) = tuple::as_tuple(v) {
        return PercentOperand::Tuple(t.to_vec());
    }
    let is_mapping = v.as_obj().is_some_and(|o| {
        o.kind() != Kind::Str
            && crate::objects::typeobj::lookup_str(o.ty(), "__getitem__").is_some()
    });
    PercentOperand::Single {
        value: v.clone(),
        is_mapping,
    }
}

/// `str % args`.
pub fn percent_format(vm: &mut Vm, fmt: &Value, args: &Value) -> PyResult<Value> {
    let f = pystr::as_str(fmt).unwrap_or("").to_string();
    let mut values = Values { vm, bytes: false };
    let s = format::render_percent(&f, operand(args), &mut values)?;
    Ok(pystr::new_string(s))
}

/// `bytes % args`.
pub fn bytes_percent_format(vm: &mut Vm, fmt: &Value, args: &Value) -> PyResult<Value> {
    let raw = crate::interp::builtin_types::bytes_like(vm, fmt)?;
    let f: String = raw.iter().map(|&b| b as char).collect();
    let mut values = Values { vm, bytes: true };
    let s = format::render_percent(&f, operand(args), &mut values)?;
    let out: Vec<u8> = s.chars().map(|c| c as u32 as u8).collect();
    Ok(objects::bytes::new_bytes(out))
}
