//! Replacing a file so that a crash at any moment leaves either the old file or the new one
//! (DESIGN.md invariant 7): the data goes to a temporary file in the same directory, which is
//! fsynced, renamed over the target, and the directory fsynced so the rename itself is durable.
use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// Distinguishes temporary files of saves under way at once in one process.
static SERIAL: AtomicU64 = AtomicU64::new(0);

/// A sibling of `path` that no other save under way uses: `.NAME.PID.N.tmp`.
fn temp_path(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let n = SERIAL.fetch_add(1, Ordering::Relaxed);
    path.with_file_name(format!(".{name}.{}.{n}.tmp", std::process::id()))
}

/// Writes `data` to `path` atomically.
pub(crate) fn replace(path: &Path, data: &[u8]) -> std::io::Result<()> {
    let tmp = temp_path(path);
    let written = (|| {
        // The name is unique among live processes; one left by a crashed process that had this
        // pid (a restarted container's process often has the same one) is overwritten.
        let mut f = OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(true)
            .open(&tmp)?;
        f.write_all(data)?;
        f.sync_all()
    })();
    if let Err(e) = written.and_then(|()| std::fs::rename(&tmp, path)) {
        let _ = std::fs::remove_file(&tmp);
        return Err(e);
    }
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    File::open(dir)?.sync_all()
}
