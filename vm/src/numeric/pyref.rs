//! Test support: evaluates Python expressions in one `python3` (CPython 3.11) run, so every
//! module compares itself with the reference implementation, and a reproducible input generator.

use std::io::Write;
use std::process::{Command, Stdio};

/// Evaluates each expression with `python3` and returns what `show` prints for it: the `repr`
/// of the value (floats as their exact bit pattern, so `-0.0` and NaN payloads compare), or
/// `!ClassName: message` for an exception.
pub(crate) fn eval_all(prelude: &str, exprs: &[String]) -> Vec<String> {
    let program = format!(
        "import sys, math, struct\n\
         sys.set_int_max_str_digits(0)\n\
         def fmt(r):\n\
         \x20   if type(r) is float: return 'f' + struct.pack('>d', r).hex()\n\
         \x20   if type(r) is complex: return 'c' + fmt(r.real) + fmt(r.imag)\n\
         \x20   if type(r) is tuple: return '(' + ','.join(fmt(v) for v in r) + ')'\n\
         \x20   return repr(r)\n\
         {prelude}\n\
         for line in sys.stdin:\n\
         \x20   try:\n\
         \x20       print(fmt(eval(line)))\n\
         \x20   except Exception as e:\n\
         \x20       print('!' + type(e).__name__ + ': ' + str(e))\n"
    );
    let mut child = Command::new("python3")
        .arg("-c")
        .arg(program)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("these tests compare with python3 (CPython 3.11), which must be on PATH");
    let mut stdin = child.stdin.take().expect("piped stdin");
    let body = exprs.join("\n") + "\n";
    let writer = std::thread::spawn(move || stdin.write_all(body.as_bytes()));
    let output = child.wait_with_output().expect("python3 output");
    assert!(output.status.success(), "python3 failed");
    writer.join().expect("writer").expect("write to python3");
    String::from_utf8(output.stdout)
        .expect("utf-8")
        .lines()
        .map(str::to_owned)
        .collect()
}

/// The float spelling `eval_all` uses.
pub(crate) fn f(x: f64) -> String {
    format!("f{:016x}", x.to_bits())
}

/// A Python expression for exactly this double.
pub(crate) fn lit(x: f64) -> String {
    format!(
        "struct.unpack('>d', bytes.fromhex('{:016x}'))[0]",
        x.to_bits()
    )
}

/// How `eval_all` shows an error.
pub(crate) fn err(e: &super::NumError) -> String {
    format!("!{}: {}", e.class_name(), e.message())
}

/// Shows a result the way `eval_all` does.
pub(crate) fn show<T>(r: Result<T, super::NumError>, ok: impl FnOnce(T) -> String) -> String {
    match r {
        Ok(v) => ok(v),
        Err(e) => err(&e),
    }
}

/// Compares line by line and reports every mismatch with its expression.
pub(crate) fn assert_same(exprs: &[String], ours: &[String]) {
    assert_same_mapped(exprs, ours, |s| s.to_owned());
}

/// As `assert_same`, but every NaN compares equal to every other: which NaN an operation with
/// two NaN operands yields depends on the order the compiler chose for the operands, which
/// neither C nor Rust specifies.
pub(crate) fn assert_same_any_nan(exprs: &[String], ours: &[String]) {
    assert_same_mapped(exprs, ours, |s| {
        let mut out = String::new();
        let mut rest = s;
        while let Some(i) = rest.find('f') {
            out.push_str(&rest[..i]);
            let token = rest.get(i + 1..i + 17).unwrap_or("");
            match u64::from_str_radix(token, 16) {
                Ok(bits) if token.len() == 16 => {
                    if f64::from_bits(bits).is_nan() {
                        out.push_str("fNaN");
                    } else {
                        out.push_str(&rest[i..i + 17]);
                    }
                    rest = &rest[i + 17..];
                }
                _ => {
                    out.push('f');
                    rest = &rest[i + 1..];
                }
            }
        }
        out.push_str(rest);
        out
    });
}

fn assert_same_mapped(exprs: &[String], ours: &[String], map: impl Fn(&str) -> String) {
    let theirs: Vec<String> = eval_all("", exprs).iter().map(|s| map(s)).collect();
    let ours: Vec<String> = ours.iter().map(|s| map(s)).collect();
    assert_eq!(theirs.len(), exprs.len());
    let bad: Vec<String> = exprs
        .iter()
        .zip(ours.iter().zip(&theirs))
        .filter(|(_, (a, b))| a != b)
        .map(|(e, (a, b))| format!("{e}\n   ours:   {a}\n   python: {b}"))
        .collect();
    assert!(
        bad.is_empty(),
        "{} of {} differ:\n{}",
        bad.len(),
        exprs.len(),
        bad.iter().take(30).cloned().collect::<Vec<_>>().join("\n")
    );
}

/// A xorshift generator: reproducible inputs without a dependency.
pub(crate) struct Rng(u64);

impl Rng {
    pub(crate) fn new(seed: u64) -> Rng {
        Rng(seed | 1)
    }

    pub(crate) fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    pub(crate) fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    /// Doubles of every kind: random bit patterns, small integers and halves, short decimals,
    /// huge and tiny magnitudes, zeros of both signs, infinities and NaN.
    pub(crate) fn any_f64(&mut self) -> f64 {
        let sign = if self.below(2) == 0 { 1.0 } else { -1.0 };
        match self.below(9) {
            0 | 1 => f64::from_bits(self.next()),
            2 => sign * self.below(64) as f64 / 2.0,
            3 => sign * self.below(2_000_000) as f64 / 10f64.powi(self.below(8) as i32),
            4 => sign * 10f64.powi(self.below(640) as i32 - 320),
            5 => [
                0.0,
                -0.0,
                f64::INFINITY,
                f64::NEG_INFINITY,
                f64::NAN,
                1.0,
                -1.0,
                0.5,
            ][self.below(8) as usize],
            6 => sign * self.below(1 << 60) as f64,
            7 => f64::from_bits(self.below(1 << 53)) * sign,
            _ => sign * (self.next() >> 11) as f64 * 2f64.powi(self.below(200) as i32 - 100),
        }
    }

    /// Integers of every size, both signs, around powers of two and zero.
    pub(crate) fn any_int(&mut self, max_bits: u64) -> num_bigint::BigInt {
        use num_bigint::BigInt;
        let bits = self.below(max_bits + 1);
        let mut v = BigInt::from(0);
        for _ in 0..bits.div_ceil(64) {
            v = (v << 64) + BigInt::from(self.next());
        }
        v >>= v.bits().saturating_sub(bits);
        match self.below(6) {
            0 => v = (BigInt::from(1) << bits) - BigInt::from(self.below(3)),
            1 => v = BigInt::from(self.below(5)),
            _ => {}
        }
        if self.below(2) == 0 {
            -v
        } else {
            v
        }
    }
}
