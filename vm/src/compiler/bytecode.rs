//! weft's bytecode: the contract between the compiler and the eval loop.
//!
//! The instruction set is CPython 3.11's (see the `dis` documentation of 3.11), with the same stack effects
//! and the same code shapes from the compiler, minus what exists only for CPython's specialising interpreter
//! (`CACHE`, `PRECALL`, `RESUME`, `EXTENDED_ARG`, specialised forms) and with these differences:
//! - Jump targets are absolute instruction indices (`Label`), not byte deltas, and the forward/backward
//!   variants of 3.11 are merged (`PopJumpIfFalse` etc.).
//! - Operands are typed (an `Instr` is an enum with its operand inline), at most 8 bytes each.
//! - `CompareOp`, `BinaryOp` and `UnaryOp` carry small enums instead of raw integers.
//! - `LoadGlobal` takes `push_null` explicitly instead of the low bit of its operand.
//! - Constants are `Const`s (plain data, so code can be cached on disk and pickled); the vm turns them into
//!   objects when it loads a `CodeUnit`.
//!
//! Local variable indices index "localsplus" as in 3.11: `varnames`, then `cellvars` that are not also
//! arguments, then `freevars` (see `CodeUnit::localsplus_names`).

use serde::{Deserialize, Serialize};

/// An absolute instruction index, the target of a jump.
pub type Label = u32;

/// Operators of `BinaryOp` (3.11's `NB_*`), in-place forms included.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[repr(u8)]
pub enum BinOp {
    Add,
    And,
    FloorDivide,
    Lshift,
    MatrixMultiply,
    Multiply,
    Remainder,
    Or,
    Power,
    Rshift,
    Subtract,
    TrueDivide,
    Xor,
    InplaceAdd,
    InplaceAnd,
    InplaceFloorDivide,
    InplaceLshift,
    InplaceMatrixMultiply,
    InplaceMultiply,
    InplaceRemainder,
    InplaceOr,
    InplacePower,
    InplaceRshift,
    InplaceSubtract,
    InplaceTrueDivide,
    InplaceXor,
}

/// Rich comparisons of `CompareOp`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[repr(u8)]
pub enum CmpOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}

/// Unary operators (3.11 has one opcode each; merged here).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[repr(u8)]
pub enum UnaryOp {
    Positive,
    Negative,
    Not,
    Invert,
}

/// What `GetAwaitable` reports in its error message (3.11's oparg: 0, 1 = after `__aenter__`, 2 = after `__aexit__`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[repr(u8)]
pub enum AwaitableWhere {
    Await,
    AEnter,
    AExit,
}

/// One instruction. Semantics are those of the 3.11 opcode of the same name unless documented here.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Instr {
    Nop,
    PopTop,
    PushNull,
    /// Push a copy of the i-th item (1-based from the top), 3.11 `COPY`.
    Copy(u32),
    /// Swap TOS with the i-th item (1-based), 3.11 `SWAP`.
    Swap(u32),
    UnaryOp(UnaryOp),
    BinaryOp(BinOp),
    CompareOp(CmpOp),
    /// `is` (false) / `is not` (true).
    IsOp(bool),
    /// `in` (false) / `not in` (true).
    ContainsOp(bool),
    GetIter,
    GetYieldFromIter,
    BinarySubscr,
    StoreSubscr,
    DeleteSubscr,
    /// Pops stop, start (and step if 3) and pushes a slice, 3.11 `BUILD_SLICE`.
    BuildSlice(u32),
    GetAwaitable(AwaitableWhere),
    GetAiter,
    GetAnext,
    EndAsyncFor,
    BeforeAsyncWith,
    /// Interactive mode: call `sys.displayhook` on TOS.
    PrintExpr,
    SetAdd(u32),
    ListAppend(u32),
    MapAdd(u32),
    ReturnValue,
    YieldValue,
    /// 3.11 `RETURN_GENERATOR` + the `POP_TOP` after it: emitted at the start of generator, coroutine and
    /// async-generator code; the call creates the generator object instead of running the body.
    ReturnGenerator,
    /// 3.11 `SEND`: on a return from the sub-iterator, pop it, push the value and jump to the label.
    Send(Label),
    AsyncGenWrap,
    SetupAnnotations,
    ImportStar,
    PopExcept,
    /// 3.11 `RERAISE`: if the operand is non-zero, set `f_lasti` from the item at that depth.
    Reraise(u32),
    PushExcInfo,
    CheckExcMatch,
    CheckEgMatch,
    PrepReraiseStar,
    WithExceptStart,
    LoadAssertionError,
    LoadBuildClass,
    BeforeWith,
    GetLen,
    MatchMapping,
    MatchSequence,
    MatchKeys,
    /// Operand: count of positional sub-patterns; the keyword names tuple is TOS as in 3.11.
    MatchClass(u32),
    StoreName(u32),
    DeleteName(u32),
    LoadName(u32),
    UnpackSequence(u32),
    /// Operand: `before | (after << 8)`, as in 3.11.
    UnpackEx(u32),
    StoreAttr(u32),
    DeleteAttr(u32),
    LoadAttr(u32),
    /// 3.11 `LOAD_METHOD`: pushes `[meth, self]` or `[NULL, attr]`.
    LoadMethod(u32),
    StoreGlobal(u32),
    DeleteGlobal(u32),
    /// Loads a global or builtin; pushes NULL first when `push_null` (3.11's low operand bit).
    LoadGlobal {
        name: u32,
        push_null: bool,
    },
    LoadConst(u32),
    BuildTuple(u32),
    BuildList(u32),
    BuildSet(u32),
    BuildMap(u32),
    BuildConstKeyMap(u32),
    BuildString(u32),
    ListToTuple,
    ListExtend(u32),
    SetUpdate(u32),
    DictUpdate(u32),
    DictMerge(u32),
    ImportName(u32),
    ImportFrom(u32),
    Jump(Label),
    /// 3.11 `JUMP_BACKWARD_NO_INTERRUPT` (no safe-point check): used inside `yield from`/`await` loops.
    JumpNoInterrupt(Label),
    PopJumpIfFalse(Label),
    PopJumpIfTrue(Label),
    PopJumpIfNone(Label),
    PopJumpIfNotNone(Label),
    JumpIfFalseOrPop(Label),
    JumpIfTrueOrPop(Label),
    /// On exhaustion pops the iterator and jumps to the label.
    ForIter(Label),
    LoadFast(u32),
    StoreFast(u32),
    DeleteFast(u32),
    MakeCell(u32),
    LoadClosure(u32),
    LoadDeref(u32),
    LoadClassDeref(u32),
    StoreDeref(u32),
    DeleteDeref(u32),
    CopyFreeVars(u32),
    /// 3.11 `RAISE_VARARGS`.
    Raise(u32),
    /// 3.11 `KW_NAMES`: the constant (a tuple of str) names the keyword arguments of the next `Call`.
    KwNames(u32),
    /// 3.11 `CALL` (no `PRECALL` before it). Stack: `[NULL|meth, callable|self, args...]`.
    Call(u32),
    /// 3.11 `CALL_FUNCTION_EX`: operand 1 when a kwargs mapping is present.
    CallFunctionEx(u32),
    /// 3.11 `MAKE_FUNCTION`: flags 0x01 defaults, 0x02 kwdefaults, 0x04 annotations, 0x08 closure.
    MakeFunction(u32),
    /// 3.11 `FORMAT_VALUE`: flags & 3 = conversion (0 none, 1 str, 2 repr, 3 ascii), & 4 = spec on stack.
    FormatValue(u32),
    // Superinstructions: only in the running copy of a code object (`superinstr::quicken`), never emitted
    // by the compiler. Each stands for the instruction it is named after first, with the operand shown,
    // and runs the fast path of the instruction after it, which stays in place unchanged (so jumps to it,
    // positions, handlers and `f_lasti` see the plain code) and runs on its own when the fast path cannot.
    /// `PushNull` followed by `LoadFast`: the `f(...)` of a local callable.
    PushNullLoadFast,
    /// `Call` followed by `PopTop` (a call made for its effect): a result the call gives at once is
    /// dropped there and the `PopTop` stepped over.
    CallPopTop(u32),
    LoadFastLoadFast(u32),
    LoadFastLoadConst(u32),
    LoadFastLoadAttr(u32),
    LoadFastBinaryOp(u32),
    LoadConstLoadFast(u32),
    LoadConstBinaryOp(u32),
    StoreFastLoadFast(u32),
    StoreFastStoreFast(u32),
    /// `CompareOp` followed by `PopJumpIfFalse` or `PopJumpIfTrue`.
    CompareOpJump(CmpOp),
    /// `ForIter` followed by `StoreFast`: the item goes straight into the local.
    ForIterStoreFast(Label),
}

/// One entry of the exception table (3.11's `co_exceptiontable`, decoded).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExceptionEntry {
    /// First instruction covered.
    pub start: Label,
    /// One past the last instruction covered.
    pub end: Label,
    /// Where to jump.
    pub handler: Label,
    /// Value-stack depth to unwind to before pushing (lasti and) the exception.
    pub depth: u32,
    /// Whether to push the raising instruction's index (as an int) before the exception.
    pub lasti: bool,
}

/// Source position of an instruction (3.11's `co_positions()`): 1-based lines, 0-based UTF-8 byte columns.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Position {
    pub lineno: u32,
    pub end_lineno: u32,
    pub col_offset: u32,
    pub end_col_offset: u32,
}

/// A compile-time constant.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Const {
    None,
    Bool(bool),
    Ellipsis,
    Int(num_bigint::BigInt),
    Float(f64),
    Complex {
        real: f64,
        imag: f64,
    },
    Str(String),
    /// A str holding lone surrogates: its code points.
    StrSurrogates(Vec<u32>),
    Bytes(Vec<u8>),
    Tuple(Vec<Const>),
    FrozenSet(Vec<Const>),
    Code(Box<CodeUnit>),
}

/// `co_flags` bits, CPython's values.
pub mod flags {
    pub const OPTIMIZED: u32 = 0x0001;
    pub const NEWLOCALS: u32 = 0x0002;
    pub const VARARGS: u32 = 0x0004;
    pub const VARKEYWORDS: u32 = 0x0008;
    pub const NESTED: u32 = 0x0010;
    pub const GENERATOR: u32 = 0x0020;
    pub const NOFREE: u32 = 0x0040;
    pub const COROUTINE: u32 = 0x0080;
    pub const ITERABLE_COROUTINE: u32 = 0x0100;
    pub const ASYNC_GENERATOR: u32 = 0x0200;
    pub const FUTURE_ANNOTATIONS: u32 = 0x100_0000;
}

/// A compiled code unit: what the compiler produces for a module, class body, function, lambda or
/// comprehension. Field names follow CPython's code object attributes.
#[derive(Clone, Debug, PartialEq, Default, Serialize, Deserialize)]
pub struct CodeUnit {
    pub name: String,
    pub qualname: String,
    pub filename: String,
    pub firstlineno: u32,
    pub flags: u32,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    /// Maximum value-stack depth.
    pub stacksize: u32,
    pub instructions: Vec<Instr>,
    /// One per instruction.
    pub positions: Vec<Position>,
    pub exception_table: Vec<ExceptionEntry>,
    pub consts: Vec<Const>,
    /// Names used by `*Name`, `*Global`, `*Attr`, `LoadMethod`, `Import*`.
    pub names: Vec<String>,
    /// Arguments first (positional, keyword-only, `*args`, `**kwargs`), then other locals.
    pub varnames: Vec<String>,
    /// Cell variables (sorted by name as in CPython; an argument that is a cell appears in both lists).
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    /// The docstring is `consts[0]` when it is a str, as in CPython.
    pub docstring: bool,
}

impl CodeUnit {
    /// 3.11's `co_localsplus` names: varnames, then cellvars not already in varnames, then freevars.
    pub fn localsplus_names(&self) -> Vec<&str> {
        let mut out: Vec<&str> = self.varnames.iter().map(String::as_str).collect();
        for c in &self.cellvars {
            if !self.varnames.contains(c) {
                out.push(c);
            }
        }
        out.extend(self.freevars.iter().map(String::as_str));
        out
    }
}
