//! The smaller objects a running computation holds: modules (by name), frame objects and tracebacks
//! (their snapshot of a frame: code, namespace, position), and dict views.
use weft_vm::heap::{Kind, Value};
use weft_vm::interp::error::PyResult;
use weft_vm::interp::{attr, import, Vm};
use weft_vm::objects::builtin::Args;
use weft_vm::objects::code::Code;
use weft_vm::objects::dictview::{new_view, DictView, ViewKind};
use weft_vm::objects::frameobj::FrameObj;
use weft_vm::objects::traceback::Traceback;
use weft_vm::objects::{dict, int, str as pystr, tuple, types};

use crate::errors::{bad_state, index};
use crate::module::reconstructor;

fn reduction(vm: &mut Vm, f: &str, args: Vec<Value>) -> PyResult<Value> {
    let f = reconstructor(vm, f)?;
    Ok(tuple::new_tuple(vec![f, tuple::new_tuple(args)]))
}

/// `module.__reduce__()`: `(_weft_pickling.module, (name,))`.
pub fn reduce_module(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let me = args.this()?.clone();
    let name = attr::getattr(vm, &me, "__name__")?;
    if pystr::as_str(&name).is_none() {
        return Err(crate::errors::pickling_error(vm, "module without a name"));
    }
    reduction(vm, "module", vec![name])
}

/// `_weft_pickling.module(name)`: the module, imported if it is not yet.
pub fn rebuild_module(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("module", 1)?;
    let Some(name) = pystr::as_str(&a[0]).map(str::to_string) else {
        return Err(bad_state(vm, "module"));
    };
    import::import_abs(vm, &name)
}

/// `frame.__reduce__()`: `(_weft_pickling.frame, (code, globals, lineno, lasti, locals, back))`.
pub fn reduce_frame(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let me = args.this()?.clone();
    let Some(fo) = me.as_obj().and_then(|o| o.downcast::<FrameObj>()) else {
        return Err(crate::errors::pickling_error(vm, "not a frame"));
    };
    let fields = vec![
        Value::obj(fo.code.clone()),
        crate::globals::globals_ref(vm, &fo.globals),
        int::from_i64(i64::from(fo.lineno.get())),
        int::from_i64(i64::from(fo.lasti.get())),
        weft_vm::objects::frameobj::finished_locals(fo),
        fo.back.borrow().clone(),
    ];
    reduction(vm, "frame", fields)
}

/// `_weft_pickling.frame(code, globals, lineno, lasti, locals, back)`.
pub fn rebuild_frame(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("frame", 6)?;
    let Some(code) = a[0].as_obj().filter(|o| o.downcast::<Code>().is_some()) else {
        return Err(bad_state(vm, "frame"));
    };
    let back_ok = a[5].is_none() || a[5].as_obj().is_some_and(|o| o.kind() == Kind::Frame);
    if !back_ok {
        return Err(bad_state(vm, "frame"));
    }
    let globals = crate::globals::globals_from(vm, &a[1])?;
    let lineno = index(vm, &a[2], "frame")?;
    let lasti = index(vm, &a[3], "frame")?;
    let fo = FrameObj {
        code: code.clone(),
        globals,
        builtins: vm.builtins.clone(),
        lineno: std::cell::Cell::new(u32::try_from(lineno).unwrap_or(u32::MAX)),
        lasti: std::cell::Cell::new(u32::try_from(lasti).unwrap_or(u32::MAX)),
        locals: std::cell::RefCell::new(a[4].clone()),
        back: std::cell::RefCell::new(a[5].clone()),
        trace: std::cell::RefCell::new(Value::NULL),
        tstate: std::cell::Cell::new(Default::default()),
        c_call: std::cell::RefCell::new(Value::NULL),
        kept: std::cell::RefCell::new(Vec::new()),
    };
    Ok(Value::obj(weft_vm::heap::alloc(&types().frame, fo, None)))
}

/// `traceback.__reduce__()`: `(_weft_pickling.traceback, (next, frame, lasti, lineno))`.
pub fn reduce_traceback(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let me = args.this()?.clone();
    let Some(tb) = me.as_obj().and_then(|o| o.downcast::<Traceback>()) else {
        return Err(crate::errors::pickling_error(vm, "not a traceback"));
    };
    let fields = vec![
        tb.next.borrow().clone(),
        tb.frame.clone(),
        int::from_i64(i64::from(tb.lasti)),
        int::from_i64(i64::from(tb.lineno)),
    ];
    reduction(vm, "traceback", fields)
}

/// `_weft_pickling.traceback(next, frame, lasti, lineno)`.
pub fn rebuild_traceback(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("traceback", 4)?;
    let next_ok = a[0].is_none() || a[0].as_obj().is_some_and(|o| o.kind() == Kind::Traceback);
    let frame_ok = a[1].as_obj().is_some_and(|o| o.kind() == Kind::Frame);
    if !next_ok || !frame_ok {
        return Err(bad_state(vm, "traceback"));
    }
    let lasti = index(vm, &a[2], "traceback")?;
    let lineno = index(vm, &a[3], "traceback")?;
    let tb = Traceback {
        next: std::cell::RefCell::new(a[0].clone()),
        frame: a[1].clone(),
        lasti: u32::try_from(lasti).unwrap_or(u32::MAX),
        lineno: u32::try_from(lineno).unwrap_or(u32::MAX),
    };
    Ok(Value::obj(weft_vm::heap::alloc(
        &types().traceback,
        tb,
        None,
    )))
}

fn view_name(k: &ViewKind) -> &'static str {
    match k {
        ViewKind::Keys => "keys",
        ViewKind::Values => "values",
        ViewKind::Items => "items",
    }
}

/// `dict_keys.__reduce__()` (and values, items): `(_weft_pickling.dict_view, (dict, "keys"))`.
pub fn reduce_dict_view(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let me = args.this()?.clone();
    let Some(v) = me.as_obj().and_then(|o| o.downcast::<DictView>()) else {
        return Err(crate::errors::pickling_error(vm, "not a dict view"));
    };
    let kind = pystr::new_str(view_name(&v.kind));
    reduction(vm, "dict_view", vec![v.dict.clone(), kind])
}

/// `_weft_pickling.dict_view(dict, kind)`.
pub fn rebuild_dict_view(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("dict_view", 2)?;
    let kind = match pystr::as_str(&a[1]) {
        Some("keys") => ViewKind::Keys,
        Some("values") => ViewKind::Values,
        Some("items") => ViewKind::Items,
        _ => return Err(bad_state(vm, "dict view")),
    };
    if dict::as_dict(&a[0]).is_none() {
        return Err(bad_state(vm, "dict view"));
    }
    Ok(new_view(a[0].clone(), kind))
}
