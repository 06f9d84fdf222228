//! Code units as bytes, for the bytecode cache and `marshal`: postcard-encoded, keyed to the build, and
//! validated on the way in so that no byte string (a stale cache, a truncated file, `marshal.loads` of
//! anything) can make the eval loop index out of bounds or run off the end of its code.

use super::bytecode::{CodeUnit, Const, Instr};
use super::stack_effect::stack_effect;

/// Identifies the compiler and instruction set of this build (a hash of their sources, see
/// `build.rs`): code written by another build is refused instead of being misread.
pub const BUILD_KEY: u64 = parse_key(env!("WEFT_BYTECODE_KEY"));

const fn parse_key(s: &str) -> u64 {
    let b = s.as_bytes();
    let mut i = 0;
    let mut v: u64 = 0;
    while i < b.len() {
        let d = match b[i] {
            c @ b'0'..=b'9' => c - b'0',
            c @ b'a'..=b'f' => c - b'a' + 10,
            _ => 0,
        };
        v = (v << 4) | d as u64;
        i += 1;
    }
    v
}

/// The 16-bit pyc magic of this build: above every CPython magic (they stay below 4000), so neither
/// interpreter takes the other's cache files.
pub const fn pyc_magic() -> u16 {
    0x8000 | (BUILD_KEY as u16 & 0x7fff)
}

/// Serialises a code unit (with its nested code constants).
pub fn encode(u: &CodeUnit) -> Vec<u8> {
    let mut out = BUILD_KEY.to_le_bytes().to_vec();
    // Serialising plain data into a Vec cannot fail.
    if let Ok(body) = postcard::to_allocvec(u) {
        out.extend_from_slice(&body);
    }
    out
}

/// Reads a code unit written by `encode` of this build and checks it; the error says why not.
pub fn decode(b: &[u8]) -> Result<CodeUnit, String> {
    let (key, body) = b.split_at_checked(8).ok_or("truncated code object")?;
    if key != BUILD_KEY.to_le_bytes() {
        return Err("code object from another weft build".into());
    }
    let (u, rest) =
        postcard::take_from_bytes::<CodeUnit>(body).map_err(|_| "malformed code object")?;
    if !rest.is_empty() {
        return Err("trailing bytes after code object".into());
    }
    validate(&u)?;
    Ok(u)
}

/// Checks what the eval loop relies on without checking it per instruction: operands index existing
/// constants, names, locals and instructions; the value stack never underflows nor exceeds
/// `stacksize` and has one depth at every instruction; control never runs off the end.
pub fn validate(u: &CodeUnit) -> Result<(), String> {
    let n = u.instructions.len();
    let bad = |what: &str| Err(format!("invalid code object {:?}: {what}", u.name));
    if n == 0 || u.positions.len() != n {
        return bad("instruction and position counts");
    }
    let nlocals = u.localsplus_names().len();
    let nargs = u.argcount as usize
        + u.kwonlyargcount as usize
        + usize::from(u.flags & super::bytecode::flags::VARARGS != 0)
        + usize::from(u.flags & super::bytecode::flags::VARKEYWORDS != 0);
    if u.posonlyargcount > u.argcount || nargs > u.varnames.len() {
        return bad("argument counts");
    }
    if u.docstring && !matches!(u.consts.first(), Some(Const::Str(_))) {
        return bad("docstring");
    }
    for e in &u.exception_table {
        if e.start > e.end || e.end as usize > n || e.handler as usize >= n {
            return bad("exception table");
        }
    }
    for (pc, i) in u.instructions.iter().enumerate() {
        if !operands_ok(u, i, nlocals, n) {
            return bad(&format!("operand of instruction {pc}"));
        }
    }
    depths(u).map_err(|what| format!("invalid code object {:?}: {what}", u.name))?;
    for c in &u.consts {
        validate_const(c)?;
    }
    Ok(())
}

fn validate_const(c: &Const) -> Result<(), String> {
    match c {
        Const::Code(u) => validate(u),
        Const::Tuple(items) | Const::FrozenSet(items) => items.iter().try_for_each(validate_const),
        Const::StrSurrogates(cps) if cps.iter().any(|&c| c > 0x10ffff) => {
            Err("invalid code point in constant".into())
        }
        _ => Ok(()),
    }
}

fn operands_ok(u: &CodeUnit, i: &Instr, nlocals: usize, n: usize) -> bool {
    use Instr::*;
    let c = |k: u32| (k as usize) < u.consts.len();
    let name = |k: u32| (k as usize) < u.names.len();
    let local = |k: u32| (k as usize) < nlocals;
    if let Some(k) = jump_target(i) {
        return (k as usize) < n;
    }
    match *i {
        LoadConst(k) => c(k),
        KwNames(k) => matches!(u.consts.get(k as usize), Some(Const::Tuple(_))),
        StoreName(k)
        | DeleteName(k)
        | LoadName(k)
        | StoreAttr(k)
        | DeleteAttr(k)
        | LoadAttr(k)
        | LoadMethod(k)
        | StoreGlobal(k)
        | DeleteGlobal(k)
        | ImportName(k)
        | ImportFrom(k)
        | LoadGlobal { name: k, .. } => name(k),
        LoadFast(k) | StoreFast(k) | DeleteFast(k) | MakeCell(k) | LoadClosure(k)
        | LoadDeref(k) | LoadClassDeref(k) | StoreDeref(k) | DeleteDeref(k) => local(k),
        CopyFreeVars(k) => (k as usize) <= u.freevars.len(),
        Raise(k) => k <= 2,
        // Only the running copy of a code object holds superinstructions.
        PushNullLoadFast
        | CallPopTop(_)
        | LoadFastLoadFast(_)
        | LoadFastLoadConst(_)
        | LoadFastLoadAttr(_)
        | LoadFastBinaryOp(_)
        | LoadConstLoadFast(_)
        | LoadConstBinaryOp(_)
        | StoreFastLoadFast(_)
        | StoreFastStoreFast(_)
        | CompareOpJump(_)
        | ForIterStoreFast(_) => false,
        _ => true,
    }
}

/// How deep an instruction reaches into the stack: its inputs, and for the `LIST_APPEND` family the
/// container it reads below them (3.11's `_PyOpcode_num_popped` plus those reads).
fn popped(i: &Instr) -> i64 {
    use Instr::*;
    match *i {
        Nop
        | PushNull
        | ReturnGenerator
        | SetupAnnotations
        | LoadAssertionError
        | LoadBuildClass
        | DeleteName(_)
        | LoadName(_)
        | DeleteGlobal(_)
        | LoadGlobal { .. }
        | LoadConst(_)
        | Jump(_)
        | JumpNoInterrupt(_)
        | LoadFast(_)
        | DeleteFast(_)
        | MakeCell(_)
        | LoadClosure(_)
        | LoadDeref(_)
        | LoadClassDeref(_)
        | DeleteDeref(_)
        | CopyFreeVars(_)
        | KwNames(_) => 0,
        PopTop | UnaryOp(_) | GetIter | GetYieldFromIter | GetAwaitable(_) | GetAiter
        | GetAnext | BeforeAsyncWith | PrintExpr | ReturnValue | YieldValue | AsyncGenWrap
        | ImportStar | PopExcept | PushExcInfo | BeforeWith | GetLen | MatchMapping
        | MatchSequence | StoreName(_) | UnpackSequence(_) | UnpackEx(_) | DeleteAttr(_)
        | LoadAttr(_) | LoadMethod(_) | StoreGlobal(_) | ListToTuple | ImportFrom(_)
        | PopJumpIfFalse(_) | PopJumpIfTrue(_) | PopJumpIfNone(_) | PopJumpIfNotNone(_)
        | JumpIfFalseOrPop(_) | JumpIfTrueOrPop(_) | ForIter(_) | StoreFast(_) | StoreDeref(_) => 1,
        BinaryOp(_) | CompareOp(_) | IsOp(_) | ContainsOp(_) | BinarySubscr | DeleteSubscr
        | EndAsyncFor | Send(_) | CheckExcMatch | CheckEgMatch | PrepReraiseStar | MatchKeys
        | StoreAttr(_) | ImportName(_) => 2,
        StoreSubscr | MatchClass(_) => 3,
        WithExceptStart => 4,
        Copy(k) | Swap(k) | BuildSlice(k) | BuildTuple(k) | BuildList(k) | BuildSet(k)
        | BuildString(k) | Raise(k) => k as i64,
        SetAdd(k) | ListAppend(k) | ListExtend(k) | SetUpdate(k) | DictUpdate(k)
        | BuildConstKeyMap(k) | Reraise(k) => k as i64 + 1,
        MapAdd(k) | DictMerge(k) | Call(k) => k as i64 + 2,
        BuildMap(k) => 2 * k as i64,
        CallFunctionEx(k) => 3 + (k & 1) as i64,
        MakeFunction(f) => 1 + (f & 0xf).count_ones() as i64,
        FormatValue(f) => 1 + i64::from(f & 4 != 0),
        // Refused by `operands_ok` before depths are computed.
        PushNullLoadFast
        | CallPopTop(_)
        | LoadFastLoadFast(_)
        | LoadFastLoadConst(_)
        | LoadFastLoadAttr(_)
        | LoadFastBinaryOp(_)
        | LoadConstLoadFast(_)
        | LoadConstBinaryOp(_)
        | StoreFastLoadFast(_)
        | StoreFastStoreFast(_)
        | CompareOpJump(_)
        | ForIterStoreFast(_) => i64::MAX,
    }
}

fn terminates(i: &Instr) -> bool {
    matches!(
        i,
        Instr::ReturnValue
            | Instr::Raise(_)
            | Instr::Reraise(_)
            | Instr::Jump(_)
            | Instr::JumpNoInterrupt(_)
    )
}

fn jump_target(i: &Instr) -> Option<u32> {
    use Instr::*;
    match *i {
        Send(k) | Jump(k) | JumpNoInterrupt(k) | PopJumpIfFalse(k) | PopJumpIfTrue(k)
        | PopJumpIfNone(k) | PopJumpIfNotNone(k) | JumpIfFalseOrPop(k) | JumpIfTrueOrPop(k)
        | ForIter(k) => Some(k),
        _ => None,
    }
}

/// The stack depth at every reachable instruction (the same dataflow as the assembler's).
fn depths(u: &CodeUnit) -> Result<(), String> {
    stack_depths(&u.instructions, &u.exception_table, u.stacksize).map(|_| ())
}

/// The value-stack depth on entry to each instruction of `instrs` (not superinstructions), -1 where
/// none is reachable; `Err` when the stack would underflow, exceed `stacksize`, meet itself at two
/// depths or run off the end. Rebuilding a pickled frame checks its stack against it.
pub fn stack_depths(
    instrs: &[Instr],
    table: &[super::bytecode::ExceptionEntry],
    stacksize: u32,
) -> Result<Vec<i64>, String> {
    let n = instrs.len();
    let max = stacksize as i64;
    let mut depth: Vec<i64> = vec![-1; n];
    if n == 0 {
        return Err("no instructions".into());
    }
    let mut work = vec![0usize];
    depth[0] = 0;
    let set = |depth: &mut Vec<i64>, work: &mut Vec<usize>, at: usize, d: i64| {
        if d < 0 || d > max {
            return Err(format!("stack depth {d} at instruction {at}"));
        }
        match depth.get(at).copied() {
            None => Err(format!("jump to {at}, outside the code")),
            Some(-1) => {
                depth[at] = d;
                work.push(at);
                Ok(())
            }
            Some(old) if old == d => Ok(()),
            Some(old) => Err(format!(
                "stack depths {old} and {d} meet at instruction {at}"
            )),
        }
    };
    while let Some(pc) = work.pop() {
        let d = depth[pc];
        let i = &instrs[pc];
        let effect = stack_effect(i, false);
        if d < popped(i) || (matches!(i, Instr::Copy(0) | Instr::Swap(0))) {
            return Err(format!("stack underflow at instruction {pc}"));
        }
        for e in table {
            if (e.start as usize..e.end as usize).contains(&pc) {
                let hd = e.depth as i64 + i64::from(e.lasti) + 1;
                set(&mut depth, &mut work, e.handler as usize, hd)?;
            }
        }
        if let Some(t) = jump_target(i) {
            set(&mut depth, &mut work, t as usize, d + stack_effect(i, true))?;
        }
        if !terminates(i) {
            if pc + 1 >= n {
                return Err("control runs off the end".into());
            }
            set(&mut depth, &mut work, pc + 1, d + effect)?;
        }
    }
    Ok(depth)
}

#[cfg(test)]
#[path = "persist_tests.rs"]
mod tests;
