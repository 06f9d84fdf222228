//! The group database calls behind `grp`, as safe functions. `unsafe` is confined to the
//! reentrant `getgr*_r` calls (into a buffer owned here) and the `getgrent` walk.
#![allow(unsafe_code)]
use std::ffi::{CStr, CString};

/// One entry: name, password, gid, members.
pub struct Group {
    pub name: Vec<u8>,
    pub passwd: Vec<u8>,
    pub gid: u32,
    pub members: Vec<Vec<u8>>,
}

/// Copies the fields of `g`.
///
/// # Safety
/// `g`'s strings must be null or NUL-terminated, and `gr_mem` null or a null-terminated array
/// of such strings.
unsafe fn copy(g: &libc::group) -> Group {
    let s = |c: *const libc::c_char| {
        if c.is_null() {
            Vec::new()
        } else {
            // SAFETY: the caller guarantees a NUL-terminated string.
            unsafe { CStr::from_ptr(c) }.to_bytes().to_vec()
        }
    };
    let mut members = Vec::new();
    if !g.gr_mem.is_null() {
        let mut p = g.gr_mem;
        // SAFETY: the caller guarantees a null-terminated array.
        unsafe {
            while !(*p).is_null() {
                members.push(s(*p));
                p = p.add(1);
            }
        }
    }
    Group {
        name: s(g.gr_name),
        passwd: s(g.gr_passwd),
        gid: g.gr_gid,
        members,
    }
}

/// The entry of `gid` (`by_name` None) or of the name, if any.
pub fn lookup(gid: u32, by_name: Option<&CString>) -> Option<Group> {
    let mut buf = vec![0u8; 1024];
    loop {
        // SAFETY: `libc::group` is plain old data.
        let mut gr: libc::group = unsafe { std::mem::zeroed() };
        let mut out: *mut libc::group = std::ptr::null_mut();
        let (b, n) = (buf.as_mut_ptr().cast(), buf.len());
        // SAFETY: `gr`, `buf` and `out` are valid for the call; the name is NUL-terminated.
        let r = unsafe {
            match by_name {
                Some(name) => libc::getgrnam_r(name.as_ptr(), &mut gr, b, n, &mut out),
                None => libc::getgrgid_r(gid, &mut gr, b, n, &mut out),
            }
        };
        if r == libc::ERANGE && buf.len() < 1 << 22 {
            buf.resize(buf.len() * 4, 0);
            continue;
        }
        if r != 0 || out.is_null() {
            return None;
        }
        // SAFETY: on success the fields point into `buf`, which is alive.
        return Some(unsafe { copy(&gr) });
    }
}

/// Every entry of the database.
pub fn all() -> Vec<Group> {
    let mut out = Vec::new();
    // SAFETY: the `getgrent` walk runs on this thread from `setgrent` to `endgrent`; each entry
    // is copied before the next call reuses its storage.
    unsafe {
        libc::setgrent();
        loop {
            let g = libc::getgrent();
            if g.is_null() {
                break;
            }
            out.push(copy(&*g));
        }
        libc::endgrent();
    }
    out
}
