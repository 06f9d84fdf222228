//! Modules, statements and the nodes only statements hold (parameters, `with` items, `match`
//! cases, handlers, imported names).
use super::{required, FromPy, R};
use crate::ast::nodes::DEFS;
use crate::ast::N;
use weft_parser::ast::*;
use weft_vm::heap::Value;
use weft_vm::interp::error;

impl FromPy<'_> {
    pub(super) fn module(&mut self, v: &Value) -> R<Mod> {
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

    pub(super) fn type_ignore(&mut self, v: &Value) -> R<TypeIgnore> {
        self.kind_of(v, "type_ignore")?;
        let lineno = self.req_int(v, "lineno", "TypeIgnore")?;
        let tag = self.req(v, "tag", "TypeIgnore")?;
        Ok(TypeIgnore {
            lineno: u32::try_from(lineno).unwrap_or(0),
            tag: self.string(&tag)?,
        })
    }

    /// One `stmt` node, one level of native recursion deeper.
    pub(super) fn stmt(&mut self, v: &Value) -> R<Option<Stmt>> {
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

    pub(super) fn stmt_node(&mut self, v: &Value) -> R<Stmt> {
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

    pub(super) fn keyword(&mut self, v: &Value) -> R<Keyword> {
        let arg = self.opt_ident(v, "arg")?;
        let value = *self.req_expr(v, "value", "keyword")?;
        let loc = self.loc(v, "keyword")?;
        Ok(Keyword { loc, arg, value })
    }

    pub(super) fn alias(&mut self, v: &Value) -> R<Alias> {
        let name = self.req_ident(v, "name", "alias")?;
        let asname = self.opt_ident(v, "asname")?;
        let loc = self.loc(v, "alias")?;
        Ok(Alias { loc, name, asname })
    }

    pub(super) fn arg(&mut self, v: &Value) -> R<Arg> {
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

    pub(super) fn opt_arg(&mut self, v: &Value, name: &str) -> R<Option<Box<Arg>>> {
        match self.opt(v, name)? {
            Some(a) => Ok(Some(Box::new(self.arg(&a)?))),
            None => Ok(None),
        }
    }

    pub(super) fn req_arguments(&mut self, v: &Value, name: &str, owner: &str) -> R<Arguments> {
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

    pub(super) fn withitem(&mut self, v: &Value) -> R<WithItem> {
        Ok(WithItem {
            context_expr: *self.req_expr(v, "context_expr", "withitem")?,
            optional_vars: self.opt_expr(v, "optional_vars")?,
        })
    }

    pub(super) fn match_case(&mut self, v: &Value) -> R<MatchCase> {
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

    pub(super) fn handler(&mut self, v: &Value) -> R<ExceptHandler> {
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
}
