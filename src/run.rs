//! Running a program: building the interpreter, running the target as `__main__`, and turning an uncaught
//! exception into CPython's traceback and exit status.
use crate::cli::{Options, Target};
use weft_vm::heap::Value;
use weft_vm::interp::compile::Mode;
use weft_vm::interp::error::{PyErr, PyResult};
use weft_vm::interp::Vm;
use weft_vm::objects::{self, module, str as pystr, types};

/// Runs the program; the process exit status.
pub fn main(opts: Options) -> i32 {
    // `sys.path[0]`: the script's directory with symlinks resolved, the current directory for `-m`,
    // and '' for `-c`, stdin and the REPL.
    let script_dir = match &opts.target {
        Target::File(f) => std::fs::canonicalize(f)
            .ok()
            .and_then(|p| Some(p.parent()?.to_string_lossy().into_owned()))
            .unwrap_or_default(),
        Target::Module(_) => std::env::current_dir()
            .map(|p| p.to_string_lossy().into_owned())
            .unwrap_or_default(),
        _ => String::new(),
    };
    let env = |k: &str| {
        (!opts.ignore_env)
            .then(|| std::env::var_os(k))
            .flatten()
            .filter(|v| !v.is_empty())
    };
    let safe_path = opts.safe_path || env("PYTHONSAFEPATH").is_some();
    let mut path = Vec::new();
    if let Some(pp) = env("PYTHONPATH") {
        path.extend(
            pp.to_string_lossy()
                .split(':')
                .filter(|s| !s.is_empty())
                .map(|s| s.to_string()),
        );
    }
    let (lib, stdlib) = crate::stdlib_path::find();
    path.extend(lib);
    let flags = weft_vm::interp::registry::Flags {
        optimize: opts.optimize,
        inspect: opts.inspect,
        interactive: matches!(opts.target, Target::Repl),
        no_site: opts.no_site,
        no_user_site: opts.no_user_site || env("PYTHONNOUSERSITE").is_some(),
        ignore_environment: opts.ignore_env,
        safe_path,
        dev_mode: opts
            .xoptions
            .iter()
            .any(|x| x == "dev" || x.starts_with("dev="))
            || env("PYTHONDEVMODE").is_some(),
        isolated: opts.isolated,
        verbose: 0,
        quiet: opts.quiet,
        dont_write_bytecode: opts.dont_write_bytecode || env("PYTHONDONTWRITEBYTECODE").is_some(),
        unbuffered: opts.unbuffered || env("PYTHONUNBUFFERED").is_some(),
    };
    let mut vm = Vm::new(opts.argv.clone(), path, flags);
    weft_greenlets::register(&mut vm);
    weft_tasklets::register(&mut vm);
    weft_pickling::register(&mut vm);
    weft_stdlib::register(&mut vm);
    crate::install::set_sys(&mut vm, &opts, stdlib.as_deref());
    if stdlib.is_none() {
        vm.registry.missing_stdlib_hint = Some(crate::stdlib_path::MISSING_HINT);
    }
    let main_mod = module::new_module("__main__");
    let globals = module::module_dict_obj(&main_mod);
    if let Some(d) = module::module_dict(&main_mod) {
        d.set_rs("__builtins__", Value::obj(vm.builtins_module()));
        d.set_rs("__annotations__", Value::obj(objects::dict::new_dict()));
    }
    if let Some(d) = vm.modules.downcast::<objects::dict::Dict>() {
        d.set_rs("__main__", Value::obj(main_mod.clone()));
    }
    if let Some(dir) = &stdlib {
        if let Err(e) = crate::install::start_imports(&mut vm, dir, opts.no_site) {
            let code = handle_uncaught(&mut vm, e);
            finish(&mut vm);
            return code;
        }
    }
    // As CPython, the script's directory goes first on `sys.path` after `site` ran.
    if !safe_path {
        if let Some(l) = vm
            .sys_attr("path")
            .as_ref()
            .and_then(objects::list::as_list)
        {
            l.items
                .borrow_mut()
                .insert(0, pystr::new_string(script_dir));
        }
    }
    let result = match &opts.target {
        Target::File(f) => run_file(&mut vm, f, &globals),
        Target::Command(c) => run_source(&mut vm, c.as_bytes(), "<string>", &globals),
        Target::Module(m) if vm.find_and_load.is_some() => crate::install::run_module(&mut vm, m),
        Target::Module(m) => run_module(&mut vm, m, &globals),
        Target::Stdin => {
            let mut src = Vec::new();
            let _ = std::io::Read::read_to_end(&mut std::io::stdin(), &mut src);
            run_source(&mut vm, &src, "<stdin>", &globals)
        }
        Target::Repl => {
            let code = crate::repl::run(&mut vm, &globals, !opts.quiet);
            finish(&mut vm);
            return code;
        }
    };
    let mut interrupted = false;
    let mut code = match result {
        Ok(()) => 0,
        Err(e) => {
            interrupted = weft_vm::interp::exc::matches_type(&e, &types().keyboard_interrupt);
            handle_uncaught(&mut vm, e)
        }
    };
    if opts.inspect && !matches!(opts.target, Target::Repl) {
        code = crate::repl::run(&mut vm, &globals, false);
    }
    finish(&mut vm);
    if interrupted && code == 1 && !opts.inspect {
        weft_stdlib::exit_by_sigint();
        code = 130;
    }
    code
}

/// The interpreter's shutdown: `threading._shutdown`, `atexit` functions, killing tasklets with native
/// frames, pending finalisers. It runs on a worker, as the program did, so that what it runs can still
/// switch (a suspended greenlet released here is killed by a switch into it).
fn finish(vm: &mut Vm) {
    let work = weft_vm::objects::builtin::new_builtin(
        "<shutdown>",
        shutdown,
        weft_vm::objects::builtin::BuiltinKind::Function,
        None,
    );
    let job = weft_vm::cont::workers::Job::Call(Value::obj(work), vec![]);
    if weft_vm::cont::run_toplevel(vm, job).is_err() {
        shutdown_work(vm);
    }
    let _ = vm.flush_std();
}

fn shutdown(vm: &mut Vm, _args: &weft_vm::objects::builtin::Args) -> PyResult<Value> {
    shutdown_work(vm);
    Ok(Value::NONE)
}

fn shutdown_work(vm: &mut Vm) {
    weft_stdlib::at_exit(vm);
    Vm::set_finalizing();
    // Daemon threads never run again: modules are about to be torn down.
    weft_vm::heap::gil::close();
    weft_tasklets::at_exit(vm);
    vm.run_finalizers();
    vm.finalize_modules();
}

fn run_file(vm: &mut Vm, file: &str, globals: &weft_vm::heap::ObjRef) -> Result<(), PyErr> {
    let src = match std::fs::read(file) {
        Ok(s) => s,
        Err(e) => {
            let exe = std::env::current_exe()
                .map(|p| p.to_string_lossy().into_owned())
                .unwrap_or_else(|_| "weft".into());
            eprintln!(
                "{}: can't open file '{}': [Errno {}] {}",
                exe,
                absolute(file),
                e.raw_os_error().unwrap_or(2),
                os_msg(&e)
            );
            std::process::exit(2);
        }
    };
    // As CPython 3.9+, the script's `__file__` (and so its tracebacks) name it by absolute path.
    let path = absolute(file);
    if let Some(d) = globals.downcast::<objects::dict::Dict>() {
        d.set_rs("__file__", pystr::new_str(&path));
    }
    run_source(vm, &src, &path, globals)
}

/// `os.path.abspath(f)`: joined to the current directory and normalised, symlinks kept.
fn absolute(f: &str) -> String {
    let p = std::path::Path::new(f);
    let joined = match std::env::current_dir() {
        Ok(d) if !p.is_absolute() => d.join(p),
        _ => p.to_path_buf(),
    };
    crate::install::normalize(&joined)
        .to_string_lossy()
        .into_owned()
}

fn os_msg(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "No such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "Permission denied".into(),
        _ => e.to_string(),
    }
}

fn run_source(
    vm: &mut Vm,
    src: &[u8],
    filename: &str,
    globals: &weft_vm::heap::ObjRef,
) -> Result<(), PyErr> {
    let code = vm.compile_bytes(src, filename, Mode::Exec, 0)?;
    vm.run_program(&code, globals.clone(), Value::obj(globals.clone()))?;
    Ok(())
}

fn run_module(vm: &mut Vm, name: &str, globals: &weft_vm::heap::ObjRef) -> Result<(), PyErr> {
    match weft_vm::interp::import::find_module_file(vm, name)? {
        Some((file, is_pkg)) => {
            let file = if is_pkg {
                file.join("__main__.py")
            } else {
                file
            };
            let src =
                std::fs::read(&file).map_err(|e| PyErr::new(&types().os_error, e.to_string()))?;
            let fname = file.to_string_lossy().into_owned();
            if let Some(d) = globals.downcast::<objects::dict::Dict>() {
                d.set_rs("__file__", pystr::new_str(&fname));
            }
            if let Some(argv) = vm.sys_attr("argv") {
                if let Some(l) = objects::list::as_list(&argv) {
                    if let Some(first) = l.items.borrow_mut().first_mut() {
                        *first = pystr::new_str(&fname);
                    }
                }
            }
            run_source(vm, &src, &fname, globals)
        }
        None => {
            let exe = std::env::current_exe()
                .map(|p| p.to_string_lossy().into_owned())
                .unwrap_or_else(|_| "weft".into());
            eprintln!("{exe}: No module named {name}");
            std::process::exit(1);
        }
    }
}

/// Prints an uncaught exception (or honours `SystemExit`) and returns the exit status.
pub fn handle_uncaught(vm: &mut Vm, e: PyErr) -> i32 {
    let exc = weft_vm::interp::exc::normalize(vm, e);
    let t = types();
    if objects::typeobj::is_subtype(exc.ty(), &t.system_exit) {
        let code = weft_vm::interp::attr::getattr(vm, &Value::obj(exc.clone()), "code")
            .unwrap_or(Value::NONE);
        if code.is_none() {
            return 0;
        }
        if let Some(i) = objects::int::to_i64(&code) {
            return i as i32;
        }
        let _ = vm.flush_std();
        let s = weft_vm::interp::protocols::str_string(vm, &code).unwrap_or_default();
        let err = vm.sys_attr("stderr").unwrap_or(Value::NONE);
        let _ = vm.write_to(&err, &format!("{s}\n"));
        return 1;
    }
    let _ = vm.flush_std();
    let hook = vm.sys_attr("excepthook");
    let (ty, tb) = weft_vm::interp::exc::type_and_tb(&Value::obj(exc.clone()));
    let ran = match hook {
        Some(h) => {
            weft_vm::interp::call::call_value(vm, &h, vec![ty, Value::obj(exc.clone()), tb]).is_ok()
        }
        None => false,
    };
    if !ran {
        let text = weft_vm::interp::traceback::format_exception(vm, &exc);
        eprint!("{text}");
    }
    1
}
