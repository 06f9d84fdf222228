//! The structural check of SRE code that CPython's `_validate` makes in `_sre.compile`: every
//! opcode known, every skip inside its block, every group number in range, every `*_UNTIL` closing
//! a `REPEAT`. `re._compiler` always passes it; code built by hand that fails it raises
//! `RuntimeError('invalid SRE code')` instead of reaching an engine that trusts its input.
//!
//! Nested blocks are queued on a work list rather than recursed into, so deeply nested code
//! cannot exhaust the native stack.
use rustpython_sre_engine::{SreAtCode, SreCatCode, SreInfo, SreOpcode as Op};

/// Whether `code`, for a pattern with `groups` capturing groups, is well formed; if so, the
/// positions of its `AT` opcodes that test for a non-boundary (`\B`), which [`super::code`] needs.
pub(crate) fn valid(code: &[u32], groups: usize) -> Option<Vec<usize>> {
    let (&last, _) = code.split_last()?;
    if last != Op::SUCCESS as u32 {
        return None;
    }
    let mut walk = Walk::default();
    range(code, 0, code.len() - 1, groups, 0, &mut walk).then_some(walk.non_boundary)
}

/// What a walk through the code has left to do and has found.
#[derive(Default)]
struct Walk {
    /// Nested blocks not yet checked.
    work: Vec<(usize, usize)>,
    non_boundary: Vec<usize>,
}

/// Whether `code[start..end]` is well formed; `depth` counts the nested conditionals being tried.
fn range(
    code: &[u32],
    start: usize,
    end: usize,
    groups: usize,
    depth: usize,
    walk: &mut Walk,
) -> bool {
    walk.work.push((start, end));
    while let Some((start, end)) = walk.work.pop() {
        if !block(code, start, end, groups, depth, walk) {
            return false;
        }
    }
    true
}

fn op_at(code: &[u32], i: usize) -> Option<Op> {
    code.get(i).and_then(|&c| Op::try_from(c).ok())
}

/// The end that the skip word at `i` points to (`i + skip`), when it stays within `end`.
fn skip_end(code: &[u32], i: usize, end: usize) -> Option<usize> {
    let skip = *code.get(i)? as usize;
    let e = i.checked_add(skip)?;
    (skip >= 1 && e <= end).then_some(e)
}

/// The opcodes in `code[start..end]`, queueing nested blocks on `walk`.
fn block(
    code: &[u32],
    start: usize,
    end: usize,
    groups: usize,
    depth: usize,
    walk: &mut Walk,
) -> bool {
    let mut i = start;
    while i < end {
        let Some(op) = op_at(code, i) else {
            return false;
        };
        let arg = |k: usize| code.get(i + k).copied().filter(|_| i + k < end);
        match op {
            Op::FAILURE | Op::SUCCESS | Op::ANY | Op::ANY_ALL => i += 1,
            Op::LITERAL
            | Op::NOT_LITERAL
            | Op::LITERAL_IGNORE
            | Op::NOT_LITERAL_IGNORE
            | Op::LITERAL_UNI_IGNORE
            | Op::NOT_LITERAL_UNI_IGNORE
            | Op::LITERAL_LOC_IGNORE
            | Op::NOT_LITERAL_LOC_IGNORE => {
                if arg(1).is_none() {
                    return false;
                }
                i += 2;
            }
            Op::MARK => match arg(1) {
                Some(m) if (m as usize) < 2 * groups => i += 2,
                _ => return false,
            },
            Op::AT => match arg(1).and_then(|a| SreAtCode::try_from(a).ok()) {
                Some(a) => {
                    if matches!(
                        a,
                        SreAtCode::NON_BOUNDARY
                            | SreAtCode::LOC_NON_BOUNDARY
                            | SreAtCode::UNI_NON_BOUNDARY
                    ) {
                        walk.non_boundary.push(i + 1);
                    }
                    i += 2;
                }
                None => return false,
            },
            Op::CATEGORY => match arg(1) {
                Some(c) if SreCatCode::try_from(c).is_ok() => i += 2,
                _ => return false,
            },
            Op::GROUPREF
            | Op::GROUPREF_IGNORE
            | Op::GROUPREF_UNI_IGNORE
            | Op::GROUPREF_LOC_IGNORE => match arg(1) {
                Some(g) if (g as usize) < groups => i += 2,
                _ => return false,
            },
            Op::IN | Op::IN_IGNORE | Op::IN_UNI_IGNORE | Op::IN_LOC_IGNORE => {
                let Some(e) = skip_end(code, i + 1, end) else {
                    return false;
                };
                if charset(code, i + 2, e) != Some(e) {
                    return false;
                }
                i = e;
            }
            Op::INFO => {
                let Some(e) = skip_end(code, i + 1, end) else {
                    return false;
                };
                if !info(code, i + 2, e) {
                    return false;
                }
                i = e;
            }
            Op::BRANCH => {
                let Some(next) = branch(code, i + 1, end, &mut walk.work) else {
                    return false;
                };
                i = next;
            }
            Op::REPEAT_ONE | Op::MIN_REPEAT_ONE | Op::POSSESSIVE_REPEAT_ONE => {
                let Some(e) = skip_end(code, i + 1, end) else {
                    return false;
                };
                if !repeat_bounds(code, i, e) {
                    return false;
                }
                walk.work.push((i + 4, e));
                i = e;
            }
            Op::REPEAT | Op::POSSESSIVE_REPEAT => {
                let Some(e) = skip_end(code, i + 1, end) else {
                    return false;
                };
                if e >= end || !repeat_bounds(code, i, e) {
                    return false;
                }
                let closer = op_at(code, e);
                let ok = match op {
                    Op::REPEAT => matches!(closer, Some(Op::MAX_UNTIL | Op::MIN_UNTIL)),
                    _ => closer == Some(Op::SUCCESS),
                };
                if !ok {
                    return false;
                }
                walk.work.push((i + 4, e));
                i = e + 1;
            }
            Op::ATOMIC_GROUP => {
                let Some(e) = skip_end(code, i + 1, end) else {
                    return false;
                };
                if e < i + 3 || op_at(code, e - 1) != Some(Op::SUCCESS) {
                    return false;
                }
                walk.work.push((i + 2, e));
                i = e;
            }
            Op::ASSERT | Op::ASSERT_NOT => {
                let Some(e) = skip_end(code, i + 1, end) else {
                    return false;
                };
                if e < i + 4 || op_at(code, e - 1) != Some(Op::SUCCESS) {
                    return false;
                }
                walk.work.push((i + 3, e));
                i = e;
            }
            Op::GROUPREF_EXISTS => {
                let Some(next) = groupref_exists(code, i, end, groups, depth, &mut walk.work)
                else {
                    return false;
                };
                i = next;
            }
            _ => return false,
        }
    }
    i == end
}

/// `<min> <max>` of a repeat at `i` whose body ends at `e`.
fn repeat_bounds(code: &[u32], i: usize, e: usize) -> bool {
    i + 4 <= e && code[i + 2] <= code[i + 3]
}

/// `<BRANCH> (<skip> alternative <JUMP> <to end>)* <FAILURE>`, from the first skip at `i`: every
/// alternative jumps to just past the closing `FAILURE`. Returns that position.
fn branch(code: &[u32], mut i: usize, end: usize, work: &mut Vec<(usize, usize)>) -> Option<usize> {
    let mut targets = Vec::new();
    loop {
        let skip = *code.get(i).filter(|_| i < end)?;
        if skip == 0 {
            break;
        }
        let next = skip_end(code, i, end)?;
        if next < i + 3 || op_at(code, next - 2) != Some(Op::JUMP) {
            return None;
        }
        targets.push(skip_end(code, next - 1, end)?);
        work.push((i + 1, next - 2));
        i = next;
    }
    let after = i + 1;
    targets.iter().all(|&t| t == after).then_some(after)
}

/// `<GROUPREF_EXISTS> <group> <skip> yes [<JUMP> <skip> no]` at `i`. Returns the position after it.
///
/// A `JUMP` word just before the no-branch may also be the argument of the yes-branch's last
/// opcode, so the two-branch reading is taken only when both branches check out on their own
/// (past a few nested conditionals it is taken as it is: the parser writes it so).
fn groupref_exists(
    code: &[u32],
    i: usize,
    end: usize,
    groups: usize,
    depth: usize,
    work: &mut Vec<(usize, usize)>,
) -> Option<usize> {
    let group = *code.get(i + 1).filter(|_| i + 2 < end)?;
    if group as usize >= groups {
        return None;
    }
    // The skip counts from the group word: the no-branch starts at `i + 1 + skip`.
    let no = (i + 1).checked_add(code[i + 2] as usize)?;
    if no > end || no < i + 3 {
        return None;
    }
    if no >= i + 5 && op_at(code, no - 2) == Some(Op::JUMP) {
        if let Some(done) = skip_end(code, no - 1, end) {
            let both = depth > 32
                || (range(code, i + 3, no - 2, groups, depth + 1, &mut Walk::default())
                    && range(code, no, done, groups, depth + 1, &mut Walk::default()));
            if both {
                work.push((i + 3, no - 2));
                work.push((no, done));
                return Some(done);
            }
        }
    }
    work.push((i + 3, no));
    Some(no)
}

/// The body of an `INFO` block, `code[i..e]`.
fn info(code: &[u32], i: usize, e: usize) -> bool {
    if i + 3 > e {
        return false;
    }
    let Some(flags) = SreInfo::from_bits(code[i]) else {
        return false;
    };
    let prefix = flags.contains(SreInfo::PREFIX);
    if (prefix && flags.contains(SreInfo::CHARSET)) || (flags.contains(SreInfo::LITERAL) && !prefix)
    {
        return false;
    }
    let p = i + 3;
    if prefix {
        let Some(&[len, skip]) = code.get(p..p + 2) else {
            return false;
        };
        let len = len as usize;
        let table = p + 2 + len;
        if skip as usize > len || len == 0 || table.checked_add(len) != Some(e) {
            return false;
        }
        // The overlap table of a prefix: entry `k` is at most `k`, or the search would loop.
        return code[table..e]
            .iter()
            .enumerate()
            .all(|(k, &o)| o as usize <= k);
    }
    if flags.contains(SreInfo::CHARSET) {
        return charset(code, p, e) == Some(e);
    }
    p == e
}

/// A character set from `i` up to and including its `FAILURE`, within `end`: the position after it.
fn charset(code: &[u32], mut i: usize, end: usize) -> Option<usize> {
    while i < end {
        let op = op_at(code, i)?;
        i += match op {
            Op::FAILURE => return Some(i + 1),
            Op::NEGATE => 1,
            Op::LITERAL => 2,
            Op::RANGE | Op::RANGE_UNI_IGNORE => 3,
            Op::CATEGORY => {
                SreCatCode::try_from(*code.get(i + 1)?).ok()?;
                2
            }
            Op::CHARSET => 1 + 8,
            Op::BIGCHARSET => {
                let count = *code.get(i + 1)? as usize;
                let indices = code.get(i + 2..i + 2 + 64)?;
                // Each of the 256 block numbers (bytes of the index words) names a block.
                if indices
                    .iter()
                    .flat_map(|w| w.to_ne_bytes())
                    .any(|b| usize::from(b) >= count)
                {
                    return None;
                }
                2 + 64 + count.checked_mul(8)?
            }
            _ => return None,
        };
        if i > end {
            return None;
        }
    }
    None
}
