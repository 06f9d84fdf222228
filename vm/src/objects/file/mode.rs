//! The `mode` argument of `open()`, checked in CPython's order with its messages.
use crate::interp::error::{self, PyResult};

pub struct Mode {
    pub creating: bool,
    pub reading: bool,
    pub writing: bool,
    pub appending: bool,
    pub updating: bool,
    pub binary: bool,
}

impl Mode {
    pub fn parse(mode: &str) -> PyResult<Mode> {
        let invalid = || error::value_error(format!("invalid mode: '{mode}'"));
        let mut m = Mode {
            creating: false,
            reading: false,
            writing: false,
            appending: false,
            updating: false,
            binary: false,
        };
        let mut text = false;
        for (i, c) in mode.char_indices() {
            match c {
                'x' => m.creating = true,
                'r' => m.reading = true,
                'w' => m.writing = true,
                'a' => m.appending = true,
                '+' => m.updating = true,
                't' => text = true,
                'b' => m.binary = true,
                _ => return Err(invalid()),
            }
            if mode[i + c.len_utf8()..].contains(c) {
                return Err(invalid());
            }
        }
        if text && m.binary {
            return Err(error::value_error(
                "can't have text and binary mode at once",
            ));
        }
        let kinds = [m.creating, m.reading, m.writing, m.appending];
        match kinds.iter().filter(|k| **k).count() {
            0 => Err(error::value_error(
                "Must have exactly one of create/read/write/append mode and at most one plus",
            )),
            1 => Ok(m),
            _ => Err(error::value_error(
                "must have exactly one of create/read/write/append mode",
            )),
        }
    }

    pub fn readable(&self) -> bool {
        self.reading || self.updating
    }

    pub fn writable(&self) -> bool {
        !self.reading || self.updating
    }

    /// `FileIO.mode` (and so the buffered classes'): CPython's normalised spelling.
    pub fn raw_mode(&self) -> &'static str {
        match (self.creating, self.appending, self.reading, self.updating) {
            (true, _, _, true) => "xb+",
            (true, _, _, false) => "xb",
            (_, true, _, true) => "ab+",
            (_, true, _, false) => "ab",
            (_, _, true, true) => "rb+",
            (_, _, true, false) => "rb",
            (_, _, false, true) => "rb+",
            _ => "wb",
        }
    }

    pub fn options(&self) -> std::fs::OpenOptions {
        let mut o = std::fs::OpenOptions::new();
        o.read(self.readable());
        if self.writing {
            o.write(true).create(true).truncate(true);
        }
        if self.appending {
            o.append(true).create(true);
        }
        if self.creating {
            o.write(true).create_new(true);
        }
        if self.updating {
            o.write(true);
        }
        o
    }
}
