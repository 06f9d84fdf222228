//! The eval loop on hand-assembled code, independent of the parser and compiler.
use weft_vm::compiler::bytecode::{BinOp, CodeUnit, Const, Instr, Position};
use weft_vm::heap::Value;
use weft_vm::interp::Vm;
use weft_vm::objects::{code, dict, int};

fn unit(instrs: Vec<Instr>, consts: Vec<Const>, names: &[&str], varnames: &[&str]) -> CodeUnit {
    let n = instrs.len();
    CodeUnit {
        name: "<module>".into(),
        qualname: "<module>".into(),
        filename: "<test>".into(),
        firstlineno: 1,
        stacksize: 8,
        instructions: instrs,
        positions: vec![
            Position {
                lineno: 1,
                end_lineno: 1,
                col_offset: 0,
                end_col_offset: 0
            };
            n
        ],
        consts,
        names: names.iter().map(|s| s.to_string()).collect(),
        varnames: varnames.iter().map(|s| s.to_string()).collect(),
        flags: weft_vm::compiler::bytecode::flags::OPTIMIZED,
        ..Default::default()
    }
}

fn run(u: &CodeUnit) -> Value {
    let mut vm = Vm::new(vec![], vec![], Default::default());
    let c = code::new_code(u);
    let g = dict::new_dict();
    vm.run_code(&c, g.clone(), Value::NULL).expect("runs")
}

#[test]
fn while_loop_with_comparison() {
    use weft_vm::compiler::bytecode::CmpOp;
    use Instr::*;
    // i = 0; total = 0; while i < 100000: total += i; i += 1; return total
    let u = unit(
        vec![
            LoadConst(0),
            StoreFast(0),
            LoadConst(0),
            StoreFast(1),
            LoadFast(0),
            LoadConst(1),
            CompareOp(CmpOp::Lt),
            PopJumpIfFalse(18),
            LoadFast(1),
            LoadFast(0),
            BinaryOp(BinOp::InplaceAdd),
            StoreFast(1),
            LoadFast(0),
            LoadConst(2),
            BinaryOp(BinOp::InplaceAdd),
            StoreFast(0),
            Jump(4),
            Nop,
            LoadFast(1),
            ReturnValue,
        ],
        vec![
            Const::Int(0.into()),
            Const::Int(100_000.into()),
            Const::Int(1.into()),
        ],
        &[],
        &["i", "total"],
    );
    let v = run(&u);
    assert_eq!(int::to_i64(&v), Some(4_999_950_000));
}

#[test]
fn big_int_overflow_promotes() {
    use Instr::*;
    let u = unit(
        vec![
            LoadConst(0),
            LoadConst(0),
            BinaryOp(BinOp::Multiply),
            ReturnValue,
        ],
        vec![Const::Int((1i64 << 40).into())],
        &[],
        &[],
    );
    let v = run(&u);
    assert_eq!(
        int::to_big(&v),
        Some(num_bigint::BigInt::from(1i64 << 40) * (1i64 << 40))
    );
}
