//! `marshal.dumps`: CPython's marshal format (versions 0–4) for the builtin data types, and weft's
//! own payload inside the code type code (see `weft_vm::objects::code_persist`).
use std::collections::HashMap;
use weft_vm::heap::{ObjRef, Value};
use weft_vm::interp::error::{self, PyResult};
use weft_vm::objects::code::Code;
use weft_vm::objects::{
    bytearray, bytes, complex, dict, float, int, list, set, str as pystr, tuple,
};
use weft_vm::objects::{memoryview, types};

/// CPython's nesting limit (`MAX_MARSHAL_STACK_DEPTH`).
pub(crate) const MAX_DEPTH: usize = 2000;
const FLAG_REF: u8 = 0x80;

pub(crate) struct Writer {
    pub out: Vec<u8>,
    version: i32,
    depth: usize,
    /// Objects written with `FLAG_REF`, by address, to the index a later `r` refers to.
    refs: HashMap<usize, u32>,
    next_ref: u32,
    /// Keeps every object in `refs` alive, so no address is reused while writing.
    held: Vec<ObjRef>,
}

impl Writer {
    pub(crate) fn new(version: i32) -> Writer {
        Writer {
            out: Vec::new(),
            version,
            depth: 0,
            refs: HashMap::new(),
            next_ref: 0,
            held: Vec::new(),
        }
    }

    fn i32(&mut self, x: i32) {
        self.out.extend_from_slice(&x.to_le_bytes());
    }

    fn size(&mut self, n: usize) -> PyResult<()> {
        let n = i32::try_from(n).map_err(|_| error::value_error("unmarshallable object"))?;
        self.i32(n);
        Ok(())
    }

    /// Writes `code` (with `FLAG_REF` when version 3+ shares objects); for a value seen before, writes a
    /// reference instead and returns false.
    fn start(&mut self, code: u8, o: Option<&ObjRef>) -> bool {
        if self.version < 3 {
            self.out.push(code);
            return true;
        }
        if let Some(o) = o {
            // As CPython, an object referenced only from where it is being written is not shared
            // and gets no flag: one reference from its container (or the argument) and one from
            // the copy this writer iterates over.
            if o.refcount() <= 2 {
                self.out.push(code);
                return true;
            }
            let addr = o.addr();
            if let Some(&i) = self.refs.get(&addr) {
                self.out.push(b'r');
                self.i32(i as i32);
                return false;
            }
            self.refs.insert(addr, self.next_ref);
            self.held.push(o.clone());
        }
        self.next_ref += 1;
        self.out.push(code | FLAG_REF);
        true
    }

    pub(crate) fn value(&mut self, v: &Value) -> PyResult<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(error::value_error("object too deeply nested to marshal"));
        }
        let r = self.value_inner(v);
        self.depth -= 1;
        r
    }

    fn value_inner(&mut self, v: &Value) -> PyResult<()> {
        let t = types();
        if v.is_none() {
            self.out.push(b'N');
            return Ok(());
        }
        if let Some(b) = v.as_bool() {
            self.out.push(if b { b'T' } else { b'F' });
            return Ok(());
        }
        if let Some(i) = v.as_int() {
            self.start(b'i', None);
            return self.int(&i.into());
        }
        if let Some(x) = v.as_float() {
            self.start(b'g', None);
            self.float(x);
            return Ok(());
        }
        let Some(o) = v.as_obj() else {
            return Err(error::value_error("unmarshallable object"));
        };
        if o.is(&t.stop_iteration) {
            self.out.push(b'S');
            return Ok(());
        }
        if o.is(&t.ellipsis) {
            self.out.push(b'.');
            return Ok(());
        }
        let ty = o.ty();
        if ty.is(&t.int) {
            if self.start(b'i', Some(o)) {
                self.int(&int::to_big(v).unwrap_or_default())?;
            }
        } else if ty.is(&t.float) {
            if self.start(b'g', Some(o)) {
                self.float(float::to_f64(v).unwrap_or(f64::NAN));
            }
        } else if ty.is(&t.complex) {
            if self.start(b'y', Some(o)) {
                let (re, im) = complex::as_complex(v).unwrap_or_default();
                self.float(re);
                self.float(im);
            }
        } else if ty.is(&t.str) {
            self.str(o, v)?;
        } else if ty.is(&t.bytes) {
            if self.start(b's', Some(o)) {
                let b = bytes::as_bytes(v).unwrap_or_default();
                self.size(b.len())?;
                self.out.extend_from_slice(b);
            }
        } else if ty.is(&t.tuple) {
            let items = tuple::as_tuple(v).map(|t| t.to_vec()).unwrap_or_default();
            let small = self.version >= 4 && items.len() < 256;
            if self.start(if small { b')' } else { b'(' }, Some(o)) {
                if small {
                    self.out.push(items.len() as u8);
                } else {
                    self.size(items.len())?;
                }
                for it in &items {
                    self.value(it)?;
                }
            }
        } else if ty.is(&t.list) {
            if self.start(b'[', Some(o)) {
                let items = list::as_list(v)
                    .map(|l| l.items.borrow().clone())
                    .unwrap_or_default();
                self.size(items.len())?;
                for it in &items {
                    self.value(it)?;
                }
            }
        } else if ty.is(&t.dict) {
            if self.start(b'{', Some(o)) {
                let items = o
                    .downcast::<dict::Dict>()
                    .map(|d| d.items())
                    .unwrap_or_default();
                for (k, val) in &items {
                    self.value(k)?;
                    self.value(val)?;
                }
                self.out.push(b'0');
            }
        } else if ty.is(&t.set) || ty.is(&t.frozenset) {
            let frozen = ty.is(&t.frozenset);
            if self.start(if frozen { b'>' } else { b'<' }, Some(o)) {
                let items = o
                    .downcast::<set::Set>()
                    .map(|s| s.keys())
                    .unwrap_or_default();
                self.size(items.len())?;
                for it in &items {
                    self.value(it)?;
                }
            }
        } else if let Some(c) = o.downcast::<Code>() {
            if self.start(b'c', Some(o)) {
                let body =
                    weft_vm::objects::code_persist::code_to_bytes(c).map_err(error::value_error)?;
                self.size(body.len())?;
                self.out.extend_from_slice(&body);
            }
        } else if let Some(b) = buffer_bytes(o)? {
            // Any other buffer is written as bytes.
            if self.start(b's', Some(o)) {
                self.size(b.len())?;
                self.out.extend_from_slice(&b);
            }
        } else {
            return Err(error::value_error("unmarshallable object"));
        }
        Ok(())
    }

    /// Ints: `i` when they fit 32 bits, else `l` with base-2**15 digits, least significant first.
    fn int(&mut self, b: &num_bigint::BigInt) -> PyResult<()> {
        if let Ok(i) = i32::try_from(b) {
            self.i32(i);
            return Ok(());
        }
        // Replace the `i` just written (it may carry FLAG_REF) by `l`.
        if let Some(last) = self.out.last_mut() {
            *last = (*last & FLAG_REF) | b'l';
        }
        let (sign, mag) = b.to_u32_digits();
        let mut digits: Vec<u16> = Vec::new();
        let mut acc: u64 = 0;
        let mut bits = 0;
        for d in mag {
            acc |= (d as u64) << bits;
            bits += 32;
            while bits >= 15 {
                digits.push((acc & 0x7fff) as u16);
                acc >>= 15;
                bits -= 15;
            }
        }
        if bits > 0 {
            digits.push(acc as u16);
        }
        while digits.last() == Some(&0) {
            digits.pop();
        }
        let n = digits.len() as i32;
        self.i32(if sign == num_bigint::Sign::Minus {
            -n
        } else {
            n
        });
        for d in digits {
            self.out.extend_from_slice(&d.to_le_bytes());
        }
        Ok(())
    }

    fn float(&mut self, x: f64) {
        if self.version > 1 {
            self.out.extend_from_slice(&x.to_le_bytes());
            return;
        }
        // Version 0 and 1 write `'%.17g' % x` text (the type code becomes `f`, a complex's `x`).
        if let Some(last) = self.out.last_mut() {
            match *last & !FLAG_REF {
                b'g' => *last = b'f',
                b'y' => *last = b'x',
                _ => {}
            }
        }
        let s = weft_vm::format::float_repr::double_to_string(
            x,
            weft_vm::format::float_repr::FloatStyle::General,
            17,
            Default::default(),
        );
        self.out.push(s.len() as u8);
        self.out.extend_from_slice(s.as_bytes());
    }

    fn str(&mut self, o: &ObjRef, v: &Value) -> PyResult<()> {
        let s = pystr::as_str_obj(v).ok_or_else(|| error::value_error("unmarshallable object"))?;
        let data = s.as_bytes();
        let interned = self.version >= 1 && is_identifier_like(data);
        let code = if self.version >= 4 && data.is_ascii() {
            match (data.len() < 256, interned) {
                (true, true) => b'Z',
                (true, false) => b'z',
                (false, true) => b'A',
                (false, false) => b'a',
            }
        } else if interned {
            b't'
        } else {
            b'u'
        };
        if self.start(code, Some(o)) {
            if matches!(code, b'z' | b'Z') {
                self.out.push(data.len() as u8);
            } else {
                self.size(data.len())?;
            }
            // Generalized UTF-8 is UTF-8 with "surrogatepass", as marshal writes.
            self.out.extend_from_slice(data);
        }
        Ok(())
    }
}

/// The strings CPython interns when they are constants: names made of letters, digits and `_`.
fn is_identifier_like(b: &[u8]) -> bool {
    b.iter().all(|c| c.is_ascii_alphanumeric() || *c == b'_')
}

fn buffer_bytes(o: &ObjRef) -> PyResult<Option<Vec<u8>>> {
    if let Some(ba) = o.downcast::<bytearray::ByteArray>() {
        return Ok(Some(ba.data.borrow().clone()));
    }
    if let Some(mv) = o.downcast::<memoryview::MemoryView>() {
        if mv.released.get() {
            return Err(error::value_error(
                "operation forbidden on released memoryview object",
            ));
        }
        return Ok(Some(memoryview::read(mv)));
    }
    if let Some(b) = bytes::as_bytes(&Value::obj(o.clone())) {
        return Ok(Some(b.to_vec()));
    }
    Ok(None)
}
