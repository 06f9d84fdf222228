//! Binary file methods (`FileIO` and the buffered classes): bytes in, bytes out, straight to
//! the OS file.
use super::common::{size_arg, this};
use super::FileObj;
use crate::heap::Value;
use crate::interp::error::{self, PyResult};
use crate::interp::ops::type_name_of;
use crate::interp::{protocols, Vm};
use crate::objects::builtin::Args;
use crate::objects::{bytearray::ByteArray, bytes, int};
use std::io::{Read, Seek, SeekFrom, Write};

/// Reads up to `n` bytes (all that remain when `n < 0`).
pub fn read_bytes(vm: &mut Vm, f: &FileObj, n: i64) -> PyResult<Vec<u8>> {
    f.with(vm, |file| {
        let mut out = Vec::new();
        if n < 0 {
            file.read_to_end(&mut out)?;
        } else {
            file.take(n as u64).read_to_end(&mut out)?;
        }
        Ok(out)
    })
}

/// One line (through `\n`), at most `limit` bytes when `limit >= 0`; the file is left just
/// after it.
pub fn readline_of(vm: &mut Vm, f: &FileObj, limit: i64) -> PyResult<Value> {
    f.check_readable("read")?;
    let line = f.with(vm, |file| {
        let mut out = Vec::new();
        let mut chunk = [0u8; 4096];
        loop {
            let want = if limit >= 0 {
                (limit as usize - out.len()).min(chunk.len())
            } else {
                chunk.len()
            };
            if want == 0 {
                break;
            }
            let got = file.read(&mut chunk[..want])?;
            if got == 0 {
                break;
            }
            if let Some(i) = chunk[..got].iter().position(|b| *b == b'\n') {
                out.extend_from_slice(&chunk[..=i]);
                file.seek(SeekFrom::Current(i as i64 + 1 - got as i64))?;
                break;
            }
            out.extend_from_slice(&chunk[..got]);
        }
        Ok(out)
    })?;
    Ok(bytes::new_bytes(line))
}

fn read(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, f) = this(args)?;
    let n = size_arg(vm, args, "read")?;
    f.check_readable("read")?;
    Ok(bytes::new_bytes(read_bytes(vm, f, n)?))
}

fn readinto(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, f) = this(args)?;
    let a = args.rest().exact("readinto", 1)?;
    f.check_readable("read")?;
    let Some(ba) = a[0].as_obj().and_then(|o| o.downcast::<ByteArray>()) else {
        return Err(error::type_error(format!(
            "readinto() argument must be read-write bytes-like object, not {}",
            type_name_of(&a[0])
        )));
    };
    let n = ba.data.borrow().len();
    let data = read_bytes(vm, f, n as i64)?;
    ba.data.borrow_mut()[..data.len()].copy_from_slice(&data);
    Ok(int::from_i64(data.len() as i64))
}

fn write(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, f) = this(args)?;
    let a = args.rest().exact("write", 1)?;
    f.check_writable("write")?;
    let data = crate::interp::builtin_types::bytes_like(vm, &a[0]).map_err(|_| {
        error::type_error(format!(
            "a bytes-like object is required, not '{}'",
            type_name_of(&a[0])
        ))
    })?;
    f.with(vm, |file| file.write_all(&data))?;
    Ok(int::from_i64(data.len() as i64))
}

/// The `(offset, whence)` arguments of `seek` as a `SeekFrom`.
fn seek_from(vm: &mut Vm, args: &Args) -> PyResult<SeekFrom> {
    let a = args.rest().range("seek", 1, 2)?;
    let off = protocols::index_isize(vm, &a[0])? as i64;
    let whence = match a.get(1) {
        Some(w) => protocols::index_isize(vm, w)?,
        None => 0,
    };
    Ok(match whence {
        // As lseek: a negative absolute position is EINVAL.
        0 if off < 0 => {
            let e = std::io::Error::from_raw_os_error(22);
            return Err(super::os_file::os_error(vm, &e, None));
        }
        0 => SeekFrom::Start(off as u64),
        1 => SeekFrom::Current(off),
        2 => SeekFrom::End(off),
        w => return Err(error::value_error(format!("whence value {w} unsupported"))),
    })
}

fn seek(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, f) = this(args)?;
    f.check_open()?;
    let to = seek_from(vm, args)?;
    let pos = f.with(vm, |file| file.seek(to))?;
    Ok(int::from_i64(pos as i64))
}

fn tell(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, f) = this(args)?;
    let pos = f.with(vm, |file| file.stream_position())?;
    Ok(int::from_i64(pos as i64))
}

/// `truncate(size=None)`: the file's length becomes `size` (the position by default); the
/// position does not move.
pub fn truncate_to(vm: &mut Vm, f: &FileObj, size: Option<&Value>) -> PyResult<Value> {
    f.check_writable("truncate")?;
    let size = match size.filter(|v| !v.is_none()) {
        Some(v) => protocols::index_isize(vm, v)? as u64,
        None => f.with(vm, |file| file.stream_position())?,
    };
    f.with(vm, |file| file.set_len(size))?;
    Ok(int::from_i64(size as i64))
}

fn truncate(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, f) = this(args)?;
    let a = args.rest().range("truncate", 0, 1)?;
    truncate_to(vm, f, a.first())
}

pub fn register(t: &crate::heap::ObjRef) {
    use crate::objects::register::*;
    methods(
        t,
        &[
            ("read", read),
            ("read1", read),
            ("readall", read),
            ("readinto", readinto),
            ("write", write),
            ("seek", seek),
            ("tell", tell),
            ("truncate", truncate),
        ],
    );
}
