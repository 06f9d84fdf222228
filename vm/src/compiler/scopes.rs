//! The compiler's view of weft-parser's symbol table: the one place that knows its representation.

use std::collections::HashMap;

use weft_parser::symtable::{Scope, ScopeKind, SymScope, SymbolTable, DEF_FREE_CLASS, DEF_IMPORT};

/// How a name is resolved in a scope (3.11's `_PyST_GetScope`; `None` for names the table never saw,
/// such as `__doc__` stored by the compiler itself).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NameScope {
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}

/// Block kinds of 3.11's symtable.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum BlockKind {
    Module,
    Class,
    Function,
}

/// What codegen needs to know about one scope.
#[derive(Clone, Debug)]
pub(crate) struct ScopeInfo {
    pub kind: BlockKind,
    /// Resolved scope, `DEF_FREE_CLASS`, `DEF_IMPORT` of each name.
    symbols: HashMap<String, (Option<NameScope>, bool, bool)>,
    pub varnames: Vec<String>,
    pub generator: bool,
    pub coroutine: bool,
    pub nested: bool,
    pub varargs: bool,
    pub varkeywords: bool,
    pub needs_class_closure: bool,
}

impl ScopeInfo {
    pub fn from_table(st: &SymbolTable, addr: usize) -> Option<ScopeInfo> {
        st.scope_of(addr).map(ScopeInfo::from_scope)
    }

    fn from_scope(s: &Scope) -> ScopeInfo {
        let symbols = s
            .symbols
            .iter()
            .map(|(k, v)| {
                let scope = v.scope.map(|sc| match sc {
                    SymScope::Local => NameScope::Local,
                    SymScope::GlobalExplicit => NameScope::GlobalExplicit,
                    SymScope::GlobalImplicit => NameScope::GlobalImplicit,
                    SymScope::Free => NameScope::Free,
                    SymScope::Cell => NameScope::Cell,
                });
                (
                    k.clone(),
                    (
                        scope,
                        v.flags & DEF_FREE_CLASS != 0,
                        v.flags & DEF_IMPORT != 0,
                    ),
                )
            })
            .collect();
        ScopeInfo {
            kind: match s.kind {
                ScopeKind::Module => BlockKind::Module,
                ScopeKind::Class => BlockKind::Class,
                ScopeKind::Function => BlockKind::Function,
            },
            symbols,
            varnames: s.varnames.clone(),
            generator: s.is_generator,
            coroutine: s.is_coroutine,
            nested: s.is_nested,
            varargs: s.has_varargs,
            varkeywords: s.has_varkeywords,
            needs_class_closure: s.needs_class_closure,
        }
    }

    /// Whether the name is bound by an import in this scope.
    pub fn imported(&self, name: &str) -> bool {
        self.symbols.get(name).is_some_and(|s| s.2)
    }

    pub fn scope(&self, name: &str) -> Option<NameScope> {
        self.symbols.get(name).and_then(|s| s.0)
    }

    /// `co_cellvars`: sorted, with the implicit `__class__` cell of a class that needs one.
    pub fn cellvars(&self) -> Vec<String> {
        let mut v: Vec<String> = self
            .symbols
            .iter()
            .filter(|(_, s)| s.0 == Some(NameScope::Cell))
            .map(|(k, _)| k.clone())
            .collect();
        if self.needs_class_closure {
            v.push("__class__".to_string());
        }
        v.sort();
        v
    }

    /// `co_freevars`: sorted free names, plus class-body names that methods close over.
    pub fn freevars(&self) -> Vec<String> {
        let mut v: Vec<String> = self
            .symbols
            .iter()
            .filter(|(_, s)| s.0 == Some(NameScope::Free) || s.1)
            .map(|(k, _)| k.clone())
            .collect();
        v.sort();
        v
    }
}
