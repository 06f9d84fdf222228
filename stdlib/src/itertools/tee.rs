//! `tee(iterable, n=2)`: `_tee` iterators sharing a linked buffer of `_tee_dataobject`s, each holding up
//! to `LINKCELLS` items read from the source and a link to the next. An iterator's position is a
//! data object and an index into it, so a copy is just another position.
use super::{done, iter_of, new_obj, take, this, type_value, visit, Types};
use std::cell::{Cell, RefCell};
use weft_vm::heap::{ObjRef, Value};
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::{attr, call, ops, Vm};
use weft_vm::objects::builtin::Args;
use weft_vm::objects::method_support::new_cls;
use weft_vm::objects::native::Traverse;
use weft_vm::objects::register::statics;
use weft_vm::objects::{int, list, tuple};

/// Items per data object (CPython's value, which `__setstate__` bounds indices by).
const LINKCELLS: usize = 57;

pub(super) const TEE_DOC: &str = "Returns a tuple of n independent iterators.";

/// `running` is set while the source's `__next__` runs: a tee advanced from inside it would read
/// the buffer while it is being filled.
struct TeeData {
    it: RefCell<Value>,
    values: RefCell<Vec<Value>>,
    running: Cell<bool>,
    nextlink: RefCell<Value>,
}

impl Traverse for TeeData {
    fn traverse(&self, f: &mut dyn FnMut(&Value)) {
        visit(&self.it, f);
        if let Ok(v) = self.values.try_borrow() {
            v.iter().for_each(&mut *f);
        }
        visit(&self.nextlink, f);
    }
    fn clear(&self, out: &mut Vec<Value>) {
        take(&self.it, out);
        if let Ok(mut v) = self.values.try_borrow_mut() {
            out.append(&mut v);
        }
        take(&self.nextlink, out);
    }
}

fn new_data(it: Value) -> Value {
    new_obj(
        &super::types().tee_data,
        TeeData {
            it: RefCell::new(it),
            values: RefCell::new(Vec::new()),
            running: Cell::new(false),
            nextlink: RefCell::new(Value::NULL),
        },
    )
}

impl TeeData {
    /// The next data object, made on first use.
    fn jumplink(&self) -> Value {
        let link = self.nextlink.borrow().clone();
        if !link.is_null() {
            return link;
        }
        let link = new_data(self.it.borrow().clone());
        *self.nextlink.borrow_mut() = link.clone();
        link
    }

    /// Item `i`, read from the source when `i` is the first unread one; `None` at the end.
    fn getitem(&self, vm: &mut Vm, i: usize) -> PyResult<Option<Value>> {
        if let Some(v) = self.values.borrow().get(i) {
            return Ok(Some(v.clone()));
        }
        if self.running.get() {
            return Err(error::runtime_error("cannot re-enter the tee iterator"));
        }
        let it = self.it.borrow().clone();
        self.running.set(true);
        let r = super::next(vm, &it);
        self.running.set(false);
        let Some(v) = r? else {
            return Ok(None);
        };
        self.values.borrow_mut().push(v.clone());
        Ok(Some(v))
    }
}

struct Tee {
    dataobj: RefCell<Value>,
    index: Cell<usize>,
}

impl Traverse for Tee {
    fn traverse(&self, f: &mut dyn FnMut(&Value)) {
        visit(&self.dataobj, f);
    }
    fn clear(&self, out: &mut Vec<Value>) {
        take(&self.dataobj, out);
    }
}

fn new_tee(dataobj: Value, index: usize) -> Value {
    new_obj(
        &super::types().tee,
        Tee {
            dataobj: RefCell::new(dataobj),
            index: Cell::new(index),
        },
    )
}

fn data_of(v: &Value) -> PyResult<&TeeData> {
    super::payload::<TeeData>(v).ok_or_else(|| error::system_error("tee without data"))
}

/// A `_tee` over `iterable` (a copy when its iterator is already one).
fn from_iterable(vm: &mut Vm, iterable: &Value) -> PyResult<Value> {
    let it = iter_of(vm, iterable)?;
    if let Some(t) = super::payload::<Tee>(&it) {
        return Ok(new_tee(t.dataobj.borrow().clone(), t.index.get()));
    }
    Ok(new_tee(new_data(it), 0))
}

/// `itertools.tee(iterable, n=2, /)`.
pub(super) fn tee(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if args.has_kwargs() {
        return Err(error::type_error(
            "itertools.tee() takes no keyword arguments",
        ));
    }
    let a = args.range("tee", 1, 2)?;
    let n = match a.get(1) {
        Some(v) => super::ssize(vm, v)?,
        None => 2,
    };
    if n < 0 {
        return Err(error::value_error("n must be >= 0"));
    }
    if n == 0 {
        return Ok(tuple::new_tuple(Vec::new()));
    }
    let mut result = super::alloc_vec(n as usize)?;
    let it = iter_of(vm, &a[0])?;
    let (copyable, copyfunc) = match attr::getattr_opt(vm, &it, "__copy__")? {
        Some(f) => (it, f),
        None => {
            let t = from_iterable(vm, &it)?;
            let f = attr::getattr(vm, &t, "__copy__")?;
            (t, f)
        }
    };
    result.push(copyable);
    for _ in 1..n {
        result.push(call::call_value(vm, &copyfunc, Vec::new())?);
    }
    Ok(tuple::new_tuple(result))
}

fn tee_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    new_cls(args, &super::types().tee)?;
    let rest = args.rest();
    rest.no_kwargs("_tee")?;
    let a = rest.range("_tee", 1, 1)?;
    from_iterable(vm, &a[0])
}

fn tee_next(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, t) = this::<Tee>(args, "__next__", &super::types().tee)?;
    super::no_args(args, "__next__")?;
    if t.index.get() >= LINKCELLS {
        let link = data_of(&t.dataobj.borrow().clone())?.jumplink();
        let old = std::mem::replace(&mut *t.dataobj.borrow_mut(), link);
        drop(old);
        t.index.set(0);
    }
    let data = t.dataobj.borrow().clone();
    let v = data_of(&data)?.getitem(vm, t.index.get())?;
    if v.is_some() {
        t.index.set(t.index.get() + 1);
    }
    done(v)
}

fn tee_copy(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, t) = this::<Tee>(args, "__copy__", &super::types().tee)?;
    super::arity(args, &super::types().tee, "__copy__", 0)?;
    Ok(new_tee(t.dataobj.borrow().clone(), t.index.get()))
}

fn tee_reduce(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, t) = this::<Tee>(args, "__reduce__", &super::types().tee)?;
    super::arity(args, &super::types().tee, "__reduce__", 0)?;
    Ok(tuple::new_tuple(vec![
        type_value(me),
        tuple::new_tuple(vec![tuple::new_tuple(Vec::new())]),
        tuple::new_tuple(vec![
            t.dataobj.borrow().clone(),
            int::from_i64(t.index.get() as i64),
        ]),
    ]))
}

fn is_data(v: &Value, ty: &ObjRef) -> bool {
    v.as_obj().is_some_and(|o| o.ty().is(ty)) && super::payload::<TeeData>(v).is_some()
}

fn tee_setstate(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let types = super::types();
    let (_, t) = this::<Tee>(args, "__setstate__", &types.tee)?;
    let state = &super::arity(args, &types.tee, "__setstate__", 1)?[0];
    let items = super::state_items(state, 2, 2)?;
    if !is_data(&items[0], &types.tee_data) {
        return Err(error::type_error(format!(
            "argument 1 must be itertools._tee_dataobject, not {}",
            ops::type_name_of(&items[0])
        )));
    }
    let index = super::int_arg(vm, &items[1])?;
    if !(0..=LINKCELLS as i64).contains(&index) {
        return Err(error::value_error("Index out of range"));
    }
    let old = std::mem::replace(&mut *t.dataobj.borrow_mut(), items[0].clone());
    drop(old);
    t.index.set(index as usize);
    Ok(Value::NONE)
}

fn data_new(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let types = super::types();
    let cls = new_cls(args, &types.tee_data)?;
    let rest = args.rest();
    rest.no_kwargs("teedataobject")?;
    let a = rest.range("teedataobject", 3, 3)?;
    let Some(values) = list::as_list(&a[1]) else {
        return Err(error::type_error(format!(
            "teedataobject() argument 2 must be list, not {}",
            ops::type_name_of(&a[1])
        )));
    };
    let values = values.items.borrow().clone();
    let next = &a[2];
    let valid = match values.len() {
        n if n > LINKCELLS => false,
        LINKCELLS => next.is_none() || is_data(next, &types.tee_data),
        _ => next.is_none(),
    };
    if !valid {
        return Err(error::value_error("Invalid arguments"));
    }
    Ok(new_obj(
        cls,
        TeeData {
            it: RefCell::new(a[0].clone()),
            values: RefCell::new(values),
            running: Cell::new(false),
            nextlink: RefCell::new(if next.is_none() {
                Value::NULL
            } else {
                next.clone()
            }),
        },
    ))
}

fn data_reduce(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, d) = this::<TeeData>(args, "__reduce__", &super::types().tee_data)?;
    super::arity(args, &super::types().tee_data, "__reduce__", 0)?;
    let next = d.nextlink.borrow().clone();
    Ok(tuple::new_tuple(vec![
        type_value(me),
        tuple::new_tuple(vec![
            d.it.borrow().clone(),
            list::new_list(d.values.borrow().clone()),
            if next.is_null() { Value::NONE } else { next },
        ]),
    ]))
}

pub(super) fn register(t: &Types) {
    statics(&t.tee, &[("__new__", tee_new)]);
    super::iterator_methods(
        &t.tee,
        tee_next,
        &[
            ("__copy__", tee_copy),
            ("__reduce__", tee_reduce),
            ("__setstate__", tee_setstate),
        ],
    );
    statics(&t.tee_data, &[("__new__", data_new)]);
    weft_vm::objects::register::methods(&t.tee_data, &[("__reduce__", data_reduce)]);
}
