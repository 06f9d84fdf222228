//! The symbol table: which scope each name lives in, after CPython 3.11's `Python/symtable.c`.
//!
//! A first pass walks the tree, opening a scope for the module, each class, function, lambda and
//! comprehension (3.11 comprehensions are functions; their outermost iterable is evaluated in the
//! enclosing scope) and recording how each name is used. A second pass resolves every name to local,
//! global (explicit or implicit), free or cell, exactly as `analyze_block` does.
//!
//! # Finding a node's scope
//! The compiler looks scopes up by node address: [`SymbolTable::scope_of`] takes
//! `node as *const _ as usize` of the `Mod` (module), of the `Stmt` (`FunctionDef`,
//! `AsyncFunctionDef`, `ClassDef`) or of the `Expr` (`Lambda`, `ListComp`, `SetComp`, `DictComp`,
//! `GeneratorExp`). The tree must stay borrowed immutably (not moved, not mutated) from the call to
//! [`symtable`] until compilation is done, so that those addresses stay valid keys.

use std::collections::{HashMap, HashSet};

use crate::ast::*;
use crate::error::{ErrorKind, SyntaxError};
use crate::parser::{MAX_DEPTH, RECURSION_MSG};

/// Bound by an assignment, `for`, `with`, `del`, ... in this scope.
pub const DEF_LOCAL: u32 = 1 << 1;
/// Declared `global` in this scope.
pub const DEF_GLOBAL: u32 = 1;
/// A parameter of this function.
pub const DEF_PARAM: u32 = 1 << 2;
/// Declared `nonlocal` in this scope.
pub const DEF_NONLOCAL: u32 = 1 << 3;
/// Read in this scope.
pub const USE: u32 = 1 << 4;
/// Free in a nested scope (and not bound here).
pub const DEF_FREE: u32 = 1 << 5;
/// Free in a method and also bound in the class body: loaded with `LOAD_CLASSDEREF`.
pub const DEF_FREE_CLASS: u32 = 1 << 6;
/// Bound by an import.
pub const DEF_IMPORT: u32 = 1 << 7;
/// Annotated (`x: int`).
pub const DEF_ANNOT: u32 = 1 << 8;
/// An iteration variable of a comprehension.
pub const DEF_COMP_ITER: u32 = 1 << 9;

const DEF_BOUND: u32 = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

/// Where a name resolves (CPython's `LOCAL` ... `CELL`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SymScope {
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}

/// One name in one scope: its `DEF_*`/`USE` flags and where it resolves.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Symbol {
    pub flags: u32,
    /// `None` only before analysis; every symbol of a finished table has a scope.
    pub scope: Option<SymScope>,
}

/// The kind of block (lambdas and comprehensions are functions).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
}

/// The kind of comprehension a function scope implements, if any.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Comprehension {
    List,
    Set,
    Dict,
    Generator,
}

/// One scope (CPython's symbol table entry).
#[derive(Clone, Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    /// `top`, the class or function name, `lambda`, `listcomp`, `setcomp`, `dictcomp` or `genexpr`.
    pub name: String,
    pub lineno: u32,
    /// Every name of the scope, mangled (`__x` in class `C` is `_C__x`).
    pub symbols: HashMap<String, Symbol>,
    /// Parameter names in order (`.0` for a comprehension's iterator).
    pub varnames: Vec<String>,
    /// Indices (into [`SymbolTable::scopes`]) of the nested scopes, in source order.
    pub children: Vec<usize>,
    pub is_generator: bool,
    pub is_coroutine: bool,
    /// Inside a function (directly or not): free names may refer to enclosing functions.
    pub is_nested: bool,
    pub has_varargs: bool,
    pub has_varkeywords: bool,
    /// A class whose methods use `super` or `__class__`: it needs the implicit `__class__` cell.
    pub needs_class_closure: bool,
    pub comprehension: Option<Comprehension>,
    /// Some name is free here.
    pub has_free: bool,
    /// Some nested scope has free names.
    pub child_free: bool,
    order: Vec<String>,
    directives: HashMap<String, Loc>,
    comp_iter_target: bool,
    comp_iter_expr: u32,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str, lineno: u32, is_nested: bool) -> Scope {
        Scope {
            kind,
            name: name.to_string(),
            lineno,
            symbols: HashMap::new(),
            varnames: Vec::new(),
            children: Vec::new(),
            is_generator: false,
            is_coroutine: false,
            is_nested,
            has_varargs: false,
            has_varkeywords: false,
            needs_class_closure: false,
            comprehension: None,
            has_free: false,
            child_free: false,
            order: Vec::new(),
            directives: HashMap::new(),
            comp_iter_target: false,
            comp_iter_expr: 0,
        }
    }

    fn flags(&self, name: &str) -> u32 {
        self.symbols.get(name).map_or(0, |s| s.flags)
    }

    /// The resolved scope of a (mangled) name.
    pub fn scope(&self, name: &str) -> Option<SymScope> {
        self.symbols.get(name).and_then(|s| s.scope)
    }
}

/// The symbol table of one module, expression or interactive statement.
#[derive(Clone, Debug)]
pub struct SymbolTable {
    /// All scopes; index 0 is the top-level one.
    pub scopes: Vec<Scope>,
    by_addr: HashMap<usize, usize>,
}

impl SymbolTable {
    /// The scope opened by the node at `node_addr` (see the module docs for the address contract).
    pub fn scope_of(&self, node_addr: usize) -> Option<&Scope> {
        self.by_addr.get(&node_addr).map(|&i| &self.scopes[i])
    }

    /// The top-level scope.
    pub fn top(&self) -> &Scope {
        &self.scopes[0]
    }
}

/// Builds the symbol table of `m`.
///
/// # Errors
/// The `SyntaxError`s of CPython's symbol table pass (`global`/`nonlocal` misuse, duplicate
/// parameters, `import *` in a function, assignment expressions in comprehensions, ...), and
/// [`RECURSION_MSG`] for trees nested too deeply.
pub fn symtable(m: &Mod, filename: &str) -> Result<SymbolTable, SyntaxError> {
    if extent(m) <= INLINE_EXTENT {
        return build(m, filename);
    }
    // The walk recurses as deep as the tree (up to `MAX_DEPTH`): give it a stack of its own, as the
    // parser does, whatever stack the caller runs on.
    std::thread::scope(|s| {
        std::thread::Builder::new()
            .name("weft-symtable".into())
            .stack_size(256 << 20)
            .spawn_scoped(s, || build(m, filename))
            .map(|h| h.join())
    })
    .unwrap_or_else(|_| Ok(build(m, filename)))
    .unwrap_or_else(|_| Err(Builder::internal_error(filename)))
}

/// Trees from sources spanning less than this (see [`extent`]) are too small to nest deeply.
const INLINE_EXTENT: u64 = 512;

/// A bound on the number of tokens of the source a tree came from, from its statements' spans: a
/// tree cannot be deeper than its source has tokens.
fn extent(m: &Mod) -> u64 {
    let span = |l: &Loc| {
        u64::from(l.end_lineno.saturating_sub(l.lineno)) * 4096 + u64::from(l.end_col_offset) + 1
    };
    match m {
        Mod::Module { body, .. } | Mod::Interactive { body } => {
            body.iter().map(|s| span(&s.loc)).sum()
        }
        Mod::Expression { body } => span(&body.loc),
        Mod::FunctionType { argtypes, returns } => {
            argtypes.iter().map(|e| span(&e.loc)).sum::<u64>() + span(&returns.loc)
        }
    }
}

fn build(m: &Mod, filename: &str) -> Result<SymbolTable, SyntaxError> {
    let mut b = Builder {
        scopes: Vec::new(),
        by_addr: HashMap::new(),
        stack: Vec::new(),
        private: None,
        filename,
        depth: 0,
        future_annotations: false,
    };
    b.enter(ScopeKind::Module, "top", 0, m as *const Mod as usize);
    match m {
        Mod::Module { body, .. } => {
            b.future_annotations = has_future_annotations(body);
            b.stmts(body)?;
        }
        Mod::Interactive { body } => b.stmts(body)?,
        Mod::Expression { body } => b.expr(body)?,
        Mod::FunctionType { argtypes, returns } => {
            b.exprs(argtypes)?;
            b.expr(returns)?;
        }
    }
    b.stack.pop();
    let mut t = SymbolTable {
        scopes: b.scopes,
        by_addr: b.by_addr,
    };
    let mut free = Names::new();
    analyze_block(&mut t.scopes, 0, None, &mut free, &Names::new(), filename)?;
    Ok(t)
}

/// Whether `from __future__ import annotations` heads the module (after a docstring).
fn has_future_annotations(body: &[Stmt]) -> bool {
    let mut it = body.iter().peekable();
    if let Some(Stmt {
        kind: StmtKind::Expr { value },
        ..
    }) = it.peek()
    {
        if matches!(
            value.kind,
            ExprKind::Constant {
                value: Constant::Str(_),
                ..
            }
        ) {
            it.next();
        }
    }
    for s in it {
        match &s.kind {
            StmtKind::ImportFrom {
                module: Some(m),
                names,
                level: 0,
            } if m == "__future__" => {
                if names.iter().any(|a| a.name == "annotations") {
                    return true;
                }
            }
            _ => return false,
        }
    }
    false
}

/// CPython's `_Py_Mangle`: `__name` inside class `C` becomes `_C__name`.
pub fn mangle(private: Option<&str>, name: &str) -> String {
    let Some(class) = private else {
        return name.to_string();
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let class = class.trim_start_matches('_');
    if class.is_empty() {
        return name.to_string();
    }
    format!("_{class}{name}")
}

struct Builder<'a> {
    scopes: Vec<Scope>,
    by_addr: HashMap<usize, usize>,
    stack: Vec<usize>,
    private: Option<String>,
    filename: &'a str,
    depth: u32,
    future_annotations: bool,
}

type R = Result<(), SyntaxError>;

impl Builder<'_> {
    fn internal_error(filename: &str) -> SyntaxError {
        SyntaxError {
            kind: ErrorKind::SyntaxError,
            msg: "internal symbol table error".into(),
            filename: filename.to_string(),
            lineno: 0,
            offset: 0,
            end_lineno: 0,
            end_offset: 0,
            text: None,
            incomplete: false,
        }
    }

    fn error(&self, msg: String, loc: &Loc) -> SyntaxError {
        SyntaxError {
            kind: ErrorKind::SyntaxError,
            msg,
            filename: self.filename.to_string(),
            lineno: loc.lineno,
            offset: loc.col_offset + 1,
            end_lineno: loc.end_lineno,
            end_offset: i64::from(loc.end_col_offset) + 1,
            text: None,
            incomplete: false,
        }
    }

    fn cur(&mut self) -> &mut Scope {
        let i = self.stack.last().copied().unwrap_or(0);
        &mut self.scopes[i]
    }

    fn cur_ref(&self) -> &Scope {
        &self.scopes[self.stack.last().copied().unwrap_or(0)]
    }

    fn enter(&mut self, kind: ScopeKind, name: &str, lineno: u32, addr: usize) {
        let nested = self.stack.last().is_some_and(|&p| {
            self.scopes[p].is_nested || self.scopes[p].kind == ScopeKind::Function
        });
        let idx = self.scopes.len();
        self.scopes.push(Scope::new(kind, name, lineno, nested));
        if let Some(&p) = self.stack.last() {
            self.scopes[p].children.push(idx);
        }
        self.by_addr.insert(addr, idx);
        self.stack.push(idx);
    }

    fn deeper(&mut self, loc: &Loc) -> R {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.error(RECURSION_MSG.to_string(), loc));
        }
        Ok(())
    }

    /// `symtable_add_def` into scope `idx`.
    fn add_def_in(&mut self, idx: usize, name: &str, flag: u32, loc: &Loc) -> R {
        let mangled = mangle(self.private.as_deref(), name);
        let scope = &self.scopes[idx];
        let mut val = match scope.symbols.get(&mangled) {
            Some(s) => {
                if flag & DEF_PARAM != 0 && s.flags & DEF_PARAM != 0 {
                    return Err(self.error(
                        format!("duplicate argument '{name}' in function definition"),
                        loc,
                    ));
                }
                s.flags | flag
            }
            None => flag,
        };
        if scope.comp_iter_target {
            if val & (DEF_GLOBAL | DEF_NONLOCAL) != 0 {
                let msg = format!(
                    "comprehension inner loop cannot rebind assignment expression target '{name}'"
                );
                return Err(self.error(msg, loc));
            }
            val |= DEF_COMP_ITER;
        }
        let scope = &mut self.scopes[idx];
        if !scope.symbols.contains_key(&mangled) {
            scope.order.push(mangled.clone());
        }
        scope.symbols.insert(
            mangled.clone(),
            Symbol {
                flags: val,
                scope: None,
            },
        );
        if flag & DEF_PARAM != 0 {
            scope.varnames.push(mangled.clone());
        } else if flag & DEF_GLOBAL != 0 {
            let top = &mut self.scopes[0];
            if !top.symbols.contains_key(&mangled) {
                top.order.push(mangled.clone());
            }
            top.symbols.entry(mangled).or_default().flags |= flag;
        }
        Ok(())
    }

    fn add_def(&mut self, name: &str, flag: u32, loc: &Loc) -> R {
        let idx = self.stack.last().copied().unwrap_or(0);
        self.add_def_in(idx, name, flag, loc)
    }

    fn record_directive(&mut self, name: &str, loc: &Loc) {
        let mangled = mangle(self.private.as_deref(), name);
        self.cur().directives.entry(mangled).or_insert(*loc);
    }

    fn stmts(&mut self, body: &[Stmt]) -> R {
        body.iter().try_for_each(|s| self.stmt(s))
    }

    fn exprs(&mut self, es: &[Expr]) -> R {
        es.iter().try_for_each(|e| self.expr(e))
    }

    fn opt(&mut self, e: &Option<Box<Expr>>) -> R {
        match e {
            Some(e) => self.expr(e),
            None => Ok(()),
        }
    }

    fn stmt(&mut self, s: &Stmt) -> R {
        self.deeper(&s.loc)?;
        self.stmt_inner(s)?;
        self.depth -= 1;
        Ok(())
    }

    fn stmt_inner(&mut self, s: &Stmt) -> R {
        let addr = s as *const Stmt as usize;
        match &s.kind {
            StmtKind::FunctionDef {
                name,
                args,
                body,
                decorator_list,
                returns,
                ..
            }
            | StmtKind::AsyncFunctionDef {
                name,
                args,
                body,
                decorator_list,
                returns,
                ..
            } => {
                self.add_def(name, DEF_LOCAL, &s.loc)?;
                self.defaults(args)?;
                self.annotations(args, returns)?;
                self.exprs(decorator_list)?;
                self.enter(ScopeKind::Function, name, s.loc.lineno, addr);
                if matches!(s.kind, StmtKind::AsyncFunctionDef { .. }) {
                    self.cur().is_coroutine = true;
                }
                self.params(args)?;
                self.stmts(body)?;
                self.stack.pop();
            }
            StmtKind::ClassDef {
                name,
                bases,
                keywords,
                body,
                decorator_list,
            } => {
                self.add_def(name, DEF_LOCAL, &s.loc)?;
                self.exprs(bases)?;
                keywords.iter().try_for_each(|k| self.expr(&k.value))?;
                self.exprs(decorator_list)?;
                self.enter(ScopeKind::Class, name, s.loc.lineno, addr);
                let saved = self.private.replace(name.clone());
                self.stmts(body)?;
                self.private = saved;
                self.stack.pop();
            }
            StmtKind::Return { value } => self.opt(value)?,
            StmtKind::Delete { targets } => self.exprs(targets)?,
            StmtKind::Assign { targets, value, .. } => {
                self.exprs(targets)?;
                self.expr(value)?;
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => {
                if let ExprKind::Name { id, .. } = &target.kind {
                    let cur = self.cur_ref().flags(&mangle(self.private.as_deref(), id));
                    if cur & (DEF_GLOBAL | DEF_NONLOCAL) != 0
                        && self.stack.last() != Some(&0)
                        && *simple
                    {
                        let what = if cur & DEF_GLOBAL != 0 {
                            "global"
                        } else {
                            "nonlocal"
                        };
                        return Err(
                            self.error(format!("annotated name '{id}' can't be {what}"), &s.loc)
                        );
                    }
                    if *simple {
                        self.add_def(id, DEF_ANNOT | DEF_LOCAL, &target.loc)?;
                    } else if value.is_some() {
                        self.add_def(id, DEF_LOCAL, &target.loc)?;
                    }
                } else {
                    self.expr(target)?;
                }
                self.annotation(annotation)?;
                self.opt(value)?;
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(target)?;
                self.expr(value)?;
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            }
            | StmtKind::AsyncFor {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                self.expr(target)?;
                self.expr(iter)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.expr(test)?;
                self.stmts(body)?;
                self.stmts(orelse)?;
            }
            StmtKind::With { items, body, .. } | StmtKind::AsyncWith { items, body, .. } => {
                for item in items {
                    self.expr(&item.context_expr)?;
                    self.opt(&item.optional_vars)?;
                }
                self.stmts(body)?;
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject)?;
                for c in cases {
                    self.pattern(&c.pattern)?;
                    self.opt(&c.guard)?;
                    self.stmts(&c.body)?;
                }
            }
            StmtKind::Raise { exc, cause } => {
                self.opt(exc)?;
                self.opt(cause)?;
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
                self.stmts(body)?;
                self.stmts(orelse)?;
                for h in handlers {
                    self.opt(&h.type_)?;
                    if let Some(n) = &h.name {
                        self.add_def(n, DEF_LOCAL, &h.loc)?;
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(finalbody)?;
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                self.opt(msg)?;
            }
            StmtKind::Import { names } | StmtKind::ImportFrom { names, .. } => {
                names.iter().try_for_each(|a| self.alias(a))?;
            }
            StmtKind::Global { names } | StmtKind::Nonlocal { names } => {
                let global = matches!(s.kind, StmtKind::Global { .. });
                let what = if global { "global" } else { "nonlocal" };
                for name in names {
                    let cur = self.cur_ref().flags(&mangle(self.private.as_deref(), name));
                    if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
                        let msg = if cur & DEF_PARAM != 0 {
                            format!("name '{name}' is parameter and {what}")
                        } else if cur & USE != 0 {
                            format!("name '{name}' is used prior to {what} declaration")
                        } else if cur & DEF_ANNOT != 0 {
                            format!("annotated name '{name}' can't be {what}")
                        } else {
                            format!("name '{name}' is assigned to before {what} declaration")
                        };
                        return Err(self.error(msg, &s.loc));
                    }
                    self.add_def(name, if global { DEF_GLOBAL } else { DEF_NONLOCAL }, &s.loc)?;
                    self.record_directive(name, &s.loc);
                }
            }
            StmtKind::Expr { value } => self.expr(value)?,
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
        }
        Ok(())
    }

    fn alias(&mut self, a: &Alias) -> R {
        let name = a.asname.as_deref().unwrap_or(&a.name);
        if name == "*" {
            if self.cur_ref().kind != ScopeKind::Module {
                return Err(self.error("import * only allowed at module level".into(), &a.loc));
            }
            return Ok(());
        }
        let store = name.split('.').next().unwrap_or(name);
        self.add_def(store, DEF_IMPORT, &a.loc)
    }

    fn defaults(&mut self, a: &Arguments) -> R {
        self.exprs(&a.defaults)?;
        a.kw_defaults
            .iter()
            .flatten()
            .try_for_each(|e| self.expr(e))
    }

    fn all_args(a: &Arguments) -> impl Iterator<Item = &Arg> {
        a.posonlyargs
            .iter()
            .chain(&a.args)
            .chain(a.vararg.as_deref())
            .chain(&a.kwonlyargs)
            .chain(a.kwarg.as_deref())
    }

    fn annotations(&mut self, a: &Arguments, returns: &Option<Box<Expr>>) -> R {
        for arg in Self::all_args(a) {
            if let Some(ann) = &arg.annotation {
                self.annotation(ann)?;
            }
        }
        if let Some(r) = returns {
            self.annotation(r)?;
        }
        Ok(())
    }

    /// Annotations are evaluated in the enclosing scope, unless they are postponed (PEP 563) and
    /// never evaluated at all.
    fn annotation(&mut self, e: &Expr) -> R {
        if self.future_annotations {
            return Ok(());
        }
        self.expr(e)
    }

    fn params(&mut self, a: &Arguments) -> R {
        for arg in a.posonlyargs.iter().chain(&a.args).chain(&a.kwonlyargs) {
            self.add_def(&arg.arg, DEF_PARAM, &arg.loc)?;
        }
        if let Some(v) = &a.vararg {
            self.add_def(&v.arg, DEF_PARAM, &v.loc)?;
            self.cur().has_varargs = true;
        }
        if let Some(k) = &a.kwarg {
            self.add_def(&k.arg, DEF_PARAM, &k.loc)?;
            self.cur().has_varkeywords = true;
        }
        Ok(())
    }

    fn pattern(&mut self, p: &Pattern) -> R {
        self.deeper(&p.loc)?;
        match &p.kind {
            PatternKind::MatchValue { value } => self.expr(value)?,
            PatternKind::MatchSingleton { .. } => {}
            PatternKind::MatchSequence { patterns } | PatternKind::MatchOr { patterns } => {
                patterns.iter().try_for_each(|p| self.pattern(p))?;
            }
            PatternKind::MatchStar { name } => {
                if let Some(n) = name {
                    self.add_def(n, DEF_LOCAL, &p.loc)?;
                }
            }
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => {
                self.exprs(keys)?;
                patterns.iter().try_for_each(|p| self.pattern(p))?;
                if let Some(n) = rest {
                    self.add_def(n, DEF_LOCAL, &p.loc)?;
                }
            }
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_patterns,
                ..
            } => {
                self.expr(cls)?;
                patterns
                    .iter()
                    .chain(kwd_patterns)
                    .try_for_each(|p| self.pattern(p))?;
            }
            PatternKind::MatchAs { pattern, name } => {
                if let Some(p) = pattern {
                    self.pattern(p)?;
                }
                if let Some(n) = name {
                    self.add_def(n, DEF_LOCAL, &p.loc)?;
                }
            }
        }
        self.depth -= 1;
        Ok(())
    }

    fn expr(&mut self, e: &Expr) -> R {
        self.deeper(&e.loc)?;
        self.expr_inner(e)?;
        self.depth -= 1;
        Ok(())
    }

    fn expr_inner(&mut self, e: &Expr) -> R {
        match &e.kind {
            ExprKind::NamedExpr { target, value } => self.named_expr(e, target, value)?,
            ExprKind::BoolOp { values, .. } => self.exprs(values)?,
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left)?;
                self.expr(right)?;
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand)?,
            ExprKind::Lambda { args, body } => {
                self.defaults(args)?;
                self.enter(
                    ScopeKind::Function,
                    "lambda",
                    e.loc.lineno,
                    e as *const Expr as usize,
                );
                self.params(args)?;
                self.expr(body)?;
                self.stack.pop();
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                self.expr(body)?;
                self.expr(orelse)?;
            }
            ExprKind::Dict { keys, values } => {
                keys.iter().flatten().try_for_each(|k| self.expr(k))?;
                self.exprs(values)?;
            }
            ExprKind::Set { elts } => self.exprs(elts)?,
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(
                    e,
                    "genexpr",
                    Comprehension::Generator,
                    generators,
                    elt,
                    None,
                )?;
            }
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(e, "listcomp", Comprehension::List, generators, elt, None)?;
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, "setcomp", Comprehension::Set, generators, elt, None)?;
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => {
                self.comprehension(
                    e,
                    "dictcomp",
                    Comprehension::Dict,
                    generators,
                    key,
                    Some(value),
                )?;
            }
            ExprKind::Yield { value } => {
                self.opt(value)?;
                self.yield_in(e)?;
            }
            ExprKind::YieldFrom { value } => {
                self.expr(value)?;
                self.yield_in(e)?;
            }
            ExprKind::Await { value } => {
                self.expr(value)?;
                self.cur().is_coroutine = true;
            }
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.expr(left)?;
                self.exprs(comparators)?;
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(func)?;
                self.exprs(args)?;
                keywords.iter().try_for_each(|k| self.expr(&k.value))?;
            }
            ExprKind::FormattedValue {
                value, format_spec, ..
            } => {
                self.expr(value)?;
                self.opt(format_spec)?;
            }
            ExprKind::JoinedStr { values } => self.exprs(values)?,
            ExprKind::Constant { .. } => {}
            ExprKind::Attribute { value, .. } => self.expr(value)?,
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.expr(slice)?;
            }
            ExprKind::Starred { value, .. } => self.expr(value)?,
            ExprKind::Slice { lower, upper, step } => {
                self.opt(lower)?;
                self.opt(upper)?;
                self.opt(step)?;
            }
            ExprKind::Name { id, ctx } => {
                let flag = if *ctx == ExprContext::Load {
                    USE
                } else {
                    DEF_LOCAL
                };
                self.add_def(id, flag, &e.loc)?;
                // `super()` needs the implicit `__class__` cell of the enclosing class.
                if *ctx == ExprContext::Load
                    && self.cur_ref().kind == ScopeKind::Function
                    && id == "super"
                {
                    self.add_def("__class__", USE, &e.loc)?;
                }
            }
            ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => self.exprs(elts)?,
        }
        Ok(())
    }

    fn yield_in(&mut self, e: &Expr) -> R {
        self.cur().is_generator = true;
        if let Some(kind) = self.cur_ref().comprehension {
            let what = match kind {
                Comprehension::List => "list comprehension",
                Comprehension::Set => "set comprehension",
                Comprehension::Dict => "dict comprehension",
                Comprehension::Generator => "generator expression",
            };
            return Err(self.error(format!("'yield' inside {what}"), &e.loc));
        }
        Ok(())
    }

    fn named_expr(&mut self, e: &Expr, target: &Expr, value: &Expr) -> R {
        if self.cur_ref().comp_iter_expr > 0 {
            let msg = "assignment expression cannot be used in a comprehension iterable expression";
            return Err(self.error(msg.into(), &e.loc));
        }
        if self.cur_ref().comprehension.is_some() {
            self.extend_namedexpr_scope(target)?;
        }
        self.expr(value)?;
        self.expr(target)
    }

    /// A walrus inside a comprehension binds in the nearest enclosing function or module.
    fn extend_namedexpr_scope(&mut self, target: &Expr) -> R {
        let ExprKind::Name { id, .. } = &target.kind else {
            return Ok(());
        };
        let loc = target.loc;
        for i in (0..self.stack.len()).rev() {
            let idx = self.stack[i];
            let scope = &self.scopes[idx];
            if scope.comprehension.is_some() {
                if scope.flags(&mangle(self.private.as_deref(), id)) & DEF_COMP_ITER != 0 {
                    let msg = format!("assignment expression cannot rebind comprehension iteration variable '{id}'");
                    return Err(self.error(msg, &loc));
                }
                continue;
            }
            match scope.kind {
                ScopeKind::Function => {
                    let global =
                        scope.flags(&mangle(self.private.as_deref(), id)) & DEF_GLOBAL != 0;
                    self.add_def(id, if global { DEF_GLOBAL } else { DEF_NONLOCAL }, &loc)?;
                    self.record_directive(id, &loc);
                    return self.add_def_in(idx, id, DEF_LOCAL, &loc);
                }
                ScopeKind::Module => {
                    self.add_def(id, DEF_GLOBAL, &loc)?;
                    self.record_directive(id, &loc);
                    return self.add_def_in(idx, id, DEF_GLOBAL, &loc);
                }
                ScopeKind::Class => {
                    let msg = "assignment expression within a comprehension cannot be used in a class body";
                    return Err(self.error(msg.into(), &loc));
                }
            }
        }
        Ok(())
    }

    fn comprehension(
        &mut self,
        e: &Expr,
        name: &str,
        kind: Comprehension,
        generators: &[crate::ast::Comprehension],
        elt: &Expr,
        value: Option<&Expr>,
    ) -> R {
        let Some(outermost) = generators.first() else {
            return Ok(());
        };
        self.cur().comp_iter_expr += 1;
        let r = self.expr(&outermost.iter);
        self.cur().comp_iter_expr -= 1;
        r?;
        self.enter(
            ScopeKind::Function,
            name,
            e.loc.lineno,
            e as *const Expr as usize,
        );
        self.cur().comprehension = Some(kind);
        if outermost.is_async {
            self.cur().is_coroutine = true;
        }
        self.add_def(".0", DEF_PARAM, &e.loc)?;
        self.cur().comp_iter_target = true;
        self.expr(&outermost.target)?;
        self.cur().comp_iter_target = false;
        self.exprs(&outermost.ifs)?;
        for g in &generators[1..] {
            self.cur().comp_iter_target = true;
            self.expr(&g.target)?;
            self.cur().comp_iter_target = false;
            self.cur().comp_iter_expr += 1;
            let r = self.expr(&g.iter);
            self.cur().comp_iter_expr -= 1;
            r?;
            self.exprs(&g.ifs)?;
            if g.is_async {
                self.cur().is_coroutine = true;
            }
        }
        if let Some(v) = value {
            self.expr(v)?;
        }
        self.expr(elt)?;
        let is_generator = kind == Comprehension::Generator;
        self.cur().is_generator = is_generator;
        let is_async = self.cur_ref().is_coroutine && !is_generator;
        self.stack.pop();
        if is_async {
            self.cur().is_coroutine = true;
        }
        Ok(())
    }
}

// ---- analysis (CPython's analyze_block and friends) ----

fn directive_error(
    scopes: &[Scope],
    idx: usize,
    name: &str,
    msg: String,
    filename: &str,
) -> SyntaxError {
    let loc = scopes[idx]
        .directives
        .get(name)
        .copied()
        .unwrap_or_default();
    SyntaxError {
        kind: ErrorKind::SyntaxError,
        msg,
        filename: filename.to_string(),
        lineno: loc.lineno,
        offset: loc.col_offset + 1,
        end_lineno: loc.end_lineno,
        end_offset: i64::from(loc.end_col_offset) + 1,
        text: None,
        incomplete: false,
    }
}

type Names = HashSet<String>;

fn union(into: &mut Names, from: &Names) {
    into.extend(from.iter().cloned());
}

/// Resolves one block. `bound` is `None` for the module (names bound by enclosing functions
/// otherwise), `free` collects names free in this block and its children, `global` holds names
/// declared global in enclosing blocks.
fn analyze_block(
    scopes: &mut [Scope],
    idx: usize,
    bound: Option<&Names>,
    free: &mut Names,
    global: &Names,
    filename: &str,
) -> Result<(), SyntaxError> {
    let mut local = Names::new();
    let mut resolved: HashMap<String, SymScope> = HashMap::new();
    let mut global_set = global.clone();
    let mut newglobal = Names::new();
    let mut newbound = Names::new();
    let mut newfree = Names::new();
    let kind = scopes[idx].kind;
    if kind == ScopeKind::Class {
        union(&mut newglobal, global);
        if let Some(b) = bound {
            union(&mut newbound, b);
        }
    }
    let names = scopes[idx].order.clone();
    let mut bound_set: Option<Names> = bound.cloned();
    for name in &names {
        let flags = scopes[idx].flags(name);
        let sc = analyze_name(
            scopes,
            idx,
            name,
            flags,
            &mut bound_set,
            &mut local,
            free,
            &mut global_set,
            filename,
        )?;
        resolved.insert(name.clone(), sc);
    }
    if kind != ScopeKind::Class {
        if kind == ScopeKind::Function {
            union(&mut newbound, &local);
        }
        if let Some(b) = &bound_set {
            union(&mut newbound, b);
        }
        union(&mut newglobal, &global_set);
    } else {
        newbound.insert("__class__".to_string());
    }
    let mut allfree = Names::new();
    let children = scopes[idx].children.clone();
    for c in children {
        let mut temp_free = newfree.clone();
        analyze_block(
            scopes,
            c,
            Some(&newbound),
            &mut temp_free,
            &newglobal,
            filename,
        )?;
        union(&mut allfree, &temp_free);
        if scopes[c].has_free || scopes[c].child_free {
            scopes[idx].child_free = true;
        }
    }
    union(&mut newfree, &allfree);
    match kind {
        ScopeKind::Function => {
            for (name, sc) in resolved.iter_mut() {
                if *sc == SymScope::Local && newfree.remove(name) {
                    *sc = SymScope::Cell;
                }
            }
        }
        ScopeKind::Class => {
            if newfree.remove("__class__") {
                scopes[idx].needs_class_closure = true;
            }
        }
        ScopeKind::Module => {}
    }
    update_symbols(
        &mut scopes[idx],
        &resolved,
        bound_set.as_ref(),
        &newfree,
        kind == ScopeKind::Class,
    );
    union(free, &newfree);
    Ok(())
}

#[allow(clippy::too_many_arguments)]
fn analyze_name(
    scopes: &mut [Scope],
    idx: usize,
    name: &str,
    flags: u32,
    bound: &mut Option<Names>,
    local: &mut Names,
    free: &mut Names,
    global: &mut Names,
    filename: &str,
) -> Result<SymScope, SyntaxError> {
    if flags & DEF_GLOBAL != 0 {
        if flags & DEF_NONLOCAL != 0 {
            let msg = format!("name '{name}' is nonlocal and global");
            return Err(directive_error(scopes, idx, name, msg, filename));
        }
        global.insert(name.to_string());
        if let Some(b) = bound {
            b.remove(name);
        }
        return Ok(SymScope::GlobalExplicit);
    }
    if flags & DEF_NONLOCAL != 0 {
        let Some(b) = bound else {
            let msg = "nonlocal declaration not allowed at module level".to_string();
            return Err(directive_error(scopes, idx, name, msg, filename));
        };
        if !b.contains(name) {
            let msg = format!("no binding for nonlocal '{name}' found");
            return Err(directive_error(scopes, idx, name, msg, filename));
        }
        scopes[idx].has_free = true;
        free.insert(name.to_string());
        return Ok(SymScope::Free);
    }
    if flags & DEF_BOUND != 0 {
        local.insert(name.to_string());
        global.remove(name);
        return Ok(SymScope::Local);
    }
    if bound.as_ref().is_some_and(|b| b.contains(name)) {
        scopes[idx].has_free = true;
        free.insert(name.to_string());
        return Ok(SymScope::Free);
    }
    if global.contains(name) {
        return Ok(SymScope::GlobalImplicit);
    }
    if scopes[idx].is_nested {
        scopes[idx].has_free = true;
    }
    Ok(SymScope::GlobalImplicit)
}

fn update_symbols(
    scope: &mut Scope,
    resolved: &HashMap<String, SymScope>,
    bound: Option<&Names>,
    free: &Names,
    class: bool,
) {
    for (name, sym) in scope.symbols.iter_mut() {
        sym.scope = resolved.get(name).copied();
    }
    for name in free {
        if let Some(sym) = scope.symbols.get_mut(name) {
            if class && sym.flags & (DEF_BOUND | DEF_GLOBAL) != 0 {
                sym.flags |= DEF_FREE_CLASS;
            }
            continue;
        }
        if bound.is_some_and(|b| !b.contains(name)) {
            continue;
        }
        scope.order.push(name.clone());
        scope.symbols.insert(
            name.clone(),
            Symbol {
                flags: 0,
                scope: Some(SymScope::Free),
            },
        );
    }
}
