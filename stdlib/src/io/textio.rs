//! `TextIOWrapper`: str over a binary buffer, through an incremental codec, with newline
//! translation. Decoded text is kept untranslated (so `tell()` can re-encode what is left);
//! translation happens as it is handed out.
use super::buffered::as_buffered;
use super::newline::{self, LineEnd};
use super::textread::{check_encoding, Coder};
use super::util::{call_method, closed_error, payload, size_arg, this, unsupported};
use std::cell::{Cell, RefCell};
use weft_vm::heap::{ObjRef, Value};
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::ops::{truthy, type_name_of};
use weft_vm::interp::{attr, protocols, Vm};
use weft_vm::objects::builtin::Args;
use weft_vm::objects::method_support::{alloc_instance, new_cls};
use weft_vm::objects::native::NativeObj;
use weft_vm::objects::register::{getsets, methods, statics};
use weft_vm::objects::typeobj::is_subtype;
use weft_vm::objects::{bytes, int, str as pystr};

pub(crate) struct TextIo {
    buffer: RefCell<Value>,
    encoding: RefCell<String>,
    errors: RefCell<String>,
    /// The `newline` argument (`None`: universal newlines).
    newline: RefCell<Option<String>>,
    line_buffering: Cell<bool>,
    write_through: Cell<bool>,
    decoder: RefCell<Option<Coder>>,
    encoder: RefCell<Option<Coder>>,
    /// Decoded, untranslated text in generalized UTF-8; `dpos` is the byte offset of the next
    /// character to hand out.
    decoded: RefCell<Vec<u8>>,
    dpos: Cell<usize>,
    /// Bytes read but not yet decoded (an incomplete sequence).
    pending: RefCell<Vec<u8>>,
    /// Encoded text not yet given to a buffer that is not the native one (CPython's
    /// `pending_bytes`: a Python buffer sees a write only at a line end, a flush or a full chunk).
    wpending: RefCell<Vec<u8>>,
    eof: Cell<bool>,
    seen: Cell<u8>,
    seekable: Cell<bool>,
    /// False while iteration is part way through (CPython's `telling`).
    telling: Cell<bool>,
    ok: Cell<bool>,
    detached: Cell<bool>,
    chunk_size: Cell<usize>,
    /// What `open()` set as `mode`.
    mode: RefCell<Value>,
    /// 2 for `sys.stderr`, whose writes first flush `sys.stdout`.
    pub(crate) std_fd: Cell<i32>,
}

/// The length of the generalized UTF-8 sequence that starts with `b`.
fn char_len(b: u8) -> usize {
    match b {
        0..=0x7F => 1,
        0xC0..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    }
}

fn char_count(b: &[u8]) -> usize {
    b.iter().filter(|c| **c & 0xC0 != 0x80).count()
}

/// The byte offset after `n` characters of `b`, and whether `b` holds that many.
fn char_offset(b: &[u8], n: usize) -> (usize, bool) {
    let mut i = 0;
    for _ in 0..n {
        if i >= b.len() {
            return (b.len(), false);
        }
        i += char_len(b[i]);
    }
    (i.min(b.len()), true)
}

impl Drop for TextIo {
    /// Queued text reaches a native buffer (which writes it out when it dies in turn).
    fn drop(&mut self) {
        let data = std::mem::take(self.wpending.get_mut());
        if data.is_empty() {
            return;
        }
        let b = self.buffer.get_mut();
        if let Some(nb) = as_buffered(b) {
            nb.append_quiet(&data);
        } else if let Some(f) = super::fileio::as_fileio(b) {
            f.write_all_quiet(&data);
        }
    }
}

pub(crate) fn as_text(v: &Value) -> Option<&TextIo> {
    payload::<TextIo>(v)
}

fn me<'a>(args: &Args<'a>) -> PyResult<(&'a Value, &'a TextIo)> {
    this::<TextIo>(args, "TextIOWrapper")
}

impl TextIo {
    fn new() -> TextIo {
        TextIo {
            buffer: RefCell::new(Value::NONE),
            encoding: RefCell::new(String::new()),
            errors: RefCell::new(String::new()),
            newline: RefCell::new(None),
            line_buffering: Cell::new(false),
            write_through: Cell::new(false),
            decoder: RefCell::new(None),
            encoder: RefCell::new(None),
            decoded: RefCell::new(Vec::new()),
            dpos: Cell::new(0),
            pending: RefCell::new(Vec::new()),
            wpending: RefCell::new(Vec::new()),
            eof: Cell::new(false),
            seen: Cell::new(0),
            seekable: Cell::new(false),
            telling: Cell::new(true),
            ok: Cell::new(false),
            detached: Cell::new(false),
            chunk_size: Cell::new(8192),
            mode: RefCell::new(Value::NONE),
            std_fd: Cell::new(-1),
        }
    }

    pub(crate) fn buffer(&self) -> PyResult<Value> {
        let b = self.buffer.borrow().clone();
        if b.is_none() {
            return Err(if self.detached.get() {
                error::value_error("underlying buffer has been detached")
            } else {
                error::value_error("I/O operation on uninitialized object")
            });
        }
        Ok(b)
    }

    fn is_closed(&self, vm: &mut Vm) -> PyResult<bool> {
        let b = self.buffer()?;
        if let Some(nb) = as_buffered(&b) {
            return nb.is_closed(vm);
        }
        if let Some(f) = super::fileio::as_fileio(&b) {
            return Ok(f.fd.get() < 0);
        }
        super::util::is_closed(vm, &b)
    }

    fn check_open(&self, vm: &mut Vm) -> PyResult<Value> {
        let b = self.buffer()?;
        if self.is_closed(vm)? {
            return Err(closed_error());
        }
        Ok(b)
    }

    fn read_end(&self) -> LineEnd {
        LineEnd::of(self.newline.borrow().as_deref())
    }

    /// Whether reading translates line ends to `\n` (`newline=None`).
    fn translates(&self) -> bool {
        self.newline.borrow().is_none()
    }

    /// Whether `newlines` is tracked (`newline=None` or `''`).
    fn tracks(&self) -> bool {
        matches!(self.newline.borrow().as_deref(), None | Some(""))
    }

    fn unread(&self) -> usize {
        self.decoded.borrow().len() - self.dpos.get()
    }

    /// Drops the decoded text and undecoded bytes (after a seek, before a write).
    fn clear_read(&self) {
        self.decoded.borrow_mut().clear();
        self.dpos.set(0);
        self.pending.borrow_mut().clear();
        self.eof.set(false);
    }

    /// Queues encoded text for the buffer, as CPython's `pending_bytes`: the buffer sees it at a
    /// full chunk, a line end under `line_buffering`, with `write_through`, or at a flush.
    fn buffer_write(&self, vm: &mut Vm, data: &[u8]) -> PyResult<()> {
        let full = {
            let mut w = self.wpending.borrow_mut();
            w.extend_from_slice(data);
            w.len() >= self.chunk_size.get()
        };
        if full {
            self.write_pending(vm)?;
        }
        Ok(())
    }

    /// Gives the queued text to the buffer.
    fn write_pending(&self, vm: &mut Vm) -> PyResult<()> {
        if self.wpending.borrow().is_empty() {
            return Ok(());
        }
        let data = std::mem::take(&mut *self.wpending.borrow_mut());
        let b = self.buffer()?;
        if let Some(nb) = as_buffered(&b) {
            return nb.write(vm, &data).map(|_| ());
        }
        if let Some(f) = super::fileio::as_fileio(&b) {
            return f.write_all(vm, &data);
        }
        call_method(vm, &b, "write", vec![bytes::new_bytes(data)]).map(|_| ())
    }

    /// After a write: hands the queue over (`write_through`, or a line end under
    /// `line_buffering`, which also flushes the buffer).
    fn after_write(&self, vm: &mut Vm, line_end: bool) -> PyResult<()> {
        let flush = self.line_buffering.get() && line_end;
        if flush || self.write_through.get() {
            self.write_pending(vm)?;
        }
        if flush {
            self.buffer_flush(vm)?;
        }
        Ok(())
    }

    /// `print`'s path: writes `s` without making a str object when the stream encodes UTF-8
    /// untranslated.
    pub(crate) fn write_str(&self, vm: &mut Vm, s: &str) -> PyResult<()> {
        let fast = !matches!(self.newline.borrow().as_deref(), Some("\r" | "\r\n"))
            && self.encoder.borrow().as_ref().is_some_and(Coder::is_utf8)
            && self.unread() == 0
            && self.pending.borrow().is_empty();
        if !fast {
            return self.write(vm, &pystr::new_str(s)).map(|_| ());
        }
        self.check_open(vm)?;
        if self.std_fd.get() == 2 {
            weft_vm::interp::stdio::flush_stdout_global();
        }
        self.buffer_write(vm, s.as_bytes())?;
        self.after_write(vm, s.bytes().any(|c| c == b'\n' || c == b'\r'))
    }

    /// Writes out what the buffer holds, without Python calls (exit, tracebacks).
    pub(crate) fn flush_quiet(&self) {
        let b = self.buffer.borrow().clone();
        let data = std::mem::take(&mut *self.wpending.borrow_mut());
        if let Some(nb) = as_buffered(&b) {
            nb.append_quiet(&data);
            nb.flush_quiet();
        } else if let Some(f) = super::fileio::as_fileio(&b) {
            f.write_all_quiet(&data);
        }
    }

    fn buffer_flush(&self, vm: &mut Vm) -> PyResult<()> {
        self.write_pending(vm)?;
        let b = self.buffer()?;
        if super::fileio::as_fileio(&b).is_some() {
            return Ok(());
        }
        match as_buffered(&b) {
            Some(nb) if super::fileio::as_fileio(&nb.raw()?).is_some() => nb.flush_writes(vm),
            _ => call_method(vm, &b, "flush", Vec::new()).map(|_| ()),
        }
    }

    /// Reads and decodes one chunk; false at end of file.
    /// Reads and decodes one chunk (or, with `whole`, all that is left); false at end of file.
    fn read_chunk(&self, vm: &mut Vm, whole: bool) -> PyResult<bool> {
        self.write_pending(vm)?;
        let b = self.buffer()?;
        let n = self.chunk_size.get();
        let data = match as_buffered(&b) {
            Some(nb) if whole => nb.read(vm, -1)?.unwrap_or_default(),
            Some(nb) => nb.read1(vm, n as i64)?,
            None => {
                let name = if whole || attr::getattr_opt(vm, &b, "read1")?.is_none() {
                    "read"
                } else {
                    "read1"
                };
                let args = if whole {
                    Vec::new()
                } else {
                    vec![int::from_i64(n as i64)]
                };
                let r = call_method(vm, &b, name, args)?;
                if r.is_none() {
                    Vec::new()
                } else {
                    match bytes::as_bytes(&r) {
                        Some(d) => d.to_vec(),
                        None => {
                            return Err(error::type_error(format!(
                                "underlying {name}() should have returned a bytes-like object, not '{}'",
                                type_name_of(&r)
                            )))
                        }
                    }
                }
            }
        };
        let final_ = whole || data.is_empty();
        let input = {
            let mut p = self.pending.borrow_mut();
            p.extend_from_slice(&data);
            std::mem::take(&mut *p)
        };
        let errors = self.errors.borrow().clone();
        // No borrow is held while a Python decoder runs.
        let Some(mut dec) = self.decoder.borrow().clone() else {
            return Err(unsupported("not readable"));
        };
        let (text, used) = dec.decode(vm, &input, &errors, final_)?;
        *self.decoder.borrow_mut() = Some(dec);
        *self.pending.borrow_mut() = input[used.min(input.len())..].to_vec();
        {
            let mut dd = self.decoded.borrow_mut();
            let p = self.dpos.get();
            if p > 0 {
                dd.drain(..p);
                self.dpos.set(0);
            }
            dd.extend_from_slice(&text);
        }
        if final_ {
            self.eof.set(true);
        }
        Ok(!final_)
    }

    fn check_readable(&self, vm: &mut Vm) -> PyResult<()> {
        self.check_open(vm)?;
        if self.decoder.borrow().is_none() {
            return Err(unsupported("not readable"));
        }
        Ok(())
    }

    /// Hands out the next `n` bytes of decoded text, translated.
    fn hand_out(&self, n: usize) -> Vec<u8> {
        let d = self.decoded.borrow();
        let p = self.dpos.get();
        let raw = &d[p..p + n];
        self.dpos.set(p + n);
        if self.tracks() {
            self.seen.set(self.seen.get() | newline::seen(raw));
        }
        if self.translates() && raw.contains(&b'\r') {
            newline::translate(raw)
        } else {
            raw.to_vec()
        }
    }

    /// `read(n)`: `n < 0` reads to the end.
    pub(crate) fn read(&self, vm: &mut Vm, n: i64) -> PyResult<Vec<u8>> {
        self.check_readable(vm)?;
        self.buffer_flush_if_writing(vm)?;
        if n < 0 {
            if !self.eof.get() {
                self.read_chunk(vm, true)?;
            }
            return Ok(self.hand_out(self.unread()));
        }
        let n = n as usize;
        while !self.eof.get() && self.needs_more(n) {
            self.read_chunk(vm, false)?;
        }
        let d = self.decoded.borrow();
        let avail = &d[self.dpos.get()..];
        let mut raw = 0;
        let mut out = 0;
        while out < n && raw < avail.len() {
            if self.translates() && avail[raw] == b'\r' && avail.get(raw + 1) == Some(&b'\n') {
                raw += 1;
            }
            raw += char_len(avail[raw]);
            out += 1;
        }
        let raw = raw.min(avail.len());
        drop(d);
        Ok(self.hand_out(raw))
    }

    /// Whether the decoded text holds fewer than `n` characters, or exactly `n` ending in a `\r`
    /// that a `\n` in the next chunk would join (so `read(n)` on a pipe returns once it has `n`).
    fn needs_more(&self, n: usize) -> bool {
        let d = self.decoded.borrow();
        let avail = &d[self.dpos.get()..];
        let mut count = char_count(avail);
        let translates = self.translates();
        if translates {
            count -= avail.windows(2).filter(|w| w == b"\r\n").count();
        }
        count < n || (count == n && translates && avail.last() == Some(&b'\r'))
    }

    pub(crate) fn readline(&self, vm: &mut Vm, limit: i64) -> PyResult<Vec<u8>> {
        self.check_readable(vm)?;
        self.buffer_flush_if_writing(vm)?;
        let end = self.read_end();
        // Where the search resumes after more text arrives (a long line is scanned once).
        let mut from = 0;
        loop {
            let found = {
                let d = self.decoded.borrow();
                let avail = &d[self.dpos.get()..];
                let at = newline::line_end(&avail[from.min(avail.len())..], end, self.eof.get())
                    .map(|i| i + from);
                from = avail.len().saturating_sub(1);
                let (lim, enough) = if limit >= 0 {
                    char_offset(avail, limit as usize)
                } else {
                    (avail.len(), false)
                };
                match at {
                    Some(i) if limit < 0 || i <= lim => Some(i),
                    _ if enough => Some(lim),
                    _ if self.eof.get() => Some(avail.len()),
                    _ => None,
                }
            };
            match found {
                Some(i) => return Ok(self.hand_out(i)),
                None => {
                    self.read_chunk(vm, false)?;
                }
            }
        }
    }

    fn buffer_flush_if_writing(&self, vm: &mut Vm) -> PyResult<()> {
        self.write_pending(vm)?;
        if self.encoder.borrow().is_some() {
            let b = self.buffer()?;
            if let Some(nb) = as_buffered(&b) {
                nb.flush_writes(vm)?;
            }
        }
        Ok(())
    }

    /// Moves the buffer back to where reading got to, dropping the read-ahead.
    fn rewind_read_ahead(&self, vm: &mut Vm) -> PyResult<()> {
        if self.unread() == 0 && self.pending.borrow().is_empty() {
            self.clear_read();
            return Ok(());
        }
        if self.seekable.get() {
            let pos = self.position(vm)?;
            self.clear_read();
            let b = self.buffer()?;
            call_method(vm, &b, "seek", vec![int::from_i64(pos)])?;
        } else {
            self.clear_read();
        }
        Ok(())
    }

    /// Writes str value `v`; the number of characters.
    pub(crate) fn write(&self, vm: &mut Vm, v: &Value) -> PyResult<usize> {
        let Some(s) = pystr::as_str_obj(v) else {
            return Err(error::type_error(format!(
                "write() argument must be str, not {}",
                type_name_of(v)
            )));
        };
        self.check_open(vm)?;
        if self.encoder.borrow().is_none() {
            return Err(unsupported("not writable"));
        }
        if self.std_fd.get() == 2 {
            weft_vm::interp::stdio::flush_stdout_global();
        }
        let nl: Option<&'static str> = match self.newline.borrow().as_deref() {
            Some("\r") => Some("\r"),
            Some("\r\n") => Some("\r\n"),
            _ => None,
        };
        let utf8 = self.encoder.borrow().as_ref().is_some_and(Coder::is_utf8);
        if let Some(t) = s.exact_str().filter(|_| nl.is_none() && utf8) {
            self.emit(vm, t.as_bytes(), t.contains('\n'))?;
            return Ok(s.char_len());
        }
        let errors = self.errors.borrow().clone();
        let cps: Vec<u32> = s.code_points().collect();
        let n = cps.len();
        let has_lf = cps.contains(&0x0A);
        let (val, cps) = match nl {
            Some(nl) => {
                let t = newline::expand(&cps, nl);
                (pystr::new_code_points(&t), t)
            }
            None => (v.clone(), cps),
        };
        // No borrow is held while a Python encoder runs (it may write to this stream).
        let Some(mut enc) = self.encoder.borrow().clone() else {
            return Err(unsupported("not writable"));
        };
        let data = enc.encode(vm, &val, &cps, &errors)?;
        *self.encoder.borrow_mut() = Some(enc);
        self.emit(vm, &data, has_lf)?;
        Ok(n)
    }

    /// Hands encoded text to the buffer, flushing as `line_buffering`/`write_through` ask.
    fn emit(&self, vm: &mut Vm, data: &[u8], has_lf: bool) -> PyResult<()> {
        if self.unread() > 0 || !self.pending.borrow().is_empty() {
            self.rewind_read_ahead(vm)?;
        }
        self.buffer_write(vm, data)?;
        self.after_write(vm, has_lf || data.contains(&b'\r'))
    }

    /// The byte position of the next character to read (CPython's cookie when the decoder is
    /// at a character boundary).
    fn position(&self, vm: &mut Vm) -> PyResult<i64> {
        self.write_pending(vm)?;
        let b = self.buffer()?;
        let pos = match as_buffered(&b) {
            Some(nb) => nb.tell(vm)?,
            None => {
                let r = call_method(vm, &b, "tell", Vec::new())?;
                protocols::index_isize(vm, &r)? as i64
            }
        };
        let errors = self.errors.borrow().clone();
        let encoding = self.encoding.borrow().clone();
        let dec = self.decoder.borrow().clone();
        let ahead = match dec {
            Some(dec) if self.unread() > 0 => {
                // A copy: measuring with a registry codec runs Python code.
                let rest = self.decoded.borrow()[self.dpos.get()..].to_vec();
                dec.encoded_len(vm, &rest, &encoding, &errors)
            }
            _ => 0,
        };
        Ok(pos - self.pending.borrow().len() as i64 - ahead as i64)
    }

    fn check_seekable(&self) -> PyResult<()> {
        if !self.seekable.get() {
            return Err(unsupported("underlying stream is not seekable"));
        }
        Ok(())
    }
}

fn new(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = new_cls(args, &super::io_types().text_io_wrapper)?;
    Ok(Value::obj(alloc_instance(
        cls,
        NativeObj::new(TextIo::new()),
    )))
}

/// An optional str argument of `__init__`/`reconfigure`.
fn opt_str(v: Option<&Value>, fname: &str, arg: &str) -> PyResult<Option<String>> {
    match v {
        None => Ok(None),
        Some(v) if v.is_none() => Ok(None),
        Some(v) => match pystr::as_str(v) {
            Some(s) => Ok(Some(s.to_string())),
            None => Err(error::type_error(format!(
                "{fname}() argument '{arg}' must be str or None, not {}",
                type_name_of(v)
            ))),
        },
    }
}

fn check_newline(nl: &Option<String>) -> PyResult<()> {
    if let Some(n) = nl {
        if !matches!(n.as_str(), "" | "\n" | "\r" | "\r\n") {
            return Err(error::value_error(format!("illegal newline value: {n}")));
        }
    }
    Ok(())
}

/// Sets up the codecs for `encoding`/`errors` on buffer `b`.
fn setup_codecs(vm: &mut Vm, t: &TextIo, b: &Value) -> PyResult<()> {
    let enc = t.encoding.borrow().clone();
    let errors = t.errors.borrow().clone();
    check_encoding(vm, &enc)?;
    let readable = super::util::call_bool(vm, b, "readable")?;
    let writable = super::util::call_bool(vm, b, "writable")?;
    *t.decoder.borrow_mut() = if readable {
        Some(Coder::decoder(vm, &enc, &errors)?)
    } else {
        None
    };
    *t.encoder.borrow_mut() = if writable {
        Some(Coder::encoder(vm, &enc, &errors)?)
    } else {
        None
    };
    if writable && t.seekable.get() {
        let pos = call_method(vm, b, "tell", Vec::new())?;
        if int::to_i64(&pos) != Some(0) {
            if let Some(e) = t.encoder.borrow_mut().as_mut() {
                e.skip_bom();
            }
        }
    }
    Ok(())
}

fn init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, t) = me(args)?;
    let [buffer, encoding, errors, nl, lb, wt] = args.rest().bind(
        "TextIOWrapper",
        [
            "buffer",
            "encoding",
            "errors",
            "newline",
            "line_buffering",
            "write_through",
        ],
        1,
        0,
    )?;
    let b = buffer.unwrap_or(Value::NONE);
    let encoding = opt_str(encoding.as_ref(), "TextIOWrapper", "encoding")?;
    let encoding = match encoding.as_deref() {
        None | Some("locale") => "UTF-8".to_string(),
        Some(e) => e.to_string(),
    };
    let errors = match errors.filter(|e| !e.is_none()) {
        None => "strict".to_string(),
        Some(e) => match pystr::as_str(&e) {
            Some(s) => s.to_string(),
            None => {
                return Err(error::type_error(format!(
                    "TextIOWrapper() argument 'errors' must be str or None, not {}",
                    type_name_of(&e)
                )))
            }
        },
    };
    let nl = opt_str(nl.as_ref(), "TextIOWrapper", "newline")?;
    check_newline(&nl)?;
    t.ok.set(false);
    t.detached.set(false);
    *t.encoding.borrow_mut() = encoding;
    *t.errors.borrow_mut() = errors;
    *t.newline.borrow_mut() = nl;
    t.line_buffering.set(match lb {
        Some(v) => truthy(vm, &v)?,
        None => false,
    });
    t.write_through.set(match wt {
        Some(v) => truthy(vm, &v)?,
        None => false,
    });
    t.clear_read();
    t.seen.set(0);
    t.telling.set(true);
    t.seekable.set(super::util::call_bool(vm, &b, "seekable")?);
    setup_codecs(vm, t, &b)?;
    *t.buffer.borrow_mut() = b;
    t.ok.set(true);
    Ok(Value::NONE)
}

fn read(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, t) = me(args)?;
    let n = size_arg(vm, args, "read")?;
    Ok(pystr::new_gutf8(t.read(vm, n)?))
}

fn readline(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, t) = me(args)?;
    let n = size_arg(vm, args, "readline")?;
    Ok(pystr::new_gutf8(t.readline(vm, n)?))
}

fn next(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, t) = me(args)?;
    // As CPython: `tell()` is refused while a `for` loop is part way through the file.
    t.telling.set(false);
    let line = t.readline(vm, -1)?;
    if line.is_empty() {
        t.telling.set(true);
        return Err(error::stop_iteration(None));
    }
    Ok(pystr::new_gutf8(line))
}

fn write(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, t) = me(args)?;
    let a = args.rest().exact("write", 1)?;
    Ok(int::from_i64(t.write(vm, &a[0])? as i64))
}

fn flush(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, t) = me(args)?;
    let b = t.check_open(vm)?;
    t.write_pending(vm)?;
    call_method(vm, &b, "flush", Vec::new())?;
    Ok(Value::NONE)
}

fn close(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me_v, t) = me(args)?;
    let b = t.buffer()?;
    if t.is_closed(vm)? {
        return Ok(Value::NONE);
    }
    let r = call_method(vm, me_v, "flush", Vec::new());
    call_method(vm, &b, "close", Vec::new())?;
    r.map(|_| Value::NONE)
}

fn detach(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me_v, t) = me(args)?;
    let b = t.buffer()?;
    call_method(vm, me_v, "flush", Vec::new())?;
    *t.buffer.borrow_mut() = Value::NONE;
    t.detached.set(true);
    Ok(b)
}

fn tell(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me_v, t) = me(args)?;
    t.check_open(vm)?;
    t.check_seekable()?;
    if !t.telling.get() {
        return Err(error::os_error("telling position disabled by next() call"));
    }
    call_method(vm, me_v, "flush", Vec::new())?;
    Ok(int::from_i64(t.position(vm)?))
}

fn seek(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me_v, t) = me(args)?;
    let a = args.rest().range("seek", 1, 2)?;
    let b = t.check_open(vm)?;
    t.check_seekable()?;
    let cookie = protocols::index_isize(vm, &a[0])? as i64;
    let whence = super::fileio::whence_arg(vm, a.get(1))?;
    let enc = t.encoding.borrow().clone();
    match whence {
        1 if cookie != 0 => return Err(unsupported("can't do nonzero cur-relative seeks")),
        1 => return Ok(int::from_i64(t.position(vm)?)),
        2 if cookie != 0 => return Err(unsupported("can't do nonzero end-relative seeks")),
        2 => {
            call_method(vm, me_v, "flush", Vec::new())?;
            t.clear_read();
            reset_coder(vm, &t.decoder, &enc, false)?;
            let r = call_method(vm, &b, "seek", vec![int::from_i64(0), int::from_i64(2)])?;
            if int::to_i64(&r) != Some(0) {
                if let Some(e) = t.encoder.borrow_mut().as_mut() {
                    e.skip_bom();
                }
            }
            return Ok(r);
        }
        0 => {}
        w => {
            return Err(error::value_error(format!(
                "invalid whence ({w}, should be 0, 1 or 2)"
            )))
        }
    }
    if cookie < 0 {
        return Err(error::value_error(format!(
            "negative seek position {cookie}"
        )));
    }
    call_method(vm, me_v, "flush", Vec::new())?;
    t.clear_read();
    call_method(vm, &b, "seek", vec![int::from_i64(cookie)])?;
    reset_coder(vm, &t.decoder, &enc, cookie != 0)?;
    if cookie == 0 {
        reset_coder(vm, &t.encoder, &enc, false)?;
    } else if let Some(e) = t.encoder.borrow_mut().as_mut() {
        e.skip_bom();
    }
    Ok(int::from_i64(cookie))
}

/// Resets a codec (no borrow held while a Python one runs); `skip_bom` when not at the start.
fn reset_coder(
    vm: &mut Vm,
    cell: &RefCell<Option<Coder>>,
    encoding: &str,
    skip_bom: bool,
) -> PyResult<()> {
    let Some(mut c) = cell.borrow().clone() else {
        return Ok(());
    };
    c.reset(vm, encoding)?;
    if skip_bom {
        c.skip_bom();
    }
    *cell.borrow_mut() = Some(c);
    Ok(())
}

fn truncate(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me_v, t) = me(args)?;
    let a = args.rest().range("truncate", 0, 1)?;
    let b = t.check_open(vm)?;
    call_method(vm, me_v, "flush", Vec::new())?;
    let pos = match a.first().filter(|v| !v.is_none()) {
        Some(p) => p.clone(),
        None => call_method(vm, me_v, "tell", Vec::new())?,
    };
    call_method(vm, &b, "truncate", vec![pos])
}

fn reconfigure(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me_v, t) = me(args)?;
    let rest = args.rest();
    if !rest.positional().is_empty() {
        return Err(error::type_error(format!(
            "reconfigure() takes 0 positional arguments but {} were given",
            rest.positional().len() + 1
        )));
    }
    let [encoding, errors, nl, lb, wt] = rest.bind(
        "reconfigure",
        [
            "encoding",
            "errors",
            "newline",
            "line_buffering",
            "write_through",
        ],
        0,
        0,
    )?;
    let encoding = opt_str(encoding.as_ref(), "reconfigure", "encoding")?;
    let errors_s = opt_str(errors.as_ref(), "reconfigure", "errors")?;
    let new_nl = match &nl {
        Some(v) => Some(opt_str(Some(v), "reconfigure", "newline")?),
        None => None,
    };
    if let Some(n) = &new_nl {
        check_newline(n)?;
    }
    let b = t.buffer()?;
    if (encoding.is_some() || errors_s.is_some() || new_nl.is_some())
        && (!t.decoded.borrow().is_empty() || !t.pending.borrow().is_empty())
    {
        return Err(unsupported(
            "It is not possible to set the encoding or newline of stream after the first read",
        ));
    }
    call_method(vm, me_v, "flush", Vec::new())?;
    if encoding.is_some() || errors_s.is_some() {
        let enc = encoding
            .map(|e| {
                if e == "locale" {
                    "UTF-8".to_string()
                } else {
                    e
                }
            })
            .unwrap_or_else(|| t.encoding.borrow().clone());
        let errs = errors_s.unwrap_or_else(|| "strict".to_string());
        check_encoding(vm, &enc)?;
        *t.encoding.borrow_mut() = enc;
        *t.errors.borrow_mut() = errs;
        setup_codecs(vm, t, &b)?;
    }
    if let Some(n) = new_nl {
        *t.newline.borrow_mut() = n;
    }
    if let Some(v) = lb.filter(|v| !v.is_none()) {
        t.line_buffering.set(truthy(vm, &v)?);
    }
    if let Some(v) = wt.filter(|v| !v.is_none()) {
        t.write_through.set(truthy(vm, &v)?);
    }
    Ok(Value::NONE)
}

/// A method answered by the buffer (`fileno`, `isatty`, ...).
fn forward(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Value> {
    let (_, t) = me(args)?;
    let b = t.buffer()?;
    call_method(vm, &b, name, Vec::new())
}

fn fileno(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    forward(vm, args, "fileno")
}

fn isatty(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    forward(vm, args, "isatty")
}

fn readable(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    forward(vm, args, "readable")
}

fn writable(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    forward(vm, args, "writable")
}

fn seekable(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    forward(vm, args, "seekable")
}

fn repr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me_v, t) = me(args)?;
    // CPython names the class `_io.TextIOWrapper` whatever the subclass.
    let mut out = "<_io.TextIOWrapper".to_string();
    let missing = |e: &weft_vm::interp::error::PyErr| {
        let t = weft_vm::objects::types();
        e.ty().is(&t.attribute_error) || is_subtype(&e.ty(), &t.value_error)
    };
    match attr::getattr(vm, me_v, "name") {
        Ok(n) => out.push_str(&format!(" name={}", protocols::repr_string(vm, &n)?)),
        Err(e) if missing(&e) => {}
        Err(e) => return Err(e),
    }
    let mode = t.mode.borrow().clone();
    if !mode.is_none() {
        out.push_str(&format!(" mode={}", protocols::repr_string(vm, &mode)?));
    }
    let enc = t.encoding.borrow().clone();
    out.push_str(&format!(
        " encoding={}>",
        protocols::repr_string(vm, &pystr::new_string(enc))?
    ));
    Ok(pystr::new_string(out))
}

fn text_of(v: &Value) -> PyResult<&TextIo> {
    let t = as_text(v).ok_or_else(|| error::type_error("not a TextIOWrapper"))?;
    if !t.ok.get() {
        return Err(error::value_error("I/O operation on uninitialized object"));
    }
    Ok(t)
}

fn buffer_attr(vm: &mut Vm, v: &Value, name: &str) -> PyResult<Value> {
    let b = text_of(v)?.buffer()?;
    attr::getattr(vm, &b, name)
}

fn get_name(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    buffer_attr(vm, v, "name")
}

fn get_closed(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    buffer_attr(vm, v, "closed")
}

fn get_buffer(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    text_of(v)?.buffer()
}

fn get_encoding(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(pystr::new_string(text_of(v)?.encoding.borrow().clone()))
}

fn get_errors(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(pystr::new_string(text_of(v)?.errors.borrow().clone()))
}

fn get_newlines(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let t = text_of(v)?;
    if !t.tracks() || t.decoder.borrow().is_none() {
        return Ok(Value::NONE);
    }
    Ok(newline::newlines_value(t.seen.get()))
}

fn get_line_buffering(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::bool(text_of(v)?.line_buffering.get()))
}

fn get_write_through(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(Value::bool(text_of(v)?.write_through.get()))
}

fn get_mode(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let m = text_of(v)?.mode.borrow().clone();
    if m.is_none() {
        return Err(error::attribute_error(format!(
            "'{}' object has no attribute 'mode'",
            type_name_of(v)
        )));
    }
    Ok(m)
}

fn set_mode(_vm: &mut Vm, v: &Value, to: Option<Value>) -> PyResult<()> {
    *text_of(v)?.mode.borrow_mut() = to.unwrap_or(Value::NONE);
    Ok(())
}

fn get_chunk_size(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(int::from_i64(text_of(v)?.chunk_size.get() as i64))
}

fn set_chunk_size(vm: &mut Vm, v: &Value, to: Option<Value>) -> PyResult<()> {
    let t = text_of(v)?;
    let Some(n) = to else {
        return Err(error::attribute_error("cannot delete attribute"));
    };
    let n = protocols::index_isize(vm, &n)?;
    if n <= 0 {
        return Err(error::value_error(
            "a strictly positive integer is required",
        ));
    }
    t.chunk_size.set(n as usize);
    Ok(())
}

/// Sets the `mode` attribute (`open()` does).
pub(crate) fn set_mode_value(v: &Value, mode: Value) {
    if let Some(t) = as_text(v) {
        *t.mode.borrow_mut() = mode;
    }
}

pub(crate) fn register(t: &ObjRef) {
    statics(t, &[("__new__", new)]);
    methods(
        t,
        &[
            ("__init__", init),
            ("read", read),
            ("readline", readline),
            ("__next__", next),
            ("write", write),
            ("flush", flush),
            ("close", close),
            ("detach", detach),
            ("tell", tell),
            ("seek", seek),
            ("truncate", truncate),
            ("reconfigure", reconfigure),
            ("fileno", fileno),
            ("isatty", isatty),
            ("readable", readable),
            ("writable", writable),
            ("seekable", seekable),
            ("__repr__", repr),
        ],
    );
    getsets(
        t,
        &[
            ("name", get_name, None),
            ("closed", get_closed, None),
            ("buffer", get_buffer, None),
            ("encoding", get_encoding, None),
            ("errors", get_errors, None),
            ("newlines", get_newlines, None),
            ("line_buffering", get_line_buffering, None),
            ("write_through", get_write_through, None),
            ("mode", get_mode, Some(set_mode)),
            ("_CHUNK_SIZE", get_chunk_size, Some(set_chunk_size)),
        ],
    );
}
