//! The `str.is*` predicates. Except for `isascii` and `isprintable`, each is false for the empty
//! string.

use crate::text::unicode_props::{
    is_alnum, is_alpha, is_decimal, is_digit, is_lowercase, is_numeric, is_printable, is_space,
    is_titlecase, is_uppercase, is_xid_continue, is_xid_start,
};

/// True when `s` is non-empty and every character satisfies `pred`.
fn all_nonempty(s: &str, pred: fn(char) -> bool) -> bool {
    !s.is_empty() && s.chars().all(pred)
}

/// `s.isalnum()`.
pub fn isalnum(s: &str) -> bool {
    all_nonempty(s, is_alnum)
}

/// `s.isalpha()`.
pub fn isalpha(s: &str) -> bool {
    all_nonempty(s, is_alpha)
}

/// `s.isascii()` (true for the empty string).
pub fn isascii(s: &str) -> bool {
    s.is_ascii()
}

/// `s.isdecimal()`.
pub fn isdecimal(s: &str) -> bool {
    all_nonempty(s, is_decimal)
}

/// `s.isdigit()`.
pub fn isdigit(s: &str) -> bool {
    all_nonempty(s, is_digit)
}

/// `s.isnumeric()`.
pub fn isnumeric(s: &str) -> bool {
    all_nonempty(s, is_numeric)
}

/// `s.isspace()`.
pub fn isspace(s: &str) -> bool {
    all_nonempty(s, is_space)
}

/// `s.isprintable()` (true for the empty string).
pub fn isprintable(s: &str) -> bool {
    s.chars().all(is_printable)
}

/// `s.isidentifier()`: XID_Start or `_`, then XID_Continue. Like CPython's method this does
/// not NFKC-normalise; only the tokenizer does that to identifiers in source.
pub fn isidentifier(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c == '_' || is_xid_start(c)) && chars.all(is_xid_continue)
}

/// `s.islower()`: some cased character, and no uppercase or titlecase one.
pub fn islower(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if is_uppercase(c) || is_titlecase(c) {
            return false;
        }
        cased |= is_lowercase(c);
    }
    cased
}

/// `s.isupper()`: some cased character, and no lowercase or titlecase one.
pub fn isupper(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if is_lowercase(c) || is_titlecase(c) {
            return false;
        }
        cased |= is_uppercase(c);
    }
    cased
}

/// `s.istitle()`: uppercase and titlecase characters only after uncased ones, lowercase ones
/// only after cased ones, and at least one cased character.
pub fn istitle(s: &str) -> bool {
    let mut cased = false;
    let mut previous_is_cased = false;
    for c in s.chars() {
        if is_uppercase(c) || is_titlecase(c) {
            if previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else if is_lowercase(c) {
            if !previous_is_cased {
                return false;
            }
            previous_is_cased = true;
            cased = true;
        } else {
            previous_is_cased = false;
        }
    }
    cased
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::pyref::{self, Rng};

    #[test]
    fn predicates_agree_with_python() {
        let mut rng = Rng::new(29);
        let mut cases: Vec<String> = vec![
            String::new(),
            "Ab Cd".into(),
            "ǅa".into(),
            "A1b".into(),
            "_x1".into(),
        ];
        cases.extend((0..8000).map(|_| rng.text(4)));
        let inputs: Vec<String> = cases.iter().map(|s| pyref::arg(s)).collect();
        let fns: [fn(&str) -> bool; 12] = [
            isalnum,
            isalpha,
            isascii,
            isdecimal,
            isdigit,
            isidentifier,
            islower,
            isnumeric,
            isprintable,
            isspace,
            istitle,
            isupper,
        ];
        let ours: Vec<String> = cases
            .iter()
            .map(|s| fns.iter().map(|f| if f(s) { '1' } else { '0' }).collect())
            .collect();
        let theirs = pyref::run_python(
            "fs = (str.isalnum, str.isalpha, str.isascii, str.isdecimal, str.isdigit, str.isidentifier, \
             str.islower, str.isnumeric, str.isprintable, str.isspace, str.istitle, str.isupper)\n\
             for w in sys.stdin.read().split():\n\
             \x20   s = arg(w)\n\
             \x20   print(''.join('1' if f(s) else '0' for f in fs))\n",
            &inputs,
        );
        pyref::assert_lines_eq(&inputs, &ours, &theirs);
    }
}
