//! Character names: `name` and `lookup`. The names themselves are the vm's (shared with `\N{...}`
//! and the `namereplace` error handler); this adds the aliases and named sequences that only
//! `lookup` accepts, and the 3.2.0 database's view.
use super::db::{self, Db};
use super::tables as t;
use weft_vm::text::codecs::{char_name, lookup_name};

/// CPython's `NAME_MAXLEN`: longer names are refused before any search.
pub(crate) const NAME_MAXLEN: usize = 256;

/// The name of `cp`, if it has one in `db`.
pub(crate) fn name(db: Db, cp: u32) -> Option<String> {
    if db == Db::V320 && db::unassigned_in_320(cp) {
        return None;
    }
    char_name(cp)
}

/// The text `name` stands for: a character, or several for a named sequence.
pub(crate) fn lookup(db: Db, name: &str) -> Option<Vec<u32>> {
    if let Some(cp) = lookup_name(name) {
        // 3.2.0 checks assignment only for names from its name list: the Hangul and unified
        // ideograph rules are applied with 14.0.0's ranges, as in CPython.
        let by_rule =
            name.starts_with("HANGUL SYLLABLE ") || name.starts_with("CJK UNIFIED IDEOGRAPH-");
        if db == Db::V320 && !by_rule && db::unassigned_in_320(cp) {
            return None;
        }
        return Some(vec![cp]);
    }
    if db == Db::V320 {
        return None;
    }
    // Both lists are sorted and upper case, and match in any case.
    let upper = name.to_ascii_uppercase();
    if let Ok(i) = t::ALIASES.binary_search_by(|(n, _)| n.cmp(&upper.as_str())) {
        return Some(vec![t::ALIASES[i].1]);
    }
    let i = t::NAMED_SEQUENCES
        .binary_search_by(|(n, _)| n.cmp(&upper.as_str()))
        .ok()?;
    Some(t::NAMED_SEQUENCES[i].1.chars().map(u32::from).collect())
}
