//! The heap: NaN-boxed values, object headers and reference counting. The only module of `weft-vm` that
//! uses `unsafe`.
//!
//! # Contract
//! - Every heap object is an `ObjBox<T>`: a `Header` followed by a payload `T: Payload`, optionally followed by an
//!   attribute area (`AttrArea`, instance attributes of user classes). It is allocated with the global
//!   allocator by [`alloc`] and freed only when its reference count reaches zero.
//! - `ObjRef` and `Value` are counted handles: cloning increments, dropping decrements. Counts are not atomic:
//!   objects are touched only by the thread holding the GIL, so a handle is never used on two threads at once.
//! - A payload is reached only through `ObjRef::downcast`, which checks the header's `Kind` against `T::KIND`, so
//!   a pointer is never reinterpreted as the wrong type.
//! - Freeing is iterative: an object whose count reaches zero is pushed on a per-thread queue and the queue is
//!   drained by a loop, so freeing a million-long linked structure never recurses on the native stack.
//! - Objects whose type defines `__del__` are not freed when their count reaches zero for the first time: they
//!   are resurrected onto the pending-finalizer queue, which the eval loop drains by calling `__del__`
//!   (PEP 442: each object is finalised once).
#[macro_use]
mod kinds;
mod value;

pub use value::{Unpacked, Value};

use std::alloc::Layout;
use std::cell::{Cell, RefCell};
use std::marker::PhantomData;
use std::num::NonZeroU64;
use std::ptr::NonNull;

/// A payload kind: which Rust type follows the header. One variant per `Payload` implementation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub enum Kind {
    Object,
    Int,
    Float,
    Complex,
    Str,
    Bytes,
    ByteArray,
    List,
    Tuple,
    Dict,
    Set,
    Type,
    Function,
    Builtin,
    Method,
    Code,
    Module,
    Cell,
    Property,
    ClassMethod,
    StaticMethod,
    Generator,
    Iter,
    Range,
    Slice,
    Exception,
    Traceback,
    Frame,
    Singleton,
    Super,
    MappingProxy,
    DictView,
    MemoryView,
    Native,
}

/// Header flags.
pub mod flag {
    /// The object's `__del__` has run (or been queued); it is never run twice.
    pub const FINALIZED: u8 = 1;
    /// Never freed and never counted (builtin types, interned constants of the runtime).
    pub const IMMORTAL: u8 = 2;
    /// An attribute area follows the payload.
    pub const HAS_ATTRS: u8 = 4;
    /// Weak references to this object exist (cleared when it dies).
    pub const WEAKREFS: u8 = 8;
    /// The type defines `__del__`.
    pub const HAS_DEL: u8 = 16;
}

/// The fixed header of every heap object (16 bytes).
#[repr(C)]
pub struct Header {
    rc: Cell<u32>,
    kind: Kind,
    flags: Cell<u8>,
    /// Capacity of the attribute area, in slots.
    attr_cap: Cell<u16>,
    /// The object's type (a strong reference unless the type is immortal).
    ty: Cell<u64>,
}

/// A payload type stored after a header.
pub trait Payload: 'static + Sized {
    const KIND: Kind;
}

#[repr(C)]
struct ObjBox<T> {
    header: Header,
    payload: T,
}

/// The attribute area of instances of user classes: a map id and inline value slots.
#[repr(C)]
pub struct AttrArea {
    /// Opaque to the heap: interpreted by `objects::instance` (an index into its type's map table).
    pub map: Cell<u32>,
    _pad: u32,
    slots: [Cell<Value>; 0],
}

/// A counted handle to a heap object. It holds the object's address with `value::TAG_PTR` in its high bits, the
/// exact bits of a pointer `Value`, so a `&Value` holding an object can be viewed as a `&ObjRef`.
#[repr(transparent)]
pub struct ObjRef {
    bits: NonZeroU64,
    _marker: PhantomData<*const Header>,
}

impl ObjRef {
    #[inline]
    fn ptr(&self) -> NonNull<Header> {
        // SAFETY: `bits` always holds a non-null address in its low 48 bits (set by `from_raw`).
        unsafe { NonNull::new_unchecked((self.bits.get() & value::PAYLOAD) as *mut Header) }
    }

    #[inline]
    fn header(&self) -> &Header {
        // SAFETY: a live ObjRef keeps its object allocated (count >= 1), so the header is valid for the
        // lifetime of &self.
        unsafe { self.ptr().as_ref() }
    }

    /// The tagged bits (what a `Value` holding this object contains).
    #[inline]
    pub(crate) fn tagged_bits(&self) -> u64 {
        self.bits.get()
    }

    /// The payload kind.
    #[inline]
    pub fn kind(&self) -> Kind {
        self.header().kind
    }

    /// The object's type object.
    #[inline]
    pub fn ty(&self) -> &ObjRef {
        // SAFETY: the header stores its type as the tagged bits of an ObjRef (`Cell<u64>` has the layout of
        // u64, as does ObjRef) and owns a strong reference to it, which lives at least as long as this object;
        // the returned borrow is tied to &self.
        unsafe { &*(self.header().ty.as_ptr() as *const ObjRef) }
    }

    /// Replaces the object's type (`obj.__class__ = ...`). The old type is released after the store.
    pub fn set_ty(&self, ty: ObjRef) {
        let old = self.header().ty.replace(ty.into_bits());
        // SAFETY: the header held one strong reference to the old type; we take it back to drop it.
        drop(unsafe { ObjRef::from_bits(old) });
    }

    /// Downcasts to the payload `T` when the object holds one.
    #[inline]
    pub fn downcast<T: Payload>(&self) -> Option<&T> {
        if self.header().kind == T::KIND {
            // SAFETY: the kind matches, so the object was allocated as ObjBox<T> (repr(C): payload after the
            // header); the borrow is tied to &self, which keeps the object alive.
            Some(unsafe { &(*(self.ptr().as_ptr() as *const ObjBox<T>)).payload })
        } else {
            None
        }
    }

    /// Whether both handles point at the same object.
    #[inline]
    pub fn is(&self, other: &ObjRef) -> bool {
        self.bits == other.bits
    }

    /// The object's address, used for `id()` and identity hashing.
    #[inline]
    pub fn addr(&self) -> usize {
        self.ptr().as_ptr() as usize
    }

    /// The current reference count (for `sys.getrefcount`).
    pub fn refcount(&self) -> u32 {
        self.header().rc.get()
    }

    pub fn flags(&self) -> u8 {
        self.header().flags.get()
    }

    pub fn set_flag(&self, f: u8) {
        let h = self.header();
        h.flags.set(h.flags.get() | f);
    }

    pub fn clear_flag(&self, f: u8) {
        let h = self.header();
        h.flags.set(h.flags.get() & !f);
    }

    /// The attribute area, when the object has one.
    #[inline]
    pub fn attrs(&self) -> Option<&AttrArea> {
        let h = self.header();
        if h.flags.get() & flag::HAS_ATTRS == 0 {
            return None;
        }
        let off = attr_offset(h.kind);
        // SAFETY: HAS_ATTRS is set only by `alloc` when it reserved an AttrArea at `attr_offset(kind)`, which
        // stays valid while the object lives.
        Some(unsafe { &*((self.ptr().as_ptr() as *const u8).add(off) as *const AttrArea) })
    }

    /// Number of inline attribute slots.
    pub fn attr_capacity(&self) -> usize {
        self.header().attr_cap.get() as usize
    }

    fn into_bits(self) -> u64 {
        let b = self.bits.get();
        std::mem::forget(self);
        b
    }

    /// # Safety
    /// `b` must come from `into_bits`, whose count the caller now owns.
    unsafe fn from_bits(b: u64) -> ObjRef {
        ObjRef {
            bits: NonZeroU64::new_unchecked(b),
            _marker: PhantomData,
        }
    }

    /// # Safety
    /// `p` must be the address of a live object whose count the caller owns.
    unsafe fn from_raw(p: *const Header) -> ObjRef {
        debug_assert!(
            p as u64 & !value::PAYLOAD == 0,
            "object addresses fit in 48 bits"
        );
        ObjRef {
            bits: NonZeroU64::new_unchecked(p as u64 | value::TAG_PTR),
            _marker: PhantomData,
        }
    }

    /// Makes the object immortal: never counted or freed (builtin types and singletons).
    pub fn make_immortal(&self) {
        self.set_flag(flag::IMMORTAL);
        self.header().rc.set(u32::MAX / 2);
    }

    #[inline]
    fn incref(&self) {
        let h = self.header();
        h.rc.set(h.rc.get().wrapping_add(1));
    }
}

impl Clone for ObjRef {
    #[inline]
    fn clone(&self) -> Self {
        self.incref();
        ObjRef {
            bits: self.bits,
            _marker: PhantomData,
        }
    }
}

impl Drop for ObjRef {
    #[inline]
    fn drop(&mut self) {
        let h = self.header();
        let rc = h.rc.get() - 1;
        h.rc.set(rc);
        if rc == 0 {
            release(self.ptr());
        }
    }
}

impl std::fmt::Debug for ObjRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<{:?} object at {:#x}>", self.kind(), self.addr())
    }
}

impl PartialEq for ObjRef {
    fn eq(&self, other: &Self) -> bool {
        self.is(other)
    }
}
impl Eq for ObjRef {}

impl AttrArea {
    /// The inline slots (`cap` of them, from the header).
    pub fn slots<'a>(&'a self, obj: &'a ObjRef) -> &'a [Cell<Value>] {
        let n = obj.attr_capacity();
        // SAFETY: `alloc` reserved `attr_cap` initialised slots right after this struct; `obj` is the owner
        // of this area (the caller passes the object it got the area from), so the slice lives as long as it.
        unsafe { std::slice::from_raw_parts(self.slots.as_ptr(), n) }
    }
}

fn attr_offset(kind: Kind) -> usize {
    macro_rules! off {
        ($($k:ident => $t:ty),* $(,)?) => {
            match kind { $(Kind::$k => attrs_after::<$t>(),)* }
        };
    }
    for_each_kind!(off)
}

const fn attrs_after<T>() -> usize {
    let size = std::mem::size_of::<ObjBox<T>>();
    let align = std::mem::align_of::<AttrArea>();
    size.div_ceil(align) * align
}

/// Allocates an object of payload `T` and type `ty`, with `attr_cap` inline attribute slots (0 for none;
/// with `attrs` true and capacity 0 an empty area is still reserved so `attrs()` is Some).
pub fn alloc<T: Payload>(ty: &ObjRef, payload: T, attrs: Option<u16>) -> ObjRef {
    let cap = attrs.unwrap_or(0);
    let layout = if attrs.is_some() {
        layout_for_attrs::<T>(cap as usize)
    } else {
        Layout::new::<ObjBox<T>>()
    };
    // SAFETY: layout has non-zero size (a header is 16 bytes); the memory is fully initialised below before
    // any handle to it exists.
    unsafe {
        let p = std::alloc::alloc(layout);
        if p.is_null() {
            std::alloc::handle_alloc_error(layout);
        }
        let b = p as *mut ObjBox<T>;
        std::ptr::write(
            b,
            ObjBox {
                header: Header {
                    rc: Cell::new(1),
                    kind: T::KIND,
                    flags: Cell::new(if attrs.is_some() { flag::HAS_ATTRS } else { 0 }),
                    attr_cap: Cell::new(cap),
                    ty: Cell::new(ty.clone().into_bits()),
                },
                payload,
            },
        );
        if attrs.is_some() {
            let area = p.add(attrs_after::<T>()) as *mut AttrArea;
            std::ptr::write(
                area,
                AttrArea {
                    map: Cell::new(0),
                    _pad: 0,
                    slots: [],
                },
            );
            let slots = (area as *mut u8).add(std::mem::size_of::<AttrArea>()) as *mut Cell<Value>;
            for i in 0..cap as usize {
                std::ptr::write(slots.add(i), Cell::new(Value::NULL));
            }
        }
        ObjRef::from_raw(p as *const Header)
    }
}

fn layout_for_attrs<T>(cap: usize) -> Layout {
    let base =
        Layout::from_size_align(attrs_after::<T>(), std::mem::align_of::<ObjBox<T>>().max(8))
            .expect("small layout");
    let area = Layout::new::<AttrArea>();
    let slots = Layout::array::<Cell<Value>>(cap).expect("attribute capacity is bounded by u16");
    let (l, _) = base.extend(area).expect("small layout");
    let (l, _) = l.extend(slots).expect("small layout");
    l.pad_to_align()
}

/// Allocates a type object whose type is itself (the bootstrap of `type`).
pub fn alloc_self_typed<T: Payload>(payload: T) -> ObjRef {
    let layout = Layout::new::<ObjBox<T>>();
    // SAFETY: as in `alloc`; the type pointer is set to the object itself before any handle exists, and the
    // object is made immortal so that self-reference never needs freeing.
    unsafe {
        let p = std::alloc::alloc(layout);
        if p.is_null() {
            std::alloc::handle_alloc_error(layout);
        }
        let b = p as *mut ObjBox<T>;
        std::ptr::write(
            b,
            ObjBox {
                header: Header {
                    rc: Cell::new(u32::MAX / 2),
                    kind: T::KIND,
                    flags: Cell::new(flag::IMMORTAL),
                    attr_cap: Cell::new(0),
                    ty: Cell::new(p as u64 | value::TAG_PTR),
                },
                payload,
            },
        );
        ObjRef::from_raw(p as *const Header)
    }
}

thread_local! {
    static FREEING: Cell<bool> = const { Cell::new(false) };
    static FREE_QUEUE: RefCell<Vec<NonNull<Header>>> = const { RefCell::new(Vec::new()) };
    static FINALIZE: RefCell<Vec<ObjRef>> = const { RefCell::new(Vec::new()) };
    static FINALIZE_PENDING: Cell<bool> = const { Cell::new(false) };
}

/// Takes the objects waiting for `__del__` (the eval loop calls their finalisers, then drops them).
pub fn take_finalizers() -> Vec<ObjRef> {
    FINALIZE_PENDING.with(|p| p.set(false));
    FINALIZE.with(|f| std::mem::take(&mut *f.borrow_mut()))
}

/// Whether objects wait for `__del__`.
#[inline]
pub fn finalizers_pending() -> bool {
    FINALIZE_PENDING.with(|p| p.get())
}

#[cold]
fn release(ptr: NonNull<Header>) {
    // SAFETY: the count just reached zero, so no other handle exists; the header is still allocated.
    let h = unsafe { ptr.as_ref() };
    if h.flags.get() & flag::IMMORTAL != 0 {
        h.rc.set(u32::MAX / 2);
        return;
    }
    if h.flags.get() & (flag::HAS_DEL | flag::FINALIZED) == flag::HAS_DEL {
        h.flags.set(h.flags.get() | flag::FINALIZED);
        h.rc.set(1);
        // SAFETY: we own the count we just set to one.
        let obj = unsafe { ObjRef::from_raw(ptr.as_ptr()) };
        FINALIZE.with(|f| f.borrow_mut().push(obj));
        FINALIZE_PENDING.with(|p| p.set(true));
        return;
    }
    FREE_QUEUE.with(|q| q.borrow_mut().push(ptr));
    if FREEING.with(|f| f.replace(true)) {
        return;
    }
    while let Some(p) = FREE_QUEUE.with(|q| q.borrow_mut().pop()) {
        // SAFETY: every queued pointer had its count reach zero and is freed exactly once, here.
        unsafe { free(p) };
    }
    FREEING.with(|f| f.set(false));
}

thread_local! {
    static WEAK_TABLE: RefCell<std::collections::HashMap<usize, Vec<std::rc::Rc<WeakSlot>>>> =
        RefCell::new(std::collections::HashMap::new());
    static WEAK_DIED: RefCell<Vec<std::rc::Rc<WeakSlot>>> = const { RefCell::new(Vec::new()) };
}

struct WeakSlot {
    alive: Cell<bool>,
    bits: u64,
}

/// A weak handle: does not keep its object alive; `upgrade` fails once the object died.
#[derive(Clone)]
pub struct WeakHandle(std::rc::Rc<WeakSlot>);

impl WeakHandle {
    pub fn new(obj: &ObjRef) -> WeakHandle {
        obj.set_flag(flag::WEAKREFS);
        let slot = std::rc::Rc::new(WeakSlot {
            alive: Cell::new(true),
            bits: obj.bits.get(),
        });
        WEAK_TABLE.with(|t| {
            t.borrow_mut()
                .entry(obj.addr())
                .or_default()
                .push(slot.clone())
        });
        WeakHandle(slot)
    }

    pub fn upgrade(&self) -> Option<ObjRef> {
        if !self.0.alive.get() {
            return None;
        }
        // SAFETY: `alive` is cleared by `free` before the object's memory is released, so while it is set the
        // object is live; the borrowed ObjRef is cloned (counted) before being returned.
        let borrowed = std::mem::ManuallyDrop::new(unsafe { ObjRef::from_bits(self.0.bits) });
        Some((*borrowed).clone())
    }

    pub fn is_alive(&self) -> bool {
        self.0.alive.get()
    }

    /// Identity of the handle (weakref objects compare their callbacks by it).
    pub fn same(&self, other: &WeakHandle) -> bool {
        std::rc::Rc::ptr_eq(&self.0, &other.0)
    }

    /// The referent's address (stable while it lives).
    pub fn addr(&self) -> usize {
        (self.0.bits & value::PAYLOAD) as usize
    }
}

/// Addresses of objects with weak references that died since the last call (for weakref callbacks).
pub fn take_weak_deaths() -> Vec<usize> {
    WEAK_DIED.with(|d| {
        d.borrow_mut()
            .drain(..)
            .map(|s| (s.bits & value::PAYLOAD) as usize)
            .collect()
    })
}

/// # Safety
/// `p`'s count is zero and no handle to it exists.
unsafe fn free(p: NonNull<Header>) {
    let h = p.as_ref();
    if h.flags.get() & flag::WEAKREFS != 0 {
        if let Some(slots) = WEAK_TABLE.with(|t| t.borrow_mut().remove(&(p.as_ptr() as usize))) {
            for s in &slots {
                s.alive.set(false);
            }
            if let Some(first) = slots.into_iter().next() {
                WEAK_DIED.with(|d| d.borrow_mut().push(first));
            }
        }
    }
    let has_attrs = h.flags.get() & flag::HAS_ATTRS != 0;
    let cap = h.attr_cap.get() as usize;
    let kind = h.kind;
    let ty = h.ty.get();
    if has_attrs {
        let area = (p.as_ptr() as *mut u8).add(attr_offset(kind)) as *mut AttrArea;
        let slots = (area as *mut u8).add(std::mem::size_of::<AttrArea>()) as *mut Cell<Value>;
        for i in 0..cap {
            std::ptr::drop_in_place(slots.add(i));
        }
    }
    macro_rules! drop_payload {
        ($($k:ident => $t:ty),* $(,)?) => {
            match kind { $(Kind::$k => drop_box::<$t>(p, has_attrs, cap),)* }
        };
    }
    for_each_kind!(drop_payload);
    if ty & value::PAYLOAD != p.as_ptr() as u64 {
        drop(ObjRef::from_bits(ty));
    }
}

/// # Safety
/// `p` was allocated as `ObjBox<T>` with the given attribute capacity, and is being freed.
unsafe fn drop_box<T>(p: NonNull<Header>, has_attrs: bool, cap: usize) {
    let b = p.as_ptr() as *mut ObjBox<T>;
    std::ptr::drop_in_place(&mut (*b).payload);
    let layout = if has_attrs {
        layout_for_attrs::<T>(cap)
    } else {
        Layout::new::<ObjBox<T>>()
    };
    std::alloc::dealloc(p.as_ptr() as *mut u8, layout);
}

/// Size in bytes of an object's allocation (for `sys.getsizeof` and the size tests).
pub fn alloc_size(obj: &ObjRef) -> usize {
    let kind = obj.kind();
    let cap = obj.attr_capacity();
    let has_attrs = obj.flags() & flag::HAS_ATTRS != 0;
    macro_rules! size {
        ($($k:ident => $t:ty),* $(,)?) => {
            match kind { $(Kind::$k => if has_attrs { layout_for_attrs::<$t>(cap).size() } else { Layout::new::<ObjBox<$t>>().size() },)* }
        };
    }
    for_each_kind!(size)
}

/// A value shared by all OS threads of the process but touched only by the thread holding the GIL (the builtin
/// types and other immortal runtime objects).
pub struct GilShared<T>(pub T);

// SAFETY: the interpreter lets a thread run Python code, and so touch objects, only while it holds the GIL;
// the values wrapped here are immortal runtime objects (their counts are never decremented to zero), so a
// stale count update can never free them.
unsafe impl<T> Sync for GilShared<T> {}
// SAFETY: as above.
unsafe impl<T> Send for GilShared<T> {}
