//! The `zlib` module on zlib-rs, a memory-safe Rust port of zlib (the engine CPython's own Rust
//! port of this module uses). Its inflate output and error messages are zlib's; its deflate is
//! zlib-ng's, so compressed bytes are valid and decompress everywhere but differ from classic
//! zlib's at most levels. `Compress.copy()`/`Decompress.copy()` need a stream copy that
//! zlib-rs's safe API does not offer yet, so they raise `NotImplementedError`.
mod compressobj;
mod decompressobj;
mod engine;

use std::sync::OnceLock;
use weft_vm::heap::{GilShared, ObjRef, Value};
use weft_vm::interp::error::{self, PyErr, PyResult};
use weft_vm::interp::Vm;
use weft_vm::objects::builtin::Args;
use weft_vm::objects::method_support::ssize_arg;
use weft_vm::objects::{bytes, int, str as pystr, types};
use zlib_rs::{Deflate, DeflateConfig, DeflateFlush, Inflate, InflateError, InflateFlush, Status};

/// The zlib version whose API zlib-rs implements, and the port's own version (Cargo.lock holds
/// zlib-rs at 0.6.8: `rustpython-unicode` pins that release).
const VERSION: &str = "1.3.0-zlib-rs-0.6.8";
const MAX_WBITS: i32 = 15;
const DEF_MEM_LEVEL: i32 = 8;
const DEF_BUF_SIZE: i64 = 16384;

struct Types {
    error: ObjRef,
    compress: ObjRef,
    decompress: ObjRef,
}

static TYPES: OnceLock<GilShared<Types>> = OnceLock::new();

fn zlib_types() -> &'static Types {
    &TYPES
        .get_or_init(|| {
            let t = Types {
                error: weft_vm::interp::exc::new_exception_class(
                    "zlib",
                    "error",
                    &types().exception,
                ),
                compress: crate::support::native_type("zlib.Compress", false),
                decompress: crate::support::native_type("zlib.Decompress", false),
            };
            compressobj::register(&t.compress);
            decompressobj::register(&t.decompress);
            GilShared(t)
        })
        .0
}

/// `zlib.error("Error <code> <what>: <message>")`, as CPython's `zlib_error` words it.
fn zlib_error(code: i32, what: &str, msg: Option<&str>) -> PyErr {
    let msg = msg.or(match code {
        -5 => Some("incomplete or truncated stream"),
        -2 => Some("inconsistent stream state"),
        -3 => Some("invalid input data"),
        _ => None,
    });
    let text = match msg {
        Some(m) => format!("Error {code} {what}: {m}"),
        None => format!("Error {code} {what}"),
    };
    PyErr::new(&zlib_types().error, text)
}

/// The error for an inflate failure, with zlib's message for corrupt data; `replay` recovers that
/// message when zlib-rs lost it (see `engine::BAD_STATE`).
fn inflate_error(
    z: &Inflate,
    e: Option<InflateError>,
    what: &str,
    replay: impl FnOnce() -> Option<&'static str>,
) -> PyErr {
    match e {
        Some(InflateError::DataError) => {
            let msg = match z.error_message() {
                Some(engine::BAD_STATE) => replay(),
                m => m,
            };
            zlib_error(-3, what, msg)
        }
        Some(InflateError::NeedDict { .. }) => zlib_error(2, what, None),
        Some(InflateError::StreamError) => zlib_error(-2, what, None),
        Some(InflateError::MemError) => {
            error::memory_error("Out of memory while decompressing data")
        }
        None => zlib_error(-5, what, None),
    }
}

/// The error for a dictionary that `inflateSetDictionary` refused.
fn zdict_error(e: InflateError) -> PyErr {
    match e {
        InflateError::DataError => zlib_error(-3, "while setting zdict", None),
        _ => zlib_error(-2, "while setting zdict", None),
    }
}

/// Whether deflate accepts these parameters (zlib's `deflateInit2` checks).
fn deflate_config(
    level: i32,
    method: i32,
    wbits: i32,
    mem_level: i32,
    strategy: i32,
) -> Option<DeflateConfig> {
    let window_ok = matches!(wbits, -15..=-9 | 8..=15 | 25..=31);
    if !(-1..=9).contains(&level) || method != 8 || !window_ok || !(1..=9).contains(&mem_level) {
        return None;
    }
    Some(DeflateConfig {
        level,
        method: zlib_rs::Method::Deflated,
        window_bits: wbits,
        mem_level,
        strategy: zlib_rs::Strategy::try_from(strategy).ok()?,
    })
}

/// A decompressor for `wbits`, or `None` where zlib's `inflateInit2` refuses it.
fn new_inflate(wbits: i32) -> Option<Inflate> {
    match wbits {
        -15..=-8 => Some(Inflate::new(false, (-wbits) as u8)),
        0 | 8..=16 | 24..=32 | 40..=47 => Some(Inflate::new(true, wbits as u8)),
        _ => None,
    }
}

fn c_int_or(vm: &mut Vm, v: Option<&Value>, default: i32) -> PyResult<i32> {
    match v {
        Some(v) => crate::convert::c_int(vm, v),
        None => Ok(default),
    }
}

/// `compress(data, /, level=Z_DEFAULT_COMPRESSION, wbits=MAX_WBITS)`.
fn compress(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [data, level, wbits] = args.bind("compress", ["data", "level", "wbits"], 1, 1)?;
    let level = c_int_or(vm, level.as_ref(), -1)?;
    let wbits = c_int_or(vm, wbits.as_ref(), MAX_WBITS)?;
    let data = data.unwrap_or(Value::NONE);
    let input = crate::buffer::bytes_like(&data)?;
    let Some(config) = deflate_config(level, 8, wbits, DEF_MEM_LEVEL, 0) else {
        return Err(PyErr::new(&zlib_types().error, "Bad compression level"));
    };
    let mut d = Deflate::new_with_config(config);
    let mut out = Vec::with_capacity(input.len() / 2 + 64);
    engine::deflate(&mut d, &input, DeflateFlush::Finish, &mut out)
        .map_err(|_| zlib_error(-2, "while compressing data", None))?;
    Ok(bytes::new_bytes(out))
}

/// `decompress(data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE)`.
fn decompress(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [data, wbits, bufsize] = args.bind("decompress", ["data", "wbits", "bufsize"], 1, 1)?;
    let wbits = c_int_or(vm, wbits.as_ref(), MAX_WBITS)?;
    let bufsize = match &bufsize {
        Some(v) => ssize_arg(vm, v)?,
        None => DEF_BUF_SIZE as isize,
    };
    if bufsize < 0 {
        return Err(error::value_error("bufsize must be non-negative"));
    }
    let data = data.unwrap_or(Value::NONE);
    let input = crate::buffer::bytes_like(&data)?;
    let Some(mut z) = new_inflate(wbits) else {
        return Err(zlib_error(-2, "while preparing to decompress data", None));
    };
    let mut out = Vec::with_capacity((bufsize as usize).clamp(1, 1 << 20));
    let r = engine::inflate(
        &mut z,
        &input,
        InflateFlush::Finish,
        &mut out,
        usize::MAX,
        |_| engine::DictAnswer::Missing,
    );
    match r.result {
        Ok(Status::StreamEnd) => Ok(bytes::new_bytes(out)),
        Ok(_) => Err(inflate_error(&z, None, "while decompressing data", || None)),
        Err(e) => Err(inflate_error(
            &z,
            Some(e),
            "while decompressing data",
            || {
                let fresh = new_inflate(wbits)?;
                engine::replay_message(fresh, &input, |_| engine::DictAnswer::Missing)
            },
        )),
    }
}

/// `crc32(data, value=0, /)`.
fn crc32(vm: &mut Vm, args: &Args) -> PyResult<Value> {
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

/// `adler32(data, value=1, /)`.
fn adler32(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.range("adler32", 1, 2)?;
    let start = match a.get(1) {
        Some(v) => crate::convert::bitwise_u32(vm, v)?,
        None => 1,
    };
    let data = crate::buffer::bytes_like(&a[0])?;
    Ok(int::from_i64(i64::from(zlib_rs::adler32::adler32(
        start, &data,
    ))))
}

/// Builds the `zlib` module.
pub fn init(_vm: &mut Vm) -> PyResult<ObjRef> {
    let t = zlib_types();
    let m = crate::support::module_with_docs(
        "zlib",
        &[
            ("compress", compress, "Returns a bytes object containing compressed data.\n\n  data\n    Binary data to be compressed.\n  level\n    Compression level, in 0-9 or -1.\n  wbits\n    The window buffer size and container format."),
            ("decompress", decompress, "Returns a bytes object containing the uncompressed data.\n\n  data\n    Compressed data.\n  wbits\n    The window buffer size and container format.\n  bufsize\n    The initial output buffer size."),
            ("compressobj", compressobj::new, "Return a compressor object."),
            ("decompressobj", decompressobj::new, "Return a decompressor object."),
            ("crc32", crc32, "Compute a CRC-32 checksum of data.\n\n  value\n    Starting value of the checksum.\n\nThe returned checksum is an integer."),
            ("adler32", adler32, "Compute an Adler-32 checksum of data.\n\n  value\n    Starting value of the checksum.\n\nThe returned checksum is an integer."),
        ],
    );
    let d = weft_vm::objects::module::module_dict(&m)
        .ok_or_else(|| error::system_error("module without a dict"))?;
    let ints: [(&str, i64); 20] = [
        ("MAX_WBITS", i64::from(MAX_WBITS)),
        ("DEFLATED", 8),
        ("DEF_MEM_LEVEL", i64::from(DEF_MEM_LEVEL)),
        ("DEF_BUF_SIZE", DEF_BUF_SIZE),
        ("Z_NO_COMPRESSION", 0),
        ("Z_BEST_SPEED", 1),
        ("Z_BEST_COMPRESSION", 9),
        ("Z_DEFAULT_COMPRESSION", -1),
        ("Z_FILTERED", 1),
        ("Z_HUFFMAN_ONLY", 2),
        ("Z_RLE", 3),
        ("Z_FIXED", 4),
        ("Z_DEFAULT_STRATEGY", 0),
        ("Z_NO_FLUSH", 0),
        ("Z_PARTIAL_FLUSH", 1),
        ("Z_SYNC_FLUSH", 2),
        ("Z_FULL_FLUSH", 3),
        ("Z_FINISH", 4),
        ("Z_BLOCK", 5),
        ("Z_TREES", 6),
    ];
    for (n, v) in ints {
        d.set_rs(n, int::from_i64(v));
    }
    d.set_rs("ZLIB_VERSION", pystr::new_str(VERSION));
    d.set_rs("ZLIB_RUNTIME_VERSION", pystr::new_str(VERSION));
    d.set_rs("error", Value::obj(t.error.clone()));
    d.set_rs("__version__", pystr::new_str("1.0"));
    d.set_rs("__doc__", pystr::new_str("The functions in this module allow compression and decompression using the\nzlib library, which is based on GNU zip.\n\nadler32(string[, start]) -- Compute an Adler-32 checksum.\ncompress(data[, level]) -- Compress data, with compression level 0-9 or -1.\ncompressobj([level[, ...]]) -- Return a compressor object.\ncrc32(string[, start]) -- Compute a CRC-32 checksum.\ndecompress(string,[wbits],[bufsize]) -- Decompresses a compressed string.\ndecompressobj([wbits[, zdict]]) -- Return a decompressor object.\n\n'wbits' is window buffer size and container format.\nCompressor objects support compress() and flush() methods; decompressor\nobjects support decompress() and flush()."));
    Ok(m)
}
