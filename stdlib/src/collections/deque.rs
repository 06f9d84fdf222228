//! `collections.deque`: a double-ended queue over a `VecDeque`, with an optional `maxlen` (appending to a
//! full deque drops from the other end) and a `state` counter that iterators and searches check, as CPython's
//! does, to report "deque mutated during iteration".
//!
//! Python code (an item's `__eq__`, an iterable's `__next__`) can run in the middle of any operation, so no
//! borrow of the items is held across a call, and values leave the deque before they are dropped.
use super::deque_iter;
use crate::support::{self, payload};
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use weft_vm::compiler::bytecode::CmpOp;
use weft_vm::heap::{ObjRef, Value};
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::{attr, call, compare, ops, protocols, Vm};
use weft_vm::objects::builtin::Args;
use weft_vm::objects::method_support::{
    alloc_instance, class_getitem, cmp_op, exact_named, new_cls, not_implemented, ssize_arg,
};
use weft_vm::objects::native::{NativeObj, Traverse};
use weft_vm::objects::register::{classmethods, getsets, methods, statics};
use weft_vm::objects::typeobj::{self, tdata};
use weft_vm::objects::{int, list, repr_guard, str as pystr, tuple};

pub(crate) struct Deque {
    pub(crate) items: RefCell<VecDeque<Value>>,
    /// `None`: unbounded.
    maxlen: Cell<Option<usize>>,
    /// Bumped by every operation that moves items (not by item assignment or `reverse`, as in CPython).
    pub(crate) state: Cell<u64>,
}

impl Deque {
    fn new() -> Deque {
        Deque {
            items: RefCell::new(VecDeque::new()),
            maxlen: Cell::new(None),
            state: Cell::new(0),
        }
    }

    pub(crate) fn len(&self) -> usize {
        self.items.borrow().len()
    }

    fn bump(&self) {
        self.state.set(self.state.get().wrapping_add(1));
    }

    pub(crate) fn get(&self, i: usize) -> Option<Value> {
        self.items.borrow().get(i).cloned()
    }

    /// Appends on the right; the item dropped from the left by `maxlen`, if any, is returned for the caller
    /// to drop.
    fn push_back(&self, v: Value) -> Option<Value> {
        let mut items = self.items.borrow_mut();
        items.push_back(v);
        self.bump();
        match self.maxlen.get() {
            Some(m) if items.len() > m => items.pop_front(),
            _ => None,
        }
    }

    fn push_front(&self, v: Value) -> Option<Value> {
        let mut items = self.items.borrow_mut();
        items.push_front(v);
        self.bump();
        match self.maxlen.get() {
            Some(m) if items.len() > m => items.pop_back(),
            _ => None,
        }
    }

    fn pop_back(&self) -> Option<Value> {
        let v = self.items.borrow_mut().pop_back();
        if v.is_some() {
            self.bump();
        }
        v
    }

    fn pop_front(&self) -> Option<Value> {
        let v = self.items.borrow_mut().pop_front();
        if v.is_some() {
            self.bump();
        }
        v
    }

    fn rotate(&self, n: isize) {
        let mut items = self.items.borrow_mut();
        let len = items.len();
        if len <= 1 {
            return;
        }
        self.bump();
        let k = n.rem_euclid(len as isize) as usize;
        items.rotate_right(k);
    }

    /// Empties the deque; the items are returned for the caller to drop (their finalisers may look at it).
    fn take_all(&self) -> VecDeque<Value> {
        self.bump();
        std::mem::take(&mut *self.items.borrow_mut())
    }

    fn snapshot(&self) -> Vec<Value> {
        self.items.borrow().iter().cloned().collect()
    }
}

impl Traverse for Deque {
    fn traverse(&self, f: &mut dyn FnMut(&Value)) {
        self.items.traverse(f);
    }
    fn clear(&self, out: &mut Vec<Value>) {
        self.items.clear(out);
    }
}

pub(crate) fn deque_type() -> &'static ObjRef {
    &super::types().deque
}

fn this<'a>(args: &Args<'a>, name: &str) -> PyResult<(&'a Value, &'a Deque)> {
    support::this::<Deque>(args, name, deque_type())
}

/// The deque payload of `v` (a deque or a subclass instance).
pub(crate) fn as_deque(v: &Value) -> Option<&Deque> {
    payload::<Deque>(v)
}

fn noargs<'a>(args: &Args<'a>, name: &str) -> PyResult<(&'a Value, &'a Deque)> {
    let r = this(args, name)?;
    exact_named(&args.rest(), 0, || format!("deque.{name}"))?;
    Ok(r)
}

fn one<'a>(args: &Args<'a>, name: &str) -> PyResult<(&'a Value, &'a Deque, &'a Value)> {
    let (me, d) = this(args, name)?;
    let a = exact_named(&args.rest(), 1, || format!("deque.{name}"))?;
    Ok((me, d, &a[0]))
}

fn deque_new(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = new_cls(args, deque_type())?;
    Ok(Value::obj(alloc_instance(
        cls,
        NativeObj::traced(Deque::new()),
    )))
}

/// `PyLong_AsSsize_t`: an int only (no `__index__`).
fn maxlen_arg(v: &Value) -> PyResult<usize> {
    if !int::is_int(v) {
        return Err(error::type_error("an integer is required"));
    }
    let n = int::to_i64(v)
        .ok_or_else(|| error::overflow_error("Python int too large to convert to C ssize_t"))?;
    if n < 0 {
        return Err(error::value_error("maxlen must be non-negative"));
    }
    Ok(n as usize)
}

fn deque_init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, d) = this(args, "__init__")?;
    let [iterable, maxlen] = args.rest().bind("deque", ["iterable", "maxlen"], 0, 0)?;
    let m = match maxlen {
        Some(v) if !v.is_none() => Some(maxlen_arg(&v)?),
        _ => None,
    };
    d.maxlen.set(m);
    if d.len() > 0 {
        drop(d.take_all());
    }
    if let Some(it) = iterable {
        extend(vm, me, d, &it, false)?;
    }
    Ok(Value::NONE)
}

/// Appends every item of `iterable` on the right (or the left), trimming to `maxlen` as it goes.
fn extend(vm: &mut Vm, me: &Value, d: &Deque, iterable: &Value, left: bool) -> PyResult<()> {
    if iterable.bits() == me.bits() {
        let items = list::new_list(d.snapshot());
        return extend(vm, me, d, &items, left);
    }
    let it = {
        let f = protocols::get_iter(vm, iterable.clone())?;
        call::run_flow(vm, f)?
    };
    protocols::check_iterator(&it)?;
    while let Some(v) = protocols::next_value(vm, &it)? {
        if d.maxlen.get() == Some(0) {
            continue;
        }
        let dropped = if left {
            d.push_front(v)
        } else {
            d.push_back(v)
        };
        drop(dropped);
    }
    Ok(())
}

fn append(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, d, v) = one(args, "append")?;
    drop(d.push_back(v.clone()));
    Ok(Value::NONE)
}

fn appendleft(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, d, v) = one(args, "appendleft")?;
    drop(d.push_front(v.clone()));
    Ok(Value::NONE)
}

fn pop(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, d) = noargs(args, "pop")?;
    d.pop_back()
        .ok_or_else(|| error::index_error("pop from an empty deque"))
}

fn popleft(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, d) = noargs(args, "popleft")?;
    d.pop_front()
        .ok_or_else(|| error::index_error("pop from an empty deque"))
}

fn extend_m(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, d, it) = one(args, "extend")?;
    extend(vm, me, d, it, false)?;
    Ok(Value::NONE)
}

fn extendleft(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, d, it) = one(args, "extendleft")?;
    extend(vm, me, d, it, true)?;
    Ok(Value::NONE)
}

fn iadd(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, d, it) = one(args, "__iadd__")?;
    extend(vm, me, d, it, false)?;
    Ok(me.clone())
}

fn clear(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, d) = noargs(args, "clear")?;
    drop(d.take_all());
    Ok(Value::NONE)
}

/// `deque.copy()`: an exact deque copies directly; a subclass is called as `type(d)(d[, maxlen])`.
fn copy_of(vm: &mut Vm, me: &Value, d: &Deque) -> PyResult<Value> {
    let ty = ops::a_type(me);
    if ty.is(deque_type()) {
        let n = Deque::new();
        n.maxlen.set(d.maxlen.get());
        *n.items.borrow_mut() = d.items.borrow().clone();
        return Ok(Value::obj(alloc_instance(&ty, NativeObj::traced(n))));
    }
    let tv = Value::obj(ty.clone());
    let mut a = vec![me.clone()];
    if let Some(m) = d.maxlen.get() {
        a.push(int::from_i64(m as i64));
    }
    let r = call::call_value(vm, &tv, a)?;
    if as_deque(&r).is_none() {
        return Err(error::type_error(format!(
            "{}() must return a deque, not {}",
            typeobj::type_name(&ty),
            ops::type_name_of(&r)
        )));
    }
    Ok(r)
}

fn copy(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, d) = noargs(args, "copy")?;
    copy_of(vm, me, d)
}

fn copy_dunder(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, d) = noargs(args, "__copy__")?;
    copy_of(vm, me, d)
}

/// Searches the items with `==` from `start` to `stop`, raising if the deque changes meanwhile.
fn find(vm: &mut Vm, d: &Deque, v: &Value, start: usize, stop: usize) -> PyResult<Option<usize>> {
    let state = d.state.get();
    for i in start..stop {
        let Some(item) = d.get(i) else { break };
        if ops::eq_bool(vm, &item, v)? {
            return Ok(Some(i));
        }
        if d.state.get() != state {
            return Err(error::runtime_error("deque mutated during iteration"));
        }
    }
    Ok(None)
}

fn count(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, d, v) = one(args, "count")?;
    let state = d.state.get();
    let mut n = 0i64;
    for i in 0..d.len() {
        let Some(item) = d.get(i) else { break };
        if ops::eq_bool(vm, &item, v)? {
            n += 1;
        }
        if d.state.get() != state {
            return Err(error::runtime_error("deque mutated during iteration"));
        }
    }
    Ok(int::from_i64(n))
}

fn contains(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, d, v) = one(args, "__contains__")?;
    Ok(Value::bool(find(vm, d, v, 0, d.len())?.is_some()))
}

fn index(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, d) = this(args, "index")?;
    let a = args.rest();
    a.no_kwargs("index")?;
    let pos = a.positional();
    if pos.is_empty() || pos.len() > 3 {
        return Err(error::type_error(if pos.is_empty() {
            "index() takes at least 1 argument (0 given)".to_string()
        } else {
            format!("index() takes at most 3 arguments ({} given)", pos.len())
        }));
    }
    let (start, stop) =
        weft_vm::objects::method_support::index_range(vm, pos.get(1), pos.get(2), d.len())?;
    let start = start.min(stop);
    match find(vm, d, &pos[0], start, stop)? {
        Some(i) => Ok(int::from_i64(i as i64)),
        None => {
            let r = protocols::repr_string(vm, &pos[0])?;
            Err(error::value_error(format!("{r} is not in deque")))
        }
    }
}

fn insert(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, d) = this(args, "insert")?;
    let a = args.rest();
    a.no_kwargs("insert")?;
    let pos = a.positional();
    if pos.len() != 2 {
        return Err(error::type_error(format!(
            "insert() takes exactly 2 arguments ({} given)",
            pos.len()
        )));
    }
    let i = ssize_arg(vm, &pos[0])?;
    let v = pos[1].clone();
    let n = d.len() as isize;
    if d.maxlen.get() == Some(d.len()) {
        return Err(error::index_error("deque already at its maximum size"));
    }
    if i >= n {
        drop(d.push_back(v));
    } else if i <= -n || i == 0 {
        drop(d.push_front(v));
    } else {
        let at = if i < 0 { (i + n) as usize } else { i as usize };
        d.items.borrow_mut().insert(at, v);
        d.bump();
    }
    Ok(Value::NONE)
}

fn remove(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, d, v) = one(args, "remove")?;
    let state = d.state.get();
    for i in 0..d.len() {
        let Some(item) = d.get(i) else { break };
        let eq = ops::eq_bool(vm, &item, v)?;
        if d.state.get() != state {
            return Err(error::index_error("deque mutated during iteration"));
        }
        if eq {
            let old = d.items.borrow_mut().remove(i);
            d.bump();
            drop(old);
            return Ok(Value::NONE);
        }
    }
    let r = protocols::repr_string(vm, v)?;
    Err(error::value_error(format!("{r} is not in deque")))
}

fn reverse(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, d) = noargs(args, "reverse")?;
    d.items.borrow_mut().make_contiguous().reverse();
    Ok(Value::NONE)
}

fn rotate(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, d) = this(args, "rotate")?;
    let a = args.rest();
    a.no_kwargs("rotate")?;
    let pos = a.positional();
    if pos.len() > 1 {
        return Err(error::type_error(format!(
            "rotate() takes at most 1 argument ({} given)",
            pos.len()
        )));
    }
    let n = match pos.first() {
        Some(v) => ssize_arg(vm, v)?,
        None => 1,
    };
    d.rotate(n);
    Ok(Value::NONE)
}

fn len(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, d) = noargs(args, "__len__")?;
    Ok(int::from_i64(d.len() as i64))
}

fn bool_(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, d) = noargs(args, "__bool__")?;
    Ok(Value::bool(d.len() != 0))
}

/// A sequence index (`sq_item`): `__index__`, negative from the end, else CPython's messages.
fn item_index(vm: &mut Vm, d: &Deque, key: &Value) -> PyResult<usize> {
    let has_index =
        int::is_int(key) || typeobj::lookup_str(&ops::a_type(key), "__index__").is_some();
    if !has_index {
        return Err(error::type_error(format!(
            "sequence index must be integer, not '{}'",
            ops::type_name_of(key)
        )));
    }
    let mut i = ssize_arg(vm, key)?;
    let n = d.len() as isize;
    if i < 0 {
        i += n;
    }
    if i < 0 || i >= n {
        return Err(error::index_error("deque index out of range"));
    }
    Ok(i as usize)
}

fn getitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, d, k) = one(args, "__getitem__")?;
    let i = item_index(vm, d, k)?;
    d.get(i)
        .ok_or_else(|| error::index_error("deque index out of range"))
}

fn setitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, d) = this(args, "__setitem__")?;
    let a = args.rest().exact("__setitem__", 2)?;
    let i = item_index(vm, d, &a[0])?;
    let old = d
        .items
        .borrow_mut()
        .get_mut(i)
        .map(|slot| std::mem::replace(slot, a[1].clone()));
    drop(old);
    Ok(Value::NONE)
}

fn delitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, d, k) = one(args, "__delitem__")?;
    let i = item_index(vm, d, k)?;
    let old = d.items.borrow_mut().remove(i);
    d.bump();
    drop(old);
    Ok(Value::NONE)
}

fn add(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, d, other) = one(args, "__add__")?;
    if as_deque(other).is_none() {
        return Err(error::type_error(format!(
            "can only concatenate deque (not \"{}\") to deque",
            ops::type_name_of(other)
        )));
    }
    let n = copy_of(vm, me, d)?;
    if let Some(nd) = as_deque(&n) {
        extend(vm, &n, nd, other, false)?;
    }
    Ok(n)
}

/// The repeat count of `d * n`, or the error CPython gives for a non-integer.
fn repeat_count(vm: &mut Vm, n: &Value) -> PyResult<isize> {
    match list::repeat_count(vm, n)? {
        Some(k) => Ok(k),
        None => Err(error::type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            ops::type_name_of(n)
        ))),
    }
}

/// `d *= n` in place.
fn repeat_in_place(d: &Deque, n: isize) -> PyResult<()> {
    let size = d.len();
    if size == 0 || n == 1 {
        return Ok(());
    }
    if n <= 0 {
        drop(d.take_all());
        return Ok(());
    }
    let mut n = n as usize;
    if size
        .checked_mul(n)
        .is_none_or(|t| t > isize::MAX as usize / 8)
    {
        return Err(error::memory_error(""));
    }
    if let Some(m) = d.maxlen.get() {
        if n * size > m {
            n = m.div_ceil(size);
        }
    }
    let total = (n * size).min(d.maxlen.get().unwrap_or(usize::MAX));
    d.items
        .borrow_mut()
        .try_reserve(total.saturating_sub(size))
        .map_err(|_| error::memory_error(""))?;
    let seq = d.snapshot();
    for _ in 1..n {
        for v in &seq {
            drop(d.push_back(v.clone()));
        }
    }
    Ok(())
}

fn mul(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, d, n) = one(args, "__mul__")?;
    let k = repeat_count(vm, n)?;
    let c = copy_of(vm, me, d)?;
    if let Some(cd) = as_deque(&c) {
        repeat_in_place(cd, k)?;
    }
    Ok(c)
}

fn rmul(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, d, n) = one(args, "__rmul__")?;
    let k = repeat_count(vm, n)?;
    let c = copy_of(vm, me, d)?;
    if let Some(cd) = as_deque(&c) {
        repeat_in_place(cd, k)?;
    }
    Ok(c)
}

fn imul(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, d, n) = one(args, "__imul__")?;
    let k = repeat_count(vm, n)?;
    repeat_in_place(d, k)?;
    Ok(me.clone())
}

fn richcompare<const OP: u8>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let op = cmp_op(OP);
    let (me, d) = this(args, ops::cmp_names(op).1)?;
    let other = &args.rest().exact(ops::cmp_names(op).1, 1)?[0];
    let Some(o) = as_deque(other) else {
        return Ok(not_implemented());
    };
    let same = me.bits() == other.bits();
    match op {
        CmpOp::Eq if same => return Ok(Value::TRUE),
        CmpOp::Ne if same => return Ok(Value::FALSE),
        CmpOp::Eq if d.len() != o.len() => return Ok(Value::FALSE),
        CmpOp::Ne if d.len() != o.len() => return Ok(Value::TRUE),
        _ => {}
    }
    let (x, y) = (d.snapshot(), o.snapshot());
    // Nested deques compare by recursing here: each level counts, as CPython's comparison does.
    vm.enter_native(" in comparison")?;
    let r = compare::seq_compare(vm, op, &x, &y);
    vm.leave_native();
    Ok(Value::bool(r?))
}

fn repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, d) = noargs(args, "__repr__")?;
    let Some(o) = me.as_obj() else {
        return Ok(pystr::new_str("[...]"));
    };
    let Some(_guard) = repr_guard::enter(o)? else {
        return Ok(pystr::new_str("[...]"));
    };
    let items = list::new_list(d.snapshot());
    let inner = protocols::repr_string(vm, &items)?;
    let name = tdata(&ops::a_type(me)).qualname.borrow().clone();
    let name = name.rsplit('.').next().unwrap_or("").to_string();
    Ok(pystr::new_string(match d.maxlen.get() {
        Some(m) => format!("{name}({inner}, maxlen={m})"),
        None => format!("{name}({inner})"),
    }))
}

fn reduce(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, d) = noargs(args, "__reduce__")?;
    let dict = attr::getattr_opt(vm, me, "__dict__")?.unwrap_or(Value::NONE);
    let it = deque_iter::new_iter(me, d, false);
    let cls = Value::obj(ops::a_type(me));
    let empty = tuple::new_tuple(Vec::new());
    let cargs = match d.maxlen.get() {
        Some(m) => tuple::new_tuple(vec![empty, int::from_i64(m as i64)]),
        None => empty,
    };
    Ok(tuple::new_tuple(vec![cls, cargs, dict, it]))
}

fn iter(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, d) = noargs(args, "__iter__")?;
    Ok(deque_iter::new_iter(me, d, false))
}

fn reversed(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, d) = noargs(args, "__reversed__")?;
    Ok(deque_iter::new_iter(me, d, true))
}

fn sizeof(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, d) = noargs(args, "__sizeof__")?;
    // CPython's layout: the object, then blocks of 64 item pointers and two links.
    let blocks = (d.len() + 64) / 64;
    Ok(int::from_i64((80 + blocks * 528) as i64))
}

fn get_maxlen(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(match as_deque(v).and_then(|d| d.maxlen.get()) {
        Some(m) => int::from_i64(m as i64),
        None => Value::NONE,
    })
}

pub(crate) fn register(t: &ObjRef) {
    support::set_doc(
        t,
        "deque([iterable[, maxlen]]) --> deque object\n\nA list-like sequence optimized for data accesses near its endpoints.",
    );
    statics(t, &[("__new__", deque_new)]);
    methods(
        t,
        &[
            ("__init__", deque_init),
            ("append", append),
            ("appendleft", appendleft),
            ("clear", clear),
            ("__copy__", copy_dunder),
            ("copy", copy),
            ("count", count),
            ("extend", extend_m),
            ("extendleft", extendleft),
            ("index", index),
            ("insert", insert),
            ("pop", pop),
            ("popleft", popleft),
            ("__reduce__", reduce),
            ("remove", remove),
            ("__reversed__", reversed),
            ("reverse", reverse),
            ("rotate", rotate),
            ("__sizeof__", sizeof),
            ("__len__", len),
            ("__bool__", bool_),
            ("__getitem__", getitem),
            ("__setitem__", setitem),
            ("__delitem__", delitem),
            ("__contains__", contains),
            ("__iter__", iter),
            ("__add__", add),
            ("__mul__", mul),
            ("__rmul__", rmul),
            ("__iadd__", iadd),
            ("__imul__", imul),
            ("__repr__", repr),
            ("__lt__", richcompare::<0>),
            ("__le__", richcompare::<1>),
            ("__eq__", richcompare::<2>),
            ("__ne__", richcompare::<3>),
            ("__gt__", richcompare::<4>),
            ("__ge__", richcompare::<5>),
        ],
    );
    classmethods(t, &[("__class_getitem__", class_getitem)]);
    getsets(t, &[("maxlen", get_maxlen, None)]);
    support::method_docs(
        t,
        &[
            ("__class_getitem__", "See PEP 585"),
            ("__copy__", "Return a shallow copy of a deque."),
            ("__reduce__", "Return state information for pickling."),
            ("__reversed__", "D.__reversed__() -- return a reverse iterator over the deque"),
            ("__sizeof__", "D.__sizeof__() -- size of D in memory, in bytes"),
            ("append", "Add an element to the right side of the deque."),
            ("appendleft", "Add an element to the left side of the deque."),
            ("clear", "Remove all elements from the deque."),
            ("copy", "Return a shallow copy of a deque."),
            ("count", "D.count(value) -- return number of occurrences of value"),
            ("extend", "Extend the right side of the deque with elements from the iterable"),
            ("extendleft", "Extend the left side of the deque with elements from the iterable"),
            ("index", "D.index(value, [start, [stop]]) -- return first index of value.\nRaises ValueError if the value is not present."),
            ("insert", "D.insert(index, object) -- insert object before index"),
            ("pop", "Remove and return the rightmost element."),
            ("popleft", "Remove and return the leftmost element."),
            ("remove", "D.remove(value) -- remove first occurrence of value."),
            ("reverse", "D.reverse() -- reverse *IN PLACE*"),
            ("rotate", "Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left."),
        ],
    );
    tdata(t).dict.set_rs("__hash__", Value::NONE);
}
