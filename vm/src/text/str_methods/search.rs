//! `str.find`, `rfind`, `index`, `rindex`, `count`, `startswith`, `endswith` and `in`.
//!
//! Results are code-point indices. Matching works on the UTF-8 bytes, which is sound because a
//! valid UTF-8 needle can only match a valid UTF-8 haystack at character boundaries.

use crate::text::window::str_window;
use crate::text::TextError;

/// Code points in `s`.
fn cp_len(s: &str) -> usize {
    s.chars().count()
}

/// `s.find(sub, start, end)`: the lowest index of `sub` within `s[start:end]`, or -1. An empty
/// `sub` is found at `start`, unless `start` lies past the end.
pub fn find(s: &str, sub: &str, start: Option<isize>, end: Option<isize>) -> isize {
    let Some(w) = str_window(s, start, end) else {
        return -1;
    };
    match w.text.find(sub) {
        Some(b) => (w.start + cp_len(&w.text[..b])) as isize,
        None => -1,
    }
}

/// `s.rfind(sub, start, end)`: the highest index, or -1. An empty `sub` is found at the end of
/// the window.
pub fn rfind(s: &str, sub: &str, start: Option<isize>, end: Option<isize>) -> isize {
    let Some(w) = str_window(s, start, end) else {
        return -1;
    };
    match w.text.rfind(sub) {
        Some(b) => (w.start + cp_len(&w.text[..b])) as isize,
        None => -1,
    }
}

/// `s.index(sub, start, end)`.
///
/// # Errors
/// `ValueError: substring not found`.
pub fn index(
    s: &str,
    sub: &str,
    start: Option<isize>,
    end: Option<isize>,
) -> Result<usize, TextError> {
    usize::try_from(find(s, sub, start, end)).map_err(|_| TextError::value("substring not found"))
}

/// `s.rindex(sub, start, end)`.
///
/// # Errors
/// `ValueError: substring not found`.
pub fn rindex(
    s: &str,
    sub: &str,
    start: Option<isize>,
    end: Option<isize>,
) -> Result<usize, TextError> {
    usize::try_from(rfind(s, sub, start, end)).map_err(|_| TextError::value("substring not found"))
}

/// `s.count(sub, start, end)`: non-overlapping occurrences; an empty `sub` occurs once more
/// than the window has characters.
pub fn count(s: &str, sub: &str, start: Option<isize>, end: Option<isize>) -> usize {
    match str_window(s, start, end) {
        None => 0,
        Some(w) if sub.is_empty() => cp_len(w.text) + 1,
        Some(w) => w.text.matches(sub).count(),
    }
}

/// `s.startswith(prefix, start, end)` for one prefix (the caller loops over a tuple).
pub fn startswith(s: &str, prefix: &str, start: Option<isize>, end: Option<isize>) -> bool {
    str_window(s, start, end).is_some_and(|w| w.text.starts_with(prefix))
}

/// `s.endswith(suffix, start, end)` for one suffix.
pub fn endswith(s: &str, suffix: &str, start: Option<isize>, end: Option<isize>) -> bool {
    str_window(s, start, end).is_some_and(|w| w.text.ends_with(suffix))
}

/// `sub in s`.
pub fn contains(s: &str, sub: &str) -> bool {
    s.contains(sub)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::pyref::{self, Rng};

    #[test]
    fn searches_agree_with_python() {
        let mut rng = Rng::new(3);
        let mut inputs = Vec::new();
        let mut ours = Vec::new();
        for _ in 0..6000 {
            let s = rng.text(10);
            let sub: String = match rng.below(4) {
                0 => String::new(),
                1 => {
                    let chars: Vec<char> = s.chars().collect();
                    let a = rng.below(chars.len() as u64 + 1) as usize;
                    let b = a + rng.below((chars.len() - a) as u64 + 1).min(3) as usize;
                    chars[a..b].iter().collect()
                }
                _ => rng.text(2),
            };
            let (a, b) = (rng.index(), rng.index());
            inputs.push(format!(
                "{} {} {} {}",
                pyref::arg(&s),
                pyref::arg(&sub),
                pyref::opt(a),
                pyref::opt(b)
            ));
            let show = |r: Result<usize, TextError>| match r {
                Ok(i) => i.to_string(),
                Err(e) => e.message().replace(' ', "_"),
            };
            ours.push(format!(
                "{} {} {} {} {} {} {}",
                find(&s, &sub, a, b),
                rfind(&s, &sub, a, b),
                show(index(&s, &sub, a, b)),
                show(rindex(&s, &sub, a, b)),
                count(&s, &sub, a, b),
                startswith(&s, &sub, a, b),
                endswith(&s, &sub, a, b),
            ));
        }
        let theirs = pyref::run_python(
            "def e(f):\n\
             \x20   try:\n\
             \x20       return str(f())\n\
             \x20   except ValueError as x:\n\
             \x20       return str(x).replace(' ', '_')\n\
             for line in sys.stdin.read().splitlines():\n\
             \x20   w = line.split()\n\
             \x20   s, sub, a, b = arg(w[0]), arg(w[1]), opt(w[2]), opt(w[3])\n\
             \x20   print(s.find(sub, a, b), s.rfind(sub, a, b), e(lambda: s.index(sub, a, b)), \
             e(lambda: s.rindex(sub, a, b)), s.count(sub, a, b), \
             s.startswith(sub, a, b), s.endswith(sub, a, b))\n",
            &inputs,
        );
        let ours: Vec<String> = ours
            .iter()
            .map(|l| l.replace("true", "True").replace("false", "False"))
            .collect();
        pyref::assert_lines_eq(&inputs, &ours, &theirs);
    }
}
