//! `str.strip`, `lstrip` and `rstrip`.

use crate::text::unicode_props::is_space;

/// Which ends to strip.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StripSide {
    /// `lstrip`.
    Left,
    /// `rstrip`.
    Right,
    /// `strip`.
    Both,
}

/// `s.strip(chars)`, `s.lstrip(chars)` or `s.rstrip(chars)`: with `chars` `None`, whitespace
/// (as `str.isspace` defines it) is stripped, otherwise any character of `chars`.
pub fn strip<'a>(s: &'a str, chars: Option<&str>, side: StripSide) -> &'a str {
    match chars {
        None => strip_matching(s, side, is_space),
        Some(set) => strip_matching(s, side, |c| set.contains(c)),
    }
}

fn strip_matching(s: &str, side: StripSide, strip: impl Fn(char) -> bool) -> &str {
    let s = if side == StripSide::Right {
        s
    } else {
        s.trim_start_matches(&strip)
    };
    if side == StripSide::Left {
        s
    } else {
        s.trim_end_matches(&strip)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::pyref::{self, Rng};

    #[test]
    fn strip_agrees_with_python() {
        let mut rng = Rng::new(31);
        let mut inputs = Vec::new();
        let mut ours = Vec::new();
        for _ in 0..4000 {
            let s = rng.text(8);
            let chars = if rng.below(3) == 0 {
                None
            } else {
                Some(rng.text(3))
            };
            inputs.push(format!(
                "{} {}",
                pyref::arg(&s),
                chars.as_deref().map_or("N".to_owned(), pyref::arg)
            ));
            let c = chars.as_deref();
            ours.push(pyref::hex_list(&[
                strip(&s, c, StripSide::Both),
                strip(&s, c, StripSide::Left),
                strip(&s, c, StripSide::Right),
            ]));
        }
        let theirs = pyref::run_python(
            "for line in sys.stdin.read().splitlines():\n\
             \x20   w = line.split()\n\
             \x20   s, c = arg(w[0]), None if w[1] == 'N' else arg(w[1])\n\
             \x20   print(lst([s.strip(c), s.lstrip(c), s.rstrip(c)]))\n",
            &inputs,
        );
        pyref::assert_lines_eq(&inputs, &ours, &theirs);
    }
}
