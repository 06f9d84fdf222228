//! importlib as the import system, as in CPython: `importlib/_bootstrap.py` and
//! `_bootstrap_external.py` from the standard library run as `_frozen_importlib` and
//! `_frozen_importlib_external`, install their finders on `sys.meta_path`/`sys.path_hooks`, and
//! every import that misses `sys.modules` calls `_find_and_load`. Specs, loaders, path hooks,
//! `.pth` files and the `__pycache__` bytecode cache then behave as CPython's.
//!
//! The two bootstrap modules themselves are loaded here, through the same cache files importlib
//! writes (`__pycache__/NAME.weft-311.pyc`), since nothing else can load them.
use std::path::Path;

use crate::heap::{ObjRef, Value};
use crate::interp::error::{PyErr, PyResult};
use crate::interp::{attr, call, Vm};
use crate::objects::{self, bytes, module, str as pystr, types};

/// The file name importlib's code objects carry, as CPython's frozen ones do (tracebacks show it, and
/// import errors are trimmed by it).
const BOOTSTRAP: &str = "<frozen importlib._bootstrap>";
const EXTERNAL: &str = "<frozen importlib._bootstrap_external>";

/// `sys.implementation.cache_tag`: the infix of cache file names.
pub const CACHE_TAG: &str = "weft-311";

/// The pyc magic number of this build (see `compiler::persist::pyc_magic`).
fn magic() -> [u8; 4] {
    let m = crate::compiler::persist::pyc_magic().to_le_bytes();
    [m[0], m[1], b'\r', b'\n']
}

/// Installs importlib from the standard library in `lib` (the directory holding `importlib/`).
pub fn install(vm: &mut Vm, lib: &Path) -> PyResult<()> {
    let imp = crate::interp::import::import_abs(vm, "_imp")?;
    let sys = Value::obj(
        vm.sys
            .clone()
            .ok_or_else(|| crate::interp::error::runtime_error("importlib needs sys"))?,
    );
    let dir = lib.join("importlib");
    let bootstrap = load_frozen(
        vm,
        "_frozen_importlib",
        &dir.join("_bootstrap.py"),
        BOOTSTRAP,
    )?;
    let b = Value::obj(bootstrap.clone());
    let install = attr::getattr(vm, &b, "_install")?;
    call::call_value(vm, &install, vec![sys, imp])?;
    let external = load_frozen(
        vm,
        "_frozen_importlib_external",
        &dir.join("_bootstrap_external.py"),
        EXTERNAL,
    )?;
    if let Some(d) = module::module_dict(&external) {
        let m = magic();
        d.set_rs("MAGIC_NUMBER", bytes::new_bytes(m.to_vec()));
        d.set_rs(
            "_RAW_MAGIC_NUMBER",
            objects::int::from_i64(u32::from_le_bytes(m) as i64),
        );
    }
    let install_external = attr::getattr(vm, &b, "_install_external_importers")?;
    call::call_value(vm, &install_external, vec![])?;
    vm.find_and_load = Some(attr::getattr(vm, &b, "_find_and_load")?);
    Ok(())
}

/// Runs a bootstrap source file as module `name`, its code taken from the cache when fresh.
fn load_frozen(vm: &mut Vm, name: &str, file: &Path, code_name: &str) -> PyResult<ObjRef> {
    let os_err = |e: std::io::Error| PyErr::new(&types().import_error, format!("{name}: {e}"));
    let meta = std::fs::metadata(file).map_err(os_err)?;
    let cache = cache_path(file);
    let header = pyc_header(&meta);
    let cached = std::fs::read(&cache)
        .ok()
        .filter(|data| data.len() > 16 && data[..16] == header)
        .and_then(|data| {
            let body = marshal_code_body(&data[16..])?;
            crate::objects::code_persist::code_from_bytes(body).ok()
        });
    let code = match cached {
        Some(c) => c,
        None => {
            // The source is read only when the cache cannot serve.
            let src = std::fs::read(file).map_err(os_err)?;
            let c = vm.compile_bytes(&src, code_name, crate::interp::compile::Mode::Exec, 0)?;
            if !vm.flags.dont_write_bytecode {
                write_cache(&cache, &header, &c);
            }
            c
        }
    };
    let m = module::new_module(name);
    let d = module::module_dict(&m).expect("new module has a dict");
    d.set_rs("__builtins__", Value::obj(vm.builtins_module()));
    if let Some(mods) = vm.modules.downcast::<objects::dict::Dict>() {
        mods.set_rs(name, Value::obj(m.clone()));
    }
    let globals = module::module_dict_obj(&m);
    vm.run_code(&code, globals.clone(), Value::obj(globals))?;
    Ok(m)
}

/// `importlib.util.cache_from_source(file)` for this tag.
fn cache_path(file: &Path) -> std::path::PathBuf {
    let stem = file
        .file_stem()
        .map(|s| s.to_string_lossy())
        .unwrap_or_default();
    file.with_file_name("__pycache__")
        .join(format!("{stem}.{CACHE_TAG}.pyc"))
}

/// The 16 bytes importlib's `_code_to_timestamp_pyc` writes before the code.
fn pyc_header(meta: &std::fs::Metadata) -> [u8; 16] {
    let mtime = meta
        .modified()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map(|d| d.as_secs())
        .unwrap_or(0);
    let mut h = [0u8; 16];
    h[..4].copy_from_slice(&magic());
    h[8..12].copy_from_slice(&(mtime as u32).to_le_bytes());
    h[12..16].copy_from_slice(&(meta.len() as u32).to_le_bytes());
    h
}

/// The code payload of `marshal.dumps(code)` (type code `c`, with or without the reference flag, then a
/// 32-bit length).
fn marshal_code_body(m: &[u8]) -> Option<&[u8]> {
    if m.len() < 5 || m[0] & 0x7f != b'c' {
        return None;
    }
    let n = u32::from_le_bytes([m[1], m[2], m[3], m[4]]) as usize;
    m.get(5..5 + n)
}

/// Writes the cache file as importlib would (best effort: an unwritable directory is not an error).
fn write_cache(cache: &Path, header: &[u8; 16], code: &ObjRef) {
    let Some(c) = code.downcast::<crate::objects::code::Code>() else {
        return;
    };
    let Ok(body) = crate::objects::code_persist::code_to_bytes(c) else {
        return;
    };
    let mut data = header.to_vec();
    data.push(b'c' | 0x80);
    data.extend_from_slice(&(body.len() as u32).to_le_bytes());
    data.extend_from_slice(&body);
    if let Some(dir) = cache.parent() {
        let _ = std::fs::create_dir_all(dir);
    }
    let tmp = cache.with_extension(format!("{}.tmp", std::process::id()));
    if std::fs::write(&tmp, &data).is_ok() && std::fs::rename(&tmp, cache).is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
}

/// CPython's `remove_importlib_frames`: drops importlib's own traceback entries from an import
/// error: every importlib chunk for an `ImportError`, otherwise the chunks that end in
/// `_call_with_frames_removed` (the call into the module's own code).
pub fn remove_importlib_frames(vm: &mut Vm, e: PyErr) -> PyErr {
    let exc = crate::interp::exc::normalize(vm, e);
    let always = objects::typeobj::is_subtype(exc.ty(), &types().import_error);
    let Some(d) = exc.downcast::<objects::exception::ExceptionData>() else {
        return PyErr::from_obj(exc);
    };
    let mut entries = Vec::new();
    let mut tb = d.traceback.borrow().clone();
    while let Some(t) = tb
        .as_obj()
        .and_then(|o| o.downcast::<objects::traceback::Traceback>())
    {
        entries.push(tb.clone());
        let next = t.next.borrow().clone();
        tb = next;
    }
    let info = |v: &Value| -> (bool, bool) {
        let code = v
            .as_obj()
            .and_then(|o| o.downcast::<objects::traceback::Traceback>())
            .and_then(|t| t.frame.as_obj().cloned())
            .and_then(|f| {
                f.downcast::<objects::frameobj::FrameObj>()
                    .map(|fo| fo.code.clone())
            });
        let Some(code) = code else {
            return (false, false);
        };
        let Some(c) = code.downcast::<objects::code::Code>() else {
            return (false, false);
        };
        let file = Value::obj(c.filename.borrow().clone());
        let file = pystr::as_str(&file).unwrap_or("");
        let name = Value::obj(c.name.clone());
        let name = pystr::as_str(&name).unwrap_or("");
        (
            file == BOOTSTRAP || file == EXTERNAL,
            name == "_call_with_frames_removed",
        )
    };
    // Walk as CPython does, deciding for each entry whether the chunk of importlib entries that
    // ends with it is cut out.
    let mut keep = vec![true; entries.len()];
    let mut chunk_start = 0;
    let mut in_importlib = false;
    for (i, v) in entries.iter().enumerate() {
        let (now_in, removes) = info(v);
        if now_in && !in_importlib {
            chunk_start = i;
        }
        in_importlib = now_in;
        if in_importlib && (always || removes) {
            for k in keep.iter_mut().take(i + 1).skip(chunk_start) {
                *k = false;
            }
            chunk_start = i + 1;
        }
    }
    if keep.iter().all(|&k| k) {
        return PyErr::from_obj(exc);
    }
    let kept: Vec<Value> = entries
        .into_iter()
        .zip(keep)
        .filter_map(|(v, k)| k.then_some(v))
        .collect();
    for w in kept.windows(2) {
        if let Some(t) = w[0]
            .as_obj()
            .and_then(|o| o.downcast::<objects::traceback::Traceback>())
        {
            *t.next.borrow_mut() = w[1].clone();
        }
    }
    if let Some(last) = kept.last() {
        if let Some(t) = last
            .as_obj()
            .and_then(|o| o.downcast::<objects::traceback::Traceback>())
        {
            *t.next.borrow_mut() = Value::NONE;
        }
    }
    *d.traceback.borrow_mut() = kept.first().cloned().unwrap_or(Value::NONE);
    PyErr::from_obj(exc)
}
