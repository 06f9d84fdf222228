//! The BSD-socket system calls behind `_socket`, as safe functions over integer descriptors and
//! [`SockAddr`] buffers. Each `unsafe` call passes plain integers, buffers the caller owns, or a
//! `sockaddr_storage` with the length the kernel may write.
#![allow(unsafe_code)]
use std::ffi::CStr;
use std::io::{Error, Result};

// The address-text conversions of the C library, which the `libc` crate does not declare.
extern "C" {
    fn inet_pton(af: libc::c_int, src: *const libc::c_char, dst: *mut libc::c_void) -> libc::c_int;
    fn inet_ntop(
        af: libc::c_int,
        src: *const libc::c_void,
        dst: *mut libc::c_char,
        size: libc::socklen_t,
    ) -> *const libc::c_char;
    fn inet_aton(cp: *const libc::c_char, inp: *mut libc::in_addr) -> libc::c_int;
}

use crate::posix::sys::check;

/// A socket address of any family, with the length that is in use.
#[derive(Clone, Copy)]
pub struct SockAddr {
    pub storage: libc::sockaddr_storage,
    pub len: libc::socklen_t,
}

impl SockAddr {
    /// An all-zero address whose length is the whole buffer (for calls that fill it in).
    pub fn empty() -> SockAddr {
        SockAddr {
            // SAFETY: `sockaddr_storage` is plain old data; all-zero bytes are a valid value.
            storage: unsafe { std::mem::zeroed() },
            len: std::mem::size_of::<libc::sockaddr_storage>() as libc::socklen_t,
        }
    }

    pub fn family(&self) -> i32 {
        self.storage.ss_family as i32
    }

    fn ptr(&self) -> *const libc::sockaddr {
        (&self.storage as *const libc::sockaddr_storage).cast()
    }

    fn mut_ptr(&mut self) -> *mut libc::sockaddr {
        (&mut self.storage as *mut libc::sockaddr_storage).cast()
    }

    /// Writes `value` (a `sockaddr_in`, `sockaddr_in6` or `sockaddr_un`) at the start of the buffer.
    pub fn from_raw<T: Copy>(value: T, len: usize) -> SockAddr {
        let mut a = SockAddr::empty();
        assert!(std::mem::size_of::<T>() <= std::mem::size_of::<libc::sockaddr_storage>());
        // SAFETY: `T` is one of the C address structures, which fit in `sockaddr_storage` (checked
        // above) and need no stronger alignment than it has.
        unsafe {
            std::ptr::write(
                (&mut a.storage as *mut libc::sockaddr_storage).cast(),
                value,
            )
        };
        a.len = len as libc::socklen_t;
        a
    }

    /// Reads the buffer as a `T` (one of the C address structures, chosen by the family).
    pub fn as_raw<T: Copy>(&self) -> T {
        assert!(std::mem::size_of::<T>() <= std::mem::size_of::<libc::sockaddr_storage>());
        // SAFETY: as in `from_raw`; every bit pattern is a valid C address structure.
        unsafe { std::ptr::read((&self.storage as *const libc::sockaddr_storage).cast()) }
    }
}

pub fn socket(family: i32, ty: i32, proto: i32) -> Result<i32> {
    // SAFETY: plain integers.
    check(unsafe { libc::socket(family, ty | libc::SOCK_CLOEXEC, proto) })
}

pub fn socketpair(family: i32, ty: i32, proto: i32) -> Result<(i32, i32)> {
    let mut fds = [0 as libc::c_int; 2];
    // SAFETY: `fds` holds the two descriptors written.
    check(unsafe { libc::socketpair(family, ty | libc::SOCK_CLOEXEC, proto, fds.as_mut_ptr()) })?;
    Ok((fds[0], fds[1]))
}

pub fn bind(fd: i32, a: &SockAddr) -> Result<()> {
    // SAFETY: `a` holds `a.len` valid bytes.
    check(unsafe { libc::bind(fd, a.ptr(), a.len) }).map(|_| ())
}

pub fn connect(fd: i32, a: &SockAddr) -> Result<()> {
    // SAFETY: `a` holds `a.len` valid bytes.
    unsafe { crate::posix::sys::blocking(|| libc::connect(fd, a.ptr(), a.len)) }.map(|_| ())
}

pub fn listen(fd: i32, backlog: i32) -> Result<()> {
    // SAFETY: plain integers.
    check(unsafe { libc::listen(fd, backlog) }).map(|_| ())
}

pub fn accept(fd: i32) -> Result<(i32, SockAddr)> {
    let mut a = SockAddr::empty();
    // SAFETY: `a` is writable for `a.len` bytes, and the kernel updates `a.len`.
    let r = unsafe {
        crate::posix::sys::blocking(|| {
            libc::accept4(fd, a.mut_ptr(), &mut a.len, libc::SOCK_CLOEXEC)
        })?
    };
    Ok((r, a))
}

pub fn shutdown(fd: i32, how: i32) -> Result<()> {
    // SAFETY: plain integers.
    check(unsafe { libc::shutdown(fd, how) }).map(|_| ())
}

/// `getsockname` (`peer == false`) or `getpeername`.
pub fn name(fd: i32, peer: bool) -> Result<SockAddr> {
    let mut a = SockAddr::empty();
    // SAFETY: as in `accept`.
    check(unsafe {
        if peer {
            libc::getpeername(fd, a.mut_ptr(), &mut a.len)
        } else {
            libc::getsockname(fd, a.mut_ptr(), &mut a.len)
        }
    })?;
    Ok(a)
}

/// Receives into `buf` (as much as fits); with `from`, also the sender's address. Returns the
/// length received.
pub fn recv(fd: i32, buf: &mut [u8], flags: i32, from: bool) -> Result<(usize, SockAddr)> {
    let mut a = SockAddr::empty();
    let n = buf.len();
    // SAFETY: `buf` is writable for `n` bytes and `a` as in `accept`.
    let r = unsafe {
        crate::posix::sys::blocking(|| {
            if from {
                libc::recvfrom(
                    fd,
                    buf.as_mut_ptr().cast(),
                    n,
                    flags,
                    a.mut_ptr(),
                    &mut a.len,
                )
            } else {
                a.len = 0;
                libc::recv(fd, buf.as_mut_ptr().cast(), n, flags)
            }
        })?
    } as usize;
    Ok((r, a))
}

/// Sends `data`, to `to` when given; returns how much was sent.
pub fn send(fd: i32, data: &[u8], flags: i32, to: Option<&SockAddr>) -> Result<usize> {
    // SAFETY: `data` is readable for its length and `to` holds `len` valid bytes.
    unsafe {
        crate::posix::sys::blocking(|| match to {
            Some(a) => libc::sendto(fd, data.as_ptr().cast(), data.len(), flags, a.ptr(), a.len),
            None => libc::send(fd, data.as_ptr().cast(), data.len(), flags),
        })
    }
    .map(|n| n as usize)
}

pub fn setsockopt(fd: i32, level: i32, opt: i32, value: &[u8]) -> Result<()> {
    // SAFETY: `value` is readable for its length.
    check(unsafe {
        libc::setsockopt(
            fd,
            level,
            opt,
            value.as_ptr().cast(),
            value.len() as libc::socklen_t,
        )
    })
    .map(|_| ())
}

/// Reads an option into a buffer of `buflen` bytes, truncated to what the kernel wrote.
pub fn getsockopt(fd: i32, level: i32, opt: i32, buflen: usize) -> Result<Vec<u8>> {
    let mut buf = vec![0u8; buflen];
    let mut len = buflen as libc::socklen_t;
    // SAFETY: `buf` is writable for `len` bytes, and the kernel updates `len`.
    check(unsafe { libc::getsockopt(fd, level, opt, buf.as_mut_ptr().cast(), &mut len) })?;
    buf.truncate(len as usize);
    Ok(buf)
}

/// Waits until `fd` is readable (or writable) for at most `timeout_ms` (-1: forever); whether it
/// became ready.
pub fn wait(fd: i32, writing: bool, timeout_ms: i32) -> Result<bool> {
    let mut p = libc::pollfd {
        fd,
        events: if writing { libc::POLLOUT } else { libc::POLLIN },
        revents: 0,
    };
    // SAFETY: one pollfd we own.
    let n = unsafe { crate::posix::sys::blocking(|| libc::poll(&mut p, 1, timeout_ms))? };
    Ok(n > 0)
}

pub fn gethostname() -> Result<Vec<u8>> {
    let mut buf = vec![0u8; 256];
    // SAFETY: `buf` is writable for its length; the result is NUL-terminated within it.
    check(unsafe { libc::gethostname(buf.as_mut_ptr().cast(), buf.len()) })?;
    let n = buf.iter().position(|&b| b == 0).unwrap_or(buf.len());
    buf.truncate(n);
    Ok(buf)
}

/// One `getaddrinfo` answer: family, type, protocol, canonical name, address.
pub struct AddrInfo {
    pub family: i32,
    pub socktype: i32,
    pub proto: i32,
    pub canonname: Vec<u8>,
    pub addr: SockAddr,
}

/// `getaddrinfo`; an `Err` holds the `EAI_*` code (and for `EAI_SYSTEM`, errno is set).
pub fn getaddrinfo(
    host: Option<&CStr>,
    port: Option<&CStr>,
    family: i32,
    socktype: i32,
    proto: i32,
    flags: i32,
) -> std::result::Result<Vec<AddrInfo>, i32> {
    // SAFETY: `addrinfo` is plain old data; all-zero is the documented way to start the hints.
    let mut hints: libc::addrinfo = unsafe { std::mem::zeroed() };
    hints.ai_family = family;
    hints.ai_socktype = socktype;
    hints.ai_protocol = proto;
    hints.ai_flags = flags;
    let mut res: *mut libc::addrinfo = std::ptr::null_mut();
    let opt = |s: Option<&CStr>| s.map_or(std::ptr::null(), |s| s.as_ptr());
    // SAFETY: the strings are NUL-terminated or null, `hints` is initialised, and `res` receives
    // a list we free below.
    // A name lookup may wait on the network: other threads run meanwhile.
    let r = unsafe {
        weft_vm::heap::gil::unlocked_raw(|| {
            libc::getaddrinfo(opt(host), opt(port), &hints, &mut res)
        })
    };
    if r != 0 {
        return Err(r);
    }
    let mut out = Vec::new();
    let mut p = res;
    while !p.is_null() {
        // SAFETY: `p` walks the list `getaddrinfo` returned, which stays alive until freed.
        let ai = unsafe { &*p };
        let mut addr = SockAddr::empty();
        let len = (ai.ai_addrlen as usize).min(std::mem::size_of::<libc::sockaddr_storage>());
        // SAFETY: `ai_addr` points to `ai_addrlen` bytes; we copy at most the buffer's size.
        unsafe {
            std::ptr::copy_nonoverlapping(
                ai.ai_addr.cast::<u8>(),
                (&mut addr.storage as *mut libc::sockaddr_storage).cast::<u8>(),
                len,
            )
        };
        addr.len = len as libc::socklen_t;
        let canonname = if ai.ai_canonname.is_null() {
            Vec::new()
        } else {
            // SAFETY: a non-null `ai_canonname` is a NUL-terminated string.
            unsafe { CStr::from_ptr(ai.ai_canonname) }
                .to_bytes()
                .to_vec()
        };
        out.push(AddrInfo {
            family: ai.ai_family,
            socktype: ai.ai_socktype,
            proto: ai.ai_protocol,
            canonname,
            addr,
        });
        p = ai.ai_next;
    }
    // SAFETY: `res` came from a successful `getaddrinfo` and is freed once.
    unsafe { libc::freeaddrinfo(res) };
    Ok(out)
}

/// The message for an `EAI_*` code.
pub fn gai_strerror(code: i32) -> String {
    // SAFETY: `gai_strerror` returns a static NUL-terminated string.
    unsafe { CStr::from_ptr(libc::gai_strerror(code)) }
        .to_string_lossy()
        .into_owned()
}

/// `getnameinfo`: `(host, service)`, or the `EAI_*` code.
pub fn getnameinfo(a: &SockAddr, flags: i32) -> std::result::Result<(Vec<u8>, Vec<u8>), i32> {
    let mut host = vec![0u8; 1025];
    let mut serv = vec![0u8; 32];
    // SAFETY: `a` holds `a.len` valid bytes and both buffers are writable for their lengths.
    let r = unsafe {
        libc::getnameinfo(
            a.ptr(),
            a.len,
            host.as_mut_ptr().cast(),
            host.len() as libc::socklen_t,
            serv.as_mut_ptr().cast(),
            serv.len() as libc::socklen_t,
            flags,
        )
    };
    if r != 0 {
        return Err(r);
    }
    let cut = |mut v: Vec<u8>| {
        let n = v.iter().position(|&b| b == 0).unwrap_or(v.len());
        v.truncate(n);
        v
    };
    Ok((cut(host), cut(serv)))
}

/// `inet_pton(family, text)` into `out` (4 or 16 bytes); false when the text is not an address.
pub fn pton(family: i32, text: &CStr, out: &mut [u8; 16]) -> bool {
    // SAFETY: `text` is NUL-terminated and `out` has room for an IPv6 address.
    unsafe { inet_pton(family, text.as_ptr(), out.as_mut_ptr().cast()) == 1 }
}

/// `inet_aton(text)`: the address in network order, or None.
pub fn aton(text: &CStr) -> Option<[u8; 4]> {
    let mut a = libc::in_addr { s_addr: 0 };
    // SAFETY: `text` is NUL-terminated and `a` is a valid out-pointer.
    (unsafe { inet_aton(text.as_ptr(), &mut a) } != 0).then(|| a.s_addr.to_ne_bytes())
}

/// `inet_ntop(family, bytes)`.
pub fn ntop(family: i32, packed: &[u8]) -> Result<String> {
    let mut buf = [0 as libc::c_char; 64];
    // SAFETY: `packed` holds an address of `family` (the caller checked its length) and `buf` has
    // room for any textual address.
    let r = unsafe {
        inet_ntop(
            family,
            packed.as_ptr().cast(),
            buf.as_mut_ptr(),
            buf.len() as libc::socklen_t,
        )
    };
    if r.is_null() {
        return Err(Error::last_os_error());
    }
    // SAFETY: on success `buf` holds a NUL-terminated string.
    Ok(unsafe { CStr::from_ptr(buf.as_ptr()) }
        .to_string_lossy()
        .into_owned())
}

/// The port of a service (`getservbyname`), in host order.
pub fn service_port(name: &CStr, proto: Option<&CStr>) -> Option<u16> {
    let p = proto.map_or(std::ptr::null(), |p| p.as_ptr());
    // SAFETY: both strings are NUL-terminated or null; the result points into the C library's
    // static storage, read at once (calls are serialised by the interpreter).
    let s = unsafe { libc::getservbyname(name.as_ptr(), p) };
    // SAFETY: a non-null result is a valid `servent`.
    (!s.is_null()).then(|| u16::from_be(unsafe { (*s).s_port } as u16))
}

/// The name of the service on `port` (host order), `getservbyport`.
pub fn service_name(port: u16, proto: Option<&CStr>) -> Option<Vec<u8>> {
    let p = proto.map_or(std::ptr::null(), |p| p.as_ptr());
    // SAFETY: as in `service_port`.
    let s = unsafe { libc::getservbyport(port.to_be() as libc::c_int, p) };
    // SAFETY: a non-null result is a valid `servent` whose name is NUL-terminated.
    (!s.is_null()).then(|| unsafe { CStr::from_ptr((*s).s_name) }.to_bytes().to_vec())
}

/// The number of a protocol (`getprotobyname`).
pub fn protocol_number(name: &CStr) -> Option<i32> {
    // SAFETY: as in `service_port`.
    let p = unsafe { libc::getprotobyname(name.as_ptr()) };
    // SAFETY: a non-null result is a valid `protoent`.
    (!p.is_null()).then(|| unsafe { (*p).p_proto })
}

/// `CMSG_LEN(n)` and `CMSG_SPACE(n)`: a control message's length and the room it takes.
pub fn cmsg_len(n: u32) -> usize {
    // SAFETY: pure arithmetic on the argument.
    unsafe { libc::CMSG_LEN(n) as usize }
}

pub fn cmsg_space(n: u32) -> usize {
    // SAFETY: pure arithmetic on the argument.
    unsafe { libc::CMSG_SPACE(n) as usize }
}

/// One ancillary data item: level, type, data.
pub type Ancillary = (i32, i32, Vec<u8>);

/// `sendmsg`: the buffers gathered, with control messages, to `to` when given.
pub fn sendmsg(
    fd: i32,
    buffers: &[Vec<u8>],
    ancillary: &[Ancillary],
    flags: i32,
    to: Option<&SockAddr>,
) -> Result<usize> {
    let mut iov: Vec<libc::iovec> = buffers
        .iter()
        .map(|b| libc::iovec {
            iov_base: b.as_ptr() as *mut libc::c_void,
            iov_len: b.len(),
        })
        .collect();
    let space: usize = ancillary
        .iter()
        .map(|(_, _, d)| cmsg_space(d.len() as u32))
        .sum();
    // u64 words keep the control buffer aligned for `cmsghdr`.
    let mut control = vec![0u64; space.div_ceil(8)];
    // SAFETY: `msghdr` is plain old data; all-zero is a valid value.
    let mut msg: libc::msghdr = unsafe { std::mem::zeroed() };
    let mut dest = to.copied();
    if let Some(a) = dest.as_mut() {
        msg.msg_name = a.mut_ptr().cast();
        msg.msg_namelen = a.len;
    }
    msg.msg_iov = iov.as_mut_ptr();
    msg.msg_iovlen = iov.len() as _;
    if space > 0 {
        msg.msg_control = control.as_mut_ptr().cast();
        msg.msg_controllen = space as _;
        // SAFETY: `msg_control` points to `space` writable bytes, exactly the room the messages
        // need, so each `CMSG_NXTHDR` step stays inside it and each data copy fits its header.
        unsafe {
            let mut c = libc::CMSG_FIRSTHDR(&msg);
            for (level, ty, data) in ancillary {
                if c.is_null() {
                    break;
                }
                (*c).cmsg_level = *level;
                (*c).cmsg_type = *ty;
                (*c).cmsg_len = libc::CMSG_LEN(data.len() as u32) as _;
                std::ptr::copy_nonoverlapping(data.as_ptr(), libc::CMSG_DATA(c), data.len());
                c = libc::CMSG_NXTHDR(&msg, c);
            }
        }
    }
    // SAFETY: every pointer in `msg` refers to memory alive for the call.
    unsafe { crate::posix::sys::blocking(|| libc::sendmsg(fd, &msg, flags)) }.map(|n| n as usize)
}

/// `recvmsg` into `buf`: the length received, control messages, the message flags and the
/// sender's address.
pub fn recvmsg(
    fd: i32,
    buf: &mut [u8],
    ancbufsize: usize,
    flags: i32,
) -> Result<(usize, Vec<Ancillary>, i32, SockAddr)> {
    let bufsize = buf.len();
    let mut control = vec![0u64; ancbufsize.div_ceil(8)];
    let mut addr = SockAddr::empty();
    let mut iov = libc::iovec {
        iov_base: buf.as_mut_ptr().cast(),
        iov_len: bufsize,
    };
    // SAFETY: `msghdr` is plain old data; all-zero is a valid value.
    let mut msg: libc::msghdr = unsafe { std::mem::zeroed() };
    msg.msg_name = addr.mut_ptr().cast();
    msg.msg_namelen = addr.len;
    msg.msg_iov = &mut iov;
    msg.msg_iovlen = 1;
    if ancbufsize > 0 {
        msg.msg_control = control.as_mut_ptr().cast();
        msg.msg_controllen = ancbufsize as _;
    }
    // SAFETY: every pointer in `msg` refers to writable memory of the stated size.
    let n = unsafe { crate::posix::sys::blocking(|| libc::recvmsg(fd, &mut msg, flags))? } as usize;
    addr.len = msg.msg_namelen;
    let mut items = Vec::new();
    if ancbufsize > 0 {
        let end = control.as_ptr() as usize + (msg.msg_controllen as usize).min(ancbufsize);
        // SAFETY: the kernel wrote `msg_controllen` bytes of well-formed headers; each header's
        // data is read only as far as both its length and the buffer's end allow.
        unsafe {
            let mut c = libc::CMSG_FIRSTHDR(&msg);
            while !c.is_null() {
                let data = libc::CMSG_DATA(c);
                let declared = ((*c).cmsg_len as usize).saturating_sub(cmsg_len(0));
                let avail = end.saturating_sub(data as usize);
                let len = declared.min(avail);
                let bytes = std::slice::from_raw_parts(data, len).to_vec();
                items.push(((*c).cmsg_level, (*c).cmsg_type, bytes));
                c = libc::CMSG_NXTHDR(&msg, c);
            }
        }
    }
    Ok((n, items, msg.msg_flags, addr))
}
