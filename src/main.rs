//! The `weft` command line: `weft FILE [ARGS]`, `weft -c CODE`, `weft -m MODULE`, `weft` (REPL), `-i`,
//! `--version`, following CPython's conventions and exit statuses.
mod cli;
mod install;
mod repl;
mod run;
mod stdlib_path;

/// mimalloc: Python programs allocate and free small objects at a high rate (frames' value vectors,
/// tuples, iterators, exceptions); its thread-local free lists serve them in a fraction of glibc
/// malloc's instructions.
#[global_allocator]
static ALLOCATOR: weft_vm::heap::allocator::Allocator = weft_vm::heap::allocator::Allocator;

fn main() {
    let code = match cli::parse(std::env::args().skip(1).collect()) {
        Ok(opts) => on_interpreter_stack(move || run::main(opts)),
        Err(cli::CliError::Usage(msg)) => {
            eprintln!("{msg}");
            eprintln!("usage: weft [option] ... [-c cmd | -m mod | file | -] [arg] ...");
            eprintln!("Try `weft -h' for more information.");
            2
        }
        Err(cli::CliError::Exit(code)) => code,
    };
    std::process::exit(code);
}

/// Runs `f` on a thread with the interpreter's native stack: natives that recurse are bounded by a depth
/// (`weft_vm::interp::recursion`) that this stack is sized to hold. The memory is reserved, not touched.
///
/// A child made by `os.fork` has only this thread (the one waiting in `join` stays in the parent),
/// so there the thread ends the process itself, with the program's status.
fn on_interpreter_stack(f: impl FnOnce() -> i32 + Send + 'static) -> i32 {
    let parent = std::process::id();
    let spawned = std::thread::Builder::new()
        .name("main".into())
        .stack_size(weft_vm::interp::recursion::INTERPRETER_STACK)
        .spawn(move || {
            let code = f();
            if std::process::id() != parent {
                std::process::exit(code);
            }
            code
        });
    if spawned.is_ok() {
        weft_stdlib::leave_signals_to_interpreter();
    }
    match spawned.map(|t| t.join()) {
        Ok(Ok(code)) => code,
        Ok(Err(panic)) => std::panic::resume_unwind(panic),
        Err(e) => {
            eprintln!("weft: cannot start the interpreter thread: {e}");
            1
        }
    }
}
