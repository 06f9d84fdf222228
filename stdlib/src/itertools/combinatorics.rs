//! `product`, `combinations` and `combinations_with_replacement` (and the state `permutations`
//! shares with them): a pool tuple, the indices of the last result, and that result.
use super::{alloc_vec, bind, done, new_obj, state_ssize, this, type_value, Types};
use std::cell::{Cell, RefCell};
use weft_vm::heap::{ObjRef, Value};
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::Vm;
use weft_vm::objects::builtin::Args;
use weft_vm::objects::method_support::new_cls;
use weft_vm::objects::native::Traverse;
use weft_vm::objects::register::statics;
use weft_vm::objects::{int, tuple};

/// `pool` is a tuple (for `product`, a tuple of tuples, one per position); `result` is `None` before
/// the first item; `cycles` is used by `permutations` only.
pub(super) struct Combo {
    pub pool: RefCell<Value>,
    pub r: usize,
    pub indices: RefCell<Vec<usize>>,
    pub cycles: RefCell<Vec<usize>>,
    pub result: RefCell<Option<Vec<Value>>>,
    pub stopped: Cell<bool>,
}

impl Traverse for Combo {
    fn traverse(&self, f: &mut dyn FnMut(&Value)) {
        super::visit(&self.pool, f);
        if let Ok(r) = self.result.try_borrow() {
            r.iter().flatten().for_each(&mut *f);
        }
    }
    fn clear(&self, out: &mut Vec<Value>) {
        super::take(&self.pool, out);
        if let Ok(mut r) = self.result.try_borrow_mut() {
            out.extend(r.take().into_iter().flatten());
        }
    }
}

impl Combo {
    pub(super) fn new(pool: Value, r: usize, indices: Vec<usize>, stopped: bool) -> Combo {
        Combo {
            pool: RefCell::new(pool),
            r,
            indices: RefCell::new(indices),
            cycles: RefCell::new(Vec::new()),
            result: RefCell::new(None),
            stopped: Cell::new(stopped),
        }
    }

    /// The pool's items (a copy of the handle keeps them alive).
    pub(super) fn pool(&self) -> Value {
        self.pool.borrow().clone()
    }

    /// Ends the iteration.
    pub(super) fn stop(&self) -> PyResult<Value> {
        self.stopped.set(true);
        done(None)
    }

    /// Stores and returns the result.
    pub(super) fn emit(&self, items: Vec<Value>) -> PyResult<Value> {
        let t = tuple::new_tuple(items.clone());
        let old = self.result.borrow_mut().replace(items);
        drop(old);
        Ok(t)
    }

    /// `__reduce__` of the pool-and-r iterators: not started, done, or `(indices[, cycles])`
    /// as the state.
    pub(super) fn reduce(&self, me: &Value, state: impl FnOnce(&Combo) -> Value) -> Value {
        let r = int::from_i64(self.r as i64);
        let ty = type_value(me);
        if self.result.borrow().is_none() {
            tuple::new_tuple(vec![ty, tuple::new_tuple(vec![self.pool(), r])])
        } else if self.stopped.get() {
            tuple::new_tuple(vec![
                ty,
                tuple::new_tuple(vec![tuple::new_tuple(Vec::new()), r]),
            ])
        } else {
            let s = state(self);
            tuple::new_tuple(vec![ty, tuple::new_tuple(vec![self.pool(), r]), s])
        }
    }

    /// Rebuilds the result from the indices after `__setstate__` (`None` if one is out of the pool).
    pub(super) fn rebuild(&self, pool: &[Value]) {
        let items: Option<Vec<Value>> = self
            .indices
            .borrow()
            .iter()
            .take(self.r)
            .map(|&i| pool.get(i).cloned())
            .collect();
        if let Some(items) = items {
            let old = self.result.borrow_mut().replace(items);
            drop(old);
        }
    }
}

pub(super) fn indices_tuple(v: &[usize]) -> Value {
    tuple::new_tuple(v.iter().map(|&i| int::from_i64(i as i64)).collect())
}

fn product_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = new_cls(args, &super::types().product)?;
    let rest = args.rest();
    let mut repeat = 1;
    if rest.has_kwargs() {
        let kw = Args::new(rest.kw_values(), rest.kwnames);
        let [r] = bind(&kw, "product", ["repeat"], 0, 0)?;
        if let Some(r) = r {
            repeat = super::ssize(vm, &r)?;
        }
        if repeat < 0 {
            return Err(error::value_error("repeat argument cannot be negative"));
        }
    }
    let seqs = rest.positional();
    let nargs = if repeat == 0 { 0 } else { seqs.len() };
    if repeat > 0 && nargs as u64 > (isize::MAX as u64 / 8) / repeat as u64 {
        return Err(error::overflow_error("repeat argument too large"));
    }
    let npools = nargs * repeat as usize;
    let mut pools = alloc_vec(npools)?;
    for s in &seqs[..nargs] {
        pools.push(tuple::new_tuple(super::to_tuple(vm, s)?));
    }
    for i in nargs..npools {
        pools.push(pools[i - nargs].clone());
    }
    Ok(new_obj(
        cls,
        Combo::new(tuple::new_tuple(pools), npools, vec![0; npools], false),
    ))
}

fn product_next(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, p) = this::<Combo>(args, "__next__", &super::types().product)?;
    super::no_args(args, "__next__")?;
    if p.stopped.get() {
        return done(None);
    }
    let pools_v = p.pool();
    let pools: Vec<&[Value]> = tuple::as_tuple(&pools_v)
        .unwrap_or(&[])
        .iter()
        .map(|x| tuple::as_tuple(x).unwrap_or(&[]))
        .collect();
    let Some(mut result) = p.result.borrow().clone() else {
        let mut first = Vec::with_capacity(pools.len());
        for pool in &pools {
            match pool.first() {
                Some(v) => first.push(v.clone()),
                None => return p.stop(),
            }
        }
        return p.emit(first);
    };
    {
        let mut indices = p.indices.borrow_mut();
        let mut rolled_all = true;
        for i in (0..pools.len()).rev() {
            let (pool, Some(ix)) = (pools[i], indices.get_mut(i)) else {
                break;
            };
            *ix += 1;
            if *ix >= pool.len() {
                *ix = 0;
                if let (Some(slot), Some(v)) = (result.get_mut(i), pool.first()) {
                    *slot = v.clone();
                }
            } else {
                if let (Some(slot), Some(v)) = (result.get_mut(i), pool.get(*ix)) {
                    *slot = v.clone();
                }
                rolled_all = false;
                break;
            }
        }
        if rolled_all {
            drop(indices);
            return p.stop();
        }
    }
    p.emit(result)
}

fn product_reduce(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, p) = this::<Combo>(args, "__reduce__", &super::types().product)?;
    super::arity(args, &super::types().product, "__reduce__", 0)?;
    let ty = type_value(me);
    Ok(if p.stopped.get() {
        tuple::new_tuple(vec![
            ty,
            tuple::new_tuple(vec![tuple::new_tuple(Vec::new())]),
        ])
    } else if p.result.borrow().is_none() {
        tuple::new_tuple(vec![ty, p.pool()])
    } else {
        tuple::new_tuple(vec![ty, p.pool(), indices_tuple(&p.indices.borrow())])
    })
}

fn product_setstate(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, p) = this::<Combo>(args, "__setstate__", &super::types().product)?;
    let state = &super::arity(args, &super::types().product, "__setstate__", 1)?[0];
    let pools_v = p.pool();
    let pools = tuple::as_tuple(&pools_v).unwrap_or(&[]);
    let items = tuple::as_tuple(state)
        .filter(|s| s.len() == pools.len())
        .ok_or_else(|| error::value_error("invalid arguments"))?;
    for (i, (v, pool)) in items.iter().zip(pools).enumerate() {
        let index = state_ssize(v)?;
        let size = tuple::as_tuple(pool).map_or(0, |t| t.len());
        if size == 0 {
            p.stopped.set(true);
            return Ok(Value::NONE);
        }
        if let Some(ix) = p.indices.borrow_mut().get_mut(i) {
            *ix = index.clamp(0, size as i64 - 1) as usize;
        }
    }
    let result: Vec<Value> = pools
        .iter()
        .zip(p.indices.borrow().iter())
        .filter_map(|(pool, &i)| tuple::as_tuple(pool).and_then(|t| t.get(i)).cloned())
        .collect();
    let old = p.result.borrow_mut().replace(result);
    drop(old);
    Ok(Value::NONE)
}

fn combinations_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = new_cls(args, &super::types().combinations)?;
    let [iterable, r] = bind(&args.rest(), "combinations", ["iterable", "r"], 2, 2)?;
    let r = super::ssize(vm, &r.unwrap_or(Value::NONE))?;
    let pool = super::to_tuple(vm, &iterable.unwrap_or(Value::NONE))?;
    if r < 0 {
        return Err(error::value_error("r must be non-negative"));
    }
    let (n, r) = (pool.len(), r as usize);
    // Room for r indices is taken even when r > n (CPython allocates them first: a huge r is a
    // MemoryError, not an empty iterator).
    let mut indices = alloc_vec(r)?;
    if r <= n {
        indices.extend(0..r);
    }
    Ok(new_obj(
        cls,
        Combo::new(tuple::new_tuple(pool), r, indices, r > n),
    ))
}

fn combinations_next(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, c) = this::<Combo>(args, "__next__", &super::types().combinations)?;
    super::no_args(args, "__next__")?;
    if c.stopped.get() {
        return done(None);
    }
    let pool_v = c.pool();
    let pool = tuple::as_tuple(&pool_v).unwrap_or(&[]);
    let (n, r) = (pool.len(), c.r);
    let mut indices = c.indices.borrow_mut();
    let Some(mut result) = c.result.borrow().clone() else {
        let first: Option<Vec<Value>> = indices.iter().map(|&i| pool.get(i).cloned()).collect();
        drop(indices);
        return match first {
            Some(f) => c.emit(f),
            None => c.stop(),
        };
    };
    // The rightmost index not at its maximum (i + n - r).
    let Some(i) = (0..r)
        .rev()
        .find(|&i| indices.get(i).is_some_and(|&x| x != i + n - r))
    else {
        drop(indices);
        return c.stop();
    };
    indices[i] += 1;
    for j in i + 1..r {
        indices[j] = indices[j - 1] + 1;
    }
    for j in i..r {
        match (result.get_mut(j), pool.get(indices[j])) {
            (Some(slot), Some(v)) => *slot = v.clone(),
            _ => {
                drop(indices);
                return c.stop();
            }
        }
    }
    drop(indices);
    c.emit(result)
}

/// Clamps each state item into `lo(i)..=hi(i)` (CPython's order: upper bound first) into `indices`.
fn set_indices(c: &Combo, state: &Value, bound: impl Fn(usize, i64) -> i64) -> PyResult<()> {
    let items = tuple::as_tuple(state)
        .filter(|s| s.len() == c.r)
        .ok_or_else(|| error::value_error("invalid arguments"))?;
    let mut indices = alloc_vec(c.r)?;
    for (i, v) in items.iter().enumerate() {
        indices.push(bound(i, state_ssize(v)?) as usize);
    }
    *c.indices.borrow_mut() = indices;
    Ok(())
}

fn combinations_reduce(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, c) = this::<Combo>(args, "__reduce__", &super::types().combinations)?;
    super::arity(args, &super::types().combinations, "__reduce__", 0)?;
    Ok(c.reduce(me, |c| indices_tuple(&c.indices.borrow())))
}

fn combinations_setstate(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, c) = this::<Combo>(args, "__setstate__", &super::types().combinations)?;
    let state = &super::arity(args, &super::types().combinations, "__setstate__", 1)?[0];
    let pool_v = c.pool();
    let pool = tuple::as_tuple(&pool_v).unwrap_or(&[]);
    let (n, r) = (pool.len() as i64, c.r as i64);
    set_indices(c, state, |i, x| x.min(i as i64 + n - r).max(0))?;
    c.rebuild(pool);
    Ok(Value::NONE)
}

fn cwr_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = new_cls(args, &super::types().cwr)?;
    let [iterable, r] = bind(
        &args.rest(),
        "combinations_with_replacement",
        ["iterable", "r"],
        2,
        2,
    )?;
    let r = super::ssize(vm, &r.unwrap_or(Value::NONE))?;
    let pool = super::to_tuple(vm, &iterable.unwrap_or(Value::NONE))?;
    if r < 0 {
        return Err(error::value_error("r must be non-negative"));
    }
    let (n, r) = (pool.len(), r as usize);
    let stopped = n == 0 && r > 0;
    let mut indices = alloc_vec(r)?;
    if !stopped {
        indices.resize(r, 0);
    }
    Ok(new_obj(
        cls,
        Combo::new(tuple::new_tuple(pool), r, indices, stopped),
    ))
}

fn cwr_next(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, c) = this::<Combo>(args, "__next__", &super::types().cwr)?;
    super::no_args(args, "__next__")?;
    if c.stopped.get() {
        return done(None);
    }
    let pool_v = c.pool();
    let pool = tuple::as_tuple(&pool_v).unwrap_or(&[]);
    let (n, r) = (pool.len(), c.r);
    let Some(mut result) = c.result.borrow().clone() else {
        let mut first = alloc_vec(if n > 0 { r } else { 0 })?;
        if let Some(v) = pool.first() {
            first.resize(r, v.clone());
        }
        return c.emit(first);
    };
    let mut indices = c.indices.borrow_mut();
    // The rightmost index not at its maximum (n - 1).
    let Some(i) = (0..r)
        .rev()
        .find(|&i| indices.get(i).is_some_and(|&x| x + 1 != n))
    else {
        drop(indices);
        return c.stop();
    };
    let index = indices[i] + 1;
    let Some(elem) = pool.get(index) else {
        drop(indices);
        return c.stop();
    };
    for j in i..r {
        indices[j] = index;
        if let Some(slot) = result.get_mut(j) {
            *slot = elem.clone();
        }
    }
    drop(indices);
    c.emit(result)
}

fn cwr_reduce(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, c) = this::<Combo>(args, "__reduce__", &super::types().cwr)?;
    super::arity(args, &super::types().cwr, "__reduce__", 0)?;
    Ok(c.reduce(me, |c| indices_tuple(&c.indices.borrow())))
}

fn cwr_setstate(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, c) = this::<Combo>(args, "__setstate__", &super::types().cwr)?;
    let state = &super::arity(args, &super::types().cwr, "__setstate__", 1)?[0];
    let pool_v = c.pool();
    let pool = tuple::as_tuple(&pool_v).unwrap_or(&[]);
    let n = pool.len() as i64;
    set_indices(c, state, |_, x| x.min(n - 1).max(0))?;
    c.rebuild(pool);
    Ok(Value::NONE)
}

fn reg(
    ty: &ObjRef,
    new: weft_vm::objects::builtin::NativeFn,
    next: weft_vm::objects::builtin::NativeFn,
    reduce: weft_vm::objects::builtin::NativeFn,
    setstate: weft_vm::objects::builtin::NativeFn,
) {
    statics(ty, &[("__new__", new)]);
    super::iterator_methods(
        ty,
        next,
        &[("__reduce__", reduce), ("__setstate__", setstate)],
    );
}

pub(super) fn register(t: &Types) {
    reg(
        &t.product,
        product_new,
        product_next,
        product_reduce,
        product_setstate,
    );
    reg(
        &t.combinations,
        combinations_new,
        combinations_next,
        combinations_reduce,
        combinations_setstate,
    );
    reg(&t.cwr, cwr_new, cwr_next, cwr_reduce, cwr_setstate);
}
