//! Newline handling shared by `StringIO` and `TextIOWrapper` (which line ends end a line, universal
//! translation, the `newlines` record), and the `IncrementalNewlineDecoder` class.
use super::util::{call_method, this};
use std::cell::{Cell, RefCell};
use weft_vm::heap::{ObjRef, Value};
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::ops::type_name_of;
use weft_vm::interp::{ops, Vm};
use weft_vm::objects::builtin::Args;
use weft_vm::objects::method_support::{alloc_instance, new_cls};
use weft_vm::objects::native::NativeObj;
use weft_vm::objects::register::{getsets, methods, statics};
use weft_vm::objects::{bytes, int, str as pystr, tuple};

pub(crate) const SEEN_LF: u8 = 1;
pub(crate) const SEEN_CR: u8 = 2;
pub(crate) const SEEN_CRLF: u8 = 4;
const CR: u32 = 0x0D;
const LF: u32 = 0x0A;

/// What ends a line when reading.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum LineEnd {
    /// `\n`, `\r\n` or `\r` (`newline=''`, and `None` before translation).
    Universal,
    Lf,
    Cr,
    CrLf,
}

impl LineEnd {
    pub(crate) fn of(newline: Option<&str>) -> LineEnd {
        match newline {
            None | Some("") => LineEnd::Universal,
            Some("\r") => LineEnd::Cr,
            Some("\r\n") => LineEnd::CrLf,
            _ => LineEnd::Lf,
        }
    }
}

/// A character of text held as code points (`u32`) or as generalized UTF-8 bytes (`u8`): line
/// ends are ASCII, so both search the same way.
pub(crate) trait Unit: Copy + Into<u32> + From<u8> {}
impl Unit for u8 {}
impl Unit for u32 {}

fn is<T: Unit>(c: T, v: u32) -> bool {
    c.into() == v
}

/// The index just past the first line end in `text`; `None` when there is none. With `at_end` false a
/// universal `\r` as the last character is not yet a line end (a `\n` may follow).
pub(crate) fn line_end<T: Unit>(text: &[T], end: LineEnd, at_end: bool) -> Option<usize> {
    match end {
        LineEnd::Lf => text.iter().position(|c| is(*c, LF)).map(|i| i + 1),
        LineEnd::Cr => text.iter().position(|c| is(*c, CR)).map(|i| i + 1),
        LineEnd::CrLf => text
            .windows(2)
            .position(|w| is(w[0], CR) && is(w[1], LF))
            .map(|i| i + 2),
        LineEnd::Universal => {
            let i = text.iter().position(|c| is(*c, CR) || is(*c, LF))?;
            if is(text[i], LF) {
                return Some(i + 1);
            }
            match text.get(i + 1) {
                Some(c) if is(*c, LF) => Some(i + 2),
                Some(_) => Some(i + 1),
                None if at_end => Some(i + 1),
                None => None,
            }
        }
    }
}

/// The kinds of line end in `text`.
pub(crate) fn seen<T: Unit>(text: &[T]) -> u8 {
    let mut s = 0;
    let mut i = 0;
    while i < text.len() {
        let c: u32 = text[i].into();
        if c == LF {
            s |= SEEN_LF;
        } else if c == CR {
            if text.get(i + 1).is_some_and(|n| is(*n, LF)) {
                s |= SEEN_CRLF;
                i += 1;
            } else {
                s |= SEEN_CR;
            }
        }
        i += 1;
    }
    s
}

/// `\r\n` and `\r` become `\n`.
pub(crate) fn translate<T: Unit>(text: &[T]) -> Vec<T> {
    let mut out = Vec::with_capacity(text.len());
    let mut i = 0;
    while i < text.len() {
        if is(text[i], CR) {
            out.push(T::from(b'\n'));
            if text.get(i + 1).is_some_and(|n| is(*n, LF)) {
                i += 1;
            }
        } else {
            out.push(text[i]);
        }
        i += 1;
    }
    out
}

/// `\n` becomes `nl` (writing with `newline='\r'` or `'\r\n'`).
pub(crate) fn expand<T: Unit>(text: &[T], nl: &str) -> Vec<T> {
    let mut out = Vec::with_capacity(text.len());
    for &c in text {
        if is(c, LF) {
            out.extend(nl.bytes().map(T::from));
        } else {
            out.push(c);
        }
    }
    out
}

/// The `newlines` attribute for the kinds seen.
pub(crate) fn newlines_value(seen: u8) -> Value {
    let s = |t: &str| pystr::new_str(t);
    match seen {
        0 => Value::NONE,
        SEEN_LF => s("\n"),
        SEEN_CR => s("\r"),
        SEEN_CRLF => s("\r\n"),
        _ => {
            let mut items = Vec::new();
            if seen & SEEN_CR != 0 {
                items.push(s("\r"));
            }
            if seen & SEEN_LF != 0 {
                items.push(s("\n"));
            }
            if seen & SEEN_CRLF != 0 {
                items.push(s("\r\n"));
            }
            tuple::new_tuple(items)
        }
    }
}

/// A str value's code points.
pub(crate) fn code_points(v: &Value) -> Option<Vec<u32>> {
    pystr::as_str_obj(v).map(|s| s.code_points().collect())
}

struct NewlineDecoder {
    decoder: RefCell<Value>,
    translate: Cell<bool>,
    pendingcr: Cell<bool>,
    seen: Cell<u8>,
}

fn me<'a>(args: &Args<'a>) -> PyResult<(&'a Value, &'a NewlineDecoder)> {
    this::<NewlineDecoder>(args, "IncrementalNewlineDecoder")
}

fn new(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = new_cls(args, &super::io_types().newline_decoder)?;
    let d = NewlineDecoder {
        decoder: RefCell::new(Value::NONE),
        translate: Cell::new(false),
        pendingcr: Cell::new(false),
        seen: Cell::new(0),
    };
    Ok(Value::obj(alloc_instance(cls, NativeObj::new(d))))
}

fn init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, d) = me(args)?;
    let [decoder, translate, _errors] = args.rest().bind(
        "IncrementalNewlineDecoder",
        ["decoder", "translate", "errors"],
        2,
        0,
    )?;
    *d.decoder.borrow_mut() = decoder.unwrap_or(Value::NONE);
    d.translate
        .set(ops::truthy(vm, &translate.unwrap_or(Value::FALSE))?);
    d.pendingcr.set(false);
    d.seen.set(0);
    Ok(Value::NONE)
}

fn decode(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, d) = me(args)?;
    let [input, final_] = args.rest().bind("decode", ["input", "final"], 1, 0)?;
    let input = input.unwrap_or(Value::NONE);
    let final_ = match final_ {
        Some(f) => ops::truthy(vm, &f)?,
        None => false,
    };
    let inner = d.decoder.borrow().clone();
    let output = if inner.is_none() {
        input
    } else {
        let f = weft_vm::interp::attr::getattr(vm, &inner, "decode")?;
        weft_vm::interp::call::call_value_kw(
            vm,
            &f,
            vec![input],
            vec![("final", Value::bool(final_))],
        )?
    };
    let Some(mut text) = code_points(&output) else {
        return Err(error::type_error(format!(
            "decoder should return a string result, not '{}'",
            type_name_of(&output)
        )));
    };
    if d.pendingcr.get() && (!text.is_empty() || final_) {
        text.insert(0, CR);
        d.pendingcr.set(false);
    }
    if !final_ && text.last() == Some(&CR) {
        text.pop();
        d.pendingcr.set(true);
    }
    d.seen.set(d.seen.get() | seen(&text));
    if d.translate.get() {
        text = translate(&text);
    }
    Ok(pystr::new_code_points(&text))
}

fn getstate(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, d) = me(args)?;
    let inner = d.decoder.borrow().clone();
    let (buf, flag) = if inner.is_none() {
        (bytes::new_bytes(Vec::new()), 0)
    } else {
        let st = call_method(vm, &inner, "getstate", Vec::new())?;
        match tuple::as_tuple(&st) {
            Some([b, f]) => (b.clone(), int::to_i64(f).unwrap_or(0)),
            _ => return Err(error::type_error("illegal decoder state")),
        }
    };
    let flag = (flag << 1) | i64::from(d.pendingcr.get());
    Ok(tuple::new_tuple(vec![buf, int::from_i64(flag)]))
}

fn setstate(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, d) = me(args)?;
    let a = args.rest().exact("setstate", 1)?;
    let Some([buf, flag]) = tuple::as_tuple(&a[0]) else {
        return Err(error::type_error("state argument must be a tuple"));
    };
    let flag = int::to_i64(flag).unwrap_or(0);
    d.pendingcr.set(flag & 1 != 0);
    let inner = d.decoder.borrow().clone();
    if !inner.is_none() {
        let st = tuple::new_tuple(vec![buf.clone(), int::from_i64(flag >> 1)]);
        call_method(vm, &inner, "setstate", vec![st])?;
    }
    Ok(Value::NONE)
}

fn reset(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, d) = me(args)?;
    d.seen.set(0);
    d.pendingcr.set(false);
    let inner = d.decoder.borrow().clone();
    if !inner.is_none() {
        call_method(vm, &inner, "reset", Vec::new())?;
    }
    Ok(Value::NONE)
}

fn get_newlines(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let d = super::util::payload::<NewlineDecoder>(v)
        .ok_or_else(|| error::type_error("not a newline decoder"))?;
    Ok(newlines_value(d.seen.get()))
}

pub(crate) fn register(t: &ObjRef) {
    statics(t, &[("__new__", new)]);
    methods(
        t,
        &[
            ("__init__", init),
            ("decode", decode),
            ("getstate", getstate),
            ("setstate", setstate),
            ("reset", reset),
        ],
    );
    getsets(t, &[("newlines", get_newlines, None)]);
}
