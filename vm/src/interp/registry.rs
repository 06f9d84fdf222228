//! The hooks other crates plug into: native module constructors, looked up by `import`.
use crate::heap::ObjRef;
use crate::interp::error::PyResult;
use crate::interp::Vm;
use std::collections::HashMap;

/// Builds a native module (called once, on first import).
pub type ModuleInit = fn(&mut Vm) -> PyResult<ObjRef>;

#[derive(Default, Clone)]
pub struct Registry {
    pub modules: HashMap<&'static str, ModuleInit>,
    /// Set by the host when it found no standard library: appended to the `ModuleNotFoundError` of a
    /// top-level module, since that is then the likely cause.
    pub missing_stdlib_hint: Option<&'static str>,
    /// The continuation layers' finishers, found by name when a pickled frame chain is rebuilt.
    pub finishers: Vec<&'static crate::cont::Finisher>,
    /// Run as a thread started by `_thread` ends, still holding the GIL: each drops the per-thread
    /// state of its crate that holds objects (a thread-local dropped later would run without the GIL).
    pub thread_exit: Vec<fn(&mut Vm)>,
}

impl Registry {
    pub fn add(&mut self, name: &'static str, init: ModuleInit) {
        self.modules.insert(name, init);
    }

    pub fn add_finisher(&mut self, f: &'static crate::cont::Finisher) {
        self.finishers.push(f);
    }

    /// The finisher registered as `name`.
    pub fn finisher(&self, name: &str) -> Option<&'static crate::cont::Finisher> {
        self.finishers.iter().copied().find(|f| f.name == name)
    }
}

/// Interpreter flags (`sys.flags`, command-line options).
#[derive(Default, Clone)]
pub struct Flags {
    pub optimize: u32,
    pub inspect: bool,
    pub interactive: bool,
    pub no_site: bool,
    /// `-s`, `-I` or `PYTHONNOUSERSITE`: no user site-packages directory.
    pub no_user_site: bool,
    /// `-E` or `-I`: `PYTHON*` variables ignored.
    pub ignore_environment: bool,
    /// `-P`, `-I` or `PYTHONSAFEPATH`: the script's directory is not put on `sys.path`.
    pub safe_path: bool,
    /// `-X dev` or `PYTHONDEVMODE`: Python Development Mode.
    pub dev_mode: bool,
    pub isolated: bool,
    pub verbose: u32,
    pub quiet: bool,
    pub dont_write_bytecode: bool,
    /// `-u` or `PYTHONUNBUFFERED`: stdout and stderr write through to the OS.
    pub unbuffered: bool,
}
