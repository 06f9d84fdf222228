//! Maps keyed by object address (pickle's memo, the checkpoint encoder's tables): identity keys
//! need no `__hash__`, and a tuned hasher keeps them cheap.
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// Hashes an object address (the low bits are alignment, so they are shifted out).
#[derive(Default)]
pub struct AddrHasher(u64);

impl Hasher for AddrHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 = (self.0 << 8 | u64::from(*b)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }
    fn write_usize(&mut self, n: usize) {
        // The low bits (which pick the bucket) stay the address's, so that objects allocated one
        // after another, which a pickler meets one after another, share cache lines in the table;
        // the top bits (the table's tag) are mixed, so that tags still tell keys apart.
        let a = (n as u64) >> 4;
        self.0 = a ^ (a.wrapping_mul(0x9E37_79B9_7F4A_7C15) & (0x7F << 57));
    }
}

/// A map from object addresses to `V`.
pub type AddrMap<V> = HashMap<usize, V, BuildHasherDefault<AddrHasher>>;
