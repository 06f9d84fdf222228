//! The caret line under a traceback entry's source line, as 3.11 draws it: `^` under the failing
//! expression, or, when the expression is a binary operation or a subscript, `~` under its operands
//! and `^` under the operator or the subscript (found by parsing the expression's own text, as
//! CPython's `extract_anchors_from_line` does).
use weft_parser::ast::{ExprKind, Mod, StmtKind};

/// The characters of `s` before byte `b` (a byte offset inside a character counts it whole).
fn chars_before(s: &str, b: usize) -> usize {
    let b = b.min(s.len());
    let mut n = s.char_indices().take_while(|(i, _)| *i < b).count();
    if !s.is_char_boundary(b) {
        n = n.max(1);
    }
    n
}

/// The caret line (without its newline) for a position spanning byte columns `col..end_col` of
/// `line` (which has no line terminator), from line `lineno` to `end_lineno`; None when the
/// carets would only underline the whole line (trailing whitespace aside).
pub(crate) fn caret_line(
    line: &str,
    lineno: u32,
    end_lineno: u32,
    col: usize,
    end_col: usize,
) -> Option<String> {
    if lineno == 0 || (lineno == end_lineno && end_col <= col) {
        return None;
    }
    let stripped = line.trim();
    let stripped_len = stripped.chars().count();
    let stripped_chars = line.chars().count() - line.trim_start().chars().count() + 1;
    let start = chars_before(line, col) + 1;
    let mut end = chars_before(line, end_col) + 1;
    let mut anchors = None;
    if lineno == end_lineno {
        let segment: String = line
            .chars()
            .skip(start - 1)
            .take(end.saturating_sub(start))
            .collect();
        anchors = segment_anchors(&segment);
    } else {
        end = stripped_chars + stripped_len;
    }
    let width = end.saturating_sub(start);
    let anchored = anchors.is_some_and(|(l, r)| r > l);
    if width >= stripped_len && !anchored {
        return None;
    }
    let mut out = String::from("    ");
    out.push_str(&" ".repeat(start.saturating_sub(stripped_chars)));
    match anchors {
        Some((l, r)) => {
            out.push_str(&"~".repeat(l));
            out.push_str(&"^".repeat(r.saturating_sub(l)));
            out.push_str(&"~".repeat(width.saturating_sub(r)));
        }
        None => out.push_str(&"^".repeat(width)),
    }
    Some(out)
}

/// The character range of the operator of a binary operation, or of the `[...]` of a subscript,
/// when `segment` is one of those.
fn segment_anchors(segment: &str) -> Option<(usize, usize)> {
    let Ok(Mod::Module { body, .. }) = weft_parser::parse(segment, weft_parser::Mode::Exec, "")
    else {
        return None;
    };
    let [stmt] = body.as_slice() else {
        return None;
    };
    let StmtKind::Expr { value } = &stmt.kind else {
        return None;
    };
    let at = |b: u32| chars_before(segment, b as usize);
    match &value.kind {
        ExprKind::BinOp { left, right, .. } => {
            // The operator: the first non-blank characters after the left operand, past any
            // closing parentheses around it; two characters for `//`, `**`, `<<`, ...
            let b = segment.as_bytes();
            let blank = |c: u8| matches!(c, b' ' | b'\t' | 0x0c);
            let (from, to) = (
                left.loc.end_col_offset as usize,
                (right.loc.col_offset as usize).min(b.len()),
            );
            let mut found = None;
            for i in from..to {
                if blank(b[i]) {
                    continue;
                }
                let two = i + 1 < to && !blank(b[i + 1]);
                found = Some((i, i + 1 + usize::from(two)));
                if !(i + 1 < to && b[i] == b')') {
                    break;
                }
            }
            found.map(|(l, r)| (at(l as u32), at(r as u32)))
        }
        ExprKind::Subscript { value, slice, .. } => {
            // From the end of the value to the `[`, and from the end of the slice past the `]`.
            let b = segment.as_bytes();
            let mut l = value.loc.end_col_offset as usize;
            let mut r = slice.loc.end_col_offset as usize + 1;
            while l < b.len() && b[l] != b'[' {
                l += 1;
            }
            while r < b.len() && b[r] != b']' {
                r += 1;
            }
            if r < b.len() {
                r += 1;
            }
            Some((at(l as u32), at(r as u32)))
        }
        _ => None,
    }
}
