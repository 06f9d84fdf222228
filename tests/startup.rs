//! Start-up as CPython 3.11 does it: command-line flags and their `sys` state, `sys.path[0]`, `site`
//! with virtual environments and `.pth` files, `-m` through `runpy`, and the bytecode cache. The
//! expected lines are what `python3` prints for the same commands.
use std::path::{Path, PathBuf};
use std::process::Command;

fn weft() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_weft"));
    for k in [
        "PYTHONPATH",
        "PYTHONSAFEPATH",
        "PYTHONWARNINGS",
        "PYTHONDEVMODE",
        "PYTHONNOUSERSITE",
    ] {
        c.env_remove(k);
    }
    c.env("PYTHONDONTWRITEBYTECODE", "1");
    c
}

fn run(c: &mut Command) -> String {
    let out = c.output().expect("weft runs");
    assert!(
        out.status.success(),
        "weft failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn temp_dir(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("weft-startup-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).expect("temp dir");
    d
}

fn write(path: &Path, text: &str) {
    if let Some(p) = path.parent() {
        std::fs::create_dir_all(p).expect("dir");
    }
    std::fs::write(path, text).expect("write");
}

#[test]
fn flags_and_their_sys_state() {
    let probe = "import sys; print(sys.flags.isolated, sys.flags.no_user_site, \
                 sys.flags.ignore_environment, sys.flags.safe_path, sys.path[0] == '', \
                 'site' in sys.modules)";
    assert_eq!(
        run(weft().args(["-I", "-c", probe])),
        "1 1 1 True False True\n"
    );
    assert_eq!(
        run(weft().args([
            "-S",
            "-c",
            "import sys; print('site' in sys.modules, sys.flags.no_site, sys.path[0] == '')"
        ])),
        "False 1 True\n"
    );
    assert_eq!(
        run(weft().args([
            "-s",
            "-c",
            "import sys, site; print(sys.flags.no_user_site, site.ENABLE_USER_SITE)"
        ])),
        "1 False\n"
    );
    assert_eq!(
        run(weft().args(["-P", "-c", "import sys; print(sys.path[0] == '')"])),
        "False\n"
    );
    assert_eq!(
        run(weft().env("PYTHONSAFEPATH", "1").args([
            "-c",
            "import sys; print(sys.path[0] == '', sys.flags.safe_path)"
        ])),
        "False True\n"
    );
    assert_eq!(
        run(weft()
            .env("PYTHONWARNINGS", "error::DeprecationWarning")
            .args(["-W", "ignore", "-X", "dev", "-X", "foo=1", "-c"])
            .arg("import sys; print(sys.warnoptions, sys._xoptions, sys.flags.dev_mode)")),
        "['default', 'error::DeprecationWarning', 'ignore'] {'dev': True, 'foo': '1'} True\n"
    );
    // -E ignores PYTHON* variables.
    assert_eq!(
        run(weft().env("PYTHONWARNINGS", "error").args([
            "-E",
            "-c",
            "import sys; print(sys.warnoptions, sys.flags.ignore_environment)"
        ])),
        "[] 1\n"
    );
}

#[test]
fn script_directory_and_file() {
    let d = temp_dir("script");
    write(&d.join("sub/prog.py"), "import sys, helper\nprint(sys.path[0] == __file__.rsplit('/', 1)[0], __file__.startswith('/'), helper.N, sys.argv)\n");
    write(&d.join("sub/helper.py"), "N = 7\n");
    let out = run(weft().current_dir(&d).args(["sub/./prog.py", "x"]));
    assert_eq!(out, "True True 7 ['sub/./prog.py', 'x']\n");
}

#[test]
fn dash_m_runs_through_runpy() {
    let d = temp_dir("dashm");
    write(&d.join("pkg/__init__.py"), "print('init', __name__)\n");
    write(
        &d.join("pkg/tool.py"),
        "import sys\nprint(__name__, __spec__.name, __package__, sys.argv[1:], sys.argv[0].endswith('tool.py'))\n",
    );
    write(
        &d.join("pkg/__main__.py"),
        "print('main of', __spec__.name)\n",
    );
    assert_eq!(
        run(weft().current_dir(&d).args(["-m", "pkg.tool", "a", "-b"])),
        "init pkg\n__main__ pkg.tool pkg ['a', '-b'] True\n"
    );
    assert_eq!(
        run(weft().current_dir(&d).args(["-m", "pkg"])),
        "init pkg\nmain of pkg.__main__\n"
    );
    let out = weft()
        .current_dir(&d)
        .args(["-m", "no_such_module_x"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).ends_with(": No module named no_such_module_x\n"));
}

#[test]
fn virtual_environment_and_pth_files() {
    let d = temp_dir("venv");
    let venv = d.join("venv");
    write(
        &venv.join("pyvenv.cfg"),
        "home = /usr/bin\ninclude-system-site-packages = false\nversion = 3.11.7\n",
    );
    let site = venv.join("lib/python3.11/site-packages");
    write(&site.join("venvpkg.py"), "VALUE = 'from venv'\n");
    write(
        &site.join("extra.pth"),
        &format!(
            "{}\nimport sys; sys.pth_ran = True\n",
            d.join("extra").display()
        ),
    );
    write(&d.join("extra/extramod.py"), "X = 5\n");
    std::fs::create_dir_all(venv.join("bin")).expect("bin");
    std::os::unix::fs::symlink(env!("CARGO_BIN_EXE_weft"), venv.join("bin/weft")).expect("link");
    let out = run(Command::new(venv.join("bin/weft"))
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .arg("-c")
        .arg("import sys, venvpkg, extramod\nprint(venvpkg.VALUE, extramod.X, sys.pth_ran, sys.prefix == sys.exec_prefix, sys.prefix != sys.base_prefix, sys.executable.endswith('venv/bin/weft'))"));
    assert_eq!(out, "from venv 5 True True True True\n");
    assert_eq!(
        run(Command::new(venv.join("bin/weft")).args([
            "-S",
            "-c",
            "import sys; print(any('site-packages' in p for p in sys.path))"
        ])),
        "False\n"
    );
}

#[test]
fn bytecode_cache() {
    let d = temp_dir("pyc");
    write(
        &d.join("cached_mod.py"),
        "def f():\n    return 'fresh'\nVALUE = f()\n",
    );
    write(&d.join("main.py"), "import cached_mod, sys\nprint(cached_mod.VALUE, cached_mod.__cached__.endswith('cached_mod.' + sys.implementation.cache_tag + '.pyc'))\n");
    let pyc = d.join("__pycache__/cached_mod.weft-311.pyc");
    // -B and PYTHONDONTWRITEBYTECODE write nothing.
    assert_eq!(
        run(weft()
            .arg("-B")
            .arg(d.join("main.py"))
            .env_remove("PYTHONDONTWRITEBYTECODE")),
        "fresh True\n"
    );
    assert!(!pyc.exists());
    assert_eq!(run(weft().arg(d.join("main.py"))), "fresh True\n");
    assert!(!pyc.exists());
    // Otherwise the first import writes the cache and the second reads it.
    assert_eq!(
        run(weft()
            .arg(d.join("main.py"))
            .env_remove("PYTHONDONTWRITEBYTECODE")),
        "fresh True\n"
    );
    let data = std::fs::read(&pyc).expect("cache written");
    assert!(data.len() > 16 && data[2..4] == *b"\r\n" && data[1] & 0x80 != 0);
    assert_eq!(
        run(weft()
            .arg(d.join("main.py"))
            .env_remove("PYTHONDONTWRITEBYTECODE")),
        "fresh True\n"
    );
    // A changed source is compiled again.
    write(&d.join("cached_mod.py"), "VALUE = 'changed source'\n");
    assert_eq!(
        run(weft()
            .arg(d.join("main.py"))
            .env_remove("PYTHONDONTWRITEBYTECODE")),
        "changed source True\n"
    );
}

/// A pure-Python package installed with pip (`attrs`, which imports `inspect`, `ast`, `typing`,
/// `functools` and more) imports and works. pip installs it into a fresh directory; without network
/// access the copy pip installed for `python3` is used instead.
#[test]
fn pip_installed_package() {
    let d = temp_dir("pip");
    let target = d.join("site");
    let installed = Command::new("python3")
        .args([
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            "--target",
        ])
        .arg(&target)
        .arg("attrs")
        .output()
        .is_ok_and(|o| o.status.success());
    if !installed {
        std::fs::create_dir_all(&target).expect("target");
        let code =
            "import attr, attrs, os; print(os.path.dirname(os.path.dirname(attrs.__file__)))";
        let out = Command::new("python3")
            .args(["-c", code])
            .output()
            .expect("python3 runs");
        assert!(
            out.status.success(),
            "neither pip nor an installed attrs is available"
        );
        let site = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
        for pkg in ["attr", "attrs"] {
            let status = Command::new("cp")
                .arg("-r")
                .arg(site.join(pkg))
                .arg(&target)
                .status()
                .expect("cp runs");
            assert!(status.success());
        }
    }
    let program = "\
import attrs
@attrs.define
class Point:
    x: int
    y: int = 3
    def norm(self):
        return abs(self.x) + abs(self.y)
p = Point(1)
print(p, attrs.asdict(p), p == Point(1, 3), p.norm(), attrs.fields(Point)[1].default)
try:
    Point()
except TypeError as e:
    print(type(e).__name__)
";
    let out = run(weft().env("PYTHONPATH", &target).args(["-c", program]));
    assert_eq!(
        out,
        "Point(x=1, y=3) {'x': 1, 'y': 3} True 4 3\nTypeError\n"
    );
}
