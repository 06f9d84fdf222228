//! `_collections._deque_iterator` and `_deque_reverse_iterator`: a position in the deque plus the deque's
//! `state` when the iterator was made; any move of the items since then ends the iteration with
//! "deque mutated during iteration".
use super::deque::{as_deque, Deque};
use crate::support::payload;
use std::cell::Cell;
use weft_vm::heap::{ObjRef, Value};
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::{ops, Vm};
use weft_vm::objects::builtin::Args;
use weft_vm::objects::method_support::{alloc_instance, new_cls, ssize_arg};
use weft_vm::objects::native::{NativeObj, Traverse};
use weft_vm::objects::register::{methods, statics};
use weft_vm::objects::{int, tuple};

struct DequeIter {
    deque: Value,
    state: u64,
    /// Items left to produce.
    counter: Cell<usize>,
    reverse: bool,
}

impl Traverse for DequeIter {
    fn traverse(&self, f: &mut dyn FnMut(&Value)) {
        f(&self.deque);
    }
    fn clear(&self, _out: &mut Vec<Value>) {
        // The deque reference is immutable here; the deque's own clear breaks the cycle.
    }
}

fn iter_type(reverse: bool) -> &'static ObjRef {
    let t = super::types();
    if reverse {
        &t.reverse_iter
    } else {
        &t.iter
    }
}

/// A new (reverse) iterator over deque `me`.
pub(crate) fn new_iter(me: &Value, d: &Deque, reverse: bool) -> Value {
    let it = DequeIter {
        deque: me.clone(),
        state: d.state.get(),
        counter: Cell::new(d.len()),
        reverse,
    };
    Value::obj(alloc_instance(iter_type(reverse), NativeObj::traced(it)))
}

fn this<'a>(args: &Args<'a>, name: &str) -> PyResult<(&'a Value, &'a DequeIter)> {
    let v = args.this()?;
    match payload::<DequeIter>(v) {
        Some(it) => Ok((v, it)),
        None => Err(error::type_error(format!(
            "descriptor '{name}' requires a '_collections._deque_iterator' object but received a '{}'",
            ops::type_name_of(v)
        ))),
    }
}

/// The next item, `None` at the end.
fn step(it: &DequeIter) -> PyResult<Option<Value>> {
    let Some(d) = as_deque(&it.deque) else {
        return Ok(None);
    };
    let n = it.counter.get();
    // The reverse iterator checks for the end first, the forward one for mutation first (as CPython).
    if it.reverse && n == 0 {
        return Ok(None);
    }
    if d.state.get() != it.state {
        it.counter.set(0);
        return Err(error::runtime_error("deque mutated during iteration"));
    }
    if n == 0 {
        return Ok(None);
    }
    let len = d.len();
    let pos = if it.reverse { n - 1 } else { len - n };
    it.counter.set(n - 1);
    Ok(d.get(pos))
}

fn next(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, it) = this(args, "__next__")?;
    step(it)?.ok_or_else(|| error::stop_iteration(None))
}

fn iter(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, _) = this(args, "__iter__")?;
    Ok(me.clone())
}

fn length_hint(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, it) = this(args, "__length_hint__")?;
    Ok(int::from_i64(it.counter.get() as i64))
}

fn reduce(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, it) = this(args, "__reduce__")?;
    let len = as_deque(&it.deque).map(Deque::len).unwrap_or(0);
    let done = len as i64 - it.counter.get() as i64;
    Ok(tuple::new_tuple(vec![
        Value::obj(ops::a_type(me)),
        tuple::new_tuple(vec![it.deque.clone(), int::from_i64(done)]),
    ]))
}

/// `_deque_iterator(deque, index=0)`: an iterator advanced `index` items.
fn make(vm: &mut Vm, args: &Args, reverse: bool) -> PyResult<Value> {
    let cls = new_cls(args, iter_type(reverse))?;
    let a = args.rest();
    let pos = a.positional();
    let name = if reverse {
        "_deque_reverse_iterator"
    } else {
        "_deque_iterator"
    };
    let Some(dv) = pos.first() else {
        return Err(error::type_error(
            "function takes at least 1 argument (0 given)",
        ));
    };
    let Some(d) = as_deque(dv) else {
        return Err(error::type_error(format!(
            "{name}() argument 1 must be collections.deque, not {}",
            ops::type_name_of(dv)
        )));
    };
    let skip = match pos.get(1) {
        Some(v) => ssize_arg(vm, v)?,
        None => 0,
    };
    let it = DequeIter {
        deque: dv.clone(),
        state: d.state.get(),
        counter: Cell::new(d.len()),
        reverse,
    };
    for _ in 0..skip.max(0) {
        if step(&it)?.is_none() {
            break;
        }
    }
    Ok(Value::obj(alloc_instance(cls, NativeObj::traced(it))))
}

fn new_forward(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    make(vm, args, false)
}

fn new_reverse(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    make(vm, args, true)
}

pub(crate) fn register(fwd: &ObjRef, rev: &ObjRef) {
    statics(fwd, &[("__new__", new_forward)]);
    statics(rev, &[("__new__", new_reverse)]);
    for t in [fwd, rev] {
        methods(
            t,
            &[
                ("__next__", next),
                ("__iter__", iter),
                ("__length_hint__", length_hint),
                ("__reduce__", reduce),
            ],
        );
    }
}
