//! `open()`, `open_code()` and `text_encoding()`: the arguments checked in CPython's order, then the
//! layers the mode asks for (`FileIO`, a buffered class over it, a `TextIOWrapper` over that).
use weft_vm::heap::Value;
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::ops::type_name_of;
use weft_vm::interp::{call, protocols, Vm};
use weft_vm::objects::builtin::Args;
use weft_vm::objects::{dict, int, str as pystr};

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

struct Mode {
    creating: bool,
    reading: bool,
    writing: bool,
    appending: bool,
    updating: bool,
    binary: bool,
}

impl Mode {
    fn parse(mode: &str) -> PyResult<Mode> {
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
        match [m.creating, m.reading, m.writing, m.appending]
            .iter()
            .filter(|k| **k)
            .count()
        {
            0 => Err(error::value_error(
                "Must have exactly one of create/read/write/append mode and at most one plus",
            )),
            1 => Ok(m),
            _ => Err(error::value_error(
                "must have exactly one of create/read/write/append mode",
            )),
        }
    }

    /// The mode `FileIO` gets.
    fn raw(&self) -> String {
        let mut s = String::new();
        for (on, c) in [
            (self.creating, 'x'),
            (self.reading, 'r'),
            (self.writing, 'w'),
            (self.appending, 'a'),
            (self.updating, '+'),
        ] {
            if on {
                s.push(c);
            }
        }
        s
    }
}

pub(crate) fn open(vm: &mut Vm, args: &Args) -> PyResult<Value> {
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
    if !int::is_int(&file)
        && pystr::as_str(&file).is_none()
        && weft_vm::objects::bytes::as_bytes(&file).is_none()
        && weft_vm::interp::attr::getattr_opt(
            vm,
            &Value::obj(weft_vm::interp::ops::a_type(&file)),
            "__fspath__",
        )?
        .is_none()
    {
        return Err(error::type_error(format!(
            "expected str, bytes or os.PathLike object, not {}",
            type_name_of(&file)
        )));
    }
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
        Some(b) if !b.is_none() => protocols::index_isize(vm, b)? as i64,
        _ => -1,
    };
    let encoding = opt_str(&encoding, "encoding")?;
    let errors = opt_str(&errors, "errors")?;
    let newline = opt_str(&newline, "newline")?;
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
    let t = super::io_types();
    let raw = call::call_value_kw(
        vm,
        &Value::obj(t.file_io.clone()),
        vec![file, pystr::new_string(m.raw())],
        vec![
            ("closefd", closefd.unwrap_or(Value::TRUE)),
            ("opener", opener.unwrap_or(Value::NONE)),
        ],
    )?;
    let result = (|| -> PyResult<Value> {
        let mut line_buffering = false;
        let mut buffering = buffering;
        if buffering == 1 || (buffering < 0 && super::util::call_bool(vm, &raw, "isatty")?) {
            buffering = -1;
            line_buffering = true;
        }
        if buffering < 0 {
            let bs = weft_vm::interp::attr::getattr(vm, &raw, "_blksize")?;
            buffering = int::to_i64(&bs).unwrap_or(super::DEFAULT_BUFFER_SIZE as i64);
        }
        if buffering == 0 {
            if m.binary {
                return Ok(raw.clone());
            }
            return Err(error::value_error("can't have unbuffered text I/O"));
        }
        let cls = if m.updating {
            &t.buffered_random
        } else if m.creating || m.writing || m.appending {
            &t.buffered_writer
        } else {
            &t.buffered_reader
        };
        let buffer = call::call_value(
            vm,
            &Value::obj(cls.clone()),
            vec![raw.clone(), int::from_i64(buffering)],
        )?;
        if m.binary {
            return Ok(buffer);
        }
        let text = call::call_value_kw(
            vm,
            &Value::obj(t.text_io_wrapper.clone()),
            vec![buffer],
            vec![
                ("encoding", encoding.map_or(Value::NONE, pystr::new_string)),
                ("errors", errors.map_or(Value::NONE, pystr::new_string)),
                ("newline", newline.map_or(Value::NONE, pystr::new_string)),
                ("line_buffering", Value::bool(line_buffering)),
            ],
        )?;
        super::textio::set_mode_value(&text, pystr::new_string(mode_s.clone()));
        Ok(text)
    })();
    if result.is_err() {
        let _ = super::util::call_method(vm, &raw, "close", Vec::new());
    }
    result
}

/// `open_code(path)`: `open(path, 'rb')`.
pub(crate) fn open_code(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [path] = args.bind("open_code", ["path"], 1, 0)?;
    let path = path.unwrap_or(Value::NONE);
    if pystr::as_str(&path).is_none() {
        return Err(error::type_error(format!(
            "open_code() argument 'path' must be str, not {}",
            type_name_of(&path)
        )));
    }
    open(vm, &Args::pos(&[path, pystr::new_str("rb")]))
}

/// `text_encoding(encoding, stacklevel=2)`: `"locale"` for None.
pub(crate) fn text_encoding(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [encoding, _stacklevel] = args.bind("text_encoding", ["encoding", "stacklevel"], 1, 0)?;
    match encoding {
        Some(e) if !e.is_none() => Ok(e),
        _ => Ok(pystr::new_str("locale")),
    }
}

/// Makes `_io.open` the builtin `open`.
pub(crate) fn install_builtin(vm: &mut Vm) {
    let m = weft_vm::objects::module::new_module("_io");
    crate::add_function(&m, "open", open, None);
    let f = weft_vm::objects::module::module_dict(&m).and_then(|d| d.get_rs("open"));
    if let (Some(f), Some(b)) = (f, dict::as_dict(&Value::obj(vm.builtins.clone()))) {
        b.set_rs("open", f);
    }
}
