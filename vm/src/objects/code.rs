//! Code objects: a compiled `CodeUnit` with its constants and names turned into objects.
use crate::compiler::bytecode::{Const, ExceptionEntry, Instr, Position};
use crate::heap::{Kind, ObjRef, Payload, Value};
use crate::objects::str::intern;
use std::rc::Rc;

pub struct Code {
    pub instrs: Rc<[Instr]>,
    pub consts: Box<[Value]>,
    pub names: Box<[ObjRef]>,
    /// Names of `localsplus` (varnames, cellvars not args, freevars), interned.
    pub localsplus: Box<[ObjRef]>,
    pub nvarnames: usize,
    /// Index in localsplus of the first free variable.
    pub free_start: usize,
    pub name: ObjRef,
    pub qualname: ObjRef,
    pub filename: ObjRef,
    pub firstlineno: u32,
    pub flags: u32,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub stacksize: u32,
    pub positions: Box<[Position]>,
    pub exception_table: Box<[ExceptionEntry]>,
    pub varnames: Vec<String>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    pub docstring: bool,
}

impl Payload for Code {
    const KIND: Kind = Kind::Code;
}

impl Code {
    pub fn nlocalsplus(&self) -> usize {
        self.localsplus.len()
    }
    /// The line of instruction `i`.
    pub fn line_of(&self, i: usize) -> u32 {
        self.positions
            .get(i)
            .map(|p| p.lineno)
            .unwrap_or(self.firstlineno)
    }
    /// The handler covering instruction `i`.
    pub fn handler_for(&self, i: usize) -> Option<&ExceptionEntry> {
        let i = i as u32;
        self.exception_table
            .iter()
            .find(|e| e.start <= i && i < e.end)
    }
    pub fn total_args(&self) -> usize {
        let mut n = (self.argcount + self.kwonlyargcount) as usize;
        if self.flags & crate::compiler::bytecode::flags::VARARGS != 0 {
            n += 1;
        }
        if self.flags & crate::compiler::bytecode::flags::VARKEYWORDS != 0 {
            n += 1;
        }
        n
    }
}

/// Turns a compile-time constant into a value.
pub fn const_value(c: &Const) -> Value {
    use crate::objects::*;
    match c {
        Const::None => Value::NONE,
        Const::Bool(b) => Value::bool(*b),
        Const::Ellipsis => Value::obj(types().ellipsis.clone()),
        Const::Int(i) => int::from_big(i.clone()),
        Const::Float(f) => Value::float(*f),
        Const::Complex { real, imag } => complex::new_complex(*real, *imag),
        Const::Str(s) => {
            // CPython interns constant strings that look like identifiers; weft interns all short ones.
            if s.len() <= 40 {
                Value::obj(intern(s))
            } else {
                str::new_str(s)
            }
        }
        Const::StrSurrogates(cps) => {
            let s: String = cps
                .iter()
                .map(|&c| char::from_u32(c).unwrap_or('\u{FFFD}'))
                .collect();
            str::new_string(s)
        }
        Const::Bytes(b) => bytes::new_bytes(b.clone()),
        Const::Tuple(items) => tuple::new_tuple(items.iter().map(const_value).collect()),
        Const::FrozenSet(items) => {
            let o = set::new_set_obj(true);
            if let Some(s) = o.downcast::<set::Set>() {
                for it in items {
                    let v = const_value(it);
                    if let Some(h) = crate::interp::ops::builtin_hash(&v) {
                        s.add_builtin(v, h);
                    }
                }
            }
            Value::obj(o)
        }
        Const::Code(u) => Value::obj(new_code(u)),
    }
}

/// A code object from a compiled unit (recursively for nested code constants).
pub fn new_code(u: &crate::compiler::bytecode::CodeUnit) -> ObjRef {
    let localsplus: Vec<ObjRef> = u.localsplus_names().into_iter().map(intern).collect();
    let free_start = localsplus.len() - u.freevars.len();
    let code = Code {
        instrs: u.instructions.clone().into(),
        consts: u.consts.iter().map(const_value).collect(),
        names: u.names.iter().map(|n| intern(n)).collect(),
        localsplus: localsplus.into_boxed_slice(),
        nvarnames: u.varnames.len(),
        free_start,
        name: intern(&u.name),
        qualname: intern(&u.qualname),
        filename: intern(&u.filename),
        firstlineno: u.firstlineno,
        flags: u.flags,
        argcount: u.argcount,
        posonlyargcount: u.posonlyargcount,
        kwonlyargcount: u.kwonlyargcount,
        stacksize: u.stacksize,
        positions: u.positions.clone().into_boxed_slice(),
        exception_table: u.exception_table.clone().into_boxed_slice(),
        varnames: u.varnames.clone(),
        cellvars: u.cellvars.clone(),
        freevars: u.freevars.clone(),
        docstring: u.docstring,
    };
    crate::heap::alloc(&crate::objects::types().code, code, None)
}

/// Fills the namespace of this file's type(s).
pub fn register() {}
