//! Argument binding for the two `math` functions with keyword-only parameters (`isclose`,
//! `prod`), with the checks and messages of CPython 3.11's `_PyArg_UnpackKeywords`, which
//! differ from the ones `Args::bind` gives (a keyword-only parameter can never be filled
//! positionally, and the order of the checks shows in which message wins).

use weft_vm::heap::Value;
use weft_vm::interp::error::{self, PyResult};
use weft_vm::objects::builtin::Args;

/// The shape of a parameter list: the first `posonly` names are positional-only, the next
/// ones up to `maxpos` positional-or-keyword, the rest keyword-only; the first `minpos` are
/// required.
pub(super) struct Params<const N: usize> {
    pub(super) fname: &'static str,
    pub(super) names: [&'static str; N],
    pub(super) posonly: usize,
    pub(super) minpos: usize,
    pub(super) maxpos: usize,
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

impl<const N: usize> Params<N> {
    /// The arguments by parameter, `None` for an omitted optional one.
    ///
    /// # Errors
    /// `TypeError` with CPython's message for too many or too few arguments, an unknown
    /// keyword, or a parameter given both by position and by name.
    pub(super) fn bind(&self, args: &Args) -> PyResult<[Option<Value>; N]> {
        let f = self.fname;
        let pos = args.positional();
        let nargs = pos.len();
        let nkw = args.kwnames.len();
        if nargs + nkw > N {
            return Err(error::type_error(format!(
                "{f}() takes at most {N} {}argument{} ({} given)",
                if nargs == 0 { "keyword " } else { "" },
                plural(N),
                nargs + nkw
            )));
        }
        if nargs > self.maxpos {
            return Err(error::type_error(format!(
                "{f}() takes {} {} positional argument{} ({nargs} given)",
                if self.minpos < self.maxpos {
                    "at most"
                } else {
                    "exactly"
                },
                self.maxpos,
                plural(self.maxpos)
            )));
        }
        if nargs < self.posonly {
            return Err(error::type_error(format!(
                "{f}() takes {} {} positional argument{} ({nargs} given)",
                if self.posonly < self.maxpos {
                    "at least"
                } else {
                    "exactly"
                },
                self.posonly,
                plural(self.posonly)
            )));
        }
        let mut out: [Option<Value>; N] = std::array::from_fn(|_| None);
        for (slot, v) in out.iter_mut().zip(pos) {
            *slot = Some(v.clone());
        }
        let mut used = 0;
        for (i, slot) in out.iter_mut().enumerate().skip(nargs) {
            match args.kwargs().find(|(k, _)| *k == self.names[i]) {
                Some((_, v)) => {
                    *slot = Some(v.clone());
                    used += 1;
                }
                None if i < self.minpos => {
                    return Err(error::type_error(format!(
                        "{f}() missing required argument '{}' (pos {})",
                        self.names[i],
                        i + 1
                    )));
                }
                None => {}
            }
        }
        if used < nkw {
            return Err(self.extra_keyword(args, nargs));
        }
        Ok(out)
    }

    /// The error for the first keyword that did not fill a parameter.
    fn extra_keyword(&self, args: &Args, nargs: usize) -> error::PyErr {
        let f = self.fname;
        for (k, _) in args.kwargs() {
            match self.names.iter().position(|n| *n == k) {
                Some(i) if i >= self.posonly && i < nargs => {
                    return error::type_error(format!(
                        "argument for {f}() given by name ('{k}') and position ({})",
                        i + 1
                    ));
                }
                Some(i) if i >= self.posonly => {}
                _ => {
                    return error::type_error(format!(
                        "'{k}' is an invalid keyword argument for {f}()"
                    ));
                }
            }
        }
        error::type_error(format!("invalid keyword argument for {f}()"))
    }
}
