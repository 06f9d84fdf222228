//! Python nodes back to the compiler's tree (`compile(tree, ...)`), field by field in `_fields`
//! order with CPython's `obj2ast` errors: a missing field is a `TypeError` naming it, a node of the
//! wrong kind "expected some sort of expr", a None where a node is required a `ValueError`. The
//! checks that need the whole tree are `validate`'s.
mod expr;
mod stmt;

use super::nodes::{ALL, DEFS};
use super::{classes, Classes, N};
use weft_parser::ast::*;
use weft_parser::Mode;
use weft_vm::heap::Value;
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::ops::{a_type, type_name_of};
use weft_vm::interp::{attr, protocols, Vm};
use weft_vm::objects::{int, list, str as pystr, types};

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
