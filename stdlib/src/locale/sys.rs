//! The C library's locale functions behind `_locale`, as safe functions over Rust strings. This
//! file and the other `sys.rs` files are the stdlib crate's only `unsafe`: each call passes
//! NUL-terminated buffers it owns, and copies what the C library returns before the next call can
//! overwrite it.
#![allow(unsafe_code)]
use std::ffi::{CStr, CString};

extern "C" {
    fn wcscoll(a: *const libc::wchar_t, b: *const libc::wchar_t) -> libc::c_int;
    fn wcsxfrm(
        dest: *mut libc::wchar_t,
        src: *const libc::wchar_t,
        n: libc::size_t,
    ) -> libc::size_t;
}

/// A C string the library returned, copied.
fn owned(p: *const libc::c_char) -> Option<Vec<u8>> {
    if p.is_null() {
        return None;
    }
    // SAFETY: the library returned a NUL-terminated string, valid until the next locale call,
    // which cannot happen before this copy (the GIL is held).
    Some(unsafe { CStr::from_ptr(p) }.to_bytes().to_vec())
}

/// `setlocale(category, locale)`: the new (or, with `None`, the current) locale name, or `None`
/// when the C library refuses.
pub(crate) fn setlocale(category: i32, locale: Option<&CStr>) -> Option<Vec<u8>> {
    let arg = locale.map_or(std::ptr::null(), CStr::as_ptr);
    // SAFETY: `arg` is null or a NUL-terminated string that outlives the call.
    owned(unsafe { libc::setlocale(category, arg) })
}

/// `nl_langinfo(item)`.
pub(crate) fn nl_langinfo(item: i32) -> Vec<u8> {
    // SAFETY: any item is accepted (unknown ones give ""); the result is copied at once.
    owned(unsafe { libc::nl_langinfo(item) }).unwrap_or_default()
}

/// The fields of `localeconv()`, copied.
pub(crate) struct Conv {
    pub strings: Vec<(&'static str, Vec<u8>)>,
    pub ints: Vec<(&'static str, libc::c_char)>,
    pub mon_grouping: Vec<u8>,
    pub grouping: Vec<u8>,
}

pub(crate) fn localeconv() -> Conv {
    // SAFETY: `localeconv` returns a pointer to a static struct (never null in glibc, checked
    // anyway) whose strings stay valid until the next locale call; all are copied here.
    let lc = unsafe { libc::localeconv().as_ref() };
    let Some(lc) = lc else {
        return Conv {
            strings: Vec::new(),
            ints: Vec::new(),
            mon_grouping: Vec::new(),
            grouping: Vec::new(),
        };
    };
    let s = |p: *mut libc::c_char| owned(p).unwrap_or_default();
    Conv {
        strings: vec![
            ("int_curr_symbol", s(lc.int_curr_symbol)),
            ("currency_symbol", s(lc.currency_symbol)),
            ("mon_decimal_point", s(lc.mon_decimal_point)),
            ("mon_thousands_sep", s(lc.mon_thousands_sep)),
            ("positive_sign", s(lc.positive_sign)),
            ("negative_sign", s(lc.negative_sign)),
            ("decimal_point", s(lc.decimal_point)),
            ("thousands_sep", s(lc.thousands_sep)),
        ],
        ints: vec![
            ("int_frac_digits", lc.int_frac_digits),
            ("frac_digits", lc.frac_digits),
            ("p_cs_precedes", lc.p_cs_precedes),
            ("p_sep_by_space", lc.p_sep_by_space),
            ("n_cs_precedes", lc.n_cs_precedes),
            ("n_sep_by_space", lc.n_sep_by_space),
            ("p_sign_posn", lc.p_sign_posn),
            ("n_sign_posn", lc.n_sign_posn),
        ],
        mon_grouping: s(lc.mon_grouping),
        grouping: s(lc.grouping),
    }
}

/// A wide string with its terminating NUL (the text must hold no NUL).
fn wide(text: &[u32]) -> Vec<libc::wchar_t> {
    text.iter()
        .map(|&c| c as libc::wchar_t)
        .chain(std::iter::once(0))
        .collect()
}

/// `wcscoll(a, b)`.
pub(crate) fn strcoll(a: &[u32], b: &[u32]) -> i32 {
    let (a, b) = (wide(a), wide(b));
    // SAFETY: both are NUL-terminated wide strings that outlive the call.
    unsafe { wcscoll(a.as_ptr(), b.as_ptr()) }
}

/// `wcsxfrm` of `text`, growing the buffer as the C library asks; `Err(errno)` on failure.
pub(crate) fn strxfrm(text: &[u32]) -> Result<Vec<u32>, std::io::Error> {
    let src = wide(text);
    let mut size = text.len() + 1;
    loop {
        let mut buf: Vec<libc::wchar_t> = vec![0; size];
        clear_errno();
        // SAFETY: `buf` is writable for `size` wide characters, `src` is NUL-terminated.
        let n = unsafe { wcsxfrm(buf.as_mut_ptr(), src.as_ptr(), size) };
        let err = std::io::Error::last_os_error();
        if err
            .raw_os_error()
            .is_some_and(|e| e != 0 && e != libc::ERANGE)
        {
            return Err(err);
        }
        if n < size {
            buf.truncate(n);
            return Ok(buf.into_iter().map(|c| c as u32).collect());
        }
        size = n + 1;
    }
}

fn clear_errno() {
    // SAFETY: `__errno_location` returns the calling thread's errno, always valid.
    unsafe { *libc::__errno_location() = 0 };
}

/// A locale name for `setlocale`, refusing embedded NULs as CPython does.
pub(crate) fn c_name(text: &str) -> Option<CString> {
    CString::new(text).ok()
}
