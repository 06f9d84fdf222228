//! `co_linetable` in 3.11's location-table format (`Objects/locations.md`), one code unit per weft
//! instruction: `code.co_linetable` encodes the positions and `code.replace(co_linetable=...)` decodes
//! them, so tools that rewrite line information (or drop it) work on weft's code objects.

use crate::compiler::bytecode::Position;

/// Entry codes of the format (bits 3-6 of an entry's first byte).
const ONE_LINE0: u8 = 10;
const NO_COLUMNS: u8 = 13;
const LONG: u8 = 14;
const NONE: u8 = 15;

fn varint(out: &mut Vec<u8>, mut v: u32) {
    while v >= 64 {
        out.push(0x40 | (v & 63) as u8);
        v >>= 6;
    }
    out.push(v as u8);
}

fn svarint(out: &mut Vec<u8>, v: i64) {
    let u = if v < 0 { ((-v) << 1) | 1 } else { v << 1 };
    varint(out, u as u32);
}

/// The table for `positions`, lines counted from `firstlineno`.
pub fn encode(positions: &[Position], firstlineno: u32) -> Vec<u8> {
    let mut out = Vec::new();
    let mut prev = i64::from(firstlineno);
    let mut i = 0;
    while i < positions.len() {
        let p = positions[i];
        let mut n = 1;
        while n < 8 && positions.get(i + n) == Some(&p) {
            n += 1;
        }
        i += n;
        let head = |code: u8| 0x80 | (code << 3) | (n as u8 - 1);
        if p.lineno == 0 {
            out.push(head(NONE));
            continue;
        }
        let delta = i64::from(p.lineno) - prev;
        prev = i64::from(p.lineno);
        let (col, end) = (p.col_offset, p.end_col_offset);
        if p.end_lineno == p.lineno {
            if delta == 0 && col < 80 && end >= col && end - col < 16 {
                out.push(head((col / 8) as u8));
                out.push((((col % 8) << 4) | (end - col)) as u8);
                continue;
            }
            if (0..3).contains(&delta) && col < 128 && end < 128 {
                out.push(head(ONE_LINE0 + delta as u8));
                out.push(col as u8);
                out.push(end as u8);
                continue;
            }
        }
        out.push(head(LONG));
        svarint(&mut out, delta);
        varint(&mut out, p.end_lineno.saturating_sub(p.lineno));
        varint(&mut out, col + 1);
        varint(&mut out, end + 1);
    }
    out
}

struct Reader<'b> {
    b: &'b [u8],
    at: usize,
}

impl Reader<'_> {
    fn byte(&mut self) -> Option<u8> {
        let c = *self.b.get(self.at)?;
        // A byte with the top bit set starts the next entry.
        if c & 0x80 != 0 {
            return None;
        }
        self.at += 1;
        Some(c)
    }

    fn varint(&mut self) -> Option<u32> {
        let mut v = 0u32;
        let mut shift = 0;
        loop {
            let c = self.byte()?;
            v |= u32::from(c & 63).checked_shl(shift)?;
            if c & 64 == 0 {
                return Some(v);
            }
            shift += 6;
        }
    }

    fn svarint(&mut self) -> Option<i64> {
        let u = i64::from(self.varint()?);
        Some(if u & 1 != 0 { -(u >> 1) } else { u >> 1 })
    }
}

/// The positions of `count` instructions from a table (missing or malformed entries: no position).
pub fn decode(table: &[u8], firstlineno: u32, count: usize) -> Vec<Position> {
    let mut out = Vec::with_capacity(count);
    let mut r = Reader { b: table, at: 0 };
    let mut line = i64::from(firstlineno);
    while out.len() < count && r.at < table.len() {
        let first = table[r.at];
        r.at += 1;
        let code = (first >> 3) & 15;
        let n = usize::from(first & 7) + 1;
        let at = |line: i64, end_line: i64, col: u32, end: u32| Position {
            lineno: u32::try_from(line).unwrap_or(0),
            end_lineno: u32::try_from(end_line).unwrap_or(0),
            col_offset: col,
            end_col_offset: end,
        };
        let p = match code {
            NONE => Some(Position::default()),
            LONG => (|| {
                line += r.svarint()?;
                let end_line = line + i64::from(r.varint()?);
                let col = r.varint()?.saturating_sub(1);
                let end = r.varint()?.saturating_sub(1);
                Some(at(line, end_line, col, end))
            })(),
            NO_COLUMNS => r.svarint().map(|d| {
                line += d;
                at(line, line, 0, 0)
            }),
            ONE_LINE0..=12 => (|| {
                line += i64::from(code - ONE_LINE0);
                let col = u32::from(r.byte()?);
                let end = u32::from(r.byte()?);
                Some(at(line, line, col, end))
            })(),
            _ => r.byte().map(|b| {
                let col = u32::from(code) * 8 + u32::from((b >> 4) & 7);
                at(line, line, col, col + u32::from(b & 15))
            }),
        };
        let p = p.unwrap_or_default();
        for _ in 0..n {
            out.push(p);
        }
        // Skip what is left of a malformed entry.
        while r.at < table.len() && table[r.at] & 0x80 == 0 {
            r.at += 1;
        }
    }
    out.resize(count, Position::default());
    out
}
