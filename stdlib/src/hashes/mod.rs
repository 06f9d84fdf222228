//! The builtin hash modules hashlib falls back to when there is no OpenSSL: `_md5`, `_sha1`,
//! `_sha256`, `_sha512`, `_sha3` and `_blake2`, on the RustCrypto digests and on
//! `blake2b_simd`/`blake2s_simd` (RustCrypto's `blake2` has no tree-hashing parameters: fanout,
//! depth, leaf size, node offset and depth, inner size, last node). One native type per algorithm
//! shares one implementation (`hashobj`).
mod algo;
mod blake2;
mod hashobj;
mod state;

use algo::Algo;
use std::sync::OnceLock;
use weft_vm::heap::{GilShared, ObjRef, Value};
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::Vm;
use weft_vm::objects::builtin::Args;
use weft_vm::objects::module::module_dict;
use weft_vm::objects::register::{attrs, statics};
use weft_vm::objects::{int, str as pystr};

static TYPES: OnceLock<GilShared<Vec<ObjRef>>> = OnceLock::new();

fn types() -> &'static [ObjRef] {
    &TYPES
        .get_or_init(|| {
            let all = Algo::ALL
                .iter()
                .map(|&a| {
                    let t = crate::support::native_type(a.tp_name(), false);
                    hashobj::register(&t, a);
                    let new = constructor(a).unwrap_or(crate::support::no_new);
                    statics(&t, &[("__new__", new)]);
                    match a {
                        Algo::Blake2b | Algo::Blake2s => {
                            let consts = blake2::constants(a)
                                .into_iter()
                                .map(|(n, v)| (n, int::from_i64(v as i64)))
                                .collect();
                            attrs(&t, consts);
                            let doc = if a == Algo::Blake2b {
                                "Return a new BLAKE2b hash object."
                            } else {
                                "Return a new BLAKE2s hash object."
                            };
                            crate::support::set_doc(&t, doc);
                        }
                        _ if a.is_sha3() => crate::support::set_doc(&t, &sha3_doc(a)),
                        _ => {}
                    }
                    t
                })
                .collect();
            GilShared(all)
        })
        .0
}

/// The docstring of a SHA-3 type, as CPython words it.
fn sha3_doc(a: Algo) -> String {
    let name = a.name();
    if a.is_xof() {
        format!("{name}([data], *, usedforsecurity=True) -> SHAKE object\n\nReturn a new SHAKE hash object.")
    } else {
        format!(
            "{name}([data], *, usedforsecurity=True) -> SHA3 object\n\nReturn a new SHA3 hash object with a hashbit length of {} bytes.",
            a.digest_size()
        )
    }
}

/// The type of `algo`'s hash objects.
pub(crate) fn hash_type(algo: Algo) -> &'static ObjRef {
    &types()[algo as usize]
}

/// Argument Clinic's check of the positional count of `f(data=b'', /, *, ...)`.
fn at_most_one_positional(args: &Args, fname: &str) -> PyResult<()> {
    let n = args.positional().len();
    if n > 1 {
        return Err(error::type_error(format!(
            "{fname}() takes at most 1 positional argument ({n} given)"
        )));
    }
    Ok(())
}

/// `data_kw` (the data keyword, if it has one) and `usedforsecurity`, which changes nothing here.
fn simple_ctor(algo: Algo, args: &Args, data_kw: Option<&str>) -> PyResult<Value> {
    let fname = algo.name();
    at_most_one_positional(args, fname)?;
    let mut data = args.positional().first();
    for (k, v) in args.kwargs() {
        if Some(k) == data_kw {
            if data.is_some() {
                return Err(error::type_error(format!(
                    "argument for {fname}() given by name ('{k}') and position (1)"
                )));
            }
            data = Some(v);
        } else if k != "usedforsecurity" {
            return Err(error::type_error(format!(
                "'{k}' is an invalid keyword argument for {fname}()"
            )));
        }
    }
    hashobj::new_hash(algo, algo.digest_size(), algo.fresh(), data)
}

/// `sha3_*.__new__`/`shake_*.__new__`: `(data=b'', /, *, usedforsecurity=True)`.
fn new_sha3(algo: Algo, args: &Args) -> PyResult<Value> {
    weft_vm::objects::method_support::new_cls(args, hash_type(algo))?;
    simple_ctor(algo, &args.rest(), None)
}

fn new_sha3_224(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    new_sha3(Algo::Sha3_224, args)
}

fn new_sha3_256(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    new_sha3(Algo::Sha3_256, args)
}

fn new_sha3_384(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    new_sha3(Algo::Sha3_384, args)
}

fn new_sha3_512(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    new_sha3(Algo::Sha3_512, args)
}

fn new_shake_128(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    new_sha3(Algo::Shake128, args)
}

fn new_shake_256(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    new_sha3(Algo::Shake256, args)
}

fn new_blake2b(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    blake2::new(vm, Algo::Blake2b, args)
}

fn new_blake2s(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    blake2::new(vm, Algo::Blake2s, args)
}

/// The `__new__` of `algo`'s type, for the types Python code can call.
fn constructor(algo: Algo) -> Option<weft_vm::objects::builtin::NativeFn> {
    Some(match algo {
        Algo::Sha3_224 => new_sha3_224,
        Algo::Sha3_256 => new_sha3_256,
        Algo::Sha3_384 => new_sha3_384,
        Algo::Sha3_512 => new_sha3_512,
        Algo::Shake128 => new_shake_128,
        Algo::Shake256 => new_shake_256,
        Algo::Blake2b => new_blake2b,
        Algo::Blake2s => new_blake2s,
        _ => return None,
    })
}

fn md5(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    simple_ctor(Algo::Md5, args, Some("string"))
}

fn sha1(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    simple_ctor(Algo::Sha1, args, Some("string"))
}

fn sha224(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    simple_ctor(Algo::Sha224, args, Some("string"))
}

fn sha256(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    simple_ctor(Algo::Sha256, args, Some("string"))
}

fn sha384(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    simple_ctor(Algo::Sha384, args, Some("string"))
}

fn sha512(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    simple_ctor(Algo::Sha512, args, Some("string"))
}

/// A module holding constructor functions (with their docstrings) and the named types.
fn module(
    name: &str,
    fns: &[(
        &'static str,
        weft_vm::objects::builtin::NativeFn,
        &'static str,
    )],
    types: &[(&'static str, Algo)],
) -> PyResult<ObjRef> {
    let m = crate::support::module_with_docs(name, fns);
    let d = module_dict(&m).ok_or_else(|| error::system_error("module without a dict"))?;
    for (n, a) in types {
        d.set_rs(n, Value::obj(hash_type(*a).clone()));
    }
    Ok(m)
}

pub fn init_md5(_vm: &mut Vm) -> PyResult<ObjRef> {
    module(
        "_md5",
        &[(
            "md5",
            md5,
            "Return a new MD5 hash object; optionally initialized with a string.",
        )],
        &[("MD5Type", Algo::Md5)],
    )
}

pub fn init_sha1(_vm: &mut Vm) -> PyResult<ObjRef> {
    module(
        "_sha1",
        &[(
            "sha1",
            sha1,
            "Return a new SHA1 hash object; optionally initialized with a string.",
        )],
        &[("SHA1Type", Algo::Sha1)],
    )
}

pub fn init_sha256(_vm: &mut Vm) -> PyResult<ObjRef> {
    module(
        "_sha256",
        &[
            (
                "sha224",
                sha224,
                "Return a new SHA-224 hash object; optionally initialized with a string.",
            ),
            (
                "sha256",
                sha256,
                "Return a new SHA-256 hash object; optionally initialized with a string.",
            ),
        ],
        &[("SHA224Type", Algo::Sha224), ("SHA256Type", Algo::Sha256)],
    )
}

/// `_sha512` exports `SHA384Type` alone: CPython 3.11 adds `SHA384Type` twice, once under the
/// name that should have been `SHA512Type`.
pub fn init_sha512(_vm: &mut Vm) -> PyResult<ObjRef> {
    module(
        "_sha512",
        &[
            (
                "sha384",
                sha384,
                "Return a new SHA-384 hash object; optionally initialized with a string.",
            ),
            (
                "sha512",
                sha512,
                "Return a new SHA-512 hash object; optionally initialized with a string.",
            ),
        ],
        &[("SHA384Type", Algo::Sha384)],
    )
}

pub fn init_sha3(_vm: &mut Vm) -> PyResult<ObjRef> {
    let m = module(
        "_sha3",
        &[],
        &[
            ("sha3_224", Algo::Sha3_224),
            ("sha3_256", Algo::Sha3_256),
            ("sha3_384", Algo::Sha3_384),
            ("sha3_512", Algo::Sha3_512),
            ("shake_128", Algo::Shake128),
            ("shake_256", Algo::Shake256),
        ],
    )?;
    if let Some(d) = module_dict(&m) {
        d.set_rs("implementation", pystr::new_str("tiny_sha3"));
        d.set_rs("keccakopt", int::from_i64(0));
    }
    Ok(m)
}

pub fn init_blake2(_vm: &mut Vm) -> PyResult<ObjRef> {
    let m = module(
        "_blake2",
        &[],
        &[("blake2b", Algo::Blake2b), ("blake2s", Algo::Blake2s)],
    )?;
    if let Some(d) = module_dict(&m) {
        for (algo, prefix) in [(Algo::Blake2b, "BLAKE2B_"), (Algo::Blake2s, "BLAKE2S_")] {
            for (n, v) in blake2::constants(algo) {
                d.set_rs(&format!("{prefix}{n}"), int::from_i64(v as i64));
            }
        }
    }
    Ok(m)
}
