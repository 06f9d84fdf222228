//! Struct sequences (`sys.version_info`, `sys.float_info`, `time.struct_time`, ...): tuples whose
//! first `n_sequence_fields` items also have names, and whose further fields are reachable by name
//! only. The class is written in Python (built once per type, at module creation): nothing here is
//! hot, and a tuple subclass in Python gets indexing, comparison and hashing from `tuple`.
//! A field named `""` is unnamed (CPython's `PyStructSequence_UnnamedField`, as in `os.stat_result`):
//! reachable by index only, and the repr names the visible fields from the named ones, as CPython does.
use crate::heap::Value;
use crate::interp::error::PyResult;
use crate::interp::{call, Vm};
use crate::objects::{dict, str as pystr, tuple};

const FACTORY: &str = r#"
def make(module, name, fields, n_seq):
    fields = tuple(fields)
    named = tuple(f for f in fields if f)
    n_unnamed = len(fields) - len(named)
    # A type without a dotted name (CPython's tp_name) is in builtins, and its repr says its bare name.
    qual = name if module == "builtins" else module + "." + name

    def __new__(cls, sequence, dict=None):
        seq = tuple(sequence)
        n = len(seq)
        if n < n_seq:
            if n_seq == len(fields):
                raise TypeError(f"{qual}() takes a {n_seq}-sequence ({n}-sequence given)")
            raise TypeError(f"{qual}() takes an at least {n_seq}-sequence ({n}-sequence given)")
        if n > len(fields):
            if n_seq == len(fields):
                raise TypeError(f"{qual}() takes a {n_seq}-sequence ({n}-sequence given)")
            raise TypeError(f"{qual}() takes an at most {len(fields)}-sequence ({n}-sequence given)")
        self = tuple.__new__(cls, seq[:n_seq])
        extra = list(seq[n_seq:])
        for f in fields[n_seq + len(extra):]:
            extra.append(None if dict is None else dict.get(f))
        object.__setattr__(self, "_extra", tuple(extra))
        return self

    def __repr__(self):
        return qual + "(" + ", ".join(f"{f}={v!r}" for f, v in zip(named, self)) + ")"

    def __setattr__(self, attr, value):
        # No instance attributes: fields are read-only and there is no room for others.
        if attr in named:
            raise AttributeError("readonly attribute")
        raise AttributeError(f"'{qual}' object has no attribute '{attr}'")

    def __reduce__(self):
        return (type(self), (tuple(self), dict(zip(named[n_seq - n_unnamed:], self._extra))))

    ns = {
        "__module__": module,
        "__new__": __new__,
        "__repr__": __repr__,
        "__setattr__": __setattr__,
        "__delattr__": lambda self, attr: __setattr__(self, attr, None),
        "__reduce__": __reduce__,
        "__match_args__": tuple(f for f in fields[:n_seq] if f),
        "n_sequence_fields": n_seq,
        "n_fields": len(fields),
        "n_unnamed_fields": n_unnamed,
    }
    for i, f in enumerate(fields):
        if not f:
            continue
        if i < n_seq:
            ns[f] = property(lambda self, i=i: tuple.__getitem__(self, i))
        else:
            ns[f] = property(lambda self, i=i - n_seq: self._extra[i])
    cls = type(name, (tuple,), ns)
    return cls
"#;

/// The factory function, compiled on first use: start-up makes several struct sequences
/// (`sys.flags`, `sys.version_info`, ...) and compiling the factory is most of their cost.
static FACTORY_FN: crate::heap::GilShared<std::cell::RefCell<Option<Value>>> =
    crate::heap::GilShared(std::cell::RefCell::new(None));

fn factory(vm: &mut Vm) -> PyResult<Value> {
    if let Some(f) = FACTORY_FN.with(|f| f.borrow().clone()) {
        return Ok(f);
    }
    let code = vm.compile_str(
        FACTORY,
        "<structseq>",
        crate::interp::compile::Mode::Exec,
        0,
    )?;
    let globals = dict::new_dict();
    vm.run_code(&code, globals.clone(), Value::obj(globals.clone()))?;
    let make = globals
        .downcast::<dict::Dict>()
        .and_then(|d| d.get_rs("make"))
        .unwrap_or(Value::NONE);
    FACTORY_FN.with(|f| *f.borrow_mut() = Some(make.clone()));
    Ok(make)
}

/// A new struct sequence type `module.name` with `fields`, the first `n_seq` of them indexable.
pub fn new_type(
    vm: &mut Vm,
    module: &str,
    name: &str,
    fields: &[&str],
    n_seq: usize,
) -> PyResult<Value> {
    let make = factory(vm)?;
    let names = tuple::new_tuple(fields.iter().map(|f| pystr::new_str(f)).collect());
    call::call_value(
        vm,
        &make,
        vec![
            pystr::new_str(module),
            pystr::new_str(name),
            names,
            crate::objects::int::from_i64(n_seq as i64),
        ],
    )
}

/// An instance of struct sequence type `ty` holding `values` (one per field).
pub fn new(vm: &mut Vm, ty: &Value, values: Vec<Value>) -> PyResult<Value> {
    call::call_value(vm, ty, vec![tuple::new_tuple(values)])
}
