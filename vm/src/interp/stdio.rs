//! The standard streams until `_io` takes over: minimal text files over the process's stdin, stdout and
//! stderr (`write`, `flush`, `readline`, `fileno`, `isatty`, `encoding`), buffered like CPython's (stdout
//! flushed at exit, before reading input and before writing to stderr).
use crate::heap::Value;
use crate::interp::error::{self, PyResult};
use crate::interp::Vm;
use crate::objects::builtin::Args;
use crate::objects::native::NativeObj;
use crate::objects::{str as pystr, types};
use std::cell::RefCell;
use std::io::{BufRead, Write};

pub struct StdStream {
    pub fd: i32,
    pub buf: RefCell<Vec<u8>>,
    /// The `buffer` of a text stream: takes bytes, written through after the text layer's pending
    /// output.
    pub binary: bool,
}

thread_local! {
    static STDIN: RefCell<Option<std::io::StdinLock<'static>>> = const { RefCell::new(None) };
}

fn stream(v: &Value) -> PyResult<&StdStream> {
    v.as_obj()
        .and_then(|o| o.downcast::<NativeObj>())
        .and_then(|n| n.0.downcast_ref::<StdStream>())
        .ok_or_else(|| error::type_error("expected a standard stream"))
}

pub fn new_stream(fd: i32) -> Value {
    stream_obj(fd, false)
}

fn stream_obj(fd: i32, binary: bool) -> Value {
    Value::obj(crate::heap::alloc(
        &types().std_stream,
        NativeObj(Box::new(StdStream {
            fd,
            buf: RefCell::new(Vec::new()),
            binary,
        })),
        None,
    ))
}

impl StdStream {
    pub fn write_str(&self, s: &str) -> std::io::Result<()> {
        self.write_encoded(s.as_bytes())
    }

    /// Writes text already encoded (UTF-8, or what the error handler made of surrogates).
    fn write_encoded(&self, s: &[u8]) -> std::io::Result<()> {
        if self.fd == 2 {
            flush_stdout_global();
            let mut e = std::io::stderr().lock();
            e.write_all(s)?;
            return e.flush();
        }
        let mut b = self.buf.borrow_mut();
        b.extend_from_slice(s);
        if b.len() >= 8192 || (crate::interp::stdio::is_tty(self.fd) && s.contains(&b'\n')) {
            let mut o = std::io::stdout().lock();
            o.write_all(&b)?;
            o.flush()?;
            b.clear();
        }
        Ok(())
    }

    pub fn flush(&self) -> std::io::Result<()> {
        let mut b = self.buf.borrow_mut();
        if !b.is_empty() {
            let mut o = std::io::stdout().lock();
            let r = o.write_all(&b);
            b.clear();
            r?;
            o.flush()?;
        }
        Ok(())
    }
}

thread_local! {
    static STDOUT_OBJ: RefCell<Option<Value>> = const { RefCell::new(None) };
}

/// Remembers the process's stdout object so stderr writes and exit can flush it.
/// The native stream `v` is, if it is one.
pub fn as_std_stream(v: &Value) -> Option<&StdStream> {
    v.as_obj()?
        .downcast::<crate::objects::native::NativeObj>()?
        .0
        .downcast_ref::<StdStream>()
}

pub fn is_std_stream(v: &Value) -> bool {
    as_std_stream(v).is_some()
}

pub fn set_stdout(v: Value) {
    STDOUT_OBJ.with(|s| *s.borrow_mut() = Some(v));
}

/// The text streams of the `_io` module, which `print` and the interpreter's own output write
/// to without a method call.
pub struct TextSink {
    /// Whether `v` is a stream `write` may be given directly.
    pub accepts: fn(&Value) -> bool,
    /// Writes text to an accepted stream.
    pub write: fn(&mut Vm, &Value, &str) -> PyResult<()>,
    /// Writes out what an accepted stream holds, without running Python code (exit, tracebacks).
    pub flush: fn(&Value),
}

static SINK: std::sync::OnceLock<TextSink> = std::sync::OnceLock::new();

/// Installs the `_io` module's [`TextSink`] (once per process).
pub fn set_text_sink(sink: TextSink) {
    let _ = SINK.set(sink);
}

/// The sink that takes `v`, if `v` is a native text stream.
pub fn text_sink(v: &Value) -> Option<&'static TextSink> {
    SINK.get().filter(|s| (s.accepts)(v))
}

pub fn flush_stdout_global() {
    let v = STDOUT_OBJ.with(|s| s.borrow().clone());
    if let Some(v) = v {
        if let Ok(s) = stream(&v) {
            let _ = s.flush();
        } else if let Some(sink) = text_sink(&v) {
            (sink.flush)(&v);
        }
    }
}

pub fn is_tty(fd: i32) -> bool {
    use std::io::IsTerminal;
    match fd {
        0 => std::io::stdin().is_terminal(),
        1 => std::io::stdout().is_terminal(),
        _ => std::io::stderr().is_terminal(),
    }
}

fn io_err(e: std::io::Error) -> crate::interp::error::PyErr {
    crate::interp::error::os_error(e.to_string())
}

fn s_write(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("write", 2)?;
    let s = stream(&a[0])?;
    if s.binary {
        let data = crate::interp::builtin_types::bytes_like(vm, &a[1])?;
        flush_stdout_global();
        let r = if s.fd == 2 {
            let mut e = std::io::stderr().lock();
            e.write_all(&data).and_then(|_| e.flush())
        } else {
            let mut o = std::io::stdout().lock();
            o.write_all(&data).and_then(|_| o.flush())
        };
        r.map_err(io_err)?;
        return Ok(crate::objects::int::from_i64(data.len() as i64));
    }
    let text = pystr::as_str_obj(&a[1]).ok_or_else(|| {
        error::type_error(format!(
            "write() argument must be str, not {}",
            crate::interp::ops::type_name_of(&a[1])
        ))
    })?;
    write_text(vm, s, &a[1])?;
    Ok(crate::objects::int::from_i64(text.char_len() as i64))
}

/// Writes str value `v` to a text stream, encoding it to UTF-8 with the stream's error handler
/// (so a lone surrogate raises `UnicodeEncodeError` on stdout, as in CPython).
pub fn write_text(vm: &mut Vm, s: &StdStream, v: &Value) -> PyResult<()> {
    let Some(text) = pystr::as_str_obj(v) else {
        return Ok(());
    };
    match text.exact_str() {
        Some(t) => s.write_str(t).map_err(io_err),
        None => {
            let data = crate::objects::str::codec::encode(
                vm,
                v,
                text.as_bytes(),
                Some("utf-8"),
                Some(errors_of(s)),
            )?;
            s.write_encoded(&data).map_err(io_err)
        }
    }
}

/// The error handler of a text stream: `backslashreplace` for stderr, as CPython's, and
/// [`stdio_errors`] for stdin and stdout.
fn errors_of(s: &StdStream) -> &'static str {
    if s.fd == 2 {
        "backslashreplace"
    } else {
        stdio_errors()
    }
}

/// CPython's error handler for stdin and stdout (`config_get_stdio_errors`): the one
/// `PYTHONIOENCODING` names after a colon, else `surrogateescape` in UTF-8 mode and in the C or
/// POSIX locale or a UTF-8 locale CPython coerces them to, else `strict`.
pub fn stdio_errors() -> &'static str {
    static ERRORS: std::sync::OnceLock<&'static str> = std::sync::OnceLock::new();
    ERRORS.get_or_init(|| {
        let var = |n: &str| std::env::var(n).ok().filter(|v| !v.is_empty());
        if let Some(e) = var("PYTHONIOENCODING")
            .and_then(|v| v.split_once(':').map(|(_, e)| e.to_owned()))
            .filter(|e| !e.is_empty())
        {
            return Box::leak(e.into_boxed_str());
        }
        if var("PYTHONUTF8").as_deref() == Some("1") {
            return "surrogateescape";
        }
        let locale = var("LC_ALL")
            .or_else(|| var("LC_CTYPE"))
            .or_else(|| var("LANG"))
            .unwrap_or_else(|| "C".into());
        match locale.as_str() {
            "C" | "POSIX" | "C.UTF-8" | "C.utf8" | "UTF-8" => "surrogateescape",
            _ => "strict",
        }
    })
}

fn s_flush(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = stream(args.this()?)?;
    s.flush().map_err(io_err)?;
    Ok(Value::NONE)
}

fn s_readline(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = stream(args.this()?)?;
    if s.fd != 0 {
        return Err(crate::interp::error::PyErr::new(
            &types().os_error,
            "not readable",
        ));
    }
    flush_stdout_global();
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .map_err(io_err)?;
    let _ = &STDIN;
    Ok(pystr::new_string(line))
}

fn s_fileno(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(crate::objects::int::from_i64(
        stream(args.this()?)?.fd as i64,
    ))
}

fn s_isatty(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(Value::bool(is_tty(stream(args.this()?)?.fd)))
}

fn g_encoding(_vm: &mut Vm, _v: &Value) -> PyResult<Value> {
    Ok(pystr::new_str("utf-8"))
}

fn s_writable(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(Value::bool(stream(args.this()?)?.fd != 0))
}

fn s_readable(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(Value::bool(stream(args.this()?)?.fd == 0))
}

fn s_seekable(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    stream(args.this()?)?;
    Ok(Value::FALSE)
}

fn s_writelines(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("writelines", 2)?;
    for line in crate::interp::protocols::iterate(vm, &a[1])? {
        s_write(vm, &Args::pos(&[a[0].clone(), line]))?;
    }
    Ok(Value::NONE)
}

fn g_errors(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(pystr::new_str(errors_of(stream(v)?)))
}

fn g_line_buffering(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let s = stream(v)?;
    Ok(Value::bool(s.fd != 0 && is_tty(s.fd)))
}

fn g_closed(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    stream(v)?;
    Ok(Value::FALSE)
}

fn g_buffer(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(stream_obj(stream(v)?.fd, true))
}

pub fn register() {
    use crate::objects::register::*;
    let t = &types().std_stream;
    methods(
        t,
        &[
            ("write", s_write),
            ("flush", s_flush),
            ("readline", s_readline),
            ("fileno", s_fileno),
            ("isatty", s_isatty),
            ("writable", s_writable),
            ("readable", s_readable),
            ("seekable", s_seekable),
            ("writelines", s_writelines),
        ],
    );
    getsets(
        t,
        &[
            ("encoding", g_encoding, None),
            ("errors", g_errors, None),
            ("line_buffering", g_line_buffering, None),
            ("closed", g_closed, None),
            ("buffer", g_buffer, None),
        ],
    );
}
