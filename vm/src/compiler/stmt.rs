//! Statements (3.11's `compiler_visit_stmt` and friends): assignments, control flow and the unwinding of
//! frame blocks by `break`, `continue` and `return`.

use weft_parser::ast::{Expr, ExprKind, Stmt, StmtKind};

use super::bytecode::{BinOp, Const, Instr};
use super::codegen::{pos, Compiler, Ctx, R};
use super::exprs::binop;
use super::ir::Op;
use super::unit::{FBlock, FBlockKind, ScopeType};

impl<'a> Compiler<'a> {
    pub fn visit_stmts(&mut self, body: &'a [Stmt]) -> R {
        body.iter().try_for_each(|s| self.visit_stmt(s))
    }

    pub fn visit_stmt(&mut self, s: &'a Stmt) -> R {
        self.enter()?;
        self.set_loc(&s.loc);
        self.stmt_inner(s)?;
        self.leave();
        Ok(())
    }

    fn stmt_inner(&mut self, s: &'a Stmt) -> R {
        match &s.kind {
            StmtKind::FunctionDef { .. } | StmtKind::AsyncFunctionDef { .. } => {
                self.function_def(s)
            }
            StmtKind::ClassDef { .. } => self.class_def(s),
            StmtKind::Return { value } => self.return_stmt(s, value.as_deref()),
            StmtKind::Delete { targets } => targets.iter().try_for_each(|t| self.visit_expr(t)),
            StmtKind::Assign { targets, value, .. } => {
                self.visit_expr(value)?;
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.emit(Instr::Copy(1));
                    }
                    self.visit_expr(t)?;
                }
                Ok(())
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(s, target, *op, value),
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => self.ann_assign(target, annotation, value.as_deref(), *simple),
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            } => self.for_stmt(target, iter, body, orelse),
            StmtKind::AsyncFor {
                target,
                iter,
                body,
                orelse,
                ..
            } => self.async_for(target, iter, body, orelse),
            StmtKind::While { test, body, orelse } => self.while_stmt(s, test, body, orelse),
            StmtKind::If { test, body, orelse } => {
                let end = self.new_block();
                let next = if orelse.is_empty() {
                    end
                } else {
                    self.new_block()
                };
                self.jump_if(test, next, false)?;
                self.visit_stmts(body)?;
                if !orelse.is_empty() {
                    self.emit_noline(Instr::Jump(end));
                    self.use_next_block(next);
                    self.visit_stmts(orelse)?;
                }
                self.use_next_block(end);
                Ok(())
            }
            StmtKind::With { .. } => self.with_stmt(s, 0),
            StmtKind::AsyncWith { .. } => self.async_with(s, 0),
            StmtKind::Match { subject, cases } => self.match_stmt(subject, cases),
            StmtKind::Raise { exc, cause } => {
                let mut n = 0;
                if let Some(e) = exc {
                    self.visit_expr(e)?;
                    n += 1;
                    if let Some(c) = cause {
                        self.visit_expr(c)?;
                        n += 1;
                    }
                }
                self.emit(Instr::Raise(n));
                Ok(())
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                if finalbody.is_empty() {
                    self.try_except(body, handlers, orelse)
                } else {
                    self.try_finally(body, handlers, orelse, finalbody, false)
                }
            }
            StmtKind::TryStar {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                if finalbody.is_empty() {
                    self.try_star_except(body, handlers, orelse)
                } else {
                    self.try_finally(body, handlers, orelse, finalbody, true)
                }
            }
            StmtKind::Assert { test, msg } => self.assert_stmt(test, msg.as_deref()),
            StmtKind::Import { names } => self.import(names),
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => self.import_from(s, module.as_deref(), names, *level),
            StmtKind::Global { .. } | StmtKind::Nonlocal { .. } => Ok(()),
            StmtKind::Expr { value } => self.expr_stmt(value),
            StmtKind::Pass => {
                self.emit(Instr::Nop);
                Ok(())
            }
            StmtKind::Break => self.break_stmt(),
            StmtKind::Continue => self.continue_stmt(),
        }
    }

    fn expr_stmt(&mut self, value: &'a Expr) -> R {
        if self.interactive && self.units.len() <= 1 {
            self.visit_expr(value)?;
            self.emit(Instr::PrintExpr);
            return Ok(());
        }
        if matches!(value.kind, ExprKind::Constant { .. }) {
            self.emit(Instr::Nop);
            return Ok(());
        }
        self.visit_expr(value)?;
        self.unset_loc();
        self.emit(Instr::PopTop);
        Ok(())
    }

    fn aug_assign(
        &mut self,
        s: &'a Stmt,
        target: &'a Expr,
        op: weft_parser::ast::Operator,
        value: &'a Expr,
    ) -> R {
        self.set_loc(&target.loc);
        match &target.kind {
            ExprKind::Attribute {
                value: obj, attr, ..
            } => {
                self.visit_expr(obj)?;
                self.emit(Instr::Copy(1));
                self.attr_loc(target);
                let n = self.name_index(attr);
                self.emit(Instr::LoadAttr(n));
            }
            ExprKind::Subscript {
                value: obj, slice, ..
            } => {
                self.visit_expr(obj)?;
                self.visit_expr(slice)?;
                self.emit(Instr::Copy(2));
                self.emit(Instr::Copy(2));
                self.emit(Instr::BinarySubscr);
            }
            ExprKind::Name { id, .. } => self.nameop(id, Ctx::Load)?,
            k => {
                return self.internal(format!(
                    "invalid node type ({}) for augmented assignment",
                    kind_code(k)
                ))
            }
        }
        self.set_loc(&s.loc);
        self.visit_expr(value)?;
        self.emit(Instr::BinaryOp(inplace(binop(op))));
        self.set_loc(&target.loc);
        match &target.kind {
            ExprKind::Attribute { attr, .. } => {
                self.attr_loc(target);
                self.emit(Instr::Swap(2));
                let n = self.name_index(attr);
                self.emit(Instr::StoreAttr(n));
            }
            ExprKind::Subscript { .. } => {
                self.emit(Instr::Swap(3));
                self.emit(Instr::Swap(2));
                self.emit(Instr::StoreSubscr);
            }
            ExprKind::Name { id, .. } => self.nameop(id, Ctx::Store)?,
            _ => {}
        }
        Ok(())
    }

    fn ann_assign(
        &mut self,
        target: &'a Expr,
        annotation: &'a Expr,
        value: Option<&'a Expr>,
        simple: bool,
    ) -> R {
        if let Some(v) = value {
            self.visit_expr(v)?;
            self.visit_expr(target)?;
        }
        let class_or_module = matches!(self.ur().scope_type, ScopeType::Module | ScopeType::Class);
        match &target.kind {
            ExprKind::Name { id, .. } => {
                if id == "__debug__" {
                    return self.error("cannot assign to __debug__");
                }
                if simple && class_or_module {
                    self.annotation_value(annotation)?;
                    let n = self.raw_name_index("__annotations__");
                    self.emit(Instr::LoadName(n));
                    let m = self.mangled(id);
                    self.load_const(Const::Str(m));
                    self.emit(Instr::StoreSubscr);
                }
            }
            ExprKind::Attribute {
                value: obj, attr, ..
            } => {
                if attr == "__debug__" {
                    return self.error("cannot assign to __debug__");
                }
                if value.is_none() {
                    self.check_ann_expr(obj)?;
                }
            }
            ExprKind::Subscript {
                value: obj, slice, ..
            } => {
                if value.is_none() {
                    self.check_ann_expr(obj)?;
                    self.check_ann_subscr(slice)?;
                }
            }
            k => {
                return self.internal(format!(
                    "invalid node type ({}) for annotated assignment",
                    kind_code(k)
                ))
            }
        }
        if !simple && !self.future_annotations() && class_or_module {
            self.check_ann_expr(annotation)?;
        }
        Ok(())
    }

    fn check_ann_expr(&mut self, e: &'a Expr) -> R {
        self.visit_expr(e)?;
        self.emit(Instr::PopTop);
        Ok(())
    }

    fn check_ann_subscr(&mut self, e: &'a Expr) -> R {
        match &e.kind {
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper, step].into_iter().flatten() {
                    self.check_ann_expr(part)?;
                }
                Ok(())
            }
            ExprKind::Tuple { elts, .. } => elts.iter().try_for_each(|x| self.check_ann_subscr(x)),
            _ => self.check_ann_expr(e),
        }
    }

    fn return_stmt(&mut self, s: &'a Stmt, value: Option<&'a Expr>) -> R {
        let is_const = |e: &Expr| matches!(e.kind, ExprKind::Constant { .. });
        let preserve_tos = value.is_some_and(|v| !is_const(v));
        if self.ur().info.kind != super::scopes::BlockKind::Function {
            return self.error("'return' outside function");
        }
        if value.is_some() && self.ur().info.coroutine && self.ur().info.generator {
            return self.error("'return' with value in async generator");
        }
        if let Some(v) = value {
            if preserve_tos {
                self.visit_expr(v)?;
            } else {
                self.set_loc(&v.loc);
                self.emit(Instr::Nop);
            }
        }
        if value.is_none_or(|v| v.loc.lineno != s.loc.lineno) {
            self.set_loc(&s.loc);
            self.emit(Instr::Nop);
        }
        self.unwind_fblock_stack(preserve_tos, false)?;
        match value {
            None => self.load_const(Const::None),
            Some(v) if !preserve_tos => {
                let c = self.constant_of(v).unwrap_or(Const::None);
                self.load_const(c);
            }
            _ => {}
        }
        self.emit(Instr::ReturnValue);
        Ok(())
    }

    fn break_stmt(&mut self) -> R {
        // Unwinding a `with` leaves no position; the error is located at the statement.
        let at = self.ur().loc;
        self.emit(Instr::Nop);
        let Some(lp) = self.unwind_fblock_stack(false, true)? else {
            self.u().loc = at;
            return self.error("'break' outside loop");
        };
        self.unwind_fblock(lp, false)?;
        self.emit(Instr::Jump(lp.exit));
        Ok(())
    }

    fn continue_stmt(&mut self) -> R {
        // Unwinding a `with` leaves no position; the error is located at the statement.
        let at = self.ur().loc;
        self.emit(Instr::Nop);
        let Some(lp) = self.unwind_fblock_stack(false, true)? else {
            self.u().loc = at;
            return self.error("'continue' not properly in loop");
        };
        self.emit(Instr::Jump(lp.block));
        Ok(())
    }

    /// Emits the code that leaves one frame block early (3.11's `compiler_unwind_fblock`).
    pub fn unwind_fblock(&mut self, fb: FBlock<'a>, preserve_tos: bool) -> R {
        match fb.kind {
            FBlockKind::WhileLoop
            | FBlockKind::ExceptionHandler
            | FBlockKind::ExceptionGroupHandler
            | FBlockKind::AsyncComprehensionGenerator => {}
            FBlockKind::ForLoop => {
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                }
                self.emit(Instr::PopTop);
            }
            FBlockKind::TryExcept => self.emit_op(Op::PopBlock),
            FBlockKind::FinallyTry(body) => {
                self.emit_op(Op::PopBlock);
                if preserve_tos {
                    self.push_fblock(FBlockKind::PopValue, 0, 0)?;
                }
                self.visit_stmts(body)?;
                if preserve_tos {
                    self.pop_fblock();
                }
                self.unset_loc();
            }
            FBlockKind::FinallyEnd => {
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                }
                self.emit(Instr::PopTop);
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                }
                self.emit_op(Op::PopBlock);
                self.emit(Instr::PopExcept);
            }
            FBlockKind::With(loc) | FBlockKind::AsyncWith(loc) => {
                self.u().loc = loc;
                self.emit_op(Op::PopBlock);
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                }
                self.call_exit_with_nones();
                if matches!(fb.kind, FBlockKind::AsyncWith(_)) {
                    self.emit(Instr::GetAwaitable(super::bytecode::AwaitableWhere::AExit));
                    self.load_const(Const::None);
                    self.yield_from(true);
                }
                self.emit(Instr::PopTop);
                self.unset_loc();
            }
            FBlockKind::HandlerCleanup(name) => {
                if name.is_some() {
                    self.emit_op(Op::PopBlock);
                }
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                }
                self.emit_op(Op::PopBlock);
                self.emit(Instr::PopExcept);
                if let Some(n) = name {
                    self.load_const(Const::None);
                    self.nameop(n, Ctx::Store)?;
                    self.nameop(n, Ctx::Del)?;
                }
            }
            FBlockKind::PopValue => {
                if preserve_tos {
                    self.emit(Instr::Swap(2));
                }
                self.emit(Instr::PopTop);
            }
        }
        Ok(())
    }

    /// Unwinds every frame block, or up to the innermost loop when `to_loop` (returned, still pushed).
    pub fn unwind_fblock_stack(
        &mut self,
        preserve_tos: bool,
        to_loop: bool,
    ) -> R<Option<FBlock<'a>>> {
        let Some(&top) = self.ur().fblocks.last() else {
            return Ok(None);
        };
        if matches!(top.kind, FBlockKind::ExceptionGroupHandler) {
            return self
                .error("'break', 'continue' and 'return' cannot appear in an except* block");
        }
        if to_loop && matches!(top.kind, FBlockKind::WhileLoop | FBlockKind::ForLoop) {
            return Ok(Some(top));
        }
        self.u().fblocks.pop();
        self.unwind_fblock(top, preserve_tos)?;
        let found = self.unwind_fblock_stack(preserve_tos, to_loop)?;
        self.u().fblocks.push(top);
        Ok(found)
    }

    pub fn call_exit_with_nones(&mut self) {
        for _ in 0..3 {
            self.load_const(Const::None);
        }
        self.emit(Instr::Call(2));
    }

    fn while_stmt(
        &mut self,
        s: &'a Stmt,
        test: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> R {
        let lp = self.new_block();
        let body_b = self.new_block();
        let anchor = self.new_block();
        let end = self.new_block();
        self.use_next_block(lp);
        self.push_fblock(FBlockKind::WhileLoop, lp, end)?;
        self.jump_if(test, anchor, false)?;
        self.use_next_block(body_b);
        self.visit_stmts(body)?;
        self.set_loc(&s.loc);
        self.jump_if(test, body_b, true)?;
        self.pop_fblock();
        self.use_next_block(anchor);
        self.visit_stmts(orelse)?;
        self.use_next_block(end);
        Ok(())
    }

    fn for_stmt(
        &mut self,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> R {
        let start = self.new_block();
        let body_b = self.new_block();
        let cleanup = self.new_block();
        let end = self.new_block();
        self.push_fblock(FBlockKind::ForLoop, start, end)?;
        self.visit_expr(iter)?;
        self.emit(Instr::GetIter);
        self.use_next_block(start);
        self.emit(Instr::ForIter(cleanup));
        self.use_next_block(body_b);
        self.visit_expr(target)?;
        self.visit_stmts(body)?;
        self.unset_loc();
        self.emit(Instr::Jump(start));
        self.use_next_block(cleanup);
        self.pop_fblock();
        self.visit_stmts(orelse)?;
        self.use_next_block(end);
        Ok(())
    }

    fn async_for(
        &mut self,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> R {
        if self.is_top_level_await() {
            self.u().info.coroutine = true;
        } else if self.ur().scope_type != ScopeType::AsyncFunction {
            return self.error("'async for' outside async function");
        }
        let start = self.new_block();
        let except = self.new_block();
        let end = self.new_block();
        self.visit_expr(iter)?;
        self.emit(Instr::GetAiter);
        self.use_next_block(start);
        self.push_fblock(FBlockKind::ForLoop, start, end)?;
        self.emit_op(Op::SetupFinally(except));
        self.emit(Instr::GetAnext);
        self.load_const(Const::None);
        self.yield_from(true);
        self.emit_op(Op::PopBlock);
        self.visit_expr(target)?;
        self.visit_stmts(body)?;
        self.unset_loc();
        self.emit(Instr::Jump(start));
        self.pop_fblock();
        self.use_next_block(except);
        self.set_loc(&iter.loc);
        self.emit(Instr::EndAsyncFor);
        self.visit_stmts(orelse)?;
        self.use_next_block(end);
        Ok(())
    }

    /// 3.11's `compiler_add_yield_from`: the `Send`/`YieldValue` loop of `await` and `yield from`.
    pub fn yield_from(&mut self, _is_await: bool) {
        let start = self.new_block();
        let resume = self.new_block();
        let exit = self.new_block();
        self.use_next_block(start);
        self.emit(Instr::Send(exit));
        self.use_next_block(resume);
        self.emit(Instr::YieldValue);
        self.emit(Instr::JumpNoInterrupt(start));
        self.use_next_block(exit);
    }

    fn assert_stmt(&mut self, test: &'a Expr, msg: Option<&'a Expr>) -> R {
        let always_true = match &test.kind {
            ExprKind::Tuple { elts, .. } => !elts.is_empty(),
            ExprKind::Constant {
                value: weft_parser::ast::Constant::Tuple(t),
                ..
            } => !t.is_empty(),
            _ => false,
        };
        if always_true {
            self.warn("assertion is always true, perhaps remove parentheses?");
        }
        if self.optimize > 0 {
            return Ok(());
        }
        let end = self.new_block();
        self.jump_if(test, end, true)?;
        self.emit(Instr::LoadAssertionError);
        if let Some(m) = msg {
            self.visit_expr(m)?;
            self.emit(Instr::Call(0));
        }
        self.emit(Instr::Raise(1));
        self.use_next_block(end);
        Ok(())
    }

    fn import(&mut self, names: &'a [weft_parser::ast::Alias]) -> R {
        for alias in names {
            self.load_const(Const::Int(0.into()));
            self.load_const(Const::None);
            let n = self.name_index(&alias.name);
            self.emit(Instr::ImportName(n));
            match &alias.asname {
                Some(asname) => {
                    let mut parts = alias.name.split('.');
                    parts.next();
                    let rest: Vec<&str> = parts.collect();
                    if rest.is_empty() {
                        self.nameop(asname, Ctx::Store)?;
                    } else {
                        for (k, attr) in rest.iter().enumerate() {
                            let n = self.raw_name_index(attr);
                            self.emit(Instr::ImportFrom(n));
                            if k + 1 < rest.len() {
                                self.emit(Instr::Swap(2));
                                self.emit(Instr::PopTop);
                            }
                        }
                        self.nameop(asname, Ctx::Store)?;
                        self.emit(Instr::PopTop);
                    }
                }
                None => {
                    let first = alias.name.split('.').next().unwrap_or_default();
                    self.nameop(first, Ctx::Store)?;
                }
            }
        }
        Ok(())
    }

    fn import_from(
        &mut self,
        s: &'a Stmt,
        module: Option<&'a str>,
        names: &'a [weft_parser::ast::Alias],
        level: u32,
    ) -> R {
        self.load_const(Const::Int(level.into()));
        let tuple = names.iter().map(|a| Const::Str(a.name.clone())).collect();
        if module == Some("__future__") && s.loc.lineno > self.future_lineno {
            return self.error("from __future__ imports must occur at the beginning of the file");
        }
        self.load_const(Const::Tuple(tuple));
        let n = self.name_index(module.unwrap_or(""));
        self.emit(Instr::ImportName(n));
        for (i, alias) in names.iter().enumerate() {
            if i == 0 && alias.name.starts_with('*') {
                self.emit(Instr::ImportStar);
                return Ok(());
            }
            let n = self.name_index(&alias.name);
            self.emit(Instr::ImportFrom(n));
            self.nameop(alias.asname.as_deref().unwrap_or(&alias.name), Ctx::Store)?;
        }
        self.emit(Instr::PopTop);
        Ok(())
    }
}

/// The in-place form of a binary operator.
fn inplace(op: BinOp) -> BinOp {
    use BinOp::*;
    match op {
        Add => InplaceAdd,
        And => InplaceAnd,
        FloorDivide => InplaceFloorDivide,
        Lshift => InplaceLshift,
        MatrixMultiply => InplaceMatrixMultiply,
        Multiply => InplaceMultiply,
        Remainder => InplaceRemainder,
        Or => InplaceOr,
        Power => InplacePower,
        Rshift => InplaceRshift,
        Subtract => InplaceSubtract,
        TrueDivide => InplaceTrueDivide,
        Xor => InplaceXor,
        other => other,
    }
}

/// Whether a body holds an annotated assignment the way 3.11's `find_ann` looks (not inside `match`).
pub(crate) fn find_ann(body: &[Stmt]) -> bool {
    body.iter().any(|s| match &s.kind {
        StmtKind::AnnAssign { .. } => true,
        StmtKind::For { body, orelse, .. }
        | StmtKind::AsyncFor { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::If { body, orelse, .. } => find_ann(body) || find_ann(orelse),
        StmtKind::With { body, .. } | StmtKind::AsyncWith { body, .. } => find_ann(body),
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
            handlers.iter().any(|h| find_ann(&h.body))
                || find_ann(body)
                || find_ann(finalbody)
                || find_ann(orelse)
        }
        _ => false,
    })
}

/// The position of a statement, for frame blocks that replay code at it.
pub(crate) fn stmt_pos(s: &Stmt) -> super::bytecode::Position {
    pos(&s.loc)
}

/// CPython's number for an expression kind (`expr_kind` in `Python-ast.h`), which the compiler's
/// errors about a hand-built tree name.
fn kind_code(k: &ExprKind) -> u8 {
    use ExprKind as E;
    match k {
        E::BoolOp { .. } => 1,
        E::NamedExpr { .. } => 2,
        E::BinOp { .. } => 3,
        E::UnaryOp { .. } => 4,
        E::Lambda { .. } => 5,
        E::IfExp { .. } => 6,
        E::Dict { .. } => 7,
        E::Set { .. } => 8,
        E::ListComp { .. } => 9,
        E::SetComp { .. } => 10,
        E::DictComp { .. } => 11,
        E::GeneratorExp { .. } => 12,
        E::Await { .. } => 13,
        E::Yield { .. } => 14,
        E::YieldFrom { .. } => 15,
        E::Compare { .. } => 16,
        E::Call { .. } => 17,
        E::FormattedValue { .. } => 18,
        E::JoinedStr { .. } => 19,
        E::Constant { .. } => 20,
        E::Attribute { .. } => 21,
        E::Subscript { .. } => 22,
        E::Starred { .. } => 23,
        E::Name { .. } => 24,
        E::List { .. } => 25,
        E::Tuple { .. } => 26,
        E::Slice { .. } => 27,
    }
}
