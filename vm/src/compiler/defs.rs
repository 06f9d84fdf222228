//! Code units nested in others: functions, lambdas, classes and comprehensions (3.11 comprehensions are
//! functions called at once with the outermost iterator), with their defaults, annotations and decorators.

use weft_parser::ast::{Arg, Arguments, Comprehension, Expr, ExprKind, Stmt, StmtKind};

use super::bytecode::{AwaitableWhere, Const, Instr};
use super::codegen::{Compiler, Ctx, R};
use super::ir::Op;
use super::stmt::find_ann;
use super::unit::{FBlockKind, ScopeType};

/// `CO_FUTURE_ANNOTATIONS`.
const FUTURE_ANNOTATIONS: u32 = super::bytecode::flags::FUTURE_ANNOTATIONS;

/// Address of a node, the key of its scope in the symbol table.
pub(crate) fn addr<T>(node: &T) -> usize {
    node as *const T as usize
}

/// The docstring of a body: a leading string-constant expression statement (lone surrogates
/// included).
pub(crate) fn docstring(body: &[Stmt]) -> Option<Const> {
    match &body.first()?.kind {
        StmtKind::Expr { value } => match &value.kind {
            ExprKind::Constant { value, .. } => match value {
                weft_parser::ast::Constant::Str(s) => Some(Const::Str(s.clone())),
                weft_parser::ast::Constant::StrSurrogates(s) => {
                    Some(Const::StrSurrogates(s.clone()))
                }
                _ => None,
            },
            _ => None,
        },
        _ => None,
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum CompKind {
    Gen,
    List,
    Set,
    Dict,
}

impl<'a> Compiler<'a> {
    pub fn future_annotations(&self) -> bool {
        self.future & FUTURE_ANNOTATIONS != 0
    }

    /// An annotation's value: the expression, or its source text under `from __future__ import annotations`.
    pub fn annotation_value(&mut self, e: &'a Expr) -> R {
        if self.future_annotations() {
            let text = super::unparse::unparse(e);
            self.load_const(Const::Str(text));
            Ok(())
        } else {
            self.visit_expr(e)
        }
    }

    /// 3.11's `compiler_body`: `SetupAnnotations`, the docstring stored as `__doc__`, then the statements.
    pub fn body(&mut self, stmts: &'a [Stmt]) -> R {
        if self.ur().scope_type == ScopeType::Module {
            if let Some(first) = stmts.first() {
                self.set_loc(&first.loc);
            }
        }
        if find_ann(stmts) {
            self.emit(Instr::SetupAnnotations);
        }
        let mut rest = stmts;
        if self.optimize < 2 {
            if let (Some(doc), Some(first)) = (docstring(stmts), stmts.first()) {
                self.set_loc(&first.loc);
                self.load_const(doc);
                self.unset_loc();
                self.nameop("__doc__", Ctx::Store)?;
                rest = &stmts[1..];
            }
        }
        self.visit_stmts(rest)
    }

    fn check_debug_args(&mut self, args: &'a Arguments) -> R {
        let all = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(args.vararg.as_deref())
            .chain(&args.kwonlyargs);
        for a in all.chain(args.kwarg.as_deref()) {
            if a.arg == "__debug__" {
                self.set_loc(&a.loc);
                return self.error("cannot assign to __debug__");
            }
        }
        Ok(())
    }

    /// Defaults tuple and keyword-only defaults dict; returns the `MakeFunction` flags they need.
    fn default_arguments(&mut self, args: &'a Arguments) -> R<u32> {
        let mut flags = 0;
        if !args.defaults.is_empty() {
            for d in &args.defaults {
                self.visit_expr(d)?;
            }
            self.emit(Instr::BuildTuple(args.defaults.len() as u32));
            flags |= 0x01;
        }
        let mut keys = Vec::new();
        for (arg, default) in args.kwonlyargs.iter().zip(&args.kw_defaults) {
            if let Some(d) = default {
                keys.push(Const::Str(self.mangled(&arg.arg)));
                self.visit_expr(d)?;
            }
        }
        if !keys.is_empty() {
            let n = keys.len() as u32;
            self.load_const(Const::Tuple(keys));
            self.emit(Instr::BuildConstKeyMap(n));
            flags |= 0x02;
        }
        Ok(flags)
    }

    fn arg_annotation(&mut self, name: &str, ann: Option<&'a Expr>, count: &mut u32) -> R {
        let Some(a) = ann else { return Ok(()) };
        let m = self.mangled(name);
        self.load_const(Const::Str(m));
        if self.future_annotations() {
            self.annotation_value(a)?;
        } else if let ExprKind::Starred { value, .. } = &a.kind {
            self.visit_expr(value)?;
            self.emit(Instr::UnpackSequence(1));
        } else {
            self.visit_expr(a)?;
        }
        *count += 2;
        Ok(())
    }

    /// 3.11's annotations tuple: `(name, value, ...)` with `args` before `posonlyargs`, then `return`.
    fn annotations(&mut self, args: &'a Arguments, returns: Option<&'a Expr>) -> R<bool> {
        let mut n = 0;
        let list: Vec<&'a Arg> = args
            .args
            .iter()
            .chain(&args.posonlyargs)
            .chain(args.vararg.as_deref())
            .chain(&args.kwonlyargs)
            .chain(args.kwarg.as_deref())
            .collect();
        for a in list {
            self.arg_annotation(&a.arg, a.annotation.as_deref(), &mut n)?;
        }
        self.arg_annotation("return", returns, &mut n)?;
        if n > 0 {
            self.emit(Instr::BuildTuple(n));
        }
        Ok(n > 0)
    }

    fn decorators(&mut self, decos: &'a [Expr]) -> R {
        decos.iter().try_for_each(|d| self.visit_expr(d))
    }

    fn apply_decorators(&mut self, decos: &'a [Expr]) {
        for d in decos.iter().rev() {
            self.set_loc(&d.loc);
            self.emit(Instr::Call(0));
        }
    }

    pub fn function_def(&mut self, s: &'a Stmt) -> R {
        let (name, args, body, decos, returns, is_async) = match &s.kind {
            StmtKind::FunctionDef {
                name,
                args,
                body,
                decorator_list,
                returns,
                ..
            } => (name, args, body, decorator_list, returns, false),
            StmtKind::AsyncFunctionDef {
                name,
                args,
                body,
                decorator_list,
                returns,
                ..
            } => (name, args, body, decorator_list, returns, true),
            _ => return self.internal("not a function definition"),
        };
        self.check_debug_args(args)?;
        self.decorators(decos)?;
        let firstlineno = decos.first().map_or(s.loc.lineno, |d| d.loc.lineno);
        self.set_loc(&s.loc);
        let mut flags = self.default_arguments(args)?;
        if self.annotations(args, returns.as_deref())? {
            flags |= 0x04;
        }
        let scope_type = if is_async {
            ScopeType::AsyncFunction
        } else {
            ScopeType::Function
        };
        self.enter_scope(name, scope_type, addr(s), firstlineno)?;
        let doc = docstring(body);
        let first = if doc.is_some() { 1 } else { 0 };
        match doc.filter(|_| self.optimize < 2) {
            Some(d) => {
                self.add_const(d);
                self.u().docstring = true;
            }
            None => {
                self.add_const(Const::None);
            }
        }
        self.u().argcount = (args.posonlyargs.len() + args.args.len()) as u32;
        self.u().posonlyargcount = args.posonlyargs.len() as u32;
        self.u().kwonlyargcount = args.kwonlyargs.len() as u32;
        for st in &body[first..] {
            self.visit_stmt(st)?;
        }
        let code = self.exit_scope(true)?;
        self.set_loc(&s.loc);
        self.make_closure(code, flags)?;
        self.apply_decorators(decos);
        self.set_loc(&s.loc);
        self.nameop(name, Ctx::Store)
    }

    pub fn class_def(&mut self, s: &'a Stmt) -> R {
        let StmtKind::ClassDef {
            name,
            bases,
            keywords,
            body,
            decorator_list: decos,
        } = &s.kind
        else {
            return self.internal("not a class definition");
        };
        self.decorators(decos)?;
        let firstlineno = decos.first().map_or(s.loc.lineno, |d| d.loc.lineno);
        self.set_loc(&s.loc);
        self.enter_scope(name, ScopeType::Class, addr(s), firstlineno)?;
        let n = self.raw_name_index("__name__");
        self.emit(Instr::LoadName(n));
        self.nameop("__module__", Ctx::Store)?;
        let q = self.ur().qualname.clone();
        self.load_const(Const::Str(q));
        self.nameop("__qualname__", Ctx::Store)?;
        self.body(body)?;
        self.unset_loc();
        if self.ur().info.needs_class_closure {
            let Some(i) = self.ur().cell_index("__class__") else {
                return self.internal("class needs __class__ but has no cell");
            };
            self.emit(Instr::LoadClosure(i));
            self.emit(Instr::Copy(1));
            self.nameop("__classcell__", Ctx::Store)?;
        } else {
            self.load_const(Const::None);
        }
        self.emit(Instr::ReturnValue);
        let code = self.exit_scope(true)?;
        self.set_loc(&s.loc);
        self.emit(Instr::PushNull);
        self.emit(Instr::LoadBuildClass);
        self.make_closure(code, 0)?;
        self.load_const(Const::Str(name.clone()));
        self.call_helper(2, bases, keywords)?;
        self.apply_decorators(decos);
        self.set_loc(&s.loc);
        self.nameop(name, Ctx::Store)
    }

    pub fn lambda(&mut self, e: &'a Expr, args: &'a Arguments, body: &'a Expr) -> R {
        self.check_debug_args(args)?;
        self.set_loc(&e.loc);
        let flags = self.default_arguments(args)?;
        self.enter_scope("<lambda>", ScopeType::Lambda, addr(e), e.loc.lineno)?;
        self.add_const(Const::None);
        self.u().argcount = (args.posonlyargs.len() + args.args.len()) as u32;
        self.u().posonlyargcount = args.posonlyargs.len() as u32;
        self.u().kwonlyargcount = args.kwonlyargs.len() as u32;
        self.visit_expr(body)?;
        let code = if self.ur().info.generator {
            self.exit_scope(false)?
        } else {
            self.emit(Instr::ReturnValue);
            self.exit_scope(true)?
        };
        self.make_closure(code, flags)
    }

    pub fn comprehension(&mut self, e: &'a Expr) -> R {
        let (kind, name, generators, elt, val) = match &e.kind {
            ExprKind::GeneratorExp { elt, generators } => {
                (CompKind::Gen, "<genexpr>", generators, &**elt, None)
            }
            ExprKind::ListComp { elt, generators } => {
                (CompKind::List, "<listcomp>", generators, &**elt, None)
            }
            ExprKind::SetComp { elt, generators } => {
                (CompKind::Set, "<setcomp>", generators, &**elt, None)
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => (
                CompKind::Dict,
                "<dictcomp>",
                generators,
                &**key,
                Some(&**value),
            ),
            _ => return self.internal("not a comprehension"),
        };
        let Some(outermost) = generators.first() else {
            return self.internal("comprehension without for");
        };
        let outer_type = self.ur().scope_type;
        let top_level_await = self.is_top_level_await();
        self.enter_scope(name, ScopeType::Comprehension, addr(e), e.loc.lineno)?;
        self.set_loc(&e.loc);
        let is_async_gen = self.ur().info.coroutine;
        if is_async_gen
            && kind != CompKind::Gen
            && !matches!(
                outer_type,
                ScopeType::AsyncFunction | ScopeType::Comprehension
            )
            && !top_level_await
        {
            return self.error("asynchronous comprehension outside of an asynchronous function");
        }
        match kind {
            CompKind::List => self.emit(Instr::BuildList(0)),
            CompKind::Set => self.emit(Instr::BuildSet(0)),
            CompKind::Dict => self.emit(Instr::BuildMap(0)),
            CompKind::Gen => {}
        }
        self.comp_generator(generators, 0, 0, elt, val, kind)?;
        if kind != CompKind::Gen {
            self.emit(Instr::ReturnValue);
        }
        let code = self.exit_scope(true)?;
        if top_level_await && is_async_gen {
            self.u().info.coroutine = true;
        }
        self.make_closure(code, 0)?;
        self.visit_expr(&outermost.iter)?;
        self.emit(if outermost.is_async {
            Instr::GetAiter
        } else {
            Instr::GetIter
        });
        self.emit(Instr::Call(0));
        if is_async_gen && kind != CompKind::Gen {
            self.emit(Instr::GetAwaitable(AwaitableWhere::Await));
            self.load_const(Const::None);
            self.yield_from(true);
        }
        Ok(())
    }

    fn comp_generator(
        &mut self,
        gens: &'a [Comprehension],
        index: usize,
        depth: u32,
        elt: &'a Expr,
        val: Option<&'a Expr>,
        kind: CompKind,
    ) -> R {
        self.enter()?;
        if gens[index].is_async {
            self.async_comp_generator(gens, index, depth, elt, val, kind)?;
        } else {
            self.sync_comp_generator(gens, index, depth, elt, val, kind)?;
        }
        self.leave();
        Ok(())
    }

    fn comp_element(
        &mut self,
        depth: u32,
        elt: &'a Expr,
        val: Option<&'a Expr>,
        kind: CompKind,
    ) -> R {
        self.visit_expr(elt)?;
        match kind {
            CompKind::Gen => {
                self.emit_yield();
                self.emit(Instr::PopTop);
            }
            CompKind::List => self.emit(Instr::ListAppend(depth + 1)),
            CompKind::Set => self.emit(Instr::SetAdd(depth + 1)),
            CompKind::Dict => {
                if let Some(v) = val {
                    self.visit_expr(v)?;
                }
                self.emit(Instr::MapAdd(depth + 1));
            }
        }
        Ok(())
    }

    fn sync_comp_generator(
        &mut self,
        gens: &'a [Comprehension],
        index: usize,
        mut depth: u32,
        elt: &'a Expr,
        val: Option<&'a Expr>,
        kind: CompKind,
    ) -> R {
        let mut start = Some(self.new_block());
        let if_cleanup = self.new_block();
        let anchor = self.new_block();
        let gen = &gens[index];
        if index == 0 {
            self.u().argcount = 1;
            self.emit(Instr::LoadFast(0));
        } else {
            let single = match &gen.iter.kind {
                ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } if elts.len() == 1 => {
                    Some(&elts[0]).filter(|x| !matches!(x.kind, ExprKind::Starred { .. }))
                }
                _ => None,
            };
            match single {
                Some(x)
                    if self.constant_of(&gen.iter).is_none()
                        || matches!(gen.iter.kind, ExprKind::List { .. }) =>
                {
                    self.visit_expr(x)?;
                    start = None;
                }
                _ => {
                    self.visit_expr(&gen.iter)?;
                    self.emit(Instr::GetIter);
                }
            }
        }
        if let Some(st) = start {
            depth += 1;
            self.use_next_block(st);
            self.emit(Instr::ForIter(anchor));
            self.next_block();
        }
        self.visit_expr(&gen.target)?;
        for cond in &gen.ifs {
            self.jump_if(cond, if_cleanup, false)?;
            self.next_block();
        }
        if index + 1 < gens.len() {
            self.comp_generator(gens, index + 1, depth, elt, val, kind)?;
        } else {
            self.comp_element(depth, elt, val, kind)?;
        }
        self.use_next_block(if_cleanup);
        if let Some(st) = start {
            self.emit(Instr::Jump(st));
            self.use_next_block(anchor);
        }
        Ok(())
    }

    fn async_comp_generator(
        &mut self,
        gens: &'a [Comprehension],
        index: usize,
        mut depth: u32,
        elt: &'a Expr,
        val: Option<&'a Expr>,
        kind: CompKind,
    ) -> R {
        let start = self.new_block();
        let except = self.new_block();
        let if_cleanup = self.new_block();
        let gen = &gens[index];
        if index == 0 {
            self.u().argcount = 1;
            self.emit(Instr::LoadFast(0));
        } else {
            self.visit_expr(&gen.iter)?;
            self.emit(Instr::GetAiter);
        }
        self.use_next_block(start);
        self.push_fblock(FBlockKind::AsyncComprehensionGenerator, start, 0)?;
        self.emit_op(Op::SetupFinally(except));
        self.emit(Instr::GetAnext);
        self.load_const(Const::None);
        self.yield_from(true);
        self.emit_op(Op::PopBlock);
        self.visit_expr(&gen.target)?;
        for cond in &gen.ifs {
            self.jump_if(cond, if_cleanup, false)?;
            self.next_block();
        }
        depth += 1;
        if index + 1 < gens.len() {
            self.comp_generator(gens, index + 1, depth, elt, val, kind)?;
        } else {
            self.comp_element(depth, elt, val, kind)?;
        }
        self.use_next_block(if_cleanup);
        self.emit(Instr::Jump(start));
        self.pop_fblock();
        self.use_next_block(except);
        self.emit(Instr::EndAsyncFor);
        Ok(())
    }
}
