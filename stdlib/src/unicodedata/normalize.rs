//! The four normalization forms (UAX #15) over code points, following CPython's algorithm step
//! for step, so that the 3.2.0 database (which decomposes with 3.2.0's mappings but reorders and
//! composes with 14.0.0's tables) gives CPython's results too.
use super::db::{self, Db};

const S_BASE: u32 = 0xAC00;
const L_BASE: u32 = 0x1100;
const V_BASE: u32 = 0x1161;
const T_BASE: u32 = 0x11A7;
const L_COUNT: u32 = 19;
const V_COUNT: u32 = 21;
const T_COUNT: u32 = 28;
const S_COUNT: u32 = L_COUNT * V_COUNT * T_COUNT;

/// A normalization form.
#[derive(Clone, Copy)]
pub(crate) struct Form {
    /// NFC/NFKC (compose after decomposing).
    pub compose: bool,
    /// NFKC/NFKD (compatibility mappings too).
    pub compat: bool,
}

impl Form {
    pub(crate) fn parse(name: &str) -> Option<Form> {
        let (compose, compat) = match name {
            "NFC" => (true, false),
            "NFKC" => (true, true),
            "NFD" => (false, false),
            "NFKD" => (false, true),
            _ => return None,
        };
        Some(Form { compose, compat })
    }
}

/// What CPython's quick check concludes about text and a form.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Quick {
    Yes,
    Maybe,
    No,
}

/// CPython's `is_normalized_quickcheck`: the quick-check property of each character and the
/// order of combining marks. With `yes_only`, anything short of a certain yes is `Maybe`.
/// The 3.2.0 database has no quick-check data: always `Maybe`.
pub(crate) fn quick_check(db: Db, form: Form, text: &[u32], yes_only: bool) -> Quick {
    if db == Db::V320 {
        return Quick::Maybe;
    }
    if text.iter().all(|&c| c < 0x80) {
        return Quick::Yes;
    }
    let shift = if form.compose { 4 } else { 0 } + if form.compat { 2 } else { 0 };
    let mut result = Quick::Yes;
    let mut prev = 0;
    for &c in text {
        let (ccc, qc) = db::ccc_and_quick_check(c);
        if ccc != 0 && prev > ccc {
            return Quick::No;
        }
        prev = ccc;
        let value = (qc >> shift) & 3;
        if yes_only {
            if value != 0 {
                return Quick::Maybe;
            }
        } else if value == 2 {
            return Quick::No;
        } else if value == 1 {
            result = Quick::Maybe;
        }
    }
    result
}

/// `text` in normal form `form`.
pub(crate) fn normalize(db: Db, form: Form, text: &[u32]) -> Vec<u32> {
    let decomposed = decompose(db, form.compat, text);
    if form.compose {
        compose(decomposed)
    } else {
        decomposed
    }
}

/// Full canonical (or compatibility) decomposition, then canonical ordering.
fn decompose(db: Db, compat: bool, text: &[u32]) -> Vec<u32> {
    let mut out = Vec::with_capacity(text.len() + text.len().min(10));
    let mut stack = Vec::new();
    for &c in text {
        stack.push(c);
        while let Some(code) = stack.pop() {
            if (S_BASE..S_BASE + S_COUNT).contains(&code) {
                let s = code - S_BASE;
                out.push(L_BASE + s / (V_COUNT * T_COUNT));
                out.push(V_BASE + s % (V_COUNT * T_COUNT) / T_COUNT);
                if !s.is_multiple_of(T_COUNT) {
                    out.push(T_BASE + s % T_COUNT);
                }
                continue;
            }
            if db == Db::V320 {
                if let Some(old) = db::correction_320(code) {
                    stack.push(old);
                    continue;
                }
            }
            match db::decomposition(db, code) {
                Some((tag, codes)) if tag == 0 || compat => stack.extend(codes.iter().rev()),
                _ => out.push(code),
            }
        }
    }
    reorder(&mut out);
    out
}

/// Canonical ordering: each run of non-starters sorted stably by combining class.
fn reorder(text: &mut [u32]) {
    let Some(&first) = text.first() else {
        return;
    };
    let mut prev = db::ccc(first);
    for i in 1..text.len() {
        let cur = db::ccc(text[i]);
        if prev == 0 || cur == 0 || prev <= cur {
            prev = cur;
            continue;
        }
        let mut o = i;
        while o > 0 {
            text.swap(o - 1, o);
            o -= 1;
            if o == 0 {
                break;
            }
            let before = db::ccc(text[o - 1]);
            if before == 0 || before <= cur {
                break;
            }
        }
        prev = db::ccc(text[i]);
    }
}

/// Canonical composition of decomposed text.
fn compose(mut text: Vec<u32>) -> Vec<u32> {
    let len = text.len();
    let mut skipped = vec![false; len];
    let mut out = Vec::with_capacity(len);
    let mut i = 0;
    while i < len {
        if skipped[i] {
            i += 1;
            continue;
        }
        let code = text[i];
        let v = text.get(i + 1).copied().unwrap_or(0);
        if (L_BASE..L_BASE + L_COUNT).contains(&code) && (V_BASE..V_BASE + V_COUNT).contains(&v) {
            let mut s = S_BASE + ((code - L_BASE) * V_COUNT + (v - V_BASE)) * T_COUNT;
            i += 2;
            if let Some(&t) = text.get(i).filter(|&&t| T_BASE < t && t < T_BASE + T_COUNT) {
                s += t - T_BASE;
                i += 1;
            }
            out.push(s);
            continue;
        }
        if !db::composes_first(code) {
            out.push(code);
            i += 1;
            continue;
        }
        // Combine with each following unblocked character that can follow it (like CPython, this
        // does not look at whether that character was already combined with an earlier one).
        let mut i1 = i + 1;
        let mut comb = 0;
        while i1 < len {
            let comb1 = db::ccc(text[i1]);
            if comb != 0 {
                if comb1 == 0 {
                    break;
                }
                if comb >= comb1 {
                    i1 += 1;
                    continue;
                }
            }
            match db::compose(text[i], text[i1]) {
                Some(composite) => {
                    text[i] = composite;
                    skipped[i1] = true;
                    i1 += 1;
                    if !db::composes_first(composite) {
                        break;
                    }
                }
                _ => {
                    if comb1 == 0 {
                        break;
                    }
                    comb = comb1;
                    i1 += 1;
                }
            }
        }
        out.push(text[i]);
        i += 1;
    }
    out
}
