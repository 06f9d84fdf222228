//! The decoder: replays the record table in order, each defining record making the next object.
//! Nothing in the data is trusted: every count is bounded by the bytes that are left, every object
//! index is checked against the objects made so far, and every record's operands are checked for
//! the types it needs, so a damaged payload is a `CheckpointError`, never a panic.
//!
//! Objects are rebuilt as pickle rebuilds them: a reduction's callable is called, `NewObj` calls
//! `cls.__new__`, state goes through `__setstate__` when the object has one, else into its
//! `__dict__` and slots; list and dict items of objects other than exact lists and dicts go through
//! their `extend`/`append` and `__setitem__`.
use super::api::checkpoint_error;
use super::encode::AddrMap;
use super::record::{Rec, Val};
use super::reduce::walk;
use weft_vm::heap::{Kind, ObjRef, Value};
use weft_vm::interp::error::{self, PyErr, PyResult};
use weft_vm::interp::ops::type_name_of;
use weft_vm::interp::{attr, call, import, protocols, Vm};
use weft_vm::objects::pickle_state;
use weft_vm::objects::typeobj::{self, as_type, tdata, tflag};
use weft_vm::objects::{
    bytearray, bytes, complex, dict, instance, int, list, set, str as pystr, tuple, types,
};

struct Decoder {
    objs: Vec<Value>,
    /// The record being replayed, None for the root value (for messages).
    record: Option<u64>,
    /// Per class: whether `Instance` may allocate it natively and `Attrs` fill it natively.
    plain: AddrMap<(bool, bool)>,
    object_new: Option<Value>,
    /// List capacity the data may still ask for: in all, no more items than the payload has bytes
    /// (each item takes one at least), so that a small forged file cannot reserve gigabytes.
    capacity_budget: usize,
}

/// `CheckpointError: malformed checkpoint: …`.
fn malformed(what: impl std::fmt::Display) -> PyErr {
    checkpoint_error(format!("malformed checkpoint: {what}"))
}

/// The object graph of a checkpoint payload (whose header was checked).
pub(crate) fn decode(vm: &mut Vm, payload: &[u8]) -> PyResult<Value> {
    let (count, mut rest) = postcard::take_from_bytes::<u64>(payload)
        .map_err(|e| malformed(format!("record count: {e}")))?;
    // Every record takes at least one byte: a larger count is a lie, and must not size anything.
    if count > rest.len() as u64 {
        return Err(malformed(format!(
            "{count} records announced in {} bytes",
            rest.len()
        )));
    }
    let mut d = Decoder {
        objs: Vec::with_capacity(count as usize),
        record: Some(0),
        plain: AddrMap::default(),
        object_new: tdata(&types().object).dict.get_rs("__new__"),
        capacity_budget: payload.len(),
    };
    for i in 0..count {
        d.record = Some(i);
        let (rec, r) = postcard::take_from_bytes::<Rec>(rest)
            .map_err(|e| malformed(format!("record {i}: {e}")))?;
        rest = r;
        d.apply(vm, rec, rest.len())?;
    }
    let (root, rest) =
        postcard::take_from_bytes::<Val>(rest).map_err(|e| malformed(format!("root: {e}")))?;
    if !rest.is_empty() {
        let s = if rest.len() == 1 { "" } else { "s" };
        return Err(malformed(format!(
            "{} byte{s} after the root value",
            rest.len()
        )));
    }
    d.record = None;
    d.val(root)
}

impl Decoder {
    fn bad(&self, what: impl std::fmt::Display) -> PyErr {
        match self.record {
            Some(i) => malformed(format!("record {i}: {what}")),
            None => malformed(format!("the root value: {what}")),
        }
    }

    fn val(&self, v: Val) -> PyResult<Value> {
        Ok(match v {
            Val::None => Value::NONE,
            Val::False => Value::FALSE,
            Val::True => Value::TRUE,
            Val::Int(i) => int::from_i64(i),
            Val::Float(x) => Value::float(x),
            Val::Obj(i) => return self.obj(i),
        })
    }

    fn obj(&self, i: u32) -> PyResult<Value> {
        match self.objs.get(i as usize) {
            Some(v) => Ok(v.clone()),
            None => Err(self.bad(format_args!(
                "object {i} is used but only {} are defined",
                self.objs.len()
            ))),
        }
    }

    fn vals(&self, vs: &[Val]) -> PyResult<Vec<Value>> {
        vs.iter().map(|&v| self.val(v)).collect()
    }

    /// A value that must be a str.
    fn text(&self, v: Val, what: &str) -> PyResult<(Value, String)> {
        let x = self.val(v)?;
        match pystr::as_str(&x) {
            Some(s) => {
                let s = s.to_string();
                Ok((x, s))
            }
            None => Err(self.bad(format_args!(
                "{what} must be a str, not {}",
                type_name_of(&x)
            ))),
        }
    }

    /// Replays one record; `left` is how many payload bytes follow it (a bound for capacities).
    fn apply(&mut self, vm: &mut Vm, rec: Rec, left: usize) -> PyResult<()> {
        let made = match rec {
            Rec::BigInt(b) => int::from_big(num_bigint::BigInt::from_signed_bytes_le(b.0)),
            Rec::Complex(re, im) => complex::new_complex(re, im),
            Rec::Str(b) => pystr::new_gutf8_slice(b.0),
            Rec::Bytes(b) => bytes::new_bytes(b.0.to_vec()),
            Rec::ByteArray(b) => bytearray::new_bytearray(b.0.to_vec()),
            Rec::Tuple(vs) => tuple::new_tuple(self.vals(&vs)?),
            Rec::FrozenSet(vs) => {
                let items = self.vals(&vs)?;
                let f = set::new_set_obj(true);
                if let Some(s) = f.downcast::<set::Set>() {
                    for x in items {
                        s.add(vm, x)?;
                    }
                }
                Value::obj(f)
            }
            Rec::List(n) => {
                let cap = (n as usize).min(left).min(self.capacity_budget);
                self.capacity_budget -= cap;
                list::new_list(Vec::with_capacity(cap))
            }
            Rec::Dict(_) => Value::obj(dict::new_dict()),
            Rec::Set(_) => Value::obj(set::new_set_obj(false)),
            Rec::Global { module, name } => self.global(vm, module, name)?,
            Rec::Module(name) => {
                let (_, n) = self.text(name, "a module name")?;
                import::import_abs(vm, &n)?
            }
            Rec::Instance(cls) => self.instance(vm, cls)?,
            Rec::Reduce { func, args } => {
                let f = self.val(func)?;
                let args = self.vals(&args)?;
                call::call_value(vm, &f, args)?
            }
            Rec::NewObj { cls, args } => self.new_obj(vm, cls, &args, None, "NEWOBJ")?,
            Rec::NewObjEx { cls, args, kwargs } => {
                self.new_obj(vm, cls, &args, Some(kwargs), "NEWOBJ_EX")?
            }
            Rec::Extend { target, items } => return self.extend(vm, target, &items),
            Rec::SetItems { target, items } => return self.set_items(vm, target, &items),
            Rec::AddItems { target, items } => return self.add_items(vm, target, &items),
            Rec::Attrs {
                target,
                items,
                slots,
            } => return self.attrs(vm, target, &items, &slots),
            Rec::Build { target, state } => {
                let (inst, state) = (self.obj(target)?, self.val(state)?);
                return build(vm, &inst, state);
            }
            Rec::StateSetter {
                target,
                setter,
                state,
            } => {
                let (inst, f, state) = (self.obj(target)?, self.val(setter)?, self.val(state)?);
                call::call_value(vm, &f, vec![inst, state])?;
                return Ok(());
            }
        };
        self.objs.push(made);
        Ok(())
    }

    fn global(&mut self, vm: &mut Vm, module: Val, name: Val) -> PyResult<Value> {
        let (_, m) = self.text(module, "a global's module")?;
        let (_, n) = self.text(name, "a global's name")?;
        let module = import::import_abs(vm, &m)?;
        match walk(vm, &module, &n)? {
            Some(v) => Ok(v),
            None => {
                let r = protocols::repr_string(vm, &module)?;
                Err(error::attribute_error(format!(
                    "Can't get attribute '{n}' on {r}"
                )))
            }
        }
    }

    /// Whether instances of `cls` are made by `object.__new__` and take their state into their
    /// map (no `__setstate__`, no attribute hooks): both natively, then.
    fn plain(&mut self, cls: &ObjRef) -> (bool, bool) {
        if let Some(&p) = self.plain.get(&cls.addr()) {
            return p;
        }
        let td = tdata(cls);
        let object_layout = td.layout == Kind::Object && !td.has(tflag::ABSTRACT);
        let new = typeobj::lookup_str(cls, "__new__");
        let native_new = object_layout
            && matches!((&new, &self.object_new), (Some(a), Some(b)) if a.bits() == b.bits());
        let native_state = td.layout == Kind::Object
            && !td.has(tflag::CUSTOM_GETATTRIBUTE | tflag::HAS_GETATTR | tflag::CUSTOM_SETATTR)
            && typeobj::lookup_str(cls, "__setstate__").is_none();
        let p = (native_new, native_state);
        self.plain.insert(cls.addr(), p);
        p
    }

    /// `cls.__new__(cls)` (what `copyreg.__newobj__` does for a plain instance).
    fn instance(&mut self, vm: &mut Vm, cls: Val) -> PyResult<Value> {
        let c = self.val(cls)?;
        let Some(ty) = as_type(&c).cloned() else {
            return Err(self.bad(format_args!(
                "an instance's class must be a type, not {}",
                type_name_of(&c)
            )));
        };
        if self.plain(&ty).0 {
            return Ok(Value::obj(weft_vm::interp::typecall::new_instance(&ty)));
        }
        let new = attr::getattr(vm, &c, "__new__")?;
        call::call_value(vm, &new, vec![c])
    }

    /// `cls.__new__(cls, *args, **kwargs)`, with pickle's checks.
    fn new_obj(
        &mut self,
        vm: &mut Vm,
        cls: Val,
        args: &[Val],
        kwargs: Option<Val>,
        op: &str,
    ) -> PyResult<Value> {
        let c = self.val(cls)?;
        if as_type(&c).is_none() {
            return Err(self.bad(format_args!(
                "{op} class argument must be a type, not {}",
                type_name_of(&c)
            )));
        }
        let kwargs = match kwargs {
            Some(k) => {
                let k = self.val(k)?;
                if dict::as_dict(&k).is_none() {
                    return Err(self.bad(format_args!(
                        "{op} kwargs argument must be a dict, not {}",
                        type_name_of(&k)
                    )));
                }
                k
            }
            None => Value::NULL,
        };
        let mut all = Vec::with_capacity(args.len() + 1);
        all.push(c.clone());
        all.extend(self.vals(args)?);
        let new = attr::getattr(vm, &c, "__new__")?;
        let flow = call::call_ex(vm, &new, tuple::new_tuple(all), kwargs)?;
        call::run_flow(vm, flow)
    }

    /// pickle's APPENDS.
    fn extend(&mut self, vm: &mut Vm, target: u32, items: &[Val]) -> PyResult<()> {
        let t = self.obj(target)?;
        let items = self.vals(items)?;
        pickle_state::extend_items(vm, &t, items)
    }

    /// pickle's SETITEMS.
    fn set_items(&mut self, vm: &mut Vm, target: u32, items: &[Val]) -> PyResult<()> {
        if !items.len().is_multiple_of(2) {
            return Err(self.bad("odd number of items for SetItems"));
        }
        let t = self.obj(target)?;
        let exact = t.as_obj().is_some_and(|o| o.ty().is(&types().dict));
        for pair in items.chunks_exact(2) {
            let (k, v) = (self.val(pair[0])?, self.val(pair[1])?);
            match dict::as_dict(&t) {
                // Keys whose hash and equality need no Python code go straight in.
                Some(d) if exact => match d.set_fast(&k, v) {
                    Ok(()) => {}
                    Err(v) => d.set(vm, k, v)?,
                },
                _ => protocols::setitem_call(vm, t.clone(), k, v)?,
            }
        }
        Ok(())
    }

    /// pickle's ADDITEMS.
    fn add_items(&mut self, vm: &mut Vm, target: u32, items: &[Val]) -> PyResult<()> {
        let t = self.obj(target)?;
        let items = self.vals(items)?;
        pickle_state::add_items(vm, &t, items)
    }

    /// A plain instance's `__dict__` and slots: stored into its map and slots when nothing can
    /// intercept, else as the state of a BUILD (`dict or None`, paired with the slots' dict when
    /// there are slots), which is what pickle would have.
    fn attrs(&mut self, vm: &mut Vm, target: u32, items: &[Val], slots: &[Val]) -> PyResult<()> {
        if !items.len().is_multiple_of(2) || !slots.len().is_multiple_of(2) {
            return Err(self.bad("odd number of items for Attrs"));
        }
        let t = self.obj(target)?;
        let native = match t.as_obj() {
            Some(o) if o.attrs().is_some() => {
                let ty = o.ty().clone();
                self.plain(&ty).1 && (items.is_empty() || tdata(&ty).has(tflag::HAS_DICT))
            }
            _ => false,
        };
        let Some(o) = t.as_obj().filter(|_| native).cloned() else {
            let state = match items.is_empty() {
                true => Value::NONE,
                false => self.dict_of_pairs(vm, items)?,
            };
            let state = match slots.is_empty() {
                true => state,
                false => tuple::new_tuple(vec![state, self.dict_of_pairs(vm, slots)?]),
            };
            return build(vm, &t, state);
        };
        for pair in items.chunks_exact(2) {
            let v = self.val(pair[1])?;
            let stored = match self.name(pair[0])? {
                Ok(name) => instance::set(&o, &name, v),
                Err(k) => match instance::dict_of(&o) {
                    Some(d) => match d.downcast::<dict::Dict>() {
                        Some(dd) => {
                            dd.set(vm, k, v)?;
                            true
                        }
                        None => false,
                    },
                    None => false,
                },
            };
            if !stored {
                return Err(self.bad("an instance without a __dict__ was given attributes"));
            }
        }
        for pair in slots.chunks_exact(2) {
            let v = self.val(pair[1])?;
            let name = match self.name(pair[0])? {
                Ok(name) => name,
                Err(k) => {
                    return Err(error::type_error(format!(
                        "attribute name must be string, not '{}'",
                        type_name_of(&k)
                    )))
                }
            };
            let member = typeobj::lookup(o.ty(), &name);
            let index = member
                .as_ref()
                .and_then(weft_vm::objects::descriptors_native::as_member)
                .map(|m| m.index);
            if !index.is_some_and(|i| instance::slot_set(&o, i, v.clone())) {
                let n = pystr::as_str(&Value::obj(name))
                    .unwrap_or_default()
                    .to_string();
                attr::setattr(vm, &t, &n, v)?;
            }
        }
        Ok(())
    }

    /// An attribute name, interned (and the interned str put in place of the data's, so that
    /// later instances find it interned at once); `Err` with the value when it is not a str.
    fn name(&mut self, v: Val) -> PyResult<Result<ObjRef, Value>> {
        let k = self.val(v)?;
        match k.as_obj() {
            Some(ko) if ko.ty().is(&types().str) => {
                let name = pystr::intern_obj(ko);
                if let Val::Obj(i) = v {
                    if let Some(slot) = self.objs.get_mut(i as usize) {
                        *slot = Value::obj(name.clone());
                    }
                }
                Ok(Ok(name))
            }
            _ => Ok(Err(k)),
        }
    }

    /// A new dict of keys and values, alternating.
    fn dict_of_pairs(&self, vm: &mut Vm, pairs: &[Val]) -> PyResult<Value> {
        let d = dict::new_dict();
        if let Some(dd) = d.downcast::<dict::Dict>() {
            for pair in pairs.chunks_exact(2) {
                dd.set(vm, self.val(pair[0])?, self.val(pair[1])?)?;
            }
        }
        Ok(Value::obj(d))
    }
}

/// pickle's BUILD, a malformed state being a `CheckpointError`.
fn build(vm: &mut Vm, inst: &Value, state: Value) -> PyResult<()> {
    pickle_state::build(vm, inst, state, |m| checkpoint_error(m))
}
