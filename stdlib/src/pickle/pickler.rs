//! `_pickle.Pickler`: its settings between dumps (the memo survives until `clear_memo`), its
//! attributes (`memo`, `persistent_id`, `dispatch_table`, `fast`, `bin`) and `dump`, which runs a
//! [`Saver`] over them.
use super::memo::Memo;
use super::opcodes::{DEFAULT_PROTOCOL, HIGHEST_PROTOCOL};
use super::save::Saver;
use super::{pickling_error, types};
use crate::support::payload;
use std::cell::RefCell;
use weft_vm::heap::Value;
use weft_vm::interp::builtins_mod::is_callable;
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::ops::{a_type, truthy, type_name_of};
use weft_vm::interp::{attr, Vm};
use weft_vm::objects::builtin::Args;
use weft_vm::objects::method::Method;
use weft_vm::objects::method_support::{alloc_instance, new_cls};
use weft_vm::objects::native::{NativeObj, Traverse};
use weft_vm::objects::{bytes, int, typeobj};

#[derive(Default)]
pub(crate) struct PState {
    pub(crate) memo: Memo,
    /// `persistent_id`; `pers_self` when it was found as a method of the pickler, which is then
    /// passed explicitly (holding the bound method would make a cycle).
    pers: Option<Value>,
    pers_self: bool,
    dispatch_table: Option<Value>,
    write: Option<Value>,
    proto: i64,
    bin: i64,
    fast: i64,
    fix_imports: bool,
    buffer_callback: Option<Value>,
}

pub(crate) struct Pickler(pub(crate) RefCell<PState>);

impl Traverse for Pickler {
    fn traverse(&self, f: &mut dyn FnMut(&Value)) {
        if let Ok(s) = self.0.try_borrow() {
            s.memo.values().for_each(&mut *f);
            [&s.pers, &s.dispatch_table, &s.write, &s.buffer_callback]
                .into_iter()
                .flatten()
                .for_each(f);
        }
    }
    fn clear(&self, out: &mut Vec<Value>) {
        if let Ok(mut s) = self.0.try_borrow_mut() {
            out.extend(s.memo.take().entries().into_iter().map(|e| e.1));
            out.extend(s.pers.take());
            out.extend(s.dispatch_table.take());
            out.extend(s.write.take());
            out.extend(s.buffer_callback.take());
        }
    }
}

/// The protocol argument: None is the default, negative the highest.
pub(crate) fn protocol_of(vm: &mut Vm, v: Option<&Value>) -> PyResult<u8> {
    let Some(v) = v.filter(|v| !v.is_none()) else {
        return Ok(DEFAULT_PROTOCOL as u8);
    };
    let p = long_of(vm, v)?;
    if p < 0 {
        return Ok(HIGHEST_PROTOCOL as u8);
    }
    if p > HIGHEST_PROTOCOL {
        return Err(error::value_error(format!(
            "pickle protocol must be <= {HIGHEST_PROTOCOL}"
        )));
    }
    Ok(p as u8)
}

/// `PyLong_AsLong`: an int (or `__index__`), OverflowError past a C long.
fn long_of(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if let Some(i) = v.as_int() {
        return Ok(i);
    }
    if v.as_float().is_some() || weft_vm::objects::float::to_f64(v).is_some() && !int::is_int(v) {
        return Err(error::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name_of(v)
        )));
    }
    let b = weft_vm::interp::protocols::index(vm, v)?;
    i64::try_from(&b)
        .map_err(|_| error::overflow_error("Python int too large to convert to C long"))
}

/// The `write` attribute of the file argument.
pub(crate) fn write_of(vm: &mut Vm, file: &Value) -> PyResult<Value> {
    attr::getattr_opt(vm, file, "write")?
        .ok_or_else(|| error::type_error("file must have a 'write' attribute"))
}

/// The `buffer_callback` argument, refused below protocol 5.
pub(crate) fn buffer_callback_of(v: Option<&Value>, proto: u8) -> PyResult<Option<Value>> {
    let cb = v.filter(|v| !v.is_none()).cloned();
    if cb.is_some() && proto < 5 {
        return Err(error::value_error("buffer_callback needs protocol >= 5"));
    }
    Ok(cb)
}

/// An attribute of `obj` as CPython's `init_method_ref` keeps it: a method bound to `obj` is split
/// into its function and a flag, so that the pickler does not reference itself.
pub(crate) fn method_ref(vm: &mut Vm, obj: &Value, name: &str) -> PyResult<(Option<Value>, bool)> {
    let Some(f) = attr::getattr_opt(vm, obj, name)? else {
        return Ok((None, false));
    };
    if let Some(m) = f.as_obj().and_then(|o| o.downcast::<Method>()) {
        if super::memo::ident(&m.self_) == super::memo::ident(obj) {
            return Ok((Some(m.func.clone()), true));
        }
    }
    Ok((Some(f), false))
}

pub(crate) fn new(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = new_cls(args, &types().pickler)?;
    let p = Pickler(RefCell::new(PState::default()));
    Ok(Value::obj(alloc_instance(cls, NativeObj::traced(p))))
}

fn this<'a>(args: &Args<'a>, name: &str) -> PyResult<(&'a Value, &'a Pickler)> {
    crate::support::this::<Pickler>(args, name, &types().pickler)
}

fn state_of(v: &Value) -> PyResult<&Pickler> {
    payload::<Pickler>(v).ok_or_else(|| {
        error::type_error(format!(
            "descriptor requires a '_pickle.Pickler' object but received '{}'",
            type_name_of(v)
        ))
    })
}

/// `Pickler(file, protocol=None, fix_imports=True, buffer_callback=None)`.
pub(crate) fn init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, p) = this(args, "__init__")?;
    let [file, protocol, fix_imports, buffer_callback] = args.rest().bind(
        "Pickler",
        ["file", "protocol", "fix_imports", "buffer_callback"],
        1,
        0,
    )?;
    let file = file.unwrap_or(Value::NONE);
    let proto = protocol_of(vm, protocol.as_ref())?;
    let fix = match &fix_imports {
        Some(v) => truthy(vm, v)?,
        None => true,
    };
    let write = write_of(vm, &file)?;
    let cb = buffer_callback_of(buffer_callback.as_ref(), proto)?;
    let (pers, pers_self) = method_ref(vm, me, "persistent_id")?;
    let had_table = p.0.borrow().dispatch_table.is_some();
    let table = if had_table {
        None
    } else {
        attr::getattr_opt(vm, me, "dispatch_table")?
    };
    let old = {
        let mut s = p.0.borrow_mut();
        let old = std::mem::take(&mut s.memo);
        s.proto = i64::from(proto);
        s.bin = i64::from(proto > 0);
        s.fix_imports = fix && proto < 3;
        s.write = Some(write);
        s.buffer_callback = cb;
        s.fast = 0;
        s.pers = pers;
        s.pers_self = pers_self;
        if !had_table {
            s.dispatch_table = table;
        }
        old
    };
    drop(old);
    Ok(Value::NONE)
}

/// `dump(obj)`: the pickle of `obj`, written to the file.
pub(crate) fn dump(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, p) = this(args, "dump")?;
    let a = args.rest().exact("Pickler.dump", 1)?;
    if p.0.borrow().write.is_none() {
        let name = typeobj::type_name(&a_type(me));
        return Err(pickling_error(format!(
            "Pickler.__init__() was not called by {name}.__init__()"
        )));
    }
    let reducer_override = attr::getattr_opt(vm, me, "reducer_override")?;
    let mut saver = {
        let mut s = p.0.borrow_mut();
        let mut sv = Saver::new(super::state::state()?, s.proto as u8);
        sv.bin = s.bin != 0;
        sv.fast = s.fast != 0;
        sv.fix_imports = s.fix_imports;
        sv.write = s.write.clone();
        sv.memo = s.memo.take();
        sv.pers = s.pers.clone().map(|f| (f, s.pers_self.then(|| me.clone())));
        sv.dispatch_table = s.dispatch_table.clone();
        sv.buffer_callback = s.buffer_callback.clone();
        sv
    };
    saver.reducer_override = reducer_override;
    let r = saver.dump(vm, &a[0]).and_then(|()| saver.flush_to_file(vm));
    let memo = std::mem::take(&mut saver.memo);
    let old = std::mem::replace(&mut p.0.borrow_mut().memo, memo);
    drop(old);
    drop(saver);
    r.map(|()| Value::NONE)
}

/// `clear_memo()`.
pub(crate) fn clear_memo(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, p) = this(args, "clear_memo")?;
    args.rest().exact("Pickler.clear_memo", 0)?;
    let old = p.0.borrow_mut().memo.take();
    drop(old);
    Ok(Value::NONE)
}

fn deletion() -> error::PyErr {
    error::type_error("attribute deletion is not supported")
}

pub(crate) fn get_memo(_vm: &mut Vm, me: &Value) -> PyResult<Value> {
    state_of(me)?;
    Ok(super::proxy::new_pickler_proxy(me))
}

pub(crate) fn set_memo(vm: &mut Vm, me: &Value, v: Option<Value>) -> PyResult<()> {
    let p = state_of(me)?;
    let v = v.ok_or_else(deletion)?;
    let memo = super::proxy::pickler_memo_from(vm, &v)?;
    let old = std::mem::replace(&mut p.0.borrow_mut().memo, memo);
    drop(old);
    Ok(())
}

/// The memo's entries, for the proxy.
pub(crate) fn memo_entries(me: &Value) -> Vec<(usize, Value)> {
    payload::<Pickler>(me).map_or_else(Vec::new, |p| p.0.borrow().memo.entries())
}

/// Empties the memo, for the proxy.
pub(crate) fn memo_clear(me: &Value) {
    if let Some(p) = payload::<Pickler>(me) {
        let old = p.0.borrow_mut().memo.take();
        drop(old);
    }
}

pub(crate) fn get_persid(_vm: &mut Vm, me: &Value) -> PyResult<Value> {
    let p = state_of(me)?;
    let s = p.0.borrow();
    match &s.pers {
        None => Err(error::attribute_error("persistent_id")),
        Some(f) if s.pers_self => Ok(weft_vm::objects::method::new_method(f.clone(), me.clone())),
        Some(f) => Ok(f.clone()),
    }
}

pub(crate) fn set_persid(_vm: &mut Vm, me: &Value, v: Option<Value>) -> PyResult<()> {
    let p = state_of(me)?;
    let v = v.ok_or_else(deletion)?;
    if !is_callable(&v) {
        return Err(error::type_error(
            "persistent_id must be a callable taking one argument",
        ));
    }
    let old = {
        let mut s = p.0.borrow_mut();
        s.pers_self = false;
        s.pers.replace(v)
    };
    drop(old);
    Ok(())
}

pub(crate) fn get_dispatch_table(_vm: &mut Vm, me: &Value) -> PyResult<Value> {
    let p = state_of(me)?;
    let t = p.0.borrow().dispatch_table.clone();
    t.ok_or_else(|| {
        error::attribute_error(format!(
            "'{}' object has no attribute 'dispatch_table'",
            type_name_of(me)
        ))
    })
}

pub(crate) fn set_dispatch_table(_vm: &mut Vm, me: &Value, v: Option<Value>) -> PyResult<()> {
    let p = state_of(me)?;
    let old = std::mem::replace(&mut p.0.borrow_mut().dispatch_table, v);
    drop(old);
    Ok(())
}

/// `PyLong_AsLong` of a `T_INT` member's new value.
fn int_member(vm: &mut Vm, v: Option<Value>) -> PyResult<i64> {
    let v = v.ok_or_else(|| error::type_error("can't delete numeric/char attribute"))?;
    let i = long_of(vm, &v)?;
    if i32::try_from(i).is_err() {
        return Err(error::overflow_error(
            "Python int too large to convert to C int",
        ));
    }
    Ok(i)
}

pub(crate) fn get_fast(_vm: &mut Vm, me: &Value) -> PyResult<Value> {
    Ok(int::from_i64(state_of(me)?.0.borrow().fast))
}

pub(crate) fn set_fast(vm: &mut Vm, me: &Value, v: Option<Value>) -> PyResult<()> {
    let p = state_of(me)?;
    let i = int_member(vm, v)?;
    p.0.borrow_mut().fast = i;
    Ok(())
}

pub(crate) fn get_bin(_vm: &mut Vm, me: &Value) -> PyResult<Value> {
    Ok(int::from_i64(state_of(me)?.0.borrow().bin))
}

pub(crate) fn set_bin(vm: &mut Vm, me: &Value, v: Option<Value>) -> PyResult<()> {
    let p = state_of(me)?;
    let i = int_member(vm, v)?;
    p.0.borrow_mut().bin = i;
    Ok(())
}

/// `__sizeof__()`: the object and its memo table.
pub(crate) fn sizeof(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, p) = this(args, "__sizeof__")?;
    let n = p.0.borrow().memo.len();
    let entry = std::mem::size_of::<(usize, usize, Value)>();
    Ok(int::from_i64(
        (std::mem::size_of::<Pickler>() + 16 + entry * n) as i64,
    ))
}

/// `dumps`'s and `dump`'s shared path: one pickle with a fresh pickler.
pub(crate) fn dump_once(
    vm: &mut Vm,
    obj: &Value,
    write: Option<Value>,
    proto: u8,
    fix_imports: bool,
    buffer_callback: Option<Value>,
) -> PyResult<Value> {
    let mut saver = Saver::new(super::state::state()?, proto);
    saver.fix_imports = fix_imports && proto < 3;
    saver.buffer_callback = buffer_callback;
    let to_file = write.is_some();
    saver.write = write;
    saver.dump(vm, obj)?;
    if to_file {
        saver.flush_to_file(vm)?;
        return Ok(Value::NONE);
    }
    Ok(bytes::new_bytes(std::mem::take(&mut saver.out)))
}
