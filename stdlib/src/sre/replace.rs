//! `Pattern.split`, `sub` and `subn`: the loops that cut a subject at successive matches.
use super::matchobj::new_match;
use super::pattern::{group_text, this, Pattern};
use super::subject::{Cursor, Mode, Text};
use crate::support::payload;
use weft_vm::heap::Value;
use weft_vm::interp::builtin_types::bytes_like;
use weft_vm::interp::builtins_mod::is_callable;
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::{call, import, ops, Vm};
use weft_vm::objects::builtin::Args;
use weft_vm::objects::method_support::ssize_arg;
use weft_vm::objects::{bytes, int, list, str as pystr, tuple};

pub(super) fn split(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, p) = this(args, "split")?;
    let [s, maxsplit] = args.rest().bind("split", ["string", "maxsplit"], 1, 0)?;
    let s = s.unwrap_or(Value::NONE);
    let t = p.subject(vm, &s)?;
    let maxsplit = match maxsplit {
        Some(v) => ssize_arg(vm, &v)?,
        None => 0,
    };
    let mut cur = Cursor::new(0, t.len());
    let mut out = Vec::new();
    let mut last = 0;
    let mut n = 0;
    while maxsplit == 0 || n < maxsplit {
        let Some(f) = t.step(&p.code, &mut cur, Mode::Search) else {
            break;
        };
        out.push(t.slice(last, f.start));
        out.extend((1..=p.groups).map(|i| group_text(&t, &f, i, &Value::NONE)));
        n += 1;
        last = f.end;
    }
    out.push(t.slice(last, t.len()));
    Ok(list::new_list(out))
}

/// What replaces each match.
enum Repl {
    Literal(Value),
    Call(Value),
}

/// CPython's `pattern_subx` choice: a callable is called with each match; a str or bytes without a
/// backslash is used as it is; anything else goes through `re._subx`, which parses the template and
/// returns either a literal or a function that expands it.
fn repl_of(vm: &mut Vm, pat: &Value, repl: &Value) -> PyResult<Repl> {
    if is_callable(repl) {
        return Ok(Repl::Call(repl.clone()));
    }
    let literal = match Text::of(vm, repl) {
        Ok(t) => !t.contains_char(u32::from(b'\\')),
        Err(_) => false,
    };
    if literal {
        return Ok(Repl::Literal(repl.clone()));
    }
    let re = import::import_abs(vm, "re")?;
    let subx = weft_vm::interp::attr::getattr(vm, &re, "_subx")?;
    let f = call::call_value(vm, &subx, vec![pat.clone(), repl.clone()])?;
    Ok(if is_callable(&f) {
        Repl::Call(f)
    } else {
        Repl::Literal(f)
    })
}

fn subx(vm: &mut Vm, args: &Args, name: &str, with_count: bool) -> PyResult<Value> {
    let (me, p) = this(args, name)?;
    let [repl, s, count] = args.rest().bind(name, ["repl", "string", "count"], 2, 0)?;
    let (repl, s) = (repl.unwrap_or(Value::NONE), s.unwrap_or(Value::NONE));
    let t = p.subject(vm, &s)?;
    let count = match count {
        Some(v) => ssize_arg(vm, &v)?,
        None => 0,
    };
    let repl = repl_of(vm, me, &repl)?;
    let end = t.len();
    let mut cur = Cursor::new(0, end);
    let mut parts = Vec::new();
    let mut i = 0;
    let mut n = 0;
    while count == 0 || n < count {
        let Some(p) = payload::<Pattern>(me) else {
            break;
        };
        let Some(f) = t.step(&p.code, &mut cur, Mode::Search) else {
            break;
        };
        if i < f.start {
            parts.push(t.slice(i, f.start));
        }
        let e = f.end;
        match &repl {
            Repl::Literal(v) => parts.push(v.clone()),
            Repl::Call(c) => {
                let m = new_match(me, s.clone(), t.clone(), 0, end, f);
                let item = call::call_value(vm, c, vec![m])?;
                if !item.is_none() {
                    parts.push(item);
                }
            }
        }
        i = e;
        n += 1;
    }
    if i < end {
        parts.push(t.slice(i, end));
    }
    let joined = join(vm, &t, &parts)?;
    Ok(if with_count {
        tuple::new_tuple(vec![joined, int::from_i64(n as i64)])
    } else {
        joined
    })
}

/// `''.join(parts)` or `b''.join(parts)`, with their messages for a wrong item.
fn join(vm: &mut Vm, t: &Text, parts: &[Value]) -> PyResult<Value> {
    if !t.is_bytes() {
        if let Some(i) = parts.iter().position(|v| pystr::as_str_obj(v).is_none()) {
            return Err(error::type_error(format!(
                "sequence item {i}: expected str instance, {} found",
                ops::type_name_of(&parts[i])
            )));
        }
        return Ok(pystr::join_values(parts));
    }
    let mut out = Vec::new();
    for (i, v) in parts.iter().enumerate() {
        if !super::subject::is_buffer(v) {
            return Err(error::type_error(format!(
                "sequence item {i}: expected a bytes-like object, {} found",
                ops::type_name_of(v)
            )));
        }
        out.extend(bytes_like(vm, v)?);
    }
    Ok(bytes::new_bytes(out))
}

pub(super) fn sub(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    subx(vm, args, "sub", false)
}

pub(super) fn subn(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    subx(vm, args, "subn", true)
}
