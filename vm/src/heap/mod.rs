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
//! - Freeing is iterative: an object whose count reaches zero is pushed on a queue and the queue is
//!   drained by a loop, so freeing a million-long linked structure never recurses on the native stack.
//! - Objects whose type defines `__del__` are not freed when their count reaches zero for the first time: they
//!   are resurrected onto the pending-finalizer queue of the thread that released them, which its eval
//!   loop drains by calling `__del__` (PEP 442: each object is finalised once).
//! - The GIL (`gil`) makes the non-atomic counts and the shared tables (`GilShared`) sound across OS
//!   threads: a thread touches objects only while it holds it.
pub mod addr_map;
pub mod allocator;
pub mod gil;
#[macro_use]
mod kinds;
mod value;

pub use gil::{attention_pending, clear_attention, request_attention, GilShared};
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
    /// A str that is the canonical (interned) object for its text: names compare by identity.
    pub const INTERNED: u8 = 32;
}

/// The fixed header of every heap object (16 bytes).
#[repr(C)]
pub struct Header {
    rc: Cell<u32>,
    /// Position in the cycle collector's registry, or `UNTRACKED`.
    gc: Cell<u32>,
    /// The object's type address in the low 48 bits (a strong reference unless the type is immortal), the
    /// flags in bits 48..56 and the payload `Kind` in bits 56..64.
    ty: Cell<u64>,
}

const UNTRACKED: u32 = u32::MAX;
const FLAG_SHIFT: u32 = 48;
const KIND_SHIFT: u32 = 56;

impl Header {
    #[inline]
    fn kind_byte(&self) -> u8 {
        (self.ty.get() >> KIND_SHIFT) as u8
    }
    #[inline]
    fn flag_bits(&self) -> u8 {
        (self.ty.get() >> FLAG_SHIFT) as u8
    }
    #[inline]
    fn set_flag_bits(&self, f: u8) {
        let t = self.ty.get() & !(0xffu64 << FLAG_SHIFT);
        self.ty.set(t | (f as u64) << FLAG_SHIFT);
    }
}

fn pack_ty(addr_bits: u64, kind: Kind, flags: u8) -> u64 {
    (addr_bits & value::PAYLOAD) | (flags as u64) << FLAG_SHIFT | (kind as u64) << KIND_SHIFT
}

/// A payload type stored after a header.
pub trait Payload: 'static + Sized {
    const KIND: Kind;
    /// Whether a new object with this payload joins the cycle collector's containers. An object that
    /// refers only to objects outside them can never be part of a cycle (a tuple of ints and strs).
    fn needs_gc(&self) -> bool {
        is_container(Self::KIND)
    }
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
    /// Number of inline slots.
    cap: u32,
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

    /// The tagged bits (what a `Value` holding this object contains). A handle borrowed from a header's
    /// type word carries kind and flag bits instead of the tag; this normalises them.
    #[inline]
    pub(crate) fn tagged_bits(&self) -> u64 {
        (self.bits.get() & value::PAYLOAD) | value::TAG_PTR
    }

    /// The payload kind.
    #[inline]
    pub fn kind(&self) -> Kind {
        Kind::from_byte(self.header().kind_byte())
    }

    /// The object's type object.
    #[inline]
    pub fn ty(&self) -> &ObjRef {
        // SAFETY: the header's type word holds the type's address in its low 48 bits and non-zero kind/flag
        // bits above (ObjRef only ever uses the low 48 bits as the address and normalises the rest when it
        // is copied); `Cell<u64>` and ObjRef are both 64-bit. The header owns a strong reference to the
        // type, which lives at least as long as this object; the returned borrow is tied to &self.
        unsafe { &*(self.header().ty.as_ptr() as *const ObjRef) }
    }

    /// Replaces the object's type (`obj.__class__ = ...`). The old type is released after the store.
    pub fn set_ty(&self, ty: ObjRef) {
        let h = self.header();
        let old = h.ty.get();
        h.ty.set(pack_ty(ty.into_bits(), self.kind(), h.flag_bits()));
        // SAFETY: the header held one strong reference to the old type; we take it back to drop it.
        drop(unsafe { ObjRef::from_bits((old & value::PAYLOAD) | value::TAG_PTR) });
    }

    /// Downcasts to the payload `T` when the object holds one.
    #[inline]
    pub fn downcast<T: Payload>(&self) -> Option<&T> {
        if self.header().kind_byte() == T::KIND as u8 {
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
        (self.bits.get() ^ other.bits.get()) & value::PAYLOAD == 0
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
        self.header().flag_bits()
    }

    pub fn set_flag(&self, f: u8) {
        let h = self.header();
        h.set_flag_bits(h.flag_bits() | f);
    }

    pub fn clear_flag(&self, f: u8) {
        let h = self.header();
        h.set_flag_bits(h.flag_bits() & !f);
    }

    /// The attribute area, when the object has one.
    #[inline]
    pub fn attrs(&self) -> Option<&AttrArea> {
        let h = self.header();
        if h.flag_bits() & flag::HAS_ATTRS == 0 {
            return None;
        }
        let off = attr_offset(Kind::from_byte(h.kind_byte()));
        // SAFETY: HAS_ATTRS is set only by `alloc` when it reserved an AttrArea at `attr_offset(kind)`, which
        // stays valid while the object lives.
        Some(unsafe { &*((self.ptr().as_ptr() as *const u8).add(off) as *const AttrArea) })
    }

    /// Number of inline attribute slots.
    pub fn attr_capacity(&self) -> usize {
        self.attrs().map(|a| a.cap as usize).unwrap_or(0)
    }

    fn into_bits(self) -> u64 {
        let b = self.tagged_bits();
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
        // The low 48 bits are a non-null address, so the normalised bits are non-zero.
        ObjRef {
            bits: NonZeroU64::new(self.tagged_bits()).unwrap_or(self.bits),
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
        let _ = obj;
        let n = self.cap as usize;
        // SAFETY: `alloc` reserved `cap` initialised slots right after this struct, which lives inside the
        // object borrowed by `obj` for 'a.
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
    let track = attrs.is_some() || payload.needs_gc();
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
                    gc: Cell::new(UNTRACKED),
                    ty: Cell::new(pack_ty(
                        ty.clone().into_bits(),
                        T::KIND,
                        if attrs.is_some() { flag::HAS_ATTRS } else { 0 },
                    )),
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
                    cap: cap as u32,
                    slots: [],
                },
            );
            let slots = (area as *mut u8).add(std::mem::size_of::<AttrArea>()) as *mut Cell<Value>;
            for i in 0..cap as usize {
                std::ptr::write(slots.add(i), Cell::new(Value::NULL));
            }
        }
        let o = ObjRef::from_raw(p as *const Header);
        if track {
            gc_track(&o);
        }
        o
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
                    gc: Cell::new(UNTRACKED),
                    ty: Cell::new(pack_ty(p as u64, T::KIND, flag::IMMORTAL)),
                },
                payload,
            },
        );
        ObjRef::from_raw(p as *const Header)
    }
}

static FREEING: GilShared<Cell<bool>> = GilShared(Cell::new(false));
static FREE_QUEUE: GilShared<RefCell<Vec<NonNull<Header>>>> = GilShared(RefCell::new(Vec::new()));
thread_local! {
    /// Objects waiting for `__del__`, on the thread whose release found them dead: that thread runs
    /// the finalisers, as in CPython. Never dropped: what a thread leaves at its end is leaked.
    static FINALIZE: RefCell<std::mem::ManuallyDrop<Vec<ObjRef>>> =
        const { RefCell::new(std::mem::ManuallyDrop::new(Vec::new())) };
    /// The weak handles of objects that died on this thread, for its weakref callbacks.
    static WEAK_DIED: RefCell<std::mem::ManuallyDrop<Vec<std::rc::Rc<WeakSlot>>>> =
        const { RefCell::new(std::mem::ManuallyDrop::new(Vec::new())) };
}

/// Takes the objects waiting for `__del__` (the eval loop calls their finalisers, then drops them).
pub fn take_finalizers() -> Vec<ObjRef> {
    let mut mine = FINALIZE.with(|f| std::mem::take(&mut **f.borrow_mut()));
    ORPHANS.with(|o| mine.append(&mut o.finalize.borrow_mut()));
    mine
}

/// What threads that ended left in their queues (released as their state was dropped), for the
/// next thread that attends to its own.
struct Orphans {
    finalize: RefCell<Vec<ObjRef>>,
    weak_died: RefCell<Vec<std::rc::Rc<WeakSlot>>>,
}

static ORPHANS: GilShared<Orphans> = GilShared(Orphans {
    finalize: RefCell::new(Vec::new()),
    weak_died: RefCell::new(Vec::new()),
});

/// A thread gives up the GIL for good: what waits in its queues goes to whichever thread attends
/// next.
pub(crate) fn orphan_pending() {
    let fin = FINALIZE.with(|f| std::mem::take(&mut **f.borrow_mut()));
    let died = WEAK_DIED.with(|d| std::mem::take(&mut **d.borrow_mut()));
    if fin.is_empty() && died.is_empty() {
        return;
    }
    ORPHANS.with(|o| {
        o.finalize.borrow_mut().extend(fin);
        o.weak_died.borrow_mut().extend(died);
    });
    request_attention();
}

#[cold]
fn release(ptr: NonNull<Header>) {
    // SAFETY: the count just reached zero, so no other handle exists; the header is still allocated.
    let h = unsafe { ptr.as_ref() };
    if h.flag_bits() & flag::IMMORTAL != 0 {
        h.rc.set(u32::MAX / 2);
        return;
    }
    if h.flag_bits() & (flag::HAS_DEL | flag::FINALIZED) == flag::HAS_DEL {
        h.set_flag_bits(h.flag_bits() | flag::FINALIZED);
        h.rc.set(1);
        // SAFETY: we own the count we just set to one.
        let obj = unsafe { ObjRef::from_raw(ptr.as_ptr()) };
        FINALIZE.with(|f| f.borrow_mut().push(obj));
        request_attention();
        return;
    }
    // Frees run one at a time: the objects a payload releases while it is freed wait in the queue
    // instead of recursing (a long chain must not overflow the native stack). The outermost release
    // frees its own object at once.
    if FREEING.with(|f| f.replace(true)) {
        FREE_QUEUE.with(|q| q.borrow_mut().push(ptr));
        return;
    }
    // SAFETY: the count reached zero, so this is the last handle; the object is freed exactly once, here.
    unsafe { free(ptr) };
    while let Some(p) = FREE_QUEUE.with(|q| q.borrow_mut().pop()) {
        // SAFETY: every queued pointer had its count reach zero and is freed exactly once, here.
        unsafe { free(p) };
    }
    FREEING.with(|f| f.set(false));
}

type WeakTable = RefCell<std::collections::HashMap<usize, Vec<std::rc::Rc<WeakSlot>>>>;

/// The weak handles of each object that has some, by address (cleared when it dies).
static WEAK_TABLE: GilShared<std::cell::LazyCell<WeakTable>> =
    GilShared(std::cell::LazyCell::new(Default::default));

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
    let mut slots = WEAK_DIED.with(|d| std::mem::take(&mut **d.borrow_mut()));
    ORPHANS.with(|o| slots.append(&mut o.weak_died.borrow_mut()));
    slots
        .into_iter()
        .map(|s| (s.bits & value::PAYLOAD) as usize)
        .collect()
}

/// # Safety
/// `p`'s count is zero and no handle to it exists.
unsafe fn free(p: NonNull<Header>) {
    let h = p.as_ref();
    if h.gc.get() != UNTRACKED {
        gc_untrack(h);
    }
    if h.flag_bits() & flag::WEAKREFS != 0 {
        let slots = WEAK_TABLE.with(|t| t.borrow_mut().remove(&(p.as_ptr() as usize)));
        if let Some(slots) = slots {
            for s in &slots {
                s.alive.set(false);
            }
            if let Some(first) = slots.into_iter().next() {
                WEAK_DIED.with(|d| d.borrow_mut().push(first));
                // Weakref callbacks run at the loop's next safe point.
                request_attention();
            }
        }
    }
    let has_attrs = h.flag_bits() & flag::HAS_ATTRS != 0;
    let kind = Kind::from_byte(h.kind_byte());
    let ty = (h.ty.get() & value::PAYLOAD) | value::TAG_PTR;
    let mut cap = 0;
    if has_attrs {
        let area = (p.as_ptr() as *mut u8).add(attr_offset(kind)) as *mut AttrArea;
        cap = (*area).cap as usize;
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

impl Kind {
    /// The kind stored in a header (every byte written there came from a `Kind`).
    #[inline]
    fn from_byte(b: u8) -> Kind {
        macro_rules! from {
            ($($k:ident => $t:ty),* $(,)?) => {{
                $( if b == Kind::$k as u8 { return Kind::$k; } )*
                Kind::Object
            }};
        }
        for_each_kind!(from)
    }
}

/// Whether objects of this kind can hold references to other objects (and so be part of a cycle).
const fn is_container(k: Kind) -> bool {
    !matches!(
        k,
        Kind::Int
            | Kind::Float
            | Kind::Complex
            | Kind::Str
            | Kind::Bytes
            | Kind::ByteArray
            | Kind::Code
            | Kind::Singleton
            | Kind::Range
    )
}

/// Every tracked container, by tagged bits; `Header::gc` is the index.
static GC_OBJECTS: GilShared<RefCell<Vec<u64>>> = GilShared(RefCell::new(Vec::new()));

/// Tracked-container count at which the loop should consider a collection.
static GC_THRESHOLD: GilShared<Cell<usize>> = GilShared(Cell::new(50_000));

/// Sets the container count that raises the attention flag for a collection.
pub fn set_gc_threshold(n: usize) {
    GC_THRESHOLD.with(|t| t.set(n));
}

fn gc_track(o: &ObjRef) {
    let h = o.header();
    if h.gc.get() != UNTRACKED {
        return;
    }
    let n = GC_OBJECTS.with(|g| {
        let mut g = g.borrow_mut();
        if g.len() >= UNTRACKED as usize {
            return 0;
        }
        h.gc.set(g.len() as u32);
        g.push(o.tagged_bits());
        g.len()
    });
    if n >= GC_THRESHOLD.with(|t| t.get()) {
        request_attention();
    }
}

/// # Safety
/// `h` is the header of a live (or being freed) tracked object.
unsafe fn gc_untrack(h: &Header) {
    let i = h.gc.get() as usize;
    GC_OBJECTS.with(|g| {
        h.gc.set(UNTRACKED);
        let mut g = g.borrow_mut();
        if i >= g.len() {
            return;
        }
        g.swap_remove(i);
        if let Some(&moved) = g.get(i) {
            // SAFETY: every registered object is live (it is removed here before being freed).
            let mh = &*((moved & value::PAYLOAD) as *const Header);
            mh.gc.set(i as u32);
        }
    })
}

impl ObjRef {
    /// Whether the object is one of the cycle collector's containers.
    #[inline]
    pub fn is_gc_tracked(&self) -> bool {
        self.header().gc.get() != UNTRACKED
    }
}

/// Number of tracked containers (`gc.get_count()`-style statistics, `gc.collect()` thresholds).
pub fn gc_tracked_count() -> usize {
    GC_OBJECTS.with(|g| g.borrow().len())
}

/// Counted handles to every tracked container (for the cycle collector and `gc.get_objects()`).
/// Taking them raises each count by one; the collector accounts for that.
pub fn gc_tracked_objects() -> Vec<ObjRef> {
    GC_OBJECTS.with(|g| {
        g.borrow()
            .iter()
            .map(|&bits| {
                // SAFETY: registered objects are live; we make a new counted handle from a borrowed view.
                let borrowed = std::mem::ManuallyDrop::new(unsafe { ObjRef::from_bits(bits) });
                (*borrowed).clone()
            })
            .collect()
    })
}
