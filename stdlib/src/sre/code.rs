//! A pattern's SRE code, with the variant that runs over an empty subject.
//!
//! `rustpython-sre_engine` follows Python 3.14, where `\B` matches an empty subject; in 3.11
//! (CPython's `SRE(at)`) neither `\b` nor `\B` matches there. Over an empty subject every position
//! is both the beginning and the end, where the engine's `\b` is false, so the variant is the
//! code with each `\B` turned into a `\b`.
use rustpython_sre_engine::SreAtCode;

pub(crate) struct Code {
    pub(crate) words: Vec<u32>,
    /// The code for an empty subject, when it differs.
    empty: Option<Box<[u32]>>,
}

impl Code {
    /// `words`, whose non-boundary `AT` arguments are at `non_boundary` (as `validate` finds them).
    pub(crate) fn new(words: Vec<u32>, non_boundary: &[usize]) -> Code {
        let empty = (!non_boundary.is_empty()).then(|| {
            let mut e: Box<[u32]> = words.clone().into();
            for &i in non_boundary {
                e[i] = match SreAtCode::try_from(e[i]) {
                    Ok(SreAtCode::LOC_NON_BOUNDARY) => SreAtCode::LOC_BOUNDARY,
                    Ok(SreAtCode::UNI_NON_BOUNDARY) => SreAtCode::UNI_BOUNDARY,
                    _ => SreAtCode::BOUNDARY,
                } as u32;
            }
            e
        });
        Code { words, empty }
    }

    /// The code to run over a subject that ends (at `endpos`) at `end`.
    pub(crate) fn for_end(&self, end: usize) -> &[u32] {
        match &self.empty {
            Some(e) if end == 0 => e,
            _ => &self.words,
        }
    }
}
