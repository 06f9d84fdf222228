//! Test support: runs the host's `python3` (CPython 3.11) once on a whole batch of cases, so
//! every module compares itself with the reference implementation, and a small deterministic
//! generator of awkward text.

use std::io::Write;
use std::process::{Command, Stdio};

use super::TextError;

/// Runs `program` under `python3` with `inputs` on stdin, one per line, and returns the lines it
/// prints. `program` sees the helpers of [`PRELUDE`].
pub(crate) fn run_python(program: &str, inputs: &[String]) -> Vec<String> {
    let source = format!("{PRELUDE}\n{program}");
    let mut child = Command::new("python3")
        .arg("-c")
        .arg(source)
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
    writer.join().expect("writer").expect("write to python3");
    String::from_utf8(output.stdout)
        .expect("utf-8")
        .lines()
        .map(str::to_owned)
        .collect()
}

/// Python helpers: `show(f)` prints `repr(f())`-like output that survives the line protocol
/// (`ok:` + hex of `repr` of the result, or `!Class:` + hex of the message), and `arg(w)` /
/// `barg(w)` decode one hex-coded input word as str / bytes.
pub(crate) const PRELUDE: &str = "import sys\n\
def enc(s):\n\
\x20   return s.encode('utf-8', 'surrogatepass').hex()\n\
def show(f):\n\
\x20   try:\n\
\x20       r = f()\n\
\x20   except Exception as e:\n\
\x20       print('!' + type(e).__name__ + ':' + enc(str(e)))\n\
\x20   else:\n\
\x20       print('ok:' + enc(r if isinstance(r, str) else repr(r)))\n\
def arg(w):\n\
\x20   return bytes.fromhex(w[1:]).decode('utf-8', 'surrogatepass')\n\
def barg(w):\n\
\x20   return bytes.fromhex(w[1:])\n\
def lst(v):\n\
\x20   return 'L' + ','.join(enc(x) if isinstance(x, str) else x.hex() for x in v)\n\
def opt(w):\n\
\x20   return None if w == 'N' else int(w)\n";

/// Encodes text for `arg` (never empty, so it survives `split()`).
pub(crate) fn arg(s: &str) -> String {
    format!("h{}", hex(s.as_bytes()))
}

/// Encodes bytes for `barg`.
pub(crate) fn barg(b: &[u8]) -> String {
    format!("h{}", hex(b))
}

/// A list of texts as `lst` prints it.
pub(crate) fn hex_list<T: AsRef<[u8]>>(items: &[T]) -> String {
    let items: Vec<String> = items.iter().map(|i| hex(i.as_ref())).collect();
    format!("L{}", items.join(","))
}

/// Encodes an optional index for `opt`.
pub(crate) fn opt(i: Option<isize>) -> String {
    i.map_or("N".to_owned(), |i| i.to_string())
}

pub(crate) fn hex(b: &[u8]) -> String {
    b.iter().map(|b| format!("{b:02x}")).collect()
}

/// `show`'s line for a text result (already in the form `show` prints: a str as itself, other
/// values as their repr).
pub(crate) fn shown(r: Result<String, TextError>) -> String {
    match r {
        Ok(s) => format!("ok:{}", hex(s.as_bytes())),
        Err(e) => format!("!{}:{}", e.class_name(), hex(e.message().as_bytes())),
    }
}

/// Compares line by line and reports every mismatch with its input.
pub(crate) fn assert_lines_eq(inputs: &[String], ours: &[String], theirs: &[String]) {
    assert_eq!(
        ours.len(),
        theirs.len(),
        "python3 answered {} lines for {} cases",
        theirs.len(),
        ours.len()
    );
    let bad: Vec<String> = inputs
        .iter()
        .zip(ours.iter().zip(theirs))
        .filter(|(_, (a, b))| a != b)
        .map(|(i, (a, b))| {
            format!(
                "{}\n   ours   {}\n   python {}",
                readable(i),
                readable(a),
                readable(b)
            )
        })
        .collect();
    assert!(
        bad.is_empty(),
        "{} mismatches:\n{}",
        bad.len(),
        bad.iter().take(30).cloned().collect::<Vec<_>>().join("\n")
    );
}

/// Decodes the hex words of a protocol line for failure messages.
fn readable(line: &str) -> String {
    line.split(' ')
        .map(|w| {
            let (head, body) = match w.find(':') {
                Some(i) => w.split_at(i + 1),
                None if w.starts_with('h') => w.split_at(1),
                None => ("", w),
            };
            let bytes: Option<Vec<u8>> = (body.len() % 2 == 0
                && body.bytes().all(|c| c.is_ascii_hexdigit()))
            .then(|| {
                (0..body.len())
                    .step_by(2)
                    .map(|i| u8::from_str_radix(&body[i..i + 2], 16).ok())
                    .collect()
            })
            .flatten();
            match bytes {
                Some(b) => format!("{head}{:?}", String::from_utf8_lossy(&b)),
                None => w.to_owned(),
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

    /// A character that exercises the text algorithms: ASCII letters and separators,
    /// whitespace and line breaks of every kind, cased letters with special mappings, digits of
    /// other scripts, combining marks, non-printables and astral characters.
    pub(crate) fn char(&mut self) -> char {
        const SPECIAL: &[char] = &[
            ' ',
            '\t',
            '\n',
            '\r',
            '\x0b',
            '\x0c',
            '\x1c',
            '\x1d',
            '\x1e',
            '\x1f',
            '\u{85}',
            '\u{a0}',
            '\u{2028}',
            '\u{2029}',
            '\u{3000}',
            'ß',
            'ﬁ',
            'İ',
            'ı',
            'Σ',
            'σ',
            'ς',
            'ǅ',
            'ǆ',
            'Ǆ',
            'ŉ',
            'ΐ',
            '\u{345}',
            '\u{301}',
            '\'',
            '"',
            '\\',
            '\x7f',
            '\u{ad}',
            '\u{ff}',
            '\u{100}',
            '\u{e000}',
            '\u{fffe}',
            '\u{10000}',
            '\u{1f600}',
            '\u{10ffff}',
            '٣',
            '²',
            '½',
            'Ⅻ',
            '\0',
            '\x1b',
            '\u{200b}',
            '\u{feff}',
            'ᾳ',
            'ῼ',
            'ǰ',
            'Ω',
            'K',
            'Å',
            'ﬀ',
            '\u{e0001}',
            '𐐀',
            '𐐨',
        ];
        match self.below(6) {
            0 | 1 => self.pick(b"abcAB _-,.xyz:0123".as_slice()) as char,
            2 => self.pick(SPECIAL),
            3 => char::from_u32(self.below(0x250) as u32).unwrap_or('?'),
            4 => char::from_u32(self.below(0x3000) as u32).unwrap_or('?'),
            _ => char::from_u32(self.below(0x110000) as u32).unwrap_or('\u{fffd}'),
        }
    }

    /// A short string of [`Rng::char`]s, sometimes drawn from a tiny alphabet so that
    /// separators and substrings repeat.
    pub(crate) fn text(&mut self, max: u64) -> String {
        let n = self.below(max + 1);
        if self.below(3) == 0 {
            let alphabet = [self.char(), self.char(), 'a', ' '];
            (0..n).map(|_| self.pick(&alphabet)).collect()
        } else {
            (0..n).map(|_| self.char()).collect()
        }
    }

    /// An index argument for start/end/maxsplit parameters: absent, small, negative or huge.
    pub(crate) fn index(&mut self) -> Option<isize> {
        match self.below(8) {
            0 | 1 => None,
            2 => Some(self.pick(&[isize::MIN, isize::MAX, -100, 100])),
            _ => Some(self.below(13) as isize - 6),
        }
    }
}
