//! Operators: fast paths for builtin values, and dispatch to special methods. A special method written in
//! Python becomes a frame with a continuation (`Flow::Frame`); a native one is called directly.
use crate::compiler::bytecode::{BinOp, CmpOp};
use crate::heap::{Kind, ObjRef, Unpacked, Value};
use crate::interp::error::{self, PyErr, PyResult};
use crate::interp::frame::Frame;
use crate::interp::then::Then;
use crate::interp::{call, Flow, Vm};
use crate::objects::typeobj::{self, lookup, tdata};
use crate::objects::{self, dict::Dict, float, int, list, str as pystr, tuple, types};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

/// Result of a truth test in a conditional jump.
pub enum Truth {
    Jump(u32),
    NoJump { pop: bool },
    Frame(Box<Frame>),
}

/// Result of advancing an iterator.
pub enum Next {
    Item(Value),
    Done,
    Frame(Box<Frame>),
}

pub fn dunder(name: &'static str) -> ObjRef {
    // A static text keeps its address, so the address finds its interned str without hashing the text.
    type Slots = [Option<(usize, usize, ObjRef)>; 256];
    static BY_ADDR: crate::heap::GilShared<std::cell::RefCell<Slots>> =
        crate::heap::GilShared(std::cell::RefCell::new([const { None }; 256]));
    let (addr, len) = (name.as_ptr() as usize, name.len());
    let slot = (addr >> 3 ^ addr >> 11 ^ len) & 255;
    BY_ADDR.with(|c| {
        let mut c = c.borrow_mut();
        match &c[slot] {
            Some((a, n, o)) if *a == addr && *n == len => o.clone(),
            _ => {
                let o = pystr::intern(name);
                c[slot] = Some((addr, len, o.clone()));
                o
            }
        }
    })
}

fn binop_names(
    op: BinOp,
) -> (
    &'static str,
    &'static str,
    &'static str,
    Option<&'static str>,
) {
    use BinOp::*;
    // (symbol, __op__, __rop__, __iop__)
    match op {
        Add => ("+", "__add__", "__radd__", None),
        And => ("&", "__and__", "__rand__", None),
        FloorDivide => ("//", "__floordiv__", "__rfloordiv__", None),
        Lshift => ("<<", "__lshift__", "__rlshift__", None),
        MatrixMultiply => ("@", "__matmul__", "__rmatmul__", None),
        Multiply => ("*", "__mul__", "__rmul__", None),
        Remainder => ("%", "__mod__", "__rmod__", None),
        Or => ("|", "__or__", "__ror__", None),
        Power => ("** or pow()", "__pow__", "__rpow__", None),
        Rshift => (">>", "__rshift__", "__rrshift__", None),
        Subtract => ("-", "__sub__", "__rsub__", None),
        TrueDivide => ("/", "__truediv__", "__rtruediv__", None),
        Xor => ("^", "__xor__", "__rxor__", None),
        InplaceAdd => ("+=", "__add__", "__radd__", Some("__iadd__")),
        InplaceAnd => ("&=", "__and__", "__rand__", Some("__iand__")),
        InplaceFloorDivide => (
            "//=",
            "__floordiv__",
            "__rfloordiv__",
            Some("__ifloordiv__"),
        ),
        InplaceLshift => ("<<=", "__lshift__", "__rlshift__", Some("__ilshift__")),
        InplaceMatrixMultiply => ("@=", "__matmul__", "__rmatmul__", Some("__imatmul__")),
        InplaceMultiply => ("*=", "__mul__", "__rmul__", Some("__imul__")),
        InplaceRemainder => ("%=", "__mod__", "__rmod__", Some("__imod__")),
        InplaceOr => ("|=", "__or__", "__ror__", Some("__ior__")),
        InplacePower => ("**=", "__pow__", "__rpow__", Some("__ipow__")),
        InplaceRshift => (">>=", "__rshift__", "__rrshift__", Some("__irshift__")),
        InplaceSubtract => ("-=", "__sub__", "__rsub__", Some("__isub__")),
        InplaceTrueDivide => ("/=", "__truediv__", "__rtruediv__", Some("__itruediv__")),
        InplaceXor => ("^=", "__xor__", "__rxor__", Some("__ixor__")),
    }
}

/// The non-inplace form of an operator.
pub fn base_op(op: BinOp) -> BinOp {
    use BinOp::*;
    match op {
        InplaceAdd => Add,
        InplaceAnd => And,
        InplaceFloorDivide => FloorDivide,
        InplaceLshift => Lshift,
        InplaceMatrixMultiply => MatrixMultiply,
        InplaceMultiply => Multiply,
        InplaceRemainder => Remainder,
        InplaceOr => Or,
        InplacePower => Power,
        InplaceRshift => Rshift,
        InplaceSubtract => Subtract,
        InplaceTrueDivide => TrueDivide,
        InplaceXor => Xor,
        o => o,
    }
}

/// Small-int and float arithmetic without any lookup or allocation.
#[inline]
pub fn binary_fast(op: BinOp, a: &Value, b: &Value) -> Option<Value> {
    use BinOp::*;
    if let (Some(x), Some(y)) = (a.as_int(), b.as_int()) {
        // Inline ints are 48-bit, so +, - and * of two never overflow i64.
        return match base_op(op) {
            Add => Some(int::from_i64(x + y)),
            Subtract => Some(int::from_i64(x - y)),
            Multiply => x.checked_mul(y).map(int::from_i64),
            FloorDivide if y != 0 => Some(int::from_i64(
                x.div_euclid(y)
                    - if (x.rem_euclid(y) != 0) && y < 0 {
                        1
                    } else {
                        0
                    },
            )),
            Remainder if y != 0 => {
                let r = x % y;
                Some(int::from_i64(if r != 0 && ((r < 0) != (y < 0)) {
                    r + y
                } else {
                    r
                }))
            }
            And => Some(int::from_i64(x & y)),
            Or => Some(int::from_i64(x | y)),
            Xor => Some(int::from_i64(x ^ y)),
            Rshift if y >= 0 => Some(int::from_i64(if y >= 64 {
                if x < 0 {
                    -1
                } else {
                    0
                }
            } else {
                x >> y
            })),
            Lshift if (0..16).contains(&y) => Some(int::from_i64(x << y)),
            TrueDivide if y != 0 && x.abs() < (1 << 53) && y.abs() < (1 << 53) => {
                Some(Value::float(x as f64 / y as f64))
            }
            _ => None,
        };
    }
    let (x, y) = match (a.as_float(), b.as_float()) {
        (Some(x), Some(y)) => (x, y),
        (Some(x), None) => (x, b.as_int()? as f64),
        (None, Some(y)) => (a.as_int()? as f64, y),
        _ => return None,
    };
    match base_op(op) {
        Add => Some(Value::float(x + y)),
        Subtract => Some(Value::float(x - y)),
        Multiply => Some(Value::float(x * y)),
        TrueDivide if y != 0.0 => Some(Value::float(x / y)),
        _ => None,
    }
}

/// `a + b` for two exact strs or tuples, or (not in place: `+=` extends a list) two exact lists, without
/// the dunder dispatch.
#[inline]
pub fn concat_fast(op: BinOp, a: &Value, b: &Value) -> Option<Value> {
    let (x, y) = (a.as_obj()?, b.as_obj()?);
    if !matches!(op, BinOp::Add | BinOp::InplaceAdd) || !x.ty().is(y.ty()) {
        return None;
    }
    let t = types();
    if x.ty().is(&t.str) {
        return Some(pystr::concat(pystr::as_str_obj(a)?, pystr::as_str_obj(b)?));
    }
    if x.ty().is(&t.tuple) {
        let (p, q) = (tuple::as_tuple(a)?, tuple::as_tuple(b)?);
        return Some(tuple::new_tuple([p, q].concat()));
    }
    if op == BinOp::Add && x.ty().is(&t.list) {
        let (p, q) = (list::as_list(a)?, list::as_list(b)?);
        let items = [&p.items.borrow()[..], &q.items.borrow()[..]].concat();
        return Some(list::new_list(items));
    }
    None
}

/// Full binary-operator dispatch (CPython's `binary_op1` plus sequence concatenation/repetition).
pub fn binary(vm: &mut Vm, op: BinOp, a: Value, b: Value) -> PyResult<Flow> {
    let (sym, name, rname, iname) = binop_names(op);
    // In-place: try __iop__ first.
    if let Some(iname) = iname {
        if let Some(r) = builtin_inplace(vm, op, &a, &b)? {
            return Ok(Flow::Value(r));
        }
        let ta = a_type(&a);
        // Native types (`deque.__iadd__`) define in-place operators of their own too.
        let native = a.as_obj().is_some_and(|o| o.kind() == Kind::Native);
        if native || tdata(&ta).has(typeobj::tflag::USER_SPECIALS) {
            if let Some(m) = lookup(&ta, &dunder(iname)) {
                let then = Then::Binary {
                    op,
                    lhs: a.clone(),
                    rhs: b.clone(),
                    reflected: false,
                    iop: true,
                };
                let flow = call::call_special_then(vm, &m, vec![a.clone(), b.clone()], then)?;
                match flow {
                    Flow::Value(v) if is_not_implemented(&v) => {}
                    other => return Ok(other),
                }
            }
        }
    }
    binary_dispatch(vm, base_op(op), op, sym, name, rname, a, b, false)
}

#[allow(clippy::too_many_arguments)]
fn binary_dispatch(
    vm: &mut Vm,
    op: BinOp,
    orig_op: BinOp,
    sym: &str,
    name: &'static str,
    rname: &'static str,
    a: Value,
    b: Value,
    skip_left: bool,
) -> PyResult<Flow> {
    let ta = a_type(&a);
    let tb = a_type(&b);
    let user_a = tdata(&ta).has(typeobj::tflag::USER_SPECIALS);
    let user_b = tdata(&tb).has(typeobj::tflag::USER_SPECIALS);
    if !user_a && !user_b {
        if let Some(r) = builtin_binary(vm, op, &a, &b)? {
            return Ok(Flow::Value(r));
        }
        // Types, dict views and native objects (`type.__or__`, `dict_keys.__ror__`, a union's `__or__`)
        // define operators of their own; numbers and sequences are fully covered above, and their natives
        // would give other messages.
        let own = |v: &Value| {
            v.as_obj()
                .is_some_and(|o| matches!(o.kind(), Kind::Type | Kind::Native | Kind::DictView))
        };
        if !own(&a) && !own(&b) {
            return Err(binop_type_error(sym, &a, &b));
        }
    }
    let left = if skip_left {
        None
    } else {
        lookup(&ta, &dunder(name))
    };
    let right = if ta.is(&tb) {
        None
    } else {
        lookup(&tb, &dunder(rname))
    };
    let right_first = right.is_some() && !ta.is(&tb) && typeobj::is_subtype(&tb, &ta) && {
        // Only when the right operand's type overrides the reflected method.
        let lr = lookup(&ta, &dunder(rname));
        match (&lr, &right) {
            (Some(x), Some(y)) => x.bits() != y.bits(),
            _ => true,
        }
    };
    // A builtin sequence's `+`/`*` is CPython's sq_concat/sq_repeat, tried only after both number
    // methods: the right operand's reflected method goes first (`"s" + V()` calls `V.__radd__`).
    let seq_left = matches!(op, BinOp::Add | BinOp::Multiply)
        && left
            .as_ref()
            .and_then(|l| l.as_obj())
            .is_some_and(|l| l.kind() == Kind::Builtin)
        && a.as_obj().is_some_and(|o| {
            matches!(
                o.kind(),
                Kind::Str | Kind::Bytes | Kind::ByteArray | Kind::List | Kind::Tuple
            )
        });
    let mut candidates: Vec<(Value, bool)> = Vec::new();
    if right_first || seq_left {
        if let Some(r) = &right {
            candidates.push((r.clone(), true));
        }
        if let Some(l) = &left {
            candidates.push((l.clone(), false));
        }
    } else {
        if let Some(l) = &left {
            candidates.push((l.clone(), false));
        }
        if let Some(r) = &right {
            candidates.push((r.clone(), true));
        }
    }
    for (m, reflected) in candidates {
        if seq_left
            && !reflected
            && op == BinOp::Multiply
            && !int::is_int(&b)
            && lookup(&tb, &dunder("__index__")).is_none()
        {
            return Err(error::type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                type_name_of(&b)
            )));
        }
        let args = if reflected {
            vec![b.clone(), a.clone()]
        } else {
            vec![a.clone(), b.clone()]
        };
        let then = Then::Binary {
            op: orig_op,
            lhs: a.clone(),
            rhs: b.clone(),
            reflected,
            iop: false,
        };
        match call::call_special_then(vm, &m, args, then)? {
            Flow::Value(v) if is_not_implemented(&v) => continue,
            other => return Ok(other),
        }
    }
    Err(binop_type_error(sym, &a, &b))
}

/// Continues a binary operation after a Python dunder returned `NotImplemented`.
pub fn binary_continue(
    vm: &mut Vm,
    op: BinOp,
    a: Value,
    b: Value,
    reflected: bool,
    iop: bool,
) -> PyResult<Flow> {
    let (sym, name, rname, _) = binop_names(op);
    if iop {
        // __iop__ said NotImplemented: the plain dispatch comes next.
        return binary_dispatch(vm, base_op(op), op, sym, name, rname, a, b, false);
    }
    if reflected {
        // The reflected method ran (first, when the right type is a subclass); try the left one.
        let ta = a_type(&a);
        if let Some(l) = lookup(&ta, &dunder(name)) {
            let then = Then::Binary {
                op,
                lhs: a.clone(),
                rhs: b.clone(),
                reflected: true,
                iop: false,
            };
            match call::call_special_then(vm, &l, vec![a.clone(), b.clone()], then)? {
                Flow::Value(v) if is_not_implemented(&v) => {}
                other => return Ok(other),
            }
        }
        return Err(binop_type_error(sym, &a, &b));
    }
    // The left method returned NotImplemented: try the reflected one.
    let ta = a_type(&a);
    let tb = a_type(&b);
    if !ta.is(&tb) {
        if let Some(r) = lookup(&tb, &dunder(rname)) {
            let then = Then::Binary {
                op,
                lhs: a.clone(),
                rhs: b.clone(),
                reflected: true,
                iop: false,
            };
            match call::call_special_then(vm, &r, vec![b.clone(), a.clone()], then)? {
                Flow::Value(v) if is_not_implemented(&v) => {}
                other => return Ok(other),
            }
        }
    }
    Err(binop_type_error(sym, &a, &b))
}

pub fn is_not_implemented(v: &Value) -> bool {
    v.as_obj().is_some_and(|o| o.is(&types().not_implemented))
}

/// The type of a value (cheap for inline values).
#[inline]
pub fn a_type(v: &Value) -> ObjRef {
    let t = types();
    match v.unpack() {
        Unpacked::Int(_) => t.int.clone(),
        Unpacked::Float(_) => t.float.clone(),
        Unpacked::Bool(_) => t.bool_.clone(),
        Unpacked::None | Unpacked::Null => t.none_type.clone(),
        Unpacked::Obj(o) => o.ty().clone(),
    }
}

pub fn type_name_of(v: &Value) -> String {
    typeobj::type_name(&a_type(v))
}

#[cold]
fn binop_type_error(sym: &str, a: &Value, b: &Value) -> PyErr {
    if sym == "+" {
        if let (Some(_), false) = (pystr::as_str(a), pystr::as_str(b).is_some()) {
            return error::type_error(format!(
                "can only concatenate str (not \"{}\") to str",
                type_name_of(b)
            ));
        }
        if list::as_list(a).is_some() && list::as_list(b).is_none() {
            return error::type_error(format!(
                "can only concatenate list (not \"{}\") to list",
                type_name_of(b)
            ));
        }
        if tuple::as_tuple(a).is_some() && tuple::as_tuple(b).is_none() {
            return error::type_error(format!(
                "can only concatenate tuple (not \"{}\") to tuple",
                type_name_of(b)
            ));
        }
    }
    if sym == "*" || sym == "*=" {
        let seq = |v: &Value| {
            pystr::as_str(v).is_some() || list::as_list(v).is_some() || tuple::as_tuple(v).is_some()
        };
        if seq(a) || seq(b) {
            let other = if seq(a) { b } else { a };
            return error::type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                type_name_of(other)
            ));
        }
    }
    error::type_error(format!(
        "unsupported operand type(s) for {}: '{}' and '{}'",
        sym,
        type_name_of(a),
        type_name_of(b)
    ))
}

/// A numeric view of a builtin number.
enum Num {
    Int(BigInt),
    Float(f64),
    Complex(f64, f64),
}

fn as_num(v: &Value) -> Option<Num> {
    match v.unpack() {
        Unpacked::Int(i) => Some(Num::Int(BigInt::from(i))),
        Unpacked::Bool(b) => Some(Num::Int(BigInt::from(b as i64))),
        Unpacked::Float(f) => Some(Num::Float(f)),
        Unpacked::Obj(o) => match o.kind() {
            Kind::Int => int::big_obj(o).map(|b| Num::Int(b.clone())),
            Kind::Float => float::to_f64(v).map(Num::Float),
            Kind::Complex => objects::complex::as_complex(v).map(|(r, i)| Num::Complex(r, i)),
            _ => None,
        },
        _ => None,
    }
}

/// Arithmetic on builtin values (numbers, sequences); `None` when the operand types do not support `op`.
pub fn builtin_binary(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    if let (Some(x), Some(y)) = (a.as_bool(), b.as_bool()) {
        // bool's own `&`, `|`, `^` keep the type.
        match base_op(op) {
            BinOp::And => return Ok(Some(Value::bool(x & y))),
            BinOp::Or => return Ok(Some(Value::bool(x | y))),
            BinOp::Xor => return Ok(Some(Value::bool(x ^ y))),
            _ => {}
        }
    }
    if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
        return crate::interp::numops::arith(op, x.into(), y.into());
    }
    crate::interp::seqops::seq_binary(vm, op, a, b)
}

fn builtin_inplace(vm: &mut Vm, op: BinOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    // Mutable builtins with in-place forms: list +=, list *=, set |= etc., dict |=, bytearray +=.
    crate::interp::seqops::seq_inplace(vm, op, a, b)
}

impl From<Num> for crate::interp::numops::N {
    fn from(n: Num) -> Self {
        match n {
            Num::Int(i) => crate::interp::numops::N::Int(i),
            Num::Float(f) => crate::interp::numops::N::Float(f),
            Num::Complex(r, i) => crate::interp::numops::N::Complex(r, i),
        }
    }
}

/// Builtin equality without Python code (`None` when a Python `__eq__` might be involved).
pub fn builtin_eq(a: &Value, b: &Value) -> Option<bool> {
    match (a.unpack(), b.unpack()) {
        (Unpacked::Int(x), Unpacked::Int(y)) => Some(x == y),
        (Unpacked::Float(x), Unpacked::Float(y)) => Some(x == y),
        (Unpacked::Int(x), Unpacked::Float(y)) | (Unpacked::Float(y), Unpacked::Int(x)) => {
            Some((x as f64) == y && (y as i64) == x)
        }
        (Unpacked::Bool(x), Unpacked::Bool(y)) => Some(x == y),
        (Unpacked::Bool(x), Unpacked::Int(y)) | (Unpacked::Int(y), Unpacked::Bool(x)) => {
            Some(x as i64 == y)
        }
        (Unpacked::Bool(x), Unpacked::Float(y)) | (Unpacked::Float(y), Unpacked::Bool(x)) => {
            Some(x as i64 as f64 == y)
        }
        (Unpacked::None, Unpacked::None) => Some(true),
        (Unpacked::None, _) | (_, Unpacked::None) => {
            let other = if a.is_none() { b } else { a };
            if other.is_obj() && tdata(&a_type(other)).has(typeobj::tflag::USER_SPECIALS) {
                None
            } else {
                Some(false)
            }
        }
        (Unpacked::Obj(x), Unpacked::Obj(y)) => {
            if x.is(y) {
                return Some(true);
            }
            let (tx, ty) = (x.ty(), y.ty());
            let t = types();
            if tx.is(&t.str) && ty.is(&t.str) {
                let (sx, sy) = (x.downcast::<pystr::Str>()?, y.downcast::<pystr::Str>()?);
                return Some(sx.text_eq(sy));
            }
            if tx.is(&t.int) && ty.is(&t.int) {
                return Some(int::big_obj(x)? == int::big_obj(y)?);
            }
            if tx.is(&t.bytes) && ty.is(&t.bytes) {
                return Some(objects::bytes::as_bytes(a)? == objects::bytes::as_bytes(b)?);
            }
            if tx.is(&t.tuple) && ty.is(&t.tuple) {
                let (p, q) = (tuple::as_tuple(a)?, tuple::as_tuple(b)?);
                if p.len() != q.len() {
                    return Some(false);
                }
                for (u, v) in p.iter().zip(q.iter()) {
                    if !builtin_eq(u, v)? {
                        return Some(false);
                    }
                }
                return Some(true);
            }
            let ux = tdata(tx).has(typeobj::tflag::USER_SPECIALS);
            let uy = tdata(ty).has(typeobj::tflag::USER_SPECIALS);
            let simple = |k: Kind| {
                matches!(
                    k,
                    Kind::Str
                        | Kind::Int
                        | Kind::Bytes
                        | Kind::Type
                        | Kind::Function
                        | Kind::Builtin
                        | Kind::Module
                        | Kind::Code
                )
            };
            if !ux && !uy && simple(x.kind()) && simple(y.kind()) && x.kind() != y.kind() {
                return Some(false);
            }
            if !ux
                && !uy
                && matches!(
                    x.kind(),
                    Kind::Type
                        | Kind::Function
                        | Kind::Builtin
                        | Kind::Module
                        | Kind::Code
                        | Kind::Object
                )
                && x.kind() == y.kind()
            {
                return Some(false);
            }
            None
        }
        (Unpacked::Obj(o), _) | (_, Unpacked::Obj(o)) => {
            let other = if a.is_obj() { b } else { a };
            let t = types();
            if o.ty().is(&t.str) || o.ty().is(&t.tuple) || o.ty().is(&t.list) || o.ty().is(&t.bytes)
            {
                return Some(false);
            }
            if o.ty().is(&t.int) {
                // A big int equals a float only when the float is that integer exactly.
                return Some(match other.as_float() {
                    Some(f) => int::big_obj(o).is_some_and(|i| {
                        crate::numeric::int_float::compare_int_float(i, f)
                            == Some(std::cmp::Ordering::Equal)
                    }),
                    None => false,
                });
            }
            None
        }
        _ => Some(false),
    }
}

/// Hash without Python code, for builtin values (`None` when `__hash__` must be called or it is unhashable).
pub fn builtin_hash(v: &Value) -> Option<i64> {
    match v.unpack() {
        Unpacked::Int(i) => Some(crate::interp::numops::hash_i64(i)),
        Unpacked::Float(f) => Some(crate::interp::numops::hash_f64(f).unwrap_or(0)),
        Unpacked::Bool(b) => Some(b as i64),
        Unpacked::None => Some(0xFCA8_6420_i64),
        Unpacked::Null => None,
        Unpacked::Obj(o) => {
            let t = types();
            let ty = o.ty();
            if ty.is(&t.str) {
                return o.downcast::<pystr::Str>().map(|s| s.hash());
            }
            if ty.is(&t.int) {
                return int::big_obj(o).map(crate::interp::numops::hash_big);
            }
            if ty.is(&t.float) {
                // A NaN: hashed by its identity.
                let f = o.downcast::<float::FloatObj>()?;
                return Some(crate::numeric::hash::hash_float(f.0, o.addr()));
            }
            if ty.is(&t.bytes) {
                return o.downcast::<objects::bytes::Bytes>().map(|b| b.hash());
            }
            if ty.is(&t.tuple) {
                let tp = o.downcast::<objects::tuple::Tuple>()?;
                if let Some(h) = tp.hash.get() {
                    return Some(h);
                }
                let mut hs = Vec::with_capacity(tp.items.len());
                for it in tp.items.iter() {
                    hs.push(builtin_hash(it)?);
                }
                let h = crate::interp::numops::hash_tuple(&hs);
                tp.hash.set(Some(h));
                return Some(h);
            }
            if !tdata(ty).has(typeobj::tflag::USER_SPECIALS)
                && matches!(
                    o.kind(),
                    Kind::Type
                        | Kind::Function
                        | Kind::Builtin
                        | Kind::Module
                        | Kind::Code
                        | Kind::Singleton
                        | Kind::Cell
                )
            {
                return Some(identity_hash(o));
            }
            None
        }
    }
}

pub fn identity_hash(o: &ObjRef) -> i64 {
    let a = o.addr();
    let h = (a >> 4 | a << (usize::BITS - 4)) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `hash(v)`, calling `__hash__` when needed (re-entrantly: the callers are natives).
pub fn hash(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    if let Some(h) = builtin_hash(v) {
        return Ok(h);
    }
    crate::interp::protocols::hash_slow(vm, v)
}

/// `a == b` as a bool (re-entrant; identity implies equality as in containers).
pub fn eq_bool(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    if a.bits() == b.bits() {
        return Ok(true);
    }
    if let Some(r) = builtin_eq(a, b) {
        return Ok(r);
    }
    let r = {
        let __f = compare(vm, CmpOp::Eq, a.clone(), b.clone())?;
        call::run_flow(vm, __f)
    }?;
    truthy(vm, &r)
}

/// Comparisons of builtin numbers and strs without lookup (always inlined: the eval loop's
/// `COMPARE_OP` relies on it).
#[inline(always)]
pub fn compare_fast(op: CmpOp, a: &Value, b: &Value) -> Option<bool> {
    use std::cmp::Ordering;
    let ord = match (a.unpack(), b.unpack()) {
        (Unpacked::Int(x), Unpacked::Int(y)) => x.cmp(&y),
        (Unpacked::Float(x), Unpacked::Float(y)) => return Some(cmp_f64(op, x, y)),
        (Unpacked::Int(x), Unpacked::Float(y)) if x.abs() < (1 << 53) => {
            return Some(cmp_f64(op, x as f64, y))
        }
        (Unpacked::Float(x), Unpacked::Int(y)) if y.abs() < (1 << 53) => {
            return Some(cmp_f64(op, x, y as f64))
        }
        (Unpacked::Obj(x), Unpacked::Obj(y)) => {
            let t = types();
            if x.ty().is(&t.str) && y.ty().is(&t.str) {
                let (sx, sy) = (x.downcast::<pystr::Str>()?, y.downcast::<pystr::Str>()?);
                sx.text_cmp(sy)
            } else {
                return None;
            }
        }
        _ => return None,
    };
    Some(match op {
        CmpOp::Lt => ord == Ordering::Less,
        CmpOp::Le => ord != Ordering::Greater,
        CmpOp::Eq => ord == Ordering::Equal,
        CmpOp::Ne => ord != Ordering::Equal,
        CmpOp::Gt => ord == Ordering::Greater,
        CmpOp::Ge => ord != Ordering::Less,
    })
}

fn cmp_f64(op: CmpOp, x: f64, y: f64) -> bool {
    match op {
        CmpOp::Lt => x < y,
        CmpOp::Le => x <= y,
        CmpOp::Eq => x == y,
        CmpOp::Ne => x != y,
        CmpOp::Gt => x > y,
        CmpOp::Ge => x >= y,
    }
}

pub fn cmp_names(op: CmpOp) -> (&'static str, &'static str, &'static str) {
    match op {
        CmpOp::Lt => ("<", "__lt__", "__gt__"),
        CmpOp::Le => ("<=", "__le__", "__ge__"),
        CmpOp::Eq => ("==", "__eq__", "__eq__"),
        CmpOp::Ne => ("!=", "__ne__", "__ne__"),
        CmpOp::Gt => (">", "__gt__", "__lt__"),
        CmpOp::Ge => (">=", "__ge__", "__le__"),
    }
}

pub fn swap_cmp(op: CmpOp) -> CmpOp {
    match op {
        CmpOp::Lt => CmpOp::Gt,
        CmpOp::Le => CmpOp::Ge,
        CmpOp::Gt => CmpOp::Lt,
        CmpOp::Ge => CmpOp::Le,
        o => o,
    }
}

/// Rich comparison (CPython's `do_richcompare`).
pub fn compare(vm: &mut Vm, op: CmpOp, a: Value, b: Value) -> PyResult<Flow> {
    let ta = a_type(&a);
    let tb = a_type(&b);
    let (_, name, rname) = cmp_names(op);
    let user = tdata(&ta).has(typeobj::tflag::USER_SPECIALS)
        || tdata(&tb).has(typeobj::tflag::USER_SPECIALS);
    if !user {
        if let Some(r) = crate::interp::compare::builtin_compare(vm, op, &a, &b)? {
            return Ok(Flow::Value(Value::bool(r)));
        }
    }
    let reflected_first =
        !ta.is(&tb) && typeobj::is_subtype(&tb, &ta) && lookup(&tb, &dunder(rname)).is_some();
    let order: [(bool, &str); 2] = if reflected_first {
        [(true, rname), (false, name)]
    } else {
        [(false, name), (true, rname)]
    };
    // As CPython's `do_richcompare`, the reflected method runs even for operands of one type
    // (`a > b` falls back to `b.__lt__(a)`).
    for (refl, n) in order {
        let t = if refl { &tb } else { &ta };
        if let Some(m) = lookup(t, &dunder(n)) {
            let args = if refl {
                vec![b.clone(), a.clone()]
            } else {
                vec![a.clone(), b.clone()]
            };
            let then = Then::Compare {
                op,
                lhs: a.clone(),
                rhs: b.clone(),
                reflected: refl != reflected_first,
            };
            match compare_call(vm, &m, args, then)? {
                Some(Flow::Value(v)) if is_not_implemented(&v) => continue,
                None => continue,
                Some(other) => return Ok(other),
            }
        }
    }
    compare_default(op, &a, &b).map(Flow::Value)
}

/// Calls comparison method `m` on `args[0]` (CPython's `slot_tp_richcompare`): a descriptor that fails to
/// bind counts as `NotImplemented` (`None`), its error cleared.
fn compare_call(
    vm: &mut Vm,
    m: &Value,
    mut args: Vec<Value>,
    then: Then,
) -> PyResult<Option<Flow>> {
    if call::is_plain_method(m) {
        return call::call_with_then(vm, m, args, then).map(Some);
    }
    let Ok(bound) = call::bind_special(vm, m, &args[0]) else {
        return Ok(None);
    };
    args.remove(0);
    call::call_with_then(vm, &bound, args, then).map(Some)
}

/// After both comparison methods declined: identity for ==/!=, else TypeError.
pub fn compare_default(op: CmpOp, a: &Value, b: &Value) -> PyResult<Value> {
    match op {
        CmpOp::Eq => Ok(Value::bool(a.bits() == b.bits())),
        CmpOp::Ne => Ok(Value::bool(a.bits() != b.bits())),
        _ => Err(error::type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            cmp_names(op).0,
            type_name_of(a),
            type_name_of(b)
        ))),
    }
}

/// Continues a comparison after a Python dunder returned `NotImplemented`.
pub fn compare_continue(
    vm: &mut Vm,
    op: CmpOp,
    a: Value,
    b: Value,
    second_done: bool,
) -> PyResult<Flow> {
    if !second_done {
        let tb = a_type(&b);
        let (_, _, rname) = cmp_names(op);
        if let Some(m) = lookup(&tb, &dunder(rname)) {
            let then = Then::Compare {
                op,
                lhs: a.clone(),
                rhs: b.clone(),
                reflected: true,
            };
            match compare_call(vm, &m, vec![b.clone(), a.clone()], then)? {
                Some(Flow::Value(v)) if is_not_implemented(&v) => {}
                None => {}
                Some(other) => return Ok(other),
            }
        }
    }
    compare_default(op, &a, &b).map(Flow::Value)
}

/// Truth of builtin values without calls.
#[inline]
pub fn truth_fast(v: &Value) -> Option<bool> {
    match v.unpack() {
        Unpacked::Bool(b) => Some(b),
        Unpacked::None => Some(false),
        Unpacked::Int(i) => Some(i != 0),
        Unpacked::Float(f) => Some(f != 0.0),
        Unpacked::Null => Some(false),
        Unpacked::Obj(o) => {
            if tdata(o.ty()).has(typeobj::tflag::USER_SPECIALS) {
                return None;
            }
            match o.kind() {
                Kind::Str => o.downcast::<pystr::Str>().map(|s| s.char_len() != 0),
                Kind::List => o
                    .downcast::<list::List>()
                    .map(|l| !l.items.borrow().is_empty()),
                Kind::Tuple => o.downcast::<tuple::Tuple>().map(|t| !t.items.is_empty()),
                Kind::Dict => o.downcast::<Dict>().map(|d| !d.is_empty()),
                Kind::Set => o.downcast::<objects::set::Set>().map(|s| !s.is_empty()),
                Kind::Int => int::big_obj(o).map(|b| !b.is_zero()),
                Kind::Bytes => objects::bytes::as_bytes(v).map(|b| !b.is_empty()),
                Kind::Complex => objects::complex::as_complex(v).map(|(r, i)| r != 0.0 || i != 0.0),
                Kind::Float => float::to_f64(v).map(|f| f != 0.0),
                Kind::Object
                | Kind::Function
                | Kind::Builtin
                | Kind::Type
                | Kind::Module
                | Kind::Method
                | Kind::Code
                | Kind::Generator
                | Kind::Iter
                | Kind::Cell
                | Kind::Exception => Some(true),
                _ => None,
            }
        }
    }
}

/// Truth test for a conditional jump, possibly through a Python `__bool__`/`__len__`. `pop`: the operand is
/// still on the stack (`Jump*OrPop`) and is popped when the jump is not taken.
pub fn truth(vm: &mut Vm, v: Value, jump_if: bool, target: u32, pop: bool) -> PyResult<Truth> {
    let ty = a_type(&v);
    let (m, is_len) = match lookup(&ty, &dunder("__bool__")) {
        Some(m) => (Some(m), false),
        None => (lookup(&ty, &dunder("__len__")), true),
    };
    let Some(m) = m else {
        return Ok(if jump_if {
            Truth::Jump(target)
        } else {
            Truth::NoJump { pop }
        });
    };
    let then = Then::JumpIf {
        jump_if,
        target,
        pop,
        len: is_len,
    };
    match call::call_special_then(vm, &m, vec![v], then)? {
        Flow::Value(r) => {
            let b = truth_result(&r, is_len)?;
            Ok(if b == jump_if {
                Truth::Jump(target)
            } else {
                Truth::NoJump { pop }
            })
        }
        Flow::Frame(f) => Ok(Truth::Frame(f)),
        Flow::Pending => match vm.pending_frame.take() {
            Some(mut f) => {
                f.then = Then::JumpIf {
                    jump_if,
                    target,
                    pop,
                    len: is_len,
                };
                Ok(Truth::Frame(f))
            }
            None => Err(error::system_error("lost pending frame")),
        },
    }
}

/// Interprets what `__bool__` or `__len__` returned.
pub fn truth_result(r: &Value, is_len: bool) -> PyResult<bool> {
    if is_len {
        let n = len_result(r)?;
        return Ok(n != 0);
    }
    match r.as_bool() {
        Some(b) => Ok(b),
        None => Err(error::type_error(format!(
            "__bool__ should return bool, returned {}",
            type_name_of(r)
        ))),
    }
}

pub fn len_result(r: &Value) -> PyResult<usize> {
    if !int::is_int(r) {
        return Err(error::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name_of(r)
        )));
    }
    len_from_big(&int::to_big(r).unwrap_or_default())
}

/// A length as `Py_ssize_t`: non-negative and at most `isize::MAX`.
pub fn len_from_big(b: &num_bigint::BigInt) -> PyResult<usize> {
    if b.is_negative() {
        return Err(error::value_error("__len__() should return >= 0"));
    }
    b.to_isize()
        .map(|n| n as usize)
        .ok_or_else(|| error::overflow_error("cannot fit 'int' into an index-sized integer"))
}

/// `bool(v)`, re-entrant.
pub fn truthy(vm: &mut Vm, v: &Value) -> PyResult<bool> {
    if let Some(b) = truth_fast(v) {
        return Ok(b);
    }
    let ty = a_type(v);
    if let Some(m) = lookup(&ty, &dunder("__bool__")) {
        let r = call::call_special(vm, &m, v, vec![])?;
        return truth_result(&r, false);
    }
    if let Some(m) = lookup(&ty, &dunder("__len__")) {
        let r = call::call_special(vm, &m, v, vec![])?;
        return truth_result(&r, true);
    }
    Ok(true)
}

pub use crate::interp::protocols::{
    before_with, build_map, build_set, contains, contains_fast, delitem, delitem_call, dict_update,
    format_value, get_iter, getitem, len, list_extend, mapping_get, next_fast, next_slow, send,
    set_update, setitem, setitem_call, store_subscr_fast, subscr_fast, unary, unpack,
};
