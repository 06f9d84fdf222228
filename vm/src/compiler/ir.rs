//! The control-flow graph the code generator writes into, before assembly.
//!
//! Instructions are `bytecode::Instr` whose labels are *block ids* until `assemble` rewrites them into
//! instruction indices. Exception handling is written with 3.11's pseudo-instructions (`SetupFinally`,
//! `SetupCleanup`, `SetupWith`, `PopBlock`), which the assembler turns into the exception table.

use super::bytecode::{Instr, Label, Position};

/// Index of a block in `Cfg::blocks`.
pub(crate) type BlockId = Label;

/// An instruction of the graph: a real one, or a pseudo-instruction that only exists until assembly.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Op {
    I(Instr),
    /// Handler pushed on the exception stack; on entry to the handler: `[.., exc]`.
    SetupFinally(BlockId),
    /// Like `SetupFinally`, but the handler also receives `lasti` below the exception.
    SetupCleanup(BlockId),
    /// Like `SetupCleanup`, for `with`: the handler unwinds to below the `__enter__` result.
    SetupWith(BlockId),
    /// Pops the innermost handler.
    PopBlock,
}

/// An instruction with its source position (`lineno == 0`: none yet, filled in from its neighbours).
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct IrInstr {
    pub op: Op,
    pub loc: Position,
}

/// A basic block: straight-line code that may end in a jump or a scope exit.
#[derive(Clone, Debug, Default)]
pub(crate) struct Block {
    pub instrs: Vec<IrInstr>,
    /// The block laid out after this one (the fall-through successor).
    pub next: Option<BlockId>,
}

/// A graph under construction: block 0 is the entry; `current` receives emitted instructions.
#[derive(Clone, Debug)]
pub(crate) struct Cfg {
    pub blocks: Vec<Block>,
    pub current: BlockId,
}

impl Default for Cfg {
    fn default() -> Self {
        Cfg {
            blocks: vec![Block::default()],
            current: 0,
        }
    }
}

impl Cfg {
    pub fn new_block(&mut self) -> BlockId {
        self.blocks.push(Block::default());
        (self.blocks.len() - 1) as BlockId
    }

    /// Lays `b` out after the current block and makes it current (3.11's `compiler_use_next_block`).
    pub fn use_next_block(&mut self, b: BlockId) {
        let cur = self.current as usize;
        self.blocks[cur].next = Some(b);
        self.current = b;
    }

    /// Appends to the current block, starting a new block first when the current one already ends in a
    /// jump or an exit, so that every block holds at most one control transfer, at its end.
    pub fn emit(&mut self, op: Op, loc: Position) {
        let ends = self.blocks[self.current as usize]
            .instrs
            .last()
            .is_some_and(|i| ends_block(&i.op));
        if ends {
            let b = self.new_block();
            self.use_next_block(b);
        }
        self.blocks[self.current as usize]
            .instrs
            .push(IrInstr { op, loc });
    }

    /// Whether the current block ends in an unconditional transfer (code after it is unreachable).
    pub fn current_terminated(&self) -> bool {
        self.blocks[self.current as usize]
            .instrs
            .last()
            .is_some_and(|i| matches!(i.op, Op::I(ref x) if is_terminator(x)))
    }
}

/// The jump target of a real instruction, if it has one.
pub(crate) fn jump_target(i: &Instr) -> Option<Label> {
    use Instr::*;
    match *i {
        Jump(l) | JumpNoInterrupt(l) | PopJumpIfFalse(l) | PopJumpIfTrue(l) | PopJumpIfNone(l)
        | PopJumpIfNotNone(l) | JumpIfFalseOrPop(l) | JumpIfTrueOrPop(l) | ForIter(l) | Send(l) => {
            Some(l)
        }
        _ => None,
    }
}

/// `i` with its jump target replaced (unchanged if it has none).
pub(crate) fn retarget(i: Instr, to: Label) -> Instr {
    use Instr::*;
    match i {
        Jump(_) => Jump(to),
        JumpNoInterrupt(_) => JumpNoInterrupt(to),
        PopJumpIfFalse(_) => PopJumpIfFalse(to),
        PopJumpIfTrue(_) => PopJumpIfTrue(to),
        PopJumpIfNone(_) => PopJumpIfNone(to),
        PopJumpIfNotNone(_) => PopJumpIfNotNone(to),
        JumpIfFalseOrPop(_) => JumpIfFalseOrPop(to),
        JumpIfTrueOrPop(_) => JumpIfTrueOrPop(to),
        ForIter(_) => ForIter(to),
        Send(_) => Send(to),
        other => other,
    }
}

/// Unconditional transfers: nothing after them in the block runs.
pub(crate) fn is_terminator(i: &Instr) -> bool {
    matches!(
        i,
        Instr::Jump(_)
            | Instr::JumpNoInterrupt(_)
            | Instr::ReturnValue
            | Instr::Raise(_)
            | Instr::Reraise(_)
    )
}

/// Whether an op must be the last of its block.
pub(crate) fn ends_block(op: &Op) -> bool {
    match op {
        Op::I(i) => is_terminator(i) || jump_target(i).is_some(),
        _ => false,
    }
}
