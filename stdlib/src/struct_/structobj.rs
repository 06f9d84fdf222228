//! `Struct(format)`: a parsed format with the packing methods, and the operations the module functions
//! share with it.
use super::buffer;
use super::codec;
use super::format::{self, Layout};
use super::struct_error;
use crate::support::payload;
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use weft_vm::heap::{ObjRef, Value};
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::Vm;
use weft_vm::objects::builtin::Args;
use weft_vm::objects::method_support::{alloc_instance, new_cls, ssize_arg};
use weft_vm::objects::native::NativeObj;
use weft_vm::objects::register::{getsets, methods, statics};
use weft_vm::objects::{bytes, int, str as pystr, tuple};

/// A format string and its layout.
pub(crate) struct Parsed {
    pub text: String,
    pub layout: Layout,
}

impl Parsed {
    pub(crate) fn new(text: String) -> PyResult<Parsed> {
        let bytes: Vec<u8> = text.chars().map(|c| u8::try_from(c).unwrap_or(0)).collect();
        let layout = format::parse(&bytes)?;
        Ok(Parsed { text, layout })
    }

    fn packed(&self, vm: &mut Vm, values: &[Value], fname: &str) -> PyResult<Vec<u8>> {
        if values.len() != self.layout.items {
            return Err(struct_error(format!(
                "{fname} expected {} items for packing (got {})",
                self.layout.items,
                values.len()
            )));
        }
        let mut out = Vec::new();
        out.try_reserve_exact(self.layout.size)
            .map_err(|_| error::memory_error(""))?;
        out.resize(self.layout.size, 0);
        codec::pack(vm, &self.layout, values, &mut out)?;
        Ok(out)
    }

    pub(crate) fn pack(&self, vm: &mut Vm, values: &[Value]) -> PyResult<Value> {
        Ok(bytes::new_bytes(self.packed(vm, values, "pack")?))
    }

    /// `pack_into(buffer, offset, *values)`.
    pub(crate) fn pack_into(&self, vm: &mut Vm, args: &[Value]) -> PyResult<Value> {
        let (buf, offset, values) = match args {
            [] => return Err(struct_error("pack_into expected buffer argument")),
            [_] => return Err(struct_error("pack_into expected offset argument")),
            [b, o, v @ ..] => (b, o, v),
        };
        if values.len() != self.layout.items {
            return Err(struct_error(format!(
                "pack_into expected {} items for packing (got {})",
                self.layout.items,
                values.len()
            )));
        }
        let len = buffer::writable(buf)?.len() as isize;
        let mut offset = ssize_arg(vm, offset)?;
        let size = self.layout.size as isize;
        if offset < 0 {
            if offset + size > 0 {
                return Err(struct_error(format!(
                    "no space to pack {size} bytes at offset {offset}"
                )));
            }
            if offset + len < 0 {
                return Err(struct_error(format!(
                    "offset {offset} out of range for {len}-byte buffer"
                )));
            }
            offset += len;
        }
        if len - offset < size {
            return Err(struct_error(format!(
                "pack_into requires a buffer of at least {} bytes for packing {size} bytes at offset {offset} (actual buffer size is {len})",
                (size as usize).wrapping_add(offset as usize)
            )));
        }
        let data = self.packed(vm, values, "pack_into")?;
        buffer::writable(buf)?.write(offset as usize, &data);
        Ok(Value::NONE)
    }

    pub(crate) fn unpack(&self, vm: &mut Vm, buf: &Value) -> PyResult<Value> {
        let data = buffer::read(vm, buf)?;
        if data.len() != self.layout.size {
            return Err(struct_error(format!(
                "unpack requires a buffer of {} bytes",
                self.layout.size
            )));
        }
        Ok(tuple::new_tuple(codec::unpack(&self.layout, &data)))
    }

    pub(crate) fn unpack_from(
        &self,
        vm: &mut Vm,
        buf: &Value,
        offset: Option<&Value>,
    ) -> PyResult<Value> {
        let data = buffer::read(vm, buf)?;
        let len = data.len() as isize;
        let mut offset = match offset {
            Some(v) => ssize_arg(vm, v)?,
            None => 0,
        };
        let size = self.layout.size as isize;
        if offset < 0 {
            // A negative offset counts from the end, and the data must end before the end does.
            if offset + size > 0 {
                return Err(struct_error(format!(
                    "not enough data to unpack {size} bytes at offset {offset}"
                )));
            }
            if offset + len < 0 {
                return Err(struct_error(format!(
                    "offset {offset} out of range for {len}-byte buffer"
                )));
            }
            offset += len;
        }
        if len - offset < size {
            return Err(struct_error(format!(
                "unpack_from requires a buffer of at least {} bytes for unpacking {size} bytes at offset {offset} (actual buffer size is {len})",
                (size as usize).wrapping_add(offset as usize)
            )));
        }
        let at = offset as usize;
        Ok(tuple::new_tuple(codec::unpack(
            &self.layout,
            &data[at..at + self.layout.size],
        )))
    }
}

/// `iter_unpack(buffer)`: the consecutive structs of `buf`, as an iterator.
pub(crate) fn unpack_iterator(p: Rc<Parsed>, vm: &mut Vm, buf: &Value) -> PyResult<Value> {
    let size = p.layout.size;
    if size == 0 {
        return Err(struct_error(
            "cannot iteratively unpack with a struct of length 0",
        ));
    }
    let data = buffer::read(vm, buf)?;
    if data.len() % size != 0 {
        return Err(struct_error(format!(
            "iterative unpacking requires a buffer of a multiple of {size} bytes"
        )));
    }
    Ok(super::unpack_iter::new_iter(p, data))
}

/// A `Struct`'s payload: `__new__` makes it empty (size -1), `__init__` parses the format. Methods
/// hold the `Rc`, so an `__index__` that re-initialises the struct cannot pull the layout from under
/// them.
struct StructObj {
    parsed: RefCell<Rc<Parsed>>,
    initialised: Cell<bool>,
}

fn this(args: &Args, name: &str) -> PyResult<Rc<Parsed>> {
    let owner = &super::struct_types().structure;
    crate::support::this::<StructObj>(args, name, owner).map(|(_, s)| s.parsed.borrow().clone())
}

fn new(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = new_cls(args, &super::struct_types().structure)?;
    let s = StructObj {
        parsed: RefCell::new(Rc::new(Parsed::new(String::new())?)),
        initialised: Cell::new(false),
    };
    Ok(Value::obj(alloc_instance(cls, NativeObj::new(s))))
}

fn init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let owner = &super::struct_types().structure;
    let (_, s) = crate::support::this::<StructObj>(args, "__init__", owner)?;
    let [fmt] = args.rest().bind("Struct", ["format"], 0, 0)?;
    let Some(fmt) = fmt else {
        return Err(error::type_error(
            "Struct() missing required argument 'format' (pos 1)",
        ));
    };
    let p = Parsed::new(super::format_text(vm, &fmt)?)?;
    *s.parsed.borrow_mut() = Rc::new(p);
    s.initialised.set(true);
    Ok(Value::NONE)
}

fn pack(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = this(args, "pack")?;
    args.no_kwargs("pack")?;
    p.pack(vm, &args.positional()[1..])
}

fn pack_into(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = this(args, "pack_into")?;
    args.no_kwargs("pack_into")?;
    p.pack_into(vm, &args.positional()[1..])
}

fn unpack(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = this(args, "unpack")?;
    let rest = args.rest();
    let a = rest.exact("Struct.unpack", 1)?;
    p.unpack(vm, &a[0])
}

fn unpack_from(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = this(args, "unpack_from")?;
    let [buffer, offset] = args
        .rest()
        .bind("unpack_from", ["buffer", "offset"], 1, 0)?;
    let buffer = buffer.unwrap_or(Value::NONE);
    p.unpack_from(vm, &buffer, offset.as_ref())
}

fn iter_unpack(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let p = this(args, "iter_unpack")?;
    let rest = args.rest();
    let a = rest.exact("Struct.iter_unpack", 1)?;
    unpack_iterator(p, vm, &a[0])
}

fn get_format(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(payload::<StructObj>(v).map_or(Value::NONE, |s| {
        pystr::new_string(s.parsed.borrow().text.clone())
    }))
}

fn get_size(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    Ok(payload::<StructObj>(v).map_or(Value::NONE, |s| {
        let size = if s.initialised.get() {
            s.parsed.borrow().layout.size as i64
        } else {
            -1
        };
        int::from_i64(size)
    }))
}

pub(crate) fn register(t: &ObjRef) {
    statics(t, &[("__new__", new)]);
    methods(
        t,
        &[
            ("__init__", init),
            ("pack", pack),
            ("pack_into", pack_into),
            ("unpack", unpack),
            ("unpack_from", unpack_from),
            ("iter_unpack", iter_unpack),
        ],
    );
    getsets(t, &[("format", get_format, None), ("size", get_size, None)]);
}
