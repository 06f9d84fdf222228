//! Printing exceptions as CPython 3.11 does: the chain (cause/context), `Traceback (most recent call
//! last):`, one entry per frame with the source line and carets, and the `Type: message` line with notes.
use crate::heap::{ObjRef, Value};
use crate::interp::{protocols, Vm};
use crate::objects::exception::ExceptionData;
use crate::objects::traceback::Traceback;
use crate::objects::typeobj::{self, tdata};
use crate::objects::{code::Code, frameobj::FrameObj, str as pystr, tuple};

/// The full text CPython's `traceback.print_exception` prints for `exc` (with its chain, and the
/// nested, margined display of exception groups).
pub fn format_exception(vm: &mut Vm, exc: &ObjRef) -> String {
    let mut out = String::new();
    let mut ctx = Ctx::default();
    format_chain(vm, exc, &mut ctx, &mut out);
    out
}

const CAUSE: &str = "\nThe above exception was the direct cause of the following exception:\n\n";
const CONTEXT: &str = "\nDuring handling of the above exception, another exception occurred:\n\n";
/// Groups nested deeper, or wider, than this are elided (`traceback`'s defaults).
const MAX_GROUP_DEPTH: usize = 10;
const MAX_GROUP_WIDTH: usize = 15;

/// `traceback._ExceptionPrintContext`: the nesting of exception groups being printed.
#[derive(Default)]
struct Ctx {
    seen: Vec<usize>,
    depth: usize,
    need_close: bool,
}

impl Ctx {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    /// Appends `text`, each line behind the group margin (`| `, or `margin` given).
    fn emit(&self, text: &str, margin: Option<char>, out: &mut String) {
        let mut prefix = self.indent();
        if self.depth > 0 {
            prefix.push(margin.unwrap_or('|'));
            prefix.push(' ');
        }
        for line in text.split_inclusive('\n') {
            out.push_str(&prefix);
            out.push_str(line);
        }
    }
}

fn format_chain(vm: &mut Vm, exc: &ObjRef, ctx: &mut Ctx, out: &mut String) {
    // (how it relates to the previous one, exception), newest first.
    let mut chain: Vec<(Option<&str>, ObjRef)> = Vec::new();
    let mut cur = Some(exc.clone());
    ctx.seen.push(exc.addr());
    while let Some(e) = cur.take() {
        let mut next: Option<(&str, ObjRef)> = None;
        if let Some(d) = e.downcast::<ExceptionData>() {
            let cause = d.cause.borrow().clone();
            let context = d.context.borrow().clone();
            if let Some(c) = cause.as_obj() {
                if !ctx.seen.contains(&c.addr()) {
                    next = Some((CAUSE, c.clone()));
                }
            } else if let Some(c) = context.as_obj() {
                if !d.suppress_context.get() && !ctx.seen.contains(&c.addr()) {
                    next = Some((CONTEXT, c.clone()));
                }
            }
        }
        match next {
            Some((msg, c)) => {
                ctx.seen.push(c.addr());
                chain.push((Some(msg), e));
                cur = Some(c);
            }
            None => chain.push((None, e)),
        }
    }
    for (msg, e) in chain.iter().rev() {
        if let Some(m) = msg {
            ctx.emit(m, None, out);
        }
        format_one(vm, e, ctx, out);
    }
}

fn group_members(e: &ObjRef) -> Option<Vec<Value>> {
    if !typeobj::is_subtype(e.ty(), &crate::objects::types().base_exception_group) {
        return None;
    }
    crate::objects::instance::get(e, &pystr::intern("_exceptions"))
        .and_then(|v| tuple::as_tuple(&v).map(|t| t.to_vec()))
}

fn format_one(vm: &mut Vm, e: &ObjRef, ctx: &mut Ctx, out: &mut String) {
    let tb = e
        .downcast::<ExceptionData>()
        .map(|d| d.traceback.borrow().clone())
        .unwrap_or(Value::NONE);
    let mut stack = String::new();
    if !tb.is_none() {
        format_tb(&tb, &mut stack);
    }
    let Some(members) = group_members(e) else {
        if !stack.is_empty() {
            ctx.emit("Traceback (most recent call last):\n", None, out);
            ctx.emit(&stack, None, out);
        }
        let line = exception_line(vm, e);
        ctx.emit(&line, None, out);
        return;
    };
    if ctx.depth > MAX_GROUP_DEPTH {
        ctx.emit(
            &format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n"),
            None,
            out,
        );
        return;
    }
    let top = ctx.depth == 0;
    if top {
        ctx.depth += 1;
    }
    if !stack.is_empty() {
        ctx.emit(
            "Exception Group Traceback (most recent call last):\n",
            top.then_some('+'),
            out,
        );
        ctx.emit(&stack, None, out);
    }
    let line = exception_line(vm, e);
    ctx.emit(&line, None, out);
    let n = members.len().min(MAX_GROUP_WIDTH + 1);
    ctx.need_close = false;
    for (i, m) in members.iter().take(n).enumerate() {
        let last = i == n - 1;
        if last {
            ctx.need_close = true;
        }
        let truncated = i >= MAX_GROUP_WIDTH;
        let title = if truncated {
            "...".to_string()
        } else {
            (i + 1).to_string()
        };
        out.push_str(&format!(
            "{}{}+---------------- {title} ----------------\n",
            ctx.indent(),
            if i == 0 { "+-" } else { "  " }
        ));
        ctx.depth += 1;
        if !truncated {
            if let Some(mo) = m.as_obj() {
                format_chain(vm, mo, ctx, out);
            }
        } else {
            let rest = members.len() - MAX_GROUP_WIDTH;
            ctx.emit(
                &format!(
                    "and {rest} more exception{}\n",
                    if rest > 1 { "s" } else { "" }
                ),
                None,
                out,
            );
        }
        if last && ctx.need_close {
            out.push_str(&format!(
                "{}+------------------------------------\n",
                ctx.indent()
            ));
            ctx.need_close = false;
        }
        ctx.depth -= 1;
    }
    if top {
        ctx.depth = 0;
    }
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
                let filename = pystr::as_str(&Value::obj(code.filename.borrow().clone()))
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
                        out.push_str(&format!("    {}\n", line.trim_start()));
                        if let Some(p) = code.positions.get(tbd.lasti as usize) {
                            let carets = super::tb_carets::caret_line(
                                &line,
                                p.lineno,
                                p.end_lineno,
                                p.col_offset as usize,
                                p.end_col_offset as usize,
                            );
                            if let (true, Some(c)) = (p.lineno == tbd.lineno, carets) {
                                out.push_str(&c);
                                out.push('\n');
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
    let msg = match protocols::str_value(vm, &Value::obj(exc.clone())) {
        Ok(s) => pystr::text_for_stderr(&s).unwrap_or_default().into_owned(),
        Err(_) => "<exception str() failed>".to_string(),
    };
    let mut out = if msg.is_empty() {
        name.clone()
    } else {
        format!("{name}: {msg}")
    };
    if let Some(s) = crate::interp::suggestions::offer(vm, exc) {
        out.push_str(&format!(". Did you mean: '{s}'?"));
    }
    out.push('\n');
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
                match pystr::text_for_stderr(&n) {
                    Some(s) => {
                        out.push_str(&s);
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
