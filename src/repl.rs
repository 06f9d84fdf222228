//! The interactive loop: `>>> ` and `... ` prompts on stderr, expression values printed through
//! `sys.displayhook`, incomplete input (an open block or bracket) continued on the next line.
use std::io::BufRead;
use weft_vm::heap::{ObjRef, Value};
use weft_vm::interp::compile::Mode;
use weft_vm::interp::Vm;

/// Runs the REPL until end of input; the exit status.
pub fn run(vm: &mut Vm, globals: &ObjRef, banner: bool) -> i32 {
    if banner {
        eprintln!(
            "{} on linux",
            crate::cli::version_line().trim_start_matches("Python ")
        );
        eprintln!("Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.");
    }
    let stdin = std::io::stdin();
    let mut lines = stdin.lock().lines();
    let mut buf = String::new();
    loop {
        let _ = vm.flush_std();
        eprint!("{}", if buf.is_empty() { ">>> " } else { "... " });
        let line = match lines.next() {
            Some(Ok(l)) => l,
            _ => {
                eprintln!();
                return 0;
            }
        };
        let was_empty = buf.is_empty();
        buf.push_str(&line);
        buf.push('\n');
        if was_empty && line.trim().is_empty() {
            buf.clear();
            continue;
        }
        let code = match vm.compile_str(&buf, "<stdin>", Mode::Single, 0) {
            Ok(c) => c,
            Err(e) => {
                if weft_vm::interp::compile::is_incomplete(&e) && !line.is_empty() {
                    continue;
                }
                buf.clear();
                report(vm, e);
                continue;
            }
        };
        buf.clear();
        if let Err(e) = vm.run_program(&code, globals.clone(), Value::obj(globals.clone())) {
            let exc = weft_vm::interp::exc::normalize(vm, e);
            let t = weft_vm::objects::types();
            if weft_vm::objects::typeobj::is_subtype(exc.ty(), &t.system_exit) {
                return crate::run::handle_uncaught(
                    vm,
                    weft_vm::interp::error::PyErr::from_obj(exc),
                );
            }
            report(vm, weft_vm::interp::error::PyErr::from_obj(exc));
        }
    }
}

fn report(vm: &mut Vm, e: weft_vm::interp::error::PyErr) {
    let _ = crate::run::handle_uncaught(vm, e);
}
