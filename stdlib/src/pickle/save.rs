//! Writing a pickle (CPython's `save` and its helpers): the output buffer with protocol 4 framing,
//! the memo, and one writer per kind of object. Objects that are neither atoms nor builtin
//! containers are reduced (`reducer_override`, the dispatch tables, `__reduce_ex__`) and their
//! reduction written with REDUCE, NEWOBJ or NEWOBJ_EX, then their items and state.
use super::memo::{ident, Memo};
use super::opcodes::*;
use super::state::State;
use super::{buffer, pickling_error};
use num_bigint::BigInt;
use std::collections::HashSet;
use weft_vm::heap::Value;
use weft_vm::interp::builtins_mod::is_callable;
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::ops::{a_type, type_name_of};
use weft_vm::interp::protocols::{self, repr_string, str_string};
use weft_vm::interp::{attr, call, import, Vm};
use weft_vm::objects::memoryview::{self, MemoryView};
use weft_vm::objects::typeobj::{self, as_type};
use weft_vm::objects::{bytearray, bytes, dict, float, int, list, set, str as pystr, tuple, types};

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
        if ty.is(&t.function) {
            return self.save_global(vm, obj, None);
        }
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

    fn save_tuple(&mut self, vm: &mut Vm, obj: &Value) -> PyResult<()> {
        // A tuple's items never change, so they are read in place.
        let items = tuple::as_tuple(obj).unwrap_or_default();
        let n = items.len();
        if n == 0 {
            if self.proto > 0 {
                self.op(EMPTY_TUPLE);
            } else {
                self.w(&[MARK, TUPLE]);
            }
            return Ok(());
        }
        if n <= 3 && self.proto >= 2 {
            for x in items {
                self.save(vm, x, false)?;
            }
            if let Some(idx) = self.memo.get(obj) {
                for _ in 0..n {
                    self.op(POP);
                }
                return self.memo_get(idx);
            }
            self.op([EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3][n]);
            return self.memo_put(obj);
        }
        self.op(MARK);
        for x in items {
            self.save(vm, x, false)?;
        }
        if let Some(idx) = self.memo.get(obj) {
            if self.bin {
                self.op(POP_MARK);
            } else {
                for _ in 0..=n {
                    self.op(POP);
                }
            }
            return self.memo_get(idx);
        }
        self.op(TUPLE);
        self.memo_put(obj)
    }

    fn save_list(&mut self, vm: &mut Vm, obj: &Value) -> PyResult<()> {
        if self.fast {
            self.fast_enter(obj)?;
        }
        let r = self.save_list_body(vm, obj);
        if self.fast {
            self.fast_leave(obj);
        }
        r
    }

    fn save_list_body(&mut self, vm: &mut Vm, obj: &Value) -> PyResult<()> {
        if self.bin {
            self.op(EMPTY_LIST);
        } else {
            self.w(&[MARK, LIST]);
        }
        self.memo_put(obj)?;
        let Some(l) = list::as_list(obj) else {
            return Ok(());
        };
        if l.is_empty() {
            return Ok(());
        }
        vm.enter_native(PICKLING)?;
        let r = if self.proto > 0 {
            self.batch_list_exact(vm, obj)
        } else {
            match protocols::get_iter(vm, obj.clone()).and_then(|f| call::run_flow(vm, f)) {
                Ok(it) => self.batch_list(vm, &it),
                Err(e) => Err(e),
            }
        };
        vm.leave_native();
        r
    }

    fn batch_list_exact(&mut self, vm: &mut Vm, obj: &Value) -> PyResult<()> {
        let Some(l) = list::as_list(obj) else {
            return Ok(());
        };
        if l.len() == 1 {
            if let Some(x) = l.get(0) {
                self.save(vm, &x, false)?;
            }
            self.op(APPEND);
            return Ok(());
        }
        let mut total = 0;
        loop {
            let mut batch = 0;
            self.op(MARK);
            while let Some(x) = l.get(total) {
                self.save(vm, &x, false)?;
                total += 1;
                batch += 1;
                if batch == BATCHSIZE {
                    break;
                }
            }
            self.op(APPENDS);
            if total >= l.len() {
                return Ok(());
            }
        }
    }

    fn batch_list(&mut self, vm: &mut Vm, it: &Value) -> PyResult<()> {
        if self.proto == 0 {
            while let Some(x) = protocols::next_value(vm, it)? {
                self.save(vm, &x, false)?;
                self.op(APPEND);
            }
            return Ok(());
        }
        loop {
            let Some(first) = protocols::next_value(vm, it)? else {
                return Ok(());
            };
            let Some(second) = protocols::next_value(vm, it)? else {
                self.save(vm, &first, false)?;
                self.op(APPEND);
                return Ok(());
            };
            self.op(MARK);
            self.save(vm, &first, false)?;
            let mut n = 1;
            let mut next = Some(second);
            while let Some(x) = next.take() {
                self.save(vm, &x, false)?;
                n += 1;
                if n == BATCHSIZE {
                    break;
                }
                next = protocols::next_value(vm, it)?;
            }
            self.op(APPENDS);
            if n != BATCHSIZE {
                return Ok(());
            }
        }
    }

    fn save_dict(&mut self, vm: &mut Vm, obj: &Value) -> PyResult<()> {
        if self.fast {
            self.fast_enter(obj)?;
        }
        let r = self.save_dict_body(vm, obj);
        if self.fast {
            self.fast_leave(obj);
        }
        r
    }

    fn save_dict_body(&mut self, vm: &mut Vm, obj: &Value) -> PyResult<()> {
        if self.bin {
            self.op(EMPTY_DICT);
        } else {
            self.w(&[MARK, DICT]);
        }
        self.memo_put(obj)?;
        if dict::as_dict(obj).is_none_or(|d| d.is_empty()) {
            return Ok(());
        }
        if self.proto > 0 {
            vm.enter_native(PICKLING)?;
            let r = self.batch_dict_exact(vm, obj);
            vm.leave_native();
            return r;
        }
        let items = attr::getattr(vm, obj, "items")?;
        let items = call::call_value(vm, &items, vec![])?;
        let flow = protocols::get_iter(vm, items)?;
        let it = call::run_flow(vm, flow)?;
        vm.enter_native(PICKLING)?;
        let r = self.batch_dict(vm, &it);
        vm.leave_native();
        r
    }

    fn batch_dict_exact(&mut self, vm: &mut Vm, obj: &Value) -> PyResult<()> {
        let Some(d) = dict::as_dict(obj) else {
            return Ok(());
        };
        let size = d.len();
        let mut pos = 0;
        if size == 1 {
            if let Some((_, k, v)) = d.next_entry(0) {
                self.save(vm, &k, false)?;
                self.save(vm, &v, false)?;
            }
            self.op(SETITEM);
            return Ok(());
        }
        loop {
            let mut i = 0;
            self.op(MARK);
            while let Some((next, k, v)) = d.next_entry(pos) {
                pos = next;
                self.save(vm, &k, false)?;
                self.save(vm, &v, false)?;
                i += 1;
                if i == BATCHSIZE {
                    break;
                }
            }
            self.op(SETITEMS);
            if d.len() != size {
                return Err(error::runtime_error(
                    "dictionary changed size during iteration",
                ));
            }
            if i != BATCHSIZE {
                return Ok(());
            }
        }
    }

    /// A `(key, value)` pair from an items iterator.
    fn pair(item: &Value) -> PyResult<(Value, Value)> {
        match tuple::as_tuple(item) {
            Some([k, v]) => Ok((k.clone(), v.clone())),
            _ => Err(error::type_error(
                "dict items iterator must return 2-tuples",
            )),
        }
    }

    fn save_pair(&mut self, vm: &mut Vm, item: &Value) -> PyResult<()> {
        let (k, v) = Self::pair(item)?;
        self.save(vm, &k, false)?;
        self.save(vm, &v, false)
    }

    fn batch_dict(&mut self, vm: &mut Vm, it: &Value) -> PyResult<()> {
        if self.proto == 0 {
            while let Some(x) = protocols::next_value(vm, it)? {
                self.save_pair(vm, &x)?;
                self.op(SETITEM);
            }
            return Ok(());
        }
        loop {
            let Some(first) = protocols::next_value(vm, it)? else {
                return Ok(());
            };
            Self::pair(&first)?;
            let Some(second) = protocols::next_value(vm, it)? else {
                self.save_pair(vm, &first)?;
                self.op(SETITEM);
                return Ok(());
            };
            self.op(MARK);
            self.save_pair(vm, &first)?;
            let mut n = 1;
            let mut next = Some(second);
            while let Some(x) = next.take() {
                self.save_pair(vm, &x)?;
                n += 1;
                if n == BATCHSIZE {
                    break;
                }
                next = protocols::next_value(vm, it)?;
            }
            self.op(SETITEMS);
            if n != BATCHSIZE {
                return Ok(());
            }
        }
    }

    fn save_set(&mut self, vm: &mut Vm, obj: &Value) -> PyResult<()> {
        if self.proto < 4 {
            let items = list::new_list(protocols::iterate(vm, obj)?);
            let rv = [
                Value::obj(types().set.clone()),
                tuple::new_tuple(vec![items]),
            ];
            return self.save_reduce(vm, &rv, Some(obj));
        }
        self.op(EMPTY_SET);
        self.memo_put(obj)?;
        let Some(s) = set::as_set(obj) else {
            return Ok(());
        };
        let size = s.len();
        if size == 0 {
            return Ok(());
        }
        let mut pos = 0;
        loop {
            let mut i = 0;
            self.op(MARK);
            while let Some((next, x)) = s.next_at(pos) {
                pos = next;
                self.save(vm, &x, false)?;
                i += 1;
                if i == BATCHSIZE {
                    break;
                }
            }
            self.op(ADDITEMS);
            if s.len() != size {
                return Err(error::runtime_error("set changed size during iteration"));
            }
            if i != BATCHSIZE {
                return Ok(());
            }
        }
    }

    fn save_frozenset(&mut self, vm: &mut Vm, obj: &Value) -> PyResult<()> {
        if self.fast {
            // CPython enters fast mode's guard here and never leaves it.
            self.fast_enter(obj)?;
        }
        if self.proto < 4 {
            let items = list::new_list(protocols::iterate(vm, obj)?);
            let rv = [
                Value::obj(types().frozenset.clone()),
                tuple::new_tuple(vec![items]),
            ];
            return self.save_reduce(vm, &rv, Some(obj));
        }
        self.op(MARK);
        for x in protocols::iterate(vm, obj)? {
            self.save(vm, &x, false)?;
        }
        if let Some(idx) = self.memo.get(obj) {
            self.op(POP_MARK);
            return self.memo_get(idx);
        }
        self.op(FROZENSET);
        self.memo_put(obj)
    }

    fn save_type(&mut self, vm: &mut Vm, obj: &Value) -> PyResult<()> {
        let t = types();
        let singleton = match obj.as_obj() {
            Some(o) if o.is(&t.none_type) => Some(Value::NONE),
            Some(o) if o.is(&t.ellipsis_type) => Some(Value::obj(t.ellipsis.clone())),
            Some(o) if o.is(&t.not_implemented_type) => Some(Value::obj(t.not_implemented.clone())),
            _ => None,
        };
        match singleton {
            Some(s) => {
                let rv = [Value::obj(t.type_.clone()), tuple::new_tuple(vec![s])];
                self.save_reduce(vm, &rv, Some(obj))
            }
            None => self.save_global(vm, obj, None),
        }
    }

    /// A global (class, function, or what a reducer named): by reference, as module and name.
    fn save_global(&mut self, vm: &mut Vm, obj: &Value, name: Option<Value>) -> PyResult<()> {
        let global_name = match name {
            Some(n) => n,
            None => match attr::getattr_opt(vm, obj, "__qualname__")? {
                Some(n) => n,
                None => attr::getattr(vm, obj, "__name__")?,
            },
        };
        let dotted = dotted_path(vm, None, &global_name)?;
        // CPython's module names are shared objects (interned, or one `__name__` per module), so
        // a module is memoized once; interning gives the same output here.
        let module_name = match whichmodule(vm, obj, &dotted)? {
            m if m.as_obj().is_some_and(|o| o.ty().is(&types().str)) => m
                .as_obj()
                .map_or(m.clone(), |o| Value::obj(pystr::intern_obj(o))),
            m => m,
        };
        let module = match pystr::as_str(&module_name) {
            Some(m) => import::import_abs(vm, m).ok(),
            None => None,
        };
        let Some(module) = module else {
            let (r, m) = (repr_string(vm, obj)?, repr_string(vm, &module_name)?);
            return Err(pickling_error(format!(
                "Can't pickle {r}: import of module {m} failed"
            )));
        };
        let lastname = dotted.last().cloned().unwrap_or(Value::NONE);
        let found = deep_attribute(vm, &module, &dotted).ok().flatten();
        let Some((cls, parent)) = found else {
            let r = repr_string(vm, obj)?;
            let (g, m) = (str_string(vm, &global_name)?, str_string(vm, &module_name)?);
            return Err(pickling_error(format!(
                "Can't pickle {r}: attribute lookup {g} on {m} failed"
            )));
        };
        if ident(&cls) != ident(obj) {
            let r = repr_string(vm, obj)?;
            let (g, m) = (str_string(vm, &global_name)?, str_string(vm, &module_name)?);
            return Err(pickling_error(format!(
                "Can't pickle {r}: it's not the same object as {m}.{g}"
            )));
        }
        if self.proto >= 2 {
            let key = tuple::new_tuple(vec![module_name.clone(), global_name.clone()]);
            let code = match dict::as_dict(&self.st.extension_registry) {
                Some(d) => d.get(vm, &key)?,
                None => None,
            };
            if let Some(code) = code {
                return self.save_ext(vm, obj, &code);
            }
        }
        let parent_is_module = ident(&parent) == ident(&module);
        let global_name = if parent_is_module {
            lastname.clone()
        } else {
            global_name
        };
        if self.proto >= 4 {
            self.save(vm, &module_name, false)?;
            self.save(vm, &global_name, false)?;
            self.op(STACK_GLOBAL);
        } else if !parent_is_module {
            let rv = [
                self.st.getattr.clone(),
                tuple::new_tuple(vec![parent, lastname]),
            ];
            self.save_reduce(vm, &rv, None)?;
        } else {
            self.write_global_line(vm, module_name, global_name)?;
        }
        self.memo_put(obj)
    }

    /// GLOBAL's two lines, with Python 2's names under protocols < 3 when asked.
    fn write_global_line(
        &mut self,
        vm: &mut Vm,
        mut module_name: Value,
        mut global_name: Value,
    ) -> PyResult<()> {
        self.op(GLOBAL);
        if self.proto < 3 && self.fix_imports {
            (module_name, global_name) = self.fix_imports(vm, module_name, global_name)?;
        }
        for (v, what) in [(&module_name, "module"), (&global_name, "global")] {
            let Some(s) = pystr::as_str_obj(v) else {
                return Err(error::type_error(format!(
                    "expected str, not {}",
                    type_name_of(v)
                )));
            };
            if self.proto != 3 && !s.is_ascii() || s.has_surrogates() {
                let text = str_string(vm, v)?;
                return Err(pickling_error(format!(
                    "can't pickle {what} identifier '{text}' using pickle protocol {}",
                    self.proto
                )));
            }
            let data = s.as_bytes().to_vec();
            self.w(&data);
            self.op(b'\n');
        }
        Ok(())
    }

    fn fix_imports(&mut self, vm: &mut Vm, m: Value, g: Value) -> PyResult<(Value, Value)> {
        let key = tuple::new_tuple(vec![m.clone(), g.clone()]);
        if let Some(item) = dict_lookup(vm, &self.st.name_mapping_3to2, &key)? {
            return match tuple::as_tuple(&item) {
                Some([a, b]) if pystr::as_str_obj(a).is_some() && pystr::as_str_obj(b).is_some() => {
                    Ok((a.clone(), b.clone()))
                }
                Some([a, b]) => Err(error::runtime_error(format!(
                    "_compat_pickle.REVERSE_NAME_MAPPING values should be pairs of str, not ({}, {})",
                    type_name_of(a),
                    type_name_of(b)
                ))),
                _ => Err(error::runtime_error(format!(
                    "_compat_pickle.REVERSE_NAME_MAPPING values should be 2-tuples, not {}",
                    type_name_of(&item)
                ))),
            };
        }
        if let Some(item) = dict_lookup(vm, &self.st.import_mapping_3to2, &m)? {
            if pystr::as_str_obj(&item).is_none() {
                return Err(error::runtime_error(format!(
                    "_compat_pickle.REVERSE_IMPORT_MAPPING values should be strings, not {}",
                    type_name_of(&item)
                )));
            }
            return Ok((item, g));
        }
        Ok((m, g))
    }

    /// EXT1/EXT2/EXT4 for a global in the extension registry.
    fn save_ext(&mut self, vm: &mut Vm, obj: &Value, code: &Value) -> PyResult<()> {
        if !int::is_int(code) {
            let (r, c) = (repr_string(vm, obj)?, repr_string(vm, code)?);
            return Err(pickling_error(format!(
                "Can't pickle {r}: extension code {c} isn't an integer"
            )));
        }
        let c = match int::to_i64(code) {
            Some(c) => c,
            None => {
                return Err(error::overflow_error(
                    "Python int too large to convert to C long",
                ))
            }
        };
        if c <= 0 || c > 0x7fff_ffff {
            let r = repr_string(vm, obj)?;
            return Err(pickling_error(format!(
                "Can't pickle {r}: extension code {c} is out of range"
            )));
        }
        let b = (c as u32).to_le_bytes();
        if c <= 0xff {
            self.w(&[EXT1, b[0]]);
        } else if c <= 0xffff {
            self.w(&[EXT2, b[0], b[1]]);
        } else {
            self.w(&[EXT4, b[0], b[1], b[2], b[3]]);
        }
        Ok(())
    }

    /// A reduction `(callable, args[, state[, listitems[, dictitems[, state_setter]]]])`; `obj`,
    /// when given, is memoized once it is rebuilt.
    fn save_reduce(&mut self, vm: &mut Vm, rv: &[Value], obj: Option<&Value>) -> PyResult<()> {
        if !(2..=6).contains(&rv.len()) {
            return Err(pickling_error(
                "tuple returned by __reduce__ must contain 2 through 6 elements",
            ));
        }
        let callable = &rv[0];
        let argtup = &rv[1];
        let some = |i: usize| rv.get(i).filter(|v| !v.is_none()).cloned();
        let (state, listitems, dictitems, setter) = (some(2), some(3), some(4), some(5));
        if !is_callable(callable) {
            return Err(pickling_error(
                "first item of the tuple returned by __reduce__ must be callable",
            ));
        }
        let Some(args) = tuple::as_tuple(argtup) else {
            return Err(pickling_error(
                "second item of the tuple returned by __reduce__ must be a tuple",
            ));
        };
        let args = args.to_vec();
        for (v, nth) in [(&listitems, "fourth"), (&dictitems, "fifth")] {
            if let Some(v) = v {
                if protocols::check_iterator(v).is_err() {
                    return Err(pickling_error(format!(
                        "{nth} element of the tuple returned by __reduce__ must be an iterator, not {}",
                        type_name_of(v)
                    )));
                }
            }
        }
        if let Some(s) = &setter {
            if !is_callable(s) {
                return Err(pickling_error(format!(
                    "sixth element of the tuple returned by __reduce__ must be a function, not {}",
                    type_name_of(s)
                )));
            }
        }
        let (mut newobj, mut newobj_ex) = (false, false);
        if self.proto >= 2 {
            if let Some(name) = attr::getattr_opt(vm, callable, "__name__")? {
                match pystr::as_str(&name) {
                    Some("__newobj_ex__") => newobj_ex = true,
                    Some("__newobj__") => newobj = true,
                    _ => {}
                }
            }
        }
        if newobj_ex {
            self.save_newobj_ex(vm, &args)?;
        } else if newobj {
            let Some(cls) = args.first() else {
                return Err(pickling_error("__newobj__ arglist is empty"));
            };
            if as_type(cls).is_none() {
                return Err(pickling_error("args[0] from __newobj__ args is not a type"));
            }
            if let Some(obj) = obj {
                let class = match attr::getattr_opt(vm, obj, "__class__")? {
                    Some(c) => c,
                    None => Value::obj(a_type(obj)),
                };
                if ident(&class) != ident(cls) {
                    return Err(pickling_error(
                        "args[0] from __newobj__ args has the wrong class",
                    ));
                }
            }
            self.save(vm, cls, false)?;
            let rest = tuple::new_tuple(args[1..].to_vec());
            self.save(vm, &rest, false)?;
            self.op(NEWOBJ);
        } else {
            self.save(vm, callable, false)?;
            self.save(vm, argtup, false)?;
            self.op(REDUCE);
        }
        if let Some(obj) = obj {
            if let Some(idx) = self.memo.get(obj) {
                self.op(POP);
                return self.memo_get(idx);
            }
            self.memo_put(obj)?;
        }
        if let Some(it) = listitems {
            self.batch_list(vm, &it)?;
        }
        if let Some(it) = dictitems {
            self.batch_dict(vm, &it)?;
        }
        if let Some(state) = state {
            match setter {
                None => {
                    self.save(vm, &state, false)?;
                    self.op(BUILD);
                }
                Some(setter) => {
                    self.save(vm, &setter, false)?;
                    if let Some(obj) = obj {
                        self.save(vm, obj, false)?;
                    } else {
                        self.op(NONE);
                    }
                    self.save(vm, &state, false)?;
                    self.w(&[TUPLE2, REDUCE, POP]);
                }
            }
        }
        Ok(())
    }

    fn save_newobj_ex(&mut self, vm: &mut Vm, argtup: &[Value]) -> PyResult<()> {
        let [cls, args, kwargs] = argtup else {
            return Err(pickling_error(format!(
                "length of the NEWOBJ_EX argument tuple must be exactly 3, not {}",
                argtup.len()
            )));
        };
        if as_type(cls).is_none() {
            return Err(pickling_error(format!(
                "first item from NEWOBJ_EX argument tuple must be a class, not {}",
                type_name_of(cls)
            )));
        }
        let Some(positional) = tuple::as_tuple(args) else {
            return Err(pickling_error(format!(
                "second item from NEWOBJ_EX argument tuple must be a tuple, not {}",
                type_name_of(args)
            )));
        };
        if dict::as_dict(kwargs).is_none() {
            return Err(pickling_error(format!(
                "third item from NEWOBJ_EX argument tuple must be a dict, not {}",
                type_name_of(kwargs)
            )));
        }
        if self.proto >= 4 {
            self.save(vm, cls, false)?;
            self.save(vm, args, false)?;
            self.save(vm, kwargs, false)?;
            self.op(NEWOBJ_EX);
            return Ok(());
        }
        // partial(cls.__new__, cls, *args, **kwargs) called with no arguments.
        let new = attr::getattr(vm, cls, "__new__")?;
        let mut pargs = vec![new, cls.clone()];
        pargs.extend(positional.iter().cloned());
        let flow = call::call_ex(
            vm,
            &self.st.partial.clone(),
            tuple::new_tuple(pargs),
            kwargs.clone(),
        )?;
        let callable = call::run_flow(vm, flow)?;
        self.save(vm, &callable, false)?;
        self.save(vm, &tuple::new_tuple(vec![]), false)?;
        self.op(REDUCE);
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

/// `name.split('.')`, refusing `<locals>` (a local object cannot be found again by name).
pub(crate) fn dotted_path(vm: &mut Vm, obj: Option<&Value>, name: &Value) -> PyResult<Vec<Value>> {
    let Some(s) = pystr::as_str_obj(name) else {
        return Err(error::type_error(format!(
            "must be str, not {}",
            type_name_of(name)
        )));
    };
    let parts: Vec<Value> = s
        .as_bytes()
        .split(|&b| b == b'.')
        .map(pystr::new_gutf8_slice)
        .collect();
    if parts.iter().any(|p| pystr::as_str(p) == Some("<locals>")) {
        let n = repr_string(vm, name)?;
        return Err(error::attribute_error(match obj {
            None => format!("Can't pickle local object {n}"),
            Some(o) => {
                let r = repr_string(vm, o)?;
                format!("Can't pickle local attribute {n} on {r}")
            }
        }));
    }
    Ok(parts)
}

/// Follows `path` from `obj`: the attribute and its parent, None when a step is missing.
pub(crate) fn deep_attribute(
    vm: &mut Vm,
    obj: &Value,
    path: &[Value],
) -> PyResult<Option<(Value, Value)>> {
    let mut parent = obj.clone();
    let mut cur = obj.clone();
    for name in path {
        parent = cur;
        let n = pystr::as_str(name).unwrap_or_default().to_string();
        match attr::getattr_opt(vm, &parent, &n)? {
            Some(v) => cur = v,
            None => return Ok(None),
        }
    }
    Ok(Some((cur, parent)))
}

/// The module a global lives in: its `__module__`, else the module of `sys.modules` holding it.
fn whichmodule(vm: &mut Vm, obj: &Value, dotted: &[Value]) -> PyResult<Value> {
    if let Some(m) = attr::getattr_opt(vm, obj, "__module__")? {
        if !m.is_none() {
            return Ok(m);
        }
    }
    let Some(modules) = vm.sys_attr("modules") else {
        return Err(error::runtime_error("unable to get sys.modules"));
    };
    let items: Vec<(Value, Value)> = match dict::as_dict(&modules) {
        Some(d) => d.items(),
        None => Vec::new(),
    };
    for (name, module) in items {
        if module.is_none() || pystr::as_str(&name) == Some("__main__") {
            continue;
        }
        if let Ok(Some((found, _))) = deep_attribute(vm, &module, dotted) {
            if ident(&found) == ident(obj) {
                return Ok(name);
            }
        }
    }
    Ok(pystr::new_str("__main__"))
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
