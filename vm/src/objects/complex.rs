//! `complex`: always a heap object (`ComplexObj`), subclasses included. Construction follows CPython's
//! `complex_new_impl` (`complex(real, imag)` where either part may itself be complex, `__complex__`,
//! `__float__`, `__index__`, or a string); the operator dunders take ints, floats and complexes.
use crate::compiler::bytecode::{BinOp, CmpOp};
use crate::format;
use crate::heap::{Kind, ObjRef, Payload, Value};
use crate::interp::error::{self, PyResult};
use crate::interp::ops::{a_type, type_name_of};
use crate::interp::{call, protocols, Vm};
use crate::numeric::complex::{self as ops, Complex};
use crate::numeric::hash as numhash;
use crate::objects::builtin::Args;
use crate::objects::int::args::{
    alloc_number, clinic_bind, new_cls, no_args, not_implemented, receiver_error, slot_args,
    ternary_args,
};
use crate::objects::typeobj::lookup_str;
use crate::objects::{float, int, str as pystr, tuple, types};

pub struct ComplexObj {
    pub re: f64,
    pub im: f64,
}

impl Payload for ComplexObj {
    const KIND: Kind = Kind::Complex;
}

pub fn new_complex(re: f64, im: f64) -> Value {
    Value::obj(crate::heap::alloc(
        &crate::objects::types().complex,
        ComplexObj { re, im },
        None,
    ))
}

/// An instance of `cls` (`complex` or a subclass).
pub fn new_complex_of(cls: &ObjRef, re: f64, im: f64) -> Value {
    if cls.is(&types().complex) {
        return new_complex(re, im);
    }
    Value::obj(alloc_number(cls, ComplexObj { re, im }))
}

pub fn as_complex(v: &Value) -> Option<(f64, f64)> {
    v.as_obj()
        .and_then(|o| o.downcast::<ComplexObj>())
        .map(|c| (c.re, c.im))
}

/// `complex.__new__(cls, real=0, imag=0)`.
fn complex_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = new_cls(args, &types().complex)?;
    let [r, i] = clinic_bind(&args.rest(), "complex", ["real", "imag"], 0, 2, 0)?;
    let r = r.unwrap_or_else(|| int::from_i64(0));
    if i.is_none() && cls.is(&types().complex) && a_type(&r).is(&types().complex) {
        return Ok(r);
    }
    if let Some(s) = pystr::as_str(&r) {
        if i.is_some() {
            return Err(error::type_error(
                "complex() can't take second arg if first is a string",
            ));
        }
        let (re, im) = format::parse_complex(s, || {
            protocols::repr_string(vm, &r).unwrap_or_else(|_| format!("'{s}'"))
        })?;
        return Ok(new_complex_of(cls, re, im));
    }
    if i.as_ref().is_some_and(|i| pystr::as_str(i).is_some()) {
        return Err(error::type_error("complex() second arg can't be a string"));
    }
    let r = complex_dunder(vm, &r)?.unwrap_or(r);
    if !is_number(&r) {
        return Err(error::type_error(format!(
            "complex() first argument must be a string or a number, not '{}'",
            type_name_of(&r)
        )));
    }
    if let Some(i) = &i {
        if !is_number(i) {
            return Err(error::type_error(format!(
                "complex() second argument must be a number, not '{}'",
                type_name_of(i)
            )));
        }
    }
    // Either part may itself be complex: the result is `r + i*1j`, computed part by part and only where a
    // part is complex, so that signed zeros survive (`complex(0, -0.0)` is `-0j`).
    let (mut re, r_im, r_is_complex) = match as_complex(&r) {
        Some((a, b)) => (a, b, true),
        None => (float::number_float(vm, &r)?, 0.0, false),
    };
    let mut im = match &i {
        None => r_im,
        Some(i) => match as_complex(i) {
            Some((ir, ii)) => {
                re -= ii;
                ir
            }
            None => float::number_float(vm, i)?,
        },
    };
    if r_is_complex && i.is_some() {
        im += r_im;
    }
    Ok(new_complex_of(cls, re, im))
}

/// Whether `v` can be a part of a complex: a complex, or a type with `__float__` or `__index__`.
fn is_number(v: &Value) -> bool {
    if as_complex(v).is_some() || float::to_f64(v).is_some() || int::to_big(v).is_some() {
        return true;
    }
    let ty = a_type(v);
    lookup_str(&ty, "__float__").is_some() || lookup_str(&ty, "__index__").is_some()
}

/// `v.__complex__()` when its type defines it, checked as CPython's `try_complex_special_method`.
fn complex_dunder(vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    let Some(m) = lookup_str(&a_type(v), "__complex__") else {
        return Ok(None);
    };
    let r = call::call_special(vm, &m, v, vec![])?;
    if as_complex(&r).is_none() {
        return Err(error::type_error(format!(
            "__complex__ returned non-complex (type {})",
            type_name_of(&r)
        )));
    }
    if !a_type(&r).is(&types().complex) {
        int::warn_deprecated(
            vm,
            &format!(
                "__complex__ returned non-complex (type {}).  The ability to return an instance of a \
                 strict subclass of complex is deprecated, and may be removed in a future version of \
                 Python.",
                type_name_of(&r)
            ),
        )?;
    }
    Ok(Some(r))
}

/// The value of `self` of a `complex` method.
fn this(args: &Args, name: &str, slot: bool) -> PyResult<(f64, f64)> {
    let v = args.positional().first();
    v.and_then(as_complex)
        .ok_or_else(|| receiver_error(name, "complex", v, slot))
}

fn unary(args: &Args, name: &str) -> PyResult<(f64, f64)> {
    let c = this(args, name, true)?;
    slot_args(args, name, 0)?;
    Ok(c)
}

fn method(args: &Args, name: &str) -> PyResult<(f64, f64)> {
    let c = this(args, name, false)?;
    no_args(args, &format!("complex.{name}"))?;
    Ok(c)
}

fn repr(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (re, im) = unary(args, "__repr__")?;
    Ok(pystr::new_string(format::complex_repr(re, im)))
}

/// CPython's `complex_hash`: `hash(re) + 1000003 * hash(im)` in wrapping arithmetic; a NaN part hashes by
/// the identity of the object.
fn hash(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (re, im) = unary(args, "__hash__")?;
    let identity = args.positional()[0].as_obj().map_or(0, |o| o.addr());
    Ok(int::from_i64(numhash::hash_complex(re, im, identity)))
}

fn bool_(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (re, im) = unary(args, "__bool__")?;
    Ok(Value::bool(re != 0.0 || im != 0.0))
}
fn neg(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (re, im) = unary(args, "__neg__")?;
    Ok(new_complex(-re, -im))
}
fn pos(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (re, im) = unary(args, "__pos__")?;
    Ok(new_complex(re, im))
}

fn abs(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (re, im) = unary(args, "__abs__")?;
    Ok(Value::float(ops::complex_abs(Complex::new(re, im))?))
}

fn complex_(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (re, im) = method(args, "__complex__")?;
    Ok(new_complex(re, im))
}
fn conjugate(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (re, im) = method(args, "conjugate")?;
    Ok(new_complex(re, -im))
}
fn getnewargs(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (re, im) = method(args, "__getnewargs__")?;
    Ok(tuple::new_tuple(vec![Value::float(re), Value::float(im)]))
}

/// `complex.__format__(spec)`; an empty spec is `str(self)`.
fn format(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (re, im) = this(args, "__format__", false)?;
    let a = args.rest().exact("complex.__format__", 1)?;
    let Some(spec) = pystr::as_str(&a[0]) else {
        return Err(error::type_error(format!(
            "__format__() argument must be str, not {}",
            type_name_of(&a[0])
        )));
    };
    let this = &args.positional()[0];
    if spec.is_empty() {
        return protocols::str_value(vm, this);
    }
    Ok(pystr::new_string(format::format_complex(
        re,
        im,
        spec,
        &type_name_of(this),
    )?))
}

/// An operand of complex arithmetic; `None` for types complex does not know.
fn operand(v: &Value) -> PyResult<Option<(f64, f64)>> {
    if let Some(c) = as_complex(v) {
        return Ok(Some(c));
    }
    Ok(float::operand(v)?.map(|x| (x, 0.0)))
}

fn binary(args: &Args, name: &str, op: BinOp, reflected: bool) -> PyResult<Value> {
    let a = this(args, name, true)?;
    let other = &slot_args(args, name, 1)?[0];
    let Some(b) = operand(other)? else {
        return Ok(not_implemented());
    };
    let (x, y) = if reflected { (b, a) } else { (a, b) };
    complex_op(op, x, y)
}

/// `x OP y` for two complex numbers; `op` is one of `+ - * / **` (anything else divides).
pub fn complex_op(op: BinOp, x: (f64, f64), y: (f64, f64)) -> PyResult<Value> {
    let (x, y) = (Complex::new(x.0, x.1), Complex::new(y.0, y.1));
    let r = match op {
        BinOp::Add => Complex::new(x.re + y.re, x.im + y.im),
        BinOp::Subtract => Complex::new(x.re - y.re, x.im - y.im),
        BinOp::Multiply => ops::complex_mul(x, y),
        BinOp::Power => ops::complex_pow(x, y)?,
        _ => ops::complex_div(x, y)?,
    };
    Ok(new_complex(r.re, r.im))
}

fn add(_vm: &mut Vm, a: &Args) -> PyResult<Value> {
    binary(a, "__add__", BinOp::Add, false)
}
fn radd(_vm: &mut Vm, a: &Args) -> PyResult<Value> {
    binary(a, "__radd__", BinOp::Add, true)
}
fn sub(_vm: &mut Vm, a: &Args) -> PyResult<Value> {
    binary(a, "__sub__", BinOp::Subtract, false)
}
fn rsub(_vm: &mut Vm, a: &Args) -> PyResult<Value> {
    binary(a, "__rsub__", BinOp::Subtract, true)
}
fn mul(_vm: &mut Vm, a: &Args) -> PyResult<Value> {
    binary(a, "__mul__", BinOp::Multiply, false)
}
fn rmul(_vm: &mut Vm, a: &Args) -> PyResult<Value> {
    binary(a, "__rmul__", BinOp::Multiply, true)
}
fn truediv(_vm: &mut Vm, a: &Args) -> PyResult<Value> {
    binary(a, "__truediv__", BinOp::TrueDivide, false)
}
fn rtruediv(_vm: &mut Vm, a: &Args) -> PyResult<Value> {
    binary(a, "__rtruediv__", BinOp::TrueDivide, true)
}

/// `pow(self, other)`: operands are converted first, then a modulus is refused (CPython's order).
fn power(args: &Args, name: &str, reflected: bool) -> PyResult<Value> {
    let a = this(args, name, true)?;
    let (other, modulus) = ternary_args(args, name)?;
    let Some(b) = operand(other)? else {
        return Ok(not_implemented());
    };
    if modulus.is_some_and(|m| !m.is_none()) {
        return Err(error::value_error("complex modulo"));
    }
    let (x, y) = if reflected { (b, a) } else { (a, b) };
    let r = ops::complex_pow(Complex::new(x.0, x.1), Complex::new(y.0, y.1))?;
    Ok(new_complex(r.re, r.im))
}
fn pow(_vm: &mut Vm, a: &Args) -> PyResult<Value> {
    power(a, "__pow__", false)
}
fn rpow(_vm: &mut Vm, a: &Args) -> PyResult<Value> {
    power(a, "__rpow__", true)
}

/// `==` and `!=` compare with ints (exactly), floats and complexes; ordering is `NotImplemented`.
fn compare_with(args: &Args, name: &str, op: CmpOp) -> PyResult<Value> {
    let (re, im) = this(args, name, true)?;
    let other = &slot_args(args, name, 1)?[0];
    if !matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return Ok(not_implemented());
    }
    let equal = if let Some(b) = int::to_big(other) {
        im == 0.0 && crate::numeric::int_float::compare_int_float(&b, re).is_some_and(|o| o.is_eq())
    } else if let Some(x) = float::to_f64(other) {
        im == 0.0 && re == x
    } else if let Some((ore, oim)) = as_complex(other) {
        re == ore && im == oim
    } else {
        return Ok(not_implemented());
    };
    Ok(Value::bool(equal == (op == CmpOp::Eq)))
}
fn lt(_vm: &mut Vm, a: &Args) -> PyResult<Value> {
    compare_with(a, "__lt__", CmpOp::Lt)
}
fn le(_vm: &mut Vm, a: &Args) -> PyResult<Value> {
    compare_with(a, "__le__", CmpOp::Le)
}
fn eq(_vm: &mut Vm, a: &Args) -> PyResult<Value> {
    compare_with(a, "__eq__", CmpOp::Eq)
}
fn ne(_vm: &mut Vm, a: &Args) -> PyResult<Value> {
    compare_with(a, "__ne__", CmpOp::Ne)
}
fn gt(_vm: &mut Vm, a: &Args) -> PyResult<Value> {
    compare_with(a, "__gt__", CmpOp::Gt)
}
fn ge(_vm: &mut Vm, a: &Args) -> PyResult<Value> {
    compare_with(a, "__ge__", CmpOp::Ge)
}

fn getter_this(v: &Value, name: &str) -> PyResult<(f64, f64)> {
    as_complex(v).ok_or_else(|| receiver_error(name, "complex", Some(v), false))
}
fn get_real(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::float(getter_this(v, "real")?.0))
}
fn get_imag(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::float(getter_this(v, "imag")?.1))
}

/// Fills the namespace of `complex`.
pub fn register() {
    use crate::objects::register::{attrs, methods, readonly_members, statics};
    let t = &types().complex;
    statics(t, &[("__new__", complex_new)]);
    methods(
        t,
        &[
            ("__repr__", repr),
            ("__hash__", hash),
            ("__bool__", bool_),
            ("__neg__", neg),
            ("__pos__", pos),
            ("__abs__", abs),
            ("__complex__", complex_),
            ("__format__", format),
            ("__getnewargs__", getnewargs),
            ("conjugate", conjugate),
            ("__add__", add),
            ("__radd__", radd),
            ("__sub__", sub),
            ("__rsub__", rsub),
            ("__mul__", mul),
            ("__rmul__", rmul),
            ("__truediv__", truediv),
            ("__rtruediv__", rtruediv),
            ("__pow__", pow),
            ("__rpow__", rpow),
            ("__lt__", lt),
            ("__le__", le),
            ("__eq__", eq),
            ("__ne__", ne),
            ("__gt__", gt),
            ("__ge__", ge),
        ],
    );
    readonly_members(t, &[("real", get_real), ("imag", get_imag)]);
    attrs(
        t,
        vec![(
            "__doc__",
            pystr::new_str(
                "Create a complex number from a real part and an optional imaginary part.\n\n\
                 This is equivalent to (real + imag*1j) where imag defaults to 0.",
            ),
        )],
    );
}
