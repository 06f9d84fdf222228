//! Per-character properties of the two databases `unicodedata` serves: Unicode 14.0.0 (the module
//! functions) and 3.2.0 (`ucd_3_2_0`, for IDNA and stringprep), the latter as CPython keeps it, a
//! delta over 14.0.0: characters assigned since are unassigned, and a few properties changed.
use super::tables as t;
use weft_vm::text::unicode_props;

/// Which database a call reads.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Db {
    /// Unicode 14.0.0.
    Current,
    /// Unicode 3.2.0.
    V320,
}

/// A 3.2.0 difference: category, bidirectional, east asian width, mirrored, decimal (255: same).
type Change = (u32, u8, u8, u8, u8, u8);
const SAME: u8 = 255;

/// Index into a two-level table.
fn two_level<A: Copy + Into<usize>, B: Copy + Into<usize>>(
    index1: &[A],
    index2: &[B],
    shift: u32,
    cp: u32,
) -> usize {
    let block = index1.get((cp >> shift) as usize).map_or(0, |&b| b.into());
    let at = (block << shift) + (cp & ((1 << shift) - 1)) as usize;
    index2.get(at).map_or(0, |&v| v.into())
}

/// (category, combining, bidirectional, east asian width, mirrored, quick checks) of `cp` in
/// 14.0.0.
fn record(cp: u32) -> (u8, u8, u8, u8, u8, u8) {
    let i = two_level(&t::RECORD_INDEX1, &t::RECORD_INDEX2, t::RECORD_SHIFT, cp);
    t::RECORDS.get(i).copied().unwrap_or((0, 0, 0, 0, 0, 0))
}

/// Whether `cp` was assigned after Unicode 3.2.0 (CPython's `category_changed == 0`).
pub(crate) fn unassigned_in_320(cp: u32) -> bool {
    let i = t::OLD_UNASSIGNED.partition_point(|&(first, _)| first <= cp);
    i > 0 && cp <= t::OLD_UNASSIGNED[i - 1].1
}

fn change(cp: u32) -> Option<&'static Change> {
    let i = t::OLD_CHANGES.binary_search_by_key(&cp, |c| c.0).ok()?;
    t::OLD_CHANGES.get(i)
}

/// A field of the 3.2.0 delta, when it differs.
fn changed(db: Db, cp: u32, field: fn(&Change) -> u8) -> Option<u8> {
    if db == Db::Current {
        return None;
    }
    change(cp).map(field).filter(|&v| v != SAME)
}

fn name_of(names: &'static [&'static str], i: u8) -> &'static str {
    names.get(usize::from(i)).copied().unwrap_or("")
}

pub(crate) fn category(db: Db, cp: u32) -> &'static str {
    if db == Db::V320 && unassigned_in_320(cp) {
        return "Cn";
    }
    let i = changed(db, cp, |c| c.1).unwrap_or(record(cp).0);
    name_of(&t::CATEGORY_NAMES, i)
}

pub(crate) fn bidirectional(db: Db, cp: u32) -> &'static str {
    if db == Db::V320 && unassigned_in_320(cp) {
        return "";
    }
    let i = changed(db, cp, |c| c.2).unwrap_or(record(cp).2);
    name_of(&t::BIDI_NAMES, i)
}

pub(crate) fn combining(db: Db, cp: u32) -> u8 {
    if db == Db::V320 && unassigned_in_320(cp) {
        return 0;
    }
    ccc(cp)
}

/// The canonical combining class in 14.0.0, which normalization reads for both databases, as
/// CPython does.
pub(crate) fn ccc(cp: u32) -> u8 {
    record(cp).1
}

/// The combining class and the packed normalization quick checks of `cp` (see
/// `gen_tables.py`).
pub(crate) fn ccc_and_quick_check(cp: u32) -> (u8, u8) {
    let r = record(cp);
    (r.1, r.5)
}

pub(crate) fn east_asian_width(db: Db, cp: u32) -> &'static str {
    if db == Db::V320 && unassigned_in_320(cp) {
        // CPython's index 0 of its width names.
        return "F";
    }
    let i = changed(db, cp, |c| c.3).unwrap_or(record(cp).3);
    name_of(&t::WIDTH_NAMES, i)
}

pub(crate) fn mirrored(db: Db, cp: u32) -> u8 {
    if db == Db::V320 && unassigned_in_320(cp) {
        return 0;
    }
    changed(db, cp, |c| c.4).unwrap_or(record(cp).4)
}

pub(crate) fn decimal(db: Db, cp: u32) -> Option<u32> {
    if db == Db::V320 {
        if unassigned_in_320(cp) {
            return None;
        }
        if let Some(d) = changed(db, cp, |c| c.5) {
            return Some(u32::from(d));
        }
    }
    unicode_props::decimal_value(char::from_u32(cp)?)
}

/// `digit` reads 14.0.0 in both databases, as CPython's does.
pub(crate) fn digit(cp: u32) -> Option<u32> {
    unicode_props::digit_value(char::from_u32(cp)?)
}

pub(crate) fn numeric(db: Db, cp: u32) -> Option<f64> {
    if db == Db::V320 {
        if unassigned_in_320(cp) {
            return None;
        }
        if let Some(d) = changed(db, cp, |c| c.5) {
            return Some(f64::from(d));
        }
    }
    unicode_props::numeric_value(char::from_u32(cp)?)
}

/// The decomposition of `cp`: its tag index (0: canonical) and code points.
pub(crate) fn decomposition(db: Db, cp: u32) -> Option<(u8, &'static [u32])> {
    if db == Db::V320 && unassigned_in_320(cp) {
        return None;
    }
    let at = two_level(&t::DECOMP_INDEX1, &t::DECOMP_INDEX2, t::DECOMP_SHIFT, cp);
    if at == 0 {
        return None;
    }
    let header = *t::DECOMP_DATA.get(at)?;
    let count = (header >> 8) as usize;
    let codes = t::DECOMP_DATA.get(at + 1..at + 1 + count)?;
    Some(((header & 0xff) as u8, codes))
}

/// `unicodedata.decomposition(chr(cp))`: `<tag> XXXX YYYY`, or empty.
pub(crate) fn decomposition_text(db: Db, cp: u32) -> String {
    let Some((tag, codes)) = decomposition(db, cp) else {
        return String::new();
    };
    let mut out = name_of(&t::DECOMP_PREFIXES, tag).to_string();
    for c in codes {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&format!("{c:04X}"));
    }
    out
}

/// 3.2.0's decomposition of a character whose mapping was corrected later.
pub(crate) fn correction_320(cp: u32) -> Option<u32> {
    let i = t::OLD_CORRECTIONS.binary_search_by_key(&cp, |c| c.0).ok()?;
    t::OLD_CORRECTIONS.get(i).map(|c| c.1)
}

/// Whether `cp` is the first character of a canonical composition.
pub(crate) fn composes_first(cp: u32) -> bool {
    let i = t::COMPOSITIONS.partition_point(|c| c.0 < cp);
    t::COMPOSITIONS.get(i).is_some_and(|c| c.0 == cp)
}

/// The primary composite of `first` and `second`.
pub(crate) fn compose(first: u32, second: u32) -> Option<u32> {
    let i = t::COMPOSITIONS
        .binary_search_by_key(&(first, second), |c| (c.0, c.1))
        .ok()?;
    t::COMPOSITIONS.get(i).map(|c| c.2)
}
