//! "Did you mean" for the report of an `AttributeError` or `NameError` (3.11 `suggestions.c`): the
//! closest name by a Levenshtein distance where a case change costs less than other edits.
use crate::heap::{ObjRef, Value};
use crate::interp::attr::getattr_opt;
use crate::interp::{call, protocols, Vm};
use crate::objects::{dict, list, str as pystr, typeobj, types};

const MAX_CANDIDATE_ITEMS: usize = 750;
const MAX_STRING_SIZE: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

fn substitution_cost(a: u8, b: u8) -> usize {
    if a & 31 != b & 31 {
        return MOVE_COST;
    }
    if a == b {
        0
    } else if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// The edit distance of the UTF-8 bytes of `a` and `b`, or `max_cost + 1` once it must exceed it.
fn levenshtein<'a>(mut a: &'a [u8], mut b: &'a [u8], max_cost: usize) -> usize {
    while let (Some(x), Some(y)) = (a.first(), b.first()) {
        if x != y {
            break;
        }
        (a, b) = (&a[1..], &b[1..]);
    }
    while let (Some(x), Some(y)) = (a.last(), b.last()) {
        if x != y {
            break;
        }
        (a, b) = (&a[..a.len() - 1], &b[..b.len() - 1]);
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut buffer: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (bi, &code) in b.iter().enumerate() {
        let mut distance = bi * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (i, &ac) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(code, ac);
            distance = buffer[i];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            buffer[i] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// The closest of `names` to `name` (the first of equally close ones), if close enough.
fn closest(names: &[Value], name: &str) -> Option<String> {
    if names.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best: Option<(&str, usize)> = None;
    for item in names {
        let Some(s) = pystr::as_str(item) else {
            continue;
        };
        if s == name {
            continue;
        }
        let max = (name.len() + s.len() + 3) * MOVE_COST / 6;
        let max = best.map_or(max, |(_, d)| max.min(d.saturating_sub(1)));
        let d = levenshtein(name.as_bytes(), s.as_bytes(), max);
        if d > max {
            continue;
        }
        if best.is_none_or(|(_, bd)| d < bd) {
            best = Some((s, d));
        }
    }
    best.map(|(s, _)| s.to_string())
}

fn keys(v: &Value) -> Vec<Value> {
    dict::as_dict(v).map(|d| d.keys()).unwrap_or_default()
}

/// The suggestion for `exc`, if it is an `AttributeError` or `NameError` that has one.
pub fn offer(vm: &mut Vm, exc: &ObjRef) -> Option<String> {
    let t = types();
    let ev = Value::obj(exc.clone());
    let name = getattr_opt(vm, &ev, "name").ok().flatten()?;
    let name = pystr::as_str(&name)?.to_string();
    if typeobj::is_subtype(exc.ty(), &t.attribute_error) {
        let obj = getattr_opt(vm, &ev, "obj").ok().flatten()?;
        let dir = vm.builtins.downcast::<dict::Dict>()?.get_rs("dir")?;
        let names = call::call_value(vm, &dir, vec![obj]).ok()?;
        let names = list::as_list(&names).map(|l| l.items.borrow().clone())?;
        return closest(&names, &name);
    }
    if !typeobj::is_subtype(exc.ty(), &t.name_error) {
        return None;
    }
    let mut tb = getattr_opt(vm, &ev, "__traceback__").ok().flatten()?;
    loop {
        match getattr_opt(vm, &tb, "tb_next").ok().flatten() {
            Some(n) if !n.is_none() => tb = n,
            _ => break,
        }
    }
    let frame = getattr_opt(vm, &tb, "tb_frame").ok().flatten()?;
    let code = getattr_opt(vm, &frame, "f_code").ok().flatten()?;
    let varnames = getattr_opt(vm, &code, "co_varnames").ok().flatten()?;
    let varnames = protocols::iterate(vm, &varnames).ok()?;
    if let Some(s) = closest(&varnames, &name) {
        return Some(s);
    }
    for scope in ["f_globals", "f_builtins"] {
        let d = getattr_opt(vm, &frame, scope).ok().flatten()?;
        if let Some(s) = closest(&keys(&d), &name) {
            return Some(s);
        }
    }
    None
}
