//! Writing a pickle (CPython's `save` and its helpers): the output buffer with protocol 4 framing,
//! the memo, and one writer per kind of object. Objects that are neither atoms nor builtin
//! containers are reduced (`reducer_override`, the dispatch tables, `__reduce_ex__`) and their
//! reduction written with REDUCE, NEWOBJ or NEWOBJ_EX, then their items and state.
mod containers;
mod global;
mod reduce;

use super::memo::{ident, Memo};
use super::opcodes::*;
use super::state::State;
use super::{buffer, pickling_error};
pub(crate) use global::{deep_attribute, dotted_path};
use num_bigint::BigInt;
use std::collections::HashSet;
use weft_vm::heap::Value;
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::ops::type_name_of;
use weft_vm::interp::protocols::{self, repr_string};
use weft_vm::interp::{attr, call, Vm};
use weft_vm::objects::memoryview::{self, MemoryView};
use weft_vm::objects::typeobj;
use weft_vm::objects::{bytearray, bytes, dict, float, int, str as pystr, tuple, types};

const PICKLING: &str = " while pickling an object";
/// Nesting at which fast mode starts checking for cycles.
const FAST_NESTING_LIMIT: i32 = 50;

/// One `dump`: the pickler's settings, its memo (moved out of the pickler for the duration) and the
/// output so far.
pub(crate) struct Saver {
    pub(crate) proto: u8,
    pub(crate) bin: bool,
    pub(crate) fast: bool,
    pub(crate) fix_imports: bool,
    framing: bool,
    /// Where the open frame's header was reserved in `out`.
    frame_start: Option<usize>,
    pub(crate) out: Vec<u8>,
    /// The file's `write`, or None for `dumps`.
    pub(crate) write: Option<Value>,
    pub(crate) memo: Memo,
    /// `persistent_id`, and the pickler to pass it when it was found as a method.
    pub(crate) pers: Option<(Value, Option<Value>)>,
    pub(crate) dispatch_table: Option<Value>,
    pub(crate) reducer_override: Option<Value>,
    pub(crate) buffer_callback: Option<Value>,
    fast_nesting: i32,
    fast_memo: HashSet<usize>,
    st: &'static State,
}

fn w32(n: usize) -> [u8; 4] {
    (n as u32).to_le_bytes()
}

impl Saver {
    pub(crate) fn new(st: &'static State, proto: u8) -> Saver {
        Saver {
            proto,
            bin: proto > 0,
            fast: false,
            fix_imports: false,
            framing: false,
            frame_start: None,
            out: Vec::with_capacity(4096),
            write: None,
            memo: Memo::default(),
            pers: None,
            dispatch_table: None,
            reducer_override: None,
            buffer_callback: None,
            fast_nesting: 0,
            fast_memo: HashSet::new(),
            st,
        }
    }

    /// Appends to the output, opening a frame first when framing and none is open.
    #[inline]
    fn w(&mut self, data: &[u8]) {
        if self.framing && self.frame_start.is_none() {
            self.frame_start = Some(self.out.len());
            self.out.extend_from_slice(&[0xFE; FRAME_HEADER_SIZE]);
        }
        self.out.extend_from_slice(data);
    }

    #[inline]
    fn op(&mut self, op: u8) {
        self.w(&[op]);
    }

    /// Closes the open frame: writes its header, or drops the header of a frame too small for one.
    pub(crate) fn commit_frame(&mut self) {
        if !self.framing {
            return;
        }
        let Some(start) = self.frame_start.take() else {
            return;
        };
        let len = self.out.len() - start - FRAME_HEADER_SIZE;
        if len >= FRAME_SIZE_MIN {
            self.out[start] = FRAME;
            self.out[start + 1..start + FRAME_HEADER_SIZE]
                .copy_from_slice(&(len as u64).to_le_bytes());
        } else {
            self.out.drain(start..start + FRAME_HEADER_SIZE);
        }
    }

    /// Writes the output so far to the file (after committing the frame) and empties the buffer.
    pub(crate) fn flush_to_file(&mut self, vm: &mut Vm) -> PyResult<()> {
        self.commit_frame();
        let data = std::mem::take(&mut self.out);
        self.frame_start = None;
        if let Some(write) = self.write.clone() {
            call::call_value(vm, &write, vec![bytes::new_bytes(data)])?;
        }
        Ok(())
    }

    /// Between opcodes: a frame that reached its target size is committed (and flushed to a file).
    fn opcode_boundary(&mut self, vm: &mut Vm) -> PyResult<()> {
        if !self.framing {
            return Ok(());
        }
        let Some(start) = self.frame_start else {
            return Ok(());
        };
        if self.out.len() - start - FRAME_HEADER_SIZE >= FRAME_SIZE_TARGET {
            self.commit_frame();
            if self.write.is_some() {
                self.flush_to_file(vm)?;
            }
        }
        Ok(())
    }

    /// A header and a payload; a large payload is written outside any frame, straight to the file
    /// when there is one (`payload` is the object to hand `write`, when it is already bytes).
    fn write_bytes(
        &mut self,
        vm: &mut Vm,
        header: &[u8],
        data: &[u8],
        payload: Option<&Value>,
    ) -> PyResult<()> {
        let bypass = data.len() >= FRAME_SIZE_TARGET;
        let framing = self.framing;
        if bypass {
            self.commit_frame();
            self.framing = false;
        }
        self.w(header);
        if bypass && self.write.is_some() {
            self.flush_to_file(vm)?;
            let p = match payload {
                Some(p) => p.clone(),
                None => bytes::new_bytes(data.to_vec()),
            };
            if let Some(write) = self.write.clone() {
                call::call_value(vm, &write, vec![p])?;
            }
        } else {
            self.w(data);
        }
        self.framing = framing;
        Ok(())
    }

    /// The whole pickle of `obj`: PROTO, the object, STOP.
    pub(crate) fn dump(&mut self, vm: &mut Vm, obj: &Value) -> PyResult<()> {
        if self.proto >= 2 {
            self.w(&[PROTO, self.proto]);
            if self.proto >= 4 {
                self.framing = true;
            }
        }
        let r = self.save(vm, obj, false).map(|()| {
            self.op(STOP);
            self.commit_frame();
        });
        self.framing = false;
        r
    }

    fn memo_get(&mut self, idx: usize) -> PyResult<()> {
        if !self.bin {
            self.w(format!("g{idx}\n").as_bytes());
        } else if idx < 256 {
            self.w(&[BINGET, idx as u8]);
        } else if idx <= 0xffff_ffff {
            let b = w32(idx);
            self.w(&[LONG_BINGET, b[0], b[1], b[2], b[3]]);
        } else {
            return Err(pickling_error("memo id too large for LONG_BINGET"));
        }
        Ok(())
    }

    fn memo_put(&mut self, obj: &Value) -> PyResult<()> {
        if self.fast {
            return Ok(());
        }
        let idx = self.memo.len();
        self.memo.set(obj, idx);
        self.memo_op(idx)
    }

    /// The opcode that stores the top of the stack under memo index `idx`.
    fn memo_op(&mut self, idx: usize) -> PyResult<()> {
        if self.proto >= 4 {
            self.op(MEMOIZE);
        } else if !self.bin {
            self.w(format!("p{idx}\n").as_bytes());
        } else if idx < 256 {
            self.w(&[BINPUT, idx as u8]);
        } else if idx <= 0xffff_ffff {
            let b = w32(idx);
            self.w(&[LONG_BINPUT, b[0], b[1], b[2], b[3]]);
        } else {
            return Err(pickling_error("memo id too large for LONG_BINPUT"));
        }
        Ok(())
    }

    /// Fast mode's cycle check (the memo is off, so a cycle would recurse until the limit).
    fn fast_enter(&mut self, obj: &Value) -> PyResult<()> {
        self.fast_nesting += 1;
        if self.fast_nesting >= FAST_NESTING_LIMIT && !self.fast_memo.insert(ident(obj)) {
            let r = repr_addr(obj);
            return Err(error::value_error(format!(
                "fast mode: can't pickle cyclic objects including object type {} at {r}",
                type_name_of(obj)
            )));
        }
        Ok(())
    }

    fn fast_leave(&mut self, obj: &Value) {
        if self.fast_nesting >= FAST_NESTING_LIMIT {
            self.fast_memo.remove(&ident(obj));
        }
        self.fast_nesting -= 1;
    }

    /// Writes `obj`; `pers_save` is set for a persistent id itself, which is not offered to
    /// `persistent_id` again.
    pub(crate) fn save(&mut self, vm: &mut Vm, obj: &Value, pers_save: bool) -> PyResult<()> {
        self.opcode_boundary(vm)?;
        if !pers_save && self.pers.is_some() && self.save_pers(vm, obj)? {
            return Ok(());
        }
        if obj.is_none() {
            self.op(NONE);
            return Ok(());
        }
        if let Some(b) = obj.as_bool() {
            if self.proto >= 2 {
                self.op(if b { NEWTRUE } else { NEWFALSE });
            } else {
                self.w(if b { b"I01\n" } else { b"I00\n" });
            }
            return Ok(());
        }
        if let Some(i) = obj.as_int() {
            return self.save_small_int(i);
        }
        if let Some(x) = obj.as_float() {
            self.save_float(x);
            return Ok(());
        }
        let Some(o) = obj.as_obj() else {
            return Ok(());
        };
        let t = types();
        let ty = o.ty();
        if ty.is(&t.int) {
            return match int::big_obj(o) {
                Some(b) => self.save_big_int(b),
                None => self.save_big_int(&int::to_big(obj).unwrap_or_default()),
            };
        }
        if ty.is(&t.float) {
            self.save_float(float::to_f64(obj).unwrap_or(0.0));
            return Ok(());
        }
        if ty.is(&t.str) && !self.fast {
            // Written and memoized with no Python code in between: one memo probe does both.
            return match self.memo.get_or_insert(obj) {
                Err(idx) => self.memo_get(idx),
                Ok(idx) => {
                    self.write_unicode(vm, obj)?;
                    self.memo_op(idx)
                }
            };
        }
        if let Some(idx) = self.memo.get(obj) {
            return self.memo_get(idx);
        }
        if ty.is(&t.bytes) {
            return self.save_bytes(vm, obj);
        }
        if ty.is(&t.str) {
            return self.save_unicode(vm, obj);
        }
        vm.enter_native(PICKLING)?;
        let r = self.save_other(vm, obj, ty);
        vm.leave_native();
        r
    }

    fn save_other(&mut self, vm: &mut Vm, obj: &Value, ty: &weft_vm::heap::ObjRef) -> PyResult<()> {
        let t = types();
        if ty.is(&t.dict) {
            return self.save_dict(vm, obj);
        }
        if ty.is(&t.set) {
            return self.save_set(vm, obj);
        }
        if ty.is(&t.frozenset) {
            return self.save_frozenset(vm, obj);
        }
        if ty.is(&t.list) {
            return self.save_list(vm, obj);
        }
        if ty.is(&t.tuple) {
            return self.save_tuple(vm, obj);
        }
        if ty.is(&t.bytearray) {
            return self.save_bytearray(vm, obj);
        }
        if ty.is(buffer::picklebuffer_type()) {
            return self.save_picklebuffer(vm, obj);
        }
        if let Some(ro) = self.reducer_override.clone() {
            let rv = call::call_value(vm, &ro, vec![obj.clone()])?;
            if !is_not_implemented(&rv) {
                return self.save_reduce_value(vm, obj, rv);
            }
        }
        if ty.is(&t.type_) {
            return self.save_type(vm, obj);
        }
        // Functions reduce to their name when their module has them (pickled as globals, as
        // CPython does), else by value (weft-pickling's `function.__reduce__`).
        let tyv = Value::obj(ty.clone());
        let reduce_func = match &self.dispatch_table {
            None => dict::as_dict(&self.st.dispatch_table)
                .map(|d| d.get(vm, &tyv))
                .transpose()?
                .flatten(),
            Some(table) => {
                let table = table.clone();
                mapping_get_optional(vm, &table, &tyv)?
            }
        };
        let rv = if let Some(f) = reduce_func {
            call::call_value(vm, &f, vec![obj.clone()])?
        } else if typeobj::is_subtype(ty, &t.type_) {
            return self.save_global(vm, obj, None);
        } else if let Some(f) = attr::getattr_opt(vm, obj, "__reduce_ex__")? {
            call::call_value(vm, &f, vec![int::from_i64(i64::from(self.proto))])?
        } else if let Some(f) = attr::getattr_opt(vm, obj, "__reduce__")? {
            call::call_value(vm, &f, vec![])?
        } else {
            let r = repr_string(vm, obj)?;
            return Err(pickling_error(format!(
                "can't pickle '{}' object: {r}",
                typeobj::type_name(ty)
            )));
        };
        self.save_reduce_value(vm, obj, rv)
    }

    /// What a reducer returned: a global's name, or a reduction tuple.
    fn save_reduce_value(&mut self, vm: &mut Vm, obj: &Value, rv: Value) -> PyResult<()> {
        if pystr::as_str_obj(&rv).is_some() {
            return self.save_global(vm, obj, Some(rv));
        }
        let Some(items) = tuple::as_tuple(&rv) else {
            return Err(pickling_error("__reduce__ must return a string or tuple"));
        };
        let items = items.to_vec();
        self.save_reduce(vm, &items, Some(obj))
    }

    /// `persistent_id(obj)`: true when it gave an id, which was written instead of the object.
    fn save_pers(&mut self, vm: &mut Vm, obj: &Value) -> PyResult<bool> {
        let Some((f, me)) = self.pers.clone() else {
            return Ok(false);
        };
        let args = match me {
            Some(me) => vec![me, obj.clone()],
            None => vec![obj.clone()],
        };
        let pid = call::call_value(vm, &f, args)?;
        if pid.is_none() {
            return Ok(false);
        }
        if self.bin {
            self.save(vm, &pid, true)?;
            self.op(BINPERSID);
        } else {
            let s = protocols::str_value(vm, &pid)?;
            let ascii = pystr::as_str_obj(&s).is_some_and(|s| s.is_ascii());
            if !ascii {
                return Err(pickling_error(
                    "persistent IDs in protocol 0 must be ASCII strings",
                ));
            }
            let text = pystr::as_bytes(&s).unwrap_or_default().to_vec();
            self.op(PERSID);
            self.w(&text);
            self.op(b'\n');
        }
        Ok(true)
    }

    fn save_small_int(&mut self, i: i64) -> PyResult<()> {
        if !(-0x8000_0000..=0x7fff_ffff).contains(&i) {
            return self.save_big_int(&BigInt::from(i));
        }
        if self.bin {
            let b = (i as i32).to_le_bytes();
            if b[2] != 0 || b[3] != 0 {
                self.w(&[BININT, b[0], b[1], b[2], b[3]]);
            } else if b[1] != 0 {
                self.w(&[BININT2, b[0], b[1]]);
            } else {
                self.w(&[BININT1, b[0]]);
            }
        } else {
            self.w(format!("I{i}\n").as_bytes());
        }
        Ok(())
    }

    fn save_big_int(&mut self, b: &BigInt) -> PyResult<()> {
        if let Ok(i) = i32::try_from(b) {
            return self.save_small_int(i64::from(i));
        }
        if self.proto >= 2 {
            let data = b.to_signed_bytes_le();
            if data.len() > 0x7fff_ffff {
                return Err(error::overflow_error("int too large to pickle"));
            }
            if data.len() < 256 {
                self.w(&[LONG1, data.len() as u8]);
            } else {
                let n = w32(data.len());
                self.w(&[LONG4, n[0], n[1], n[2], n[3]]);
            }
            self.w(&data);
        } else {
            let text = int::to_decimal(b)?;
            self.op(LONG);
            self.w(text.as_bytes());
            self.w(b"L\n");
        }
        Ok(())
    }

    fn save_float(&mut self, x: f64) {
        if self.bin {
            let b = x.to_be_bytes();
            self.op(BINFLOAT);
            self.w(&b);
        } else {
            self.op(FLOAT);
            self.w(weft_vm::format::float_repr(x).as_bytes());
            self.op(b'\n');
        }
    }

    fn save_bytes(&mut self, vm: &mut Vm, obj: &Value) -> PyResult<()> {
        let data = bytes::as_bytes(obj).unwrap_or_default();
        if self.proto < 3 {
            let t = types();
            let rv = if data.is_empty() {
                vec![Value::obj(t.bytes.clone()), tuple::new_tuple(vec![])]
            } else {
                let cps: Vec<u32> = data.iter().map(|&b| u32::from(b)).collect();
                let text = pystr::new_code_points(&cps);
                vec![
                    self.st.codecs_encode.clone(),
                    tuple::new_tuple(vec![text, Value::obj(pystr::intern("latin1"))]),
                ]
            };
            return self.save_reduce(vm, &rv, Some(obj));
        }
        self.save_bytes_data(vm, obj, data, Some(obj))
    }

    fn save_bytes_data(
        &mut self,
        vm: &mut Vm,
        obj: &Value,
        data: &[u8],
        payload: Option<&Value>,
    ) -> PyResult<()> {
        let n = data.len();
        let header: Vec<u8> = if n <= 0xff {
            vec![SHORT_BINBYTES, n as u8]
        } else if n <= 0xffff_ffff {
            let b = w32(n);
            vec![BINBYTES, b[0], b[1], b[2], b[3]]
        } else if self.proto >= 4 {
            let mut h = vec![BINBYTES8];
            h.extend_from_slice(&(n as u64).to_le_bytes());
            h
        } else {
            return Err(error::overflow_error(
                "serializing a bytes object larger than 4 GiB requires pickle protocol 4 or higher",
            ));
        };
        self.write_bytes(vm, &header, data, payload)?;
        self.memo_put(obj)
    }

    fn save_bytearray_data(&mut self, vm: &mut Vm, obj: &Value, data: &[u8]) -> PyResult<()> {
        let mut header = vec![BYTEARRAY8];
        header.extend_from_slice(&(data.len() as u64).to_le_bytes());
        self.write_bytes(vm, &header, data, None)?;
        self.memo_put(obj)
    }

    fn save_bytearray(&mut self, vm: &mut Vm, obj: &Value) -> PyResult<()> {
        let data = obj
            .as_obj()
            .and_then(|o| o.downcast::<bytearray::ByteArray>())
            .map(|b| b.data.borrow().clone())
            .unwrap_or_default();
        if self.proto < 5 {
            let cls = Value::obj(types().bytearray.clone());
            let args = if data.is_empty() {
                tuple::new_tuple(vec![])
            } else {
                tuple::new_tuple(vec![bytes::new_bytes(data)])
            };
            return self.save_reduce(vm, &[cls, args], Some(obj));
        }
        self.save_bytearray_data(vm, obj, &data)
    }

    fn save_picklebuffer(&mut self, vm: &mut Vm, obj: &Value) -> PyResult<()> {
        if self.proto < 5 {
            return Err(pickling_error(
                "PickleBuffer can only pickled with protocol >= 5",
            ));
        }
        let view = buffer::held(obj)?;
        let (contiguous, readonly) = match view.as_obj().and_then(|o| o.downcast::<MemoryView>()) {
            Some(m) => {
                let size = weft_vm::objects::memoryview_format::itemsize(m.format).unwrap_or(1);
                (m.step == size as isize || m.len <= 1, m.readonly)
            }
            None => (true, true),
        };
        if !contiguous {
            return Err(pickling_error(
                "PickleBuffer can not be pickled when pointing to a non-contiguous buffer",
            ));
        }
        let mut in_band = true;
        if let Some(cb) = self.buffer_callback.clone() {
            let r = call::call_value(vm, &cb, vec![obj.clone()])?;
            in_band = weft_vm::interp::ops::truthy(vm, &r)?;
        }
        if in_band {
            let data = match view.as_obj().and_then(|o| o.downcast::<MemoryView>()) {
                Some(m) => memoryview::read(m),
                None => Vec::new(),
            };
            if readonly {
                self.save_bytes_data(vm, obj, &data, None)
            } else {
                self.save_bytearray_data(vm, obj, &data)
            }
        } else {
            self.op(NEXT_BUFFER);
            if readonly {
                self.op(READONLY_BUFFER);
            }
            Ok(())
        }
    }

    fn save_unicode(&mut self, vm: &mut Vm, obj: &Value) -> PyResult<()> {
        self.write_unicode(vm, obj)?;
        self.memo_put(obj)
    }

    /// A str's opcode and text (BINUNICODE and its kin, or UNICODE's escaped line).
    fn write_unicode(&mut self, vm: &mut Vm, obj: &Value) -> PyResult<()> {
        let Some(s) = pystr::as_str_obj(obj) else {
            return Ok(());
        };
        if self.bin {
            // Generalized UTF-8 is what "surrogatepass" encodes lone surrogates to.
            let data = s.as_bytes();
            let n = data.len();
            let header: Vec<u8> = if n <= 0xff && self.proto >= 4 {
                vec![SHORT_BINUNICODE, n as u8]
            } else if n <= 0xffff_ffff {
                let b = w32(n);
                vec![BINUNICODE, b[0], b[1], b[2], b[3]]
            } else if self.proto >= 4 {
                let mut h = vec![BINUNICODE8];
                h.extend_from_slice(&(n as u64).to_le_bytes());
                h
            } else {
                return Err(error::overflow_error(
                    "serializing a string larger than 4 GiB requires pickle protocol 4 or higher",
                ));
            };
            self.write_bytes(vm, &header, data, None)?;
        } else {
            let escaped = raw_unicode_escape(s);
            self.op(UNICODE);
            self.w(&escaped);
            self.op(b'\n');
        }
        Ok(())
    }
}

fn is_not_implemented(v: &Value) -> bool {
    v.as_obj().is_some_and(|o| o.is(&types().not_implemented))
}

/// `hex(id(obj))` as `%p` prints it.
fn repr_addr(obj: &Value) -> String {
    format!("{:#x}", ident(obj))
}

/// `mapping[key]`, None when the key is missing (KeyError).
fn mapping_get_optional(vm: &mut Vm, mapping: &Value, key: &Value) -> PyResult<Option<Value>> {
    if let Some(d) = dict::as_dict(mapping) {
        if ops_exact_dict(mapping) {
            return d.get(vm, key);
        }
    }
    let flow = protocols::getitem(vm, mapping.clone(), key.clone())?;
    match call::run_flow(vm, flow) {
        Ok(v) => Ok(Some(v)),
        Err(e) if weft_vm::interp::exc::matches_type(&e, &types().key_error) => Ok(None),
        Err(e) => Err(e),
    }
}

fn ops_exact_dict(v: &Value) -> bool {
    v.as_obj().is_some_and(|o| o.ty().is(&types().dict))
}

/// `d.get(key)` on one of the state's dicts.
pub(crate) fn dict_lookup(vm: &mut Vm, d: &Value, key: &Value) -> PyResult<Option<Value>> {
    match dict::as_dict(d) {
        Some(d) => d.get(vm, key),
        None => Ok(None),
    }
}

/// `raw_unicode_escape` that also escapes backslash, NUL, newlines and ^Z, so the text fits a line.
fn raw_unicode_escape(s: &pystr::Str) -> Vec<u8> {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut out = Vec::with_capacity(s.as_bytes().len());
    for ch in s.code_points() {
        if ch >= 0x10000 {
            out.extend_from_slice(b"\\U");
            for shift in (0..8).rev() {
                out.push(HEX[((ch >> (shift * 4)) & 0xf) as usize]);
            }
        } else if ch >= 256 || matches!(ch, 0x5c | 0 | 0x0a | 0x0d | 0x1a) {
            out.extend_from_slice(b"\\u");
            for shift in (0..4).rev() {
                out.push(HEX[((ch >> (shift * 4)) & 0xf) as usize]);
            }
        } else {
            out.push(ch as u8);
        }
    }
    out
}
