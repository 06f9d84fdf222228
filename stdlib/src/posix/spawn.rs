//! The native half of `posix_spawn`/`posix_spawnp`: `posix.py` checks and converts the
//! arguments as CPython does (its messages), and `_posix_spawn` takes them as bytes and ints.
use super::args;
use super::sysspawn::{self, Action, Plan};
use std::ffi::CString;
use weft_vm::heap::Value;
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::{ops, Vm};
use weft_vm::objects::builtin::{Args, NativeFn};
use weft_vm::objects::{bytes, int, list, str as pystr, tuple};

fn items(v: &Value) -> PyResult<Vec<Value>> {
    list::as_list(v)
        .map(|l| l.items.borrow().clone())
        .ok_or_else(|| error::system_error("_posix_spawn: expected a list"))
}

fn c_bytes(v: &Value) -> PyResult<CString> {
    let b =
        bytes::as_bytes(v).ok_or_else(|| error::system_error("_posix_spawn: expected bytes"))?;
    CString::new(b).map_err(|_| error::value_error("embedded null byte"))
}

fn ints(v: &Value) -> PyResult<Option<Vec<i32>>> {
    if v.is_none() {
        return Ok(None);
    }
    items(v)?
        .iter()
        .map(args::c_int)
        .collect::<PyResult<_>>()
        .map(Some)
}

/// `_posix_spawn(fname, use_path, path, argv, env, actions, pgroup, resetids, setsid, sigmask,
/// sigdef, scheduler)`: `argv` and `env` lists of bytes, `actions` tuples `(tag, fd[, path, flags,
/// mode | new_fd])`, the signal lists None or ints, `scheduler` None or `(policy or None,
/// priority)`.
fn posix_spawn(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("_posix_spawn", 12)?;
    let fname = pystr::as_str(&a[0]).unwrap_or("posix_spawn").to_string();
    let use_path = ops::truthy(vm, &a[1])?;
    let pa = args::named_path(vm, &fname, "path", args::PATH, &a[2])?;
    let argv = items(&a[3])?
        .iter()
        .map(c_bytes)
        .collect::<PyResult<Vec<_>>>()?;
    let env = items(&a[4])?
        .iter()
        .map(c_bytes)
        .collect::<PyResult<Vec<_>>>()?;
    let mut actions = Vec::new();
    for t in items(&a[5])? {
        let t = tuple::as_tuple(&t).ok_or_else(|| error::system_error("_posix_spawn: action"))?;
        let n = |i: usize| args::c_int(t.get(i).unwrap_or(&Value::NONE));
        actions.push(match (n(0)?, t.len()) {
            (0, 5) => Action::Open(n(1)?, c_bytes(&t[2])?, n(3)?, n(4)? as u32),
            (1, 2) => Action::Close(n(1)?),
            (2, 3) => Action::Dup2(n(1)?, n(2)?),
            _ => return Err(error::system_error("_posix_spawn: bad action")),
        });
    }
    let pgroup = if a[6].is_none() {
        None
    } else {
        Some(args::c_int(&a[6])?)
    };
    let (sigmask, sigdef) = (ints(&a[9])?, ints(&a[10])?);
    let sched = match tuple::as_tuple(&a[11]) {
        Some([policy, prio]) => {
            let policy = if policy.is_none() {
                None
            } else {
                Some(args::c_int(policy)?)
            };
            Some((policy, args::c_int(prio)?))
        }
        _ => None,
    };
    let plan = Plan {
        path: &pa.c,
        use_path,
        argv: &argv,
        env: &env,
        actions: &actions,
        pgroup,
        resetids: ops::truthy(vm, &a[7])?,
        setsid: ops::truthy(vm, &a[8])?,
        sigmask: sigmask.as_deref(),
        sigdef: sigdef.as_deref(),
        sched,
    };
    let pid = sysspawn::spawn(&plan).map_err(|e| pa.error(vm, &e))?;
    Ok(int::from_i64(pid as i64))
}

/// `posix._spawn`, the Python half, found when the module is built.
static CHECKER: weft_vm::heap::GilShared<std::cell::RefCell<Option<Value>>> =
    weft_vm::heap::GilShared(std::cell::RefCell::new(None));

/// Remembers `posix._spawn` for the two entry points.
pub fn set_checker(f: Value) {
    CHECKER.with(|c| *c.borrow_mut() = Some(f));
}

/// `posix_spawn(path, argv, env, /, *, file_actions=(), setpgroup=None, resetids=False,
/// setsid=False, setsigmask=(), setsigdef=(), scheduler=None)`: a builtin (not a method when stored on a class,
/// as tests do), handing its arguments to `posix._spawn`.
fn entry(vm: &mut Vm, args: &Args, fname: &str, use_path: bool) -> PyResult<Value> {
    let pos = args.positional().len();
    if pos > 3 {
        return Err(error::type_error(format!(
            "{fname}() takes exactly 3 positional arguments ({pos} given)"
        )));
    }
    let [path, argv, env, fa, pg, ri, sid, mask, def, sched] = args.bind(
        fname,
        [
            "path",
            "argv",
            "env",
            "file_actions",
            "setpgroup",
            "resetids",
            "setsid",
            "setsigmask",
            "setsigdef",
            "scheduler",
        ],
        3,
        3,
    )?;
    let empty = || tuple::new_tuple(vec![]);
    let checker = CHECKER
        .with(|c| c.borrow().clone())
        .ok_or_else(|| error::system_error("posix._spawn is not initialised"))?;
    let call_args = vec![
        pystr::new_str(fname),
        Value::bool(use_path),
        path.unwrap_or(Value::NONE),
        argv.unwrap_or(Value::NONE),
        env.unwrap_or(Value::NONE),
        fa.unwrap_or_else(empty),
        pg.unwrap_or(Value::NONE),
        ri.unwrap_or(Value::bool(false)),
        sid.unwrap_or(Value::bool(false)),
        mask.unwrap_or_else(empty),
        def.unwrap_or_else(empty),
        sched.unwrap_or(Value::NONE),
    ];
    weft_vm::interp::call::call_value(vm, &checker, call_args)
}

fn spawn(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    entry(vm, args, "posix_spawn", false)
}

fn spawnp(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    entry(vm, args, "posix_spawnp", true)
}

/// The natives of this file.
pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("_posix_spawn", posix_spawn),
    ("posix_spawn", spawn),
    ("posix_spawnp", spawnp),
];
