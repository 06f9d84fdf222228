//! Prints weft's bytecode for a Python source file, like `python3 -m dis FILE`:
//! `cargo run --release -p weft-vm --example dis -- FILE`.
use weft_parser::Mode;
use weft_vm::compiler::{compile, disassemble, CompileOptions};

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: dis FILE");
        std::process::exit(2);
    };
    let source = match std::fs::read_to_string(&path) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(1);
        }
    };
    let code = weft_parser::parse(&source, Mode::Exec, &path).and_then(|m| {
        compile(
            &m,
            &path,
            Mode::Exec,
            &CompileOptions::default(),
            &mut Vec::new(),
        )
    });
    match code {
        Ok(code) => print!("{}", disassemble(&code)),
        Err(e) => {
            eprintln!("{path}:{}: SyntaxError: {}", e.lineno, e.msg);
            std::process::exit(1);
        }
    }
}
