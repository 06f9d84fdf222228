//! `make_encoder(...)`: the encoder `json.encoder.JSONEncoder.iterencode` uses for one-shot,
//! unindented output (CPython's `encoder_listencode_obj`): called as `encoder(obj, level)`, it
//! returns a list holding the whole JSON text (CPython 3.11 returns its chunk accumulator's
//! list, which has one chunk unless the output is huge).
use super::escape;
use crate::support::payload;
use std::collections::HashSet;
use weft_vm::heap::Value;
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::ops::type_name_of;
use weft_vm::interp::{attr, call, protocols, Vm};
use weft_vm::objects::builtin::{Args, Builtin};
use weft_vm::objects::method_support::{alloc_instance, new_cls};
use weft_vm::objects::native::{NativeObj, Traverse};
use weft_vm::objects::{dict, float, int, list, module, str as pystr, tuple};

const ENCODING: &str = " while encoding a JSON object";

/// How strings are written.
#[derive(Clone, Copy)]
enum StrEncoder {
    Ascii,
    Unicode,
    /// A Python callable (`self.encoder`).
    Python,
}

pub(crate) struct Encoder {
    /// A dict (cycles are checked, with a set of ids of this module's own) or None.
    markers: Value,
    indent: Value,
    default: Value,
    encoder: Value,
    str_encoder: StrEncoder,
    key_separator: Value,
    item_separator: Value,
    sort_keys: bool,
    skipkeys: bool,
    allow_nan: bool,
}

impl Traverse for Encoder {
    fn traverse(&self, f: &mut dyn FnMut(&Value)) {
        f(&self.default);
        f(&self.encoder);
        f(&self.key_separator);
        f(&self.item_separator);
        f(&self.markers);
        f(&self.indent);
    }
    fn clear(&self, _out: &mut Vec<Value>) {}
}

/// Which of this module's escapers `f` is, if any.
fn native_escaper(f: &Value) -> StrEncoder {
    let Some(b) = f.as_obj().and_then(|o| o.downcast::<Builtin>()) else {
        return StrEncoder::Python;
    };
    let in_json = b
        .self_
        .as_ref()
        .and_then(|m| m.as_obj().and_then(module::module_dict))
        .and_then(|d| d.get_rs("__name__"))
        .is_some_and(|n| pystr::as_str(&n) == Some("_json"));
    match b.name {
        "encode_basestring_ascii" if in_json => StrEncoder::Ascii,
        "encode_basestring" if in_json => StrEncoder::Unicode,
        _ => StrEncoder::Python,
    }
}

pub(crate) fn new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = new_cls(args, &super::types().encoder)?;
    let names = [
        "markers",
        "default",
        "encoder",
        "indent",
        "key_separator",
        "item_separator",
        "sort_keys",
        "skipkeys",
        "allow_nan",
    ];
    let a = args.rest().bind("make_encoder", names, 9, 0)?;
    let [Some(markers), Some(default), Some(encoder), Some(indent), Some(ksep), Some(isep), Some(sort_keys), Some(skipkeys), Some(allow_nan)] =
        a
    else {
        return Err(error::type_error(
            "make_encoder() missing required argument",
        ));
    };
    if !markers.is_none() && dict::as_dict(&markers).is_none() {
        return Err(error::type_error(format!(
            "make_encoder() argument 1 must be dict or None, not {}",
            type_name_of(&markers)
        )));
    }
    for (i, sep) in [(5, &ksep), (6, &isep)] {
        if pystr::as_str_obj(sep).is_none() {
            return Err(error::type_error(format!(
                "make_encoder() argument {i} must be str, not {}",
                type_name_of(sep)
            )));
        }
    }
    let truth = |vm: &mut Vm, v: &Value| weft_vm::interp::ops::truthy(vm, v);
    let e = Encoder {
        str_encoder: native_escaper(&encoder),
        default,
        encoder,
        key_separator: ksep,
        item_separator: isep,
        sort_keys: truth(vm, &sort_keys)?,
        skipkeys: truth(vm, &skipkeys)?,
        allow_nan: truth(vm, &allow_nan)?,
        markers,
        indent,
    };
    Ok(Value::obj(alloc_instance(cls, NativeObj::traced(e))))
}

fn member(v: &Value, f: fn(&Encoder) -> Value) -> PyResult<Value> {
    payload::<Encoder>(v)
        .map(f)
        .ok_or_else(|| error::type_error("descriptor requires a '_json.Encoder' object"))
}

/// The constructor's arguments, as read-only members (CPython's `encoder_members`).
pub(crate) const MEMBERS: &[(&str, weft_vm::objects::descriptors_native::Getter)] = &[
    ("markers", |_, v| member(v, |e| e.markers.clone())),
    ("default", |_, v| member(v, |e| e.default.clone())),
    ("encoder", |_, v| member(v, |e| e.encoder.clone())),
    ("indent", |_, v| member(v, |e| e.indent.clone())),
    ("key_separator", |_, v| {
        member(v, |e| e.key_separator.clone())
    }),
    ("item_separator", |_, v| {
        member(v, |e| e.item_separator.clone())
    }),
    ("sort_keys", |_, v| member(v, |e| Value::bool(e.sort_keys))),
    ("skipkeys", |_, v| member(v, |e| Value::bool(e.skipkeys))),
];

/// `encoder(obj, _current_indent_level)`.
pub(crate) fn call(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let me = args.this()?;
    let Some(e) = payload::<Encoder>(me) else {
        return Err(error::type_error(
            "descriptor '__call__' requires a '_json.Encoder' object",
        ));
    };
    let [obj, level] = args
        .rest()
        .bind("_iterencode", ["obj", "_current_indent_level"], 2, 0)?;
    let (Some(obj), Some(level)) = (obj, level) else {
        return Err(error::type_error("_iterencode() missing required argument"));
    };
    weft_vm::objects::method_support::ssize_arg(vm, &level)?;
    let mut w = Writer {
        e,
        out: Vec::new(),
        markers: HashSet::new(),
    };
    w.obj(vm, &obj)?;
    Ok(list::new_list(vec![pystr::new_gutf8(w.out)]))
}

/// One encoding: the output and the ids of the containers being written (cycle detection).
struct Writer<'a> {
    e: &'a Encoder,
    out: Vec<u8>,
    markers: HashSet<usize>,
}

/// The identity of an object, as `id()` gives it.
fn ident(v: &Value) -> usize {
    v.as_obj().map_or(0, |o| o.addr())
}

impl Writer<'_> {
    fn mark(&mut self, v: &Value) -> PyResult<()> {
        if !self.e.markers.is_none() && !self.markers.insert(ident(v)) {
            return Err(error::value_error("Circular reference detected"));
        }
        Ok(())
    }

    fn unmark(&mut self, v: &Value) {
        if !self.e.markers.is_none() {
            self.markers.remove(&ident(v));
        }
    }

    fn obj(&mut self, vm: &mut Vm, v: &Value) -> PyResult<()> {
        if v.is_none() {
            self.out.extend_from_slice(b"null");
        } else if let Some(b) = v.as_bool() {
            self.out
                .extend_from_slice(if b { b"true" } else { b"false" });
        } else if let Some(s) = pystr::as_str_obj(v) {
            self.string(vm, v, s)?;
        } else if int::is_int(v) {
            self.int(v)?;
        } else if let Some(x) = float::to_f64(v) {
            self.float(x)?;
        } else if list::as_list(v).is_some() || tuple::as_tuple(v).is_some() {
            vm.enter_native(ENCODING)?;
            let r = self.list(vm, v);
            vm.leave_native();
            r?;
        } else if dict::as_dict(v).is_some() {
            vm.enter_native(ENCODING)?;
            let r = self.dict(vm, v);
            vm.leave_native();
            r?;
        } else {
            self.mark(v)?;
            let new = call::call_value(vm, &self.e.default, vec![v.clone()])?;
            vm.enter_native(ENCODING)?;
            let r = self.obj(vm, &new);
            vm.leave_native();
            r?;
            self.unmark(v);
        }
        Ok(())
    }

    fn int(&mut self, v: &Value) -> PyResult<()> {
        if let Some(i) = v.as_int() {
            self.out.extend_from_slice(i.to_string().as_bytes());
            return Ok(());
        }
        let b = int::to_big(v).unwrap_or_default();
        self.out.extend_from_slice(int::to_decimal(&b)?.as_bytes());
        Ok(())
    }

    fn float(&mut self, x: f64) -> PyResult<()> {
        if x.is_finite() {
            self.out
                .extend_from_slice(weft_vm::format::float_repr(x).as_bytes());
            return Ok(());
        }
        if !self.e.allow_nan {
            return Err(error::value_error(
                "Out of range float values are not JSON compliant",
            ));
        }
        self.out.extend_from_slice(if x > 0.0 {
            b"Infinity"
        } else if x < 0.0 {
            b"-Infinity"
        } else {
            b"NaN"
        });
        Ok(())
    }

    fn string(&mut self, vm: &mut Vm, v: &Value, s: &pystr::Str) -> PyResult<()> {
        match self.e.str_encoder {
            StrEncoder::Ascii => escape::push_json_ascii(&mut self.out, s.as_bytes()),
            StrEncoder::Unicode => escape::push_json_str(&mut self.out, s.as_bytes()),
            StrEncoder::Python => {
                let r = call::call_value(vm, &self.e.encoder, vec![v.clone()])?;
                let Some(text) = pystr::as_str_obj(&r) else {
                    return Err(error::type_error(format!(
                        "encoder() must return a string, not {}",
                        type_name_of(&r)
                    )));
                };
                self.out.extend_from_slice(text.as_bytes());
            }
        }
        Ok(())
    }

    fn separator(&mut self, sep: &Value) {
        if let Some(s) = pystr::as_str_obj(sep) {
            self.out.extend_from_slice(s.as_bytes());
        }
    }

    fn list(&mut self, vm: &mut Vm, v: &Value) -> PyResult<()> {
        let item = |i: usize| match list::as_list(v) {
            Some(l) => l.get(i),
            None => tuple::as_tuple(v).and_then(|t| t.get(i).cloned()),
        };
        if item(0).is_none() {
            self.out.extend_from_slice(b"[]");
            return Ok(());
        }
        self.mark(v)?;
        self.out.push(b'[');
        let mut i = 0;
        while let Some(x) = item(i) {
            if i > 0 {
                let sep = self.e.item_separator.clone();
                self.separator(&sep);
            }
            self.obj(vm, &x)?;
            i += 1;
        }
        self.unmark(v);
        self.out.push(b']');
        Ok(())
    }

    fn dict(&mut self, vm: &mut Vm, v: &Value) -> PyResult<()> {
        let Some(d) = dict::as_dict(v) else {
            return Ok(());
        };
        if d.is_empty() {
            self.out.extend_from_slice(b"{}");
            return Ok(());
        }
        self.mark(v)?;
        self.out.push(b'{');
        let exact = v
            .as_obj()
            .is_some_and(|o| o.ty().is(&weft_vm::objects::types().dict));
        let items: Vec<Value> = if self.e.sort_keys || !exact {
            // `PyMapping_Items`, sorted as a list of pairs.
            let m = attr::getattr(vm, v, "items")?;
            let it = call::call_value(vm, &m, vec![])?;
            let l = list::new_list(protocols::iterate(vm, &it)?);
            if self.e.sort_keys {
                let sort = attr::getattr(vm, &l, "sort")?;
                call::call_value(vm, &sort, vec![])?;
            }
            list::as_list(&l)
                .map(|l| (0..l.len()).filter_map(|i| l.get(i)).collect())
                .unwrap_or_default()
        } else {
            d.items()
                .into_iter()
                .map(|(k, val)| tuple::new_tuple(vec![k, val]))
                .collect()
        };
        let mut first = true;
        for item in &items {
            let pair = tuple::as_tuple(item).filter(|t| t.len() == 2);
            let Some([key, value]) = pair.map(|t| [t[0].clone(), t[1].clone()]) else {
                return Err(error::value_error("items must return 2-tuples"));
            };
            let Some(key) = self.key(&key)? else {
                continue;
            };
            if !first {
                let sep = self.e.item_separator.clone();
                self.separator(&sep);
            }
            first = false;
            if let Some(s) = pystr::as_str_obj(&key) {
                self.string(vm, &key, s)?;
            }
            let sep = self.e.key_separator.clone();
            self.separator(&sep);
            self.obj(vm, &value)?;
        }
        self.unmark(v);
        self.out.push(b'}');
        Ok(())
    }

    /// A dict key as the str that is written, `None` for a key `skipkeys` drops.
    fn key(&mut self, key: &Value) -> PyResult<Option<Value>> {
        if pystr::as_str_obj(key).is_some() {
            return Ok(Some(key.clone()));
        }
        let save = std::mem::take(&mut self.out);
        let r = if let Some(x) = float::to_f64(key) {
            self.float(x)
        } else if key.is_none() {
            self.out.extend_from_slice(b"null");
            Ok(())
        } else if let Some(b) = key.as_bool() {
            self.out
                .extend_from_slice(if b { b"true" } else { b"false" });
            Ok(())
        } else if int::is_int(key) {
            self.int(key)
        } else {
            self.out = save;
            if self.e.skipkeys {
                return Ok(None);
            }
            return Err(error::type_error(format!(
                "keys must be str, int, float, bool or None, not {}",
                type_name_of(key)
            )));
        };
        let text = std::mem::replace(&mut self.out, save);
        r?;
        Ok(Some(pystr::new_gutf8(text)))
    }
}
