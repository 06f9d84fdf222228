//! `ast.AST`, the base of every node class, and the creation of the classes from the node table.
//!
//! Like CPython's, the classes are heap types (made as `type(name, (base,), ns)` makes them) whose
//! instances keep their fields as ordinary attributes: `__init__` takes positional arguments by
//! `_fields` and keywords, and `__reduce__` rebuilds a node from its class and `__dict__`, which is
//! what `pickle`, `copy` and `deepcopy` use.
use super::nodes::{self, DEFS, POSITION, POSITIONED};
use super::Classes;
use weft_vm::heap::{ObjRef, Value};
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::{attr, ops, protocols, typecall, Vm};
use weft_vm::objects::builtin::Args;
use weft_vm::objects::register::methods;
use weft_vm::objects::typeobj;
use weft_vm::objects::{dict, instance, str as pystr, tuple, types};

/// A class named `name` deriving from `base`, with namespace `items`; immortal, as the module's
/// classes live as long as the process.
fn make_class(
    vm: &mut Vm,
    name: &str,
    base: &ObjRef,
    items: Vec<(&str, Value)>,
) -> PyResult<ObjRef> {
    let ns = dict::new_dict();
    if let Some(d) = dict::as_dict(&Value::obj(ns.clone())) {
        for (k, v) in items {
            d.set_rs(k, v);
        }
    }
    let cls = typecall::new_class(
        vm,
        &types().type_,
        name,
        vec![base.clone()],
        &Value::obj(ns),
        Vec::new(),
    )?;
    cls.make_immortal();
    Ok(cls)
}

fn str_tuple<'a>(names: impl Iterator<Item = &'a str>) -> Value {
    tuple::new_tuple(names.map(pystr::new_str).collect())
}

/// Makes `AST` and every class of the table, with `_fields`, `__match_args__`, `_attributes`, the
/// docs, and None as the class-level value of optional fields and end positions (as 3.11 does).
pub(super) fn make_classes(vm: &mut Vm) -> PyResult<Classes> {
    let empty = tuple::new_tuple(Vec::new());
    let ast = make_class(
        vm,
        "AST",
        &types().object,
        vec![
            ("__module__", pystr::new_str("ast")),
            ("_fields", empty.clone()),
            ("_attributes", empty.clone()),
            ("__match_args__", empty),
            ("__doc__", Value::NONE),
        ],
    )?;
    methods(&ast, &[("__init__", ast_init), ("__reduce__", ast_reduce)]);
    typeobj::invalidate_caches();
    let mut list: Vec<ObjRef> = Vec::with_capacity(DEFS.len());
    let mut fields = Vec::with_capacity(DEFS.len());
    let mut singletons = Vec::with_capacity(DEFS.len());
    for (i, def) in DEFS.iter().enumerate() {
        let base = match DEFS.iter().position(|d| d.name == def.base) {
            Some(b) => list[b].clone(),
            None => ast.clone(),
        };
        let names = str_tuple(def.fields().map(|f| f.1));
        let mut items = vec![
            ("_fields", names.clone()),
            ("__match_args__", names),
            ("__module__", pystr::new_str("ast")),
            ("__doc__", pystr::new_string(nodes::doc(i))),
        ];
        for (ty, name) in def.fields() {
            if ty.ends_with('?') {
                items.push((name, Value::NONE));
            }
        }
        if POSITIONED.contains(&def.name) {
            items.push(("_attributes", str_tuple(POSITION.iter().copied())));
            // A pattern's end position is required (`int end_lineno`), the others' optional.
            if def.name != "pattern" {
                items.push(("end_lineno", Value::NONE));
                items.push(("end_col_offset", Value::NONE));
            }
        }
        let cls = make_class(vm, def.name, &base, items)?;
        let simple = def.fields.is_empty() && !nodes::is_abstract(i) && def.base != "stmt";
        singletons.push(simple.then(|| {
            let o = typecall::new_instance(&cls);
            o.make_immortal();
            Value::obj(o)
        }));
        fields.push(def.fields().map(|f| pystr::intern(f.1)).collect());
        list.push(cls);
    }
    Ok(Classes {
        ast,
        list,
        fields,
        position: POSITION.map(pystr::intern),
        singletons,
    })
}

/// `AST.__init__(self, *args, **kwargs)`: positional arguments fill `_fields` in order, keywords
/// set any attribute.
fn ast_init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = receiver(vm, args, "__init__", true)?;
    let ty = ops::a_type(&this);
    let fields = match attr::getattr_opt(vm, &Value::obj(ty.clone()), "_fields")? {
        Some(f) => protocols::iterate(vm, &f)?,
        None => Vec::new(),
    };
    let rest = args.rest();
    let pos = rest.positional();
    if pos.len() > fields.len() {
        return Err(error::type_error(format!(
            "{} constructor takes at most {} positional argument{}",
            typeobj::type_name(&ty),
            fields.len(),
            if fields.len() == 1 { "" } else { "s" }
        )));
    }
    for (name, v) in fields.iter().zip(pos) {
        let Some(name) = pystr::as_str(name) else {
            return Err(error::type_error(format!(
                "attribute name must be string, not '{}'",
                ops::type_name_of(name)
            )));
        };
        attr::setattr(vm, &this, name, v.clone())?;
    }
    for (key, v) in rest.kwargs() {
        let p = fields.iter().position(|f| pystr::as_str(f) == Some(key));
        if p.is_some_and(|p| p < pos.len()) {
            return Err(error::type_error(format!(
                "{} got multiple values for argument '{key}'",
                typeobj::type_name(&ty)
            )));
        }
        attr::setattr(vm, &this, key, v.clone())?;
    }
    Ok(Value::NONE)
}

/// `AST.__reduce__(self)`: `(type(self), (), self.__dict__)`.
fn ast_reduce(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let this = &receiver(vm, args, "__reduce__", false)?;
    let ty = Value::obj(ops::a_type(this));
    let empty = tuple::new_tuple(Vec::new());
    let d = match this.as_obj().and_then(instance::dict_of) {
        Some(d) => Some(Value::obj(d)),
        None => attr::getattr_opt(vm, this, "__dict__")?,
    };
    Ok(tuple::new_tuple(match d {
        Some(d) => vec![ty, empty, d],
        None => vec![ty, empty],
    }))
}

/// `self` of an `AST` method, with CPython's error for another object (`__init__` is a slot
/// wrapper, `__reduce__` a method).
fn receiver(vm: &mut Vm, args: &Args, name: &str, slot: bool) -> PyResult<Value> {
    let this = args.this()?;
    let ast = &super::classes(vm)?.ast;
    if typeobj::is_subtype(&ops::a_type(this), ast) {
        return Ok(this.clone());
    }
    let other = ops::type_name_of(this);
    Err(error::type_error(if slot {
        format!("descriptor '{name}' requires a 'ast.AST' object but received a '{other}'")
    } else {
        format!("descriptor '{name}' for 'ast.AST' objects doesn't apply to a '{other}' object")
    }))
}
