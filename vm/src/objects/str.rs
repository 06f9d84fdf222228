//! `str`: immutable Unicode text with its length in code points and a cached hash.
//!
//! A Python str is a sequence of code points `0..=0x10FFFF`, lone surrogates included
//! (`chr(0xD800)`, `b'\xff'.decode('utf-8', 'surrogateescape')`). weft stores the text in
//! generalized UTF-8 (see [`crate::text::gutf8`]): plain UTF-8 for the common case, with
//! surrogates as their own 3-byte sequences, so `'\ud83d' + '\ude00'` stays two code points.
//!
//! Representation: `data` is always a valid Rust `str`, so [`Str::as_str`] is a plain field
//! access and every ordinary str works exactly as fast as a `Box<str>`. Only a str that holds a
//! surrogate also carries `wide`, its generalized UTF-8; its `data` is then the lossy form (each
//! surrogate as `U+FFFD`), which has the same byte length, code-point count and character
//! boundaries, so indexing (`byte_offset`, the character index) is shared by both forms. The
//! exact operations (`as_bytes`, `code_point_at`, `code_points`, equality, hash, ordering)
//! read `wide` when it is there; code that takes `as_str()` of a surrogate str sees the lossy
//! text, so whatever must keep surrogates (indexing, slicing, iteration, comparison,
//! concatenation, `join`, `in`, `repr`, the codecs, printing) goes through the exact view, and
//! the text methods and formatting run on private-use stand-ins (`str_exact`). No `unsafe` is
//! needed: the two forms are separate, safe buffers, and the cost falls on surrogate strs only
//! (one `Option` check on the paths that must tell them apart).
//!
//! The methods live in `str_*.rs` beside this file: argument conventions and error conversion
//! (`str_args`), codecs (`str_codec`), construction (`str_new`), the slot dunders
//! (`str_dunders`), the text methods (`str_methods`), their surrogate-exact wrapper
//! (`str_exact`), `format`/`format_map`/`__format__` (`str_format`) and
//! `maketrans`/`translate` (`str_translate`). `bytes` and `bytearray` share the argument and
//! codec modules.
use crate::heap::{GilShared, Kind, ObjRef, Payload, Value};
use crate::text::gutf8;
use std::cell::{Cell, OnceCell, RefCell};
use std::cmp::Ordering;
use std::collections::HashMap;

#[path = "str_args.rs"]
pub(crate) mod args;
#[path = "str_codec.rs"]
pub mod codec;
#[path = "str_codec_custom.rs"]
pub mod codec_custom;
#[path = "str_codec_wrap.rs"]
pub mod codec_wrap;
#[path = "str_dunders.rs"]
mod dunders;
#[path = "str_exact.rs"]
mod exact;
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
#[path = "str_surrogate_tests.rs"]
mod surrogate_tests;
#[cfg(test)]
#[path = "str_test_eval.rs"]
pub(crate) mod test_eval;
#[cfg(test)]
#[path = "str_tests.rs"]
mod tests;

pub struct Str {
    hash: Cell<i64>,
    nchars: usize,
    /// The text, or for a str with surrogates its lossy form (see the module comment).
    data: Box<str>,
    /// The generalized UTF-8 of a str that holds a lone surrogate; `None` otherwise.
    wide: Option<Box<[u8]>>,
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
            wide: None,
            index: OnceCell::new(),
        }
    }
    /// A str from generalized UTF-8 (as [`Str::as_bytes`] gives; anything else is read
    /// lossily).
    pub fn from_gutf8(b: Vec<u8>) -> Str {
        if !gutf8::has_surrogate(&b) {
            return Str::from_string(
                String::from_utf8(b)
                    .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned()),
            );
        }
        let mut s = Str::from_string(gutf8::lossy(&b));
        if s.data.len() == b.len() {
            s.wide = Some(b.into_boxed_slice());
        }
        s
    }
    /// A str of code points (each below `0x110000`).
    pub fn from_code_points(cps: &[u32]) -> Str {
        Str::from_gutf8(gutf8::from_code_points(cps))
    }
    /// The text as a Rust `str`. For a str holding lone surrogates this is its lossy form (each
    /// surrogate as `U+FFFD`, same indices): use [`Str::as_bytes`] or [`Str::code_points`]
    /// where surrogates matter, or [`Str::exact_str`] to tell the cases apart.
    #[inline]
    pub fn as_str(&self) -> &str {
        &self.data
    }
    /// The text when it holds no lone surrogate.
    #[inline]
    pub fn exact_str(&self) -> Option<&str> {
        match self.wide {
            None => Some(&self.data),
            Some(_) => None,
        }
    }
    /// Whether the text holds a lone surrogate.
    #[inline]
    pub fn has_surrogates(&self) -> bool {
        self.wide.is_some()
    }
    /// The text in generalized UTF-8 (its UTF-8 when it holds no surrogate).
    #[inline]
    pub fn as_bytes(&self) -> &[u8] {
        match &self.wide {
            None => self.data.as_bytes(),
            Some(b) => b,
        }
    }
    /// The code points, surrogates included.
    pub fn code_points(&self) -> impl Iterator<Item = u32> + '_ {
        gutf8::code_points(self.as_bytes())
    }
    /// Equality of the code-point sequences.
    #[inline]
    pub fn text_eq(&self, other: &Str) -> bool {
        self.data == other.data && self.wide == other.wide
    }
    /// Code-point order (always inlined: the eval loop's comparison fast path calls it).
    #[inline(always)]
    pub fn text_cmp(&self, other: &Str) -> Ordering {
        match (&self.wide, &other.wide) {
            (None, None) => self.data.cmp(&other.data),
            _ => self.as_bytes().cmp(other.as_bytes()),
        }
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
        let h = hash_bytes(self.as_bytes());
        self.hash.set(h);
        h
    }
    /// The code point at index `i` (0 <= i < char_len), surrogates included.
    pub fn code_point_at(&self, i: usize) -> Option<u32> {
        if self.is_ascii() {
            return self.data.as_bytes().get(i).map(|b| u32::from(*b));
        }
        if i >= self.nchars {
            return None;
        }
        gutf8::decode_at(self.as_bytes(), self.byte_offset(i)).map(|(cp, _)| cp)
    }
    /// Byte offset of code point index `i` (clamped to the end); the same in `as_str()` and
    /// `as_bytes()`.
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
    /// The generalized UTF-8 of code points `[start, end)`.
    pub fn substr_bytes(&self, start: usize, end: usize) -> &[u8] {
        if start >= end {
            return &[];
        }
        let a = self.byte_offset(start);
        let b = self.byte_offset(end);
        &self.as_bytes()[a..b]
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

/// The canonical interned strs of the process. Builtin types are shared by all threads, so a name
/// interned on one thread is the same object on every other (maps and type dicts compare interned
/// names by identity).
static INTERNED: GilShared<std::cell::LazyCell<RefCell<NameMap<ObjRef>>>> =
    GilShared(std::cell::LazyCell::new(Default::default));

/// The interned str object for `s` (created once per process, immortal).
pub fn intern(s: &str) -> ObjRef {
    INTERNED.with(|t| {
        if let Some(o) = t.borrow().get(s) {
            return o.clone();
        }
        let o = crate::heap::alloc(&crate::objects::types().str, Str::new(s), None);
        o.make_immortal();
        o.set_flag(crate::heap::flag::INTERNED);
        t.borrow_mut().insert(s.into(), o.clone());
        o
    })
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
        Some(s) if o.ty().is(&crate::objects::types().str) && !s.has_surrogates() => {
            intern(s.as_str())
        }
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

/// The decimal text of `i`, formatted on the stack.
pub fn from_i64(i: i64) -> Value {
    let mut buf = [0u8; 20];
    let mut pos = buf.len();
    let mut n = i.unsigned_abs();
    loop {
        pos -= 1;
        buf[pos] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    let mut text = [0u8; 21];
    let mut len = 0;
    if i < 0 {
        text[0] = b'-';
        len = 1;
    }
    let digits = &buf[pos..];
    text[len..len + digits.len()].copy_from_slice(digits);
    len += digits.len();
    new_str(std::str::from_utf8(&text[..len]).unwrap_or("0"))
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

/// A str from generalized UTF-8 (see [`Str::from_gutf8`]).
pub fn new_gutf8(b: Vec<u8>) -> Value {
    if !gutf8::has_surrogate(&b) {
        return match String::from_utf8(b) {
            Ok(s) => new_string(s),
            Err(e) => new_string(String::from_utf8_lossy(e.as_bytes()).into_owned()),
        };
    }
    Value::obj(crate::heap::alloc(
        &crate::objects::types().str,
        Str::from_gutf8(b),
        None,
    ))
}

/// A str from a slice of generalized UTF-8 (a piece of [`Str::as_bytes`]).
pub fn new_gutf8_slice(b: &[u8]) -> Value {
    match std::str::from_utf8(b) {
        Ok(s) => new_str(s),
        Err(_) => new_gutf8(b.to_vec()),
    }
}

/// A new str of code points `[start, end)` of `s` (no validation for an ordinary str).
pub fn substr_value(s: &Str, start: usize, end: usize) -> Value {
    match s.exact_str() {
        Some(t) if start < end => new_str(
            t.get(s.byte_offset(start)..s.byte_offset(end))
                .unwrap_or_default(),
        ),
        Some(_) => new_str(""),
        None => new_gutf8_slice(s.substr_bytes(start, end)),
    }
}

/// A str of code points (each below `0x110000`).
pub fn new_code_points(cps: &[u32]) -> Value {
    new_gutf8(gutf8::from_code_points(cps))
}

/// The one-character str of code point `cp` (below `0x110000`); Latin-1 characters are shared,
/// as CPython shares them.
pub fn char_value(cp: u32) -> Value {
    match char::from_u32(cp) {
        Some(c) => {
            let mut buf = [0u8; 4];
            let s = c.encode_utf8(&mut buf);
            if cp < 0x100 {
                Value::obj(intern(s))
            } else {
                new_str(s)
            }
        }
        None => new_code_points(&[cp]),
    }
}

/// `a + b` for two strs (no surrogates merge: see [`crate::text::gutf8`]).
pub fn concat(a: &Str, b: &Str) -> Value {
    match (a.exact_str(), b.exact_str()) {
        (Some(p), Some(q)) => {
            let mut s = String::with_capacity(p.len() + q.len());
            s.push_str(p);
            s.push_str(q);
            new_string(s)
        }
        _ => new_gutf8([a.as_bytes(), b.as_bytes()].concat()),
    }
}

/// The concatenation of str values (other values count as empty), as `BUILD_STRING` needs.
pub fn join_values(items: &[Value]) -> Value {
    let strs = || items.iter().filter_map(as_str_obj);
    if strs().all(|s| !s.has_surrogates()) {
        let mut out = String::with_capacity(strs().map(|s| s.as_str().len()).sum());
        for s in strs() {
            out.push_str(s.as_str());
        }
        return new_string(out);
    }
    new_gutf8(strs().flat_map(|s| s.as_bytes()).copied().collect())
}

/// The text of a str value with lone surrogates as `\udXXX`, as `backslashreplace` writes them
/// (what a traceback on stderr shows).
pub fn text_for_stderr(v: &Value) -> Option<std::borrow::Cow<'_, str>> {
    let s = as_str_obj(v)?;
    Some(match s.exact_str() {
        Some(t) => std::borrow::Cow::Borrowed(t),
        None => {
            let mut out = String::with_capacity(s.as_str().len() + 8);
            for cp in s.code_points() {
                match char::from_u32(cp) {
                    Some(c) => out.push(c),
                    None => out.push_str(&format!("\\u{cp:04x}")),
                }
            }
            std::borrow::Cow::Owned(out)
        }
    })
}

/// The text of a str value (exact str or subclass); lossy for a str with surrogates (see
/// [`Str::as_str`]).
#[inline]
pub fn as_str(v: &Value) -> Option<&str> {
    v.as_obj()
        .and_then(|o| o.downcast::<Str>())
        .map(|s| s.as_str())
}

/// The generalized UTF-8 of a str value (see [`Str::as_bytes`]).
#[inline]
pub fn as_bytes(v: &Value) -> Option<&[u8]> {
    as_str_obj(v).map(Str::as_bytes)
}

#[inline]
pub fn as_str_obj(v: &Value) -> Option<&Str> {
    v.as_obj().and_then(|o| o.downcast::<Str>())
}

/// An instance of `cls` (`str` or a subclass) with text `s`: subclass instances get the
/// attribute area their class needs.
pub fn new_str_of(cls: &ObjRef, s: Str) -> Value {
    let cap = crate::interp::typecall::attr_capacity(cls);
    let o = crate::heap::alloc(cls, s, cap);
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
        substr_value(s, 0, s.char_len())
    }
}

pub(crate) use dunders::{contains_str, repeat_str};
pub(crate) use exact::StandIns;

/// Fills the namespace of `str`.
pub fn register() {
    let ty = &crate::objects::types().str;
    new::register(ty);
    dunders::register(ty);
    methods::register(ty);
    format::register(ty);
    translate::register(ty);
}
