//! `sys.stdin`, `sys.stdout` and `sys.stderr` as CPython makes them on POSIX: a `TextIOWrapper`
//! (`newline='\n'`, UTF-8) over a buffered layer over a `FileIO` named `<stdout>` that does not
//! close its descriptor; stdout is line-buffered on a terminal, stderr always. `print` writes to
//! them through the vm's [`TextSink`] hook, without a method call.
use super::textio::as_text;
use weft_vm::heap::Value;
use weft_vm::interp::error::PyResult;
use weft_vm::interp::stdio::TextSink;
use weft_vm::interp::{call, Vm};
use weft_vm::objects::{int, module, str as pystr};

/// Exact `TextIOWrapper`s and `StringIO`s (a subclass may override `write`).
fn accepts(v: &Value) -> bool {
    let Some(o) = v.as_obj() else { return false };
    let t = super::io_types();
    o.ty().is(&t.text_io_wrapper) || o.ty().is(&t.string_io)
}

fn write(vm: &mut Vm, v: &Value, s: &str) -> PyResult<()> {
    match as_text(v) {
        Some(t) => t.write_str(vm, s),
        None => super::stringio::write_text(v, s),
    }
}

fn flush(v: &Value) {
    if let Some(t) = as_text(v) {
        t.flush_quiet();
    }
}

fn stream(vm: &mut Vm, fd: i32, name: &str, errors: &str) -> PyResult<Value> {
    let unbuffered = vm.flags.unbuffered;
    let t = super::io_types();
    let write = fd != 0;
    let raw = call::call_value_kw(
        vm,
        &Value::obj(t.file_io.clone()),
        vec![
            int::from_i64(fd as i64),
            pystr::new_str(if write { "wb" } else { "rb" }),
        ],
        vec![("closefd", Value::FALSE)],
    )?;
    weft_vm::interp::attr::setattr(vm, &raw, "name", pystr::new_str(name))?;
    let cls = if write {
        &t.buffered_writer
    } else {
        &t.buffered_reader
    };
    // Unbuffered, as CPython: the text layer writes straight to the `FileIO`.
    let buffer = if unbuffered && write {
        raw.clone()
    } else {
        call::call_value(vm, &Value::obj(cls.clone()), vec![raw.clone()])?
    };
    let tty = super::util::call_bool(vm, &raw, "isatty")?;
    let text = call::call_value_kw(
        vm,
        &Value::obj(t.text_io_wrapper.clone()),
        vec![buffer],
        vec![
            ("encoding", pystr::new_str("utf-8")),
            ("errors", pystr::new_str(errors)),
            ("newline", pystr::new_str("\n")),
            (
                "line_buffering",
                Value::bool(write && !unbuffered && (tty || fd == 2)),
            ),
            ("write_through", Value::bool(unbuffered)),
        ],
    )?;
    super::textio::set_mode_value(&text, pystr::new_str(if write { "w" } else { "r" }));
    if let Some(tx) = as_text(&text) {
        tx.std_fd.set(fd);
    }
    Ok(text)
}

/// Replaces the vm's bootstrap streams with `_io` ones.
pub(crate) fn install(vm: &mut Vm) {
    weft_vm::interp::stdio::set_text_sink(TextSink {
        accepts,
        write,
        flush,
    });
    let Some(sys) = vm.sys.clone() else {
        return;
    };
    let Some(d) = module::module_dict(&sys) else {
        return;
    };
    let std_errors = weft_vm::interp::stdio::stdio_errors();
    for (fd, name, errors) in [
        (0, "stdin", std_errors),
        (1, "stdout", std_errors),
        (2, "stderr", "backslashreplace"),
    ] {
        // A descriptor that is not open gives None, as in CPython (`weft prog <&-`).
        let s = match crate::posix::sys::stat(None, fd, true) {
            Ok(_) => stream(vm, fd, &format!("<{name}>"), errors).unwrap_or(Value::NONE),
            Err(_) => Value::NONE,
        };
        if fd == 1 {
            weft_vm::interp::stdio::set_stdout(s.clone());
        }
        d.set_rs(name, s.clone());
        d.set_rs(&format!("__{name}__"), s);
    }
}
