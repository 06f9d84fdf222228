//! Test support for the str, bytes and bytearray natives: a tiny evaluator for the Python
//! expressions the tests are written in (literals, names, attribute access, calls and
//! `name = expr;` statements), and the host's `python3` running the same programs, so every
//! case is checked against CPython 3.11 without the parser.
//!
//! Results print as `type-name repr`, exceptions as `!Class: message`. The repr is computed
//! here for the types the tests produce, so the cases do not depend on other types' methods.
use crate::heap::{Kind, Value};
use crate::interp::error::PyResult;
use crate::interp::{attr, call, exc, protocols, Vm};
use crate::objects::exception::ExceptionData;
use crate::objects::{
    self, bytearray::ByteArray, bytes, dict, float, int, list, str as pystr, tuple,
};
use crate::text::repr;
use std::collections::HashMap;
use std::io::Write;
use std::process::{Command, Stdio};

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Name(String),
    Int(String),
    Float(f64),
    /// Code points (lone surrogates included).
    Str(Vec<u32>),
    Bytes(Vec<u8>),
    Punct(char),
}

fn lex(src: &str) -> Vec<Tok> {
    let chars: Vec<char> = src.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
            i += 1;
        } else if c.is_ascii_digit() {
            let start = i;
            while i < chars.len() && (chars[i].is_ascii_digit() || chars[i] == '.') {
                i += 1;
            }
            let t: String = chars[start..i].iter().collect();
            out.push(if t.contains('.') {
                Tok::Float(t.parse().expect("float literal"))
            } else {
                Tok::Int(t)
            });
        } else if c == 'b' && matches!(chars.get(i + 1), Some('\'' | '"')) {
            let (s, n) = string(&chars[i + 1..]);
            out.push(Tok::Bytes(s.iter().map(|&c| c as u8).collect()));
            i += 1 + n;
        } else if c == '\'' || c == '"' {
            let (s, n) = string(&chars[i..]);
            out.push(Tok::Str(s));
            i += n;
        } else if c.is_alphanumeric() || c == '_' {
            let start = i;
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                i += 1;
            }
            out.push(Tok::Name(chars[start..i].iter().collect()));
        } else {
            out.push(Tok::Punct(c));
            i += 1;
        }
    }
    out
}

/// A quoted literal at the start of `c`: its code points (bytes as Latin-1) and length in
/// chars.
fn string(c: &[char]) -> (Vec<u32>, usize) {
    let q = c[0];
    let mut s = Vec::new();
    let mut i = 1;
    let hex = |from: usize, n: usize| -> u32 {
        let h: String = c[from..from + n].iter().collect();
        u32::from_str_radix(&h, 16).expect("hex escape")
    };
    while c[i] != q {
        if c[i] == '\\' {
            i += 1;
            match c[i] {
                'n' => s.push(0x0A),
                't' => s.push(0x09),
                'r' => s.push(0x0D),
                '0' => s.push(0),
                'x' => {
                    s.push(hex(i + 1, 2));
                    i += 2;
                }
                'u' => {
                    s.push(hex(i + 1, 4));
                    i += 4;
                }
                'U' => {
                    s.push(hex(i + 1, 8));
                    i += 8;
                }
                other => s.push(u32::from(other)),
            }
        } else {
            s.push(u32::from(c[i]));
        }
        i += 1;
    }
    (s, i + 1)
}

/// Positional and keyword arguments of a call.
type Arguments = (Vec<Value>, Vec<(String, Value)>);

struct Eval<'a> {
    vm: &'a mut Vm,
    toks: Vec<Tok>,
    pos: usize,
    vars: HashMap<String, Value>,
}

impl Eval<'_> {
    fn peek(&self) -> Option<&Tok> {
        self.toks.get(self.pos)
    }

    fn eat(&mut self, c: char) -> bool {
        if self.peek() == Some(&Tok::Punct(c)) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    fn expect(&mut self, c: char) {
        assert!(self.eat(c), "expected {c:?} at token {}", self.pos);
    }

    fn program(&mut self) -> PyResult<Value> {
        loop {
            let assign = matches!(
                (self.peek(), self.toks.get(self.pos + 1)),
                (Some(Tok::Name(_)), Some(Tok::Punct('=')))
            );
            if assign {
                let Some(Tok::Name(n)) = self.peek().cloned() else {
                    unreachable!()
                };
                self.pos += 2;
                let v = self.expr()?;
                self.vars.insert(n, v);
                self.expect(';');
                continue;
            }
            let v = self.expr()?;
            if self.eat(';') {
                continue;
            }
            return Ok(v);
        }
    }

    /// Comparisons with `==`.
    fn expr(&mut self) -> PyResult<Value> {
        let mut v = self.unary()?;
        while self.two('=') {
            self.pos += 2;
            let w = self.unary()?;
            v = Value::bool(crate::interp::ops::eq_bool(self.vm, &v, &w)?);
        }
        Ok(v)
    }

    fn two(&self, c: char) -> bool {
        self.peek() == Some(&Tok::Punct(c)) && self.toks.get(self.pos + 1) == Some(&Tok::Punct(c))
    }

    /// Negation, then `**` (ints only), binding as in Python: `-2**70` is `-(2**70)`.
    fn unary(&mut self) -> PyResult<Value> {
        if self.eat('-') {
            let v = self.unary()?;
            return Ok(match (int::to_big(&v), float::to_f64(&v)) {
                (Some(b), _) => int::from_big(-b),
                (_, Some(f)) => Value::float(-f),
                _ => panic!("minus needs a number"),
            });
        }
        let v = self.postfix()?;
        if self.two('*') {
            self.pos += 2;
            let e = self.unary()?;
            let base = int::to_big(&v).expect("int base");
            let exp = int::to_i64(&e).expect("small exponent") as u32;
            return Ok(int::from_big(num_traits::Pow::pow(base, exp)));
        }
        Ok(v)
    }

    fn postfix(&mut self) -> PyResult<Value> {
        let mut v = self.primary()?;
        loop {
            if self.eat('.') {
                let Some(Tok::Name(n)) = self.peek().cloned() else {
                    panic!("attribute name expected")
                };
                self.pos += 1;
                v = attr::getattr(self.vm, &v, &n)?;
            } else if self.eat('(') {
                let (args, kwargs) = self.args(')')?;
                let kw: Vec<(&str, Value)> = kwargs
                    .iter()
                    .map(|(k, v)| (k.as_str(), v.clone()))
                    .collect();
                v = call::call_value_kw(self.vm, &v, args, kw)?;
            } else {
                return Ok(v);
            }
        }
    }

    fn args(&mut self, close: char) -> PyResult<Arguments> {
        let mut args = Vec::new();
        let mut kwargs = Vec::new();
        while !self.eat(close) {
            let kw = matches!(
                (self.peek(), self.toks.get(self.pos + 1)),
                (Some(Tok::Name(_)), Some(Tok::Punct('=')))
            );
            if kw {
                let Some(Tok::Name(n)) = self.peek().cloned() else {
                    unreachable!()
                };
                self.pos += 2;
                kwargs.push((n, self.expr()?));
            } else {
                args.push(self.expr()?);
            }
            self.eat(',');
        }
        Ok((args, kwargs))
    }

    fn primary(&mut self) -> PyResult<Value> {
        let t = self.peek().cloned().expect("unexpected end");
        self.pos += 1;
        Ok(match t {
            Tok::Int(d) => int::from_big(d.parse().expect("int literal")),
            Tok::Float(f) => Value::float(f),
            Tok::Str(s) => pystr::new_code_points(&s),
            Tok::Bytes(b) => bytes::new_bytes(b),
            Tok::Punct('(') => {
                let (items, _) = self.args(')')?;
                let single =
                    items.len() == 1 && !matches!(self.toks[self.pos - 2], Tok::Punct(','));
                if single {
                    items.into_iter().next().unwrap_or(Value::NONE)
                } else {
                    tuple::new_tuple(items)
                }
            }
            Tok::Punct('[') => list::new_list(self.args(']')?.0),
            Tok::Punct('{') => {
                let d = dict::new_dict();
                while !self.eat('}') {
                    let k = self.expr()?;
                    self.expect(':');
                    let v = self.expr()?;
                    if let Some(dd) = dict::as_dict(&Value::obj(d.clone())) {
                        dd.set(self.vm, k, v)?;
                    }
                    self.eat(',');
                }
                Value::obj(d)
            }
            Tok::Name(n) if n == "slice" => {
                self.expect('(');
                let (mut a, _) = self.args(')')?;
                if a.len() == 1 {
                    a.insert(0, Value::NONE);
                }
                a.resize(3, Value::NONE);
                objects::slice::new_slice(a[0].clone(), a[1].clone(), a[2].clone())
            }
            Tok::Name(n) => self.name(&n),
            other => panic!("unexpected token {other:?}"),
        })
    }

    fn name(&self, n: &str) -> Value {
        if let Some(v) = self.vars.get(n) {
            return v.clone();
        }
        match n {
            "None" => Value::NONE,
            "True" => Value::TRUE,
            "False" => Value::FALSE,
            _ => dict::as_dict(&Value::obj(self.vm.builtins.clone()))
                .and_then(|d| d.get_rs(n))
                .unwrap_or_else(|| panic!("unknown name {n}")),
        }
    }
}

/// `type-name repr` of a value, for the types the tests produce.
fn show(vm: &mut Vm, v: &Value) -> String {
    format!("{} {}", crate::interp::ops::type_name_of(v), repr_of(vm, v))
}

fn repr_of(vm: &mut Vm, v: &Value) -> String {
    if v.is_none() {
        return "None".into();
    }
    if let Some(b) = v.as_bool() {
        return if b { "True" } else { "False" }.into();
    }
    if let Some(f) = v.as_float() {
        return crate::format::float_repr(f);
    }
    if int::is_int(v) {
        return int::to_big(v).unwrap_or_default().to_string();
    }
    let join = |vm: &mut Vm, items: &[Value]| -> String {
        items
            .iter()
            .map(|x| repr_of(vm, x))
            .collect::<Vec<_>>()
            .join(", ")
    };
    match v.as_obj().map(|o| o.kind()) {
        Some(Kind::Str) => pystr::as_str_obj(v).map_or_else(String::new, super::dunders::repr_of),
        Some(Kind::Bytes) => repr::bytes_repr(bytes::as_bytes(v).unwrap_or_default()),
        Some(Kind::ByteArray) => {
            let data = v
                .as_obj()
                .and_then(|o| o.downcast::<ByteArray>())
                .map(|b| b.data.borrow().clone())
                .unwrap_or_default();
            repr::bytearray_repr(&crate::interp::ops::type_name_of(v), &data)
        }
        Some(Kind::Tuple) => {
            let items = tuple::as_tuple(v).unwrap_or_default().to_vec();
            if items.len() == 1 {
                format!("({},)", repr_of(vm, &items[0]))
            } else {
                format!("({})", join(vm, &items))
            }
        }
        Some(Kind::List) => {
            let items = list::as_list(v)
                .map(|l| l.items.borrow().clone())
                .unwrap_or_default();
            format!("[{}]", join(vm, &items))
        }
        Some(Kind::Dict) => {
            let items = dict::as_dict(v).map(|d| d.items()).unwrap_or_default();
            let parts: Vec<String> = items
                .iter()
                .map(|(k, x)| format!("{}: {}", repr_of(vm, k), repr_of(vm, x)))
                .collect();
            format!("{{{}}}", parts.join(", "))
        }
        _ => protocols::repr_string(vm, v).unwrap_or_else(|_| "<?>".into()),
    }
}

/// `!Class: message` for an exception. The Unicode errors' message is formatted here from
/// their five arguments, as their `__str__` does.
fn show_error(vm: &mut Vm, e: crate::interp::error::PyErr) -> String {
    let o = exc::normalize(vm, e);
    let name = crate::objects::typeobj::type_name(o.ty());
    let args = o
        .downcast::<ExceptionData>()
        .and_then(|d| tuple::as_tuple(&d.args.borrow()).map(|t| t.to_vec()))
        .unwrap_or_default();
    let msg = match (name.as_str(), &args[..]) {
        ("UnicodeEncodeError" | "UnicodeDecodeError", [enc, obj, start, end, reason]) => {
            let (start, end) = (
                int::to_i64(start).unwrap_or(0),
                int::to_i64(end).unwrap_or(0),
            );
            let enc = pystr::as_str(enc).unwrap_or_default();
            let reason = pystr::as_str(reason).unwrap_or_default();
            let decoding = name == "UnicodeDecodeError";
            if end == start + 1 {
                let what = if decoding {
                    let b = bytes::as_bytes(obj).unwrap_or_default()[start as usize];
                    format!("byte 0x{b:02x}")
                } else {
                    let c = pystr::as_str_obj(obj)
                        .and_then(|s| s.code_point_at(start as usize))
                        .unwrap_or(0);
                    let esc = match c {
                        0..=0xff => format!("\\x{c:02x}"),
                        0x100..=0xffff => format!("\\u{c:04x}"),
                        _ => format!("\\U{c:08x}"),
                    };
                    format!("character '{esc}'")
                };
                let verb = if decoding { "decode" } else { "encode" };
                format!("'{enc}' codec can't {verb} {what} in position {start}: {reason}")
            } else {
                let (verb, what) = if decoding {
                    ("decode", "bytes")
                } else {
                    ("encode", "characters")
                };
                format!(
                    "'{enc}' codec can't {verb} {what} in position {start}-{}: {reason}",
                    end - 1
                )
            }
        }
        ("KeyError", [k]) => repr_of(vm, k),
        (_, []) => String::new(),
        (_, [a]) => match pystr::as_str(a) {
            Some(s) => s.to_owned(),
            None => repr_of(vm, a),
        },
        _ => repr_of(vm, &tuple::new_tuple(args.clone())),
    };
    format!("!{name}: {msg}")
}

/// Runs one program.
fn run_weft(vm: &mut Vm, src: &str) -> String {
    let mut ev = Eval {
        vm,
        toks: lex(src),
        pos: 0,
        vars: HashMap::new(),
    };
    let r = ev.program();
    match r {
        Ok(v) => show(vm, &v),
        Err(e) => show_error(vm, e),
    }
}

const PYTHON: &str = r#"
import ast, sys
for line in sys.stdin:
    src = bytes.fromhex(line.strip()).decode()
    ns = {}
    try:
        body = ast.parse(src).body
        exec(compile(ast.Module(body[:-1], []), '<case>', 'exec'), ns)
        r = eval(compile(ast.Expression(body[-1].value), '<case>', 'eval'), ns)
        out = type(r).__name__ + ' ' + repr(r)
    except Exception as e:
        out = '!' + type(e).__name__ + ': ' + str(e)
    print(out.encode('utf-8', 'backslashreplace').hex())
"#;

/// What `python3` prints for each program.
fn run_python(programs: &[&str]) -> Vec<String> {
    let mut child = Command::new("python3")
        .arg("-c")
        .arg(PYTHON)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("these tests compare with python3 (CPython 3.11), which must be on PATH");
    let mut stdin = child.stdin.take().expect("piped stdin");
    let body: String = programs
        .iter()
        .map(|p| p.bytes().map(|b| format!("{b:02x}")).collect::<String>() + "\n")
        .collect();
    let writer = std::thread::spawn(move || stdin.write_all(body.as_bytes()));
    let output = child.wait_with_output().expect("python3 output");
    writer.join().expect("writer").expect("write to python3");
    String::from_utf8(output.stdout)
        .expect("utf-8")
        .lines()
        .map(|l| {
            let bytes: Vec<u8> = (0..l.len() / 2)
                .map(|i| u8::from_str_radix(&l[2 * i..2 * i + 2], 16).expect("hex"))
                .collect();
            String::from_utf8(bytes).expect("utf-8")
        })
        .collect()
}

/// Runs every program under weft and under `python3` and fails listing each difference.
pub(crate) fn check_against_python(programs: &[&str]) {
    let expected = run_python(programs);
    assert_eq!(
        expected.len(),
        programs.len(),
        "python3 answered every case"
    );
    let mut vm = Vm::new(vec![], vec![], Default::default());
    let mut failures = Vec::new();
    for (p, want) in programs.iter().zip(&expected) {
        let got = run_weft(&mut vm, p);
        if &got != want {
            failures.push(format!("{p}\n    weft:    {got}\n    python3: {want}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases differ:\n{}",
        failures.len(),
        programs.len(),
        failures.join("\n")
    );
}
