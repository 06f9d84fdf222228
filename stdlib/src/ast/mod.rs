//! The `_ast` module: the node classes of 3.11's ASDL (made from the table in `nodes`), and the
//! converters `compile()` reaches through the vm's [`AstHook`]: a parsed tree to Python nodes
//! (`to_py`, for `ast.parse`) and Python nodes back to a checked tree (`from_py` and `validate`, for
//! `compile(tree, ...)`).
//!
//! The converters live here rather than in the vm because the classes do: the vm only learns
//! "is this an AST, and how do I convert it" through the hook, so `compile()` of source pays one
//! pointer check and the eval loop nothing.
mod base;
mod from_py;
mod nodes;
mod to_py;
mod validate;

use std::sync::OnceLock;
use weft_vm::heap::{GilShared, ObjRef, Value};
use weft_vm::interp::ast_hook::{self, AstHook};
use weft_vm::interp::error::PyResult;
use weft_vm::interp::Vm;
use weft_vm::objects::typeobj;
use weft_vm::objects::{int, module};

pub(crate) use nodes::N;

/// The classes, created once per process, indexed by [`N`]; `singletons` holds the one instance
/// `ast.parse` uses for each field-less class (`Load()`, `Add()`).
pub(crate) struct Classes {
    pub ast: ObjRef,
    pub list: Vec<ObjRef>,
    /// The interned names of each class's fields, in `_fields` order.
    pub fields: Vec<Vec<ObjRef>>,
    /// The interned names of the position attributes.
    pub position: [ObjRef; 4],
    pub singletons: Vec<Option<Value>>,
}

impl Classes {
    pub fn cls(&self, n: N) -> &ObjRef {
        &self.list[n as usize]
    }

    pub fn singleton(&self, n: N) -> Value {
        self.singletons[n as usize].clone().unwrap_or(Value::NONE)
    }

    /// Whether `v` is an instance of class `n` (or of a subclass).
    pub fn is(&self, v: &Value, n: N) -> bool {
        typeobj::is_subtype(&weft_vm::interp::ops::a_type(v), self.cls(n))
    }
}

static CLASSES: OnceLock<GilShared<Classes>> = OnceLock::new();

/// The classes, made on first use (by `import _ast` or by `compile(..., PyCF_ONLY_AST)`).
pub(crate) fn classes(vm: &mut Vm) -> PyResult<&'static Classes> {
    if let Some(c) = CLASSES.get() {
        return Ok(&c.0);
    }
    let c = base::make_classes(vm)?;
    let _ = CLASSES.set(GilShared(c));
    Ok(&CLASSES.get().expect("set above").0)
}

fn is_ast(v: &Value) -> bool {
    CLASSES
        .get()
        .is_some_and(|c| typeobj::is_subtype(&weft_vm::interp::ops::a_type(v), &c.0.ast))
}

/// Registers the converters with the vm's `compile()`.
pub(crate) fn install() {
    ast_hook::set_ast_hook(AstHook {
        is_ast,
        to_py: to_py::convert,
        from_py: from_py::convert,
    });
}

/// Builds the `_ast` module.
pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let c = classes(vm)?;
    let m = module::new_module("_ast");
    let Some(d) = module::module_dict(&m) else {
        return Ok(m);
    };
    d.set_rs("AST", Value::obj(c.ast.clone()));
    for (def, cls) in nodes::DEFS.iter().zip(&c.list) {
        d.set_rs(def.name, Value::obj(cls.clone()));
    }
    for (name, v) in [
        ("PyCF_ONLY_AST", ast_hook::PYCF_ONLY_AST),
        ("PyCF_TYPE_COMMENTS", 0x1000),
        ("PyCF_ALLOW_TOP_LEVEL_AWAIT", 0x2000),
    ] {
        d.set_rs(name, int::from_i64(i64::from(v)));
    }
    Ok(m)
}
