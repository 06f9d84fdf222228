//! The text a pattern runs over, and the loop that drives `rustpython-sre_engine` over it.
//!
//! The engine counts positions in characters whatever the encoding, as `str` indices do, so a
//! match's spans are Python indices as they come. A str is handed over in the cheapest view that
//! keeps its code points: its bytes when it is ASCII, its UTF-8 when it holds no lone surrogate,
//! else its generalized UTF-8 as WTF-8 (whose decoder reads each surrogate as its own code point).
use super::code::Code;
use rustpython_sre_engine::{Request, State, StrDrive};
use rustpython_wtf8::Wtf8;
use std::rc::Rc;
use weft_vm::heap::Kind;
use weft_vm::heap::Value;
use weft_vm::interp::builtin_types::bytes_like;
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::{ops, Vm};
use weft_vm::objects::bytes;
use weft_vm::objects::str::{self as pystr, Str};

/// Whether `v` is bytes-like (bytes, bytearray, memoryview).
pub(crate) fn is_buffer(v: &Value) -> bool {
    v.as_obj()
        .is_some_and(|o| matches!(o.kind(), Kind::Bytes | Kind::ByteArray | Kind::MemoryView))
}

/// A subject: a str (kept as its object, which is immutable) or the bytes of a bytes-like object,
/// copied once so that a bytearray changing under a match cannot move the engine's cursor.
#[derive(Clone)]
pub(crate) enum Text {
    Str(Value),
    Bytes(Rc<[u8]>),
}

impl Text {
    /// The view of `v`, with CPython's `getstring` error for anything else.
    pub(crate) fn of(vm: &mut Vm, v: &Value) -> PyResult<Text> {
        if pystr::as_str_obj(v).is_some() {
            return Ok(Text::Str(v.clone()));
        }
        if is_buffer(v) {
            return Ok(Text::Bytes(bytes_like(vm, v)?.into()));
        }
        // Any other buffer exporter (`array.array`, `mmap`) is matched over its raw bytes.
        if let Some(b) = weft_vm::objects::native::buffer_bytes(v) {
            return Ok(Text::Bytes(b.into()));
        }
        Err(error::type_error(format!(
            "expected string or bytes-like object, got '{}'",
            ops::type_name_of(v)
        )))
    }

    pub(crate) fn is_bytes(&self) -> bool {
        matches!(self, Text::Bytes(_))
    }

    fn str(&self) -> Option<&Str> {
        match self {
            Text::Str(v) => pystr::as_str_obj(v),
            Text::Bytes(_) => None,
        }
    }

    /// Length in characters.
    pub(crate) fn len(&self) -> usize {
        match self {
            Text::Str(_) => self.str().map_or(0, Str::char_len),
            Text::Bytes(b) => b.len(),
        }
    }

    /// `text[start:end]` as an exact str or bytes.
    pub(crate) fn slice(&self, start: usize, end: usize) -> Value {
        let end = end.max(start);
        match self {
            Text::Str(_) => match self.str() {
                Some(s) => pystr::substr_value(s, start, end),
                None => pystr::new_str(""),
            },
            Text::Bytes(b) => bytes::new_bytes(b.get(start..end).unwrap_or(&[]).to_vec()),
        }
    }

    /// Whether code point `c` occurs (`sub` looks for a backslash in a replacement).
    pub(crate) fn contains_char(&self, c: u32) -> bool {
        match self {
            Text::Str(_) => self.str().is_some_and(|s| s.code_points().any(|x| x == c)),
            Text::Bytes(b) => b.iter().any(|&x| u32::from(x) == c),
        }
    }

    /// One step of `cur` with `code` (see [`Cursor`]).
    pub(crate) fn step(&self, code: &Code, cur: &mut Cursor, mode: Mode) -> Option<Found> {
        match self {
            Text::Bytes(b) => step_on(&b[..], code, cur, mode),
            Text::Str(_) => {
                let s = self.str()?;
                if s.is_ascii() {
                    step_on(s.as_bytes(), code, cur, mode)
                } else if let Some(t) = s.exact_str() {
                    step_on(t, code, cur, mode)
                } else {
                    match Wtf8::from_bytes(s.as_bytes()) {
                        Some(w) => step_on(w, code, cur, mode),
                        None => step_on(s.as_str(), code, cur, mode),
                    }
                }
            }
        }
    }
}

/// How a step looks for a match.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mode {
    /// Anchored at the cursor (`match`).
    Match,
    /// Anchored at both ends (`fullmatch`).
    FullMatch,
    /// Anywhere from the cursor on (`search`).
    Search,
}

/// A match: its span and the spans of groups `1..`, `None` where a group did not take part.
pub(crate) struct Found {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) groups: Vec<Option<(usize, usize)>>,
    pub(crate) lastindex: isize,
}

/// The position of a scan through one subject (CPython's `SRE_STATE` between calls): each step
/// starts where the previous match ended and, after an empty match, must not match empty at the
/// same place again. The engine's state is kept so that its cursor moves forward from where it is
/// instead of being recomputed from the start of a non-ASCII str at every step.
pub(crate) struct Cursor {
    state: State,
    pub(crate) pos: usize,
    pub(crate) end: usize,
    must_advance: bool,
    /// Set once a step found nothing: later steps find nothing either.
    pub(crate) done: bool,
}

impl Cursor {
    pub(crate) fn new(pos: usize, end: usize) -> Cursor {
        Cursor {
            state: State::default(),
            pos,
            end,
            must_advance: false,
            done: false,
        }
    }
}

fn step_on<S: StrDrive>(s: S, code: &Code, cur: &mut Cursor, mode: Mode) -> Option<Found> {
    if cur.done {
        return None;
    }
    // CPython runs an anchored match from a `pos` past `endpos` with nothing left to consume.
    let end = if mode == Mode::Search {
        cur.end
    } else {
        cur.end.max(cur.pos)
    };
    let req = Request {
        string: s,
        start: cur.pos,
        end,
        pattern_codes: code.for_end(end),
        match_all: mode == Mode::FullMatch,
        must_advance: cur.must_advance,
    };
    cur.state.reset(&req, cur.pos);
    let ok = match mode {
        Mode::Search => cur.state.search(req),
        Mode::Match | Mode::FullMatch => cur.state.py_match(&req),
    };
    if !ok {
        cur.done = true;
        return None;
    }
    let st = &cur.state;
    let (start, end) = (st.start, st.cursor.position);
    let ngroups = st.marks.raw().len() / 2;
    let groups = (0..ngroups)
        .map(|i| {
            let (a, b) = st.marks.get(i);
            match (a.into_option(), b.into_option()) {
                (Some(a), Some(b)) if a <= b => Some((a, b)),
                _ => None,
            }
        })
        .collect();
    let lastindex = st.marks.last_index();
    cur.must_advance = end == start;
    cur.pos = end;
    Some(Found {
        start,
        end,
        groups,
        lastindex,
    })
}
