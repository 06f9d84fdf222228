//! `ast.dump(tree, include_attributes=True)`, the text CPython prints, for tests and debugging.
//!
//! One deliberate difference: strings and identifiers are written as `ascii()` writes them (every
//! non-ASCII character escaped), because deciding which characters `repr` leaves alone needs the full
//! Unicode database; compare against `ascii()`-escaped CPython output.

use std::fmt::Write;

use crate::ast::*;

/// The `ast.dump(m, include_attributes=True)` text of a tree (non-ASCII text escaped, see module docs).
pub fn dump(m: &Mod) -> String {
    let mut d = Dumper { out: String::new() };
    d.module(m);
    d.out
}

struct Dumper {
    out: String,
}

/// A field value being written: the writer decides whether an optional one is omitted.
impl Dumper {
    fn s(&mut self, s: &str) {
        self.out.push_str(s);
    }

    fn open(&mut self, name: &str) {
        self.out.push_str(name);
        self.out.push('(');
    }

    /// Writes `, name=` (or `name=` first in the argument list).
    fn field(&mut self, name: &str) {
        if !self.out.ends_with('(') {
            self.out.push_str(", ");
        }
        self.out.push_str(name);
        self.out.push('=');
    }

    fn loc(&mut self, l: &Loc) {
        let _ = write!(
            self.out,
            "{}lineno={}, col_offset={}, end_lineno={}, end_col_offset={})",
            if self.out.ends_with('(') { "" } else { ", " },
            l.lineno,
            l.col_offset,
            l.end_lineno,
            l.end_col_offset
        );
    }

    fn list<T>(&mut self, name: &str, items: &[T], f: impl Fn(&mut Self, &T)) {
        self.field(name);
        self.out.push('[');
        for (i, x) in items.iter().enumerate() {
            if i > 0 {
                self.out.push_str(", ");
            }
            f(self, x);
        }
        self.out.push(']');
    }

    fn stmts(&mut self, name: &str, body: &[Stmt]) {
        self.list(name, body, |d, s| d.stmt(s));
    }

    fn exprs(&mut self, name: &str, es: &[Expr]) {
        self.list(name, es, |d, e| d.expr(e));
    }

    fn expr_field(&mut self, name: &str, e: &Expr) {
        self.field(name);
        self.expr(e);
    }

    fn opt_expr(&mut self, name: &str, e: &Option<Box<Expr>>) {
        if let Some(e) = e {
            self.expr_field(name, e);
        }
    }

    fn ident(&mut self, name: &str, v: &str) {
        self.field(name);
        str_repr(&mut self.out, v);
    }

    fn opt_ident(&mut self, name: &str, v: &Option<String>) {
        if let Some(v) = v {
            self.ident(name, v);
        }
    }

    fn raw(&mut self, name: &str, v: impl std::fmt::Display) {
        self.field(name);
        let _ = write!(self.out, "{v}");
    }

    fn module(&mut self, m: &Mod) {
        match m {
            Mod::Module { body, type_ignores } => {
                self.open("Module");
                self.stmts("body", body);
                self.list("type_ignores", type_ignores, |d, t| {
                    d.open("TypeIgnore");
                    d.raw("lineno", t.lineno);
                    d.ident("tag", &t.tag);
                    d.s(")");
                });
            }
            Mod::Interactive { body } => {
                self.open("Interactive");
                self.stmts("body", body);
            }
            Mod::Expression { body } => {
                self.open("Expression");
                self.expr_field("body", body);
            }
            Mod::FunctionType { argtypes, returns } => {
                self.open("FunctionType");
                self.exprs("argtypes", argtypes);
                self.expr_field("returns", returns);
            }
        }
        self.s(")");
    }

    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::FunctionDef {
                name,
                args,
                body,
                decorator_list,
                returns,
                type_comment,
            }
            | StmtKind::AsyncFunctionDef {
                name,
                args,
                body,
                decorator_list,
                returns,
                type_comment,
            } => {
                let is_async = matches!(s.kind, StmtKind::AsyncFunctionDef { .. });
                self.open(if is_async {
                    "AsyncFunctionDef"
                } else {
                    "FunctionDef"
                });
                self.ident("name", name);
                self.field("args");
                self.arguments(args);
                self.stmts("body", body);
                self.exprs("decorator_list", decorator_list);
                self.opt_expr("returns", returns);
                self.opt_ident("type_comment", type_comment);
            }
            StmtKind::ClassDef {
                name,
                bases,
                keywords,
                body,
                decorator_list,
            } => {
                self.open("ClassDef");
                self.ident("name", name);
                self.exprs("bases", bases);
                self.list("keywords", keywords, |d, k| d.keyword(k));
                self.stmts("body", body);
                self.exprs("decorator_list", decorator_list);
            }
            StmtKind::Return { value } => {
                self.open("Return");
                self.opt_expr("value", value);
            }
            StmtKind::Delete { targets } => {
                self.open("Delete");
                self.exprs("targets", targets);
            }
            StmtKind::Assign {
                targets,
                value,
                type_comment,
            } => {
                self.open("Assign");
                self.exprs("targets", targets);
                self.expr_field("value", value);
                self.opt_ident("type_comment", type_comment);
            }
            StmtKind::AugAssign { target, op, value } => {
                self.open("AugAssign");
                self.expr_field("target", target);
                self.raw("op", format!("{}()", operator_name(*op)));
                self.expr_field("value", value);
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                self.open("AnnAssign");
                self.expr_field("target", target);
                self.expr_field("annotation", annotation);
                self.opt_expr("value", value);
                self.raw("simple", u8::from(*simple));
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                type_comment,
            }
            | StmtKind::AsyncFor {
                target,
                iter,
                body,
                orelse,
                type_comment,
            } => {
                let is_async = matches!(s.kind, StmtKind::AsyncFor { .. });
                self.open(if is_async { "AsyncFor" } else { "For" });
                self.expr_field("target", target);
                self.expr_field("iter", iter);
                self.stmts("body", body);
                self.stmts("orelse", orelse);
                self.opt_ident("type_comment", type_comment);
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.open(if matches!(s.kind, StmtKind::While { .. }) {
                    "While"
                } else {
                    "If"
                });
                self.expr_field("test", test);
                self.stmts("body", body);
                self.stmts("orelse", orelse);
            }
            StmtKind::With {
                items,
                body,
                type_comment,
            }
            | StmtKind::AsyncWith {
                items,
                body,
                type_comment,
            } => {
                self.open(if matches!(s.kind, StmtKind::With { .. }) {
                    "With"
                } else {
                    "AsyncWith"
                });
                self.list("items", items, |d, w| {
                    d.open("withitem");
                    d.expr_field("context_expr", &w.context_expr);
                    d.opt_expr("optional_vars", &w.optional_vars);
                    d.s(")");
                });
                self.stmts("body", body);
                self.opt_ident("type_comment", type_comment);
            }
            StmtKind::Match { subject, cases } => {
                self.open("Match");
                self.expr_field("subject", subject);
                self.list("cases", cases, |d, c| {
                    d.open("match_case");
                    d.field("pattern");
                    d.pattern(&c.pattern);
                    d.opt_expr("guard", &c.guard);
                    d.stmts("body", &c.body);
                    d.s(")");
                });
            }
            StmtKind::Raise { exc, cause } => {
                self.open("Raise");
                self.opt_expr("exc", exc);
                self.opt_expr("cause", cause);
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            }
            | StmtKind::TryStar {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.open(if matches!(s.kind, StmtKind::Try { .. }) {
                    "Try"
                } else {
                    "TryStar"
                });
                self.stmts("body", body);
                self.list("handlers", handlers, |d, h| {
                    d.open("ExceptHandler");
                    d.opt_expr("type", &h.type_);
                    d.opt_ident("name", &h.name);
                    d.stmts("body", &h.body);
                    d.loc(&h.loc);
                });
                self.stmts("orelse", orelse);
                self.stmts("finalbody", finalbody);
            }
            StmtKind::Assert { test, msg } => {
                self.open("Assert");
                self.expr_field("test", test);
                self.opt_expr("msg", msg);
            }
            StmtKind::Import { names } => {
                self.open("Import");
                self.list("names", names, |d, a| d.alias(a));
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                self.open("ImportFrom");
                self.opt_ident("module", module);
                self.list("names", names, |d, a| d.alias(a));
                self.raw("level", level);
            }
            StmtKind::Global { names } | StmtKind::Nonlocal { names } => {
                self.open(if matches!(s.kind, StmtKind::Global { .. }) {
                    "Global"
                } else {
                    "Nonlocal"
                });
                self.list("names", names, |d, n| str_repr(&mut d.out, n));
            }
            StmtKind::Expr { value } => {
                self.open("Expr");
                self.expr_field("value", value);
            }
            StmtKind::Pass => self.open("Pass"),
            StmtKind::Break => self.open("Break"),
            StmtKind::Continue => self.open("Continue"),
        }
        self.loc(&s.loc);
    }

    fn alias(&mut self, a: &Alias) {
        self.open("alias");
        self.ident("name", &a.name);
        self.opt_ident("asname", &a.asname);
        self.loc(&a.loc);
    }

    fn keyword(&mut self, k: &Keyword) {
        self.open("keyword");
        self.opt_ident("arg", &k.arg);
        self.expr_field("value", &k.value);
        self.loc(&k.loc);
    }

    fn arg(&mut self, a: &Arg) {
        self.open("arg");
        self.ident("arg", &a.arg);
        self.opt_expr("annotation", &a.annotation);
        self.opt_ident("type_comment", &a.type_comment);
        self.loc(&a.loc);
    }

    fn arguments(&mut self, a: &Arguments) {
        self.open("arguments");
        self.list("posonlyargs", &a.posonlyargs, |d, x| d.arg(x));
        self.list("args", &a.args, |d, x| d.arg(x));
        if let Some(v) = &a.vararg {
            self.field("vararg");
            self.arg(v);
        }
        self.list("kwonlyargs", &a.kwonlyargs, |d, x| d.arg(x));
        self.list("kw_defaults", &a.kw_defaults, |d, x| d.opt_item(x));
        if let Some(v) = &a.kwarg {
            self.field("kwarg");
            self.arg(v);
        }
        self.exprs("defaults", &a.defaults);
        self.s(")");
    }

    fn opt_item(&mut self, e: &Option<Expr>) {
        match e {
            Some(e) => self.expr(e),
            None => self.s("None"),
        }
    }

    fn comprehensions(&mut self, gens: &[Comprehension]) {
        self.list("generators", gens, |d, g| {
            d.open("comprehension");
            d.expr_field("target", &g.target);
            d.expr_field("iter", &g.iter);
            d.exprs("ifs", &g.ifs);
            d.raw("is_async", u8::from(g.is_async));
            d.s(")");
        });
    }

    fn ctx(&mut self, c: ExprContext) {
        self.raw(
            "ctx",
            match c {
                ExprContext::Load => "Load()",
                ExprContext::Store => "Store()",
                ExprContext::Del => "Del()",
            },
        );
    }

    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::BoolOp { op, values } => {
                self.open("BoolOp");
                self.raw("op", if *op == BoolOp::And { "And()" } else { "Or()" });
                self.exprs("values", values);
            }
            ExprKind::NamedExpr { target, value } => {
                self.open("NamedExpr");
                self.expr_field("target", target);
                self.expr_field("value", value);
            }
            ExprKind::BinOp { left, op, right } => {
                self.open("BinOp");
                self.expr_field("left", left);
                self.raw("op", format!("{}()", operator_name(*op)));
                self.expr_field("right", right);
            }
            ExprKind::UnaryOp { op, operand } => {
                self.open("UnaryOp");
                let name = match op {
                    UnaryOp::Invert => "Invert()",
                    UnaryOp::Not => "Not()",
                    UnaryOp::UAdd => "UAdd()",
                    UnaryOp::USub => "USub()",
                };
                self.raw("op", name);
                self.expr_field("operand", operand);
            }
            ExprKind::Lambda { args, body } => {
                self.open("Lambda");
                self.field("args");
                self.arguments(args);
                self.expr_field("body", body);
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.open("IfExp");
                self.expr_field("test", test);
                self.expr_field("body", body);
                self.expr_field("orelse", orelse);
            }
            ExprKind::Dict { keys, values } => {
                self.open("Dict");
                self.list("keys", keys, |d, k| d.opt_item(k));
                self.exprs("values", values);
            }
            ExprKind::Set { elts } => {
                self.open("Set");
                self.exprs("elts", elts);
            }
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators } => {
                self.open(match e.kind {
                    ExprKind::ListComp { .. } => "ListComp",
                    ExprKind::SetComp { .. } => "SetComp",
                    _ => "GeneratorExp",
                });
                self.expr_field("elt", elt);
                self.comprehensions(generators);
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => {
                self.open("DictComp");
                self.expr_field("key", key);
                self.expr_field("value", value);
                self.comprehensions(generators);
            }
            ExprKind::Await { value } => {
                self.open("Await");
                self.expr_field("value", value);
            }
            ExprKind::Yield { value } => {
                self.open("Yield");
                self.opt_expr("value", value);
            }
            ExprKind::YieldFrom { value } => {
                self.open("YieldFrom");
                self.expr_field("value", value);
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                self.open("Compare");
                self.expr_field("left", left);
                self.list("ops", ops, |d, op| {
                    let name = match op {
                        CmpOp::Eq => "Eq()",
                        CmpOp::NotEq => "NotEq()",
                        CmpOp::Lt => "Lt()",
                        CmpOp::LtE => "LtE()",
                        CmpOp::Gt => "Gt()",
                        CmpOp::GtE => "GtE()",
                        CmpOp::Is => "Is()",
                        CmpOp::IsNot => "IsNot()",
                        CmpOp::In => "In()",
                        CmpOp::NotIn => "NotIn()",
                    };
                    d.s(name);
                });
                self.exprs("comparators", comparators);
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.open("Call");
                self.expr_field("func", func);
                self.exprs("args", args);
                self.list("keywords", keywords, |d, k| d.keyword(k));
            }
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => {
                self.open("FormattedValue");
                self.expr_field("value", value);
                self.raw("conversion", conversion);
                self.opt_expr("format_spec", format_spec);
            }
            ExprKind::JoinedStr { values } => {
                self.open("JoinedStr");
                self.exprs("values", values);
            }
            ExprKind::Constant { value, kind } => {
                self.open("Constant");
                self.field("value");
                constant_repr(&mut self.out, value);
                self.opt_ident("kind", kind);
            }
            ExprKind::Attribute { value, attr, ctx } => {
                self.open("Attribute");
                self.expr_field("value", value);
                self.ident("attr", attr);
                self.ctx(*ctx);
            }
            ExprKind::Subscript { value, slice, ctx } => {
                self.open("Subscript");
                self.expr_field("value", value);
                self.expr_field("slice", slice);
                self.ctx(*ctx);
            }
            ExprKind::Starred { value, ctx } => {
                self.open("Starred");
                self.expr_field("value", value);
                self.ctx(*ctx);
            }
            ExprKind::Name { id, ctx } => {
                self.open("Name");
                self.ident("id", id);
                self.ctx(*ctx);
            }
            ExprKind::List { elts, ctx } | ExprKind::Tuple { elts, ctx } => {
                self.open(if matches!(e.kind, ExprKind::List { .. }) {
                    "List"
                } else {
                    "Tuple"
                });
                self.exprs("elts", elts);
                self.ctx(*ctx);
            }
            ExprKind::Slice { lower, upper, step } => {
                self.open("Slice");
                self.opt_expr("lower", lower);
                self.opt_expr("upper", upper);
                self.opt_expr("step", step);
            }
        }
        self.loc(&e.loc);
    }

    fn pattern(&mut self, p: &Pattern) {
        match &p.kind {
            PatternKind::MatchValue { value } => {
                self.open("MatchValue");
                self.expr_field("value", value);
            }
            PatternKind::MatchSingleton { value } => {
                self.open("MatchSingleton");
                self.field("value");
                constant_repr(&mut self.out, value);
            }
            PatternKind::MatchSequence { patterns } => {
                self.open("MatchSequence");
                self.list("patterns", patterns, |d, p| d.pattern(p));
            }
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => {
                self.open("MatchMapping");
                self.exprs("keys", keys);
                self.list("patterns", patterns, |d, p| d.pattern(p));
                self.opt_ident("rest", rest);
            }
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => {
                self.open("MatchClass");
                self.expr_field("cls", cls);
                self.list("patterns", patterns, |d, p| d.pattern(p));
                self.list("kwd_attrs", kwd_attrs, |d, n| str_repr(&mut d.out, n));
                self.list("kwd_patterns", kwd_patterns, |d, p| d.pattern(p));
            }
            PatternKind::MatchStar { name } => {
                self.open("MatchStar");
                self.opt_ident("name", name);
            }
            PatternKind::MatchAs { pattern, name } => {
                self.open("MatchAs");
                if let Some(p) = pattern {
                    self.field("pattern");
                    self.pattern(p);
                }
                self.opt_ident("name", name);
            }
            PatternKind::MatchOr { patterns } => {
                self.open("MatchOr");
                self.list("patterns", patterns, |d, p| d.pattern(p));
            }
        }
        self.loc(&p.loc);
    }
}

fn operator_name(op: Operator) -> &'static str {
    match op {
        Operator::Add => "Add",
        Operator::Sub => "Sub",
        Operator::Mult => "Mult",
        Operator::MatMult => "MatMult",
        Operator::Div => "Div",
        Operator::Mod => "Mod",
        Operator::Pow => "Pow",
        Operator::LShift => "LShift",
        Operator::RShift => "RShift",
        Operator::BitOr => "BitOr",
        Operator::BitXor => "BitXor",
        Operator::BitAnd => "BitAnd",
        Operator::FloorDiv => "FloorDiv",
    }
}

/// `ascii()` of a str given as code points.
fn cps_repr(out: &mut String, cps: &[u32]) {
    let has_single = cps.contains(&u32::from(b'\''));
    let has_double = cps.contains(&u32::from(b'"'));
    let q = if has_single && !has_double { '"' } else { '\'' };
    out.push(q);
    for &c in cps {
        match c {
            0x5c => out.push_str("\\\\"),
            0x0a => out.push_str("\\n"),
            0x0d => out.push_str("\\r"),
            0x09 => out.push_str("\\t"),
            c if c == q as u32 => {
                out.push('\\');
                out.push(q);
            }
            0x20..=0x7e => out.push(char::from(c as u8)),
            c if c < 0x100 => {
                let _ = write!(out, "\\x{c:02x}");
            }
            c if c < 0x10000 => {
                let _ = write!(out, "\\u{c:04x}");
            }
            c => {
                let _ = write!(out, "\\U{c:08x}");
            }
        }
    }
    out.push(q);
}

fn str_repr(out: &mut String, s: &str) {
    let cps: Vec<u32> = s.chars().map(|c| c as u32).collect();
    cps_repr(out, &cps);
}

fn bytes_repr(out: &mut String, b: &[u8]) {
    let q = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    out.push('b');
    out.push(q);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if char::from(c) == q => {
                out.push('\\');
                out.push(q);
            }
            0x20..=0x7e => out.push(char::from(c)),
            c => {
                let _ = write!(out, "\\x{c:02x}");
            }
        }
    }
    out.push(q);
}

/// Python's `repr(float)`: the shortest round-tripping digits, fixed notation for exponents
/// -4..16, otherwise `d.ddde+XX`.
pub(crate) fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    // Rust's shortest form breaks ties between two equally near candidates upwards; CPython's dtoa
    // takes the even one, which Rust's exact formatting at the same precision also does.
    let shortest = format!("{f:e}");
    let n = shortest
        .split('e')
        .next()
        .unwrap_or("")
        .bytes()
        .filter(u8::is_ascii_digit)
        .count();
    let exact = format!("{:.*e}", n.saturating_sub(1), f);
    let sci = if exact.parse::<f64>() == Ok(f) {
        exact
    } else {
        shortest
    };
    let (mant, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let (sign, mant) = match mant.strip_prefix('-') {
        Some(m) => ("-", m),
        None => ("", mant),
    };
    let digits: String = mant.chars().filter(char::is_ascii_digit).collect();
    if (-4..16).contains(&exp) {
        let point = exp + 1;
        let body = if point <= 0 {
            format!("0.{}{}", "0".repeat((-point) as usize), digits)
        } else if (point as usize) >= digits.len() {
            format!("{}{}.0", digits, "0".repeat(point as usize - digits.len()))
        } else {
            format!(
                "{}.{}",
                &digits[..point as usize],
                &digits[point as usize..]
            )
        };
        format!("{sign}{body}")
    } else {
        let m = if digits.len() > 1 {
            format!("{}.{}", &digits[..1], &digits[1..])
        } else {
            digits
        };
        format!(
            "{sign}{m}e{}{:02}",
            if exp < 0 { '-' } else { '+' },
            exp.abs()
        )
    }
}

/// `repr(complex)`.
fn complex_repr(real: f64, imag: f64) -> String {
    let part = |x: f64| {
        let r = float_repr(x);
        r.strip_suffix(".0").map(str::to_string).unwrap_or(r)
    };
    if real == 0.0 && real.is_sign_positive() {
        format!("{}j", part(imag))
    } else {
        let im = part(imag);
        let sign = if im.starts_with('-') || imag.is_nan() && im.starts_with('-') {
            ""
        } else {
            "+"
        };
        format!("({}{sign}{im}j)", part(real))
    }
}

fn constant_repr(out: &mut String, c: &Constant) {
    match c {
        Constant::None => out.push_str("None"),
        Constant::Bool(b) => out.push_str(if *b { "True" } else { "False" }),
        Constant::Ellipsis => out.push_str("Ellipsis"),
        Constant::Int(i) => {
            let _ = write!(out, "{i}");
        }
        Constant::Float(f) => out.push_str(&float_repr(*f)),
        Constant::Complex { real, imag } => out.push_str(&complex_repr(*real, *imag)),
        Constant::Str(s) => str_repr(out, s),
        Constant::StrSurrogates(cps) => cps_repr(out, cps),
        Constant::Bytes(b) => bytes_repr(out, b),
        Constant::Tuple(items) => {
            out.push('(');
            for (i, x) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                constant_repr(out, x);
            }
            if items.len() == 1 {
                out.push(',');
            }
            out.push(')');
        }
        Constant::FrozenSet(items) => {
            if items.is_empty() {
                out.push_str("frozenset()");
                return;
            }
            out.push_str("frozenset({");
            for (i, x) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                constant_repr(out, x);
            }
            out.push_str("})");
        }
    }
}
