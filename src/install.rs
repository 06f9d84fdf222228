//! Where weft and its library live, as `sys` reports it (`executable`, `prefix` and the rest), and the
//! start of the import system: importlib, then `site` unless `-S`.
use std::path::{Path, PathBuf};

use crate::cli::Options;
use weft_vm::heap::Value;
use weft_vm::interp::error::PyErr;
use weft_vm::interp::{attr, Vm};
use weft_vm::objects::{dict, list, module, str as pystr};

/// `sys.executable` as CPython computes it: `argv[0]` made absolute (symlinks kept, so a weft linked
/// into a virtual environment's `bin/` finds that environment), or found on `PATH`.
fn executable() -> String {
    let argv0 = std::env::args_os().next().map(PathBuf::from);
    let from_argv = argv0.and_then(|a| {
        if a.components().count() > 1 {
            std::env::current_dir().ok().map(|d| d.join(&a))
        } else {
            std::env::var_os("PATH").and_then(|p| {
                std::env::split_paths(&p)
                    .map(|dir| dir.join(&a))
                    .find(|f| f.is_file())
            })
        }
    });
    from_argv
        .map(|p| normalize(&p))
        .or_else(|| std::env::current_exe().ok())
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Removes `.` and `..` components without touching the file system (as `os.path.normpath`).
pub(crate) fn normalize(p: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

/// Sets the `sys` attributes that depend on the command line and the installation.
pub fn set_sys(vm: &mut Vm, opts: &Options, stdlib: Option<&Path>) {
    let Some(d) = vm.sys.as_ref().and_then(module::module_dict) else {
        return;
    };
    let exe = pystr::new_string(executable());
    d.set_rs("executable", exe.clone());
    d.set_rs("_base_executable", exe);
    // `<prefix>/lib/python3.11` is the library; without one, `sys.prefix` is weft's own directory.
    let prefix = stdlib
        .and_then(|l| l.parent()?.parent())
        .map(Path::to_path_buf)
        .or_else(|| {
            std::env::current_exe()
                .ok()
                .and_then(|e| Some(e.parent()?.to_path_buf()))
        })
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_default();
    for k in ["prefix", "exec_prefix", "base_prefix", "base_exec_prefix"] {
        d.set_rs(k, pystr::new_str(&prefix));
    }
    d.set_rs("platlibdir", pystr::new_str("lib"));
    d.set_rs("pycache_prefix", Value::NONE);
    d.set_rs(
        "_stdlib_dir",
        match stdlib {
            Some(l) => pystr::new_string(l.to_string_lossy().into_owned()),
            None => Value::NONE,
        },
    );
    let mut warnoptions: Vec<Value> = Vec::new();
    // Development mode shows every warning unless told otherwise.
    if vm.flags.dev_mode {
        warnoptions.push(pystr::new_str("default"));
    }
    if !opts.ignore_env {
        if let Ok(w) = std::env::var("PYTHONWARNINGS") {
            warnoptions.extend(
                w.split(',')
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(pystr::new_str),
            );
        }
    }
    warnoptions.extend(opts.warnings.iter().map(|w| pystr::new_str(w)));
    d.set_rs("warnoptions", list::new_list(warnoptions));
    let xo = dict::new_dict();
    if let Some(x) = xo.downcast::<dict::Dict>() {
        for o in &opts.xoptions {
            match o.split_once('=') {
                Some((k, v)) => x.set_rs(k, pystr::new_str(v)),
                None => x.set_rs(o, Value::TRUE),
            }
        }
    }
    d.set_rs("_xoptions", Value::obj(xo));
}

/// Installs importlib from the library in `stdlib`, then runs `site` unless `no_site`.
pub fn start_imports(vm: &mut Vm, stdlib: &Path, no_site: bool) -> Result<(), PyErr> {
    weft_vm::interp::bootstrap::install(vm, stdlib)?;
    if !no_site {
        weft_vm::interp::import::import_abs(vm, "site")?;
    }
    Ok(())
}

/// `-m module`: `runpy._run_module_as_main`, as CPython runs it.
pub fn run_module(vm: &mut Vm, name: &str) -> Result<(), PyErr> {
    let runpy = weft_vm::interp::import::import_abs(vm, "runpy")?;
    let f = attr::getattr(vm, &runpy, "_run_module_as_main")?;
    let job = weft_vm::cont::workers::Job::Call(f, vec![pystr::new_str(name), Value::TRUE]);
    weft_vm::cont::run_toplevel(vm, job)?;
    Ok(())
}
