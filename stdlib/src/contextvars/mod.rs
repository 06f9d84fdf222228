//! The `_contextvars` module: `ContextVar`, `Token`, `Context` and `copy_context`. A context maps
//! variables to values; the thread's current one lives in `Vm::context`, made on first use.
//! `ContextVar.set` changes the current context's mapping in place, which is what CPython's
//! replace-the-immutable-map amounts to because every `Context` owns its mapping (`copy` copies it).
mod context;
mod token;
mod var;
mod views;

use std::sync::OnceLock;
use weft_vm::heap::{GilShared, ObjRef, Value};
use weft_vm::interp::error::PyResult;
use weft_vm::interp::Vm;
use weft_vm::objects::builtin::Args;
use weft_vm::objects::method_support::exact_named;
use weft_vm::objects::module::{module_dict, new_module};

struct Types {
    context: ObjRef,
    var: ObjRef,
    token: ObjRef,
    missing_type: ObjRef,
    keys: ObjRef,
    values: ObjRef,
    items: ObjRef,
    /// `Token.MISSING`, the `old_value` of a token whose variable had no value.
    missing: Value,
}

static TYPES: OnceLock<GilShared<Types>> = OnceLock::new();

fn types() -> &'static Types {
    &TYPES
        .get_or_init(|| {
            let native = crate::support::native_type;
            let missing_type = native("Token.MISSING", false);
            let missing = token::missing_singleton(&missing_type);
            let t = Types {
                context: native("_contextvars.Context", false),
                var: native("_contextvars.ContextVar", false),
                token: native("_contextvars.Token", false),
                missing_type,
                missing,
                keys: native("keys", false),
                values: native("values", false),
                items: native("items", false),
            };
            for ty in [&t.keys, &t.values, &t.items] {
                views::register(ty);
            }
            for ty in [&t.context, &t.var, &t.token] {
                crate::support::refuse_pickling(ty);
            }
            context::register(&t.context);
            var::register(&t.var);
            token::register(&t.token, &t.missing_type, &t.missing);
            GilShared(t)
        })
        .0
}

/// The thread's current context, made (empty) when there is none yet.
fn current(vm: &mut Vm) -> ObjRef {
    if let Some(c) = &vm.context {
        return c.clone();
    }
    let c = context::new_context(Vec::new());
    vm.context = Some(c.clone());
    c
}

/// `copy_context()`: a new context with the current one's variables.
fn copy_context(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    exact_named(args, 0, || "_contextvars.copy_context".into())?;
    let vars = match &vm.context {
        Some(c) => context::vars_of(c),
        None => Vec::new(),
    };
    Ok(Value::obj(context::new_context(vars)))
}

/// Builds the `_contextvars` module.
pub(crate) fn init(_vm: &mut Vm) -> PyResult<ObjRef> {
    let t = types();
    let m = new_module("_contextvars");
    crate::add_function(&m, "copy_context", copy_context, None);
    if let Some(d) = module_dict(&m) {
        d.set_rs("Context", Value::obj(t.context.clone()));
        d.set_rs("ContextVar", Value::obj(t.var.clone()));
        d.set_rs("Token", Value::obj(t.token.clone()));
        d.set_rs(
            "__doc__",
            weft_vm::objects::str::new_str("Context Variables"),
        );
    }
    Ok(m)
}
