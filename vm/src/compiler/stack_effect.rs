//! Stack effects of instructions, as 3.11's `stack_effect()`: the basis of `stacksize` and of the depths
//! recorded in the exception table.

use super::bytecode::Instr;

/// Net change of the value-stack depth when `i` runs; `jump` selects the effect on the branch taken.
pub(crate) fn stack_effect(i: &Instr, jump: bool) -> i64 {
    use Instr::*;
    match *i {
        Nop | Swap(_) | UnaryOp(_) | GetIter | GetYieldFromIter | GetAwaitable(_) | GetAiter
        | YieldValue | ReturnGenerator | AsyncGenWrap | SetupAnnotations | CheckExcMatch
        | CheckEgMatch | DeleteName(_) | LoadAttr(_) | DeleteGlobal(_) | ListToTuple | Jump(_)
        | JumpNoInterrupt(_) | DeleteFast(_) | MakeCell(_) | DeleteDeref(_) | CopyFreeVars(_)
        | KwNames(_) => 0,
        PushNull | Copy(_) | GetAnext | BeforeAsyncWith | PushExcInfo | WithExceptStart
        | LoadAssertionError | LoadBuildClass | BeforeWith | GetLen | MatchMapping
        | MatchSequence | MatchKeys | LoadName(_) | LoadMethod(_) | LoadConst(_)
        | ImportFrom(_) | LoadFast(_) | LoadClosure(_) | LoadDeref(_) | LoadClassDeref(_) => 1,
        // A superinstruction has the effect of its first instruction.
        PushNullLoadFast | LoadFastLoadFast(_) | LoadFastLoadConst(_) | LoadFastLoadAttr(_)
        | LoadFastBinaryOp(_) | LoadConstLoadFast(_) | LoadConstBinaryOp(_) => 1,
        StoreFastLoadFast(_) | StoreFastStoreFast(_) | CompareOpJump(_) => -1,
        PopTop | BinaryOp(_) | CompareOp(_) | IsOp(_) | ContainsOp(_) | BinarySubscr
        | PrintExpr | SetAdd(_) | ListAppend(_) | ReturnValue | ImportStar | PopExcept
        | Reraise(_) | PrepReraiseStar | StoreName(_) | DeleteAttr(_) | StoreGlobal(_)
        | ListExtend(_) | SetUpdate(_) | DictUpdate(_) | DictMerge(_) | ImportName(_)
        | PopJumpIfFalse(_) | PopJumpIfTrue(_) | PopJumpIfNone(_) | PopJumpIfNotNone(_)
        | StoreFast(_) | StoreDeref(_) => -1,
        StoreSubscr => -3,
        DeleteSubscr | EndAsyncFor | MapAdd(_) | MatchClass(_) | StoreAttr(_) => -2,
        BuildSlice(n) => 1 - n as i64,
        Send(_) => {
            if jump {
                -1
            } else {
                0
            }
        }
        UnpackSequence(n) => n as i64 - 1,
        UnpackEx(n) => (n & 0xff) as i64 + (n >> 8) as i64,
        LoadGlobal { push_null, .. } => 1 + push_null as i64,
        BuildTuple(n) | BuildList(n) | BuildSet(n) | BuildString(n) => 1 - n as i64,
        BuildMap(n) => 1 - 2 * n as i64,
        BuildConstKeyMap(n) => -(n as i64),
        JumpIfFalseOrPop(_) | JumpIfTrueOrPop(_) => {
            if jump {
                0
            } else {
                -1
            }
        }
        ForIter(_) | ForIterStoreFast(_) => {
            if jump {
                -1
            } else {
                1
            }
        }
        Raise(n) => -(n as i64),
        Call(n) | CallPopTop(n) => -(n as i64) - 1,
        CallFunctionEx(k) => -2 - (k & 1) as i64,
        MakeFunction(f) => -((f & 0xf).count_ones() as i64),
        FormatValue(f) => {
            if f & 4 != 0 {
                -1
            } else {
                0
            }
        }
    }
}
