//! `operator.methodcaller(name, /, *args, **kwargs)`: calls `operand.name(*args, **kwargs)`, the call
//! made in tail position.
use super::getters::repr_call;
use crate::support::payload;
use weft_vm::heap::{ObjRef, Value};
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::{attr, call, ops, protocols, Vm};
use weft_vm::objects::builtin::{tail_call_kw, Args};
use weft_vm::objects::method_support::{alloc_instance, new_cls};
use weft_vm::objects::native::{NativeObj, Traverse};
use weft_vm::objects::register::{methods, statics};
use weft_vm::objects::{str as pystr, tuple};

struct MethodCaller {
    name: ObjRef,
    args: Vec<Value>,
    kwnames: Vec<Value>,
    kwvalues: Vec<Value>,
}

impl Traverse for MethodCaller {
    fn traverse(&self, f: &mut dyn FnMut(&Value)) {
        self.args.iter().for_each(&mut *f);
        self.kwvalues.iter().for_each(f);
    }
    fn clear(&self, _out: &mut Vec<Value>) {}
}

fn new(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = new_cls(args, &super::types().methodcaller)?;
    let rest = args.rest();
    let pos = rest.positional();
    let Some(name) = pos.first() else {
        return Err(error::type_error(
            "methodcaller needs at least one argument, the method name",
        ));
    };
    let Some(n) = name.as_obj().filter(|_| pystr::as_str(name).is_some()) else {
        return Err(error::type_error("method name must be a string"));
    };
    let m = MethodCaller {
        name: pystr::intern_obj(n),
        args: pos[1..].to_vec(),
        kwnames: rest.kwnames.to_vec(),
        kwvalues: rest.kw_values().to_vec(),
    };
    Ok(Value::obj(alloc_instance(cls, NativeObj::traced(m))))
}

fn this<'a>(args: &Args<'a>) -> PyResult<(&'a Value, &'a MethodCaller)> {
    let v = args.this()?;
    payload::<MethodCaller>(v).map(|m| (v, m)).ok_or_else(|| {
        error::type_error(format!(
            "descriptor requires a 'operator.methodcaller' object but received a '{}'",
            ops::type_name_of(v)
        ))
    })
}

fn call_(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, m) = this(args)?;
    let rest = args.rest();
    if rest.has_kwargs() {
        return Err(error::type_error(
            "methodcaller() takes no keyword arguments",
        ));
    }
    let pos = rest.positional();
    if pos.len() != 1 {
        return Err(error::type_error(format!(
            "methodcaller expected 1 argument, got {}",
            pos.len()
        )));
    }
    let f = attr::load_attr(vm, pos[0].clone(), &m.name, false)?;
    let method = call::run_flow(vm, f)?;
    let mut a = m.args.clone();
    a.extend(m.kwvalues.iter().cloned());
    tail_call_kw(vm, &method, a, &m.kwnames)
}

fn repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, m) = this(args)?;
    let mut parts = vec![Value::obj(m.name.clone())];
    parts.extend(m.args.iter().cloned());
    let mut kw = Vec::with_capacity(m.kwnames.len());
    for (k, v) in m.kwnames.iter().zip(&m.kwvalues) {
        let r = protocols::repr_string(vm, v)?;
        kw.push(format!("{}={r}", pystr::as_str(k).unwrap_or("")));
    }
    repr_call(vm, me, &parts, &kw.join(", "))
}

fn reduce(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, m) = this(args)?;
    let cls = Value::obj(ops::a_type(me));
    if m.kwnames.is_empty() {
        let mut a = vec![Value::obj(m.name.clone())];
        a.extend(m.args.iter().cloned());
        return Ok(tuple::new_tuple(vec![cls, tuple::new_tuple(a)]));
    }
    // `(partial(type(self), name, **kwargs), args)`.
    let partial = Value::obj(crate::functools::partial_type().clone());
    let mut a = vec![cls, Value::obj(m.name.clone())];
    a.extend(m.kwvalues.iter().cloned());
    let kwn = tuple::new_tuple(m.kwnames.clone());
    let f = call::call_flow(vm, &partial, a, &kwn)?;
    let p = call::run_flow(vm, f)?;
    Ok(tuple::new_tuple(vec![p, tuple::new_tuple(m.args.clone())]))
}

pub(super) fn register(t: &ObjRef) {
    statics(t, &[("__new__", new)]);
    methods(
        t,
        &[
            ("__call__", call_),
            ("__repr__", repr),
            ("__reduce__", reduce),
        ],
    );
}
