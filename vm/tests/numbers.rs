//! The methods of `int`, `bool`, `float` and `complex`, driven through the vm's call API and compared with
//! `python3` (CPython 3.11): each check pairs a Python expression with the same computation built natively,
//! and one `python3` run evaluates every expression. Results are compared in a canonical spelling that does
//! not depend on other types' `__repr__` (tuples, strs and bytes are spelled out here).
use std::io::Write;
use std::process::{Command, Stdio};

use num_bigint::BigInt;
use weft_vm::heap::{ObjRef, Unpacked, Value};
use weft_vm::interp::error::PyResult;
use weft_vm::interp::{attr, call, exc, protocols, typecall, Vm};
use weft_vm::objects::{bytes, complex, float, int, str as pystr, tuple, typeobj, types};

/// Python's side of the canonical spelling.
const PY_SHOW: &str = r#"
import sys, struct
def show(r):
    if type(r) is tuple: return '(' + ','.join(show(v) for v in r) + ')'
    if type(r) is str: return 's:' + r
    if type(r) is bytes: return 'b:' + r.hex()
    if type(r) is float: return 'f:' + repr(r)
    if type(r) is complex: return 'c:' + repr(r.real) + ',' + repr(r.imag)
    if type(r) in (int, bool) or r is None or r is NotImplemented: return repr(r)
    if isinstance(r, type): return 'type:' + r.__name__
    if isinstance(r, int): return type(r).__name__ + ':' + int.__repr__(r)
    if isinstance(r, float): return type(r).__name__ + ':' + float.__repr__(r)
    if isinstance(r, complex): return type(r).__name__ + ':' + show(complex(r))
    return 'obj:' + type(r).__name__
"#;

fn show_value(v: &Value) -> String {
    let t = types();
    if let Some(f) = float::to_f64(v).filter(|_| float::is_exact(v)) {
        return format!("f:{}", weft_vm::format::float_repr(f));
    }
    match v.unpack() {
        Unpacked::Int(i) => return i.to_string(),
        Unpacked::Bool(b) => return if b { "True" } else { "False" }.into(),
        Unpacked::None => return "None".into(),
        _ => {}
    }
    let o = v.as_obj().expect("an object");
    let ty = o.ty().clone();
    let name = typeobj::type_name(&ty);
    if o.is(&t.not_implemented) {
        return "NotImplemented".into();
    }
    if let Some(items) = tuple::as_tuple(v) {
        let parts: Vec<String> = items.iter().map(show_value).collect();
        return format!("({})", parts.join(","));
    }
    if let Some(s) = pystr::as_str(v) {
        return format!("s:{s}");
    }
    if let Some(b) = bytes::as_bytes(v) {
        return format!(
            "b:{}",
            b.iter().map(|x| format!("{x:02x}")).collect::<String>()
        );
    }
    if typeobj::as_type(v).is_some() {
        return format!("type:{}", typeobj::type_name(o));
    }
    if let Some(b) = int::big_obj(o) {
        return if ty.is(&t.int) {
            b.to_string()
        } else {
            format!("{name}:{b}")
        };
    }
    if let Some(f) = float::to_f64(v) {
        return format!("{name}:{}", weft_vm::format::float_repr(f));
    }
    if let Some((r, i)) = complex::as_complex(v) {
        let c = format!(
            "c:{},{}",
            weft_vm::format::float_repr(r),
            weft_vm::format::float_repr(i)
        );
        return if ty.is(&t.complex) {
            c
        } else {
            format!("{name}:{c}")
        };
    }
    format!("obj:{name}")
}

/// Collects (expression, our result) pairs and compares them with python3 when dropped by `finish`.
struct Checks {
    vm: Vm,
    prelude: String,
    exprs: Vec<String>,
    ours: Vec<String>,
}

impl Checks {
    fn new() -> Checks {
        Checks {
            vm: Vm::new(vec![], vec![], Default::default()),
            prelude: String::new(),
            exprs: Vec::new(),
            ours: Vec::new(),
        }
    }

    /// Python source run before the expressions (class definitions the native side builds too).
    fn prelude(&mut self, src: &str) {
        self.prelude.push_str(src);
        self.prelude.push('\n');
    }

    fn check(&mut self, expr: &str, f: impl FnOnce(&mut Vm) -> PyResult<Value>) {
        let r = f(&mut self.vm);
        let shown = match r {
            Ok(v) => show_value(&v),
            Err(e) => {
                let o = exc::normalize(&mut self.vm, e);
                let name = typeobj::type_name(o.ty());
                let msg = protocols::str_string(&mut self.vm, &Value::obj(o)).unwrap_or_default();
                format!("!{name}: {msg}")
            }
        };
        self.exprs.push(expr.to_string());
        self.ours.push(shown);
    }

    fn finish(self) {
        let program = format!(
            "{PY_SHOW}\n{}\nfor line in sys.stdin:\n    try:\n        print(show(eval(line)))\n    \
             except Exception as e:\n        print('!' + type(e).__name__ + ': ' + str(e))\n",
            self.prelude
        );
        let mut child = Command::new("python3")
            .arg("-c")
            .arg(program)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .expect("these tests compare with python3 (CPython 3.11)");
        let mut stdin = child.stdin.take().expect("stdin");
        let body = self.exprs.join("\n") + "\n";
        let writer = std::thread::spawn(move || stdin.write_all(body.as_bytes()));
        let out = child.wait_with_output().expect("python3 output");
        writer.join().expect("writer").expect("write");
        let theirs: Vec<String> = String::from_utf8(out.stdout)
            .expect("utf-8")
            .lines()
            .map(str::to_owned)
            .collect();
        assert_eq!(theirs.len(), self.exprs.len(), "python3 output lines");
        let bad: Vec<String> = self
            .exprs
            .iter()
            .zip(self.ours.iter().zip(&theirs))
            .filter(|(_, (a, b))| a != b)
            .map(|(e, (a, b))| format!("{e}\n    weft:   {a}\n    python: {b}"))
            .collect();
        assert!(
            bad.is_empty(),
            "{} mismatches:\n{}",
            bad.len(),
            bad.join("\n")
        );
    }
}

fn i(x: i64) -> Value {
    int::from_i64(x)
}
fn big(text: &str) -> Value {
    int::from_big(text.parse::<BigInt>().expect("decimal"))
}
fn f(x: f64) -> Value {
    Value::float(x)
}
fn s(x: &str) -> Value {
    pystr::new_str(x)
}
fn by(x: &[u8]) -> Value {
    bytes::new_bytes(x.to_vec())
}
fn c(re: f64, im: f64) -> Value {
    complex::new_complex(re, im)
}
fn t(items: Vec<Value>) -> Value {
    tuple::new_tuple(items)
}
fn ty(o: &ObjRef) -> Value {
    Value::obj(o.clone())
}

/// `obj.name(*args, **kw)`.
fn m(vm: &mut Vm, obj: &Value, name: &str, args: Vec<Value>) -> PyResult<Value> {
    let f = attr::getattr(vm, obj, name)?;
    call::call_value(vm, &f, args)
}
fn mkw(
    vm: &mut Vm,
    obj: &Value,
    name: &str,
    args: Vec<Value>,
    kw: Vec<(&str, Value)>,
) -> PyResult<Value> {
    let f = attr::getattr(vm, obj, name)?;
    call::call_value_kw(vm, &f, args, kw)
}
fn callv(vm: &mut Vm, f: &Value, args: Vec<Value>) -> PyResult<Value> {
    call::call_value(vm, f, args)
}
fn callkw(vm: &mut Vm, f: &Value, args: Vec<Value>, kw: Vec<(&str, Value)>) -> PyResult<Value> {
    call::call_value_kw(vm, f, args, kw)
}

/// `class name(base): pass`, defined natively and in the Python prelude.
fn subclass(ch: &mut Checks, name: &str, base: &ObjRef) -> Value {
    let ns = weft_vm::objects::dict::new_dict();
    let cls = typecall::new_class(
        &mut ch.vm,
        &types().type_,
        name,
        vec![base.clone()],
        &Value::obj(ns),
        vec![],
    )
    .expect("class");
    ch.prelude(&format!("class {name}({}): pass", typeobj::type_name(base)));
    Value::obj(cls)
}

#[test]
fn int_constructor() {
    let mut ch = Checks::new();
    let int_t = ty(&types().int);
    let cases: &[(&str, Option<i64>)] = &[
        ("0x1F", Some(16)),
        ("  -42  ", None),
        ("1_000", None),
        ("0b101", Some(0)),
        ("010", Some(0)),
        ("z", Some(36)),
        ("12a", None),
        ("", None),
        ("1", Some(37)),
        ("1", Some(1)),
        ("\u{0661}\u{0662}", None),
        ("9", Some(8)),
    ];
    for (text, base) in cases {
        let expr = match base {
            Some(b) => format!("int({text:?}, {b})"),
            None => format!("int({text:?})"),
        };
        let (text, base) = (*text, *base);
        ch.check(&expr, |vm| {
            let mut a = vec![s(text)];
            a.extend(base.map(i));
            callv(vm, &int_t, a)
        });
    }
    ch.check("int()", |vm| callv(vm, &int_t, vec![]));
    ch.check("int(3.99)", |vm| callv(vm, &int_t, vec![f(3.99)]));
    ch.check("int(-1e20)", |vm| callv(vm, &int_t, vec![f(-1e20)]));
    ch.check("int(float('inf'))", |vm| {
        callv(vm, &int_t, vec![f(f64::INFINITY)])
    });
    ch.check("int(float('nan'))", |vm| {
        callv(vm, &int_t, vec![f(f64::NAN)])
    });
    ch.check("int(True)", |vm| callv(vm, &int_t, vec![Value::TRUE]));
    ch.check("int(b' 0x10 ', 16)", |vm| {
        callv(vm, &int_t, vec![by(b" 0x10 "), i(16)])
    });
    ch.check("int(b'\\xff')", |vm| callv(vm, &int_t, vec![by(b"\xff")]));
    ch.check("int(b'12x', 16)", |vm| {
        callv(vm, &int_t, vec![by(b"12x"), i(16)])
    });
    ch.check("int(1j)", |vm| callv(vm, &int_t, vec![c(0.0, 1.0)]));
    ch.check("int(None)", |vm| callv(vm, &int_t, vec![Value::NONE]));
    ch.check("int(1, 10)", |vm| callv(vm, &int_t, vec![i(1), i(10)]));
    ch.check("int('1', 2.0)", |vm| {
        callv(vm, &int_t, vec![s("1"), f(2.0)])
    });
    ch.check("int('1', 10, 3)", |vm| {
        callv(vm, &int_t, vec![s("1"), i(10), i(3)])
    });
    ch.check("int(base=10)", |vm| {
        callkw(vm, &int_t, vec![], vec![("base", i(10))])
    });
    ch.check("int(x=1)", |vm| {
        callkw(vm, &int_t, vec![], vec![("x", i(1))])
    });
    ch.check("int('11', base=2)", |vm| {
        callkw(vm, &int_t, vec![s("11")], vec![("base", i(2))])
    });
    ch.check("int('1', base=None)", |vm| {
        callkw(vm, &int_t, vec![s("1")], vec![("base", Value::NONE)])
    });
    ch.check("int('9' * 5000)", |vm| {
        callv(vm, &int_t, vec![s(&"9".repeat(5000))])
    });
    ch.check("int('0' * 5000 + '1')", |vm| {
        callv(vm, &int_t, vec![s(&("0".repeat(5000) + "1"))])
    });
    ch.check("int('f' * 5000, 16) % 1000", |vm| {
        let v = callv(vm, &int_t, vec![s(&"f".repeat(5000)), i(16)])?;
        m(vm, &v, "__mod__", vec![i(1000)])
    });
    ch.check("int.__new__(5)", |vm| m(vm, &int_t, "__new__", vec![i(5)]));
    ch.check("int.__new__(str)", |vm| {
        m(vm, &int_t, "__new__", vec![ty(&types().str)])
    });
    ch.check("int.__new__(bool)", |vm| {
        m(vm, &int_t, "__new__", vec![ty(&types().bool_)])
    });
    ch.check("int.__new__(int, '7')", |vm| {
        m(vm, &int_t, "__new__", vec![int_t.clone(), s("7")])
    });
    let my = subclass(&mut ch, "MyInt", &types().int);
    ch.check("MyInt('12')", |vm| callv(vm, &my, vec![s("12")]));
    ch.check("MyInt(12.9)", |vm| callv(vm, &my, vec![f(12.9)]));
    ch.check("MyInt('z', 36)", |vm| callv(vm, &my, vec![s("z"), i(36)]));
    ch.check("MyInt()", |vm| callv(vm, &my, vec![]));
    ch.check("int(MyInt(7))", |vm| {
        let v = callv(vm, &my, vec![i(7)])?;
        callv(vm, &int_t, vec![v])
    });
    ch.check("MyInt(7) + 1", |vm| {
        let v = callv(vm, &my, vec![i(7)])?;
        m(vm, &v, "__add__", vec![i(1)])
    });
    ch.check("MyInt.from_bytes(b'\\x01\\x00', 'big')", |vm| {
        m(vm, &my, "from_bytes", vec![by(b"\x01\x00"), s("big")])
    });
    let bool_t = ty(&types().bool_);
    ch.check("bool()", |vm| callv(vm, &bool_t, vec![]));
    ch.check("bool(2**100)", |vm| {
        callv(vm, &bool_t, vec![big("1267650600228229401496703205376")])
    });
    ch.check("bool(0.0)", |vm| callv(vm, &bool_t, vec![f(0.0)]));
    ch.check("bool(1, 2)", |vm| callv(vm, &bool_t, vec![i(1), i(2)]));
    ch.check("bool(x=1)", |vm| {
        callkw(vm, &bool_t, vec![], vec![("x", i(1))])
    });
    ch.check("bool.from_bytes(b'\\x01', 'big')", |vm| {
        m(vm, &bool_t, "from_bytes", vec![by(b"\x01"), s("big")])
    });
    ch.finish();
}

#[test]
fn int_methods() {
    let mut ch = Checks::new();
    let int_t = ty(&types().int);
    let values = [
        "0",
        "1",
        "-1",
        "7",
        "-8",
        "255",
        "1073741823",
        "1073741824",
        "-9223372036854775808",
        "18446744073709551616",
        "-340282366920938463463374607431768211455",
    ];
    for v in values {
        for name in [
            "bit_length",
            "bit_count",
            "as_integer_ratio",
            "conjugate",
            "__sizeof__",
            "__getnewargs__",
            "__trunc__",
            "__floor__",
            "__ceil__",
            "__round__",
            "__index__",
            "__int__",
            "__float__",
            "__neg__",
            "__pos__",
            "__abs__",
            "__invert__",
            "__bool__",
            "__hash__",
            "__repr__",
        ] {
            ch.check(&format!("({v}).{name}()"), |vm| {
                m(vm, &big(v), name, vec![])
            });
        }
        for nd in [-1i64, -2, -30, 0, 3] {
            ch.check(&format!("({v}).__round__({nd})"), |vm| {
                m(vm, &big(v), "__round__", vec![i(nd)])
            });
        }
        for getter in ["real", "imag", "numerator", "denominator"] {
            ch.check(&format!("({v}).{getter}"), |vm| {
                let desc = attr::getattr(vm, &int_t, getter)?;
                let get = attr::getattr(vm, &desc, "__get__")?;
                callv(vm, &get, vec![big(v)])
            });
        }
    }
    for (v, nd) in [
        (15, -1),
        (25, -1),
        (-25, -1),
        (-35, -1),
        (150, -2),
        (249, -2),
        (250, -2),
    ] {
        ch.check(&format!("({v}).__round__({nd})"), |vm| {
            m(vm, &i(v), "__round__", vec![i(nd)])
        });
    }
    ch.check("(5).__round__(-400)", |vm| {
        m(vm, &i(5), "__round__", vec![i(-400)])
    });
    ch.check("(5).__round__(None)", |vm| {
        m(vm, &i(5), "__round__", vec![Value::NONE])
    });
    ch.check("(5).__round__(1.5)", |vm| {
        m(vm, &i(5), "__round__", vec![f(1.5)])
    });
    ch.check("(5).__round__(1, 2)", |vm| {
        m(vm, &i(5), "__round__", vec![i(1), i(2)])
    });
    ch.check("(5).__round__(ndigits=1)", |vm| {
        mkw(vm, &i(5), "__round__", vec![], vec![("ndigits", i(1))])
    });
    ch.check("(5).bit_length(1)", |vm| {
        m(vm, &i(5), "bit_length", vec![i(1)])
    });
    ch.check("int.bit_length(1.5)", |vm| {
        m(vm, &int_t, "bit_length", vec![f(1.5)])
    });
    ch.check("int.bit_length()", |vm| m(vm, &int_t, "bit_length", vec![]));
    ch.check("int.__neg__(1.5)", |vm| {
        m(vm, &int_t, "__neg__", vec![f(1.5)])
    });
    ch.check("int.__neg__()", |vm| m(vm, &int_t, "__neg__", vec![]));
    ch.check("(5).__neg__(1)", |vm| m(vm, &i(5), "__neg__", vec![i(1)]));
    ch.check("(5).__neg__(x=1)", |vm| {
        mkw(vm, &i(5), "__neg__", vec![], vec![("x", i(1))])
    });
    ch.check("int.__repr__(True)", |vm| {
        m(vm, &int_t, "__repr__", vec![Value::TRUE])
    });
    ch.check("bool.__repr__(True)", |vm| {
        m(vm, &ty(&types().bool_), "__repr__", vec![Value::TRUE])
    });
    ch.check("bool.__repr__(1)", |vm| {
        m(vm, &ty(&types().bool_), "__repr__", vec![i(1)])
    });
    ch.check("repr(10**4300)", |vm| {
        let v = big(&format!("1{}", "0".repeat(4300)));
        m(vm, &v, "__repr__", vec![])
    });
    ch.check("len(repr(10**4299))", |vm| {
        let v = big(&format!("1{}", "0".repeat(4299)));
        let r = m(vm, &v, "__repr__", vec![])?;
        Ok(i(pystr::as_str(&r).map_or(0, str::len) as i64))
    });
    for spec in ["", "x", "#b", ">6", "+,d", "e", "c", "s", "_X"] {
        ch.check(&format!("(255).__format__({spec:?})"), |vm| {
            m(vm, &i(255), "__format__", vec![s(spec)])
        });
        ch.check(&format!("True.__format__({spec:?})"), |vm| {
            m(vm, &Value::TRUE, "__format__", vec![s(spec)])
        });
    }
    ch.check("(5).__format__(1)", |vm| {
        m(vm, &i(5), "__format__", vec![i(1)])
    });
    ch.check("(5).__format__()", |vm| m(vm, &i(5), "__format__", vec![]));
    ch.check("True.__neg__()", |vm| {
        m(vm, &Value::TRUE, "__neg__", vec![])
    });
    ch.check("True.__index__()", |vm| {
        m(vm, &Value::TRUE, "__index__", vec![])
    });
    ch.check("True.__round__()", |vm| {
        m(vm, &Value::TRUE, "__round__", vec![])
    });
    ch.check("True.__hash__()", |vm| {
        m(vm, &Value::TRUE, "__hash__", vec![])
    });
    ch.check("(-1).__hash__()", |vm| m(vm, &i(-1), "__hash__", vec![]));
    ch.check("(2**61-1).__hash__()", |vm| {
        m(vm, &big("2305843009213693951"), "__hash__", vec![])
    });
    ch.check("(-2**64).__hash__()", |vm| {
        m(vm, &big("-18446744073709551616"), "__hash__", vec![])
    });
    ch.check("(2**1024).__float__()", |vm| {
        let v = big(&(BigInt::from(1) << 1024usize).to_string());
        m(vm, &v, "__float__", vec![])
    });
    ch.check("(2**53+1).__float__()", |vm| {
        m(vm, &big("9007199254740993"), "__float__", vec![])
    });
    ch.finish();
}

#[test]
fn int_operators() {
    let mut ch = Checks::new();
    let vals = [
        "0",
        "1",
        "-7",
        "3",
        "-3",
        "4611686018427387904",
        "-18446744073709551617",
    ];
    let ops = [
        "__add__",
        "__radd__",
        "__sub__",
        "__rsub__",
        "__mul__",
        "__rmul__",
        "__truediv__",
        "__rtruediv__",
        "__floordiv__",
        "__rfloordiv__",
        "__mod__",
        "__rmod__",
        "__divmod__",
        "__rdivmod__",
        "__pow__",
        "__rpow__",
        "__lshift__",
        "__rlshift__",
        "__rshift__",
        "__rrshift__",
        "__and__",
        "__rand__",
        "__or__",
        "__ror__",
        "__xor__",
        "__rxor__",
        "__lt__",
        "__le__",
        "__eq__",
        "__ne__",
        "__gt__",
        "__ge__",
    ];
    for a in vals {
        for b in ["0", "1", "-3", "5", "-18446744073709551617"] {
            for op in ops {
                if (op.contains("pow") || op.contains("shift"))
                    && (b.len() > 5 || a.len() > 5 && op.starts_with("__r"))
                {
                    continue;
                }
                ch.check(&format!("({a}).{op}({b})"), |vm| {
                    m(vm, &big(a), op, vec![big(b)])
                });
            }
        }
        for op in [
            "__add__",
            "__lt__",
            "__eq__",
            "__pow__",
            "__and__",
            "__divmod__",
        ] {
            ch.check(&format!("({a}).{op}(1.5)"), |vm| {
                m(vm, &big(a), op, vec![f(1.5)])
            });
            ch.check(&format!("({a}).{op}('x')"), |vm| {
                m(vm, &big(a), op, vec![s("x")])
            });
        }
    }
    ch.check("(2).__pow__(10, 7)", |vm| {
        m(vm, &i(2), "__pow__", vec![i(10), i(7)])
    });
    ch.check("(2).__pow__(-1, 5)", |vm| {
        m(vm, &i(2), "__pow__", vec![i(-1), i(5)])
    });
    ch.check("(2).__pow__(3, 0)", |vm| {
        m(vm, &i(2), "__pow__", vec![i(3), i(0)])
    });
    ch.check("(2).__pow__(3, 1.0)", |vm| {
        m(vm, &i(2), "__pow__", vec![i(3), f(1.0)])
    });
    ch.check("(2).__pow__(3, None)", |vm| {
        m(vm, &i(2), "__pow__", vec![i(3), Value::NONE])
    });
    ch.check("(2).__rpow__(3, 7)", |vm| {
        m(vm, &i(2), "__rpow__", vec![i(3), i(7)])
    });
    ch.check("(2).__pow__()", |vm| m(vm, &i(2), "__pow__", vec![]));
    ch.check("(2).__pow__(1, 2, 3)", |vm| {
        m(vm, &i(2), "__pow__", vec![i(1), i(2), i(3)])
    });
    ch.check("(2).__add__()", |vm| m(vm, &i(2), "__add__", vec![]));
    ch.check("(2).__add__(x=1)", |vm| {
        mkw(vm, &i(2), "__add__", vec![], vec![("x", i(1))])
    });
    ch.check("int.__add__(1.5, 2)", |vm| {
        m(vm, &ty(&types().int), "__add__", vec![f(1.5), i(2)])
    });
    let bool_t = ty(&types().bool_);
    for (a, b) in [(true, true), (true, false), (false, false)] {
        for op in [
            "__and__", "__rand__", "__or__", "__ror__", "__xor__", "__rxor__",
        ] {
            let py = |x: bool| if x { "True" } else { "False" };
            ch.check(&format!("{}.{op}({})", py(a), py(b)), |vm| {
                m(vm, &Value::bool(a), op, vec![Value::bool(b)])
            });
        }
    }
    ch.check("True.__and__(3)", |vm| {
        m(vm, &Value::TRUE, "__and__", vec![i(3)])
    });
    ch.check("True.__xor__(1.0)", |vm| {
        m(vm, &Value::TRUE, "__xor__", vec![f(1.0)])
    });
    ch.check("bool.__and__(1, True)", |vm| {
        m(vm, &bool_t, "__and__", vec![i(1), Value::TRUE])
    });
    ch.check("True.__add__(True)", |vm| {
        m(vm, &Value::TRUE, "__add__", vec![Value::TRUE])
    });
    ch.finish();
}

#[test]
fn int_bytes() {
    let mut ch = Checks::new();
    let int_t = ty(&types().int);
    for v in [
        "0",
        "1",
        "-1",
        "255",
        "-128",
        "128",
        "-129",
        "65535",
        "18446744073709551615",
    ] {
        for len in [0i64, 1, 2, 9] {
            for order in ["big", "little"] {
                for signed in [false, true] {
                    let py = if signed { "True" } else { "False" };
                    ch.check(
                        &format!("({v}).to_bytes({len}, {order:?}, signed={py})"),
                        |vm| {
                            mkw(
                                vm,
                                &big(v),
                                "to_bytes",
                                vec![i(len), s(order)],
                                vec![("signed", Value::bool(signed))],
                            )
                        },
                    );
                }
            }
        }
    }
    ch.check("(1).to_bytes()", |vm| m(vm, &i(1), "to_bytes", vec![]));
    ch.check("(300).to_bytes(length=2, byteorder='little')", |vm| {
        mkw(
            vm,
            &i(300),
            "to_bytes",
            vec![],
            vec![("length", i(2)), ("byteorder", s("little"))],
        )
    });
    ch.check("(1).to_bytes(-1, 'big')", |vm| {
        m(vm, &i(1), "to_bytes", vec![i(-1), s("big")])
    });
    ch.check("(1).to_bytes(1, 'middle')", |vm| {
        m(vm, &i(1), "to_bytes", vec![i(1), s("middle")])
    });
    ch.check("(1).to_bytes(1, 5)", |vm| {
        m(vm, &i(1), "to_bytes", vec![i(1), i(5)])
    });
    ch.check("(1).to_bytes(1.0, 'big')", |vm| {
        m(vm, &i(1), "to_bytes", vec![f(1.0), s("big")])
    });
    ch.check("(1).to_bytes(1, 'big', True)", |vm| {
        m(vm, &i(1), "to_bytes", vec![i(1), s("big"), Value::TRUE])
    });
    ch.check("(1).to_bytes(1, 'big', signed=False, x=1)", |vm| {
        mkw(
            vm,
            &i(1),
            "to_bytes",
            vec![i(1), s("big")],
            vec![("signed", Value::FALSE), ("x", i(1))],
        )
    });
    ch.check("(1).to_bytes(1, length=1)", |vm| {
        mkw(vm, &i(1), "to_bytes", vec![i(1)], vec![("length", i(1))])
    });
    ch.check("(1).to_bytes(1, y=1)", |vm| {
        mkw(vm, &i(1), "to_bytes", vec![i(1)], vec![("y", i(1))])
    });
    for data in [
        &b""[..],
        b"\x00",
        b"\xff",
        b"\x80\x00",
        b"\x00\x80",
        &[0xffu8; 17][..],
    ] {
        let lit: String = data.iter().map(|x| format!("\\x{x:02x}")).collect();
        for order in ["big", "little"] {
            for signed in [false, true] {
                let py = if signed { "True" } else { "False" };
                ch.check(
                    &format!("int.from_bytes(b'{lit}', {order:?}, signed={py})"),
                    |vm| {
                        mkw(
                            vm,
                            &int_t,
                            "from_bytes",
                            vec![by(data), s(order)],
                            vec![("signed", Value::bool(signed))],
                        )
                    },
                );
            }
        }
    }
    ch.check("int.from_bytes(b'\\x01\\x02')", |vm| {
        m(vm, &int_t, "from_bytes", vec![by(b"\x01\x02")])
    });
    ch.check("int.from_bytes((1, 2, 3), 'big')", |vm| {
        m(
            vm,
            &int_t,
            "from_bytes",
            vec![t(vec![i(1), i(2), i(3)]), s("big")],
        )
    });
    ch.check("int.from_bytes((256,), 'big')", |vm| {
        m(vm, &int_t, "from_bytes", vec![t(vec![i(256)]), s("big")])
    });
    ch.check("int.from_bytes((-1,), 'big')", |vm| {
        m(vm, &int_t, "from_bytes", vec![t(vec![i(-1)]), s("big")])
    });
    ch.check("int.from_bytes(('a',), 'big')", |vm| {
        m(vm, &int_t, "from_bytes", vec![t(vec![s("a")]), s("big")])
    });
    ch.check("int.from_bytes('abc', 'big')", |vm| {
        m(vm, &int_t, "from_bytes", vec![s("abc"), s("big")])
    });
    ch.check("int.from_bytes(5, 'big')", |vm| {
        m(vm, &int_t, "from_bytes", vec![i(5), s("big")])
    });
    ch.check("int.from_bytes(b'\\x01', 'BIG')", |vm| {
        m(vm, &int_t, "from_bytes", vec![by(b"\x01"), s("BIG")])
    });
    ch.check("int.from_bytes()", |vm| m(vm, &int_t, "from_bytes", vec![]));
    ch.check("int.from_bytes(b'', 'big', True)", |vm| {
        m(
            vm,
            &int_t,
            "from_bytes",
            vec![by(b""), s("big"), Value::TRUE],
        )
    });
    ch.finish();
}

/// A Python literal for exactly this double.
fn lit(x: f64) -> String {
    if x.is_nan() {
        "float('nan')".into()
    } else if x.is_infinite() {
        format!("float('{}inf')", if x < 0.0 { "-" } else { "" })
    } else {
        format!(
            "float.fromhex('{}')",
            weft_vm::numeric::float_hex::float_hex(x)
        )
    }
}

#[test]
fn float_constructor_and_methods() {
    let mut ch = Checks::new();
    let float_t = ty(&types().float);
    for text in [
        " 1.5 ",
        "-inf",
        "nAn",
        "1_000.5",
        "1e400",
        "0x10",
        "",
        "1.5x",
        "\u{0661}.5",
    ] {
        ch.check(&format!("float({text:?})"), |vm| {
            callv(vm, &float_t, vec![s(text)])
        });
    }
    ch.check("float(b'2.5')", |vm| callv(vm, &float_t, vec![by(b"2.5")]));
    ch.check("float(b'x')", |vm| callv(vm, &float_t, vec![by(b"x")]));
    ch.check("float()", |vm| callv(vm, &float_t, vec![]));
    ch.check("float(7)", |vm| callv(vm, &float_t, vec![i(7)]));
    ch.check("float(True)", |vm| callv(vm, &float_t, vec![Value::TRUE]));
    ch.check("float(2**1024)", |vm| {
        let v = big(&(BigInt::from(1) << 1024usize).to_string());
        callv(vm, &float_t, vec![v])
    });
    ch.check("float(2**53 + 1)", |vm| {
        callv(vm, &float_t, vec![big("9007199254740993")])
    });
    ch.check("float(1j)", |vm| callv(vm, &float_t, vec![c(0.0, 1.0)]));
    ch.check("float(None)", |vm| callv(vm, &float_t, vec![Value::NONE]));
    ch.check("float(1, 2)", |vm| callv(vm, &float_t, vec![i(1), i(2)]));
    ch.check("float(x=1)", |vm| {
        callkw(vm, &float_t, vec![], vec![("x", i(1))])
    });
    ch.check("float.__new__(int)", |vm| {
        m(vm, &float_t, "__new__", vec![ty(&types().int)])
    });
    let sub = subclass(&mut ch, "F", &types().float);
    ch.check("F(2.5)", |vm| callv(vm, &sub, vec![f(2.5)]));
    ch.check("F('inf')", |vm| callv(vm, &sub, vec![s("inf")]));
    ch.check("F(2.5) + 1", |vm| {
        let v = callv(vm, &sub, vec![f(2.5)])?;
        m(vm, &v, "__add__", vec![i(1)])
    });
    ch.check("F(2.5).__float__()", |vm| {
        let v = callv(vm, &sub, vec![f(2.5)])?;
        m(vm, &v, "__float__", vec![])
    });
    ch.check("float(F(2.5))", |vm| {
        let v = callv(vm, &sub, vec![f(2.5)])?;
        callv(vm, &float_t, vec![v])
    });
    ch.check("int(F(-2.5))", |vm| {
        let v = callv(vm, &sub, vec![f(-2.5)])?;
        callv(vm, &ty(&types().int), vec![v])
    });
    ch.check("F.fromhex('0x1p3')", |vm| {
        m(vm, &sub, "fromhex", vec![s("0x1p3")])
    });
    ch.check("float.fromhex('0x1.8p1')", |vm| {
        m(vm, &float_t, "fromhex", vec![s("0x1.8p1")])
    });
    ch.check("float.fromhex('x')", |vm| {
        m(vm, &float_t, "fromhex", vec![s("x")])
    });
    ch.check("float.fromhex(5)", |vm| {
        m(vm, &float_t, "fromhex", vec![i(5)])
    });
    ch.check("float.__getformat__('double')", |vm| {
        m(vm, &float_t, "__getformat__", vec![s("double")])
    });
    ch.check("float.__getformat__('x')", |vm| {
        m(vm, &float_t, "__getformat__", vec![s("x")])
    });
    ch.check("float.__getformat__(1)", |vm| {
        m(vm, &float_t, "__getformat__", vec![i(1)])
    });
    let values = [
        0.0,
        -0.0,
        1.5,
        -2.5,
        0.1,
        1e16,
        1e300,
        5e-324,
        2.675,
        f64::INFINITY,
        f64::NEG_INFINITY,
        f64::NAN,
    ];
    for x in values {
        let l = lit(x);
        for name in [
            "__repr__",
            "__hash__",
            "__bool__",
            "__float__",
            "__int__",
            "__trunc__",
            "__floor__",
            "__ceil__",
            "__round__",
            "__neg__",
            "__pos__",
            "__abs__",
            "__getnewargs__",
            "conjugate",
            "is_integer",
            "as_integer_ratio",
            "hex",
        ] {
            if name == "__hash__" && x.is_nan() {
                continue;
            }
            ch.check(&format!("({l}).{name}()"), |vm| m(vm, &f(x), name, vec![]));
        }
        for nd in [0i64, 1, 2, -1, -2, 400, -400] {
            ch.check(&format!("({l}).__round__({nd})"), |vm| {
                m(vm, &f(x), "__round__", vec![i(nd)])
            });
        }
        for spec in ["", ".2f", ">10", "e", "%", "g", "x"] {
            ch.check(&format!("({l}).__format__({spec:?})"), |vm| {
                m(vm, &f(x), "__format__", vec![s(spec)])
            });
        }
    }
    ch.check("(2.5).__round__(None)", |vm| {
        m(vm, &f(2.5), "__round__", vec![Value::NONE])
    });
    ch.check("(2.5).__round__(1.0)", |vm| {
        m(vm, &f(2.5), "__round__", vec![f(1.0)])
    });
    ch.check("(2.5).__round__(2**100)", |vm| {
        m(
            vm,
            &f(2.5),
            "__round__",
            vec![big("1267650600228229401496703205376")],
        )
    });
    ch.check("(2.5).hex(1)", |vm| m(vm, &f(2.5), "hex", vec![i(1)]));
    ch.check("float.hex(1)", |vm| m(vm, &float_t, "hex", vec![i(1)]));
    ch.check("float.__neg__(1)", |vm| {
        m(vm, &float_t, "__neg__", vec![i(1)])
    });
    ch.finish();
}

#[test]
fn float_operators() {
    let mut ch = Checks::new();
    let xs = [0.0, -0.0, 1.5, -2.0, 3.0, 1e308, f64::INFINITY, f64::NAN];
    let ops = [
        "__add__",
        "__radd__",
        "__sub__",
        "__rsub__",
        "__mul__",
        "__rmul__",
        "__truediv__",
        "__rtruediv__",
        "__floordiv__",
        "__rfloordiv__",
        "__mod__",
        "__rmod__",
        "__divmod__",
        "__rdivmod__",
        "__pow__",
        "__rpow__",
        "__lt__",
        "__le__",
        "__eq__",
        "__ne__",
        "__gt__",
        "__ge__",
    ];
    for x in xs {
        for y in [0.0, -1.5, 2.0, 0.5, f64::NEG_INFINITY] {
            for op in ops {
                ch.check(&format!("({}).{op}({})", lit(x), lit(y)), |vm| {
                    m(vm, &f(x), op, vec![f(y)])
                });
            }
        }
        for op in ["__add__", "__rtruediv__", "__pow__", "__eq__", "__lt__"] {
            ch.check(&format!("({}).{op}(3)", lit(x)), |vm| {
                m(vm, &f(x), op, vec![i(3)])
            });
            ch.check(&format!("({}).{op}(2**2000)", lit(x)), |vm| {
                let v = big(&(BigInt::from(1) << 2000usize).to_string());
                m(vm, &f(x), op, vec![v])
            });
            ch.check(&format!("({}).{op}('x')", lit(x)), |vm| {
                m(vm, &f(x), op, vec![s("x")])
            });
            ch.check(&format!("({}).{op}(1j)", lit(x)), |vm| {
                m(vm, &f(x), op, vec![c(0.0, 1.0)])
            });
        }
    }
    ch.check("(9007199254740992.0).__eq__(2**53 + 1)", |vm| {
        m(
            vm,
            &f(9007199254740992.0),
            "__eq__",
            vec![big("9007199254740993")],
        )
    });
    ch.check("(9007199254740992.0).__lt__(2**53 + 1)", |vm| {
        m(
            vm,
            &f(9007199254740992.0),
            "__lt__",
            vec![big("9007199254740993")],
        )
    });
    ch.check("(2.0).__pow__(3, 5)", |vm| {
        m(vm, &f(2.0), "__pow__", vec![i(3), i(5)])
    });
    ch.check("(2.0).__pow__('x', 5)", |vm| {
        m(vm, &f(2.0), "__pow__", vec![s("x"), i(5)])
    });
    ch.check("(2.0).__pow__(3, None)", |vm| {
        m(vm, &f(2.0), "__pow__", vec![i(3), Value::NONE])
    });
    ch.check("(-8.0).__pow__(1/3)", |vm| {
        m(vm, &f(-8.0), "__pow__", vec![f(1.0 / 3.0)])
    });
    ch.check("(0.5).__rpow__(-8)", |vm| {
        m(vm, &f(0.5), "__rpow__", vec![i(-8)])
    });
    ch.check("(10.0).__pow__(400)", |vm| {
        m(vm, &f(10.0), "__pow__", vec![i(400)])
    });
    ch.check("float.__add__(1, 2)", |vm| {
        m(vm, &ty(&types().float), "__add__", vec![i(1), i(2)])
    });
    ch.finish();
}

#[test]
fn complex_type() {
    let mut ch = Checks::new();
    let complex_t = ty(&types().complex);
    for text in [
        "1+2j",
        " (3-4.5j) ",
        "j",
        "-j",
        "1e400j",
        "nanj",
        "1+",
        "1 + 2j",
        "1_0j",
        "(1",
    ] {
        ch.check(&format!("complex({text:?})"), |vm| {
            callv(vm, &complex_t, vec![s(text)])
        });
    }
    ch.check("complex()", |vm| callv(vm, &complex_t, vec![]));
    ch.check("complex(1)", |vm| callv(vm, &complex_t, vec![i(1)]));
    ch.check("complex(1.5, -2)", |vm| {
        callv(vm, &complex_t, vec![f(1.5), i(-2)])
    });
    ch.check("complex(1j, 1j)", |vm| {
        callv(vm, &complex_t, vec![c(0.0, 1.0), c(0.0, 1.0)])
    });
    ch.check("complex(1+2j, 3+4j)", |vm| {
        callv(vm, &complex_t, vec![c(1.0, 2.0), c(3.0, 4.0)])
    });
    for (re, im) in [(0.0, -0.0), (-0.0, -0.0), (-0.0, 0.0), (1.0, -0.0)] {
        ch.check(&format!("complex({}, {})", lit(re), lit(im)), |vm| {
            callv(vm, &complex_t, vec![f(re), f(im)])
        });
        ch.check(
            &format!("complex(complex({}, {}), {})", lit(re), lit(im), lit(im)),
            |vm| callv(vm, &complex_t, vec![c(re, im), f(im)]),
        );
        ch.check(
            &format!("complex({}, complex({}, {}))", lit(re), lit(im), lit(re)),
            |vm| callv(vm, &complex_t, vec![f(re), c(im, re)]),
        );
    }
    ch.check("complex(-0.0)", |vm| callv(vm, &complex_t, vec![f(-0.0)]));
    ch.check("complex(real=1, imag=2)", |vm| {
        callkw(vm, &complex_t, vec![], vec![("real", i(1)), ("imag", i(2))])
    });
    ch.check("complex(imag=2)", |vm| {
        callkw(vm, &complex_t, vec![], vec![("imag", i(2))])
    });
    ch.check("complex(1, real=2)", |vm| {
        callkw(vm, &complex_t, vec![i(1)], vec![("real", i(2))])
    });
    ch.check("complex(x=1)", |vm| {
        callkw(vm, &complex_t, vec![], vec![("x", i(1))])
    });
    ch.check("complex(1, 2, 3)", |vm| {
        callv(vm, &complex_t, vec![i(1), i(2), i(3)])
    });
    ch.check("complex('1', 2)", |vm| {
        callv(vm, &complex_t, vec![s("1"), i(2)])
    });
    ch.check("complex(1, '2')", |vm| {
        callv(vm, &complex_t, vec![i(1), s("2")])
    });
    ch.check("complex(None)", |vm| {
        callv(vm, &complex_t, vec![Value::NONE])
    });
    ch.check("complex(1, None)", |vm| {
        callv(vm, &complex_t, vec![i(1), Value::NONE])
    });
    ch.check("complex(2**1024)", |vm| {
        let v = big(&(BigInt::from(1) << 1024usize).to_string());
        callv(vm, &complex_t, vec![v])
    });
    let sub = subclass(&mut ch, "C", &types().complex);
    ch.check("C(1, 2)", |vm| callv(vm, &sub, vec![i(1), i(2)]));
    ch.check("C('3j')", |vm| callv(vm, &sub, vec![s("3j")]));
    ch.check("complex(C(1, 2))", |vm| {
        let v = callv(vm, &sub, vec![i(1), i(2)])?;
        callv(vm, &complex_t, vec![v])
    });
    ch.check("C(1, 2).__complex__()", |vm| {
        let v = callv(vm, &sub, vec![i(1), i(2)])?;
        m(vm, &v, "__complex__", vec![])
    });
    let zs = [
        (0.0, 0.0),
        (-0.0, -0.0),
        (1.0, 2.0),
        (0.0, 1.0),
        (1.5, -2.5),
        (3.0, 4.0),
        (1e308, 1e308),
        (f64::INFINITY, f64::NAN),
    ];
    for (re, im) in zs {
        let e = format!("complex({}, {})", lit(re), lit(im));
        for name in [
            "__repr__",
            "__hash__",
            "__bool__",
            "__neg__",
            "__pos__",
            "__abs__",
            "__complex__",
            "conjugate",
            "__getnewargs__",
        ] {
            if name == "__hash__" && (re.is_nan() || im.is_nan()) {
                continue;
            }
            ch.check(&format!("{e}.{name}()"), |vm| {
                m(vm, &c(re, im), name, vec![])
            });
        }
        for spec in ["", ".2f", ">20", "e", "g"] {
            ch.check(&format!("{e}.__format__({spec:?})"), |vm| {
                m(vm, &c(re, im), "__format__", vec![s(spec)])
            });
        }
        for op in [
            "__add__",
            "__radd__",
            "__sub__",
            "__rsub__",
            "__mul__",
            "__rmul__",
            "__truediv__",
            "__rtruediv__",
            "__pow__",
            "__rpow__",
            "__eq__",
            "__ne__",
            "__lt__",
        ] {
            ch.check(&format!("{e}.{op}(complex(0.5, -1.0))"), |vm| {
                m(vm, &c(re, im), op, vec![c(0.5, -1.0)])
            });
            ch.check(&format!("{e}.{op}(2)"), |vm| {
                m(vm, &c(re, im), op, vec![i(2)])
            });
            ch.check(&format!("{e}.{op}(0.0)"), |vm| {
                m(vm, &c(re, im), op, vec![f(0.0)])
            });
            ch.check(&format!("{e}.{op}('x')"), |vm| {
                m(vm, &c(re, im), op, vec![s("x")])
            });
        }
    }
    ch.check("(1j).__pow__(2)", |vm| {
        m(vm, &c(0.0, 1.0), "__pow__", vec![i(2)])
    });
    ch.check("(1j).__pow__(2, 3)", |vm| {
        m(vm, &c(0.0, 1.0), "__pow__", vec![i(2), i(3)])
    });
    ch.check("(1j).__pow__('x', 3)", |vm| {
        m(vm, &c(0.0, 1.0), "__pow__", vec![s("x"), i(3)])
    });
    ch.check("(0j).__pow__(-1)", |vm| {
        m(vm, &c(0.0, 0.0), "__pow__", vec![i(-1)])
    });
    ch.check("(1j).__mul__(2**2000)", |vm| {
        let v = big(&(BigInt::from(1) << 2000usize).to_string());
        m(vm, &c(0.0, 1.0), "__mul__", vec![v])
    });
    ch.check("(1+0j).__eq__(2**53 + 1)", |vm| {
        m(
            vm,
            &c(9007199254740992.0, 0.0),
            "__eq__",
            vec![big("9007199254740993")],
        )
    });
    ch.check("complex.conjugate(1)", |vm| {
        m(vm, &complex_t, "conjugate", vec![i(1)])
    });
    ch.finish();
}
