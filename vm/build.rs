//! Computes `WEFT_BYTECODE_KEY`: a hash of the parser's and compiler's sources, so that cached code
//! from another build of weft is never taken for this one's (see `compiler/persist.rs`).
use std::path::Path;

fn hash_dir(dir: &Path, h: &mut u64) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = rd.filter_map(Result::ok).map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            hash_dir(&p, h);
        } else if p.extension().is_some_and(|e| e == "rs") {
            for b in std::fs::read(&p).unwrap_or_default() {
                // FNV-1a, 64-bit.
                *h ^= b as u64;
                *h = h.wrapping_mul(0x100000001b3);
            }
        }
    }
}

fn main() {
    let mut h: u64 = 0xcbf29ce484222325;
    for dir in ["src/compiler", "../parser/src"] {
        println!("cargo:rerun-if-changed={dir}");
        hash_dir(Path::new(dir), &mut h);
    }
    println!("cargo:rustc-env=WEFT_BYTECODE_KEY={h:016x}");
}
