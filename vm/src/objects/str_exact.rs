//! The text methods on strs that hold lone surrogates, exactly.
//!
//! The algorithms of `crate::text::str_methods` work on Rust `&str`, which cannot hold a
//! surrogate. Rather than a second, code-point version of each, a call whose receiver or str
//! arguments hold surrogates runs the same method on stand-ins: each surrogate `U+D800 + k`
//! becomes the private-use character `base + k`, for a 2048-character block `base` of planes 15
//! and 16 that none of the strings involved uses, and in the result (a str, or a list or tuple
//! of strs) those characters turn back into surrogates. The substitution is exact for these
//! methods: surrogates and private-use characters are alike to every one of them (uncased, not
//! alphanumeric, not printable, not whitespace or a line break, one code point each), and the
//! methods never expose code point values. Methods that do (`translate`, `maketrans`) or that
//! are already exact (`join`, `encode`) are not wrapped. Ordinary strs take the direct path
//! after one check of each argument.
use super::Str;
use crate::heap::Value;
use crate::interp::error::PyResult;
use crate::interp::Vm;
use crate::objects::builtin::{Args, NativeFn};
use crate::objects::{list, str as pystr, tuple};
use std::borrow::Cow;

const SURROGATES: u32 = 0xD800;
const BLOCK: u32 = 0x800;

/// Wraps a method of `str` so that it is exact on strs with surrogates (see the module
/// comment).
macro_rules! exact {
    ($f:path) => {{
        fn wrapped(
            vm: &mut crate::interp::Vm,
            args: &crate::objects::builtin::Args,
        ) -> crate::interp::error::PyResult<crate::heap::Value> {
            super::exact::call(vm, args, $f)
        }
        wrapped as crate::objects::builtin::NativeFn
    }};
}
pub(super) use exact;

/// The strs among the arguments (one level into tuples, for `startswith(("a", "b"))`).
fn strs(all: &[Value]) -> impl Iterator<Item = &Str> {
    all.iter().flat_map(|v| {
        let items = tuple::as_tuple(v).unwrap_or(std::slice::from_ref(v));
        items.iter().filter_map(pystr::as_str_obj)
    })
}

/// Calls `f`, through stand-ins when a str argument holds a surrogate.
pub(super) fn call(vm: &mut Vm, args: &Args, f: NativeFn) -> PyResult<Value> {
    if !strs(args.all).any(Str::has_surrogates) {
        return f(vm, args);
    }
    let Some(base) = free_block(args.all) else {
        // Every candidate block is in use: the lossy form is the best left.
        return f(vm, args);
    };
    let stand_in = |v: &Value| match tuple::as_tuple(v) {
        Some(items) => tuple::new_tuple(items.iter().map(|x| substitute(x, base)).collect()),
        None => substitute(v, base),
    };
    let all: Vec<Value> = args.all.iter().map(stand_in).collect();
    let r = f(vm, &Args::new(&all, args.kwnames))?;
    Ok(restore(r, base))
}

/// The first private-use block that no str argument uses.
fn free_block(all: &[Value]) -> Option<u32> {
    // Planes 15 and 16 minus their last block, which holds the noncharacters U+xFFFE/F.
    let candidates = (0..2u32).flat_map(|p| (0..31).map(move |k| ((0xF + p) << 16) + k * BLOCK));
    let mut used = vec![false; 62];
    for s in strs(all) {
        for cp in s.code_points().filter(|&cp| cp >= 0xF_0000) {
            let (plane, k) = (cp >> 16, (cp & 0xFFFF) / BLOCK);
            if k < 31 {
                used[((plane - 0xF) * 31 + k) as usize] = true;
            }
        }
    }
    candidates.zip(used).find(|&(_, u)| !u).map(|(b, _)| b)
}

/// A str value with its surrogates as stand-ins (other values unchanged).
fn substitute(v: &Value, base: u32) -> Value {
    match pystr::as_str_obj(v) {
        Some(s) if s.has_surrogates() => {
            let text: String = s
                .code_points()
                .map(|cp| match cp {
                    SURROGATES..=0xDFFF => cp - SURROGATES + base,
                    _ => cp,
                })
                .filter_map(char::from_u32)
                .collect();
            pystr::new_string(text)
        }
        _ => v.clone(),
    }
}

/// The result with stand-ins turned back into surrogates, in a str or the strs of a list or
/// tuple.
fn restore(v: Value, base: u32) -> Value {
    if let Some(items) = tuple::as_tuple(&v) {
        return tuple::new_tuple(items.iter().map(|x| restore_str(x, base)).collect());
    }
    if let Some(l) = list::as_list(&v) {
        let items: Vec<Value> = l
            .items
            .borrow()
            .iter()
            .map(|x| restore_str(x, base))
            .collect();
        return list::new_list(items);
    }
    restore_str(&v, base)
}

fn restore_str(v: &Value, base: u32) -> Value {
    let Some(s) = pystr::as_str_obj(v) else {
        return v.clone();
    };
    let range = base..base + BLOCK;
    if !s.as_str().chars().any(|c| range.contains(&u32::from(c))) {
        return v.clone();
    }
    let cps: Vec<u32> = s
        .code_points()
        .map(|cp| match range.contains(&cp) {
            true => cp - base + SURROGATES,
            false => cp,
        })
        .collect();
    pystr::new_code_points(&cps)
}

/// Stand-ins for lone surrogates while formatting (`%`, `str.format`) builds its result in a
/// Rust `String`: the template and the operands' texts go in with stand-ins, and the result
/// comes out with surrogates. Used only when a surrogate is in sight (the template, a direct
/// operand, or a `%c` ordinal), so ordinary formatting pays one check per operand.
pub(crate) struct StandIns {
    base: u32,
    /// Set when a text without surrogates uses the block (then the result stays lossy).
    spoiled: std::cell::Cell<bool>,
}

impl StandIns {
    /// Stand-ins for a formatting of `template` with `operands` (a tuple's items count), or
    /// `None` when none of them holds a surrogate or a surrogate ordinal.
    pub(crate) fn for_formatting(template: &Value, operands: &[Value]) -> Option<StandIns> {
        let surrogate = |v: &Value| {
            pystr::as_str_obj(v).is_some_and(Str::has_surrogates)
                || v.as_int().is_some_and(|i| (0xD800..=0xDFFF).contains(&i))
        };
        let any = surrogate(template)
            || operands.iter().any(|v| match tuple::as_tuple(v) {
                Some(items) => items.iter().any(surrogate),
                None => surrogate(v),
            });
        if !any {
            return None;
        }
        let all: Vec<Value> = std::iter::once(template.clone())
            .chain(operands.iter().cloned())
            .collect();
        Some(StandIns {
            base: free_block(&all)?,
            spoiled: std::cell::Cell::new(false),
        })
    }

    /// The text of str value `v` (empty for other values), with stand-ins for surrogates when
    /// `stand_ins` are in use.
    pub(crate) fn text_of<'v>(stand_ins: &Option<StandIns>, v: &'v Value) -> Cow<'v, str> {
        match (pystr::as_str_obj(v), stand_ins) {
            (Some(s), Some(si)) => si.text(s),
            (Some(s), None) => Cow::Borrowed(s.as_str()),
            (None, _) => Cow::Borrowed(""),
        }
    }

    /// The text of `s` with stand-ins for its surrogates.
    fn text<'s>(&self, s: &'s Str) -> Cow<'s, str> {
        if !s.has_surrogates() {
            let range = self.base..self.base + BLOCK;
            if s.as_str().chars().any(|c| range.contains(&u32::from(c))) {
                self.spoiled.set(true);
            }
            return Cow::Borrowed(s.as_str());
        }
        Cow::Owned(s.code_points().map(|cp| self.char(cp)).collect())
    }

    /// Code point `cp` (below `0x110000`) as a char, a stand-in for a surrogate.
    pub(crate) fn char(&self, cp: u32) -> char {
        let cp = match cp {
            SURROGATES..=0xDFFF => cp - SURROGATES + self.base,
            _ => cp,
        };
        char::from_u32(cp).unwrap_or('\u{FFFD}')
    }

    /// The formatted result as a str, stand-ins turned back into surrogates.
    pub(crate) fn finish(&self, out: String) -> Value {
        let v = pystr::new_string(out);
        if self.spoiled.get() {
            return v;
        }
        restore_str(&v, self.base)
    }
}
