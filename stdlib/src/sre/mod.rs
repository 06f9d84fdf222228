//! The `_sre` module: the regular-expression engine under `re`. `re._compiler` turns a pattern into
//! SRE code (3.11's opcode numbering, `MAGIC` 20220615) and hands it to `compile`; matching runs on
//! `rustpython-sre_engine`, whose opcode tables are the same. The engine keeps its backtracking
//! state on the heap, so a long match cannot overflow the native stack, and it never calls Python.
mod code;
mod matchobj;
mod pattern;
mod replace;
mod scanner;
mod subject;
mod validate;

use pattern::Pattern;
use rustpython_sre_engine::string::lower_ascii;
use std::sync::OnceLock;
use weft_vm::heap::{GilShared, ObjRef, Value};
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::Vm;
use weft_vm::objects::builtin::Args;
use weft_vm::objects::method_support::alloc_instance;
use weft_vm::objects::native::NativeObj;
use weft_vm::objects::{dict, int, list, str as pystr, tuple};
use weft_vm::text::unicode_props;

/// `re._constants.MAGIC` of 3.11: `re._compiler` asserts that the engine speaks its code.
const MAGIC: i64 = 20220615;
const CODESIZE: i64 = 4;
const MAXREPEAT: i64 = u32::MAX as i64;
const MAXGROUPS: i64 = i32::MAX as i64 / 2;

struct Types {
    pattern: ObjRef,
    matchobj: ObjRef,
    scanner: ObjRef,
}

static TYPES: OnceLock<GilShared<Types>> = OnceLock::new();

fn types() -> &'static Types {
    &TYPES
        .get_or_init(|| {
            let t = Types {
                pattern: crate::support::native_type("re.Pattern", false),
                matchobj: crate::support::native_type("re.Match", false),
                scanner: crate::support::native_type("_sre.SRE_Scanner", false),
            };
            pattern::register(&t.pattern);
            matchobj::register(&t.matchobj);
            scanner::register(&t.scanner);
            GilShared(t)
        })
        .0
}

/// Whether instances of `ty` take weak references: patterns do (matches and scanners do not).
pub(crate) fn weakrefable(ty: &ObjRef) -> bool {
    TYPES.get().is_some_and(|t| ty.is(&t.0.pattern))
}

/// `compile(pattern, flags, code, groups, groupindex, indexgroup)`: a `Pattern` over `code`.
fn compile(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [pat, flags, code, groups, groupindex, indexgroup] = args.bind(
        "compile",
        [
            "pattern",
            "flags",
            "code",
            "groups",
            "groupindex",
            "indexgroup",
        ],
        6,
        0,
    )?;
    let none = || Value::NONE;
    let pat = pat.unwrap_or_else(none);
    let flags = c_int(vm, &flags.unwrap_or_else(none))?;
    let code = code.unwrap_or_else(none);
    let Some(items) = list::as_list(&code).map(|l| l.items.borrow().clone()) else {
        return Err(error::type_error(format!(
            "compile() argument 'code' must be list, not {}",
            weft_vm::interp::ops::type_name_of(&code)
        )));
    };
    let mut words = Vec::with_capacity(items.len());
    for v in &items {
        let w = int::to_i64(v)
            .and_then(|i| u32::try_from(i).ok())
            .ok_or_else(|| error::overflow_error("regular expression code size limit exceeded"))?;
        words.push(w);
    }
    let groups = weft_vm::objects::method_support::ssize_arg(vm, &groups.unwrap_or_else(none))?;
    let groupindex = groupindex.unwrap_or_else(none);
    if dict::as_dict(&groupindex).is_none() {
        return Err(error::type_error(
            "compile() argument 'groupindex' must be dict",
        ));
    }
    let indexgroup = indexgroup.unwrap_or_else(none);
    if tuple::as_tuple(&indexgroup).is_none() {
        return Err(error::type_error(
            "compile() argument 'indexgroup' must be tuple",
        ));
    }
    let is_bytes = if pat.is_none() {
        None
    } else if pystr::as_str_obj(&pat).is_some() {
        Some(false)
    } else if subject::is_buffer(&pat) {
        Some(true)
    } else {
        return Err(error::type_error(format!(
            "expected string or bytes-like object, got '{}'",
            weft_vm::interp::ops::type_name_of(&pat)
        )));
    };
    let Some(non_boundary) = validate::valid(&words, groups.max(0) as usize) else {
        return Err(error::runtime_error("invalid SRE code"));
    };
    let p = Pattern {
        code: code::Code::new(words, &non_boundary),
        pattern: pat,
        flags: flags as u32,
        groups: groups.max(0) as usize,
        groupindex,
        indexgroup,
        is_bytes,
    };
    Ok(Value::obj(alloc_instance(
        &types().pattern,
        NativeObj::traced(p),
    )))
}

/// An argument converted as a C `int`.
fn c_int(vm: &mut Vm, v: &Value) -> PyResult<i32> {
    use num_traits::ToPrimitive;
    weft_vm::interp::protocols::index(vm, v)?
        .to_i32()
        .ok_or_else(|| error::overflow_error("Python int too large to convert to C int"))
}

fn getcodesize(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("getcodesize", 0)?;
    Ok(int::from_i64(CODESIZE))
}

/// The one `int` argument of the case helpers.
fn character(vm: &mut Vm, args: &Args, name: &str) -> PyResult<u32> {
    let [ch] = args.bind(name, ["character"], 1, 1)?;
    let ch = c_int(vm, &ch.unwrap_or(Value::NONE))?;
    Ok(ch as u32)
}

/// CPython's `_PyUnicode_ToLowercase` (or `ToUppercase` with `push_upper`): the first character of
/// the full mapping, which is the simple mapping when there is one, from weft's Unicode 14 tables
/// (those of 3.11) as `re._compiler` folds literals with it.
fn first_of(ch: u32, push: fn(char, &mut String)) -> u32 {
    let Some(c) = char::from_u32(ch) else {
        return ch;
    };
    let mut s = String::new();
    push(c, &mut s);
    s.chars().next().map_or(ch, u32::from)
}

fn lower_unicode(ch: u32) -> u32 {
    first_of(ch, unicode_props::push_lower)
}

fn upper_unicode(ch: u32) -> u32 {
    first_of(ch, unicode_props::push_upper)
}

fn ascii_iscased(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let ch = character(vm, args, "ascii_iscased")?;
    Ok(Value::bool(ch < 128 && (ch as u8).is_ascii_alphabetic()))
}

fn unicode_iscased(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let ch = character(vm, args, "unicode_iscased")?;
    Ok(Value::bool(
        ch != lower_unicode(ch) || ch != upper_unicode(ch),
    ))
}

fn ascii_tolower(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let ch = character(vm, args, "ascii_tolower")?;
    Ok(int::from_i64(i64::from(lower_ascii(ch))))
}

fn unicode_tolower(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let ch = character(vm, args, "unicode_tolower")?;
    Ok(int::from_i64(i64::from(lower_unicode(ch))))
}

/// Builds the `_sre` module.
pub fn init(_vm: &mut Vm) -> PyResult<ObjRef> {
    let m = crate::module_with(
        "_sre",
        &[
            ("compile", compile),
            ("getcodesize", getcodesize),
            ("ascii_iscased", ascii_iscased),
            ("unicode_iscased", unicode_iscased),
            ("ascii_tolower", ascii_tolower),
            ("unicode_tolower", unicode_tolower),
        ],
    );
    let d = weft_vm::objects::module::module_dict(&m).expect("module dict");
    d.set_rs("MAGIC", int::from_i64(MAGIC));
    d.set_rs("CODESIZE", int::from_i64(CODESIZE));
    d.set_rs("MAXREPEAT", int::from_i64(MAXREPEAT));
    d.set_rs("MAXGROUPS", int::from_i64(MAXGROUPS));
    d.set_rs(
        "copyright",
        pystr::new_str(" SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB "),
    );
    types();
    Ok(m)
}
