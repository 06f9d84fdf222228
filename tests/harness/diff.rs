//! A small line diff for failure reports: expected vs actual output in unified style.
//!
//! The corpus outputs are small, so a plain longest-common-subsequence table over the lines
//! that differ (after trimming the common prefix and suffix) is fast enough and keeps the
//! harness free of external crates.

/// Lines of context shown around each change.
const CONTEXT: usize = 2;
/// Above this many table cells the middle is shown as "all removed, all added".
const MAX_CELLS: usize = 16_000_000;

/// One line of an edit script.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Edit {
    Keep(usize, usize),
    Remove(usize),
    Add(usize),
}

/// Renders a unified-style diff of `expected` vs `actual`, stopping after `max_changed`
/// removed/added lines. Returns an empty string when the texts are equal.
pub fn unified(expected: &str, actual: &str, max_changed: usize) -> String {
    let old: Vec<&str> = expected.lines().collect();
    let new: Vec<&str> = actual.lines().collect();
    let edits = edit_script(&old, &new);
    let mut out = String::new();
    let mut changed = 0;
    let mut i = 0;
    while i < edits.len() {
        if matches!(edits[i], Edit::Keep(..)) {
            i += 1;
            continue;
        }
        // A hunk: the run of changes from `i`, merged with later changes that are close.
        let start = i.saturating_sub(CONTEXT);
        let mut last_change = i;
        let mut j = i + 1;
        while j < edits.len() && j <= last_change + 2 * CONTEXT + 1 {
            if !matches!(edits[j], Edit::Keep(..)) {
                last_change = j;
            }
            j += 1;
        }
        let end = (last_change + CONTEXT + 1).min(edits.len());
        let (old_start, new_start) = position(&edits, start);
        let old_len = edits[start..end]
            .iter()
            .filter(|e| !matches!(e, Edit::Add(_)))
            .count();
        let new_len = edits[start..end]
            .iter()
            .filter(|e| !matches!(e, Edit::Remove(_)))
            .count();
        out.push_str(&format!(
            "@@ -{},{} +{},{} @@\n",
            old_start + 1,
            old_len,
            new_start + 1,
            new_len
        ));
        for edit in &edits[start..end] {
            match *edit {
                Edit::Keep(o, _) => out.push_str(&format!(" {}\n", old[o])),
                Edit::Remove(o) => {
                    out.push_str(&format!("-{}\n", old[o]));
                    changed += 1;
                }
                Edit::Add(n) => {
                    out.push_str(&format!("+{}\n", new[n]));
                    changed += 1;
                }
            }
            if changed >= max_changed {
                out.push_str("... (diff truncated)\n");
                return out;
            }
        }
        i = end;
    }
    if out.is_empty() && expected != actual {
        out.push_str("(outputs differ only in line endings or a final newline)\n");
    }
    out
}

/// The (old, new) line numbers at which edit `at` starts.
fn position(edits: &[Edit], at: usize) -> (usize, usize) {
    let mut old = 0;
    let mut new = 0;
    for edit in &edits[..at] {
        match edit {
            Edit::Keep(..) => {
                old += 1;
                new += 1;
            }
            Edit::Remove(_) => old += 1,
            Edit::Add(_) => new += 1,
        }
    }
    (old, new)
}

/// A shortest edit script from `old` to `new`, common prefix and suffix kept as-is.
fn edit_script(old: &[&str], new: &[&str]) -> Vec<Edit> {
    let prefix = old.iter().zip(new).take_while(|(a, b)| a == b).count();
    let suffix = old[prefix..]
        .iter()
        .rev()
        .zip(new[prefix..].iter().rev())
        .take_while(|(a, b)| a == b)
        .count();
    let (o_end, n_end) = (old.len() - suffix, new.len() - suffix);
    let mut edits: Vec<Edit> = (0..prefix).map(|k| Edit::Keep(k, k)).collect();
    let (a, b) = (&old[prefix..o_end], &new[prefix..n_end]);
    if (a.len() + 1) * (b.len() + 1) > MAX_CELLS {
        edits.extend((prefix..o_end).map(Edit::Remove));
        edits.extend((prefix..n_end).map(Edit::Add));
    } else {
        edits.extend(lcs_edits(a, b, prefix));
    }
    edits.extend((0..suffix).map(|k| Edit::Keep(o_end + k, n_end + k)));
    edits
}

/// Edits from an LCS table; indices are offset by `base` to address the full texts.
fn lcs_edits(a: &[&str], b: &[&str], base: usize) -> Vec<Edit> {
    let width = b.len() + 1;
    // table[i * width + j] = LCS length of a[i..] and b[j..].
    let mut table = vec![0u32; (a.len() + 1) * width];
    for i in (0..a.len()).rev() {
        for j in (0..b.len()).rev() {
            table[i * width + j] = if a[i] == b[j] {
                table[(i + 1) * width + j + 1] + 1
            } else {
                table[(i + 1) * width + j].max(table[i * width + j + 1])
            };
        }
    }
    let (mut i, mut j) = (0, 0);
    let mut edits = Vec::new();
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            edits.push(Edit::Keep(base + i, base + j));
            i += 1;
            j += 1;
        } else if i < a.len()
            && (j == b.len() || table[(i + 1) * width + j] >= table[i * width + j + 1])
        {
            edits.push(Edit::Remove(base + i));
            i += 1;
        } else {
            edits.push(Edit::Add(base + j));
            j += 1;
        }
    }
    edits
}
