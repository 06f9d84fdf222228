//! `make_scanner(context)`: the scanner `json.decoder.JSONDecoder` calls as `scan_once(string,
//! idx)`, reading one JSON value with the context's hooks (CPython's `scan_once_unicode`).
use super::scanstring::{self, Malformed};
use super::text::{decode_error, Doc};
use crate::support::payload;
use std::collections::HashMap;
use weft_vm::heap::Value;
use weft_vm::interp::error::{self, PyErr, PyResult};
use weft_vm::interp::ops::type_name_of;
use weft_vm::interp::{attr, call, ops, Vm};
use weft_vm::objects::builtin::Args;
use weft_vm::objects::method_support::{alloc_instance, new_cls, ssize_arg};
use weft_vm::objects::native::{NativeObj, Traverse};
use weft_vm::objects::{dict, int, list, str as pystr, tuple, types};

pub(crate) struct Scanner {
    strict: bool,
    object_hook: Value,
    object_pairs_hook: Value,
    parse_float: Value,
    parse_int: Value,
    parse_constant: Value,
}

impl Traverse for Scanner {
    fn traverse(&self, f: &mut dyn FnMut(&Value)) {
        f(&self.object_hook);
        f(&self.object_pairs_hook);
        f(&self.parse_float);
        f(&self.parse_int);
        f(&self.parse_constant);
    }
    fn clear(&self, _out: &mut Vec<Value>) {}
}

/// `make_scanner(context)`: reads the context's attributes once, as CPython does.
pub(crate) fn new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = new_cls(args, &super::types().scanner)?;
    let [ctx] = args.rest().bind("make_scanner", ["context"], 1, 0)?;
    let ctx = ctx.unwrap_or(Value::NONE);
    let strict = attr::getattr(vm, &ctx, "strict")?;
    let s = Scanner {
        strict: ops::truthy(vm, &strict)?,
        object_hook: attr::getattr(vm, &ctx, "object_hook")?,
        object_pairs_hook: attr::getattr(vm, &ctx, "object_pairs_hook")?,
        parse_float: attr::getattr(vm, &ctx, "parse_float")?,
        parse_int: attr::getattr(vm, &ctx, "parse_int")?,
        parse_constant: attr::getattr(vm, &ctx, "parse_constant")?,
    };
    Ok(Value::obj(alloc_instance(cls, NativeObj::traced(s))))
}

fn member(v: &Value, f: fn(&Scanner) -> Value) -> PyResult<Value> {
    payload::<Scanner>(v)
        .map(f)
        .ok_or_else(|| error::type_error("descriptor requires a '_json.Scanner' object"))
}

/// The context's values, as read-only members (CPython's `scanner_members`).
pub(crate) const MEMBERS: &[(&str, weft_vm::objects::descriptors_native::Getter)] = &[
    ("strict", |_, v| member(v, |s| Value::bool(s.strict))),
    ("object_hook", |_, v| member(v, |s| s.object_hook.clone())),
    ("object_pairs_hook", |_, v| {
        member(v, |s| s.object_pairs_hook.clone())
    }),
    ("parse_float", |_, v| member(v, |s| s.parse_float.clone())),
    ("parse_int", |_, v| member(v, |s| s.parse_int.clone())),
    ("parse_constant", |_, v| {
        member(v, |s| s.parse_constant.clone())
    }),
];

/// `scanner(string, idx)`: `(value, end)`, or `StopIteration(idx)` when no value starts there.
pub(crate) fn call(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let me = args.this()?;
    let Some(sc) = payload::<Scanner>(me) else {
        return Err(error::type_error(
            "descriptor '__call__' requires a '_json.Scanner' object",
        ));
    };
    let [string, idx] = args.rest().bind("scan_once", ["string", "idx"], 2, 0)?;
    let (Some(string), Some(idx)) = (string, idx) else {
        return Err(error::type_error("scan_once() missing required argument"));
    };
    let idx = ssize_arg(vm, &idx)?;
    let Some(s) = pystr::as_str_obj(&string) else {
        return Err(error::type_error(format!(
            "first argument must be a string, not {}",
            type_name_of(&string)
        )));
    };
    if idx < 0 {
        return Err(error::value_error("idx cannot be negative"));
    }
    let idx = idx as usize;
    if idx >= s.char_len() {
        return Err(error::stop_iteration(Some(int::from_i64(idx as i64))));
    }
    let doc = Doc::new(&string, s);
    let start = doc.byte_of(s, idx);
    let t = types();
    let mut scan = Scan {
        sc,
        buf: doc.bytes,
        memo: HashMap::new(),
        fast_float: sc.parse_float.as_obj().is_some_and(|o| o.is(&t.float)),
        fast_int: sc.parse_int.as_obj().is_some_and(|o| o.is(&t.int)),
    };
    let r = scan.value(vm, start);
    let at_char = |at: usize| doc.char_of(at, start, idx) as i64;
    match r {
        Ok((v, end)) => Ok(tuple::new_tuple(vec![v, int::from_i64(at_char(end))])),
        Err(Fail::Py(e)) => Err(e),
        Err(Fail::NoValue(at)) => Err(error::stop_iteration(Some(int::from_i64(at_char(at))))),
        Err(Fail::Malformed(m)) => Err(decode_error(vm, m.msg, doc.value, at_char(m.at))),
    }
}

/// Why reading stopped.
enum Fail {
    /// A Python exception (from a hook, or the recursion limit).
    Py(PyErr),
    /// No value starts at this offset: `StopIteration`.
    NoValue(usize),
    /// Malformed JSON: `JSONDecodeError`.
    Malformed(Malformed),
}

impl From<PyErr> for Fail {
    fn from(e: PyErr) -> Fail {
        Fail::Py(e)
    }
}

impl From<Malformed> for Fail {
    fn from(m: Malformed) -> Fail {
        Fail::Malformed(m)
    }
}

fn malformed(msg: &'static str, at: usize) -> Fail {
    Fail::Malformed(Malformed { msg, at })
}

type Scanned = Result<(Value, usize), Fail>;

/// One `scan_once` call: the document and the memo that shares equal keys.
struct Scan<'a> {
    sc: &'a Scanner,
    buf: &'a [u8],
    memo: HashMap<Vec<u8>, Value>,
    fast_float: bool,
    fast_int: bool,
}

fn is_ws(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r')
}

impl Scan<'_> {
    fn skip_ws(&self, mut at: usize) -> usize {
        while self.buf.get(at).copied().is_some_and(is_ws) {
            at += 1;
        }
        at
    }

    fn at(&self, at: usize) -> Option<u8> {
        self.buf.get(at).copied()
    }

    fn value(&mut self, vm: &mut Vm, at: usize) -> Scanned {
        let Some(c) = self.at(at) else {
            return Err(Fail::NoValue(at));
        };
        let rest = &self.buf[at..];
        match c {
            b'"' => {
                let (text, end) = scanstring::scan(self.buf, at + 1, self.sc.strict)?;
                Ok((pystr::new_gutf8_slice(&text), end))
            }
            b'{' => {
                vm.enter_native(" while decoding a JSON object from a unicode string")?;
                let r = self.object(vm, at + 1);
                vm.leave_native();
                r
            }
            b'[' => {
                vm.enter_native(" while decoding a JSON array from a unicode string")?;
                let r = self.array(vm, at + 1);
                vm.leave_native();
                r
            }
            b'n' if rest.starts_with(b"null") => Ok((Value::NONE, at + 4)),
            b't' if rest.starts_with(b"true") => Ok((Value::bool(true), at + 4)),
            b'f' if rest.starts_with(b"false") => Ok((Value::bool(false), at + 5)),
            b'N' if rest.starts_with(b"NaN") => self.constant(vm, "NaN", at),
            b'I' if rest.starts_with(b"Infinity") => self.constant(vm, "Infinity", at),
            b'-' if rest.starts_with(b"-Infinity") => self.constant(vm, "-Infinity", at),
            _ => self.number(vm, at),
        }
    }

    fn constant(&mut self, vm: &mut Vm, name: &str, at: usize) -> Scanned {
        let v = call::call_value(vm, &self.sc.parse_constant, vec![pystr::new_str(name)])?;
        Ok((v, at + name.len()))
    }

    fn object(&mut self, vm: &mut Vm, at: usize) -> Scanned {
        let pairs_hook = !self.sc.object_pairs_hook.is_none();
        let mut pairs = Vec::new();
        let d = Value::obj(dict::new_dict());
        let mut at = self.skip_ws(at);
        if self.at(at) != Some(b'}') {
            loop {
                if self.at(at) != Some(b'"') {
                    return Err(malformed(
                        "Expecting property name enclosed in double quotes",
                        at,
                    ));
                }
                let (text, end) = scanstring::scan(self.buf, at + 1, self.sc.strict)?;
                let key = match self.memo.get(&*text) {
                    Some(k) => k.clone(),
                    None => {
                        let k = pystr::new_gutf8_slice(&text);
                        self.memo.insert(text.into_owned(), k.clone());
                        k
                    }
                };
                at = self.skip_ws(end);
                if self.at(at) != Some(b':') {
                    return Err(malformed("Expecting ':' delimiter", at));
                }
                at = self.skip_ws(at + 1);
                let (val, end) = self.value(vm, at)?;
                if pairs_hook {
                    pairs.push(tuple::new_tuple(vec![key, val]));
                } else if let Some(dd) = dict::as_dict(&d) {
                    dd.set(vm, key, val)?;
                }
                at = self.skip_ws(end);
                if self.at(at) == Some(b'}') {
                    break;
                }
                if self.at(at) != Some(b',') {
                    return Err(malformed("Expecting ',' delimiter", at));
                }
                at = self.skip_ws(at + 1);
            }
        }
        let end = at + 1;
        if pairs_hook {
            let l = list::new_list(pairs);
            return Ok((
                call::call_value(vm, &self.sc.object_pairs_hook, vec![l])?,
                end,
            ));
        }
        if !self.sc.object_hook.is_none() {
            return Ok((call::call_value(vm, &self.sc.object_hook, vec![d])?, end));
        }
        Ok((d, end))
    }

    fn array(&mut self, vm: &mut Vm, at: usize) -> Scanned {
        let mut items = Vec::new();
        let mut at = self.skip_ws(at);
        if self.at(at) != Some(b']') {
            loop {
                let (val, end) = self.value(vm, at)?;
                items.push(val);
                at = self.skip_ws(end);
                if self.at(at) == Some(b']') {
                    break;
                }
                if self.at(at) != Some(b',') {
                    return Err(malformed("Expecting ',' delimiter", at));
                }
                at = self.skip_ws(at + 1);
            }
        }
        Ok((list::new_list(items), at + 1))
    }

    /// A number: the extent CPython's `_match_number_unicode` accepts (backtracking from a bare
    /// exponent), then `int`/`float` or the context's `parse_int`/`parse_float`.
    fn number(&mut self, vm: &mut Vm, start: usize) -> Scanned {
        let buf = self.buf;
        let digit = |i: usize| buf.get(i).is_some_and(u8::is_ascii_digit);
        let last = buf.len() - 1;
        let mut i = start;
        if buf[i] == b'-' {
            i += 1;
            if i > last {
                return Err(Fail::NoValue(start));
            }
        }
        match buf[i] {
            b'1'..=b'9' => {
                i += 1;
                while digit(i) {
                    i += 1;
                }
            }
            b'0' => i += 1,
            _ => return Err(Fail::NoValue(start)),
        }
        let mut is_float = false;
        if i < last && buf[i] == b'.' && digit(i + 1) {
            is_float = true;
            i += 2;
            while digit(i) {
                i += 1;
            }
        }
        if i < last && (buf[i] == b'e' || buf[i] == b'E') {
            let e_start = i;
            i += 1;
            if i < last && (buf[i] == b'-' || buf[i] == b'+') {
                i += 1;
            }
            while digit(i) {
                i += 1;
            }
            if digit(i - 1) {
                is_float = true;
            } else {
                i = e_start;
            }
        }
        // The slice is ASCII by construction.
        let text = std::str::from_utf8(&buf[start..i]).unwrap_or("0");
        let v = if is_float && !self.fast_float {
            call::call_value(vm, &self.sc.parse_float, vec![pystr::new_str(text)])?
        } else if !is_float && !self.fast_int {
            call::call_value(vm, &self.sc.parse_int, vec![pystr::new_str(text)])?
        } else if is_float {
            Value::float(text.parse::<f64>().unwrap_or(f64::NAN))
        } else if text.len() <= 18 {
            int::from_i64(text.parse::<i64>().unwrap_or(0))
        } else {
            let n =
                weft_vm::format::parse_int(text, 10, int::max_str_digits(), || format!("'{text}'"))
                    .map_err(PyErr::from)?;
            match n {
                weft_vm::format::Int::Small(v) => int::from_i64(v),
                weft_vm::format::Int::Big(b) => int::from_big(b),
            }
        };
        Ok((v, i))
    }
}
