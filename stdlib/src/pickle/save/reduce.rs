//! A reduction `(callable, args, state, listitems, dictitems, state_setter)`: checked as CPython
//! checks it, then written as REDUCE, NEWOBJ or NEWOBJ_EX (through `functools.partial` below
//! protocol 4), followed by the items and BUILD (or the state setter).
use super::Saver;
use crate::pickle::memo::ident;
use crate::pickle::opcodes::*;
use crate::pickle::pickling_error;
use weft_vm::heap::Value;
use weft_vm::interp::builtins_mod::is_callable;
use weft_vm::interp::error::PyResult;
use weft_vm::interp::ops::{a_type, type_name_of};
use weft_vm::interp::{attr, call, protocols, Vm};
use weft_vm::objects::typeobj::as_type;
use weft_vm::objects::{dict, str as pystr, tuple};

impl Saver {
    /// A reduction `(callable, args[, state[, listitems[, dictitems[, state_setter]]]])`; `obj`,
    /// when given, is memoized once it is rebuilt.
    pub(super) fn save_reduce(
        &mut self,
        vm: &mut Vm,
        rv: &[Value],
        obj: Option<&Value>,
    ) -> PyResult<()> {
        if !(2..=6).contains(&rv.len()) {
            return Err(pickling_error(
                "tuple returned by __reduce__ must contain 2 through 6 elements",
            ));
        }
        let callable = &rv[0];
        let argtup = &rv[1];
        let some = |i: usize| rv.get(i).filter(|v| !v.is_none()).cloned();
        let (state, listitems, dictitems, setter) = (some(2), some(3), some(4), some(5));
        if !is_callable(callable) {
            return Err(pickling_error(
                "first item of the tuple returned by __reduce__ must be callable",
            ));
        }
        let Some(args) = tuple::as_tuple(argtup) else {
            return Err(pickling_error(
                "second item of the tuple returned by __reduce__ must be a tuple",
            ));
        };
        let args = args.to_vec();
        for (v, nth) in [(&listitems, "fourth"), (&dictitems, "fifth")] {
            if let Some(v) = v {
                if protocols::check_iterator(v).is_err() {
                    return Err(pickling_error(format!(
                        "{nth} element of the tuple returned by __reduce__ must be an iterator, not {}",
                        type_name_of(v)
                    )));
                }
            }
        }
        if let Some(s) = &setter {
            if !is_callable(s) {
                return Err(pickling_error(format!(
                    "sixth element of the tuple returned by __reduce__ must be a function, not {}",
                    type_name_of(s)
                )));
            }
        }
        let (mut newobj, mut newobj_ex) = (false, false);
        if self.proto >= 2 {
            if let Some(name) = attr::getattr_opt(vm, callable, "__name__")? {
                match pystr::as_str(&name) {
                    Some("__newobj_ex__") => newobj_ex = true,
                    Some("__newobj__") => newobj = true,
                    _ => {}
                }
            }
        }
        if newobj_ex {
            self.save_newobj_ex(vm, &args)?;
        } else if newobj {
            let Some(cls) = args.first() else {
                return Err(pickling_error("__newobj__ arglist is empty"));
            };
            if as_type(cls).is_none() {
                return Err(pickling_error("args[0] from __newobj__ args is not a type"));
            }
            if let Some(obj) = obj {
                let class = match attr::getattr_opt(vm, obj, "__class__")? {
                    Some(c) => c,
                    None => Value::obj(a_type(obj)),
                };
                if ident(&class) != ident(cls) {
                    return Err(pickling_error(
                        "args[0] from __newobj__ args has the wrong class",
                    ));
                }
            }
            self.save(vm, cls, false)?;
            let rest = tuple::new_tuple(args[1..].to_vec());
            self.save(vm, &rest, false)?;
            self.op(NEWOBJ);
        } else {
            self.save(vm, callable, false)?;
            self.save(vm, argtup, false)?;
            self.op(REDUCE);
        }
        if let Some(obj) = obj {
            if let Some(idx) = self.memo.get(obj) {
                self.op(POP);
                return self.memo_get(idx);
            }
            self.memo_put(obj)?;
        }
        if let Some(it) = listitems {
            self.batch_list(vm, &it)?;
        }
        if let Some(it) = dictitems {
            self.batch_dict(vm, &it)?;
        }
        if let Some(state) = state {
            match setter {
                None => {
                    self.save(vm, &state, false)?;
                    self.op(BUILD);
                }
                Some(setter) => {
                    self.save(vm, &setter, false)?;
                    if let Some(obj) = obj {
                        self.save(vm, obj, false)?;
                    } else {
                        self.op(NONE);
                    }
                    self.save(vm, &state, false)?;
                    self.w(&[TUPLE2, REDUCE, POP]);
                }
            }
        }
        Ok(())
    }

    pub(super) fn save_newobj_ex(&mut self, vm: &mut Vm, argtup: &[Value]) -> PyResult<()> {
        let [cls, args, kwargs] = argtup else {
            return Err(pickling_error(format!(
                "length of the NEWOBJ_EX argument tuple must be exactly 3, not {}",
                argtup.len()
            )));
        };
        if as_type(cls).is_none() {
            return Err(pickling_error(format!(
                "first item from NEWOBJ_EX argument tuple must be a class, not {}",
                type_name_of(cls)
            )));
        }
        let Some(positional) = tuple::as_tuple(args) else {
            return Err(pickling_error(format!(
                "second item from NEWOBJ_EX argument tuple must be a tuple, not {}",
                type_name_of(args)
            )));
        };
        if dict::as_dict(kwargs).is_none() {
            return Err(pickling_error(format!(
                "third item from NEWOBJ_EX argument tuple must be a dict, not {}",
                type_name_of(kwargs)
            )));
        }
        if self.proto >= 4 {
            self.save(vm, cls, false)?;
            self.save(vm, args, false)?;
            self.save(vm, kwargs, false)?;
            self.op(NEWOBJ_EX);
            return Ok(());
        }
        // partial(cls.__new__, cls, *args, **kwargs) called with no arguments.
        let new = attr::getattr(vm, cls, "__new__")?;
        let mut pargs = vec![new, cls.clone()];
        pargs.extend(positional.iter().cloned());
        let flow = call::call_ex(
            vm,
            &self.st.partial.clone(),
            tuple::new_tuple(pargs),
            kwargs.clone(),
        )?;
        let callable = call::run_flow(vm, flow)?;
        self.save(vm, &callable, false)?;
        self.save(vm, &tuple::new_tuple(vec![]), false)?;
        self.op(REDUCE);
        Ok(())
    }
}
