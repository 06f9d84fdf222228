//! Printing exceptions as CPython 3.11 does: the chain (cause/context), `Traceback (most recent call
//! last):`, one entry per frame with the source line and carets, and the `Type: message` line with notes.
use crate::heap::{ObjRef, Value};
use crate::interp::{protocols, Vm};
use crate::objects::exception::ExceptionData;
use crate::objects::traceback::Traceback;
use crate::objects::typeobj::{self, tdata};
use crate::objects::{code::Code, frameobj::FrameObj, str as pystr, tuple};

/// The full text CPython's `traceback.print_exception` prints for `exc` (with its chain).
pub fn format_exception(vm: &mut Vm, exc: &ObjRef) -> String {
    let mut out = String::new();
    let mut seen: Vec<usize> = Vec::new();
    format_chain(vm, exc, &mut out, &mut seen);
    out
}

fn format_chain(vm: &mut Vm, exc: &ObjRef, out: &mut String, seen: &mut Vec<usize>) {
    seen.push(exc.addr());
    if let Some(d) = exc.downcast::<ExceptionData>() {
        let cause = d.cause.borrow().clone();
        let context = d.context.borrow().clone();
        if let Some(c) = cause.as_obj() {
            if !seen.contains(&c.addr()) {
                format_chain(vm, c, out, seen);
                out.push_str(
                    "\nThe above exception was the direct cause of the following exception:\n\n",
                );
            }
        } else if let Some(c) = context.as_obj() {
            if !d.suppress_context.get() && !seen.contains(&c.addr()) {
                format_chain(vm, c, out, seen);
                out.push_str(
                    "\nDuring handling of the above exception, another exception occurred:\n\n",
                );
            }
        }
        let tb = d.traceback.borrow().clone();
        if !tb.is_none() {
            out.push_str("Traceback (most recent call last):\n");
            format_tb(&tb, out);
        }
    }
    out.push_str(&exception_line(vm, exc));
}

/// `  File "f.py", line 3, in g` entries with source lines.
pub fn format_tb(tb: &Value, out: &mut String) {
    let mut cur = tb.clone();
    let mut last: Option<(String, u32, String)> = None;
    let mut repeat = 0;
    while let Some(t) = cur.as_obj().cloned() {
        let Some(tbd) = t.downcast::<Traceback>() else {
            break;
        };
        if let Some(fo) = tbd.frame.as_obj().and_then(|o| o.downcast::<FrameObj>()) {
            if let Some(code) = fo.code.downcast::<Code>() {
                let filename = pystr::as_str(&Value::obj(code.filename.clone()))
                    .unwrap_or("?")
                    .to_string();
                let name = pystr::as_str(&Value::obj(code.name.clone()))
                    .unwrap_or("?")
                    .to_string();
                let key = (filename.clone(), tbd.lineno, name.clone());
                if last.as_ref() == Some(&key) {
                    repeat += 1;
                } else {
                    flush_repeat(out, repeat);
                    repeat = 0;
                    last = Some(key);
                }
                if repeat < 3 {
                    out.push_str(&format!(
                        "  File \"{}\", line {}, in {}\n",
                        filename, tbd.lineno, name
                    ));
                    if let Some(line) = source_line(&filename, tbd.lineno) {
                        let stripped = line.trim_start();
                        let indent = line.len() - stripped.len();
                        let stripped = stripped.trim_end();
                        out.push_str(&format!("    {stripped}\n"));
                        if let Some(p) = code.positions.get(tbd.lasti as usize) {
                            if p.lineno == tbd.lineno
                                && p.end_lineno == p.lineno
                                && p.end_col_offset > p.col_offset
                            {
                                let (a, b) = (p.col_offset as usize, p.end_col_offset as usize);
                                let whole = a <= indent && b >= indent + stripped.len();
                                if !whole && a >= indent && b <= line.len() {
                                    let start = byte_to_col(&line, a) - byte_to_col(&line, indent);
                                    let width = byte_to_col(&line, b) - byte_to_col(&line, a);
                                    out.push_str(&format!(
                                        "    {}{}\n",
                                        " ".repeat(start),
                                        "^".repeat(width.max(1))
                                    ));
                                }
                            }
                        }
                    }
                }
            }
        }
        cur = tbd.next.borrow().clone();
    }
    flush_repeat(out, repeat);
}

fn flush_repeat(out: &mut String, repeat: usize) {
    if repeat >= 3 {
        let n = repeat - 2;
        out.push_str(&format!(
            "  [Previous line repeated {} more time{}]\n",
            n,
            if n == 1 { "" } else { "s" }
        ));
    }
}

fn byte_to_col(line: &str, b: usize) -> usize {
    line.get(..b.min(line.len()))
        .map(|s| s.chars().count())
        .unwrap_or(b)
}

/// Line `n` of a source file (as `linecache` would give it).
pub fn source_line(filename: &str, n: u32) -> Option<String> {
    if filename.starts_with('<') {
        return None;
    }
    let text = std::fs::read(filename).ok()?;
    let text = String::from_utf8_lossy(&text);
    text.lines()
        .nth(n.checked_sub(1)? as usize)
        .map(|s| s.to_string())
}

/// `Type: message` (with the module prefix for non-builtin, non-__main__ classes) and `__notes__`.
pub fn exception_line(vm: &mut Vm, exc: &ObjRef) -> String {
    let ty = exc.ty().clone();
    let td = tdata(&ty);
    let mut name = td.qualname.borrow().clone();
    if let Some(m) = td
        .dict
        .get_rs("__module__")
        .and_then(|m| pystr::as_str(&m).map(|s| s.to_string()))
    {
        if m != "builtins" && m != "__main__" {
            name = format!("{m}.{name}");
        }
    }
    let msg = match protocols::str_string(vm, &Value::obj(exc.clone())) {
        Ok(s) => s,
        Err(_) => "<exception str() failed>".to_string(),
    };
    let mut out = if msg.is_empty() {
        format!("{name}\n")
    } else {
        format!("{name}: {msg}\n")
    };
    if typeobj::is_subtype(&ty, &crate::objects::types().syntax_error) {
        out = crate::interp::exc_group::syntax_error_text(vm, exc, &name, &msg);
    }
    if let Ok(Some(notes)) =
        crate::interp::attr::getattr_opt(vm, &Value::obj(exc.clone()), "__notes__")
    {
        if let Some(items) = crate::objects::list::as_list(&notes)
            .map(|l| l.items.borrow().clone())
            .or_else(|| tuple::as_tuple(&notes).map(|t| t.to_vec()))
        {
            for n in items {
                match pystr::as_str(&n) {
                    Some(s) => {
                        out.push_str(s);
                        out.push('\n');
                    }
                    None => {
                        let r = protocols::str_string(vm, &n)
                            .unwrap_or_else(|_| "<note str() failed>".into());
                        out.push_str(&r);
                        out.push('\n');
                    }
                }
            }
        }
    }
    out
}
