//! The `gc` module: the cycle collector's interface.
use weft_vm::heap::{ObjRef, Value};
use weft_vm::interp::error::PyResult;
use weft_vm::interp::Vm;
use weft_vm::objects::builtin::Args;
use weft_vm::objects::{int, list, tuple};

fn collect(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [gen] = args.bind("collect", ["generation"], 0, 0)?;
    if let Some(g) = gen {
        let n = int::to_i64(&g).unwrap_or(-1);
        if !(0..=2).contains(&n) {
            return Err(weft_vm::interp::error::value_error("invalid generation"));
        }
    }
    let stats = weft_vm::gc::collect(vm);
    Ok(int::from_i64(stats.collected as i64))
}

fn enable(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("enable", 0)?;
    weft_vm::gc::set_enabled(true);
    Ok(Value::NONE)
}

fn disable(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("disable", 0)?;
    weft_vm::gc::set_enabled(false);
    Ok(Value::NONE)
}

fn isenabled(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("isenabled", 0)?;
    Ok(Value::bool(weft_vm::gc::is_enabled()))
}

fn get_count(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("get_count", 0)?;
    let n = weft_vm::heap::gc_tracked_count() as i64;
    Ok(tuple::new_tuple(vec![
        int::from_i64(n % 700),
        int::from_i64(0),
        int::from_i64(0),
    ]))
}

fn get_threshold(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("get_threshold", 0)?;
    Ok(tuple::new_tuple(vec![
        int::from_i64(700),
        int::from_i64(10),
        int::from_i64(10),
    ]))
}

fn set_threshold(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.range("set_threshold", 1, 3)?;
    Ok(Value::NONE)
}

fn get_objects(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.range("get_objects", 0, 1)?;
    let objs = weft_vm::heap::gc_tracked_objects();
    Ok(list::new_list(objs.into_iter().map(Value::obj).collect()))
}

/// `gc.get_referrers(*objs)`: the tracked objects that refer to any of `objs` directly.
fn get_referrers(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kwargs("get_referrers")?;
    let targets = args.positional();
    let mut out = Vec::new();
    for o in weft_vm::heap::gc_tracked_objects() {
        let mut hit = false;
        weft_vm::gc::traverse(&o, &mut |v| {
            hit = hit || targets.iter().any(|t| t.is_obj() && t.bits() == v.bits());
        });
        if hit {
            out.push(Value::obj(o));
        }
    }
    Ok(list::new_list(out))
}

/// `gc.get_referents(*objs)`: the objects each of `objs` refers to directly.
fn get_referents(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.no_kwargs("get_referents")?;
    let mut out = Vec::new();
    for v in args.positional() {
        if let Some(o) = v.as_obj() {
            weft_vm::gc::traverse(o, &mut |r| {
                if r.as_obj().is_some() {
                    out.push(r.clone());
                }
            });
        }
    }
    Ok(list::new_list(out))
}

fn is_tracked(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("is_tracked", 1)?;
    Ok(Value::bool(a[0].as_obj().is_some_and(|o| {
        !matches!(
            o.kind(),
            weft_vm::heap::Kind::Int
                | weft_vm::heap::Kind::Float
                | weft_vm::heap::Kind::Str
                | weft_vm::heap::Kind::Bytes
        )
    })))
}

fn freeze(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(Value::NONE)
}

fn get_freeze_count(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(int::from_i64(0))
}

/// Builds the `gc` module.
pub fn init(_vm: &mut Vm) -> PyResult<ObjRef> {
    let m = crate::module_with(
        "gc",
        &[
            ("collect", collect),
            ("enable", enable),
            ("disable", disable),
            ("isenabled", isenabled),
            ("get_count", get_count),
            ("get_threshold", get_threshold),
            ("set_threshold", set_threshold),
            ("get_objects", get_objects),
            ("get_referrers", get_referrers),
            ("get_referents", get_referents),
            ("is_tracked", is_tracked),
            ("freeze", freeze),
            ("unfreeze", freeze),
            ("get_freeze_count", get_freeze_count),
        ],
    );
    let d = weft_vm::objects::module::module_dict(&m).expect("module dict");
    d.set_rs("garbage", list::new_list(Vec::new()));
    d.set_rs("callbacks", list::new_list(Vec::new()));
    d.set_rs("DEBUG_STATS", int::from_i64(1));
    d.set_rs("DEBUG_COLLECTABLE", int::from_i64(2));
    d.set_rs("DEBUG_UNCOLLECTABLE", int::from_i64(4));
    d.set_rs("DEBUG_SAVEALL", int::from_i64(32));
    d.set_rs("DEBUG_LEAK", int::from_i64(38));
    Ok(m)
}
