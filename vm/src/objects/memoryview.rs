//! `memoryview` over bytes and bytearray: one-dimensional views with one-byte items (formats `B`, `b`, `c`),
//! sliced with any step. A view of a bytearray counts as an export of it until released, which keeps the
//! bytearray from being resized under the view.
use crate::heap::{Kind, ObjRef, Payload, Value};
use crate::interp::error::{self, PyResult};
use crate::interp::ops::type_name_of;
use crate::interp::{protocols, Vm};
use crate::objects::builtin::Args;
use crate::objects::bytearray::ByteArray;
use crate::objects::iterators::{new_iter, IterState};
use crate::objects::memoryview_format as fmt;
use crate::objects::method_support::{cmp_op, new_cls, not_implemented, this};
use crate::objects::native;
use crate::objects::register::{getsets, methods, statics};
use crate::objects::{bytes, int, list, str as pystr, tuple, types};
use std::cell::{Cell, RefCell};

pub struct MemoryView {
    /// The exporting object: a bytes or a bytearray (views of views share their base).
    pub obj: Value,
    pub start: usize,
    pub len: usize,
    pub step: isize,
    pub readonly: bool,
    pub released: Cell<bool>,
    /// The item format, a native struct format character (see `memoryview_format`).
    pub format: u8,
}

impl Payload for MemoryView {
    const KIND: Kind = Kind::MemoryView;
}

impl Drop for MemoryView {
    fn drop(&mut self) {
        if !self.released.get() {
            unexport(&self.obj);
        }
    }
}

fn bytearray_of(v: &Value) -> Option<&ByteArray> {
    v.as_obj().and_then(|o| o.downcast::<ByteArray>())
}

/// The export counter of a resizable base (a bytearray or a native buffer).
fn exports_of(base: &Value) -> Option<&Cell<usize>> {
    match bytearray_of(base) {
        Some(ba) => Some(&ba.exports),
        None => native::buffer_of(base).map(|b| b.exports()),
    }
}

/// The storage of a writable base.
fn storage_of(base: &Value) -> Option<&RefCell<Vec<u8>>> {
    match bytearray_of(base) {
        Some(ba) => Some(&ba.data),
        None => native::buffer_of(base).map(|b| b.bytes()),
    }
}

fn export(base: &Value) {
    if let Some(e) = exports_of(base) {
        e.set(e.get() + 1);
    }
}

fn unexport(base: &Value) {
    if let Some(e) = exports_of(base) {
        e.set(e.get().saturating_sub(1));
    }
}

/// A consumer's hold on an object's buffer (the `Py_buffer` that CPython's `_sre` scanner keeps):
/// while it lives, a bytearray or native buffer refuses to be resized, as under a memoryview.
pub struct Export(Value);

impl Export {
    /// Holds `base`'s buffer; a no-op for an object that cannot be resized.
    pub fn hold(base: &Value) -> Export {
        export(base);
        Export(base.clone())
    }
}

impl Drop for Export {
    fn drop(&mut self) {
        unexport(&self.0);
    }
}

/// A view of `len` items of `base` from byte `start` by `step`.
fn new_view(
    base: &Value,
    start: usize,
    len: usize,
    step: isize,
    readonly: bool,
    format: u8,
) -> Value {
    export(base);
    Value::obj(crate::heap::alloc(
        &types().memoryview,
        MemoryView {
            obj: base.clone(),
            start,
            len,
            step,
            readonly,
            released: Cell::new(false),
            format,
        },
        None,
    ))
}

/// `memoryview(obj)` for a bytes-like `obj` (bytes, bytearray, or another view).
pub fn memoryview_of(v: &Value) -> PyResult<Value> {
    if let Some(b) = bytes::as_bytes(v) {
        return Ok(new_view(v, 0, b.len(), 1, true, b'B'));
    }
    if let Some(ba) = bytearray_of(v) {
        let n = ba.data.borrow().len();
        return Ok(new_view(v, 0, n, 1, false, b'B'));
    }
    if let Some(m) = v.as_obj().and_then(|o| o.downcast::<MemoryView>()) {
        check_live(m)?;
        return Ok(new_view(
            &m.obj, m.start, m.len, m.step, m.readonly, m.format,
        ));
    }
    if let Some(b) = native::buffer_of(v) {
        if let Some(size) = fmt::itemsize(b.format()) {
            let n = b.bytes().borrow().len() / size;
            return Ok(new_view(v, 0, n, size as isize, false, b.format()));
        }
    }
    if let Some(view) = exported_view(v) {
        return memoryview_of(&view?);
    }
    Err(error::type_error(format!(
        "memoryview: a bytes-like object is required, not '{}'",
        type_name_of(v)
    )))
}

/// How an instance of a native type from another crate exports a buffer (the stdlib's
/// `pickle.PickleBuffer`): the memoryview it re-exports, or its error (a released buffer).
pub type Exporter = fn(&Value) -> PyResult<Value>;

/// The exporting types by address (types are immortal), consulted only after bytes, bytearray
/// and memoryview, so the common paths never look here.
static EXPORTERS: std::sync::RwLock<Vec<(usize, Exporter)>> = std::sync::RwLock::new(Vec::new());

/// Makes instances of `ty` usable wherever a bytes-like object is (`memoryview(x)`, `bytes_like`).
pub fn register_exporter(ty: &ObjRef, f: Exporter) {
    if let Ok(mut e) = EXPORTERS.write() {
        e.push((ty.addr(), f));
    }
}

/// Whether `v`'s type registered an [`Exporter`] (it is then a bytes-like object).
pub fn has_exporter(v: &Value) -> bool {
    let Some(o) = v.as_obj() else {
        return false;
    };
    let addr = o.ty().addr();
    EXPORTERS
        .read()
        .is_ok_and(|e| e.iter().any(|(a, _)| *a == addr))
}

/// The view `v` exports, if its type registered an [`Exporter`].
pub fn exported_view(v: &Value) -> Option<PyResult<Value>> {
    let addr = v.as_obj()?.ty().addr();
    let f = EXPORTERS
        .read()
        .ok()?
        .iter()
        .find(|(a, _)| *a == addr)
        .map(|(_, f)| *f)?;
    Some(f(v))
}

fn check_live(m: &MemoryView) -> PyResult<()> {
    if m.released.get() {
        return Err(error::value_error(
            "operation forbidden on released memoryview object",
        ));
    }
    Ok(())
}

fn this_view<'a>(args: &Args<'a>, name: &str) -> PyResult<(&'a Value, &'a MemoryView)> {
    let (v, m) = this::<MemoryView>(args, name, &types().memoryview)?;
    check_live(m)?;
    Ok((v, m))
}

/// Byte offset in the base of item `i`.
fn offset(m: &MemoryView, i: usize) -> usize {
    (m.start as isize + i as isize * m.step) as usize
}

/// Reads the view's bytes, item after item (an item past the end of a shrunk base reads as nothing).
pub fn read(m: &MemoryView) -> Vec<u8> {
    let size = fmt::itemsize(m.format).unwrap_or(1);
    let pick = |data: &[u8]| -> Vec<u8> {
        let mut out = Vec::with_capacity(m.len * size);
        for i in 0..m.len {
            if let Some(item) = data.get(offset(m, i)..offset(m, i) + size) {
                out.extend_from_slice(item);
            }
        }
        out
    };
    match bytes::as_bytes(&m.obj) {
        Some(b) => pick(b),
        None => storage_of(&m.obj)
            .map(|data| pick(&data.borrow()))
            .unwrap_or_default(),
    }
}

/// The view's items as Python values.
fn items(m: &MemoryView) -> Vec<Value> {
    let size = fmt::itemsize(m.format).unwrap_or(1);
    read(m)
        .chunks(size)
        .map(|b| fmt::value(m.format, b))
        .collect()
}

fn format_name(format: u8) -> String {
    (format as char).to_string()
}

fn new(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    new_cls(args, &types().memoryview)?;
    let [obj] = args.rest().bind("memoryview", ["object"], 0, 0)?;
    match obj {
        Some(o) => memoryview_of(&o),
        None => Err(error::type_error(
            "memoryview() missing required argument 'object' (pos 1)",
        )),
    }
}

fn tobytes(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, m) = this_view(args, "tobytes")?;
    let [order] = args.rest().bind("tobytes", ["order"], 0, 0)?;
    if let Some(o) = order.filter(|o| !o.is_none()) {
        if !matches!(pystr::as_str(&o), Some("C" | "F" | "A")) {
            return Err(error::value_error("order must be 'C', 'F' or 'A'"));
        }
    }
    Ok(bytes::new_bytes(read(m)))
}

fn tolist(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, m) = this_view(args, "tolist")?;
    args.rest().exact("memoryview.tolist", 0)?;
    Ok(list::new_list(items(m)))
}

fn hex(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, m) = this_view(args, "hex")?;
    let (sep, per) = crate::objects::bytes::hex_args(vm, &args.rest())?;
    Ok(pystr::new_string(crate::objects::bytes::hex_string(
        &read(m),
        sep,
        per,
    )))
}

fn release(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, m) = this::<MemoryView>(args, "release", &types().memoryview)?;
    args.rest().exact("memoryview.release", 0)?;
    if !m.released.replace(true) {
        unexport(&m.obj);
    }
    Ok(Value::NONE)
}

fn enter(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, _) = this_view(args, "__enter__")?;
    args.rest().exact("memoryview.__enter__", 0)?;
    Ok(me.clone())
}

fn exit(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    this::<MemoryView>(args, "__exit__", &types().memoryview)?;
    let me = args.this()?.clone();
    release(vm, &Args::pos(&[me]))
}

fn len(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, m) = this_view(args, "__len__")?;
    args.rest().exact("__len__", 0)?;
    Ok(int::from_i64(m.len as i64))
}

/// The item index of an int key, checked against the view's length.
fn item_index(vm: &mut Vm, m: &MemoryView, key: &Value) -> PyResult<usize> {
    let i = protocols::index_isize(vm, key)?;
    crate::interp::slicing::seq_index(i, m.len)
        .ok_or_else(|| error::index_error("index out of bounds on dimension 1"))
}

fn is_index(v: &Value) -> bool {
    int::is_int(v)
        || crate::objects::typeobj::lookup_str(&crate::interp::ops::a_type(v), "__index__")
            .is_some()
}

fn as_slice(v: &Value) -> Option<&crate::objects::slice::Slice> {
    v.as_obj()
        .and_then(|o| o.downcast::<crate::objects::slice::Slice>())
}

fn getitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, m) = this_view(args, "__getitem__")?;
    let a = args.rest().exact("memoryview.__getitem__", 1)?;
    let key = &a[0];
    if let Some(s) = as_slice(key) {
        let (start, _, step, n) = crate::interp::slicing::indices(vm, s, m.len)?;
        let first = if n == 0 {
            m.start
        } else {
            offset(m, start as usize)
        };
        return Ok(new_view(
            &m.obj,
            first,
            n,
            m.step * step,
            m.readonly,
            m.format,
        ));
    }
    if key.as_obj().is_some_and(|o| o.is(&types().ellipsis)) {
        return Ok(me.clone());
    }
    if !is_index(key) {
        return Err(error::type_error("memoryview: invalid slice key"));
    }
    let i = item_index(vm, m, key)?;
    let size = fmt::itemsize(m.format).unwrap_or(1);
    let at = offset(m, i);
    let item = match bytes::as_bytes(&m.obj) {
        Some(b) => b.get(at..at + size).map(<[u8]>::to_vec),
        None => {
            storage_of(&m.obj).and_then(|data| data.borrow().get(at..at + size).map(<[u8]>::to_vec))
        }
    };
    Ok(fmt::value(m.format, &item.unwrap_or_else(|| vec![0; size])))
}

fn setitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, m) = this_view(args, "__setitem__")?;
    let a = args.rest().range("__setitem__", 2, 2)?;
    if m.readonly {
        return Err(error::type_error("cannot modify read-only memory"));
    }
    let Some(storage) = storage_of(&m.obj) else {
        return Err(error::type_error("cannot modify read-only memory"));
    };
    let (key, value) = (&a[0], &a[1]);
    if let Some(s) = as_slice(key) {
        let (start, _, step, n) = crate::interp::slicing::indices(vm, s, m.len)?;
        let src = crate::interp::builtin_types::bytes_like(vm, value)?;
        if fmt::itemsize(m.format) != Some(1) {
            return Err(error::not_implemented_error(
                "memoryview slice assignments are currently restricted to ndim = 1",
            ));
        }
        if src.len() != n {
            return Err(error::value_error(
                "memoryview assignment: lvalue and rvalue have different structures",
            ));
        }
        let mut data = storage.borrow_mut();
        for (k, b) in src.into_iter().enumerate() {
            let at = offset(m, (start + k as isize * step) as usize);
            if let Some(slot) = data.get_mut(at) {
                *slot = b;
            }
        }
        return Ok(Value::NONE);
    }
    if !is_index(key) {
        return Err(error::type_error("memoryview: invalid slice key"));
    }
    let i = item_index(vm, m, key)?;
    let item = fmt::pack(vm, m.format, value)?;
    let at = offset(m, i);
    if let Some(slot) = storage.borrow_mut().get_mut(at..at + item.len()) {
        slot.copy_from_slice(&item);
    }
    Ok(Value::NONE)
}

fn delitem(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, m) = this_view(args, "__delitem__")?;
    args.rest().exact("__delitem__", 1)?;
    Err(error::type_error(if m.readonly {
        "cannot modify read-only memory"
    } else {
        "cannot delete memory"
    }))
}

fn iter(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, m) = this_view(args, "__iter__")?;
    args.rest().exact("__iter__", 0)?;
    Ok(new_iter(
        &types().list_iterator,
        IterState::List {
            list: list::new_list(items(m)),
            index: 0,
        },
    ))
}

fn cast(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, m) = this_view(args, "cast")?;
    let [format, shape] = args.rest().bind("cast", ["format", "shape"], 1, 0)?;
    let f = format.unwrap_or(Value::NONE);
    let Some(fs) = pystr::as_str(&f) else {
        return Err(error::type_error(format!(
            "cast() argument 'format' must be str, not {}",
            type_name_of(&f)
        )));
    };
    let src_size = fmt::itemsize(m.format).unwrap_or(1);
    if m.step != src_size as isize {
        return Err(error::type_error(
            "memoryview: casts are restricted to C-contiguous views",
        ));
    }
    let native = fs.strip_prefix('@').unwrap_or(fs);
    let (code, size) = match native.as_bytes() {
        [c] if fmt::itemsize(*c).is_some() => (*c, fmt::itemsize(*c).unwrap_or(1)),
        _ => {
            return Err(error::value_error(
                "memoryview: destination format must be a native single character format prefixed with an optional '@'",
            ))
        }
    };
    let byte_format = |f: u8| matches!(f, b'B' | b'b' | b'c');
    if !byte_format(m.format) && !byte_format(code) {
        return Err(error::type_error(
            "memoryview: cannot cast between two non-byte formats",
        ));
    }
    let nbytes = m.len * src_size;
    if !nbytes.is_multiple_of(size) {
        return Err(error::type_error(
            "memoryview: length is not a multiple of itemsize",
        ));
    }
    let len = nbytes / size;
    if let Some(s) = shape.filter(|s| !s.is_none()) {
        let dims = match list::as_list(&s) {
            Some(l) => l.items.borrow().clone(),
            None => tuple::as_tuple(&s).map(|t| t.to_vec()).unwrap_or_default(),
        };
        let ok = dims.len() == 1 && int::to_i64(&dims[0]) == Some(len as i64);
        if !ok {
            return Err(error::type_error(
                "memoryview: cast to a shape other than one dimension of the same size is not supported",
            ));
        }
    }
    Ok(new_view(
        &m.obj,
        m.start,
        len,
        size as isize,
        m.readonly,
        code,
    ))
}

fn toreadonly(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, m) = this_view(args, "toreadonly")?;
    args.rest().exact("memoryview.toreadonly", 0)?;
    Ok(new_view(&m.obj, m.start, m.len, m.step, true, m.format))
}

/// The items of a bytes-like comparison operand, or `None` when it is not one.
fn operand_items(v: &Value) -> Option<Vec<fmt::Item>> {
    let of_bytes = |b: &[u8]| b.iter().map(|&x| fmt::Item::Int(x as i128)).collect();
    if let Some(b) = bytes::as_bytes(v) {
        return Some(of_bytes(b));
    }
    if let Some(ba) = bytearray_of(v) {
        return Some(of_bytes(&ba.data.borrow()));
    }
    if let Some(b) = native::buffer_of(v) {
        let size = fmt::itemsize(b.format())?;
        let data = b.bytes().borrow();
        return Some(
            data.chunks(size)
                .map(|c| fmt::unpack(b.format(), c))
                .collect(),
        );
    }
    match v.as_obj().and_then(|o| o.downcast::<MemoryView>()) {
        Some(m) if m.released.get() => None,
        Some(m) => Some(unpacked(m)),
        None => None,
    }
}

/// The view's items, unpacked for comparison.
fn unpacked(m: &MemoryView) -> Vec<fmt::Item> {
    let size = fmt::itemsize(m.format).unwrap_or(1);
    read(m)
        .chunks(size)
        .map(|b| fmt::unpack(m.format, b))
        .collect()
}

fn richcmp<const OP: u8>(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    use crate::compiler::bytecode::CmpOp;
    let op = cmp_op(OP);
    let name = crate::interp::ops::cmp_names(op).1;
    let (me, m) = this::<MemoryView>(args, name, &types().memoryview)?;
    let a = args.rest().exact(name, 1)?;
    if !matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return Ok(not_implemented());
    }
    if me.bits() == a[0].bits() {
        return Ok(Value::bool(op == CmpOp::Eq));
    }
    if m.released.get() {
        return Ok(Value::bool(op == CmpOp::Ne));
    }
    let Some(other) = operand_items(&a[0]) else {
        return Ok(not_implemented());
    };
    let eq = unpacked(m) == other;
    Ok(Value::bool(eq == (op == CmpOp::Eq)))
}

fn hash(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, m) = this_view(args, "__hash__")?;
    args.rest().exact("__hash__", 0)?;
    if !m.readonly {
        return Err(error::value_error("cannot hash writable memoryview object"));
    }
    if !matches!(m.format, b'B' | b'b' | b'c') {
        return Err(error::value_error(
            "memoryview: hashing is restricted to formats 'B', 'b' or 'c'",
        ));
    }
    let b = bytes::Bytes::new(read(m));
    Ok(int::from_i64(b.hash()))
}

fn repr(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, m) = this::<MemoryView>(args, "__repr__", &types().memoryview)?;
    let addr = me.as_obj().map(ObjRef::addr).unwrap_or(0);
    let released = if m.released.get() { "released " } else { "" };
    Ok(pystr::new_string(format!(
        "<{released}memory at {addr:#x}>"
    )))
}

fn view_of(v: &Value) -> PyResult<&MemoryView> {
    let m = v
        .as_obj()
        .and_then(|o| o.downcast::<MemoryView>())
        .ok_or_else(|| error::type_error("descriptor needs a memoryview"))?;
    check_live(m)?;
    Ok(m)
}

fn get_obj(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(view_of(v)?.obj.clone())
}
fn get_readonly(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::bool(view_of(v)?.readonly))
}
fn get_format(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(pystr::new_string(format_name(view_of(v)?.format)))
}
fn get_itemsize(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(int::from_i64(
        fmt::itemsize(view_of(v)?.format).unwrap_or(1) as i64,
    ))
}
fn get_nbytes(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let m = view_of(v)?;
    Ok(int::from_i64(
        (m.len * fmt::itemsize(m.format).unwrap_or(1)) as i64,
    ))
}
fn get_ndim(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    view_of(v)?;
    Ok(int::from_i64(1))
}
fn get_shape(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(tuple::new_tuple(vec![int::from_i64(
        view_of(v)?.len as i64,
    )]))
}
fn get_strides(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(tuple::new_tuple(vec![int::from_i64(
        view_of(v)?.step as i64,
    )]))
}
fn get_suboffsets(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    view_of(v)?;
    Ok(tuple::new_tuple(Vec::new()))
}
fn get_contiguous(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let m = view_of(v)?;
    Ok(Value::bool(
        m.step == fmt::itemsize(m.format).unwrap_or(1) as isize || m.len <= 1,
    ))
}

/// Fills the namespace of this file's type(s).
pub fn register() {
    let t = &types().memoryview;
    statics(t, &[("__new__", new)]);
    methods(
        t,
        &[
            ("tobytes", tobytes),
            ("tolist", tolist),
            ("hex", hex),
            ("release", release),
            ("cast", cast),
            ("toreadonly", toreadonly),
            ("__enter__", enter),
            ("__exit__", exit),
            ("__len__", len),
            ("__getitem__", getitem),
            ("__setitem__", setitem),
            ("__delitem__", delitem),
            ("__iter__", iter),
            ("__lt__", richcmp::<0>),
            ("__le__", richcmp::<1>),
            ("__eq__", richcmp::<2>),
            ("__ne__", richcmp::<3>),
            ("__gt__", richcmp::<4>),
            ("__ge__", richcmp::<5>),
            ("__hash__", hash),
            ("__repr__", repr),
        ],
    );
    getsets(
        t,
        &[
            ("obj", get_obj, None),
            ("readonly", get_readonly, None),
            ("format", get_format, None),
            ("itemsize", get_itemsize, None),
            ("nbytes", get_nbytes, None),
            ("ndim", get_ndim, None),
            ("shape", get_shape, None),
            ("strides", get_strides, None),
            ("suboffsets", get_suboffsets, None),
            ("c_contiguous", get_contiguous, None),
            ("f_contiguous", get_contiguous, None),
            ("contiguous", get_contiguous, None),
        ],
    );
}
