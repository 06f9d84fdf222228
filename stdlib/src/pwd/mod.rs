//! The `pwd` module: the Unix password database (`getpwuid`, `getpwnam`, `getpwall`), entries as
//! `pwd.struct_passwd` struct sequences, text decoded as file names are.
mod sys;

use crate::posix::args::{fsdecode, id_arg};
use std::cell::RefCell;
use weft_vm::heap::{ObjRef, Value};
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::{ops, Vm};
use weft_vm::objects::builtin::Args;
use weft_vm::objects::{int, list, module, str as pystr};

/// `pwd.struct_passwd`, made when the module is built (immortal).
static STRUCT_PASSWD: weft_vm::heap::GilShared<RefCell<Option<Value>>> =
    weft_vm::heap::GilShared(RefCell::new(None));

const FIELDS: [&str; 7] = [
    "pw_name",
    "pw_passwd",
    "pw_uid",
    "pw_gid",
    "pw_gecos",
    "pw_dir",
    "pw_shell",
];

fn entry(vm: &mut Vm, p: sys::Passwd) -> PyResult<Value> {
    let ty = STRUCT_PASSWD
        .with(|t| t.borrow().clone())
        .ok_or_else(|| error::system_error("pwd.struct_passwd is not initialised"))?;
    let v = vec![
        fsdecode(&p.name),
        fsdecode(&p.passwd),
        int::from_i64(p.uid as i64),
        int::from_i64(p.gid as i64),
        fsdecode(&p.gecos),
        fsdecode(&p.dir),
        fsdecode(&p.shell),
    ];
    weft_vm::interp::structseq::new(vm, &ty, v)
}

fn not_found(msg: String) -> weft_vm::interp::error::PyErr {
    error::key_error(pystr::new_string(msg))
}

/// `getpwuid(uid, /)`.
fn getpwuid(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("pwd.getpwuid", 1)?;
    let uid = match id_arg(vm, "uid", &a[0]) {
        Ok(u) => u,
        Err(e) if e.ty().is(&weft_vm::objects::types().overflow_error) => {
            return Err(not_found("getpwuid(): uid not found".into()))
        }
        Err(e) => return Err(e),
    };
    match sys::lookup(uid, None) {
        Some(p) => entry(vm, p),
        None => Err(not_found(format!(
            "getpwuid(): uid not found: {}",
            uid as i32
        ))),
    }
}

/// `getpwnam(name, /)`.
fn getpwnam(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("pwd.getpwnam", 1)?;
    let Some(s) = pystr::as_str_obj(&a[0]) else {
        return Err(error::type_error(format!(
            "getpwnam() argument must be str, not {}",
            ops::type_name_of(&a[0])
        )));
    };
    let raw = crate::posix::args::fsencode(vm, &a[0], s)?;
    let c = std::ffi::CString::new(raw).map_err(|_| error::value_error("embedded null byte"))?;
    match sys::lookup(0, Some(&c)) {
        Some(p) => entry(vm, p),
        None => {
            let r = weft_vm::interp::protocols::repr_string(vm, &a[0])?;
            Err(not_found(format!("getpwnam(): name not found: {r}")))
        }
    }
}

fn getpwall(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("pwd.getpwall", 0)?;
    let mut out = Vec::new();
    for p in sys::all() {
        out.push(entry(vm, p)?);
    }
    Ok(list::new_list(out))
}

/// Builds the `pwd` module.
pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = module::new_module("pwd");
    crate::add_function(&m, "getpwuid", getpwuid, None);
    crate::add_function(&m, "getpwnam", getpwnam, None);
    crate::add_function(&m, "getpwall", getpwall, None);
    let ty = weft_vm::interp::structseq::new_type(vm, "pwd", "struct_passwd", &FIELDS, 7)?;
    if let Some(o) = ty.as_obj() {
        o.make_immortal();
    }
    let d = module::module_dict(&m).expect("module dict");
    d.set_rs("struct_passwd", ty.clone());
    d.set_rs(
        "__doc__",
        pystr::new_str("This module provides access to the Unix password database.\nIt is available on all Unix versions.\n\nPassword database entries are reported as 7-tuples containing the following\nitems from the password database (see `<pwd.h>'), in order:\npw_name, pw_passwd, pw_uid, pw_gid, pw_gecos, pw_dir, pw_shell.\nThe uid and gid items are integers, all others are strings. An\nexception is raised if the entry asked for cannot be found."),
    );
    STRUCT_PASSWD.with(|t| *t.borrow_mut() = Some(ty));
    Ok(m)
}
