//! `array.array`: a typed sequence stored as packed native-endian items, with the sequence
//! protocol (indexing, slicing and slice assignment, `+`, `*`, comparisons, `in`, `repr`).
use super::typecode::Code;
use super::{array_type, iter};
use crate::support::payload;
use std::cell::{Cell, RefCell};
use weft_vm::compiler::bytecode::CmpOp;
use weft_vm::heap::{ObjRef, Value};
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::{ops, protocols, slicing, Vm};
use weft_vm::objects::builtin::Args;
use weft_vm::objects::method_support::{alloc_instance, cmp_op, not_implemented};
use weft_vm::objects::native::{Buffer, NativeObj};
use weft_vm::objects::slice::Slice;
use weft_vm::objects::{int, list, str as pystr};

pub(crate) struct Array {
    pub(crate) code: Code,
    pub(crate) data: RefCell<Vec<u8>>,
    /// Live memoryviews of the array: while there are any, its size is fixed.
    exports: Cell<usize>,
}

impl Buffer for Array {
    fn bytes(&self) -> &RefCell<Vec<u8>> {
        &self.data
    }
    fn format(&self) -> u8 {
        match self.code {
            // `wchar_t`, which memoryview does not support.
            Code::Unicode => b'w',
            c => c.char() as u8,
        }
    }
    fn exports(&self) -> &Cell<usize> {
        &self.exports
    }
}

impl Array {
    pub(crate) fn new(code: Code, data: Vec<u8>) -> Array {
        Array {
            code,
            data: RefCell::new(data),
            exports: Cell::new(0),
        }
    }

    /// Refuses to change the size (to `new_len` bytes) while a view is alive.
    fn check_resize(&self, new_len: usize) -> PyResult<()> {
        if self.exports.get() > 0 && new_len != self.data.borrow().len() {
            return Err(error::buffer_error(
                "cannot resize an array that is exporting buffers",
            ));
        }
        Ok(())
    }

    /// Appends item bytes.
    pub(crate) fn grow(&self, more: &[u8]) -> PyResult<()> {
        self.check_resize(self.data.borrow().len() + more.len())?;
        self.data.borrow_mut().extend_from_slice(more);
        Ok(())
    }

    /// Replaces the bytes in `range` by `with`.
    pub(crate) fn splice(&self, range: std::ops::Range<usize>, with: Vec<u8>) -> PyResult<()> {
        let len = self.data.borrow().len();
        if range.end > len || range.start > range.end {
            return Ok(());
        }
        self.check_resize(len - range.len() + with.len())?;
        self.data.borrow_mut().splice(range, with);
        Ok(())
    }

    /// Replaces all the bytes.
    fn set_all(&self, data: Vec<u8>) -> PyResult<()> {
        self.check_resize(data.len())?;
        *self.data.borrow_mut() = data;
        Ok(())
    }

    pub(crate) fn len(&self) -> usize {
        self.data.borrow().len() / self.code.size()
    }

    pub(crate) fn item(&self, i: usize) -> PyResult<Option<Value>> {
        let n = self.code.size();
        let data = self.data.borrow();
        data.get(i * n..(i + 1) * n)
            .map(|b| self.code.decode(b))
            .transpose()
    }

    pub(crate) fn items(&self) -> PyResult<Vec<Value>> {
        let n = self.code.size();
        self.data
            .borrow()
            .chunks_exact(n)
            .map(|b| self.code.decode(b))
            .collect()
    }

    /// The bytes of the items of `vals`, converted before anything changes (so a bad item leaves
    /// the array as it was).
    pub(crate) fn encode_all(&self, vm: &mut Vm, vals: &[Value]) -> PyResult<Vec<u8>> {
        let mut out = Vec::with_capacity(vals.len() * self.code.size());
        for v in vals {
            self.code.encode(vm, v, &mut out)?;
        }
        Ok(out)
    }

    /// The `u` array's text.
    pub(crate) fn text(&self) -> PyResult<Value> {
        let cps: Vec<u32> = self
            .data
            .borrow()
            .chunks_exact(4)
            .map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
            .collect();
        if let Some(bad) = cps.iter().find(|&&c| c > 0x10_ffff) {
            return Err(error::value_error(format!(
                "character U+{bad:x} is not in range [U+0000; U+10ffff]"
            )));
        }
        Ok(pystr::new_code_points(&cps))
    }
}

/// A new array of class `cls` holding `data`.
pub(crate) fn new_array(cls: &ObjRef, code: Code, data: Vec<u8>) -> Value {
    Value::obj(alloc_instance(cls, NativeObj::new(Array::new(code, data))))
}

/// The buffer an array exports: its items' storage.
pub(crate) fn buffer_of(n: &NativeObj) -> Option<&dyn Buffer> {
    n.get::<Array>().map(|a| a as &dyn Buffer)
}

pub(crate) fn as_array(v: &Value) -> Option<&Array> {
    payload::<Array>(v)
}

pub(crate) fn this<'a>(args: &Args<'a>, name: &str) -> PyResult<(&'a Value, &'a Array)> {
    crate::support::this::<Array>(args, name, array_type())
}

/// The one argument of a slot method.
fn one<'a>(args: &Args<'a>, name: &str) -> PyResult<(&'a Value, &'a Array, &'a Value)> {
    let (me, a) = this(args, name)?;
    let rest = args.rest().exact(name, 1)?;
    Ok((me, a, &rest[0]))
}

/// `array(typecode[, initializer])`.
pub(crate) fn new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = weft_vm::objects::method_support::new_cls(args, array_type())?;
    let rest = args.rest();
    // Keywords are refused unless a subclass brings its own `__init__` to take them.
    let own_init = || {
        let init =
            |t: &ObjRef| weft_vm::objects::typeobj::lookup_str(t, "__init__").map(|v| v.bits());
        init(cls) != init(array_type())
    };
    if rest.has_kwargs() && !own_init() {
        return Err(error::type_error(
            "array.array() takes no keyword arguments",
        ));
    }
    let pos = rest.positional();
    if pos.is_empty() {
        return Err(error::type_error(
            "array() takes at least 1 argument (0 given)",
        ));
    }
    if pos.len() > 2 {
        return Err(error::type_error(format!(
            "array() takes at most 2 arguments ({} given)",
            pos.len()
        )));
    }
    let c = unicode_char(&pos[0], "array() argument 1")?;
    let init = pos.get(1);
    if let Some(init) = init.filter(|_| c != 'u') {
        if pystr::as_str(init).is_some() {
            return Err(error::type_error(format!(
                "cannot use a str to initialize an array with typecode '{c}'"
            )));
        }
        if as_array(init).is_some_and(|a| a.code == Code::Unicode) {
            return Err(error::type_error(format!(
                "cannot use a unicode array to initialize an array with typecode '{c}'"
            )));
        }
    }
    let code = Code::from_char(c);
    let direct = init.is_none_or(|v| {
        list::as_list(v).is_some()
            || weft_vm::objects::tuple::as_tuple(v).is_some()
            || weft_vm::objects::bytes::as_bytes(v).is_some()
            || is_bytearray(v)
            || (c == 'u' && pystr::as_str(v).is_some())
            || as_array(v).is_some_and(|a| Some(a.code) == code)
    });
    let iterator = match init {
        Some(v) if !direct => {
            let f = protocols::get_iter(vm, v.clone())?;
            Some(weft_vm::interp::call::run_flow(vm, f)?)
        }
        _ => None,
    };
    let Some(code) = code else {
        return Err(error::value_error(
            "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)",
        ));
    };
    let a = Array::new(code, Vec::new());
    match init {
        Some(v) if direct => {
            if let Some(other) = as_array(v) {
                *a.data.borrow_mut() = other.data.borrow().clone();
            } else if let Some(s) = pystr::as_str_obj(v) {
                let cps: Vec<u32> = s.code_points().collect();
                a.data
                    .borrow_mut()
                    .extend(cps.iter().flat_map(|c| c.to_le_bytes()));
            } else if let Some(items) = sequence_items(v) {
                let data = a.encode_all(vm, &items)?;
                *a.data.borrow_mut() = data;
            } else {
                super::methods::frombytes_into(vm, &a, v)?;
            }
        }
        _ => {}
    }
    if let Some(it) = iterator {
        while let Some(item) = protocols::next_value(vm, &it)? {
            let mut out = std::mem::take(&mut *a.data.borrow_mut());
            let r = a.code.encode(vm, &item, &mut out);
            *a.data.borrow_mut() = out;
            r?;
        }
    }
    Ok(Value::obj(alloc_instance(cls, NativeObj::new(a))))
}

fn is_bytearray(v: &Value) -> bool {
    v.as_obj().is_some_and(|o| {
        o.downcast::<weft_vm::objects::bytearray::ByteArray>()
            .is_some()
    })
}

/// The items of a list or tuple.
fn sequence_items(v: &Value) -> Option<Vec<Value>> {
    if let Some(l) = list::as_list(v) {
        return Some(l.items.borrow().clone());
    }
    weft_vm::objects::tuple::as_tuple(v).map(|t| t.to_vec())
}

/// A `C` argument (a str of one character).
pub(crate) fn unicode_char(v: &Value, what: &str) -> PyResult<char> {
    if let Some(s) = pystr::as_str(v) {
        let mut cs = s.chars();
        if let (Some(c), None) = (cs.next(), cs.next()) {
            return Ok(c);
        }
    }
    let got = if pystr::as_str(v).is_some() {
        "str".to_string()
    } else {
        ops::type_name_of(v)
    };
    Err(error::type_error(format!(
        "{what} must be a unicode character, not {got}"
    )))
}

/// The position `key` names, for `__getitem__` (IndexError with `msg` when out of range).
fn position(vm: &mut Vm, a: &Array, key: &Value, msg: &str) -> PyResult<usize> {
    let i = protocols::index_isize(vm, key)?;
    slicing::seq_index(i, a.len()).ok_or_else(|| error::index_error(msg.to_string()))
}

fn is_index(v: &Value) -> bool {
    int::is_int(v) || weft_vm::objects::typeobj::lookup_str(&ops::a_type(v), "__index__").is_some()
}

fn as_slice(v: &Value) -> Option<&Slice> {
    v.as_obj().and_then(|o| o.downcast::<Slice>())
}

fn getitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, a, key) = one(args, "__getitem__")?;
    if is_index(key) {
        let i = position(vm, a, key, "array index out of range")?;
        return a
            .item(i)?
            .ok_or_else(|| error::index_error("array index out of range"));
    }
    let Some(s) = as_slice(key) else {
        return Err(error::type_error("array indices must be integers"));
    };
    let (start, _, step, n) = slicing::indices(vm, s, a.len())?;
    let size = a.code.size();
    let data = a.data.borrow();
    let mut out = Vec::with_capacity(n * size);
    for k in 0..n {
        let i = (start + k as isize * step) as usize;
        out.extend_from_slice(&data[i * size..(i + 1) * size]);
    }
    drop(data);
    Ok(new_array(array_type(), a.code, out))
}

fn setitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, a) = this(args, "__setitem__")?;
    let r = args.rest().exact("__setitem__", 2)?;
    assign(vm, a, &r[0], Some(&r[1]))
}

fn delitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, a, key) = one(args, "__delitem__")?;
    assign(vm, a, key, None)
}

/// `a[key] = value`, or `del a[key]` when `value` is None.
fn assign(vm: &mut Vm, a: &Array, key: &Value, value: Option<&Value>) -> PyResult<Value> {
    let size = a.code.size();
    if is_index(key) {
        let i = position(vm, a, key, "array assignment index out of range")?;
        match value {
            Some(v) => {
                let mut b = Vec::with_capacity(size);
                a.code.encode(vm, v, &mut b)?;
                if let Some(slot) = a.data.borrow_mut().get_mut(i * size..(i + 1) * size) {
                    slot.copy_from_slice(&b);
                }
            }
            None => a.splice(i * size..(i + 1) * size, Vec::new())?,
        }
        return Ok(Value::NONE);
    }
    let Some(s) = as_slice(key) else {
        return Err(error::type_error("array indices must be integers"));
    };
    let new: Option<Vec<u8>> = match value {
        None => None,
        Some(v) => {
            let Some(other) = as_array(v) else {
                return Err(error::type_error(format!(
                    "can only assign array (not \"{}\") to array slice",
                    ops::type_name_of(v)
                )));
            };
            if other.code != a.code {
                return Err(error::type_error(
                    "bad argument type for built-in operation",
                ));
            }
            Some(other.data.borrow().clone())
        }
    };
    let (start, stop, step, n) = slicing::indices(vm, s, a.len())?;
    if step == 1 {
        let lo = start as usize * size;
        let hi = (stop.max(start) as usize) * size;
        a.splice(lo..hi, new.unwrap_or_default())?;
        return Ok(Value::NONE);
    }
    if new.is_none() && n > 0 {
        a.check_resize(a.data.borrow().len() - n * size)?;
    }
    let mut data = a.data.borrow_mut();
    let positions: Vec<usize> = (0..n)
        .map(|k| (start + k as isize * step) as usize)
        .collect();
    match new {
        None => {
            let mut drop_it = vec![false; data.len() / size];
            for p in positions {
                drop_it[p] = true;
            }
            let kept: Vec<u8> = data
                .chunks_exact(size)
                .zip(drop_it)
                .filter(|(_, d)| !d)
                .flat_map(|(c, _)| c.iter().copied())
                .collect();
            *data = kept;
        }
        Some(bytes) => {
            let m = bytes.len() / size;
            if m != n {
                return Err(error::value_error(format!(
                    "attempt to assign array of size {m} to extended slice of size {n}"
                )));
            }
            for (k, p) in positions.into_iter().enumerate() {
                data[p * size..(p + 1) * size].copy_from_slice(&bytes[k * size..(k + 1) * size]);
            }
        }
    }
    Ok(Value::NONE)
}

fn len(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, a) = this(args, "__len__")?;
    args.rest().exact("__len__", 0)?;
    Ok(int::from_i64(a.len() as i64))
}

/// `item == v` for a freshly made item (never identical to `v`, as in CPython).
pub(crate) fn item_eq(vm: &mut Vm, item: &Value, v: &Value) -> PyResult<bool> {
    crate::support::rich_bool(vm, CmpOp::Eq, item, v)
}

fn contains(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, a, v) = one(args, "__contains__")?;
    let mut i = 0;
    while let Some(item) = a.item(i)? {
        if item_eq(vm, &item, v)? {
            return Ok(Value::bool(true));
        }
        i += 1;
    }
    Ok(Value::bool(false))
}

fn add(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, a, other) = one(args, "__add__")?;
    let Some(b) = as_array(other) else {
        return Err(error::type_error(format!(
            "can only append array (not \"{}\") to array",
            ops::type_name_of(other)
        )));
    };
    if b.code != a.code {
        return Err(error::type_error(
            "bad argument type for built-in operation",
        ));
    }
    let mut data = a.data.borrow().clone();
    data.extend_from_slice(&b.data.borrow());
    Ok(new_array(array_type(), a.code, data))
}

fn iadd(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, a, other) = one(args, "__iadd__")?;
    let Some(b) = as_array(other) else {
        return Err(error::type_error(format!(
            "can only extend array with array (not \"{}\")",
            ops::type_name_of(other)
        )));
    };
    if b.code != a.code {
        return Err(error::type_error("can only extend with array of same kind"));
    }
    let more = b.data.borrow().clone();
    a.grow(&more)?;
    Ok(me.clone())
}

/// The repeat count of `*`, or the error CPython gives for a non-integer.
fn count_arg(vm: &mut Vm, n: &Value) -> PyResult<usize> {
    match list::repeat_count(vm, n)? {
        Some(k) => Ok(k.max(0) as usize),
        None => Err(error::type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            ops::type_name_of(n)
        ))),
    }
}

fn repeated(data: &[u8], n: usize) -> PyResult<Vec<u8>> {
    let total = data
        .len()
        .checked_mul(n)
        .filter(|t| *t <= isize::MAX as usize)
        .ok_or_else(|| error::memory_error(""))?;
    let mut out = Vec::new();
    out.try_reserve_exact(total)
        .map_err(|_| error::memory_error(""))?;
    for _ in 0..n {
        out.extend_from_slice(data);
    }
    Ok(out)
}

fn mul(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, a, n) = one(args, "__mul__")?;
    let n = count_arg(vm, n)?;
    let data = repeated(&a.data.borrow(), n)?;
    Ok(new_array(array_type(), a.code, data))
}

fn imul(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, a, n) = one(args, "__imul__")?;
    let n = count_arg(vm, n)?;
    let data = repeated(&a.data.borrow(), n)?;
    a.set_all(data)?;
    Ok(me.clone())
}

/// Rich comparison as CPython's: lengths first for `==`/`!=`, else the first differing items.
fn compare<const OP: u8>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let op = cmp_op(OP);
    let name = match op {
        CmpOp::Lt => "__lt__",
        CmpOp::Le => "__le__",
        CmpOp::Eq => "__eq__",
        CmpOp::Ne => "__ne__",
        CmpOp::Gt => "__gt__",
        _ => "__ge__",
    };
    let (_, a, other) = one(args, name)?;
    let Some(b) = as_array(other) else {
        return Ok(not_implemented());
    };
    let (la, lb) = (a.len(), b.len());
    if la != lb && matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return Ok(Value::bool(op == CmpOp::Ne));
    }
    let mut i = 0;
    loop {
        let (Some(x), Some(y)) = (a.item(i)?, b.item(i)?) else {
            break;
        };
        if !item_eq(vm, &x, &y)? {
            return match op {
                CmpOp::Eq => Ok(Value::bool(false)),
                CmpOp::Ne => Ok(Value::bool(true)),
                _ => crate::support::rich(vm, op, &x, &y),
            };
        }
        i += 1;
    }
    let (la, lb) = (a.len(), b.len());
    Ok(Value::bool(match op {
        CmpOp::Lt => la < lb,
        CmpOp::Le => la <= lb,
        CmpOp::Eq => la == lb,
        CmpOp::Ne => la != lb,
        CmpOp::Gt => la > lb,
        _ => la >= lb,
    }))
}

fn repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, a) = this(args, "__repr__")?;
    let tname = weft_vm::objects::typeobj::type_name(&ops::a_type(me));
    let tname = tname.rsplit('.').next().unwrap_or_default().to_string();
    let c = a.code.char();
    if a.len() == 0 {
        return Ok(pystr::new_string(format!("{tname}('{c}')")));
    }
    let body = if a.code == Code::Unicode {
        a.text()?
    } else {
        list::new_list(a.items()?)
    };
    let body = protocols::repr_string(vm, &body)?;
    Ok(pystr::new_string(format!("{tname}('{c}', {body})")))
}

fn iter_(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, _) = this(args, "__iter__")?;
    args.rest().exact("__iter__", 0)?;
    Ok(iter::new_iter(me.clone(), 0))
}

pub(crate) fn register(t: &ObjRef) {
    use weft_vm::objects::register::{methods, statics};
    statics(t, &[("__new__", new)]);
    methods(
        t,
        &[
            ("__getitem__", getitem),
            ("__setitem__", setitem),
            ("__delitem__", delitem),
            ("__len__", len),
            ("__contains__", contains),
            ("__add__", add),
            ("__iadd__", iadd),
            ("__mul__", mul),
            ("__rmul__", mul),
            ("__imul__", imul),
            ("__lt__", compare::<0>),
            ("__le__", compare::<1>),
            ("__eq__", compare::<2>),
            ("__ne__", compare::<3>),
            ("__gt__", compare::<4>),
            ("__ge__", compare::<5>),
            ("__repr__", repr),
            ("__iter__", iter_),
        ],
    );
    weft_vm::objects::typeobj::tdata(t)
        .dict
        .set_rs("__hash__", Value::NONE);
}
