//! Extended attributes in `posix`: `getxattr`, `setxattr`, `removexattr`, `listxattr`, on a path
//! (following symbolic links or not) or a descriptor.
use super::args::{self, PathArg, PathSpec, Target};
use super::sysio::{self, XattrOn};
use weft_vm::heap::Value;
use weft_vm::interp::error::{self, PyErr, PyResult};
use weft_vm::interp::{ops, Vm};
use weft_vm::objects::builtin::{Args, NativeFn};
use weft_vm::objects::{bytes, int, list};

/// The file argument: a path, a descriptor, or (for `listxattr`) None for the current directory.
struct On {
    target: Target,
    follow: bool,
}

impl On {
    fn new(vm: &mut Vm, fname: &str, p: Option<Value>, follow: Option<Value>) -> PyResult<On> {
        let spec = PathSpec {
            fname,
            arg: "path",
            allow_fd: true,
            nullable: fname == "listxattr",
        };
        let target = spec.convert(vm, &p.unwrap_or(Value::NONE))?;
        let follow = match follow {
            Some(v) => ops::truthy(vm, &v)?,
            None => true,
        };
        if matches!(target, Target::Fd(fd) if fd > 0) && !follow {
            return Err(error::value_error(format!(
                "{fname}: cannot use fd and follow_symlinks together"
            )));
        }
        Ok(On { target, follow })
    }

    fn call<T>(&self, vm: &mut Vm, f: impl FnOnce(&XattrOn) -> std::io::Result<T>) -> PyResult<T> {
        let here = c".";
        let (on, pa): (XattrOn, Option<&PathArg>) = match &self.target {
            Target::Path(pa) => (XattrOn::Path(&pa.c, self.follow), Some(pa)),
            Target::Fd(fd) => (XattrOn::Fd(*fd), None),
            Target::Default => (XattrOn::Path(here, self.follow), None),
        };
        f(&on).map_err(|e| self.error(vm, &e, pa))
    }

    fn error(&self, vm: &mut Vm, e: &std::io::Error, pa: Option<&PathArg>) -> PyErr {
        match (pa, &self.target) {
            (Some(pa), _) => pa.error(vm, e),
            (None, Target::Fd(fd)) => {
                weft_vm::objects::os_error::os_error(vm, e, Some(&int::from_i64(*fd as i64)))
            }
            _ => args::os_error(vm, e),
        }
    }
}

fn attribute(vm: &mut Vm, fname: &str, v: Option<Value>) -> PyResult<PathArg> {
    args::named_path(
        vm,
        fname,
        "attribute",
        args::PATH,
        &v.unwrap_or(Value::NONE),
    )
}

/// `getxattr(path, attribute, *, follow_symlinks=True)`.
fn getxattr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [p, attr, follow] =
        args.bind("getxattr", ["path", "attribute", "follow_symlinks"], 2, 0)?;
    let on = On::new(vm, "getxattr", p, follow)?;
    let name = attribute(vm, "getxattr", attr)?;
    let v = on.call(vm, |o| sysio::getxattr(o, &name.c))?;
    Ok(bytes::new_bytes(v))
}

/// `setxattr(path, attribute, value, flags=0, *, follow_symlinks=True)`.
fn setxattr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [p, attr, value, flags, follow] = args.bind(
        "setxattr",
        ["path", "attribute", "value", "flags", "follow_symlinks"],
        3,
        0,
    )?;
    let on = On::new(vm, "setxattr", p, follow)?;
    let name = attribute(vm, "setxattr", attr)?;
    let value = weft_vm::interp::builtin_types::bytes_like(vm, &value.unwrap_or(Value::NONE))?;
    let flags = flags.map_or(Ok(0), |f| args::c_int(&f))?;
    on.call(vm, |o| sysio::setxattr(o, &name.c, &value, flags))?;
    Ok(Value::NONE)
}

/// `removexattr(path, attribute, *, follow_symlinks=True)`.
fn removexattr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [p, attr, follow] = args.bind(
        "removexattr",
        ["path", "attribute", "follow_symlinks"],
        2,
        0,
    )?;
    let on = On::new(vm, "removexattr", p, follow)?;
    let name = attribute(vm, "removexattr", attr)?;
    on.call(vm, |o| sysio::removexattr(o, &name.c))?;
    Ok(Value::NONE)
}

/// `listxattr(path=None, *, follow_symlinks=True)`: the names, as str.
fn listxattr(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [p, follow] = args.bind("listxattr", ["path", "follow_symlinks"], 0, 0)?;
    let on = On::new(vm, "listxattr", p, follow)?;
    let raw = on.call(vm, sysio::listxattr)?;
    let names = raw
        .split(|&b| b == 0)
        .filter(|n| !n.is_empty())
        .map(args::fsdecode)
        .collect();
    Ok(list::new_list(names))
}

/// The natives of this file.
pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("getxattr", getxattr),
    ("setxattr", setxattr),
    ("removexattr", removexattr),
    ("listxattr", listxattr),
];
