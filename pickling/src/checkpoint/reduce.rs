//! What the encoder does for objects it has no native record for, exactly as pickle does it:
//! `copyreg.dispatch_table`, then `__reduce_ex__(4)`; a string names a global, a tuple
//! `(callable, args[, state[, listitems[, dictitems[, state_setter]]]])` becomes a `Reduce`
//! (`NewObj`/`NewObjEx` for `copyreg.__newobj__`/`__newobj_ex__`) and, once the object exists,
//! its items and state. Also globals (classes and functions by name, as pickle's `save_global`)
//! and modules.
use super::encode::{write, Build, Encoder};
use super::path::Step;
use super::record::{Rec, Val};
use std::borrow::Cow;
use weft_vm::heap::{ObjRef, Value};
use weft_vm::interp::builtins_mod::is_callable;
use weft_vm::interp::error::{self, PyErr, PyResult};
use weft_vm::interp::ops::type_name_of;
use weft_vm::interp::{attr, call, exc, import, protocols, Vm};
use weft_vm::objects::typeobj::{self, as_type};
use weft_vm::objects::{dict, int, str as pystr, tuple, types};

/// Which record makes the object, from the reduction's callable.
#[derive(Clone, Copy)]
pub(super) enum How {
    /// Items: callable, then the arguments.
    Reduce,
    /// Items: the class, then the arguments after it.
    NewObj,
    /// Items: the class, the keyword arguments, then the positional ones.
    NewObjEx,
}

impl How {
    /// Where item `j` of the frame sits in the reduction tuple.
    pub(super) fn suffix(self, j: usize) -> String {
        match (self, j) {
            (How::Reduce, 0) => "[0]".to_string(),
            (How::Reduce, j) => format!("[1][{}]", j - 1),
            (How::NewObj, j) => format!("[1][{j}]"),
            (How::NewObjEx, 0) => "[1][0]".to_string(),
            (How::NewObjEx, 1) => "[1][2]".to_string(),
            (How::NewObjEx, j) => format!("[1][1][{}]", j - 2),
        }
    }

    /// The defining record, from the frame's written items.
    pub(super) fn record(self, kids: &[Val]) -> Rec<'_> {
        let at = |i: usize| kids.get(i).copied().unwrap_or(Val::None);
        let rest = |i: usize| Cow::Borrowed(kids.get(i..).unwrap_or(&[]));
        match self {
            How::Reduce => Rec::Reduce {
                func: at(0),
                args: rest(1),
            },
            How::NewObj => Rec::NewObj {
                cls: at(0),
                args: rest(1),
            },
            How::NewObjEx => Rec::NewObjEx {
                cls: at(0),
                kwargs: at(1),
                args: rest(2),
            },
        }
    }
}

/// The part of a reduction written after the object is made (and memoised, so it may refer to it).
pub(super) struct Tail {
    list: Vec<Value>,
    /// Keys and values, alternating.
    dict: Vec<Value>,
    state: Option<Value>,
    setter: Option<Value>,
}

impl Tail {
    pub(super) fn is_empty(&self) -> bool {
        self.list.is_empty() && self.dict.is_empty() && self.state.is_none()
    }

    /// The frame's items (list items, dict items, state, setter) and their layout.
    pub(super) fn into_items(self) -> (TailShape, Vec<Value>) {
        let shape = TailShape {
            nlist: self.list.len(),
            ndict: self.dict.len(),
            state: self.state.is_some(),
            setter: self.state.is_some() && self.setter.is_some(),
        };
        let Tail {
            list: mut items,
            dict,
            state,
            setter,
        } = self;
        items.extend(dict);
        if let Some(s) = state {
            items.push(s);
            if let Some(f) = setter {
                items.push(f);
            }
        }
        (shape, items)
    }
}

#[derive(Clone, Copy)]
pub(super) struct TailShape {
    nlist: usize,
    ndict: usize,
    state: bool,
    setter: bool,
}

impl TailShape {
    /// Writes the tail's records for object `n`; returns how many.
    pub(super) fn write(&self, out: &mut Vec<u8>, n: u32, kids: &[Val]) -> u64 {
        let mut count = 0;
        let (list, rest) = kids.split_at(self.nlist.min(kids.len()));
        let (dict, rest) = rest.split_at(self.ndict.min(rest.len()));
        if !list.is_empty() {
            let items = Cow::Borrowed(list);
            write(out, &Rec::Extend { target: n, items });
            count += 1;
        }
        if !dict.is_empty() {
            let items = Cow::Borrowed(dict);
            write(out, &Rec::SetItems { target: n, items });
            count += 1;
        }
        if self.state {
            let state = rest.first().copied().unwrap_or(Val::None);
            let rec = match rest.get(1) {
                Some(&setter) if self.setter => Rec::StateSetter {
                    target: n,
                    setter,
                    state,
                },
                _ => Rec::Build { target: n, state },
            };
            write(out, &rec);
            count += 1;
        }
        count
    }

    /// How item `j` of the tail hangs from the object.
    pub(super) fn step<'a>(&self, items: &'a [Value], j: usize) -> Step<'a> {
        if j < self.nlist {
            Step::Item(j)
        } else if j < self.nlist + self.ndict {
            dict_step(items, j, self.nlist)
        } else if j == self.nlist + self.ndict {
            Step::Reduction("[2]".to_string())
        } else {
            Step::Reduction("[5]".to_string())
        }
    }
}

/// Item `j` of alternating keys and values that start at `start`.
pub(super) fn dict_step(items: &[Value], j: usize, start: usize) -> Step<'_> {
    let k = j - start;
    match items.get(j - k % 2) {
        Some(key) if k % 2 == 1 => Step::Key(key),
        _ => Step::DictKey(k / 2),
    }
}

impl Encoder {
    /// `TypeError: cannot checkpoint 'T' object at PATH: reason`. While the class of a plain
    /// instance is written, the instance is the object named (the path leads to it).
    fn refuse(&self, vm: &mut Vm, obj: &Value, reason: &str) -> PyErr {
        let at = self.path(vm);
        let msg = match &self.instance_of {
            Some(inst) => format!(
                "cannot checkpoint '{}' object at {at}: its class cannot be found by name: {reason}",
                type_name_of(inst)
            ),
            None => format!(
                "cannot checkpoint '{}' object at {at}: {reason}",
                type_name_of(obj)
            ),
        };
        error::type_error(msg)
    }

    /// What the object's reduction raised, told where the object is: a `TypeError` (how
    /// `__reduce_ex__` refuses) becomes `cannot checkpoint 'T' object at PATH` raised from it;
    /// anything else keeps its type and gets a note.
    fn refused(&self, vm: &mut Vm, obj: &Value, e: PyErr) -> PyErr {
        let at = self.path(vm);
        let what = format!("'{}' object at {at}", type_name_of(obj));
        if exc::matches_type(&e, &types().type_error) {
            let cause = exc::normalize(vm, e);
            let new = exc::normalize(vm, error::type_error(format!("cannot checkpoint {what}")));
            return exc::do_raise(vm, Some(Value::obj(new)), Some(Value::obj(cause)));
        }
        let e = exc::normalize(vm, e);
        let ev = Value::obj(e.clone());
        if let Ok(add) = attr::getattr(vm, &ev, "add_note") {
            let note = pystr::new_string(format!("when checkpointing {what}"));
            let _ = call::call_value(vm, &add, vec![note]);
        }
        exc::reraise(e)
    }

    /// An object pickle would reduce.
    pub(super) fn reduce(&mut self, vm: &mut Vm, v: Value, ty: &ObjRef) -> PyResult<Option<Val>> {
        let key = Value::obj(ty.clone());
        let table = self.dispatch_table.clone();
        let from_table = match dict::as_dict(&table) {
            Some(d) => d.get(vm, &key)?,
            None => None,
        };
        let rv = match from_table {
            Some(f) => call::call_value(vm, &f, vec![v.clone()]),
            None if typeobj::is_subtype(ty, &types().type_) => return self.global(vm, &v, None),
            None => attr::getattr(vm, &v, "__reduce_ex__")
                .and_then(|f| call::call_value(vm, &f, vec![int::from_i64(4)])),
        };
        let rv = rv.map_err(|e| self.refused(vm, &v, e))?;
        if pystr::as_str_obj(&rv).is_some() {
            return self.global(vm, &v, Some(rv));
        }
        let Some(parts) = tuple::as_tuple(&rv).map(<[Value]>::to_vec) else {
            return Err(self.refuse(vm, &v, "__reduce__ must return a string or tuple"));
        };
        if !(2..=6).contains(&parts.len()) {
            return Err(self.refuse(
                vm,
                &v,
                "tuple returned by __reduce__ must contain 2 through 6 elements",
            ));
        }
        let some = |i: usize| parts.get(i).filter(|x| !x.is_none()).cloned();
        let (func, args) = (&parts[0], &parts[1]);
        if !is_callable(func) {
            return Err(self.refuse(
                vm,
                &v,
                "first item of the tuple returned by __reduce__ must be callable",
            ));
        }
        let Some(args) = tuple::as_tuple(args).map(<[Value]>::to_vec) else {
            return Err(self.refuse(
                vm,
                &v,
                "second item of the tuple returned by __reduce__ must be a tuple",
            ));
        };
        let (how, items) = self.call_items(vm, &v, func, args)?;
        let tail = Tail {
            list: match some(3) {
                Some(it) => self.drain(vm, &v, &it, "fourth")?,
                None => Vec::new(),
            },
            dict: match some(4) {
                Some(it) => self.dict_items(vm, &v, &it)?,
                None => Vec::new(),
            },
            state: some(2),
            setter: some(5),
        };
        if let Some(s) = &tail.setter {
            if !is_callable(s) {
                let msg = format!(
                    "sixth element of the tuple returned by __reduce__ must be a function, not {}",
                    type_name_of(s)
                );
                return Err(self.refuse(vm, &v, &msg));
            }
        }
        self.enter_call(vm, &v)?;
        self.push(v, Build::Call(how, Some(Box::new(tail))), items);
        Ok(None)
    }

    /// The record kind and the items that make the object (pickle's REDUCE, NEWOBJ, NEWOBJ_EX).
    fn call_items(
        &mut self,
        vm: &mut Vm,
        v: &Value,
        func: &Value,
        args: Vec<Value>,
    ) -> PyResult<(How, Vec<Value>)> {
        let name = attr::getattr_opt(vm, func, "__name__")?;
        match name.as_ref().and_then(pystr::as_str) {
            Some("__newobj__") => {
                let Some(cls) = args.first() else {
                    return Err(self.refuse(vm, v, "__newobj__ arglist is empty"));
                };
                if as_type(cls).is_none() {
                    return Err(self.refuse(vm, v, "args[0] from __newobj__ args is not a type"));
                }
                let class = attr::getattr(vm, v, "__class__")?;
                if class.bits() != cls.bits() {
                    return Err(self.refuse(
                        vm,
                        v,
                        "args[0] from __newobj__ args has the wrong class",
                    ));
                }
                Ok((How::NewObj, args))
            }
            Some("__newobj_ex__") => {
                let [cls, pos, kw] = &args[..] else {
                    let msg = format!(
                        "length of the NEWOBJ_EX argument tuple must be exactly 3, not {}",
                        args.len()
                    );
                    return Err(self.refuse(vm, v, &msg));
                };
                if as_type(cls).is_none() {
                    return Err(self.refuse(
                        vm,
                        v,
                        "first item from NEWOBJ_EX argument tuple must be a class",
                    ));
                }
                let Some(pos) = tuple::as_tuple(pos) else {
                    return Err(self.refuse(
                        vm,
                        v,
                        "second item from NEWOBJ_EX argument tuple must be a tuple",
                    ));
                };
                if dict::as_dict(kw).is_none() {
                    return Err(self.refuse(
                        vm,
                        v,
                        "third item from NEWOBJ_EX argument tuple must be a dict",
                    ));
                }
                let mut items = vec![cls.clone(), kw.clone()];
                items.extend(pos.iter().cloned());
                Ok((How::NewObjEx, items))
            }
            _ => {
                let mut items = Vec::with_capacity(args.len() + 1);
                items.push(func.clone());
                items.extend(args);
                Ok((How::Reduce, items))
            }
        }
    }

    /// The items of a reduction's list-items iterator.
    fn drain(&self, vm: &mut Vm, v: &Value, it: &Value, nth: &str) -> PyResult<Vec<Value>> {
        if protocols::check_iterator(it).is_err() {
            let msg = format!(
                "{nth} element of the tuple returned by __reduce__ must be an iterator, not {}",
                type_name_of(it)
            );
            return Err(self.refuse(vm, v, &msg));
        }
        let mut out = Vec::new();
        while let Some(x) = protocols::next_value(vm, it)? {
            out.push(x);
        }
        Ok(out)
    }

    /// The keys and values, alternating, of a reduction's dict-items iterator.
    fn dict_items(&self, vm: &mut Vm, v: &Value, it: &Value) -> PyResult<Vec<Value>> {
        let pairs = self.drain(vm, v, it, "fifth")?;
        let mut out = Vec::with_capacity(pairs.len() * 2);
        for p in pairs {
            let Some([k, x]) = tuple::as_tuple(&p).and_then(|t| <&[Value; 2]>::try_from(t).ok())
            else {
                return Err(self.refuse(vm, v, "dict items iterator must return 2-tuples"));
            };
            out.push(k.clone());
            out.push(x.clone());
        }
        Ok(out)
    }

    /// A class, function or named object, by module and qualified name (pickle's `save_global`),
    /// after checking that the name leads back to the very object. `name` is what a reduction
    /// returned in place of a tuple.
    pub(super) fn global(
        &mut self,
        vm: &mut Vm,
        obj: &Value,
        name: Option<Value>,
    ) -> PyResult<Option<Val>> {
        let t = types();
        let singletons = [
            (&t.none_type, Value::NONE),
            (&t.ellipsis_type, Value::obj(t.ellipsis.clone())),
            (
                &t.not_implemented_type,
                Value::obj(t.not_implemented.clone()),
            ),
        ];
        for (ty, single) in singletons {
            if obj.as_obj().is_some_and(|o| o.is(ty)) {
                // Not reachable by name: `type(None)` instead, as pickle writes it.
                self.enter_call(vm, obj)?;
                let items = vec![Value::obj(t.type_.clone()), single];
                self.push(obj.clone(), Build::Call(How::Reduce, None), items);
                return Ok(None);
            }
        }
        let qual = match name {
            Some(n) => n,
            None => match attr::getattr_opt(vm, obj, "__qualname__")? {
                Some(n) => n,
                None => attr::getattr(vm, obj, "__name__")?,
            },
        };
        let Some(qs) = pystr::as_str(&qual).map(str::to_string) else {
            return Err(self.refuse(vm, obj, "its name is not a string"));
        };
        if qs.split('.').any(|p| p == "<locals>") {
            let msg = format!("'{qs}' is a local object");
            return Err(self.refuse(vm, obj, &msg));
        }
        let module_name = self.which_module(vm, obj, &qs)?;
        let Some(ms) = pystr::as_str(&module_name).map(str::to_string) else {
            return Err(self.refuse(vm, obj, "its __module__ is not a string"));
        };
        let Ok(module) = import::import_abs(vm, &ms) else {
            return Err(self.refuse(vm, obj, &format!("import of module '{ms}' failed")));
        };
        match walk(vm, &module, &qs)? {
            None => {
                let msg = format!("attribute lookup {qs} on {ms} failed");
                Err(self.refuse(vm, obj, &msg))
            }
            Some(found) if found.bits() != obj.bits() => {
                let msg = format!("it's not the same object as {ms}.{qs}");
                Err(self.refuse(vm, obj, &msg))
            }
            Some(_) => {
                let module = self.text(vm, &module_name, &ms)?;
                let name = self.text(vm, &qual, &qs)?;
                let i = self.define(&Rec::Global { module, name }, Some(obj))?;
                Ok(Some(Val::Obj(i)))
            }
        }
    }

    /// A str written (or found in the memo); a str subclass is written as its text.
    fn text(&mut self, vm: &mut Vm, v: &Value, s: &str) -> PyResult<Val> {
        let exact = v.as_obj().is_some_and(|o| o.ty().is(&types().str));
        let v = if exact { v.clone() } else { pystr::new_str(s) };
        match self.visit(vm, v)? {
            Some(val) => Ok(val),
            None => Err(error::system_error(
                "checkpoint: a str was not written at once",
            )),
        }
    }

    /// The module a global lives in: its `__module__`, else the module of `sys.modules` holding it.
    fn which_module(&mut self, vm: &mut Vm, obj: &Value, qual: &str) -> PyResult<Value> {
        if let Some(m) = attr::getattr_opt(vm, obj, "__module__")? {
            if !m.is_none() {
                return Ok(m);
            }
        }
        let modules = vm.sys_attr("modules");
        let items = modules
            .as_ref()
            .and_then(dict::as_dict)
            .map(|d| d.items())
            .unwrap_or_default();
        for (name, module) in items {
            if module.is_none() || matches!(pystr::as_str(&name), Some("__main__" | "__mp_main__"))
            {
                continue;
            }
            if let Ok(Some(found)) = walk(vm, &module, qual) {
                if found.bits() == obj.bits() {
                    return Ok(name);
                }
            }
        }
        Ok(pystr::new_str("__main__"))
    }

    /// A module, by its name in `sys.modules`.
    pub(super) fn module(&mut self, vm: &mut Vm, obj: &Value) -> PyResult<Val> {
        let name = attr::getattr(vm, obj, "__name__")?;
        let Some(ns) = pystr::as_str(&name).map(str::to_string) else {
            return Err(self.refuse(vm, obj, "its __name__ is not a string"));
        };
        let registered = vm
            .sys_attr("modules")
            .as_ref()
            .and_then(dict::as_dict)
            .and_then(|d| d.get_rs(&ns));
        if registered.is_none_or(|m| m.bits() != obj.bits()) {
            let msg = format!("it is not sys.modules['{ns}']");
            return Err(self.refuse(vm, obj, &msg));
        }
        let name = self.text(vm, &name, &ns)?;
        let i = self.define(&Rec::Module(name), Some(obj))?;
        Ok(Val::Obj(i))
    }
}

/// Follows the dotted `path` from `obj`; None when a step is missing.
pub(super) fn walk(vm: &mut Vm, obj: &Value, path: &str) -> PyResult<Option<Value>> {
    let mut cur = obj.clone();
    for part in path.split('.') {
        match attr::getattr_opt(vm, &cur, part)? {
            Some(v) => cur = v,
            None => return Ok(None),
        }
    }
    Ok(Some(cur))
}
