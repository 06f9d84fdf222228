//! Argument conventions shared by the natives of `str`, `bytes` and `bytearray`, worded as
//! CPython words them, and the one conversion of the text layer's errors into exceptions.
//!
//! CPython reaches these methods through four different argument parsers (slot wrappers such
//! as `__add__`, `METH_NOARGS`/`METH_O` methods, `PyArg_ParseTuple` in the search methods and
//! Argument Clinic elsewhere), and each words its errors differently; programs and CPython's
//! own tests see those words, so each convention has its helper here.
use crate::heap::{ObjRef, Value};
use crate::interp::error::{self, PyErr, PyResult};
use crate::interp::ops::type_name_of;
use crate::interp::{protocols, Vm};
use crate::objects::builtin::Args;
use crate::objects::bytearray::ByteArray;
use crate::objects::str::Str;
use crate::objects::{bytes, int, str as pystr, types};
use crate::text::TextError;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};
use std::borrow::Cow;

impl From<TextError> for PyErr {
    /// The exception a text algorithm asked for. The Unicode errors get their message only;
    /// the codec natives, which still hold the text, build them with all five attributes.
    fn from(e: TextError) -> PyErr {
        match e {
            TextError::Value(m) => error::value_error(m),
            TextError::Type(m) => error::type_error(m),
            TextError::Index(m) => error::index_error(m),
            TextError::Overflow(m) => error::overflow_error(m),
            TextError::Lookup(m) => error::lookup_error(m),
            TextError::Memory => PyErr::no_msg(&types().memory_error),
            TextError::UnicodeEncode { .. } | TextError::UnicodeDecode { .. } => {
                PyErr::new(&exception_type(e.class_name()), e.message())
            }
        }
    }
}

/// A builtin exception class by name (for the few without a field in `types()`).
pub fn exception_type(name: &str) -> ObjRef {
    let t = types();
    t.exceptions
        .iter()
        .find(|e| crate::objects::typeobj::type_name(e) == name)
        .cloned()
        .unwrap_or_else(|| t.exception.clone())
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// The arguments after `self` of a slot wrapper (`__add__`, `__len__`) taking exactly `n`.
/// `unpacked` wrappers (`__mul__`, `__setitem__`) parse with an unnamed `PyArg_UnpackTuple`,
/// hence the leading space of their message.
pub fn slot_args<'a>(
    args: &Args<'a>,
    name: &str,
    n: usize,
    unpacked: bool,
) -> PyResult<&'a [Value]> {
    if args.has_kwargs() {
        return Err(error::type_error(format!(
            "wrapper {name}() takes no keyword arguments"
        )));
    }
    let rest = args.rest().positional();
    if rest.len() != n {
        return Err(error::type_error(format!(
            "{}expected {n} argument{}, got {}",
            if unpacked { " " } else { "" },
            plural(n),
            rest.len()
        )));
    }
    Ok(rest)
}

fn no_kwargs(args: &Args, qual: &str) -> PyResult<()> {
    if args.has_kwargs() {
        return Err(error::type_error(format!(
            "{qual}() takes no keyword arguments"
        )));
    }
    Ok(())
}

/// A `METH_NOARGS` method: `qual` is `str.lower`.
pub fn noargs(args: &Args, qual: &str) -> PyResult<()> {
    no_kwargs(args, qual)?;
    let n = args.rest().positional().len();
    if n != 0 {
        return Err(error::type_error(format!(
            "{qual}() takes no arguments ({n} given)"
        )));
    }
    Ok(())
}

/// A `METH_O` method: its one argument.
pub fn one_arg<'a>(args: &Args<'a>, qual: &str) -> PyResult<&'a Value> {
    no_kwargs(args, qual)?;
    match args.rest().positional() {
        [v] => Ok(v),
        rest => Err(error::type_error(format!(
            "{qual}() takes exactly one argument ({} given)",
            rest.len()
        ))),
    }
}

/// A positional-only Argument Clinic method (`center expected at least 1 argument, got 0`;
/// `str.center() takes no keyword arguments`).
pub fn varargs<'a>(args: &Args<'a>, qual: &str, min: usize, max: usize) -> PyResult<&'a [Value]> {
    varargs_of(&args.rest(), qual, min, max)
}

/// [`varargs`] for a static method, whose arguments have no `self` in front.
pub fn varargs_of<'a>(
    args: &Args<'a>,
    qual: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    no_kwargs(args, qual)?;
    let rest = args.positional();
    let short = qual.rsplit('.').next().unwrap_or(qual);
    let bound = if rest.len() < min {
        Some((if min == max { "" } else { "at least " }, min))
    } else if rest.len() > max {
        Some((if min == max { "" } else { "at most " }, max))
    } else {
        None
    };
    match bound {
        Some((how, n)) => Err(error::type_error(format!(
            "{short} expected {how}{n} argument{}, got {}",
            plural(n),
            rest.len()
        ))),
        None => Ok(rest),
    }
}

/// A `PyArg_ParseTuple` method such as `str.find` (`find() takes at least 1 argument (0
/// given)`, `str.find() takes no keyword arguments`).
pub fn parse_tuple<'a>(
    args: &Args<'a>,
    qual: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    no_kwargs(args, qual)?;
    let name = qual.rsplit('.').next().unwrap_or(qual);
    let rest = args.rest().positional();
    if rest.len() < min {
        return Err(error::type_error(format!(
            "{name}() takes at least {min} argument{} ({} given)",
            plural(min),
            rest.len()
        )));
    }
    if rest.len() > max {
        return Err(error::type_error(format!(
            "{name}() takes at most {max} argument{} ({} given)",
            plural(max),
            rest.len()
        )));
    }
    Ok(rest)
}

/// Argument Clinic with keywords (`_PyArg_UnpackKeywords`) over the arguments after `self`
/// (`skip_self`) or all of them (`__new__` after its class): `names` in order, the first
/// `posonly` positional-only, at most `maxpos` positional, the first `required` mandatory.
pub fn clinic<const N: usize>(
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
            plural(N),
            nargs + nkw
        )));
    }
    let minpos = posonly.min(required);
    if nargs < minpos {
        return Err(error::type_error(format!(
            "{fname}() takes {} {minpos} positional argument{} ({nargs} given)",
            if minpos < maxpos {
                "at least"
            } else {
                "exactly"
            },
            plural(minpos)
        )));
    }
    if nargs > maxpos {
        return Err(error::type_error(format!(
            "{fname}() takes {} {maxpos} positional argument{} ({nargs} given)",
            if required < maxpos {
                "at most"
            } else {
                "exactly"
            },
            plural(maxpos)
        )));
    }
    let mut out: [Option<Value>; N] = std::array::from_fn(|_| None);
    for (slot, v) in out.iter_mut().zip(pos) {
        *slot = Some(v.clone());
    }
    let mut used = 0;
    for (i, slot) in out.iter_mut().enumerate().skip(nargs.max(posonly)) {
        if let Some((_, v)) = args.kwargs().find(|(k, _)| *k == names[i]) {
            *slot = Some(v.clone());
            used += 1;
        }
    }
    if used < nkw {
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

/// `self` of a `str` method: `slot` picks the wording of slot wrappers (`__add__`).
pub fn str_self<'a>(args: &Args<'a>, name: &str, slot: bool) -> PyResult<(&'a Value, &'a Str)> {
    let v = args.all.first();
    match v.and_then(|v| pystr::as_str_obj(v).map(|s| (v, s))) {
        Some(pair) => Ok(pair),
        None => Err(receiver_error(name, "str", v, slot)),
    }
}

/// CPython's descriptor errors for a missing or foreign `self`.
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

/// `self` of a method shared by `bytes` and `bytearray`.
#[derive(Clone, Copy)]
pub enum ByteSelf<'a> {
    Bytes(&'a [u8]),
    Array(&'a ByteArray),
}

impl<'a> ByteSelf<'a> {
    /// The contents now. A bytearray is copied, so that no borrow of its buffer is held while
    /// Python code (an argument's `__index__`, a callback) runs and perhaps resizes it.
    pub fn data(&self) -> Cow<'a, [u8]> {
        match self {
            ByteSelf::Bytes(b) => Cow::Borrowed(b),
            ByteSelf::Array(a) => Cow::Owned(a.data.borrow().clone()),
        }
    }

    /// Runs `f` on the contents in place. `f` must not run Python code, since a bytearray's
    /// buffer stays borrowed while it runs.
    pub fn read<R>(&self, f: impl FnOnce(&[u8]) -> R) -> R {
        match self {
            ByteSelf::Bytes(b) => f(b),
            ByteSelf::Array(a) => f(&a.data.borrow()),
        }
    }

    /// A result of the receiver's family: `bytes` or `bytearray`.
    pub fn make(&self, data: Vec<u8>) -> Value {
        match self {
            ByteSelf::Bytes(_) => bytes::new_bytes(data),
            ByteSelf::Array(_) => crate::objects::bytearray::new_bytearray(data),
        }
    }
}

/// `self` of a method of `owner` (`bytes` or `bytearray`).
pub fn byte_self<'a>(
    args: &Args<'a>,
    name: &str,
    owner: &ObjRef,
    slot: bool,
) -> PyResult<(&'a Value, ByteSelf<'a>)> {
    let v = args.all.first();
    let me = v.and_then(|v| {
        let o = v.as_obj()?;
        if owner.is(&types().bytes) {
            o.downcast::<bytes::Bytes>()
                .map(|b| ByteSelf::Bytes(&b.data))
        } else {
            o.downcast::<ByteArray>().map(ByteSelf::Array)
        }
    });
    match (v, me) {
        (Some(v), Some(me)) => Ok((v, me)),
        _ => Err(receiver_error(
            name,
            &crate::objects::typeobj::type_name(owner),
            v,
            slot,
        )),
    }
}

/// A `str` argument, or `TypeError(message())`.
pub fn str_arg(v: &Value, message: impl FnOnce() -> String) -> PyResult<&str> {
    pystr::as_str(v).ok_or_else(|| error::type_error(message()))
}

/// Clinic's message for a wrongly typed argument: `replace() argument 1 must be str, not int`.
pub fn must_be(fname: &str, arg: &str, expected: &str, got: &Value) -> String {
    format!(
        "{fname}() argument {arg} must be {expected}, not {}",
        clinic_type_name(got)
    )
}

/// The type name in Argument Clinic's messages, which say `None` rather than `NoneType`.
pub fn clinic_type_name(v: &Value) -> String {
    if v.is_none() {
        "None".to_owned()
    } else {
        type_name_of(v)
    }
}

/// An `encoding`/`errors` argument: a str without NUL.
pub fn codec_name_arg<'a>(
    v: Option<&'a Value>,
    fname: &str,
    arg: &str,
) -> PyResult<Option<&'a str>> {
    let Some(v) = v else { return Ok(None) };
    let s = str_arg(v, || must_be(fname, &format!("'{arg}'"), "str", v))?;
    if s.contains('\0') {
        return Err(error::value_error("embedded null character"));
    }
    Ok(Some(s))
}

fn clamp(b: &BigInt) -> isize {
    b.to_isize().unwrap_or(if b.is_negative() {
        isize::MIN
    } else {
        isize::MAX
    })
}

/// A start/end argument (`_PyEval_SliceIndex`): `None` stays `None`, ints are clamped into
/// `isize`.
pub fn slice_index(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<isize>> {
    let Some(v) = v.filter(|v| !v.is_none()) else {
        return Ok(None);
    };
    if let Some(i) = v.as_int() {
        return Ok(Some(i as isize));
    }
    let has_index = int::is_int(v)
        || crate::objects::typeobj::lookup_str(&crate::interp::ops::a_type(v), "__index__")
            .is_some();
    if !has_index {
        return Err(error::type_error(
            "slice indices must be integers or None or have an __index__ method",
        ));
    }
    Ok(Some(clamp(&protocols::index(vm, v)?)))
}

/// An integer argument converted as `PyNumber_AsSsize_t(v, OverflowError)`.
pub fn ssize(vm: &mut Vm, v: &Value) -> PyResult<isize> {
    if let Some(i) = v.as_int() {
        return Ok(i as isize);
    }
    protocols::index(vm, v)?
        .to_isize()
        .ok_or_else(|| error::overflow_error("Python int too large to convert to C ssize_t"))
}

/// An integer argument that must fit a C `int`.
pub fn c_int(vm: &mut Vm, v: &Value) -> PyResult<i32> {
    protocols::index(vm, v)?
        .to_i32()
        .ok_or_else(|| error::overflow_error("Python int too large to convert to C int"))
}

/// Whether `v` supports the buffer protocol.
pub fn is_buffer(v: &Value) -> bool {
    v.as_obj().is_some_and(|o| match o.kind() {
        crate::heap::Kind::Bytes | crate::heap::Kind::ByteArray | crate::heap::Kind::MemoryView => {
            true
        }
        crate::heap::Kind::Native => {
            crate::objects::native::buffer_bytes(v).is_some()
                || crate::objects::memoryview::has_exporter(v)
        }
        _ => false,
    })
}

/// The class given to `owner.__new__(cls, ...)`, checked as CPython's `tp_new_wrapper` does: a
/// type, a subtype of `owner`, and one whose instances have `owner`'s layout.
pub fn new_cls<'a>(args: &Args<'a>, owner: &ObjRef) -> PyResult<&'a ObjRef> {
    use crate::objects::typeobj;
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

/// Whether `v` is an int or has `__index__` (`_PyIndex_Check`).
pub fn has_index(v: &Value) -> bool {
    int::is_int(v)
        || crate::objects::typeobj::lookup_str(&crate::interp::ops::a_type(v), "__index__")
            .is_some()
}

/// `PyNumber_AsSsize_t(v, OverflowError)`: a repeat count or size.
pub fn count_arg(vm: &mut Vm, v: &Value) -> PyResult<isize> {
    if let Some(i) = v.as_int() {
        return Ok(i as isize);
    }
    protocols::index(vm, v)?.to_isize().ok_or_else(|| {
        error::overflow_error(format!(
            "cannot fit '{}' into an index-sized integer",
            type_name_of(v)
        ))
    })
}

/// `PySequence_Fast(v, message)`: the items of an iterable, with `TypeError(message)` when `v`
/// is not iterable at all (errors raised while iterating pass through).
pub fn sequence_fast(vm: &mut Vm, v: &Value, message: &str) -> PyResult<Vec<Value>> {
    if let Some(l) = crate::objects::list::as_list(v) {
        return Ok(l.items.borrow().clone());
    }
    if let Some(t) = crate::objects::tuple::as_tuple(v) {
        return Ok(t.to_vec());
    }
    let flow = protocols::get_iter(vm, v.clone()).map_err(|e| not_iterable(e, message))?;
    let it = crate::interp::call::run_flow(vm, flow).map_err(|e| not_iterable(e, message))?;
    protocols::iterate(vm, &it)
}

/// `sequence_fast` for `bytes(x)`, whose `_PyBytes_FromIterator` asks `x`'s length hint once the
/// iterator exists (its calls and errors are visible).
pub fn sequence_fast_hinted(vm: &mut Vm, v: &Value, message: &str) -> PyResult<Vec<Value>> {
    if crate::objects::list::as_list(v).is_some() || crate::objects::tuple::as_tuple(v).is_some() {
        return sequence_fast(vm, v, message);
    }
    let flow = protocols::get_iter(vm, v.clone()).map_err(|e| not_iterable(e, message))?;
    let it = crate::interp::call::run_flow(vm, flow).map_err(|e| not_iterable(e, message))?;
    protocols::length_hint(vm, v, 64)?;
    protocols::iterate(vm, &it)
}

fn not_iterable(e: PyErr, message: &str) -> PyErr {
    if crate::interp::exc::matches_type(&e, &types().type_error) {
        error::type_error(message)
    } else {
        e
    }
}
