//! The `_stat` module: the `st_mode` bits, the `S_IS*` predicates and `filemode`. `stat.py` falls back
//! to Python definitions without it; these match them, with CPython's argument errors.
use weft_vm::heap::{ObjRef, Value};
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::Vm;
use weft_vm::objects::builtin::{Args, NativeFn};
use weft_vm::objects::{int, module, str as pystr};

const S_IFMT: u32 = 0o170000;
const S_IFDIR: u32 = 0o040000;
const S_IFCHR: u32 = 0o020000;
const S_IFBLK: u32 = 0o060000;
const S_IFREG: u32 = 0o100000;
const S_IFIFO: u32 = 0o010000;
const S_IFLNK: u32 = 0o120000;
const S_IFSOCK: u32 = 0o140000;

/// A mode argument: an `int` that fits `mode_t`.
fn mode(args: &Args, name: &str) -> PyResult<u32> {
    let a = args.exact(name, 1)?;
    let v = &a[0];
    if !int::is_int(v) {
        return Err(error::type_error("an integer is required"));
    }
    let b = int::to_big(v).unwrap_or_default();
    if b.sign() == num_bigint::Sign::Minus {
        return Err(error::overflow_error(
            "can't convert negative value to unsigned int",
        ));
    }
    let Ok(n) = u64::try_from(&b) else {
        return Err(error::overflow_error(
            "Python int too large to convert to C unsigned long",
        ));
    };
    u32::try_from(n).map_err(|_| error::overflow_error("mode out of range"))
}

/// `S_IS*(mode)` for the file type `FMT` (0: a type this platform lacks, never true).
fn is_type<const FMT: u32>(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let m = mode(args, "S_ISTYPE")?;
    Ok(Value::bool(FMT != 0 && m & S_IFMT == FMT))
}

fn s_imode(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(int::from_i64((mode(args, "S_IMODE")? & 0o7777) as i64))
}

fn s_ifmt(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    Ok(int::from_i64((mode(args, "S_IFMT")? & S_IFMT) as i64))
}

/// `filemode(mode)`: `ls -l`'s ten characters.
fn filemode(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let m = mode(args, "filemode")?;
    let kind = match m & S_IFMT {
        S_IFLNK => 'l',
        S_IFSOCK => 's',
        S_IFREG => '-',
        S_IFBLK => 'b',
        S_IFDIR => 'd',
        S_IFCHR => 'c',
        S_IFIFO => 'p',
        _ => '?',
    };
    let mut s = String::with_capacity(10);
    s.push(kind);
    // (read bit, write bit, execute bit, special bit, special char with x, without x)
    for (r, w, x, sp, on, off) in [
        (0o400, 0o200, 0o100, 0o4000, 's', 'S'),
        (0o040, 0o020, 0o010, 0o2000, 's', 'S'),
        (0o004, 0o002, 0o001, 0o1000, 't', 'T'),
    ] {
        s.push(if m & r != 0 { 'r' } else { '-' });
        s.push(if m & w != 0 { 'w' } else { '-' });
        s.push(match (m & x != 0, m & sp != 0) {
            (true, true) => on,
            (false, true) => off,
            (true, false) => 'x',
            (false, false) => '-',
        });
    }
    Ok(pystr::new_string(s))
}

const FUNCTIONS: [(&str, NativeFn, &str); 13] = [
    (
        "S_ISDIR",
        is_type::<S_IFDIR>,
        "S_ISDIR(mode) -> bool\n\nReturn True if mode is from a directory.",
    ),
    (
        "S_ISCHR",
        is_type::<S_IFCHR>,
        "S_ISCHR(mode) -> bool\n\nReturn True if mode is from a character special device file.",
    ),
    (
        "S_ISBLK",
        is_type::<S_IFBLK>,
        "S_ISBLK(mode) -> bool\n\nReturn True if mode is from a block special device file.",
    ),
    (
        "S_ISREG",
        is_type::<S_IFREG>,
        "S_ISREG(mode) -> bool\n\nReturn True if mode is from a regular file.",
    ),
    (
        "S_ISFIFO",
        is_type::<S_IFIFO>,
        "S_ISFIFO(mode) -> bool\n\nReturn True if mode is from a FIFO (named pipe).",
    ),
    (
        "S_ISLNK",
        is_type::<S_IFLNK>,
        "S_ISLNK(mode) -> bool\n\nReturn True if mode is from a symbolic link.",
    ),
    (
        "S_ISSOCK",
        is_type::<S_IFSOCK>,
        "S_ISSOCK(mode) -> bool\n\nReturn True if mode is from a socket.",
    ),
    (
        "S_ISDOOR",
        is_type::<0>,
        "S_ISDOOR(mode) -> bool\n\nReturn True if mode is from a door.",
    ),
    (
        "S_ISPORT",
        is_type::<0>,
        "S_ISPORT(mode) -> bool\n\nReturn True if mode is from an event port.",
    ),
    (
        "S_ISWHT",
        is_type::<0>,
        "S_ISWHT(mode) -> bool\n\nReturn True if mode is from a whiteout.",
    ),
    (
        "S_IMODE",
        s_imode,
        "Return the portion of the file's mode that can be set by os.chmod().",
    ),
    (
        "S_IFMT",
        s_ifmt,
        "Return the portion of the file's mode that describes the file type.",
    ),
    (
        "filemode",
        filemode,
        "Convert a file's mode to a string of the form '-rwxrwxrwx'",
    ),
];

const CONSTANTS: [(&str, u32); 51] = [
    ("S_IFDIR", S_IFDIR),
    ("S_IFCHR", S_IFCHR),
    ("S_IFBLK", S_IFBLK),
    ("S_IFREG", S_IFREG),
    ("S_IFIFO", S_IFIFO),
    ("S_IFLNK", S_IFLNK),
    ("S_IFSOCK", S_IFSOCK),
    ("S_IFDOOR", 0),
    ("S_IFPORT", 0),
    ("S_IFWHT", 0),
    ("S_ISUID", 0o4000),
    ("S_ISGID", 0o2000),
    ("S_ISVTX", 0o1000),
    ("S_ENFMT", 0o2000),
    ("S_IREAD", 0o400),
    ("S_IWRITE", 0o200),
    ("S_IEXEC", 0o100),
    ("S_IRWXU", 0o700),
    ("S_IRUSR", 0o400),
    ("S_IWUSR", 0o200),
    ("S_IXUSR", 0o100),
    ("S_IRWXG", 0o070),
    ("S_IRGRP", 0o040),
    ("S_IWGRP", 0o020),
    ("S_IXGRP", 0o010),
    ("S_IRWXO", 0o007),
    ("S_IROTH", 0o004),
    ("S_IWOTH", 0o002),
    ("S_IXOTH", 0o001),
    ("UF_NODUMP", 0x1),
    ("UF_IMMUTABLE", 0x2),
    ("UF_APPEND", 0x4),
    ("UF_OPAQUE", 0x8),
    ("UF_NOUNLINK", 0x10),
    ("UF_COMPRESSED", 0x20),
    ("UF_HIDDEN", 0x8000),
    ("SF_ARCHIVED", 0x10000),
    ("SF_IMMUTABLE", 0x20000),
    ("SF_APPEND", 0x40000),
    ("SF_NOUNLINK", 0x100000),
    ("SF_SNAPSHOT", 0x200000),
    ("ST_MODE", 0),
    ("ST_INO", 1),
    ("ST_DEV", 2),
    ("ST_NLINK", 3),
    ("ST_UID", 4),
    ("ST_GID", 5),
    ("ST_SIZE", 6),
    ("ST_ATIME", 7),
    ("ST_MTIME", 8),
    ("ST_CTIME", 9),
];

const DOC: &str = include_str!("stat_doc.txt");

/// Builds the `_stat` module.
pub fn init(_vm: &mut Vm) -> PyResult<ObjRef> {
    let m = module::new_module("_stat");
    for (n, f, doc) in FUNCTIONS {
        crate::add_function(&m, n, f, Some(doc));
    }
    let d = module::module_dict(&m).expect("module dict");
    for (n, v) in CONSTANTS {
        d.set_rs(n, int::from_i64(v as i64));
    }
    d.set_rs("__doc__", pystr::new_str(DOC));
    Ok(m)
}
