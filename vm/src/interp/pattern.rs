//! Support for `match`: 3.11's `MATCH_MAPPING`, `MATCH_SEQUENCE`, `MATCH_KEYS` and `MATCH_CLASS`.
use crate::heap::{Kind, Value};
use crate::interp::error::{self, PyResult};
use crate::interp::ops::{a_type, type_name_of};
use crate::interp::{attr, call, exc, Vm};
use crate::objects::typeobj::{self, lookup_str, tdata, tflag};
use crate::objects::{tuple, types};

/// Flags CPython keeps on types (`Py_TPFLAGS_MAPPING`/`SEQUENCE`): builtins and `collections.abc`
/// registrations set them; weft derives them from the MRO and `__abc_tpflags__`.
fn abc_flags(v: &Value) -> (bool, bool) {
    collection_flags(&a_type(v))
}

/// `(mapping, sequence)` for the type `ty` itself (see `abc_flags`).
pub fn collection_flags(ty: &crate::heap::ObjRef) -> (bool, bool) {
    let t = types();
    for m in tdata(ty).mro.borrow().iter() {
        if m.is(&t.dict) || m.is(&t.mappingproxy) {
            return (true, false);
        }
        if m.is(&t.list)
            || m.is(&t.tuple)
            || m.is(&t.range)
            || m.is(&t.memoryview)
            || tdata(m).has(tflag::SEQUENCE)
        {
            return (false, true);
        }
        if let Some(f) = tdata(m)
            .dict
            .get_rs("__abc_tpflags__")
            .and_then(|f| crate::objects::int::to_i64(&f))
        {
            return (f & (1 << 6) != 0, f & (1 << 5) != 0);
        }
        if let Some(f) = tdata(m)
            .dict
            .get_rs("_weft_abc_kind")
            .and_then(|f| crate::objects::int::to_i64(&f))
        {
            return (f == 1, f == 2);
        }
    }
    (false, false)
}

pub fn is_mapping(v: &Value) -> bool {
    abc_flags(v).0
}

pub fn is_sequence(v: &Value) -> bool {
    let k = v.as_obj().map(|o| o.kind());
    if matches!(k, Some(Kind::Str | Kind::Bytes | Kind::ByteArray)) {
        return false;
    }
    abc_flags(v).1
}

/// `MATCH_KEYS`: a tuple of the values for `keys`, or None when one is missing.
pub fn match_keys(vm: &mut Vm, subject: &Value, keys: &Value) -> PyResult<Value> {
    let ks = tuple::as_tuple(keys)
        .map(|t| t.to_vec())
        .unwrap_or_default();
    if ks.is_empty() {
        return Ok(tuple::new_tuple(Vec::new()));
    }
    let get = attr::getattr(vm, subject, "get")?;
    let dummy = Value::obj(crate::heap::alloc(
        &types().object,
        crate::objects::object::ObjectData,
        None,
    ));
    let mut seen: Vec<Value> = Vec::new();
    let mut out = Vec::with_capacity(ks.len());
    for k in ks {
        for s in &seen {
            if crate::interp::ops::eq_bool(vm, s, &k)? {
                let r = crate::interp::protocols::repr_string(vm, &k)?;
                return Err(error::value_error(format!(
                    "mapping pattern checks duplicate key ({r})"
                )));
            }
        }
        seen.push(k.clone());
        let v = call::call_value(vm, &get, vec![k, dummy.clone()])?;
        if v.bits() == dummy.bits() {
            return Ok(Value::NONE);
        }
        out.push(v);
    }
    Ok(tuple::new_tuple(out))
}

/// `MATCH_CLASS`: the tuple of extracted attributes, or None when `subject` does not match.
pub fn match_class(
    vm: &mut Vm,
    subject: &Value,
    cls: &Value,
    npos: usize,
    names: &Value,
) -> PyResult<Value> {
    let Some(c) = cls.as_obj().filter(|o| o.kind() == Kind::Type) else {
        return Err(error::type_error("called match pattern must be a type"));
    };
    if !typeobj::is_subtype(&a_type(subject), c) {
        return Ok(Value::NONE);
    }
    let mut out = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    if npos > 0 {
        let match_args = lookup_str(c, "__match_args__");
        match match_args {
            Some(ma) => {
                let Some(items) = tuple::as_tuple(&ma).map(|t| t.to_vec()) else {
                    return Err(error::type_error(format!(
                        "{}.__match_args__ must be a tuple (got {})",
                        typeobj::type_name(c),
                        type_name_of(&ma)
                    )));
                };
                if npos > items.len() {
                    return Err(error::type_error(format!(
                        "{}() accepts {} positional sub-pattern{} ({} given)",
                        typeobj::type_name(c),
                        items.len(),
                        if items.len() == 1 { "" } else { "s" },
                        npos
                    )));
                }
                for n in items.iter().take(npos) {
                    let Some(s) = crate::objects::str::as_str(n) else {
                        return Err(error::type_error(format!(
                            "__match_args__ elements must be strings (got {})",
                            type_name_of(n)
                        )));
                    };
                    seen.push(s.to_string());
                    match attr::getattr_opt(vm, subject, s)? {
                        Some(v) => out.push(v),
                        None => return Ok(Value::NONE),
                    }
                }
            }
            None => {
                // Self-matching builtins take one positional sub-pattern: the subject itself.
                let t = types();
                let selfmatch = [
                    &t.bool_,
                    &t.bytearray,
                    &t.bytes,
                    &t.dict,
                    &t.float,
                    &t.frozenset,
                    &t.int,
                    &t.list,
                    &t.set,
                    &t.str,
                    &t.tuple,
                ];
                let allowed = usize::from(selfmatch.iter().any(|s| typeobj::is_subtype(c, s)));
                if npos > allowed {
                    return Err(error::type_error(format!(
                        "{}() accepts {} positional sub-pattern{} ({} given)",
                        typeobj::type_name(c),
                        allowed,
                        if allowed == 1 { "" } else { "s" },
                        npos
                    )));
                }
                out.push(subject.clone());
            }
        }
    }
    for n in tuple::as_tuple(names)
        .map(|t| t.to_vec())
        .unwrap_or_default()
    {
        let s = crate::objects::str::as_str(&n).unwrap_or("").to_string();
        if seen.contains(&s) {
            return Err(error::type_error(format!(
                "{}() got multiple sub-patterns for attribute '{}'",
                typeobj::type_name(c),
                s
            )));
        }
        seen.push(s.clone());
        match attr::getattr(vm, subject, &s) {
            Ok(v) => out.push(v),
            Err(e) if exc::matches_type(&e, &types().attribute_error) => return Ok(Value::NONE),
            Err(e) => return Err(e),
        }
    }
    Ok(tuple::new_tuple(out))
}
