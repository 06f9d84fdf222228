//! The error every stage of the front end reports: CPython's `SyntaxError` and its subclasses.

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
    pub end_offset: u32,
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
