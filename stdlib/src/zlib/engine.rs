//! The loops that drive zlib-rs's `Deflate`/`Inflate` over a whole input, growing the output as
//! CPython's `arrange_output_buffer` does: call again while the engine fills all the room it got.
use zlib_rs::{Deflate, DeflateError, DeflateFlush, Inflate, InflateError, InflateFlush, Status};

/// Output room for the next call: `DEF_BUF_SIZE` at first, then doubling.
fn room(out: &[u8], limit: usize) -> usize {
    out.len().clamp(16 * 1024, 1 << 30).min(limit - out.len())
}

/// Compresses all of `input` with `flush` into `out`.
///
/// # Errors
/// The engine's error (a `StreamError` for a bad flush mode).
pub(crate) fn deflate(
    d: &mut Deflate,
    input: &[u8],
    flush: DeflateFlush,
    out: &mut Vec<u8>,
) -> Result<Status, DeflateError> {
    let mut pos = 0;
    loop {
        let start = out.len();
        let n = room(out, usize::MAX);
        out.resize(start + n, 0);
        let (in0, out0) = (d.total_in(), d.total_out());
        let r = d.compress(&input[pos..], &mut out[start..], flush);
        pos += (d.total_in() - in0) as usize;
        let produced = (d.total_out() - out0) as usize;
        out.truncate(start + produced);
        let st = r?;
        if st == Status::StreamEnd || (produced < n && pos >= input.len()) {
            return Ok(st);
        }
    }
}

/// How a dictionary request was answered.
pub(crate) enum DictAnswer {
    Set,
    /// There is no dictionary: the run stops with the request as its result.
    Missing,
    /// The dictionary did not fit the stream: the run stops with this error.
    Refused(InflateError),
}

/// What one run of `inflate` over an input did.
pub(crate) struct Inflated {
    /// The last result of the engine.
    pub result: Result<Status, InflateError>,
    /// Input bytes consumed.
    pub consumed: usize,
    /// Set when the dictionary was refused.
    pub dict_error: Option<InflateError>,
}

/// Decompresses from `input` into `out` until the stream ends, the input is used up, the output
/// reaches `limit` bytes or the engine fails. `set_dict` answers a dictionary request.
pub(crate) fn inflate(
    z: &mut Inflate,
    input: &[u8],
    flush: InflateFlush,
    out: &mut Vec<u8>,
    limit: usize,
    mut set_dict: impl FnMut(&mut Inflate) -> DictAnswer,
) -> Inflated {
    let mut pos = 0;
    let mut result = Ok(Status::Ok);
    let mut dict_error = None;
    loop {
        if out.len() >= limit {
            break;
        }
        let start = out.len();
        let n = room(out, limit);
        out.resize(start + n, 0);
        let (in0, out0) = (z.total_in(), z.total_out());
        result = z.decompress(&input[pos..], &mut out[start..], flush);
        pos += (z.total_in() - in0) as usize;
        let produced = (z.total_out() - out0) as usize;
        out.truncate(start + produced);
        match result {
            Ok(Status::StreamEnd) => break,
            Ok(_) if produced < n => break,
            Ok(_) => {}
            Err(InflateError::NeedDict { .. }) => match set_dict(z) {
                DictAnswer::Set => {}
                DictAnswer::Missing => break,
                DictAnswer::Refused(e) => {
                    dict_error = Some(e);
                    break;
                }
            },
            Err(_) => break,
        }
    }
    Inflated {
        result,
        consumed: pos,
        dict_error,
    }
}

/// What zlib-rs 0.6.8 says for corrupt data found on its fast path: the message of a later call,
/// which CPython never makes (fixed in zlib-rs 0.6.9, which `rustpython-unicode`'s pin of 0.6.8
/// keeps out of the build).
pub(crate) const BAD_STATE: &str = "repeated call with bad state";

/// Output room below the fast path's minimum, so that only the slow path decodes.
const SLOW_ROOM: usize = 259;

/// zlib's message for the corrupt data in `input`, found by decoding it again with `z` (a fresh
/// stream) on the slow path alone, whose messages are right. Only the error path pays for this.
pub(crate) fn replay_message(
    mut z: Inflate,
    input: &[u8],
    mut set_dict: impl FnMut(&mut Inflate) -> DictAnswer,
) -> Option<&'static str> {
    let mut buf = [0u8; SLOW_ROOM];
    let mut pos = 0;
    loop {
        let (in0, out0) = (z.total_in(), z.total_out());
        match z.decompress(&input[pos..], &mut buf, InflateFlush::NoFlush) {
            Ok(Status::StreamEnd) => return None,
            Ok(_) => {
                let used = (z.total_in() - in0) as usize;
                if used == 0 && z.total_out() == out0 {
                    return None;
                }
                pos += used;
            }
            Err(InflateError::NeedDict { .. }) => {
                if !matches!(set_dict(&mut z), DictAnswer::Set) {
                    return None;
                }
            }
            Err(InflateError::DataError) => {
                return z.error_message().filter(|m| *m != BAD_STATE);
            }
            Err(_) => return None,
        }
    }
}
