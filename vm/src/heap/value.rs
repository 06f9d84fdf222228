//! `Value`: a NaN-boxed 8-byte Python value. Floats, small ints, `None`, `True` and `False` are stored inline
//! and never allocate; everything else is a counted pointer to a heap object.
//!
//! Encoding (the high 16 bits select):
//! - below `0xFFF9`: an `f64` as is, never a NaN: a NaN is a heap `float` (see [`Value::float`]);
//! - `0xFFF9`: a signed 48-bit int;
//! - `0xFFFA`: a 48-bit object pointer;
//! - `0xFFFB`: `None` (0), `False` (2), `True` (3), and `NULL` (4), the empty marker of unbound locals and
//!   3.11's `PUSH_NULL`, never visible to Python code.
use super::ObjRef;
use std::mem::ManuallyDrop;

const TAG_MASK: u64 = 0xFFFF_0000_0000_0000;
const TAG_INT: u64 = 0xFFF9_0000_0000_0000;
pub(super) const TAG_PTR: u64 = 0xFFFA_0000_0000_0000;
const TAG_SPECIAL: u64 = 0xFFFB_0000_0000_0000;
pub(super) const PAYLOAD: u64 = 0x0000_FFFF_FFFF_FFFF;
const FIRST_TAG: u64 = TAG_INT;

/// Smallest and largest ints stored inline.
pub const SMALL_INT_MIN: i64 = -(1 << 47);
pub const SMALL_INT_MAX: i64 = (1 << 47) - 1;

/// A Python value (8 bytes).
#[repr(transparent)]
pub struct Value(u64);

/// A `Value` taken apart for matching.
pub enum Unpacked<'a> {
    None,
    Bool(bool),
    Int(i64),
    Float(f64),
    Obj(&'a ObjRef),
    Null,
}

impl Value {
    pub const NONE: Value = Value(TAG_SPECIAL);
    pub const FALSE: Value = Value(TAG_SPECIAL | 2);
    pub const TRUE: Value = Value(TAG_SPECIAL | 3);
    pub const NULL: Value = Value(TAG_SPECIAL | 4);

    #[inline]
    pub fn bool(b: bool) -> Value {
        Value(TAG_SPECIAL | 2 | b as u64)
    }

    /// An inline int; `None` when `i` is outside the 48-bit range (the caller boxes it).
    #[inline]
    pub fn small_int(i: i64) -> Option<Value> {
        if (SMALL_INT_MIN..=SMALL_INT_MAX).contains(&i) {
            Some(Value(TAG_INT | (i as u64 & PAYLOAD)))
        } else {
            None
        }
    }

    /// A float. Every non-NaN `f64` is stored inline (its bits are below the first tag); a NaN becomes a
    /// heap `float` of its own, so that, as in CPython, each NaN computed is a distinct object (`nan is
    /// float('nan')` is false, containers' identity-first `==` and NaN's identity hash see it) and keeps
    /// its sign and payload. The test is the one branch the NaN canonicalisation cost before.
    #[inline]
    pub fn float(f: f64) -> Value {
        if f.is_nan() {
            return crate::objects::float::boxed_nan(f);
        }
        Value(f.to_bits())
    }

    #[inline]
    pub fn obj(o: ObjRef) -> Value {
        let o = ManuallyDrop::new(o);
        Value(o.tagged_bits())
    }

    /// An inline float (any float but a NaN or a float subclass instance; see `objects::float::to_f64`).
    #[inline]
    pub fn is_float(&self) -> bool {
        self.0 < FIRST_TAG
    }
    #[inline]
    pub fn is_int(&self) -> bool {
        self.0 & TAG_MASK == TAG_INT
    }
    #[inline]
    pub fn is_obj(&self) -> bool {
        self.0 & TAG_MASK == TAG_PTR
    }
    #[inline]
    pub fn is_none(&self) -> bool {
        self.0 == TAG_SPECIAL
    }
    #[inline]
    pub fn is_null(&self) -> bool {
        self.0 == Value::NULL.0
    }
    #[inline]
    pub fn is_bool(&self) -> bool {
        self.0 & !1 == TAG_SPECIAL | 2
    }

    #[inline]
    pub fn as_int(&self) -> Option<i64> {
        if self.is_int() {
            Some(((self.0 << 16) as i64) >> 16)
        } else {
            None
        }
    }
    #[inline]
    pub fn as_float(&self) -> Option<f64> {
        if self.is_float() {
            Some(f64::from_bits(self.0))
        } else {
            None
        }
    }
    #[inline]
    pub fn as_bool(&self) -> Option<bool> {
        if self.is_bool() {
            Some(self.0 & 1 == 1)
        } else {
            None
        }
    }

    /// The object, when this is a heap value.
    #[inline]
    pub fn as_obj(&self) -> Option<&ObjRef> {
        if self.is_obj() {
            // SAFETY: a pointer-tagged Value has exactly the bits of the ObjRef it was made from (both are
            // repr(transparent) over 64 bits and `ObjRef` keeps the tag), and it owns a count on the object, so a
            // borrowed view as `&ObjRef` is valid for the borrow of `self`.
            Some(unsafe { &*(self as *const Value as *const ObjRef) })
        } else {
            None
        }
    }

    #[inline]
    pub fn unpack(&self) -> Unpacked<'_> {
        if self.is_float() {
            return Unpacked::Float(f64::from_bits(self.0));
        }
        match self.0 & TAG_MASK {
            TAG_INT => Unpacked::Int(((self.0 << 16) as i64) >> 16),
            TAG_PTR => Unpacked::Obj(self.as_obj().expect("pointer tag")),
            _ => match self.0 & 7 {
                0 => Unpacked::None,
                2 => Unpacked::Bool(false),
                3 => Unpacked::Bool(true),
                _ => Unpacked::Null,
            },
        }
    }

    /// The raw bits (identity comparison of inline values, `is`).
    #[inline]
    pub fn bits(&self) -> u64 {
        self.0
    }

    /// Takes the value, leaving `NULL`.
    #[inline]
    pub fn take(&mut self) -> Value {
        std::mem::replace(self, Value::NULL)
    }
}

impl Clone for Value {
    #[inline]
    fn clone(&self) -> Value {
        if let Some(o) = self.as_obj() {
            std::mem::forget(o.clone());
        }
        Value(self.0)
    }
}

impl Drop for Value {
    #[inline]
    fn drop(&mut self) {
        if self.is_obj() {
            // SAFETY: a pointer value owns one count on its object and has the bits of an ObjRef; reading it
            // out as an ObjRef hands that count over, and the ObjRef's drop releases it. `self` is not used after.
            drop(unsafe { std::ptr::read(self as *const Value as *const ObjRef) });
        }
    }
}

impl Default for Value {
    fn default() -> Value {
        Value::NULL
    }
}

impl From<ObjRef> for Value {
    fn from(o: ObjRef) -> Value {
        Value::obj(o)
    }
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.unpack() {
            Unpacked::None => write!(f, "None"),
            Unpacked::Bool(b) => write!(f, "{b}"),
            Unpacked::Int(i) => write!(f, "{i}"),
            Unpacked::Float(x) => write!(f, "{x:?}"),
            Unpacked::Obj(o) => write!(f, "{o:?}"),
            Unpacked::Null => write!(f, "NULL"),
        }
    }
}
