//! Indexing and slicing `str` by code points.

use crate::text::TextError;

/// `s[index]`, with a negative index counting from the end.
///
/// # Errors
/// `IndexError: string index out of range`.
pub fn char_at(s: &str, index: isize) -> Result<char, TextError> {
    let out_of_range = || TextError::Index("string index out of range".to_owned());
    let i = if index < 0 {
        s.chars()
            .count()
            .checked_sub(index.unsigned_abs())
            .ok_or_else(out_of_range)?
    } else {
        index.unsigned_abs()
    };
    if s.is_ascii() {
        return s
            .as_bytes()
            .get(i)
            .map(|&b| char::from(b))
            .ok_or_else(out_of_range);
    }
    s.chars().nth(i).ok_or_else(out_of_range)
}

/// `s[start:stop:step]` where the three values are already adjusted to the length of `s` as
/// `slice.indices(len(s))` returns them (`step` nonzero; for a negative step `stop` may be -1).
pub fn slice(s: &str, start: isize, stop: isize, step: isize) -> String {
    let count = if step > 0 && start < stop {
        (stop - start - 1) / step + 1
    } else if step < 0 && stop < start {
        (start - stop - 1) / -step + 1
    } else {
        0
    };
    let (Ok(count), Ok(first)) = (usize::try_from(count), usize::try_from(start)) else {
        return String::new();
    };
    if step == 1 {
        return s.chars().skip(first).take(count).collect();
    }
    let pick = |chars: &[char]| -> String {
        (0..count)
            .filter_map(|k| {
                let i = isize::try_from(k)
                    .ok()?
                    .checked_mul(step)?
                    .checked_add(start)?;
                chars.get(usize::try_from(i).ok()?).copied()
            })
            .collect()
    };
    if s.is_ascii() {
        let chars: Vec<char> = s.bytes().map(char::from).collect();
        return pick(&chars);
    }
    pick(&s.chars().collect::<Vec<char>>())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::pyref::{self, Rng};

    #[test]
    fn indexing_and_slicing_agree_with_python() {
        let mut rng = Rng::new(41);
        let mut inputs = Vec::new();
        let mut ours = Vec::new();
        for _ in 0..3000 {
            let s = rng.text(9);
            let n = s.chars().count() as isize;
            let i = rng.below(24) as isize - 12;
            let (a, b) = (rng.index(), rng.index());
            let step = rng.pick(&[1, 1, 2, 3, -1, -2, -4]);
            // slice.indices, as the vm computes it before calling `slice`.
            let adjust = |v: Option<isize>, default: isize, lo: isize, hi: isize| match v {
                None => default,
                Some(v) if v < 0 => (v.saturating_add(n)).max(lo),
                Some(v) => v.min(hi),
            };
            let (start, stop) = if step > 0 {
                (adjust(a, 0, 0, n), adjust(b, n, 0, n))
            } else {
                (adjust(a, n - 1, -1, n - 1), adjust(b, -1, -1, n - 1))
            };
            inputs.push(format!(
                "{} {i} {} {} {step}",
                pyref::arg(&s),
                pyref::opt(a),
                pyref::opt(b)
            ));
            ours.push(format!(
                "{} {}",
                pyref::shown(char_at(&s, i).map(String::from)),
                pyref::shown(Ok(slice(&s, start, stop, step)))
            ));
        }
        let theirs = pyref::run_python(
            "for line in sys.stdin.read().splitlines():\n\
             \x20   w = line.split()\n\
             \x20   s, i, a, b, k = arg(w[0]), int(w[1]), opt(w[2]), opt(w[3]), int(w[4])\n\
             \x20   show(lambda: s[i]); show(lambda: s[a:b:k])\n",
            &inputs,
        );
        let theirs: Vec<String> = theirs.chunks(2).map(|c| c.join(" ")).collect();
        pyref::assert_lines_eq(&inputs, &ours, &theirs);
    }
}
