//! `permutations(iterable, r=None)`: the indices of the pool in their current order, and per position
//! a countdown (`cycles`) of the swaps left before it rotates.
use super::combinatorics::{indices_tuple, Combo};
use super::{alloc_vec, bind, done, new_obj, state_ssize, this, Types};
use weft_vm::heap::Value;
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::{ops, Vm};
use weft_vm::objects::builtin::Args;
use weft_vm::objects::method_support::new_cls;
use weft_vm::objects::register::statics;
use weft_vm::objects::{int, tuple};

fn permutations_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = new_cls(args, &super::types().permutations)?;
    let [iterable, r] = bind(&args.rest(), "permutations", ["iterable", "r"], 1, 2)?;
    let pool = super::to_tuple(vm, &iterable.unwrap_or(Value::NONE))?;
    let n = pool.len();
    let r = match r.filter(|r| !r.is_none()) {
        None => n as i64,
        Some(r) => {
            if !int::is_int(&r) {
                return Err(error::type_error("Expected int as r"));
            }
            state_ssize(&r)?
        }
    };
    if r < 0 {
        return Err(error::value_error("r must be non-negative"));
    }
    let r = r as usize;
    // Room for r cycles is taken even when r > n, as CPython does (a huge r is a MemoryError).
    let mut cycles = alloc_vec(r)?;
    if r <= n {
        cycles.extend((0..r).map(|i| n - i));
    }
    let c = Combo::new(tuple::new_tuple(pool), r, (0..n).collect(), r > n);
    *c.cycles.borrow_mut() = cycles;
    Ok(new_obj(cls, c))
}

fn permutations_next(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, p) = this::<Combo>(args, "__next__", &super::types().permutations)?;
    super::no_args(args, "__next__")?;
    if p.stopped.get() {
        return done(None);
    }
    let pool_v = p.pool();
    let pool = tuple::as_tuple(&pool_v).unwrap_or(&[]);
    let (n, r) = (pool.len(), p.r);
    let mut indices = p.indices.borrow_mut();
    let Some(mut result) = p.result.borrow().clone() else {
        let first: Option<Vec<Value>> = indices
            .iter()
            .take(r)
            .map(|&i| pool.get(i).cloned())
            .collect();
        drop(indices);
        return match first {
            Some(f) if f.len() == r => p.emit(f),
            _ => p.stop(),
        };
    };
    if n == 0 || indices.len() != n {
        drop(indices);
        return p.stop();
    }
    let mut cycles = p.cycles.borrow_mut();
    let mut advanced = false;
    for i in (0..r.min(cycles.len())).rev() {
        cycles[i] -= 1;
        if cycles[i] == 0 {
            // indices[i:] = indices[i+1:] + indices[i:i+1]
            indices[i..].rotate_left(1);
            cycles[i] = n - i;
        } else {
            let j = cycles[i];
            indices.swap(i, n - j);
            for k in i..r {
                match (result.get_mut(k), pool.get(indices[k])) {
                    (Some(slot), Some(v)) => *slot = v.clone(),
                    _ => break,
                }
            }
            advanced = true;
            break;
        }
    }
    drop((indices, cycles));
    if !advanced {
        return p.stop();
    }
    p.emit(result)
}

fn permutations_reduce(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, p) = this::<Combo>(args, "__reduce__", &super::types().permutations)?;
    super::arity(args, &super::types().permutations, "__reduce__", 0)?;
    Ok(p.reduce(me, |p| {
        tuple::new_tuple(vec![
            indices_tuple(&p.indices.borrow()),
            indices_tuple(&p.cycles.borrow()),
        ])
    }))
}

fn permutations_setstate(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, p) = this::<Combo>(args, "__setstate__", &super::types().permutations)?;
    let state = &super::arity(args, &super::types().permutations, "__setstate__", 1)?[0];
    let items = super::state_items(state, 2, 2)?;
    for (k, v) in items.iter().enumerate() {
        if tuple::as_tuple(v).is_none() {
            return Err(error::type_error(format!(
                "argument {} must be tuple, not {}",
                k + 1,
                ops::type_name_of(v)
            )));
        }
    }
    let (ind, cyc) = (
        tuple::as_tuple(&items[0]).unwrap_or(&[]),
        tuple::as_tuple(&items[1]).unwrap_or(&[]),
    );
    let pool_v = p.pool();
    let pool = tuple::as_tuple(&pool_v).unwrap_or(&[]);
    let n = pool.len();
    if ind.len() != n || cyc.len() != p.r {
        return Err(error::value_error("invalid arguments"));
    }
    let mut indices = alloc_vec(n)?;
    for v in ind {
        indices.push(state_ssize(v)?.min(n as i64 - 1).max(0) as usize);
    }
    let mut cycles = alloc_vec(p.r)?;
    for (i, v) in cyc.iter().enumerate() {
        cycles.push(state_ssize(v)?.min(n as i64 - i as i64).max(1) as usize);
    }
    *p.indices.borrow_mut() = indices;
    *p.cycles.borrow_mut() = cycles;
    p.rebuild(pool);
    Ok(Value::NONE)
}

pub(super) fn register(t: &Types) {
    statics(&t.permutations, &[("__new__", permutations_new)]);
    super::iterator_methods(
        &t.permutations,
        permutations_next,
        &[
            ("__reduce__", permutations_reduce),
            ("__setstate__", permutations_setstate),
        ],
    );
}
