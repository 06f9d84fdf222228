//! `try`/`except`/`except*`/`finally` and `with`/`async with`: 3.11's exception-table shapes, with the
//! cleanup handlers that restore the previous exception state (`PushExcInfo`/`PopExcept`/`Reraise`).

use weft_parser::ast::{ExceptHandler, Stmt, StmtKind};

use super::bytecode::{AwaitableWhere, Const, Instr};
use super::codegen::{Compiler, Ctx, R};
use super::ir::Op;
use super::stmt::stmt_pos;
use super::unit::{FBlockKind, ScopeType};

impl<'a> Compiler<'a> {
    /// `COPY 3; POP_EXCEPT; RERAISE 1`: the cleanup that restores the outer exception.
    fn pop_except_and_reraise(&mut self) {
        self.emit(Instr::Copy(3));
        self.emit(Instr::PopExcept);
        self.emit(Instr::Reraise(1));
    }

    pub fn try_finally(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
        star: bool,
    ) -> R {
        let body_b = self.new_block();
        let end = self.new_block();
        let exit = self.new_block();
        let cleanup = self.new_block();
        self.emit_op(Op::SetupFinally(end));
        self.use_next_block(body_b);
        self.push_fblock(FBlockKind::FinallyTry(finalbody), body_b, end)?;
        if handlers.is_empty() {
            self.visit_stmts(body)?;
        } else if star {
            self.try_star_except(body, handlers, orelse)?;
        } else {
            self.try_except(body, handlers, orelse)?;
        }
        self.u().cfg.emit(Op::PopBlock, Default::default());
        self.pop_fblock();
        self.visit_stmts(finalbody)?;
        self.emit_noline(Instr::Jump(exit));
        self.use_next_block(end);
        self.unset_loc();
        self.emit_op(Op::SetupCleanup(cleanup));
        self.emit(Instr::PushExcInfo);
        self.push_fblock(FBlockKind::FinallyEnd, end, 0)?;
        self.visit_stmts(finalbody)?;
        self.pop_fblock();
        self.emit(Instr::Reraise(0));
        self.use_next_block(cleanup);
        self.pop_except_and_reraise();
        self.use_next_block(exit);
        Ok(())
    }

    pub fn try_except(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
    ) -> R {
        let body_b = self.new_block();
        let mut except = self.new_block();
        let end = self.new_block();
        let cleanup = self.new_block();
        self.emit_op(Op::SetupFinally(except));
        self.use_next_block(body_b);
        self.push_fblock(FBlockKind::TryExcept, body_b, 0)?;
        self.visit_stmts(body)?;
        self.pop_fblock();
        self.u().cfg.emit(Op::PopBlock, Default::default());
        self.visit_stmts(orelse)?;
        self.emit_noline(Instr::Jump(end));
        self.use_next_block(except);
        self.unset_loc();
        self.emit_op(Op::SetupCleanup(cleanup));
        self.emit(Instr::PushExcInfo);
        self.push_fblock(FBlockKind::ExceptionHandler, 0, 0)?;
        let n = handlers.len();
        for (i, h) in handlers.iter().enumerate() {
            self.set_loc(&h.loc);
            if h.type_.is_none() && i + 1 < n {
                return self.error("default 'except:' must be last");
            }
            except = self.new_block();
            if let Some(t) = &h.type_ {
                self.visit_expr(t)?;
                self.emit(Instr::CheckExcMatch);
                self.emit(Instr::PopJumpIfFalse(except));
            }
            match &h.name {
                Some(name) => {
                    let cleanup_end = self.new_block();
                    let cleanup_body = self.new_block();
                    self.nameop(name, Ctx::Store)?;
                    self.emit_op(Op::SetupCleanup(cleanup_end));
                    self.use_next_block(cleanup_body);
                    self.push_fblock(FBlockKind::HandlerCleanup(Some(name)), cleanup_body, 0)?;
                    self.visit_stmts(&h.body)?;
                    self.pop_fblock();
                    self.unset_loc();
                    self.emit_op(Op::PopBlock);
                    self.emit_op(Op::PopBlock);
                    self.emit(Instr::PopExcept);
                    self.load_const(Const::None);
                    self.nameop(name, Ctx::Store)?;
                    self.nameop(name, Ctx::Del)?;
                    self.emit(Instr::Jump(end));
                    self.use_next_block(cleanup_end);
                    self.unset_loc();
                    self.load_const(Const::None);
                    self.nameop(name, Ctx::Store)?;
                    self.nameop(name, Ctx::Del)?;
                    self.emit(Instr::Reraise(1));
                }
                None => {
                    let cleanup_body = self.new_block();
                    self.emit(Instr::PopTop);
                    self.use_next_block(cleanup_body);
                    self.push_fblock(FBlockKind::HandlerCleanup(None), cleanup_body, 0)?;
                    self.visit_stmts(&h.body)?;
                    self.pop_fblock();
                    self.unset_loc();
                    self.emit_op(Op::PopBlock);
                    self.emit(Instr::PopExcept);
                    self.emit(Instr::Jump(end));
                }
            }
            self.use_next_block(except);
        }
        self.unset_loc();
        self.pop_fblock();
        self.emit(Instr::Reraise(0));
        self.use_next_block(cleanup);
        self.pop_except_and_reraise();
        self.use_next_block(end);
        Ok(())
    }

    pub fn try_star_except(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
    ) -> R {
        let body_b = self.new_block();
        let mut except = self.new_block();
        let orelse_b = self.new_block();
        let end = self.new_block();
        let cleanup = self.new_block();
        let reraise_star = self.new_block();
        self.emit_op(Op::SetupFinally(except));
        self.use_next_block(body_b);
        self.push_fblock(FBlockKind::TryExcept, body_b, 0)?;
        self.visit_stmts(body)?;
        self.pop_fblock();
        self.u().cfg.emit(Op::PopBlock, Default::default());
        self.emit_noline(Instr::Jump(orelse_b));
        self.use_next_block(except);
        self.unset_loc();
        self.emit_op(Op::SetupCleanup(cleanup));
        self.emit(Instr::PushExcInfo);
        self.push_fblock(FBlockKind::ExceptionGroupHandler, 0, 0)?;
        let n = handlers.len();
        for (i, h) in handlers.iter().enumerate() {
            self.set_loc(&h.loc);
            except = self.new_block();
            let except_with_error = self.new_block();
            let no_match = self.new_block();
            if i == 0 {
                self.emit(Instr::Copy(1));
                self.emit(Instr::BuildList(0));
                self.emit(Instr::Swap(2));
            }
            if let Some(t) = &h.type_ {
                self.visit_expr(t)?;
                self.emit(Instr::CheckEgMatch);
                self.emit(Instr::Copy(1));
                self.emit(Instr::PopJumpIfNone(no_match));
            }
            let cleanup_end = self.new_block();
            let cleanup_body = self.new_block();
            match &h.name {
                Some(name) => self.nameop(name, Ctx::Store)?,
                None => self.emit(Instr::PopTop),
            }
            self.emit_op(Op::SetupCleanup(cleanup_end));
            self.use_next_block(cleanup_body);
            self.push_fblock(
                FBlockKind::HandlerCleanup(h.name.as_deref()),
                cleanup_body,
                0,
            )?;
            self.visit_stmts(&h.body)?;
            self.pop_fblock();
            self.unset_loc();
            self.emit_op(Op::PopBlock);
            if let Some(name) = &h.name {
                self.load_const(Const::None);
                self.nameop(name, Ctx::Store)?;
                self.nameop(name, Ctx::Del)?;
            }
            self.emit(Instr::Jump(except));
            self.use_next_block(cleanup_end);
            self.unset_loc();
            if let Some(name) = &h.name {
                self.load_const(Const::None);
                self.nameop(name, Ctx::Store)?;
                self.nameop(name, Ctx::Del)?;
            }
            self.emit(Instr::ListAppend(3));
            self.emit(Instr::PopTop);
            self.emit(Instr::Jump(except_with_error));
            self.use_next_block(except);
            self.emit(Instr::Nop);
            self.emit(Instr::Jump(except_with_error));
            self.use_next_block(no_match);
            self.emit(Instr::PopTop);
            self.use_next_block(except_with_error);
            if i + 1 == n {
                self.emit(Instr::ListAppend(1));
                self.emit(Instr::Jump(reraise_star));
            }
        }
        self.unset_loc();
        self.pop_fblock();
        let reraise = self.new_block();
        self.use_next_block(reraise_star);
        self.emit(Instr::PrepReraiseStar);
        self.emit(Instr::Copy(1));
        self.emit(Instr::PopJumpIfNotNone(reraise));
        self.emit(Instr::PopTop);
        self.emit_op(Op::PopBlock);
        self.emit(Instr::PopExcept);
        self.emit(Instr::Jump(end));
        self.use_next_block(reraise);
        self.emit_op(Op::PopBlock);
        self.emit(Instr::Swap(2));
        self.emit(Instr::PopExcept);
        self.emit(Instr::Reraise(0));
        self.use_next_block(cleanup);
        self.pop_except_and_reraise();
        self.use_next_block(orelse_b);
        self.visit_stmts(orelse)?;
        self.use_next_block(end);
        Ok(())
    }

    /// The tail of a `with` handler: re-raise unless `__exit__` returned true.
    fn with_except_finish(&mut self, cleanup: u32) {
        self.unset_loc();
        let exit = self.new_block();
        self.emit(Instr::PopJumpIfTrue(exit));
        self.emit(Instr::Reraise(2));
        self.use_next_block(cleanup);
        self.pop_except_and_reraise();
        self.use_next_block(exit);
        self.emit(Instr::PopTop);
        self.emit_op(Op::PopBlock);
        self.emit(Instr::PopExcept);
        self.emit(Instr::PopTop);
        self.emit(Instr::PopTop);
    }

    pub fn with_stmt(&mut self, s: &'a Stmt, at: usize) -> R {
        let StmtKind::With { items, body, .. } = &s.kind else {
            return self.internal("not a with");
        };
        self.with_common(s, items, body, at, false)
    }

    pub fn async_with(&mut self, s: &'a Stmt, at: usize) -> R {
        let StmtKind::AsyncWith { items, body, .. } = &s.kind else {
            return self.internal("not an async with");
        };
        if self.is_top_level_await() {
            self.u().info.coroutine = true;
        } else if self.ur().scope_type != ScopeType::AsyncFunction {
            return self.error("'async with' outside async function");
        }
        self.with_common(s, items, body, at, true)
    }

    fn with_common(
        &mut self,
        s: &'a Stmt,
        items: &'a [weft_parser::ast::WithItem],
        body: &'a [Stmt],
        at: usize,
        is_async: bool,
    ) -> R {
        let Some(item) = items.get(at) else {
            return self.internal("with item out of range");
        };
        let block = self.new_block();
        let fin = self.new_block();
        let exit = self.new_block();
        let cleanup = self.new_block();
        self.visit_expr(&item.context_expr)?;
        if is_async {
            self.emit(Instr::BeforeAsyncWith);
            self.emit(Instr::GetAwaitable(AwaitableWhere::AEnter));
            self.load_const(Const::None);
            self.yield_from(true);
        } else {
            self.emit(Instr::BeforeWith);
        }
        self.emit_op(Op::SetupWith(fin));
        self.use_next_block(block);
        let kind = if is_async {
            FBlockKind::AsyncWith(stmt_pos(s))
        } else {
            FBlockKind::With(stmt_pos(s))
        };
        self.push_fblock(kind, block, fin)?;
        match &item.optional_vars {
            Some(v) => self.visit_expr(v)?,
            None => self.emit(Instr::PopTop),
        }
        if at + 1 == items.len() {
            self.visit_stmts(body)?;
        } else {
            self.with_common(s, items, body, at + 1, is_async)?;
        }
        if is_async {
            self.pop_fblock();
            self.emit_op(Op::PopBlock);
        } else {
            self.unset_loc();
            self.emit_op(Op::PopBlock);
            self.pop_fblock();
        }
        self.set_loc(&s.loc);
        self.call_exit_with_nones();
        if is_async {
            self.emit(Instr::GetAwaitable(AwaitableWhere::AExit));
            self.load_const(Const::None);
            self.yield_from(true);
        }
        self.emit(Instr::PopTop);
        self.emit(Instr::Jump(exit));
        self.use_next_block(fin);
        self.emit_op(Op::SetupCleanup(cleanup));
        self.emit(Instr::PushExcInfo);
        self.emit(Instr::WithExceptStart);
        if is_async {
            self.emit(Instr::GetAwaitable(AwaitableWhere::AExit));
            self.load_const(Const::None);
            self.yield_from(true);
        }
        self.with_except_finish(cleanup);
        self.use_next_block(exit);
        Ok(())
    }
}
