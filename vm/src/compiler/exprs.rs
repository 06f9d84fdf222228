//! Expressions (3.11's `compiler_visit_expr1`): operators, containers with star-unpacking, comparisons,
//! conditional jumps, f-strings, subscripts and attribute access.

use weft_parser::ast::{self, BoolOp, CmpOp, Expr, ExprContext, ExprKind, Operator};

use super::bytecode::{AwaitableWhere, BinOp, CmpOp as BCmp, Const, Instr, UnaryOp as BUn};
use super::codegen::{Compiler, R};
use super::fold;
use super::scopes::BlockKind;
use super::unit::ScopeType;

/// An instruction constructor taking its argument (`Instr::BuildList`, `Instr::SetAdd`, ...).
type OpOf = fn(u32) -> Instr;

/// 3.11's `STACK_USE_GUIDELINE`: beyond this many items, build containers incrementally.
pub(crate) const STACK_USE_GUIDELINE: usize = 30;

pub(crate) fn binop(op: Operator) -> BinOp {
    match op {
        Operator::Add => BinOp::Add,
        Operator::Sub => BinOp::Subtract,
        Operator::Mult => BinOp::Multiply,
        Operator::MatMult => BinOp::MatrixMultiply,
        Operator::Div => BinOp::TrueDivide,
        Operator::Mod => BinOp::Remainder,
        Operator::Pow => BinOp::Power,
        Operator::LShift => BinOp::Lshift,
        Operator::RShift => BinOp::Rshift,
        Operator::BitOr => BinOp::Or,
        Operator::BitXor => BinOp::Xor,
        Operator::BitAnd => BinOp::And,
        Operator::FloorDiv => BinOp::FloorDivide,
    }
}

/// Which list/set/tuple a star-unpacking display builds.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Seq {
    List,
    Tuple,
    Set,
}

impl<'a> Compiler<'a> {
    pub fn visit_expr(&mut self, e: &'a Expr) -> R {
        self.enter()?;
        let saved = self.ur().loc;
        self.set_loc(&e.loc);
        self.expr_inner(e)?;
        self.u().loc = saved;
        self.leave();
        Ok(())
    }

    /// The constant value of a node after 3.11's AST optimisation, if it has one.
    pub fn constant_of(&self, e: &Expr) -> Option<Const> {
        if let ExprKind::Name {
            id,
            ctx: ExprContext::Load,
        } = &e.kind
        {
            if id == "__debug__" {
                return Some(Const::Bool(self.optimize == 0));
            }
        }
        fold::constant(e)
    }

    fn expr_inner(&mut self, e: &'a Expr) -> R {
        if let Some(c) = self.constant_of(e) {
            self.load_const(c);
            return Ok(());
        }
        match &e.kind {
            ExprKind::NamedExpr { target, value } => {
                self.visit_expr(value)?;
                self.emit(Instr::Copy(1));
                self.visit_expr(target)
            }
            ExprKind::BoolOp { op, values } => {
                let end = self.new_block();
                let n = values.len().saturating_sub(1);
                for v in &values[..n] {
                    self.visit_expr(v)?;
                    self.emit(match op {
                        BoolOp::And => Instr::JumpIfFalseOrPop(end),
                        BoolOp::Or => Instr::JumpIfTrueOrPop(end),
                    });
                    self.next_block();
                }
                if let Some(last) = values.last() {
                    self.visit_expr(last)?;
                }
                self.use_next_block(end);
                Ok(())
            }
            ExprKind::BinOp { left, op, right } => {
                if *op == Operator::Mod && self.percent_format(e, left, right)? {
                    return Ok(());
                }
                self.visit_expr(left)?;
                self.visit_expr(right)?;
                self.emit(Instr::BinaryOp(binop(*op)));
                Ok(())
            }
            ExprKind::UnaryOp { op, operand } => {
                if *op == ast::UnaryOp::Not {
                    if let Some((l, cop, r)) = negated_compare(operand) {
                        self.visit_expr(l)?;
                        self.visit_expr(r)?;
                        self.compare_op(cop);
                        return Ok(());
                    }
                }
                self.visit_expr(operand)?;
                self.emit(Instr::UnaryOp(match op {
                    ast::UnaryOp::Invert => BUn::Invert,
                    ast::UnaryOp::Not => BUn::Not,
                    ast::UnaryOp::UAdd => BUn::Positive,
                    ast::UnaryOp::USub => BUn::Negative,
                }));
                Ok(())
            }
            ExprKind::Lambda { args, body } => self.lambda(e, args, body),
            ExprKind::IfExp { test, body, orelse } => {
                let end = self.new_block();
                let next = self.new_block();
                self.jump_if(test, next, false)?;
                self.visit_expr(body)?;
                self.emit_noline(Instr::Jump(end));
                self.use_next_block(next);
                self.visit_expr(orelse)?;
                self.use_next_block(end);
                Ok(())
            }
            ExprKind::Dict { keys, values } => self.dict(keys, values),
            ExprKind::Set { elts } => self.starunpack(elts, 0, Seq::Set),
            ExprKind::ListComp { .. }
            | ExprKind::SetComp { .. }
            | ExprKind::DictComp { .. }
            | ExprKind::GeneratorExp { .. } => self.comprehension(e),
            ExprKind::Yield { value } => {
                if self.ur().info.kind != BlockKind::Function {
                    return self.error("'yield' outside function");
                }
                match value {
                    Some(v) => self.visit_expr(v)?,
                    None => self.load_const(Const::None),
                }
                self.emit_yield();
                Ok(())
            }
            ExprKind::YieldFrom { value } => {
                if self.ur().info.kind != BlockKind::Function {
                    return self.error("'yield' outside function");
                }
                if self.ur().scope_type == ScopeType::AsyncFunction {
                    return self.error("'yield from' inside async function");
                }
                self.visit_expr(value)?;
                self.emit(Instr::GetYieldFromIter);
                self.load_const(Const::None);
                self.yield_from(false);
                Ok(())
            }
            ExprKind::Await { value } => {
                if !self.is_top_level_await() {
                    if self.ur().info.kind != BlockKind::Function {
                        return self.error("'await' outside function");
                    }
                    if !matches!(
                        self.ur().scope_type,
                        ScopeType::AsyncFunction | ScopeType::Comprehension
                    ) {
                        return self.error("'await' outside async function");
                    }
                }
                self.visit_expr(value)?;
                self.emit(Instr::GetAwaitable(AwaitableWhere::Await));
                self.load_const(Const::None);
                self.yield_from(true);
                Ok(())
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => self.compare(left, ops, comparators),
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.call(e, func, args, keywords),
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => {
                self.visit_expr(value)?;
                let mut oparg = match u8::try_from(*conversion).map(char::from) {
                    Ok('s') => 1,
                    Ok('r') => 2,
                    Ok('a') => 3,
                    _ => 0,
                };
                if let Some(spec) = format_spec {
                    self.visit_expr(spec)?;
                    oparg |= 4;
                }
                self.emit(Instr::FormatValue(oparg));
                Ok(())
            }
            ExprKind::JoinedStr { values } => {
                if values.len() > STACK_USE_GUIDELINE {
                    self.load_const(Const::Str(String::new()));
                    let n = self.raw_name_index("join");
                    self.emit(Instr::LoadMethod(n));
                    self.emit(Instr::BuildList(0));
                    for v in values {
                        self.visit_expr(v)?;
                        self.emit(Instr::ListAppend(1));
                    }
                    self.emit(Instr::Call(1));
                } else {
                    for v in values {
                        self.visit_expr(v)?;
                    }
                    if values.len() != 1 {
                        self.emit(Instr::BuildString(values.len() as u32));
                    }
                }
                Ok(())
            }
            ExprKind::Constant { value, .. } => {
                self.load_const(fold::from_ast(value));
                Ok(())
            }
            ExprKind::Attribute { value, attr, ctx } => {
                self.visit_expr(value)?;
                self.attr_loc(e);
                let n = self.name_index(attr);
                match ctx {
                    ExprContext::Load => self.emit(Instr::LoadAttr(n)),
                    ExprContext::Store => {
                        if attr == "__debug__" {
                            return self.error("cannot assign to __debug__");
                        }
                        self.emit(Instr::StoreAttr(n));
                    }
                    ExprContext::Del => self.emit(Instr::DeleteAttr(n)),
                }
                Ok(())
            }
            ExprKind::Subscript { value, slice, ctx } => {
                if *ctx == ExprContext::Load {
                    self.check_subscript(value, slice);
                }
                self.visit_expr(value)?;
                self.visit_expr(slice)?;
                self.emit(match ctx {
                    ExprContext::Load => Instr::BinarySubscr,
                    ExprContext::Store => Instr::StoreSubscr,
                    ExprContext::Del => Instr::DeleteSubscr,
                });
                Ok(())
            }
            ExprKind::Starred { ctx, .. } => match ctx {
                ExprContext::Store => {
                    self.error("starred assignment target must be in a list or tuple")
                }
                _ => self.error("can't use starred expression here"),
            },
            ExprKind::Name { id, ctx } => self.nameop(id, (*ctx).into()),
            ExprKind::List { elts, ctx } => match ctx {
                ExprContext::Store => self.assignment_helper(elts),
                ExprContext::Load => self.starunpack(elts, 0, Seq::List),
                ExprContext::Del => elts.iter().try_for_each(|x| self.visit_expr(x)),
            },
            ExprKind::Tuple { elts, ctx } => match ctx {
                ExprContext::Store => self.assignment_helper(elts),
                ExprContext::Load => self.starunpack(elts, 0, Seq::Tuple),
                ExprContext::Del => elts.iter().try_for_each(|x| self.visit_expr(x)),
            },
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper] {
                    match part {
                        Some(x) => self.visit_expr(x)?,
                        None => self.load_const(Const::None),
                    }
                }
                let mut n = 2;
                if let Some(s) = step {
                    self.visit_expr(s)?;
                    n = 3;
                }
                self.emit(Instr::BuildSlice(n));
                Ok(())
            }
        }
    }

    /// `YieldValue`, wrapped for async generators (3.11's `addop_yield`).
    pub fn emit_yield(&mut self) {
        if self.ur().info.generator && self.ur().info.coroutine {
            self.emit(Instr::AsyncGenWrap);
        }
        self.emit(Instr::YieldValue);
    }

    pub fn compare_op(&mut self, op: CmpOp) {
        self.emit(match op {
            CmpOp::Eq => Instr::CompareOp(BCmp::Eq),
            CmpOp::NotEq => Instr::CompareOp(BCmp::Ne),
            CmpOp::Lt => Instr::CompareOp(BCmp::Lt),
            CmpOp::LtE => Instr::CompareOp(BCmp::Le),
            CmpOp::Gt => Instr::CompareOp(BCmp::Gt),
            CmpOp::GtE => Instr::CompareOp(BCmp::Ge),
            CmpOp::Is => Instr::IsOp(false),
            CmpOp::IsNot => Instr::IsOp(true),
            CmpOp::In => Instr::ContainsOp(false),
            CmpOp::NotIn => Instr::ContainsOp(true),
        });
    }

    fn compare(&mut self, left: &'a Expr, ops: &[CmpOp], comparators: &'a [Expr]) -> R {
        self.check_compare(left, ops, comparators);
        self.visit_expr(left)?;
        let n = ops.len().min(comparators.len());
        if n == 0 {
            return self.internal("comparison without operators");
        }
        if n == 1 {
            self.visit_expr(&comparators[0])?;
            self.compare_op(ops[0]);
            return Ok(());
        }
        let cleanup = self.new_block();
        for i in 0..n - 1 {
            self.visit_expr(&comparators[i])?;
            self.emit(Instr::Swap(2));
            self.emit(Instr::Copy(2));
            self.compare_op(ops[i]);
            self.emit(Instr::JumpIfFalseOrPop(cleanup));
        }
        self.visit_expr(&comparators[n - 1])?;
        self.compare_op(ops[n - 1]);
        let end = self.new_block();
        self.emit_noline(Instr::Jump(end));
        self.use_next_block(cleanup);
        self.emit(Instr::Swap(2));
        self.emit(Instr::PopTop);
        self.use_next_block(end);
        Ok(())
    }

    /// 3.11's `compiler_jump_if`: jump to `next` when `e`'s truth equals `cond`, short-circuiting through
    /// `not`, `and`/`or`, conditional expressions and comparison chains.
    pub fn jump_if(&mut self, e: &'a Expr, next: u32, cond: bool) -> R {
        self.enter()?;
        self.jump_if_inner(e, next, cond)?;
        self.leave();
        Ok(())
    }

    fn jump_if_inner(&mut self, e: &'a Expr, next: u32, cond: bool) -> R {
        match &e.kind {
            ExprKind::UnaryOp {
                op: ast::UnaryOp::Not,
                operand,
            } if self.constant_of(e).is_none() && negated_compare(operand).is_none() => {
                return self.jump_if(operand, next, !cond);
            }
            ExprKind::BoolOp { op, values } if !values.is_empty() => {
                let cond2 = *op == BoolOp::Or;
                let next2 = if cond2 != cond {
                    self.new_block()
                } else {
                    next
                };
                let n = values.len() - 1;
                for v in &values[..n] {
                    self.jump_if(v, next2, cond2)?;
                }
                self.jump_if(&values[n], next, cond)?;
                if next2 != next {
                    self.use_next_block(next2);
                }
                return Ok(());
            }
            ExprKind::IfExp { test, body, orelse } => {
                let end = self.new_block();
                let next2 = self.new_block();
                self.jump_if(test, next2, false)?;
                self.jump_if(body, next, cond)?;
                self.emit_noline(Instr::Jump(end));
                self.use_next_block(next2);
                self.jump_if(orelse, next, cond)?;
                self.use_next_block(end);
                return Ok(());
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } if ops.len() > 1 && comparators.len() == ops.len() => {
                // 3.11 leaves the comparison's position in force for the code that follows.
                self.set_loc(&e.loc);
                self.check_compare(left, ops, comparators);
                let n = ops.len() - 1;
                let cleanup = self.new_block();
                self.visit_expr(left)?;
                for i in 0..n {
                    self.visit_expr(&comparators[i])?;
                    self.emit(Instr::Swap(2));
                    self.emit(Instr::Copy(2));
                    self.compare_op(ops[i]);
                    self.emit(Instr::PopJumpIfFalse(cleanup));
                }
                self.visit_expr(&comparators[n])?;
                self.compare_op(ops[n]);
                self.emit(if cond {
                    Instr::PopJumpIfTrue(next)
                } else {
                    Instr::PopJumpIfFalse(next)
                });
                let end = self.new_block();
                self.emit_noline(Instr::Jump(end));
                self.use_next_block(cleanup);
                self.emit(Instr::PopTop);
                if !cond {
                    self.emit_noline(Instr::Jump(next));
                }
                self.use_next_block(end);
                return Ok(());
            }
            _ => {}
        }
        self.visit_expr(e)?;
        if matches!(e.kind, ExprKind::Compare { .. }) {
            self.set_loc(&e.loc);
        }
        self.emit(if cond {
            Instr::PopJumpIfTrue(next)
        } else {
            Instr::PopJumpIfFalse(next)
        });
        self.next_block();
        Ok(())
    }

    /// 3.11's `starunpack_helper`: a list/tuple/set display (or positional call arguments when `pushed`
    /// items are already on the stack), with `*` items extended in.
    pub fn starunpack(&mut self, elts: &'a [Expr], pushed: u32, kind: Seq) -> R {
        let n = elts.len();
        let (build, add, extend): (OpOf, OpOf, OpOf) = match kind {
            Seq::List | Seq::Tuple => (Instr::BuildList, Instr::ListAppend, Instr::ListExtend),
            Seq::Set => (Instr::BuildSet, Instr::SetAdd, Instr::SetUpdate),
        };
        let tuple = kind == Seq::Tuple;
        if n > 2 {
            let consts: Option<Vec<Const>> = elts.iter().map(|x| self.constant_of(x)).collect();
            if let Some(items) = consts {
                if tuple && pushed == 0 {
                    self.load_const(Const::Tuple(items));
                } else {
                    let folded = if kind == Seq::Set {
                        Const::FrozenSet(items)
                    } else {
                        Const::Tuple(items)
                    };
                    self.emit(build(pushed));
                    self.load_const(folded);
                    self.emit(extend(1));
                    if tuple {
                        self.emit(Instr::ListToTuple);
                    }
                }
                return Ok(());
            }
        }
        let big = n + pushed as usize > STACK_USE_GUIDELINE;
        let seen_star = elts
            .iter()
            .any(|x| matches!(x.kind, ExprKind::Starred { .. }));
        if !seen_star && !big {
            for x in elts {
                self.visit_expr(x)?;
            }
            let total = n as u32 + pushed;
            self.emit(if tuple {
                Instr::BuildTuple(total)
            } else {
                build(total)
            });
            return Ok(());
        }
        let mut built = false;
        if big {
            self.emit(build(pushed));
            built = true;
        }
        for (i, x) in elts.iter().enumerate() {
            if let ExprKind::Starred { value, .. } = &x.kind {
                if !built {
                    self.emit(build(i as u32 + pushed));
                    built = true;
                }
                self.visit_expr(value)?;
                self.emit(extend(1));
            } else {
                self.visit_expr(x)?;
                if built {
                    self.emit(add(1));
                }
            }
        }
        if tuple {
            self.emit(Instr::ListToTuple);
        }
        Ok(())
    }

    /// 3.11's `unpack_helper` + `assignment_helper`: the targets of `a, *b, c = ...`.
    pub fn assignment_helper(&mut self, elts: &'a [Expr]) -> R {
        let n = elts.len();
        let mut seen_star = false;
        for (i, x) in elts.iter().enumerate() {
            if matches!(x.kind, ExprKind::Starred { .. }) {
                if seen_star {
                    return self.error("multiple starred expressions in assignment");
                }
                if i >= 256 || n - i > (i32::MAX >> 8) as usize {
                    return self.error("too many expressions in star-unpacking assignment");
                }
                self.emit(Instr::UnpackEx(i as u32 + (((n - i - 1) as u32) << 8)));
                seen_star = true;
            }
        }
        if !seen_star {
            self.emit(Instr::UnpackSequence(n as u32));
        }
        for x in elts {
            match &x.kind {
                ExprKind::Starred { value, .. } => self.visit_expr(value)?,
                _ => self.visit_expr(x)?,
            }
        }
        Ok(())
    }

    fn subdict(
        &mut self,
        keys: &'a [Option<Expr>],
        values: &'a [Expr],
        begin: usize,
        end: usize,
    ) -> R {
        let n = end - begin;
        let big = n * 2 > STACK_USE_GUIDELINE;
        if n > 1 && !big {
            let consts: Option<Vec<Const>> = keys[begin..end]
                .iter()
                .map(|k| k.as_ref().and_then(|k| self.constant_of(k)))
                .collect();
            if let Some(ks) = consts {
                for v in &values[begin..end] {
                    self.visit_expr(v)?;
                }
                self.load_const(Const::Tuple(ks));
                self.emit(Instr::BuildConstKeyMap(n as u32));
                return Ok(());
            }
        }
        if big {
            self.emit(Instr::BuildMap(0));
        }
        for i in begin..end {
            if let Some(k) = &keys[i] {
                self.visit_expr(k)?;
            }
            self.visit_expr(&values[i])?;
            if big {
                self.emit(Instr::MapAdd(1));
            }
        }
        if !big {
            self.emit(Instr::BuildMap(n as u32));
        }
        Ok(())
    }

    fn dict(&mut self, keys: &'a [Option<Expr>], values: &'a [Expr]) -> R {
        let n = values.len().min(keys.len());
        let mut have_dict = false;
        let mut elements = 0;
        for i in 0..n {
            if keys[i].is_none() {
                if elements > 0 {
                    self.subdict(keys, values, i - elements, i)?;
                    if have_dict {
                        self.emit(Instr::DictUpdate(1));
                    }
                    have_dict = true;
                    elements = 0;
                }
                if !have_dict {
                    self.emit(Instr::BuildMap(0));
                    have_dict = true;
                }
                self.visit_expr(&values[i])?;
                self.emit(Instr::DictUpdate(1));
            } else if elements * 2 > STACK_USE_GUIDELINE {
                self.subdict(keys, values, i - elements, i + 1)?;
                if have_dict {
                    self.emit(Instr::DictUpdate(1));
                }
                have_dict = true;
                elements = 0;
            } else {
                elements += 1;
            }
        }
        if elements > 0 {
            self.subdict(keys, values, n - elements, n)?;
            if have_dict {
                self.emit(Instr::DictUpdate(1));
            }
            have_dict = true;
        }
        if !have_dict {
            self.emit(Instr::BuildMap(0));
        }
        Ok(())
    }
}

/// `not (a is b)` and friends, which 3.11's AST optimiser turns into the negated operator.
fn negated_compare(e: &Expr) -> Option<(&Expr, CmpOp, &Expr)> {
    let ExprKind::Compare {
        left,
        ops,
        comparators,
    } = &e.kind
    else {
        return None;
    };
    if ops.len() != 1 || comparators.len() != 1 {
        return None;
    }
    let neg = match ops[0] {
        CmpOp::Is => CmpOp::IsNot,
        CmpOp::IsNot => CmpOp::Is,
        CmpOp::In => CmpOp::NotIn,
        CmpOp::NotIn => CmpOp::In,
        _ => return None,
    };
    Some((left, neg, &comparators[0]))
}
