//! Calls: `LoadMethod` for `obj.meth(...)`, `KwNames` + `Call` for plain arguments, and `CallFunctionEx`
//! with `ListExtend`/`DictMerge` when `*args` or `**kwargs` appear (3.11's `compiler_call_helper`).

use weft_parser::ast::{Expr, ExprContext, ExprKind, Keyword};

use super::bytecode::{Const, Instr};
use super::codegen::{Compiler, R};
use super::exprs::{Seq, STACK_USE_GUIDELINE};

impl<'a> Compiler<'a> {
    pub fn call(
        &mut self,
        e: &'a Expr,
        func: &'a Expr,
        args: &'a [Expr],
        keywords: &'a [Keyword],
    ) -> R {
        if self.method_call(e, func, args, keywords)? {
            return Ok(());
        }
        self.check_caller(func);
        self.set_loc(&func.loc);
        self.emit(Instr::PushNull);
        self.set_loc(&e.loc);
        self.visit_expr(func)?;
        self.call_helper(0, args, keywords)
    }

    /// 3.11's `maybe_optimize_method_call`.
    fn method_call(
        &mut self,
        e: &'a Expr,
        func: &'a Expr,
        args: &'a [Expr],
        keywords: &'a [Keyword],
    ) -> R<bool> {
        let ExprKind::Attribute {
            value,
            attr,
            ctx: ExprContext::Load,
        } = &func.kind
        else {
            return Ok(false);
        };
        if let ExprKind::Name { id, .. } = &value.kind {
            // 3.11's `is_import_originated`: a module-level import is called through `LoadAttr`.
            if self.units.first().is_some_and(|m| m.info.imported(id)) {
                return Ok(false);
            }
        }
        let nk = keywords.len();
        if args.len() + nk + (nk != 0) as usize >= STACK_USE_GUIDELINE
            || args
                .iter()
                .any(|a| matches!(a.kind, ExprKind::Starred { .. }))
            || keywords.iter().any(|k| k.arg.is_none())
        {
            return Ok(false);
        }
        self.validate_keywords(keywords)?;
        self.visit_expr(value)?;
        self.set_loc(&func.loc);
        self.attr_loc(func);
        let n = self.name_index(attr);
        self.emit(Instr::LoadMethod(n));
        for a in args {
            self.visit_expr(a)?;
        }
        if nk > 0 {
            for k in keywords {
                self.visit_expr(&k.value)?;
            }
            self.kw_names(keywords);
        }
        self.set_loc(&e.loc);
        self.attr_loc(func);
        self.emit(Instr::Call((args.len() + nk) as u32));
        Ok(true)
    }

    fn kw_names(&mut self, keywords: &[Keyword]) {
        let names = keywords
            .iter()
            .map(|k| Const::Str(k.arg.clone().unwrap_or_default()))
            .collect();
        let i = self.add_const(Const::Tuple(names));
        self.emit(Instr::KwNames(i));
    }

    fn validate_keywords(&mut self, keywords: &[Keyword]) -> R {
        for (i, k) in keywords.iter().enumerate() {
            let Some(name) = &k.arg else { continue };
            if name == "__debug__" {
                self.set_loc(&k.loc);
                return self.error("cannot assign to __debug__");
            }
            if keywords[i + 1..]
                .iter()
                .any(|o| o.arg.as_deref() == Some(name))
            {
                let dup = keywords[i + 1..]
                    .iter()
                    .find(|o| o.arg.as_deref() == Some(name));
                if let Some(d) = dup {
                    self.set_loc(&d.loc);
                }
                return self.error(format!("keyword argument repeated: {name}"));
            }
        }
        Ok(())
    }

    /// Arguments and the call itself; `pushed` positional arguments are already on the stack.
    pub fn call_helper(&mut self, pushed: u32, args: &'a [Expr], keywords: &'a [Keyword]) -> R {
        self.validate_keywords(keywords)?;
        let nelts = args.len();
        let nk = keywords.len();
        let simple = nelts + nk * 2 <= STACK_USE_GUIDELINE
            && !args
                .iter()
                .any(|a| matches!(a.kind, ExprKind::Starred { .. }))
            && !keywords.iter().any(|k| k.arg.is_none());
        if simple {
            for a in args {
                self.visit_expr(a)?;
            }
            if nk > 0 {
                for k in keywords {
                    self.visit_expr(&k.value)?;
                }
                self.kw_names(keywords);
            }
            self.emit(Instr::Call(pushed + (nelts + nk) as u32));
            return Ok(());
        }
        match args {
            [one] if pushed == 0 => match &one.kind {
                ExprKind::Starred { value, .. } => self.visit_expr(value)?,
                _ => self.starunpack(args, pushed, Seq::Tuple)?,
            },
            _ => self.starunpack(args, pushed, Seq::Tuple)?,
        }
        if nk > 0 {
            let mut have_dict = false;
            let mut nseen = 0;
            for (i, k) in keywords.iter().enumerate() {
                if k.arg.is_none() {
                    if nseen > 0 {
                        self.subkwargs(&keywords[i - nseen..i])?;
                        if have_dict {
                            self.emit(Instr::DictMerge(1));
                        }
                        have_dict = true;
                        nseen = 0;
                    }
                    if !have_dict {
                        self.emit(Instr::BuildMap(0));
                        have_dict = true;
                    }
                    self.visit_expr(&k.value)?;
                    self.emit(Instr::DictMerge(1));
                } else {
                    nseen += 1;
                }
            }
            if nseen > 0 {
                self.subkwargs(&keywords[nk - nseen..])?;
                if have_dict {
                    self.emit(Instr::DictMerge(1));
                }
            }
        }
        self.emit(Instr::CallFunctionEx((nk > 0) as u32));
        Ok(())
    }

    fn subkwargs(&mut self, kws: &'a [Keyword]) -> R {
        let n = kws.len();
        let big = n * 2 > STACK_USE_GUIDELINE;
        if n > 1 && !big {
            for k in kws {
                self.visit_expr(&k.value)?;
            }
            let keys = kws
                .iter()
                .map(|k| Const::Str(k.arg.clone().unwrap_or_default()))
                .collect();
            self.load_const(Const::Tuple(keys));
            self.emit(Instr::BuildConstKeyMap(n as u32));
            return Ok(());
        }
        if big {
            self.emit_noline(Instr::BuildMap(0));
        }
        for k in kws {
            self.load_const(Const::Str(k.arg.clone().unwrap_or_default()));
            self.visit_expr(&k.value)?;
            if big {
                self.emit_noline(Instr::MapAdd(1));
            }
        }
        if !big {
            self.emit(Instr::BuildMap(n as u32));
        }
        Ok(())
    }
}
