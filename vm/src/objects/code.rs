//! Code objects: a compiled `CodeUnit` with its constants and names turned into objects.
use crate::compiler::bytecode::{Const, ExceptionEntry, Instr, Position};
use crate::heap::{Kind, ObjRef, Payload, Value};
use crate::objects::str::intern;
use std::rc::Rc;

pub struct Code {
    pub instrs: Rc<[Instr]>,
    /// The instructions frames run: `instrs` with superinstructions (`compiler::superinstr`).
    pub exec: Rc<[Instr]>,
    /// Where a new frame starts: past the `Nop` that gives a function's `def` line to its first
    /// instruction (it only matters to line tables, and a call saves its dispatch).
    pub entry: usize,
    pub consts: Box<[Value]>,
    pub names: Box<[ObjRef]>,
    /// Names of `localsplus` (varnames, cellvars not args, freevars), interned.
    pub localsplus: Box<[ObjRef]>,
    pub nvarnames: usize,
    /// Index in localsplus of the first free variable.
    pub free_start: usize,
    pub name: ObjRef,
    pub qualname: ObjRef,
    /// A cell only so that `_imp._fix_co_filename` can point cached code at a moved source.
    pub filename: std::cell::RefCell<ObjRef>,
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
    /// Inline caches, one per instruction, made when the code first loads an attribute.
    pub attr_caches: std::cell::OnceCell<Box<[crate::interp::attr_cache::AttrCache]>>,
    /// Inline caches of `LoadGlobal`, one per instruction, made when the code first loads a global.
    pub global_caches: std::cell::OnceCell<Box<[crate::interp::global_cache::GlobalCache]>>,
}

impl Payload for Code {
    const KIND: Kind = Kind::Code;
}

impl Code {
    /// The attribute cache of instruction `i`.
    #[inline]
    pub fn attr_cache(&self, i: usize) -> Option<&crate::interp::attr_cache::AttrCache> {
        self.attr_caches
            .get_or_init(|| self.instrs.iter().map(|_| Default::default()).collect())
            .get(i)
    }
    /// The global-load cache of instruction `i`.
    #[inline]
    pub fn global_cache(&self, i: usize) -> Option<&crate::interp::global_cache::GlobalCache> {
        self.global_caches
            .get_or_init(|| self.instrs.iter().map(|_| Default::default()).collect())
            .get(i)
    }
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
        Const::StrSurrogates(cps) => str::new_code_points(cps),
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
        exec: crate::compiler::superinstr::quicken(&u.instructions).into(),
        entry: usize::from(matches!(u.instructions.first(), Some(Instr::Nop))),
        consts: u.consts.iter().map(const_value).collect(),
        names: u.names.iter().map(|n| intern(n)).collect(),
        localsplus: localsplus.into_boxed_slice(),
        nvarnames: u.varnames.len(),
        free_start,
        name: intern(&u.name),
        qualname: intern(&u.qualname),
        filename: std::cell::RefCell::new(intern(&u.filename)),
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
        attr_caches: Default::default(),
        global_caches: Default::default(),
    };
    crate::heap::alloc(&crate::objects::types().code, code, None)
}

use crate::interp::error::{self, PyResult};
use crate::interp::ops::type_name_of;
use crate::interp::Vm;
use crate::objects::builtin::Args;
use crate::objects::{int, tuple, types};

fn this(v: &Value) -> PyResult<&Code> {
    v.as_obj()
        .and_then(|o| o.downcast::<Code>())
        .ok_or_else(|| {
            error::type_error(format!(
                "descriptor requires a 'code' object but received a '{}'",
                type_name_of(v)
            ))
        })
}

fn strs(items: &[String]) -> Value {
    tuple::new_tuple(items.iter().map(|s| Value::obj(intern(s))).collect())
}

fn small(n: u32) -> Value {
    int::from_i64(n as i64)
}

/// The opcode byte of `co_code`: a stable number for the instruction's kind (weft's own encoding, two bytes
/// per instruction like CPython's wordcode, so offsets such as `f_lasti` line up).
fn opcode_byte(i: &Instr) -> u8 {
    let text = format!("{i:?}");
    let name = text
        .split(|c: char| !c.is_ascii_alphanumeric())
        .next()
        .unwrap_or("");
    name.bytes().fold(0x811c_9dc5u32, |h, b| {
        (h ^ b as u32).wrapping_mul(0x0100_0193)
    }) as u8
}

macro_rules! getter {
    ($name:ident, |$c:ident| $e:expr) => {
        fn $name(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
            let $c = this(v)?;
            Ok($e)
        }
    };
}

getter!(co_name, |c| Value::obj(c.name.clone()));
getter!(co_qualname, |c| Value::obj(c.qualname.clone()));
getter!(co_filename, |c| Value::obj(c.filename.borrow().clone()));
getter!(co_firstlineno, |c| small(c.firstlineno));
getter!(co_argcount, |c| small(c.argcount));
getter!(co_posonlyargcount, |c| small(c.posonlyargcount));
getter!(co_kwonlyargcount, |c| small(c.kwonlyargcount));
getter!(co_nlocals, |c| small(c.varnames.len() as u32));
getter!(co_varnames, |c| strs(&c.varnames));
getter!(co_cellvars, |c| strs(&c.cellvars));
getter!(co_freevars, |c| strs(&c.freevars));
getter!(co_names, |c| tuple::new_tuple(
    c.names.iter().map(|n| Value::obj(n.clone())).collect()
));
getter!(co_consts, |c| tuple::new_tuple(c.consts.to_vec()));
getter!(co_flags, |c| small(c.flags));
getter!(co_stacksize, |c| small(c.stacksize));
getter!(co_linetable, |c| crate::objects::bytes::new_bytes(
    super::code_linetable::encode(&c.positions, c.firstlineno)
));
getter!(co_code, |c| crate::objects::bytes::new_bytes(
    c.instrs.iter().flat_map(|i| [opcode_byte(i), 0]).collect()
));

/// `co_positions()`: `(line, end_line, col, end_col)` per instruction.
fn positions(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let c = this(args.this()?)?;
    let items: Vec<Value> = (0..c.instrs.len())
        .map(|i| {
            let p = c.positions.get(i).copied().unwrap_or_default();
            let n = |x: u32| if x == 0 { Value::NONE } else { small(x) };
            // An instruction without a location has no columns either.
            let col = |x: u32| if p.lineno == 0 { Value::NONE } else { small(x) };
            tuple::new_tuple(vec![
                n(p.lineno),
                n(p.end_lineno),
                col(p.col_offset),
                col(p.end_col_offset),
            ])
        })
        .collect();
    iterate_over(vm, items)
}

/// `co_lines()`: `(start, end, line)` byte ranges of consecutive instructions on one line.
fn lines(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let c = this(args.this()?)?;
    let mut out: Vec<Value> = Vec::new();
    let mut start = 0usize;
    for i in 1..=c.instrs.len() {
        let line = c.positions.get(i - 1).map(|p| p.lineno).unwrap_or(0);
        let next = c.positions.get(i).map(|p| p.lineno);
        if next != Some(line) || i == c.instrs.len() {
            let l = if line == 0 { Value::NONE } else { small(line) };
            out.push(tuple::new_tuple(vec![
                int::from_i64(2 * start as i64),
                int::from_i64(2 * i as i64),
                l,
            ]));
            start = i;
        }
    }
    iterate_over(vm, out)
}

fn iterate_over(vm: &mut Vm, items: Vec<Value>) -> PyResult<Value> {
    let l = crate::objects::list::new_list(items);
    let flow = crate::interp::protocols::get_iter(vm, l)?;
    crate::interp::call::run_flow(vm, flow)
}

/// `code.replace(**changes)` for the fields that do not change the instruction stream's meaning.
fn replace(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let c = this(args.this()?)?;
    if !args.rest().is_empty() {
        return Err(error::type_error("replace() takes no positional arguments"));
    }
    let mut new = Code {
        instrs: c.instrs.clone(),
        exec: c.exec.clone(),
        entry: c.entry,
        consts: c.consts.clone(),
        names: c.names.clone(),
        localsplus: c.localsplus.clone(),
        nvarnames: c.nvarnames,
        free_start: c.free_start,
        name: c.name.clone(),
        qualname: c.qualname.clone(),
        filename: std::cell::RefCell::new(c.filename.borrow().clone()),
        firstlineno: c.firstlineno,
        flags: c.flags,
        argcount: c.argcount,
        posonlyargcount: c.posonlyargcount,
        kwonlyargcount: c.kwonlyargcount,
        stacksize: c.stacksize,
        positions: c.positions.clone(),
        exception_table: c.exception_table.clone(),
        varnames: c.varnames.clone(),
        cellvars: c.cellvars.clone(),
        freevars: c.freevars.clone(),
        docstring: c.docstring,
        attr_caches: Default::default(),
        global_caches: Default::default(),
    };
    let mut linetable = None;
    for (k, v) in args.kwargs() {
        let as_str = || {
            crate::objects::str::as_str(v).map(intern).ok_or_else(|| {
                error::type_error(format!(
                    "replace() argument '{k}' must be str, not {}",
                    type_name_of(v)
                ))
            })
        };
        let as_u32 = || {
            int::to_i64(v)
                .and_then(|i| u32::try_from(i).ok())
                .ok_or_else(|| {
                    error::type_error(format!(
                        "replace() argument '{k}' must be int, not {}",
                        type_name_of(v)
                    ))
                })
        };
        match k {
            "co_name" => new.name = as_str()?,
            "co_qualname" => new.qualname = as_str()?,
            "co_filename" => *new.filename.get_mut() = as_str()?,
            "co_firstlineno" => new.firstlineno = as_u32()?,
            "co_flags" => new.flags = as_u32()?,
            "co_argcount" => new.argcount = as_u32()?,
            "co_posonlyargcount" => new.posonlyargcount = as_u32()?,
            "co_kwonlyargcount" => new.kwonlyargcount = as_u32()?,
            "co_stacksize" => new.stacksize = as_u32()?,
            "co_consts" => match tuple::as_tuple(v) {
                Some(t) => new.consts = t.to_vec().into_boxed_slice(),
                None => {
                    return Err(error::type_error(format!(
                        "replace() argument 'co_consts' must be tuple, not {}",
                        type_name_of(v)
                    )))
                }
            },
            "co_names" => {
                let items = tuple::as_tuple(v).unwrap_or(&[]);
                if tuple::as_tuple(v).is_none() || items.len() != c.names.len() {
                    return Err(error::value_error(
                        "weft: replace(co_names=...) must keep the number of names",
                    ));
                }
                let mut names = Vec::with_capacity(items.len());
                for n in items {
                    match crate::objects::str::as_str(n) {
                        Some(s) => names.push(intern(s)),
                        None => {
                            return Err(error::type_error(format!(
                                "name tuples must contain only strings, not '{}'",
                                type_name_of(n)
                            )))
                        }
                    }
                }
                new.names = names.into_boxed_slice();
            }
            "co_linetable" => match crate::objects::bytes::as_bytes(v) {
                Some(b) => linetable = Some(b.to_vec()),
                None => {
                    return Err(error::type_error(format!(
                        "replace() argument 'co_linetable' must be bytes, not {}",
                        type_name_of(v)
                    )))
                }
            },
            "co_varnames" | "co_cellvars" | "co_freevars" | "co_code" | "co_exceptiontable"
            | "co_nlocals" => {
                return Err(error::value_error(format!(
                    "weft: replace() cannot change {k}"
                )))
            }
            _ => {
                return Err(error::type_error(format!(
                    "'{k}' is an invalid keyword argument for replace()"
                )))
            }
        }
    }
    if let Some(t) = linetable {
        let p = super::code_linetable::decode(&t, new.firstlineno, new.instrs.len());
        new.positions = p.into_boxed_slice();
    }
    Ok(Value::obj(crate::heap::alloc(&types().code, new, None)))
}

fn repr(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let v = args.this()?;
    let c = this(v)?;
    let s = |o: &ObjRef| {
        crate::objects::str::as_str(&Value::obj(o.clone()))
            .unwrap_or("")
            .to_string()
    };
    let addr = v.as_obj().map(|o| o.addr()).unwrap_or(0);
    Ok(crate::objects::str::new_string(format!(
        "<code object {} at {addr:#x}, file \"{}\", line {}>",
        s(&c.name),
        s(&c.filename.borrow()),
        c.firstlineno
    )))
}

/// Fills the namespace of this file's type(s).
pub fn register() {
    use crate::objects::register::*;
    let t = &types().code;
    methods(
        t,
        &[
            ("co_positions", positions),
            ("co_lines", lines),
            ("replace", replace),
            ("__repr__", repr),
        ],
    );
    readonly_members(
        t,
        &[
            ("co_name", co_name),
            ("co_qualname", co_qualname),
            ("co_filename", co_filename),
            ("co_firstlineno", co_firstlineno),
            ("co_argcount", co_argcount),
            ("co_posonlyargcount", co_posonlyargcount),
            ("co_kwonlyargcount", co_kwonlyargcount),
            ("co_nlocals", co_nlocals),
            ("co_names", co_names),
            ("co_consts", co_consts),
            ("co_flags", co_flags),
            ("co_stacksize", co_stacksize),
        ],
    );
    getsets(
        t,
        &[
            ("co_varnames", co_varnames, None),
            ("co_cellvars", co_cellvars, None),
            ("co_freevars", co_freevars, None),
            ("co_code", co_code, None),
            ("co_linetable", co_linetable, None),
        ],
    );
}
