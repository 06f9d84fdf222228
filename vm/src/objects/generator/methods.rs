//! The namespaces of `generator`, `coroutine` and `async_generator`: the iterator protocol, `send`, `throw`,
//! `close` and the `gi_*`/`cr_*`/`ag_*` attributes.
use super::resume::{self, gen_of};
use super::{GenKind, Generator};
use crate::heap::{Kind, ObjRef, Value};
use crate::interp::error::{self, PyErr, PyResult};
use crate::interp::ops::type_name_of;
use crate::interp::{call, Vm};
use crate::objects::builtin::Args;
use crate::objects::exception::ExceptionData;
use crate::objects::typeobj;
use crate::objects::{str as pystr, types};

fn this(v: &Value) -> PyResult<&ObjRef> {
    v.as_obj()
        .filter(|o| o.downcast::<Generator>().is_some())
        .ok_or_else(|| {
            error::type_error(format!(
                "descriptor requires a 'generator' object but received a '{}'",
                type_name_of(v)
            ))
        })
}

fn send(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("send", 2)?;
    let g = this(&a[0])?;
    resume::tail(vm, g, a[1].clone(), None)
}

fn next(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let g = this(args.this()?)?;
    resume::tail(vm, g, Value::NONE, None)
}

fn iter(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(args.this()?.clone())
}

/// The exception `throw(typ[, val[, tb]])` raises, normalised as 3.11's `_gen_throw` does: bad
/// arguments fail the call (`Err`), but an error while instantiating the class is thrown in.
pub fn throw_error(vm: &mut Vm, a: &[Value]) -> PyResult<PyErr> {
    let t = types();
    let typ = &a[0];
    let val = a.get(1).cloned().unwrap_or(Value::NONE);
    let tb = a.get(2).cloned().unwrap_or(Value::NONE);
    if !tb.is_none() && !tb.as_obj().is_some_and(|o| o.kind() == Kind::Traceback) {
        return Err(error::type_error(
            "throw() third argument must be a traceback object",
        ));
    }
    let exc = match typeobj::as_type(typ) {
        Some(cls) if typeobj::is_subtype(cls, &t.base_exception) => {
            let is_instance = val
                .as_obj()
                .is_some_and(|o| typeobj::is_subtype(o.ty(), cls));
            if is_instance {
                val
            } else {
                let cargs = if val.is_none() {
                    vec![]
                } else if let Some(items) = crate::objects::tuple::as_tuple(&val) {
                    items.to_vec()
                } else {
                    vec![val]
                };
                // A failing instantiation (PyErr_NormalizeException) is what gets thrown in.
                match call::call_value(vm, typ, cargs) {
                    Ok(v) => v,
                    Err(e) => return Ok(e),
                }
            }
        }
        _ if typ
            .as_obj()
            .is_some_and(|o| typeobj::is_subtype(o.ty(), &t.base_exception)) =>
        {
            if !val.is_none() {
                return Err(error::type_error(
                    "instance exception may not have a separate value",
                ));
            }
            typ.clone()
        }
        _ => {
            return Err(error::type_error(format!(
                "exceptions must be classes or instances deriving from BaseException, not {}",
                type_name_of(typ)
            )))
        }
    };
    let Some(o) = exc
        .as_obj()
        .filter(|o| o.kind() == Kind::Exception)
        .cloned()
    else {
        return Ok(error::type_error(format!(
            "calling {} should have returned an instance of BaseException, not {}",
            crate::interp::protocols::repr_value_type(typ),
            type_name_of(&exc)
        )));
    };
    if !tb.is_none() {
        if let Some(d) = o.downcast::<ExceptionData>() {
            let old = std::mem::replace(&mut *d.traceback.borrow_mut(), tb);
            drop(old);
        }
    }
    Ok(PyErr::from_obj(o))
}

fn throw(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.range("throw", 2, 4)?;
    let g = this(&a[0])?.clone();
    let e = throw_error(vm, &a[1..])?;
    resume::throw(vm, &g, e, true, true)
}

fn close(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let g = this(args.this()?)?.clone();
    resume::close(vm, &g)
}

fn repr(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = args.this()?;
    let g = this(v)?;
    let gen = gen_of(g)?;
    let what = match gen.kind {
        GenKind::Generator => "generator",
        GenKind::Coroutine => "coroutine",
        GenKind::AsyncGenerator => "async_generator",
    };
    let q = gen.qualname.borrow().clone();
    Ok(pystr::new_string(format!(
        "<{what} object {} at {:#x}>",
        pystr::as_str(&q).unwrap_or("?"),
        g.addr()
    )))
}

fn get_name(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(gen_of(this(v)?)?.name.borrow().clone())
}

fn set_str_field(v: &Value, new: Option<Value>, which: &str) -> PyResult<()> {
    let gen = gen_of(this(v)?)?;
    let Some(n) = new.filter(|n| pystr::as_str(n).is_some()) else {
        return Err(error::type_error(format!(
            "{which} must be set to a string object"
        )));
    };
    let cell = if which == "__name__" {
        &gen.name
    } else {
        &gen.qualname
    };
    let old = std::mem::replace(&mut *cell.borrow_mut(), n);
    drop(old);
    Ok(())
}

fn set_name(_vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    set_str_field(v, new, "__name__")
}

fn get_qualname(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(gen_of(this(v)?)?.qualname.borrow().clone())
}

fn set_qualname(_vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    set_str_field(v, new, "__qualname__")
}

/// `gi_frame`: the suspended frame's object (cached on the frame), the running frame's, or None when done.
fn get_frame(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let g = this(v)?;
    let gen = gen_of(g)?;
    if let Some(f) = gen.frame.borrow_mut().as_mut() {
        if f.frame_obj.is_null() {
            f.frame_obj = crate::objects::frameobj::frame_object(f);
        }
        return Ok(crate::objects::frameobj::frame_object(f));
    }
    for f in vm.frames.iter().rev() {
        if f.gen.as_obj().is_some_and(|o| o.is(g)) {
            return Ok(crate::objects::frameobj::frame_object(f));
        }
    }
    Ok(Value::NONE)
}

fn get_running(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::bool(gen_of(this(v)?)?.running.get()))
}

fn get_suspended(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let gen = gen_of(this(v)?)?;
    let suspended =
        !gen.running.get() && gen.frame.borrow().is_some() && !resume::is_unstarted(gen);
    Ok(Value::bool(suspended))
}

fn get_code(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::obj(gen_of(this(v)?)?.code.clone()))
}

fn get_yieldfrom(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(resume::yield_from(gen_of(this(v)?)?).unwrap_or(Value::NONE))
}

fn get_async_running(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::bool(gen_of(this(v)?)?.running_async.get()))
}

/// `coroutine.__await__()`: an iterator over the coroutine (`coroutine_wrapper`).
fn await_(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let g = this(args.this()?)?;
    Ok(super::awaitables::coroutine_wrapper(g.clone()))
}

fn aiter(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(args.this()?.clone())
}

/// At an async generator's first `asend`, `athrow` or `aclose`: takes the finalizer hook and calls
/// the firstiter hook with it (`sys.set_asyncgen_hooks`, CPython's `async_gen_init_hooks`).
fn init_hooks(vm: &mut Vm, g: &ObjRef) -> PyResult<()> {
    let Ok(gen) = gen_of(g) else { return Ok(()) };
    if gen.hooks_inited.replace(true) {
        return Ok(());
    }
    *gen.origin_or_finalizer.borrow_mut() = vm.asyncgen_finalizer.clone();
    let firstiter = vm.asyncgen_firstiter.clone();
    if !firstiter.is_none() {
        call::call_value(vm, &firstiter, vec![Value::obj(g.clone())])?;
    }
    Ok(())
}

fn anext(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let g = this(args.this()?)?;
    init_hooks(vm, g)?;
    Ok(super::awaitables::asend(g.clone(), Value::NONE))
}

fn asend(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("asend", 2)?;
    let g = this(&a[0])?;
    init_hooks(vm, g)?;
    Ok(super::awaitables::asend(g.clone(), a[1].clone()))
}

fn athrow(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.range("athrow", 2, 4)?;
    let g = this(&a[0])?;
    init_hooks(vm, g)?;
    Ok(super::awaitables::athrow(g.clone(), Some(a[1..].to_vec())))
}

fn aclose(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let g = this(args.this()?)?;
    init_hooks(vm, g)?;
    Ok(super::awaitables::athrow(g.clone(), None))
}

/// `coroutine.cr_origin`.
fn get_origin(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(gen_of(this(v)?)?.origin_or_finalizer.borrow().clone())
}

pub(super) fn register() {
    use crate::objects::register::*;
    let t = types();
    let common: &[(&'static str, crate::objects::builtin::NativeFn)] = &[
        ("send", send),
        ("throw", throw),
        ("close", close),
        ("__repr__", repr),
    ];
    for ty in [&t.generator, &t.coroutine] {
        methods(ty, common);
        getsets(
            ty,
            &[
                ("__name__", get_name, Some(set_name)),
                ("__qualname__", get_qualname, Some(set_qualname)),
            ],
        );
    }
    methods(&t.generator, &[("__next__", next), ("__iter__", iter)]);
    getsets(
        &t.generator,
        &[
            ("gi_frame", get_frame, None),
            ("gi_running", get_running, None),
            ("gi_suspended", get_suspended, None),
            ("gi_code", get_code, None),
            ("gi_yieldfrom", get_yieldfrom, None),
        ],
    );
    methods(&t.coroutine, &[("__await__", await_)]);
    getsets(
        &t.coroutine,
        &[
            ("cr_frame", get_frame, None),
            ("cr_running", get_running, None),
            ("cr_suspended", get_suspended, None),
            ("cr_code", get_code, None),
            ("cr_await", get_yieldfrom, None),
            ("cr_origin", get_origin, None),
        ],
    );
    let ag = &t.async_generator;
    methods(
        ag,
        &[
            ("__repr__", repr),
            ("__aiter__", aiter),
            ("__anext__", anext),
            ("asend", asend),
            ("athrow", athrow),
            ("aclose", aclose),
        ],
    );
    getsets(
        ag,
        &[
            ("__name__", get_name, Some(set_name)),
            ("__qualname__", get_qualname, Some(set_qualname)),
            ("ag_frame", get_frame, None),
            ("ag_running", get_async_running, None),
            ("ag_code", get_code, None),
            ("ag_await", get_yieldfrom, None),
        ],
    );
}
