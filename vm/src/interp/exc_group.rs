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

/// The SyntaxError block of a traceback: `  File ..., line N`, the text, the caret, `Type: msg`
/// (3.11's `print_exception_file_and_line`). Without an int `lineno` it is the usual `Type: str`.
pub fn syntax_error_text(vm: &mut Vm, e: &ObjRef, name: &str, msg: &str) -> String {
    let v = Value::obj(e.clone());
    let get = |vm: &mut Vm, n: &str| {
        attr::getattr_opt(vm, &v, n)
            .ok()
            .flatten()
            .unwrap_or(Value::NONE)
    };
    let int_of = |v: &Value| crate::objects::int::to_i64(v);
    let plain = || {
        if msg.is_empty() {
            format!("{name}\n")
        } else {
            format!("{name}: {msg}\n")
        }
    };
    let Some(lineno) = int_of(&get(vm, "lineno")) else {
        return plain();
    };
    let filename = get(vm, "filename");
    let filename = pystr::as_str(&filename).unwrap_or("<string>").to_string();
    let text = get(vm, "text");
    let offset = int_of(&get(vm, "offset")).unwrap_or(-1);
    // Subclasses (IndentationError, TabError) underline one character.
    let exact = e.ty().is(&crate::objects::types().syntax_error);
    let (end_lineno, mut end_offset) = if exact {
        (
            int_of(&get(vm, "end_lineno")).unwrap_or(lineno),
            int_of(&get(vm, "end_offset")).unwrap_or(-1),
        )
    } else {
        (lineno, -1)
    };
    let short = get(vm, "msg");
    let mut out = format!("  File \"{filename}\", line {lineno}\n");
    if let Some(t) = pystr::as_str(&text) {
        let size = t.chars().count() as i64;
        // A multi-line location underlines to the end of its first line.
        if end_lineno > lineno {
            end_offset = size;
        }
        end_offset = end_offset.min(size + 1);
        error_text(&mut out, t, offset, end_offset);
    }
    let m = match pystr::as_str(&short) {
        Some(s) => s.to_string(),
        None => return plain(),
    };
    out.push_str(&format!("{name}: {m}\n"));
    out
}

/// 3.11's `print_error_text`: the line without its indentation, and carets from 1-based character
/// `offset` to `end_offset`, none when the offset falls left of the text.
fn error_text(out: &mut String, text: &str, offset: i64, end_offset: i64) {
    let carets = if end_offset > 0 && end_offset > offset {
        end_offset - offset
    } else {
        1
    };
    let mut offset = offset - 1;
    let stripped = text.trim_start_matches([' ', '\t', '\x0c']);
    offset -= (text.len() - stripped.len()) as i64;
    let mut text = stripped;
    let mut len = text.chars().count() as i64;
    if text.ends_with('\n') {
        len -= 1;
    }
    offset = offset.min(len);
    // Only the line the offset falls in is shown.
    while let Some(nl) = text.find('\n') {
        let inl = text[..nl].chars().count() as i64;
        if inl >= offset {
            break;
        }
        text = &text[nl + 1..];
        offset -= inl + 1;
    }
    out.push_str("    ");
    out.push_str(text);
    if !text.ends_with('\n') {
        out.push('\n');
    }
    if offset < 0 {
        return;
    }
    out.push_str("    ");
    out.push_str(&" ".repeat(offset as usize));
    out.push_str(&"^".repeat(carets.max(0) as usize));
    out.push('\n');
}
