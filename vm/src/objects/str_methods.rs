//! The text methods of `str` (case, predicates, search, split, strip, padding, replace, join,
//! encode): argument parsing and result objects around the algorithms of
//! `crate::text::str_methods`. Where CPython returns `self` unchanged (nothing stripped,
//! replaced or padded), an exact `str` is returned as is.
use super::args::{
    c_int, clinic, clinic_type_name, codec_name_arg, noargs, one_arg, parse_tuple, sequence_fast,
    slice_index, ssize, str_arg, str_self, varargs,
};
use super::exact::exact;
use super::{codec, Str};
use crate::heap::{ObjRef, Value};
use crate::interp::error::{self, PyResult};
use crate::interp::ops::type_name_of;
use crate::interp::Vm;
use crate::objects::builtin::{Args, NativeFn};
use crate::objects::register::methods;
use crate::objects::{bytes, int, list, str as pystr, tuple};
use crate::text::str_methods::{self as text, StripSide};

/// `s` as a new exact str, or `self` when the text is unchanged.
fn result(v: &Value, s: &Str, out: &str) -> Value {
    if out.len() == s.as_str().len() {
        pystr::exact(v, s)
    } else {
        pystr::new_str(out)
    }
}

fn strings(pieces: Vec<&str>) -> Value {
    list::new_list(pieces.into_iter().map(pystr::new_str).collect())
}

// Case conversions and predicates (METH_NOARGS).

fn mapped(args: &Args, name: &str, f: fn(&str) -> String) -> PyResult<Value> {
    let (_, s) = str_self(args, name, false)?;
    noargs(args, &format!("str.{name}"))?;
    Ok(pystr::new_string(f(s.as_str())))
}

fn tested(args: &Args, name: &str, f: fn(&str) -> bool) -> PyResult<Value> {
    let (_, s) = str_self(args, name, false)?;
    noargs(args, &format!("str.{name}"))?;
    Ok(Value::bool(f(s.as_str())))
}

fn capitalize(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    mapped(args, "capitalize", text::capitalize)
}
fn casefold(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    mapped(args, "casefold", text::casefold)
}
fn lower(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    mapped(args, "lower", text::lower)
}
fn upper(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    mapped(args, "upper", text::upper)
}
fn swapcase(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    mapped(args, "swapcase", text::swapcase)
}
fn title(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    mapped(args, "title", text::title)
}
fn isalnum(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    tested(args, "isalnum", text::isalnum)
}
fn isalpha(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    tested(args, "isalpha", text::isalpha)
}
fn isascii(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    tested(args, "isascii", text::isascii)
}
fn isdecimal(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    tested(args, "isdecimal", text::isdecimal)
}
fn isdigit(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    tested(args, "isdigit", text::isdigit)
}
fn isidentifier(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    tested(args, "isidentifier", text::isidentifier)
}
fn islower(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    tested(args, "islower", text::islower)
}
fn isnumeric(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    tested(args, "isnumeric", text::isnumeric)
}
fn isprintable(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    tested(args, "isprintable", text::isprintable)
}
fn isspace(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    tested(args, "isspace", text::isspace)
}
fn istitle(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    tested(args, "istitle", text::istitle)
}
fn isupper(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    tested(args, "isupper", text::isupper)
}

// Search: `sub[, start[, end]]` parsed as `PyArg_ParseTuple` does.

type Window = (Option<isize>, Option<isize>);

fn search_args<'a>(
    vm: &mut Vm,
    args: &Args<'a>,
    name: &str,
) -> PyResult<(&'a Str, &'a Value, Window)> {
    let (_, s) = str_self(args, name, false)?;
    let a = parse_tuple(args, &format!("str.{name}"), 1, 3)?;
    let start = slice_index(vm, a.get(1))?;
    let end = slice_index(vm, a.get(2))?;
    Ok((s, &a[0], (start, end)))
}

fn sub_arg(v: &Value) -> PyResult<&str> {
    str_arg(v, || format!("must be str, not {}", type_name_of(v)))
}

fn find(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, sub, (start, end)) = search_args(vm, args, "find")?;
    Ok(int::from_i64(
        text::find(s.as_str(), sub_arg(sub)?, start, end) as i64,
    ))
}

fn rfind(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, sub, (start, end)) = search_args(vm, args, "rfind")?;
    Ok(int::from_i64(
        text::rfind(s.as_str(), sub_arg(sub)?, start, end) as i64,
    ))
}

fn index(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, sub, (start, end)) = search_args(vm, args, "index")?;
    Ok(int::from_i64(
        text::index(s.as_str(), sub_arg(sub)?, start, end)? as i64,
    ))
}

fn rindex(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, sub, (start, end)) = search_args(vm, args, "rindex")?;
    Ok(int::from_i64(
        text::rindex(s.as_str(), sub_arg(sub)?, start, end)? as i64,
    ))
}

fn count(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (s, sub, (start, end)) = search_args(vm, args, "count")?;
    Ok(int::from_i64(
        text::count(s.as_str(), sub_arg(sub)?, start, end) as i64,
    ))
}

/// `startswith`/`endswith`: one str or a tuple of them.
fn affix(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    test: fn(&str, &str, Option<isize>, Option<isize>) -> bool,
) -> PyResult<Value> {
    let (s, arg, (start, end)) = search_args(vm, args, name)?;
    if let Some(items) = tuple::as_tuple(arg) {
        for item in items {
            let a = str_arg(item, || {
                format!(
                    "tuple for {name} must only contain str, not {}",
                    type_name_of(item)
                )
            })?;
            if test(s.as_str(), a, start, end) {
                return Ok(Value::TRUE);
            }
        }
        return Ok(Value::FALSE);
    }
    let a = str_arg(arg, || {
        format!(
            "{name} first arg must be str or a tuple of str, not {}",
            type_name_of(arg)
        )
    })?;
    Ok(Value::bool(test(s.as_str(), a, start, end)))
}

fn startswith(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    affix(vm, args, "startswith", text::startswith)
}

fn endswith(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    affix(vm, args, "endswith", text::endswith)
}

// Splitting.

fn split_args<'a>(
    vm: &mut Vm,
    args: &Args<'a>,
    name: &str,
) -> PyResult<(&'a Value, &'a Str, Option<Value>, isize)> {
    let (v, s) = str_self(args, name, false)?;
    let [sep, maxsplit] = clinic(&args.rest(), name, ["sep", "maxsplit"], 0, 2, 0)?;
    let sep = sep.filter(|v| !v.is_none());
    if let Some(sep) = &sep {
        str_arg(sep, || {
            format!("must be str or None, not {}", type_name_of(sep))
        })?;
    }
    let maxsplit = match maxsplit {
        Some(m) => ssize(vm, &m)?,
        None => -1,
    };
    Ok((v, s, sep, maxsplit))
}

fn split(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (v, s, sep, maxsplit) = split_args(vm, args, "split")?;
    let pieces = text::split(s.as_str(), sep.as_ref().and_then(pystr::as_str), maxsplit)?;
    if let [only] = pieces[..] {
        return Ok(list::new_list(vec![result(v, s, only)]));
    }
    Ok(strings(pieces))
}

fn rsplit(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (v, s, sep, maxsplit) = split_args(vm, args, "rsplit")?;
    let pieces = text::rsplit(s.as_str(), sep.as_ref().and_then(pystr::as_str), maxsplit)?;
    if let [only] = pieces[..] {
        return Ok(list::new_list(vec![result(v, s, only)]));
    }
    Ok(strings(pieces))
}

fn splitlines(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, s) = str_self(args, "splitlines", false)?;
    let [keepends] = clinic(&args.rest(), "splitlines", ["keepends"], 0, 1, 0)?;
    let keepends = match keepends {
        Some(k) => c_int(vm, &k)? != 0,
        None => false,
    };
    Ok(strings(text::splitlines(s.as_str(), keepends)))
}

type Partitioner =
    for<'x> fn(&'x str, &str) -> Result<(&'x str, &'x str, &'x str), crate::text::TextError>;

fn partition_with(args: &Args, name: &str, f: Partitioner) -> PyResult<Value> {
    let (v, s) = str_self(args, name, false)?;
    let sep_v = one_arg(args, &format!("str.{name}"))?;
    let sep = sub_arg(sep_v)?;
    let (a, m, b) = f(s.as_str(), sep)?;
    let piece = |p: &str| result(v, s, p);
    let mid = if m.is_empty() {
        pystr::new_str("")
    } else {
        sep_v.clone()
    };
    Ok(tuple::new_tuple(vec![piece(a), mid, piece(b)]))
}

fn partition(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    partition_with(args, "partition", text::partition)
}

fn rpartition(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    partition_with(args, "rpartition", text::rpartition)
}

// Stripping, affixes, padding.

fn strip_with(args: &Args, name: &str, side: StripSide) -> PyResult<Value> {
    let (v, s) = str_self(args, name, false)?;
    let a = varargs(args, &format!("str.{name}"), 0, 1)?;
    let chars = match a.first().filter(|c| !c.is_none()) {
        Some(c) => Some(str_arg(c, || format!("{name} arg must be None or str"))?),
        None => None,
    };
    Ok(result(v, s, text::strip(s.as_str(), chars, side)))
}

fn strip(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    strip_with(args, "strip", StripSide::Both)
}

fn lstrip(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    strip_with(args, "lstrip", StripSide::Left)
}

fn rstrip(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    strip_with(args, "rstrip", StripSide::Right)
}

fn affix_removal(
    args: &Args,
    name: &str,
    f: for<'x> fn(&'x str, &str) -> &'x str,
) -> PyResult<Value> {
    let (v, s) = str_self(args, name, false)?;
    let a = one_arg(args, &format!("str.{name}"))?;
    let affix = str_arg(a, || {
        format!("{name}() argument must be str, not {}", clinic_type_name(a))
    })?;
    Ok(result(v, s, f(s.as_str(), affix)))
}

fn removeprefix(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    affix_removal(args, "removeprefix", text::removeprefix)
}

fn removesuffix(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    affix_removal(args, "removesuffix", text::removesuffix)
}

fn pad(
    vm: &mut Vm,
    args: &Args,
    name: &str,
    f: fn(&str, isize, char) -> Result<String, crate::text::TextError>,
) -> PyResult<Value> {
    let (v, s) = str_self(args, name, false)?;
    let a = varargs(args, &format!("str.{name}"), 1, 2)?;
    let width = ssize(vm, &a[0])?;
    let fill = match a.get(1) {
        None => ' ',
        Some(f) => {
            let t = str_arg(f, || {
                format!(
                    "The fill character must be a unicode character, not {}",
                    type_name_of(f)
                )
            })?;
            let mut chars = t.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => c,
                _ => {
                    return Err(error::type_error(
                        "The fill character must be exactly one character long",
                    ))
                }
            }
        }
    };
    let out = f(s.as_str(), width, fill)?;
    Ok(result(v, s, &out))
}

fn center(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    pad(vm, args, "center", text::center)
}

fn ljust(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    pad(vm, args, "ljust", text::ljust)
}

fn rjust(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    pad(vm, args, "rjust", text::rjust)
}

fn zfill(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (v, s) = str_self(args, "zfill", false)?;
    let w = one_arg(args, "str.zfill")?;
    let width = ssize(vm, w)?;
    let out = text::zfill(s.as_str(), width)?;
    Ok(result(v, s, &out))
}

fn expandtabs(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (v, s) = str_self(args, "expandtabs", false)?;
    let [tabsize] = clinic(&args.rest(), "expandtabs", ["tabsize"], 0, 1, 0)?;
    let tabsize = match tabsize {
        Some(t) => c_int(vm, &t)?,
        None => 8,
    };
    if !s.as_str().contains('\t') {
        return Ok(pystr::exact(v, s));
    }
    Ok(pystr::new_string(text::expandtabs(s.as_str(), tabsize)?))
}

// Building.

fn replace(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (v, s) = str_self(args, "replace", false)?;
    let a = varargs(args, "str.replace", 2, 3)?;
    let old = str_arg(&a[0], || {
        format!(
            "replace() argument 1 must be str, not {}",
            clinic_type_name(&a[0])
        )
    })?;
    let new = str_arg(&a[1], || {
        format!(
            "replace() argument 2 must be str, not {}",
            clinic_type_name(&a[1])
        )
    })?;
    let count = match a.get(2) {
        Some(c) => ssize(vm, c)?,
        None => -1,
    };
    if count == 0 || (!old.is_empty() && !s.as_str().contains(old)) {
        return Ok(pystr::exact(v, s));
    }
    Ok(pystr::new_string(text::replace(
        s.as_str(),
        old,
        new,
        count,
    )?))
}

fn join(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, sep) = str_self(args, "join", false)?;
    let iterable = one_arg(args, "str.join")?;
    let items = sequence_fast(vm, iterable, "can only join an iterable")?;
    if let [only] = &items[..] {
        if only
            .as_obj()
            .is_some_and(|o| o.ty().is(&crate::objects::types().str))
        {
            return Ok(only.clone());
        }
    }
    let mut texts = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        match pystr::as_str_obj(item) {
            Some(t) => texts.push(t),
            None => return Err(text::join_item_error(i, &type_name_of(item)).into()),
        }
    }
    if sep.has_surrogates() || texts.iter().any(|t| t.has_surrogates()) {
        let parts: Vec<&[u8]> = texts.iter().map(|t| t.as_bytes()).collect();
        return Ok(pystr::new_gutf8(parts.join(sep.as_bytes())));
    }
    let texts: Vec<&str> = texts.iter().map(|t| t.as_str()).collect();
    Ok(pystr::new_string(text::join(sep.as_str(), &texts)?))
}

fn encode(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (v, s) = str_self(args, "encode", false)?;
    let [encoding, errors] = clinic(&args.rest(), "encode", ["encoding", "errors"], 0, 2, 0)?;
    let encoding = codec_name_arg(encoding.as_ref(), "encode", "encoding")?;
    let errors = codec_name_arg(errors.as_ref(), "encode", "errors")?;
    let data = codec::encode(vm, v, s.as_bytes(), encoding, errors)?;
    Ok(bytes::new_bytes(data))
}

pub(super) fn register(ty: &ObjRef) {
    let defs: &[(&'static str, NativeFn)] = &[
        ("capitalize", exact!(capitalize)),
        ("casefold", exact!(casefold)),
        ("lower", exact!(lower)),
        ("upper", exact!(upper)),
        ("swapcase", exact!(swapcase)),
        ("title", exact!(title)),
        ("isalnum", exact!(isalnum)),
        ("isalpha", exact!(isalpha)),
        ("isascii", exact!(isascii)),
        ("isdecimal", exact!(isdecimal)),
        ("isdigit", exact!(isdigit)),
        ("isidentifier", exact!(isidentifier)),
        ("islower", exact!(islower)),
        ("isnumeric", exact!(isnumeric)),
        ("isprintable", exact!(isprintable)),
        ("isspace", exact!(isspace)),
        ("istitle", exact!(istitle)),
        ("isupper", exact!(isupper)),
        ("find", exact!(find)),
        ("rfind", exact!(rfind)),
        ("index", exact!(index)),
        ("rindex", exact!(rindex)),
        ("count", exact!(count)),
        ("startswith", exact!(startswith)),
        ("endswith", exact!(endswith)),
        ("split", exact!(split)),
        ("rsplit", exact!(rsplit)),
        ("splitlines", exact!(splitlines)),
        ("partition", exact!(partition)),
        ("rpartition", exact!(rpartition)),
        ("strip", exact!(strip)),
        ("lstrip", exact!(lstrip)),
        ("rstrip", exact!(rstrip)),
        ("removeprefix", exact!(removeprefix)),
        ("removesuffix", exact!(removesuffix)),
        ("center", exact!(center)),
        ("ljust", exact!(ljust)),
        ("rjust", exact!(rjust)),
        ("zfill", exact!(zfill)),
        ("expandtabs", exact!(expandtabs)),
        ("replace", exact!(replace)),
        ("join", join),
        ("encode", encode),
    ];
    methods(ty, defs);
}
