//! The methods and attributes of the builtin exception classes: `BaseException` (args, str/repr,
//! `__traceback__`, `__context__`, `__cause__`, `__suppress_context__`, `with_traceback`, `add_note`) and the
//! subclasses with extra fields (`StopIteration.value`, `SystemExit.code`, `OSError`'s errno family,
//! `KeyError`'s str, `ImportError`, `AttributeError`, `NameError`, `SyntaxError`, the Unicode errors) and
//! exception groups.
use crate::heap::{ObjRef, Value};
use crate::interp::error::{self, PyResult};
use crate::interp::ops::type_name_of;
use crate::interp::{protocols, Vm};
use crate::objects::builtin::Args;
use crate::objects::exception::ExceptionData;
use crate::objects::typeobj::{self, tdata};
use crate::objects::{instance, int, list, str as pystr, tuple, types};

fn exc_data(v: &Value) -> PyResult<&ExceptionData> {
    v.as_obj()
        .and_then(|o| o.downcast::<ExceptionData>())
        .ok_or_else(|| {
            error::type_error(format!(
                "descriptor requires a 'BaseException' object but received '{}'",
                type_name_of(v)
            ))
        })
}

fn set_field(o: &Value, name: &str, v: Value) {
    if let Some(obj) = o.as_obj() {
        instance::set(obj, &pystr::intern(name), v);
    }
}

fn get_field(o: &Value, name: &str) -> Value {
    o.as_obj()
        .and_then(|obj| instance::get(obj, &pystr::intern(name)))
        .unwrap_or(Value::NONE)
}

fn base_new(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = args.this()?;
    let Some(c) = typeobj::as_type(cls) else {
        return Err(error::type_error(
            "BaseException.__new__(X): X is not a type object",
        ));
    };
    if !typeobj::is_subtype(c, &types().base_exception) {
        return Err(error::type_error(format!(
            "BaseException.__new__({}): {} is not a subtype of BaseException",
            typeobj::type_name(c),
            typeobj::type_name(c)
        )));
    }
    let a = tuple::new_tuple(args.rest().positional().to_vec());
    let o = crate::interp::exc::new_exception(c, a);
    if tdata(c).has(typeobj::tflag::HAS_DEL) {
        o.set_flag(crate::heap::flag::HAS_DEL);
    }
    Ok(Value::obj(o))
}

fn base_init(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.this()?;
    let rest = args.rest();
    if rest.has_kwargs() {
        return Err(error::type_error(format!(
            "{}() takes no keyword arguments",
            type_name_of(this)
        )));
    }
    let d = exc_data(this)?;
    let old = d.args.replace(tuple::new_tuple(rest.positional().to_vec()));
    drop(old);
    Ok(Value::NONE)
}

fn args_of(v: &Value) -> Vec<Value> {
    exc_data(v)
        .ok()
        .and_then(|d| tuple::as_tuple(&d.args.borrow()).map(|t| t.to_vec()))
        .unwrap_or_default()
}

fn base_str(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args_of(args.this()?);
    match a.len() {
        0 => Ok(pystr::new_str("")),
        1 => protocols::str_value(vm, &a[0]),
        _ => Ok(pystr::new_string(protocols::repr_string(
            vm,
            &tuple::new_tuple(a),
        )?)),
    }
}

fn base_repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.this()?;
    let name = tdata(&crate::interp::ops::a_type(this))
        .name
        .borrow()
        .clone();
    let a = args_of(this);
    let inner = match a.len() {
        1 => protocols::repr_string(vm, &a[0])?,
        _ => {
            let r = protocols::repr_string(vm, &tuple::new_tuple(a.clone()))?;
            if a.is_empty() {
                String::new()
            } else {
                r[1..r.len() - 1].to_string()
            }
        }
    };
    Ok(pystr::new_string(format!("{name}({inner})")))
}

fn with_traceback(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("with_traceback", 2)?;
    set_traceback(&a[0], &a[1])?;
    Ok(a[0].clone())
}

/// `BaseException.__reduce__`: `(type, args)`, and the instance's attributes when it has any.
fn base_reduce(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("__reduce__", 1)?;
    let this = &a[0];
    let eargs = exc_data(this)?.args.borrow().clone();
    let ty = Value::obj(
        this.as_obj()
            .map_or_else(|| types().base_exception.clone(), |o| o.ty().clone()),
    );
    let dict = this.as_obj().and_then(instance::dict_of).filter(|d| {
        d.downcast::<crate::objects::dict::Dict>()
            .is_some_and(|d| !d.is_empty())
    });
    Ok(match dict {
        Some(d) => tuple::new_tuple(vec![ty, eargs, Value::obj(d)]),
        None => tuple::new_tuple(vec![ty, eargs]),
    })
}

/// `BaseException.__setstate__`: sets each item of a state dict as an attribute.
fn base_setstate(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("__setstate__", 2)?;
    if a[1].is_none() {
        return Ok(Value::NONE);
    }
    let Some(d) = a[1]
        .as_obj()
        .and_then(|o| o.downcast::<crate::objects::dict::Dict>())
    else {
        return Err(error::type_error("state is not a dictionary"));
    };
    for (k, v) in d.items() {
        let Some(name) = pystr::as_str(&k).map(str::to_string) else {
            return Err(error::type_error(format!(
                "attribute name must be string, not '{}'",
                type_name_of(&k)
            )));
        };
        crate::interp::attr::setattr(vm, &a[0], &name, v)?;
    }
    Ok(Value::NONE)
}

fn set_traceback(e: &Value, tb: &Value) -> PyResult<()> {
    let ok = tb.is_none()
        || tb
            .as_obj()
            .is_some_and(|o| o.kind() == crate::heap::Kind::Traceback);
    if !ok {
        return Err(error::type_error(
            "__traceback__ must be a traceback or None",
        ));
    }
    let d = exc_data(e)?;
    let old = d.traceback.replace(tb.clone());
    drop(old);
    Ok(())
}

fn add_note(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.this()?;
    let note = crate::objects::str::args::one_arg(args, "BaseException.add_note")?;
    let a = [this.clone(), note.clone()];
    if pystr::as_str(&a[1]).is_none() {
        return Err(error::type_error(format!(
            "note must be a str, not '{}'",
            type_name_of(&a[1])
        )));
    }
    let notes = crate::interp::attr::getattr_opt(vm, &a[0], "__notes__")?;
    match notes {
        Some(n) => match list::as_list(&n) {
            Some(l) => l.items.borrow_mut().push(a[1].clone()),
            None => {
                return Err(error::type_error(
                    "Cannot add note: __notes__ is not a list",
                ))
            }
        },
        None => crate::interp::attr::setattr(
            vm,
            &a[0],
            "__notes__",
            list::new_list(vec![a[1].clone()]),
        )?,
    }
    Ok(Value::NONE)
}

fn g_args(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(exc_data(v)?.args.borrow().clone())
}
fn s_args(vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let Some(new) = new else {
        return Err(error::type_error("args may not be deleted"));
    };
    let t = tuple::new_tuple(protocols::iterate(vm, &new)?);
    let old = exc_data(v)?.args.replace(t);
    drop(old);
    Ok(())
}
fn g_tb(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(exc_data(v)?.traceback.borrow().clone())
}
fn s_tb(_vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    match new {
        Some(t) => set_traceback(v, &t),
        None => Err(error::type_error("__traceback__ may not be deleted")),
    }
}
fn exc_or_none(v: &Value, what: &str) -> PyResult<()> {
    if v.is_none()
        || v.as_obj()
            .is_some_and(|o| tdata(o.ty()).has(typeobj::tflag::EXCEPTION))
    {
        Ok(())
    } else {
        Err(error::type_error(format!(
            "exception {what} must be None or derive from BaseException"
        )))
    }
}
fn g_context(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(exc_data(v)?.context.borrow().clone())
}
fn s_context(_vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let Some(n) = new else {
        return Err(error::type_error("__context__ may not be deleted"));
    };
    exc_or_none(&n, "context")?;
    let old = exc_data(v)?.context.replace(n);
    drop(old);
    Ok(())
}
fn g_cause(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(exc_data(v)?.cause.borrow().clone())
}
fn s_cause(_vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let Some(n) = new else {
        return Err(error::type_error("__cause__ may not be deleted"));
    };
    exc_or_none(&n, "cause")?;
    let d = exc_data(v)?;
    let old = d.cause.replace(n);
    d.suppress_context.set(true);
    drop(old);
    Ok(())
}
fn g_suppress(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::bool(exc_data(v)?.suppress_context.get()))
}
fn s_suppress(vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let b = match new {
        Some(n) => crate::interp::ops::truthy(vm, &n)?,
        None => return Err(error::type_error("__suppress_context__ may not be deleted")),
    };
    exc_data(v)?.suppress_context.set(b);
    Ok(())
}

fn stop_iteration_init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    base_init(vm, args)?;
    let this = args.this()?;
    let v = args
        .rest()
        .positional()
        .first()
        .cloned()
        .unwrap_or(Value::NONE);
    set_field(this, "value", v);
    Ok(Value::NONE)
}

fn system_exit_init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    base_init(vm, args)?;
    let this = args.this()?;
    let pos = args.rest().positional().to_vec();
    let code = match pos.len() {
        0 => Value::NONE,
        1 => pos[0].clone(),
        _ => tuple::new_tuple(pos),
    };
    set_field(this, "code", code);
    Ok(Value::NONE)
}

fn key_error_str(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args_of(args.this()?);
    if a.len() == 1 {
        return Ok(pystr::new_string(protocols::repr_string(vm, &a[0])?));
    }
    base_str(vm, args)
}

fn import_error_init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.this()?.clone();
    let rest = args.rest();
    let pos = rest.positional().to_vec();
    let mut name = Value::NONE;
    let mut path = Value::NONE;
    for (k, v) in rest.kwargs() {
        match k {
            "name" => name = v.clone(),
            "path" => path = v.clone(),
            _ => {
                return Err(error::type_error(format!(
                    "'{k}' is an invalid keyword argument for ImportError()"
                )))
            }
        }
    }
    let d = exc_data(&this)?;
    let old = d.args.replace(tuple::new_tuple(pos.clone()));
    drop(old);
    let msg = match pos.as_slice() {
        [m] => m.clone(),
        _ => Value::NONE,
    };
    set_field(&this, "msg", msg);
    set_field(&this, "name", name);
    set_field(&this, "path", path);
    let _ = vm;
    Ok(Value::NONE)
}

fn import_error_str(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.this()?;
    let msg = get_field(this, "msg");
    if !msg.is_none() {
        return protocols::str_value(vm, &msg);
    }
    base_str(vm, args)
}

fn name_error_init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.this()?.clone();
    let rest = args.rest();
    let mut name = Value::NONE;
    for (k, v) in rest.kwargs() {
        if k == "name" {
            name = v.clone();
        } else {
            return Err(error::type_error(format!(
                "'{k}' is an invalid keyword argument for NameError()"
            )));
        }
    }
    let d = exc_data(&this)?;
    let old = d.args.replace(tuple::new_tuple(rest.positional().to_vec()));
    drop(old);
    set_field(&this, "name", name);
    let _ = vm;
    Ok(Value::NONE)
}

fn attribute_error_init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.this()?.clone();
    let rest = args.rest();
    let mut name = Value::NONE;
    let mut obj = Value::NONE;
    for (k, v) in rest.kwargs() {
        match k {
            "name" => name = v.clone(),
            "obj" => obj = v.clone(),
            _ => {
                return Err(error::type_error(format!(
                    "'{k}' is an invalid keyword argument for AttributeError()"
                )))
            }
        }
    }
    let d = exc_data(&this)?;
    let old = d.args.replace(tuple::new_tuple(rest.positional().to_vec()));
    drop(old);
    set_field(&this, "name", name);
    set_field(&this, "obj", obj);
    let _ = vm;
    Ok(Value::NONE)
}

/// Maps errno values to OSError subclasses (CPython's `errnomap`).
fn os_error_subclass(errno: i64) -> Option<&'static str> {
    Some(match errno {
        11 | 114 | 115 => "BlockingIOError",
        10 => "ChildProcessError",
        32 | 108 => "BrokenPipeError",
        103 => "ConnectionAbortedError",
        111 => "ConnectionRefusedError",
        104 => "ConnectionResetError",
        17 => "FileExistsError",
        2 => "FileNotFoundError",
        4 => "InterruptedError",
        21 => "IsADirectoryError",
        20 => "NotADirectoryError",
        1 | 13 => "PermissionError",
        3 => "ProcessLookupError",
        110 => "TimeoutError",
        _ => return None,
    })
}

fn os_error_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = args.this()?;
    let mut c = typeobj::as_type(cls)
        .cloned()
        .ok_or_else(|| error::type_error("OSError.__new__(X): X is not a type"))?;
    let pos = args.rest().positional().to_vec();
    if c.is(&types().os_error) && pos.len() >= 2 {
        if let Some(sub) = int::to_i64(&pos[0]).and_then(os_error_subclass) {
            if let Some(t) = types()
                .exceptions
                .iter()
                .find(|e| typeobj::type_name(e) == sub)
            {
                c = t.clone();
            }
        }
    }
    let o = crate::interp::exc::new_exception(&c, tuple::new_tuple(pos.clone()));
    let v = Value::obj(o);
    init_os_fields(vm, &v, &pos);
    Ok(v)
}

fn init_os_fields(_vm: &mut Vm, v: &Value, pos: &[Value]) {
    let (mut errno, mut strerror, mut filename, mut filename2) =
        (Value::NONE, Value::NONE, Value::NONE, Value::NONE);
    if (2..=5).contains(&pos.len()) {
        errno = pos[0].clone();
        strerror = pos[1].clone();
        if pos.len() >= 3 {
            filename = pos[2].clone();
        }
        if pos.len() >= 5 {
            filename2 = pos[4].clone();
        }
        if pos.len() >= 3 && !filename.is_none() {
            if let Ok(d) = exc_data(v) {
                let old = d.args.replace(tuple::new_tuple(pos[..2].to_vec()));
                drop(old);
            }
        }
    }
    set_field(v, "errno", errno);
    set_field(v, "strerror", strerror);
    set_field(v, "filename", filename);
    set_field(v, "filename2", filename2);
}

fn os_error_init(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(Value::NONE)
}

fn os_error_str(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.this()?;
    let errno = get_field(this, "errno");
    let strerror = get_field(this, "strerror");
    let filename = get_field(this, "filename");
    let filename2 = get_field(this, "filename2");
    if !filename.is_none() {
        let f = protocols::repr_string(vm, &filename)?;
        let e = protocols::str_string(vm, &errno)?;
        let s = protocols::str_string(vm, &strerror)?;
        if !filename2.is_none() {
            let f2 = protocols::repr_string(vm, &filename2)?;
            return Ok(pystr::new_string(format!("[Errno {e}] {s}: {f} -> {f2}")));
        }
        return Ok(pystr::new_string(format!("[Errno {e}] {s}: {f}")));
    }
    if !errno.is_none() && !strerror.is_none() {
        let e = protocols::str_string(vm, &errno)?;
        let s = protocols::str_string(vm, &strerror)?;
        return Ok(pystr::new_string(format!("[Errno {e}] {s}")));
    }
    base_str(vm, args)
}

fn syntax_error_init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    base_init(vm, args)?;
    let v = args.this()?.clone();
    let a = args_of(&v);
    // `(msg, details)`: details is any sequence of 4 to 6 items, and an end line needs an end offset.
    let details = match a.get(1) {
        Some(d) if a.len() == 2 => protocols::iterate(vm, d)?,
        _ => Vec::new(),
    };
    if a.len() == 2 {
        let n = details.len();
        if n < 4 {
            return Err(error::type_error(format!(
                "function takes at least 4 arguments ({n} given)"
            )));
        }
        if n > 6 {
            return Err(error::type_error(format!(
                "function takes at most 6 arguments ({n} given)"
            )));
        }
    }
    set_syntax_error_fields(&v, a.first(), &details);
    if details.len() == 5 {
        return Err(error::type_error(
            "end_offset must be provided when end_lineno is provided",
        ));
    }
    Ok(Value::NONE)
}

/// Fills `msg`, `filename`, `lineno`, `offset`, `text`, `end_lineno`, `end_offset` from `args`.
pub fn init_syntax_error_fields(o: &ObjRef) {
    let v = Value::obj(o.clone());
    let a = args_of(&v);
    let details = a
        .get(1)
        .and_then(tuple::as_tuple)
        .map(|t| t.to_vec())
        .unwrap_or_default();
    set_syntax_error_fields(&v, a.first(), &details);
}

fn set_syntax_error_fields(v: &Value, msg: Option<&Value>, details: &[Value]) {
    for n in [
        "msg",
        "filename",
        "lineno",
        "offset",
        "text",
        "end_lineno",
        "end_offset",
        "print_file_and_line",
    ] {
        set_field(v, n, Value::NONE);
    }
    if let Some(m) = msg {
        set_field(v, "msg", m.clone());
    }
    let names = [
        "filename",
        "lineno",
        "offset",
        "text",
        "end_lineno",
        "end_offset",
    ];
    for (n, x) in names.iter().zip(details) {
        set_field(v, n, x.clone());
    }
}

fn syntax_error_str(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = args.this()?;
    let msg = get_field(this, "msg");
    let m = if msg.is_none() {
        String::new()
    } else {
        protocols::str_string(vm, &msg)?
    };
    let filename = get_field(this, "filename");
    let lineno = get_field(this, "lineno");
    let base = pystr::as_str(&filename).map(|f| f.rsplit('/').next().unwrap_or(f).to_string());
    let line = int::to_i64(&lineno);
    Ok(pystr::new_string(match (base, line) {
        (Some(f), Some(l)) => format!("{m} ({f}, line {l})"),
        (Some(f), None) => format!("{m} ({f})"),
        (None, Some(l)) => format!("{m} (line {l})"),
        (None, None) => m,
    }))
}

/// Registers the exception classes' namespaces.
pub fn register() {
    use crate::objects::register::*;
    let t = types();
    let be = &t.base_exception;
    statics(be, &[("__new__", base_new)]);
    methods(
        be,
        &[
            ("__init__", base_init),
            ("__str__", base_str),
            ("__repr__", base_repr),
            ("with_traceback", with_traceback),
            ("add_note", add_note),
            ("__reduce__", base_reduce),
            ("__setstate__", base_setstate),
        ],
    );
    getsets(
        be,
        &[
            ("args", g_args, Some(s_args)),
            ("__traceback__", g_tb, Some(s_tb)),
            ("__context__", g_context, Some(s_context)),
            ("__cause__", g_cause, Some(s_cause)),
            ("__suppress_context__", g_suppress, Some(s_suppress)),
        ],
    );
    attrs(
        be,
        vec![("__dict__", crate::objects::object::dict_descriptor())],
    );
    methods(&t.stop_iteration, &[("__init__", stop_iteration_init)]);
    methods(&t.system_exit, &[("__init__", system_exit_init)]);
    methods(&t.key_error, &[("__str__", key_error_str)]);
    methods(
        &t.import_error,
        &[
            ("__init__", import_error_init),
            ("__str__", import_error_str),
        ],
    );
    methods(&t.name_error, &[("__init__", name_error_init)]);
    methods(&t.attribute_error, &[("__init__", attribute_error_init)]);
    statics(&t.os_error, &[("__new__", os_error_new)]);
    methods(
        &t.os_error,
        &[("__init__", os_error_init), ("__str__", os_error_str)],
    );
    methods(
        &t.syntax_error,
        &[
            ("__init__", syntax_error_init),
            ("__str__", syntax_error_str),
        ],
    );
    for e in &t.exceptions {
        let td = tdata(e);
        td.dict.set_rs("__module__", pystr::new_str("builtins"));
        td.dict.set_rs("__doc__", Value::NONE);
    }
    crate::interp::exc_group_type::register();
    crate::interp::unicode_error::register();
}
