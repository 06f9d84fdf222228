//! The `itertools` module (CPython 3.11's `Modules/itertoolsmodule.c`): one type per iterator, each a
//! traced native payload (the collector sees the iterators, functions and buffered values it holds), with
//! CPython's argument errors, reprs and `__reduce__`/`__setstate__`.
//!
//! Natives here that run Python code (a predicate, a key function, the `__next__` of a source) do so
//! re-entrantly through `call::call_value` and `protocols::next_value`; no state is borrowed across such
//! a call, so a source that touches its own consumer sees a consistent object.
mod accumulate;
mod chain;
mod combinatorics;
mod docs;
mod filters;
mod groupby;
mod infinite;
mod islice;
mod permutations;
mod tee;
mod zip_longest;

use std::any::Any;
use std::sync::OnceLock;
use weft_vm::heap::{GilShared, ObjRef, Value};
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::{call, ops, protocols, Vm};
use weft_vm::objects::builtin::{Args, NativeFn};
use weft_vm::objects::method_support::alloc_instance;
use weft_vm::objects::native::{NativeObj, Traverse};
use weft_vm::objects::register::methods;
use weft_vm::objects::typeobj::{self, tflag};
use weft_vm::objects::{int, module, str as pystr, tuple};

/// The module's types, created once per process (like the vm's builtin types).
pub(crate) struct Types {
    pub count: ObjRef,
    pub cycle: ObjRef,
    pub repeat: ObjRef,
    pub accumulate: ObjRef,
    pub chain: ObjRef,
    pub compress: ObjRef,
    pub dropwhile: ObjRef,
    pub takewhile: ObjRef,
    pub filterfalse: ObjRef,
    pub starmap: ObjRef,
    pub groupby: ObjRef,
    pub grouper: ObjRef,
    pub islice: ObjRef,
    pub tee: ObjRef,
    pub tee_data: ObjRef,
    pub zip_longest: ObjRef,
    pub pairwise: ObjRef,
    pub product: ObjRef,
    pub permutations: ObjRef,
    pub combinations: ObjRef,
    pub cwr: ObjRef,
}

static TYPES: OnceLock<GilShared<Types>> = OnceLock::new();

pub(crate) fn types() -> &'static Types {
    &TYPES.get_or_init(|| GilShared(make_types())).0
}

/// Whether instances of `ty` take weak references (CPython's `_tee` has a weak reference list).
pub(crate) fn weakrefable(ty: &ObjRef) -> bool {
    TYPES.get().is_some_and(|t| ty.is(&t.0.tee))
}

fn make_types() -> Types {
    let base = |n: &'static str| typeobj::new_native_type(n, tflag::BASETYPE);
    let fixed = |n: &'static str| typeobj::new_native_type(n, 0);
    let t = Types {
        count: base("itertools.count"),
        cycle: base("itertools.cycle"),
        repeat: base("itertools.repeat"),
        accumulate: base("itertools.accumulate"),
        chain: base("itertools.chain"),
        compress: base("itertools.compress"),
        dropwhile: base("itertools.dropwhile"),
        takewhile: base("itertools.takewhile"),
        filterfalse: base("itertools.filterfalse"),
        starmap: base("itertools.starmap"),
        groupby: base("itertools.groupby"),
        grouper: fixed("itertools._grouper"),
        islice: base("itertools.islice"),
        tee: fixed("itertools._tee"),
        tee_data: fixed("itertools._tee_dataobject"),
        zip_longest: base("itertools.zip_longest"),
        pairwise: base("itertools.pairwise"),
        product: base("itertools.product"),
        permutations: base("itertools.permutations"),
        combinations: base("itertools.combinations"),
        cwr: base("itertools.combinations_with_replacement"),
    };
    infinite::register(&t);
    accumulate::register(&t);
    chain::register(&t);
    filters::register(&t);
    groupby::register(&t);
    islice::register(&t);
    tee::register(&t);
    zip_longest::register(&t);
    combinatorics::register(&t);
    permutations::register(&t);
    docs::register(&t);
    t
}

const DOC: &str = "Functional tools for creating and using iterators.\n\nInfinite iterators:\ncount(start=0, step=1) --> start, start+step, start+2*step, ...\ncycle(p) --> p0, p1, ... plast, p0, p1, ...\nrepeat(elem [,n]) --> elem, elem, elem, ... endlessly or up to n times\n\nIterators terminating on the shortest input sequence:\naccumulate(p[, func]) --> p0, p0+p1, p0+p1+p2\nchain(p, q, ...) --> p0, p1, ... plast, q0, q1, ...\nchain.from_iterable([p, q, ...]) --> p0, p1, ... plast, q0, q1, ...\ncompress(data, selectors) --> (d[0] if s[0]), (d[1] if s[1]), ...\ndropwhile(pred, seq) --> seq[n], seq[n+1], starting when pred fails\ngroupby(iterable[, keyfunc]) --> sub-iterators grouped by value of keyfunc(v)\nfilterfalse(pred, seq) --> elements of seq where pred(elem) is False\nislice(seq, [start,] stop [, step]) --> elements from\n       seq[start:stop:step]\npairwise(s) --> (s[0],s[1]), (s[1],s[2]), (s[2], s[3]), ...\nstarmap(fun, seq) --> fun(*seq[0]), fun(*seq[1]), ...\ntee(it, n=2) --> (it1, it2 , ... itn) splits one iterator into n\ntakewhile(pred, seq) --> seq[0], seq[1], until pred fails\nzip_longest(p, q, ...) --> (p[0], q[0]), (p[1], q[1]), ...\n\nCombinatoric generators:\nproduct(p, q, ... [repeat=1]) --> cartesian product\npermutations(p[, r])\ncombinations(p, r)\ncombinations_with_replacement(p, r)\n";

/// Builds the `itertools` module.
pub fn init(_vm: &mut Vm) -> PyResult<ObjRef> {
    let t = types();
    let m = crate::module_with("itertools", &[]);
    crate::add_function(&m, "tee", tee::tee, Some(tee::TEE_DOC));
    let d = module::module_dict(&m).ok_or_else(|| error::system_error("module without dict"))?;
    d.set_rs("__doc__", pystr::new_str(DOC));
    for (name, ty) in [
        ("count", &t.count),
        ("cycle", &t.cycle),
        ("repeat", &t.repeat),
        ("accumulate", &t.accumulate),
        ("chain", &t.chain),
        ("compress", &t.compress),
        ("dropwhile", &t.dropwhile),
        ("takewhile", &t.takewhile),
        ("filterfalse", &t.filterfalse),
        ("starmap", &t.starmap),
        ("groupby", &t.groupby),
        ("_grouper", &t.grouper),
        ("islice", &t.islice),
        ("_tee", &t.tee),
        ("_tee_dataobject", &t.tee_data),
        ("zip_longest", &t.zip_longest),
        ("pairwise", &t.pairwise),
        ("product", &t.product),
        ("permutations", &t.permutations),
        ("combinations", &t.combinations),
        ("combinations_with_replacement", &t.cwr),
    ] {
        d.set_rs(name, Value::obj(ty.clone()));
    }
    Ok(m)
}

/// The payload of `v` as a `T`.
pub(crate) fn payload<T: Any>(v: &Value) -> Option<&T> {
    v.as_obj()?.downcast::<NativeObj>()?.get::<T>()
}

/// The receiver of a method of `ty`, with CPython's receiver errors when it is something else.
pub(crate) fn this<'a, T: Any>(
    args: &Args<'a>,
    name: &str,
    ty: &ObjRef,
) -> PyResult<(&'a Value, &'a T)> {
    let (v, n) = weft_vm::objects::method_support::this::<NativeObj>(args, name, ty)?;
    match n.get::<T>() {
        Some(p) => Ok((v, p)),
        None => Err(error::type_error(format!(
            "descriptor '{name}' requires a '{}' object but received a '{}'",
            typeobj::type_name(ty),
            ops::type_name_of(v)
        ))),
    }
}

/// A new instance of `cls` holding `data`.
pub(crate) fn new_obj(cls: &ObjRef, data: impl Traverse) -> Value {
    Value::obj(alloc_instance(cls, NativeObj::traced(data)))
}

/// `iter(v)`, checked to be an iterator.
pub(crate) fn iter_of(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let f = protocols::get_iter(vm, v.clone())?;
    let it = call::run_flow(vm, f)?;
    protocols::check_iterator(&it)?;
    Ok(it)
}

/// `next(it)`: `None` at the end.
pub(crate) fn next(vm: &mut Vm, it: &Value) -> PyResult<Option<Value>> {
    protocols::next_value(vm, it)
}

/// `tuple(v)` (`PySequence_Tuple`).
pub(crate) fn to_tuple(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    protocols::iterate(vm, v)
}

/// The name a repr shows: the type's `__name__` (a subclass shows its own).
pub(crate) fn short_name(v: &Value) -> String {
    let name = typeobj::type_name(&ops::a_type(v));
    match name.rsplit_once('.') {
        Some((_, n)) => n.to_string(),
        None => name,
    }
}

/// The type of `v` as a value (for `__reduce__`).
pub(crate) fn type_value(v: &Value) -> Value {
    Value::obj(ops::a_type(v))
}

/// Whether the constructor of `cls` (a subclass of `base` or `base`) refuses keyword arguments: CPython
/// checks unless a subclass brings its own `__init__` that may take them.
pub(crate) fn refuses_kwargs(cls: &ObjRef, base: &ObjRef) -> bool {
    if cls.is(base) {
        return true;
    }
    let own = typeobj::lookup_str(cls, "__init__");
    let object = typeobj::lookup_str(&weft_vm::objects::types().object, "__init__");
    match (own, object) {
        (Some(a), Some(b)) => a.bits() == b.bits(),
        _ => true,
    }
}

/// Between `min` and `max` positional arguments (`_PyArg_CheckPositional`); keywords are the
/// caller's business (a subclass's `__init__` may take them).
pub(crate) fn positional<'a>(
    args: &Args<'a>,
    fname: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    Args::pos(args.positional()).range(fname, min, max)
}

/// Argument Clinic's keyword binding (`_PyArg_UnpackKeywords`), with its messages in its order: too many
/// arguments, too many positional ones, a missing required one, one given twice, an unknown keyword.
/// Parameters from `maxpos` on are keyword-only.
pub(crate) fn bind<const N: usize>(
    args: &Args,
    fname: &str,
    names: [&str; N],
    required: usize,
    maxpos: usize,
) -> PyResult<[Option<Value>; N]> {
    let pos = args.positional();
    let nkw = args.kwnames.len();
    if pos.len() + nkw > N {
        return Err(error::type_error(format!(
            "{fname}() takes at most {N} {}argument{} ({} given)",
            if pos.is_empty() { "keyword " } else { "" },
            if N == 1 { "" } else { "s" },
            pos.len() + nkw
        )));
    }
    if pos.len() > maxpos {
        return Err(error::type_error(format!(
            "{fname}() takes {} {maxpos} positional argument{} ({} given)",
            if required < maxpos {
                "at most"
            } else {
                "exactly"
            },
            if maxpos == 1 { "" } else { "s" },
            pos.len()
        )));
    }
    let mut out: [Option<Value>; N] = std::array::from_fn(|_| None);
    for (slot, v) in out.iter_mut().zip(pos) {
        *slot = Some(v.clone());
    }
    let mut used = 0;
    for (i, name) in names.iter().enumerate().skip(pos.len()) {
        if let Some((_, v)) = args.kwargs().find(|(k, _)| k == name) {
            out[i] = Some(v.clone());
            used += 1;
        } else if i < required {
            return Err(error::type_error(format!(
                "{fname}() missing required argument '{name}' (pos {})",
                i + 1
            )));
        }
    }
    if used < nkw {
        for (k, _) in args.kwargs() {
            if let Some(i) = names.iter().position(|n| *n == k) {
                if i < pos.len() {
                    return Err(error::type_error(format!(
                        "argument for {fname}() given by name ('{k}') and position ({})",
                        i + 1
                    )));
                }
            }
        }
        if let Some((k, _)) = args.kwargs().find(|(k, _)| !names.iter().any(|n| n == k)) {
            return Err(error::type_error(format!(
                "'{k}' is an invalid keyword argument for {fname}()"
            )));
        }
    }
    Ok(out)
}

/// A `Py_ssize_t` argument (`n` format): `__index__`, OverflowError when it does not fit.
pub(crate) fn ssize(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    weft_vm::objects::method_support::ssize_arg(vm, v).map(|n| n as i64)
}

/// `PyLong_AsSsize_t` on a state item: ints only, no `__index__`.
pub(crate) fn state_ssize(v: &Value) -> PyResult<i64> {
    if !int::is_int(v) {
        return Err(error::type_error("an integer is required"));
    }
    int::to_i64(v)
        .ok_or_else(|| error::overflow_error("Python int too large to convert to C ssize_t"))
}

/// `PyArg_ParseTuple(state, ...)` arity check, with its messages.
pub(crate) fn state_items(state: &Value, min: usize, max: usize) -> PyResult<&[Value]> {
    let items = tuple::as_tuple(state).ok_or_else(|| error::type_error("state is not a tuple"))?;
    if items.len() < min || items.len() > max {
        let (how, n) = if min == max {
            ("exactly", min)
        } else if items.len() < min {
            ("at least", min)
        } else {
            ("at most", max)
        };
        return Err(error::type_error(format!(
            "function takes {how} {n} argument{} ({} given)",
            if n == 1 { "" } else { "s" },
            items.len()
        )));
    }
    Ok(items)
}

/// The `i` format of `PyArg_ParseTuple`: `__index__`, an overflow past a C int.
pub(crate) fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    let b = protocols::index(vm, v)?;
    num_traits::ToPrimitive::to_i32(&b)
        .map(i64::from)
        .ok_or_else(|| {
            error::overflow_error(if b.sign() == num_bigint::Sign::Minus {
                "signed integer is less than minimum"
            } else {
                "signed integer is greater than maximum"
            })
        })
}

/// A vector of `n` items, or MemoryError when that cannot be allocated (never an abort).
pub(crate) fn alloc_vec<T>(n: usize) -> PyResult<Vec<T>> {
    let mut v = Vec::new();
    v.try_reserve_exact(n)
        .map_err(|_| error::PyErr::no_msg(&weft_vm::objects::types().memory_error))?;
    Ok(v)
}

fn iter_self(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let me = args.this()?;
    no_args(args, "__iter__")?;
    Ok(me.clone())
}

/// Registers `__iter__`, `__next__` and `more` on `ty`.
pub(crate) fn iterator_methods(ty: &ObjRef, next: NativeFn, more: &[(&'static str, NativeFn)]) {
    let mut all: Vec<(&'static str, NativeFn)> = vec![("__iter__", iter_self), ("__next__", next)];
    all.extend_from_slice(more);
    methods(ty, &all);
}

/// A method that takes nothing but its receiver (checked first on the common path: `__next__`
/// runs once per item).
pub(crate) fn no_args(args: &Args, name: &str) -> PyResult<()> {
    if args.all.len() == 1 && args.kwnames.is_empty() {
        return Ok(());
    }
    if args.has_kwargs() {
        return Err(error::type_error(format!(
            "wrapper {name}() takes no keyword arguments"
        )));
    }
    Err(error::type_error(format!(
        "expected 0 arguments, got {}",
        args.all.len().saturating_sub(1)
    )))
}

/// The arguments after the receiver of method `name` of `ty`, exactly `n` of them, with CPython's
/// messages: a slot wrapper's, or a method's named by its qualified name (`count.__reduce__`).
pub(crate) fn arity<'a>(
    args: &Args<'a>,
    ty: &ObjRef,
    name: &str,
    n: usize,
) -> PyResult<&'a [Value]> {
    if weft_vm::objects::method_support::is_slot_wrapper(name) {
        no_args(args, name)?;
        return Ok(&[]);
    }
    args.rest()
        .exact(&format!("{}.{name}", typeobj::qualname(ty)), n)
}

/// The end of an iteration as `__next__` reports it.
pub(crate) fn done(v: Option<Value>) -> PyResult<Value> {
    v.ok_or_else(|| error::stop_iteration(None))
}

/// Takes a value out of a cell for `clear`, leaving `NULL`.
pub(crate) fn take(c: &std::cell::RefCell<Value>, out: &mut Vec<Value>) {
    if let Ok(mut v) = c.try_borrow_mut() {
        out.push(std::mem::replace(&mut *v, Value::NULL));
    }
}

/// Visits a value held in a cell (skipped while it is borrowed).
pub(crate) fn visit(c: &std::cell::RefCell<Value>, f: &mut dyn FnMut(&Value)) {
    if let Ok(v) = c.try_borrow() {
        f(&v);
    }
}
