//! From a code generator's graph to linear code: the cleanup passes of 3.11's `assemble()` that matter for
//! correctness and speed (peephole, unreachable code, redundant `Nop`s), the stack-depth analysis, exception-table construction and label resolution.

use super::bytecode::{Const, ExceptionEntry, Instr, Label, Position};
use super::consts::ConstPool;
use super::ir::{is_terminator, jump_target, retarget, BlockId, Cfg, IrInstr, Op};
use super::stack_effect::stack_effect;

/// Linear code of one code unit.
pub(crate) struct Assembled {
    pub instructions: Vec<Instr>,
    pub positions: Vec<Position>,
    pub exception_table: Vec<ExceptionEntry>,
    pub stacksize: u32,
}

/// Runs all passes. An `Err` is an internal inconsistency of the code generator (a bug), never user error.
pub(crate) fn assemble(mut cfg: Cfg, consts: &mut ConstPool) -> Result<Assembled, String> {
    for b in &mut cfg.blocks {
        peephole(&mut b.instrs, consts);
    }
    skip_empty_targets(&mut cfg);
    thread_jumps(&mut cfg);
    extend_blocks(&mut cfg);
    remove_unreachable(&mut cfg);
    duplicate_exits_without_lineno(&mut cfg);
    let layout = layout_of(&cfg);
    let (depths, lasti, stacksize) = stack_depths(&cfg, &layout)?;
    let handlers = label_exception_targets(&mut cfg, &layout);
    propagate_locations(&mut cfg, &layout);
    guarantee_lineno_for_exits(&mut cfg, &layout);
    remove_jumps_to_next(&mut cfg, &layout);
    let mut handlers = handlers;
    remove_redundant_nops(&mut cfg, &layout, &mut handlers);
    linearize(&cfg, &layout, &handlers, &depths, &lasti, stacksize)
}

fn const_truth(c: &Const) -> Option<bool> {
    Some(match c {
        Const::None => false,
        Const::Bool(b) => *b,
        Const::Ellipsis | Const::Code(_) => true,
        Const::Int(i) => i.sign() != num_bigint::Sign::NoSign,
        Const::Float(f) => *f != 0.0,
        Const::Complex { real, imag } => *real != 0.0 || *imag != 0.0,
        Const::Str(s) => !s.is_empty(),
        Const::StrSurrogates(s) => !s.is_empty(),
        Const::Bytes(b) => !b.is_empty(),
        Const::Tuple(t) | Const::FrozenSet(t) => !t.is_empty(),
    })
}

/// 3.11's `optimize_basic_block`, the rewrites that pay: constant conditions, `PushNull` folded into
/// `LoadGlobal`, and `a, b = b, a` without a tuple.
fn peephole(instrs: &mut [IrInstr], consts: &mut ConstPool) {
    for i in 0..instrs.len() {
        if let Op::I(Instr::BuildTuple(n)) = instrs[i].op {
            fold_tuple(instrs, i, n as usize, consts);
        }
        let Some(next) = instrs.get(i + 1).map(|n| n.op) else {
            break;
        };
        match (instrs[i].op, next) {
            (
                Op::I(Instr::PushNull),
                Op::I(Instr::LoadGlobal {
                    name,
                    push_null: false,
                }),
            ) => {
                instrs[i].op = Op::I(Instr::Nop);
                instrs[i + 1].op = Op::I(Instr::LoadGlobal {
                    name,
                    push_null: true,
                });
            }
            (
                Op::I(Instr::LoadConst(c)),
                Op::I(j @ (Instr::PopJumpIfFalse(t) | Instr::PopJumpIfTrue(t))),
            ) => {
                if let Some(truth) = consts.items.get(c as usize).and_then(const_truth) {
                    let jumps = truth == matches!(j, Instr::PopJumpIfTrue(_));
                    instrs[i].op = Op::I(Instr::Nop);
                    instrs[i + 1].op = Op::I(if jumps { Instr::Jump(t) } else { Instr::Nop });
                }
            }
            (Op::I(Instr::LoadConst(c)), Op::I(Instr::IsOp(inv)))
                if consts.items.get(c as usize) == Some(&Const::None) =>
            {
                let jump = instrs.get(i + 2).map(|n| n.op);
                let new = match jump {
                    Some(Op::I(Instr::PopJumpIfTrue(t))) if !inv => Instr::PopJumpIfNone(t),
                    Some(Op::I(Instr::PopJumpIfFalse(t))) if !inv => Instr::PopJumpIfNotNone(t),
                    Some(Op::I(Instr::PopJumpIfTrue(t))) => Instr::PopJumpIfNotNone(t),
                    Some(Op::I(Instr::PopJumpIfFalse(t))) => Instr::PopJumpIfNone(t),
                    _ => continue,
                };
                instrs[i].op = Op::I(Instr::Nop);
                instrs[i + 1].op = Op::I(Instr::Nop);
                instrs[i + 2].op = Op::I(new);
            }
            (Op::I(Instr::BuildTuple(n)), Op::I(Instr::UnpackSequence(m))) if n == m && n <= 3 => {
                instrs[i].op = Op::I(Instr::Nop);
                instrs[i + 1].op = Op::I(if n == 1 { Instr::Nop } else { Instr::Swap(n) });
            }
            _ => {}
        }
    }
}

/// 3.11's `fold_tuple_on_constants`: `LoadConst`×n + `BuildTuple(n)` becomes one constant tuple.
fn fold_tuple(instrs: &mut [IrInstr], at: usize, n: usize, consts: &mut ConstPool) {
    if n > at {
        return;
    }
    let mut items = Vec::with_capacity(n);
    for ins in &instrs[at - n..at] {
        match ins.op {
            Op::I(Instr::LoadConst(c)) => match consts.items.get(c as usize) {
                Some(v) => items.push(v.clone()),
                None => return,
            },
            _ => return,
        }
    }
    for ins in &mut instrs[at - n..at] {
        ins.op = Op::I(Instr::Nop);
    }
    instrs[at].op = Op::I(Instr::LoadConst(consts.add(Const::Tuple(items))));
}

/// The block a jump to `b` really lands on: the first non-empty block at or after `b` in layout order.
fn resolve(cfg: &Cfg, mut b: BlockId) -> BlockId {
    let mut steps = 0;
    while cfg.blocks[b as usize].instrs.is_empty() && steps <= cfg.blocks.len() {
        match cfg.blocks[b as usize].next {
            Some(n) => b = n,
            None => break,
        }
        steps += 1;
    }
    b
}

fn skip_empty_targets(cfg: &mut Cfg) {
    for bi in 0..cfg.blocks.len() {
        for ii in 0..cfg.blocks[bi].instrs.len() {
            let op = cfg.blocks[bi].instrs[ii].op;
            let new = match op {
                Op::I(i) => match jump_target(&i) {
                    Some(t) => Op::I(retarget(i, resolve(cfg, t))),
                    None => op,
                },
                Op::SetupFinally(t) => Op::SetupFinally(resolve(cfg, t)),
                Op::SetupCleanup(t) => Op::SetupCleanup(resolve(cfg, t)),
                Op::SetupWith(t) => Op::SetupWith(resolve(cfg, t)),
                Op::PopBlock => op,
            };
            cfg.blocks[bi].instrs[ii].op = new;
        }
    }
}

/// 3.11's `jump_thread`: a jump to an unconditional jump goes straight to the final target, when that
/// does not lose a line number.
fn thread_jumps(cfg: &mut Cfg) {
    for bi in 0..cfg.blocks.len() {
        let Some(last) = cfg.blocks[bi].instrs.last().copied() else {
            continue;
        };
        let Op::I(i) = last.op else { continue };
        if !matches!(
            i,
            Instr::Jump(_)
                | Instr::PopJumpIfFalse(_)
                | Instr::PopJumpIfTrue(_)
                | Instr::PopJumpIfNone(_)
                | Instr::PopJumpIfNotNone(_)
                | Instr::JumpIfFalseOrPop(_)
                | Instr::JumpIfTrueOrPop(_)
        ) {
            continue;
        }
        let mut cur = i;
        for _ in 0..cfg.blocks.len() {
            let Some(t) = jump_target(&cur) else { break };
            let t = resolve(cfg, t);
            let Some(first) = cfg.blocks[t as usize].instrs.first() else {
                break;
            };
            let Op::I(Instr::Jump(t2)) = first.op else {
                break;
            };
            let t2 = resolve(cfg, t2);
            if t2 == t || first.loc.lineno != last.loc.lineno {
                break;
            }
            cur = retarget(cur, t2);
        }
        if let Some(l) = cfg.blocks[bi].instrs.last_mut() {
            l.op = Op::I(cur);
        }
    }
}

/// Whether a block ends the code unit (return or raise).
fn exits_scope(cfg: &Cfg, b: BlockId) -> bool {
    cfg.blocks[b as usize].instrs.last().is_some_and(|i| {
        matches!(
            i.op,
            Op::I(Instr::ReturnValue | Instr::Raise(_) | Instr::Reraise(_))
        )
    })
}

/// 3.11's `extend_block`: a jump to a short exit block without line numbers (an implicit `return
/// None`, a cleanup's `Reraise`) is replaced by a copy of that block. An exit with a line (`return x`)
/// stays shared, so line numbers run in source order as on CPython.
///
/// 3.11 makes two passes, one in layout order (in `assemble`) and one newest block first (its
/// `b_list`, in `optimize_cfg`), so a block extended by the first can be copied by the second.
fn extend_blocks(cfg: &mut Cfg) {
    let layout = layout_of(cfg);
    let newest_first: Vec<BlockId> = (0..cfg.blocks.len() as BlockId).rev().collect();
    for order in [layout, newest_first] {
        for bi in order {
            extend_block(cfg, bi as usize);
        }
    }
}

fn extend_block(cfg: &mut Cfg, bi: usize) {
    let Some(last) = cfg.blocks[bi].instrs.last().copied() else {
        return;
    };
    let Op::I(Instr::Jump(t)) = last.op else {
        return;
    };
    let t = resolve(cfg, t);
    let target = &cfg.blocks[t as usize].instrs;
    // CPython has turned `PopBlock` and lineless `Nop`s into nothing by the time it measures.
    let size = target
        .iter()
        .filter(|i| !matches!(i.op, Op::PopBlock | Op::I(Instr::Nop)))
        .count();
    if !exits_scope(cfg, t) || size > 4 || target.iter().any(|i| i.loc.lineno != 0) {
        return;
    }
    let copy = cfg.blocks[t as usize].instrs.clone();
    let block = &mut cfg.blocks[bi];
    if let Some(l) = block.instrs.last_mut() {
        l.op = Op::I(Instr::Nop);
    }
    block.instrs.extend(copy);
}

/// 3.11's `duplicate_exits_without_lineno`: an exit block without positions that several jumps reach is
/// copied per jump, so that each copy takes the position of the code that leads to it.
fn duplicate_exits_without_lineno(cfg: &mut Cfg) {
    let layout = layout_of(cfg);
    let mut preds = predecessors(cfg, &layout);
    // CPython walks its blocks newest first (`b_list`); each copy goes right after its target, so
    // the copies end up in the order of the jumps' blocks' creation.
    let mut order = layout.clone();
    order.sort_unstable_by(|a, b| b.cmp(a));
    for &b in &order {
        let Some(last) = cfg.blocks[b as usize].instrs.last().copied() else {
            continue;
        };
        let Op::I(j) = last.op else { continue };
        let Some(t) = jump_target(&j) else { continue };
        let t = resolve(cfg, t);
        let no_line = cfg.blocks[t as usize]
            .instrs
            .iter()
            .all(|i| i.loc.lineno == 0);
        if !exits_scope(cfg, t) || !no_line || preds[t as usize] <= 1 {
            continue;
        }
        let nb = cfg.new_block();
        let mut instrs = cfg.blocks[t as usize].instrs.clone();
        if let Some(first) = instrs.first_mut() {
            first.loc = last.loc;
        }
        cfg.blocks[nb as usize].instrs = instrs;
        cfg.blocks[nb as usize].next = cfg.blocks[t as usize].next;
        cfg.blocks[t as usize].next = Some(nb);
        preds[t as usize] -= 1;
        preds.push(1);
        if let Some(l) = cfg.blocks[b as usize].instrs.last_mut() {
            l.op = Op::I(retarget(j, nb));
        }
    }
}

fn falls_through(cfg: &Cfg, b: BlockId) -> bool {
    !cfg.blocks[b as usize]
        .instrs
        .last()
        .is_some_and(|i| matches!(i.op, Op::I(ref x) if is_terminator(x)))
}

/// Successors of a block: jump and handler targets, then the fall-through block.
fn successors(cfg: &Cfg, b: BlockId) -> Vec<BlockId> {
    let mut out = Vec::new();
    for i in &cfg.blocks[b as usize].instrs {
        match i.op {
            Op::I(x) => out.extend(jump_target(&x)),
            Op::SetupFinally(t) | Op::SetupCleanup(t) | Op::SetupWith(t) => out.push(t),
            Op::PopBlock => {}
        }
    }
    if falls_through(cfg, b) {
        out.extend(cfg.blocks[b as usize].next.map(|n| resolve(cfg, n)));
    }
    out
}

fn remove_unreachable(cfg: &mut Cfg) {
    let mut seen = vec![false; cfg.blocks.len()];
    let mut todo = vec![resolve(cfg, 0)];
    while let Some(b) = todo.pop() {
        if std::mem::replace(&mut seen[b as usize], true) {
            continue;
        }
        todo.extend(successors(cfg, b));
    }
    for (b, block) in cfg.blocks.iter_mut().enumerate() {
        if !seen[b] {
            block.instrs.clear();
        }
    }
}

/// Non-empty blocks in layout order.
fn layout_of(cfg: &Cfg) -> Vec<BlockId> {
    let mut out = Vec::new();
    let mut cur = Some(0);
    let mut visited = vec![false; cfg.blocks.len()];
    while let Some(b) = cur {
        if std::mem::replace(&mut visited[b as usize], true) {
            break;
        }
        if !cfg.blocks[b as usize].instrs.is_empty() {
            out.push(b);
        }
        cur = cfg.blocks[b as usize].next;
    }
    out
}

type Depths = (Vec<Option<u32>>, Vec<bool>, u32);

/// 3.11's `stackdepth()`: the depth on entry to every block, whether a handler block receives `lasti`,
/// and the maximum depth.
fn stack_depths(cfg: &Cfg, layout: &[BlockId]) -> Result<Depths, String> {
    let n = cfg.blocks.len();
    let mut start: Vec<Option<u32>> = vec![None; n];
    let mut lasti = vec![false; n];
    let mut max: i64 = 0;
    let mut todo = Vec::new();
    let set = |start: &mut Vec<Option<u32>>,
               todo: &mut Vec<BlockId>,
               b: BlockId,
               d: i64|
     -> Result<(), String> {
        if d < 0 {
            return Err(format!("negative stack depth entering block {b}"));
        }
        match start[b as usize] {
            None => {
                start[b as usize] = Some(d as u32);
                todo.push(b);
                Ok(())
            }
            Some(old) if old as i64 == d => Ok(()),
            Some(old) => Err(format!(
                "inconsistent stack depth at block {b}: {old} vs {d}"
            )),
        }
    };
    if let Some(&entry) = layout.first() {
        set(&mut start, &mut todo, entry, 0)?;
    }
    while let Some(b) = todo.pop() {
        let mut depth = start[b as usize].unwrap_or(0) as i64;
        let mut fall = true;
        for ins in &cfg.blocks[b as usize].instrs {
            match ins.op {
                Op::I(i) => {
                    if let Some(t) = jump_target(&i) {
                        let d = depth + stack_effect(&i, true);
                        max = max.max(d);
                        set(&mut start, &mut todo, t, d)?;
                    }
                    depth += stack_effect(&i, false);
                    if depth < 0 {
                        return Err(format!("negative stack depth in block {b} at {i:?}"));
                    }
                    max = max.max(depth);
                    if is_terminator(&i) {
                        fall = false;
                        break;
                    }
                }
                Op::SetupFinally(t) => {
                    max = max.max(depth + 1);
                    set(&mut start, &mut todo, t, depth + 1)?;
                }
                Op::SetupCleanup(t) | Op::SetupWith(t) => {
                    lasti[t as usize] = true;
                    let d = depth
                        + if matches!(ins.op, Op::SetupCleanup(_)) {
                            2
                        } else {
                            1
                        };
                    max = max.max(d);
                    set(&mut start, &mut todo, t, d)?;
                }
                Op::PopBlock => {}
            }
        }
        if fall {
            match cfg.blocks[b as usize].next.map(|x| resolve(cfg, x)) {
                Some(nb) if !cfg.blocks[nb as usize].instrs.is_empty() => {
                    set(&mut start, &mut todo, nb, depth)?
                }
                _ => return Err(format!("block {b} falls off the end of the code")),
            }
        }
    }
    Ok((start, lasti, max as u32))
}

/// 3.11's `label_exception_targets`: the handler of every instruction, from the `Setup*`/`PopBlock`
/// nesting along every path; the pseudo-instructions become `Nop`s.
fn label_exception_targets(cfg: &mut Cfg, layout: &[BlockId]) -> Vec<Vec<Option<BlockId>>> {
    let n = cfg.blocks.len();
    let mut handlers: Vec<Vec<Option<BlockId>>> = cfg
        .blocks
        .iter()
        .map(|b| vec![None; b.instrs.len()])
        .collect();
    let mut stacks: Vec<Option<Vec<BlockId>>> = vec![None; n];
    let Some(&entry) = layout.first() else {
        return handlers;
    };
    stacks[entry as usize] = Some(Vec::new());
    let mut todo = vec![entry];
    while let Some(b) = todo.pop() {
        let mut stack = stacks[b as usize].clone().unwrap_or_default();
        let bi = b as usize;
        let visit = |stacks: &mut Vec<Option<Vec<BlockId>>>,
                     todo: &mut Vec<BlockId>,
                     t: BlockId,
                     s: &[BlockId]| {
            if stacks[t as usize].is_none() {
                stacks[t as usize] = Some(s.to_vec());
                todo.push(t);
            }
        };
        for (ii, handler) in handlers[bi].iter_mut().enumerate() {
            let op = cfg.blocks[bi].instrs[ii].op;
            match op {
                Op::SetupFinally(t) | Op::SetupCleanup(t) | Op::SetupWith(t) => {
                    visit(&mut stacks, &mut todo, t, &stack);
                    stack.push(t);
                    cfg.blocks[bi].instrs[ii].op = Op::I(Instr::Nop);
                }
                Op::PopBlock => {
                    stack.pop();
                    cfg.blocks[bi].instrs[ii].op = Op::I(Instr::Nop);
                }
                Op::I(i) => {
                    *handler = stack.last().copied();
                    if let Some(t) = jump_target(&i) {
                        visit(&mut stacks, &mut todo, t, &stack);
                    }
                }
            }
        }
        if falls_through(cfg, b) {
            if let Some(nb) = cfg.blocks[bi].next.map(|x| resolve(cfg, x)) {
                visit(&mut stacks, &mut todo, nb, &stack);
            }
        }
    }
    handlers
}

fn predecessors(cfg: &Cfg, layout: &[BlockId]) -> Vec<u32> {
    let mut preds = vec![0u32; cfg.blocks.len()];
    for &b in layout {
        for s in successors(cfg, b) {
            preds[s as usize] += 1;
        }
    }
    preds
}

/// 3.11's `propagate_line_numbers`: an instruction without a position takes its predecessor's.
fn propagate_locations(cfg: &mut Cfg, layout: &[BlockId]) {
    let preds = predecessors(cfg, layout);
    for &b in layout {
        let mut prev = Position::default();
        for ins in &mut cfg.blocks[b as usize].instrs {
            if ins.loc.lineno == 0 {
                ins.loc = prev;
            } else {
                prev = ins.loc;
            }
        }
        let pass_on = |cfg: &mut Cfg, t: BlockId| {
            if preds[t as usize] == 1 {
                if let Some(first) = cfg.blocks[t as usize].instrs.first_mut() {
                    if first.loc.lineno == 0 {
                        first.loc = prev;
                    }
                }
            }
        };
        if falls_through(cfg, b) {
            if let Some(nb) = cfg.blocks[b as usize].next.map(|x| resolve(cfg, x)) {
                pass_on(cfg, nb);
            }
        }
        let last = cfg.blocks[b as usize].instrs.last().map(|i| i.op);
        if let Some(Op::I(i)) = last {
            if let Some(t) = jump_target(&i) {
                pass_on(cfg, t);
            }
        }
    }
}

/// 3.11's `guarantee_lineno_for_exits`: a `return` still without a line takes the last line seen before
/// it (without columns).
fn guarantee_lineno_for_exits(cfg: &mut Cfg, layout: &[BlockId]) {
    let mut line = 0;
    for &b in layout {
        let instrs = &mut cfg.blocks[b as usize].instrs;
        let Some(last) = instrs.last() else { continue };
        if last.loc.lineno != 0 {
            line = last.loc.lineno;
        } else if last.op == Op::I(Instr::ReturnValue) && line != 0 {
            for ins in instrs.iter_mut() {
                ins.loc = Position {
                    lineno: line,
                    end_lineno: line,
                    col_offset: 0,
                    end_col_offset: 0,
                };
            }
        }
    }
}

fn remove_jumps_to_next(cfg: &mut Cfg, layout: &[BlockId]) {
    for w in layout.windows(2) {
        if let Some(last) = cfg.blocks[w[0] as usize].instrs.last_mut() {
            if let Op::I(Instr::Jump(t) | Instr::JumpNoInterrupt(t)) = last.op {
                if t == w[1] {
                    last.op = Op::I(Instr::Nop);
                }
            }
        }
    }
}

/// 3.11's `remove_redundant_nops`: a `Nop` stays only where it carries a line of its own.
fn remove_redundant_nops(cfg: &mut Cfg, layout: &[BlockId], handlers: &mut [Vec<Option<BlockId>>]) {
    for (k, &b) in layout.iter().enumerate() {
        let next_line = layout[k + 1..]
            .iter()
            .find_map(|&nb| cfg.blocks[nb as usize].instrs.first().map(|i| i.loc.lineno));
        let bi = b as usize;
        let old = std::mem::take(&mut cfg.blocks[bi].instrs);
        let old_h = std::mem::take(&mut handlers[bi]);
        let mut kept = Vec::with_capacity(old.len());
        let mut kept_h = Vec::with_capacity(old.len());
        let mut prev_line = 0;
        let mut carry: Option<Position> = None;
        for (idx, mut ins) in old.iter().copied().enumerate() {
            if let Some(loc) = carry.take() {
                ins.loc = loc;
            }
            if ins.op == Op::I(Instr::Nop) {
                let line = ins.loc.lineno;
                if line == 0 || line == prev_line {
                    continue;
                }
                match old.get(idx + 1) {
                    Some(n) if n.loc.lineno == 0 || n.loc.lineno == line => {
                        if n.loc.lineno == 0 {
                            carry = Some(ins.loc);
                        }
                        continue;
                    }
                    None if next_line == Some(line) => continue,
                    _ => {}
                }
            }
            prev_line = ins.loc.lineno;
            kept.push(ins);
            kept_h.push(old_h.get(idx).copied().flatten());
        }
        cfg.blocks[bi].instrs = kept;
        handlers[bi] = kept_h;
    }
}

fn linearize(
    cfg: &Cfg,
    layout: &[BlockId],
    handlers: &[Vec<Option<BlockId>>],
    depths: &[Option<u32>],
    lasti: &[bool],
    stacksize: u32,
) -> Result<Assembled, String> {
    let mut offset = vec![u32::MAX; cfg.blocks.len()];
    let mut n: u32 = 0;
    for &b in layout {
        offset[b as usize] = n;
        n += cfg.blocks[b as usize].instrs.len() as u32;
    }
    let label = |b: BlockId| -> Result<Label, String> {
        let b = resolve(cfg, b);
        match offset.get(b as usize) {
            Some(&o) if o != u32::MAX && !cfg.blocks[b as usize].instrs.is_empty() => Ok(o),
            _ => Err(format!("jump to a block that was not laid out: {b}")),
        }
    };
    let mut instructions = Vec::with_capacity(n as usize);
    let mut positions = Vec::with_capacity(n as usize);
    let mut table: Vec<ExceptionEntry> = Vec::new();
    for &b in layout {
        for (ii, ins) in cfg.blocks[b as usize].instrs.iter().enumerate() {
            let Op::I(i) = ins.op else {
                return Err("pseudo-instruction left after exception labelling".into());
            };
            let i = match jump_target(&i) {
                Some(t) => retarget(i, label(t)?),
                None => i,
            };
            let at = instructions.len() as u32;
            instructions.push(i);
            positions.push(ins.loc);
            if let Some(h) = handlers[b as usize].get(ii).copied().flatten() {
                let target = label(h)?;
                let keep = lasti[h as usize];
                let start = depths[h as usize].ok_or("handler without a stack depth")?;
                let depth = start
                    .checked_sub(1 + keep as u32)
                    .ok_or("handler entered below its own depth")?;
                match table.last_mut() {
                    Some(e)
                        if e.end == at
                            && e.handler == target
                            && e.depth == depth
                            && e.lasti == keep =>
                    {
                        e.end = at + 1
                    }
                    _ => table.push(ExceptionEntry {
                        start: at,
                        end: at + 1,
                        handler: target,
                        depth,
                        lasti: keep,
                    }),
                }
            }
        }
    }
    Ok(Assembled {
        instructions,
        positions,
        exception_table: table,
        stacksize,
    })
}
