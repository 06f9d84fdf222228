//! A `dis`-like listing of a code unit and the code units nested in its constants, for tests and debugging.

use std::fmt::Write;

use super::bytecode::{CodeUnit, Const, Instr};
use super::ir::jump_target;

/// Lists `code` like `dis.dis`: line numbers, jump targets (`>>`), operands with their meaning, the
/// exception table, then every nested code unit.
pub fn disassemble(code: &CodeUnit) -> String {
    let mut out = String::new();
    dis_one(code, &mut out);
    for c in &code.consts {
        if let Const::Code(inner) = c {
            let _ = writeln!(out, "\nDisassembly of <code object {}>:", inner.name);
            out.push_str(&disassemble(inner));
        }
    }
    out
}

fn dis_one(code: &CodeUnit, out: &mut String) {
    let targets: Vec<u32> = code
        .instructions
        .iter()
        .filter_map(jump_target)
        .chain(code.exception_table.iter().map(|e| e.handler))
        .collect();
    let mut last_line = u32::MAX;
    for (idx, ins) in code.instructions.iter().enumerate() {
        let line = code.positions.get(idx).map_or(0, |p| p.lineno);
        let line_col = if line != last_line {
            last_line = line;
            if idx > 0 {
                out.push('\n');
            }
            if line == 0 {
                "None".to_string()
            } else {
                line.to_string()
            }
        } else {
            String::new()
        };
        let mark = if targets.contains(&(idx as u32)) {
            ">>"
        } else {
            "  "
        };
        let _ = writeln!(
            out,
            "{line_col:>4} {mark} {idx:>4} {}",
            describe(code, ins).trim_end()
        );
    }
    if !code.exception_table.is_empty() {
        out.push_str("ExceptionTable:\n");
        for e in &code.exception_table {
            let _ = writeln!(
                out,
                "  {} to {} -> {} [{}]{}",
                e.start,
                e.end,
                e.handler,
                e.depth,
                if e.lasti { " lasti" } else { "" }
            );
        }
    }
}

fn name(code: &CodeUnit, i: u32) -> String {
    code.names
        .get(i as usize)
        .cloned()
        .unwrap_or_else(|| format!("<bad name {i}>"))
}

fn local(code: &CodeUnit, i: u32) -> String {
    code.localsplus_names()
        .get(i as usize)
        .map_or_else(|| format!("<bad local {i}>"), |s| s.to_string())
}

/// Short repr of a constant, as `dis` shows it.
pub(crate) fn const_repr(c: &Const) -> String {
    match c {
        Const::None => "None".into(),
        Const::Bool(b) => if *b { "True" } else { "False" }.into(),
        Const::Ellipsis => "Ellipsis".into(),
        Const::Int(i) => i.to_string(),
        Const::Float(f) => format!("{f:?}"),
        Const::Complex { real, imag } => format!("({real:?}+{imag:?}j)"),
        Const::Str(s) => format!("{s:?}"),
        Const::StrSurrogates(cp) => format!("<str of {} code points>", cp.len()),
        Const::Bytes(b) => format!("b{:?}", String::from_utf8_lossy(b)),
        Const::Tuple(t) => {
            let parts: Vec<String> = t.iter().map(const_repr).collect();
            if parts.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            }
        }
        Const::FrozenSet(t) => format!(
            "frozenset({{{}}})",
            t.iter().map(const_repr).collect::<Vec<_>>().join(", ")
        ),
        Const::Code(c) => format!("<code object {}>", c.name),
    }
}

fn describe(code: &CodeUnit, ins: &Instr) -> String {
    use Instr::*;
    let konst = |i: u32| {
        code.consts
            .get(i as usize)
            .map_or_else(|| format!("<bad const {i}>"), const_repr)
    };
    let (op, arg, note): (String, String, String) = match *ins {
        LoadConst(i) | KwNames(i) => (op_name(ins), i.to_string(), konst(i)),
        StoreName(i) | DeleteName(i) | LoadName(i) | StoreAttr(i) | DeleteAttr(i) | LoadAttr(i)
        | LoadMethod(i) | StoreGlobal(i) | DeleteGlobal(i) | ImportName(i) | ImportFrom(i) => {
            (op_name(ins), i.to_string(), name(code, i))
        }
        LoadGlobal { name: i, push_null } => (
            "LoadGlobal".into(),
            i.to_string(),
            if push_null {
                format!("NULL + {}", name(code, i))
            } else {
                name(code, i)
            },
        ),
        LoadFast(i) | StoreFast(i) | DeleteFast(i) | MakeCell(i) | LoadClosure(i)
        | LoadDeref(i) | LoadClassDeref(i) | StoreDeref(i) | DeleteDeref(i) => {
            (op_name(ins), i.to_string(), local(code, i))
        }
        BinaryOp(o) => ("BinaryOp".into(), String::new(), format!("{o:?}")),
        CompareOp(o) => ("CompareOp".into(), String::new(), format!("{o:?}")),
        UnaryOp(o) => ("UnaryOp".into(), String::new(), format!("{o:?}")),
        GetAwaitable(w) => ("GetAwaitable".into(), String::new(), format!("{w:?}")),
        _ => match jump_target(ins) {
            Some(t) => (op_name(ins), t.to_string(), format!("to {t}")),
            None => {
                let s = format!("{ins:?}");
                match s.split_once('(') {
                    Some((o, rest)) => (
                        o.to_string(),
                        rest.trim_end_matches(')').to_string(),
                        String::new(),
                    ),
                    None => (s, String::new(), String::new()),
                }
            }
        },
    };
    if note.is_empty() {
        format!("{op:<20} {arg}")
    } else {
        format!("{op:<20} {arg:>4} ({note})")
    }
}

fn op_name(ins: &Instr) -> String {
    let s = format!("{ins:?}");
    s.split(['(', ' ']).next().unwrap_or_default().to_string()
}
