//! Native functions and methods (`builtin_function_or_method`, `method_descriptor`).
use crate::heap::{Kind, ObjRef, Payload, Value};
use crate::interp::error::PyResult;
use crate::interp::Vm;

/// Arguments of a native call, vectorcall-style: positional values, then the values of keyword arguments
/// whose names are in `kwnames`.
pub struct Args<'a> {
    pub all: &'a [Value],
    pub kwnames: &'a [Value],
}

impl<'a> Args<'a> {
    pub fn new(all: &'a [Value], kwnames: &'a [Value]) -> Args<'a> {
        Args { all, kwnames }
    }
    pub fn pos(all: &'a [Value]) -> Args<'a> {
        Args { all, kwnames: &[] }
    }
    #[inline]
    pub fn positional(&self) -> &'a [Value] {
        &self.all[..self.all.len() - self.kwnames.len()]
    }
    pub fn kw_values(&self) -> &'a [Value] {
        &self.all[self.all.len() - self.kwnames.len()..]
    }
    /// (name, value) pairs of keyword arguments.
    pub fn kwargs(&self) -> impl Iterator<Item = (&'a str, &'a Value)> {
        self.kwnames
            .iter()
            .map(|n| crate::objects::str::as_str(n).unwrap_or(""))
            .zip(self.kw_values().iter())
    }
    pub fn has_kwargs(&self) -> bool {
        !self.kwnames.is_empty()
    }
    pub fn len(&self) -> usize {
        self.positional().len()
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// A native function: a value, or an exception.
pub type NativeFn = fn(&mut Vm, &Args) -> PyResult<Value>;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum BuiltinKind {
    /// A module-level function (or a bound method when `self_` is set).
    Function,
    /// A method descriptor in a type's dict: binds the instance as first argument.
    Method,
    /// A classmethod descriptor in a type's dict: binds the class.
    ClassMethod,
    /// `__new__`: never binds; its `__self__` is the type.
    Static,
    /// A static method (`str.maketrans`, CPython's `METH_STATIC`): never binds; its `__self__` is
    /// None, though it names and pickles by its type.
    StaticMethod,
}

pub struct Builtin {
    pub name: &'static str,
    pub func: NativeFn,
    pub kind: BuiltinKind,
    /// The bound object (`[].append`), or the module for module functions (`__self__`).
    pub self_: Option<Value>,
    /// The type that defines a method descriptor (`__objclass__`).
    pub owner: Option<ObjRef>,
    pub doc: Option<&'static str>,
    /// Whether the function needs the caller's frame (`globals()`, `super()`, `locals()`, ...).
    pub needs_frame: bool,
    /// What the `RecursionError` of the native level a call enters adds to "maximum recursion depth
    /// exceeded": CPython's message where its call checks the limit (" while calling a Python object"),
    /// else nothing.
    pub recursion_ctx: &'static str,
}

impl Payload for Builtin {
    const KIND: Kind = Kind::Builtin;
}

pub fn new_builtin(
    name: &'static str,
    func: NativeFn,
    kind: BuiltinKind,
    owner: Option<ObjRef>,
) -> ObjRef {
    new_builtin_doc(name, func, kind, owner, None)
}

/// [`new_builtin`] with a docstring (`__doc__`).
pub fn new_builtin_doc(
    name: &'static str,
    func: NativeFn,
    kind: BuiltinKind,
    owner: Option<ObjRef>,
    doc: Option<&'static str>,
) -> ObjRef {
    alloc_builtin(name, func, kind, owner, doc, "")
}

/// [`new_builtin_doc`] of an unbound builtin whose calls report `RecursionError` with `recursion_ctx`.
pub fn new_builtin_checked(
    name: &'static str,
    func: NativeFn,
    kind: BuiltinKind,
    doc: Option<&'static str>,
    recursion_ctx: &'static str,
) -> ObjRef {
    alloc_builtin(name, func, kind, None, doc, recursion_ctx)
}

fn alloc_builtin(
    name: &'static str,
    func: NativeFn,
    kind: BuiltinKind,
    owner: Option<ObjRef>,
    doc: Option<&'static str>,
    recursion_ctx: &'static str,
) -> ObjRef {
    let t = crate::objects::types();
    let ty = match kind {
        BuiltinKind::Method if crate::objects::method_support::is_slot_wrapper(name) => {
            &t.wrapper_descriptor
        }
        BuiltinKind::Method => &t.method_descriptor,
        BuiltinKind::ClassMethod => &t.classmethod_descriptor,
        _ => &t.builtin_function,
    };
    crate::heap::alloc(
        ty,
        Builtin {
            name,
            func,
            kind,
            self_: None,
            owner,
            doc,
            needs_frame: false,
            recursion_ctx,
        },
        None,
    )
}

/// Whether `b` is a module's function: the module is its `self_` but not an argument. A method bound
/// to a module (`sys.__reduce__`) has the type that defines it as owner.
pub fn module_function(b: &Builtin) -> bool {
    b.owner.is_none()
        && b.self_
            .as_ref()
            .and_then(|s| s.as_obj())
            .is_some_and(|o| o.kind() == Kind::Module)
}

/// Whether calling `b` passes its `self_` first: a builtin bound to its object. A module's function
/// has the module as `self_` without taking it; a method bound to a module (`mod.__reduce__`) has an
/// owner type and takes it.
#[inline]
pub fn binds_own_self(b: &Builtin) -> bool {
    b.self_.is_some() && b.kind == BuiltinKind::Function && !module_function(b)
}

/// A builtin bound to `self_` (`[].append`).
pub fn bind_builtin(b: &Builtin, self_: Value) -> Value {
    let t = crate::objects::types();
    let slot =
        b.kind == BuiltinKind::Method && crate::objects::method_support::is_slot_wrapper(b.name);
    Value::obj(crate::heap::alloc(
        if slot {
            &t.method_wrapper
        } else {
            &t.builtin_function
        },
        Builtin {
            name: b.name,
            func: b.func,
            kind: BuiltinKind::Function,
            self_: Some(self_),
            owner: b.owner.clone(),
            doc: b.doc,
            needs_frame: b.needs_frame,
            recursion_ctx: b.recursion_ctx,
        },
        None,
    ))
}

use crate::interp::error;
use crate::interp::ops::{a_type, type_name_of};
use crate::interp::{call, Flow};
use crate::objects::typeobj::{self, tdata};
use crate::objects::{str as pystr, tuple, types};

/// Calls `callable` in tail position of a native: a Python frame is handed to the loop through
/// `Vm::pending_frame` (the native returns NULL), so explicit `__call__`/`__get__` calls do not nest.
pub fn tail_call(vm: &mut Vm, callable: &Value, args: Vec<Value>) -> PyResult<Value> {
    tail_call_kw(vm, callable, args, &[])
}

/// `tail_call` with keyword arguments: the last `kwnames.len()` values of `args` are named by `kwnames`.
pub fn tail_call_kw(
    vm: &mut Vm,
    callable: &Value,
    args: Vec<Value>,
    kwnames: &[Value],
) -> PyResult<Value> {
    let kwn = if kwnames.is_empty() {
        Value::NULL
    } else {
        tuple::new_tuple(kwnames.to_vec())
    };
    match call::call_flow(vm, callable, args, &kwn)? {
        Flow::Value(v) => Ok(v),
        Flow::Frame(f) => {
            vm.pending_frame = Some(f);
            Ok(Value::NULL)
        }
        Flow::Pending => Ok(Value::NULL),
    }
}

/// Special methods CPython implements as type slots: their descriptors print as "slot wrapper" and their
/// bound forms as "method-wrapper".
const SLOT_NAMES: &[&str] = &[
    "__init__",
    "__repr__",
    "__str__",
    "__hash__",
    "__call__",
    "__getattribute__",
    "__setattr__",
    "__delattr__",
    "__lt__",
    "__le__",
    "__eq__",
    "__ne__",
    "__gt__",
    "__ge__",
    "__iter__",
    "__next__",
    "__get__",
    "__set__",
    "__delete__",
    "__len__",
    "__getitem__",
    "__setitem__",
    "__delitem__",
    "__contains__",
    "__add__",
    "__radd__",
    "__sub__",
    "__rsub__",
    "__mul__",
    "__rmul__",
    "__mod__",
    "__rmod__",
    "__divmod__",
    "__rdivmod__",
    "__pow__",
    "__rpow__",
    "__neg__",
    "__pos__",
    "__abs__",
    "__bool__",
    "__invert__",
    "__lshift__",
    "__rlshift__",
    "__rshift__",
    "__rrshift__",
    "__and__",
    "__rand__",
    "__xor__",
    "__rxor__",
    "__or__",
    "__ror__",
    "__int__",
    "__float__",
    "__iadd__",
    "__isub__",
    "__imul__",
    "__imod__",
    "__ipow__",
    "__ilshift__",
    "__irshift__",
    "__iand__",
    "__ixor__",
    "__ior__",
    "__floordiv__",
    "__rfloordiv__",
    "__truediv__",
    "__rtruediv__",
    "__ifloordiv__",
    "__itruediv__",
    "__index__",
    "__matmul__",
    "__rmatmul__",
    "__imatmul__",
    "__await__",
    "__aiter__",
    "__anext__",
    "__del__",
];

fn is_slot(b: &Builtin) -> bool {
    if !SLOT_NAMES.contains(&b.name) {
        return false;
    }
    // list and dict define `__getitem__` as an ordinary method next to the slot.
    let t = types();
    !(b.name == "__getitem__"
        && b.owner
            .as_ref()
            .is_some_and(|o| o.is(&t.list) || o.is(&t.dict)))
}

fn this(v: &Value) -> PyResult<&Builtin> {
    v.as_obj()
        .and_then(|o| o.downcast::<Builtin>())
        .ok_or_else(|| {
            error::type_error(format!(
                "descriptor requires a 'builtin_function_or_method' object but received a '{}'",
                type_name_of(v)
            ))
        })
}

/// What a builtin is bound to, as CPython's `m_self`: the object, the class for class and static methods,
/// or None for a module-level function.
fn bound_self(b: &Builtin) -> Value {
    match (&b.self_, b.kind, &b.owner) {
        (Some(s), _, _) => s.clone(),
        (
            None,
            BuiltinKind::Static | BuiltinKind::StaticMethod | BuiltinKind::ClassMethod,
            Some(o),
        ) => Value::obj(o.clone()),
        _ => Value::NONE,
    }
}

fn is_unbound_descriptor(b: &Builtin) -> bool {
    b.self_.is_none() && matches!(b.kind, BuiltinKind::Method | BuiltinKind::ClassMethod)
}

fn get_name(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(pystr::new_str(this(v)?.name))
}

fn get_qualname(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let b = this(v)?;
    if is_unbound_descriptor(b) {
        if let Some(o) = &b.owner {
            return Ok(pystr::new_string(format!(
                "{}.{}",
                tdata(o).qualname.borrow(),
                b.name
            )));
        }
    }
    let s = bound_self(b);
    match s.as_obj() {
        Some(o) if o.kind() != Kind::Module => {
            let ty = if o.kind() == Kind::Type {
                o.clone()
            } else {
                o.ty().clone()
            };
            Ok(pystr::new_string(format!(
                "{}.{}",
                tdata(&ty).qualname.borrow(),
                b.name
            )))
        }
        Some(_) => Ok(pystr::new_str(b.name)),
        None if s.is_none() => Ok(pystr::new_str(b.name)),
        None => {
            let ty = a_type(&s);
            Ok(pystr::new_string(format!(
                "{}.{}",
                tdata(&ty).qualname.borrow(),
                b.name
            )))
        }
    }
}

fn get_self(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let b = this(v)?;
    if is_unbound_descriptor(b) {
        return Err(crate::interp::attr::no_attribute(
            v,
            &pystr::intern("__self__"),
        ));
    }
    if b.kind == BuiltinKind::StaticMethod {
        return Ok(Value::NONE);
    }
    let s = bound_self(b);
    if s.is_none() && b.kind == BuiltinKind::Function && in_builtins(vm, v) {
        return Ok(Value::obj(vm.builtins_module()));
    }
    Ok(s)
}

/// Whether `v` is the function the builtins module holds under its name (`len`, `print`, ...).
fn in_builtins(vm: &Vm, v: &Value) -> bool {
    let Ok(b) = this(v) else { return false };
    vm.builtins
        .downcast::<crate::objects::dict::Dict>()
        .and_then(|d| d.get_rs(b.name))
        .is_some_and(|x| x.bits() == v.bits())
}

fn get_module(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let b = this(v)?;
    if is_unbound_descriptor(b) {
        return Err(crate::interp::attr::no_attribute(
            v,
            &pystr::intern("__module__"),
        ));
    }
    if in_builtins(vm, v) {
        return Ok(pystr::new_str("builtins"));
    }
    Ok(match &b.self_ {
        Some(s) => match s.as_obj().filter(|o| o.kind() == Kind::Module) {
            Some(m) => crate::objects::module::module_dict(m)
                .and_then(|d| d.get_rs("__name__"))
                .unwrap_or(Value::NONE),
            None => Value::NONE,
        },
        None => Value::NONE,
    })
}

fn get_doc(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let b = this(v)?;
    let t = types();
    // A slot wrapper without a docstring of its own has its slot's (`Implement next(self).`).
    let slot = v
        .as_obj()
        .is_some_and(|o| o.ty().is(&t.method_wrapper) || o.ty().is(&t.wrapper_descriptor));
    let doc = b.doc.or_else(|| {
        slot.then(|| crate::interp::builtin_docs::slot_doc(b.name))
            .flatten()
    });
    Ok(match doc {
        Some(d) => pystr::new_str(d),
        None => Value::NONE,
    })
}

fn get_text_signature(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    this(v)?;
    Ok(Value::NONE)
}

fn get_objclass(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match &this(v)?.owner {
        Some(o) => Ok(Value::obj(o.clone())),
        None => Err(crate::interp::attr::no_attribute(
            v,
            &pystr::intern("__objclass__"),
        )),
    }
}

/// `method_descriptor.__get__` / `classmethod_descriptor.__get__`.
fn get(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.range("__get__", 2, 3)?;
    let b = this(&a[0])?;
    let (obj, ty) = (&a[1], a.get(2).cloned().unwrap_or(Value::NONE));
    if obj.is_none() && ty.is_none() {
        return Err(error::type_error("__get__(None, None) is invalid"));
    }
    let owner = b.owner.clone().unwrap_or_else(|| types().object.clone());
    let owner_name = typeobj::type_name(&owner);
    if b.kind == BuiltinKind::ClassMethod {
        let cls = if ty.is_none() {
            a_type(obj)
        } else {
            match typeobj::as_type(&ty) {
                Some(t) => t.clone(),
                None => {
                    return Err(error::type_error(format!(
                        "descriptor '{}' for type '{owner_name}' needs a type, not a '{}' as arg 2",
                        b.name,
                        type_name_of(&ty)
                    )))
                }
            }
        };
        if !typeobj::is_subtype(&cls, &owner) {
            return Err(error::type_error(format!(
                "descriptor '{}' requires a subtype of '{owner_name}' but received '{}'",
                b.name,
                typeobj::type_name(&cls)
            )));
        }
        return Ok(bind_builtin(b, Value::obj(cls)));
    }
    if obj.is_none() || b.kind != BuiltinKind::Method {
        return Ok(a[0].clone());
    }
    if !typeobj::is_subtype(&a_type(obj), &owner) {
        return Err(error::type_error(format!(
            "descriptor '{}' for '{owner_name}' objects doesn't apply to a '{}' object",
            b.name,
            type_name_of(obj)
        )));
    }
    Ok(bind_builtin(b, obj.clone()))
}

fn call_(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let f = args.this()?.clone();
    this(&f)?;
    let rest = args.rest();
    tail_call_kw(vm, &f, rest.all.to_vec(), rest.kwnames)
}

fn repr(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = args.this()?;
    let b = this(v)?;
    let owner = b
        .owner
        .as_ref()
        .map(typeobj::type_name)
        .unwrap_or_else(|| "object".to_string());
    if is_unbound_descriptor(b) {
        let what = if is_slot(b) { "slot wrapper" } else { "method" };
        return Ok(pystr::new_string(format!(
            "<{what} '{}' of '{owner}' objects>",
            b.name
        )));
    }
    let s = bound_self(b);
    let module_fn = s.is_none() || s.as_obj().is_some_and(|o| o.kind() == Kind::Module);
    if module_fn {
        return Ok(pystr::new_string(format!("<built-in function {}>", b.name)));
    }
    let addr = s.as_obj().map(|o| o.addr()).unwrap_or(s.bits() as usize);
    let tname = type_name_of(&s);
    let text = if is_slot(b) && b.self_.is_some() {
        format!(
            "<method-wrapper '{}' of {tname} object at {addr:#x}>",
            b.name
        )
    } else {
        format!(
            "<built-in method {} of {tname} object at {addr:#x}>",
            b.name
        )
    };
    Ok(pystr::new_string(text))
}

fn eq_parts(args: &Args, name: &str) -> PyResult<Option<bool>> {
    let a = args.exact(name, 2)?;
    let (Some(x), Some(y)) = (
        a[0].as_obj().and_then(|o| o.downcast::<Builtin>()),
        a[1].as_obj().and_then(|o| o.downcast::<Builtin>()),
    ) else {
        return Ok(None);
    };
    let same_owner = match (&x.owner, &y.owner) {
        (Some(p), Some(q)) => p.is(q),
        (None, None) => true,
        _ => false,
    };
    Ok(Some(
        x.name == y.name
            && x.kind == y.kind
            && same_owner
            && bound_self(x).bits() == bound_self(y).bits(),
    ))
}

fn eq(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(match eq_parts(args, "__eq__")? {
        Some(b) => Value::bool(b),
        None => Value::obj(types().not_implemented.clone()),
    })
}

fn ne(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(match eq_parts(args, "__ne__")? {
        Some(b) => Value::bool(!b),
        None => Value::obj(types().not_implemented.clone()),
    })
}

fn hash(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = this(args.this()?)?;
    let s = bound_self(b);
    let x = match s.as_obj() {
        Some(o) => crate::interp::ops::identity_hash(o),
        None => crate::interp::ops::builtin_hash(&s).unwrap_or(0),
    };
    let y = pystr::hash_bytes(b.name.as_bytes());
    let h = x ^ y;
    Ok(crate::objects::int::from_i64(if h == -1 { -2 } else { h }))
}

/// Module functions pickle by name, bound methods as `getattr(self, name)`.
fn reduce(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let b = this(args.this()?)?;
    let s = if is_unbound_descriptor(b) {
        b.owner
            .as_ref()
            .map(|o| Value::obj(o.clone()))
            .unwrap_or(Value::NONE)
    } else {
        bound_self(b)
    };
    if s.is_none() || s.as_obj().is_some_and(|o| o.kind() == Kind::Module) {
        return Ok(pystr::new_str(b.name));
    }
    let getattr = vm
        .builtins
        .downcast::<crate::objects::dict::Dict>()
        .and_then(|d| d.get_rs("getattr"))
        .unwrap_or(Value::NONE);
    Ok(tuple::new_tuple(vec![
        getattr,
        tuple::new_tuple(vec![s, pystr::new_str(b.name)]),
    ]))
}

/// Fills the namespace of this file's type(s).
pub fn register() {
    use crate::objects::register::*;
    let t = types();
    for ty in [
        &t.builtin_function,
        &t.method_wrapper,
        &t.method_descriptor,
        &t.wrapper_descriptor,
        &t.classmethod_descriptor,
    ] {
        methods(
            ty,
            &[
                ("__call__", call_),
                ("__repr__", repr),
                ("__eq__", eq),
                ("__ne__", ne),
                ("__hash__", hash),
            ],
        );
        // A classmethod descriptor (`dict.__dict__['fromkeys']`) does not pickle, as in CPython.
        if !ty.is(&t.classmethod_descriptor) {
            methods(ty, &[("__reduce__", reduce)]);
        }
        getsets(
            ty,
            &[
                ("__name__", get_name, None),
                ("__qualname__", get_qualname, None),
                ("__doc__", get_doc, None),
                ("__text_signature__", get_text_signature, None),
            ],
        );
    }
    for ty in [&t.builtin_function, &t.method_wrapper] {
        getsets(
            ty,
            &[
                ("__self__", get_self, None),
                ("__module__", get_module, None),
            ],
        );
        // Bound builtins compare by their bound object (`a.append == a.append`), not by identity.
        tdata(ty).set(typeobj::tflag::USER_SPECIALS, true);
    }
    for ty in [
        &t.method_descriptor,
        &t.wrapper_descriptor,
        &t.classmethod_descriptor,
    ] {
        methods(ty, &[("__get__", get)]);
    }
    // A bound slot wrapper (`[].__add__`) still names the class defining it.
    for ty in [
        &t.method_descriptor,
        &t.wrapper_descriptor,
        &t.classmethod_descriptor,
        &t.method_wrapper,
    ] {
        getsets(ty, &[("__objclass__", get_objclass, None)]);
    }
}
