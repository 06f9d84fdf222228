//! The `builtins` module's functions (`print`, `len`, `isinstance`, `__build_class__`, ...).
use crate::heap::{Kind, ObjRef, Value};
use crate::interp::error::{self, PyErr, PyResult};
use crate::interp::ops::{a_type, type_name_of};
use crate::interp::{ast_hook, attr, call, exc, protocols, Flow, Vm};
use crate::objects::builtin::{new_builtin_checked, Args, BuiltinKind, NativeFn};
use crate::objects::dict::Dict;
use crate::objects::typeobj::{self, lookup_str, tdata, tflag};
use crate::objects::{self, int, list, str as pystr, tuple, types};
use num_traits::{Signed, ToPrimitive, Zero};

pub fn is_callable(v: &Value) -> bool {
    match v.as_obj() {
        None => false,
        Some(o) => match o.kind() {
            Kind::Function | Kind::Builtin | Kind::Method | Kind::Type => true,
            _ => lookup_str(o.ty(), "__call__").is_some(),
        },
    }
}

/// Appends str value `t` to `print`'s pending output; a str with lone surrogates is written on
/// its own (after what is pending), so that the stream's encoder sees it exactly. True when
/// `t` was written.
fn push_piece(vm: &mut Vm, file: &Value, out: &mut String, t: &Value) -> PyResult<bool> {
    match pystr::as_str_obj(t) {
        Some(s) if s.has_surrogates() => {
            if !out.is_empty() {
                vm.write_to(file, &std::mem::take(out))?;
            }
            vm.write_value_to(file, t)?;
            Ok(true)
        }
        s => {
            out.push_str(s.map_or("", pystr::Str::as_str));
            Ok(false)
        }
    }
}

fn print(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let mut sep = None;
    let mut end = None;
    let mut file = Value::NONE;
    let mut flush = false;
    for (k, v) in args.kwargs() {
        match k {
            "sep" => sep = Some(v.clone()),
            "end" => end = Some(v.clone()),
            "file" => file = v.clone(),
            "flush" => flush = crate::interp::ops::truthy(vm, v)?,
            _ => {
                return Err(error::type_error(format!(
                    "'{k}' is an invalid keyword argument for print()"
                )))
            }
        }
    }
    let text_of = |v: Option<Value>, what: &str, default: &str| -> PyResult<Value> {
        match v {
            Some(x) if pystr::as_str(&x).is_some() => Ok(x),
            Some(x) if !x.is_none() => Err(error::type_error(format!(
                "{what} must be None or a string, not {}",
                type_name_of(&x)
            ))),
            _ => Ok(pystr::new_str(default)),
        }
    };
    let sep = text_of(sep, "sep", " ")?;
    let end = text_of(end, "end", "\n")?;
    let file = if file.is_none() {
        vm.sys_attr("stdout").unwrap_or(Value::NONE)
    } else {
        file
    };
    if file.is_none() {
        return Ok(Value::NONE);
    }
    // CPython writes each piece as it goes: a Python `file` sees every `write`, and a `__str__` that
    // raises leaves the earlier pieces written. Native streams get the pieces batched.
    let native = crate::interp::stdio::text_sink(&file).is_some();
    let mut out = String::new();
    for (i, v) in args.positional().iter().enumerate() {
        if i > 0 {
            push_piece(vm, &file, &mut out, &sep)?;
        }
        if !native && !out.is_empty() {
            vm.write_to(&file, &std::mem::take(&mut out))?;
        }
        let written = match v.unpack() {
            crate::heap::Unpacked::Int(n) => {
                out.push_str(&n.to_string());
                false
            }
            _ => match protocols::str_value(vm, v) {
                Ok(t) => push_piece(vm, &file, &mut out, &t)?,
                Err(e) => {
                    if !out.is_empty() {
                        vm.write_to(&file, &out)?;
                    }
                    return Err(e);
                }
            },
        };
        if !native && !written {
            vm.write_to(&file, &std::mem::take(&mut out))?;
        }
    }
    // The last write happens even when empty (`end=''`), as CPython's does.
    if !push_piece(vm, &file, &mut out, &end)? {
        vm.write_to(&file, &out)?;
    }
    if flush {
        let f = attr::getattr(vm, &file, "flush")?;
        call::call_value(vm, &f, Vec::new())?;
    }
    Ok(Value::NONE)
}

fn len(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("len", 1)?;
    Ok(int::from_i64(protocols::len(vm, &a[0])? as i64))
}

fn repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("repr", 1)?;
    protocols::repr_value(vm, &a[0])
}

fn ascii(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("ascii", 1)?;
    if !a[0].is_obj() {
        return Ok(pystr::new_string(protocols::ascii_string(vm, &a[0])?));
    }
    // An all-ASCII repr is returned as it is (a str subclass stays one), as in CPython.
    let r = protocols::repr_value(vm, &a[0])?;
    match pystr::as_str_obj(&r) {
        Some(s) if s.as_bytes().is_ascii() => Ok(r.clone()),
        Some(s) => Ok(pystr::new_string(crate::interp::strops::ascii_of(
            s.code_points(),
        ))),
        None => Ok(pystr::new_str("")),
    }
}

/// `isinstance` without `__instancecheck__` (CPython's `recursive_isinstance`).
pub fn recursive_isinstance(vm: &mut Vm, obj: &Value, cls: &ObjRef) -> PyResult<bool> {
    let t = a_type(obj);
    if typeobj::is_subtype(&t, cls) {
        return Ok(true);
    }
    // `__class__` may differ from type() (proxies).
    if let Some(c) = attr::getattr_opt(vm, obj, "__class__")? {
        if let Some(co) = typeobj::as_type(&c) {
            if !co.is(&t) {
                return Ok(typeobj::is_subtype(co, cls));
            }
        }
    }
    Ok(false)
}

pub fn isinstance_value(vm: &mut Vm, obj: &Value, cls: &Value, depth: usize) -> PyResult<bool> {
    if depth > 200 {
        return Err(error::recursion_error(
            "maximum recursion depth exceeded in __instancecheck__",
        ));
    }
    if let Some(c) = typeobj::as_type(cls) {
        if a_type(obj).is(c) {
            return Ok(true);
        }
        if c.ty().is(&types().type_) {
            return recursive_isinstance(vm, obj, c);
        }
    }
    if let Some(items) = tuple::as_tuple(cls) {
        for c in items {
            if isinstance_value(vm, obj, c, depth + 1)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if let Some(u) = union_args(cls) {
        return isinstance_value(vm, obj, &u, depth + 1);
    }
    let ct = a_type(cls);
    if let Some(ic) = lookup_str(&ct, "__instancecheck__") {
        let r = call::call_special(vm, &ic, cls, vec![obj.clone()])?;
        return crate::interp::ops::truthy(vm, &r);
    }
    Err(error::type_error(
        "isinstance() arg 2 must be a type, a tuple of types, or a union",
    ))
}

fn isinstance(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.range("isinstance", 2, 2)?;
    Ok(Value::bool(isinstance_value(vm, &a[0], &a[1], 0)?))
}

pub fn issubclass_value(vm: &mut Vm, sub: &Value, cls: &Value, depth: usize) -> PyResult<bool> {
    if depth > 200 {
        return Err(error::recursion_error(
            "maximum recursion depth exceeded in __subclasscheck__",
        ));
    }
    if let Some(items) = tuple::as_tuple(cls) {
        for c in items {
            if issubclass_value(vm, sub, c, depth + 1)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if let Some(u) = union_args(cls) {
        return issubclass_value(vm, sub, &u, depth + 1);
    }
    if let Some(c) = typeobj::as_type(cls) {
        if c.ty().is(&types().type_) {
            let Some(s) = typeobj::as_type(sub) else {
                // Any object with a `__bases__` tuple counts as a class (CPython's check_class).
                if abstract_bases(vm, sub)?.is_none() {
                    return Err(error::type_error("issubclass() arg 1 must be a class"));
                }
                return abstract_issubclass(vm, sub.clone(), cls, depth + 1);
            };
            return Ok(typeobj::is_subtype(s, c));
        }
    }
    let ct = a_type(cls);
    if let Some(sc) = lookup_str(&ct, "__subclasscheck__") {
        let r = call::call_special(vm, &sc, cls, vec![sub.clone()])?;
        return crate::interp::ops::truthy(vm, &r);
    }
    Err(error::type_error(
        "issubclass() arg 2 must be a class, a tuple of classes, or a union",
    ))
}

/// `__bases__` of an object standing in for a class, when it is a tuple.
fn abstract_bases(vm: &mut Vm, v: &Value) -> PyResult<Option<Vec<Value>>> {
    let b = match attr::getattr(vm, v, "__bases__") {
        Ok(b) => b,
        Err(e) if exc::matches_type(&e, &types().attribute_error) => return Ok(None),
        Err(e) => return Err(e),
    };
    Ok(tuple::as_tuple(&b).map(|t| t.to_vec()))
}

/// CPython's `abstract_issubclass`: walks `__bases__` looking for `cls`.
fn abstract_issubclass(
    vm: &mut Vm,
    mut derived: Value,
    cls: &Value,
    depth: usize,
) -> PyResult<bool> {
    loop {
        if depth > 200 {
            return Err(error::recursion_error(
                "maximum recursion depth exceeded in __subclasscheck__",
            ));
        }
        if derived.bits() == cls.bits() {
            return Ok(true);
        }
        let bases = abstract_bases(vm, &derived)?.unwrap_or_default();
        match bases.len() {
            0 => return Ok(false),
            1 => derived = bases[0].clone(),
            _ => {
                for b in bases {
                    if abstract_issubclass(vm, b, cls, depth + 1)? {
                        return Ok(true);
                    }
                }
                return Ok(false);
            }
        }
    }
}

fn issubclass(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.range("issubclass", 2, 2)?;
    Ok(Value::bool(issubclass_value(vm, &a[0], &a[1], 0)?))
}

fn iter(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.range("iter", 1, 2)?;
    if a.len() == 2 {
        if !is_callable(&a[0]) {
            return Err(error::type_error("iter(v, w): v must be callable"));
        }
        return Ok(objects::iterators::new_iter(
            &types().callable_iterator,
            objects::iterators::IterState::Callable {
                func: a[0].clone(),
                sentinel: a[1].clone(),
            },
        ));
    }
    let f = protocols::get_iter(vm, a[0].clone())?;
    let it = call::run_flow(vm, f)?;
    protocols::check_iterator(&it)?;
    Ok(it)
}

fn next(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.range("next", 1, 2)?;
    let it = &a[0];
    let is_iter = it
        .as_obj()
        .is_some_and(|o| matches!(o.kind(), Kind::Iter | Kind::Generator))
        || lookup_str(&a_type(it), "__next__").is_some();
    if !is_iter {
        return Err(error::type_error(format!(
            "'{}' object is not an iterator",
            type_name_of(it)
        )));
    }
    match protocols::next_or_stop(vm, it) {
        Ok(v) => Ok(v),
        Err(e) if a.len() == 2 && exc::matches_type(&e, &types().stop_iteration) => {
            Ok(a[1].clone())
        }
        Err(e) => Err(e),
    }
}

fn hash(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("hash", 1)?;
    Ok(int::from_i64(crate::interp::ops::hash(vm, &a[0])?))
}

fn id(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("id", 1)?;
    Ok(int::from_i64(match a[0].as_obj() {
        Some(o) => o.addr() as i64,
        None => (a[0].bits() >> 1) as i64 & 0x3fff_ffff_ffff,
    }))
}

fn callable(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("callable", 1)?;
    Ok(Value::bool(is_callable(&a[0])))
}

/// The interned attribute name of getattr/setattr/delattr/hasattr (CPython's message names no function).
/// A str subclass names the attribute its text names (instance attributes are keyed by interned
/// names, so `o.name` finds what `setattr(o, StrSubclass('name'), v)` stored).
fn name_arg(v: &Value) -> PyResult<ObjRef> {
    match v.as_obj() {
        Some(o) if o.kind() == Kind::Str && !o.ty().is(&types().str) => {
            match pystr::as_str_obj(v).filter(|s| !s.has_surrogates()) {
                Some(s) => Ok(pystr::intern(s.as_str())),
                None => Ok(o.clone()),
            }
        }
        Some(o) if o.kind() == Kind::Str => Ok(pystr::intern_obj(o)),
        _ => Err(error::type_error(format!(
            "attribute name must be string, not '{}'",
            type_name_of(v)
        ))),
    }
}

fn getattr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.range("getattr", 2, 3)?;
    let n = name_arg(&a[1])?;
    let r = attr::load_attr(vm, a[0].clone(), &n, false).and_then(|f| call::run_flow(vm, f));
    match r {
        Err(e) if a.len() == 3 && exc::matches_type(&e, &types().attribute_error) => {
            Ok(a[2].clone())
        }
        other => other,
    }
}

fn setattr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.range("setattr", 3, 3)?;
    let n = name_arg(&a[1])?;
    let f = attr::store_attr(vm, &a[0], &n, a[2].clone())?;
    call::run_flow(vm, f)?;
    Ok(Value::NONE)
}

fn delattr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.range("delattr", 2, 2)?;
    let n = name_arg(&a[1])?;
    let f = attr::delete_attr(vm, &a[0], &n)?;
    call::run_flow(vm, f)?;
    Ok(Value::NONE)
}

fn hasattr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.range("hasattr", 2, 2)?;
    let n = name_arg(&a[1])?;
    match attr::load_attr(vm, a[0].clone(), &n, false).and_then(|f| call::run_flow(vm, f)) {
        Ok(_) => Ok(Value::TRUE),
        Err(e) if exc::matches_type(&e, &types().attribute_error) => Ok(Value::FALSE),
        Err(e) => Err(e),
    }
}

fn abs(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("abs", 1)?;
    match a[0].unpack() {
        crate::heap::Unpacked::Int(i) => return Ok(int::from_i64(i.abs())),
        crate::heap::Unpacked::Float(f) => return Ok(Value::float(f.abs())),
        _ => {}
    }
    match lookup_str(&a_type(&a[0]), "__abs__") {
        Some(m) => call::call_special(vm, &m, &a[0], vec![]),
        None => Err(error::type_error(format!(
            "bad operand type for abs(): '{}'",
            type_name_of(&a[0])
        ))),
    }
}

fn minmax(vm: &mut Vm, args: &Args, is_max: bool) -> PyResult<Value> {
    let name = if is_max { "max" } else { "min" };
    let mut key = Value::NONE;
    let mut default = None;
    for (k, v) in args.kwargs() {
        match k {
            "key" => key = v.clone(),
            "default" => default = Some(v.clone()),
            _ => {
                return Err(error::type_error(format!(
                    "'{k}' is an invalid keyword argument for {name}()"
                )))
            }
        }
    }
    let pos = args.positional();
    let items = match pos.len() {
        0 => {
            return Err(error::type_error(format!(
                "{name} expected at least 1 argument, got 0"
            )))
        }
        1 => protocols::iterate(vm, &pos[0])?,
        _ => {
            if default.is_some() {
                return Err(error::type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            pos.to_vec()
        }
    };
    let mut best: Option<(Value, Value)> = None;
    for it in items {
        let k = if key.is_none() {
            it.clone()
        } else {
            call::call_value(vm, &key, vec![it.clone()])?
        };
        best = match best {
            None => Some((k, it)),
            Some((bk, bv)) => {
                let op = if is_max {
                    crate::compiler::bytecode::CmpOp::Gt
                } else {
                    crate::compiler::bytecode::CmpOp::Lt
                };
                let r = match crate::interp::ops::compare_fast(op, &k, &bk) {
                    Some(b) => b,
                    None => {
                        let r = {
                            let __f = crate::interp::ops::compare(vm, op, k.clone(), bk.clone())?;
                            call::run_flow(vm, __f)
                        }?;
                        crate::interp::ops::truthy(vm, &r)?
                    }
                };
                if r {
                    Some((k, it))
                } else {
                    Some((bk, bv))
                }
            }
        };
    }
    match best {
        Some((_, v)) => Ok(v),
        None => {
            default.ok_or_else(|| error::value_error(format!("{name}() arg is an empty sequence")))
        }
    }
}

fn min(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    minmax(vm, args, false)
}
fn max(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    minmax(vm, args, true)
}

fn sum(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [it, start] = args.bind("sum", ["iterable", "start"], 1, 1)?;
    let it = it.unwrap_or(Value::NONE);
    let mut acc = start.unwrap_or(int::from_i64(0));
    if pystr::as_str(&acc).is_some() {
        return Err(error::type_error(
            "sum() can't sum strings [use ''.join(seq) instead]",
        ));
    }
    if acc.as_obj().is_some_and(|o| o.kind() == Kind::Bytes) {
        return Err(error::type_error(
            "sum() can't sum bytes [use b''.join(seq) instead]",
        ));
    }
    if acc.as_obj().is_some_and(|o| o.kind() == Kind::ByteArray) {
        return Err(error::type_error(
            "sum() can't sum bytearray [use b''.join(seq) instead]",
        ));
    }
    let iter = {
        let __f = protocols::get_iter(vm, it)?;
        call::run_flow(vm, __f)
    }?;
    // Float sums use compensated (Neumaier) summation like CPython 3.12? No: 3.11 sums floats naively.
    while let Some(x) = protocols::next_value(vm, &iter)? {
        acc = match crate::interp::ops::binary_fast(crate::compiler::bytecode::BinOp::Add, &acc, &x)
        {
            Some(v) => v,
            None => {
                let __f =
                    crate::interp::ops::binary(vm, crate::compiler::bytecode::BinOp::Add, acc, x)?;
                call::run_flow(vm, __f)
            }?,
        };
    }
    Ok(acc)
}

fn any_all(vm: &mut Vm, args: &Args, want: bool) -> PyResult<Value> {
    let a = args.exact(if want { "any" } else { "all" }, 1)?;
    let iter = {
        let __f = protocols::get_iter(vm, a[0].clone())?;
        call::run_flow(vm, __f)
    }?;
    while let Some(x) = protocols::next_value(vm, &iter)? {
        if crate::interp::ops::truthy(vm, &x)? == want {
            return Ok(Value::bool(want));
        }
    }
    Ok(Value::bool(!want))
}

fn any(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    any_all(vm, args, true)
}
fn all(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    any_all(vm, args, false)
}

fn sorted(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let pos = args.positional();
    if pos.len() != 1 {
        return Err(error::type_error(format!(
            "sorted expected 1 argument, got {}",
            pos.len()
        )));
    }
    let items = protocols::iterate(vm, &pos[0])?;
    let l = list::new_list(items);
    let sort = attr::getattr(vm, &l, "sort")?;
    let kw: Vec<(&str, Value)> = args.kwargs().map(|(k, v)| (k, v.clone())).collect();
    call::call_value_kw(vm, &sort, Vec::new(), kw)?;
    Ok(l)
}

fn chr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("chr", 1)?;
    let i = protocols::index(vm, &a[0])?
        .to_i64()
        .ok_or_else(|| error::overflow_error("Python int too large to convert to C int"))?;
    if !(0..=0x10FFFF).contains(&i) {
        return Err(error::value_error("chr() arg not in range(0x110000)"));
    }
    Ok(match char::from_u32(i as u32) {
        Some(c) => {
            let mut b = [0u8; 4];
            Value::obj(pystr::intern(c.encode_utf8(&mut b)))
        }
        None => pystr::char_value(i as u32),
    })
}

fn ord(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("ord", 1)?;
    if let Some(s) = pystr::as_str_obj(&a[0]) {
        if s.char_len() != 1 {
            return Err(error::type_error(format!(
                "ord() expected a character, but string of length {} found",
                s.char_len()
            )));
        }
        return Ok(int::from_i64(s.code_point_at(0).unwrap_or(0) as i64));
    }
    if let Ok(b) = crate::interp::builtin_types::bytes_like(_vm, &a[0]) {
        if b.len() != 1 {
            return Err(error::type_error(format!(
                "ord() expected a character, but string of length {} found",
                b.len()
            )));
        }
        return Ok(int::from_i64(b[0] as i64));
    }
    Err(error::type_error(format!(
        "ord() expected string of length 1, but {} found",
        type_name_of(&a[0])
    )))
}

fn base_fmt(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    base: crate::format::PowerOfTwoBase,
) -> PyResult<Value> {
    let a = args.exact(name, 1)?;
    let b = protocols::index(vm, &a[0])?;
    let s = crate::format::int_to_base(crate::format::IntRef::Big(&b), base, true);
    Ok(pystr::new_string(s))
}

fn bin(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    base_fmt(vm, args, "bin", crate::format::PowerOfTwoBase::Binary)
}
fn oct(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    base_fmt(vm, args, "oct", crate::format::PowerOfTwoBase::Octal)
}
fn hex(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    base_fmt(vm, args, "hex", crate::format::PowerOfTwoBase::Hex)
}

fn round(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [number, ndigits] = args.bind("round", ["number", "ndigits"], 1, 0)?;
    let number = number.unwrap_or(Value::NONE);
    let ty = a_type(&number);
    let Some(m) = lookup_str(&ty, "__round__") else {
        return Err(error::type_error(format!(
            "type {} doesn't define __round__ method",
            type_name_of(&number)
        )));
    };
    let mut a = Vec::new();
    if let Some(n) = ndigits {
        if !n.is_none() {
            a.push(n);
        }
    }
    call::call_special(vm, &m, &number, a)
}

fn pow(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [base, exp, m] = args.bind("pow", ["base", "exp", "mod"], 2, 0)?;
    let (base, exp) = (base.unwrap_or(Value::NONE), exp.unwrap_or(Value::NONE));
    match m {
        Some(m) if !m.is_none() => {
            // Instances of Python classes (an int subclass's `__pow__`) take the slot path below.
            let user = |v: &Value| tdata(&a_type(v)).has(tflag::USER_SPECIALS);
            let native = !user(&base) && !user(&exp) && !user(&m);
            if let (true, Some(b), Some(e), Some(md)) = (
                native,
                int::to_big(&base).filter(|_| int::is_int(&base)),
                int::to_big(&exp).filter(|_| int::is_int(&exp)),
                int::to_big(&m).filter(|_| int::is_int(&m)),
            ) {
                return crate::interp::numops::pow_mod(&b, &e, &md);
            }
            // float's `__pow__` takes the mixed int/float cases, and refuses a modulus.
            let real = |v: &Value| int::is_int(v) || objects::float::to_f64(v).is_some();
            let py_slot = |v: &Value, n: &str| {
                lookup_str(&a_type(v), n)
                    .and_then(|f| f.as_obj().map(|o| o.kind() != Kind::Builtin))
                    .unwrap_or(false)
            };
            if real(&base)
                && real(&exp)
                && real(&m)
                && !(int::is_int(&base) && int::is_int(&exp) && int::is_int(&m))
                && !py_slot(&base, "__pow__")
                && !py_slot(&exp, "__rpow__")
            {
                return Err(error::type_error(
                    "pow() 3rd argument not allowed unless all arguments are integers",
                ));
            }
            let ty = a_type(&base);
            match lookup_str(&ty, "__pow__") {
                Some(f) => {
                    let r = call::call_value(vm, &f, vec![base.clone(), exp.clone(), m.clone()])?;
                    if crate::interp::ops::is_not_implemented(&r) {
                        return Err(error::type_error(format!(
                            "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
                            type_name_of(&base),
                            type_name_of(&exp),
                            type_name_of(&m)
                        )));
                    }
                    Ok(r)
                }
                None => Err(error::type_error(format!(
                    "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
                    type_name_of(&base),
                    type_name_of(&exp),
                    type_name_of(&m)
                ))),
            }
        }
        _ => {
            let __f =
                crate::interp::ops::binary(vm, crate::compiler::bytecode::BinOp::Power, base, exp)?;
            call::run_flow(vm, __f)
        }
    }
}

fn divmod(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.range("divmod", 2, 2)?;
    if let (Some(x), Some(y)) = (
        int::to_big(&a[0]).filter(|_| int::is_int(&a[0])),
        int::to_big(&a[1]).filter(|_| int::is_int(&a[1])),
    ) {
        if y.is_zero() {
            return Err(error::zero_division_error(
                "integer division or modulo by zero",
            ));
        }
        use num_integer::Integer;
        let (q, r) = x.div_mod_floor(&y);
        return Ok(tuple::new_tuple(vec![int::from_big(q), int::from_big(r)]));
    }
    let ty = a_type(&a[0]);
    if let Some(m) = lookup_str(&ty, "__divmod__") {
        let r = call::call_special(vm, &m, &a[0], vec![a[1].clone()])?;
        if !crate::interp::ops::is_not_implemented(&r) {
            return Ok(r);
        }
    }
    let ty2 = a_type(&a[1]);
    if let Some(m) = lookup_str(&ty2, "__rdivmod__") {
        let r = call::call_special(vm, &m, &a[1], vec![a[0].clone()])?;
        if !crate::interp::ops::is_not_implemented(&r) {
            return Ok(r);
        }
    }
    Err(error::type_error(format!(
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        type_name_of(&a[0]),
        type_name_of(&a[1])
    )))
}

fn caller_globals(vm: &Vm) -> Value {
    vm.frames
        .last()
        .map(|f| Value::obj(f.globals.clone()))
        .unwrap_or(Value::NONE)
}

fn globals(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("globals", 0)?;
    Ok(caller_globals(vm))
}

/// The caller's locals as a mapping (a snapshot dict for function frames).
pub fn caller_locals(vm: &mut Vm) -> PyResult<Value> {
    let Some(f) = vm.frames.last_mut() else {
        return Ok(Value::NONE);
    };
    if !f.locals.is_null() {
        return Ok(f.locals.clone());
    }
    Ok(objects::frameobj::cached_fast_locals(f))
}

fn locals(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("locals", 0)?;
    caller_locals(vm)
}

fn vars(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.range("vars", 0, 1)?;
    if a.is_empty() {
        return caller_locals(vm);
    }
    match attr::getattr_opt(vm, &a[0], "__dict__")? {
        Some(d) => Ok(d),
        None => Err(error::type_error(
            "vars() argument must have __dict__ attribute",
        )),
    }
}

fn dir(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.range("dir", 0, 1)?;
    let names = if a.is_empty() {
        let l = caller_locals(vm)?;
        match objects::dict::as_dict(&l) {
            Some(d) => d.keys(),
            None => protocols::iterate(vm, &l)?,
        }
    } else {
        let ty = a_type(&a[0]);
        let m = lookup_str(&ty, "__dir__")
            .ok_or_else(|| error::type_error("object does not provide __dir__"))?;
        let r = call::call_special(vm, &m, &a[0], vec![])?;
        protocols::iterate(vm, &r)?
    };
    let l = list::new_list(names);
    let sort = attr::getattr(vm, &l, "sort")?;
    call::call_value(vm, &sort, Vec::new())?;
    Ok(l)
}

fn format(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [v, spec] = args.bind("format", ["value", "format_spec"], 1, 2)?;
    let spec = spec.unwrap_or_else(|| pystr::new_str(""));
    let s = pystr::as_str(&spec).ok_or_else(|| {
        error::type_error(format!(
            "format() argument 2 must be str, not {}",
            type_name_of(&spec)
        ))
    })?;
    protocols::format(vm, &v.unwrap_or(Value::NONE), s)
}

fn input(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.range("input", 0, 1)?;
    if let Some(p) = a.first() {
        let s = protocols::str_string(vm, p)?;
        let out = vm.sys_attr("stdout").unwrap_or(Value::NONE);
        vm.write_to(&out, &s)?;
    }
    vm.flush_std()?;
    let stdin = vm.sys_attr("stdin").unwrap_or(Value::NONE);
    let rl = attr::getattr(vm, &stdin, "readline")?;
    let line = call::call_value(vm, &rl, Vec::new())?;
    let s = pystr::as_str(&line).unwrap_or("").to_string();
    if s.is_empty() {
        return Err(PyErr::new(&types().eof_error, "EOF when reading a line"));
    }
    Ok(pystr::new_string(
        s.strip_suffix('\n').unwrap_or(&s).to_string(),
    ))
}

/// The source of `exec`/`eval`/`compile` (`fname`) as text, or the code object given; `filename` names it
/// in a decoding error.
fn source_arg(
    vm: &mut Vm,
    v: &Value,
    fname: &str,
    filename: &str,
) -> PyResult<Result<String, ObjRef>> {
    if let Some(o) = v.as_obj() {
        if o.kind() == Kind::Code {
            return Ok(Err(o.clone()));
        }
    }
    if let Some(s) = pystr::as_str(v) {
        return Ok(Ok(s.to_string()));
    }
    match crate::interp::builtin_types::bytes_like(vm, v) {
        // Bytes are decoded as a source file is: BOM and PEP 263 coding cookie.
        Ok(b) => match weft_parser::decode_source(&b) {
            Ok(text) => Ok(Ok(text)),
            Err(mut e) => {
                e.filename = filename.to_string();
                if e.lineno == 0 {
                    e.end_offset = -1;
                }
                Err(crate::interp::compile::syntax_error(vm, e))
            }
        },
        Err(_) => Err(error::type_error(format!(
            "{fname}() arg 1 must be a string, bytes or {} object",
            if fname == "compile" { "AST" } else { "code" }
        ))),
    }
}

fn exec_or_eval(vm: &mut Vm, args: &Args, is_eval: bool) -> PyResult<Value> {
    let fname = if is_eval { "eval" } else { "exec" };
    let [src, g, l] = args.bind(fname, ["source", "globals", "locals"], 1, 3)?;
    let src = src.unwrap_or(Value::NONE);
    let g = g.filter(|v| !v.is_none());
    let l = l.filter(|v| !v.is_none());
    // PyMapping_Check: the type can be subscripted.
    let is_mapping = |v: &Value| lookup_str(&a_type(v), "__getitem__").is_some();
    if let Some(lv) = &l {
        if !is_mapping(lv) {
            return Err(error::type_error(if is_eval {
                "locals must be a mapping".to_string()
            } else {
                format!("locals must be a mapping or None, not {}", type_name_of(lv))
            }));
        }
    }
    let globals = match &g {
        Some(gv) => match gv.as_obj().filter(|o| o.kind() == Kind::Dict) {
            Some(o) => o.clone(),
            None => {
                return Err(error::type_error(if !is_eval {
                    format!("exec() globals must be a dict, not {}", type_name_of(gv))
                } else if is_mapping(gv) {
                    "globals must be a real dict; try eval(expr, {}, mapping)".to_string()
                } else {
                    "globals must be a dict".to_string()
                }))
            }
        },
        None => match caller_globals(vm).as_obj() {
            Some(o) => o.clone(),
            None => objects::dict::new_dict(),
        },
    };
    let locals = match (&l, &g) {
        (Some(lv), _) => lv.clone(),
        (None, Some(_)) => Value::obj(globals.clone()),
        (None, None) => caller_locals(vm)?,
    };
    if let Some(d) = globals.downcast::<Dict>() {
        if d.get_rs("__builtins__").is_none() {
            d.set_rs("__builtins__", Value::obj(vm.builtins_module()));
        }
    }
    let code = match source_arg(vm, &src, fname, "<string>")? {
        Err(code) => {
            if let Some(c) = code.downcast::<objects::code::Code>() {
                // Without a closure the free variables would have no cells to read.
                if !c.freevars.is_empty() {
                    return Err(error::type_error(if is_eval {
                        "code object passed to eval() may not contain free variables".to_string()
                    } else {
                        format!(
                            "code object requires a closure of exactly length {}",
                            c.freevars.len()
                        )
                    }));
                }
                call::check_no_params(c)?;
            }
            code
        }
        Ok(text) => {
            let text = if is_eval {
                text.trim_start_matches([' ', '\t']).to_string()
            } else {
                text
            };
            vm.compile_str(
                &text,
                "<string>",
                if is_eval {
                    crate::interp::compile::Mode::Eval
                } else {
                    crate::interp::compile::Mode::Exec
                },
                0,
            )?
        }
    };
    let r = vm.run_code(&code, globals, locals)?;
    Ok(if is_eval { r } else { Value::NONE })
}

fn exec(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    exec_or_eval(vm, args, false)
}
fn eval(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    exec_or_eval(vm, args, true)
}

fn compile(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [src, filename, mode, flags, dont_inherit, optimize, _fv] = args.bind(
        "compile",
        [
            "source",
            "filename",
            "mode",
            "flags",
            "dont_inherit",
            "optimize",
            "_feature_version",
        ],
        3,
        0,
    )?;
    let _ = (dont_inherit, optimize);
    let filename = match filename {
        Some(f) => match pystr::as_str(&f) {
            Some(s) => s.to_string(),
            None => match f.as_obj().filter(|o| o.kind() == Kind::Bytes) {
                Some(_) => crate::interp::builtin_types::bytes_like(vm, &f)
                    .map(|b| String::from_utf8_lossy(&b).into_owned())?,
                None => {
                    return Err(error::type_error(format!(
                        "expected str, bytes or os.PathLike object, not {}",
                        type_name_of(&f)
                    )))
                }
            },
        },
        None => String::new(),
    };
    let mode_s = mode
        .as_ref()
        .and_then(pystr::as_str)
        .unwrap_or("")
        .to_string();
    let flags = flags.and_then(|f| int::to_i64(&f)).unwrap_or(0) as u32;
    let only_ast = flags & ast_hook::PYCF_ONLY_AST != 0;
    let m = match mode_s.as_str() {
        "exec" => crate::interp::compile::Mode::Exec,
        "eval" => crate::interp::compile::Mode::Eval,
        "single" => crate::interp::compile::Mode::Single,
        "func_type" if only_ast => crate::interp::compile::Mode::FuncType,
        "func_type" => {
            return Err(error::value_error(
                "compile() mode 'func_type' requires flag PyCF_ONLY_AST",
            ))
        }
        _ if only_ast => {
            return Err(error::value_error(
                "compile() mode must be 'exec', 'eval', 'single' or 'func_type'",
            ))
        }
        _ => {
            return Err(error::value_error(
                "compile() mode must be 'exec', 'eval' or 'single'",
            ))
        }
    };
    let src = src.unwrap_or(Value::NONE);
    if let Some(hook) = ast_hook::ast_of(&src) {
        if only_ast {
            return Ok(src);
        }
        let tree = (hook.from_py)(vm, &src, m)?;
        return Ok(Value::obj(
            vm.compile_mod(&tree, None, &filename, m, flags)?,
        ));
    }
    match source_arg(vm, &src, "compile", &filename)? {
        Err(code) => Ok(Value::obj(code)),
        Ok(text) => match ast_hook::hook().filter(|_| only_ast) {
            Some(hook) => {
                let tree = vm
                    .parse_source(
                        &text,
                        m,
                        &filename,
                        flags & crate::interp::compile::TYPE_COMMENTS != 0,
                    )?
                    .map_err(|e| {
                        // CPython's parser nests deeper than weft's; its limit for a tree is hit
                        // building the Python nodes.
                        if e.msg == weft_parser::RECURSION_MSG {
                            return error::recursion_error(
                                "maximum recursion depth exceeded during ast construction",
                            );
                        }
                        crate::interp::compile::syntax_error(vm, e)
                    })?;
                (hook.to_py)(vm, &tree)
            }
            None if only_ast => Err(error::not_implemented_error(
                "compile() to an AST object needs the _ast module",
            )),
            None => Ok(Value::obj(vm.compile_str(&text, &filename, m, flags)?)),
        },
    }
}

fn import(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [name, globals, _locals, fromlist, level] = args.bind(
        "__import__",
        ["name", "globals", "locals", "fromlist", "level"],
        1,
        0,
    )?;
    let name = name.unwrap_or(Value::NONE);
    // PyImport_ImportModuleLevelObject's checks, in its order.
    let n = pystr::as_str(&name)
        .ok_or_else(|| error::type_error("module name must be a string"))?
        .to_string();
    let level = match level {
        Some(l) => crate::objects::method_support::ssize_arg(vm, &l)? as i64,
        None => 0,
    };
    if level < 0 {
        return Err(error::value_error("level must be >= 0"));
    }
    if level == 0 && n.is_empty() {
        return Err(error::value_error("Empty module name"));
    }
    let fromlist = fromlist.unwrap_or(Value::NONE);
    // The package of a relative import: `__package__`, else `__name__` (its parent for a module
    // that is not a package).
    let pkg = match globals.as_ref().and_then(objects::dict::as_dict) {
        Some(d) => d
            .get_rs("__package__")
            .and_then(|p| pystr::as_str(&p).map(|s| s.to_string()))
            .or_else(|| {
                let name = d.get_rs("__name__")?;
                let name = pystr::as_str(&name)?;
                Some(if d.get_rs("__path__").is_some() {
                    name.to_string()
                } else {
                    name.rsplit_once('.').map(|p| p.0).unwrap_or("").to_string()
                })
            })
            .unwrap_or_default(),
        None => String::new(),
    };
    if level > 0 && globals.is_some() {
        // Resolve relative to the given globals by pushing a pseudo-frame context.
        return crate::interp::import::import_relative_from(
            vm,
            &n,
            &fromlist,
            level as usize,
            &pkg,
        );
    }
    crate::interp::import::import_module_level(vm, &n, &fromlist, level as usize, &pkg)
}

/// `__build_class__(func, name, *bases, metaclass=..., **kwds)`.
fn build_class(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let pos = args.positional();
    if pos.len() < 2 {
        return Err(error::type_error("__build_class__: not enough arguments"));
    }
    let func = pos[0].clone();
    if func.as_obj().is_none_or(|o| o.kind() != Kind::Function) {
        return Err(error::type_error(
            "__build_class__: func must be a function",
        ));
    }
    let name = pos[1].clone();
    if pystr::as_str(&name).is_none() {
        return Err(error::type_error("__build_class__: name is not a string"));
    }
    let orig_bases: Vec<Value> = pos[2..].to_vec();
    // PEP 560: __mro_entries__.
    let mut bases: Vec<Value> = Vec::new();
    let mut changed = false;
    for b in &orig_bases {
        if typeobj::as_type(b).is_none() {
            if let Some(me) = attr::getattr_opt(vm, b, "__mro_entries__")? {
                let r = call::call_value(vm, &me, vec![tuple::new_tuple(orig_bases.clone())])?;
                let Some(t) = tuple::as_tuple(&r) else {
                    return Err(error::type_error("__mro_entries__ must return a tuple"));
                };
                bases.extend(t.iter().cloned());
                changed = true;
                continue;
            }
        }
        bases.push(b.clone());
    }
    let mut meta: Option<Value> = None;
    let mut kwds: Vec<(String, Value)> = Vec::new();
    for (k, v) in args.kwargs() {
        if k == "metaclass" {
            meta = Some(v.clone());
        } else {
            kwds.push((k.to_string(), v.clone()));
        }
    }
    let is_class_meta = meta.as_ref().is_none_or(|m| typeobj::as_type(m).is_some());
    let mut meta = match meta {
        Some(m) => m,
        None => match bases.first() {
            Some(b) => Value::obj(a_type(b)),
            None => Value::obj(types().type_.clone()),
        },
    };
    if is_class_meta {
        // Most derived metaclass.
        let mut winner = typeobj::as_type(&meta)
            .cloned()
            .unwrap_or_else(|| types().type_.clone());
        for b in &bases {
            let bm = a_type(b);
            if typeobj::is_subtype(&winner, &bm) {
                continue;
            }
            if typeobj::is_subtype(&bm, &winner) {
                winner = bm;
                continue;
            }
            return Err(error::type_error(
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
            ));
        }
        meta = Value::obj(winner);
    }
    let bases_t = tuple::new_tuple(bases);
    let ns = match attr::getattr_opt(vm, &meta, "__prepare__")? {
        Some(p) => call::call_value_kw(
            vm,
            &p,
            vec![name.clone(), bases_t.clone()],
            kwds.iter().map(|(k, v)| (k.as_str(), v.clone())).collect(),
        )?,
        None => Value::obj(objects::dict::new_dict()),
    };
    if !crate::interp::pattern::is_mapping(&ns) && lookup_str(&a_type(&ns), "__getitem__").is_none()
    {
        return Err(error::type_error(format!(
            "{}.__prepare__() must return a mapping, not {}",
            if typeobj::as_type(&meta).is_some() {
                typeobj::type_name(typeobj::as_type(&meta).expect("checked"))
            } else {
                "<metaclass>".into()
            },
            type_name_of(&ns)
        )));
    }
    // Run the class body with ns as its locals.
    let f = func
        .as_obj()
        .and_then(|o| o.downcast::<objects::function::Function>())
        .expect("checked");
    let code = f.code.borrow().clone();
    let mut frame = call::new_frame(vm, &code, &f.globals, &f.builtins, func.clone(), ns.clone())?;
    // The body's free variables (for nested classes/methods referencing enclosing functions).
    if let Some(cl) = tuple::as_tuple(&f.closure) {
        if let Some(c) = code.downcast::<objects::code::Code>() {
            for (k, cell) in cl.iter().enumerate() {
                if let Some(slot) = frame.slots.get_mut(c.free_start + k) {
                    *slot = cell.clone();
                }
            }
        }
    }
    let cell = vm.run_frame(frame)?;
    if changed {
        crate::interp::protocols::setitem_call(
            vm,
            ns.clone(),
            pystr::new_str("__orig_bases__"),
            tuple::new_tuple(orig_bases),
        )?;
    }
    let cls = call::call_value_kw(
        vm,
        &meta,
        vec![name, bases_t, ns],
        kwds.iter().map(|(k, v)| (k.as_str(), v.clone())).collect(),
    )?;
    if let Some(c) = cell
        .as_obj()
        .and_then(|o| o.downcast::<objects::cell::CellObj>())
    {
        let cur = c.value.borrow().clone();
        if cur.is_null() || cur.is_none() {
            *c.value.borrow_mut() = cls.clone();
        } else if cur.bits() != cls.bits() {
            return Err(error::type_error(format!(
                "__class__ set to {} defining {} as {}",
                protocols::repr_string(vm, &cur)?,
                protocols::repr_string(vm, &cls)?,
                protocols::repr_string(vm, &cls)?
            )));
        }
    }
    Ok(cls)
}

fn breakpoint(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(Value::NONE)
}

/// `sys.displayhook` default: print `repr(v)` and store it in `builtins._`.
pub fn display_hook(vm: &mut Vm, v: Value) -> PyResult<()> {
    if let Some(h) = vm.sys_attr("displayhook") {
        if h.as_obj()
            .and_then(|o| o.downcast::<objects::builtin::Builtin>())
            .is_none_or(|b| b.name != "displayhook")
        {
            call::call_value(vm, &h, vec![v])?;
            return Ok(());
        }
    }
    default_display_hook(vm, v)
}

pub fn default_display_hook(vm: &mut Vm, v: Value) -> PyResult<()> {
    if v.is_none() {
        return Ok(());
    }
    if let Some(b) = vm.builtins.downcast::<Dict>() {
        b.set_rs("_", Value::NONE);
    }
    let r = protocols::repr_string(vm, &v)?;
    let out = vm.sys_attr("stdout").unwrap_or(Value::NONE);
    vm.write_to(&out, &format!("{r}\n"))?;
    if let Some(b) = vm.builtins.downcast::<Dict>() {
        b.set_rs("_", v);
    }
    Ok(())
}

/// A `ModuleSpec`-like object for `__spec__` (`name`, `origin`, `parent`, `submodule_search_locations`).
pub fn module_spec(_vm: &mut Vm, name: &str, origin: &str, is_pkg: bool) -> PyResult<Value> {
    let ns = crate::interp::typecall::new_instance(&types().simple_namespace);
    let set = |k: &str, v: Value| {
        objects::instance::set(&ns, &pystr::intern(k), v);
    };
    set("name", pystr::new_str(name));
    set("origin", pystr::new_str(origin));
    set("has_location", Value::TRUE);
    set("cached", Value::NONE);
    set("loader", Value::NONE);
    set(
        "submodule_search_locations",
        if is_pkg {
            list::new_list(vec![pystr::new_str(
                origin.rsplit_once('/').map(|p| p.0).unwrap_or(""),
            )])
        } else {
            Value::NONE
        },
    );
    let parent = if is_pkg {
        name.to_string()
    } else {
        name.rsplit_once('.')
            .map(|p| p.0.to_string())
            .unwrap_or_default()
    };
    set("parent", pystr::new_string(parent));
    Ok(Value::obj(ns))
}

/// `X | Y` for types: a `types.UnionType`.
pub fn union_type(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    crate::interp::union::make_union(vm, a, b)
}

fn union_args(v: &Value) -> Option<Value> {
    crate::interp::union::union_args(v)
}

/// The builtins whose CPython call checks the recursion limit on entry, with " while calling a Python
/// object": the `METH_O` ones (through the specialised `CALL_NO_KW_BUILTIN_O`; `len` has a specialisation of
/// its own that does not) and the `METH_VARARGS`/`METH_NOARGS` ones (through `cfunction_call`), and
/// `sorted`, which runs inside its call of the method `list.sort` (a method call checks). The others are
/// `METH_FASTCALL`, whose specialised calls skip the check.
const CHECKED_ON_CALL: &[&str] = &[
    "repr", "ascii", "hash", "id", "callable", "abs", "min", "max", "chr", "ord", "bin", "oct",
    "hex", "globals", "locals", "vars", "dir", "any", "all", "sorted",
];

fn reg(d: &Dict, name: &'static str, f: NativeFn) {
    let doc = crate::interp::builtin_docs::function_doc(name);
    let ctx = if CHECKED_ON_CALL.contains(&name) {
        crate::interp::recursion::CALLING
    } else {
        ""
    };
    let b = new_builtin_checked(name, f, BuiltinKind::Function, doc, ctx);
    b.make_immortal();
    d.set_rs(name, Value::obj(b));
}

/// Creates the `builtins` module.
pub fn make_builtins(vm: &mut Vm) -> ObjRef {
    let m = objects::module::new_module("builtins");
    let d = objects::module::module_dict(&m).expect("module dict");
    let fns: &[(&'static str, NativeFn)] = &[
        ("print", print),
        ("len", len),
        ("repr", repr),
        ("ascii", ascii),
        ("isinstance", isinstance),
        ("issubclass", issubclass),
        ("iter", iter),
        ("next", next),
        ("hash", hash),
        ("id", id),
        ("callable", callable),
        ("getattr", getattr),
        ("setattr", setattr),
        ("delattr", delattr),
        ("hasattr", hasattr),
        ("abs", abs),
        ("min", min),
        ("max", max),
        ("sum", sum),
        ("any", any),
        ("all", all),
        ("sorted", sorted),
        ("chr", chr),
        ("ord", ord),
        ("bin", bin),
        ("oct", oct),
        ("hex", hex),
        ("round", round),
        ("pow", pow),
        ("divmod", divmod),
        ("globals", globals),
        ("locals", locals),
        ("vars", vars),
        ("dir", dir),
        ("format", format),
        ("input", input),
        ("exec", exec),
        ("eval", eval),
        ("compile", compile),
        ("__import__", import),
        ("__build_class__", build_class),
        ("breakpoint", breakpoint),
    ];
    for (n, f) in fns {
        reg(d, n, *f);
    }
    let t = types();
    let type_attrs: Vec<(&str, &ObjRef)> = vec![
        ("object", &t.object),
        ("type", &t.type_),
        ("int", &t.int),
        ("bool", &t.bool_),
        ("float", &t.float),
        ("complex", &t.complex),
        ("str", &t.str),
        ("bytes", &t.bytes),
        ("bytearray", &t.bytearray),
        ("list", &t.list),
        ("tuple", &t.tuple),
        ("dict", &t.dict),
        ("set", &t.set),
        ("frozenset", &t.frozenset),
        ("range", &t.range),
        ("slice", &t.slice),
        ("enumerate", &t.enumerate),
        ("zip", &t.zip),
        ("map", &t.map),
        ("filter", &t.filter),
        ("reversed", &t.reversed),
        ("property", &t.property),
        ("classmethod", &t.classmethod),
        ("staticmethod", &t.staticmethod),
        ("super", &t.super_),
        ("memoryview", &t.memoryview),
    ];
    for (n, ty) in type_attrs {
        d.set_rs(n, Value::obj(ty.clone()));
    }
    for e in &t.exceptions {
        d.set_rs(&typeobj::type_name(e), Value::obj(e.clone()));
    }
    for (n, ty) in d.items() {
        let Some(doc) = pystr::as_str(&n).and_then(crate::interp::builtin_docs::type_doc) else {
            continue;
        };
        let Some(ty) = ty.as_obj().filter(|o| o.kind() == Kind::Type) else {
            continue;
        };
        if tdata(ty).dict.get_rs("__doc__").is_none_or(|v| v.is_none()) {
            tdata(ty).dict.set_rs("__doc__", pystr::new_str(doc));
        }
    }
    d.set_rs("EnvironmentError", Value::obj(t.os_error.clone()));
    d.set_rs("IOError", Value::obj(t.os_error.clone()));
    d.set_rs("None", Value::NONE);
    d.set_rs("True", Value::TRUE);
    d.set_rs("False", Value::FALSE);
    d.set_rs("NotImplemented", Value::obj(t.not_implemented.clone()));
    d.set_rs("Ellipsis", Value::obj(t.ellipsis.clone()));
    d.set_rs("__debug__", Value::bool(vm.flags.optimize == 0));
    d.set_rs(
        "__doc__",
        pystr::new_str("Built-in functions, exceptions, and other objects."),
    );
    let _ = (
        tflag::HEAPTYPE,
        tdata(&t.object),
        Flow::Value(Value::NONE),
        Signed::abs(&num_bigint::BigInt::from(1)).to_i64(),
    );
    m
}
