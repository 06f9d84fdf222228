//! The interpreter's side of the standard streams. The streams themselves are the `_io` module's
//! (`weft-stdlib`), which installs them in `sys` and registers a [`TextSink`]: `print`, the
//! display hook and tracebacks write to those streams through it without a method call, and exit
//! flushes `sys.__stdout__` through it. Until a sink is installed `sys.stdout` is None, and output
//! goes nowhere.
use crate::heap::Value;
use crate::interp::error::PyResult;
use crate::interp::Vm;
use std::cell::RefCell;

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

static STDOUT_OBJ: crate::heap::GilShared<RefCell<Option<Value>>> =
    crate::heap::GilShared(RefCell::new(None));

/// Installs the `_io` module's [`TextSink`] (once per process).
pub fn set_text_sink(sink: TextSink) {
    let _ = SINK.set(sink);
}

/// The sink that takes `v`, if `v` is a native text stream.
pub fn text_sink(v: &Value) -> Option<&'static TextSink> {
    SINK.get().filter(|s| (s.accepts)(v))
}

/// Remembers the process's stdout object so stderr writes, tracebacks and exit can flush it.
pub fn set_stdout(v: Value) {
    STDOUT_OBJ.with(|s| *s.borrow_mut() = Some(v));
}

/// Writes out what the process's stdout holds (before stderr output, at exit).
pub fn flush_stdout_global() {
    let v = STDOUT_OBJ.with(|s| s.borrow().clone());
    if let Some(v) = v {
        if let Some(sink) = text_sink(&v) {
            (sink.flush)(&v);
        }
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
