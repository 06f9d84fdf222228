//! The forked child of `fork_exec`, in CPython's order: descriptors, directory, umask, signals,
//! session and process group, ids, `preexec_fn`, closing the other descriptors, exec. It never
//! returns: it execs or writes its failure to the error pipe and exits with status 255.
use super::{sys, Plan};
use crate::posix::sys as os;
use std::io::Error;

/// Why the child gave up: an OS error (and whether `preexec_fn` was reached; if not, the error is
/// the directory change's, which the parent reports as "noexec"), or a message.
enum Failure {
    Os(Error, bool),
    Message(&'static str),
}

pub(super) fn run(vm: &mut weft_vm::interp::Vm, plan: &Plan) -> ! {
    let failure = match setup(vm, plan) {
        Ok(()) => exec(plan),
        Err(f) => f,
    };
    // Written in pieces from the stack: the child allocates nothing after a failure.
    let fd = plan.errpipe_write;
    match failure {
        Failure::Os(e, reached_preexec) => {
            sys::write_all(fd, b"OSError:");
            let mut code = e.raw_os_error().unwrap_or(0) as u32;
            let mut hex = [0u8; 8];
            let mut start = hex.len();
            while code != 0 {
                start -= 1;
                hex[start] = b"0123456789abcdef"[(code % 16) as usize];
                code /= 16;
            }
            sys::write_all(fd, &hex[start..]);
            sys::write_all(fd, b":");
            if !reached_preexec {
                sys::write_all(fd, b"noexec");
            }
        }
        Failure::Message(m) => {
            sys::write_all(fd, b"SubprocessError:0:");
            sys::write_all(fd, m.as_bytes());
        }
    }
    os::exit_now(255)
}

/// An OS error before `preexec_fn`.
fn early(e: Error) -> Failure {
    Failure::Os(e, false)
}

fn setup(vm: &mut weft_vm::interp::Vm, plan: &Plan) -> Result<(), Failure> {
    for &fd in &plan.keep {
        if fd != plan.errpipe_write {
            os::set_inheritable(fd, true).map_err(early)?;
        }
    }
    let [p2cread, p2cwrite, c2pread, mut c2pwrite, errread, mut errwrite] = plan.pipes;
    // The parent's ends of the pipes.
    for fd in [p2cwrite, c2pread, errread, plan.errpipe_read] {
        if fd != -1 {
            let _ = os::close(fd);
        }
    }
    // A descriptor already in 0..=2 must be moved away before the dup2 calls below overwrite it.
    if c2pwrite == 0 {
        c2pwrite = os::dup(c2pwrite).map_err(early)?;
    }
    while errwrite == 0 || errwrite == 1 {
        errwrite = os::dup(errwrite).map_err(early)?;
    }
    for (fd, target) in [(p2cread, 0), (c2pwrite, 1), (errwrite, 2)] {
        if fd == target {
            os::set_inheritable(fd, true).map_err(early)?;
        } else if fd != -1 {
            os::dup2(fd, target, true).map_err(early)?;
        }
    }
    if let Some(cwd) = &plan.cwd {
        sys::chdir(cwd).map_err(early)?;
    }
    if plan.umask >= 0 {
        os::umask(plan.umask as u32);
    }
    if plan.restore_signals {
        for sig in [libc::SIGPIPE, libc::SIGXFSZ] {
            let _ =
                crate::signal::sys::set_disposition(sig, crate::signal::sys::Disposition::Default);
        }
    }
    if plan.call_setsid {
        os::setsid().map_err(early)?;
    }
    if plan.pgid >= 0 {
        os::setpgid(0, plan.pgid).map_err(early)?;
    }
    if let Some(groups) = &plan.groups {
        os::setgroups(groups).map_err(early)?;
    }
    if let Some(gid) = plan.gid {
        os::setregid(gid, gid).map_err(early)?;
    }
    if let Some(uid) = plan.uid {
        os::setreuid(uid, uid).map_err(early)?;
    }
    if let Some(f) = &plan.preexec_fn {
        if weft_vm::interp::call::call_value(vm, f, vec![]).is_err() {
            return Err(Failure::Message("Exception occurred in preexec_fn."));
        }
    }
    if plan.close_fds {
        sys::close_fds_except(&plan.keep);
    }
    Ok(())
}

/// Tries each candidate executable; the error reported is the first that is not "no such file",
/// else the last.
fn exec(plan: &Plan) -> Failure {
    let mut saved: Option<Error> = None;
    let mut last = Error::from_raw_os_error(libc::ENOENT);
    for path in &plan.executables {
        let e = os::exec(Some(path), -1, &plan.argv, plan.env.as_deref());
        let code = e.raw_os_error();
        if saved.is_none() && code != Some(libc::ENOENT) && code != Some(libc::ENOTDIR) {
            saved = Some(e);
        } else {
            last = e;
        }
    }
    Failure::Os(saved.unwrap_or(last), true)
}
