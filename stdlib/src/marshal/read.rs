//! `marshal.loads`/`load`: reads CPython's marshal format, every malformed input becoming the exception
//! CPython raises for it.
use num_bigint::BigInt;
use weft_vm::heap::Value;
use weft_vm::interp::error::{self, PyErr, PyResult};
use weft_vm::interp::{call, Vm};
use weft_vm::objects::{bytearray, bytes, complex, dict, float, int, list, set, str as pystr};
use weft_vm::objects::{tuple, types};

use super::write::MAX_DEPTH;

/// Where the bytes come from: a buffer, or a file object read as needed (so that `load` leaves the
/// file just after the object).
pub(crate) enum Source<'a> {
    Bytes(&'a [u8]),
    File(Value),
}

pub(crate) struct Reader<'a> {
    src: Source<'a>,
    pub pos: usize,
    depth: usize,
    /// Objects stored with `FLAG_REF`, in order; `None` while one is still being read.
    refs: Vec<Option<Value>>,
}

fn bad(what: &str) -> PyErr {
    error::value_error(format!("bad marshal data ({what})"))
}

fn eof_expected() -> PyErr {
    PyErr::new(&types().eof_error, "EOF read where object expected")
}

/// What a read gives: a value, or the NULL marker (`0`) that ends a dict.
enum Item {
    Value(Value),
    Null,
}

impl<'a> Reader<'a> {
    pub(crate) fn new(src: Source<'a>) -> Reader<'a> {
        Reader {
            src,
            pos: 0,
            depth: 0,
            refs: Vec::new(),
        }
    }

    fn take(&mut self, vm: &mut Vm, n: usize) -> PyResult<Vec<u8>> {
        match &self.src {
            Source::Bytes(b) => {
                let end = self.pos.checked_add(n).filter(|&e| e <= b.len());
                let Some(end) = end else {
                    return Err(PyErr::new(&types().eof_error, "marshal data too short"));
                };
                let out = b[self.pos..end].to_vec();
                self.pos = end;
                Ok(out)
            }
            Source::File(f) => {
                let f = f.clone();
                let buf = bytearray::new_bytearray(vec![0; n]);
                let readinto = weft_vm::interp::attr::getattr(vm, &f, "readinto")?;
                let got = call::call_value(vm, &readinto, vec![buf.clone()])?;
                let got = int::to_i64(&got).unwrap_or(-1);
                if got != n as i64 {
                    return Err(PyErr::new(
                        &types().eof_error,
                        "EOF read where not expected",
                    ));
                }
                self.pos += n;
                Ok(weft_vm::interp::builtin_types::bytes_like(vm, &buf)?)
            }
        }
    }

    fn byte(&mut self, vm: &mut Vm) -> PyResult<u8> {
        Ok(self.take(vm, 1)?[0])
    }

    fn i32(&mut self, vm: &mut Vm) -> PyResult<i32> {
        let b = self.take(vm, 4)?;
        Ok(i32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    /// A size field: non-negative, and (for a buffer) no more than the bytes that remain, so that a
    /// corrupt size cannot make us allocate gigabytes.
    fn size(&mut self, vm: &mut Vm, what: &str) -> PyResult<usize> {
        let n = self.i32(vm)?;
        if n < 0 {
            return Err(bad(what));
        }
        Ok(n as usize)
    }

    fn reserve(&mut self, flag: bool) -> Option<usize> {
        flag.then(|| {
            self.refs.push(None);
            self.refs.len() - 1
        })
    }

    fn fill(&mut self, slot: Option<usize>, v: &Value) {
        if let Some(i) = slot {
            self.refs[i] = Some(v.clone());
        }
    }

    /// The top-level object.
    pub(crate) fn object(&mut self, vm: &mut Vm) -> PyResult<Value> {
        match self.item(vm)? {
            Item::Value(v) => Ok(v),
            Item::Null => Err(error::type_error("NULL object in marshal data for object")),
        }
    }

    fn element(&mut self, vm: &mut Vm, container: &str) -> PyResult<Value> {
        match self.item(vm)? {
            Item::Value(v) => Ok(v),
            Item::Null => Err(error::type_error(format!(
                "NULL object in marshal data for {container}"
            ))),
        }
    }

    fn item(&mut self, vm: &mut Vm) -> PyResult<Item> {
        if self.depth >= MAX_DEPTH {
            return Err(error::value_error("recursion limit exceeded"));
        }
        self.depth += 1;
        let r = self.item_inner(vm);
        self.depth -= 1;
        r
    }

    fn item_inner(&mut self, vm: &mut Vm) -> PyResult<Item> {
        let code = match self.take(vm, 1) {
            Ok(b) => b[0],
            Err(e) if weft_vm::interp::exc::matches_type(&e, &types().eof_error) => {
                return Err(eof_expected())
            }
            Err(e) => return Err(e),
        };
        let flag = code & 0x80 != 0;
        let v = match code & 0x7f {
            b'0' => return Ok(Item::Null),
            b'N' => Value::NONE,
            b'F' => Value::FALSE,
            b'T' => Value::TRUE,
            b'S' => Value::obj(types().stop_iteration.clone()),
            b'.' => Value::obj(types().ellipsis.clone()),
            b'r' => {
                let n = self.i32(vm)?;
                return match usize::try_from(n).ok().and_then(|i| self.refs.get(i)) {
                    Some(Some(v)) => Ok(Item::Value(v.clone())),
                    _ => Err(bad("invalid reference")),
                };
            }
            b'i' => {
                let v = int::from_i64(self.i32(vm)? as i64);
                return self.plain(flag, v);
            }
            b'I' => {
                let b = self.take(vm, 8)?;
                let mut a = [0u8; 8];
                a.copy_from_slice(&b);
                return self.plain(flag, int::from_i64(i64::from_le_bytes(a)));
            }
            b'l' => {
                let v = self.long(vm)?;
                return self.plain(flag, v);
            }
            b'g' => {
                let x = self.binary_float(vm)?;
                return self.plain(flag, Value::float(x));
            }
            b'f' => {
                let x = self.text_float(vm)?;
                return self.plain(flag, Value::float(x));
            }
            b'y' => {
                let re = self.binary_float(vm)?;
                let im = self.binary_float(vm)?;
                return self.plain(flag, complex::new_complex(re, im));
            }
            b'x' => {
                let re = self.text_float(vm)?;
                let im = self.text_float(vm)?;
                return self.plain(flag, complex::new_complex(re, im));
            }
            b's' => {
                let n = self.size(vm, "bytes object size out of range")?;
                let b = self.take(vm, n)?;
                return self.plain(flag, bytes::new_bytes(b));
            }
            b'u' | b't' => {
                let n = self.size(vm, "string size out of range")?;
                let b = self.take(vm, n)?;
                let s = weft_vm::objects::str::codec::decode(
                    vm,
                    &b,
                    Some("utf-8"),
                    Some("surrogatepass"),
                )?;
                return self.plain(flag, s);
            }
            b'a' | b'A' | b'z' | b'Z' => {
                let n = if matches!(code & 0x7f, b'z' | b'Z') {
                    self.byte(vm)? as usize
                } else {
                    self.size(vm, "string size out of range")?
                };
                let b = self.take(vm, n)?;
                // CPython reads these as Latin-1 without checking that they are ASCII.
                let s: String = b.iter().map(|&c| c as char).collect();
                return self.plain(flag, pystr::new_string(s));
            }
            b')' | b'(' => {
                let n = if code & 0x7f == b')' {
                    self.byte(vm)? as usize
                } else {
                    self.size(vm, "tuple size out of range")?
                };
                let slot = self.reserve(flag);
                let mut items = Vec::with_capacity(n.min(4096));
                for _ in 0..n {
                    items.push(self.element(vm, "tuple")?);
                }
                let v = tuple::new_tuple(items);
                self.fill(slot, &v);
                return Ok(Item::Value(v));
            }
            b'[' => {
                let n = self.size(vm, "list size out of range")?;
                let v = list::new_list(Vec::with_capacity(n.min(4096)));
                let slot = self.reserve(flag);
                self.fill(slot, &v);
                for _ in 0..n {
                    let it = self.element(vm, "list")?;
                    if let Some(l) = list::as_list(&v) {
                        l.items.borrow_mut().push(it);
                    }
                }
                return Ok(Item::Value(v));
            }
            b'{' => {
                let d = dict::new_dict();
                let v = Value::obj(d.clone());
                let slot = self.reserve(flag);
                self.fill(slot, &v);
                loop {
                    let Item::Value(k) = self.item(vm)? else {
                        break;
                    };
                    let Item::Value(val) = self.item(vm)? else {
                        break;
                    };
                    if let Some(dd) = d.downcast::<dict::Dict>() {
                        dd.set(vm, k, val)?;
                    }
                }
                return Ok(Item::Value(v));
            }
            b'<' | b'>' => {
                let frozen = code & 0x7f == b'>';
                let n = self.size(vm, "set size out of range")?;
                let o = set::new_set_obj(frozen);
                let v = Value::obj(o.clone());
                let slot = self.reserve(flag);
                // A frozenset is complete before anything may refer to it.
                if !frozen {
                    self.fill(slot, &v);
                }
                for _ in 0..n {
                    let it = self.element(vm, "set")?;
                    if let Some(s) = o.downcast::<set::Set>() {
                        s.add(vm, it)?;
                    }
                }
                if frozen {
                    self.fill(slot, &v);
                }
                return Ok(Item::Value(v));
            }
            b'c' => {
                let slot = self.reserve(flag);
                let n = self.size(vm, "code object size out of range")?;
                let body = self.take(vm, n)?;
                let code =
                    weft_vm::objects::code_persist::code_from_bytes(&body).map_err(|e| bad(&e))?;
                let v = Value::obj(code);
                self.fill(slot, &v);
                return Ok(Item::Value(v));
            }
            _ => return Err(bad("unknown type code")),
        };
        Ok(Item::Value(v))
    }

    /// A value with no children: stored for later references when flagged.
    fn plain(&mut self, flag: bool, v: Value) -> PyResult<Item> {
        if flag {
            self.refs.push(Some(v.clone()));
        }
        Ok(Item::Value(v))
    }

    fn long(&mut self, vm: &mut Vm) -> PyResult<Value> {
        let n = self.i32(vm)?;
        if n == i32::MIN {
            return Err(bad("long size out of range"));
        }
        let count = n.unsigned_abs() as usize;
        let mut mag = BigInt::from(0);
        let mut digits = Vec::with_capacity(count.min(4096));
        for _ in 0..count {
            let b = self.take(vm, 2)?;
            let d = u16::from_le_bytes([b[0], b[1]]);
            if d > 0x7fff {
                return Err(bad("digit out of range in long"));
            }
            digits.push(d);
        }
        if digits.last() == Some(&0) {
            return Err(bad("unnormalized long data"));
        }
        for d in digits.iter().rev() {
            mag = (mag << 15) + BigInt::from(*d);
        }
        Ok(int::from_big(if n < 0 { -mag } else { mag }))
    }

    fn binary_float(&mut self, vm: &mut Vm) -> PyResult<f64> {
        let b = self.take(vm, 8)?;
        let mut a = [0u8; 8];
        a.copy_from_slice(&b);
        Ok(f64::from_le_bytes(a))
    }

    fn text_float(&mut self, vm: &mut Vm) -> PyResult<f64> {
        let n = self.byte(vm)? as usize;
        let b = self.take(vm, n)?;
        let v = pystr::new_string(b.iter().map(|&c| c as char).collect());
        let f = weft_vm::interp::call::call_value(vm, &Value::obj(types().float.clone()), vec![v])?;
        Ok(float::to_f64(&f).unwrap_or(f64::NAN))
    }
}
