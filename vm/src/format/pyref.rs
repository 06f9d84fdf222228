//! Test support: runs the host's `python3` (CPython 3.11, as DESIGN.md requires) on a batch of
//! inputs so that every module can compare itself with the reference implementation in one
//! process launch, and a small deterministic generator of test inputs.

use std::io::Write;
use std::process::{Command, Stdio};

/// Runs `program` under `python3`, feeding `inputs` one per line on stdin, and returns the lines
/// it prints.
pub(crate) fn run_python(program: &str, inputs: &[String]) -> Vec<String> {
    let mut child = Command::new("python3")
        .arg("-c")
        .arg(program)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("these tests compare with python3 (CPython 3.11), which must be on PATH");
    let mut stdin = child.stdin.take().expect("piped stdin");
    let body = inputs.join("\n") + "\n";
    let writer = std::thread::spawn(move || stdin.write_all(body.as_bytes()));
    let output = child.wait_with_output().expect("python3 output");
    assert!(output.status.success(), "python3 failed");
    writer
        .join()
        .expect("writer thread")
        .expect("write to python3");
    String::from_utf8(output.stdout)
        .expect("utf-8")
        .lines()
        .map(str::to_owned)
        .collect()
}

/// Python source of a helper `show(f)` that prints `f()` as hex of its UTF-8 text (or its
/// exception as `!ClassName:hexmessage`), so any text survives the line protocol.
pub(crate) const SHOW: &str = "def show(f):\n\
    \x20   try:\n\
    \x20       r = f()\n\
    \x20       print(str(r).encode('utf-8', 'surrogatepass').hex())\n\
    \x20   except Exception as e:\n\
    \x20       print('!' + type(e).__name__ + ':' + str(e).encode('utf-8', 'surrogatepass').hex())\n\
    def arg(s):\n\
    \x20   return bytes.fromhex(s[1:]).decode('utf-8')\n";

/// A text argument for `SHOW`'s `arg`: never empty, so it survives `split()`.
pub(crate) fn arg(s: &str) -> String {
    format!("h{}", hex(s))
}

/// Hex of UTF-8, the encoding `SHOW` uses.
pub(crate) fn hex(s: &str) -> String {
    s.bytes().map(|b| format!("{b:02x}")).collect()
}

/// `SHOW`'s encoding of a `NumError`.
pub(crate) fn shown_num(r: Result<String, super::NumError>) -> String {
    match r {
        Ok(s) => hex(&s),
        Err(e) => format!("!{}:{}", e.class_name(), hex(e.message())),
    }
}

/// Compares line by line, reporting every mismatch with its input (decoding hex for reading).
pub(crate) fn assert_lines_eq(inputs: &[String], ours: &[String], theirs: &[String]) {
    assert_eq!(
        ours.len(),
        theirs.len(),
        "python3 answered {} lines for {} inputs",
        theirs.len(),
        ours.len()
    );
    let mut bad = Vec::new();
    for ((input, a), b) in inputs.iter().zip(ours).zip(theirs) {
        if a != b {
            bad.push(format!(
                "input {:?}: ours {:?}, python {:?}",
                unhex_line(input),
                unhex_line(a),
                unhex_line(b)
            ));
        }
    }
    assert!(
        bad.is_empty(),
        "{} mismatches:\n{}",
        bad.len(),
        bad.iter().take(40).cloned().collect::<Vec<_>>().join("\n")
    );
}

/// Best-effort decoding of hex fields for failure messages.
fn unhex_line(s: &str) -> String {
    s.split([' ', ':'])
        .map(|w| {
            let bytes: Option<Vec<u8>> =
                (w.len() % 2 == 0 && w.len() >= 2 && w.bytes().all(|c| c.is_ascii_hexdigit()))
                    .then(|| {
                        (0..w.len())
                            .step_by(2)
                            .map(|i| u8::from_str_radix(&w[i..i + 2], 16).ok())
                            .collect()
                    })
                    .flatten();
            match bytes.and_then(|b| String::from_utf8(b).ok()) {
                Some(t) if w.bytes().any(|c| c.is_ascii_alphabetic()) || w.len() > 2 => {
                    format!("{t:?}")
                }
                _ => w.to_owned(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
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

    pub(crate) fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len() as u64) as usize]
    }

    /// Doubles of every kind: random bit patterns, short decimals, integers, halfway cases,
    /// tiny and huge values, zeros, infinities and nans.
    pub(crate) fn any_f64(&mut self) -> f64 {
        match self.below(11) {
            // Values whose shortest digits are ties between two candidates.
            10 => {
                ((1u64 << 50) + self.below(1 << 53)) as f64 / (1u64 << (1 + self.below(5))) as f64
            }
            0 | 1 => f64::from_bits(self.next()),
            2 => (self.below(2_000_000) as f64 - 1e6) / 10f64.powi(self.below(8) as i32),
            3 => self.below(1 << 54) as f64 * if self.below(2) == 0 { 1.0 } else { -1.0 },
            4 => (self.below(20001) as f64 - 10000.0) / 8.0,
            5 => f64::from_bits(self.below(1 << 53)),
            6 => self.pick(&[
                0.0,
                -0.0,
                f64::INFINITY,
                f64::NEG_INFINITY,
                f64::NAN,
                0.5,
                1.5,
                2.5,
                1e16,
                1e-5,
                9.5,
                0.05,
            ]),
            7 => {
                10f64.powi(self.below(600) as i32 - 300)
                    * if self.below(2) == 0 { 1.0 } else { -1.0 }
            }
            _ => {
                let x = f64::from_bits(self.next());
                if x.is_finite() {
                    x
                } else {
                    self.next() as f64
                }
            }
        }
    }
}
