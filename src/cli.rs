//! Command-line parsing with CPython's option syntax (`-c`, `-m`, `-i`, `-S`, `-I`, `-O`, `-B`, `-u`, `-E`,
//! `-q`, `-V`/`--version`, `-h`), stopping at the program so its own arguments pass through.

/// What to run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    File(String),
    Command(String),
    Module(String),
    Stdin,
    Repl,
}

#[derive(Debug, Clone)]
pub struct Options {
    pub target: Target,
    /// `sys.argv`.
    pub argv: Vec<String>,
    pub inspect: bool,
    pub optimize: u32,
    pub no_site: bool,
    pub no_user_site: bool,
    pub safe_path: bool,
    pub isolated: bool,
    pub ignore_env: bool,
    pub quiet: bool,
    pub dont_write_bytecode: bool,
    pub unbuffered: bool,
    pub warnings: Vec<String>,
    pub xoptions: Vec<String>,
}

pub enum CliError {
    Usage(String),
    Exit(i32),
}

const HELP: &str = "usage: weft [option] ... [-c cmd | -m mod | file | -] [arg] ...
Options and arguments:
-B     : don't write bytecode caches on import
-c cmd : program passed in as string (terminates option list)
-E     : ignore PYTHON* environment variables (such as PYTHONPATH)
-h     : print this help message and exit (also -? or --help)
-i     : inspect interactively after running script
-I     : isolate weft from the user's environment (implies -E, -P and -s)
-m mod : run library module as a script (terminates option list)
-O     : remove assert and __debug__-dependent statements
-OO    : do -O changes and also discard docstrings
-P     : don't prepend a potentially unsafe path to sys.path
-q     : don't print version and copyright messages on interactive startup
-s     : don't add user site directory to sys.path
-S     : don't imply 'import site' on initialization
-u     : force the stdout and stderr streams to be unbuffered
-V     : print the Python version number and exit (also --version)
-W arg : warning control
-X opt : set implementation-specific option
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
";

/// The version line (`weft --version`).
pub fn version_line() -> String {
    "Python 3.11.7 (weft 0.1.0)".to_string()
}

pub fn parse(args: Vec<String>) -> Result<Options, CliError> {
    let mut o = Options {
        target: Target::Repl,
        argv: vec![String::new()],
        inspect: false,
        optimize: 0,
        no_site: false,
        no_user_site: false,
        safe_path: false,
        isolated: false,
        ignore_env: false,
        quiet: false,
        dont_write_bytecode: false,
        unbuffered: false,
        warnings: Vec::new(),
        xoptions: Vec::new(),
    };
    let mut i = 0;
    while i < args.len() {
        let a = &args[i];
        if a == "--version" {
            println!("{}", version_line());
            return Err(CliError::Exit(0));
        }
        if a == "--help" {
            print!("{HELP}");
            return Err(CliError::Exit(0));
        }
        if a == "-" {
            o.target = Target::Stdin;
            o.argv = args[i..].to_vec();
            return Ok(o);
        }
        if a == "--" {
            i += 1;
            break;
        }
        if !a.starts_with('-') || a.len() < 2 {
            break;
        }
        if a.starts_with("--") {
            return Err(CliError::Usage(format!("unknown option {a}")));
        }
        let flags: Vec<char> = a[1..].chars().collect();
        let mut k = 0;
        while k < flags.len() {
            let c = flags[k];
            match c {
                'c' | 'm' | 'W' | 'X' => {
                    let rest: String = flags[k + 1..].iter().collect();
                    let val = if !rest.is_empty() {
                        rest
                    } else {
                        i += 1;
                        match args.get(i) {
                            Some(v) => v.clone(),
                            None => {
                                return Err(CliError::Usage(format!(
                                    "Argument expected for the -{c} option"
                                )))
                            }
                        }
                    };
                    match c {
                        'c' => {
                            o.target = Target::Command(val);
                            o.argv = std::iter::once("-c".to_string())
                                .chain(args[i + 1..].iter().cloned())
                                .collect();
                            return Ok(o);
                        }
                        'm' => {
                            o.target = Target::Module(val.clone());
                            o.argv = std::iter::once(val)
                                .chain(args[i + 1..].iter().cloned())
                                .collect();
                            return Ok(o);
                        }
                        'W' => o.warnings.push(val),
                        _ => o.xoptions.push(val),
                    }
                    k = flags.len();
                    continue;
                }
                'i' => o.inspect = true,
                'O' => o.optimize += 1,
                'S' => o.no_site = true,
                's' => o.no_user_site = true,
                'P' => o.safe_path = true,
                'I' => {
                    o.isolated = true;
                    o.ignore_env = true;
                    o.no_user_site = true;
                    o.safe_path = true;
                }
                'E' => o.ignore_env = true,
                'q' => o.quiet = true,
                'B' => o.dont_write_bytecode = true,
                'u' => o.unbuffered = true,
                'b' | 'd' | 'v' | 'x' | 'R' => {}
                'V' => {
                    println!("{}", version_line());
                    return Err(CliError::Exit(0));
                }
                'h' | '?' => {
                    print!("{HELP}");
                    return Err(CliError::Exit(0));
                }
                other => return Err(CliError::Usage(format!("Unknown option: -{other}"))),
            }
            k += 1;
        }
        i += 1;
    }
    if i < args.len() {
        o.target = Target::File(args[i].clone());
        o.argv = args[i..].to_vec();
    }
    Ok(o)
}
