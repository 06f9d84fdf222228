//! `str.lower`, `upper`, `title`, `capitalize`, `swapcase` and `casefold`, with Unicode's full
//! (one-to-many) mappings and the one context rule Python applies: a capital sigma becomes
//! final `ς` when a cased letter precedes it and none follows (case-ignorable characters such
//! as apostrophes and combining marks are skipped in both directions).

use crate::text::unicode_props::{
    is_case_ignorable, is_cased, is_lowercase, is_uppercase, push_fold, push_lower, push_title,
    push_upper,
};

const CAPITAL_SIGMA: char = '\u{3a3}';

/// Whether the capital sigma at byte `at` of `s` is word-final.
fn is_final_sigma(s: &str, at: usize) -> bool {
    let cased_before = s[..at]
        .chars()
        .rev()
        .find(|&c| !is_case_ignorable(c))
        .is_some_and(is_cased);
    cased_before
        && !s[at + CAPITAL_SIGMA.len_utf8()..]
            .chars()
            .find(|&c| !is_case_ignorable(c))
            .is_some_and(is_cased)
}

/// Appends the lowercase of the character `c` at byte `at` of `s` (CPython's `lower_ucs4`).
fn push_lower_at(s: &str, at: usize, c: char, out: &mut String) {
    if c == CAPITAL_SIGMA {
        out.push(if is_final_sigma(s, at) {
            '\u{3c2}'
        } else {
            '\u{3c3}'
        });
    } else {
        push_lower(c, out);
    }
}

/// `s.lower()`.
pub fn lower(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for (at, c) in s.char_indices() {
        push_lower_at(s, at, c, &mut out);
    }
    out
}

/// `s.upper()`.
pub fn upper(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_uppercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_upper(c, &mut out);
    }
    out
}

/// `s.casefold()`.
pub fn casefold(s: &str) -> String {
    if s.is_ascii() {
        return s.to_ascii_lowercase();
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push_fold(c, &mut out);
    }
    out
}

/// `s.title()`: a character after a cased one is lowercased, any other titlecased.
pub fn title(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut previous_is_cased = false;
    for (at, c) in s.char_indices() {
        if previous_is_cased {
            push_lower_at(s, at, c, &mut out);
        } else {
            push_title(c, &mut out);
        }
        previous_is_cased = is_cased(c);
    }
    out
}

/// `s.capitalize()`: the first character titlecased (since Python 3.8), the rest lowercased.
pub fn capitalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for (at, c) in s.char_indices() {
        if at == 0 {
            push_title(c, &mut out);
        } else {
            push_lower_at(s, at, c, &mut out);
        }
    }
    out
}

/// `s.swapcase()`: Uppercase characters lowered, Lowercase ones uppered, the rest kept.
pub fn swapcase(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for (at, c) in s.char_indices() {
        if is_uppercase(c) {
            push_lower_at(s, at, c, &mut out);
        } else if is_lowercase(c) {
            push_upper(c, &mut out);
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::pyref::{self, Rng};

    #[test]
    fn case_methods_agree_with_python() {
        let mut rng = Rng::new(17);
        let mut cases: Vec<String> = [
            "ΑΣ",
            "ΑΣ'",
            "Α'Σ'",
            "Σ",
            "ΑΣΑ",
            "ΑΣ\u{301}Α",
            "aΣ b",
            "ß ﬁ İ",
            "ǆa ǅ",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        for _ in 0..6000 {
            let mut s = rng.text(8);
            if rng.below(3) == 0 {
                let k = rng.below(4) as usize;
                let at = s.char_indices().map(|(i, _)| i).nth(k).unwrap_or(s.len());
                s.insert(at, 'Σ');
            }
            cases.push(s);
        }
        let inputs: Vec<String> = cases.iter().map(|s| pyref::arg(s)).collect();
        let fns: [fn(&str) -> String; 6] = [lower, upper, title, capitalize, swapcase, casefold];
        let ours: Vec<String> = cases
            .iter()
            .map(|s| {
                fns.iter()
                    .map(|f| pyref::hex(f(s).as_bytes()))
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect();
        let theirs = pyref::run_python(
            "for w in sys.stdin.read().split():\n\
             \x20   s = arg(w)\n\
             \x20   print(' '.join(enc(f(s)) for f in (str.lower, str.upper, str.title, str.capitalize, str.swapcase, str.casefold)))\n",
            &inputs,
        );
        pyref::assert_lines_eq(&inputs, &ours, &theirs);
    }
}
