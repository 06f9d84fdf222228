//! What the natives of the builtin containers share: checking the receiver (method descriptors can be called
//! unbound, `list.append(x, 1)`, so each native checks `self` as CPython's descriptors do), checking the class
//! given to `__new__`, allocating instances of builtin-layout subclasses, and argument conversions with
//! CPython's messages.
use crate::compiler::bytecode::CmpOp;
use crate::heap::{flag, ObjRef, Payload, Value};
use crate::interp::error::{self, PyResult};
use crate::interp::ops::type_name_of;
use crate::interp::Vm;
use crate::objects::builtin::Args;
use crate::objects::typeobj::{self, tdata, tflag};
use crate::objects::types;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

/// Whether builtin method `name` implements a type slot (CPython's `slotdefs`): such a method is
/// a `wrapper_descriptor` (bound: `method-wrapper`) and words its receiver error differently.
pub fn is_slot_wrapper(name: &str) -> bool {
    name.starts_with("__")
        && name.ends_with("__")
        && !matches!(
            name,
            "__class_getitem__"
                | "__reversed__"
                | "__sizeof__"
                | "__getnewargs__"
                | "__getnewargs_ex__"
                | "__length_hint__"
                | "__reduce__"
                | "__reduce_ex__"
                | "__getitem__"
                | "__contains__"
                | "__format__"
                | "__dir__"
                | "__getstate__"
                | "__setstate__"
                | "__bytes__"
                | "__complex__"
                | "__round__"
                | "__trunc__"
                | "__floor__"
                | "__ceil__"
                | "__copy__"
                | "__deepcopy__"
                | "__enter__"
                | "__exit__"
                | "__subclasses__"
                | "__instancecheck__"
                | "__subclasscheck__"
                | "__init_subclass__"
                | "__subclasshook__"
        )
}

/// `self` of method `name` defined by `owner`, with its payload `T`.
pub fn this<'a, T: Payload>(
    args: &Args<'a>,
    name: &str,
    owner: &ObjRef,
) -> PyResult<(&'a Value, &'a T)> {
    if let Some(v) = args.all.first() {
        if let Some(o) = v.as_obj() {
            if let Some(p) = o.downcast::<T>() {
                if o.ty().is(owner) || typeobj::is_subtype(o.ty(), owner) {
                    return Ok((v, p));
                }
            }
        }
    }
    Err(receiver_error(args, name, owner))
}

#[cold]
fn receiver_error(args: &Args, name: &str, owner: &ObjRef) -> error::PyErr {
    let oname = typeobj::type_name(owner);
    let Some(v) = args.all.first() else {
        return error::type_error(if is_slot_wrapper(name) {
            format!("descriptor '{name}' of '{oname}' object needs an argument")
        } else {
            let qualname = typeobj::qualname(owner);
            format!("unbound method {qualname}.{name}() needs an argument")
        });
    };
    error::type_error(if is_slot_wrapper(name) {
        format!(
            "descriptor '{name}' requires a '{oname}' object but received a '{}'",
            type_name_of(v)
        )
    } else {
        format!(
            "descriptor '{name}' for '{oname}' objects doesn't apply to a '{}' object",
            type_name_of(v)
        )
    })
}

/// The class argument of `owner.__new__(cls, ...)`, checked as CPython's `tp_new_wrapper` does.
pub fn new_cls<'a>(args: &Args<'a>, owner: &ObjRef) -> PyResult<&'a ObjRef> {
    if let Some(cls) = args.all.first().and_then(typeobj::as_type) {
        if cls.is(owner) || typeobj::is_subtype(cls, owner) {
            return Ok(cls);
        }
    }
    Err(new_cls_error(args, owner))
}

#[cold]
fn new_cls_error(args: &Args, owner: &ObjRef) -> error::PyErr {
    let oname = typeobj::type_name(owner);
    let Some(v) = args.all.first() else {
        return error::type_error(format!("{oname}.__new__(): not enough arguments"));
    };
    match typeobj::as_type(v) {
        None => error::type_error(format!(
            "{oname}.__new__(X): X is not a type object ({})",
            type_name_of(v)
        )),
        Some(cls) => {
            let n = typeobj::type_name(cls);
            error::type_error(format!(
                "{oname}.__new__({n}): {n} is not a subtype of {oname}"
            ))
        }
    }
}

/// A new object of class `cls` (a builtin type or a subclass of one) holding `payload`; subclasses get their
/// attribute area and their `__del__` flag as `object` instances do.
pub fn alloc_instance<T: Payload>(cls: &ObjRef, payload: T) -> ObjRef {
    let o = crate::heap::alloc(cls, payload, crate::interp::typecall::attr_capacity(cls));
    if tdata(cls).has(tflag::HAS_DEL) {
        o.set_flag(flag::HAS_DEL);
    }
    o
}

/// The `NotImplemented` singleton.
pub fn not_implemented() -> Value {
    Value::obj(types().not_implemented.clone())
}

/// Whether `v`'s type is exactly `ty` (no subclass).
pub fn is_exact(v: &Value, ty: &ObjRef) -> bool {
    v.as_obj().is_some_and(|o| o.ty().is(ty))
}

/// A `Py_ssize_t` argument (Argument Clinic's converter): `__index__`, OverflowError when too large.
pub fn ssize_arg(vm: &mut Vm, v: &Value) -> PyResult<isize> {
    if let Some(i) = v.as_int() {
        return Ok(i as isize);
    }
    let b = crate::interp::protocols::index(vm, v)?;
    b.to_isize()
        .ok_or_else(|| error::overflow_error("Python int too large to convert to C ssize_t"))
}

/// A `start`/`stop` bound of `index()` (`_PyEval_SliceIndexNotNone`): clamped, never an overflow.
pub fn slice_bound(vm: &mut Vm, v: &Value) -> PyResult<isize> {
    if let Some(i) = v.as_int() {
        return Ok(i as isize);
    }
    let has_index = crate::objects::int::is_int(v)
        || typeobj::lookup_str(&crate::interp::ops::a_type(v), "__index__").is_some();
    if !has_index {
        return Err(error::type_error(
            "slice indices must be integers or have an __index__ method",
        ));
    }
    let b: BigInt = crate::interp::protocols::index(vm, v)?;
    Ok(b.to_isize().unwrap_or(if b.is_negative() {
        isize::MIN
    } else {
        isize::MAX
    }))
}

/// Resolves `index(x, start, stop)` bounds over a sequence of length `len` into a clamped range.
pub fn index_range(
    vm: &mut Vm,
    start: Option<&Value>,
    stop: Option<&Value>,
    len: usize,
) -> PyResult<(usize, usize)> {
    let n = len as isize;
    let fix = |i: isize| -> usize {
        if i < 0 {
            (i.saturating_add(n)).max(0) as usize
        } else {
            (i.min(n)) as usize
        }
    };
    let a = match start {
        Some(v) => fix(slice_bound(vm, v)?),
        None => 0,
    };
    let b = match stop {
        Some(v) => fix(slice_bound(vm, v)?),
        None => len,
    };
    Ok((a, b))
}

/// The comparison operator of a rich-comparison dunder registered as `f::<OP>` (`OP` is `CmpOp as u8`).
pub fn cmp_op(op: u8) -> CmpOp {
    match op {
        0 => CmpOp::Lt,
        1 => CmpOp::Le,
        2 => CmpOp::Eq,
        3 => CmpOp::Ne,
        4 => CmpOp::Gt,
        _ => CmpOp::Ge,
    }
}

/// `cls[item]` for the builtin generic classes: `types.GenericAlias(cls, item)`.
pub fn class_getitem(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = args.this()?.clone();
    let name = typeobj::as_type(&cls)
        .map(typeobj::type_name)
        .unwrap_or_default();
    let item = args.rest().exact(&format!("{name}.__class_getitem__"), 1)?;
    Ok(crate::objects::descriptors_native::generic_alias(
        cls,
        item[0].clone(),
    ))
}

/// `args.exact(name, n)` where the qualified name, needed only for the message, is built on failure.
pub fn exact_named<'a>(
    args: &Args<'a>,
    n: usize,
    name: impl FnOnce() -> String,
) -> PyResult<&'a [Value]> {
    if !args.has_kwargs() && args.positional().len() == n {
        return Ok(args.positional());
    }
    args.exact(&name(), n)
}

/// `args.no_kwargs(name)` with the name built on failure.
pub fn no_kwargs_named(args: &Args, name: impl FnOnce() -> String) -> PyResult<()> {
    if args.has_kwargs() {
        return args.no_kwargs(&name());
    }
    Ok(())
}

/// Whether `cls(...)` must refuse keywords: the base itself, or a subclass whose `__init__` is still
/// the base's (so nothing would consume them), as CPython checks `tp_init`.
pub fn takes_no_keywords(cls: &ObjRef, base: &ObjRef) -> bool {
    cls.is(base) || {
        let own = typeobj::lookup_str(cls, "__init__");
        let inherited = typeobj::lookup_str(base, "__init__");
        match (own, inherited) {
            (Some(a), Some(b)) => a.bits() == b.bits(),
            _ => false,
        }
    }
}
