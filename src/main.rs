//! The `weft` command line: `weft FILE [ARGS]`, `weft -c CODE`, `weft -m MODULE`, `weft` (REPL), `-i`,
//! `--version`, following CPython's conventions and exit statuses.
mod cli;
mod repl;
mod run;

fn main() {
    let code = match cli::parse(std::env::args().skip(1).collect()) {
        Ok(opts) => run::main(opts),
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
