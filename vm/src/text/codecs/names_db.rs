//! `unicodedata.name` and `lookup` for `namereplace` and `\N{...}`: the names that follow a
//! rule (Hangul syllables and the ideographs named `PREFIX-XXXX` after their code point, ranges
//! in `tables.rs`) are computed, the others come from the generated list in `names_list.rs`.

use super::names_list::{CODES, NAMES, OFFSETS};
use crate::text::tables::HEX_NAMED;

const HANGUL_BASE: u32 = 0xac00;
const HANGUL_COUNT: u32 = 19 * 21 * 28;
const LEADS: [&str; 19] = [
    "G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P",
    "H",
];
const VOWELS: [&str; 21] = [
    "A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE",
    "WI", "YU", "EU", "YI", "I",
];
const TAILS: [&str; 28] = [
    "", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M",
    "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H",
];
const HANGUL_PREFIX: &str = "HANGUL SYLLABLE ";

/// `unicodedata.name(chr(cp))` for the rule-named characters.
pub fn char_name(cp: u32) -> Option<String> {
    if let Ok(i) = CODES.binary_search(&cp) {
        return Some(listed_name(i).to_owned());
    }
    if let Some(s) = cp.checked_sub(HANGUL_BASE).filter(|&s| s < HANGUL_COUNT) {
        let (l, v, t) = (
            (s / 28 / 21) as usize,
            (s / 28 % 21) as usize,
            (s % 28) as usize,
        );
        return Some(format!(
            "{HANGUL_PREFIX}{}{}{}",
            LEADS[l], VOWELS[v], TAILS[t]
        ));
    }
    let i = HEX_NAMED.partition_point(|&(first, ..)| first <= cp);
    let &(_, last, prefix) = HEX_NAMED.get(i.checked_sub(1)?)?;
    (cp <= last).then(|| format!("{prefix}{cp:04X}"))
}

/// The `i`th listed name.
fn listed_name(i: usize) -> &'static str {
    &NAMES[OFFSETS[i] as usize..OFFSETS[i + 1] as usize - 1]
}

const UNIFIED_PREFIX: &str = "CJK UNIFIED IDEOGRAPH-";

/// The syllable spelled `lead vowel tail`, each part the longest jamo name that matches there
/// (the first of equal length), as CPython reads it.
fn hangul_code(syllable: &str) -> Option<u32> {
    let mut rest = syllable;
    let mut parts = [0u32; 3];
    for (part, table) in parts.iter_mut().zip([&LEADS[..], &VOWELS[..], &TAILS[..]]) {
        let mut best: Option<(usize, usize)> = None;
        for (i, jamo) in table.iter().enumerate() {
            if rest.starts_with(jamo) && best.is_none_or(|(_, len)| jamo.len() > len) {
                best = Some((i, jamo.len()));
            }
        }
        let (i, len) = best?;
        *part = i as u32;
        rest = &rest[len..];
    }
    if !rest.is_empty() {
        return None;
    }
    let [l, v, t] = parts;
    Some(HANGUL_BASE + (l * 21 + v) * 28 + t)
}

/// The indices of the listed names in name order (all names are upper case), built on the first
/// lookup: 4 bytes a name instead of a hash table of strings.
fn by_name() -> &'static [u32] {
    static SORTED: std::sync::OnceLock<Vec<u32>> = std::sync::OnceLock::new();
    SORTED.get_or_init(|| {
        let mut v: Vec<u32> = (0..CODES.len() as u32).collect();
        v.sort_unstable_by_key(|&i| listed_name(i as usize));
        v
    })
}

/// `unicodedata.lookup(name)` for the rule-named characters. As in CPython, the Hangul and
/// unified-ideograph rules match upper case only (the ideographs with four or five hex
/// digits), while the other names, which CPython keeps in its name list, match in any case.
pub fn lookup_name(name: &str) -> Option<u32> {
    if let Some(syllable) = name.strip_prefix(HANGUL_PREFIX) {
        return hangul_code(syllable);
    }
    if let Some(digits) = name.strip_prefix(UNIFIED_PREFIX) {
        let upper_hex = |b: u8| b.is_ascii_digit() || (b'A'..=b'F').contains(&b);
        if !(4..=5).contains(&digits.len()) || !digits.bytes().all(upper_hex) {
            return None;
        }
        let cp = u32::from_str_radix(digits, 16).ok()?;
        return char_name(cp)
            .filter(|n| n.starts_with(UNIFIED_PREFIX))
            .map(|_| cp);
    }
    let upper = name.to_ascii_uppercase();
    let sorted = by_name();
    if let Ok(at) = sorted.binary_search_by(|&i| listed_name(i as usize).cmp(upper.as_str())) {
        return CODES.get(sorted[at] as usize).copied();
    }
    if upper.starts_with(HANGUL_PREFIX) || upper.starts_with(UNIFIED_PREFIX) {
        return None;
    }
    let (_, digits) = upper.rsplit_once('-')?;
    let cp = u32::from_str_radix(digits, 16).ok()?;
    char_name(cp).filter(|n| *n == upper).map(|_| cp)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::pyref;

    #[test]
    fn names_agree_with_unicodedata() {
        let ours: Vec<String> = (0..=0x10ffffu32)
            .filter_map(|cp| char_name(cp).map(|n| format!("{cp:x} {n}")))
            .collect();
        let theirs = pyref::run_python(
            "import unicodedata, re\n\
             for i in range(sys.maxunicode + 1):\n\
             \x20   n = unicodedata.name(chr(i), '')\n\
             \x20   if n:\n\
             \x20       print('%x %s' % (i, n))\n",
            &[],
        );
        pyref::assert_lines_eq(&ours, &ours, &theirs);
        assert_eq!(lookup_name("HANGUL SYLLABLE GAG"), Some(0xac01));
        assert_eq!(lookup_name("hangul syllable gag"), None);
        assert_eq!(lookup_name("HANGUL SYLLABLE "), None);
        assert_eq!(lookup_name("HANGUL SYLLABLE A"), Some(0xc544));
        assert_eq!(lookup_name("HANGUL SYLLABLE GGWAELH"), Some(0xaf73));
        assert_eq!(lookup_name("HANGUL SYLLABLE GAGX"), None);
        for cp in (HANGUL_BASE..HANGUL_BASE + HANGUL_COUNT).step_by(7) {
            assert_eq!(char_name(cp).and_then(|n| lookup_name(&n)), Some(cp));
        }
        assert_eq!(lookup_name("CJK UNIFIED IDEOGRAPH-4E00"), Some(0x4e00));
        assert_eq!(lookup_name("CJK UNIFIED IDEOGRAPH-04E00"), Some(0x4e00));
        assert_eq!(lookup_name("CJK UNIFIED IDEOGRAPH-4e00"), None);
        assert_eq!(lookup_name("cjk unified ideograph-4E00"), None);
        assert_eq!(lookup_name("CJK UNIFIED IDEOGRAPH-0041"), None);
        assert_eq!(
            lookup_name("cjk compatibility ideograph-f900"),
            Some(0xf900)
        );
        assert_eq!(lookup_name("CJK COMPATIBILITY IDEOGRAPH-0F900"), None);
        assert_eq!(lookup_name("euro sign"), Some(0x20ac));
        assert_eq!(lookup_name("TANGUT IDEOGRAPH-17000"), None);
        assert_eq!(lookup_name("nushu character-1b170"), Some(0x1b170));
    }
}
