//! weft-stdlib: the native modules of the standard library, registered with the vm's module registry and
//! built on first import.
mod array;
mod ast;
mod atexit;
mod binascii;
mod bisect;
mod buffer;
mod cmath;
mod codecs;
mod collections;
mod contextvars;
mod continuation;
mod convert;
mod errno;
mod faulthandler;
mod fcntl;
mod functools;
mod gcmod;
mod grp;
mod hashes;
mod heapq;
mod imp;
mod io;
mod itertools;
mod json;
mod locale;
mod marshal;
mod math;
mod multiprocessing;
mod operator;
mod pickle;
mod posix;
mod posixsubprocess;
mod pwd;
mod queue;
mod random;
mod select;
mod signal;
mod socket;
mod sre;
mod stat;
mod string;
mod struct_;
mod support;
mod thread;
mod time;
mod unicodedata;
mod warnings;
mod weakref;
mod weakref_proxy;
mod weakref_registry;
mod zlib;

use weft_vm::heap::{ObjRef, Value};
use weft_vm::interp::Vm;
use weft_vm::objects::builtin::{Builtin, BuiltinKind, NativeFn};

/// Registers every native module with `vm`, on the interpreter's main thread (the one that runs
/// signal handlers).
pub fn register(vm: &mut Vm) {
    signal::sys::set_interp_thread();
    vm.registry.add("gc", gcmod::init);
    vm.registry.add("itertools", itertools::init);
    vm.registry.add("_collections", collections::init);
    vm.registry.add("_heapq", heapq::init);
    vm.registry.add("_bisect", bisect::init);
    vm.registry.add("_functools", functools::init);
    vm.registry.add("_operator", operator::init);
    vm.registry.add("math", math::init);
    vm.registry.add("posix", posix::init);
    vm.registry.add("pwd", pwd::init);
    vm.registry.add("grp", grp::init);
    vm.registry.add("time", time::init);
    vm.registry.add("_weakref", weakref::init);
    io::install(vm);
    vm.registry.add("_codecs", codecs::init);
    vm.registry.add("_thread", thread::init);
    vm.registry.add("_queue", queue::init);
    vm.registry.add("_multiprocessing", multiprocessing::init);
    vm.registry.add("_signal", signal::init);
    vm.registry.add("errno", errno::init);
    vm.registry.add("atexit", atexit::init);
    vm.registry.add("_string", string::init);
    vm.registry.add("_stat", stat::init);
    vm.registry.add("_sre", sre::init);
    vm.registry.add("_struct", struct_::init);
    vm.registry.add("_imp", imp::init);
    vm.registry.add("_warnings", warnings::init);
    vm.registry.add("marshal", marshal::init);
    vm.registry.add("_md5", hashes::init_md5);
    vm.registry.add("_sha1", hashes::init_sha1);
    vm.registry.add("_sha256", hashes::init_sha256);
    vm.registry.add("_sha512", hashes::init_sha512);
    vm.registry.add("_sha3", hashes::init_sha3);
    vm.registry.add("_blake2", hashes::init_blake2);
    vm.registry.add("zlib", zlib::init);
    vm.registry.add("binascii", binascii::init);
    vm.registry.add("_ast", ast::init);
    ast::install();
    vm.registry.add("_posixsubprocess", posixsubprocess::init);
    vm.registry.add("select", select::init);
    vm.registry.add("_socket", socket::init);
    vm.registry.add("fcntl", fcntl::init);
    vm.registry.add("faulthandler", faulthandler::init);
    vm.registry.add("_random", random::init_module);
    vm.registry.add("cmath", cmath::init);
    vm.registry.add("_contextvars", contextvars::init);
    vm.registry.add("array", array::init);
    vm.registry.add("unicodedata", unicodedata::init);
    vm.registry.add("_json", json::init);
    vm.registry.add("_locale", locale::init);
    vm.registry.add("_pickle", pickle::init);
    vm.registry.add("_continuation", continuation::init);
    vm.registry.add_finisher(&continuation::FINISHER);
    // `sys.builtin_module_names` lists the registry too: `os.py` picks its platform by finding
    // `posix` there. As in CPython, a package's submodules are not listed.
    let mut names: Vec<&str> = vm
        .registry
        .modules
        .keys()
        .copied()
        .filter(|n| !n.contains('.'))
        .collect();
    names.extend(["builtins", "sys"]);
    names.sort_unstable();
    if let Some(d) = vm
        .sys
        .as_ref()
        .and_then(weft_vm::objects::module::module_dict)
    {
        let t = weft_vm::objects::tuple::new_tuple(
            names
                .into_iter()
                .map(weft_vm::objects::str::new_str)
                .collect(),
        );
        d.set_rs("builtin_module_names", t);
    }
}

/// What the interpreter does at exit, before its last finalisers: `threading`'s shutdown, then the
/// `atexit` functions.
pub fn at_exit(vm: &mut Vm) {
    thread::shutdown_threading(vm);
    atexit::run_exit_funcs(vm);
}

pub use signal::{exit_by_sigint, leave_signals_to_interpreter};

/// A module named `name` holding the given native functions.
pub(crate) fn module_with(name: &str, fns: &[(&'static str, NativeFn)]) -> ObjRef {
    let m = weft_vm::objects::module::new_module(name);
    for (n, f) in fns {
        add_function(&m, n, *f, None);
    }
    m
}

/// Adds a native function to module `m`. Its `__self__` is the module, as in CPython, which is
/// where `__module__` comes from (calls never pass it).
pub(crate) fn add_function(m: &ObjRef, name: &'static str, f: NativeFn, doc: Option<&'static str>) {
    let Some(d) = weft_vm::objects::module::module_dict(m) else {
        return;
    };
    let b = Builtin {
        name,
        func: f,
        kind: BuiltinKind::Function,
        self_: Some(Value::obj(m.clone())),
        owner: None,
        doc,
        needs_frame: false,
        recursion_ctx: "",
    };
    let ty = &weft_vm::objects::types().builtin_function;
    d.set_rs(name, Value::obj(weft_vm::heap::alloc(ty, b, None)));
}
