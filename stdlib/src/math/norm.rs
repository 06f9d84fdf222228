//! `math.hypot` and `math.dist`: CPython's accurate vector norm (power-of-two scaling,
//! Veltkamp-Dekker splitting for exact squares, compensated summation and one Newton
//! correction of the square root), which is correctly rounded in practice and commutative.

use weft_vm::numeric::float_parts::{frexp, ldexp};
use weft_vm::numeric::NumError;

/// `sqrt(sum(x*x for x in vec))` for non-negative `vec` whose largest element is `max`.
fn vector_norm(vec: &[f64], max: f64, found_nan: bool) -> f64 {
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let (_, max_e) = frexp(max);
    // csum starts at 1.0, above every scaled square, so each compensated addition is exact
    // in its error term; the 1.0 is taken out at the end.
    let (mut csum, mut frac1, mut frac2, mut frac3) = (1.0, 0.0, 0.0, 0.0);
    if max_e < -1023 {
        // 2**-max_e would overflow: divide by max instead.
        for &v in vec {
            let x = v / max;
            add(&mut csum, &mut frac1, x * x);
        }
        return max * (csum - 1.0 + frac1).sqrt();
    }
    let scale = ldexp(1.0, -i64::from(max_e));
    for &v in vec {
        let (hi, lo) = split(v * scale);
        add(&mut csum, &mut frac1, hi * hi);
        add(&mut csum, &mut frac2, 2.0 * hi * lo);
        frac3 += lo * lo;
    }
    let h = (csum - 1.0 + (frac1 + frac2 + frac3)).sqrt();
    // Differential correction: subtract h*h exactly and adjust by the first-order term.
    let (hi, lo) = split(h);
    add(&mut csum, &mut frac1, -hi * hi);
    add(&mut csum, &mut frac2, -2.0 * hi * lo);
    add(&mut csum, &mut frac3, -lo * lo);
    let x = csum - 1.0 + (frac1 + frac2 + frac3);
    (h + x / (2.0 * h)) / scale
}

/// Veltkamp-Dekker: `x == hi + lo` with both halves of 26 bits, so their products are exact.
fn split(x: f64) -> (f64, f64) {
    const T27: f64 = 134_217_729.0; // 2**27 + 1
    let t = x * T27;
    let hi = t - (t - x);
    (hi, x - hi)
}

/// Neumaier's step, with `|csum| >= |x|` guaranteed by the caller.
fn add(csum: &mut f64, frac: &mut f64, x: f64) {
    let old = *csum;
    *csum += x;
    *frac += (old - *csum) + x;
}

/// `math.hypot(*coordinates)`.
pub fn hypot(coordinates: &[f64]) -> f64 {
    let mut max = 0.0f64;
    let mut found_nan = false;
    let abs: Vec<f64> = coordinates
        .iter()
        .map(|&x| {
            let x = x.abs();
            found_nan |= x.is_nan();
            if x > max {
                max = x;
            }
            x
        })
        .collect();
    vector_norm(&abs, max, found_nan)
}

/// `math.dist(p, q)`.
///
/// # Errors
/// `ValueError("both points must have the same number of dimensions")`.
pub fn dist(p: &[f64], q: &[f64]) -> Result<f64, NumError> {
    if p.len() != q.len() {
        return Err(NumError::Value(
            "both points must have the same number of dimensions".into(),
        ));
    }
    let diffs: Vec<f64> = p.iter().zip(q).map(|(a, b)| a - b).collect();
    Ok(hypot(&diffs))
}

#[cfg(test)]
mod tests {
    use super::super::pyref::{f, lit, show, Check, Rng};
    use super::*;

    #[test]
    fn matches_python() {
        let mut rng = Rng::new(67);
        let mut check = Check::default();
        for i in 0..3000 {
            let n = rng.below(6) as usize;
            let p: Vec<f64> = (0..n)
                .map(|_| {
                    let x = rng.any_f64();
                    if i % 3 == 0 {
                        x * 1e-310
                    } else {
                        x
                    }
                })
                .collect();
            let q: Vec<f64> = (0..n).map(|_| rng.any_f64()).collect();
            let ps: Vec<String> = p.iter().map(|&x| lit(x)).collect();
            let qs: Vec<String> = q.iter().map(|&x| lit(x)).collect();
            check.push(format!("math.hypot({})", ps.join(", ")), f(hypot(&p)));
            check.push(
                format!("math.dist([{}], [{}])", ps.join(", "), qs.join(", ")),
                show(dist(&p, &q), f),
            );
        }
        check.push(
            "math.dist([1.0], [1.0, 2.0])".into(),
            show(dist(&[1.0], &[1.0, 2.0]), f),
        );
        check.run();
    }
}
