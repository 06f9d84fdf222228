//! The builtin containers: tuples (with the recursive-tuple dance), lists and dicts in batches of
//! APPENDS/SETITEMS, sets (ADDITEMS) and frozensets.
use super::{Saver, PICKLING};
use crate::pickle::opcodes::*;
use weft_vm::heap::Value;
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::{attr, call, protocols, Vm};
use weft_vm::objects::{dict, list, set, tuple, types};

impl Saver {
    pub(super) fn save_tuple(&mut self, vm: &mut Vm, obj: &Value) -> PyResult<()> {
        // A tuple's items never change, so they are read in place.
        let items = tuple::as_tuple(obj).unwrap_or_default();
        let n = items.len();
        if n == 0 {
            if self.proto > 0 {
                self.op(EMPTY_TUPLE);
            } else {
                self.w(&[MARK, TUPLE]);
            }
            return Ok(());
        }
        if n <= 3 && self.proto >= 2 {
            for x in items {
                self.save(vm, x, false)?;
            }
            if let Some(idx) = self.memo.get(obj) {
                for _ in 0..n {
                    self.op(POP);
                }
                return self.memo_get(idx);
            }
            self.op([EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3][n]);
            return self.memo_put(obj);
        }
        self.op(MARK);
        for x in items {
            self.save(vm, x, false)?;
        }
        if let Some(idx) = self.memo.get(obj) {
            if self.bin {
                self.op(POP_MARK);
            } else {
                for _ in 0..=n {
                    self.op(POP);
                }
            }
            return self.memo_get(idx);
        }
        self.op(TUPLE);
        self.memo_put(obj)
    }

    pub(super) fn save_list(&mut self, vm: &mut Vm, obj: &Value) -> PyResult<()> {
        if self.fast {
            self.fast_enter(obj)?;
        }
        let r = self.save_list_body(vm, obj);
        if self.fast {
            self.fast_leave(obj);
        }
        r
    }

    pub(super) fn save_list_body(&mut self, vm: &mut Vm, obj: &Value) -> PyResult<()> {
        if self.bin {
            self.op(EMPTY_LIST);
        } else {
            self.w(&[MARK, LIST]);
        }
        self.memo_put(obj)?;
        let Some(l) = list::as_list(obj) else {
            return Ok(());
        };
        if l.is_empty() {
            return Ok(());
        }
        vm.enter_native(PICKLING)?;
        let r = if self.proto > 0 {
            self.batch_list_exact(vm, obj)
        } else {
            match protocols::get_iter(vm, obj.clone()).and_then(|f| call::run_flow(vm, f)) {
                Ok(it) => self.batch_list(vm, &it),
                Err(e) => Err(e),
            }
        };
        vm.leave_native();
        r
    }

    pub(super) fn batch_list_exact(&mut self, vm: &mut Vm, obj: &Value) -> PyResult<()> {
        let Some(l) = list::as_list(obj) else {
            return Ok(());
        };
        if l.len() == 1 {
            if let Some(x) = l.get(0) {
                self.save(vm, &x, false)?;
            }
            self.op(APPEND);
            return Ok(());
        }
        let mut total = 0;
        loop {
            let mut batch = 0;
            self.op(MARK);
            while let Some(x) = l.get(total) {
                self.save(vm, &x, false)?;
                total += 1;
                batch += 1;
                if batch == BATCHSIZE {
                    break;
                }
            }
            self.op(APPENDS);
            if total >= l.len() {
                return Ok(());
            }
        }
    }

    pub(super) fn batch_list(&mut self, vm: &mut Vm, it: &Value) -> PyResult<()> {
        if self.proto == 0 {
            while let Some(x) = protocols::next_value(vm, it)? {
                self.save(vm, &x, false)?;
                self.op(APPEND);
            }
            return Ok(());
        }
        loop {
            let Some(first) = protocols::next_value(vm, it)? else {
                return Ok(());
            };
            let Some(second) = protocols::next_value(vm, it)? else {
                self.save(vm, &first, false)?;
                self.op(APPEND);
                return Ok(());
            };
            self.op(MARK);
            self.save(vm, &first, false)?;
            let mut n = 1;
            let mut next = Some(second);
            while let Some(x) = next.take() {
                self.save(vm, &x, false)?;
                n += 1;
                if n == BATCHSIZE {
                    break;
                }
                next = protocols::next_value(vm, it)?;
            }
            self.op(APPENDS);
            if n != BATCHSIZE {
                return Ok(());
            }
        }
    }

    pub(super) fn save_dict(&mut self, vm: &mut Vm, obj: &Value) -> PyResult<()> {
        if self.fast {
            self.fast_enter(obj)?;
        }
        let r = self.save_dict_body(vm, obj);
        if self.fast {
            self.fast_leave(obj);
        }
        r
    }

    pub(super) fn save_dict_body(&mut self, vm: &mut Vm, obj: &Value) -> PyResult<()> {
        if self.bin {
            self.op(EMPTY_DICT);
        } else {
            self.w(&[MARK, DICT]);
        }
        self.memo_put(obj)?;
        if dict::as_dict(obj).is_none_or(|d| d.is_empty()) {
            return Ok(());
        }
        if self.proto > 0 {
            vm.enter_native(PICKLING)?;
            let r = self.batch_dict_exact(vm, obj);
            vm.leave_native();
            return r;
        }
        let items = attr::getattr(vm, obj, "items")?;
        let items = call::call_value(vm, &items, vec![])?;
        let flow = protocols::get_iter(vm, items)?;
        let it = call::run_flow(vm, flow)?;
        vm.enter_native(PICKLING)?;
        let r = self.batch_dict(vm, &it);
        vm.leave_native();
        r
    }

    pub(super) fn batch_dict_exact(&mut self, vm: &mut Vm, obj: &Value) -> PyResult<()> {
        let Some(d) = dict::as_dict(obj) else {
            return Ok(());
        };
        let size = d.len();
        let mut pos = 0;
        if size == 1 {
            if let Some((_, k, v)) = d.next_entry(0) {
                self.save(vm, &k, false)?;
                self.save(vm, &v, false)?;
            }
            self.op(SETITEM);
            return Ok(());
        }
        loop {
            let mut i = 0;
            self.op(MARK);
            while let Some((next, k, v)) = d.next_entry(pos) {
                pos = next;
                self.save(vm, &k, false)?;
                self.save(vm, &v, false)?;
                i += 1;
                if i == BATCHSIZE {
                    break;
                }
            }
            self.op(SETITEMS);
            if d.len() != size {
                return Err(error::runtime_error(
                    "dictionary changed size during iteration",
                ));
            }
            if i != BATCHSIZE {
                return Ok(());
            }
        }
    }

    /// A `(key, value)` pair from an items iterator.
    pub(super) fn pair(item: &Value) -> PyResult<(Value, Value)> {
        match tuple::as_tuple(item) {
            Some([k, v]) => Ok((k.clone(), v.clone())),
            _ => Err(error::type_error(
                "dict items iterator must return 2-tuples",
            )),
        }
    }

    pub(super) fn save_pair(&mut self, vm: &mut Vm, item: &Value) -> PyResult<()> {
        let (k, v) = Self::pair(item)?;
        self.save(vm, &k, false)?;
        self.save(vm, &v, false)
    }

    pub(super) fn batch_dict(&mut self, vm: &mut Vm, it: &Value) -> PyResult<()> {
        if self.proto == 0 {
            while let Some(x) = protocols::next_value(vm, it)? {
                self.save_pair(vm, &x)?;
                self.op(SETITEM);
            }
            return Ok(());
        }
        loop {
            let Some(first) = protocols::next_value(vm, it)? else {
                return Ok(());
            };
            Self::pair(&first)?;
            let Some(second) = protocols::next_value(vm, it)? else {
                self.save_pair(vm, &first)?;
                self.op(SETITEM);
                return Ok(());
            };
            self.op(MARK);
            self.save_pair(vm, &first)?;
            let mut n = 1;
            let mut next = Some(second);
            while let Some(x) = next.take() {
                self.save_pair(vm, &x)?;
                n += 1;
                if n == BATCHSIZE {
                    break;
                }
                next = protocols::next_value(vm, it)?;
            }
            self.op(SETITEMS);
            if n != BATCHSIZE {
                return Ok(());
            }
        }
    }

    pub(super) fn save_set(&mut self, vm: &mut Vm, obj: &Value) -> PyResult<()> {
        if self.proto < 4 {
            let items = list::new_list(protocols::iterate(vm, obj)?);
            let rv = [
                Value::obj(types().set.clone()),
                tuple::new_tuple(vec![items]),
            ];
            return self.save_reduce(vm, &rv, Some(obj));
        }
        self.op(EMPTY_SET);
        self.memo_put(obj)?;
        let Some(s) = set::as_set(obj) else {
            return Ok(());
        };
        let size = s.len();
        if size == 0 {
            return Ok(());
        }
        let mut pos = 0;
        loop {
            let mut i = 0;
            self.op(MARK);
            while let Some((next, x)) = s.next_at(pos) {
                pos = next;
                self.save(vm, &x, false)?;
                i += 1;
                if i == BATCHSIZE {
                    break;
                }
            }
            self.op(ADDITEMS);
            if s.len() != size {
                return Err(error::runtime_error("set changed size during iteration"));
            }
            if i != BATCHSIZE {
                return Ok(());
            }
        }
    }

    pub(super) fn save_frozenset(&mut self, vm: &mut Vm, obj: &Value) -> PyResult<()> {
        if self.fast {
            // CPython enters fast mode's guard here and never leaves it.
            self.fast_enter(obj)?;
        }
        if self.proto < 4 {
            let items = list::new_list(protocols::iterate(vm, obj)?);
            let rv = [
                Value::obj(types().frozenset.clone()),
                tuple::new_tuple(vec![items]),
            ];
            return self.save_reduce(vm, &rv, Some(obj));
        }
        self.op(MARK);
        for x in protocols::iterate(vm, obj)? {
            self.save(vm, &x, false)?;
        }
        if let Some(idx) = self.memo.get(obj) {
            self.op(POP_MARK);
            return self.memo_get(idx);
        }
        self.op(FROZENSET);
        self.memo_put(obj)
    }
}
