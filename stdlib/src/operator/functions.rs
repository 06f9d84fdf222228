//! The plain functions of `_operator`: each is the operator or protocol of the same name, through the
//! vm's dispatch (so Python dunders run re-entrantly and CPython's messages come out).
use crate::support;
use weft_vm::compiler::bytecode::{BinOp, CmpOp, UnaryOp};
use weft_vm::heap::{Kind, Value};
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::{call, exc, ops, protocols, Vm};
use weft_vm::objects::builtin::{tail_call_kw, Args};
use weft_vm::objects::method_support::{exact_named, ssize_arg};
use weft_vm::objects::typeobj::lookup_str;
use weft_vm::objects::{dict, int, types};

/// Binary operators by function name.
pub(super) const BINARY: [(&str, BinOp); 26] = [
    ("add", BinOp::Add),
    ("sub", BinOp::Subtract),
    ("mul", BinOp::Multiply),
    ("matmul", BinOp::MatrixMultiply),
    ("floordiv", BinOp::FloorDivide),
    ("truediv", BinOp::TrueDivide),
    ("mod", BinOp::Remainder),
    ("lshift", BinOp::Lshift),
    ("rshift", BinOp::Rshift),
    ("and_", BinOp::And),
    ("or_", BinOp::Or),
    ("xor", BinOp::Xor),
    ("pow", BinOp::Power),
    ("iadd", BinOp::InplaceAdd),
    ("isub", BinOp::InplaceSubtract),
    ("imul", BinOp::InplaceMultiply),
    ("imatmul", BinOp::InplaceMatrixMultiply),
    ("ifloordiv", BinOp::InplaceFloorDivide),
    ("itruediv", BinOp::InplaceTrueDivide),
    ("imod", BinOp::InplaceRemainder),
    ("ilshift", BinOp::InplaceLshift),
    ("irshift", BinOp::InplaceRshift),
    ("iand", BinOp::InplaceAnd),
    ("ior", BinOp::InplaceOr),
    ("ixor", BinOp::InplaceXor),
    ("ipow", BinOp::InplacePower),
];

/// Comparisons by function name.
pub(super) const COMPARE: [(&str, CmpOp); 6] = [
    ("lt", CmpOp::Lt),
    ("le", CmpOp::Le),
    ("eq", CmpOp::Eq),
    ("ne", CmpOp::Ne),
    ("gt", CmpOp::Gt),
    ("ge", CmpOp::Ge),
];

/// Exactly `n` positional arguments of Argument Clinic's fastcall function `name`.
fn fixed<'a>(args: &Args<'a>, name: &str, n: usize) -> PyResult<&'a [Value]> {
    if args.has_kwargs() {
        return Err(error::type_error(format!(
            "_operator.{name}() takes no keyword arguments"
        )));
    }
    let pos = args.positional();
    if pos.len() != n {
        return Err(error::type_error(format!(
            "{name} expected {n} argument{}, got {}",
            if n == 1 { "" } else { "s" },
            pos.len()
        )));
    }
    Ok(pos)
}

/// The one argument of a `METH_O` function.
fn single<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a Value> {
    Ok(&exact_named(args, 1, || format!("_operator.{name}"))?[0])
}

pub(super) fn binary<const I: usize>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (name, op) = BINARY[I];
    let a = fixed(args, name, 2)?;
    if let Some(r) = ops::binary_fast(op, &a[0], &a[1]) {
        return Ok(r);
    }
    let f = ops::binary(vm, op, a[0].clone(), a[1].clone())?;
    call::run_flow(vm, f)
}

pub(super) fn compare<const I: usize>(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (name, op) = COMPARE[I];
    let a = fixed(args, name, 2)?;
    support::rich(vm, op, &a[0], &a[1])
}

fn unary(vm: &mut Vm, args: &Args, name: &str, op: UnaryOp) -> PyResult<Value> {
    let v = single(args, name)?;
    let f = protocols::unary(vm, op, v.clone())?;
    call::run_flow(vm, f)
}

pub(super) fn neg(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    unary(vm, args, "neg", UnaryOp::Negative)
}

pub(super) fn pos(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    unary(vm, args, "pos", UnaryOp::Positive)
}

pub(super) fn inv(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    unary(vm, args, "inv", UnaryOp::Invert)
}

pub(super) fn invert(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    unary(vm, args, "invert", UnaryOp::Invert)
}

pub(super) fn abs(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = single(args, "abs")?;
    let builtins = Value::obj(vm.builtins.clone());
    let b = dict::as_dict(&builtins)
        .or_else(|| weft_vm::objects::module::module_dict(&vm.builtins))
        .and_then(|d| d.get_rs("abs"))
        .ok_or_else(|| error::system_error("builtins.abs missing"))?;
    call::call_value(vm, &b, vec![v.clone()])
}

pub(super) fn not_(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = single(args, "not_")?;
    Ok(Value::bool(!ops::truthy(vm, v)?))
}

pub(super) fn truth(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = single(args, "truth")?;
    Ok(Value::bool(ops::truthy(vm, v)?))
}

pub(super) fn index(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = single(args, "index")?;
    if int::is_exact_int(v) {
        return Ok(v.clone());
    }
    Ok(int::from_big(protocols::index(vm, v)?))
}

pub(super) fn is_(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = fixed(args, "is_", 2)?;
    Ok(Value::bool(a[0].bits() == a[1].bits()))
}

pub(super) fn is_not(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = fixed(args, "is_not", 2)?;
    Ok(Value::bool(a[0].bits() != a[1].bits()))
}

/// `PySequence_Check`: not a dict, and has `__getitem__`.
fn is_sequence(v: &Value) -> bool {
    dict::as_dict(v).is_none() && lookup_str(&ops::a_type(v), "__getitem__").is_some()
}

/// Whether `v`'s type has CPython's `sq_concat` (the builtin sequences, native sequence types); user
/// classes only have `nb_add`.
fn has_sq_concat(v: &Value) -> bool {
    v.as_obj().is_some_and(|o| match o.kind() {
        Kind::List | Kind::Tuple | Kind::Str | Kind::Bytes | Kind::ByteArray => true,
        Kind::Native => is_sequence(v),
        _ => false,
    })
}

fn concat_impl(vm: &mut Vm, args: &Args, name: &str, op: BinOp) -> PyResult<Value> {
    let a = fixed(args, name, 2)?;
    if !(has_sq_concat(&a[0]) || is_sequence(&a[0]) && is_sequence(&a[1])) {
        return Err(error::type_error(format!(
            "'{}' object can't be concatenated",
            ops::type_name_of(&a[0])
        )));
    }
    let f = ops::binary(vm, op, a[0].clone(), a[1].clone())?;
    call::run_flow(vm, f)
}

pub(super) fn concat(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    concat_impl(vm, args, "concat", BinOp::Add)
}

pub(super) fn iconcat(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    concat_impl(vm, args, "iconcat", BinOp::InplaceAdd)
}

pub(super) fn contains(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = fixed(args, "contains", 2)?;
    let f = protocols::contains(vm, a[1].clone(), a[0].clone(), false)?;
    let r = call::run_flow(vm, f)?;
    Ok(Value::bool(ops::truthy(vm, &r)?))
}

/// An iterator over `seq` for a search, with `_PySequence_IterSearch`'s message.
fn search_iter(vm: &mut Vm, seq: &Value) -> PyResult<Value> {
    let r = protocols::get_iter(vm, seq.clone()).and_then(|f| call::run_flow(vm, f));
    match r {
        Err(e) if exc::matches_type(&e, &types().type_error) => Err(error::type_error(format!(
            "argument of type '{}' is not iterable",
            ops::type_name_of(seq)
        ))),
        r => r,
    }
}

pub(super) fn count_of(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = fixed(args, "countOf", 2)?;
    let it = search_iter(vm, &a[0])?;
    let mut n = 0i64;
    while let Some(x) = protocols::next_value(vm, &it)? {
        if ops::eq_bool(vm, &x, &a[1])? {
            n += 1;
        }
    }
    Ok(int::from_i64(n))
}

pub(super) fn index_of(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = fixed(args, "indexOf", 2)?;
    let it = search_iter(vm, &a[0])?;
    let mut i = 0i64;
    while let Some(x) = protocols::next_value(vm, &it)? {
        if ops::eq_bool(vm, &x, &a[1])? {
            return Ok(int::from_i64(i));
        }
        i += 1;
    }
    Err(error::value_error("sequence.index(x): x not in sequence"))
}

pub(super) fn getitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = fixed(args, "getitem", 2)?;
    if let Some(v) = protocols::subscr_fast(&a[0], &a[1]) {
        return Ok(v);
    }
    let f = protocols::getitem(vm, a[0].clone(), a[1].clone())?;
    call::run_flow(vm, f)
}

pub(super) fn setitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = fixed(args, "setitem", 3)?;
    protocols::setitem_call(vm, a[0].clone(), a[1].clone(), a[2].clone())?;
    Ok(Value::NONE)
}

pub(super) fn delitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = fixed(args, "delitem", 2)?;
    protocols::delitem_call(vm, a[0].clone(), a[1].clone())?;
    Ok(Value::NONE)
}

/// `length_hint(obj, default=0, /)`.
pub(super) fn length_hint(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.range("length_hint", 1, 2)?;
    let default = match a.get(1) {
        Some(v) => ssize_arg(vm, v)?,
        None => 0,
    };
    // `PyObject_LengthHint`: `len()` first when the type has it.
    if lookup_str(&ops::a_type(&a[0]), "__len__").is_some() {
        match protocols::len(vm, &a[0]) {
            Ok(n) => return Ok(int::from_i64(n as i64)),
            Err(e) if exc::matches_type(&e, &types().type_error) => {}
            Err(e) => return Err(e),
        }
    }
    // The vm's hint takes a usize default: a negative one comes back through a sentinel.
    let n = protocols::length_hint(vm, &a[0], usize::MAX)?;
    Ok(int::from_i64(if n == usize::MAX {
        default as i64
    } else {
        n as i64
    }))
}

/// `call(obj, /, *args, **kwargs)`: the call is made in tail position, so it adds no native level.
pub(super) fn call_(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let pos = args.positional();
    let Some(f) = pos.first() else {
        return Err(error::type_error(
            "call expected at least 1 argument, got 0",
        ));
    };
    tail_call_kw(vm, f, args.all[1..].to_vec(), args.kwnames)
}

/// `_compare_digest(a, b)`: equality whose time depends only on the length of `b`.
pub(super) fn compare_digest(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = fixed(args, "_compare_digest", 2)?;
    let (x, y) = (&a[0], &a[1]);
    let (bx, by) = match (
        weft_vm::objects::str::as_str_obj(x),
        weft_vm::objects::str::as_str_obj(y),
    ) {
        (Some(s), Some(t)) => {
            if !s.is_ascii() || !t.is_ascii() {
                return Err(error::type_error(
                    "comparing strings with non-ASCII characters is not supported",
                ));
            }
            (s.as_bytes().to_vec(), t.as_bytes().to_vec())
        }
        _ => {
            let buffer = |v: &Value| {
                weft_vm::objects::bytes::as_bytes(v).is_some()
                    || v.as_obj().is_some_and(|o| {
                        o.downcast::<weft_vm::objects::bytearray::ByteArray>()
                            .is_some()
                            || o.downcast::<weft_vm::objects::memoryview::MemoryView>()
                                .is_some()
                    })
            };
            if !buffer(x) && !buffer(y) {
                return Err(error::type_error(format!(
                    "unsupported operand types(s) or combination of types: '{}' and '{}'",
                    ops::type_name_of(x),
                    ops::type_name_of(y)
                )));
            }
            let bx = weft_vm::interp::builtin_types::bytes_like(vm, x)?;
            let by = weft_vm::interp::builtin_types::bytes_like(vm, y)?;
            (bx, by)
        }
    };
    Ok(Value::bool(constant_time_eq(&bx, &by)))
}

/// Compares every byte of `b` whatever the contents (CPython's `_tscmp`).
fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    let left = if a.len() == b.len() { a } else { b };
    let mut result: u8 = u8::from(a.len() != b.len());
    for (x, y) in left.iter().zip(b) {
        result |= x ^ y;
    }
    std::hint::black_box(result) == 0
}
