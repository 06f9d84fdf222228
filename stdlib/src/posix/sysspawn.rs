//! `posix_spawn`/`posix_spawnp` with their file actions and attributes, as one safe function.
//! `unsafe` is confined to the spawn attribute and file-action objects, created, filled and
//! destroyed here around the call.
#![allow(unsafe_code)]
use std::ffi::{CStr, CString};
use std::io::{Error, Result};

/// A file action, done in the child before the program starts.
pub enum Action {
    Open(i32, CString, i32, u32),
    Close(i32),
    Dup2(i32, i32),
}

/// What to spawn and how.
pub struct Plan<'a> {
    pub path: &'a CStr,
    /// Search `PATH` for `path` (`posix_spawnp`).
    pub use_path: bool,
    pub argv: &'a [CString],
    pub env: &'a [CString],
    pub actions: &'a [Action],
    pub pgroup: Option<i32>,
    pub resetids: bool,
    pub setsid: bool,
    pub sigmask: Option<&'a [i32]>,
    pub sigdef: Option<&'a [i32]>,
    /// The scheduling policy (None: the parent's) and priority.
    pub sched: Option<(Option<i32>, i32)>,
}

/// A zero error code or the error.
fn ok(r: libc::c_int) -> Result<()> {
    if r == 0 {
        Ok(())
    } else {
        Err(Error::from_raw_os_error(r))
    }
}

/// A signal set holding `sigs` (each checked by the caller to be in range).
fn sigset(sigs: &[i32]) -> libc::sigset_t {
    // SAFETY: `sigset_t` is plain old data; `sigemptyset` initialises it.
    let mut set: libc::sigset_t = unsafe { std::mem::zeroed() };
    // SAFETY: `set` is a valid sigset.
    unsafe {
        libc::sigemptyset(&mut set);
        for &s in sigs {
            libc::sigaddset(&mut set, s);
        }
    }
    set
}

/// Spawns the program; the child's pid.
pub fn spawn(plan: &Plan) -> Result<i32> {
    let nul = |v: &[CString]| {
        let mut p: Vec<*mut libc::c_char> = v.iter().map(|s| s.as_ptr() as *mut _).collect();
        p.push(std::ptr::null_mut());
        p
    };
    let (argv, envp) = (nul(plan.argv), nul(plan.env));
    // SAFETY: both objects are plain old data, initialised by their `_init` calls below before use
    // and destroyed before return.
    let mut fa: libc::posix_spawn_file_actions_t = unsafe { std::mem::zeroed() };
    // SAFETY: as above.
    let mut attr: libc::posix_spawnattr_t = unsafe { std::mem::zeroed() };
    // SAFETY: `fa` and `attr` are initialised here and destroyed at the end; every string they
    // or the spawn call point to (`plan`'s, `argv`, `envp`) outlives the call.
    unsafe {
        ok(libc::posix_spawn_file_actions_init(&mut fa))?;
        if let Err(e) = ok(libc::posix_spawnattr_init(&mut attr)) {
            libc::posix_spawn_file_actions_destroy(&mut fa);
            return Err(e);
        }
        let r = (|| {
            for a in plan.actions {
                ok(match a {
                    Action::Open(fd, path, flags, mode) => libc::posix_spawn_file_actions_addopen(
                        &mut fa,
                        *fd,
                        path.as_ptr(),
                        *flags,
                        *mode as libc::mode_t,
                    ),
                    Action::Close(fd) => libc::posix_spawn_file_actions_addclose(&mut fa, *fd),
                    Action::Dup2(fd, to) => {
                        libc::posix_spawn_file_actions_adddup2(&mut fa, *fd, *to)
                    }
                })?;
            }
            let mut flags = 0;
            if let Some(pg) = plan.pgroup {
                flags |= libc::POSIX_SPAWN_SETPGROUP;
                ok(libc::posix_spawnattr_setpgroup(&mut attr, pg))?;
            }
            if plan.resetids {
                flags |= libc::POSIX_SPAWN_RESETIDS;
            }
            if plan.setsid {
                flags |= libc::POSIX_SPAWN_SETSID as libc::c_int;
            }
            if let Some(m) = plan.sigmask {
                flags |= libc::POSIX_SPAWN_SETSIGMASK;
                ok(libc::posix_spawnattr_setsigmask(&mut attr, &sigset(m)))?;
            }
            if let Some(d) = plan.sigdef {
                flags |= libc::POSIX_SPAWN_SETSIGDEF;
                ok(libc::posix_spawnattr_setsigdefault(&mut attr, &sigset(d)))?;
            }
            if let Some((policy, prio)) = plan.sched {
                if let Some(p) = policy {
                    flags |= libc::POSIX_SPAWN_SETSCHEDULER;
                    ok(libc::posix_spawnattr_setschedpolicy(&mut attr, p))?;
                }
                flags |= libc::POSIX_SPAWN_SETSCHEDPARAM;
                let param = libc::sched_param {
                    sched_priority: prio,
                };
                ok(libc::posix_spawnattr_setschedparam(&mut attr, &param))?;
            }
            ok(libc::posix_spawnattr_setflags(
                &mut attr,
                flags as libc::c_short,
            ))?;
            let mut pid = 0;
            let f = if plan.use_path {
                libc::posix_spawnp
            } else {
                libc::posix_spawn
            };
            ok(f(
                &mut pid,
                plan.path.as_ptr(),
                &fa,
                &attr,
                argv.as_ptr(),
                envp.as_ptr(),
            ))?;
            Ok(pid)
        })();
        libc::posix_spawnattr_destroy(&mut attr);
        libc::posix_spawn_file_actions_destroy(&mut fa);
        r
    }
}
