//! The `marshal` module: CPython's internal serialization format, which importlib uses for the
//! bytecode cache. Data types follow CPython byte for byte; code objects carry weft's own payload.
mod read;
mod write;

use read::{Reader, Source};
use weft_vm::heap::{ObjRef, Value};
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::{attr, call, Vm};
use weft_vm::objects::builtin::Args;
use weft_vm::objects::{bytes, int, str as pystr};

/// The format version `dumps` writes by default.
const VERSION: i32 = 4;

fn version_arg(vm: &mut Vm, v: Option<Value>) -> PyResult<i32> {
    match v {
        None => Ok(VERSION),
        Some(v) => {
            use num_traits::ToPrimitive;
            weft_vm::interp::protocols::index(vm, &v)?
                .to_i32()
                .ok_or_else(|| error::overflow_error("Python int too large to convert to C int"))
        }
    }
}

fn dumps_bytes(value: &Value, version: i32) -> PyResult<Vec<u8>> {
    let mut w = write::Writer::new(version);
    w.value(value)?;
    Ok(w.out)
}

fn dumps(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [value, version] = args.bind("dumps", ["value", "version"], 1, 0)?;
    let version = version_arg(vm, version)?;
    let value = value.unwrap_or(Value::NONE);
    Ok(bytes::new_bytes(dumps_bytes(&value, version)?))
}

fn dump(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [value, file, version] = args.bind("dump", ["value", "file", "version"], 2, 0)?;
    let version = version_arg(vm, version)?;
    let data = dumps_bytes(&value.unwrap_or(Value::NONE), version)?;
    let write = attr::getattr(vm, &file.unwrap_or(Value::NONE), "write")?;
    call::call_value(vm, &write, vec![bytes::new_bytes(data)])?;
    Ok(Value::NONE)
}

fn loads(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [data] = args.bind("loads", ["bytes"], 1, 0)?;
    let data = weft_vm::interp::builtin_types::bytes_like(vm, &data.unwrap_or(Value::NONE))?;
    Reader::new(Source::Bytes(&data)).object(vm)
}

fn load(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [file] = args.bind("load", ["file"], 1, 0)?;
    let file = file.unwrap_or(Value::NONE);
    // As CPython: a zero-length read first checks that the file gives bytes.
    let read = attr::getattr(vm, &file, "read")?;
    let probe = call::call_value(vm, &read, vec![int::from_i64(0)])?;
    if bytes::as_bytes(&probe).is_none() {
        return Err(error::type_error(format!(
            "file.read() returned not bytes but {}",
            weft_vm::interp::ops::type_name_of(&probe)
        )));
    }
    Reader::new(Source::File(file)).object(vm)
}

pub fn init(_vm: &mut Vm) -> PyResult<ObjRef> {
    let m = crate::support::module_with_docs(
        "marshal",
        &[
            ("dump", dump, "Write the value on the open file.\n\n  value\n    Must be a supported type.\n  file\n    Must be a writeable binary file.\n  version\n    Indicates the data format that dump should use.\n\nIf the value has (or contains an object that has) an unsupported type, a\nValueError exception is raised - but garbage data will also be written\nto the file. The object will not be properly read back by load()."),
            ("load", load, "Read one value from the open file and return it.\n\n  file\n    Must be readable binary file.\n\nIf no valid value is read (e.g. because the data has a different Python\nversion's incompatible marshal format), raise EOFError, ValueError or\nTypeError.\n\nNote: If an object containing an unsupported type was marshalled with\ndump(), load() will substitute None for the unmarshallable type."),
            ("dumps", dumps, "Return the bytes object that would be written to a file by dump(value, file).\n\n  value\n    Must be a supported type.\n  version\n    Indicates the data format that dumps should use.\n\nRaise a ValueError exception if value has (or contains an object that has) an\nunsupported type."),
            ("loads", loads, "Convert the bytes-like object to a value.\n\nIf no valid value is found, raise EOFError, ValueError or TypeError.  Extra\nbytes in the input are ignored."),
        ],
    );
    let d = weft_vm::objects::module::module_dict(&m).expect("module dict");
    d.set_rs("version", int::from_i64(VERSION as i64));
    d.set_rs("__doc__", pystr::new_str(DOC));
    Ok(m)
}

const DOC: &str = "This module contains functions that can read and write Python values in\na binary format. The format is specific to Python, but independent of\nmachine architecture issues.\n\nNot all Python object types are supported; in general, only objects\nwhose value is independent from a particular invocation of Python can be\nwritten and read by this module. The following types are supported:\nNone, integers, floating point numbers, strings, bytes, bytearrays,\ntuples, lists, sets, dictionaries, and code objects, where it\nshould be understood that tuples, lists and dictionaries are only\nsupported as long as the values contained therein are themselves\nsupported; and recursive lists and dictionaries should not be written\n(they will cause infinite loops).\n\nVariables:\n\nversion -- indicates the format that the module uses. Version 0 is the\n    historical format, version 1 shares interned strings and version 2\n    uses a binary format for floating point numbers.\n    Version 3 shares common object references (New in version 3.4).\n\nMost common functions:\n\ndumps() -- write value to a bytes object\nloads() -- read value from a bytes-like object";
