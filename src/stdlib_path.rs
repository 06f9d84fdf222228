//! Finding CPython 3.11's pure-Python standard library on the host (weft runs it unmodified): `WEFTPATH`,
//! then the usual install prefixes, then a `python3.11`/`python3` on `PATH` whose prefix is read from the
//! file system, never by running it. A directory is the library when it holds `os.py`. Its `lib-dynload`
//! is not used: weft loads no CPython extension modules.
//!
//! Every run of weft does this search, so it costs a few `stat` calls in the common cases (`WEFTPATH`
//! set, or Debian's `/usr/lib/python3.11`); the directory listings of pyenv and `PATH` come last.
use std::path::{Path, PathBuf};

/// The version whose library weft runs.
const LIB: &str = "python3.11";

/// What to tell a user whose import failed because no library was found.
pub const MISSING_HINT: &str = "weft found no CPython 3.11 standard library; install it \
(apt-get install libpython3.11-stdlib) or set WEFTPATH to its directory";

/// The directories to append to `sys.path` (after the script's directory and `PYTHONPATH`), and the
/// standard library among them, if one was found.
///
/// `WEFTPATH` is read even under `-E` and `-I`: it is where this installation's library lives (what
/// CPython compiles in as its prefix), not a `PYTHON*` setting of the user's, and a child that a test
/// starts with `-I` must import the same library, `test` package included, as its parent.
pub fn find() -> (Vec<String>, Option<PathBuf>) {
    let weftpath = std::env::var_os("WEFTPATH");
    let mut dirs: Vec<PathBuf> = weftpath
        .iter()
        .flat_map(std::env::split_paths)
        .filter(|p| !p.as_os_str().is_empty())
        .collect();
    if !dirs.iter().any(|d| is_stdlib(d)) {
        if let Some(d) = search_host() {
            dirs.push(d);
        }
    }
    let stdlib = dirs.iter().find(|d| is_stdlib(d)).cloned();
    let dirs = dirs
        .into_iter()
        .map(|d| d.to_string_lossy().into_owned())
        .collect();
    (dirs, stdlib)
}

fn is_stdlib(dir: &Path) -> bool {
    dir.join("os.py").is_file()
}

/// The first standard library among the host's usual places.
fn search_host() -> Option<PathBuf> {
    ["/usr/lib", "/usr/local/lib"]
        .iter()
        .map(|p| Path::new(p).join(LIB))
        .find(|d| is_stdlib(d))
        .or_else(pyenv)
        .or_else(on_path)
}

/// pyenv's selected version (`$PYENV_ROOT/version`) if it is a 3.11, else its newest 3.11.
fn pyenv() -> Option<PathBuf> {
    let root = std::env::var_os("PYENV_ROOT")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| Path::new(&h).join(".pyenv")))?;
    let versions = root.join("versions");
    let lib = |v: &str| versions.join(v).join("lib").join(LIB);
    if let Ok(selected) = std::fs::read_to_string(root.join("version")) {
        for v in selected.split_whitespace() {
            if v.starts_with("3.11") && is_stdlib(&lib(v)) {
                return Some(lib(v));
            }
        }
    }
    let mut names: Vec<(u32, String)> = std::fs::read_dir(&versions)
        .ok()?
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter_map(|n| {
            let micro = n.strip_prefix("3.11.")?.parse().ok()?;
            Some((micro, n))
        })
        .collect();
    names.sort();
    names
        .into_iter()
        .rev()
        .map(|(_, n)| lib(&n))
        .find(|d| is_stdlib(d))
}

/// The prefix of a `python3.11` (then `python3`) executable on `PATH`: the executable's real path is
/// `PREFIX/bin/python3.x`, and the library `PREFIX/lib/python3.11`. Scripts (pyenv's shims) are skipped.
fn on_path() -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    for exe in ["python3.11", "python3"] {
        for dir in std::env::split_paths(&path) {
            let candidate = dir.join(exe);
            if !candidate.is_file() || is_script(&candidate) {
                continue;
            }
            let Ok(real) = std::fs::canonicalize(&candidate) else {
                continue;
            };
            let Some(prefix) = real.parent().and_then(Path::parent) else {
                continue;
            };
            let lib = prefix.join("lib").join(LIB);
            if is_stdlib(&lib) {
                return Some(lib);
            }
        }
    }
    None
}

fn is_script(file: &Path) -> bool {
    use std::io::Read;
    let mut head = [0u8; 2];
    std::fs::File::open(file)
        .and_then(|mut f| f.read_exact(&mut head))
        .is_ok_and(|()| &head == b"#!")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_library_is_a_directory_with_os_py() {
        let dir = std::env::temp_dir().join(format!("weft-stdlib-path-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("os.py"), "").unwrap();
        assert!(is_stdlib(&dir));
        assert!(!is_stdlib(&dir.join("missing")));
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn without_a_library_a_failed_import_says_what_to_install() {
        use weft_vm::interp::{exc, import, protocols, Vm};
        let mut vm = Vm::new(vec![], vec![], Default::default());
        vm.registry.missing_stdlib_hint = Some(MISSING_HINT);
        let e = import::import_abs(&mut vm, "weft_no_such_module").unwrap_err();
        let e = weft_vm::heap::Value::obj(exc::normalize(&mut vm, e));
        let msg = protocols::str_string(&mut vm, &e).unwrap();
        assert_eq!(
            msg,
            format!("No module named 'weft_no_such_module' ({MISSING_HINT})")
        );
    }
}
