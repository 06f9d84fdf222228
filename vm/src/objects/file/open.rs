//! The `open()` builtin: argument checks in CPython's order, then the class for the mode.
use super::mode::Mode;
use super::text::TextState;
use super::types::file_types;
use super::FileObj;
use crate::heap::Value;
use crate::interp::error::{self, PyResult};
use crate::interp::ops::type_name_of;
use crate::interp::{attr, call, Vm};
use crate::objects::builtin::Args;
use crate::objects::native::NativeObj;
use crate::objects::{bytes, int, str as pystr};
use std::cell::RefCell;

/// An optional str argument (`encoding`, `errors`, `newline`).
fn opt_str(v: &Option<Value>, what: &str) -> PyResult<Option<String>> {
    match v {
        None => Ok(None),
        Some(x) if x.is_none() => Ok(None),
        Some(x) => match pystr::as_str(x) {
            Some(s) => Ok(Some(s.to_string())),
            None => Err(error::type_error(format!(
                "open() argument '{what}' must be str or None, not {}",
                type_name_of(x)
            ))),
        },
    }
}

/// The path of the `file` argument: str, bytes or an `os.PathLike`.
fn path_of(vm: &mut Vm, file: &Value) -> PyResult<String> {
    if let Some(s) = pystr::as_str(file) {
        return Ok(s.to_string());
    }
    if let Some(b) = bytes::as_bytes(file) {
        return Ok(String::from_utf8_lossy(b).into_owned());
    }
    if int::is_int(file) {
        return Err(error::not_implemented_error(
            "open() of a file descriptor is not supported yet",
        ));
    }
    if let Some(f) = attr::getattr_opt(vm, file, "__fspath__")? {
        let p = call::call_value(vm, &f, Vec::new())?;
        if pystr::as_str(&p).is_some() || bytes::as_bytes(&p).is_some() {
            return path_of(vm, &p);
        }
    }
    Err(error::type_error(format!(
        "expected str, bytes or os.PathLike object, not {}",
        type_name_of(file)
    )))
}

pub fn open(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [file, mode, buffering, encoding, errors, newline, closefd, opener] = args.bind(
        "open",
        [
            "file",
            "mode",
            "buffering",
            "encoding",
            "errors",
            "newline",
            "closefd",
            "opener",
        ],
        1,
        0,
    )?;
    let file = file.unwrap_or(Value::NONE);
    let mode_s = match &mode {
        None => "r".to_string(),
        Some(m) => pystr::as_str(m)
            .ok_or_else(|| {
                error::type_error(format!(
                    "open() argument 'mode' must be str, not {}",
                    type_name_of(m)
                ))
            })?
            .to_string(),
    };
    let buffering = match &buffering {
        Some(b) if !b.is_none() => crate::interp::protocols::index_isize(vm, b)? as i64,
        _ => -1,
    };
    let encoding = opt_str(&encoding, "encoding")?;
    let errors = opt_str(&errors, "errors")?;
    let newline = opt_str(&newline, "newline")?;
    let _ = (closefd, opener);
    let m = Mode::parse(&mode_s)?;
    if m.binary {
        for (v, what) in [
            (&encoding, "an encoding"),
            (&errors, "an errors"),
            (&newline, "a newline"),
        ] {
            if v.is_some() {
                return Err(error::value_error(format!(
                    "binary mode doesn't take {what} argument"
                )));
            }
        }
    } else if buffering == 0 {
        return Err(error::value_error("can't have unbuffered text I/O"));
    }
    if let Some(nl) = &newline {
        if !matches!(nl.as_str(), "" | "\n" | "\r" | "\r\n") {
            return Err(error::value_error(format!("illegal newline value: {nl}")));
        }
    }
    let path = path_of(vm, &file)?;
    let mut os_file = match m.options().open(&path) {
        Ok(f) => f,
        Err(e) => return Err(super::os_file::os_error(vm, &e, Some(&file))),
    };
    if m.appending {
        // FileIO starts an appending file at its end, so `tell()` says where writes go.
        let r = std::io::Seek::seek(&mut os_file, std::io::SeekFrom::End(0));
        super::os_file::io(vm, r)?;
    }
    let ft = file_types();
    let (ty, shown_mode, text) = if m.binary {
        let ty = if buffering == 0 {
            &ft.file_io
        } else if m.updating {
            &ft.buffered_random
        } else if m.reading {
            &ft.buffered_reader
        } else {
            &ft.buffered_writer
        };
        (ty, m.raw_mode().to_string(), None)
    } else {
        let state = TextState::new(
            encoding.unwrap_or_else(|| "UTF-8".to_string()),
            errors.unwrap_or_else(|| "strict".to_string()),
            newline,
        );
        (&ft.text_io_wrapper, mode_s, Some(RefCell::new(state)))
    };
    let obj = FileObj {
        file: RefCell::new(Some(os_file)),
        name: file,
        mode: shown_mode,
        readable: m.readable(),
        writable: m.writable(),
        text,
    };
    Ok(Value::obj(crate::heap::alloc(
        ty,
        NativeObj(Box::new(obj)),
        None,
    )))
}
