//! Test support: evaluates expressions with the host's `python3` (CPython 3.11) in one run and
//! compares with ours; floats are compared by bit pattern.

use std::io::Write;
use std::process::{Command, Stdio};

use weft_vm::numeric::NumError;

fn eval_all(exprs: &[String]) -> Vec<String> {
    let program = "import sys, math, struct\n\
         sys.set_int_max_str_digits(0)\n\
         def fmt(r):\n\
         \x20   if type(r) is float: return 'f' + struct.pack('>d', r).hex()\n\
         \x20   if type(r) is complex: return 'c' + fmt(r.real) + fmt(r.imag)\n\
         \x20   if type(r) is tuple: return '(' + ','.join(fmt(v) for v in r) + ')'\n\
         \x20   return repr(r)\n\
         for line in sys.stdin:\n\
         \x20   try:\n\
         \x20       print(fmt(eval(line)))\n\
         \x20   except Exception as e:\n\
         \x20       print('!' + type(e).__name__ + ': ' + str(e))\n";
    let mut child = Command::new("python3")
        .arg("-c")
        .arg(program)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("these tests compare with python3 (CPython 3.11), which must be on PATH");
    let mut stdin = child.stdin.take().expect("piped stdin");
    let body = exprs.join("\n") + "\n";
    let writer = std::thread::spawn(move || stdin.write_all(body.as_bytes()));
    let output = child.wait_with_output().expect("python3 output");
    writer.join().expect("writer").expect("write to python3");
    String::from_utf8(output.stdout)
        .expect("utf-8")
        .lines()
        .map(str::to_owned)
        .collect()
}

/// How `eval_all` shows a float.
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

/// Shows a result the way `eval_all` does.
pub(crate) fn show<T>(r: Result<T, NumError>, ok: impl FnOnce(T) -> String) -> String {
    match r {
        Ok(v) => ok(v),
        Err(e) => format!("!{}: {}", e.class_name(), e.message()),
    }
}

/// A batch of expressions and our answers, checked against python3 at once.
#[derive(Default)]
pub(crate) struct Check {
    exprs: Vec<String>,
    ours: Vec<String>,
}

impl Check {
    pub(crate) fn push(&mut self, expr: String, ours: String) {
        self.exprs.push(expr);
        self.ours.push(ours);
    }

    pub(crate) fn run(self) {
        let theirs = eval_all(&self.exprs);
        assert_eq!(theirs.len(), self.exprs.len(), "python3 failed");
        let bad: Vec<String> = self
            .exprs
            .iter()
            .zip(self.ours.iter().zip(&theirs))
            .filter(|(_, (a, b))| a != b)
            .map(|(e, (a, b))| format!("{e}\n   ours:   {a}\n   python: {b}"))
            .collect();
        assert!(
            bad.is_empty(),
            "{} of {} differ:\n{}",
            bad.len(),
            self.exprs.len(),
            bad.iter().take(30).cloned().collect::<Vec<_>>().join("\n")
        );
    }
}

/// A xorshift generator of test inputs.
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

    /// Doubles spread over the interesting ranges of the math functions.
    pub(crate) fn any_f64(&mut self) -> f64 {
        let sign = if self.below(2) == 0 { 1.0 } else { -1.0 };
        let unit = (self.next() >> 11) as f64 / (1u64 << 53) as f64;
        match self.below(10) {
            0 => f64::from_bits(self.next()),
            1 => sign * unit,
            2 => sign * unit * 4.0,
            3 => sign * unit * 30.0,
            4 => sign * unit * 800.0,
            5 => sign * 10f64.powi(self.below(640) as i32 - 320) * (1.0 + unit),
            6 => [
                0.0,
                -0.0,
                f64::INFINITY,
                f64::NEG_INFINITY,
                f64::NAN,
                1.0,
                -1.0,
                0.5,
                2.0,
            ][self.below(9) as usize],
            7 => sign * self.below(200) as f64 / 2.0,
            8 => sign * (1.0 + unit * 1e-6),
            _ => sign * f64::from_bits(self.below(1 << 53)),
        }
    }
}
