//! The `grp` module: the Unix group database (`getgrgid`, `getgrnam`, `getgrall`), entries as
//! `grp.struct_group` struct sequences, text decoded as file names are.
mod sys;

use crate::posix::args::{fsdecode, id_arg};
use std::cell::RefCell;
use weft_vm::heap::{ObjRef, Value};
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::{ops, Vm};
use weft_vm::objects::builtin::Args;
use weft_vm::objects::{int, list, module, str as pystr};

/// `grp.struct_group`, made when the module is built (immortal).
static STRUCT_GROUP: weft_vm::heap::GilShared<RefCell<Option<Value>>> =
    weft_vm::heap::GilShared(RefCell::new(None));

const FIELDS: [&str; 4] = ["gr_name", "gr_passwd", "gr_gid", "gr_mem"];

const DOC: &str = "Access to the Unix group database.\n\nGroup entries are reported as 4-tuples containing the following fields\nfrom the group database, in order:\n\n  gr_name   - name of the group\n  gr_passwd - group password (encrypted); often empty\n  gr_gid    - numeric ID of the group\n  gr_mem    - list of members\n\nThe gid is an integer, name and password are strings.  (Note that most\nusers are not explicitly listed as members of the groups they are in\naccording to the password database.  Check both databases to get\ncomplete membership information.)";

fn entry(vm: &mut Vm, g: sys::Group) -> PyResult<Value> {
    let ty = STRUCT_GROUP
        .with(|t| t.borrow().clone())
        .ok_or_else(|| error::system_error("grp.struct_group is not initialised"))?;
    let members = g.members.iter().map(|m| fsdecode(m)).collect();
    let v = vec![
        fsdecode(&g.name),
        fsdecode(&g.passwd),
        int::from_i64(g.gid as i64),
        list::new_list(members),
    ];
    weft_vm::interp::structseq::new(vm, &ty, v)
}

fn not_found(msg: String) -> weft_vm::interp::error::PyErr {
    error::key_error(pystr::new_string(msg))
}

/// `getgrgid(id)`.
fn getgrgid(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if args.positional().is_empty() && !args.has_kwargs() {
        return Err(error::type_error(
            "getgrgid() missing required argument 'id' (pos 1)",
        ));
    }
    let [id] = args.bind("getgrgid", ["id"], 1, 0)?;
    let gid = id_arg(vm, "gid", &id.unwrap_or(Value::NONE))?;
    match sys::lookup(gid, None) {
        Some(g) => entry(vm, g),
        None => Err(not_found(format!(
            "getgrgid(): gid not found: {}",
            gid as i32
        ))),
    }
}

/// `getgrnam(name)`.
fn getgrnam(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    if args.positional().is_empty() && !args.has_kwargs() {
        return Err(error::type_error(
            "getgrnam() missing required argument 'name' (pos 1)",
        ));
    }
    let [name] = args.bind("getgrnam", ["name"], 1, 0)?;
    let name = name.unwrap_or(Value::NONE);
    let Some(s) = pystr::as_str_obj(&name) else {
        return Err(error::type_error(format!(
            "getgrnam() argument 'name' must be str, not {}",
            ops::type_name_of(&name)
        )));
    };
    let raw = crate::posix::args::fsencode(vm, &name, s)?;
    let c = std::ffi::CString::new(raw).map_err(|_| error::value_error("embedded null byte"))?;
    match sys::lookup(0, Some(&c)) {
        Some(g) => entry(vm, g),
        None => {
            let r = weft_vm::interp::protocols::repr_string(vm, &name)?;
            Err(not_found(format!("getgrnam(): name not found: {r}")))
        }
    }
}

fn getgrall(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("grp.getgrall", 0)?;
    let mut out = Vec::new();
    for g in sys::all() {
        out.push(entry(vm, g)?);
    }
    Ok(list::new_list(out))
}

/// Builds the `grp` module.
pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = module::new_module("grp");
    crate::add_function(&m, "getgrgid", getgrgid, None);
    crate::add_function(&m, "getgrnam", getgrnam, None);
    crate::add_function(&m, "getgrall", getgrall, None);
    let ty = weft_vm::interp::structseq::new_type(vm, "grp", "struct_group", &FIELDS, 4)?;
    if let Some(o) = ty.as_obj() {
        o.make_immortal();
    }
    let d = module::module_dict(&m).expect("module dict");
    d.set_rs("struct_group", ty.clone());
    d.set_rs("__doc__", pystr::new_str(DOC));
    STRUCT_GROUP.with(|t| *t.borrow_mut() = Some(ty));
    Ok(m)
}
