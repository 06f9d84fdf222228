//! `functools.cmp_to_key(mycmp)`: a `KeyWrapper` that, called with an object, makes a key whose rich
//! comparisons are `mycmp(a, b) <op> 0`.
use crate::support::{self, payload};
use weft_vm::heap::{ObjRef, Value};
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::{call, ops, Vm};
use weft_vm::objects::builtin::Args;
use weft_vm::objects::int;
use weft_vm::objects::method_support::{alloc_instance, cmp_op};
use weft_vm::objects::native::{NativeObj, Traverse};
use weft_vm::objects::register::{methods, readonly_members, statics};
use weft_vm::objects::typeobj::tdata;

struct KeyWrapper {
    cmp: Value,
    /// NULL for the wrapper `cmp_to_key` returns; the wrapped object for a key.
    obj: Value,
}

impl Traverse for KeyWrapper {
    fn traverse(&self, f: &mut dyn FnMut(&Value)) {
        f(&self.cmp);
        if !self.obj.is_null() {
            f(&self.obj);
        }
    }
    fn clear(&self, _out: &mut Vec<Value>) {}
}

fn key_type() -> &'static ObjRef {
    &super::types().keywrapper
}

fn new_key(cmp: Value, obj: Value) -> Value {
    Value::obj(alloc_instance(
        key_type(),
        NativeObj::traced(KeyWrapper { cmp, obj }),
    ))
}

/// `cmp_to_key(mycmp)`.
pub(crate) fn cmp_to_key(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let total = args.all.len();
    let mut mycmp = args.positional().first().cloned();
    for (k, v) in args.kwargs() {
        if k != "mycmp" || mycmp.is_some() {
            return Err(error::type_error(format!(
                "'{k}' is an invalid keyword argument for cmp_to_key()"
            )));
        }
        mycmp = Some(v.clone());
    }
    if total > 1 {
        return Err(error::type_error(format!(
            "cmp_to_key() takes at most 1 argument ({total} given)"
        )));
    }
    let Some(mycmp) = mycmp else {
        return Err(error::type_error(
            "cmp_to_key() missing required argument 'mycmp' (pos 1)",
        ));
    };
    Ok(new_key(mycmp, Value::NULL))
}

fn this<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a KeyWrapper> {
    support::this::<KeyWrapper>(args, name, key_type()).map(|(_, k)| k)
}

fn call_(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let k = this(args, "__call__")?;
    let rest = args.rest();
    let total = rest.all.len();
    if total > 1 {
        return Err(error::type_error(format!(
            "K() takes at most 1 argument ({total} given)"
        )));
    }
    let obj = match (rest.positional().first(), rest.kwargs().next()) {
        (Some(v), _) => v.clone(),
        (None, Some(("obj", v))) => v.clone(),
        (None, Some((name, _))) => {
            return Err(error::type_error(format!(
                "'{name}' is an invalid keyword argument for K()"
            )))
        }
        (None, None) => {
            return Err(error::type_error(
                "K() missing required argument 'obj' (pos 1)",
            ))
        }
    };
    Ok(new_key(k.cmp.clone(), obj))
}

fn obj_or_none(v: &Value) -> Value {
    if v.is_null() {
        Value::NONE
    } else {
        v.clone()
    }
}

fn richcompare<const OP: u8>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let op = cmp_op(OP);
    let name = ops::cmp_names(op).1;
    let k = this(args, name)?;
    let other = &args.rest().exact(name, 1)?[0];
    let Some(o) = payload::<KeyWrapper>(other) else {
        return Err(error::type_error("other argument must be K instance"));
    };
    let res = call::call_value(vm, &k.cmp, vec![obj_or_none(&k.obj), obj_or_none(&o.obj)])?;
    support::rich(vm, op, &res, &int::from_i64(0))
}

fn get_obj(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(payload::<KeyWrapper>(v)
        .map(|k| obj_or_none(&k.obj))
        .unwrap_or(Value::NONE))
}

pub(crate) fn register(t: &ObjRef) {
    statics(t, &[("__new__", support::no_new)]);
    methods(
        t,
        &[
            ("__call__", call_),
            ("__lt__", richcompare::<0>),
            ("__le__", richcompare::<1>),
            ("__eq__", richcompare::<2>),
            ("__ne__", richcompare::<3>),
            ("__gt__", richcompare::<4>),
            ("__ge__", richcompare::<5>),
        ],
    );
    readonly_members(t, &[("obj", get_obj)]);
    tdata(t).dict.set_rs("__hash__", Value::NONE);
}
