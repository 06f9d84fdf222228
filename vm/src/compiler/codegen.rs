//! The code generator's driver: the stack of code units being compiled, name resolution, constants,
//! closures, and turning a finished unit into a `CodeUnit` (3.11's `compiler_enter_scope`,
//! `compiler_nameop`, `compiler_make_closure` and `assemble`).

use weft_parser::ast::{self, Expr, ExprKind, Loc};
use weft_parser::symtable::SymbolTable;

use super::assemble::assemble;
use super::bytecode::{flags, CodeUnit, Const, Instr, Position};
use super::consts::{mangle, ConstPool, NamePool};
use super::ir::{Cfg, IrInstr, Op};
use super::scopes::{BlockKind, NameScope, ScopeInfo};
use super::unit::{FBlock, FBlockKind, ScopeType, Unit, MAX_BLOCKS};

/// Why compilation stopped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ErrorKind {
    Syntax,
    /// The AST nests deeper than the compiler recurses: the vm raises `RecursionError`.
    Recursion,
    /// A bug in the code generator, reported as `SystemError` rather than a panic.
    Internal,
}

#[derive(Clone, Debug)]
pub(crate) struct CompileError {
    pub kind: ErrorKind,
    pub msg: String,
    pub loc: Position,
}

pub(crate) type R<T = ()> = Result<T, CompileError>;

/// How deep `visit_expr`/`visit_stmt` may recurse (CPython allows its recursion limit times 3).
const MAX_DEPTH: u32 = 3000;

/// Expression or statement context of a name operation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Ctx {
    Load,
    Store,
    Del,
}

impl From<ast::ExprContext> for Ctx {
    fn from(c: ast::ExprContext) -> Ctx {
        match c {
            ast::ExprContext::Load => Ctx::Load,
            ast::ExprContext::Store => Ctx::Store,
            ast::ExprContext::Del => Ctx::Del,
        }
    }
}

pub(crate) fn pos(l: &Loc) -> Position {
    Position {
        lineno: l.lineno,
        end_lineno: l.end_lineno,
        col_offset: l.col_offset,
        end_col_offset: l.end_col_offset,
    }
}

pub(crate) struct Compiler<'a> {
    st: &'a SymbolTable,
    pub filename: &'a str,
    pub optimize: u8,
    /// `CO_FUTURE_*` bits in force (from `from __future__` imports and the caller's flags).
    pub future: u32,
    pub top_level_await: bool,
    pub interactive: bool,
    /// Line of the last leading `from __future__` import: one after it is an error.
    pub future_lineno: u32,
    pub units: Vec<Unit<'a>>,
    /// The `SyntaxWarning`s issued so far, each located where compilation was.
    pub warnings: Vec<(String, Position)>,
    depth: u32,
}

impl<'a> Compiler<'a> {
    pub fn new(
        st: &'a SymbolTable,
        filename: &'a str,
        optimize: u8,
        future: u32,
        top_level_await: bool,
    ) -> Self {
        Compiler {
            st,
            filename,
            optimize,
            future,
            top_level_await,
            interactive: false,
            future_lineno: 0,
            units: Vec::new(),
            warnings: Vec::new(),
            depth: 0,
        }
    }

    pub fn u(&mut self) -> &mut Unit<'a> {
        self.units
            .last_mut()
            .expect("a code unit is always open while compiling")
    }

    pub fn ur(&self) -> &Unit<'a> {
        self.units
            .last()
            .expect("a code unit is always open while compiling")
    }

    fn loc_now(&self) -> Position {
        self.units.last().map(|u| u.loc).unwrap_or_default()
    }

    pub fn error<T>(&self, msg: impl Into<String>) -> R<T> {
        Err(CompileError {
            kind: ErrorKind::Syntax,
            msg: msg.into(),
            loc: self.loc_now(),
        })
    }

    /// 3.11's `compiler_warn`: a `SyntaxWarning` at the current location.
    pub fn warn(&mut self, msg: impl Into<String>) {
        let loc = self.loc_now();
        self.warnings.push((msg.into(), loc));
    }

    pub fn internal<T>(&self, msg: impl Into<String>) -> R<T> {
        Err(CompileError {
            kind: ErrorKind::Internal,
            msg: msg.into(),
            loc: self.loc_now(),
        })
    }

    /// Guards recursion over nested nodes; pair with `leave`.
    pub fn enter(&mut self) -> R {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(CompileError {
                kind: ErrorKind::Recursion,
                msg: "maximum recursion depth exceeded during compilation".into(),
                loc: self.loc_now(),
            });
        }
        Ok(())
    }

    pub fn leave(&mut self) {
        self.depth -= 1;
    }

    pub fn set_loc(&mut self, l: &Loc) {
        self.u().loc = pos(l);
    }

    /// 3.11's `update_start_location_to_match_attr`: an attribute access on a later line than its
    /// expression starts is located at the attribute name (`obj\n.attr`), so tracebacks point there.
    pub fn attr_loc(&mut self, attr_expr: &Expr) {
        let ExprKind::Attribute { attr, .. } = &attr_expr.kind else {
            return;
        };
        let end_line = attr_expr.loc.end_lineno;
        let end_col = attr_expr.loc.end_col_offset;
        let l = &mut self.u().loc;
        if l.lineno == end_line {
            return;
        }
        l.lineno = end_line;
        let len = attr.chars().count() as u32;
        if len <= end_col {
            l.col_offset = end_col - len;
        }
        l.end_lineno = l.end_lineno.max(l.lineno);
        if l.lineno == l.end_lineno {
            l.end_col_offset = l.end_col_offset.max(l.col_offset);
        }
    }

    pub fn unset_loc(&mut self) {
        self.u().loc = Position::default();
    }

    pub fn emit(&mut self, i: Instr) {
        self.u().emit(i);
    }

    pub fn emit_noline(&mut self, i: Instr) {
        self.u().emit_noline(i);
    }

    pub fn emit_op(&mut self, op: Op) {
        self.u().emit_op(op);
    }

    pub fn new_block(&mut self) -> u32 {
        self.u().cfg.new_block()
    }

    pub fn use_next_block(&mut self, b: u32) {
        self.u().cfg.use_next_block(b);
    }

    /// 3.11's `NEXT_BLOCK`: start a fresh block laid out after the current one.
    pub fn next_block(&mut self) {
        let b = self.new_block();
        self.use_next_block(b);
    }

    pub fn add_const(&mut self, c: Const) -> u32 {
        self.u().consts.add(c)
    }

    pub fn load_const(&mut self, c: Const) {
        let i = self.add_const(c);
        self.emit(Instr::LoadConst(i));
    }

    pub fn mangled(&self, name: &str) -> String {
        mangle(self.ur().private.as_deref(), name)
    }

    /// Index into `co_names` of a name that is mangled (3.11's `ADDOP_NAME`).
    pub fn name_index(&mut self, name: &str) -> u32 {
        let m = self.mangled(name);
        self.u().names.add(&m)
    }

    /// Index into `co_names` without mangling (3.11's `ADDOP_N` on `names`).
    pub fn raw_name_index(&mut self, name: &str) -> u32 {
        self.u().names.add(name)
    }

    pub fn push_fblock(&mut self, kind: FBlockKind<'a>, block: u32, exit: u32) -> R {
        if self.ur().fblocks.len() >= MAX_BLOCKS {
            return self.error("too many statically nested blocks");
        }
        self.u().fblocks.push(FBlock { kind, block, exit });
        Ok(())
    }

    pub fn pop_fblock(&mut self) {
        self.u().fblocks.pop();
    }

    pub fn is_top_level_await(&self) -> bool {
        self.top_level_await && self.ur().scope_type == ScopeType::Module
    }

    /// Opens a code unit for the scope of the node at `addr`.
    pub fn enter_scope(
        &mut self,
        name: &str,
        scope_type: ScopeType,
        addr: usize,
        lineno: u32,
    ) -> R {
        let Some(info) = ScopeInfo::from_table(self.st, addr) else {
            return self.internal(format!("no symbol table entry for {name}"));
        };
        let mut varnames = NamePool::default();
        for v in &info.varnames {
            varnames.add(v);
        }
        let cellvars = info.cellvars();
        let freevars = info.freevars();
        let private = match (scope_type, self.units.last()) {
            (ScopeType::Class, _) => Some(name.to_string()),
            (_, Some(p)) => p.private.clone(),
            (_, None) => None,
        };
        let qualname = self.qualname_for(name, scope_type);
        let loc = match scope_type {
            ScopeType::Module => Position::default(),
            _ => Position {
                lineno,
                end_lineno: lineno,
                col_offset: 0,
                end_col_offset: 0,
            },
        };
        self.units.push(Unit {
            info,
            scope_type,
            name: name.to_string(),
            qualname,
            private,
            cfg: Cfg::default(),
            consts: ConstPool::default(),
            names: NamePool::default(),
            varnames,
            cellvars,
            freevars,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            firstlineno: lineno,
            loc,
            fblocks: Vec::new(),
            docstring: false,
        });
        Ok(())
    }

    /// 3.11's `compiler_set_qualname`.
    fn qualname_for(&self, name: &str, scope_type: ScopeType) -> String {
        let Some(parent) = self.units.last() else {
            return name.to_string();
        };
        if scope_type == ScopeType::Module {
            return name.to_string();
        }
        if matches!(
            scope_type,
            ScopeType::Function | ScopeType::AsyncFunction | ScopeType::Class
        ) {
            let m = mangle(parent.private.as_deref(), name);
            if parent.info.scope(&m) == Some(NameScope::GlobalExplicit) {
                return name.to_string();
            }
        }
        let base = match parent.scope_type {
            ScopeType::Module => return name.to_string(),
            ScopeType::Function | ScopeType::AsyncFunction | ScopeType::Lambda => {
                format!("{}.<locals>", parent.qualname)
            }
            ScopeType::Class | ScopeType::Comprehension => parent.qualname.clone(),
        };
        format!("{base}.{name}")
    }

    fn code_flags(&self, u: &Unit) -> u32 {
        let mut f = 0;
        if u.info.kind == BlockKind::Function {
            f |= flags::OPTIMIZED | flags::NEWLOCALS;
            if u.info.nested {
                f |= flags::NESTED;
            }
            f |= match (u.info.generator, u.info.coroutine) {
                (true, true) => flags::ASYNC_GENERATOR,
                (true, false) => flags::GENERATOR,
                (false, true) => flags::COROUTINE,
                (false, false) => 0,
            };
            if u.info.varargs {
                f |= flags::VARARGS;
            }
            if u.info.varkeywords {
                f |= flags::VARKEYWORDS;
            }
        }
        if self.top_level_await
            && u.scope_type == ScopeType::Module
            && u.info.coroutine
            && !u.info.generator
        {
            f |= flags::COROUTINE;
        }
        f | self.future
    }

    /// Closes the current unit: the implicit `return None` (or `return TOS` without `add_none`), the
    /// prefix instructions, and assembly.
    pub fn exit_scope(&mut self, add_none: bool) -> R<CodeUnit> {
        if !self.ur().cfg.current_terminated() {
            self.unset_loc();
            if add_none {
                self.load_const(Const::None);
            }
            self.emit(Instr::ReturnValue);
        }
        let Some(mut u) = self.units.pop() else {
            return Err(internal_err("no unit to close"));
        };
        let flags = self.code_flags(&u);
        let gen_loc = Position {
            lineno: u.firstlineno,
            end_lineno: u.firstlineno,
            col_offset: 0,
            end_col_offset: 0,
        };
        let mut prefix = u.prefix(flags);
        // 3.11's `RESUME` places the entry on the `def` line (`co_lines`, `f_lineno`); a `Nop` stands
        // for it, dropped where the body starts on that line anyway.
        if !matches!(u.scope_type, ScopeType::Module) && !prefix.contains(&Instr::ReturnGenerator) {
            prefix.push(Instr::Nop);
        }
        let prefix: Vec<IrInstr> = prefix
            .into_iter()
            .map(|i| {
                let loc = if matches!(i, Instr::ReturnGenerator | Instr::Nop) {
                    gen_loc
                } else {
                    Position::default()
                };
                IrInstr { op: Op::I(i), loc }
            })
            .collect();
        let entry = &mut u.cfg.blocks[0].instrs;
        entry.splice(0..0, prefix);
        u.fix_deref_indices();
        let mut code = u.shell(self.filename, flags);
        let asm =
            assemble(std::mem::take(&mut u.cfg), &mut u.consts).map_err(|m| internal_err(&m))?;
        code.consts = std::mem::take(&mut u.consts.items);
        code.instructions = asm.instructions;
        code.positions = asm.positions;
        code.exception_table = asm.exception_table;
        code.stacksize = asm.stacksize;
        Ok(code)
    }

    /// 3.11's `compiler_nameop`.
    pub fn nameop(&mut self, name: &str, ctx: Ctx) -> R {
        if name == "__debug__" {
            match ctx {
                Ctx::Store => return self.error("cannot assign to __debug__"),
                Ctx::Del => return self.error("cannot delete __debug__"),
                Ctx::Load => {}
            }
        }
        let m = self.mangled(name);
        let u = self.ur();
        let func = u.info.kind == BlockKind::Function;
        let class = u.info.kind == BlockKind::Class;
        let instr = match u.info.scope(&m) {
            Some(NameScope::Free) | Some(NameScope::Cell) => {
                let idx = match u.info.scope(&m) {
                    Some(NameScope::Free) => u.free_index(&m),
                    _ => u.cell_index(&m),
                };
                let Some(i) = idx else {
                    return self.internal(format!("no closure slot for {m}"));
                };
                match ctx {
                    Ctx::Load if class => Instr::LoadClassDeref(i),
                    Ctx::Load => Instr::LoadDeref(i),
                    Ctx::Store => Instr::StoreDeref(i),
                    Ctx::Del => Instr::DeleteDeref(i),
                }
            }
            Some(NameScope::Local) if func => {
                let i = self.u().local_index(&m);
                match ctx {
                    Ctx::Load => Instr::LoadFast(i),
                    Ctx::Store => Instr::StoreFast(i),
                    Ctx::Del => Instr::DeleteFast(i),
                }
            }
            Some(NameScope::GlobalExplicit) | Some(NameScope::GlobalImplicit)
                if func || u.info.scope(&m) == Some(NameScope::GlobalExplicit) =>
            {
                let i = self.u().names.add(&m);
                match ctx {
                    Ctx::Load => Instr::LoadGlobal {
                        name: i,
                        push_null: false,
                    },
                    Ctx::Store => Instr::StoreGlobal(i),
                    Ctx::Del => Instr::DeleteGlobal(i),
                }
            }
            _ => {
                let i = self.u().names.add(&m);
                match ctx {
                    Ctx::Load => Instr::LoadName(i),
                    Ctx::Store => Instr::StoreName(i),
                    Ctx::Del => Instr::DeleteName(i),
                }
            }
        };
        self.emit(instr);
        Ok(())
    }

    /// 3.11's `compiler_make_closure`: loads the cells a nested code unit closes over, then makes the function.
    pub fn make_closure(&mut self, code: CodeUnit, mut fflags: u32) -> R {
        if !code.freevars.is_empty() {
            for name in &code.freevars {
                let u = self.ur();
                let cell = (u.scope_type == ScopeType::Class && name == "__class__")
                    || u.info.scope(name) == Some(NameScope::Cell);
                let idx = if cell {
                    u.cell_index(name)
                } else {
                    u.free_index(name)
                };
                let Some(i) = idx else {
                    return self
                        .internal(format!("closure variable {name} not found in {}", u.name));
                };
                self.emit(Instr::LoadClosure(i));
            }
            fflags |= 0x08;
            self.emit(Instr::BuildTuple(code.freevars.len() as u32));
        }
        self.load_const(Const::Code(Box::new(code)));
        self.emit(Instr::MakeFunction(fflags));
        Ok(())
    }
}

pub(crate) fn internal_err(m: &str) -> CompileError {
    CompileError {
        kind: ErrorKind::Internal,
        msg: format!("internal compiler error: {m}"),
        loc: Position::default(),
    }
}
