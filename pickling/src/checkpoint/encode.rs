//! The encoder: walks an object graph with an explicit stack of frames (never Rust recursion, so a
//! list nested a million deep is just a long stack) and appends one record per object to the
//! payload. A memo keyed by identity makes a shared object one record and lets cycles close.
//!
//! The common types are written natively, with no Python call: atoms, str, bytes, containers,
//! classes by name, and instances of plain Python classes (those whose pickling is
//! `object.__reduce_ex__`'s default), whose attributes are read from their map and slots directly.
//! Anything else is reduced as pickle reduces it (`reduce.rs`): functions too, which reduce to their
//! name when their module has them and by value otherwise (lambdas, closures).
use super::path::{self, Step};
use super::record::{Blob, Rec, Val};
use std::borrow::Cow;
use weft_vm::heap::{Kind, ObjRef, Value};
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::{import, Vm};
use weft_vm::objects::typeobj::{self, tdata, tflag};
use weft_vm::objects::{
    bytearray, bytes, complex, dict, float, instance, int, list, set, str as pystr, tuple, types,
};

pub(crate) use weft_vm::heap::addr_map::AddrMap;

/// How many times one reduction may be under way at once. Pickle reduces an object a second time
/// when its arguments lead back to it through objects already memoised, and uses whichever copy
/// was memoised first; a reduction whose arguments contain the object itself never ends, so it is
/// refused here. (A tuple can be rebuilt a second time the same way, but never a third: what led
/// back to it is memoised by then.)
const MAX_REENTRY: u8 = 4;

/// What a frame is building; its children are the frame's `items`.
pub(super) enum Build {
    /// Items of list `n` (already defined): written as an `Extend` when they are done.
    List(u32),
    /// Keys and values, alternating, of dict `n`.
    Dict(u32),
    /// Elements of set `n`.
    Set(u32),
    Tuple,
    FrozenSet,
    /// Names and values, alternating, of instance `n`'s `__dict__` (the first `.1` items), then
    /// of its set slots.
    Attrs(u32, usize),
    /// A reduction's callable (or class) and arguments; `tail` is what follows once the object
    /// is made.
    Call(super::reduce::How, Option<Box<super::reduce::Tail>>),
    /// A reduction's list items, dict items, state and state setter, for object `n`.
    Tail(u32, super::reduce::TailShape),
}

pub(super) struct Frame {
    /// The object being written (kept alive: the memo is keyed by its address).
    pub(super) obj: Value,
    pub(super) build: Build,
    pub(super) items: Vec<Value>,
    pub(super) pos: usize,
    /// Where this frame's children's values start on `vals`.
    pub(super) base: usize,
}

pub(crate) struct Encoder {
    pub(super) out: Vec<u8>,
    /// Address → object index, for every object defined so far that has an identity to keep.
    memo: AddrMap<u32>,
    /// The memoised objects, alive until the end: a freed temporary's address could come back.
    keep: Vec<Value>,
    /// Objects defined so far (the index the next defining record gets).
    defined: u32,
    /// Records written so far.
    records: u64,
    /// The values of the children of the frames on the stack.
    vals: Vec<Val>,
    pub(super) stack: Vec<Frame>,
    /// Per class: the slot plan of its instances when they take the native path (see
    /// `plain_class`).
    plain: AddrMap<Option<usize>>,
    /// Slot plans: each set slot's name and index, in the order `copyreg._slotnames` lists them.
    plans: Vec<Vec<(Value, usize)>>,
    /// Address → how many reductions of that object are under way (see `MAX_REENTRY`).
    in_progress: AddrMap<u8>,
    /// Reductions whose arguments are being written, one inside another's.
    calls: usize,
    pub(super) dispatch_table: Value,
    /// The plain instance whose class is being written (errors name the instance).
    pub(super) instance_of: Option<Value>,
    object_methods: [Option<Value>; 3],
}

/// Bytes reserved at the start of the output: the header, then room for the record count.
pub(crate) const RESERVED: usize = super::header::HEADER_LEN + 10;

impl Encoder {
    pub(crate) fn new(vm: &mut Vm) -> PyResult<Encoder> {
        let copyreg = import::import_abs(vm, "copyreg")?;
        let dispatch_table = weft_vm::interp::attr::getattr(vm, &copyreg, "dispatch_table")?;
        let od = &tdata(&types().object).dict;
        let mut out = Vec::with_capacity(1 << 16);
        out.resize(RESERVED, 0);
        Ok(Encoder {
            out,
            memo: AddrMap::default(),
            keep: Vec::new(),
            defined: 0,
            records: 0,
            vals: Vec::new(),
            stack: Vec::new(),
            plain: AddrMap::default(),
            plans: Vec::new(),
            in_progress: AddrMap::default(),
            calls: 0,
            dispatch_table,
            instance_of: None,
            object_methods: [
                od.get_rs("__reduce_ex__"),
                od.get_rs("__reduce__"),
                od.get_rs("__getstate__"),
            ],
        })
    }

    /// Encodes the graph of `root`; returns the output (`RESERVED` bytes left for the header and the record count, see
    /// `record::close_table`), the
    /// number of records and the root's value.
    pub(crate) fn run(mut self, vm: &mut Vm, root: &Value) -> PyResult<(Vec<u8>, u64, Val)> {
        let root_val = match self.visit(vm, root.clone())? {
            Some(v) => v,
            None => {
                self.drive(vm)?;
                self.vals.pop().unwrap_or(Val::None)
            }
        };
        Ok((self.out, self.records, root_val))
    }

    /// Runs frames until the stack is empty.
    fn drive(&mut self, vm: &mut Vm) -> PyResult<()> {
        while let Some(top) = self.stack.last_mut() {
            // Atoms and objects already written need no call: the common case, done in place.
            while let Some(v) = top.items.get(top.pos).and_then(|c| quick(c, &self.memo)) {
                self.vals.push(v);
                top.pos += 1;
            }
            if let Some(child) = top.items.get(top.pos).cloned() {
                top.pos += 1;
                if let Some(v) = self.visit(vm, child)? {
                    self.vals.push(v);
                }
                continue;
            }
            let Some(frame) = self.stack.pop() else { break };
            if let Some(v) = self.finish(frame)? {
                self.vals.push(v);
            }
        }
        Ok(())
    }

    /// Appends a defining record and memoises `obj` (when given) as its object.
    pub(super) fn define(&mut self, rec: &Rec, obj: Option<&Value>) -> PyResult<u32> {
        write(&mut self.out, rec);
        self.records += 1;
        self.defined_now(obj)
    }

    /// Counts the defining record just written; memoises `obj` as its object.
    fn defined_now(&mut self, obj: Option<&Value>) -> PyResult<u32> {
        let idx = self.defined;
        self.defined = idx
            .checked_add(1)
            .ok_or_else(|| error::overflow_error("too many objects to checkpoint"))?;
        if let Some(r) = obj.and_then(Value::as_obj) {
            self.memo.insert(r.addr(), idx);
            self.keep.push(Value::obj(r.clone()));
        }
        Ok(idx)
    }

    pub(super) fn memo_get(&self, v: &Value) -> Option<u32> {
        v.as_obj().and_then(|o| self.memo.get(&o.addr()).copied())
    }

    /// Pushes a frame for `obj`'s children.
    pub(super) fn push(&mut self, obj: Value, build: Build, items: Vec<Value>) {
        self.stack.push(Frame {
            obj,
            build,
            items,
            pos: 0,
            base: self.vals.len(),
        });
    }

    /// Counts one more construction of `obj` under way; refuses a reduction that never ends.
    pub(super) fn enter(&mut self, vm: &mut Vm, obj: &Value) -> PyResult<()> {
        let Some(o) = obj.as_obj() else {
            return Ok(());
        };
        let n = self.in_progress.entry(o.addr()).or_insert(0);
        *n += 1;
        if *n > MAX_REENTRY {
            let at = self.path(vm);
            return Err(error::recursion_error(format!(
                "cannot checkpoint '{}' object at {at}: rebuilding it needs the object itself",
                weft_vm::interp::ops::type_name_of(obj)
            )));
        }
        Ok(())
    }

    /// One more reduction whose arguments are being written inside another's. Pickle recurses
    /// there, so it is bounded as pickle is, by the recursion limit: a reduction that returns a
    /// fresh object of its own kind among its arguments would otherwise never end.
    pub(super) fn enter_call(&mut self, vm: &mut Vm, obj: &Value) -> PyResult<()> {
        self.enter(vm, obj)?;
        if self.calls >= Vm::recursion_limit() {
            let at = self.path(vm);
            return Err(error::recursion_error(format!(
                "cannot checkpoint '{}' object at {at}: reductions nested more than {} deep \
                 (sys.getrecursionlimit())",
                weft_vm::interp::ops::type_name_of(obj),
                Vm::recursion_limit()
            )));
        }
        self.calls += 1;
        Ok(())
    }

    fn leave(&mut self, obj: &Value) {
        if let Some(o) = obj.as_obj() {
            if let Some(n) = self.in_progress.get_mut(&o.addr()) {
                if *n <= 1 {
                    self.in_progress.remove(&o.addr());
                } else {
                    *n -= 1;
                }
            }
        }
    }

    /// The value of `v`, or None when a frame was pushed to write its children first.
    pub(super) fn visit(&mut self, vm: &mut Vm, v: Value) -> PyResult<Option<Val>> {
        if v.is_none() {
            return Ok(Some(Val::None));
        }
        if let Some(b) = v.as_bool() {
            return Ok(Some(if b { Val::True } else { Val::False }));
        }
        if let Some(i) = v.as_int() {
            return Ok(Some(Val::Int(i)));
        }
        if let Some(x) = v.as_float() {
            return Ok(Some(Val::Float(x)));
        }
        let Some(o) = v.as_obj() else {
            return Ok(Some(Val::None));
        };
        if let Some(&i) = self.memo.get(&o.addr()) {
            return Ok(Some(Val::Obj(i)));
        }
        let t = types();
        let ty = o.ty();
        if ty.is(&t.str) {
            let data = pystr::as_bytes(&v).unwrap_or_default();
            return self
                .define(&Rec::Str(Blob(data)), Some(&v))
                .map(|i| Some(Val::Obj(i)));
        }
        if ty.is(&t.int) {
            if let Some(i) = int::to_i64(&v) {
                return Ok(Some(Val::Int(i)));
            }
            let big = int::to_big(&v).unwrap_or_default().to_signed_bytes_le();
            return self
                .define(&Rec::BigInt(Blob(&big)), None)
                .map(|i| Some(Val::Obj(i)));
        }
        if ty.is(&t.float) {
            return Ok(Some(Val::Float(float::to_f64(&v).unwrap_or(0.0))));
        }
        // Containers whose items are all atoms or written already (the common case at the
        // leaves) are written at once, with no frame and no copy of their items.
        if ty.is(&t.list) {
            let Some(l) = list::as_list(&v) else {
                return Ok(Some(Val::None));
            };
            let n = l.len().min(u32::MAX as usize) as u32;
            let idx = self.define(&Rec::List(n), Some(&v))?;
            let start = self.vals.len();
            if quick_all(&l.items.borrow(), &self.memo, &mut self.vals) {
                if self.vals.len() > start {
                    let items = Cow::Borrowed(&self.vals[start..]);
                    write(&mut self.out, &Rec::Extend { target: idx, items });
                    self.records += 1;
                }
                self.vals.truncate(start);
                return Ok(Some(Val::Obj(idx)));
            }
            self.vals.truncate(start);
            let items = l.items.borrow().clone();
            self.push(v, Build::List(idx), items);
            return Ok(None);
        }
        if ty.is(&t.dict) {
            let Some(d) = dict::as_dict(&v) else {
                return Ok(Some(Val::None));
            };
            let n = d.len().min(u32::MAX as usize) as u32;
            let idx = self.define(&Rec::Dict(n), Some(&v))?;
            let start = self.vals.len();
            let mut all = true;
            let (memo, vals) = (&self.memo, &mut self.vals);
            d.for_each(|k, x| {
                if all {
                    match (quick(k, memo), quick(x, memo)) {
                        (Some(a), Some(b)) => vals.extend([a, b]),
                        _ => all = false,
                    }
                }
            });
            if all {
                if self.vals.len() > start {
                    let items = Cow::Borrowed(&self.vals[start..]);
                    write(&mut self.out, &Rec::SetItems { target: idx, items });
                    self.records += 1;
                }
                self.vals.truncate(start);
                return Ok(Some(Val::Obj(idx)));
            }
            self.vals.truncate(start);
            let mut items = Vec::with_capacity(d.len() * 2);
            d.for_each(|k, x| items.extend([k.clone(), x.clone()]));
            self.push(v, Build::Dict(idx), items);
            return Ok(None);
        }
        if ty.is(&t.tuple) {
            let items = tuple::as_tuple(&v).unwrap_or_default();
            let start = self.vals.len();
            if quick_all(items, &self.memo, &mut self.vals) {
                write(
                    &mut self.out,
                    &Rec::Tuple(Cow::Borrowed(&self.vals[start..])),
                );
                self.records += 1;
                self.vals.truncate(start);
                return self.defined_now(Some(&v)).map(|i| Some(Val::Obj(i)));
            }
            self.vals.truncate(start);
            let items = items.to_vec();
            self.push(v, Build::Tuple, items);
            return Ok(None);
        }
        if ty.is(&t.set) || ty.is(&t.frozenset) {
            let items = set::as_set(&v).map(|s| s.keys()).unwrap_or_default();
            if ty.is(&t.frozenset) {
                self.push(v, Build::FrozenSet, items);
                return Ok(None);
            }
            let n = items.len().min(u32::MAX as usize) as u32;
            let idx = self.define(&Rec::Set(n), Some(&v))?;
            if items.is_empty() {
                return Ok(Some(Val::Obj(idx)));
            }
            self.push(v, Build::Set(idx), items);
            return Ok(None);
        }
        if ty.is(&t.bytes) {
            let data = bytes::as_bytes(&v).unwrap_or_default();
            return self
                .define(&Rec::Bytes(Blob(data)), Some(&v))
                .map(|i| Some(Val::Obj(i)));
        }
        if ty.is(&t.bytearray) {
            let data = o
                .downcast::<bytearray::ByteArray>()
                .map(|b| b.data.borrow().clone())
                .unwrap_or_default();
            return self
                .define(&Rec::ByteArray(Blob(&data)), Some(&v))
                .map(|i| Some(Val::Obj(i)));
        }
        if ty.is(&t.complex) {
            let (re, im) = complex::as_complex(&v).unwrap_or((0.0, 0.0));
            return self
                .define(&Rec::Complex(re, im), Some(&v))
                .map(|i| Some(Val::Obj(i)));
        }
        if ty.is(&t.type_) {
            return self.global(vm, &v, None);
        }
        if ty.is(&t.module) {
            return self.module(vm, &v).map(Some);
        }
        let ty = ty.clone();
        if let Some(plan) = self.plain_class(vm, &ty)? {
            return self.instance(vm, v, &ty, plan);
        }
        self.reduce(vm, v, &ty)
    }

    /// An instance of a plain class: `Instance(cls)`, then its `__dict__` and set slots (slot
    /// plan `plan`, see `plain_class`) as `Attrs`.
    fn instance(
        &mut self,
        vm: &mut Vm,
        v: Value,
        ty: &ObjRef,
        plan: usize,
    ) -> PyResult<Option<Val>> {
        // The class is in the memo after its first instance.
        self.instance_of = Some(v.clone());
        let cls = self.visit(vm, Value::obj(ty.clone()));
        self.instance_of = None;
        let Some(cls) = cls? else {
            return Err(error::system_error("checkpoint: class written late"));
        };
        let idx = self.define(&Rec::Instance(cls), Some(&v))?;
        let Some(o) = v.as_obj() else {
            return Ok(Some(Val::Obj(idx)));
        };
        let mut items = instance::attr_items(o).unwrap_or_default();
        let ndict = items.len();
        for (name, i) in self.plans.get(plan).map(Vec::as_slice).unwrap_or(&[]) {
            let x = instance::slot_get(o, *i);
            if !x.is_null() {
                items.push(name.clone());
                items.push(x);
            }
        }
        if items.is_empty() {
            return Ok(Some(Val::Obj(idx)));
        }
        self.push(v, Build::Attrs(idx, ndict), items);
        Ok(None)
    }

    /// Whether instances of `ty` pickle by `object.__reduce_ex__(4)`'s default with no Python code
    /// run, and then its slot plan (an index into `plans`): a Python class of plain layout, which
    /// overrides none of the pickling or attribute-lookup hooks, is not in
    /// `copyreg.dispatch_table`, and whose `__slots__` (if any) are all plain members. Their
    /// reduction is then `(copyreg.__newobj__, (cls,), state)`, the state the `__dict__` (or
    /// None) paired with the set slots when there are any, which the native path writes directly.
    fn plain_class(&mut self, vm: &mut Vm, ty: &ObjRef) -> PyResult<Option<usize>> {
        if let Some(&p) = self.plain.get(&ty.addr()) {
            return Ok(p);
        }
        let td = tdata(ty);
        let mut p = td.has(tflag::HEAPTYPE)
            && !td.has(tflag::CUSTOM_GETATTRIBUTE | tflag::HAS_GETATTR)
            && td.layout == Kind::Object;
        if p {
            let names = ["__reduce_ex__", "__reduce__", "__getstate__"];
            for (name, base) in names.iter().zip(&self.object_methods) {
                let own = typeobj::lookup_str(ty, name);
                let same = matches!((&own, base), (Some(a), Some(b)) if a.bits() == b.bits());
                p &= same;
            }
            p &= typeobj::lookup_str(ty, "__getnewargs_ex__").is_none()
                && typeobj::lookup_str(ty, "__getnewargs__").is_none();
        }
        if p {
            let key = Value::obj(ty.clone());
            p = match dict::as_dict(&self.dispatch_table) {
                Some(d) => d.get(vm, &key)?.is_none(),
                None => false,
            };
        }
        let plan = match p {
            true => slot_plan(ty).map(|plan| {
                self.plans.push(plan);
                self.plans.len() - 1
            }),
            false => None,
        };
        self.keep.push(Value::obj(ty.clone()));
        self.plain.insert(ty.addr(), plan);
        Ok(plan)
    }

    /// A frame's children are written: the record that uses them.
    fn finish(&mut self, frame: Frame) -> PyResult<Option<Val>> {
        let base = frame.base.min(self.vals.len());
        let is_call = matches!(frame.build, Build::Call(..));
        let kids = &self.vals[base..];
        let items = Cow::Borrowed(kids);
        // What the frame leaves: a value for its parent, or a freshly defined object (with the
        // rest of a reduction still to write).
        let mut tail = None;
        let done = match frame.build {
            Build::List(n) => {
                write(&mut self.out, &Rec::Extend { target: n, items });
                Some(Val::Obj(n))
            }
            Build::Dict(n) => {
                write(&mut self.out, &Rec::SetItems { target: n, items });
                Some(Val::Obj(n))
            }
            Build::Set(n) => {
                write(&mut self.out, &Rec::AddItems { target: n, items });
                Some(Val::Obj(n))
            }
            Build::Attrs(n, ndict) => {
                let (dict, slots) = kids.split_at(ndict.min(kids.len()));
                let (items, slots) = (Cow::Borrowed(dict), Cow::Borrowed(slots));
                write(
                    &mut self.out,
                    &Rec::Attrs {
                        target: n,
                        items,
                        slots,
                    },
                );
                Some(Val::Obj(n))
            }
            Build::Tail(n, shape) => {
                self.records += shape.write(&mut self.out, n, kids);
                self.vals.truncate(base);
                return Ok(Some(Val::Obj(n)));
            }
            // Its items led back to it and a copy was made meanwhile: that copy is the object
            // (and the rest of a reduction was written with it).
            _ if self.memo_get(&frame.obj).is_some() => {
                if is_call {
                    self.calls = self.calls.saturating_sub(1);
                    self.leave(&frame.obj);
                }
                self.vals.truncate(base);
                return Ok(self.memo_get(&frame.obj).map(Val::Obj));
            }
            Build::Tuple => {
                write(&mut self.out, &Rec::Tuple(items));
                None
            }
            Build::FrozenSet => {
                write(&mut self.out, &Rec::FrozenSet(items));
                None
            }
            Build::Call(how, t) => {
                self.calls = self.calls.saturating_sub(1);
                write(&mut self.out, &how.record(kids));
                tail = t;
                None
            }
        };
        self.records += 1;
        self.vals.truncate(base);
        if done.is_some() {
            return Ok(done);
        }
        if is_call {
            self.leave(&frame.obj);
        }
        let idx = self.defined_now(Some(&frame.obj))?;
        match tail {
            Some(t) if !t.is_empty() => {
                let (shape, items) = (*t).into_items();
                self.push(frame.obj, Build::Tail(idx, shape), items);
                Ok(None)
            }
            _ => Ok(Some(Val::Obj(idx))),
        }
    }

    /// `obj['jobs'][3].lock`: where the object being visited now hangs from the root.
    pub(super) fn path(&self, vm: &mut Vm) -> String {
        let mut out = String::from("obj");
        // A path thousands of steps long says no more than its two ends.
        let n = self.stack.len();
        for (i, f) in self.stack.iter().enumerate() {
            if n > 12 && (4..n - 4).contains(&i) {
                if i == 4 {
                    out.push_str(&format!("…({} steps)…", n - 8));
                }
                continue;
            }
            let j = f.pos.saturating_sub(1);
            let step = match &f.build {
                Build::List(_) | Build::Tuple => Step::Item(j),
                Build::Dict(_) => super::reduce::dict_step(&f.items, j, 0),
                Build::Set(_) | Build::FrozenSet => Step::Element(j),
                Build::Attrs(..) => match f.items.get(j - j % 2) {
                    Some(k) => Step::Attr(k),
                    None => Step::Item(j),
                },
                Build::Call(how, _) => Step::Reduction(how.suffix(j)),
                Build::Tail(_, shape) => shape.step(&f.items, j),
            };
            path::render(vm, step, &mut out);
        }
        out
    }
}

/// Appends `rec` to `out` (postcard's encoding, see `wire`).
pub(super) fn write(out: &mut Vec<u8>, rec: &Rec) {
    super::wire::put(out, rec);
}

/// The value of an atom or of an object already written, without a call.
#[inline]
fn quick(v: &Value, memo: &AddrMap<u32>) -> Option<Val> {
    if let Some(x) = v.as_float() {
        return Some(Val::Float(x));
    }
    if let Some(i) = v.as_int() {
        return Some(Val::Int(i));
    }
    match v.as_obj() {
        Some(o) => memo.get(&o.addr()).map(|&i| Val::Obj(i)),
        None if v.is_none() => Some(Val::None),
        None => v.as_bool().map(|b| if b { Val::True } else { Val::False }),
    }
}

/// The slots of `ty`'s instances as `copyreg._slotnames` lists them (each class of the MRO, most
/// derived first, its `__slots__` in order, private names mangled, `__dict__` and `__weakref__`
/// left out, a repeated name once), each with the attribute slot its member descriptor reads; None
/// when a `__slots__` is not a str, tuple or list or a name does not lead to a member (a property
/// of a subclass over it, say): pickle's `getattr` would then run code, so the reduction does.
fn slot_plan(ty: &ObjRef) -> Option<Vec<(Value, usize)>> {
    let mut plan: Vec<(Value, usize)> = Vec::new();
    if tdata(ty).slot_names.borrow().is_empty() {
        return Some(plan);
    }
    for c in tdata(ty).mro.borrow().iter() {
        let Some(slots) = tdata(c).dict.get_rs("__slots__") else {
            continue;
        };
        let names = if pystr::as_str_obj(&slots).is_some() {
            vec![slots]
        } else if let Some(t) = tuple::as_tuple(&slots) {
            t.to_vec()
        } else {
            list::as_list(&slots)?.items.borrow().clone()
        };
        let cname = typeobj::type_name(c);
        for n in names {
            let s = pystr::as_str(&n)?;
            if s == "__dict__" || s == "__weakref__" {
                continue;
            }
            let key = pystr::intern(&weft_vm::interp::typecall::mangle(&cname, s));
            if plan
                .iter()
                .any(|(k, _)| k.bits() == Value::obj(key.clone()).bits())
            {
                continue;
            }
            let member = typeobj::lookup(ty, &key)?;
            let index = weft_vm::objects::descriptors_native::as_member(&member)?.index;
            plan.push((Value::obj(key), index));
        }
    }
    Some(plan)
}

/// Pushes the values of `items` when all of them are atoms or written already; false (with some
/// pushed, for the caller to drop) at the first that is not.
fn quick_all(items: &[Value], memo: &AddrMap<u32>, vals: &mut Vec<Val>) -> bool {
    vals.reserve(items.len());
    for it in items {
        match quick(it, memo) {
            Some(x) => vals.push(x),
            None => return false,
        }
    }
    true
}
