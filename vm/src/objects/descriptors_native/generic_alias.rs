//! `types.GenericAlias` (PEP 585): `list[int]` remembers its origin and arguments, forwards most attribute
//! lookups to the origin, and substitutes type variables when subscripted again.
use super::{as_generic_alias, generic_alias, generic_alias_iter, starred_alias};
use crate::heap::Value;
use crate::interp::error::{self, PyResult};
use crate::interp::ops::type_name_of;
use crate::interp::{attr, call, ops, protocols, Vm};
use crate::objects::builtin::Args;
use crate::objects::typeobj::{self, tdata, tflag};
use crate::objects::{str as pystr, tuple, types};

/// Attributes answered by the alias itself; every other name is looked up on the origin (`ga_getattro`).
const OWN_ATTRS: &[&str] = &[
    "__class__",
    "__origin__",
    "__args__",
    "__unpacked__",
    "__parameters__",
    "__typing_unpacked_tuple_args__",
    "__mro_entries__",
    "__reduce_ex__",
    "__reduce__",
    "__copy__",
    "__deepcopy__",
];

fn this(args: &Args) -> PyResult<(Value, Value, bool)> {
    let v = args.this()?;
    match as_generic_alias(v) {
        Some(g) => Ok((g.origin.clone(), g.args.clone(), g.starred)),
        None => Err(error::type_error(format!(
            "descriptor requires a 'types.GenericAlias' object but received a '{}'",
            type_name_of(v)
        ))),
    }
}

/// How an argument is written inside `X[...]`: types by qualified name, `...`, aliases by repr.
pub fn ga_repr_item(vm: &mut Vm, p: &Value) -> PyResult<String> {
    if p.as_obj().is_some_and(|o| o.is(&types().ellipsis)) {
        return Ok("...".to_string());
    }
    if attr::getattr_opt(vm, p, "__origin__")?.is_some()
        && attr::getattr_opt(vm, p, "__args__")?.is_some()
    {
        return protocols::repr_string(vm, p);
    }
    let Some(qualname) = attr::getattr_opt(vm, p, "__qualname__")? else {
        return protocols::repr_string(vm, p);
    };
    let module = attr::getattr_opt(vm, p, "__module__")?;
    match module {
        Some(m) if !m.is_none() => {
            let q = protocols::str_string(vm, &qualname)?;
            let m = protocols::str_string(vm, &m)?;
            Ok(if m == "builtins" {
                q
            } else {
                format!("{m}.{q}")
            })
        }
        _ => protocols::repr_string(vm, p),
    }
}

fn alias_repr(vm: &mut Vm, origin: &Value, targs: &Value, starred: bool) -> PyResult<String> {
    let mut s = if starred {
        "*".to_string()
    } else {
        String::new()
    };
    s.push_str(&ga_repr_item(vm, origin)?);
    s.push('[');
    let items = tuple::as_tuple(targs).unwrap_or(&[]).to_vec();
    if items.is_empty() {
        s.push_str("()");
    }
    for (i, a) in items.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        s.push_str(&ga_repr_item(vm, a)?);
    }
    s.push(']');
    Ok(s)
}

fn repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (origin, targs, starred) = this(args)?;
    Ok(pystr::new_string(alias_repr(vm, &origin, &targs, starred)?))
}

/// `_Py_make_parameters`: the type variables among the arguments, in order, without repeats.
pub fn parameters(vm: &mut Vm, targs: &Value) -> PyResult<Vec<Value>> {
    let mut out: Vec<Value> = Vec::new();
    let items = tuple::as_tuple(targs).unwrap_or(&[]).to_vec();
    for t in &items {
        if typeobj::as_type(t).is_some() {
            continue;
        }
        if attr::getattr_opt(vm, t, "__typing_subst__")?.is_some() {
            if !out.iter().any(|o| o.bits() == t.bits()) {
                out.push(t.clone());
            }
            continue;
        }
        if let Some(sub) = attr::getattr_opt(vm, t, "__parameters__")? {
            for p in tuple::as_tuple(&sub).unwrap_or(&[]) {
                if !out.iter().any(|o| o.bits() == p.bits()) {
                    out.push(p.clone());
                }
            }
        }
    }
    Ok(out)
}

fn get_origin(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(as_generic_alias(v)
        .map(|g| g.origin.clone())
        .unwrap_or(Value::NONE))
}

fn get_args(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(as_generic_alias(v)
        .map(|g| g.args.clone())
        .unwrap_or(Value::NONE))
}

fn get_parameters(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let targs = as_generic_alias(v)
        .map(|g| g.args.clone())
        .unwrap_or(Value::NONE);
    Ok(tuple::new_tuple(parameters(vm, &targs)?))
}

fn get_unpacked(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::bool(as_generic_alias(v).is_some_and(|g| g.starred)))
}

/// The arguments of a starred `tuple` alias (`*tuple[int, str]`), else None.
fn unpacked_tuple_args(v: &Value) -> Option<Value> {
    let g = as_generic_alias(v)?;
    let is_tuple = g.origin.as_obj().is_some_and(|o| o.is(&types().tuple));
    (g.starred && is_tuple).then(|| g.args.clone())
}

fn get_unpacked_tuple_args(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(unpacked_tuple_args(v).unwrap_or(Value::NONE))
}

fn new(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if args.has_kwargs() {
        return Err(error::type_error(
            "GenericAlias() takes no keyword arguments",
        ));
    }
    let cls = crate::objects::method_support::new_cls(args, &types().generic_alias)?;
    let a = args.rest();
    let a = a.range("GenericAlias", 2, 2)?;
    let alias = generic_alias(a[0].clone(), a[1].clone());
    if cls.is(&types().generic_alias) {
        return Ok(alias);
    }
    // A subclass (`_collections_abc._CallableGenericAlias`): the same payload in an instance of `cls`.
    let Some(g) = as_generic_alias(&alias) else {
        return Err(error::system_error("GenericAlias without its payload"));
    };
    let payload = super::GenericAlias {
        origin: g.origin.clone(),
        args: g.args.clone(),
        starred: false,
    };
    Ok(Value::obj(crate::objects::method_support::alloc_instance(
        cls,
        crate::objects::native::NativeObj::new(payload),
    )))
}

/// `alias[items]`: substitutes the alias's type variables; a starred alias stays starred.
fn getitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("__getitem__", 2)?;
    let (origin, targs, starred) = this(args)?;
    let out = subs_parameters(vm, &a[0], &targs, &a[1])?;
    Ok(starred_alias(origin, tuple::new_tuple(out), starred))
}

/// `_Py_subs_parameters`: the arguments `targs` of `this` (an alias or a union) with its type variables
/// replaced by the subscript `item`.
pub fn subs_parameters(
    vm: &mut Vm,
    this: &Value,
    targs: &Value,
    item: &Value,
) -> PyResult<Vec<Value>> {
    let params = parameters(vm, targs)?;
    if params.is_empty() {
        let r = protocols::repr_string(vm, this)?;
        return Err(error::type_error(format!("{r} is not a generic class")));
    }
    let mut item = tuple::new_tuple(unpack_args(vm, item)?);
    for p in &params {
        let Some(prepare) = attr::getattr_opt(vm, p, "__typing_prepare_subst__")? else {
            continue;
        };
        if prepare.is_none() {
            continue;
        }
        let packed = match tuple::as_tuple(&item) {
            Some(_) => item.clone(),
            None => tuple::new_tuple(vec![item.clone()]),
        };
        item = call::call_value(vm, &prepare, vec![this.clone(), packed])?;
    }
    let items: Vec<Value> = match tuple::as_tuple(&item) {
        Some(t) => t.to_vec(),
        None => vec![item],
    };
    if items.len() != params.len() {
        let r = protocols::repr_string(vm, this)?;
        return Err(error::type_error(format!(
            "Too {} arguments for {r}; actual {}, expected {}",
            if items.len() > params.len() {
                "many"
            } else {
                "few"
            },
            items.len(),
            params.len()
        )));
    }
    let mut out = Vec::new();
    for arg in tuple::as_tuple(targs).unwrap_or(&[]).to_vec() {
        if typeobj::as_type(&arg).is_some() {
            out.push(arg);
            continue;
        }
        let unpack = match attr::getattr_opt(vm, &arg, "__typing_is_unpacked_typevartuple__")? {
            Some(v) => ops::truthy(vm, &v)?,
            None => false,
        };
        let new = match attr::getattr_opt(vm, &arg, "__typing_subst__")? {
            Some(subst) => {
                let i = position(&params, &arg).unwrap_or(0);
                call::call_value(vm, &subst, vec![items[i].clone()])?
            }
            None => subs_tvars(vm, arg, &params, &items)?,
        };
        match tuple::as_tuple(&new) {
            Some(t) if unpack => out.extend(t.iter().cloned()),
            _ => out.push(new),
        }
    }
    Ok(out)
}

fn position(params: &[Value], v: &Value) -> Option<usize> {
    params.iter().position(|p| p.bits() == v.bits())
}

/// `_unpack_args`: the subscript's items, with each unpacked fixed-length tuple (`*tuple[int, str]`)
/// spliced in; `*tuple[int, ...]` stays whole.
fn unpack_args(vm: &mut Vm, item: &Value) -> PyResult<Vec<Value>> {
    let items: Vec<Value> = match tuple::as_tuple(item) {
        Some(t) => t.to_vec(),
        None => vec![item.clone()],
    };
    let mut out = Vec::with_capacity(items.len());
    for it in items {
        if typeobj::as_type(&it).is_none() {
            let sub = match unpacked_tuple_args(&it) {
                Some(a) => Some(a),
                None => attr::getattr_opt(vm, &it, "__typing_unpacked_tuple_args__")?
                    .filter(|a| !a.is_none()),
            };
            if let Some(t) = sub.as_ref().and_then(tuple::as_tuple) {
                let open = t
                    .last()
                    .is_some_and(|l| l.as_obj().is_some_and(|o| o.is(&types().ellipsis)));
                if !open {
                    out.extend(t.iter().cloned());
                    continue;
                }
            }
        }
        out.push(it);
    }
    Ok(out)
}

/// `subs_tvars`: `obj[...]` with each of its own parameters replaced by its substitute (a
/// TypeVarTuple's tuple of substitutes spliced in); `obj` itself when it has no parameters.
fn subs_tvars(vm: &mut Vm, obj: Value, params: &[Value], items: &[Value]) -> PyResult<Value> {
    let sub = attr::getattr_opt(vm, &obj, "__parameters__")?;
    let subparams = sub
        .as_ref()
        .and_then(tuple::as_tuple)
        .map(|t| t.to_vec())
        .unwrap_or_default();
    if subparams.is_empty() {
        return Ok(obj);
    }
    let mut subargs = Vec::with_capacity(subparams.len());
    for p in subparams {
        let Some(i) = position(params, &p) else {
            subargs.push(p);
            continue;
        };
        let is_tvt = typeobj::lookup_str(&ops::a_type(&params[i]), "__iter__").is_some();
        match tuple::as_tuple(&items[i]) {
            Some(t) if is_tvt => subargs.extend(t.iter().cloned()),
            _ => subargs.push(items[i].clone()),
        }
    }
    let flow = protocols::getitem(vm, obj, tuple::new_tuple(subargs))?;
    call::run_flow(vm, flow)
}

fn eq_impl(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Option<bool>> {
    let a = args.exact(name, 2)?;
    let (Some(x), Some(y)) = (as_generic_alias(&a[0]), as_generic_alias(&a[1])) else {
        return Ok(None);
    };
    if x.starred != y.starred {
        return Ok(Some(false));
    }
    let (xo, xa, yo, ya) = (
        x.origin.clone(),
        x.args.clone(),
        y.origin.clone(),
        y.args.clone(),
    );
    Ok(Some(
        ops::eq_bool(vm, &xo, &yo)? && ops::eq_bool(vm, &xa, &ya)?,
    ))
}

fn eq(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(match eq_impl(vm, args, "__eq__")? {
        Some(b) => Value::bool(b),
        None => Value::obj(types().not_implemented.clone()),
    })
}

fn ne(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(match eq_impl(vm, args, "__ne__")? {
        Some(b) => Value::bool(!b),
        None => Value::obj(types().not_implemented.clone()),
    })
}

fn hash(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (origin, targs, _) = this(args)?;
    let h = ops::hash(vm, &origin)? ^ ops::hash(vm, &targs)?;
    Ok(crate::objects::int::from_i64(if h == -1 { -2 } else { h }))
}

/// Calls the origin, then records the alias on the result as `__orig_class__` when the result allows it.
fn call(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (origin, _, _) = this(args)?;
    let rest = args.rest();
    let pos = rest.positional().to_vec();
    let kw: Vec<(&str, Value)> = rest.kwargs().map(|(k, v)| (k, v.clone())).collect();
    let r = call::call_value_kw(vm, &origin, pos, kw)?;
    let alias = args.this()?.clone();
    if let Err(e) = attr::setattr(vm, &r, "__orig_class__", alias) {
        let t = types();
        if !crate::interp::exc::matches_type(&e, &t.attribute_error)
            && !crate::interp::exc::matches_type(&e, &t.type_error)
        {
            return Err(e);
        }
    }
    Ok(r)
}

fn mro_entries(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("__mro_entries__", 2)?;
    let (origin, _, _) = this(args)?;
    Ok(tuple::new_tuple(vec![origin]))
}

fn instancecheck(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Err(error::type_error(
        "isinstance() argument 2 cannot be a parameterized generic",
    ))
}

fn subclasscheck(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Err(error::type_error(
        "issubclass() argument 2 cannot be a parameterized generic",
    ))
}

/// `(GenericAlias, (origin, args))`; a starred alias is `next(iter(origin[args]))`.
fn reduce(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (origin, targs, starred) = this(args)?;
    if starred {
        let next_fn = attr::getattr(vm, &Value::obj(vm.builtins_module()), "next")?;
        let it = generic_alias_iter::new_iter(starred_alias(origin, targs, false));
        return Ok(tuple::new_tuple(vec![next_fn, tuple::new_tuple(vec![it])]));
    }
    Ok(tuple::new_tuple(vec![
        Value::obj(crate::interp::ops::a_type(args.this()?)),
        tuple::new_tuple(vec![origin, targs]),
    ]))
}

fn or(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("__or__", 2)?;
    crate::interp::union::make_union(vm, &a[0], &a[1])
}

fn ror(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("__ror__", 2)?;
    crate::interp::union::make_union(vm, &a[1], &a[0])
}

fn iter(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(generic_alias_iter::new_iter(args.this()?.clone()))
}

fn getattribute(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("__getattribute__", 2)?;
    let Some(name) = pystr::as_str(&a[1]) else {
        return Err(error::type_error(format!(
            "attribute name must be string, not '{}'",
            type_name_of(&a[1])
        )));
    };
    if !OWN_ATTRS.contains(&name) {
        let (origin, _, _) = this(args)?;
        return attr::getattr(vm, &origin, name);
    }
    let n = pystr::intern(name);
    match attr::generic_getattr(vm, &a[0], &n)? {
        Some(f) => call::run_flow(vm, f),
        None => Err(attr::no_attribute(&a[0], &n)),
    }
}

fn dir(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (origin, _, _) = this(args)?;
    // `dir(origin)`: a class's `__dir__` is the unbound `object.__dir__`, so the builtin decides.
    let d = attr::getattr(vm, &Value::obj(vm.builtins_module()), "dir")?;
    let names = call::call_value(vm, &d, vec![origin])?;
    let mut items = protocols::iterate(vm, &names)?;
    for n in OWN_ATTRS {
        let v = pystr::new_str(n);
        let mut present = false;
        for x in &items {
            if ops::eq_bool(vm, x, &v)? {
                present = true;
                break;
            }
        }
        if !present {
            items.push(v);
        }
    }
    Ok(crate::objects::list::new_list(items))
}

pub(super) fn register() {
    use crate::objects::register::*;
    let t = &types().generic_alias;
    statics(t, &[("__new__", new)]);
    methods(
        t,
        &[
            ("__repr__", repr),
            ("__getitem__", getitem),
            ("__eq__", eq),
            ("__ne__", ne),
            ("__hash__", hash),
            ("__call__", call),
            ("__mro_entries__", mro_entries),
            ("__instancecheck__", instancecheck),
            ("__subclasscheck__", subclasscheck),
            ("__reduce__", reduce),
            ("__or__", or),
            ("__ror__", ror),
            ("__getattribute__", getattribute),
            ("__dir__", dir),
            ("__iter__", iter),
        ],
    );
    generic_alias_iter::register();
    getsets(
        t,
        &[
            ("__origin__", get_origin, None),
            ("__args__", get_args, None),
            ("__parameters__", get_parameters, None),
            ("__unpacked__", get_unpacked, None),
            (
                "__typing_unpacked_tuple_args__",
                get_unpacked_tuple_args,
                None,
            ),
        ],
    );
    // Operators (`==`, `hash`, `|`) must reach the methods above, not the builtin identity fast paths.
    tdata(t).set(tflag::CUSTOM_GETATTRIBUTE | tflag::USER_SPECIALS, true);
}
