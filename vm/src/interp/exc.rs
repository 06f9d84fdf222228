//! Exceptions: the builtin exception hierarchy, turning a lazy `PyErr` into an exception object with its
//! context, tracebacks, `raise` and the matching used by `except`/`except*`.
use crate::heap::{Kind, ObjRef, Value};
use crate::interp::error::{self, ErrState, PyErr, PyResult};
use crate::interp::frame::Frame;
use crate::interp::Vm;
use crate::objects::exception::ExceptionData;
use crate::objects::typeobj::{self, tdata, tflag, TypeData};
use crate::objects::{self, str as pystr, tuple, types};

/// (name, base name) of every builtin exception class, parents first, as in CPython 3.11.
pub const HIERARCHY: &[(&str, &str)] = &[
    ("BaseException", ""),
    ("BaseExceptionGroup", "BaseException"),
    ("GeneratorExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("SystemExit", "BaseException"),
    ("Exception", "BaseException"),
    ("ArithmeticError", "Exception"),
    ("FloatingPointError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("AssertionError", "Exception"),
    ("AttributeError", "Exception"),
    ("BufferError", "Exception"),
    ("EOFError", "Exception"),
    ("ExceptionGroup", "BaseExceptionGroup"),
    ("ImportError", "Exception"),
    ("ModuleNotFoundError", "ImportError"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("MemoryError", "Exception"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("OSError", "Exception"),
    ("BlockingIOError", "OSError"),
    ("ChildProcessError", "OSError"),
    ("ConnectionError", "OSError"),
    ("BrokenPipeError", "ConnectionError"),
    ("ConnectionAbortedError", "ConnectionError"),
    ("ConnectionRefusedError", "ConnectionError"),
    ("ConnectionResetError", "ConnectionError"),
    ("FileExistsError", "OSError"),
    ("FileNotFoundError", "OSError"),
    ("InterruptedError", "OSError"),
    ("IsADirectoryError", "OSError"),
    ("NotADirectoryError", "OSError"),
    ("PermissionError", "OSError"),
    ("ProcessLookupError", "OSError"),
    ("TimeoutError", "OSError"),
    ("ReferenceError", "Exception"),
    ("RuntimeError", "Exception"),
    ("NotImplementedError", "RuntimeError"),
    ("RecursionError", "RuntimeError"),
    ("StopAsyncIteration", "Exception"),
    ("StopIteration", "Exception"),
    ("SyntaxError", "Exception"),
    ("IndentationError", "SyntaxError"),
    ("TabError", "IndentationError"),
    ("SystemError", "Exception"),
    ("TypeError", "Exception"),
    ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"),
    ("UnicodeDecodeError", "UnicodeError"),
    ("UnicodeEncodeError", "UnicodeError"),
    ("UnicodeTranslateError", "UnicodeError"),
    ("Warning", "Exception"),
    ("BytesWarning", "Warning"),
    ("DeprecationWarning", "Warning"),
    ("EncodingWarning", "Warning"),
    ("FutureWarning", "Warning"),
    ("ImportWarning", "Warning"),
    ("PendingDeprecationWarning", "Warning"),
    ("ResourceWarning", "Warning"),
    ("RuntimeWarning", "Warning"),
    ("SyntaxWarning", "Warning"),
    ("UnicodeWarning", "Warning"),
    ("UserWarning", "Warning"),
];

/// Creates the exception type objects (in `HIERARCHY` order). `ExceptionGroup` also derives from `Exception`.
pub fn make_exception_types(type_: &ObjRef, object: &ObjRef) -> Vec<ObjRef> {
    let mut out: Vec<ObjRef> = Vec::new();
    for (name, base) in HIERARCHY {
        let t = crate::heap::alloc(
            type_,
            TypeData::new(
                name,
                Kind::Exception,
                tflag::BASETYPE | tflag::HAS_DICT | tflag::EXCEPTION,
            ),
            None,
        );
        t.make_immortal();
        let mut bases: Vec<ObjRef> = Vec::new();
        if base.is_empty() {
            bases.push(object.clone());
        } else if let Some(b) = out.iter().find(|e| typeobj::type_name(e) == *base) {
            bases.push(b.clone());
        }
        if *name == "ExceptionGroup" {
            if let Some(e) = out.iter().find(|e| typeobj::type_name(e) == "Exception") {
                bases.push(e.clone());
            }
        }
        let mro = if bases.len() == 1 {
            let mut m = vec![t.clone()];
            m.extend(tdata(&bases[0]).mro.borrow().iter().cloned());
            m
        } else {
            typeobj::compute_mro(&t, &bases).unwrap_or_else(|_| vec![t.clone(), object.clone()])
        };
        for b in &bases {
            tdata(b)
                .subclasses
                .borrow_mut()
                .push(crate::heap::WeakHandle::new(&t));
        }
        let td = tdata(&t);
        *td.base.borrow_mut() = bases.first().cloned();
        *td.bases.borrow_mut() = bases;
        *td.mro.borrow_mut() = mro;
        out.push(t);
    }
    out
}

/// A new exception instance of type `ty` with `args` (a tuple), bypassing `__init__`.
pub fn new_exception(ty: &ObjRef, args: Value) -> ObjRef {
    // Room for the `__slots__` of a subclass, then the `__dict__` and inline attributes.
    let cap = crate::interp::typecall::attr_capacity(ty)
        .unwrap_or_else(|| tdata(ty).inline_capacity() as u16);
    crate::heap::alloc(ty, ExceptionData::new(args), Some(cap))
}

/// Whether an error's type is `ty` or a subclass.
pub fn matches_type(e: &PyErr, ty: &ObjRef) -> bool {
    typeobj::is_subtype(&e.ty(), ty)
}

/// Instantiates a lazy error, and links `__context__` to the exception being handled.
pub fn normalize(vm: &mut Vm, e: PyErr) -> ObjRef {
    let exc = match e.into_state() {
        ErrState::Raised(o) => return o,
        ErrState::Obj(o) => o,
        ErrState::Lazy { ty, msg } => {
            let args = match msg {
                Some(m) => tuple::new_tuple(vec![pystr::new_string(m)]),
                None => tuple::new_tuple(Vec::new()),
            };
            instantiate(vm, &ty, args)
        }
        ErrState::LazyValue { ty, arg } => instantiate(vm, &ty, tuple::new_tuple(vec![arg])),
        ErrState::Named {
            ty,
            msg,
            name,
            extra,
        } => {
            let o = instantiate(vm, &ty, tuple::new_tuple(vec![pystr::new_string(msg)]));
            crate::objects::instance::set(&o, &pystr::intern("name"), name);
            if let Some((field, v)) = extra {
                crate::objects::instance::set(&o, &pystr::intern(field), v);
            }
            o
        }
    };
    set_context(vm, &exc);
    exc
}

fn instantiate(vm: &mut Vm, ty: &ObjRef, args: Value) -> ObjRef {
    let o = new_exception(ty, args.clone());
    // Subclass-specific attributes (StopIteration.value, SystemExit.code, ...) come from the type's __init__.
    if let Some(init) = typeobj::lookup(ty, crate::interned!("__init__")) {
        let mut a = vec![Value::obj(o.clone())];
        a.extend(tuple::as_tuple(&args).unwrap_or(&[]).iter().cloned());
        let _ = crate::interp::call::call_value(vm, &init, a);
    }
    o
}

fn set_context(vm: &mut Vm, exc: &ObjRef) {
    let handled = vm.handled_exception();
    let Some(h) = handled.as_obj() else { return };
    if h.is(exc) {
        return;
    }
    let Some(d) = exc.downcast::<ExceptionData>() else {
        return;
    };
    if !d.context.borrow().is_none() {
        return;
    }
    // Break cycles: if exc is already in handled's context chain, cut it there (as CPython does).
    let mut cur = Value::obj(h.clone());
    let mut steps = 0;
    while let Some(c) = cur.as_obj().cloned() {
        let Some(cd) = c.downcast::<ExceptionData>() else {
            break;
        };
        let next = cd.context.borrow().clone();
        if next.as_obj().is_some_and(|n| n.is(exc)) {
            *cd.context.borrow_mut() = Value::NONE;
            break;
        }
        cur = next;
        steps += 1;
        if steps > 10_000 {
            break;
        }
    }
    *d.context.borrow_mut() = Value::obj(h.clone());
}

/// Prepends a traceback entry for frame `f` to the exception's `__traceback__`.
pub fn add_traceback(vm: &mut Vm, exc: &ObjRef, f: &mut Frame) {
    let Some(d) = exc.downcast::<ExceptionData>() else {
        return;
    };
    if matches!(f.then, crate::interp::then::Then::Finish(..))
        || vm.preempt_code.as_ref().is_some_and(|c| c.is(&f.code))
    {
        // A continuation's bottom frame and a preemption's are the interpreter's, not the program's.
        return;
    }
    let lasti = f.lasti();
    // The frame keeps its object, so the traceback's `tb_frame` follows it to its last line (3.11's
    // `f_lineno` of a frame that left by an exception).
    if f.frame_obj.is_null() {
        f.frame_obj = objects::frameobj::frame_object(f);
    }
    let frame_obj = objects::frameobj::frame_object(f);
    let tb = crate::objects::traceback::Traceback {
        next: std::cell::RefCell::new(d.traceback.borrow().clone()),
        frame: frame_obj,
        lasti: lasti as u32,
        lineno: f.code().line_of(lasti),
    };
    let tbo = crate::heap::alloc(&types().traceback, tb, None);
    *d.traceback.borrow_mut() = Value::obj(tbo);
}

/// An existing exception re-raised (keeps its traceback and context).
pub fn reraise(exc: ObjRef) -> PyErr {
    PyErr::raised(exc)
}

/// `raise [exc [from cause]]`.
pub fn do_raise(vm: &mut Vm, exc: Option<Value>, cause: Option<Value>) -> PyErr {
    let Some(exc) = exc else {
        let h = vm.handled_exception();
        return match h.as_obj() {
            Some(o) => PyErr::raised(o.clone()),
            None => error::runtime_error("No active exception to reraise"),
        };
    };
    let obj = match make_exception(vm, &exc) {
        Ok(o) => o,
        Err(e) => return e,
    };
    if let Some(c) = cause {
        let cause_obj = if c.is_none() {
            Value::NONE
        } else {
            match make_exception(vm, &c) {
                Ok(o) => Value::obj(o),
                Err(_) => {
                    return error::type_error("exception causes must derive from BaseException")
                }
            }
        };
        if let Some(d) = obj.downcast::<ExceptionData>() {
            *d.cause.borrow_mut() = cause_obj;
            d.suppress_context.set(true);
        }
    }
    PyErr::from_obj(obj)
}

/// An exception instance from a class (called with no arguments) or an instance.
fn make_exception(vm: &mut Vm, v: &Value) -> PyResult<ObjRef> {
    if let Some(o) = v.as_obj() {
        if o.kind() == Kind::Type && tdata(o).has(tflag::EXCEPTION) {
            let inst = crate::interp::call::call_value(vm, v, Vec::new())?;
            return match inst.as_obj() {
                Some(i) if tdata(i.ty()).has(tflag::EXCEPTION) => Ok(i.clone()),
                _ => Err(error::type_error(format!(
                    "calling {} should have returned an instance of BaseException, not {}",
                    crate::interp::protocols::repr_type(o),
                    crate::interp::protocols::repr_type(&crate::interp::ops::a_type(&inst))
                ))),
            };
        }
        if tdata(o.ty()).has(tflag::EXCEPTION) {
            return Ok(o.clone());
        }
    }
    Err(error::type_error(
        "exceptions must derive from BaseException",
    ))
}

/// `except T:` matching.
pub fn check_exc_match(e: &Value, ty: &Value) -> PyResult<bool> {
    let et = crate::interp::ops::a_type(e);
    let check_one = |t: &Value| -> PyResult<bool> {
        match t.as_obj() {
            Some(o) if o.kind() == Kind::Type && tdata(o).has(tflag::EXCEPTION) => {
                Ok(typeobj::is_subtype(&et, o))
            }
            _ => Err(error::type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            )),
        }
    };
    if let Some(items) = tuple::as_tuple(ty) {
        let mut any = false;
        for t in items {
            if check_one(t)? {
                any = true;
            }
        }
        return Ok(any);
    }
    check_one(ty)
}

/// `(type(e), e.__traceback__)` for `__exit__` calls.
pub fn type_and_tb(e: &Value) -> (Value, Value) {
    let ty = Value::obj(crate::interp::ops::a_type(e));
    let tb = e
        .as_obj()
        .and_then(|o| o.downcast::<ExceptionData>())
        .map(|d| d.traceback.borrow().clone())
        .unwrap_or(Value::NONE);
    (ty, tb)
}

/// The value of a `StopIteration` error (None when absent).
pub fn stop_iteration_value(e: PyErr) -> Value {
    match e.into_state() {
        ErrState::LazyValue { arg, .. } => arg,
        ErrState::Lazy { .. } | ErrState::Named { .. } => Value::NONE,
        ErrState::Obj(o) | ErrState::Raised(o) => {
            let args = o
                .downcast::<ExceptionData>()
                .map(|d| d.args.borrow().clone())
                .unwrap_or(Value::NONE);
            tuple::as_tuple(&args)
                .and_then(|a| a.first().cloned())
                .unwrap_or(Value::NONE)
        }
    }
}

/// `NameError("name 'x' is not defined")` with its `name` attribute.
pub fn name_error_with_name(name: &str) -> PyErr {
    PyErr::named(
        &types().name_error,
        format!("name '{name}' is not defined"),
        pystr::new_str(name),
        None,
    )
}

/// `AttributeError` carrying `obj` and `name` (used by suggestions in tracebacks).
pub fn attribute_error_with(msg: String, obj: Value, name: Value) -> PyErr {
    PyErr::named(&types().attribute_error, msg, name, Some(("obj", obj)))
}

/// Reports an exception that cannot propagate (`__del__`, weakref callbacks) through
/// `sys.unraisablehook`, as `PyErr_WriteUnraisable`.
pub fn write_unraisable(vm: &mut Vm, e: PyErr, what: &str, obj: &Value) {
    let exc = normalize(vm, e);
    crate::interp::unraisable::report(vm, exc, what, obj);
}

/// `except*` matching: splits exception group `e` by `ty` into (rest, matched).
pub fn check_eg_match(vm: &mut Vm, e: Value, ty: Value) -> PyResult<(Value, Value)> {
    crate::interp::exc_group::check_eg_match(vm, e, ty)
}

/// 3.11 `PREP_RERAISE_STAR`.
pub fn prep_reraise_star(vm: &mut Vm, orig: Value, excs: Value) -> PyResult<Value> {
    crate::interp::exc_group::prep_reraise_star(vm, orig, excs)
}

/// A new exception class `module.name` deriving from `base`, as native modules define them
/// (`binascii.Error`, `zlib.error`, `greenlet.GreenletExit`): a heap type named after its module.
pub fn new_exception_class(module: &str, name: &str, base: &ObjRef) -> ObjRef {
    let t = types();
    let flags = tflag::BASETYPE | tflag::HAS_DICT | tflag::EXCEPTION | tflag::HEAPTYPE;
    let ty = crate::heap::alloc(&t.type_, TypeData::new(name, Kind::Exception, flags), None);
    ty.make_immortal();
    let td = tdata(&ty);
    let bases = vec![base.clone()];
    let mro = typeobj::compute_mro(&ty, &bases).unwrap_or_else(|_| vec![ty.clone()]);
    *td.base.borrow_mut() = Some(base.clone());
    *td.bases.borrow_mut() = bases;
    *td.mro.borrow_mut() = mro;
    td.dict.set_rs("__module__", pystr::new_str(module));
    ty
}

/// Whether `v` is an exception class or instance (what `raise` and `throw()` accept).
pub fn is_exception_class_or_instance(v: &Value) -> bool {
    let base = &types().base_exception;
    match typeobj::as_type(v) {
        Some(t) => typeobj::is_subtype(t, base),
        None => v
            .as_obj()
            .is_some_and(|o| typeobj::is_subtype(o.ty(), base)),
    }
}

/// CPython's `set_attribute_error_context`: an `AttributeError` that a `__getattr__` raised without
/// `name` and `obj` gets those of the lookup (so its message can suggest a near name).
pub fn attribute_error_context(vm: &mut Vm, e: PyErr, obj: &Value, name: &Value) -> PyErr {
    if !matches_type(&e, &types().attribute_error) {
        return e;
    }
    let exc = normalize(vm, e);
    let key = pystr::intern("name");
    if crate::objects::instance::get(&exc, &key).is_none_or(|v| v.is_none()) {
        crate::objects::instance::set(&exc, &key, name.clone());
        crate::objects::instance::set(&exc, &pystr::intern("obj"), obj.clone());
    }
    PyErr::from_obj(exc)
}
