//! The password database calls behind `pwd`, as safe functions. `unsafe` is confined to the
//! reentrant `getpw*_r` calls (into a buffer owned here) and the `getpwent` walk.
#![allow(unsafe_code)]
use std::ffi::{CStr, CString};

/// One entry: name, password, uid, gid, gecos, home directory, shell.
pub struct Passwd {
    pub name: Vec<u8>,
    pub passwd: Vec<u8>,
    pub uid: u32,
    pub gid: u32,
    pub gecos: Vec<u8>,
    pub dir: Vec<u8>,
    pub shell: Vec<u8>,
}

/// Copies the fields of `p`, whose strings are NUL-terminated or null.
///
/// # Safety
/// `p`'s string fields must be null or valid NUL-terminated strings.
unsafe fn copy(p: &libc::passwd) -> Passwd {
    let s = |c: *const libc::c_char| {
        if c.is_null() {
            Vec::new()
        } else {
            // SAFETY: the caller guarantees a NUL-terminated string.
            unsafe { CStr::from_ptr(c) }.to_bytes().to_vec()
        }
    };
    Passwd {
        name: s(p.pw_name),
        passwd: s(p.pw_passwd),
        uid: p.pw_uid,
        gid: p.pw_gid,
        gecos: s(p.pw_gecos),
        dir: s(p.pw_dir),
        shell: s(p.pw_shell),
    }
}

/// The entry of `uid` (`by_name` None) or of the name, if any.
pub fn lookup(uid: u32, by_name: Option<&CString>) -> Option<Passwd> {
    let mut buf = vec![0u8; 1024];
    loop {
        // SAFETY: `libc::passwd` is plain old data.
        let mut pw: libc::passwd = unsafe { std::mem::zeroed() };
        let mut out: *mut libc::passwd = std::ptr::null_mut();
        let (b, n) = (buf.as_mut_ptr().cast(), buf.len());
        // SAFETY: `pw`, `buf` and `out` are valid for the call; the name is NUL-terminated.
        let r = unsafe {
            match by_name {
                Some(name) => libc::getpwnam_r(name.as_ptr(), &mut pw, b, n, &mut out),
                None => libc::getpwuid_r(uid, &mut pw, b, n, &mut out),
            }
        };
        if r == libc::ERANGE && buf.len() < 1 << 20 {
            buf.resize(buf.len() * 4, 0);
            continue;
        }
        if r != 0 || out.is_null() {
            return None;
        }
        // SAFETY: on success the fields point into `buf`, which is alive.
        return Some(unsafe { copy(&pw) });
    }
}

/// Every entry of the database.
pub fn all() -> Vec<Passwd> {
    let mut out = Vec::new();
    // SAFETY: the `getpwent` walk runs on this thread from `setpwent` to `endpwent`; each entry
    // is copied before the next call reuses its storage.
    unsafe {
        libc::setpwent();
        loop {
            let p = libc::getpwent();
            if p.is_null() {
                break;
            }
            out.push(copy(&*p));
        }
        libc::endpwent();
    }
    out
}
