//! The unpickler's input: bytes in memory, or a file read through its `read`, `readline` and,
//! when it has them, `peek` (to prefetch without consuming what belongs to the next pickle) and
//! `readinto`. Reads return the position of the bytes in [`Input::buf`].
use super::unpickling_error;
use weft_vm::heap::Value;
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::ops::type_name_of;
use weft_vm::interp::{call, exc, protocols, Vm};
use weft_vm::objects::{bytes, int, types};

/// How much `peek` prefetches.
const PREFETCH: usize = 8192 * 16;

#[derive(Default)]
pub(crate) struct Input {
    pub(crate) buf: Vec<u8>,
    pos: usize,
    /// Where the prefetched (peeked, not yet consumed from the file) bytes begin.
    prefetched: usize,
    pub(crate) read: Option<Value>,
    pub(crate) readline: Option<Value>,
    pub(crate) readinto: Option<Value>,
    pub(crate) peek: Option<Value>,
}

pub(crate) fn truncated() -> error::PyErr {
    unpickling_error("pickle data was truncated")
}

/// The bytes of what a file method returned (the buffer protocol).
fn bytes_of(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes::as_bytes(v) {
        return Ok(b.to_vec());
    }
    weft_vm::interp::builtin_types::bytes_like(vm, v).map_err(|_| {
        error::type_error(format!(
            "a bytes-like object is required, not '{}'",
            type_name_of(v)
        ))
    })
}

impl Input {
    /// Input from bytes in memory.
    pub(crate) fn from_bytes(data: Vec<u8>) -> Input {
        let prefetched = data.len();
        Input {
            buf: data,
            prefetched,
            ..Input::default()
        }
    }

    /// Input from a file object; TypeError when it lacks `read` or `readline`.
    pub(crate) fn from_file(vm: &mut Vm, file: &Value) -> PyResult<Input> {
        let opt = |vm: &mut Vm, n: &str| weft_vm::interp::attr::getattr_opt(vm, file, n);
        let peek = opt(vm, "peek")?;
        let readinto = opt(vm, "readinto")?;
        let read = opt(vm, "read")?;
        let readline = opt(vm, "readline")?;
        if read.is_none() || readline.is_none() {
            return Err(error::type_error(
                "file must have 'read' and 'readline' attributes",
            ));
        }
        Ok(Input {
            read,
            readline,
            readinto,
            peek,
            ..Input::default()
        })
    }

    pub(crate) fn values(&self) -> impl Iterator<Item = &Value> {
        [&self.read, &self.readline, &self.readinto, &self.peek]
            .into_iter()
            .flatten()
    }

    fn set_string_input(&mut self, vm: &mut Vm, data: &Value) -> PyResult<usize> {
        self.buf = bytes_of(vm, data)?;
        self.pos = 0;
        self.prefetched = self.buf.len();
        Ok(self.buf.len())
    }

    /// Consumes from the file what was only peeked at and has been used since.
    pub(crate) fn skip_consumed(&mut self, vm: &mut Vm) -> PyResult<()> {
        if self.pos <= self.prefetched {
            return Ok(());
        }
        let consumed = self.pos - self.prefetched;
        if let Some(read) = self.read.clone() {
            call::call_value(vm, &read, vec![int::from_i64(consumed as i64)])?;
        }
        self.prefetched = self.pos;
        Ok(())
    }

    /// Refills the buffer from the file with `n` bytes (a line when `n` is None); the count read.
    fn read_from_file(&mut self, vm: &mut Vm, n: Option<usize>) -> PyResult<usize> {
        self.skip_consumed(vm)?;
        let data = match n {
            None => {
                let readline = self.readline.clone().unwrap_or(Value::NONE);
                call::call_value(vm, &readline, vec![])?
            }
            Some(n) => {
                if let (Some(peek), true) = (self.peek.clone(), n < PREFETCH) {
                    match call::call_value(vm, &peek, vec![int::from_i64(PREFETCH as i64)]) {
                        Ok(data) => {
                            let got = self.set_string_input(vm, &data)?;
                            self.prefetched = 0;
                            if n <= got {
                                return Ok(n);
                            }
                        }
                        Err(e) if exc::matches_type(&e, &types().not_implemented_error) => {
                            self.peek = None;
                        }
                        Err(e) => return Err(e),
                    }
                }
                let read = self.read.clone().unwrap_or(Value::NONE);
                call::call_value(
                    vm,
                    &read,
                    vec![int::from_i64(n.min(i64::MAX as usize) as i64)],
                )?
            }
        };
        self.set_string_input(vm, &data)
    }

    /// `n` bytes: their position in `buf`.
    #[inline]
    pub(crate) fn read(&mut self, vm: &mut Vm, n: usize) -> PyResult<usize> {
        if n <= self.buf.len() - self.pos {
            let start = self.pos;
            self.pos += n;
            return Ok(start);
        }
        self.read_slow(vm, n)
    }

    #[cold]
    fn read_slow(&mut self, vm: &mut Vm, n: usize) -> PyResult<usize> {
        if self.read.is_none() {
            return Err(truncated());
        }
        let got = self.read_from_file(vm, Some(n))?;
        if got < n {
            return Err(truncated());
        }
        self.pos = n;
        Ok(0)
    }

    /// One byte.
    #[inline]
    pub(crate) fn byte(&mut self, vm: &mut Vm) -> PyResult<u8> {
        if let Some(&b) = self.buf.get(self.pos) {
            self.pos += 1;
            return Ok(b);
        }
        let at = self.read_slow(vm, 1)?;
        Ok(self.buf[at])
    }

    /// `n` bytes, copied (for payloads; from a file they are read without going through `buf`).
    pub(crate) fn read_owned(&mut self, vm: &mut Vm, n: usize) -> PyResult<Vec<u8>> {
        let avail = self.buf.len() - self.pos;
        if n <= avail || self.read.is_none() {
            let at = self.read(vm, n)?;
            return Ok(self.buf[at..at + n].to_vec());
        }
        let mut out = Vec::new();
        if out.try_reserve_exact(n).is_err() {
            return Err(error::memory_error(""));
        }
        out.extend_from_slice(&self.buf[self.pos..]);
        self.pos = self.buf.len();
        let rest = n - out.len();
        self.skip_consumed(vm)?;
        let read = self.read.clone().unwrap_or(Value::NONE);
        let data = call::call_value(vm, &read, vec![int::from_i64(rest as i64)])?;
        let Some(b) = bytes::as_bytes(&data) else {
            let r = protocols::repr_string(vm, &Value::obj(weft_vm::interp::ops::a_type(&data)))?;
            return Err(error::value_error(format!(
                "read() returned non-bytes object ({r})"
            )));
        };
        if b.len() < rest {
            return Err(truncated());
        }
        out.extend_from_slice(&b[..rest]);
        Ok(out)
    }

    /// A line, with its newline: its position and length in `buf`.
    pub(crate) fn readline(&mut self, vm: &mut Vm) -> PyResult<(usize, usize)> {
        if let Some(i) = self.buf[self.pos..].iter().position(|&b| b == b'\n') {
            let start = self.pos;
            self.pos += i + 1;
            return Ok((start, i + 1));
        }
        if self.read.is_none() {
            return Err(truncated());
        }
        let n = self.read_from_file(vm, None)?;
        if n == 0 || self.buf[n - 1] != b'\n' {
            return Err(truncated());
        }
        self.pos = n;
        Ok((0, n))
    }

    /// Steps back over bytes just read (a frame is read whole, then parsed from the buffer).
    pub(crate) fn unread(&mut self, n: usize) {
        self.pos -= n;
    }
}
