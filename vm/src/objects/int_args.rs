//! Argument conventions of the number types' natives, with CPython's messages.
//!
//! CPython exposes a type's slots as *slot wrappers* (`int.__add__`: "expected 1 argument, got 2",
//! "wrapper __add__() takes no keyword arguments") and its other methods through Argument Clinic
//! ("int.bit_length() takes no arguments (1 given)", "'x' is an invalid keyword argument for int()").
//! The two families word their errors differently, and programs and CPython's own tests see the words.
use crate::heap::{flag, ObjRef, Payload, Value};
use crate::interp::error::{self, PyErr, PyResult};
use crate::interp::ops::type_name_of;
use crate::objects::builtin::Args;
use crate::objects::typeobj::{self, tdata, tflag};
use crate::objects::types;

/// The `NotImplemented` singleton: what a binary dunder returns for an operand it does not handle.
pub fn not_implemented() -> Value {
    Value::obj(types().not_implemented.clone())
}

/// `self` missing or of the wrong type, worded as CPython's descriptors word it. `slot` is true for slot
/// wrappers (`__add__`), false for ordinary methods (`bit_length`) and getsets.
#[cold]
pub fn receiver_error(name: &str, owner: &str, got: Option<&Value>, slot: bool) -> PyErr {
    error::type_error(match (got, slot) {
        (None, true) => format!("descriptor '{name}' of '{owner}' object needs an argument"),
        (None, false) => format!("unbound method {owner}.{name}() needs an argument"),
        (Some(v), true) => format!(
            "descriptor '{name}' requires a '{owner}' object but received a '{}'",
            type_name_of(v)
        ),
        (Some(v), false) => format!(
            "descriptor '{name}' for '{owner}' objects doesn't apply to a '{}' object",
            type_name_of(v)
        ),
    })
}

/// The arguments after `self` of a slot wrapper that takes exactly `n` of them.
pub fn slot_args<'a>(args: &Args<'a>, name: &str, n: usize) -> PyResult<&'a [Value]> {
    if args.has_kwargs() {
        return Err(error::type_error(format!(
            "wrapper {name}() takes no keyword arguments"
        )));
    }
    let rest = args.rest().positional();
    if rest.len() != n {
        return Err(error::type_error(format!(
            "expected {n} argument{}, got {}",
            if n == 1 { "" } else { "s" },
            rest.len()
        )));
    }
    Ok(rest)
}

/// `other` and the optional modulus of a ternary slot wrapper (`__pow__`, `__rpow__`). CPython unpacks them
/// with an empty function name, hence the leading space of its messages.
pub fn ternary_args<'a>(args: &Args<'a>, name: &str) -> PyResult<(&'a Value, Option<&'a Value>)> {
    if args.has_kwargs() {
        return Err(error::type_error(format!(
            "wrapper {name}() takes no keyword arguments"
        )));
    }
    let rest = args.rest().positional();
    match rest {
        [other] => Ok((other, None)),
        [other, m] => Ok((other, Some(m))),
        _ => Err(error::type_error(format!(
            " expected {} argument{}, got {}",
            if rest.is_empty() {
                "at least 1"
            } else {
                "at most 2"
            },
            if rest.is_empty() { "" } else { "s" },
            rest.len()
        ))),
    }
}

/// A method without arguments (`METH_NOARGS`): `qualname` is `int.bit_length`.
pub fn no_args(args: &Args, qualname: &str) -> PyResult<()> {
    args.rest().exact(qualname, 0).map(|_| ())
}

/// Binds arguments as Argument Clinic's `_PyArg_UnpackKeywords` does: `names` in order, the first `posonly`
/// positional-only, at most `maxpos` positional, the first `required` mandatory; the rest keyword-only.
/// `fname` is `int` for `int()`.
pub fn clinic_bind<const N: usize>(
    args: &Args,
    fname: &str,
    names: [&str; N],
    posonly: usize,
    maxpos: usize,
    required: usize,
) -> PyResult<[Option<Value>; N]> {
    let pos = args.positional();
    let nargs = pos.len();
    let nkw = args.kwnames.len();
    if nargs + nkw > N {
        return Err(error::type_error(format!(
            "{fname}() takes at most {N} {}argument{} ({} given)",
            if nargs == 0 { "keyword " } else { "" },
            if N == 1 { "" } else { "s" },
            nargs + nkw
        )));
    }
    if nargs > maxpos {
        return Err(error::type_error(if maxpos == 0 {
            format!("{fname}() takes no positional arguments")
        } else {
            format!(
                "{fname}() takes {} {maxpos} positional argument{} ({nargs} given)",
                if required < maxpos {
                    "at most"
                } else {
                    "exactly"
                },
                if maxpos == 1 { "" } else { "s" },
            )
        }));
    }
    let mut out: [Option<Value>; N] = std::array::from_fn(|_| None);
    for (slot, v) in out.iter_mut().zip(pos) {
        *slot = Some(v.clone());
    }
    let mut unused = nkw;
    for (i, slot) in out.iter_mut().enumerate().skip(nargs.max(posonly)) {
        if let Some((_, v)) = args.kwargs().find(|(k, _)| *k == names[i]) {
            *slot = Some(v.clone());
            unused -= 1;
        } else if i < required {
            return Err(error::type_error(format!(
                "{fname}() missing required argument '{}' (pos {})",
                names[i],
                i + 1
            )));
        }
    }
    if unused > 0 {
        for (i, name) in names.iter().enumerate().take(nargs).skip(posonly) {
            if args.kwargs().any(|(k, _)| k == *name) {
                return Err(error::type_error(format!(
                    "argument for {fname}() given by name ('{name}') and position ({})",
                    i + 1
                )));
            }
        }
        let bad = args
            .kwargs()
            .map(|(k, _)| k)
            .find(|k| !names[posonly..].contains(k))
            .unwrap_or_default();
        return Err(error::type_error(format!(
            "'{bad}' is an invalid keyword argument for {fname}()"
        )));
    }
    for (i, slot) in out.iter().enumerate().take(required) {
        if slot.is_none() {
            return Err(error::type_error(format!(
                "{fname}() missing required argument '{}' (pos {})",
                names[i],
                i + 1
            )));
        }
    }
    Ok(out)
}

/// The class given to `owner.__new__(cls, ...)`, checked as CPython's `tp_new_wrapper` does: a type, a
/// subtype of `owner`, and one whose instances have `owner`'s layout (`int.__new__(bool)` is refused).
pub fn new_cls<'a>(args: &Args<'a>, owner: &ObjRef) -> PyResult<&'a ObjRef> {
    let oname = typeobj::type_name(owner);
    let Some(v) = args.positional().first() else {
        return Err(error::type_error(format!(
            "{oname}.__new__(): not enough arguments"
        )));
    };
    let Some(cls) = typeobj::as_type(v) else {
        return Err(error::type_error(format!(
            "{oname}.__new__(X): X is not a type object ({})",
            type_name_of(v)
        )));
    };
    let name = typeobj::type_name(cls);
    if !typeobj::is_subtype(cls, owner) {
        return Err(error::type_error(format!(
            "{oname}.__new__({name}): {name} is not a subtype of {oname}"
        )));
    }
    let layout = crate::interp::builtin_types::layout_type(cls);
    if !layout.is(owner) {
        return Err(error::type_error(format!(
            "{oname}.__new__({name}) is not safe, use {}.__new__()",
            typeobj::type_name(&layout)
        )));
    }
    Ok(cls)
}

/// A new instance of `cls` (a builtin number type or a subclass of one) holding `payload`; subclasses get
/// their attribute area and their `__del__` flag as instances of `object` do.
pub fn alloc_number<T: Payload>(cls: &ObjRef, payload: T) -> ObjRef {
    let o = crate::heap::alloc(cls, payload, crate::interp::typecall::attr_capacity(cls));
    if tdata(cls).has(tflag::HAS_DEL) {
        o.set_flag(flag::HAS_DEL);
    }
    o
}
