//! `type`: type objects, the MRO, attribute lookup through it with a global method cache, and instance layout.
use crate::heap::{Kind, ObjRef, Payload, Value};
use crate::objects::dict::Dict;
use crate::objects::str::Str;
use std::cell::{Cell, RefCell};

/// Type flags.
pub mod tflag {
    /// Created by a class statement or `type(...)` (attributes settable, instances may have `__dict__`).
    pub const HEAPTYPE: u32 = 1;
    /// May be subclassed.
    pub const BASETYPE: u32 = 2;
    /// Instances have an attribute area (a `__dict__`).
    pub const HAS_DICT: u32 = 4;
    /// Defines or inherits `__del__`.
    pub const HAS_DEL: u32 = 8;
    /// Overrides `__getattribute__` (not `object`'s).
    pub const CUSTOM_GETATTRIBUTE: u32 = 16;
    /// Defines or inherits a Python-level `__getattr__`.
    pub const HAS_GETATTR: u32 = 32;
    /// Overrides `__setattr__` or `__delattr__`.
    pub const CUSTOM_SETATTR: u32 = 64;
    /// Is `BaseException` or a subclass.
    pub const EXCEPTION: u32 = 128;
    /// Abstract methods pending (`__abstractmethods__` non-empty).
    pub const ABSTRACT: u32 = 256;
    /// `int` or a subclass, `str` or subclass, ... fast checks for common bases.
    pub const INT_SUBCLASS: u32 = 1 << 10;
    pub const STR_SUBCLASS: u32 = 1 << 11;
    pub const TUPLE_SUBCLASS: u32 = 1 << 12;
    pub const LIST_SUBCLASS: u32 = 1 << 13;
    pub const DICT_SUBCLASS: u32 = 1 << 14;
    pub const TYPE_SUBCLASS: u32 = 1 << 15;
    /// Defines `__hash__ = None`, or `__eq__` without `__hash__`.
    pub const UNHASHABLE: u32 = 1 << 16;
    /// Is a generic user class whose special methods must be looked up (not a builtin's fast path).
    pub const USER_SPECIALS: u32 = 1 << 17;
    /// `__init__` assigns no attributes to `self` (found once, by `TypeData::inline_capacity`).
    pub const NO_INIT_ATTRS: u32 = 1 << 18;
    /// A native sequence type outside the VM (`collections.deque`, `array.array`): `match` treats
    /// its instances as sequences (CPython's `Py_TPFLAGS_SEQUENCE`).
    pub const SEQUENCE: u32 = 1 << 19;
}

/// Hidden classes for instances: each map is an ordered list of attribute names; adding an attribute moves
/// an instance to the child map. Map 0 is the empty map; `DICT_MODE` marks an instance whose attributes live
/// in a real dict held in slot 0.
pub struct Maps {
    pub maps: Vec<Map>,
}

pub const DICT_MODE: u32 = u32::MAX;

pub struct Map {
    /// Interned attribute names, in slot order.
    pub names: Vec<ObjRef>,
    /// (name, child map id) transitions.
    pub children: Vec<(ObjRef, u32)>,
}

/// The payload of type objects.
pub struct TypeData {
    pub name: RefCell<String>,
    pub qualname: RefCell<String>,
    pub bases: RefCell<Vec<ObjRef>>,
    pub mro: RefCell<Vec<ObjRef>>,
    /// The solid base (`__base__`): the nearest base whose instance layout this type extends.
    pub base: RefCell<Option<ObjRef>>,
    /// The type's namespace, held inline (`__dict__` is a mappingproxy over it).
    pub dict: Dict,
    pub flags: Cell<u32>,
    /// Payload kind of instances.
    pub layout: Kind,
    /// Names of `__slots__` members (each gets a fixed attribute slot, before map slots).
    pub slot_names: RefCell<Vec<ObjRef>>,
    pub maps: RefCell<Maps>,
    /// The most attributes an instance of this type has held in its map (0: none seen yet); new instances get
    /// that many inline slots.
    pub attr_hint: Cell<u16>,
    pub instances_made: Cell<u32>,
    /// Weakly held subclasses (addresses), for `__subclasses__`.
    pub subclasses: RefCell<Vec<crate::heap::WeakHandle>>,
    pub doc: RefCell<Option<String>>,
    /// A builtin type's name as the program text gave it (empty for classes made at run time): what a
    /// call of the type is named by when a continuation stopped inside it cannot be pickled
    /// (`Vm::native_name`).
    pub native_name: &'static str,
}

impl Drop for TypeData {
    /// Caches are keyed by type address: a later type at the same address must not hit them.
    fn drop(&mut self) {
        invalidate_caches();
    }
}

impl Payload for TypeData {
    const KIND: Kind = Kind::Type;
}

impl TypeData {
    pub fn new(name: &str, layout: Kind, flags: u32) -> TypeData {
        TypeData {
            name: RefCell::new(name.to_string()),
            qualname: RefCell::new(name.to_string()),
            bases: RefCell::new(Vec::new()),
            mro: RefCell::new(Vec::new()),
            base: RefCell::new(None),
            dict: Dict::default(),
            flags: Cell::new(flags),
            layout,
            slot_names: RefCell::new(Vec::new()),
            maps: RefCell::new(Maps {
                maps: vec![Map {
                    names: Vec::new(),
                    children: Vec::new(),
                }],
            }),
            attr_hint: Cell::new(0),
            instances_made: Cell::new(0),
            subclasses: RefCell::new(Vec::new()),
            doc: RefCell::new(None),
            native_name: "",
        }
    }

    /// A builtin type's data ([`TypeData::native_name`] set).
    pub fn native(name: &'static str, layout: Kind, flags: u32) -> TypeData {
        let mut td = TypeData::new(name, layout, flags);
        td.native_name = name.rsplit('.').next().unwrap_or(name);
        td
    }

    pub fn has(&self, f: u32) -> bool {
        self.flags.get() & f != 0
    }
    pub fn set(&self, f: u32, on: bool) {
        let v = self.flags.get();
        self.flags.set(if on { v | f } else { v & !f });
    }
}

/// The `TypeData` of a type object. Panics are impossible for callers that pass `obj.ty()`; for arbitrary
/// values use `as_type`.
#[inline]
pub fn tdata(ty: &ObjRef) -> &TypeData {
    match ty.downcast::<TypeData>() {
        Some(t) => t,
        None => &crate::objects::types().object_data_fallback,
    }
}

pub fn as_type(v: &Value) -> Option<&ObjRef> {
    v.as_obj().filter(|o| o.kind() == Kind::Type)
}

/// A builtin type created after start-up by another crate (`itertools.count`): immortal, a direct
/// subclass of `object`, with native payloads. A dotted `name` gives `__module__` and `__name__`.
pub fn new_native_type(name: &'static str, flags: u32) -> ObjRef {
    let t = crate::objects::types();
    let ty = crate::heap::alloc(&t.type_, TypeData::native(name, Kind::Native, flags), None);
    ty.make_immortal();
    let td = tdata(&ty);
    *td.base.borrow_mut() = Some(t.object.clone());
    *td.bases.borrow_mut() = vec![t.object.clone()];
    *td.mro.borrow_mut() = vec![ty.clone(), t.object.clone()];
    ty
}

pub fn type_name(ty: &ObjRef) -> String {
    tdata(ty).name.borrow().clone()
}

/// Whether `sub` is `sup` or derives from it (by MRO).
pub fn is_subtype(sub: &ObjRef, sup: &ObjRef) -> bool {
    if sub.is(sup) {
        return true;
    }
    let t = tdata(sub);
    let mro = t.mro.borrow();
    if mro.is_empty() {
        // During bootstrap: walk bases.
        return t.bases.borrow().iter().any(|b| is_subtype(b, sup));
    }
    mro.iter().any(|m| m.is(sup))
}

static CACHE: crate::heap::GilShared<RefCell<Vec<CacheEntry>>> =
    crate::heap::GilShared(RefCell::new(Vec::new()));

/// Bumped whenever any type changes. Types are shared by every thread, so one thread's change must
/// invalidate the caches of all (a relaxed load is a plain load: the GIL orders the accesses).
static EPOCH: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

struct CacheEntry {
    ty: usize,
    name: usize,
    epoch: u64,
    value: Option<Value>,
}

const CACHE_SIZE: usize = 4096;

/// Invalidates every cached lookup (a type's namespace or bases changed).
/// The current type epoch (see `invalidate_caches`).
#[inline]
pub fn epoch() -> u64 {
    EPOCH.load(std::sync::atomic::Ordering::Relaxed)
}

pub fn invalidate_caches() {
    EPOCH.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
}

/// Empties the lookup cache: its entries hold their values strongly, and a collection must not
/// mistake them for outside references (a class's dead methods would never be freed).
pub fn clear_lookup_cache() {
    let old = CACHE.with(|c| std::mem::take(&mut *c.borrow_mut()));
    drop(old);
}

/// Looks `name` (an interned str) up along the MRO of `ty`, as `_PyType_Lookup`.
pub fn lookup(ty: &ObjRef, name: &ObjRef) -> Option<Value> {
    let epoch = EPOCH.load(std::sync::atomic::Ordering::Relaxed);
    let h = (ty.addr() >> 4) ^ (name.addr() >> 3).wrapping_mul(31);
    let slot = h % CACHE_SIZE;
    let hit = CACHE.with(|c| {
        let c = c.borrow();
        c.get(slot).and_then(|e| {
            if e.ty == ty.addr() && e.name == name.addr() && e.epoch == epoch {
                Some(e.value.clone())
            } else {
                None
            }
        })
    });
    if let Some(v) = hit {
        return v;
    }
    let v = lookup_uncached(ty, name);
    CACHE.with(|c| {
        let mut c = c.borrow_mut();
        if c.is_empty() {
            c.resize_with(CACHE_SIZE, || CacheEntry {
                ty: 0,
                name: 0,
                epoch: 0,
                value: None,
            });
        }
        // The old entry's value is dropped after the store, outside any other borrow of the cache.
        let old = std::mem::replace(
            &mut c[slot],
            CacheEntry {
                ty: ty.addr(),
                name: name.addr(),
                epoch,
                value: v.clone(),
            },
        );
        drop(c);
        drop(old);
    });
    v
}

pub fn lookup_uncached(ty: &ObjRef, name: &ObjRef) -> Option<Value> {
    let t = tdata(ty);
    let mro = t.mro.borrow();
    for m in mro.iter() {
        if let Some(v) = tdata(m).dict.get_str(name) {
            return Some(v);
        }
    }
    None
}

/// Set once a class namespace holds a key that is not a str (`type('X', (), {key: v})`): from then on,
/// lookups that may run Python check for such keys hashing like the name.
static FOREIGN_KEYS: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Records that a class namespace holds a non-str key.
pub fn note_foreign_key() {
    FOREIGN_KEYS.store(true, std::sync::atomic::Ordering::Relaxed);
}

/// `lookup` for callers that may run Python code: a namespace key that is not a str but hashes like
/// `name` has its `__eq__` decide, along a snapshot of the MRO (that `__eq__` may change the bases),
/// as CPython's `find_name_in_mro`.
pub fn lookup_with_eq(
    vm: &mut crate::interp::Vm,
    ty: &ObjRef,
    name: &ObjRef,
) -> crate::interp::error::PyResult<Option<Value>> {
    if !FOREIGN_KEYS.load(std::sync::atomic::Ordering::Relaxed) {
        return Ok(lookup(ty, name));
    }
    let mro = tdata(ty).mro.borrow().clone();
    for m in &mro {
        let d = &tdata(m).dict;
        let found = if d.str_lookup_needs_eq(name) {
            d.get(vm, &Value::obj(name.clone()))?
        } else {
            d.get_str(name)
        };
        if found.is_some() {
            return Ok(found);
        }
    }
    Ok(None)
}

/// Looks up by a Rust string (interns it first).
pub fn lookup_str(ty: &ObjRef, name: &str) -> Option<Value> {
    let n = crate::objects::str::intern(name);
    lookup(ty, &n)
}

/// C3 linearisation of `bases` for a new type `ty`.
pub fn compute_mro(ty: &ObjRef, bases: &[ObjRef]) -> Result<Vec<ObjRef>, String> {
    for (i, b) in bases.iter().enumerate() {
        if bases[..i].iter().any(|p| p.is(b)) {
            return Err(format!("duplicate base class {}", type_name(b)));
        }
    }
    let mut seqs: Vec<Vec<ObjRef>> = bases
        .iter()
        .map(|b| tdata(b).mro.borrow().clone())
        .collect();
    seqs.push(bases.to_vec());
    let mut out = vec![ty.clone()];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut found = None;
        for s in &seqs {
            let cand = &s[0];
            if !seqs.iter().any(|o| o[1..].iter().any(|x| x.is(cand))) {
                found = Some(cand.clone());
                break;
            }
        }
        match found {
            Some(c) => {
                for s in seqs.iter_mut() {
                    if s[0].is(&c) {
                        s.remove(0);
                    }
                }
                out.push(c);
            }
            None => {
                let mut names: Vec<String> = Vec::new();
                for s in &seqs {
                    let n = type_name(&s[0]);
                    if !names.contains(&n) {
                        names.push(n);
                    }
                }
                return Err(format!(
                    "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                    names.join(", ")
                ));
            }
        }
    }
}

/// The str name of a type, as a Python-visible `Str` (for messages).
pub fn name_str(ty: &ObjRef) -> Str {
    Str::new(&type_name(ty))
}

use crate::interp::error::{self, PyResult};
use crate::interp::ops::type_name_of;
use crate::interp::{Flow, Vm};
use crate::objects::builtin::Args;
use crate::objects::{list, str as pystr, tuple, types};

fn this_type<'a>(args: &'a Args) -> PyResult<&'a ObjRef> {
    let v = args.this()?;
    as_type(v).ok_or_else(|| {
        error::type_error(format!(
            "descriptor requires a 'type' object but received a '{}'",
            type_name_of(v)
        ))
    })
}

/// `type.__init__(cls, ...)`: checks the argument count only (a metaclass's `super().__init__(name,
/// bases, ns)` lands here).
fn type_init(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let n = args.len().saturating_sub(1);
    if n == 1 && args.has_kwargs() {
        return Err(error::type_error(
            "type.__init__() takes no keyword arguments",
        ));
    }
    if n != 1 && n != 3 {
        return Err(error::type_error("type.__init__() takes 1 or 3 arguments"));
    }
    Ok(Value::NONE)
}

fn type_new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let meta = this_type(args)?.clone();
    let rest = args.rest();
    let pos = rest.positional();
    if pos.len() == 1 && !rest.has_kwargs() && meta.is(&types().type_) {
        return Ok(Value::obj(crate::interp::ops::a_type(&pos[0])));
    }
    if pos.len() != 3 {
        return Err(error::type_error(
            "type.__new__() takes exactly 3 arguments (0 given)",
        ));
    }
    let name = pystr::as_str(&pos[0]).ok_or_else(|| {
        error::type_error(format!(
            "type.__new__() argument 1 must be str, not {}",
            type_name_of(&pos[0])
        ))
    })?;
    let bases_t = tuple::as_tuple(&pos[1]).ok_or_else(|| {
        error::type_error(format!(
            "type.__new__() argument 2 must be tuple, not {}",
            type_name_of(&pos[1])
        ))
    })?;
    if crate::objects::dict::as_dict(&pos[2]).is_none() {
        return Err(error::type_error(format!(
            "type.__new__() argument 3 must be dict, not {}",
            type_name_of(&pos[2])
        )));
    }
    // CPython keeps the name as UTF-8 (`type_new_set_name`): lone surrogates are refused.
    if pystr::as_str_obj(&pos[0]).is_some_and(pystr::Str::has_surrogates) {
        let text = pystr::as_bytes(&pos[0]).unwrap_or_default().to_vec();
        crate::objects::str::codec::encode(vm, &pos[0], &text, None, None)?;
    }
    // The most derived metaclass wins (computed before the bases are checked to be classes, as CPython's
    // `_PyType_CalculateMetaclass` does).
    let mut winner = meta.clone();
    for b in bases_t {
        let bm = crate::interp::ops::a_type(b);
        if is_subtype(&winner, &bm) {
            continue;
        }
        if is_subtype(&bm, &winner) {
            winner = bm;
            continue;
        }
        return Err(error::type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
        ));
    }
    // A more derived metaclass with its own `__new__` creates the class (`type('X', (Base,), {})`).
    if !winner.is(&meta) {
        let new = crate::interp::attr::getattr(vm, &Value::obj(winner.clone()), "__new__")?;
        let own = new
            .as_obj()
            .and_then(|o| o.downcast::<crate::objects::builtin::Builtin>())
            .is_some_and(|b| {
                std::ptr::fn_addr_eq(b.func, type_new as crate::objects::builtin::NativeFn)
            });
        if !own {
            let mut a = vec![Value::obj(winner.clone())];
            a.extend(pos.iter().cloned());
            let kw: Vec<(&str, Value)> = rest.kwargs().map(|(k, v)| (k, v.clone())).collect();
            return crate::interp::call::call_value_kw(vm, &new, a, kw);
        }
    }
    let mut bases = Vec::new();
    for b in bases_t {
        match as_type(b) {
            Some(t) => bases.push(t.clone()),
            None => {
                return Err(error::type_error(format!(
                    "type.__new__() argument 2 must be tuple of types, not {}",
                    type_name_of(b)
                )))
            }
        }
    }
    let kwargs: Vec<(String, Value)> = rest
        .kwargs()
        .map(|(k, v)| (k.to_string(), v.clone()))
        .collect();
    let cls = crate::interp::typecall::new_class(vm, &winner, name, bases, &pos[2], kwargs)?;
    Ok(Value::obj(cls))
}

fn type_call(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = this_type(args)?.clone();
    let rest = args.rest();
    let kwn = if rest.kwnames.is_empty() {
        Value::NULL
    } else {
        tuple::new_tuple(rest.kwnames.to_vec())
    };
    match crate::interp::typecall::call_type_default(vm, &cls, rest.all.to_vec(), &kwn)? {
        Flow::Value(v) => Ok(v),
        Flow::Frame(f) => {
            vm.pending_frame = Some(f);
            Ok(Value::NULL)
        }
        Flow::Pending => Ok(Value::NULL),
    }
}

fn type_repr(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let t = this_type(args)?;
    Ok(pystr::new_string(crate::interp::protocols::repr_type(t)))
}

fn type_mro(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let mro = crate::interp::type_bases::mro_implementation(this_type(args)?)?;
    Ok(list::new_list(mro.into_iter().map(Value::obj).collect()))
}

/// `type.__dir__`: the names in the class's namespace and its bases' (not the metaclass's).
fn type_dir(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let t = this_type(args)?;
    let names = crate::objects::dict::new_dict();
    let nd = names.downcast::<Dict>().expect("new dict");
    let mro = tdata(t).mro.borrow().clone();
    for m in mro.iter() {
        for k in tdata(m).dict.keys() {
            nd.set(vm, k, Value::NONE)?;
        }
    }
    Ok(list::new_list(nd.keys()))
}

fn type_subclasses(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let t = this_type(args)?;
    let subs: Vec<Value> = tdata(t)
        .subclasses
        .borrow()
        .iter()
        .filter_map(|w| w.upgrade())
        .map(Value::obj)
        .collect();
    Ok(list::new_list(subs))
}

fn type_instancecheck(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("__instancecheck__", 2)?;
    let t = this_type(args)?;
    let r = crate::interp::builtins_mod::recursive_isinstance(vm, &a[1], t)?;
    Ok(Value::bool(r))
}

fn type_subclasscheck(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("__subclasscheck__", 2)?;
    let t = this_type(args)?;
    let Some(sub) = as_type(&a[1]) else {
        return Err(error::type_error("issubclass() arg 1 must be a class"));
    };
    Ok(Value::bool(is_subtype(sub, t)))
}

/// The attribute name argument of `__setattr__`/`__delattr__`.
fn attr_name(v: &Value) -> PyResult<ObjRef> {
    match v.as_obj().filter(|o| o.kind() == Kind::Str) {
        Some(n) => Ok(pystr::intern_obj(n)),
        None => Err(error::type_error(format!(
            "attribute name must be string, not '{}'",
            type_name_of(v)
        ))),
    }
}

/// `type.__setattr__`: a class's own setter, which `object.__setattr__` may not stand in for.
fn type_setattr_method(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("__setattr__", 3)?;
    let t = this_type(args)?.clone();
    let name = attr_name(&a[1])?;
    crate::interp::typecall::type_setattr(vm, &t, &name, a[2].clone())?;
    Ok(Value::NONE)
}

fn type_delattr_method(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("__delattr__", 2)?;
    let t = this_type(args)?.clone();
    let name = attr_name(&a[1])?;
    crate::interp::typecall::type_delattr(vm, &t, &name)?;
    Ok(Value::NONE)
}

fn type_prepare(_vm: &mut Vm, _args: &Args) -> PyResult<Value> {
    Ok(Value::obj(crate::objects::dict::new_dict()))
}

fn type_or(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("__or__", 2)?;
    crate::interp::builtins_mod::union_type(vm, &a[0], &a[1])
}

fn type_ror(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("__ror__", 2)?;
    crate::interp::builtins_mod::union_type(vm, &a[1], &a[0])
}

fn g_type(v: &Value) -> PyResult<&ObjRef> {
    as_type(v).ok_or_else(|| error::type_error("descriptor needs a type"))
}

/// The value being stored into a special type attribute; deleting one is an error (CPython's
/// `check_set_special_type_attr`).
fn special_value(t: &ObjRef, name: &str, new: Option<Value>) -> PyResult<Value> {
    new.ok_or_else(|| {
        error::type_error(format!(
            "cannot delete '{name}' attribute of immutable type '{}'",
            type_name(t)
        ))
    })
}

/// A builtin type's `tp_name` may be dotted (`types.GenericAlias`): `__name__` is the last part and
/// `__module__` the rest.
fn split_builtin_name(t: &ObjRef) -> Option<(String, String)> {
    let td = tdata(t);
    if td.has(tflag::HEAPTYPE) {
        return None;
    }
    let name = td.name.borrow();
    let (m, n) = name.rsplit_once('.')?;
    Some((m.to_string(), n.to_string()))
}

fn get_name(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let t = g_type(v)?;
    if let Some((_, n)) = split_builtin_name(t) {
        return Ok(pystr::new_string(n));
    }
    Ok(pystr::new_string(tdata(t).name.borrow().clone()))
}
fn set_name(vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let t = g_type(v)?.clone();
    crate::interp::typecall::type_setattr(
        vm,
        &t,
        &pystr::intern("__name__"),
        special_value(&t, "__name__", new)?,
    )
}
/// A type's `__qualname__`: a builtin's dotted `tp_name` contributes its last part.
pub fn qualname(t: &ObjRef) -> String {
    match split_builtin_name(t) {
        Some((_, n)) => n,
        None => tdata(t).qualname.borrow().clone(),
    }
}

fn get_qualname(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let t = g_type(v)?;
    if let Some((_, n)) = split_builtin_name(t) {
        return Ok(pystr::new_string(n));
    }
    Ok(pystr::new_string(tdata(t).qualname.borrow().clone()))
}
fn set_qualname(vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let t = g_type(v)?.clone();
    crate::interp::typecall::type_setattr(
        vm,
        &t,
        &pystr::intern("__qualname__"),
        special_value(&t, "__qualname__", new)?,
    )
}
fn get_module(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let t = g_type(v)?;
    if let Some((m, _)) = split_builtin_name(t) {
        return Ok(pystr::new_string(m));
    }
    // `type`'s own namespace holds this getset under `__module__`.
    Ok(tdata(t)
        .dict
        .get_rs("__module__")
        .filter(|m| crate::objects::descriptors_native::as_getset(m).is_none())
        .unwrap_or_else(|| pystr::new_str("builtins")))
}
fn set_module(_vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let t = g_type(v)?;
    if !tdata(t).has(tflag::HEAPTYPE) {
        return Err(error::type_error(format!(
            "cannot set '__module__' attribute of immutable type '{}'",
            type_name(t)
        )));
    }
    let new = special_value(t, "__module__", new)?;
    tdata(t).dict.set_rs("__module__", new);
    invalidate_caches();
    Ok(())
}
fn get_bases(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(tuple::new_tuple(
        tdata(g_type(v)?)
            .bases
            .borrow()
            .iter()
            .cloned()
            .map(Value::obj)
            .collect(),
    ))
}
fn set_bases(vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let t = g_type(v)?.clone();
    let new = special_value(&t, "__bases__", new)?;
    crate::interp::type_bases::set_bases(vm, &t, new)
}
/// `__base__`: the base whose instance layout the class extends (CPython's `tp_base`).
fn get_base(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let t = g_type(v)?;
    let td = tdata(t);
    let b = td
        .base
        .borrow()
        .clone()
        .or_else(|| td.bases.borrow().first().cloned());
    Ok(b.map(Value::obj).unwrap_or(Value::NONE))
}
/// `__itemsize__`: the per-item size of CPython's variable-size builtin layouts (code that sizes
/// buffers from it, such as `2 ** (tuple.__itemsize__ * 8)`, expects these), inherited by subclasses.
fn get_itemsize(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let t = types();
    let sizes = [
        (&t.int, 4),
        (&t.tuple, 8),
        (&t.bytes, 1),
        (&t.memoryview, 8),
        (&t.type_, 40),
        (&t.code, 2),
        (&t.frame, 8),
        (&t.generator, 8),
        (&t.coroutine, 8),
        (&t.async_generator, 8),
    ];
    let mro = tdata(g_type(v)?).mro.borrow();
    let size = mro
        .iter()
        .find_map(|m| sizes.iter().find(|(b, _)| m.is(b)).map(|(_, n)| *n))
        .unwrap_or(0);
    Ok(crate::objects::int::from_i64(size))
}
/// `__mro__`: None while a metaclass's `mro()` computes it.
fn get_mro(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let mro = tdata(g_type(v)?).mro.borrow();
    if mro.is_empty() {
        return Ok(Value::NONE);
    }
    Ok(tuple::new_tuple(
        mro.iter().cloned().map(Value::obj).collect(),
    ))
}
fn get_tdict(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(dict_proxy(g_type(v)?))
}

/// `cls.__dict__`: a read-only mappingproxy over the class's namespace.
pub fn dict_proxy(t: &ObjRef) -> Value {
    Value::obj(crate::heap::alloc(
        &types().mappingproxy,
        crate::objects::mappingproxy::MappingProxy {
            target: Value::obj(t.clone()),
        },
        None,
    ))
}
fn get_doc(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let t = g_type(v)?;
    // A builtin type's own doc (CPython's tp_doc) wins over the `__doc__` descriptor its instances use.
    if !tdata(t).has(tflag::HEAPTYPE) {
        if let Some(doc) = crate::interp::builtin_docs::type_doc(&type_name(t)) {
            return Ok(pystr::new_str(doc));
        }
    }
    match tdata(t).dict.get_rs("__doc__") {
        Some(d) => match crate::interp::attr::descr_get(vm, &d, &Value::NULL, t)? {
            Some(f) => crate::interp::call::run_flow(vm, f),
            None => Ok(d),
        },
        None => Ok(Value::NONE),
    }
}
fn set_doc(_vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let t = g_type(v)?;
    if !tdata(t).has(tflag::HEAPTYPE) {
        return Err(error::type_error(format!(
            "cannot set '__doc__' attribute of immutable type '{}'",
            type_name(t)
        )));
    }
    let new = special_value(t, "__doc__", new)?;
    tdata(t).dict.set_rs("__doc__", new);
    invalidate_caches();
    Ok(())
}
/// A class's own annotations, never a base class's: created empty in its namespace on first access.
fn get_annotations(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let t = g_type(v)?;
    if !tdata(t).has(tflag::HEAPTYPE) {
        return Err(error::attribute_error(format!(
            "type object '{}' has no attribute '__annotations__'",
            type_name(t)
        )));
    }
    match tdata(t).dict.get_rs("__annotations__") {
        Some(a) => match crate::interp::attr::descr_get(vm, &a, &Value::NULL, t)? {
            Some(f) => crate::interp::call::run_flow(vm, f),
            None => Ok(a),
        },
        None => {
            let a = Value::obj(crate::objects::dict::new_dict());
            tdata(t).dict.set_rs("__annotations__", a.clone());
            invalidate_caches();
            Ok(a)
        }
    }
}
fn set_annotations(_vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    let t = g_type(v)?;
    if !tdata(t).has(tflag::HEAPTYPE) {
        return Err(error::type_error(format!(
            "cannot set '__annotations__' attribute of immutable type '{}'",
            type_name(t)
        )));
    }
    match new {
        Some(a) => tdata(t).dict.set_rs("__annotations__", a),
        None => {
            if tdata(t)
                .dict
                .del_str(&pystr::intern("__annotations__"))
                .is_none()
            {
                return Err(error::attribute_error("__annotations__"));
            }
        }
    }
    invalidate_caches();
    Ok(())
}
fn get_abstract(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let t = g_type(v)?;
    match tdata(t).dict.get_rs("__abstractmethods__") {
        Some(a) if !t.is(&types().type_) => Ok(a),
        _ => Err(error::attribute_error("__abstractmethods__")),
    }
}
fn set_abstract(vm: &mut Vm, v: &Value, new: Option<Value>) -> PyResult<()> {
    set_abstractmethods(vm, g_type(v)?, new)
}

/// Sets (or with `None` deletes) `t.__abstractmethods__`, keeping the `ABSTRACT` flag that
/// instance creation checks in step.
pub fn set_abstractmethods(vm: &mut Vm, t: &ObjRef, new: Option<Value>) -> PyResult<()> {
    let td = tdata(t);
    match new {
        Some(a) => {
            let nonempty = crate::interp::ops::truthy(vm, &a)?;
            td.dict.set_rs("__abstractmethods__", a);
            td.set(tflag::ABSTRACT, nonempty);
        }
        None => {
            if td
                .dict
                .del_str(&pystr::intern("__abstractmethods__"))
                .is_none()
            {
                return Err(error::attribute_error("__abstractmethods__"));
            }
            td.set(tflag::ABSTRACT, false);
        }
    }
    invalidate_caches();
    Ok(())
}

/// The namespace of `type`.
pub fn register() {
    use crate::objects::register::*;
    let t = &types().type_;
    statics(t, &[("__new__", type_new)]);
    methods(
        t,
        &[
            ("__init__", type_init),
            ("__dir__", type_dir),
            ("__call__", type_call),
            ("__repr__", type_repr),
            ("mro", type_mro),
            ("__subclasses__", type_subclasses),
            ("__instancecheck__", type_instancecheck),
            ("__subclasscheck__", type_subclasscheck),
            ("__or__", type_or),
            ("__ror__", type_ror),
            ("__setattr__", type_setattr_method),
            ("__delattr__", type_delattr_method),
        ],
    );
    classmethods(t, &[("__prepare__", type_prepare)]);
    getsets(
        t,
        &[
            ("__name__", get_name, Some(set_name)),
            ("__qualname__", get_qualname, Some(set_qualname)),
            ("__module__", get_module, Some(set_module)),
            ("__bases__", get_bases, Some(set_bases)),
            ("__base__", get_base, None),
            ("__flags__", crate::objects::typeflags::get_flags, None),
            ("__itemsize__", get_itemsize, None),
            ("__mro__", get_mro, None),
            ("__dict__", get_tdict, None),
            ("__doc__", get_doc, Some(set_doc)),
            ("__abstractmethods__", get_abstract, Some(set_abstract)),
            ("__annotations__", get_annotations, Some(set_annotations)),
        ],
    );
}

impl TypeData {
    /// Inline attribute slots for a new instance: what instances have needed so far. Before any is known,
    /// the attributes that the `__init__` methods along the MRO assign to `self`, so that the first
    /// instances (often the only ones, long-lived) need not fall back to dict mode; 6 when there are none.
    pub fn inline_capacity(&self) -> usize {
        match self.attr_hint.get() {
            0 if self.has(tflag::NO_INIT_ATTRS) => 6,
            0 => match crate::objects::instance::init_attr_estimate(self).min(64) {
                0 => {
                    // The first instances' growth sets the hint instead.
                    self.set(tflag::NO_INIT_ATTRS, true);
                    6
                }
                n => {
                    self.attr_hint.set(n as u16);
                    n
                }
            },
            n => n as usize,
        }
    }
}
