//! The `math` module as programs see it: imported through the registry into a `Vm`, its
//! functions called with Python values (ints of any size, bools, strs, containers, instances
//! of classes with `__index__`/`__float__`/`__floor__`), and every answer, value or
//! exception, compared with what python3 gives for the same call.

use num_bigint::BigInt;
use weft_vm::heap::Value;
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::ops::a_type;
use weft_vm::interp::{attr, call, exc, import, protocols, Vm};
use weft_vm::objects::builtin::{new_builtin, Args, BuiltinKind, NativeFn};
use weft_vm::objects::dict::{self, Dict};
use weft_vm::objects::module::module_dict;
use weft_vm::objects::{complex, float, int, list, str as pystr, tuple, typeobj, types};

use super::pyref::{f, lit, Check};

/// A Python value on both sides: the vm's, and source text that python3 evaluates to it.
#[derive(Clone)]
struct Py {
    v: Value,
    src: String,
}

fn fl(x: f64) -> Py {
    Py {
        v: Value::float(x),
        src: lit(x),
    }
}

fn int(i: i64) -> Py {
    Py {
        v: int::from_i64(i),
        src: i.to_string(),
    }
}

fn big(b: BigInt) -> Py {
    Py {
        src: b.to_string(),
        v: int::from_big(b),
    }
}

fn pow10(e: u32) -> Py {
    big(BigInt::from(10).pow(e))
}

fn boolean(b: bool) -> Py {
    Py {
        v: Value::bool(b),
        src: if b { "True" } else { "False" }.into(),
    }
}

fn text(s: &str) -> Py {
    Py {
        v: pystr::new_str(s),
        src: format!("{s:?}"),
    }
}

fn none() -> Py {
    Py {
        v: Value::NONE,
        src: "None".into(),
    }
}

fn imag(im: f64) -> Py {
    Py {
        v: complex::new_complex(0.0, im),
        src: format!("{im:?}j"),
    }
}

fn list_of(items: &[Py]) -> Py {
    Py {
        v: list::new_list(items.iter().map(|p| p.v.clone()).collect()),
        src: format!("[{}]", srcs(items)),
    }
}

fn tuple_of(items: &[Py]) -> Py {
    Py {
        v: tuple::new_tuple(items.iter().map(|p| p.v.clone()).collect()),
        src: if items.is_empty() {
            "()".into()
        } else {
            format!("({},)", srcs(items))
        },
    }
}

fn srcs(items: &[Py]) -> String {
    items
        .iter()
        .map(|p| p.src.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

/// A method of a test class: the native, and python3's spelling of it.
type Method = (&'static str, NativeFn, &'static str);

fn ret_six(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(int::from_i64(6))
}

fn ret_half(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(Value::float(0.5))
}

fn ret_text(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(pystr::new_str("x"))
}

fn ret_huge(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(int::from_big(BigInt::from(10).pow(400)))
}

fn boom(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Err(error::value_error("boom"))
}

const SIX: (NativeFn, &str) = (ret_six, "lambda self: 6");
const HALF: (NativeFn, &str) = (ret_half, "lambda self: 0.5");
const TEXT: (NativeFn, &str) = (ret_text, "lambda self: 'x'");
const HUGE: (NativeFn, &str) = (ret_huge, "lambda self: 10**400");
const BOOM: (NativeFn, &str) = (
    boom,
    "lambda self: (_ for _ in ()).throw(ValueError('boom'))",
);

fn method(name: &'static str, (f, src): (NativeFn, &'static str)) -> Method {
    (name, f, src)
}

/// The module under test, a vm to call it in, and the pending comparisons.
struct Harness {
    vm: Vm,
    math: Value,
    check: Check,
}

impl Harness {
    fn new() -> Harness {
        let mut vm = Vm::new(vec![], vec![], Default::default());
        crate::register(&mut vm);
        let math = import::import_abs(&mut vm, "math").expect("import math");
        Harness {
            vm,
            math,
            check: Check::default(),
        }
    }

    /// An instance of a fresh class (made with `type(name, (), methods)`) on both sides.
    fn instance(&mut self, name: &str, methods: &[Method]) -> Py {
        let d = dict::new_dict();
        let mut py = Vec::new();
        if let Some(dd) = d.downcast::<Dict>() {
            for (n, f, src) in methods {
                let m = new_builtin(n, *f, BuiltinKind::Method, None);
                dd.set_rs(n, Value::obj(m));
                py.push(format!("{n:?}: {src}"));
            }
        }
        let ty = Value::obj(types().type_.clone());
        let args = vec![
            pystr::new_str(name),
            tuple::new_tuple(vec![]),
            Value::obj(d),
        ];
        let cls = call::call_value(&mut self.vm, &ty, args).expect("type()");
        let v = call::call_value(&mut self.vm, &cls, vec![]).expect("instance");
        Py {
            v,
            src: format!("type({name:?}, (), {{{}}})()", py.join(", ")),
        }
    }

    /// An instance of a class whose `dunder` is a static method (bound through the descriptor
    /// protocol, so it is called without the instance).
    fn static_instance(&mut self, name: &str, dunder: &'static str, m: (NativeFn, &str)) -> Py {
        let (f, src) = m;
        let src = src.replace("lambda self:", "lambda:");
        let func = Value::obj(new_builtin(dunder, f, BuiltinKind::Function, None));
        let sm = Value::obj(types().staticmethod.clone());
        let wrapped = call::call_value(&mut self.vm, &sm, vec![func]).expect("staticmethod");
        let d = dict::new_dict();
        if let Some(dd) = d.downcast::<Dict>() {
            dd.set_rs(dunder, wrapped);
        }
        let ty = Value::obj(types().type_.clone());
        let args = vec![
            pystr::new_str(name),
            tuple::new_tuple(vec![]),
            Value::obj(d),
        ];
        let cls = call::call_value(&mut self.vm, &ty, args).expect("type()");
        let v = call::call_value(&mut self.vm, &cls, vec![]).expect("instance");
        Py {
            v,
            src: format!("type({name:?}, (), {{{dunder:?}: staticmethod({src})}})()"),
        }
    }

    /// An iterator over `items` on both sides.
    fn iter_of(&mut self, items: &[Py]) -> Py {
        let l = list_of(items);
        let flow = protocols::get_iter(&mut self.vm, l.v).expect("iter");
        Py {
            v: call::run_flow(&mut self.vm, flow).expect("iter"),
            src: format!("iter({})", l.src),
        }
    }

    fn show(&mut self, v: &Value) -> String {
        let ty = a_type(v);
        if ty.is(&types().float) {
            return f(float::to_f64(v).unwrap_or(f64::NAN));
        }
        if ty.is(&types().tuple) {
            let items = tuple::as_tuple(v).map(|t| t.to_vec()).unwrap_or_default();
            let shown: Vec<String> = items.iter().map(|x| self.show(x)).collect();
            return format!("({})", shown.join(","));
        }
        if ty.is(&types().int) {
            return int::to_big(v).unwrap_or_default().to_string();
        }
        if let Some(b) = v.as_bool() {
            return if b { "True" } else { "False" }.into();
        }
        if let Some((re, im)) = complex::as_complex(v) {
            return format!("c{}{}", f(re), f(im));
        }
        protocols::repr_string(&mut self.vm, v).unwrap_or_else(|_| "<repr failed>".into())
    }

    fn outcome(&mut self, r: PyResult<Value>) -> String {
        match r {
            Ok(v) => self.show(&v),
            Err(e) => {
                let o = exc::normalize(&mut self.vm, e);
                let name = typeobj::type_name(o.ty());
                let msg = protocols::str_string(&mut self.vm, &Value::obj(o)).unwrap_or_default();
                format!("!{name}: {msg}")
            }
        }
    }

    /// `math.<name>` itself.
    fn get(&mut self, name: &str) {
        let r = attr::getattr(&mut self.vm, &self.math, name);
        let ours = self.outcome(r);
        self.check.push(format!("math.{name}"), ours);
    }

    fn call(&mut self, name: &str, args: &[Py]) {
        self.call_kw(name, args, &[]);
    }

    fn call_kw(&mut self, name: &str, args: &[Py], kwargs: &[(&str, Py)]) {
        let mut parts: Vec<String> = args.iter().map(|a| a.src.clone()).collect();
        parts.extend(kwargs.iter().map(|(k, v)| format!("{k}={}", v.src)));
        let expr = format!("math.{name}({})", parts.join(", "));
        let r = attr::getattr(&mut self.vm, &self.math, name).and_then(|func| {
            call::call_value_kw(
                &mut self.vm,
                &func,
                args.iter().map(|a| a.v.clone()).collect(),
                kwargs.iter().map(|(k, v)| (*k, v.v.clone())).collect(),
            )
        });
        let ours = self.outcome(r);
        self.check.push(expr, ours);
    }

    /// Arguments of every kind that the conversions must tell apart.
    fn odd_arguments(&mut self) -> Vec<Py> {
        vec![
            int(0),
            int(7),
            int(-3),
            big(BigInt::from(1) << 60u32),
            pow10(400),
            boolean(true),
            text("x"),
            none(),
            list_of(&[]),
            imag(1.0),
            self.instance("Idx", &[method("__index__", SIX)]),
            self.instance("HugeIdx", &[method("__index__", HUGE)]),
            self.instance("Half", &[method("__float__", HALF)]),
            self.instance("BadFloat", &[method("__float__", TEXT)]),
            self.instance("Raises", &[method("__float__", BOOM)]),
            self.instance(
                "Both",
                &[method("__float__", HALF), method("__index__", SIX)],
            ),
        ]
    }

    fn run(self) {
        self.check.run();
    }
}

const UNARY: [&str; 34] = [
    "acos", "acosh", "asin", "asinh", "atan", "atanh", "cbrt", "cos", "cosh", "degrees", "erf",
    "erfc", "exp", "exp2", "expm1", "fabs", "frexp", "gamma", "isfinite", "isinf", "isnan",
    "lgamma", "log", "log10", "log1p", "log2", "modf", "radians", "sin", "sinh", "sqrt", "tan",
    "tanh", "ulp",
];

const BINARY: [&str; 7] = [
    "atan2",
    "copysign",
    "fmod",
    "nextafter",
    "pow",
    "remainder",
    "ldexp",
];

fn floats() -> Vec<Py> {
    [
        0.0,
        -0.0,
        0.5,
        -0.5,
        1.0,
        -1.0,
        2.5,
        -7.25,
        30.0,
        710.0,
        -800.0,
        1e-310,
        1e308,
        f64::INFINITY,
        f64::NEG_INFINITY,
        f64::NAN,
    ]
    .into_iter()
    .map(fl)
    .collect()
}

#[test]
fn names_and_constants() {
    let mut h = Harness::new();
    let mut names: Vec<String> = module_dict(h.math.as_obj().expect("module"))
        .map(|d| d.keys())
        .unwrap_or_default()
        .iter()
        .filter_map(|k| pystr::as_str(k).map(str::to_owned))
        .filter(|k| !k.starts_with('_'))
        .collect();
    names.sort();
    let shown: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    h.check.push(
        "sorted(n for n in dir(math) if not n.startswith('_'))".into(),
        format!("[{}]", shown.join(", ")),
    );
    for c in ["pi", "e", "tau", "inf", "nan", "__name__", "__doc__"] {
        h.get(c);
    }
    let constants = ["pi", "e", "tau", "inf", "nan"];
    for name in names.iter().filter(|n| !constants.contains(&n.as_str())) {
        for a in ["__module__", "__name__", "__qualname__", "__doc__"] {
            let r = attr::getattr(&mut h.vm, &h.math, name)
                .and_then(|func| attr::getattr(&mut h.vm, &func, a));
            let ours = h.outcome(r);
            h.check.push(format!("math.{name}.{a}"), ours);
        }
    }
    h.run();
}

#[test]
fn argument_counts_and_keywords() {
    let mut h = Harness::new();
    let names: Vec<&str> = UNARY
        .iter()
        .chain(&BINARY)
        .copied()
        .chain([
            "ceil",
            "comb",
            "dist",
            "factorial",
            "floor",
            "fsum",
            "gcd",
            "hypot",
            "isclose",
            "isqrt",
            "lcm",
            "perm",
            "prod",
            "trunc",
        ])
        .collect();
    for name in names {
        h.call(name, &[]);
        h.call(name, &[int(1), int(2), int(3)]);
        h.call_kw(name, &[int(1)], &[("zz", int(1))]);
        h.call(name, &vec![int(1); 6]);
    }
    let one_two = [fl(1.0), fl(1.1)];
    for kw in [
        vec![("a", int(1))],
        vec![("b", int(1))],
        vec![("b", int(1)), ("rel_tol", fl(0.1))],
        vec![("zz", int(3))],
        vec![("rel_tol", int(1)), ("abs_tol", int(2))],
        vec![("rel_tol", fl(0.2))],
        vec![("abs_tol", fl(0.2))],
        vec![("rel_tol", int(-1))],
        vec![("abs_tol", fl(-0.1))],
        vec![("rel_tol", text("x"))],
        vec![("rel_tol", int(1)), ("abs_tol", int(2)), ("zz", int(3))],
    ] {
        for n in 0..=3 {
            let args: Vec<Py> = one_two.iter().chain(&[fl(0.5)]).take(n).cloned().collect();
            h.call_kw("isclose", &args, &kw);
        }
    }
    h.call_kw("isclose", &[], &[("a", int(1)), ("b", int(2))]);
    h.call_kw("isclose", &[int(1)], &[("b", int(2)), ("a", int(3))]);
    h.call_kw(
        "isclose",
        &[],
        &[
            ("a", int(1)),
            ("b", int(2)),
            ("rel_tol", int(3)),
            ("zz", int(3)),
        ],
    );
    let items = list_of(&[int(2), int(3)]);
    for kw in [
        vec![],
        vec![("start", int(10))],
        vec![("iterable", int(2))],
        vec![("start", int(2)), ("iterable", int(3))],
        vec![("zz", int(2))],
        vec![("start", int(2)), ("zz", int(2)), ("yy", int(2))],
    ] {
        h.call_kw("prod", &[], &kw);
        h.call_kw("prod", std::slice::from_ref(&items), &kw);
        h.call_kw("prod", &[items.clone(), int(3)], &kw);
    }
    h.run();
}

#[test]
fn float_functions_convert_their_arguments() {
    let mut h = Harness::new();
    let mut args = floats();
    args.extend(h.odd_arguments());
    for name in UNARY {
        for a in &args {
            h.call(name, std::slice::from_ref(a));
        }
    }
    let few = [
        fl(0.0),
        fl(-0.0),
        fl(1.5),
        fl(-2.0),
        fl(f64::INFINITY),
        fl(f64::NAN),
        int(3),
        pow10(400),
        text("x"),
        boolean(false),
    ];
    for name in BINARY {
        for a in &few {
            for b in &few {
                h.call(name, &[a.clone(), b.clone()]);
            }
        }
    }
    for i in [
        int(-1100),
        int(5),
        pow10(30),
        big(-(BigInt::from(10).pow(30))),
    ] {
        for x in [fl(1.0), fl(-3.0), fl(0.0), fl(f64::INFINITY), fl(1e-300)] {
            h.call("ldexp", &[x, i.clone()]);
        }
    }
    h.run();
}

#[test]
fn logarithms_take_ints_exactly() {
    let mut h = Harness::new();
    let bases = [
        int(2),
        int(10),
        int(1),
        int(0),
        int(-2),
        fl(0.5),
        pow10(400),
        text("x"),
    ];
    let xs = [
        pow10(400),
        big(BigInt::from(1) << 10000u32),
        big(-(BigInt::from(10).pow(400))),
        big((BigInt::from(10).pow(300)) + 1),
        int(1),
        int(0),
        int(-1),
        boolean(true),
        fl(8.0),
        fl(0.0),
        text("x"),
    ];
    for x in &xs {
        for name in ["log", "log2", "log10"] {
            h.call(name, std::slice::from_ref(x));
        }
        for b in &bases {
            h.call("log", &[x.clone(), b.clone()]);
        }
    }
    h.run();
}

#[test]
fn rounding_asks_the_type_first() {
    let mut h = Harness::new();
    let mut args = floats();
    args.extend(h.odd_arguments());
    args.push(fl(1e20));
    args.push(fl(-2.5));
    args.push(pow10(30));
    args.push(h.instance(
        "Rounds",
        &[
            method("__floor__", TEXT),
            method("__ceil__", SIX),
            method("__trunc__", HALF),
        ],
    ));
    args.push(h.instance(
        "RoundRaises",
        &[method("__floor__", BOOM), method("__trunc__", BOOM)],
    ));
    args.push(h.static_instance("StaticFloor", "__floor__", TEXT));
    args.push(h.static_instance("StaticTrunc", "__trunc__", TEXT));
    args.push(h.static_instance("StaticFloat", "__float__", HALF));
    for name in ["floor", "ceil", "trunc"] {
        for a in &args {
            h.call(name, std::slice::from_ref(a));
        }
    }
    h.run();
}

#[test]
fn integer_functions_use_index() {
    let mut h = Harness::new();
    let idx = h.instance("Idx", &[method("__index__", SIX)]);
    let vals = [
        int(0),
        int(1),
        int(5),
        int(-1),
        int(20),
        big(BigInt::from(10).pow(30)),
        big(-(BigInt::from(10).pow(30))),
        boolean(true),
        fl(2.0),
        text("3"),
        none(),
        idx,
    ];
    for a in &vals {
        h.call("factorial", std::slice::from_ref(a));
        h.call("isqrt", std::slice::from_ref(a));
        h.call("perm", std::slice::from_ref(a));
        h.call("gcd", std::slice::from_ref(a));
        h.call("lcm", std::slice::from_ref(a));
        for b in &vals {
            for name in ["comb", "perm", "gcd", "lcm"] {
                h.call(name, &[a.clone(), b.clone()]);
            }
        }
    }
    h.call("perm", &[int(5), none()]);
    h.call("gcd", &[int(12), int(18), int(27)]);
    h.call("lcm", &[int(2), int(3), int(4), int(5)]);
    h.call("gcd", &[int(1), int(1), text("x")]);
    h.call("lcm", &[int(0), int(3), text("x")]);
    h.call("gcd", &[]);
    h.call("lcm", &[]);
    h.run();
}

#[test]
fn sums_norms_and_closeness() {
    let mut h = Harness::new();
    let tenth = vec![fl(0.1); 10];
    let cases = [
        list_of(&tenth),
        list_of(&[fl(1e100), fl(1.0), fl(-1e100)]),
        list_of(&[]),
        list_of(&[int(1), int(2), int(3)]),
        list_of(&[fl(f64::INFINITY), fl(f64::NEG_INFINITY)]),
        list_of(&[fl(1e308), fl(1e308)]),
        list_of(&[fl(f64::NAN), int(1)]),
        list_of(&[text("a")]),
        list_of(&[fl(1.0), pow10(400)]),
        list_of(&[fl(1.5), boolean(true)]),
        list_of(&[int(2), int(3), fl(0.5)]),
        list_of(&[text("ab"), int(2)]),
        list_of(&[list_of(&[int(1)]), int(2)]),
        list_of(&[imag(1.0), imag(1.0)]),
        tuple_of(&[fl(0.25), fl(0.5)]),
        int(5),
        none(),
    ];
    for c in &cases {
        h.call("fsum", std::slice::from_ref(c));
        h.call("prod", std::slice::from_ref(c));
        h.call_kw("prod", std::slice::from_ref(c), &[("start", fl(0.5))]);
        h.call_kw("prod", std::slice::from_ref(c), &[("start", text("ab"))]);
        h.call_kw("prod", std::slice::from_ref(c), &[("start", none())]);
    }
    let it = h.iter_of(&[fl(0.5), fl(0.25), int(3)]);
    h.call("fsum", &[it]);
    let it = h.iter_of(&[int(2), int(3), int(4)]);
    h.call("prod", &[it]);
    let points = [
        tuple_of(&[int(0), int(0)]),
        tuple_of(&[int(3), int(4)]),
        list_of(&[fl(1e300), fl(-1e300)]),
        list_of(&[fl(f64::INFINITY), fl(f64::NAN)]),
        tuple_of(&[int(1), int(2), int(3)]),
        tuple_of(&[]),
        text("ab"),
        list_of(&[int(1), list_of(&[])]),
        list_of(&[text("b"), int(2)]),
        int(5),
    ];
    for p in &points {
        for q in &points {
            h.call("dist", &[p.clone(), q.clone()]);
        }
    }
    let coords = [
        int(3),
        fl(4.0),
        boolean(true),
        fl(f64::NAN),
        fl(f64::INFINITY),
        fl(1e308),
        text("3"),
        pow10(400),
    ];
    h.call("hypot", &[]);
    for a in &coords {
        h.call("hypot", std::slice::from_ref(a));
        for b in &coords {
            h.call("hypot", &[a.clone(), b.clone()]);
            h.call("isclose", &[a.clone(), b.clone()]);
        }
    }
    let close = [
        (fl(1.0), fl(1.0 + 1e-10)),
        (int(100), int(101)),
        (fl(0.0), fl(1e-10)),
        (fl(f64::INFINITY), fl(f64::INFINITY)),
        (fl(f64::NAN), fl(f64::NAN)),
    ];
    for (a, b) in close {
        for kw in [
            vec![],
            vec![("rel_tol", fl(0.01))],
            vec![("abs_tol", fl(1e-9))],
            vec![("rel_tol", int(0)), ("abs_tol", int(2))],
        ] {
            h.call_kw("isclose", &[a.clone(), b.clone()], &kw);
        }
    }
    h.run();
}
