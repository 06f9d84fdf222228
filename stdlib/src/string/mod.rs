//! The `_string` module: `formatter_parser` and `formatter_field_name_split`, which
//! `string.Formatter` builds on. The parsing is in `parse`; the iterators here hand out its results.
mod parse;

use parse::Key;
use std::cell::{Cell, RefCell};
use std::sync::OnceLock;
use weft_vm::heap::{GilShared, ObjRef, Value};
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::{ops, Vm};
use weft_vm::objects::builtin::Args;
use weft_vm::objects::method_support::alloc_instance;
use weft_vm::objects::native::{NativeObj, Traverse};
use weft_vm::objects::register::methods;
use weft_vm::objects::{int, str as pystr, tuple};

/// The items still to hand out, then the `ValueError` message that ends the iteration, if any.
struct ChunkIter {
    items: RefCell<std::vec::IntoIter<Value>>,
    error: Cell<Option<&'static str>>,
}

impl Traverse for ChunkIter {
    fn traverse(&self, f: &mut dyn FnMut(&Value)) {
        if let Ok(items) = self.items.try_borrow() {
            items.as_slice().iter().for_each(f);
        }
    }
    fn clear(&self, out: &mut Vec<Value>) {
        if let Ok(mut items) = self.items.try_borrow_mut() {
            out.extend(items.by_ref());
        }
    }
}

struct Types {
    formatter: ObjRef,
    fieldname: ObjRef,
}

static TYPES: OnceLock<GilShared<Types>> = OnceLock::new();

fn types() -> &'static Types {
    &TYPES.get().expect("_string types made at import").0
}

fn new_iter(ty: &ObjRef, items: Vec<Value>, error: Option<&'static str>) -> Value {
    Value::obj(alloc_instance(
        ty,
        NativeObj::traced(ChunkIter {
            items: RefCell::new(items.into_iter()),
            error: Cell::new(error),
        }),
    ))
}

fn next(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = args.this()?;
    let Some(it) = crate::support::payload::<ChunkIter>(v) else {
        return Err(error::type_error("expected a _string iterator"));
    };
    if let Some(x) = it.items.borrow_mut().next() {
        return Ok(x);
    }
    match it.error.take() {
        Some(msg) => Err(error::value_error(msg)),
        None => Err(error::stop_iteration(None)),
    }
}

fn iter(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(args.this()?.clone())
}

fn str_arg<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a str> {
    let a = args.exact(name, 1)?;
    pystr::as_str(&a[0])
        .ok_or_else(|| error::type_error(format!("expected str, got {}", ops::type_name_of(&a[0]))))
}

fn opt_str(s: Option<String>) -> Value {
    s.map_or(Value::NONE, pystr::new_string)
}

fn formatter_parser(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = str_arg(args, "formatter_parser")?;
    let (chunks, err) = parse::markup(s);
    let items = chunks
        .into_iter()
        .map(|c| {
            let (name, spec, conv) = match c.field {
                Some(f) => (
                    Some(f.name),
                    Some(f.spec),
                    f.conversion.map(|ch| ch.to_string()),
                ),
                None => (None, None, None),
            };
            tuple::new_tuple(vec![
                pystr::new_string(c.literal),
                opt_str(name),
                opt_str(spec),
                opt_str(conv),
            ])
        })
        .collect();
    Ok(new_iter(&types().formatter, items, err))
}

fn key_value(k: Key) -> Value {
    match k {
        Key::Index(n) => int::from_big(n),
        Key::Name(s) => pystr::new_string(s),
    }
}

fn formatter_field_name_split(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = str_arg(args, "formatter_field_name_split")?;
    let (first, rest, err) = parse::field_name(s);
    let items = rest
        .into_iter()
        .map(|(attr, k)| tuple::new_tuple(vec![Value::bool(attr), key_value(k)]))
        .collect();
    Ok(tuple::new_tuple(vec![
        key_value(first),
        new_iter(&types().fieldname, items, err),
    ]))
}

/// Builds the `_string` module.
pub fn init(_vm: &mut Vm) -> PyResult<ObjRef> {
    if TYPES.get().is_none() {
        let t = Types {
            formatter: crate::support::native_type("formatteriterator", false),
            fieldname: crate::support::native_type("fieldnameiterator", false),
        };
        for ty in [&t.formatter, &t.fieldname] {
            methods(ty, &[("__next__", next), ("__iter__", iter)]);
        }
        let _ = TYPES.set(GilShared(t));
    }
    Ok(crate::module_with(
        "_string",
        &[
            ("formatter_parser", formatter_parser),
            ("formatter_field_name_split", formatter_field_name_split),
        ],
    ))
}
