//! The `_imp` module: what importlib's bootstrap asks of the interpreter. weft has builtin modules
//! (the registry), no frozen modules and no extension modules.
use std::cell::RefCell;
use std::collections::HashMap;
use weft_vm::heap::{ObjRef, Value};
use weft_vm::interp::error::{self, PyErr, PyResult};
use weft_vm::interp::{attr, Vm};
use weft_vm::objects::builtin::Args;
use weft_vm::objects::code::Code;
use weft_vm::objects::{bytes, int, list, module, str as pystr, tuple, types};

/// The first instance of each builtin module: later `create_builtin` calls copy its namespace, as
/// CPython does for single-phase modules, so that reloading keeps the same types and functions.
static CREATED: weft_vm::heap::GilShared<std::cell::LazyCell<RefCell<HashMap<String, ObjRef>>>> =
    weft_vm::heap::GilShared(std::cell::LazyCell::new(|| RefCell::new(HashMap::new())));

fn name_arg(v: Option<Value>, fname: &str) -> PyResult<String> {
    let v = v.unwrap_or(Value::NONE);
    pystr::as_str(&v).map(str::to_string).ok_or_else(|| {
        error::type_error(format!(
            "{fname}() argument must be str, not {}",
            weft_vm::interp::ops::type_name_of(&v)
        ))
    })
}

/// 1 for a builtin module, -1 for `sys` and `builtins` (which cannot be initialised again), else 0.
fn is_builtin(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [name] = args.bind("is_builtin", ["name"], 1, 0)?;
    let name = name_arg(name, "is_builtin")?;
    Ok(int::from_i64(if name == "sys" || name == "builtins" {
        -1
    } else {
        i64::from(vm.registry.modules.contains_key(name.as_str()))
    }))
}

fn create_builtin(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [spec] = args.bind("create_builtin", ["spec"], 1, 0)?;
    let spec = spec.unwrap_or(Value::NONE);
    let name_v = attr::getattr(vm, &spec, "name")?;
    let Some(name) = pystr::as_str(&name_v).map(str::to_string) else {
        return Err(error::type_error(format!(
            "name must be string, not {}",
            weft_vm::interp::ops::type_name_of(&name_v)
        )));
    };
    match name.as_str() {
        "sys" => return Ok(Value::obj(vm.sys.clone().expect("sys exists"))),
        "builtins" => return Ok(Value::obj(vm.builtins_module())),
        _ => {}
    }
    if let Some(first) = CREATED.with(|c| c.borrow().get(&name).cloned()) {
        let m = module::new_module(&name);
        if let (Some(src), Some(dst)) = (module::module_dict(&first), module::module_dict(&m)) {
            for (k, v) in src.items() {
                let keep = pystr::as_str(&k).is_some_and(|k| k != "__spec__" && k != "__loader__");
                if keep {
                    dst.set(vm, k, v)?;
                }
            }
        }
        return Ok(Value::obj(m));
    }
    let Some(init) = vm.registry.modules.get(name.as_str()).copied() else {
        return Err(PyErr::named(
            &types().import_error,
            format!("no built-in module named {name}"),
            pystr::new_str(&name),
            None,
        ));
    };
    let m = init(vm)?;
    CREATED.with(|c| c.borrow_mut().insert(name, m.clone()));
    Ok(Value::obj(m))
}

fn exec_builtin(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("exec_builtin", 1)?;
    Ok(int::from_i64(0))
}

fn no_frozen(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [name] = args.bind("is_frozen", ["name"], 1, 0)?;
    name_arg(name, "is_frozen")?;
    Ok(Value::FALSE)
}

fn find_frozen(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [name, _withdata] = args.bind("find_frozen", ["name", "withdata"], 1, 0)?;
    name_arg(name, "find_frozen")?;
    Ok(Value::NONE)
}

fn frozen_error(args: &Args, fname: &str) -> PyResult<Value> {
    let [name, _] = args.bind(fname, ["name", "data"], 1, 0)?;
    let name = name_arg(name, fname)?;
    Err(PyErr::named(
        &types().import_error,
        format!("No such frozen object named '{name}'"),
        pystr::new_str(&name),
        None,
    ))
}

fn get_frozen_object(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    frozen_error(args, "get_frozen_object")
}

fn init_frozen(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    frozen_error(args, "init_frozen")
}

fn is_frozen_package(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    frozen_error(args, "is_frozen_package")
}

fn frozen_module_names(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(tuple::new_tuple(Vec::new()))
}

fn override_frozen_modules_for_tests(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("_override_frozen_modules_for_tests", 1)?;
    Ok(Value::NONE)
}

/// weft loads no CPython extension modules: no suffixes, and `create_dynamic` refuses.
fn extension_suffixes(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(list::new_list(Vec::new()))
}

fn create_dynamic(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [spec, _file] = args.bind("create_dynamic", ["spec", "file"], 1, 0)?;
    let spec = spec.unwrap_or(Value::NONE);
    let name = attr::getattr(vm, &spec, "name")?;
    let shown = pystr::as_str(&name).unwrap_or("?").to_string();
    Err(PyErr::named(
        &types().import_error,
        format!("weft cannot load extension module {shown}"),
        name,
        None,
    ))
}

fn exec_dynamic(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("exec_dynamic", 1)?;
    Ok(int::from_i64(0))
}

/// The import lock is the GIL's business while weft runs one thread per interpreter.
fn lock_noop(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(Value::NONE)
}

fn lock_held(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(Value::FALSE)
}

/// `_fix_co_filename(code, path)`: a cache file found under a moved source tree gets the source's
/// present path, in the code and everything nested in it.
fn fix_co_filename(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [code, path] = args.bind("_fix_co_filename", ["code", "path"], 2, 0)?;
    let (code, path) = (code.unwrap_or(Value::NONE), path.unwrap_or(Value::NONE));
    let Some(c) = code.as_obj().and_then(|o| o.downcast::<Code>()) else {
        return Err(error::type_error(format!(
            "_fix_co_filename() argument 1 must be code, not {}",
            weft_vm::interp::ops::type_name_of(&code)
        )));
    };
    let Some(p) = path.as_obj().filter(|_| pystr::as_str(&path).is_some()) else {
        return Err(error::type_error(format!(
            "_fix_co_filename() argument 2 must be str, not {}",
            weft_vm::interp::ops::type_name_of(&path)
        )));
    };
    let old = c.filename.borrow().clone();
    if pystr::as_str(&Value::obj(old.clone())) != pystr::as_str(&path) {
        rename(c, &old, p);
    }
    Ok(Value::NONE)
}

fn rename(c: &Code, old: &ObjRef, new: &ObjRef) {
    let same = pystr::as_str(&Value::obj(c.filename.borrow().clone()))
        == pystr::as_str(&Value::obj(old.clone()));
    if !same {
        return;
    }
    *c.filename.borrow_mut() = new.clone();
    for k in c.consts.iter() {
        if let Some(inner) = k.as_obj().and_then(|o| o.downcast::<Code>()) {
            rename(inner, old, new);
        }
    }
}

/// `source_hash(key, source)`: SipHash-1-3 of the source keyed by `key`, as hash-based pycs record.
fn source_hash(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [key, source] = args.bind("source_hash", ["key", "source"], 2, 0)?;
    let key = key.unwrap_or(Value::NONE);
    let key = int::to_big(&key).ok_or_else(|| error::type_error("an integer is required"))?;
    let key = u64::try_from(&key)
        .or_else(|_| i64::try_from(&key).map(|k| k as u64))
        .map_err(|_| error::overflow_error("Python int too large to convert to C long"))?;
    let data = weft_vm::interp::builtin_types::bytes_like(vm, &source.unwrap_or(Value::NONE))?;
    Ok(bytes::new_bytes(
        siphash13(key, &data).to_le_bytes().to_vec(),
    ))
}

/// SipHash-1-3 with the 128-bit key `(k, 0)`, as CPython's `_Py_KeyedHash`.
fn siphash13(k0: u64, data: &[u8]) -> u64 {
    let k1 = 0u64;
    let mut v0 = k0 ^ 0x736f6d6570736575;
    let mut v1 = k1 ^ 0x646f72616e646f6d;
    let mut v2 = k0 ^ 0x6c7967656e657261;
    let mut v3 = k1 ^ 0x7465646279746573;
    let round = |v0: &mut u64, v1: &mut u64, v2: &mut u64, v3: &mut u64| {
        *v0 = v0.wrapping_add(*v1);
        *v1 = v1.rotate_left(13) ^ *v0;
        *v0 = v0.rotate_left(32);
        *v2 = v2.wrapping_add(*v3);
        *v3 = v3.rotate_left(16) ^ *v2;
        *v0 = v0.wrapping_add(*v3);
        *v3 = v3.rotate_left(21) ^ *v0;
        *v2 = v2.wrapping_add(*v1);
        *v1 = v1.rotate_left(17) ^ *v2;
        *v2 = v2.rotate_left(32);
    };
    let mut chunks = data.chunks_exact(8);
    for c in &mut chunks {
        let m = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        v3 ^= m;
        round(&mut v0, &mut v1, &mut v2, &mut v3);
        v0 ^= m;
    }
    let mut last = [0u8; 8];
    let rest = chunks.remainder();
    last[..rest.len()].copy_from_slice(rest);
    let b = u64::from_le_bytes(last) | ((data.len() as u64) << 56);
    v3 ^= b;
    round(&mut v0, &mut v1, &mut v2, &mut v3);
    v0 ^= b;
    v2 ^= 0xff;
    for _ in 0..3 {
        round(&mut v0, &mut v1, &mut v2, &mut v3);
    }
    v0 ^ v1 ^ v2 ^ v3
}

pub fn init(_vm: &mut Vm) -> PyResult<ObjRef> {
    let m = crate::support::module_with_docs(
        "_imp",
        &[
            ("is_builtin", is_builtin, "Returns True if the module name corresponds to a built-in module."),
            ("create_builtin", create_builtin, "Create an extension module."),
            ("exec_builtin", exec_builtin, "Initialize a built-in module."),
            ("is_frozen", no_frozen, "Returns True if the module name corresponds to a frozen module."),
            ("find_frozen", find_frozen, "Return info about the corresponding frozen module (if there is one) or None."),
            ("get_frozen_object", get_frozen_object, "Create a code object for a frozen module."),
            ("init_frozen", init_frozen, "Initializes a frozen module."),
            ("is_frozen_package", is_frozen_package, "Returns True if the module name is of a frozen package."),
            ("_frozen_module_names", frozen_module_names, "Returns the list of available frozen modules."),
            ("_override_frozen_modules_for_tests", override_frozen_modules_for_tests, "(internal-only) Override PyConfig.use_frozen_modules.\n\n(-1: \"off\", 1: \"on\", 0: no override)\nSee frozen_modules() in Lib/test/support/import_helper.py."),
            ("extension_suffixes", extension_suffixes, "Returns the list of file suffixes used to identify extension modules."),
            ("create_dynamic", create_dynamic, "Create an extension module."),
            ("exec_dynamic", exec_dynamic, "Initialize an extension module."),
            ("acquire_lock", lock_noop, "Acquires the interpreter's import lock for the current thread.\n\nThis lock should be used by import hooks to ensure thread-safety when importing\nmodules. On platforms without threads, this function does nothing."),
            ("release_lock", lock_noop, "Release the interpreter's import lock.\n\nOn platforms without threads, this function does nothing."),
            ("lock_held", lock_held, "Return True if the import lock is currently held, else False.\n\nOn platforms without threads, return False."),
            ("_fix_co_filename", fix_co_filename, "Changes code.co_filename to specify the passed-in file path.\n\n  code\n    Code object to change.\n  path\n    File path to use."),
            ("source_hash", source_hash, ""),
        ],
    );
    let d = module::module_dict(&m).expect("module dict");
    d.set_rs("check_hash_based_pycs", pystr::new_str("default"));
    d.set_rs(
        "__doc__",
        pystr::new_str("(Extremely) low-level import machinery bits as used by importlib and imp."),
    );
    Ok(m)
}
