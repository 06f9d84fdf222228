//! The state of one code unit being generated (3.11's `struct compiler_unit`) and the frame-block stack that
//! `break`, `continue` and `return` unwind through.

use super::bytecode::{CodeUnit, Instr, Position};
use super::consts::{ConstPool, NamePool};
use super::ir::{BlockId, Cfg, Op};
use super::scopes::ScopeInfo;

/// What kind of code a unit compiles (3.11's `COMPILER_SCOPE_*`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ScopeType {
    Module,
    Class,
    Function,
    AsyncFunction,
    Lambda,
    Comprehension,
}

/// What an enclosing block must undo when control leaves it early (3.11's `fblockinfo`).
#[derive(Clone, Copy, Debug)]
pub(crate) enum FBlockKind<'a> {
    WhileLoop,
    ForLoop,
    TryExcept,
    /// The `finally` body, replayed on early exit.
    FinallyTry(&'a [weft_parser::ast::Stmt]),
    FinallyEnd,
    /// The position of the `with` statement, given to the `__exit__` call on early exit.
    With(Position),
    AsyncWith(Position),
    /// The `as` name of an except clause, cleared on exit.
    HandlerCleanup(Option<&'a str>),
    PopValue,
    ExceptionHandler,
    ExceptionGroupHandler,
    AsyncComprehensionGenerator,
}

#[derive(Clone, Copy, Debug)]
pub(crate) struct FBlock<'a> {
    pub kind: FBlockKind<'a>,
    /// Where `continue` goes for loops.
    pub block: BlockId,
    /// Where `break` goes for loops.
    pub exit: BlockId,
}

/// Provisional base of cell and free slots (see `Unit::cell_index`).
const DEREF_BASE: u32 = 1 << 24;

/// CPython's `CO_MAXBLOCKS`.
pub(crate) const MAX_BLOCKS: usize = 20;

pub(crate) struct Unit<'a> {
    pub info: ScopeInfo,
    pub scope_type: ScopeType,
    pub name: String,
    pub qualname: String,
    /// The class name used for private-name mangling.
    pub private: Option<String>,
    pub cfg: Cfg,
    pub consts: ConstPool,
    pub names: NamePool,
    pub varnames: NamePool,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub firstlineno: u32,
    /// Position given to emitted instructions (3.11's `u_lineno` and friends).
    pub loc: Position,
    pub fblocks: Vec<FBlock<'a>>,
    pub docstring: bool,
}

impl Unit<'_> {
    pub fn emit(&mut self, i: Instr) {
        self.cfg.emit(Op::I(i), self.loc);
    }

    pub fn emit_op(&mut self, op: Op) {
        self.cfg.emit(op, self.loc);
    }

    /// An artificial instruction: its position comes from its neighbours.
    pub fn emit_noline(&mut self, i: Instr) {
        self.cfg.emit(Op::I(i), Position::default());
    }

    /// Localsplus index of a plain local.
    pub fn local_index(&mut self, name: &str) -> u32 {
        self.varnames.add(name)
    }

    /// Localsplus index of a cell: an argument's own slot, or a slot after the locals, written as
    /// `DEREF_BASE + k` until `fix_deref_indices` knows how many locals there are.
    pub fn cell_index(&self, name: &str) -> Option<u32> {
        if let Some(i) = self.varnames.get(name) {
            if self.cellvars.iter().any(|c| c == name) {
                return Some(i);
            }
        }
        let nvars = DEREF_BASE;
        let mut k = 0;
        for c in &self.cellvars {
            if self.varnames.get(c).is_some() {
                continue;
            }
            if c == name {
                return Some(nvars + k);
            }
            k += 1;
        }
        None
    }

    fn own_cells(&self) -> u32 {
        self.cellvars
            .iter()
            .filter(|c| self.varnames.get(c).is_none())
            .count() as u32
    }

    pub fn free_index(&self, name: &str) -> Option<u32> {
        let base = DEREF_BASE + self.own_cells();
        self.freevars
            .iter()
            .position(|f| f == name)
            .map(|i| base + i as u32)
    }

    /// Rewrites provisional cell and free slots now that `varnames` is complete (3.11's `fix_cell_offsets`).
    pub fn fix_deref_indices(&mut self) {
        let nvars = self.varnames.items.len() as u32;
        let fix = |i: u32| {
            if i >= DEREF_BASE {
                i - DEREF_BASE + nvars
            } else {
                i
            }
        };
        for b in &mut self.cfg.blocks {
            for ins in &mut b.instrs {
                if let Op::I(
                    Instr::MakeCell(x)
                    | Instr::LoadClosure(x)
                    | Instr::LoadDeref(x)
                    | Instr::LoadClassDeref(x)
                    | Instr::StoreDeref(x)
                    | Instr::DeleteDeref(x),
                ) = &mut ins.op
                {
                    *x = fix(*x);
                }
            }
        }
    }

    /// Instructions 3.11 inserts before the body: `CopyFreeVars`, `MakeCell`s, `ReturnGenerator`.
    pub fn prefix(&self, flags: u32) -> Vec<Instr> {
        let mut out = Vec::new();
        if !self.freevars.is_empty() {
            out.push(Instr::CopyFreeVars(self.freevars.len() as u32));
        }
        let mut cells: Vec<u32> = self
            .cellvars
            .iter()
            .filter_map(|c| self.cell_index(c))
            .collect();
        cells.sort_unstable();
        out.extend(cells.into_iter().map(Instr::MakeCell));
        use super::bytecode::flags::{ASYNC_GENERATOR, COROUTINE, GENERATOR};
        if flags & (GENERATOR | COROUTINE | ASYNC_GENERATOR) != 0 {
            out.push(Instr::ReturnGenerator);
        }
        out
    }

    /// The code unit's metadata; instructions are filled in by the assembler.
    pub fn shell(&self, filename: &str, flags: u32) -> CodeUnit {
        CodeUnit {
            name: self.name.clone(),
            qualname: self.qualname.clone(),
            filename: filename.to_string(),
            firstlineno: self.firstlineno,
            flags,
            argcount: self.argcount,
            posonlyargcount: self.posonlyargcount,
            kwonlyargcount: self.kwonlyargcount,
            names: self.names.items.clone(),
            varnames: self.varnames.items.clone(),
            cellvars: self.cellvars.clone(),
            freevars: self.freevars.clone(),
            docstring: self.docstring,
            ..CodeUnit::default()
        }
    }
}
