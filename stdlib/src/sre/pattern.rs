//! `re.Pattern`: compiled code plus what `re` reports about it, and the methods that run it.
use super::code::Code;
use super::matchobj::new_match;
use super::subject::{Cursor, Found, Mode, Text};
use crate::support::payload;
use weft_vm::compiler::bytecode::CmpOp;
use weft_vm::heap::Value;
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::{ops, protocols, Vm};
use weft_vm::objects::builtin::Args;
use weft_vm::objects::method_support::{class_getitem, not_implemented, ssize_arg};
use weft_vm::objects::native::Traverse;
use weft_vm::objects::register::{classmethods, methods, readonly_members, statics};
use weft_vm::objects::{dict, int, list, mappingproxy, str as pystr, tuple};

pub(crate) struct Pattern {
    pub(crate) code: Code,
    /// The source: a str, bytes, or `None` (a `re.Scanner` compiles a parsed pattern).
    pub(crate) pattern: Value,
    pub(crate) flags: u32,
    /// Number of capturing groups (group 0 not counted).
    pub(crate) groups: usize,
    /// A dict of name -> group number.
    pub(crate) groupindex: Value,
    /// A tuple indexed by group number: the name or `None`.
    pub(crate) indexgroup: Value,
    /// Whether the source is bytes; `None` when there is no source.
    pub(crate) is_bytes: Option<bool>,
}

impl Traverse for Pattern {
    fn traverse(&self, f: &mut dyn FnMut(&Value)) {
        f(&self.pattern);
        f(&self.groupindex);
        f(&self.indexgroup);
    }
    fn clear(&self, _out: &mut Vec<Value>) {}
}

pub(crate) fn this<'a>(args: &Args<'a>, name: &str) -> PyResult<(&'a Value, &'a Pattern)> {
    crate::support::this::<Pattern>(args, name, &super::types().pattern)
}

impl Pattern {
    /// The subject `v` as text, checked against the pattern's kind (CPython's `state_init`).
    pub(crate) fn subject(&self, vm: &mut Vm, v: &Value) -> PyResult<Text> {
        let t = Text::of(vm, v)?;
        match (self.is_bytes, t.is_bytes()) {
            (Some(false), true) => Err(error::type_error(
                "cannot use a string pattern on a bytes-like object",
            )),
            (Some(true), false) => Err(error::type_error(
                "cannot use a bytes pattern on a string-like object",
            )),
            _ => Ok(t),
        }
    }
}

/// `pos` and `endpos` as C integers: converted while the arguments are parsed, so before the subject
/// is checked (an `OverflowError` wins over a kind mismatch, as in CPython).
fn raw_bounds(
    vm: &mut Vm,
    pos: Option<&Value>,
    endpos: Option<&Value>,
) -> PyResult<(isize, isize)> {
    let pos = match pos {
        Some(v) => ssize_arg(vm, v)?,
        None => 0,
    };
    let end = match endpos {
        Some(v) => ssize_arg(vm, v)?,
        None => isize::MAX,
    };
    Ok((pos, end))
}

/// The arguments `(string, pos=0, endpos=sys.maxsize)` of the matching methods, as a cursor.
fn subject_args(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(Value, Value, Text, Cursor)> {
    let (me, p) = this(args, name)?;
    let [s, pos, endpos] = args.rest().bind(name, ["string", "pos", "endpos"], 1, 0)?;
    let s = s.unwrap_or(Value::NONE);
    let (pos, end) = raw_bounds(vm, pos.as_ref(), endpos.as_ref())?;
    let t = p.subject(vm, &s)?;
    // Clamped to the subject as CPython's `state_init` does.
    let len = t.len() as isize;
    let (pos, end) = (pos.clamp(0, len) as usize, end.clamp(0, len) as usize);
    Ok((me.clone(), s, t, Cursor::new(pos, end)))
}

fn run(vm: &mut Vm, args: &Args, name: &str, mode: Mode) -> PyResult<Value> {
    let (me, s, t, mut cur) = subject_args(vm, args, name)?;
    let (pos, end) = (cur.pos, cur.end);
    let Some(p) = payload::<Pattern>(&me) else {
        return Ok(Value::NONE);
    };
    Ok(match t.step(&p.code, &mut cur, mode) {
        Some(f) => new_match(&me, s, t, pos, end, f),
        None => Value::NONE,
    })
}

fn match_(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    run(vm, args, "match", Mode::Match)
}

fn fullmatch(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    run(vm, args, "fullmatch", Mode::FullMatch)
}

fn search(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    run(vm, args, "search", Mode::Search)
}

/// Group `i` (1-based) of a found match as text, or `empty`'s stand-in when it did not take part.
pub(crate) fn group_text(t: &Text, f: &Found, i: usize, missing: &Value) -> Value {
    match f.groups.get(i - 1).copied().flatten() {
        Some((a, b)) => t.slice(a, b),
        None => missing.clone(),
    }
}

fn findall(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, _, t, mut cur) = subject_args(vm, args, "findall")?;
    let Some(p) = payload::<Pattern>(&me) else {
        return Ok(Value::NONE);
    };
    let empty = t.slice(0, 0);
    let mut out = Vec::new();
    while let Some(f) = t.step(&p.code, &mut cur, Mode::Search) {
        out.push(match p.groups {
            0 => t.slice(f.start, f.end),
            1 => group_text(&t, &f, 1, &empty),
            n => tuple::new_tuple((1..=n).map(|i| group_text(&t, &f, i, &empty)).collect()),
        });
    }
    Ok(list::new_list(out))
}

fn scanner(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, s, t, cur) = subject_args(vm, args, "scanner")?;
    Ok(super::scanner::new_scanner(me, s, t, cur))
}

fn finditer(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, s, t, cur) = subject_args(vm, args, "finditer")?;
    let sc = super::scanner::new_scanner(me, s, t, cur);
    let search = weft_vm::interp::attr::getattr(vm, &sc, "search")?;
    Ok(weft_vm::objects::iterators::new_iter(
        &weft_vm::objects::types().callable_iterator,
        weft_vm::objects::iterators::IterState::Callable {
            func: search,
            sentinel: Value::NONE,
        },
    ))
}

fn repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    const NAMES: [(&str, u32); 9] = [
        ("re.TEMPLATE", 1),
        ("re.IGNORECASE", 2),
        ("re.LOCALE", 4),
        ("re.MULTILINE", 8),
        ("re.DOTALL", 16),
        ("re.UNICODE", 32),
        ("re.VERBOSE", 64),
        ("re.DEBUG", 128),
        ("re.ASCII", 256),
    ];
    let (_, p) = this(args, "__repr__")?;
    let src = protocols::repr_string(vm, &p.pattern)?;
    let src: String = src.chars().take(200).collect();
    let mut s = format!("re.compile({src}");
    let mut flags = p.flags;
    // A str pattern is Unicode unless told otherwise: its repr omits the flag.
    if p.is_bytes == Some(false) && flags & (4 | 32 | 256) == 32 {
        flags &= !32;
    }
    let mut sep = ", ";
    for (name, bit) in NAMES {
        if flags & bit != 0 {
            s.push_str(sep);
            s.push_str(name);
            sep = "|";
            flags &= !bit;
        }
    }
    if flags != 0 {
        s.push_str(&format!("{sep}{flags:#x}"));
    }
    s.push(')');
    Ok(pystr::new_string(s))
}

fn eq(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, p) = this(args, "__eq__")?;
    let other = &args.rest().exact("__eq__", 1)?[0];
    let Some(q) = payload::<Pattern>(other) else {
        return Ok(not_implemented());
    };
    if me.bits() == other.bits() {
        return Ok(Value::TRUE);
    }
    if p.flags != q.flags || p.is_bytes != q.is_bytes || p.code.words != q.code.words {
        return Ok(Value::FALSE);
    }
    let r = crate::support::rich_bool(vm, CmpOp::Eq, &p.pattern, &q.pattern)?;
    Ok(Value::bool(r))
}

fn ne(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let r = eq(vm, args)?;
    Ok(match r.as_bool() {
        Some(b) => Value::bool(!b),
        None => r,
    })
}

fn hash(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, p) = this(args, "__hash__")?;
    let mut h = ops::hash(vm, &p.pattern)?;
    let code: Vec<u8> = p.code.words.iter().flat_map(|c| c.to_ne_bytes()).collect();
    h ^= pystr::hash_bytes(&code);
    h ^= i64::from(p.flags);
    h ^= i64::from(p.is_bytes.unwrap_or(false));
    h ^= p.code.words.len() as i64;
    Ok(int::from_i64(if h == -1 { -2 } else { h }))
}

fn copy(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, _) = this(args, "__copy__")?;
    args.rest().exact("__copy__", 0)?;
    Ok(me.clone())
}

fn deepcopy(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, _) = this(args, "__deepcopy__")?;
    args.rest().exact("__deepcopy__", 1)?;
    Ok(me.clone())
}

fn get_pattern(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(payload::<Pattern>(v).map_or(Value::NONE, |p| p.pattern.clone()))
}

fn get_flags(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(payload::<Pattern>(v).map_or(Value::NONE, |p| int::from_i64(i64::from(p.flags))))
}

fn get_groups(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(payload::<Pattern>(v).map_or(Value::NONE, |p| int::from_i64(p.groups as i64)))
}

/// A read-only view of a copy, so that changing it cannot change the pattern.
fn get_groupindex(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let Some(p) = payload::<Pattern>(v) else {
        return Ok(Value::NONE);
    };
    let copy = dict::new_dict();
    let cv = Value::obj(copy);
    if let (Some(src), Some(dst)) = (dict::as_dict(&p.groupindex), dict::as_dict(&cv)) {
        for (k, v) in src.items() {
            dst.set(vm, k, v)?;
        }
    }
    Ok(mappingproxy::new_proxy(cv))
}

pub(super) fn register(t: &weft_vm::heap::ObjRef) {
    statics(t, &[("__new__", crate::support::no_new)]);
    methods(
        t,
        &[
            ("match", match_),
            ("fullmatch", fullmatch),
            ("search", search),
            ("findall", findall),
            ("finditer", finditer),
            ("scanner", scanner),
            ("split", super::replace::split),
            ("sub", super::replace::sub),
            ("subn", super::replace::subn),
            ("__repr__", repr),
            ("__eq__", eq),
            ("__ne__", ne),
            ("__hash__", hash),
            ("__copy__", copy),
            ("__deepcopy__", deepcopy),
        ],
    );
    classmethods(t, &[("__class_getitem__", class_getitem)]);
    readonly_members(
        t,
        &[
            ("pattern", get_pattern),
            ("flags", get_flags),
            ("groups", get_groups),
            ("groupindex", get_groupindex),
        ],
    );
}
