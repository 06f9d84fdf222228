//! Source text of an expression, as 3.11's `ast_unparse.c` writes it: the value of an annotation under
//! `from __future__ import annotations`.

use weft_parser::ast::{BoolOp, CmpOp, Constant, Expr, ExprKind, Operator, UnaryOp};

// Precedence levels of ast_unparse.c, lowest first.
const TUPLE: u8 = 0;
const TEST: u8 = 1;
const OR: u8 = 2;
const AND: u8 = 3;
const NOT: u8 = 4;
const CMP: u8 = 5;
const BOR: u8 = 6;
const BXOR: u8 = 7;
const BAND: u8 = 8;
const SHIFT: u8 = 9;
const ARITH: u8 = 10;
const TERM: u8 = 11;
const FACTOR: u8 = 12;
const POWER: u8 = 13;
const AWAIT: u8 = 14;
const ATOM: u8 = 15;

pub(crate) fn unparse(e: &Expr) -> String {
    let mut out = String::new();
    write(e, TEST, &mut out);
    out
}

fn binop(op: Operator) -> (&'static str, u8) {
    match op {
        Operator::Add => ("+", ARITH),
        Operator::Sub => ("-", ARITH),
        Operator::Mult => ("*", TERM),
        Operator::MatMult => ("@", TERM),
        Operator::Div => ("/", TERM),
        Operator::Mod => ("%", TERM),
        Operator::FloorDiv => ("//", TERM),
        Operator::Pow => ("**", POWER),
        Operator::LShift => ("<<", SHIFT),
        Operator::RShift => (">>", SHIFT),
        Operator::BitOr => ("|", BOR),
        Operator::BitXor => ("^", BXOR),
        Operator::BitAnd => ("&", BAND),
    }
}

fn cmpop(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Eq => "==",
        CmpOp::NotEq => "!=",
        CmpOp::Lt => "<",
        CmpOp::LtE => "<=",
        CmpOp::Gt => ">",
        CmpOp::GtE => ">=",
        CmpOp::Is => "is",
        CmpOp::IsNot => "is not",
        CmpOp::In => "in",
        CmpOp::NotIn => "not in",
    }
}

fn paren(out: &mut String, cond: bool, f: impl FnOnce(&mut String)) {
    if cond {
        out.push('(');
    }
    f(out);
    if cond {
        out.push(')');
    }
}

fn seq(items: &[Expr], out: &mut String) {
    for (i, x) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        write(x, TEST, out);
    }
}

/// Python's `repr` of a str.
pub(crate) fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::new();
    out.push(quote);
    for ch in s.chars() {
        match ch {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

fn float_repr(f: f64) -> String {
    if f.is_infinite() {
        return if f > 0.0 {
            "1e309".into()
        } else {
            "-1e309".into()
        };
    }
    let s = format!("{f:?}");
    if s.contains('e') && !s.contains("e-") && !s.contains("e+") {
        s.replacen('e', "e+", 1)
    } else {
        s
    }
}

fn constant(c: &Constant, out: &mut String) {
    match c {
        Constant::None => out.push_str("None"),
        Constant::Bool(b) => out.push_str(if *b { "True" } else { "False" }),
        Constant::Ellipsis => out.push_str("..."),
        Constant::Int(i) => out.push_str(&i.to_string()),
        Constant::Float(f) => out.push_str(&float_repr(*f)),
        Constant::Complex { real, imag } => {
            if *real == 0.0 && real.is_sign_positive() {
                out.push_str(&format!("{}j", float_repr(*imag).trim_end_matches(".0")));
            } else {
                out.push_str(&format!("({}+{}j)", float_repr(*real), float_repr(*imag)));
            }
        }
        Constant::Str(s) => out.push_str(&str_repr(s)),
        Constant::StrSurrogates(cp) => {
            let s: String = cp
                .iter()
                .map(|&u| char::from_u32(u).unwrap_or('\u{fffd}'))
                .collect();
            out.push_str(&str_repr(&s));
        }
        Constant::Bytes(b) => {
            out.push('b');
            out.push('\'');
            for &x in b {
                match x {
                    b'\\' => out.push_str("\\\\"),
                    b'\'' => out.push_str("\\'"),
                    b'\n' => out.push_str("\\n"),
                    b'\r' => out.push_str("\\r"),
                    b'\t' => out.push_str("\\t"),
                    0x20..=0x7e => out.push(x as char),
                    _ => out.push_str(&format!("\\x{x:02x}")),
                }
            }
            out.push('\'');
        }
        Constant::Tuple(t) => {
            out.push('(');
            for (i, x) in t.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                constant(x, out);
            }
            if t.len() == 1 {
                out.push(',');
            }
            out.push(')');
        }
        Constant::FrozenSet(t) => {
            out.push_str("frozenset({");
            for (i, x) in t.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                constant(x, out);
            }
            out.push_str("})");
        }
    }
}

fn write(e: &Expr, level: u8, out: &mut String) {
    match &e.kind {
        ExprKind::BoolOp { op, values } => {
            let (s, p) = match op {
                BoolOp::And => (" and ", AND),
                BoolOp::Or => (" or ", OR),
            };
            paren(out, level > p, |out| {
                for (i, v) in values.iter().enumerate() {
                    if i > 0 {
                        out.push_str(s);
                    }
                    write(v, p + 1, out);
                }
            });
        }
        ExprKind::NamedExpr { target, value } => paren(out, level > TUPLE, |out| {
            write(target, ATOM, out);
            out.push_str(" := ");
            write(value, ATOM, out);
        }),
        ExprKind::BinOp { left, op, right } => {
            let (s, p) = binop(*op);
            let rassoc = *op == Operator::Pow;
            paren(out, level > p, |out| {
                write(left, if rassoc { p + 1 } else { p }, out);
                out.push(' ');
                out.push_str(s);
                out.push(' ');
                write(right, if rassoc { p } else { p + 1 }, out);
            });
        }
        ExprKind::UnaryOp { op, operand } => {
            let (s, p) = match op {
                UnaryOp::Invert => ("~", FACTOR),
                UnaryOp::Not => ("not ", NOT),
                UnaryOp::UAdd => ("+", FACTOR),
                UnaryOp::USub => ("-", FACTOR),
            };
            paren(out, level > p, |out| {
                out.push_str(s);
                write(operand, p, out);
            });
        }
        ExprKind::Lambda { .. } => paren(out, level > TEST, |out| out.push_str("lambda: ...")),
        ExprKind::IfExp { test, body, orelse } => paren(out, level > TEST, |out| {
            write(body, TEST + 1, out);
            out.push_str(" if ");
            write(test, TEST + 1, out);
            out.push_str(" else ");
            write(orelse, TEST, out);
        }),
        ExprKind::Dict { keys, values } => {
            out.push('{');
            for (i, (k, v)) in keys.iter().zip(values).enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                match k {
                    Some(k) => {
                        write(k, TEST, out);
                        out.push_str(": ");
                        write(v, TEST, out);
                    }
                    None => {
                        out.push_str("**");
                        write(v, BOR, out);
                    }
                }
            }
            out.push('}');
        }
        ExprKind::Set { elts } => {
            out.push('{');
            seq(elts, out);
            out.push('}');
        }
        ExprKind::ListComp { elt, .. }
        | ExprKind::SetComp { elt, .. }
        | ExprKind::GeneratorExp { elt, .. } => {
            let (o, c) = match &e.kind {
                ExprKind::ListComp { .. } => ('[', ']'),
                ExprKind::SetComp { .. } => ('{', '}'),
                _ => ('(', ')'),
            };
            out.push(o);
            write(elt, TEST, out);
            out.push_str(" for ...");
            out.push(c);
        }
        ExprKind::DictComp { key, value, .. } => {
            out.push('{');
            write(key, TEST, out);
            out.push_str(": ");
            write(value, TEST, out);
            out.push_str(" for ...}");
        }
        ExprKind::Await { value } => paren(out, level > AWAIT, |out| {
            out.push_str("await ");
            write(value, ATOM, out);
        }),
        ExprKind::Yield { value } => paren(out, true, |out| {
            out.push_str("yield");
            if let Some(v) = value {
                out.push(' ');
                write(v, TEST, out);
            }
        }),
        ExprKind::YieldFrom { value } => paren(out, true, |out| {
            out.push_str("yield from ");
            write(value, TEST, out);
        }),
        ExprKind::Compare {
            left,
            ops,
            comparators,
        } => paren(out, level > CMP, |out| {
            write(left, CMP + 1, out);
            for (op, c) in ops.iter().zip(comparators) {
                out.push(' ');
                out.push_str(cmpop(*op));
                out.push(' ');
                write(c, CMP + 1, out);
            }
        }),
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            write(func, ATOM, out);
            out.push('(');
            let mut first = true;
            for a in args {
                if !first {
                    out.push_str(", ");
                }
                first = false;
                write(a, TEST, out);
            }
            for k in keywords {
                if !first {
                    out.push_str(", ");
                }
                first = false;
                match &k.arg {
                    Some(n) => {
                        out.push_str(n);
                        out.push('=');
                    }
                    None => out.push_str("**"),
                }
                write(&k.value, TEST, out);
            }
            out.push(')');
        }
        ExprKind::FormattedValue { .. } | ExprKind::JoinedStr { .. } => out.push_str("f'...'"),
        ExprKind::Constant { value, .. } => constant(value, out),
        ExprKind::Attribute { value, attr, .. } => {
            write(value, ATOM, out);
            if matches!(
                &value.kind,
                ExprKind::Constant {
                    value: Constant::Int(_),
                    ..
                }
            ) {
                out.push(' ');
            }
            out.push('.');
            out.push_str(attr);
        }
        ExprKind::Subscript { value, slice, .. } => {
            write(value, ATOM, out);
            out.push('[');
            match &slice.kind {
                ExprKind::Tuple { elts, .. } if !elts.is_empty() => {
                    seq(elts, out);
                    if elts.len() == 1 {
                        out.push(',');
                    }
                }
                _ => write(slice, TUPLE, out),
            }
            out.push(']');
        }
        ExprKind::Starred { value, .. } => {
            out.push('*');
            write(value, BOR, out);
        }
        ExprKind::Name { id, .. } => out.push_str(id),
        ExprKind::List { elts, .. } => {
            out.push('[');
            seq(elts, out);
            out.push(']');
        }
        ExprKind::Tuple { elts, .. } => {
            let p = elts.is_empty() || level > TUPLE;
            paren(out, p, |out| {
                seq(elts, out);
                if elts.len() == 1 {
                    out.push(',');
                }
            });
        }
        ExprKind::Slice { lower, upper, step } => {
            if let Some(l) = lower {
                write(l, TEST, out);
            }
            out.push(':');
            if let Some(u) = upper {
                write(u, TEST, out);
            }
            if let Some(s) = step {
                out.push(':');
                write(s, TEST, out);
            }
        }
    }
}
