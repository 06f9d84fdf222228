//! Channels, as Stackless's `channelobject.c`: a send or receive that finds a partner waiting swaps
//! values with it and, as `preference` and `schedule_all` say, runs one of the two; one that finds none
//! blocks (leaves the run queue and waits in the channel's queue) until a partner arrives.
use crate::sched;
use crate::state::{stypes, this_channel, tl, Channel};
use crate::switching::schedule_task;
use crate::tasklet::make_bomb;
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use weft_vm::cont;
use weft_vm::heap::Value;
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::{call, exc, protocols, Vm};
use weft_vm::objects::builtin::Args;
use weft_vm::objects::int;
use weft_vm::objects::method_support::{alloc_instance, new_cls};
use weft_vm::objects::native::NativeObj;
use weft_vm::objects::register::{getsets, methods, statics};
use weft_vm::objects::typeobj::tdata;

fn new(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = new_cls(args, &stypes().channel)?;
    Ok(Value::obj(alloc_instance(
        cls,
        NativeObj::traced(Channel {
            queue: RefCell::new(VecDeque::new()),
            balance: Cell::new(0),
            closing: Cell::new(false),
            preference: Cell::new(-1),
            schedule_all: Cell::new(false),
        }),
    )))
}

fn init(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(Value::NONE)
}

/// Sends (`dir` 1) or receives (`dir` -1) `arg` on `chan`; returns what the calling native returns.
pub(crate) fn action(
    vm: &mut Vm,
    chan: &Value,
    arg: Value,
    dir: i8,
    soft: bool,
) -> PyResult<Value> {
    let c = this_channel(chan, if dir > 0 { "send" } else { "receive" })?;
    let source = sched::current();
    let Some(s) = tl(&source) else {
        return Err(error::system_error("no current tasklet"));
    };
    let cando = if dir > 0 {
        c.balance.get() < 0
    } else {
        c.balance.get() > 0
    };
    let old = s.set_tempval(arg);
    let checked = notify_channel(vm, chan, &source, dir, cando).and_then(|_| {
        if cando {
            sched::check_trap(c.schedule_all.get() || c.preference.get() == -dir)
        } else if c.closing.get() {
            Err(error::value_error(
                "Send/receive operation on a closed channel",
            ))
        } else {
            sched::check_trap(true)
        }
    });
    if let Err(e) = checked {
        drop(s.set_tempval(old));
        return Err(e);
    }
    drop(old);
    if cando {
        partner_waits(vm, c, source, dir, soft)
    } else {
        block_on(vm, chan, c, source, dir, soft)
    }
}

/// A partner is waiting: values are swapped, the partner becomes runnable, and the preferred one runs.
fn partner_waits(vm: &mut Vm, c: &Channel, source: Value, dir: i8, soft: bool) -> PyResult<Value> {
    let target = c.queue.borrow_mut().pop_front();
    let Some(target) = target else {
        return Err(error::system_error(
            "channel balance without a waiting tasklet",
        ));
    };
    c.balance.set(c.balance.get() + i64::from(dir));
    if let (Some(s), Some(t)) = (tl(&source), tl(&target)) {
        t.blocked.set(0);
        drop(std::mem::replace(&mut *t.channel.borrow_mut(), Value::NONE));
        std::mem::swap(&mut *s.tempval.borrow_mut(), &mut *t.tempval.borrow_mut());
    }
    let switchto = if c.schedule_all.get() {
        // The partner goes last; the sender or receiver always gives way.
        sched::insert(&target);
        sched::next_of_current()
    } else if c.preference.get() == -dir {
        sched::insert_after_current(&target);
        Some(target)
    } else {
        sched::insert(&target);
        Some(source.clone())
    };
    schedule_task(vm, source, switchto, soft)
}

/// Nobody waits: the current tasklet leaves the run queue and waits in the channel.
fn block_on(
    vm: &mut Vm,
    chan: &Value,
    c: &Channel,
    source: Value,
    dir: i8,
    soft: bool,
) -> PyResult<Value> {
    drop(sched::remove(&source));
    if let Some(s) = tl(&source) {
        s.blocked.set(dir);
        *s.channel.borrow_mut() = chan.clone();
    }
    c.queue.borrow_mut().push_back(source.clone());
    c.balance.set(c.balance.get() + i64::from(dir));
    let next = sched::front();
    schedule_task(vm, source, next, soft)
}

/// Calls the channel callback with `(channel, tasklet, sending, willblock)`.
fn notify_channel(vm: &mut Vm, chan: &Value, t: &Value, dir: i8, cando: bool) -> PyResult<()> {
    let Some(cb) = sched::with(|s| s.channel_cb.clone()) else {
        return Ok(());
    };
    if sched::with(|s| s.schedlock) {
        return Err(error::runtime_error(
            "Recursive channel call due to callbacks!",
        ));
    }
    sched::with(|s| s.schedlock = true);
    let args = vec![
        chan.clone(),
        t.clone(),
        int::from_i64(i64::from(dir > 0)),
        int::from_i64(i64::from(!cando)),
    ];
    let r = call::call_value(vm, &cb, args);
    sched::with(|s| s.schedlock = false);
    if let Err(e) = r {
        exc::write_unraisable(vm, e, "Exception ignored in", &cb);
    }
    Ok(())
}

fn send(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let soft = cont::at_plain_call(vm);
    let a = args.exact("send", 2)?;
    action(vm, &a[0], a[1].clone(), 1, soft)
}

fn receive(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let soft = cont::at_plain_call(vm);
    let a = args.exact("receive", 1)?;
    action(vm, &a[0], Value::NONE, -1, soft)
}

/// `send_exception(exc_cls, *args)`: the receiver raises `exc_cls(*args)`.
fn send_exception(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let soft = cont::at_plain_call(vm);
    let me = args.this()?.clone();
    this_channel(&me, "send_exception")?;
    args.no_kwargs("send_exception")?;
    let Some(klass) = args.all.get(1) else {
        return Err(error::type_error(
            "send_exception() takes at least 1 argument",
        ));
    };
    let bomb = make_bomb(klass, args.all[2..].to_vec(), "channel.send_exception")?;
    action(vm, &me, bomb, 1, soft)
}

/// `send_throw(exc, val=None, tb=None)`: the receiver raises as `raise` would.
fn send_throw(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let soft = cont::at_plain_call(vm);
    let a = args.range("send_throw", 2, 4)?;
    this_channel(&a[0], "send_throw")?;
    let get = |i: usize| a.get(i).cloned().unwrap_or(Value::NONE);
    let bomb = crate::tasklet::exc_to_bomb(get(1), get(2), get(3))?;
    action(vm, &a[0], bomb, 1, soft)
}

/// `send_sequence(seq)`: sends every item; the number sent.
fn send_sequence(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("send_sequence", 2)?;
    let me = a[0].clone();
    this_channel(&me, "send_sequence")?;
    let flow = protocols::get_iter(vm, a[1].clone())?;
    let it = call::run_flow(vm, flow)?;
    let mut n = 0;
    while let Some(item) = protocols::next_value(vm, &it)? {
        action(vm, &me, item, 1, false)?;
        n += 1;
    }
    Ok(int::from_i64(n))
}

fn iter(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("__iter__", 1)?;
    this_channel(&a[0], "__iter__")?;
    Ok(a[0].clone())
}

/// Receives until the channel is closed.
fn next(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let soft = cont::at_plain_call(vm);
    let a = args.exact("__next__", 1)?;
    let c = this_channel(&a[0], "__next__")?;
    if c.closing.get() && c.balance.get() <= 0 {
        return Err(error::stop_iteration(None));
    }
    action(vm, &a[0], Value::NONE, -1, soft)
}

fn close(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("close", 1)?;
    this_channel(&a[0], "close")?.closing.set(true);
    Ok(Value::NONE)
}

fn open(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("open", 1)?;
    this_channel(&a[0], "open")?.closing.set(false);
    Ok(Value::NONE)
}

fn get_balance(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(int::from_i64(this_channel(v, "balance")?.balance.get()))
}

fn get_closing(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::bool(this_channel(v, "closing")?.closing.get()))
}

fn get_closed(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let c = this_channel(v, "closed")?;
    Ok(Value::bool(c.closing.get() && c.balance.get() == 0))
}

fn get_queue(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let c = this_channel(v, "queue")?;
    let q = c.queue.borrow();
    Ok(q.front().cloned().unwrap_or(Value::NONE))
}

fn get_preference(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(int::from_i64(i64::from(
        this_channel(v, "preference")?.preference.get(),
    )))
}

fn set_preference(_vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let c = this_channel(v, "preference")?;
    let Some(i) = new.as_ref().and_then(int_of) else {
        return Err(error::type_error("preference must be set to an integer"));
    };
    c.preference.set(i.signum() as i8);
    Ok(())
}

/// An `int` (or `bool`), saturated: only its sign or truth matters.
fn int_of(v: &Value) -> Option<i64> {
    int::to_i64(v).or_else(|| {
        let big = int::to_big(v)?;
        Some(if big.sign() == num_bigint::Sign::Minus {
            -1
        } else {
            1
        })
    })
}

fn get_schedule_all(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::bool(
        this_channel(v, "schedule_all")?.schedule_all.get(),
    ))
}

fn set_schedule_all(_vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let c = this_channel(v, "schedule_all")?;
    let Some(i) = new.as_ref().and_then(int_of) else {
        return Err(error::type_error(
            "preference must be set to a bool or integer",
        ));
    };
    c.schedule_all.set(i != 0);
    Ok(())
}

/// Fills in the `channel` type.
pub(crate) fn init_type() {
    let t = &stypes().channel;
    statics(t, &[("__new__", new)]);
    methods(
        t,
        &[
            ("__init__", init),
            ("send", send),
            ("receive", receive),
            ("send_exception", send_exception),
            ("send_throw", send_throw),
            ("send_sequence", send_sequence),
            ("__iter__", iter),
            ("__next__", next),
            ("close", close),
            ("open", open),
        ],
    );
    getsets(
        t,
        &[
            ("balance", get_balance, None),
            ("closing", get_closing, None),
            ("closed", get_closed, None),
            ("queue", get_queue, None),
            ("preference", get_preference, Some(set_preference)),
            ("schedule_all", get_schedule_all, Some(set_schedule_all)),
        ],
    );
    tdata(t)
        .dict
        .set_rs("__dict__", weft_vm::objects::object::dict_descriptor());
}
