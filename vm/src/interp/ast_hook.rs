//! The bridge between `compile()` and the `_ast` module (`weft-stdlib`), which owns the node classes:
//! it registers an [`AstHook`] so that `compile(..., PyCF_ONLY_AST)` returns Python nodes and
//! `compile(tree, ...)` compiles them, without the vm knowing the classes. Until `_ast` registers
//! itself no AST object can exist, and `compile()` takes only source and code.
use crate::heap::Value;
use crate::interp::error::PyResult;
use crate::interp::Vm;
use weft_parser::{ast::Mod, Mode};

/// `compile()`'s flag for "return the AST" (`ast.PyCF_ONLY_AST`).
pub const PYCF_ONLY_AST: u32 = 0x400;

/// The `_ast` module's converters.
pub struct AstHook {
    /// Whether `v` is an instance of `_ast.AST` (a tree `compile()` should compile).
    pub is_ast: fn(&Value) -> bool,
    /// A parsed tree as Python node objects.
    pub to_py: fn(&mut Vm, &Mod) -> PyResult<Value>,
    /// A tree of Python node objects as the compiler's AST, checked as CPython's `PyAST_obj2mod` and
    /// `_PyAST_Validate` check it.
    pub from_py: fn(&mut Vm, &Value, Mode) -> PyResult<Mod>,
}

static HOOK: std::sync::OnceLock<AstHook> = std::sync::OnceLock::new();

/// Installs the `_ast` module's converters (once per process).
pub fn set_ast_hook(hook: AstHook) {
    let _ = HOOK.set(hook);
}

/// The converters, if `v` is an AST node.
pub fn ast_of(v: &Value) -> Option<&'static AstHook> {
    HOOK.get().filter(|h| (h.is_ast)(v))
}

/// The converters, for turning a parsed tree into Python nodes.
pub fn hook() -> Option<&'static AstHook> {
    HOOK.get()
}
