//! `_weft_pickling`: the reconstructors that weft's reductions name, so a pickle made by one weft
//! process loads in another.
use weft_vm::heap::{ObjRef, Value};
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::{attr, import, Vm};
use weft_vm::objects::builtin::{Builtin, BuiltinKind, NativeFn};
use weft_vm::objects::module;

pub const NAME: &str = "_weft_pickling";

/// The module's functions.
const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("code", crate::code::rebuild),
    ("function", crate::function::rebuild),
    ("cell", crate::function::rebuild_cell),
    ("generator", crate::generator::rebuild),
    ("module", crate::objects::rebuild_module),
    ("frame", crate::objects::rebuild_frame),
    ("traceback", crate::objects::rebuild_traceback),
    ("dict_view", crate::objects::rebuild_dict_view),
    ("main_greenlet", crate::greenlet::rebuild_main),
];

pub fn init(_vm: &mut Vm) -> PyResult<ObjRef> {
    let m = module::new_module(NAME);
    if let Some(d) = module::module_dict(&m) {
        for (name, func) in FUNCTIONS {
            // Bound to the module, so pickle names them `_weft_pickling.<name>`.
            let b = Builtin {
                name,
                func: *func,
                kind: BuiltinKind::Function,
                self_: Some(Value::obj(m.clone())),
                owner: None,
                doc: None,
                needs_frame: false,
                recursion_ctx: "",
            };
            let ty = &weft_vm::objects::types().builtin_function;
            d.set_rs(name, Value::obj(weft_vm::heap::alloc(ty, b, None)));
        }
    }
    Ok(m)
}

/// The reconstructor `name` of `_weft_pickling`, as a reduction names it.
pub fn reconstructor(vm: &mut Vm, name: &str) -> PyResult<Value> {
    let m = import::import_abs(vm, NAME)?;
    let f = attr::getattr(vm, &m, name)?;
    if f.is_null() {
        return Err(error::system_error("lost a reconstructor"));
    }
    Ok(f)
}
