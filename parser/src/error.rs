//! The error every stage of the front end reports: CPython's `SyntaxError` and its subclasses.

use std::cell::RefCell;
use std::fmt;

/// Which Python exception class a [`SyntaxError`] is raised as.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
}

impl ErrorKind {
    /// The Python class name.
    pub fn name(self) -> &'static str {
        match self {
            ErrorKind::SyntaxError => "SyntaxError",
            ErrorKind::IndentationError => "IndentationError",
            ErrorKind::TabError => "TabError",
        }
    }
}

/// A syntax error with the attributes of CPython's exception (`msg`, `filename`, `lineno`, `offset`,
/// `end_lineno`, `end_offset`, `text`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub kind: ErrorKind,
    pub msg: String,
    pub filename: String,
    pub lineno: u32,
    /// 1-based column in characters (code points), as CPython reports it; 0 when unknown.
    pub offset: u32,
    pub end_lineno: u32,
    /// -1 when the error has no end (an indentation error). With `lineno` 0, -1 marks source bytes
    /// that `compile()` could not decode, which CPython locates as `(filename, 0, -1, None)`.
    pub end_offset: i64,
    /// The offending source line, with its newline, when there is one.
    pub text: Option<String>,
    /// True when the error only says that input ended inside a construct (an unclosed bracket or
    /// triple-quoted string, a block header without a body, a trailing backslash): an interactive reader
    /// should read another line instead of reporting it.
    pub incomplete: bool,
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({}, line {})", self.msg, self.filename, self.lineno)
    }
}

impl std::error::Error for SyntaxError {}

/// The warning class of a [`Warning`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum WarningKind {
    SyntaxWarning,
    DeprecationWarning,
}

impl WarningKind {
    /// The Python class name.
    pub fn name(self) -> &'static str {
        match self {
            WarningKind::SyntaxWarning => "SyntaxWarning",
            WarningKind::DeprecationWarning => "DeprecationWarning",
        }
    }
}

/// A warning the front end or the compiler issues while accepting the source (an invalid escape
/// sequence, a number running into a keyword, `x is 1`). CPython issues it through
/// `warnings.warn_explicit(msg, kind, filename, lineno)`; when a filter turns it into an exception of
/// its own class, CPython raises `error` instead, which locates the problem more precisely.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    pub kind: WarningKind,
    pub msg: String,
    pub lineno: u32,
    /// The `SyntaxError` that replaces the warning when it is turned into an error.
    pub error: SyntaxError,
}

/// Builds errors with CPython's location conventions from byte positions in the (newline-normalised)
/// source: lines are 1-based, `col` arguments are 1-based byte columns as CPython's parser passes them,
/// and the reported offsets are converted to characters against the error line, as
/// `_PyPegen_raise_error_known_location` does.
pub(crate) struct Reporter<'a> {
    pub src: &'a str,
    pub filename: &'a str,
    /// The warnings issued so far, in source order of issue.
    pub warnings: RefCell<Vec<Warning>>,
}

impl<'a> Reporter<'a> {
    pub(crate) fn new(src: &'a str, filename: &'a str) -> Self {
        Reporter {
            src,
            filename,
            warnings: RefCell::new(Vec::new()),
        }
    }

    /// Records a warning once: the parser may visit the same token again when it backtracks.
    pub(crate) fn warn(&self, kind: WarningKind, error: SyntaxError) {
        let mut ws = self.warnings.borrow_mut();
        if ws.iter().any(|w| w.error == error) {
            return;
        }
        ws.push(Warning {
            kind,
            msg: error.msg.clone(),
            lineno: error.lineno,
            error,
        });
    }

    /// The text of line `lineno` without its newline (empty past the end).
    pub(crate) fn line(&self, lineno: u32) -> &str {
        let mut start = 0usize;
        for _ in 1..lineno {
            match self.src[start..].find('\n') {
                Some(i) => start += i + 1,
                None => return "",
            }
        }
        let rest = &self.src[start..];
        &rest[..rest.find('\n').unwrap_or(rest.len())]
    }

    /// Whether line `lineno` is the source's last and ends with a newline: the tokenizer's
    /// buffer still holds it whole when input ends, and CPython's error text keeps the newline.
    pub(crate) fn last_line_with_newline(&self, lineno: u32) -> bool {
        let mut start = 0usize;
        for _ in 1..lineno {
            match self.src[start..].find('\n') {
                Some(i) => start += i + 1,
                None => return false,
            }
        }
        match self.src[start..].find('\n') {
            Some(i) => self.src[start + i + 1..].is_empty(),
            None => false,
        }
    }

    /// An error at 1-based byte columns `col`/`end_col` (0 or less: unknown), with the line's text;
    /// `newline` appends the line's `\n` to `text` as CPython does for the line it is tokenizing.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn error(
        &self,
        kind: ErrorKind,
        msg: impl Into<String>,
        lineno: u32,
        col: i64,
        end_lineno: u32,
        end_col: i64,
        newline: bool,
    ) -> SyntaxError {
        let line = self.line(lineno);
        let offset = to_chars(line, col);
        // A negative end column is CPython's "no end" (-1); zero is unknown.
        let end_offset = match end_col {
            c if c > 0 => i64::from(to_chars(line, c)),
            c if c < 0 => -1,
            _ => 0,
        };
        let mut text = line.to_string();
        if newline {
            text.push('\n');
        }
        SyntaxError {
            kind,
            msg: msg.into(),
            filename: self.filename.to_string(),
            lineno,
            offset,
            end_lineno,
            end_offset,
            text: Some(text),
            incomplete: false,
        }
    }
}

/// Characters in the first `col` bytes of `line` (a split character counts), capped at one past the end.
fn to_chars(line: &str, col: i64) -> u32 {
    if col <= 0 {
        return 0;
    }
    let col = col as usize;
    let len = line.len();
    if col > len {
        return (line.chars().count() + 1) as u32;
    }
    line.char_indices().take_while(|(i, _)| *i < col).count() as u32
}
