//! `math.fsum`: the exactly rounded sum of floats (Shewchuk's algorithm as in CPython's
//! `msum`): partial sums are kept as a list of non-overlapping doubles whose exact total is
//! the exact sum so far, and only the final result is rounded.

use weft_vm::numeric::NumError;

/// The running state of one `fsum` call. The vm feeds items as it iterates (iteration may
/// run Python code), then asks for the result.
#[derive(Debug, Clone, Default)]
pub struct Fsum {
    /// Non-zero, non-overlapping, increasing in magnitude.
    partials: Vec<f64>,
    /// Sum of the infinities and NaNs seen, which bypass the partials.
    special_sum: f64,
    /// Sum of the infinities only, to tell `inf + -inf` from a NaN input.
    inf_sum: f64,
}

impl Fsum {
    /// An empty sum.
    pub fn new() -> Fsum {
        Fsum::default()
    }

    /// Adds one item.
    ///
    /// # Errors
    /// `OverflowError("intermediate overflow in fsum")` when finite items overflow; the sum is
    /// then abandoned.
    pub fn add(&mut self, item: f64) -> Result<(), NumError> {
        let mut x = item;
        let mut kept = 0;
        for j in 0..self.partials.len() {
            let mut y = self.partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                self.partials[kept] = lo;
                kept += 1;
            }
            x = hi;
        }
        self.partials.truncate(kept);
        if x != 0.0 {
            if !x.is_finite() {
                // Either an overflow of finite items or an infinity/NaN among them.
                if item.is_finite() {
                    return Err(NumError::Overflow("intermediate overflow in fsum".into()));
                }
                if item.is_infinite() {
                    self.inf_sum += item;
                }
                self.special_sum += item;
                self.partials.clear();
            } else {
                self.partials.push(x);
            }
        }
        Ok(())
    }

    /// The correctly rounded sum.
    ///
    /// # Errors
    /// `ValueError("-inf + inf in fsum")`.
    pub fn finish(&self) -> Result<f64, NumError> {
        if self.special_sum != 0.0 {
            if self.inf_sum.is_nan() {
                return Err(NumError::Value("-inf + inf in fsum".into()));
            }
            return Ok(self.special_sum);
        }
        let p = &self.partials;
        let mut n = p.len();
        if n == 0 {
            return Ok(0.0);
        }
        n -= 1;
        let mut hi = p[n];
        let mut lo = 0.0;
        // Add from the top until the sum becomes inexact.
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = p[n];
            hi = x + y;
            lo = y - (hi - x);
            if lo != 0.0 {
                break;
            }
        }
        // Round half to even across partials: if the rest pushes the same way as the
        // rounding error, the tie breaks the other way.
        if n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            if y == x - hi {
                hi = x;
            }
        }
        Ok(hi)
    }
}

#[cfg(test)]
mod tests {
    use super::super::pyref::{f, lit, show, Check, Rng};
    use super::*;

    fn fsum(items: &[f64]) -> Result<f64, NumError> {
        let mut sum = Fsum::new();
        for &x in items {
            sum.add(x)?;
        }
        sum.finish()
    }

    #[test]
    fn matches_python() {
        let mut rng = Rng::new(61);
        let mut check = Check::default();
        for _ in 0..3000 {
            let n = rng.below(12) as usize;
            let items: Vec<f64> = (0..n)
                .map(|_| match rng.below(4) {
                    0 => rng.any_f64(),
                    1 => 1e16 * (rng.below(3) as f64 - 1.0),
                    2 => (rng.below(7) as f64 - 3.0) * 2f64.powi(rng.below(120) as i32 - 60),
                    _ => 1e308 * (rng.below(3) as f64 - 1.0),
                })
                .collect();
            let list: Vec<String> = items.iter().map(|&x| lit(x)).collect();
            check.push(
                format!("math.fsum([{}])", list.join(", ")),
                show(fsum(&items), f),
            );
        }
        check.push(
            "math.fsum([1e-16, 1, 1e16])".into(),
            show(fsum(&[1e-16, 1.0, 1e16]), f),
        );
        check.run();
    }
}
