//! weft-pickling: a suspended computation is data (DESIGN.md invariants 4 and 7). The `__reduce__`
//! methods of code, functions, cells, frames, generators, tasklets, channels and greenlets, their
//! reconstructors (the `_weft_pickling` module, which pickles name), and the native checkpoint format.
//!
//! - `chain`: heap frames and frame chains as pickled data, checked when rebuilt.
//! - `code`, `function`, `generator`, `objects`: the reductions of the vm's types.
//! - `tasklet`, `greenlet`: tasklets and channels, greenlets.
//! - `globals`: namespaces pickle as their module.
//! - `instdict`: the attributes of native objects beside their state.
//! - `module`: `_weft_pickling`, the reconstructors.
//! - `errors`: `PicklingError` and `UnpicklingError`.
//! - `checkpoint`, `package`: the native checkpoint format, `weft.checkpoint`, and the `weft` package.
#![forbid(unsafe_code)]
mod chain;
mod checkpoint;
mod code;
mod errors;
mod function;
mod generator;
mod globals;
mod greenlet;
mod instdict;
mod module;
mod objects;
mod package;
mod tasklet;

use weft_vm::interp::Vm;
use weft_vm::objects::register::methods;
use weft_vm::objects::types;

/// Registers the crate's modules and reductions with the vm.
pub fn register(vm: &mut Vm) {
    vm.registry.add(module::NAME, module::init);
    let t = types();
    methods(&t.code, &[("__reduce__", code::reduce)]);
    methods(&t.function, &[("__reduce__", function::reduce)]);
    methods(
        &t.cell,
        &[
            ("__reduce__", function::reduce_cell),
            ("__setstate__", function::setstate_cell),
        ],
    );
    for ty in [&t.generator, &t.coroutine, &t.async_generator] {
        methods(
            ty,
            &[
                ("__reduce__", generator::reduce),
                ("__setstate__", generator::setstate),
            ],
        );
    }
    methods(&t.module, &[("__reduce__", objects::reduce_module)]);
    methods(&t.frame, &[("__reduce__", objects::reduce_frame)]);
    methods(&t.traceback, &[("__reduce__", objects::reduce_traceback)]);
    for ty in [&t.dict_keys, &t.dict_values, &t.dict_items] {
        methods(ty, &[("__reduce__", objects::reduce_dict_view)]);
    }
    tasklet::install();
    greenlet::install();
    // The native checkpoint format: `weft.checkpoint`, made by the `weft` package.
    vm.registry.add("weft", package::init);
    vm.registry.add("weft.checkpoint", checkpoint::init);
}
