//! `except*` support (splitting exception groups), and the SyntaxError display.
use crate::heap::{ObjRef, Value};
use crate::interp::error::{self, PyResult};
use crate::interp::{attr, call, exc, Vm};
use crate::objects::typeobj::{self, tdata, tflag};
use crate::objects::{list, str as pystr, tuple, types};

fn is_group(v: &Value) -> bool {
    v.as_obj()
        .is_some_and(|o| typeobj::is_subtype(o.ty(), &types().base_exception_group))
}

/// 3.11 `CHECK_EG_MATCH`: returns (rest, match) where a non-matching rest is the original or None.
pub fn check_eg_match(vm: &mut Vm, e: Value, ty: Value) -> PyResult<(Value, Value)> {
    let check = |t: &Value| -> PyResult<()> {
        match t.as_obj() {
            Some(o) if o.kind() == crate::heap::Kind::Type && tdata(o).has(tflag::EXCEPTION) => {
                if typeobj::is_subtype(o, &types().base_exception_group) {
                    return Err(error::type_error(
                        "catching ExceptionGroup with except* is not allowed. Use except instead.",
                    ));
                }
                Ok(())
            }
            _ => Err(error::type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            )),
        }
    };
    match tuple::as_tuple(&ty) {
        Some(items) => {
            for t in items {
                check(t)?;
            }
        }
        None => check(&ty)?,
    }
    if exc::check_exc_match(&e, &ty)? {
        // A naked exception matching: wrap it in an ExceptionGroup("", [e]).
        let matched = if is_group(&e) {
            e.clone()
        } else {
            let eg = Value::obj(types().exception_group.clone());
            call::call_value(
                vm,
                &eg,
                vec![pystr::new_str(""), tuple::new_tuple(vec![e.clone()])],
            )?
        };
        return Ok((Value::NONE, matched));
    }
    if is_group(&e) {
        let split = attr::getattr(vm, &e, "split")?;
        let pair = call::call_value(vm, &split, vec![ty])?;
        let p = tuple::as_tuple(&pair)
            .map(|t| t.to_vec())
            .unwrap_or_default();
        if p.len() == 2 && !p[0].is_none() {
            return Ok((p[1].clone(), p[0].clone()));
        }
    }
    Ok((e, Value::NONE))
}

/// 3.11 `PREP_RERAISE_STAR`: combines raised and re-raised exceptions from `except*` clauses.
pub fn prep_reraise_star(vm: &mut Vm, orig: Value, excs: Value) -> PyResult<Value> {
    let items: Vec<Value> = list::as_list(&excs)
        .map(|l| l.items.borrow().clone())
        .unwrap_or_default();
    let raised: Vec<Value> = items.into_iter().filter(|v| !v.is_none()).collect();
    if raised.is_empty() {
        return Ok(Value::NONE);
    }
    if !is_group(&orig) {
        return Ok(raised[0].clone());
    }
    let reraised: Vec<Value> = raised
        .iter()
        .filter(|r| is_reraise(&orig, r))
        .cloned()
        .collect();
    let new: Vec<Value> = raised
        .iter()
        .filter(|r| !is_reraise(&orig, r))
        .cloned()
        .collect();
    // Exceptions raised by the handlers first, then the subgroup of the original holding
    // exactly the re-raised leaves.
    let mut parts = new;
    if !reraised.is_empty() {
        let leaves: Vec<usize> = reraised.iter().flat_map(leaf_ids).collect();
        if let Some(sub) = project(vm, &orig, &leaves)? {
            parts.push(sub);
        }
    }
    if parts.len() == 1 {
        return Ok(parts.remove(0));
    }
    let eg = Value::obj(types().exception_group.clone());
    call::call_value(vm, &eg, vec![pystr::new_str(""), list::new_list(parts)])
}

fn is_reraise(orig: &Value, r: &Value) -> bool {
    let orig_leaves = leaf_ids(orig);
    let ids = leaf_ids(r);
    !ids.is_empty() && ids.iter().all(|i| orig_leaves.contains(i))
}

fn leaf_ids(v: &Value) -> Vec<usize> {
    let Some(o) = v.as_obj() else {
        return Vec::new();
    };
    if !is_group(v) {
        return vec![o.addr()];
    }
    let excs = group_exceptions(o);
    excs.iter().flat_map(leaf_ids).collect()
}

fn group_exceptions(o: &ObjRef) -> Vec<Value> {
    crate::objects::instance::get(o, &pystr::intern("_exceptions"))
        .and_then(|v| tuple::as_tuple(&v).map(|t| t.to_vec()))
        .unwrap_or_default()
}

fn project(vm: &mut Vm, orig: &Value, keep: &[usize]) -> PyResult<Option<Value>> {
    let Some(o) = orig.as_obj() else {
        return Ok(None);
    };
    if !is_group(orig) {
        return Ok(if keep.contains(&o.addr()) {
            Some(orig.clone())
        } else {
            None
        });
    }
    let mut kept = Vec::new();
    let mut all = true;
    for e in group_exceptions(o) {
        match project(vm, &e, keep)? {
            Some(p) => {
                if p.bits() != e.bits() {
                    all = false;
                }
                kept.push(p)
            }
            None => all = false,
        }
    }
    if kept.is_empty() {
        return Ok(None);
    }
    if all {
        return Ok(Some(orig.clone()));
    }
    let derive = attr::getattr(vm, orig, "derive")?;
    let g = call::call_value(vm, &derive, vec![list::new_list(kept)])?;
    Ok(Some(g))
}

/// The SyntaxError block of a traceback: `  File ..., line N`, the text, the caret, `Type: msg`.
pub fn syntax_error_text(vm: &mut Vm, e: &ObjRef, name: &str, msg: &str) -> String {
    let v = Value::obj(e.clone());
    let get = |vm: &mut Vm, n: &str| {
        attr::getattr_opt(vm, &v, n)
            .ok()
            .flatten()
            .unwrap_or(Value::NONE)
    };
    let filename = get(vm, "filename");
    let lineno = get(vm, "lineno");
    let text = get(vm, "text");
    let offset = get(vm, "offset");
    let end_offset = get(vm, "end_offset");
    let short = get(vm, "msg");
    let mut out = String::new();
    if let Some(f) = pystr::as_str(&filename) {
        out.push_str(&format!(
            "  File \"{}\", line {}\n",
            f,
            crate::objects::int::to_i64(&lineno).unwrap_or(0)
        ));
    }
    if let Some(t) = pystr::as_str(&text) {
        let line = t.trim_end_matches(['\n', '\r']);
        let stripped = line.trim_start();
        let indent = line.chars().count() - stripped.chars().count();
        out.push_str(&format!("    {stripped}\n"));
        if let Some(off) = crate::objects::int::to_i64(&offset) {
            let start = (off - 1).max(0) as usize;
            let end = crate::objects::int::to_i64(&end_offset)
                .map(|e| (e - 1).max(0) as usize)
                .unwrap_or(start + 1);
            let start = start.saturating_sub(indent);
            let end = end.saturating_sub(indent).max(start + 1);
            out.push_str(&format!(
                "    {}{}\n",
                " ".repeat(start),
                "^".repeat(end - start)
            ));
        }
    }
    let m = pystr::as_str(&short)
        .map(|s| s.to_string())
        .unwrap_or_else(|| msg.to_string());
    out.push_str(&format!("{name}: {m}\n"));
    out
}
