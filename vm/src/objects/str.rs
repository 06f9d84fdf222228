//! `str`: immutable Unicode text stored as UTF-8 with its length in code points and a cached hash.
//!
//! The methods live in `str_*.rs` beside this file: argument conventions and error conversion
//! (`str_args`), codecs (`str_codec`), construction (`str_new`), the slot dunders
//! (`str_dunders`), the text methods (`str_methods`), `format`/`format_map`/`__format__`
//! (`str_format`) and `maketrans`/`translate` (`str_translate`). `bytes` and `bytearray`
//! share the argument and codec modules.
use crate::heap::{GilShared, Kind, ObjRef, Payload, Value};
use std::cell::{Cell, OnceCell, RefCell};
use std::collections::HashMap;

#[path = "str_args.rs"]
pub(crate) mod args;
#[path = "str_codec.rs"]
pub(crate) mod codec;
#[path = "str_dunders.rs"]
mod dunders;
#[path = "str_format.rs"]
mod format;
#[path = "str_index.rs"]
mod index;
#[path = "str_methods.rs"]
mod methods;
#[path = "str_new.rs"]
mod new;
#[path = "str_translate.rs"]
mod translate;

#[cfg(test)]
#[path = "str_test_eval.rs"]
pub(crate) mod test_eval;
#[cfg(test)]
#[path = "str_tests.rs"]
mod tests;

pub struct Str {
    hash: Cell<i64>,
    nchars: usize,
    data: Box<str>,
    /// Built on the first indexing of a long non-ASCII string (see `str_index.rs`).
    index: OnceCell<Box<index::CharIndex>>,
}

impl Payload for Str {
    const KIND: Kind = Kind::Str;
}

impl Str {
    pub fn new(s: &str) -> Str {
        Str::from_string(s.to_owned())
    }
    pub fn from_string(s: String) -> Str {
        Str {
            hash: Cell::new(-1),
            nchars: s.chars().count(),
            data: s.into_boxed_str(),
            index: OnceCell::new(),
        }
    }
    #[inline]
    pub fn as_str(&self) -> &str {
        &self.data
    }
    /// Length in code points.
    #[inline]
    pub fn char_len(&self) -> usize {
        self.nchars
    }
    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.nchars == self.data.len()
    }
    #[inline]
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        let h = hash_bytes(self.data.as_bytes());
        self.hash.set(h);
        h
    }
    /// The code point at index `i` (0 <= i < char_len).
    pub fn char_at(&self, i: usize) -> Option<char> {
        if self.is_ascii() {
            return self.data.as_bytes().get(i).map(|b| *b as char);
        }
        if i >= self.nchars {
            return None;
        }
        self.data.get(self.byte_offset(i)..)?.chars().next()
    }
    /// Byte offset of code point index `i` (clamped to the end).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            return i.min(self.data.len());
        }
        if i >= self.nchars {
            return self.data.len();
        }
        if !index::worth_indexing(&self.data) {
            return self
                .data
                .char_indices()
                .nth(i)
                .map_or(self.data.len(), |(b, _)| b);
        }
        self.index
            .get_or_init(|| Box::new(index::CharIndex::build(&self.data)))
            .byte_offset(&self.data, i)
    }
    /// Substring by code point indices `[start, end)`.
    pub fn substr(&self, start: usize, end: usize) -> &str {
        if start >= end {
            return "";
        }
        let a = self.byte_offset(start);
        let b = self.byte_offset(end);
        &self.data[a..b]
    }
}

/// weft's string hash (not randomised; never -1).
pub fn hash_bytes(b: &[u8]) -> i64 {
    // A multiply-rotate hash over 8-byte words (FxHash-like), finished with a mix.
    const K: u64 = 0x517c_c1b7_2722_0a95;
    let mut h: u64 = b.len() as u64;
    let mut chunks = b.chunks_exact(8);
    for c in &mut chunks {
        let w = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        h = (h.rotate_left(5) ^ w).wrapping_mul(K);
    }
    let rem = chunks.remainder();
    if !rem.is_empty() {
        let mut w = [0u8; 8];
        w[..rem.len()].copy_from_slice(rem);
        h = (h.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(K);
    }
    h ^= h >> 29;
    h = h.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    h ^= h >> 32;
    let h = h as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// The hasher of the intern tables (the Fx multiply-rotate scheme): natives intern names from Rust
/// strings on hot paths (`type_call`'s `"__init__"`, `dunder("__eq__")`), where SipHash dominated.
/// The tables hold only names, so hash flooding is not a concern.
#[derive(Default, Clone, Copy)]
pub struct NameHasher(u64);

impl std::hash::Hasher for NameHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x517c_c1b7_2722_0a95;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let w = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
            self.0 = (self.0.rotate_left(5) ^ w).wrapping_mul(K);
        }
        for &b in chunks.remainder() {
            self.0 = (self.0.rotate_left(5) ^ b as u64).wrapping_mul(K);
        }
    }
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

type NameMap<V> = HashMap<Box<str>, V, std::hash::BuildHasherDefault<NameHasher>>;

thread_local! {
    /// This thread's view of `SHARED`: looked up without a lock.
    static INTERNED: RefCell<NameMap<ObjRef>> = RefCell::new(NameMap::default());
}

/// The canonical interned strs of the process. Builtin types are shared by all threads, so a name
/// interned on one thread must be the same object on every other (maps and type dicts compare interned
/// names by identity).
static SHARED: std::sync::LazyLock<parking_lot::Mutex<NameMap<GilShared<ObjRef>>>> =
    std::sync::LazyLock::new(Default::default);

/// The interned str object for `s` (created once per process, immortal).
pub fn intern(s: &str) -> ObjRef {
    if let Some(o) = INTERNED.with(|t| t.borrow().get(s).cloned()) {
        return o;
    }
    let o = SHARED
        .lock()
        .entry(s.into())
        .or_insert_with(|| {
            let o = crate::heap::alloc(&crate::objects::types().str, Str::new(s), None);
            o.make_immortal();
            o.set_flag(crate::heap::flag::INTERNED);
            GilShared(o)
        })
        .0
        .clone();
    INTERNED.with(|t| t.borrow_mut().insert(s.into(), o.clone()));
    o
}

/// The interned str for a name known at compile time, found once per use site (a static), not by hashing
/// the text on every call as [`intern`] does: for the dunder names of hot paths.
#[macro_export]
macro_rules! interned {
    ($s:literal) => {{
        static NAME: std::sync::OnceLock<$crate::heap::GilShared<$crate::heap::ObjRef>> =
            std::sync::OnceLock::new();
        &NAME
            .get_or_init(|| $crate::heap::GilShared($crate::objects::str::intern($s)))
            .0
    }};
}

/// Whether `o` is the interned object for its text (so equal interned names are the same object).
#[inline]
pub fn is_interned(o: &ObjRef) -> bool {
    o.flags() & crate::heap::flag::INTERNED != 0
}

/// Interns an existing str object (`sys.intern`): returns the canonical object for its text.
pub fn intern_obj(o: &ObjRef) -> ObjRef {
    if is_interned(o) {
        return o.clone();
    }
    match o.downcast::<Str>() {
        Some(s) if o.ty().is(&crate::objects::types().str) => intern(s.as_str()),
        _ => o.clone(),
    }
}

/// A new (not interned) str value.
pub fn new_str(s: &str) -> Value {
    if s.len() <= 1 {
        return Value::obj(intern(s));
    }
    Value::obj(crate::heap::alloc(
        &crate::objects::types().str,
        Str::new(s),
        None,
    ))
}

pub fn new_string(s: String) -> Value {
    if s.len() <= 1 {
        return Value::obj(intern(&s));
    }
    Value::obj(crate::heap::alloc(
        &crate::objects::types().str,
        Str::from_string(s),
        None,
    ))
}

/// The text of a str value (exact str or subclass).
#[inline]
pub fn as_str(v: &Value) -> Option<&str> {
    v.as_obj()
        .and_then(|o| o.downcast::<Str>())
        .map(|s| s.as_str())
}

#[inline]
pub fn as_str_obj(v: &Value) -> Option<&Str> {
    v.as_obj().and_then(|o| o.downcast::<Str>())
}

/// An instance of `cls` (`str` or a subclass) with text `s`: subclass instances get the
/// attribute area their class needs.
pub fn new_str_of(cls: &ObjRef, s: String) -> Value {
    let t = crate::objects::types();
    if cls.is(&t.str) {
        return new_string(s);
    }
    let cap = crate::interp::typecall::attr_capacity(cls);
    let o = crate::heap::alloc(cls, Str::from_string(s), cap);
    let td = crate::objects::typeobj::tdata(cls);
    if td.has(crate::objects::typeobj::tflag::HAS_DEL) {
        o.set_flag(crate::heap::flag::HAS_DEL);
    }
    Value::obj(o)
}

/// The value itself when it is an exact `str`, otherwise an exact `str` with its text (what
/// `str.__str__` and the methods that may return `self` give for subclass instances).
pub fn exact(v: &Value, s: &Str) -> Value {
    if v.as_obj()
        .is_some_and(|o| o.ty().is(&crate::objects::types().str))
    {
        v.clone()
    } else {
        new_str(s.as_str())
    }
}

/// Fills the namespace of `str`.
pub fn register() {
    let ty = &crate::objects::types().str;
    new::register(ty);
    dunders::register(ty);
    methods::register(ty);
    format::register(ty);
    translate::register(ty);
}
