//! `TextIOWrapper`: str in and out through a codec, with universal-newline translation.
//!
//! Reading decodes what remains of the file into `buf` once, and consumption translates
//! newlines as it goes, so `tell()` is the byte offset of `buf` plus the encoded length of
//! what was consumed (CPython's cookie when the decoder holds no state).
use super::common::{size_arg, this, unsupported};
use super::FileObj;
use crate::heap::Value;
use crate::interp::error::{self, PyResult};
use crate::interp::ops::type_name_of;
use crate::interp::{protocols, Vm};
use crate::objects::builtin::Args;
use crate::objects::str::codec as str_codec;
use crate::objects::{int, str as pystr};
use crate::text::gutf8;
use std::io::{Read, Seek, SeekFrom, Write};

pub struct TextState {
    pub encoding: String,
    pub errors: String,
    /// `None`: universal newlines (translate on read, `os.linesep` on write).
    pub newline: Option<String>,
    /// Decoded, untranslated text from file offset `base`, in generalized UTF-8 (so a
    /// `surrogateescape` read keeps its surrogates); `None` when nothing is buffered.
    buf: Option<Vec<u8>>,
    /// Byte index into `buf` of the next character to read.
    pos: usize,
    base: u64,
}

impl TextState {
    pub fn new(encoding: String, errors: String, newline: Option<String>) -> TextState {
        TextState {
            encoding,
            errors,
            newline,
            buf: None,
            pos: 0,
            base: 0,
        }
    }
}

fn state(f: &FileObj) -> PyResult<&std::cell::RefCell<TextState>> {
    f.text
        .as_ref()
        .ok_or_else(|| error::type_error("not a text file"))
}

/// Makes sure the rest of the file is decoded into the buffer.
fn fill(vm: &mut Vm, f: &FileObj) -> PyResult<()> {
    let st = state(f)?;
    if st.borrow().buf.is_some() {
        return Ok(());
    }
    let (base, data) = f.with(vm, |file| {
        let base = file.stream_position()?;
        let mut data = Vec::new();
        file.read_to_end(&mut data)?;
        Ok((base, data))
    })?;
    let (enc, errors) = {
        let s = st.borrow();
        (s.encoding.clone(), s.errors.clone())
    };
    let text = str_codec::decode(vm, &data, Some(&enc), Some(&errors))?;
    let mut s = st.borrow_mut();
    s.buf = Some(pystr::as_bytes(&text).unwrap_or_default().to_vec());
    s.pos = 0;
    s.base = base;
    Ok(())
}

/// Consumes up to `limit` characters (all when negative), stopping after a line end when
/// `line`; returns them translated, in generalized UTF-8.
fn consume(vm: &mut Vm, f: &FileObj, limit: i64, line: bool) -> PyResult<Vec<u8>> {
    f.check_readable("not readable")?;
    fill(vm, f)?;
    let mut st = state(f)?.borrow_mut();
    let st = &mut *st;
    let buf = st.buf.as_deref().unwrap_or_default();
    let rest = buf.get(st.pos..).unwrap_or_default();
    let universal = st.newline.is_none();
    let nl = st.newline.as_deref().unwrap_or("");
    let mut out = Vec::new();
    let mut count = 0i64;
    let mut i = 0;
    while let Some((c, n)) = gutf8::decode_at(rest, i) {
        if limit >= 0 && count >= limit {
            break;
        }
        count += 1;
        let next = i + n;
        i = next;
        let end_of_line = if c == 0x0D && (universal || nl.is_empty()) {
            let crlf = rest.get(next) == Some(&b'\n');
            if crlf {
                i += 1;
            }
            if universal {
                out.push(b'\n');
            } else {
                out.push(b'\r');
                if crlf {
                    out.push(b'\n');
                }
            }
            true
        } else {
            out.extend_from_slice(&rest[next - n..next]);
            match nl {
                "\r" => c == 0x0D,
                "\r\n" => c == 0x0A && out.ends_with(b"\r\n"),
                _ => c == 0x0A,
            }
        };
        if line && end_of_line {
            break;
        }
    }
    st.pos += i;
    Ok(out)
}

pub fn readline_of(vm: &mut Vm, f: &FileObj, limit: i64) -> PyResult<Value> {
    Ok(pystr::new_gutf8(consume(vm, f, limit, true)?))
}

fn read(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, f) = this(args)?;
    let n = size_arg(vm, args, "read")?;
    f.check_open()?;
    Ok(pystr::new_gutf8(consume(vm, f, n, false)?))
}

/// The byte offset of the next character: CPython's cookie when the decoder holds no state.
fn position(vm: &mut Vm, f: &FileObj) -> PyResult<u64> {
    let st = state(f)?;
    let (consumed, base, enc, errors) = {
        let s = st.borrow();
        match &s.buf {
            None => (None, 0, String::new(), String::new()),
            Some(b) => (
                Some(b[..s.pos].to_vec()),
                s.base,
                s.encoding.clone(),
                s.errors.clone(),
            ),
        }
    };
    match consumed {
        None => f.with(vm, |file| file.stream_position()),
        Some(text) => {
            let v = pystr::new_gutf8(text.clone());
            let n = str_codec::encode(vm, &v, &text, Some(&enc), Some(&errors))
                .map_or(gutf8::code_points(&text).count(), |b| b.len());
            Ok(base + n as u64)
        }
    }
}

/// Drops the read buffer, moving the OS position to where reading had got to.
fn unbuffer(vm: &mut Vm, f: &FileObj) -> PyResult<()> {
    if state(f)?.borrow().buf.is_none() {
        return Ok(());
    }
    let pos = position(vm, f)?;
    state(f)?.borrow_mut().buf = None;
    f.with(vm, |file| file.seek(SeekFrom::Start(pos)))?;
    Ok(())
}

fn tell(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, f) = this(args)?;
    f.check_open()?;
    Ok(int::from_i64(position(vm, f)? as i64))
}

fn seek(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, f) = this(args)?;
    let a = args.rest().range("seek", 1, 2)?;
    f.check_open()?;
    let cookie = protocols::index_isize(vm, &a[0])? as i64;
    let whence = match a.get(1) {
        Some(w) => protocols::index_isize(vm, w)?,
        None => 0,
    };
    let to = match whence {
        0 if cookie < 0 => {
            return Err(error::value_error(format!(
                "negative seek position {cookie}"
            )))
        }
        0 => SeekFrom::Start(cookie as u64),
        1 if cookie != 0 => return Err(unsupported("can't do nonzero cur-relative seeks")),
        1 => return Ok(int::from_i64(position(vm, f)? as i64)),
        2 if cookie != 0 => return Err(unsupported("can't do nonzero end-relative seeks")),
        2 => SeekFrom::End(0),
        w => {
            return Err(error::value_error(format!(
                "invalid whence ({w}, should be 0, 1 or 2)"
            )))
        }
    };
    state(f)?.borrow_mut().buf = None;
    let pos = f.with(vm, |file| file.seek(to))?;
    Ok(int::from_i64(pos as i64))
}

fn write(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, f) = this(args)?;
    let a = args.rest().exact("write", 1)?;
    f.check_open()?;
    let Some(s) = pystr::as_str_obj(&a[0]) else {
        return Err(error::type_error(format!(
            "write() argument must be str, not {}",
            type_name_of(&a[0])
        )));
    };
    f.check_writable("not writable")?;
    let (enc, errors, newline) = {
        let st = state(f)?.borrow();
        (st.encoding.clone(), st.errors.clone(), st.newline.clone())
    };
    // The text in generalized UTF-8, so that surrogates reach the error handler.
    let translated: Vec<u8>;
    let text = match newline.as_deref() {
        Some(nl @ ("\r" | "\r\n")) => {
            translated = s
                .as_bytes()
                .iter()
                .flat_map(|b| match b {
                    b'\n' => nl.as_bytes(),
                    _ => std::slice::from_ref(b),
                })
                .copied()
                .collect();
            &translated
        }
        _ => s.as_bytes(),
    };
    let data = str_codec::encode(vm, &a[0], text, Some(&enc), Some(&errors))?;
    unbuffer(vm, f)?;
    f.with(vm, |file| file.write_all(&data))?;
    Ok(int::from_i64(s.char_len() as i64))
}

fn truncate(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, f) = this(args)?;
    let a = args.rest().range("truncate", 0, 1)?;
    f.check_open()?;
    unbuffer(vm, f)?;
    super::binary::truncate_to(vm, f, a.first())
}

fn get_encoding(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let f = super::as_file(v).ok_or_else(|| error::type_error("not a file"))?;
    Ok(pystr::new_string(state(f)?.borrow().encoding.clone()))
}

fn get_errors(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let f = super::as_file(v).ok_or_else(|| error::type_error("not a file"))?;
    Ok(pystr::new_string(state(f)?.borrow().errors.clone()))
}

pub fn register(t: &crate::heap::ObjRef) {
    use crate::objects::register::*;
    methods(
        t,
        &[
            ("read", read),
            ("write", write),
            ("seek", seek),
            ("tell", tell),
            ("truncate", truncate),
        ],
    );
    getsets(
        t,
        &[
            ("encoding", get_encoding, None),
            ("errors", get_errors, None),
        ],
    );
}
