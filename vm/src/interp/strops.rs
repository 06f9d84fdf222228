//! Glue between `format` (pure numeric/text formatting) and Python values: `%`-formatting of str and bytes,
//! `ascii()`, and turning `NumError`s into exceptions.
use crate::format::{self, NumError, PercentOperand, PercentSpec, PercentValues};
use crate::heap::{Kind, Value};
use crate::interp::error::{self, PyErr, PyResult};
use crate::interp::ops::type_name_of;
use crate::interp::{call, protocols, Vm};
use crate::objects::str::StandIns;
use crate::objects::{self, int, str as pystr, tuple, types};

impl From<NumError> for PyErr {
    fn from(e: NumError) -> PyErr {
        match e {
            NumError::Value(m) => error::value_error(m),
            NumError::Overflow(m) => error::overflow_error(m),
            NumError::ZeroDivision(m) => error::zero_division_error(m),
            NumError::Type(m) => error::type_error(m),
            NumError::Memory => PyErr::no_msg(&types().memory_error),
            NumError::Range => {
                let args = tuple::new_tuple(vec![
                    int::from_i64(34),
                    pystr::new_str("Numerical result out of range"),
                ]);
                PyErr::from_obj(crate::interp::exc::new_exception(
                    &types().overflow_error,
                    args,
                ))
            }
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

/// `ascii()` of a repr given as code points: non-ASCII characters (lone surrogates included)
/// escaped.
pub fn ascii_of(cps: impl Iterator<Item = u32>) -> String {
    let mut out = String::new();
    for cp in cps {
        if cp < 0x80 {
            out.push(char::from(cp as u8));
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
    /// Set when lone surrogates take part (see `StandIns`).
    stand_ins: Option<StandIns>,
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

    fn extra_conversions(&self) -> &'static str {
        if self.bytes {
            "b"
        } else {
            ""
        }
    }

    fn subject(&self) -> &'static str {
        if self.bytes {
            "bytes"
        } else {
            "string"
        }
    }

    fn format(&mut self, value: Value, spec: &PercentSpec) -> Result<String, PyErr> {
        let vm = &mut *self.vm;
        match spec.conversion {
            's' | 'b' if self.bytes => {
                let b = bytes_operand(vm, &value)?;
                Ok(format::percent_text(&latin1(&b), spec)?)
            }
            's' | 'r' | 'a' => {
                let text = if spec.conversion == 's' {
                    let s = protocols::str_value(vm, &value)?;
                    StandIns::text_of(&self.stand_ins, &s).into_owned()
                } else if spec.conversion == 'a' || self.bytes {
                    protocols::ascii_string(vm, &value)?
                } else {
                    let r = protocols::repr_value(vm, &value)?;
                    StandIns::text_of(&self.stand_ins, &r).into_owned()
                };
                Ok(format::percent_text(&text, spec)?)
            }
            'c' if self.bytes => {
                if value
                    .as_obj()
                    .is_some_and(|o| matches!(o.kind(), Kind::Bytes | Kind::ByteArray))
                {
                    let data = crate::interp::builtin_types::bytes_like(vm, &value)?;
                    if data.len() == 1 {
                        return Ok(format::percent_text(&latin1(&data), spec)?);
                    }
                }
                let bad =
                    || error::type_error("%c requires an integer in range(256) or a single byte");
                if !has_index(&value) {
                    return Err(bad());
                }
                let n = protocols::index(vm, &value)?;
                match num_traits::ToPrimitive::to_u8(&n) {
                    Some(c) => Ok(format::percent_text(&latin1(&[c]), spec)?),
                    None => Err(error::overflow_error("%c arg not in range(256)")),
                }
            }
            'c' => {
                if let Some(s) = pystr::as_str_obj(&value) {
                    if s.char_len() != 1 {
                        return Err(error::type_error("%c requires int or char"));
                    }
                    return Ok(format::percent_text(
                        &StandIns::text_of(&self.stand_ins, &value),
                        spec,
                    )?);
                }
                if !has_index(&value) {
                    return Err(error::type_error("%c requires int or char"));
                }
                let v = int::from_big(protocols::index(vm, &value)?);
                if let (Some(si), Some(cp @ 0xD800..=0xDFFF)) = (&self.stand_ins, int::to_i64(&v)) {
                    return Ok(format::percent_text(&si.char(cp as u32).to_string(), spec)?);
                }
                let iv = int_ref(&v).unwrap_or(format::Int::Small(0));
                let c = format::percent_char(iv.as_ref())?;
                Ok(format::percent_text(&c.to_string(), spec)?)
            }
            'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
                // CPython's `mainformatlong`: `__index__` first; `%d` also takes `int()` of numbers.
                let integer_only = matches!(spec.conversion, 'o' | 'x' | 'X');
                let wrong = || {
                    error::type_error(format!(
                        "%{} format: {}, not {}",
                        spec.conversion,
                        if integer_only {
                            "an integer is required"
                        } else {
                            "a real number is required"
                        },
                        type_name_of(&value)
                    ))
                };
                let v = if int::is_int(&value) {
                    value.clone()
                } else if !is_number(&value) {
                    return Err(wrong());
                } else {
                    let r = if integer_only {
                        protocols::index(vm, &value).map(int::from_big)
                    } else {
                        int::number_long(vm, &value)
                    };
                    match r {
                        Ok(v) => v,
                        Err(e) if crate::interp::exc::matches_type(&e, &types().type_error) => {
                            return Err(wrong())
                        }
                        Err(e) => return Err(e),
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
                    None if is_number(&value) => objects::float::number_float(vm, &value)?,
                    None => {
                        return Err(error::type_error(format!(
                            "must be real number, not {}",
                            type_name_of(&value)
                        )))
                    }
                };
                Ok(format::percent_float(f, spec)?)
            }
        }
    }
}

fn has_index(v: &Value) -> bool {
    crate::objects::typeobj::lookup_str(&crate::interp::ops::a_type(v), "__index__").is_some()
}

/// CPython's `PyNumber_Check`: `__index__`, `__int__`, `__float__` or a complex.
fn is_number(v: &Value) -> bool {
    let ty = crate::interp::ops::a_type(v);
    ["__index__", "__int__", "__float__"]
        .iter()
        .any(|n| crate::objects::typeobj::lookup_str(&ty, n).is_some())
        || objects::complex::as_complex(v).is_some()
}

/// Bytes as the chars `render_percent` works on (one char per byte).
fn latin1(b: &[u8]) -> String {
    b.iter().map(|&x| x as char).collect()
}

/// The operand of bytes' `%s`/`%b`: a bytes-like object, or what `__bytes__` returns.
fn bytes_operand(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Ok(b) = crate::interp::builtin_types::bytes_like(vm, v) {
        return Ok(b);
    }
    if let Some(m) =
        crate::objects::typeobj::lookup_str(&crate::interp::ops::a_type(v), "__bytes__")
    {
        let r = call::call_special(vm, &m, v, vec![])?;
        if let Some(b) = objects::bytes::as_bytes(&r) {
            return Ok(b.to_vec());
        }
        return Err(error::type_error(format!(
            "__bytes__ returned non-bytes (type {})",
            type_name_of(&r)
        )));
    }
    Err(error::type_error(format!(
        "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
        type_name_of(v)
    )))
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
    // A mapping's values are the operands of `%(name)s`.
    let values = objects::dict::as_dict(args).map(|d| d.values());
    let operands = values.as_deref().unwrap_or(std::slice::from_ref(args));
    let stand_ins = StandIns::for_formatting(fmt, operands);
    let mut values = Values {
        vm,
        bytes: false,
        stand_ins,
    };
    let f = StandIns::text_of(&values.stand_ins, fmt);
    let s = format::render_percent(&f, operand(args), &mut values)?;
    Ok(match &values.stand_ins {
        Some(si) => si.finish(s),
        None => pystr::new_string(s),
    })
}

/// `bytes % args`.
pub fn bytes_percent_format(vm: &mut Vm, fmt: &Value, args: &Value) -> PyResult<Value> {
    let raw = crate::interp::builtin_types::bytes_like(vm, fmt)?;
    let f: String = raw.iter().map(|&b| b as char).collect();
    let mut values = Values {
        vm,
        bytes: true,
        stand_ins: None,
    };
    let s = format::render_percent(&f, operand(args), &mut values)?;
    let out: Vec<u8> = s.chars().map(|c| c as u32 as u8).collect();
    // `bytearray % x` is a bytearray.
    if fmt.as_obj().is_some_and(|o| o.kind() == Kind::ByteArray) {
        return Ok(objects::bytearray::new_bytearray(out));
    }
    Ok(objects::bytes::new_bytes(out))
}
