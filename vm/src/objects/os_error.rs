//! OS errors as Python's `OSError` subclasses (the errno picks `FileNotFoundError`, ...).
use crate::heap::Value;
use crate::interp::error::{PyErr, PyResult};
use crate::interp::{call, Vm};
use crate::objects::{int, str as pystr, types};

/// `OSError(errno, strerror[, filename])`; the errno picks the subclass (`FileNotFoundError`).
pub fn os_error(vm: &mut Vm, e: &std::io::Error, filename: Option<&Value>) -> PyErr {
    let Some(errno) = e.raw_os_error() else {
        return crate::interp::error::os_error(e.to_string());
    };
    // std's message is strerror followed by " (os error N)".
    let text = e.to_string();
    let strerror = text
        .strip_suffix(&format!(" (os error {errno})"))
        .unwrap_or(&text)
        .to_string();
    let mut args = vec![int::from_i64(errno as i64), pystr::new_string(strerror)];
    if let Some(f) = filename {
        args.push(f.clone());
    }
    let cls = Value::obj(types().os_error.clone());
    match call::call_value(vm, &cls, args) {
        Ok(exc) => match exc.as_obj() {
            Some(o) => PyErr::from_obj(o.clone()),
            None => crate::interp::error::os_error(text),
        },
        Err(err) => err,
    }
}

/// Runs an OS operation, converting its error.
pub fn io<T>(vm: &mut Vm, r: std::io::Result<T>) -> PyResult<T> {
    r.map_err(|e| os_error(vm, &e, None))
}
