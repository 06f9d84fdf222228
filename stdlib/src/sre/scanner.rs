//! `_sre.SRE_Scanner`: successive matches through one subject (what `finditer` iterates and
//! `re.Scanner` drives), each starting where the previous one ended.
use super::matchobj::new_match;
use super::pattern::Pattern;
use super::subject::{Cursor, Mode, Text};
use crate::support::payload;
use std::cell::RefCell;
use weft_vm::heap::{ObjRef, Value};
use weft_vm::interp::error::PyResult;
use weft_vm::interp::Vm;
use weft_vm::objects::builtin::Args;
use weft_vm::objects::memoryview::Export;
use weft_vm::objects::native::{NativeObj, Traverse};
use weft_vm::objects::register::{methods, readonly_members, statics};

struct Scanner {
    pattern: Value,
    string: Value,
    text: Text,
    pos: usize,
    endpos: usize,
    cursor: RefCell<Cursor>,
    /// The subject's buffer, held while the scanner lives (a bytearray cannot be resized under it).
    _buffer: Export,
}

impl Traverse for Scanner {
    fn traverse(&self, f: &mut dyn FnMut(&Value)) {
        f(&self.pattern);
        f(&self.string);
    }
    fn clear(&self, _out: &mut Vec<Value>) {}
}

pub(crate) fn new_scanner(pattern: Value, string: Value, text: Text, cursor: Cursor) -> Value {
    let s = Scanner {
        _buffer: Export::hold(&string),
        pattern,
        string,
        text,
        pos: cursor.pos,
        endpos: cursor.end,
        cursor: RefCell::new(cursor),
    };
    Value::obj(weft_vm::heap::alloc(
        &super::types().scanner,
        NativeObj::traced(s),
        None,
    ))
}

fn step(args: &Args, name: &str, mode: Mode) -> PyResult<Value> {
    let (_, s) = crate::support::this::<Scanner>(args, name, &super::types().scanner)?;
    args.rest().exact(name, 0)?;
    let Some(p) = payload::<Pattern>(&s.pattern) else {
        return Ok(Value::NONE);
    };
    // The engine calls no Python code, so the cursor cannot be borrowed twice; a busy cursor
    // would mean a re-entered scanner, which finds nothing.
    let Ok(mut cur) = s.cursor.try_borrow_mut() else {
        return Ok(Value::NONE);
    };
    let found = s.text.step(&p.code, &mut cur, mode);
    drop(cur);
    Ok(match found {
        Some(f) => new_match(
            &s.pattern,
            s.string.clone(),
            s.text.clone(),
            s.pos,
            s.endpos,
            f,
        ),
        None => Value::NONE,
    })
}

fn match_(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    step(args, "match", Mode::Match)
}

fn search(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    step(args, "search", Mode::Search)
}

fn get_pattern(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(payload::<Scanner>(v).map_or(Value::NONE, |s| s.pattern.clone()))
}

pub(super) fn register(t: &ObjRef) {
    statics(t, &[("__new__", crate::support::no_new)]);
    methods(t, &[("match", match_), ("search", search)]);
    readonly_members(t, &[("pattern", get_pattern)]);
}
