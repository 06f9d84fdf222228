//! Argument parsing for natives, with CPython's messages.
use crate::heap::Value;
use crate::interp::error::{self, PyResult};
use crate::objects::builtin::Args;

impl<'a> Args<'a> {
    /// Binds positional and keyword arguments to `names`; the first `required` are mandatory.
    /// `posonly` leading names cannot be given by keyword.
    pub fn bind<const N: usize>(
        &self,
        fname: &str,
        names: [&str; N],
        required: usize,
        posonly: usize,
    ) -> PyResult<[Option<Value>; N]> {
        if posonly == N && !(N == 1 && required == 1) {
            // Positional-only throughout: Argument Clinic checks the count alone.
            let pos = self.range(fname, required, N)?;
            let mut out: [Option<Value>; N] = std::array::from_fn(|_| None);
            for (slot, v) in out.iter_mut().zip(pos) {
                *slot = Some(v.clone());
            }
            return Ok(out);
        }
        let pos = self.positional();
        let minpos = required.min(posonly);
        if pos.len() < minpos {
            return Err(error::type_error(format!(
                "{fname}() takes {} {minpos} positional argument{} ({} given)",
                if minpos < N { "at least" } else { "exactly" },
                if minpos == 1 { "" } else { "s" },
                pos.len()
            )));
        }
        if pos.len() > N {
            return Err(error::type_error(if N == 0 {
                format!("{fname}() takes no arguments ({} given)", pos.len())
            } else if required == N {
                if N == 1 {
                    format!("{fname}() takes exactly one argument ({} given)", pos.len())
                } else {
                    format!(
                        "{fname}() takes exactly {N} arguments ({} given)",
                        pos.len()
                    )
                }
            } else {
                format!(
                    "{fname}() takes at most {N} argument{} ({} given)",
                    if N == 1 { "" } else { "s" },
                    pos.len()
                )
            }));
        }
        let mut out: [Option<Value>; N] = std::array::from_fn(|_| None);
        for (i, v) in pos.iter().enumerate() {
            out[i] = Some(v.clone());
        }
        for (k, v) in self.kwargs() {
            match names.iter().position(|n| *n == k) {
                Some(i) if i >= posonly => {
                    if out[i].is_some() {
                        return Err(error::type_error(format!(
                            "argument for {fname}() given by name ('{k}') and position ({})",
                            i + 1
                        )));
                    }
                    out[i] = Some(v.clone());
                }
                _ => {
                    return Err(error::type_error(format!(
                        "'{k}' is an invalid keyword argument for {fname}()"
                    )));
                }
            }
        }
        for (i, slot) in out.iter().enumerate().take(required) {
            if slot.is_none() {
                return Err(error::type_error(if required == 1 && N == 1 {
                    format!("{fname}() takes exactly one argument (0 given)")
                } else {
                    format!(
                        "{fname}() missing required argument '{}' (pos {})",
                        names[i],
                        i + 1
                    )
                }));
            }
        }
        Ok(out)
    }

    /// Exactly `n` positional arguments and no keywords (METH_O / fixed arity), CPython's messages.
    pub fn exact(&self, fname: &str, n: usize) -> PyResult<&'a [Value]> {
        self.no_kwargs(fname)?;
        let pos = self.positional();
        if pos.len() != n {
            return Err(error::type_error(match n {
                0 => format!("{fname}() takes no arguments ({} given)", pos.len()),
                1 => format!("{fname}() takes exactly one argument ({} given)", pos.len()),
                _ => format!("{fname} expected {n} arguments, got {}", pos.len()),
            }));
        }
        Ok(pos)
    }

    /// Between `min` and `max` positional arguments, no keywords (METH_VARARGS style messages).
    pub fn range(&self, fname: &str, min: usize, max: usize) -> PyResult<&'a [Value]> {
        self.no_kwargs(fname)?;
        let pos = self.positional();
        if pos.len() < min {
            return Err(error::type_error(format!(
                "{fname} expected {}{min} argument{}, got {}",
                if min == max { "" } else { "at least " },
                if min == 1 { "" } else { "s" },
                pos.len()
            )));
        }
        if pos.len() > max {
            return Err(error::type_error(format!(
                "{fname} expected {}{max} argument{}, got {}",
                if min == max { "" } else { "at most " },
                if max == 1 { "" } else { "s" },
                pos.len()
            )));
        }
        Ok(pos)
    }

    pub fn no_kwargs(&self, fname: &str) -> PyResult<()> {
        if self.has_kwargs() {
            return Err(error::type_error(format!(
                "{fname}() takes no keyword arguments"
            )));
        }
        Ok(())
    }

    /// The first positional argument (`self` of a method descriptor).
    pub fn this(&self) -> PyResult<&'a Value> {
        self.all
            .first()
            .ok_or_else(|| error::type_error("descriptor needs an argument"))
    }

    /// Arguments after `self`.
    pub fn rest(&self) -> Args<'a> {
        let all = if self.all.is_empty() {
            self.all
        } else {
            &self.all[1..]
        };
        Args {
            all,
            kwnames: self.kwnames,
        }
    }
}
