//! Reading a pickle (CPython's `load`): the opcode loop over a value stack split from its mark
//! stack, as `_pickle.c` does, so that errors name the same thing ("unexpected MARK found",
//! "could not find MARK"). Every malformed input becomes an exception, never a panic: sizes are
//! checked against the input before anything is allocated for them.
mod globals;
mod numbers;

use super::input::{truncated, Input};
use super::memo::UMemo;
use super::opcodes::*;
use super::save::dict_lookup;
use super::state::State;
use super::{types as ptypes, unpickling_error};
pub(crate) use globals::find_class;
use globals::instantiate;
use num_bigint::BigInt;
use numbers::{cstr, parse_float_prefix, parse_ssize, pylong_from_string, strtol};
use weft_vm::heap::Value;
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::ops::{a_type, type_name_of};
use weft_vm::interp::protocols;
use weft_vm::interp::{attr, call, exc, import, Vm};
use weft_vm::objects::pickle_state;
use weft_vm::objects::str::codec;
use weft_vm::objects::typeobj::as_type;
use weft_vm::objects::{bytearray, bytes, dict, int, list, set, str as pystr, tuple, types};

/// The settings of one load, and its state.
pub(crate) struct Loader {
    pub(crate) inp: Input,
    pub(crate) memo: UMemo,
    stack: Vec<Value>,
    marks: Vec<usize>,
    /// The top mark: values below it belong to an enclosing MARK and cannot be popped.
    fence: usize,
    pub(crate) proto: u8,
    /// `persistent_load`, and the unpickler to pass it when found as a method.
    pub(crate) pers: Option<(Value, Option<Value>)>,
    pub(crate) buffers: Option<Value>,
    pub(crate) encoding: String,
    pub(crate) errors: String,
    pub(crate) fix_imports: bool,
    /// The unpickler object, whose `find_class` a subclass may override.
    pub(crate) me: Option<Value>,
    st: &'static State,
}

/// A little-endian unsigned size; None past `isize::MAX`.
fn binsize(b: &[u8]) -> Option<usize> {
    let mut x: u64 = 0;
    for (i, &c) in b.iter().enumerate() {
        x |= u64::from(c) << (8 * i);
    }
    usize::try_from(x)
        .ok()
        .filter(|&n| n <= isize::MAX as usize)
}

/// A little-endian int: unsigned for 1 and 2 bytes, signed for 4.
fn binint(b: &[u8]) -> i64 {
    match *b {
        [a] => i64::from(a),
        [a, b] => i64::from(u16::from_le_bytes([a, b])),
        [a, b, c, d] => i64::from(i32::from_le_bytes([a, b, c, d])),
        _ => 0,
    }
}

fn exceeds(what: &str) -> error::PyErr {
    error::overflow_error(format!(
        "{what} exceeds system's maximum size of {} bytes",
        isize::MAX
    ))
}

impl Loader {
    pub(crate) fn new(st: &'static State, inp: Input) -> Loader {
        Loader {
            inp,
            memo: UMemo::default(),
            stack: Vec::new(),
            marks: Vec::new(),
            fence: 0,
            proto: 0,
            pers: None,
            buffers: None,
            encoding: "ASCII".to_string(),
            errors: "strict".to_string(),
            fix_imports: true,
            me: None,
            st,
        }
    }

    fn underflow(&self) -> error::PyErr {
        unpickling_error(if self.marks.is_empty() {
            "unpickling stack underflow"
        } else {
            "unexpected MARK found"
        })
    }

    fn pop(&mut self) -> PyResult<Value> {
        if self.stack.len() <= self.fence {
            return Err(self.underflow());
        }
        Ok(self.stack.pop().unwrap_or(Value::NONE))
    }

    fn top(&self) -> PyResult<Value> {
        if self.stack.len() <= self.fence {
            return Err(self.underflow());
        }
        Ok(self.stack[self.stack.len() - 1].clone())
    }

    fn marker(&mut self) -> PyResult<usize> {
        let Some(m) = self.marks.pop() else {
            return Err(unpickling_error("could not find MARK"));
        };
        self.fence = self.marks.last().copied().unwrap_or(0);
        Ok(m)
    }

    fn pop_items(&mut self, start: usize) -> PyResult<Vec<Value>> {
        if start < self.fence || start > self.stack.len() {
            return Err(self.underflow());
        }
        Ok(self.stack.split_off(start))
    }

    fn bytes_at(&mut self, vm: &mut Vm, n: usize) -> PyResult<&[u8]> {
        let at = self.inp.read(vm, n)?;
        Ok(&self.inp.buf[at..at + n])
    }

    /// A line without its newline; `min` is the shortest acceptable line, newline included.
    fn line(&mut self, vm: &mut Vm, min: usize) -> PyResult<Vec<u8>> {
        let (at, n) = self.inp.readline(vm)?;
        if n < min {
            return Err(truncated());
        }
        Ok(self.inp.buf[at..at + n - 1].to_vec())
    }

    /// A line with its newline; `min` is the shortest acceptable line.
    fn full_line(&mut self, vm: &mut Vm, min: usize) -> PyResult<Vec<u8>> {
        let (at, n) = self.inp.readline(vm)?;
        if n < min {
            return Err(truncated());
        }
        Ok(self.inp.buf[at..at + n].to_vec())
    }

    /// Runs the opcodes up to STOP: the object built.
    pub(crate) fn load(&mut self, vm: &mut Vm) -> PyResult<Value> {
        self.marks.clear();
        self.fence = 0;
        self.proto = 0;
        let old = std::mem::take(&mut self.stack);
        drop(old);
        loop {
            let op = match self.inp.byte(vm) {
                Ok(op) => op,
                Err(e) if exc::matches_type(&e, &ptypes().unpickling_error) => {
                    return Err(error::eof_error("Ran out of input"));
                }
                Err(e) => return Err(e),
            };
            if op == STOP {
                break;
            }
            self.step(vm, op)?;
        }
        self.inp.skip_consumed(vm)?;
        let v = self.pop()?;
        let old = std::mem::take(&mut self.stack);
        drop(old);
        Ok(v)
    }

    fn push(&mut self, v: Value) {
        self.stack.push(v);
    }

    fn step(&mut self, vm: &mut Vm, op: u8) -> PyResult<()> {
        match op {
            NONE => self.push(Value::NONE),
            NEWTRUE => self.push(Value::TRUE),
            NEWFALSE => self.push(Value::FALSE),
            BININT => self.binint(vm, 4)?,
            BININT1 => self.binint(vm, 1)?,
            BININT2 => self.binint(vm, 2)?,
            INT => self.load_int(vm)?,
            LONG => self.load_long(vm)?,
            LONG1 => self.counted_long(vm, 1)?,
            LONG4 => self.counted_long(vm, 4)?,
            FLOAT => self.load_float(vm)?,
            BINFLOAT => {
                let b = self.bytes_at(vm, 8)?;
                let x = f64::from_be_bytes(b.try_into().unwrap_or([0; 8]));
                self.push(Value::float(x));
            }
            SHORT_BINBYTES => self.binbytes(vm, 1)?,
            BINBYTES => self.binbytes(vm, 4)?,
            BINBYTES8 => self.binbytes(vm, 8)?,
            BYTEARRAY8 => {
                let b = self.bytes_at(vm, 8)?.to_vec();
                let n = binsize(&b).ok_or_else(|| exceeds("BYTEARRAY8"))?;
                let data = self.inp.read_owned(vm, n)?;
                self.push(bytearray::new_bytearray(data));
            }
            NEXT_BUFFER => self.next_buffer(vm)?,
            READONLY_BUFFER => self.readonly_buffer(vm)?,
            SHORT_BINSTRING => self.binstring(vm, 1)?,
            BINSTRING => self.binstring(vm, 4)?,
            STRING => self.load_string(vm)?,
            UNICODE => {
                let (at, n) = self.inp.readline(vm)?;
                if n < 1 {
                    return Err(truncated());
                }
                let data = self.inp.buf[at..at + n - 1].to_vec();
                let s = codec::decode(vm, &data, Some("raw-unicode-escape"), None)?;
                self.push(s);
            }
            SHORT_BINUNICODE => self.binunicode(vm, 1)?,
            BINUNICODE => self.binunicode(vm, 4)?,
            BINUNICODE8 => self.binunicode(vm, 8)?,
            EMPTY_TUPLE => self.counted_tuple(0)?,
            TUPLE1 => self.counted_tuple(1)?,
            TUPLE2 => self.counted_tuple(2)?,
            TUPLE3 => self.counted_tuple(3)?,
            TUPLE => {
                let i = self.marker()?;
                let items = self.pop_items(i)?;
                self.push(tuple::new_tuple(items));
            }
            EMPTY_LIST => self.push(list::new_list(Vec::new())),
            LIST => {
                let i = self.marker()?;
                let items = self.pop_items(i)?;
                self.push(list::new_list(items));
            }
            EMPTY_DICT => self.push(Value::obj(dict::new_dict())),
            DICT => self.load_dict(vm)?,
            EMPTY_SET => self.push(Value::obj(set::new_set_obj(false))),
            ADDITEMS => self.additems(vm)?,
            FROZENSET => {
                let i = self.marker()?;
                let items = self.pop_items(i)?;
                let fs = Value::obj(types().frozenset.clone());
                let v = call::call_value(vm, &fs, vec![tuple::new_tuple(items)])?;
                self.push(v);
            }
            OBJ => {
                let i = self.marker()?;
                if self.stack.len() < i + 1 {
                    return Err(self.underflow());
                }
                let args = self.pop_items(i + 1)?;
                let cls = self.pop()?;
                let obj = instantiate(vm, &cls, args)?;
                self.push(obj);
            }
            INST => self.load_inst(vm)?,
            NEWOBJ => self.newobj(vm, false)?,
            NEWOBJ_EX => self.newobj(vm, true)?,
            GLOBAL => self.load_global(vm)?,
            STACK_GLOBAL => {
                let name = self.pop()?;
                let module = self.pop()?;
                let exact = |v: &Value| v.as_obj().is_some_and(|o| o.ty().is(&types().str));
                if !exact(&module) || !exact(&name) {
                    return Err(unpickling_error("STACK_GLOBAL requires str"));
                }
                let g = self.find_class(vm, module, name)?;
                self.push(g);
            }
            APPEND => {
                if self.stack.len() <= self.fence + 1 {
                    return Err(self.underflow());
                }
                self.do_append(vm, self.stack.len() - 1)?;
            }
            APPENDS => {
                let i = self.marker()?;
                self.do_append(vm, i)?;
            }
            BUILD => self.build(vm)?,
            DUP => {
                let v = self.top()?;
                self.push(v);
            }
            BINGET => {
                let idx = usize::from(self.bytes_at(vm, 1)?[0]);
                self.memo_get(idx as i64)?;
            }
            LONG_BINGET => {
                let b = self.bytes_at(vm, 4)?.to_vec();
                let idx = binsize(&b).unwrap_or(0);
                self.memo_get(idx as i64)?;
            }
            GET => {
                let line = self.full_line(vm, 2)?;
                let idx = parse_ssize(vm, &line)?;
                self.memo_get(idx)?;
            }
            MARK => {
                self.marks.push(self.stack.len());
                self.fence = self.stack.len();
            }
            BINPUT => {
                let idx = usize::from(self.bytes_at(vm, 1)?[0]);
                let v = self.top()?;
                self.memo.put(idx, v);
            }
            LONG_BINPUT => {
                let b = self.bytes_at(vm, 4)?.to_vec();
                let v = self.top()?;
                let idx = binsize(&b).unwrap_or(0);
                self.memo.put(idx, v);
            }
            PUT => {
                let line = self.full_line(vm, 2)?;
                let v = self.top()?;
                let idx = parse_ssize(vm, &line)?;
                if idx < 0 {
                    return Err(error::value_error("negative PUT argument"));
                }
                self.memo.put(idx as usize, v);
            }
            MEMOIZE => {
                let v = self.top()?;
                self.memo.put(self.memo.len(), v);
            }
            POP => {
                if self.marks.last() == Some(&self.stack.len()) {
                    self.marker()?;
                } else {
                    let v = self.pop()?;
                    drop(v);
                }
            }
            POP_MARK => {
                let i = self.marker()?;
                let old = self.pop_items(i)?;
                drop(old);
            }
            SETITEM => {
                let x = self.stack.len() as isize - 2;
                self.do_setitems(vm, x)?;
            }
            SETITEMS => {
                let i = self.marker()?;
                self.do_setitems(vm, i as isize)?;
            }
            PERSID => self.persid(vm)?,
            BINPERSID => {
                if self.pers.is_none() {
                    return Err(no_persistent_load());
                }
                let pid = self.pop()?;
                let v = self.call_pers(vm, pid)?;
                self.push(v);
            }
            REDUCE => {
                let args = self.pop()?;
                let callable = self.pop()?;
                if tuple::as_tuple(&args).is_none() {
                    return Err(error::type_error("argument list must be a tuple"));
                }
                let flow = call::call_ex(vm, &callable, args, Value::NULL)?;
                let v = call::run_flow(vm, flow)?;
                self.push(v);
            }
            PROTO => {
                let p = self.bytes_at(vm, 1)?[0];
                if i64::from(p) > HIGHEST_PROTOCOL {
                    return Err(error::value_error(format!(
                        "unsupported pickle protocol: {p}"
                    )));
                }
                self.proto = p;
                if let Some(me) = &self.me {
                    super::unpickler::set_proto(me, p);
                }
            }
            FRAME => {
                let b = self.bytes_at(vm, 8)?.to_vec();
                let Some(n) = binsize(&b) else {
                    return Err(error::overflow_error(format!(
                        "FRAME length exceeds system's maximum of {} bytes",
                        isize::MAX
                    )));
                };
                self.inp.read(vm, n)?;
                self.inp.unread(n);
            }
            EXT1 => self.extension(vm, 1)?,
            EXT2 => self.extension(vm, 2)?,
            EXT4 => self.extension(vm, 4)?,
            _ => {
                let msg = if (0x20..=0x7e).contains(&op) && op != b'\'' && op != b'\\' {
                    format!("invalid load key, '{}'.", op as char)
                } else {
                    format!("invalid load key, '\\x{op:02x}'.")
                };
                return Err(unpickling_error(msg));
            }
        }
        Ok(())
    }

    fn binint(&mut self, vm: &mut Vm, n: usize) -> PyResult<()> {
        let x = binint(self.bytes_at(vm, n)?);
        self.push(int::from_i64(x));
        Ok(())
    }

    fn load_int(&mut self, vm: &mut Vm) -> PyResult<()> {
        let line = self.line(vm, 2)?;
        let v = match strtol(&line) {
            Some(x) if line.len() == 2 && (x == 0 || x == 1) => Value::bool(x == 1),
            Some(x) => int::from_i64(x),
            None => {
                let text = pystr::new_string(String::from_utf8_lossy(&cstr(&line)).into_owned());
                let int_type = Value::obj(types().int.clone());
                call::call_value(vm, &int_type, vec![text, int::from_i64(0)])
                    .map_err(|_| error::value_error("could not convert string to int"))?
            }
        };
        self.push(v);
        Ok(())
    }

    fn load_long(&mut self, vm: &mut Vm) -> PyResult<()> {
        let (at, n) = self.inp.readline(vm)?;
        if n < 2 {
            return Err(truncated());
        }
        let mut line = self.inp.buf[at..at + n].to_vec();
        if line[n - 2] == b'L' {
            line.truncate(n - 2);
        }
        let v = pylong_from_string(vm, &line, 0)?;
        self.push(v);
        Ok(())
    }

    fn counted_long(&mut self, vm: &mut Vm, size: usize) -> PyResult<()> {
        let n = binint(self.bytes_at(vm, size)?);
        if n < 0 {
            return Err(unpickling_error("LONG pickle has negative byte count"));
        }
        let v = if n == 0 {
            int::from_i64(0)
        } else {
            let data = self.bytes_at(vm, n as usize)?;
            int::from_big(BigInt::from_signed_bytes_le(data))
        };
        self.push(v);
        Ok(())
    }

    fn load_float(&mut self, vm: &mut Vm) -> PyResult<()> {
        let full = cstr(&self.full_line(vm, 2)?);
        let line = full.strip_suffix(b"\n").unwrap_or(&full).to_vec();
        let (x, used) = match parse_float_prefix(&line) {
            Some(r) => r,
            None => {
                // `%.200s` of the C string, not its repr.
                let text: String = String::from_utf8_lossy(&full).chars().take(200).collect();
                return Err(error::value_error(format!(
                    "could not convert string to float: '{text}'"
                )));
            }
        };
        if used != line.len() {
            return Err(error::value_error("could not convert string to float"));
        }
        if x.is_infinite()
            && !line
                .iter()
                .any(|c| c.is_ascii_alphabetic() && *c != b'e' && *c != b'E')
        {
            let text: String = String::from_utf8_lossy(&full).chars().take(200).collect();
            return Err(error::overflow_error(format!(
                "value too large to convert to float: '{text}'"
            )));
        }
        self.push(Value::float(x));
        Ok(())
    }

    fn binbytes(&mut self, vm: &mut Vm, size: usize) -> PyResult<()> {
        let b = self.bytes_at(vm, size)?.to_vec();
        let n = binsize(&b).ok_or_else(|| exceeds("BINBYTES"))?;
        let data = self.inp.read_owned(vm, n)?;
        self.push(bytes::new_bytes(data));
        Ok(())
    }

    /// Decodes a Python 2 str with the unpickler's encoding (`bytes` keeps it bytes).
    fn py2_str(&self, vm: &mut Vm, data: &[u8]) -> PyResult<Value> {
        if self.encoding == "bytes" {
            return Ok(bytes::new_bytes(data.to_vec()));
        }
        if data.is_ascii()
            && matches!(
                self.encoding.as_str(),
                "ASCII" | "ascii" | "latin1" | "latin-1" | "utf-8" | "utf8"
            )
        {
            return Ok(pystr::new_gutf8_slice(data));
        }
        codec::decode(vm, data, Some(&self.encoding), Some(&self.errors))
    }

    fn binstring(&mut self, vm: &mut Vm, size: usize) -> PyResult<()> {
        let b = self.bytes_at(vm, size)?.to_vec();
        let Some(n) = binsize(&b) else {
            return Err(unpickling_error(format!(
                "BINSTRING exceeds system's maximum size of {} bytes",
                isize::MAX
            )));
        };
        let data = self.bytes_at(vm, n)?.to_vec();
        let v = self.py2_str(vm, &data)?;
        self.push(v);
        Ok(())
    }

    fn load_string(&mut self, vm: &mut Vm) -> PyResult<()> {
        let line = self.line(vm, 1)?;
        let n = line.len();
        if n < 2 || line[0] != line[n - 1] || (line[0] != b'\'' && line[0] != b'"') {
            return Err(unpickling_error(
                "the STRING opcode argument must be quoted",
            ));
        }
        let inner = bytes::new_bytes(line[1..n - 1].to_vec());
        let codecs = import::import_abs(vm, "_codecs")?;
        let f = attr::getattr(vm, &codecs, "escape_decode")?;
        let r = call::call_value(vm, &f, vec![inner])?;
        let data = tuple::as_tuple(&r)
            .and_then(|t| t.first())
            .and_then(bytes::as_bytes)
            .unwrap_or_default()
            .to_vec();
        let v = self.py2_str(vm, &data)?;
        self.push(v);
        Ok(())
    }

    fn binunicode(&mut self, vm: &mut Vm, size: usize) -> PyResult<()> {
        let b = self.bytes_at(vm, size)?.to_vec();
        let n = binsize(&b).ok_or_else(|| exceeds("BINUNICODE"))?;
        let data = self.bytes_at(vm, n)?;
        let v = match std::str::from_utf8(data) {
            Ok(s) => pystr::new_str(s),
            Err(_) => {
                let data = data.to_vec();
                codec::decode(vm, &data, Some("utf-8"), Some("surrogatepass"))?
            }
        };
        self.push(v);
        Ok(())
    }

    fn next_buffer(&mut self, vm: &mut Vm) -> PyResult<()> {
        let Some(it) = self.buffers.clone() else {
            return Err(unpickling_error(
                "pickle stream refers to out-of-band data but no *buffers* argument was given",
            ));
        };
        match protocols::next_value(vm, &it)? {
            Some(b) => {
                self.push(b);
                Ok(())
            }
            None => Err(unpickling_error("not enough out-of-band buffers")),
        }
    }

    fn readonly_buffer(&mut self, vm: &mut Vm) -> PyResult<()> {
        let obj = self.top()?;
        let view = weft_vm::objects::memoryview::memoryview_of(&obj)?;
        let readonly = view
            .as_obj()
            .and_then(|o| o.downcast::<weft_vm::objects::memoryview::MemoryView>())
            .is_some_and(|m| m.readonly);
        if !readonly {
            let f = attr::getattr(vm, &view, "toreadonly")?;
            let ro = call::call_value(vm, &f, vec![])?;
            let n = self.stack.len();
            self.stack[n - 1] = ro;
        }
        Ok(())
    }

    fn counted_tuple(&mut self, n: usize) -> PyResult<()> {
        if self.stack.len() < n {
            return Err(self.underflow());
        }
        let items = self.pop_items(self.stack.len() - n)?;
        self.push(tuple::new_tuple(items));
        Ok(())
    }

    fn load_dict(&mut self, vm: &mut Vm) -> PyResult<()> {
        let i = self.marker()?;
        let j = self.stack.len();
        if !(j - i).is_multiple_of(2) {
            return Err(unpickling_error("odd number of items for DICT"));
        }
        let d = dict::new_dict();
        if let Some(dd) = d.downcast::<dict::Dict>() {
            for k in (i..j).step_by(2) {
                dd.set(vm, self.stack[k].clone(), self.stack[k + 1].clone())?;
            }
        }
        let old = self.pop_items(i)?;
        drop(old);
        self.push(Value::obj(d));
        Ok(())
    }

    fn additems(&mut self, vm: &mut Vm) -> PyResult<()> {
        let mark = self.marker()?;
        let len = self.stack.len();
        if mark > len || mark <= self.fence {
            return Err(self.underflow());
        }
        if len == mark {
            return Ok(());
        }
        let target = self.stack[mark - 1].clone();
        let items = self.pop_items(mark)?;
        pickle_state::add_items(vm, &target, items)
    }

    fn do_append(&mut self, vm: &mut Vm, x: usize) -> PyResult<()> {
        let len = self.stack.len();
        if x > len || x <= self.fence {
            return Err(self.underflow());
        }
        if len == x {
            return Ok(());
        }
        let target = self.stack[x - 1].clone();
        let items = self.pop_items(x)?;
        pickle_state::extend_items(vm, &target, items)
    }

    fn do_setitems(&mut self, vm: &mut Vm, x: isize) -> PyResult<()> {
        let len = self.stack.len() as isize;
        if x > len || x <= self.fence as isize {
            return Err(self.underflow());
        }
        if len == x {
            return Ok(());
        }
        if (len - x) % 2 != 0 {
            return Err(unpickling_error("odd number of items for SETITEMS"));
        }
        let x = x as usize;
        let target = self.stack[x - 1].clone();
        let items = self.pop_items(x)?;
        let exact = target.as_obj().is_some_and(|o| o.ty().is(&types().dict));
        let mut it = items.into_iter();
        while let (Some(k), Some(v)) = (it.next(), it.next()) {
            match dict::as_dict(&target) {
                Some(d) if exact => d.set(vm, k, v)?,
                _ => protocols::setitem_call(vm, target.clone(), k, v)?,
            }
        }
        Ok(())
    }

    fn build(&mut self, vm: &mut Vm) -> PyResult<()> {
        if self.stack.len() < self.fence + 2 {
            return Err(self.underflow());
        }
        let state = self.pop()?;
        let inst = self.top()?;
        pickle_state::build(vm, &inst, state, |m| unpickling_error(m))
    }

    fn memo_get(&mut self, idx: i64) -> PyResult<()> {
        let v = usize::try_from(idx)
            .ok()
            .and_then(|i| self.memo.get(i))
            .cloned();
        match v {
            Some(v) => {
                self.push(v);
                Ok(())
            }
            None => Err(unpickling_error(format!(
                "Memo value not found at index {idx}"
            ))),
        }
    }

    fn persid(&mut self, vm: &mut Vm) -> PyResult<()> {
        if self.pers.is_none() {
            return Err(no_persistent_load());
        }
        let line = self.line(vm, 1)?;
        if !line.is_ascii() {
            return Err(unpickling_error(
                "persistent IDs in protocol 0 must be ASCII strings",
            ));
        }
        let pid = pystr::new_gutf8_slice(&line);
        let v = self.call_pers(vm, pid)?;
        self.push(v);
        Ok(())
    }

    fn call_pers(&mut self, vm: &mut Vm, pid: Value) -> PyResult<Value> {
        let Some((f, me)) = self.pers.clone() else {
            return Err(no_persistent_load());
        };
        let args = match me {
            Some(me) => vec![me, pid],
            None => vec![pid],
        };
        call::call_value(vm, &f, args)
    }

    /// A line decoded for GLOBAL (UTF-8) or INST (ASCII).
    fn name_line(&mut self, vm: &mut Vm, encoding: &str) -> PyResult<Value> {
        let line = self.line(vm, 2)?;
        if line.is_ascii() {
            return Ok(pystr::new_gutf8_slice(&line));
        }
        codec::decode(vm, &line, Some(encoding), Some("strict"))
    }

    fn load_global(&mut self, vm: &mut Vm) -> PyResult<()> {
        let module = self.name_line(vm, "utf-8")?;
        let name = self.name_line(vm, "utf-8")?;
        let g = self.find_class(vm, module, name)?;
        self.push(g);
        Ok(())
    }

    fn load_inst(&mut self, vm: &mut Vm) -> PyResult<()> {
        let i = self.marker()?;
        let module = self.name_line(vm, "ascii")?;
        let name = self.name_line(vm, "ascii")?;
        let cls = self.find_class(vm, module, name)?;
        let args = self.pop_items(i)?;
        let obj = instantiate(vm, &cls, args)?;
        self.push(obj);
        Ok(())
    }

    fn newobj(&mut self, vm: &mut Vm, ex: bool) -> PyResult<()> {
        let kwargs = if ex { Some(self.pop()?) } else { None };
        let args = self.pop()?;
        let cls = self.pop()?;
        let opname = if ex { "NEWOBJ_EX" } else { "NEWOBJ" };
        if as_type(&cls).is_none() {
            return Err(unpickling_error(format!(
                "{opname} class argument must be a type, not {}",
                type_name_of(&cls)
            )));
        }
        if tuple::as_tuple(&args).is_none() {
            return Err(unpickling_error(format!(
                "{opname} args argument must be a tuple, not {}",
                type_name_of(&args)
            )));
        }
        if let Some(kw) = &kwargs {
            if dict::as_dict(kw).is_none() {
                return Err(unpickling_error(format!(
                    "{opname} kwargs argument must be a dict, not {}",
                    type_name_of(kw)
                )));
            }
        }
        let new = attr::getattr(vm, &cls, "__new__")?;
        let mut all = vec![cls.clone()];
        all.extend(tuple::as_tuple(&args).unwrap_or_default().iter().cloned());
        let flow = call::call_ex(
            vm,
            &new,
            tuple::new_tuple(all),
            kwargs.unwrap_or(Value::NULL),
        )?;
        let obj = call::run_flow(vm, flow)?;
        self.push(obj);
        Ok(())
    }

    fn extension(&mut self, vm: &mut Vm, n: usize) -> PyResult<()> {
        let code = binint(self.bytes_at(vm, n)?);
        if code <= 0 {
            return Err(unpickling_error("EXT specifies code <= 0"));
        }
        let key = int::from_i64(code);
        if let Some(obj) = dict_lookup(vm, &self.st.extension_cache, &key)? {
            self.push(obj);
            return Ok(());
        }
        let Some(pair) = dict_lookup(vm, &self.st.inverted_registry, &key)? else {
            return Err(error::value_error(format!(
                "unregistered extension code {code}"
            )));
        };
        let (module, name) = match tuple::as_tuple(&pair) {
            Some([m, g]) if pystr::as_str_obj(m).is_some() && pystr::as_str_obj(g).is_some() => {
                (m.clone(), g.clone())
            }
            _ => {
                return Err(error::value_error(format!(
                    "_inverted_registry[{code}] isn't a 2-tuple of strings"
                )))
            }
        };
        let obj = self.find_class(vm, module, name)?;
        if let Some(d) = dict::as_dict(&self.st.extension_cache) {
            d.set(vm, key, obj.clone())?;
        }
        self.push(obj);
        Ok(())
    }

    /// `self.find_class(module, name)`: the native one unless a subclass overrides it.
    fn find_class(&mut self, vm: &mut Vm, module: Value, name: Value) -> PyResult<Value> {
        if let Some(me) = self.me.clone() {
            if !a_type(&me).is(&ptypes().unpickler) {
                let f = attr::getattr(vm, &me, "find_class")?;
                return call::call_value(vm, &f, vec![module, name]);
            }
        }
        find_class(vm, self.st, self.proto, self.fix_imports, module, name)
    }
}

fn no_persistent_load() -> error::PyErr {
    unpickling_error(
        "A load persistent id instruction was encountered,\nbut no persistent_load function was specified.",
    )
}
