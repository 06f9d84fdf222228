//! The `_weakref` module: `ref` (the builtin `weakref` type) over the heap's weak handles. It is what
//! `_weakrefset.WeakSet` needs, and through it `_py_abc`, `abc` and `os`.
//!
//! Callbacks, counts and the shared basic reference live in `weakref_registry`.
use crate::weakref_registry as registry;
use std::cell::{Cell, RefCell};
use weft_vm::compiler::bytecode::CmpOp;
use weft_vm::heap::{ObjRef, Value, WeakHandle};
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::{call, ops, Vm};
use weft_vm::objects::builtin::Args;
use weft_vm::objects::method_support::{alloc_instance, class_getitem, new_cls, not_implemented};
use weft_vm::objects::native::{NativeObj, Traverse};
use weft_vm::objects::register::{classmethods, getsets, methods, statics};
use weft_vm::objects::typeobj::{self, tdata};
use weft_vm::objects::{dict, int, str as pystr, types};

/// A weak reference: the handle, the callback given at creation, and the referent's hash once taken
/// (a dead reference still hashes as it did while alive).
struct WeakRef {
    handle: WeakHandle,
    /// Cleared once called, as CPython's.
    callback: RefCell<Value>,
    hash: Cell<Option<i64>>,
}

/// The callback is traversed: a reference held in a cycle through its own callback (a bound
/// method of an object it is reachable from) is collectable, as in CPython.
impl Traverse for WeakRef {
    fn traverse(&self, f: &mut dyn FnMut(&Value)) {
        traverse_callback(&self.callback, f);
    }
    fn clear(&self, out: &mut Vec<Value>) {
        clear_callback(&self.callback, out);
    }
}

/// [`Traverse::traverse`] of a reference's or proxy's callback cell.
pub(crate) fn traverse_callback(c: &RefCell<Value>, f: &mut dyn FnMut(&Value)) {
    if let Ok(c) = c.try_borrow() {
        f(&c);
    }
}

/// [`Traverse::clear`] of a reference's or proxy's callback cell.
pub(crate) fn clear_callback(c: &RefCell<Value>, out: &mut Vec<Value>) {
    if let Ok(mut c) = c.try_borrow_mut() {
        out.push(std::mem::replace(&mut *c, Value::NONE));
    }
}

fn payload(v: &Value) -> Option<&WeakRef> {
    v.as_obj()?.downcast::<NativeObj>()?.get::<WeakRef>()
}

fn this<'a>(args: &Args<'a>, name: &str) -> PyResult<(&'a Value, &'a WeakRef)> {
    let v = args.this()?;
    match payload(v) {
        Some(w) => Ok((v, w)),
        None => Err(error::type_error(format!(
            "descriptor '{name}' requires a 'weakref.ReferenceType' object but received a '{}'",
            ops::type_name_of(v)
        ))),
    }
}

/// Whether instances of `ty` take weak references: classes that have the `__weakref__` slot, and the
/// builtin types whose CPython objects have a weak reference list.
fn weakrefable(o: &ObjRef) -> bool {
    let ty = o.ty();
    if typeobj::lookup_str(ty, "__weakref__").is_some()
        || typeobj::as_type(&Value::obj(o.clone())).is_some()
        || crate::collections::weakrefable(ty)
        || crate::functools::weakrefable(ty)
        || crate::itertools::weakrefable(ty)
        || crate::thread::weakrefable(ty)
        || crate::queue::weakrefable(ty)
        || crate::sre::weakrefable(ty)
        || crate::array::weakrefable(ty)
    {
        return true;
    }
    let t = types();
    [
        &t.function,
        &t.builtin_function,
        &t.set,
        &t.frozenset,
        &t.module,
        &t.method,
        &t.code,
        &t.generator,
        &t.coroutine,
        &t.async_generator,
        &t.generic_alias,
    ]
    .iter()
    .any(|b| ty.is(b) || typeobj::is_subtype(ty, b))
}

/// Whether `v` takes weak references (for `proxy`).
pub(crate) fn weakrefable_value(v: &Value) -> bool {
    v.as_obj().is_some_and(weakrefable)
}

/// `ref.__new__(cls, ob, callback=None)`.
fn ref_new(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = new_cls(args, &types().weakref)?;
    let rest = args.rest();
    let pos = rest.positional();
    if pos.is_empty() || pos.len() > 2 {
        return Err(error::type_error(format!(
            "__new__ expected at {}, got {}",
            if pos.is_empty() {
                "least 1 argument"
            } else {
                "most 2 arguments"
            },
            pos.len()
        )));
    }
    let ob = &pos[0];
    let target = match ob.as_obj() {
        Some(o) if weakrefable(o) => o,
        _ => {
            return Err(error::type_error(format!(
                "cannot create weak reference to '{}' object",
                ops::type_name_of(ob)
            )))
        }
    };
    let callback = pos.get(1).cloned().unwrap_or(Value::NONE);
    let basic = callback.is_none() && cls.is(&types().weakref);
    if basic {
        if let Some(r) = registry::basic(target, registry::Basic::Ref) {
            return Ok(Value::obj(r));
        }
    }
    let handle = WeakHandle::new(target);
    let w = WeakRef {
        handle: handle.clone(),
        callback: RefCell::new(callback),
        hash: Cell::new(None),
    };
    let obj = alloc_instance(cls, NativeObj::traced(w));
    registry::add(&handle, &obj, basic.then_some(registry::Basic::Ref));
    Ok(Value::obj(obj))
}

/// `ref.__init__(ob, callback=None)`: only checks its arguments, as CPython's (`__new__` did the
/// work; a subclass's own `__new__` and `__init__` may take more, keywords too).
fn ref_init(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let rest = args.rest();
    if rest.has_kwargs() {
        return Err(error::type_error("ref() takes no keyword arguments"));
    }
    let n = rest.positional().len();
    if n == 0 || n > 2 {
        return Err(error::type_error(format!(
            "__init__ expected at {}, got {n}",
            if n == 0 {
                "least 1 argument"
            } else {
                "most 2 arguments"
            }
        )));
    }
    Ok(Value::NONE)
}

fn ref_call(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, w) = this(args, "__call__")?;
    args.rest().exact("weakref", 0)?;
    Ok(w.handle.upgrade().map(Value::obj).unwrap_or(Value::NONE))
}

fn ref_hash(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, w) = this(args, "__hash__")?;
    if let Some(h) = w.hash.get() {
        return Ok(int::from_i64(h));
    }
    let Some(o) = w.handle.upgrade() else {
        return Err(error::type_error("weak object has gone away"));
    };
    let h = ops::hash(vm, &Value::obj(o))?;
    w.hash.set(Some(h));
    Ok(int::from_i64(h))
}

/// `==`/`!=`: two live references compare their referents; otherwise references are equal only to
/// themselves.
fn richcompare(vm: &mut Vm, args: &Args, op: CmpOp, name: &str) -> PyResult<Value> {
    let (me, w) = this(args, name)?;
    let other = args.rest().exact(name, 1)?[0].clone();
    let Some(o) = payload(&other) else {
        return Ok(not_implemented());
    };
    match (w.handle.upgrade(), o.handle.upgrade()) {
        (Some(a), Some(b)) => {
            let flow = ops::compare(vm, op, Value::obj(a), Value::obj(b))?;
            call::run_flow(vm, flow)
        }
        _ => {
            let same = me.bits() == other.bits();
            Ok(Value::bool(if op == CmpOp::Eq { same } else { !same }))
        }
    }
}

fn ref_eq(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    richcompare(vm, args, CmpOp::Eq, "__eq__")
}

fn ref_ne(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    richcompare(vm, args, CmpOp::Ne, "__ne__")
}

fn ref_repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, w) = this(args, "__repr__")?;
    let at = me.as_obj().map(|o| o.addr()).unwrap_or(0);
    let Some(o) = w.handle.upgrade() else {
        return Ok(pystr::new_string(format!("<weakref at {at:#x}; dead>")));
    };
    let ov = Value::obj(o.clone());
    let tname = ops::type_name_of(&ov);
    let name = special_name(vm, &ov)?;
    Ok(pystr::new_string(
        match name.as_ref().and_then(pystr::as_str) {
            Some(n) => format!(
                "<weakref at {at:#x}; to '{tname}' at {:#x} ({n})>",
                o.addr()
            ),
            None => format!("<weakref at {at:#x}; to '{tname}' at {:#x}>", o.addr()),
        },
    ))
}

/// The referent's `__name__` as the repr finds it (CPython's `_PyObject_LookupSpecial`, since
/// gh-99184): on its type, bound to it, so that an instance's `__getattr__` is never asked.
fn special_name(vm: &mut Vm, ov: &Value) -> PyResult<Option<Value>> {
    let ty = ops::a_type(ov);
    let Some(raw) = typeobj::lookup_str(&ty, "__name__") else {
        return Ok(None);
    };
    match weft_vm::interp::attr::descr_get(vm, &raw, ov, &ty)? {
        Some(flow) => call::run_flow(vm, flow).map(Some),
        None => Ok(Some(raw)),
    }
}

fn get_callback(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(payload(v)
        .map(|w| w.callback.borrow().clone())
        .unwrap_or(Value::NONE))
}

/// Takes the callback of a reference or proxy whose referent died (None when it has none).
pub(crate) fn take_callback(v: &Value) -> Value {
    match payload(v) {
        Some(w) => w.callback.replace(Value::NONE),
        None => crate::weakref_proxy::take_callback(v),
    }
}

/// `getweakrefcount(object)`.
fn getweakrefcount(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("getweakrefcount", 1)?;
    let n = a[0].as_obj().map_or(0, |o| registry::refs_to(o).len());
    Ok(int::from_i64(n as i64))
}

/// `getweakrefs(object)`.
fn getweakrefs(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("getweakrefs", 1)?;
    let refs = a[0].as_obj().map(registry::refs_to).unwrap_or_default();
    Ok(weft_vm::objects::list::new_list(
        refs.into_iter().map(Value::obj).collect(),
    ))
}

/// `_remove_dead_weakref(dict, key)`: deletes `dict[key]` if it is a dead reference.
fn remove_dead_weakref(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("_remove_dead_weakref", 2)?;
    let Some(d) = dict::as_dict(&a[0]) else {
        return Err(error::type_error(format!(
            "_remove_dead_weakref() argument 1 must be dict, not {}",
            ops::type_name_of(&a[0])
        )));
    };
    if let Some(v) = d.get(vm, &a[1])? {
        if payload(&v).is_some_and(|w| !w.handle.is_alive()) {
            d.remove(vm, &a[1])?;
        }
    }
    Ok(Value::NONE)
}

fn register_type() {
    let t = &types().weakref;
    statics(t, &[("__new__", ref_new)]);
    methods(
        t,
        &[
            ("__init__", ref_init),
            ("__call__", ref_call),
            ("__hash__", ref_hash),
            ("__eq__", ref_eq),
            ("__ne__", ref_ne),
            ("__repr__", ref_repr),
        ],
    );
    classmethods(t, &[("__class_getitem__", class_getitem)]);
    getsets(t, &[("__callback__", get_callback, None)]);
    tdata(t)
        .dict
        .set_rs("__module__", pystr::new_str("builtins"));
}

/// Builds the `_weakref` module.
pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    register_type();
    let hook: fn(&mut Vm) -> PyResult<()> = registry::deliver;
    if !vm.attention_hooks.contains(&hook) {
        vm.attention_hooks.push(hook);
    }
    let m = crate::module_with(
        "_weakref",
        &[
            ("_remove_dead_weakref", remove_dead_weakref),
            ("getweakrefcount", getweakrefcount),
            ("getweakrefs", getweakrefs),
            ("proxy", crate::weakref_proxy::proxy),
        ],
    );
    let d = weft_vm::objects::module::module_dict(&m).expect("module dict");
    d.set_rs(
        "ProxyType",
        Value::obj(crate::weakref_proxy::proxy_type().clone()),
    );
    d.set_rs(
        "CallableProxyType",
        Value::obj(crate::weakref_proxy::callable_proxy_type().clone()),
    );
    let r = Value::obj(types().weakref.clone());
    d.set_rs("ref", r.clone());
    d.set_rs("ReferenceType", r);
    Ok(m)
}

#[cfg(test)]
mod tests {
    use weft_vm::heap::Value;
    use weft_vm::interp::compile::Mode;
    use weft_vm::interp::Vm;
    use weft_vm::objects::{dict, str as pystr};

    /// Runs `src` and returns its global `out`.
    fn run(src: &str) -> String {
        let mut vm = Vm::new(vec![], vec![], Default::default());
        crate::register(&mut vm);
        let code = vm.compile_str(src, "<test>", Mode::Exec, 0).unwrap();
        let g = dict::new_dict();
        vm.run_code(&code, g.clone(), Value::obj(g.clone()))
            .unwrap();
        let out = dict::as_dict(&Value::obj(g))
            .unwrap()
            .get_rs("out")
            .unwrap();
        pystr::as_str(&out).unwrap().to_string()
    }

    #[test]
    fn a_reference_follows_its_referent_until_it_dies() {
        let out = run(r#"
from _weakref import ref
class A: pass
a = A()
r = ref(a)
h = hash(r) == hash(a)
alive = r() is a
del a
out = f"{alive} {h} {r()} {r == r}"
"#);
        assert_eq!(out, "True True None True");
    }

    #[test]
    fn objects_without_a_weakref_slot_are_refused() {
        let out = run(r#"
from _weakref import ref
try:
    ref(1)
except TypeError as e:
    out = str(e)
"#);
        assert_eq!(out, "cannot create weak reference to 'int' object");
    }
}
