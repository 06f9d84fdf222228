//! The opcode loop. Python-to-Python calls, generator resumption and the dunder calls the interpreter makes
//! push heap frames and continue the loop; nothing here recurses on the native stack for them. A frame's
//! `then` says how its result finishes the caller's instruction.
use crate::compiler::bytecode::{flags, Instr};
use crate::heap::Value;
use crate::interp::error::{self, PyErr, PyResult};
use crate::interp::frame::Frame;
use crate::interp::then::Then;
use crate::interp::{attr, call, exc, ops, Flow, Vm};
use crate::objects::{self, dict::Dict, int, list, str as pystr, tuple, types};

/// How the loop leaves a frame.
enum Exit {
    Return(Value),
    Yield(Value),
    /// `ReturnGenerator`: the frame moves into the new generator, which is returned to the caller.
    NewGen(Value),
}

impl Vm {
    /// Runs `frame` (and everything it calls) to completion; the result of the frame.
    pub fn run_frame(&mut self, mut frame: Box<Frame>) -> PyResult<Value> {
        frame.then = Then::Return(self.native_name);
        self.check_depth()?;
        self.depth += 1;
        self.run(frame)
    }

    /// The loop. `f` is the running frame; callers wait in `self.frames`. Returns when a frame whose `then` is
    /// `Then::Return` finishes (by return, yield or exception).
    fn run(&mut self, mut f: Box<Frame>) -> PyResult<Value> {
        // Set when the failing instruction re-raised (`Reraise`, a bare `raise`): the index of that instruction.
        let mut reraised_at: Option<usize> = None;
        loop {
            // One flag covers finalisers, collections, exceptions thrown into a resumed frame and GIL
            // hand-overs.
            if crate::heap::attention_pending() {
                crate::heap::clear_attention();
                crate::heap::gil::yield_if_requested();
                if let Some(mut e) = self.pending_throw.take() {
                    // The rest is attended to at the next instruction.
                    crate::heap::request_attention();
                    if self.tracing_on() {
                        self.frames.push(f);
                        if let Err(te) = crate::interp::trace::throw_entry(self) {
                            e = te;
                        }
                        f = self.frames.pop().expect("frame pushed just above");
                    }
                    match self.unwind(f, e, reraised_at.take()) {
                        Ok(nf) => {
                            f = nf;
                            continue;
                        }
                        Err(e) => return Err(e),
                    }
                }
                self.frames.push(f);
                self.run_finalizers();
                crate::gc::maybe_collect(self);
                let r = self.run_attention_hooks();
                f = self.frames.pop().expect("frame pushed just above");
                if let Err(e) = r {
                    match self.unwind(f, e, reraised_at.take()) {
                        Ok(nf) => {
                            f = nf;
                            continue;
                        }
                        Err(e) => return Err(e),
                    }
                }
                if self.use_tracing {
                    let unwound;
                    (f, unwound) = self.trace_instruction(f)?;
                    if unwound {
                        // A hook raised: the handler's first instruction gets its events too.
                        continue;
                    }
                }
            }
            let Some(&instr) = f.instrs.get(f.ip) else {
                let e = error::system_error("instruction pointer out of range");
                match self.unwind(f, e, reraised_at.take()) {
                    Ok(nf) => {
                        f = nf;
                        continue;
                    }
                    Err(e) => return Err(e),
                }
            };
            f.ip += 1;
            let r: PyResult<Option<Exit>> = match instr {
                Instr::Nop => Ok(None),
                Instr::PopTop => {
                    let v = f.pop();
                    drop(v);
                    Ok(None)
                }
                Instr::PushNull => {
                    f.push(Value::NULL);
                    Ok(None)
                }
                Instr::PushNullLoadFast => {
                    f.push(Value::NULL);
                    push_next_local(&mut f);
                    Ok(None)
                }
                Instr::Copy(i) => {
                    let v = f.peek(i as usize).clone();
                    f.push(v);
                    Ok(None)
                }
                Instr::Swap(i) => {
                    let n = f.slots.len();
                    let i = i as usize;
                    if i >= 1 && n >= f.nlocals + i {
                        f.slots.swap(n - 1, n - i);
                    }
                    Ok(None)
                }
                Instr::LoadFast(i) => local(&f, i).map(|v| {
                    f.push(v);
                    None
                }),
                Instr::LoadFastLoadFast(a) => local(&f, a).map(|v| {
                    f.push(v);
                    push_next_local(&mut f);
                    None
                }),
                Instr::LoadFastLoadConst(a) => local(&f, a).map(|v| {
                    f.push(v);
                    if let Some(&Instr::LoadConst(c)) = f.instrs.get(f.ip) {
                        let k = f.code().consts.get(c as usize).cloned();
                        f.push(k.unwrap_or(Value::NONE));
                        f.ip += 1;
                    }
                    None
                }),
                Instr::LoadFastLoadAttr(a) => {
                    let v = &f.slots[a as usize];
                    if v.is_null() {
                        Err(unbound_local(&f, a as usize))
                    } else {
                        // The attribute straight from the local, without pushing the object.
                        let got = match f.instrs.get(f.ip) {
                            Some(&Instr::LoadAttr(name)) => {
                                let code = f.code();
                                let n = &code.names[name as usize];
                                code.attr_cache(f.ip)
                                    .and_then(|c| c.load(v, n))
                                    .or_else(|| attr::load_attr_fast(v, n))
                            }
                            _ => None,
                        };
                        match got {
                            Some(r) => {
                                f.push(r);
                                f.ip += 1;
                            }
                            None => {
                                let v = f.slots[a as usize].clone();
                                f.push(v);
                            }
                        }
                        Ok(None)
                    }
                }
                Instr::LoadFastBinaryOp(a) => local(&f, a).map(|v| {
                    binary_with_next(&mut f, v);
                    None
                }),
                Instr::LoadConstLoadFast(c) => {
                    let k = f.code().consts.get(c as usize).cloned();
                    f.push(k.unwrap_or(Value::NONE));
                    push_next_local(&mut f);
                    Ok(None)
                }
                Instr::LoadConstBinaryOp(c) => {
                    let k = f.code().consts.get(c as usize).cloned();
                    binary_with_next(&mut f, k.unwrap_or(Value::NONE));
                    Ok(None)
                }
                Instr::StoreFastLoadFast(a) => {
                    let v = f.pop();
                    let old = std::mem::replace(&mut f.slots[a as usize], v);
                    drop(old);
                    push_next_local(&mut f);
                    Ok(None)
                }
                Instr::StoreFastStoreFast(a) => {
                    let v = f.pop();
                    let old = std::mem::replace(&mut f.slots[a as usize], v);
                    drop(old);
                    if let Some(&Instr::StoreFast(b)) = f.instrs.get(f.ip) {
                        let v = f.pop();
                        let old = std::mem::replace(&mut f.slots[b as usize], v);
                        drop(old);
                        f.ip += 1;
                    }
                    Ok(None)
                }
                Instr::CompareOpJump(op) => match ops::compare_fast(op, f.peek(2), f.peek(1)) {
                    Some(v) => {
                        drop(f.pop());
                        drop(f.pop());
                        match f.instrs.get(f.ip) {
                            Some(&Instr::PopJumpIfFalse(t)) if !v => self.jump(&mut f, t),
                            Some(&Instr::PopJumpIfTrue(t)) if v => self.jump(&mut f, t),
                            Some(&(Instr::PopJumpIfFalse(_) | Instr::PopJumpIfTrue(_))) => {
                                f.ip += 1;
                                Ok(None)
                            }
                            _ => {
                                f.push(Value::bool(v));
                                Ok(None)
                            }
                        }
                    }
                    None => {
                        let b = f.pop();
                        let a = f.pop();
                        self.frames.push(f);
                        let r = ops::compare(self, op, a, b);
                        f = self.frames.pop().expect("frame pushed just above");
                        self.flow(&mut f, r, Then::Push)
                    }
                },
                Instr::StoreFast(i) => {
                    let v = f.pop();
                    let old = std::mem::replace(&mut f.slots[i as usize], v);
                    drop(old);
                    Ok(None)
                }
                Instr::DeleteFast(i) => {
                    if f.slots[i as usize].is_null() {
                        Err(unbound_local(&f, i as usize))
                    } else {
                        let old = f.slots[i as usize].take();
                        drop(old);
                        Ok(None)
                    }
                }
                Instr::LoadConst(i) => {
                    let v = f
                        .code()
                        .consts
                        .get(i as usize)
                        .cloned()
                        .unwrap_or(Value::NONE);
                    f.push(v);
                    Ok(None)
                }
                Instr::BinaryOp(op) => {
                    let b = f.pop();
                    let a = f.pop();
                    if let Some(v) =
                        ops::binary_fast(op, &a, &b).or_else(|| ops::concat_fast(op, &a, &b))
                    {
                        f.push(v);
                        Ok(None)
                    } else {
                        self.frames.push(f);
                        let r = ops::binary(self, op, a, b);
                        f = self.frames.pop().expect("frame pushed just above");
                        self.flow(&mut f, r, Then::Push)
                    }
                }
                Instr::CompareOp(op) => {
                    let b = f.pop();
                    let a = f.pop();
                    if let Some(v) = ops::compare_fast(op, &a, &b) {
                        f.push(Value::bool(v));
                        Ok(None)
                    } else {
                        self.frames.push(f);
                        let r = ops::compare(self, op, a, b);
                        f = self.frames.pop().expect("frame pushed just above");
                        self.flow(&mut f, r, Then::Push)
                    }
                }
                Instr::PopJumpIfFalse(t) | Instr::PopJumpIfTrue(t) => {
                    let jump_if = matches!(instr, Instr::PopJumpIfTrue(_));
                    let v = f.pop();
                    match ops::truth_fast(&v) {
                        Some(b) if b == jump_if => self.jump(&mut f, t),
                        Some(_) => Ok(None),
                        None => {
                            self.frames.push(f);
                            let r = ops::truth(self, v, jump_if, t, false);
                            f = self.frames.pop().expect("frame pushed just above");
                            self.flow_truth(&mut f, r)
                        }
                    }
                }
                Instr::JumpIfFalseOrPop(t) | Instr::JumpIfTrueOrPop(t) => {
                    let jump_if = matches!(instr, Instr::JumpIfTrueOrPop(_));
                    let v = f.top().clone();
                    match ops::truth_fast(&v) {
                        Some(b) => {
                            if b == jump_if {
                                f.ip = t as usize;
                            } else {
                                drop(f.pop());
                            }
                            Ok(None)
                        }
                        None => {
                            self.frames.push(f);
                            let r = ops::truth(self, v, jump_if, t, true);
                            f = self.frames.pop().expect("frame pushed just above");
                            self.flow_truth(&mut f, r)
                        }
                    }
                }
                Instr::PopJumpIfNone(t) => {
                    if f.pop().is_none() {
                        self.jump(&mut f, t)
                    } else {
                        Ok(None)
                    }
                }
                Instr::PopJumpIfNotNone(t) => {
                    if !f.pop().is_none() {
                        self.jump(&mut f, t)
                    } else {
                        Ok(None)
                    }
                }
                Instr::Jump(t) if (t as usize) < f.ip && !self.preempt.is_null() => {
                    // A loop's back edge while preemption is armed: a safe point.
                    f.ip = t as usize;
                    self.tick(&mut f).map(|_| None)
                }
                Instr::Jump(t) | Instr::JumpNoInterrupt(t) => {
                    f.ip = t as usize;
                    // The back edge of a `for` loop: the `ForIter` it jumps to, when its fast path applies,
                    // without a dispatch of its own.
                    if let Some(&fi @ (Instr::ForIter(end) | Instr::ForIterStoreFast(end))) =
                        f.instrs.get(f.ip)
                    {
                        match ops::next_fast(f.top()) {
                            Some(Some(v)) => {
                                f.ip += 1;
                                push_item(&mut f, fi, v);
                            }
                            Some(None) => {
                                drop(f.pop());
                                f.ip = end as usize;
                            }
                            None => {}
                        }
                    }
                    Ok(None)
                }
                Instr::IsOp(neg) => {
                    let b = f.pop();
                    let a = f.pop();
                    f.push(Value::bool((a.bits() == b.bits()) != neg));
                    Ok(None)
                }
                Instr::ContainsOp(neg) => {
                    let container = f.pop();
                    let item = f.pop();
                    if let Some(b) = ops::contains_fast(&item, &container) {
                        f.push(Value::bool(b != neg));
                        continue;
                    }
                    self.frames.push(f);
                    let r = ops::contains(self, item, container, neg);
                    f = self.frames.pop().expect("frame pushed just above");
                    self.flow(&mut f, r, Then::Contains { negate: neg })
                }
                Instr::UnaryOp(op) => {
                    let v = f.pop();
                    self.frames.push(f);
                    let r = ops::unary(self, op, v);
                    f = self.frames.pop().expect("frame pushed just above");
                    self.flow(&mut f, r, Then::Push)
                }
                Instr::LoadGlobal { name, push_null } => {
                    if push_null {
                        f.push(Value::NULL);
                    }
                    let code = f.code();
                    let n = &code.names[name as usize];
                    let found = match code.global_cache(f.lasti()) {
                        Some(c) => c.load(&f.globals, &f.builtins, n),
                        None => load_global(&f, n),
                    };
                    match found {
                        Some(v) => {
                            f.push(v);
                            Ok(None)
                        }
                        None => Err(name_error(n)),
                    }
                }
                Instr::StoreGlobal(name) => {
                    let n = f.code().names[name as usize].clone();
                    let v = f.pop();
                    if let Some(d) = f.globals.downcast::<Dict>() {
                        d.set_str(&n, v);
                    }
                    Ok(None)
                }
                Instr::DeleteGlobal(name) => {
                    let n = f.code().names[name as usize].clone();
                    match f.globals.downcast::<Dict>().and_then(|d| d.del_str(&n)) {
                        Some(_) => Ok(None),
                        None => Err(name_error(&n)),
                    }
                }
                Instr::LoadName(name) => {
                    let n = f.code().names[name as usize].clone();
                    self.frames.push(f);
                    let r = load_name(self, &n);
                    f = self.frames.pop().expect("frame pushed just above");
                    r.map(|v| {
                        f.push(v);
                        None
                    })
                }
                Instr::StoreName(name) => {
                    let n = f.code().names[name as usize].clone();
                    let v = f.pop();
                    let locals = f.locals.clone();
                    self.frames.push(f);
                    let r = store_name(self, &locals, &n, v);
                    f = self.frames.pop().expect("frame pushed just above");
                    r.map(|_| None)
                }
                Instr::DeleteName(name) => {
                    let n = f.code().names[name as usize].clone();
                    let locals = f.locals.clone();
                    self.frames.push(f);
                    let r = delete_name(self, &locals, &n);
                    f = self.frames.pop().expect("frame pushed just above");
                    r.map(|_| None)
                }
                Instr::LoadAttr(name) => {
                    let obj = f.pop();
                    let code = f.code();
                    let n = &code.names[name as usize];
                    let cached = code.attr_cache(f.lasti()).and_then(|c| c.load(&obj, n));
                    if let Some(v) = cached.or_else(|| attr::load_attr_fast(&obj, n)) {
                        f.push(v);
                        Ok(None)
                    } else {
                        let n = n.clone();
                        self.frames.push(f);
                        let r = attr::load_attr(self, obj, &n, false);
                        f = self.frames.pop().expect("frame pushed just above");
                        self.flow(&mut f, r, Then::Push)
                    }
                }
                Instr::LoadMethod(name) => {
                    let obj = f.pop();
                    let code = f.code();
                    let n = &code.names[name as usize];
                    let cached = code
                        .attr_cache(f.lasti())
                        .and_then(|c| c.load_method(&obj, n));
                    if let Some(m) = cached {
                        f.push(m);
                        f.push(obj);
                        Ok(None)
                    } else {
                        let n = n.clone();
                        self.frames.push(f);
                        let r = attr::load_method(self, obj, &n);
                        f = self.frames.pop().expect("frame pushed just above");
                        match r {
                            Ok(attr::Method::Unbound(func, obj)) => {
                                f.push(func);
                                f.push(obj);
                                Ok(None)
                            }
                            Ok(attr::Method::Attr(flow)) => {
                                f.push(Value::NULL);
                                self.flow(&mut f, Ok(flow), Then::Push)
                            }
                            Err(e) => Err(e),
                        }
                    }
                }
                Instr::StoreAttr(name) => {
                    let obj = f.pop();
                    let v = f.pop();
                    let code = f.code();
                    let n = &code.names[name as usize];
                    let v = match code.attr_cache(f.lasti()) {
                        Some(c) => c.store(&obj, n, v),
                        None => Err(v),
                    };
                    let Err(v) = v else { continue };
                    let n = n.clone();
                    self.frames.push(f);
                    let r = attr::store_attr(self, &obj, &n, v);
                    f = self.frames.pop().expect("frame pushed just above");
                    self.flow(&mut f, r, Then::Discard)
                }
                Instr::DeleteAttr(name) => {
                    let n = f.code().names[name as usize].clone();
                    let obj = f.pop();
                    self.frames.push(f);
                    let r = attr::delete_attr(self, &obj, &n);
                    f = self.frames.pop().expect("frame pushed just above");
                    self.flow(&mut f, r, Then::Discard)
                }
                Instr::BinarySubscr => {
                    let key = f.pop();
                    let obj = f.pop();
                    if let Some(v) = ops::subscr_fast(&obj, &key) {
                        f.push(v);
                        Ok(None)
                    } else {
                        self.frames.push(f);
                        let r = ops::getitem(self, obj, key);
                        f = self.frames.pop().expect("frame pushed just above");
                        self.flow(&mut f, r, Then::Push)
                    }
                }
                Instr::StoreSubscr => {
                    let key = f.pop();
                    let obj = f.pop();
                    let v = f.pop();
                    match ops::store_subscr_fast(&obj, &key, v) {
                        Ok(old) => {
                            drop(old);
                            Ok(None)
                        }
                        Err(v) => {
                            self.frames.push(f);
                            let r = ops::setitem(self, obj, key, v);
                            f = self.frames.pop().expect("frame pushed just above");
                            self.flow(&mut f, r, Then::Discard)
                        }
                    }
                }
                Instr::DeleteSubscr => {
                    let key = f.pop();
                    let obj = f.pop();
                    self.frames.push(f);
                    let r = ops::delitem(self, obj, key);
                    f = self.frames.pop().expect("frame pushed just above");
                    self.flow(&mut f, r, Then::Discard)
                }
                Instr::BuildTuple(n) => {
                    let items = f.pop_n(n as usize);
                    f.push(tuple::new_tuple(items));
                    Ok(None)
                }
                Instr::BuildList(n) => {
                    let items = f.pop_n(n as usize);
                    f.push(list::new_list(items));
                    Ok(None)
                }
                Instr::BuildSet(n) => {
                    let items = f.pop_n(n as usize);
                    self.frames.push(f);
                    let r = ops::build_set(self, items);
                    f = self.frames.pop().expect("frame pushed just above");
                    r.map(|v| {
                        f.push(v);
                        None
                    })
                }
                Instr::BuildMap(n) => {
                    let items = f.pop_n(2 * n as usize);
                    self.frames.push(f);
                    let r = ops::build_map(self, items);
                    f = self.frames.pop().expect("frame pushed just above");
                    r.map(|v| {
                        f.push(v);
                        None
                    })
                }
                Instr::BuildConstKeyMap(n) => {
                    let keys = f.pop();
                    let vals = f.pop_n(n as usize);
                    let mut items = Vec::with_capacity(2 * n as usize);
                    if let Some(ks) = tuple::as_tuple(&keys) {
                        for (k, v) in ks.iter().zip(vals) {
                            items.push(k.clone());
                            items.push(v);
                        }
                    }
                    self.frames.push(f);
                    let r = ops::build_map(self, items);
                    f = self.frames.pop().expect("frame pushed just above");
                    r.map(|v| {
                        f.push(v);
                        None
                    })
                }
                Instr::BuildString(n) => {
                    let items = f.pop_n(n as usize);
                    f.push(pystr::join_values(&items));
                    Ok(None)
                }
                Instr::BuildSlice(n) => {
                    if store_slice(&f, n) {
                        // `lst[a:b:c] = seq` of lists and tuples: assigned without a slice object.
                        f.slots.truncate(f.slots.len() - n as usize - 2);
                        f.ip += 1;
                        Ok(None)
                    } else if let Some(v) = slice_subscr(&f, n) {
                        // `seq[a:b:c]` of a list or tuple: sliced without a slice object.
                        f.slots.truncate(f.slots.len() - n as usize - 1);
                        f.push(v);
                        f.ip += 1;
                        Ok(None)
                    } else {
                        let step = if n == 3 { f.pop() } else { Value::NONE };
                        let stop = f.pop();
                        let start = f.pop();
                        f.push(objects::slice::new_slice(start, stop, step));
                        Ok(None)
                    }
                }
                Instr::ListAppend(i) => {
                    let v = f.pop();
                    if let Some(l) = list::as_list(f.peek(i as usize)) {
                        l.items.borrow_mut().push(v);
                    }
                    Ok(None)
                }
                Instr::SetAdd(i) => {
                    let v = f.pop();
                    let s = f.peek(i as usize).clone();
                    self.frames.push(f);
                    let r = match objects::set::as_set(&s) {
                        Some(set) => set.add(self, v),
                        None => Ok(()),
                    };
                    f = self.frames.pop().expect("frame pushed just above");
                    r.map(|_| None)
                }
                Instr::MapAdd(i) => {
                    let v = f.pop();
                    let k = f.pop();
                    let d = f.peek(i as usize).clone();
                    self.frames.push(f);
                    let r = match objects::dict::as_dict(&d) {
                        Some(dd) => dd.set(self, k, v),
                        None => Ok(()),
                    };
                    f = self.frames.pop().expect("frame pushed just above");
                    r.map(|_| None)
                }
                Instr::ListExtend(i) => {
                    let it = f.pop();
                    let l = f.peek(i as usize).clone();
                    self.frames.push(f);
                    let r = ops::list_extend(self, &l, it);
                    f = self.frames.pop().expect("frame pushed just above");
                    r.map(|_| None)
                }
                Instr::SetUpdate(i) => {
                    let it = f.pop();
                    let s = f.peek(i as usize).clone();
                    self.frames.push(f);
                    let r = ops::set_update(self, &s, it);
                    f = self.frames.pop().expect("frame pushed just above");
                    r.map(|_| None)
                }
                Instr::DictUpdate(i) | Instr::DictMerge(i) => {
                    let merge = matches!(instr, Instr::DictMerge(_));
                    let other = f.pop();
                    let d = f.peek(i as usize).clone();
                    // For DictMerge the callable sits below the dict: at depth i + 2 (3.11 `DICT_MERGE`).
                    let func = if merge {
                        f.peek(i as usize + 2).clone()
                    } else {
                        Value::NULL
                    };
                    self.frames.push(f);
                    let r = ops::dict_update(self, &d, other, merge, &func);
                    f = self.frames.pop().expect("frame pushed just above");
                    r.map(|_| None)
                }
                Instr::ListToTuple => {
                    let l = f.pop();
                    let items = list::as_list(&l)
                        .map(|l| l.items.borrow().clone())
                        .unwrap_or_default();
                    f.push(tuple::new_tuple(items));
                    Ok(None)
                }
                Instr::UnpackSequence(n) => {
                    let seq = f.pop();
                    self.frames.push(f);
                    let r = ops::unpack(self, seq, n as usize, None);
                    f = self.frames.pop().expect("frame pushed just above");
                    r.map(|items| {
                        for v in items.into_iter().rev() {
                            f.push(v);
                        }
                        None
                    })
                }
                Instr::UnpackEx(arg) => {
                    let before = (arg & 0xff) as usize;
                    let after = (arg >> 8) as usize;
                    let seq = f.pop();
                    self.frames.push(f);
                    let r = ops::unpack(self, seq, before, Some(after));
                    f = self.frames.pop().expect("frame pushed just above");
                    r.map(|items| {
                        for v in items.into_iter().rev() {
                            f.push(v);
                        }
                        None
                    })
                }
                Instr::GetIter => {
                    let v = f.pop();
                    self.frames.push(f);
                    let r = ops::get_iter(self, v);
                    f = self.frames.pop().expect("frame pushed just above");
                    self.flow(&mut f, r, Then::GetIter)
                }
                Instr::GetYieldFromIter => {
                    let v = f.top().clone();
                    let is_gen = v
                        .as_obj()
                        .and_then(|o| o.downcast::<objects::generator::Generator>())
                        .is_some();
                    if is_gen {
                        Ok(None)
                    } else {
                        let v = f.pop();
                        self.frames.push(f);
                        let r = ops::get_iter(self, v);
                        f = self.frames.pop().expect("frame pushed just above");
                        self.flow(&mut f, r, Then::GetIter)
                    }
                }
                Instr::ForIter(t) | Instr::ForIterStoreFast(t) => match ops::next_fast(f.top()) {
                    Some(Some(v)) => {
                        push_item(&mut f, instr, v);
                        Ok(None)
                    }
                    Some(None) => {
                        drop(f.pop());
                        f.ip = t as usize;
                        Ok(None)
                    }
                    None => match crate::interp::genops::resume_for_iter(self, f.top()) {
                        // A suspended generator: its frame runs next, with no `next()` call between.
                        Some(mut nf) => {
                            nf.then = Then::ForIter { target: t };
                            self.push_frame(&mut f, nf).map(|_| None)
                        }
                        None => {
                            let it = f.top().clone();
                            self.frames.push(f);
                            let r = ops::next_slow(self, it, Then::ForIter { target: t });
                            f = self.frames.pop().expect("frame pushed just above");
                            if self.switched {
                                // A channel's `__next__` switched: `f` is another computation's.
                                // `next_slow` leaves a switched-through StopIteration an error.
                                let r = r.and_then(|n| match n {
                                    ops::Next::Item(v) => Ok(Flow::Value(v)),
                                    ops::Next::Frame(nf) => Ok(Flow::Frame(nf)),
                                    ops::Next::Done => Err(error::system_error(
                                        "a switched iteration ended without its error",
                                    )),
                                });
                                self.resume_top(&mut f, r)
                            } else {
                                match r {
                                    Ok(ops::Next::Item(v)) => {
                                        f.push(v);
                                        Ok(None)
                                    }
                                    Ok(ops::Next::Done) => {
                                        drop(f.pop());
                                        f.ip = t as usize;
                                        Ok(None)
                                    }
                                    Ok(ops::Next::Frame(nf)) => {
                                        self.push_frame(&mut f, nf).map(|_| None)
                                    }
                                    Err(e) => Err(e),
                                }
                            }
                        }
                    },
                },
                Instr::MakeCell(i) => {
                    let v = f.slots[i as usize].take();
                    f.slots[i as usize] = Value::obj(objects::cell::new_cell(v));
                    Ok(None)
                }
                Instr::CopyFreeVars(n) => {
                    let closure = f
                        .func
                        .as_obj()
                        .and_then(|o| o.downcast::<objects::function::Function>())
                        .map(|func| func.closure.clone());
                    if let Some(cl) = closure.as_ref().and_then(tuple::as_tuple) {
                        let start = f.code().free_start;
                        for (k, c) in cl.iter().take(n as usize).enumerate() {
                            f.slots[start + k] = c.clone();
                        }
                    }
                    Ok(None)
                }
                Instr::LoadClosure(i) => {
                    let v = f.slots[i as usize].clone();
                    f.push(v);
                    Ok(None)
                }
                Instr::LoadDeref(i) => match cell_get(&f.slots[i as usize]) {
                    Some(v) => {
                        f.push(v);
                        Ok(None)
                    }
                    None => Err(unbound_deref(&f, i as usize)),
                },
                Instr::LoadClassDeref(i) => {
                    let name = f.code().localsplus[i as usize].clone();
                    let from_locals = f
                        .locals
                        .as_obj()
                        .and_then(|o| o.downcast::<Dict>())
                        .and_then(|d| d.get_str(&name));
                    match from_locals.or_else(|| cell_get(&f.slots[i as usize])) {
                        Some(v) => {
                            f.push(v);
                            Ok(None)
                        }
                        None => Err(unbound_deref(&f, i as usize)),
                    }
                }
                Instr::StoreDeref(i) => {
                    let v = f.pop();
                    if let Some(c) = f.slots[i as usize]
                        .as_obj()
                        .and_then(|o| o.downcast::<objects::cell::CellObj>())
                    {
                        let old = std::mem::replace(&mut *c.value.borrow_mut(), v);
                        drop(old);
                    }
                    Ok(None)
                }
                Instr::DeleteDeref(i) => {
                    let had = match f.slots[i as usize]
                        .as_obj()
                        .and_then(|o| o.downcast::<objects::cell::CellObj>())
                    {
                        Some(c) => {
                            let old = c.value.borrow_mut().take();
                            let had = !old.is_null();
                            drop(old);
                            had
                        }
                        None => false,
                    };
                    if had {
                        Ok(None)
                    } else {
                        Err(unbound_deref(&f, i as usize))
                    }
                }
                Instr::KwNames(i) => {
                    f.kwnames = f
                        .code()
                        .consts
                        .get(i as usize)
                        .cloned()
                        .unwrap_or(Value::NULL);
                    Ok(None)
                }
                Instr::Call(argc) | Instr::CallPopTop(argc) => {
                    let argc = argc as usize;
                    let c = call::callee(&f, argc);
                    let fast = match &c {
                        Some(c) if c.kind == crate::heap::Kind::Function => {
                            call::frame_from_stack(self, &mut f, argc, c)
                        }
                        _ => None,
                    };
                    if let Some(r) = fast {
                        match r {
                            Ok(nf) => self.push_frame(&mut f, nf).map(|_| None),
                            Err(e) => Err(e),
                        }
                    } else if let Some(how) = c.and_then(|c| native_callee(&f, argc, &c)) {
                        // A native: its arguments move to an array on the Rust stack, not into a new vector,
                        // its `self` first when it has one.
                        let kwnames = f.kwnames.take();
                        let lead = usize::from(how != NativeSelf::No);
                        let n = argc + lead;
                        let mut args: [Value; NATIVE_ARGS] = Default::default();
                        for a in args[lead..n].iter_mut().rev() {
                            *a = f.pop();
                        }
                        let second = f.pop();
                        let first = f.pop();
                        let callable = if how == NativeSelf::Stack {
                            args[0] = second;
                            first
                        } else {
                            second
                        };
                        self.frames.push(f);
                        self.plain_call = true;
                        let r = match callable
                            .as_obj()
                            .and_then(|o| o.downcast::<objects::builtin::Builtin>())
                        {
                            Some(b) => {
                                self.native_name = b.name;
                                if how == NativeSelf::Own {
                                    args[0] = b.self_.clone().unwrap_or(Value::NONE);
                                    call::call_native_args(
                                        self,
                                        b,
                                        &args[..n],
                                        &kwnames,
                                        b.recursion_ctx,
                                    )
                                } else {
                                    call::call_native(self, b, &args[..n], &kwnames)
                                }
                            }
                            None => Err(error::system_error("native callee vanished")),
                        };
                        self.plain_call = false;
                        // Returned: no native of this level is running any more.
                        self.native_name = "";
                        // Only the first `n` can hold references: release those, and skip the drop of the
                        // whole array (eight tag checks on every native call); the rest are NULL.
                        for a in &mut args[..n] {
                            drop(a.take());
                        }
                        std::mem::forget(args);
                        f = self.frames.pop().expect("frame pushed just above");
                        if self.switched {
                            self.resume_top(&mut f, r)
                        } else {
                            match r {
                                Ok(Flow::Value(v)) => {
                                    push_value(&mut f, v);
                                    Ok(None)
                                }
                                r => self.flow(&mut f, r, Then::Push),
                            }
                        }
                    } else {
                        let kwnames = f.kwnames.take();
                        let mut args = Vec::with_capacity(argc + 1);
                        let callable = call_operands_into(&mut f, argc, &mut args);
                        if let Some(func) = callable
                            .as_obj()
                            .and_then(|o| o.downcast::<objects::function::Function>())
                        {
                            // Python-to-Python: bind into a new frame and continue the loop.
                            match call::function_frame(self, func, &callable, args, &kwnames) {
                                Ok(nf) => self.push_frame(&mut f, nf).map(|_| None),
                                Err(e) => Err(e),
                            }
                        } else {
                            // A class or another callable: a continuation stopped inside the call is
                            // named by the builtin type called, or the builtin type of the callable
                            // (`functools.partial`); see `native_name`.
                            self.native_name = match callable.as_obj() {
                                Some(o) if o.kind() == crate::heap::Kind::Type => {
                                    objects::typeobj::tdata(o).native_name
                                }
                                Some(o) => objects::typeobj::tdata(o.ty()).native_name,
                                None => "",
                            };
                            self.frames.push(f);
                            let r = call::call_flow(self, &callable, args, &kwnames);
                            f = self.frames.pop().expect("frame pushed just above");
                            self.flow(&mut f, r, Then::Push)
                        }
                    }
                }
                Instr::CallFunctionEx(has_kw) => {
                    let kwargs = if has_kw & 1 != 0 {
                        f.pop()
                    } else {
                        Value::NULL
                    };
                    let args = f.pop();
                    let callable = f.pop();
                    let null = f.pop();
                    drop(null);
                    self.frames.push(f);
                    let r = call::call_ex(self, &callable, args, kwargs);
                    f = self.frames.pop().expect("frame pushed just above");
                    if self.switched {
                        self.resume_top(&mut f, r)
                    } else {
                        self.flow(&mut f, r, Then::Push)
                    }
                }
                Instr::MakeFunction(fl) => {
                    let code = f.pop();
                    let closure = if fl & 0x08 != 0 { f.pop() } else { Value::NONE };
                    let annotations = if fl & 0x04 != 0 { f.pop() } else { Value::NULL };
                    let kwdefaults = if fl & 0x02 != 0 { f.pop() } else { Value::NONE };
                    let defaults = if fl & 0x01 != 0 { f.pop() } else { Value::NONE };
                    let func =
                        call::make_function(&f, code, defaults, kwdefaults, annotations, closure);
                    func.map(|v| {
                        f.push(v);
                        None
                    })
                }
                Instr::ReturnValue => {
                    let v = f.pop();
                    Ok(Some(Exit::Return(v)))
                }
                Instr::ReturnGenerator => {
                    let gen = objects::generator::new_generator_placeholder(self, &f);
                    Ok(Some(Exit::NewGen(gen)))
                }
                Instr::YieldValue => {
                    let v = f.pop();
                    Ok(Some(Exit::Yield(v)))
                }
                Instr::Send(t) => {
                    let v = f.pop();
                    match crate::interp::genops::resume_send(self, f.top(), &v) {
                        // A suspended generator or coroutine: its frame runs next.
                        Some(mut nf) => {
                            nf.then = Then::Send { target: t };
                            self.push_frame(&mut f, nf).map(|_| None)
                        }
                        None => {
                            let sub = f.top().clone();
                            self.frames.push(f);
                            let r = ops::send(self, sub, v, t);
                            f = self.frames.pop().expect("frame pushed just above");
                            match r {
                                Ok(ops::Next::Item(v)) => {
                                    f.push(v);
                                    Ok(None)
                                }
                                Ok(ops::Next::Done) => Ok(None),
                                Ok(ops::Next::Frame(nf)) => {
                                    self.push_frame(&mut f, nf).map(|_| None)
                                }
                                Err(e) => {
                                    // StopIteration from a non-generator sub-iterator: pop it, push the value, jump.
                                    if exc::matches_type(&e, &types().stop_iteration) {
                                        drop(f.pop());
                                        let val = exc::stop_iteration_value(e);
                                        f.push(val);
                                        f.ip = t as usize;
                                        Ok(None)
                                    } else {
                                        Err(e)
                                    }
                                }
                            }
                        }
                    }
                }
                Instr::Raise(n) => {
                    let cause = if n >= 2 { Some(f.pop()) } else { None };
                    let exc_v = if n >= 1 { Some(f.pop()) } else { None };
                    if n == 0 && !self.handled_exception().is_none() {
                        reraised_at = Some(f.lasti());
                    }
                    self.frames.push(f);
                    let e = exc::do_raise(self, exc_v, cause);
                    f = self.frames.pop().expect("frame pushed just above");
                    Err(e)
                }
                Instr::Reraise(oparg) => {
                    let e = f.pop();
                    reraised_at = Some(f.lasti());
                    if oparg != 0 {
                        let lasti = f.peek(oparg as usize).clone();
                        if let Some(l) = int::to_i64(&lasti) {
                            f.ip = (l as usize) + 1;
                        }
                    }
                    match e.as_obj() {
                        Some(o) => Err(exc::reraise(o.clone())),
                        None => Err(error::runtime_error("No active exception to reraise")),
                    }
                }
                Instr::PushExcInfo => {
                    let e = f.pop();
                    let prev = self.set_handled(e.clone());
                    f.push(prev);
                    f.push(e);
                    Ok(None)
                }
                Instr::PopExcept => {
                    let prev = f.pop();
                    let old = self.set_handled(prev);
                    drop(old);
                    Ok(None)
                }
                Instr::CheckExcMatch => {
                    let ty = f.pop();
                    let e = f.top().clone();
                    match exc::check_exc_match(&e, &ty) {
                        Ok(b) => {
                            f.push(Value::bool(b));
                            Ok(None)
                        }
                        Err(err) => Err(err),
                    }
                }
                Instr::CheckEgMatch => {
                    let ty = f.pop();
                    let e = f.pop();
                    self.frames.push(f);
                    let r = exc::check_eg_match(self, e, ty);
                    f = self.frames.pop().expect("frame pushed just above");
                    r.map(|(rest, matched)| {
                        f.push(rest);
                        f.push(matched);
                        None
                    })
                }
                Instr::PrepReraiseStar => {
                    let excs = f.pop();
                    let orig = f.pop();
                    self.frames.push(f);
                    let r = exc::prep_reraise_star(self, orig, excs);
                    f = self.frames.pop().expect("frame pushed just above");
                    r.map(|v| {
                        f.push(v);
                        None
                    })
                }
                Instr::LoadAssertionError => {
                    f.push(Value::obj(types().assertion_error.clone()));
                    Ok(None)
                }
                Instr::LoadBuildClass => {
                    match f
                        .builtins
                        .downcast::<Dict>()
                        .and_then(|d| d.get_rs("__build_class__"))
                    {
                        Some(v) => {
                            f.push(v);
                            Ok(None)
                        }
                        None => Err(error::name_error("__build_class__ not found")),
                    }
                }
                Instr::SetupAnnotations => {
                    let locals = f.locals.clone();
                    self.frames.push(f);
                    let r = setup_annotations(self, &locals);
                    f = self.frames.pop().expect("frame pushed just above");
                    r.map(|_| None)
                }
                Instr::BeforeWith => {
                    let mgr = f.pop();
                    self.frames.push(f);
                    let r = ops::before_with(self, mgr, false);
                    f = self.frames.pop().expect("frame pushed just above");
                    match r {
                        Ok((exit, flow)) => {
                            f.push(exit);
                            self.flow(&mut f, Ok(flow), Then::Push)
                        }
                        Err(e) => Err(e),
                    }
                }
                Instr::BeforeAsyncWith => {
                    let mgr = f.pop();
                    self.frames.push(f);
                    let r = ops::before_with(self, mgr, true);
                    f = self.frames.pop().expect("frame pushed just above");
                    match r {
                        Ok((exit, flow)) => {
                            f.push(exit);
                            self.flow(&mut f, Ok(flow), Then::Push)
                        }
                        Err(e) => Err(e),
                    }
                }
                Instr::WithExceptStart => {
                    // Stack: exit_func, lasti, prev_exc, exc -> call exit_func(type, exc, tb)
                    let e = f.peek(1).clone();
                    let exit_func = f.peek(4).clone();
                    let (ty, tb) = exc::type_and_tb(&e);
                    self.frames.push(f);
                    let r = call::call_flow(self, &exit_func, vec![ty, e, tb], &Value::NULL);
                    f = self.frames.pop().expect("frame pushed just above");
                    self.flow(&mut f, r, Then::Push)
                }
                Instr::GetLen => {
                    let v = f.top().clone();
                    self.frames.push(f);
                    let r = ops::len(self, &v);
                    f = self.frames.pop().expect("frame pushed just above");
                    r.map(|n| {
                        f.push(int::from_i64(n as i64));
                        None
                    })
                }
                Instr::MatchMapping => {
                    let v = f.top().clone();
                    let b = crate::interp::pattern::is_mapping(&v);
                    f.push(Value::bool(b));
                    Ok(None)
                }
                Instr::MatchSequence => {
                    let v = f.top().clone();
                    let b = crate::interp::pattern::is_sequence(&v);
                    f.push(Value::bool(b));
                    Ok(None)
                }
                Instr::MatchKeys => {
                    let keys = f.peek(1).clone();
                    let subject = f.peek(2).clone();
                    self.frames.push(f);
                    let r = crate::interp::pattern::match_keys(self, &subject, &keys);
                    f = self.frames.pop().expect("frame pushed just above");
                    r.map(|v| {
                        f.push(v);
                        None
                    })
                }
                Instr::MatchClass(n) => {
                    let names = f.pop();
                    let cls = f.pop();
                    let subject = f.pop();
                    self.frames.push(f);
                    let r = crate::interp::pattern::match_class(
                        self, &subject, &cls, n as usize, &names,
                    );
                    f = self.frames.pop().expect("frame pushed just above");
                    r.map(|v| {
                        f.push(v);
                        None
                    })
                }
                Instr::FormatValue(fl) => {
                    let spec = if fl & 4 != 0 { f.pop() } else { Value::NULL };
                    let v = f.pop();
                    self.frames.push(f);
                    let r = ops::format_value(self, v, fl & 3, spec);
                    f = self.frames.pop().expect("frame pushed just above");
                    r.map(|v| {
                        f.push(v);
                        None
                    })
                }
                Instr::ImportName(name) => {
                    let n = f.code().names[name as usize].clone();
                    let fromlist = f.pop();
                    let level = f.pop();
                    self.frames.push(f);
                    let r = crate::interp::import::import_name(self, &n, fromlist, level);
                    f = self.frames.pop().expect("frame pushed just above");
                    r.map(|v| {
                        f.push(v);
                        None
                    })
                }
                Instr::ImportFrom(name) => {
                    let n = f.code().names[name as usize].clone();
                    let m = f.top().clone();
                    self.frames.push(f);
                    let r = crate::interp::import::import_from(self, &m, &n);
                    f = self.frames.pop().expect("frame pushed just above");
                    r.map(|v| {
                        f.push(v);
                        None
                    })
                }
                Instr::ImportStar => {
                    let m = f.pop();
                    let locals = f.locals.clone();
                    self.frames.push(f);
                    let r = crate::interp::import::import_star(self, &m, &locals);
                    f = self.frames.pop().expect("frame pushed just above");
                    r.map(|_| None)
                }
                Instr::PrintExpr => {
                    let v = f.pop();
                    self.frames.push(f);
                    let r = crate::interp::builtins_mod::display_hook(self, v);
                    f = self.frames.pop().expect("frame pushed just above");
                    r.map(|_| None)
                }
                Instr::GetAwaitable(w) => {
                    let v = f.pop();
                    self.frames.push(f);
                    let r = crate::interp::asyncops::get_awaitable(self, v, w);
                    f = self.frames.pop().expect("frame pushed just above");
                    self.flow(&mut f, r, Then::Push)
                }
                Instr::GetAiter => {
                    let v = f.pop();
                    self.frames.push(f);
                    let r = crate::interp::asyncops::get_aiter(self, v);
                    f = self.frames.pop().expect("frame pushed just above");
                    self.flow(&mut f, r, Then::Push)
                }
                Instr::GetAnext => {
                    let v = f.top().clone();
                    self.frames.push(f);
                    let r = crate::interp::asyncops::get_anext(self, v);
                    f = self.frames.pop().expect("frame pushed just above");
                    self.flow(&mut f, r, Then::Push)
                }
                Instr::EndAsyncFor => {
                    let e = f.pop();
                    let _aiter = f.pop();
                    let is_stop = e.as_obj().is_some_and(|o| {
                        objects::typeobj::is_subtype(o.ty(), &types().stop_async_iteration)
                    });
                    if is_stop {
                        Ok(None)
                    } else {
                        reraised_at = Some(f.lasti());
                        match e.as_obj() {
                            Some(o) => Err(exc::reraise(o.clone())),
                            None => Err(error::system_error("bad END_ASYNC_FOR")),
                        }
                    }
                }
                Instr::AsyncGenWrap => {
                    let v = f.pop();
                    f.push(crate::interp::asyncops::wrap_value(v));
                    Ok(None)
                }
            };
            let e = match r {
                Ok(None) => continue,
                Ok(Some(exit)) => match self.leave(f, exit) {
                    Ok(Left::Continue(nf)) => {
                        f = nf;
                        continue;
                    }
                    Ok(Left::Done(v)) => return Ok(v),
                    Err((Some(nf), e)) => {
                        f = nf;
                        e
                    }
                    Err((None, e)) => return Err(e),
                },
                Err(e) => e,
            };
            match self.unwind(f, e, reraised_at.take()) {
                Ok(nf) => f = nf,
                Err(e) => return Err(e),
            }
        }
    }

    /// Pushes `nf` as the new running frame, `f` becoming its caller.
    #[inline]
    pub(crate) fn push_frame(&mut self, f: &mut Box<Frame>, nf: Box<Frame>) -> PyResult<()> {
        if self.depth >= Vm::recursion_limit() {
            self.recycle(nf);
            return Err(error::recursion_error("maximum recursion depth exceeded"));
        }
        self.depth += 1;
        let caller = std::mem::replace(f, nf);
        self.frames.push(caller);
        if !self.preempt.is_null() {
            self.tick(f)?;
        }
        Ok(())
    }

    /// A conditional jump taken to `t`. One backwards closes a loop (`while` tests at the bottom):
    /// a safe point, as the back edge of `Jump` is.
    #[inline(always)]
    fn jump(&mut self, f: &mut Box<Frame>, t: u32) -> PyResult<Option<Exit>> {
        let back = (t as usize) < f.ip;
        f.ip = t as usize;
        if back && !self.preempt.is_null() {
            self.tick(f)?;
        }
        Ok(None)
    }

    /// While a hook is set: the events before the next instruction of `f` (`trace::step`), and the
    /// attention flag raised again so that the loop comes back before the one after. Returns the frame
    /// to go on with, and whether it is a handler's (a hook raised).
    #[cold]
    #[inline(never)]
    fn trace_instruction(&mut self, f: Box<Frame>) -> PyResult<(Box<Frame>, bool)> {
        crate::heap::request_attention();
        if self.tracing != 0 {
            return Ok((f, false));
        }
        self.frames.push(f);
        let r = crate::interp::trace::step(self);
        let f = self.frames.pop().expect("frame pushed just above");
        match r {
            Ok(()) => Ok((f, false)),
            Err(e) => self.unwind(f, e, None).map(|f| (f, true)),
        }
    }

    /// Counts a safe point (a call, a loop's back edge) while preemption is armed; when the count runs
    /// out, the running frame calls `preempt` first, through a frame of its own whose result is
    /// dropped. The hook is an ordinary native call from the loop's base level, so it can switch to
    /// another computation softly, and the interrupted one resumes where it was.
    #[cold]
    fn tick(&mut self, f: &mut Box<Frame>) -> PyResult<()> {
        self.ticks = self.ticks.saturating_sub(1);
        if self.ticks > 0 {
            return Ok(());
        }
        let code = match &self.preempt_code {
            Some(c) => c.clone(),
            None => {
                let c = self.compile_str(
                    "__preempt__()",
                    "<preemption>",
                    crate::interp::compile::Mode::Eval,
                    0,
                )?;
                self.preempt_code = Some(c.clone());
                c
            }
        };
        let globals = objects::dict::new_dict();
        if let Some(d) = globals.downcast::<Dict>() {
            d.set_rs("__preempt__", self.preempt.clone());
        }
        let builtins = self.builtins.clone();
        let mut pf = call::new_frame(self, &code, &globals, &builtins, Value::NULL, Value::NULL)?;
        pf.then = Then::Discard;
        self.depth += 1;
        let caller = std::mem::replace(f, pf);
        self.frames.push(caller);
        Ok(())
    }

    /// Carries out a `Flow`: pushes the value, or pushes the frame with continuation `then` (unless the frame
    /// already has its own continuation). Inlined for its common case, a value to push (the `then` of the
    /// call site is then known and costs nothing to drop).
    #[inline(always)]
    fn flow(
        &mut self,
        f: &mut Box<Frame>,
        r: PyResult<Flow>,
        then: Then,
    ) -> PyResult<Option<Exit>> {
        if let Then::Push = then {
            if let Ok(Flow::Value(v)) = r {
                f.push(v);
                return Ok(None);
            }
        }
        self.flow_other(f, r, then)
    }

    fn flow_other(
        &mut self,
        f: &mut Box<Frame>,
        r: PyResult<Flow>,
        then: Then,
    ) -> PyResult<Option<Exit>> {
        match r {
            Ok(Flow::Value(v)) => {
                match then {
                    Then::Discard => drop(v),
                    Then::Contains { negate } => {
                        // Natives return the final bool already.
                        let _ = negate;
                        f.push(v)
                    }
                    _ => f.push(v),
                }
                Ok(None)
            }
            Ok(Flow::Frame(mut nf)) => {
                if matches!(nf.then, Then::Push) {
                    nf.then = then;
                }
                self.push_frame(f, nf)?;
                Ok(None)
            }
            Ok(Flow::Pending) => match self.pending_frame.take() {
                Some(mut nf) => {
                    if matches!(nf.then, Then::Push) {
                        nf.then = then;
                    }
                    self.push_frame(f, nf)?;
                    Ok(None)
                }
                None => Err(error::system_error(
                    "native requested a call without a frame",
                )),
            },
            Err(e) => Err(e),
        }
    }

    fn flow_truth(
        &mut self,
        f: &mut Box<Frame>,
        r: PyResult<ops::Truth>,
    ) -> PyResult<Option<Exit>> {
        match r {
            Ok(ops::Truth::Jump(t)) => {
                f.ip = t as usize;
                Ok(None)
            }
            Ok(ops::Truth::NoJump { pop }) => {
                if pop {
                    drop(f.pop());
                }
                Ok(None)
            }
            Ok(ops::Truth::Frame(nf)) => {
                self.push_frame(f, nf)?;
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }

    /// Returns a frame box to the pool.
    pub(crate) fn recycle(&mut self, mut f: Box<Frame>) {
        // Locals first to last, as CPython's frame clearing releases them (the order of `__del__`s).
        if !f.frame_obj.is_null() {
            // Its object shows where it stopped (`f_lineno` of a finished frame).
            objects::frameobj::frame_object(&f);
            objects::frameobj::keep_locals(&f);
            let code = f.code();
            if !std::rc::Rc::ptr_eq(&f.instrs, &code.exec) {
                // It was traced: back to the superinstructions for its next use.
                f.instrs = code.exec.clone();
            }
        }
        f.slots.clear();
        f.locals = Value::NULL;
        f.func = Value::NULL;
        f.kwnames = Value::NULL;
        f.gen = Value::NULL;
        f.frame_obj = Value::NULL;
        if !matches!(f.then, Then::Push) {
            f.then = Then::Push;
        }
        if self.frame_pool.len() < 64 {
            self.frame_pool.push(f);
        }
    }

    /// Leaves frame `f` by return or yield; resumes the caller with `then`.
    fn leave(
        &mut self,
        mut f: Box<Frame>,
        exit: Exit,
    ) -> Result<Left, (Option<Box<Frame>>, PyErr)> {
        self.depth = self.depth.saturating_sub(1);
        if let Exit::Return(v) = exit {
            if f.gen.is_null() && matches!(f.then, Then::Push) {
                // The common return: a plain call's result onto its caller's stack.
                self.recycle(f);
                self.yielded = false;
                return match self.frames.pop() {
                    Some(mut c) => {
                        c.push(v);
                        Ok(Left::Continue(c))
                    }
                    None => Err((None, error::system_error("frame stack underflow"))),
                };
            }
            if f.gen.is_null() && v.is_none() {
                if let Then::Init(inst) = &mut f.then {
                    // `__init__` returned None: the new instance is the call's result.
                    let inst = inst.take();
                    f.then = Then::Push;
                    self.recycle(f);
                    self.yielded = false;
                    let mut c = self.caller()?;
                    c.push(inst);
                    return Ok(Left::Continue(c));
                }
            }
            return self.leave_other(f, Exit::Return(v));
        }
        if let Exit::Yield(v) = exit {
            // The common resumers take the item without `resume_caller`. Each arm resets `then` to `Push`
            // knowing its variant, so no drop glue runs.
            if !f.gen.is_null() {
                match f.then {
                    Then::ForIter { .. } => {
                        f.then = Then::Push;
                        self.suspend_yielded(f);
                        let mut c = self.caller()?;
                        let for_iter = c.ip.checked_sub(1).and_then(|i| c.instrs.get(i)).copied();
                        push_item(&mut c, for_iter.unwrap_or(Instr::Nop), v);
                        return Ok(Left::Continue(c));
                    }
                    Then::Send { .. } => {
                        // The `yield from`/`await` that resumed it yields the item on.
                        f.then = Then::Push;
                        self.suspend_yielded(f);
                        let mut c = self.caller()?;
                        c.push(v);
                        return Ok(Left::Continue(c));
                    }
                    Then::Return(_) => {
                        // The native that resumed it (`next_value`).
                        f.then = Then::Push;
                        self.suspend_yielded(f);
                        return Ok(Left::Done(v));
                    }
                    _ => {}
                }
            }
            return self.leave_other(f, Exit::Yield(v));
        }
        self.leave_other(f, exit)
    }

    /// A generator's frame that yielded goes back into its generator.
    #[inline(always)]
    fn suspend_yielded(&mut self, mut f: Box<Frame>) {
        let gen = f.gen.take();
        if let Some(g) = gen.as_obj() {
            objects::generator::suspend(self, g, f);
        }
        self.yielded = true;
    }

    /// The caller of the frame that is leaving.
    #[inline(always)]
    fn caller(&mut self) -> Result<Box<Frame>, (Option<Box<Frame>>, PyErr)> {
        self.frames
            .pop()
            .ok_or_else(|| (None, error::system_error("frame stack underflow")))
    }

    fn leave_other(
        &mut self,
        mut f: Box<Frame>,
        exit: Exit,
    ) -> Result<Left, (Option<Box<Frame>>, PyErr)> {
        let then = std::mem::replace(&mut f.then, Then::Push);
        let gen = f.gen.take();
        let (value, finished_gen) = match exit {
            Exit::Return(v) => {
                if let Some(g) = gen.as_obj() {
                    objects::generator::finish(self, g, &mut f);
                    (v, true)
                } else {
                    (v, false)
                }
            }
            Exit::NewGen(g) => {
                if let Some(go) = g.as_obj() {
                    if let Some(gd) = go.downcast::<objects::generator::Generator>() {
                        *gd.frame.borrow_mut() = Some(f);
                    }
                }
                self.yielded = false;
                return self.resume_caller(then, Ok(g), false);
            }
            Exit::Yield(v) => {
                if let Some(g) = gen.as_obj() {
                    // The frame goes back into its generator, suspended.
                    objects::generator::suspend(self, g, f);
                } else {
                    self.recycle(f);
                }
                self.yielded = true;
                return self.resume_caller(then, Ok(v), false);
            }
        };
        if !finished_gen {
            self.recycle(f);
        }
        self.yielded = false;
        self.resume_caller(then, Ok(value), finished_gen)
    }

    /// Delivers a frame's result (or exception) to its caller according to `then`.
    fn resume_caller(
        &mut self,
        then: Then,
        result: PyResult<Value>,
        gen_returned: bool,
    ) -> Result<Left, (Option<Box<Frame>>, PyErr)> {
        if let Then::Finish(owner, finisher) = then {
            let payload = crate::cont::finish(self, owner, finisher, result);
            return self.deliver(payload);
        }
        if let Then::Return(_) = then {
            return match result {
                Ok(v) => {
                    if gen_returned && !self.yielded {
                        // A generator returned into a native resumer: StopIteration(value).
                        Err((None, objects::generator::stop_with(v)))
                    } else {
                        Ok(Left::Done(v))
                    }
                }
                Err(e) => Err((None, e)),
            };
        }
        let Some(mut c) = self.frames.pop() else {
            return Err((None, error::system_error("frame stack underflow")));
        };
        let r = crate::interp::thenops::apply(self, &mut c, then, result, gen_returned);
        match r {
            Ok(None) => Ok(Left::Continue(c)),
            Ok(Some(nf)) => {
                if self.depth >= Vm::recursion_limit() {
                    self.recycle(nf);
                    return Err((
                        Some(c),
                        error::recursion_error("maximum recursion depth exceeded"),
                    ));
                }
                self.depth += 1;
                self.frames.push(c);
                Ok(Left::Continue(nf))
            }
            Err(e) => Err((Some(c), e)),
        }
    }

    /// Hands `payload` to the frame on top of the chain (a computation a continuation resumed): a value
    /// is pushed as the result of the call it waits in, an exception raised there, a start calls the
    /// computation's callable from it.
    /// The result `r` of a native that switched softly ([`Vm::switched`]), for `f`, the top frame of
    /// the computation now running: it waits as its own instruction says, not as the call site does.
    #[inline(always)]
    fn resume_top(&mut self, f: &mut Box<Frame>, r: PyResult<Flow>) -> PyResult<Option<Exit>> {
        self.switched = false;
        match r {
            Ok(Flow::Value(v)) => {
                push_value(f, v);
                Ok(None)
            }
            Err(e) if ends_for_loop(f, &e) => Ok(None),
            r => self.flow(f, r, Then::Push),
        }
    }

    fn deliver(
        &mut self,
        payload: crate::cont::Payload,
    ) -> Result<Left, (Option<Box<Frame>>, PyErr)> {
        use crate::cont::Payload;
        let Some(mut top) = self.frames.pop() else {
            return Err((
                None,
                error::system_error("continuation resumed with no frame"),
            ));
        };
        match payload {
            Payload::Value(v) => {
                top.push(v);
                Ok(Left::Continue(top))
            }
            Payload::Raise(e) if ends_for_loop(&mut top, &e) => Ok(Left::Continue(top)),
            Payload::Raise(e) => Err((Some(top), e)),
            Payload::Start {
                callable,
                args,
                kwnames,
            } => {
                self.frames.push(top);
                let r = call::call_flow(self, &callable, args, &kwnames);
                let Some(mut top) = self.frames.pop() else {
                    return Err((None, error::system_error("frame stack underflow")));
                };
                match self.flow(&mut top, r, Then::Push) {
                    Ok(_) => Ok(Left::Continue(top)),
                    Err(e) => Err((Some(top), e)),
                }
            }
        }
    }

    /// Runs the computation installed on this worker's base level, first handing it `payload`; returns
    /// when a top-level frame (`Then::Return`) finishes.
    pub(crate) fn run_base(&mut self, payload: crate::cont::Payload) -> PyResult<Value> {
        match self.deliver(payload) {
            Ok(Left::Continue(f)) => self.run(f),
            Ok(Left::Done(v)) => Ok(v),
            Err((Some(f), e)) => match self.unwind(f, e, None) {
                Ok(nf) => self.run(nf),
                Err(e) => Err(e),
            },
            Err((None, e)) => Err(e),
        }
    }

    /// Unwinds after an exception in `f`: finds a handler in `f` or its callers. Returns the frame to continue
    /// with, or the exception when it leaves the nested run.
    ///
    /// `reraised_at` is the index of the instruction that re-raised an exception already carrying this
    /// frame's traceback entry (as CPython's `exception_unwind`, no new entry). The handler is looked up from
    /// that instruction, while `f.ip` may already point back at the original raise (for `f_lineno`).
    fn unwind(
        &mut self,
        mut f: Box<Frame>,
        e: PyErr,
        mut reraised_at: Option<usize>,
    ) -> PyResult<Box<Frame>> {
        let mut exc_obj = exc::normalize(self, e);
        loop {
            let at = match reraised_at.take() {
                Some(at) => at,
                None => {
                    exc::add_traceback(self, &exc_obj, &mut f);
                    if self.tracing_on() {
                        self.frames.push(f);
                        let r = crate::interp::trace::exception(self, &exc_obj);
                        f = self.frames.pop().expect("frame pushed just above");
                        if let Err(e) = r {
                            exc_obj = exc::normalize(self, e);
                        }
                    }
                    f.lasti()
                }
            };
            let lasti = f.lasti();
            let handler = f.code().handler_for(at).copied();
            if let Some(h) = handler {
                f.unwind_to(h.depth as usize);
                if h.lasti {
                    f.push(int::from_i64(lasti as i64));
                }
                f.push(Value::obj(exc_obj));
                f.ip = h.handler as usize;
                return Ok(f);
            }
            // No handler: leave the frame.
            if self.tracing_on() {
                self.frames.push(f);
                crate::interp::trace::unwound(self);
                f = self.frames.pop().expect("frame pushed just above");
            }
            self.depth = self.depth.saturating_sub(1);
            let then = std::mem::replace(&mut f.then, Then::Push);
            let gen = f.gen.take();
            if let Some(g) = gen.as_obj() {
                objects::generator::finish(self, g, &mut f);
                exc_obj = objects::generator::convert_stop_iteration(self, g, exc_obj);
            } else {
                self.recycle(f);
            }
            match self.resume_caller(then, Err(PyErr::raised(exc_obj.clone())), false) {
                Ok(Left::Continue(nf)) => return Ok(nf),
                Ok(Left::Done(_)) => return Err(error::system_error("exception vanished")),
                Err((Some(c), e2)) => {
                    f = c;
                    exc_obj = exc::normalize(self, e2);
                }
                Err((None, e2)) => return Err(e2),
            }
        }
    }

    /// Runs the stdlib's safe-point hooks; the first error stops them (the rest run at the next safe point,
    /// as the flag is raised again).
    pub fn run_attention_hooks(&mut self) -> PyResult<()> {
        for i in 0..self.attention_hooks.len() {
            if let Err(e) = (self.attention_hooks[i])(self) {
                crate::heap::request_attention();
                return Err(e);
            }
        }
        Ok(())
    }

    /// Runs pending `__del__` methods (and weakref callbacks), reporting their exceptions as CPython does.
    pub fn run_finalizers(&mut self) {
        for obj in crate::heap::take_finalizers() {
            self.finalize(&obj);
            drop(obj);
        }
    }

    /// Runs `obj`'s finaliser (`tp_finalize`): a suspended generator's `close()`, else its type's
    /// `__del__`; an exception is reported as unraisable. The refcount path and the cycle
    /// collector both come here.
    pub fn finalize(&mut self, obj: &crate::heap::ObjRef) {
        if obj.kind() == crate::heap::Kind::Generator {
            if let Err(e) = objects::generator::finalize(self, obj) {
                exc::write_unraisable(self, e, "Exception ignored in", &Value::obj(obj.clone()));
            }
        } else if let Some(del) = objects::typeobj::lookup_str(obj.ty(), "__del__") {
            // CPython's `slot_tp_finalize` reports the `__del__` it called, not the object.
            if let Err(e) = call::call_value(self, &del, vec![Value::obj(obj.clone())]) {
                exc::write_unraisable(self, e, "Exception ignored in", &del);
            }
        }
    }
}

pub(crate) enum Left {
    Continue(Box<Frame>),
    Done(Value),
}

/// Pops a `Call`'s operands (`[NULL, callable, args...]` or `[callable, self, args...]`): the callable and
/// the arguments with the bound self first, in one allocation.
#[inline]
/// Takes a call's operands off the stack (`[NULL or method, callable or self, args...]`): returns the
/// callable and appends the arguments (with `self` first for a method) to `args`. A malformed stack (a
/// compiler bug) gives a NULL callable.
fn call_operands_into(f: &mut Frame, argc: usize, args: &mut impl Extend<Value>) -> Value {
    let n = f.slots.len();
    if n < f.nlocals + argc + 2 {
        return Value::NULL;
    }
    let below = n - argc - 2;
    let bound = !f.slots[below].is_null();
    let mut it = f.slots.drain(below..);
    let first = it.next().unwrap_or(Value::NULL);
    let second = it.next().unwrap_or(Value::NULL);
    let callable = if bound {
        args.extend(Some(second));
        first
    } else {
        second
    };
    args.extend(it);
    callable
}

/// The value of local `i`, or the `UnboundLocalError` of reading it unset.
#[inline(always)]
fn local(f: &Frame, i: u32) -> PyResult<Value> {
    let v = &f.slots[i as usize];
    if v.is_null() {
        Err(unbound_local(f, i as usize))
    } else {
        Ok(v.clone())
    }
}

/// For a frame that waits in a `ForIter` whose native `__next__` switched away, `e` delivered to it:
/// `StopIteration` ends the loop (the iterator popped, a jump past it), as the call's return would have.
#[cold]
fn ends_for_loop(f: &mut Frame, e: &PyErr) -> bool {
    let waits = f.ip.checked_sub(1).and_then(|i| f.instrs.get(i)).copied();
    let Some(Instr::ForIter(t) | Instr::ForIterStoreFast(t)) = waits else {
        return false;
    };
    if !exc::matches_type(e, &types().stop_iteration) {
        return false;
    }
    drop(f.pop());
    f.ip = t as usize;
    true
}

/// A native's result for `f`, the frame on top when the native returned, which waits in a call (the
/// one that made it, or another the native switched to): pushed, or dropped when that call is a
/// `CallPopTop`, whose `PopTop` is then stepped over.
#[inline(always)]
fn push_value(f: &mut Frame, v: Value) {
    let waits = f.ip.checked_sub(1).and_then(|i| f.instrs.get(i));
    if let Some(Instr::CallPopTop(_)) = waits {
        f.ip += 1;
        drop(v);
    } else {
        f.push(v);
    }
}

/// The next item of a `ForIter` (`f.ip` just past it): pushed, or for `ForIterStoreFast` stored into the
/// local of the `StoreFast` after it, which is then stepped over.
#[inline]
fn push_item(f: &mut Frame, for_iter: Instr, v: Value) {
    if let Instr::ForIterStoreFast(_) = for_iter {
        if let Some(&Instr::StoreFast(a)) = f.instrs.get(f.ip) {
            let old = std::mem::replace(&mut f.slots[a as usize], v);
            drop(old);
            f.ip += 1;
            return;
        }
    }
    f.push(v);
}

/// The fast path of a `LoadFast` after a superinstruction's first half: pushes the local and steps over
/// the instruction; an unbound local is left for the instruction itself to report.
#[inline]
fn push_next_local(f: &mut Frame) {
    if let Some(&Instr::LoadFast(b)) = f.instrs.get(f.ip) {
        let w = &f.slots[b as usize];
        if !w.is_null() {
            let w = w.clone();
            f.push(w);
            f.ip += 1;
        }
    }
}

/// `rhs` as the right operand of the `BinaryOp` after a superinstruction's first half: the fast result
/// replaces the left operand on the stack, or `rhs` is pushed for the instruction itself to run.
#[inline]
fn binary_with_next(f: &mut Frame, rhs: Value) {
    if let Some(&Instr::BinaryOp(op)) = f.instrs.get(f.ip) {
        let lhs = f.top();
        if let Some(v) = ops::binary_fast(op, lhs, &rhs).or_else(|| ops::concat_fast(op, lhs, &rhs))
        {
            drop(f.pop());
            f.push(v);
            f.ip += 1;
            return;
        }
    }
    f.push(rhs);
}

/// A `BuildSlice(n)` followed by `BinarySubscr` on an exact list or tuple with inline-int or None bounds:
/// the slice, computed from the stack without a slice object (`seqops::slice_fast`).
#[inline]
fn slice_subscr(f: &Frame, n: u32) -> Option<Value> {
    if !matches!(f.instrs.get(f.ip), Some(Instr::BinarySubscr)) {
        return None;
    }
    let n = n as usize;
    let k = f.slots.len();
    if !(2..=3).contains(&n) || k < f.nlocals + n + 1 {
        return None;
    }
    let base = k - n;
    let step = if n == 3 {
        &f.slots[k - 1]
    } else {
        &Value::NONE
    };
    crate::interp::seqops::slice_fast(&f.slots[base - 1], &f.slots[base], &f.slots[base + 1], step)
}

/// A `BuildSlice(n)` followed by `StoreSubscr` that `seqops::store_slice_fast` carried out.
#[inline]
fn store_slice(f: &Frame, n: u32) -> bool {
    if !matches!(f.instrs.get(f.ip), Some(Instr::StoreSubscr)) {
        return false;
    }
    let n = n as usize;
    let k = f.slots.len();
    if !(2..=3).contains(&n) || k < f.nlocals + n + 2 {
        return false;
    }
    let base = k - n;
    let step = if n == 3 {
        &f.slots[k - 1]
    } else {
        &Value::NONE
    };
    crate::interp::seqops::store_slice_fast(
        &f.slots[base - 1],
        &f.slots[base],
        &f.slots[base + 1],
        step,
        &f.slots[base - 2],
    )
}

/// The most arguments (with `self`) a native call passes in an array on the Rust stack.
const NATIVE_ARGS: usize = 8;

/// Where the `self` of a native call comes from.
#[derive(Clone, Copy, PartialEq, Eq)]
enum NativeSelf {
    /// None: a function, or a method descriptor called with its instance among the arguments.
    No,
    /// The stack (`[method, self, args...]`, after `LoadMethod`).
    Stack,
    /// The callable: a builtin bound to its object (`sw = g.switch; sw()`).
    Own,
}

/// For a `Call` with `argc` arguments whose callable `c` is a native function taking at most
/// `NATIVE_ARGS` arguments, its `self` included: where that `self` comes from.
#[inline]
fn native_callee(f: &Frame, argc: usize, c: &call::Callee) -> Option<NativeSelf> {
    if c.kind != crate::heap::Kind::Builtin {
        return None;
    }
    let b = f.slots[c.below + usize::from(!c.bound_self)]
        .as_obj()?
        .downcast::<objects::builtin::Builtin>()?;
    let how = if c.bound_self {
        NativeSelf::Stack
    } else if objects::builtin::binds_own_self(b) {
        NativeSelf::Own
    } else {
        NativeSelf::No
    };
    (argc + usize::from(how != NativeSelf::No) <= NATIVE_ARGS).then_some(how)
}

fn cell_get(v: &Value) -> Option<Value> {
    let c = v.as_obj()?.downcast::<objects::cell::CellObj>()?;
    let v = c.value.borrow();
    if v.is_null() {
        None
    } else {
        Some(v.clone())
    }
}

#[cold]
fn unbound_local(f: &Frame, i: usize) -> PyErr {
    let name = f
        .code()
        .localsplus
        .get(i)
        .and_then(|n| n.downcast::<pystr::Str>().map(|s| s.as_str().to_string()));
    error::unbound_local_error(format!(
        "cannot access local variable '{}' where it is not associated with a value",
        name.unwrap_or_default()
    ))
}

#[cold]
fn unbound_deref(f: &Frame, i: usize) -> PyErr {
    let code = f.code();
    let name = code
        .localsplus
        .get(i)
        .and_then(|n| n.downcast::<pystr::Str>().map(|s| s.as_str().to_string()))
        .unwrap_or_default();
    if i >= code.free_start {
        PyErr::named(
            &crate::objects::types().name_error,
            format!(
                "cannot access free variable '{name}' where it is not associated with a value in enclosing scope"
            ),
            pystr::new_string(name),
            None,
        )
    } else {
        error::unbound_local_error(format!(
            "cannot access local variable '{name}' where it is not associated with a value"
        ))
    }
}

#[cold]
pub(crate) fn name_error(n: &crate::heap::ObjRef) -> PyErr {
    let s = n
        .downcast::<pystr::Str>()
        .map(|s| s.as_str().to_string())
        .unwrap_or_default();
    exc::name_error_with_name(&s)
}

#[inline]
fn load_global(f: &Frame, n: &crate::heap::ObjRef) -> Option<Value> {
    if let Some(v) = f.globals.downcast::<Dict>().and_then(|d| d.get_str(n)) {
        return Some(v);
    }
    f.builtins.downcast::<Dict>().and_then(|d| d.get_str(n))
}

fn load_name(vm: &mut Vm, n: &crate::heap::ObjRef) -> PyResult<Value> {
    let Some(f) = vm.frames.last() else {
        return Err(error::system_error("no frame"));
    };
    let locals = f.locals.clone();
    let globals = f.globals.clone();
    let builtins = f.builtins.clone();
    if let Some(o) = locals.as_obj() {
        if let Some(d) = o.downcast::<Dict>() {
            if o.ty().is(&types().dict) {
                if let Some(v) = d.get_str(n) {
                    return Ok(v);
                }
            } else if let Some(v) = ops::mapping_get(vm, &locals, &Value::obj(n.clone()))? {
                return Ok(v);
            }
        } else if let Some(v) = ops::mapping_get(vm, &locals, &Value::obj(n.clone()))? {
            return Ok(v);
        }
    }
    if let Some(v) = globals.downcast::<Dict>().and_then(|d| d.get_str(n)) {
        return Ok(v);
    }
    if let Some(v) = builtins.downcast::<Dict>().and_then(|d| d.get_str(n)) {
        return Ok(v);
    }
    Err(name_error(n))
}

fn store_name(vm: &mut Vm, locals: &Value, n: &crate::heap::ObjRef, v: Value) -> PyResult<()> {
    match locals.as_obj() {
        Some(o) if o.ty().is(&types().dict) => {
            if let Some(d) = o.downcast::<Dict>() {
                d.set_str(n, v);
            }
            Ok(())
        }
        Some(_) => ops::setitem_call(vm, locals.clone(), Value::obj(n.clone()), v),
        None => Err(error::system_error(format!(
            "no locals found when storing {}",
            n.downcast::<pystr::Str>().map(|s| s.as_str()).unwrap_or("")
        ))),
    }
}

fn delete_name(vm: &mut Vm, locals: &Value, n: &crate::heap::ObjRef) -> PyResult<()> {
    match locals.as_obj() {
        Some(o) if o.ty().is(&types().dict) => {
            match o.downcast::<Dict>().and_then(|d| d.del_str(n)) {
                Some(_) => Ok(()),
                None => Err(name_error(n)),
            }
        }
        Some(_) => {
            ops::delitem_call(vm, locals.clone(), Value::obj(n.clone())).map_err(|_| name_error(n))
        }
        None => Err(error::system_error("no locals when deleting")),
    }
}

fn setup_annotations(vm: &mut Vm, locals: &Value) -> PyResult<()> {
    let key = Value::obj(pystr::intern("__annotations__"));
    if let Some(d) = objects::dict::as_dict(locals) {
        if d.get_rs("__annotations__").is_none() {
            d.set_rs("__annotations__", Value::obj(objects::dict::new_dict()));
        }
        return Ok(());
    }
    if ops::mapping_get(vm, locals, &key)?.is_none() {
        ops::setitem_call(
            vm,
            locals.clone(),
            key,
            Value::obj(objects::dict::new_dict()),
        )?;
    }
    Ok(())
}

/// Whether a code object is a generator-like body (used by calls to build the generator at once).
pub fn is_gen_code(flags_: u32) -> bool {
    flags_ & (flags::GENERATOR | flags::COROUTINE | flags::ASYNC_GENERATOR) != 0
}
