//! `_thread.lock` and `_thread.RLock`: a lock is a `Gate`, an RLock a gate with an owner and a count
//! (which only the thread holding the GIL reads or writes). A blocking acquire waits without the GIL.
use super::gate::Gate;
use crate::support;
use std::cell::Cell;
use std::time::Duration;
use weft_vm::heap::{ObjRef, Value};
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::{ops, Vm};
use weft_vm::objects::builtin::Args;
use weft_vm::objects::method_support::{alloc_instance, new_cls};
use weft_vm::objects::native::NativeObj;
use weft_vm::objects::register::{methods, statics};
use weft_vm::objects::{float, int, str as pystr, tuple};

/// `TIMEOUT_MAX`: the largest timeout in seconds (CPython's, from a 64-bit microsecond count).
pub(crate) const TIMEOUT_MAX: f64 = 9223372036.0;

pub(crate) struct Lock(Gate);

pub(crate) struct RLock {
    gate: Gate,
    owner: Cell<u64>,
    count: Cell<u64>,
}

/// A new, unlocked `_thread.lock`.
pub(crate) fn new_lock() -> Value {
    Value::obj(alloc_instance(
        &super::types().lock,
        NativeObj::new(Lock(Gate::new_free())),
    ))
}

/// Releases `lock` (a `_thread.lock`) if it is held: a thread's sentinels as it ends.
pub(crate) fn release_if_held(lock: &Value) {
    if let Some(l) = lock
        .as_obj()
        .and_then(|o| o.downcast::<NativeObj>())
        .and_then(|n| n.get::<Lock>())
    {
        l.0.free();
    }
}

fn lock<'a>(args: &Args<'a>, name: &str) -> PyResult<(&'a Value, &'a Lock)> {
    support::this::<Lock>(args, name, &super::types().lock)
}

fn rlock<'a>(args: &Args<'a>, name: &str) -> PyResult<(&'a Value, &'a RLock)> {
    support::this::<RLock>(args, name, &super::types().rlock)
}

/// Seconds from a timeout argument, with `_PyTime_FromSecondsObject`'s errors.
pub(crate) fn seconds(v: &Value) -> PyResult<f64> {
    if let Some(f) = float::to_f64(v) {
        if f.is_nan() {
            return Err(error::value_error("Invalid value NaN (not a number)"));
        }
        if (f * 1e9).abs() >= 9.223_372_036_854_776e18 {
            return Err(error::overflow_error(
                "timestamp out of range for platform time_t",
            ));
        }
        return Ok(f);
    }
    if int::is_int(v) {
        return int::to_i64(v)
            .filter(|i| i.unsigned_abs() < 9_223_372_036_854_775_807 / 1_000_000_000)
            .map(|i| i as f64)
            .ok_or_else(|| error::overflow_error("timestamp too large to convert to C _PyTime_t"));
    }
    Err(error::type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        ops::type_name_of(v)
    )))
}

/// The wait an `acquire(blocking, timeout)` allows: `None` forever, else at most that long.
fn parse_acquire(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Option<Duration>> {
    let [blocking, timeout] = args.rest().bind(name, ["blocking", "timeout"], 0, 0)?;
    let blocking = match blocking {
        Some(b) => ops::truthy(vm, &b)?,
        None => true,
    };
    let timeout = match timeout {
        Some(t) => seconds(&t)?,
        None => -1.0,
    };
    if !blocking && timeout != -1.0 {
        return Err(error::value_error(
            "can't specify a timeout for a non-blocking call",
        ));
    }
    if timeout < 0.0 && timeout != -1.0 {
        return Err(error::value_error("timeout value must be positive"));
    }
    if !blocking {
        return Ok(Some(Duration::ZERO));
    }
    if timeout == -1.0 {
        return Ok(None);
    }
    if timeout > TIMEOUT_MAX {
        return Err(error::overflow_error("timeout value is too large"));
    }
    Ok(Some(Duration::from_secs_f64(timeout)))
}

fn acquire(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, l) = lock(args, "acquire")?;
    let wait = parse_acquire(vm, args, "acquire")?;
    Ok(Value::bool(l.0.take(vm, wait)?))
}

fn release(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, l) = lock(args, "release")?;
    args.rest().exact("release", 0)?;
    if !l.0.free() {
        return Err(error::runtime_error("release unlocked lock"));
    }
    Ok(Value::NONE)
}

fn exit(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, l) = lock(args, "__exit__")?;
    if !l.0.free() {
        return Err(error::runtime_error("release unlocked lock"));
    }
    Ok(Value::NONE)
}

fn locked(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, l) = lock(args, "locked")?;
    args.rest().exact("locked", 0)?;
    Ok(Value::bool(l.0.is_held()))
}

fn lock_reinit(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, l) = lock(args, "_at_fork_reinit")?;
    l.0.free();
    Ok(Value::NONE)
}

fn lock_repr(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, l) = lock(args, "__repr__")?;
    Ok(pystr::new_string(format!(
        "<{} {} object at {:#x}>",
        if l.0.is_held() { "locked" } else { "unlocked" },
        weft_vm::objects::typeobj::type_name(me.as_obj().map_or(&super::types().lock, |o| o.ty())),
        me.as_obj().map_or(0, |o| o.addr())
    )))
}

fn rlock_new(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = new_cls(args, &super::types().rlock)?;
    Ok(Value::obj(alloc_instance(
        cls,
        NativeObj::new(RLock {
            gate: Gate::new_free(),
            owner: Cell::new(0),
            count: Cell::new(0),
        }),
    )))
}

fn me() -> u64 {
    crate::signal::sys::thread_ident()
}

fn rlock_acquire(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, r) = rlock(args, "acquire")?;
    let wait = parse_acquire(vm, args, "acquire")?;
    let id = me();
    if r.count.get() > 0 && r.owner.get() == id {
        r.count.set(
            r.count
                .get()
                .checked_add(1)
                .ok_or_else(|| error::overflow_error("Internal lock count overflowed"))?,
        );
        return Ok(Value::TRUE);
    }
    let got = r.gate.take(vm, wait)?;
    if got {
        r.owner.set(id);
        r.count.set(1);
    }
    Ok(Value::bool(got))
}

fn rlock_release(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, r) = rlock(args, "release")?;
    if r.count.get() == 0 || r.owner.get() != me() {
        return Err(error::runtime_error("cannot release un-acquired lock"));
    }
    r.count.set(r.count.get() - 1);
    if r.count.get() == 0 {
        r.owner.set(0);
        r.gate.free();
    }
    Ok(Value::NONE)
}

fn rlock_is_owned(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, r) = rlock(args, "_is_owned")?;
    Ok(Value::bool(r.count.get() > 0 && r.owner.get() == me()))
}

fn rlock_recursion_count(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, r) = rlock(args, "_recursion_count")?;
    let n = if r.owner.get() == me() {
        r.count.get()
    } else {
        0
    };
    Ok(int::from_i64(n as i64))
}

fn rlock_release_save(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, r) = rlock(args, "_release_save")?;
    if r.count.get() == 0 {
        return Err(error::runtime_error("cannot release un-acquired lock"));
    }
    let state = tuple::new_tuple(vec![
        int::from_i64(r.count.get() as i64),
        int::from_big(r.owner.get().into()),
    ]);
    r.count.set(0);
    r.owner.set(0);
    r.gate.free();
    Ok(state)
}

fn rlock_acquire_restore(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, r) = rlock(args, "_acquire_restore")?;
    let a = args.rest().exact("_acquire_restore", 1)?;
    let items = tuple::as_tuple(&a[0])
        .filter(|t| t.len() == 2)
        .ok_or_else(|| {
            error::type_error(format!(
                "_acquire_restore() argument 1 must be tuple, not {}",
                ops::type_name_of(&a[0])
            ))
        })?;
    let as_u64 = |v: &Value| {
        int::to_big(v)
            .and_then(|b| u64::try_from(b).ok())
            .ok_or_else(|| error::type_error("an integer is required"))
    };
    let (count, owner) = (as_u64(&items[0])?, as_u64(&items[1])?);
    r.gate.take(vm, None)?;
    r.owner.set(owner);
    r.count.set(count);
    Ok(Value::NONE)
}

fn rlock_reinit(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, r) = rlock(args, "_at_fork_reinit")?;
    r.owner.set(0);
    r.count.set(0);
    r.gate.free();
    Ok(Value::NONE)
}

fn rlock_repr(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, r) = rlock(args, "__repr__")?;
    let o = me.as_obj();
    Ok(pystr::new_string(format!(
        "<{} {} object owner={} count={} at {:#x}>",
        if r.count.get() > 0 {
            "locked"
        } else {
            "unlocked"
        },
        o.map_or("_thread.RLock".to_string(), |o| {
            weft_vm::objects::typeobj::type_name(o.ty())
        }),
        r.owner.get(),
        r.count.get(),
        o.map_or(0, |o| o.addr())
    )))
}

pub(crate) fn register(lock_ty: &ObjRef, rlock_ty: &ObjRef) {
    methods(
        lock_ty,
        &[
            ("acquire", acquire),
            ("acquire_lock", acquire),
            ("__enter__", acquire),
            ("release", release),
            ("release_lock", release),
            ("__exit__", exit),
            ("locked", locked),
            ("locked_lock", locked),
            ("_at_fork_reinit", lock_reinit),
            ("__repr__", lock_repr),
        ],
    );
    statics(rlock_ty, &[("__new__", rlock_new)]);
    methods(
        rlock_ty,
        &[
            ("acquire", rlock_acquire),
            ("__enter__", rlock_acquire),
            ("release", rlock_release),
            ("__exit__", rlock_release),
            ("_is_owned", rlock_is_owned),
            ("_recursion_count", rlock_recursion_count),
            ("_release_save", rlock_release_save),
            ("_acquire_restore", rlock_acquire_restore),
            ("_at_fork_reinit", rlock_reinit),
            ("__repr__", rlock_repr),
        ],
    );
}
