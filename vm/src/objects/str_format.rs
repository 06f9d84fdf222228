//! `str.format`, `str.format_map` and `str.__format__`. The template language is parsed and
//! rendered by `crate::format`; this file answers its questions about values (field lookup,
//! conversion, `format()`) with the interpreter.
use super::args::{clinic_type_name, one_arg, str_self};
use crate::format::{
    render_template, Conversion, FieldAccess, FieldKey, FieldPath, TemplateFields,
};
use crate::heap::{ObjRef, Value};
use crate::interp::error::{self, PyErr, PyResult};
use crate::interp::{attr, call, protocols, Vm};
use crate::objects::builtin::{Args, NativeFn};
use crate::objects::register::methods;
use crate::objects::str::StandIns;
use crate::objects::{dict, int, str as pystr, types};

/// The values a template's fields name: positional arguments (none for `format_map`) and
/// a mapping for the named ones.
struct Fields<'a> {
    vm: &'a mut Vm,
    positional: Option<&'a [Value]>,
    mapping: Option<Value>,
    /// Set when lone surrogates take part (see `StandIns`).
    stand_ins: Option<StandIns>,
}

impl Fields<'_> {
    /// Renders `template` (a str value).
    fn render(mut self, template: &Value) -> PyResult<Value> {
        let t = StandIns::text_of(&self.stand_ins, template);
        let out = render_template(&t, &mut self)?;
        Ok(match &self.stand_ins {
            Some(si) => si.finish(out),
            None => pystr::new_string(out),
        })
    }
}

fn getitem(vm: &mut Vm, obj: Value, key: Value) -> PyResult<Value> {
    let flow = protocols::getitem(vm, obj, key)?;
    call::run_flow(vm, flow)
}

impl TemplateFields for Fields<'_> {
    type Value = Value;
    type Error = PyErr;

    fn lookup(&mut self, first: FieldKey<'_>, path: FieldPath<'_>) -> PyResult<Value> {
        let mut value = match first {
            FieldKey::Index(i) => match self.positional {
                None => {
                    return Err(error::value_error(
                        "Format string contains positional fields",
                    ))
                }
                Some(args) => args.get(i).cloned().ok_or_else(|| {
                    error::index_error(format!(
                        "Replacement index {i} out of range for positional args tuple"
                    ))
                })?,
            },
            FieldKey::Name(name) => match &self.mapping {
                None => return Err(error::key_error(pystr::new_str(name))),
                Some(m) => getitem(self.vm, m.clone(), pystr::new_str(name))?,
            },
        };
        for access in path {
            value = match access? {
                FieldAccess::Attr(name) => attr::getattr(self.vm, &value, name)?,
                FieldAccess::Item(FieldKey::Index(i)) => {
                    getitem(self.vm, value, int::from_i64(i as i64))?
                }
                FieldAccess::Item(FieldKey::Name(key)) => {
                    getitem(self.vm, value, pystr::new_str(key))?
                }
            };
        }
        Ok(value)
    }

    fn convert(&mut self, value: Value, conversion: Conversion) -> PyResult<Value> {
        match conversion {
            Conversion::Str => protocols::str_value(self.vm, &value),
            Conversion::Repr => protocols::repr_value(self.vm, &value),
            Conversion::Ascii => Ok(pystr::new_string(protocols::ascii_string(self.vm, &value)?)),
        }
    }

    fn format(&mut self, value: Value, spec: &str) -> PyResult<String> {
        if spec.is_empty() && value.as_obj().is_some_and(|o| o.ty().is(&types().str)) {
            return Ok(StandIns::text_of(&self.stand_ins, &value).into_owned());
        }
        let r = protocols::format(self.vm, &value, spec)?;
        Ok(StandIns::text_of(&self.stand_ins, &r).into_owned())
    }
}

/// `template.format(*args, **kwargs)`.
fn format(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (template, _) = str_self(args, "format", false)?;
    let rest = args.rest();
    let mapping = if rest.has_kwargs() {
        let d = dict::new_dict();
        if let Some(dd) = d.downcast::<dict::Dict>() {
            for (k, v) in rest.kwnames.iter().zip(rest.kw_values()) {
                if let Some(k) = k.as_obj() {
                    dd.set_str(k, v.clone());
                }
            }
        }
        Some(Value::obj(d))
    } else {
        None
    };
    Fields {
        vm,
        positional: Some(rest.positional()),
        mapping,
        stand_ins: StandIns::for_formatting(template, rest.all),
    }
    .render(template)
}

/// `template.format_map(mapping)`.
fn format_map(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (template, _) = str_self(args, "format_map", false)?;
    let mapping = one_arg(args, "str.format_map")?;
    Fields {
        vm,
        positional: None,
        mapping: Some(mapping.clone()),
        stand_ins: StandIns::for_formatting(
            template,
            &dict::as_dict(mapping).map_or(Vec::new(), |d| d.values()),
        ),
    }
    .render(template)
}

/// `format(s, spec)`. An empty spec gives `str(self)`, which a subclass may override.
fn dunder_format(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (v, s) = str_self(args, "__format__", false)?;
    let spec = one_arg(args, "str.__format__")?;
    let spec = pystr::as_str(spec).ok_or_else(|| {
        error::type_error(format!(
            "__format__() argument must be str, not {}",
            clinic_type_name(spec)
        ))
    })?;
    if spec.is_empty() {
        if v.as_obj().is_some_and(|o| o.ty().is(&types().str)) {
            return Ok(v.clone());
        }
        return protocols::str_value(vm, v);
    }
    Ok(pystr::new_string(crate::format::format_str(
        s.as_str(),
        spec,
        "str",
    )?))
}

pub(super) fn register(ty: &ObjRef) {
    let defs: &[(&'static str, NativeFn)] = &[
        ("format", format),
        ("format_map", format_map),
        ("__format__", super::exact::exact!(dunder_format)),
    ];
    methods(ty, defs);
}
