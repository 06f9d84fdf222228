//! `crc32` (zlib's CRC, shared with the `zlib` module) and `crc_hqx` (CRC-CCITT, as BinHex uses).
use weft_vm::heap::Value;
use weft_vm::interp::error::PyResult;
use weft_vm::interp::Vm;
use weft_vm::objects::builtin::Args;
use weft_vm::objects::int;

pub(crate) fn crc32(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.range("crc32", 1, 2)?;
    let start = match a.get(1) {
        Some(v) => crate::convert::bitwise_u32(vm, v)?,
        None => 0,
    };
    let data = crate::buffer::bytes_like(&a[0])?;
    Ok(int::from_i64(i64::from(zlib_rs::crc32::crc32(
        start, &data,
    ))))
}

/// The CRC-CCITT table (polynomial 0x1021), built at compile time.
const HQX_TABLE: [u16; 256] = {
    let mut t = [0u16; 256];
    let mut i = 0;
    while i < 256 {
        let mut c = (i as u16) << 8;
        let mut k = 0;
        while k < 8 {
            c = if c & 0x8000 != 0 {
                (c << 1) ^ 0x1021
            } else {
                c << 1
            };
            k += 1;
        }
        t[i] = c;
        i += 1;
    }
    t
};

pub(crate) fn crc_hqx(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.range("crc_hqx", 2, 2)?;
    let mut crc = (crate::convert::bitwise_u32(vm, &a[1])? & 0xffff) as u16;
    let data = crate::buffer::bytes_like(&a[0])?;
    for &b in data.iter() {
        crc = (crc << 8) ^ HQX_TABLE[usize::from((crc >> 8) as u8 ^ b)];
    }
    Ok(int::from_i64(i64::from(crc)))
}
