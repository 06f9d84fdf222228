//! The file header: what makes a checkpoint recognisable, versioned and checked before a byte of its
//! payload is trusted.
//!
//! ```text
//! offset  size  field
//!      0     8  magic b"WEFTCKPT"
//!      8     4  format version, u32 little-endian
//!     12     8  payload length in bytes, u64 little-endian
//!     20     4  CRC-32 (zlib's) of the payload, u32 little-endian
//!     24     …  payload: the postcard encoding of the record table (see `record`)
//! ```

pub(crate) const MAGIC: &[u8; 8] = b"WEFTCKPT";
/// The format this weft writes; it reads this one and every older one.
pub(crate) const VERSION: u32 = 1;
pub(crate) const HEADER_LEN: usize = 24;

/// Fills the header reserved at the start of `out` for the payload after it.
pub(crate) fn seal(out: &mut [u8]) {
    let (head, payload) = out.split_at_mut(HEADER_LEN);
    head[..8].copy_from_slice(MAGIC);
    head[8..12].copy_from_slice(&VERSION.to_le_bytes());
    head[12..20].copy_from_slice(&(payload.len() as u64).to_le_bytes());
    head[20..24].copy_from_slice(&zlib_rs::crc32::crc32(0, payload).to_le_bytes());
}

fn u32_at(b: &[u8], at: usize) -> u32 {
    let mut a = [0; 4];
    a.copy_from_slice(&b[at..at + 4]);
    u32::from_le_bytes(a)
}

/// The payload of checkpoint `data` once its header checks out, else what is wrong with it (the
/// message of the `CheckpointError`).
pub(crate) fn open(data: &[u8]) -> Result<&[u8], String> {
    let n = data.len().min(MAGIC.len());
    if data[..n] != MAGIC[..n] {
        let shown = &data[..n];
        return Err(format!(
            "not a weft checkpoint: bad magic {} (expected {})",
            show_bytes(shown),
            show_bytes(MAGIC)
        ));
    }
    if data.len() < HEADER_LEN {
        return Err(format!(
            "truncated checkpoint: {} bytes, shorter than the {HEADER_LEN}-byte header",
            data.len()
        ));
    }
    let version = u32_at(data, 8);
    if version == 0 || version > VERSION {
        return Err(format!(
            "unsupported checkpoint format version {version} (this weft reads versions up to {VERSION})"
        ));
    }
    let mut len = [0; 8];
    len.copy_from_slice(&data[12..20]);
    let len = u64::from_le_bytes(len);
    let present = (data.len() - HEADER_LEN) as u64;
    if present < len {
        return Err(format!(
            "truncated checkpoint: the payload is {len} bytes but only {present} are present"
        ));
    }
    if present > len {
        let extra = present - len;
        let s = if extra == 1 { "" } else { "s" };
        return Err(format!(
            "corrupted checkpoint: {extra} byte{s} of trailing data after the {len}-byte payload"
        ));
    }
    let payload = &data[HEADER_LEN..];
    let expected = u32_at(data, 20);
    let actual = zlib_rs::crc32::crc32(0, payload);
    if expected != actual {
        return Err(format!(
            "corrupted checkpoint: checksum mismatch (header says {expected:#010x}, payload has {actual:#010x})"
        ));
    }
    Ok(payload)
}

/// `b'...'` as Python shows bytes.
fn show_bytes(b: &[u8]) -> String {
    let mut s = String::from("b'");
    for &c in b {
        match c {
            b'\\' => s.push_str("\\\\"),
            b'\'' => s.push_str("\\'"),
            0x20..=0x7e => s.push(char::from(c)),
            _ => s.push_str(&format!("\\x{c:02x}")),
        }
    }
    s.push('\'');
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sealed(payload: &[u8]) -> Vec<u8> {
        let mut out = vec![0; HEADER_LEN];
        out.extend_from_slice(payload);
        seal(&mut out);
        out
    }

    #[test]
    fn round_trip_and_every_damage() {
        let good = sealed(b"hello");
        assert_eq!(open(&good).unwrap(), b"hello");
        assert!(
            open(&good[..3]).is_ok_and(|_| false)
                || open(&good[..3]).unwrap_err().contains("truncated")
        );
        assert!(open(&good[..good.len() - 1])
            .unwrap_err()
            .contains("truncated"));
        let mut bad = good.clone();
        bad[HEADER_LEN] ^= 1;
        assert!(open(&bad).unwrap_err().contains("checksum"));
        let mut v = good.clone();
        v[8] = 9;
        assert!(open(&v).unwrap_err().contains("version 9"));
        assert!(open(b"PK\x03\x04 not ours at all")
            .unwrap_err()
            .contains("bad magic b'PK"));
        assert!(open(b"").unwrap_err().contains("truncated"));
    }
}
