//! Superinstructions: the running copy of a code object's instructions, where the first of a frequent
//! pair (`LoadFast LoadFast`, `StoreFast LoadFast`, `CompareOp PopJumpIfFalse`, ...) becomes one
//! instruction that also runs the fast path of the second, saving a dispatch. As in CPython 3.11 the
//! second stays in place: a jump to it, its position, its exception handler and its inline cache are
//! those of the plain code, and when its fast path does not apply the loop simply runs it next.
use crate::compiler::bytecode::Instr;

/// The instructions a frame runs for `instrs`: pairs fused left to right, never overlapping (the second
/// of a pair is always a plain instruction).
pub fn quicken(instrs: &[Instr]) -> Vec<Instr> {
    let mut out = instrs.to_vec();
    let mut i = 0;
    while i + 1 < out.len() {
        if let Some(fused) = fuse(instrs[i], instrs[i + 1]) {
            out[i] = fused;
            i += 2;
        } else {
            i += 1;
        }
    }
    out
}

fn fuse(first: Instr, second: Instr) -> Option<Instr> {
    use Instr::*;
    Some(match (first, second) {
        (PushNull, LoadFast(_)) => PushNullLoadFast,
        (Call(n), PopTop) => CallPopTop(n),
        (LoadFast(a), LoadFast(_)) => LoadFastLoadFast(a),
        (LoadFast(a), LoadConst(_)) => LoadFastLoadConst(a),
        (LoadFast(a), LoadAttr(_)) => LoadFastLoadAttr(a),
        (LoadFast(a), BinaryOp(_)) => LoadFastBinaryOp(a),
        (LoadConst(c), LoadFast(_)) => LoadConstLoadFast(c),
        (LoadConst(c), BinaryOp(_)) => LoadConstBinaryOp(c),
        (StoreFast(a), LoadFast(_)) => StoreFastLoadFast(a),
        (StoreFast(a), StoreFast(_)) => StoreFastStoreFast(a),
        (CompareOp(op), PopJumpIfFalse(_) | PopJumpIfTrue(_)) => CompareOpJump(op),
        (ForIter(t), StoreFast(_)) => ForIterStoreFast(t),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::compiler::bytecode::{BinOp, Instr::*};

    #[test]
    fn pairs_fuse_left_to_right_without_overlap() {
        let code = [
            LoadFast(0),
            LoadFast(1),
            LoadFast(2),
            BinaryOp(BinOp::Add),
            StoreFast(3),
            ReturnValue,
        ];
        let q = quicken(&code);
        assert_eq!(
            q,
            vec![
                LoadFastLoadFast(0),
                LoadFast(1),
                LoadFastBinaryOp(2),
                BinaryOp(BinOp::Add),
                StoreFast(3),
                ReturnValue
            ]
        );
    }
}
