//! `re.Match`: the spans of one match, read back as text on demand.
use super::pattern::Pattern;
use super::subject::{Found, Text};
use crate::support::payload;
use num_traits::ToPrimitive;
use weft_vm::heap::{ObjRef, Value};
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::{call, import, protocols, Vm};
use weft_vm::objects::builtin::Args;
use weft_vm::objects::bytearray::ByteArray;
use weft_vm::objects::memoryview::{self, MemoryView};
use weft_vm::objects::method_support::class_getitem;
use weft_vm::objects::native::{NativeObj, Traverse};
use weft_vm::objects::register::{classmethods, methods, readonly_members, statics};
use weft_vm::objects::{bytes, dict, int, str as pystr, tuple};

pub(crate) struct Match {
    /// The `Pattern` that matched.
    pattern: Value,
    string: Value,
    text: Text,
    pos: usize,
    endpos: usize,
    /// Spans of group 0 and each group, `None` where a group did not take part.
    spans: Vec<Option<(usize, usize)>>,
    lastindex: isize,
}

impl Traverse for Match {
    fn traverse(&self, f: &mut dyn FnMut(&Value)) {
        f(&self.pattern);
        f(&self.string);
    }
    fn clear(&self, _out: &mut Vec<Value>) {}
}

/// A match object for `f`, found by pattern `pat` in `string` between `pos` and `endpos`.
pub(crate) fn new_match(
    pat: &Value,
    string: Value,
    text: Text,
    pos: usize,
    endpos: usize,
    f: Found,
) -> Value {
    let groups = payload::<Pattern>(pat).map_or(0, |p| p.groups);
    let mut spans = Vec::with_capacity(groups + 1);
    spans.push(Some((f.start, f.end)));
    spans.extend((0..groups).map(|i| f.groups.get(i).copied().flatten()));
    let m = Match {
        pattern: pat.clone(),
        string,
        text,
        pos,
        endpos,
        spans,
        lastindex: f.lastindex,
    };
    let o = weft_vm::heap::alloc(&super::types().matchobj, NativeObj::traced(m), None);
    Value::obj(o)
}

fn this<'a>(args: &Args<'a>, name: &str) -> PyResult<(&'a Value, &'a Match)> {
    crate::support::this::<Match>(args, name, &super::types().matchobj)
}

impl Match {
    fn pat(&self) -> Option<&Pattern> {
        payload::<Pattern>(&self.pattern)
    }

    /// The group number `g` names (CPython's `match_getindex`).
    fn index(&self, vm: &mut Vm, g: &Value) -> PyResult<usize> {
        let i = if int::is_int(g) || g.as_bool().is_some() || has_index(g) {
            // `PyNumber_AsSsize_t(g, NULL)`: a huge index clamps (and is then no such group).
            let n = protocols::index(vm, g)?;
            n.to_isize()
                .unwrap_or(if n.sign() == num_bigint::Sign::Minus {
                    isize::MIN
                } else {
                    isize::MAX
                })
        } else {
            let gi = self.pat().map(|p| p.groupindex.clone());
            match gi.as_ref().and_then(dict::as_dict) {
                Some(d) => match d.get(vm, g)? {
                    Some(n) if int::is_int(&n) => int::to_i64(&n).unwrap_or(-1) as isize,
                    _ => -1,
                },
                None => -1,
            }
        };
        if i < 0 || i as usize >= self.spans.len() {
            return Err(error::index_error("no such group"));
        }
        Ok(i as usize)
    }

    fn group(&self, i: usize, default: &Value) -> Value {
        match self.spans[i] {
            Some((a, b)) => self.slice(a, b),
            None => default.clone(),
        }
    }

    /// `string[a:b]`. A bytearray or memoryview subject is read again, as CPython reads the buffer
    /// at each call: a change made to it after the match shows.
    fn slice(&self, a: usize, b: usize) -> Value {
        let cut = |d: &[u8]| {
            let n = d.len();
            bytes::new_bytes(d[a.min(n)..b.min(n).max(a.min(n))].to_vec())
        };
        if let Some(o) = self.string.as_obj() {
            if let Some(ba) = o.downcast::<ByteArray>() {
                return cut(&ba.data.borrow());
            }
            if let Some(mv) = o.downcast::<MemoryView>() {
                if !mv.released.get() {
                    return cut(&memoryview::read(mv));
                }
            }
        }
        self.text.slice(a, b)
    }
}

/// Whether `v` has `__index__` (an int-like group number rather than a name).
fn has_index(v: &Value) -> bool {
    v.as_obj().is_some_and(|o| {
        weft_vm::objects::typeobj::lookup_str(o.ty(), "__index__").is_some()
            && pystr::as_str_obj(v).is_none()
    })
}

fn span_tuple(s: Option<(usize, usize)>) -> Value {
    let (a, b) = s.map_or((-1, -1), |(a, b)| (a as i64, b as i64));
    tuple::new_tuple(vec![int::from_i64(a), int::from_i64(b)])
}

fn group(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, m) = this(args, "group")?;
    let rest = args.rest();
    rest.no_kwargs("group")?;
    let gs = rest.positional();
    match gs {
        [] => Ok(m.group(0, &Value::NONE)),
        [g] => {
            let i = m.index(vm, g)?;
            Ok(m.group(i, &Value::NONE))
        }
        _ => {
            let mut out = Vec::with_capacity(gs.len());
            for g in gs {
                let i = m.index(vm, g)?;
                out.push(m.group(i, &Value::NONE));
            }
            Ok(tuple::new_tuple(out))
        }
    }
}

fn getitem(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, m) = this(args, "__getitem__")?;
    let g = &args.rest().exact("__getitem__", 1)?[0];
    let i = m.index(vm, g)?;
    Ok(m.group(i, &Value::NONE))
}

fn groups(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, m) = this(args, "groups")?;
    let [d] = args.rest().bind("groups", ["default"], 0, 0)?;
    let d = d.unwrap_or(Value::NONE);
    Ok(tuple::new_tuple(
        (1..m.spans.len()).map(|i| m.group(i, &d)).collect(),
    ))
}

fn groupdict(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, m) = this(args, "groupdict")?;
    let [d] = args.rest().bind("groupdict", ["default"], 0, 0)?;
    let d = d.unwrap_or(Value::NONE);
    let out = Value::obj(dict::new_dict());
    let gi = m.pat().map(|p| p.groupindex.clone()).unwrap_or(Value::NONE);
    if let (Some(src), Some(dst)) = (dict::as_dict(&gi), dict::as_dict(&out)) {
        for (k, _) in src.items() {
            let i = m.index(vm, &k)?;
            dst.set(vm, k, m.group(i, &d))?;
        }
    }
    Ok(out)
}

/// The group number of the optional argument of `start`/`end`/`span`.
fn group_arg(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(usize, Option<(usize, usize)>)> {
    let (_, m) = this(args, name)?;
    let g = args.rest().range(name, 0, 1)?;
    let i = match g.first() {
        Some(g) => m.index(vm, g)?,
        None => 0,
    };
    Ok((i, m.spans[i]))
}

fn start(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, s) = group_arg(vm, args, "start")?;
    Ok(int::from_i64(s.map_or(-1, |(a, _)| a as i64)))
}

fn end(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, s) = group_arg(vm, args, "end")?;
    Ok(int::from_i64(s.map_or(-1, |(_, b)| b as i64)))
}

fn span(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, s) = group_arg(vm, args, "span")?;
    Ok(span_tuple(s))
}

/// `re._expand(pattern, match, template)`, as CPython's `match.expand` delegates.
fn expand(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, m) = this(args, "expand")?;
    let [t] = args.rest().bind("expand", ["template"], 1, 0)?;
    let re = import::import_abs(vm, "re")?;
    let f = weft_vm::interp::attr::getattr(vm, &re, "_expand")?;
    call::call_value(
        vm,
        &f,
        vec![m.pattern.clone(), me.clone(), t.unwrap_or(Value::NONE)],
    )
}

fn repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, m) = this(args, "__repr__")?;
    let g = m.group(0, &Value::NONE);
    let r = protocols::repr_string(vm, &g)?;
    let r: String = r.chars().take(50).collect();
    let (a, b) = m.spans[0].unwrap_or((0, 0));
    Ok(pystr::new_string(format!(
        "<re.Match object; span=({a}, {b}), match={r}>"
    )))
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

fn get<F: Fn(&Match) -> Value>(v: &Value, f: F) -> PyResult<Value> {
    Ok(payload::<Match>(v).map_or(Value::NONE, f))
}

fn get_pos(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    get(v, |m| int::from_i64(m.pos as i64))
}

fn get_endpos(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    get(v, |m| int::from_i64(m.endpos as i64))
}

fn get_re(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    get(v, |m| m.pattern.clone())
}

fn get_string(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    get(v, |m| m.string.clone())
}

fn get_lastindex(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    get(v, |m| {
        if m.lastindex >= 0 {
            int::from_i64(m.lastindex as i64)
        } else {
            Value::NONE
        }
    })
}

fn get_lastgroup(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    get(v, |m| {
        let ig = m.pat().map(|p| p.indexgroup.clone());
        match (ig.as_ref().and_then(tuple::as_tuple), m.lastindex) {
            (Some(names), i) if i >= 0 => names.get(i as usize).cloned().unwrap_or(Value::NONE),
            _ => Value::NONE,
        }
    })
}

fn get_regs(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    get(v, |m| {
        tuple::new_tuple(m.spans.iter().map(|s| span_tuple(*s)).collect())
    })
}

pub(super) fn register(t: &ObjRef) {
    statics(t, &[("__new__", crate::support::no_new)]);
    methods(
        t,
        &[
            ("group", group),
            ("__getitem__", getitem),
            ("groups", groups),
            ("groupdict", groupdict),
            ("start", start),
            ("end", end),
            ("span", span),
            ("expand", expand),
            ("__repr__", repr),
            ("__copy__", copy),
            ("__deepcopy__", deepcopy),
        ],
    );
    classmethods(t, &[("__class_getitem__", class_getitem)]);
    readonly_members(
        t,
        &[
            ("pos", get_pos),
            ("endpos", get_endpos),
            ("re", get_re),
            ("string", get_string),
            ("lastindex", get_lastindex),
            ("lastgroup", get_lastgroup),
            ("regs", get_regs),
        ],
    );
}
