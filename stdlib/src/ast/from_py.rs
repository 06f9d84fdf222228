//! Python nodes back to the compiler's tree (`compile(tree, ...)`), field by field in `_fields`
//! order with CPython's `obj2ast` errors: a missing field is a `TypeError` naming it, a node of the
//! wrong kind "expected some sort of expr", a None where a node is required a `ValueError`. The
//! checks that need the whole tree are `validate`'s.
use super::nodes::{ALL, DEFS};
use super::{classes, Classes, N};
use weft_parser::ast::*;
use weft_parser::Mode;
use weft_vm::heap::Value;
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::ops::{a_type, type_name_of};
use weft_vm::interp::{attr, protocols, Vm};
use weft_vm::objects::{complex, float, int, list, set, str as pystr, tuple, types};

/// `compile(tree, filename, mode)`: the tree, checked, as the compiler's AST.
pub(super) fn convert(vm: &mut Vm, v: &Value, mode: Mode) -> PyResult<Mod> {
    let c = classes(vm)?;
    let (n, name) = match mode {
        Mode::Exec => (N::Module, "Module"),
        Mode::Eval => (N::Expression, "Expression"),
        Mode::Single => (N::Interactive, "Interactive"),
        Mode::FuncType => (N::FunctionType, "FunctionType"),
    };
    if !c.is(v, n) {
        return Err(error::type_error(format!(
            "expected {name} node, got {}",
            type_name_of(v)
        )));
    }
    let mut f = FromPy {
        vm,
        c,
        bad_constant: None,
    };
    let m = f.module(v)?;
    if let Some(t) = f.bad_constant {
        return Err(error::type_error(format!(
            "got an invalid type in Constant: {t}"
        )));
    }
    super::validate::module(&m)?;
    Ok(m)
}

struct FromPy<'a> {
    vm: &'a mut Vm,
    c: &'static Classes,
    /// The type of the first `Constant` value of a type a constant cannot have; reported once the
    /// tree is converted, as CPython's validator reports it.
    bad_constant: Option<String>,
}

type R<T> = PyResult<T>;

fn required(name: &str, owner: &str) -> error::PyErr {
    error::value_error(format!("field '{name}' is required for {owner}"))
}

impl FromPy<'_> {
    /// `_PyObject_LookupAttr`: the attribute, or None when missing.
    fn get(&mut self, obj: &Value, name: &str) -> R<Option<Value>> {
        attr::getattr_opt(self.vm, obj, name)
    }

    /// A required field.
    fn req(&mut self, obj: &Value, name: &str, owner: &str) -> R<Value> {
        self.get(obj, name)?.ok_or_else(|| {
            error::type_error(format!("required field \"{name}\" missing from {owner}"))
        })
    }

    /// An optional field: missing and None are both absent.
    fn opt(&mut self, obj: &Value, name: &str) -> R<Option<Value>> {
        Ok(self.get(obj, name)?.filter(|v| !v.is_none()))
    }

    /// A list field's items.
    fn seq(&mut self, obj: &Value, name: &str, owner: &str) -> R<Vec<Value>> {
        let v = self.req(obj, name, owner)?;
        match list::as_list(&v) {
            Some(l) => Ok(l.items.borrow().clone()),
            None => Err(error::type_error(format!(
                "{owner} field \"{name}\" must be a list, not a {}",
                type_name_of(&v)
            ))),
        }
    }

    /// The items of a list field, each converted by `f`.
    fn each<T>(
        &mut self,
        obj: &Value,
        name: &str,
        owner: &str,
        mut f: impl FnMut(&mut Self, &Value) -> R<T>,
    ) -> R<Vec<T>> {
        let items = self.seq(obj, name, owner)?;
        items.iter().map(|it| f(self, it)).collect()
    }

    fn exprs(&mut self, obj: &Value, name: &str, owner: &str) -> R<Vec<Expr>> {
        self.each(obj, name, owner, |s, v| {
            s.expr(v)?
                .ok_or_else(|| error::value_error("None disallowed in expression list"))
        })
    }

    fn opt_exprs(&mut self, obj: &Value, name: &str, owner: &str) -> R<Vec<Option<Expr>>> {
        self.each(obj, name, owner, |s, v| s.expr(v))
    }

    fn stmts(&mut self, obj: &Value, name: &str, owner: &str) -> R<Vec<Stmt>> {
        self.each(obj, name, owner, |s, v| {
            s.stmt(v)?
                .ok_or_else(|| error::value_error("None disallowed in statement list"))
        })
    }

    fn req_expr(&mut self, obj: &Value, name: &str, owner: &str) -> R<Box<Expr>> {
        let v = self.req(obj, name, owner)?;
        match self.expr(&v)? {
            Some(e) => Ok(Box::new(e)),
            None => Err(required(name, owner)),
        }
    }

    fn opt_expr(&mut self, obj: &Value, name: &str) -> R<Option<Box<Expr>>> {
        match self.opt(obj, name)? {
            Some(v) => Ok(self.expr(&v)?.map(Box::new)),
            None => Ok(None),
        }
    }

    /// `obj2ast_identifier`: an exact str, or None.
    fn identifier(&mut self, v: &Value) -> R<Option<String>> {
        if v.is_none() {
            return Ok(None);
        }
        if !a_type(v).is(&types().str) {
            return Err(error::type_error("AST identifier must be of type str"));
        }
        Ok(Some(text(v)))
    }

    fn req_ident(&mut self, obj: &Value, name: &str, owner: &str) -> R<String> {
        let v = self.req(obj, name, owner)?;
        self.identifier(&v)?.ok_or_else(|| required(name, owner))
    }

    fn opt_ident(&mut self, obj: &Value, name: &str) -> R<Option<String>> {
        match self.opt(obj, name)? {
            Some(v) => self.identifier(&v),
            None => Ok(None),
        }
    }

    fn idents(&mut self, obj: &Value, name: &str, owner: &str) -> R<Vec<String>> {
        self.each(obj, name, owner, |s, v| {
            s.identifier(v)?.ok_or_else(|| required(name, owner))
        })
    }

    /// `obj2ast_string`: an exact str or bytes (`type_comment`, `kind`, `tag`).
    fn string(&mut self, v: &Value) -> R<String> {
        let t = a_type(v);
        if t.is(&types().str) {
            return Ok(text(v));
        }
        match weft_vm::objects::bytes::as_bytes(v).filter(|_| t.is(&types().bytes)) {
            Some(b) => Ok(String::from_utf8_lossy(b).into_owned()),
            None => Err(error::type_error("AST string must be of type str")),
        }
    }

    fn opt_string(&mut self, obj: &Value, name: &str) -> R<Option<String>> {
        match self.opt(obj, name)? {
            Some(v) => self.string(&v).map(Some),
            None => Ok(None),
        }
    }

    /// `obj2ast_int`: an int that fits a C int.
    fn int(&mut self, v: &Value) -> R<i64> {
        if !int::is_int(v) {
            let r = protocols::repr_value(self.vm, v)?;
            return Err(error::value_error(format!(
                "invalid integer value: {}",
                pystr::as_str(&r).unwrap_or("")
            )));
        }
        int::to_i64(v)
            .filter(|i| i32::try_from(*i).is_ok())
            .ok_or_else(|| error::overflow_error("Python int too large to convert to C int"))
    }

    fn req_int(&mut self, obj: &Value, name: &str, owner: &str) -> R<i64> {
        let v = self.req(obj, name, owner)?;
        self.int(&v)
    }

    fn opt_int(&mut self, obj: &Value, name: &str) -> R<Option<i64>> {
        match self.opt(obj, name)? {
            Some(v) => self.int(&v).map(Some),
            None => Ok(None),
        }
    }

    /// The position attributes; a missing end position is the start's (but a pattern's is required).
    fn loc(&mut self, obj: &Value, owner: &str) -> R<Loc> {
        let lineno = self.req_int(obj, "lineno", owner)?;
        let col = self.req_int(obj, "col_offset", owner)?;
        let (end_lineno, end_col) = if owner == "pattern" {
            (
                self.req_int(obj, "end_lineno", owner)?,
                self.req_int(obj, "end_col_offset", owner)?,
            )
        } else {
            (
                self.opt_int(obj, "end_lineno")?.unwrap_or(lineno),
                self.opt_int(obj, "end_col_offset")?.unwrap_or(col),
            )
        };
        if matches!(owner, "stmt" | "expr" | "pattern") {
            check_positions(lineno, col, end_lineno, end_col)?;
        }
        let u = |i: i64| u32::try_from(i).unwrap_or(0);
        Ok(Loc {
            lineno: u(lineno),
            col_offset: u(col),
            end_lineno: u(end_lineno),
            end_col_offset: u(end_col),
        })
    }

    /// Which concrete class of sum type `base` `obj` is an instance of, else CPython's
    /// "expected some sort of" error.
    fn kind_of(&mut self, obj: &Value, base: &str) -> R<N> {
        let ty = a_type(obj);
        for (d, n) in DEFS.iter().zip(ALL) {
            if d.base == base && weft_vm::objects::typeobj::is_subtype(&ty, self.c.cls(*n)) {
                return Ok(*n);
            }
        }
        let r = protocols::repr_value(self.vm, obj)?;
        Err(error::type_error(format!(
            "expected some sort of {base}, but got {}",
            pystr::as_str(&r).unwrap_or("")
        )))
    }

    /// A field-less node (`Load()`, `Add()`), given as a field of `owner`.
    fn simple(&mut self, obj: &Value, name: &str, owner: &str, base: &str) -> R<N> {
        let v = self.req(obj, name, owner)?;
        self.kind_of(&v, base)
    }

    fn module(&mut self, v: &Value) -> R<Mod> {
        let n = self.kind_of(v, "mod")?;
        let owner = DEFS[n as usize].name;
        Ok(match n {
            N::Module => Mod::Module {
                body: self.stmts(v, "body", owner)?,
                type_ignores: self.each(v, "type_ignores", owner, |s, t| s.type_ignore(t))?,
            },
            N::Interactive => Mod::Interactive {
                body: self.stmts(v, "body", owner)?,
            },
            N::Expression => Mod::Expression {
                body: self.req_expr(v, "body", owner)?,
            },
            _ => Mod::FunctionType {
                argtypes: self.exprs(v, "argtypes", owner)?,
                returns: self.req_expr(v, "returns", owner)?,
            },
        })
    }

    fn type_ignore(&mut self, v: &Value) -> R<TypeIgnore> {
        self.kind_of(v, "type_ignore")?;
        let lineno = self.req_int(v, "lineno", "TypeIgnore")?;
        let tag = self.req(v, "tag", "TypeIgnore")?;
        Ok(TypeIgnore {
            lineno: u32::try_from(lineno).unwrap_or(0),
            tag: self.string(&tag)?,
        })
    }

    /// One `stmt` node, one level of native recursion deeper.
    fn stmt(&mut self, v: &Value) -> R<Option<Stmt>> {
        if v.is_none() {
            return Ok(None);
        }
        if self.vm.enter_native("").is_err() {
            return Err(error::recursion_error(
                "maximum recursion depth exceeded while traversing 'stmt' node",
            ));
        }
        let r = self.stmt_node(v);
        self.vm.leave_native();
        r.map(Some)
    }

    fn stmt_node(&mut self, v: &Value) -> R<Stmt> {
        let loc = self.loc(v, "stmt")?;
        let n = self.kind_of(v, "stmt")?;
        let o = DEFS[n as usize].name;
        use StmtKind as S;
        let kind = match n {
            N::FunctionDef | N::AsyncFunctionDef => {
                let name = self.req_ident(v, "name", o)?;
                let args = Box::new(self.req_arguments(v, "args", o)?);
                let body = self.stmts(v, "body", o)?;
                let decorator_list = self.exprs(v, "decorator_list", o)?;
                let returns = self.opt_expr(v, "returns")?;
                let type_comment = self.opt_string(v, "type_comment")?;
                if n == N::FunctionDef {
                    S::FunctionDef {
                        name,
                        args,
                        body,
                        decorator_list,
                        returns,
                        type_comment,
                    }
                } else {
                    S::AsyncFunctionDef {
                        name,
                        args,
                        body,
                        decorator_list,
                        returns,
                        type_comment,
                    }
                }
            }
            N::ClassDef => S::ClassDef {
                name: self.req_ident(v, "name", o)?,
                bases: self.exprs(v, "bases", o)?,
                keywords: self.each(v, "keywords", o, |s, k| s.keyword(k))?,
                body: self.stmts(v, "body", o)?,
                decorator_list: self.exprs(v, "decorator_list", o)?,
            },
            N::Return => S::Return {
                value: self.opt_expr(v, "value")?,
            },
            N::Delete => S::Delete {
                targets: self.exprs(v, "targets", o)?,
            },
            N::Assign => S::Assign {
                targets: self.exprs(v, "targets", o)?,
                value: self.req_expr(v, "value", o)?,
                type_comment: self.opt_string(v, "type_comment")?,
            },
            N::AugAssign => S::AugAssign {
                target: self.req_expr(v, "target", o)?,
                op: self.operator(v, o)?,
                value: self.req_expr(v, "value", o)?,
            },
            N::AnnAssign => S::AnnAssign {
                target: self.req_expr(v, "target", o)?,
                annotation: self.req_expr(v, "annotation", o)?,
                value: self.opt_expr(v, "value")?,
                simple: self.req_int(v, "simple", o)? != 0,
            },
            N::For | N::AsyncFor => {
                let target = self.req_expr(v, "target", o)?;
                let iter = self.req_expr(v, "iter", o)?;
                let body = self.stmts(v, "body", o)?;
                let orelse = self.stmts(v, "orelse", o)?;
                let type_comment = self.opt_string(v, "type_comment")?;
                if n == N::For {
                    S::For {
                        target,
                        iter,
                        body,
                        orelse,
                        type_comment,
                    }
                } else {
                    S::AsyncFor {
                        target,
                        iter,
                        body,
                        orelse,
                        type_comment,
                    }
                }
            }
            N::While | N::If => {
                let test = self.req_expr(v, "test", o)?;
                let body = self.stmts(v, "body", o)?;
                let orelse = self.stmts(v, "orelse", o)?;
                if n == N::While {
                    S::While { test, body, orelse }
                } else {
                    S::If { test, body, orelse }
                }
            }
            N::With | N::AsyncWith => {
                let items = self.each(v, "items", o, |s, w| s.withitem(w))?;
                let body = self.stmts(v, "body", o)?;
                let type_comment = self.opt_string(v, "type_comment")?;
                if n == N::With {
                    S::With {
                        items,
                        body,
                        type_comment,
                    }
                } else {
                    S::AsyncWith {
                        items,
                        body,
                        type_comment,
                    }
                }
            }
            N::Match => S::Match {
                subject: self.req_expr(v, "subject", o)?,
                cases: self.each(v, "cases", o, |s, c| s.match_case(c))?,
            },
            N::Raise => S::Raise {
                exc: self.opt_expr(v, "exc")?,
                cause: self.opt_expr(v, "cause")?,
            },
            N::Try | N::TryStar => {
                let body = self.stmts(v, "body", o)?;
                let handlers = self.each(v, "handlers", o, |s, h| s.handler(h))?;
                let orelse = self.stmts(v, "orelse", o)?;
                let finalbody = self.stmts(v, "finalbody", o)?;
                if n == N::Try {
                    S::Try {
                        body,
                        handlers,
                        orelse,
                        finalbody,
                    }
                } else {
                    S::TryStar {
                        body,
                        handlers,
                        orelse,
                        finalbody,
                    }
                }
            }
            N::Assert => S::Assert {
                test: self.req_expr(v, "test", o)?,
                msg: self.opt_expr(v, "msg")?,
            },
            N::Import => S::Import {
                names: self.each(v, "names", o, |s, a| s.alias(a))?,
            },
            N::ImportFrom => {
                let module = self.opt_ident(v, "module")?;
                let names = self.each(v, "names", o, |s, a| s.alias(a))?;
                let level = self.opt_int(v, "level")?.unwrap_or(0);
                if level < 0 {
                    return Err(error::value_error("Negative ImportFrom level"));
                }
                S::ImportFrom {
                    module,
                    names,
                    level: level as u32,
                }
            }
            N::Global => S::Global {
                names: self.idents(v, "names", o)?,
            },
            N::Nonlocal => S::Nonlocal {
                names: self.idents(v, "names", o)?,
            },
            N::ExprStmt => S::Expr {
                value: self.req_expr(v, "value", o)?,
            },
            N::Pass => S::Pass,
            N::Break => S::Break,
            _ => S::Continue,
        };
        Ok(Stmt { loc, kind })
    }

    fn keyword(&mut self, v: &Value) -> R<Keyword> {
        let arg = self.opt_ident(v, "arg")?;
        let value = *self.req_expr(v, "value", "keyword")?;
        let loc = self.loc(v, "keyword")?;
        Ok(Keyword { loc, arg, value })
    }

    fn alias(&mut self, v: &Value) -> R<Alias> {
        let name = self.req_ident(v, "name", "alias")?;
        let asname = self.opt_ident(v, "asname")?;
        let loc = self.loc(v, "alias")?;
        Ok(Alias { loc, name, asname })
    }

    fn arg(&mut self, v: &Value) -> R<Arg> {
        let arg = self.req_ident(v, "arg", "arg")?;
        let annotation = self.opt_expr(v, "annotation")?;
        let type_comment = self.opt_string(v, "type_comment")?;
        let loc = self.loc(v, "arg")?;
        Ok(Arg {
            loc,
            arg,
            annotation,
            type_comment,
        })
    }

    fn opt_arg(&mut self, v: &Value, name: &str) -> R<Option<Box<Arg>>> {
        match self.opt(v, name)? {
            Some(a) => Ok(Some(Box::new(self.arg(&a)?))),
            None => Ok(None),
        }
    }

    fn req_arguments(&mut self, v: &Value, name: &str, owner: &str) -> R<Arguments> {
        let a = self.req(v, name, owner)?;
        let o = "arguments";
        Ok(Arguments {
            posonlyargs: self.each(&a, "posonlyargs", o, |s, x| s.arg(x))?,
            args: self.each(&a, "args", o, |s, x| s.arg(x))?,
            vararg: self.opt_arg(&a, "vararg")?,
            kwonlyargs: self.each(&a, "kwonlyargs", o, |s, x| s.arg(x))?,
            kw_defaults: self.opt_exprs(&a, "kw_defaults", o)?,
            kwarg: self.opt_arg(&a, "kwarg")?,
            defaults: self.exprs(&a, "defaults", o)?,
        })
    }

    fn withitem(&mut self, v: &Value) -> R<WithItem> {
        Ok(WithItem {
            context_expr: *self.req_expr(v, "context_expr", "withitem")?,
            optional_vars: self.opt_expr(v, "optional_vars")?,
        })
    }

    fn match_case(&mut self, v: &Value) -> R<MatchCase> {
        let p = self.req(v, "pattern", "match_case")?;
        let pattern = self
            .pattern(&p)?
            .ok_or_else(|| required("pattern", "match_case"))?;
        Ok(MatchCase {
            pattern,
            guard: self.opt_expr(v, "guard")?,
            body: self.stmts(v, "body", "match_case")?,
        })
    }

    fn handler(&mut self, v: &Value) -> R<ExceptHandler> {
        if v.is_none() {
            return Err(error::value_error("None disallowed in expression list"));
        }
        let loc = self.loc(v, "excepthandler")?;
        self.kind_of(v, "excepthandler")?;
        let o = "ExceptHandler";
        Ok(ExceptHandler {
            loc,
            type_: self.opt_expr(v, "type")?,
            name: self.opt_ident(v, "name")?,
            body: self.stmts(v, "body", o)?,
        })
    }

    fn comprehension(&mut self, v: &Value) -> R<Comprehension> {
        let o = "comprehension";
        Ok(Comprehension {
            target: *self.req_expr(v, "target", o)?,
            iter: *self.req_expr(v, "iter", o)?,
            ifs: self.exprs(v, "ifs", o)?,
            is_async: self.req_int(v, "is_async", o)? != 0,
        })
    }

    fn ctx(&mut self, v: &Value, owner: &str) -> R<ExprContext> {
        Ok(match self.simple(v, "ctx", owner, "expr_context")? {
            N::Load => ExprContext::Load,
            N::Store => ExprContext::Store,
            _ => ExprContext::Del,
        })
    }

    fn operator(&mut self, v: &Value, owner: &str) -> R<Operator> {
        use Operator as O;
        Ok(match self.simple(v, "op", owner, "operator")? {
            N::Add => O::Add,
            N::Sub => O::Sub,
            N::Mult => O::Mult,
            N::MatMult => O::MatMult,
            N::Div => O::Div,
            N::Mod => O::Mod,
            N::Pow => O::Pow,
            N::LShift => O::LShift,
            N::RShift => O::RShift,
            N::BitOr => O::BitOr,
            N::BitXor => O::BitXor,
            N::BitAnd => O::BitAnd,
            _ => O::FloorDiv,
        })
    }

    fn cmpop(&mut self, v: &Value) -> R<CmpOp> {
        use CmpOp as C;
        let n = self.kind_of(v, "cmpop")?;
        Ok(match n {
            N::Eq => C::Eq,
            N::NotEq => C::NotEq,
            N::Lt => C::Lt,
            N::LtE => C::LtE,
            N::Gt => C::Gt,
            N::GtE => C::GtE,
            N::Is => C::Is,
            N::IsNot => C::IsNot,
            N::In => C::In,
            _ => C::NotIn,
        })
    }

    fn comprehensions(&mut self, v: &Value, owner: &str) -> R<Vec<Comprehension>> {
        self.each(v, "generators", owner, |s, g| s.comprehension(g))
    }

    /// One `expr` node, one level of native recursion deeper.
    fn expr(&mut self, v: &Value) -> R<Option<Expr>> {
        if v.is_none() {
            return Ok(None);
        }
        if self.vm.enter_native("").is_err() {
            return Err(error::recursion_error(
                "maximum recursion depth exceeded while traversing 'expr' node",
            ));
        }
        let r = self.expr_node(v);
        self.vm.leave_native();
        r.map(Some)
    }

    fn expr_node(&mut self, v: &Value) -> R<Expr> {
        let loc = self.loc(v, "expr")?;
        let n = self.kind_of(v, "expr")?;
        let o = DEFS[n as usize].name;
        use ExprKind as E;
        let kind = match n {
            N::BoolOp => {
                let op = match self.simple(v, "op", o, "boolop")? {
                    N::And => BoolOp::And,
                    _ => BoolOp::Or,
                };
                E::BoolOp {
                    op,
                    values: self.exprs(v, "values", o)?,
                }
            }
            N::NamedExpr => E::NamedExpr {
                target: self.req_expr(v, "target", o)?,
                value: self.req_expr(v, "value", o)?,
            },
            N::BinOp => E::BinOp {
                left: self.req_expr(v, "left", o)?,
                op: self.operator(v, o)?,
                right: self.req_expr(v, "right", o)?,
            },
            N::UnaryOp => {
                let op = match self.simple(v, "op", o, "unaryop")? {
                    N::Invert => UnaryOp::Invert,
                    N::Not => UnaryOp::Not,
                    N::UAdd => UnaryOp::UAdd,
                    _ => UnaryOp::USub,
                };
                E::UnaryOp {
                    op,
                    operand: self.req_expr(v, "operand", o)?,
                }
            }
            N::Lambda => E::Lambda {
                args: Box::new(self.req_arguments(v, "args", o)?),
                body: self.req_expr(v, "body", o)?,
            },
            N::IfExp => E::IfExp {
                test: self.req_expr(v, "test", o)?,
                body: self.req_expr(v, "body", o)?,
                orelse: self.req_expr(v, "orelse", o)?,
            },
            N::Dict => E::Dict {
                keys: self.opt_exprs(v, "keys", o)?,
                values: self.exprs(v, "values", o)?,
            },
            N::Set => E::Set {
                elts: self.exprs(v, "elts", o)?,
            },
            N::ListComp | N::SetComp | N::GeneratorExp => {
                let elt = self.req_expr(v, "elt", o)?;
                let generators = self.comprehensions(v, o)?;
                match n {
                    N::ListComp => E::ListComp { elt, generators },
                    N::SetComp => E::SetComp { elt, generators },
                    _ => E::GeneratorExp { elt, generators },
                }
            }
            N::DictComp => E::DictComp {
                key: self.req_expr(v, "key", o)?,
                value: self.req_expr(v, "value", o)?,
                generators: self.comprehensions(v, o)?,
            },
            N::Await => E::Await {
                value: self.req_expr(v, "value", o)?,
            },
            N::Yield => E::Yield {
                value: self.opt_expr(v, "value")?,
            },
            N::YieldFrom => E::YieldFrom {
                value: self.req_expr(v, "value", o)?,
            },
            N::Compare => E::Compare {
                left: self.req_expr(v, "left", o)?,
                ops: self.each(v, "ops", o, |s, c| s.cmpop(c))?,
                comparators: self.exprs(v, "comparators", o)?,
            },
            N::Call => E::Call {
                func: self.req_expr(v, "func", o)?,
                args: self.exprs(v, "args", o)?,
                keywords: self.each(v, "keywords", o, |s, k| s.keyword(k))?,
            },
            N::FormattedValue => E::FormattedValue {
                value: self.req_expr(v, "value", o)?,
                conversion: self.req_int(v, "conversion", o)? as i32,
                format_spec: self.opt_expr(v, "format_spec")?,
            },
            N::JoinedStr => E::JoinedStr {
                values: self.exprs(v, "values", o)?,
            },
            N::Constant => {
                let c = self.req(v, "value", o)?;
                E::Constant {
                    value: self.constant(&c)?,
                    kind: self.opt_string(v, "kind")?,
                }
            }
            N::Attribute => E::Attribute {
                value: self.req_expr(v, "value", o)?,
                attr: self.req_ident(v, "attr", o)?,
                ctx: self.ctx(v, o)?,
            },
            N::Subscript => E::Subscript {
                value: self.req_expr(v, "value", o)?,
                slice: self.req_expr(v, "slice", o)?,
                ctx: self.ctx(v, o)?,
            },
            N::Starred => E::Starred {
                value: self.req_expr(v, "value", o)?,
                ctx: self.ctx(v, o)?,
            },
            N::Name => E::Name {
                id: self.req_ident(v, "id", o)?,
                ctx: self.ctx(v, o)?,
            },
            N::List | N::Tuple => {
                let elts = self.exprs(v, "elts", o)?;
                let ctx = self.ctx(v, o)?;
                if n == N::List {
                    E::List { elts, ctx }
                } else {
                    E::Tuple { elts, ctx }
                }
            }
            _ => E::Slice {
                lower: self.opt_expr(v, "lower")?,
                upper: self.opt_expr(v, "upper")?,
                step: self.opt_expr(v, "step")?,
            },
        };
        Ok(Expr { loc, kind })
    }

    /// A `Constant`'s value; a value of another type is noted for the validator's error.
    fn constant(&mut self, v: &Value) -> R<Constant> {
        let t = types();
        let ty = a_type(v);
        Ok(if v.is_none() {
            Constant::None
        } else if let Some(b) = v.as_bool() {
            Constant::Bool(b)
        } else if v.as_obj().is_some_and(|o| o.is(&t.ellipsis)) {
            Constant::Ellipsis
        } else if ty.is(&t.int) {
            Constant::Int(int::to_big(v).unwrap_or_default())
        } else if ty.is(&t.float) {
            Constant::Float(float::to_f64(v).unwrap_or(0.0))
        } else if ty.is(&t.complex) {
            let (real, imag) = complex::as_complex(v).unwrap_or((0.0, 0.0));
            Constant::Complex { real, imag }
        } else if ty.is(&t.str) {
            match pystr::as_str_obj(v).filter(|s| s.has_surrogates()) {
                Some(s) => Constant::StrSurrogates(s.code_points().collect()),
                None => Constant::Str(text(v)),
            }
        } else if ty.is(&t.bytes) {
            Constant::Bytes(weft_vm::objects::bytes::as_bytes(v).unwrap_or(&[]).to_vec())
        } else if ty.is(&t.tuple) {
            let items = tuple::as_tuple(v).unwrap_or(&[]).to_vec();
            Constant::Tuple(self.constants(&items)?)
        } else if ty.is(&t.frozenset) {
            let items = set::as_set(v).map(|s| s.keys()).unwrap_or_default();
            Constant::FrozenSet(self.constants(&items)?)
        } else {
            if self.bad_constant.is_none() {
                self.bad_constant = Some(type_name_of(v));
            }
            Constant::None
        })
    }

    fn constants(&mut self, items: &[Value]) -> R<Vec<Constant>> {
        items.iter().map(|i| self.constant(i)).collect()
    }

    fn patterns(&mut self, v: &Value, name: &str, owner: &str) -> R<Vec<Pattern>> {
        self.each(v, name, owner, |s, p| {
            s.pattern(p)?
                .ok_or_else(|| error::value_error("None disallowed in pattern list"))
        })
    }

    /// One `pattern` node, one level of native recursion deeper.
    fn pattern(&mut self, v: &Value) -> R<Option<Pattern>> {
        if v.is_none() {
            return Ok(None);
        }
        if self.vm.enter_native("").is_err() {
            return Err(error::recursion_error(
                "maximum recursion depth exceeded while traversing 'pattern' node",
            ));
        }
        let r = self.pattern_node(v);
        self.vm.leave_native();
        r.map(Some)
    }

    fn pattern_node(&mut self, v: &Value) -> R<Pattern> {
        let loc = self.loc(v, "pattern")?;
        let n = self.kind_of(v, "pattern")?;
        let o = DEFS[n as usize].name;
        use PatternKind as P;
        let kind = match n {
            N::MatchValue => P::MatchValue {
                value: self.req_expr(v, "value", o)?,
            },
            N::MatchSingleton => {
                let c = self.req(v, "value", o)?;
                P::MatchSingleton {
                    value: self.constant(&c)?,
                }
            }
            N::MatchSequence => P::MatchSequence {
                patterns: self.patterns(v, "patterns", o)?,
            },
            N::MatchMapping => P::MatchMapping {
                keys: self.exprs(v, "keys", o)?,
                patterns: self.patterns(v, "patterns", o)?,
                rest: self.opt_ident(v, "rest")?,
            },
            N::MatchClass => P::MatchClass {
                cls: self.req_expr(v, "cls", o)?,
                patterns: self.patterns(v, "patterns", o)?,
                kwd_attrs: self.idents(v, "kwd_attrs", o)?,
                kwd_patterns: self.patterns(v, "kwd_patterns", o)?,
            },
            N::MatchStar => P::MatchStar {
                name: self.opt_ident(v, "name")?,
            },
            N::MatchAs => {
                let pattern = match self.opt(v, "pattern")? {
                    Some(p) => self.pattern(&p)?.map(Box::new),
                    None => None,
                };
                P::MatchAs {
                    pattern,
                    name: self.opt_ident(v, "name")?,
                }
            }
            _ => P::MatchOr {
                patterns: self.patterns(v, "patterns", o)?,
            },
        };
        Ok(Pattern { loc, kind })
    }
}

/// A str's text (lone surrogates replaced: identifiers and comments cannot hold them).
fn text(v: &Value) -> String {
    match pystr::as_str_obj(v) {
        Some(s) if s.has_surrogates() => s
            .code_points()
            .map(|c| char::from_u32(c).unwrap_or('\u{fffd}'))
            .collect(),
        Some(s) => s.as_str().to_string(),
        None => String::new(),
    }
}

/// 3.11's `VALIDATE_POSITIONS`.
fn check_positions(lineno: i64, col: i64, end_lineno: i64, end_col: i64) -> R<()> {
    if lineno > end_lineno {
        return Err(error::value_error(format!(
            "AST node line range ({lineno}, {end_lineno}) is not valid"
        )));
    }
    if (lineno < 0 && end_lineno != lineno) || (col < 0 && col != end_col) {
        return Err(error::value_error(format!(
            "AST node column range ({col}, {end_col}) for line range ({lineno}, {end_lineno}) is not valid"
        )));
    }
    if lineno == end_lineno && col > end_col {
        return Err(error::value_error(format!(
            "line {lineno}, column {col}-{end_col} is not a valid range"
        )));
    }
    Ok(())
}
