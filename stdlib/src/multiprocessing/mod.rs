//! `_multiprocessing`: `SemLock`, the POSIX named semaphore under `multiprocessing`'s locks,
//! semaphores and queues (it works across processes), `sem_unlink` and `flags`. A wait gives the
//! GIL up.
mod sys;

use crate::support;
use std::cell::Cell;
use std::collections::HashSet;
use std::ffi::CString;
use std::sync::OnceLock;
use std::time::Duration;
use sys::Sem;
use weft_vm::heap::{GilShared, ObjRef, Value};
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::{ops, protocols, Vm};
use weft_vm::objects::builtin::Args;
use weft_vm::objects::method_support::{alloc_instance, new_cls};
use weft_vm::objects::native::NativeObj;
use weft_vm::objects::register::{classmethods, getsets, methods, statics};
use weft_vm::objects::{dict, float, int, module, str as pystr};

const RECURSIVE_MUTEX: i64 = 0;
const SEMAPHORE: i64 = 1;

struct Types {
    semlock: ObjRef,
}

static TYPES: OnceLock<GilShared<Types>> = OnceLock::new();

fn semlock_type() -> &'static ObjRef {
    &TYPES
        .get_or_init(|| {
            let t = support::native_type("_multiprocessing.SemLock", true);
            register(&t);
            GilShared(Types { semlock: t })
        })
        .0
        .semlock
}

/// The semaphores this process has open: `_rebuild` without a name accepts only these handles (a
/// forked child inherits them), never an arbitrary address.
static OPEN: GilShared<std::cell::LazyCell<std::cell::RefCell<HashSet<usize>>>> =
    GilShared(std::cell::LazyCell::new(Default::default));

struct SemLock {
    sem: Sem,
    kind: i64,
    maxvalue: i64,
    name: Option<String>,
    /// Acquisitions held by `last_tid` (a recursive mutex counts its re-entries).
    count: Cell<u64>,
    last_tid: Cell<u64>,
}

impl Drop for SemLock {
    fn drop(&mut self) {
        OPEN.with(|o| o.borrow_mut().remove(&self.sem.0));
        self.sem.close();
    }
}

fn me() -> u64 {
    crate::signal::sys::thread_ident()
}

fn this<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a SemLock> {
    support::this::<SemLock>(args, name, semlock_type()).map(|(_, s)| s)
}

fn os_err(vm: &mut Vm, e: std::io::Error) -> weft_vm::interp::error::PyErr {
    crate::posix::args::os_error(vm, &e)
}

fn c_name(name: &str) -> PyResult<CString> {
    CString::new(name).map_err(|_| error::value_error("embedded null character"))
}

fn make(cls: &ObjRef, sem: Sem, kind: i64, maxvalue: i64, name: Option<String>) -> Value {
    OPEN.with(|o| o.borrow_mut().insert(sem.0));
    Value::obj(alloc_instance(
        cls,
        NativeObj::new(SemLock {
            sem,
            kind,
            maxvalue,
            name,
            count: Cell::new(0),
            last_tid: Cell::new(0),
        }),
    ))
}

fn i64_arg(v: &Option<Value>) -> PyResult<i64> {
    let v = v.clone().unwrap_or(Value::NONE);
    if float::to_f64(&v).is_some() || !int::is_int(&v) {
        return Err(error::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            ops::type_name_of(&v)
        )));
    }
    int::to_i64(&v).ok_or_else(|| error::overflow_error("Python int too large to convert to C int"))
}

/// `SemLock(kind, value, maxvalue, name, unlink)`.
fn new(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = new_cls(args, semlock_type())?;
    let [kind, value, maxvalue, name, unlink] = args.rest().bind(
        "SemLock",
        ["kind", "value", "maxvalue", "name", "unlink"],
        5,
        0,
    )?;
    let kind = i64_arg(&kind)?;
    if kind != RECURSIVE_MUTEX && kind != SEMAPHORE {
        return Err(error::value_error("unrecognized kind"));
    }
    let value = i64_arg(&value)?;
    let maxvalue = i64_arg(&maxvalue)?;
    let name_v = name.unwrap_or(Value::NONE);
    let name = pystr::as_str(&name_v)
        .ok_or_else(|| {
            error::type_error(format!(
                "SemLock() argument 'name' must be str, not {}",
                ops::type_name_of(&name_v)
            ))
        })?
        .to_string();
    let unlink = ops::truthy(vm, &unlink.unwrap_or(Value::FALSE))?;
    let value = u32::try_from(value).map_err(|_| error::value_error("invalid value"))?;
    let cname = c_name(&name)?;
    let sem = sys::open(&cname, Some(value)).map_err(|e| os_err(vm, e))?;
    if unlink {
        if let Err(e) = sys::unlink(&cname) {
            sem.close();
            return Err(os_err(vm, e));
        }
    }
    Ok(make(cls, sem, kind, maxvalue, (!unlink).then_some(name)))
}

/// The wait `acquire(block=True, timeout=None)` allows (`None`: forever).
fn wait_of(
    vm: &mut Vm,
    block: Option<Value>,
    timeout: Option<Value>,
) -> PyResult<Option<Duration>> {
    if let Some(b) = block {
        if !ops::truthy(vm, &b)? {
            return Ok(Some(Duration::ZERO));
        }
    }
    match timeout.filter(|t| !t.is_none()) {
        None => Ok(None),
        Some(t) => {
            let secs = float::as_f64(vm, &t)?;
            Ok(Some(Duration::from_secs_f64(if secs.is_finite() {
                secs.clamp(0.0, 1e9)
            } else if secs > 0.0 {
                1e9
            } else {
                0.0
            })))
        }
    }
}

fn acquire(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = this(args, "acquire")?;
    let [block, timeout] = args.rest().bind("acquire", ["block", "timeout"], 0, 0)?;
    if s.kind == RECURSIVE_MUTEX && s.count.get() > 0 && s.last_tid.get() == me() {
        s.count.set(s.count.get() + 1);
        return Ok(Value::TRUE);
    }
    let wait = wait_of(vm, block, timeout)?;
    let got = loop {
        if s.sem.try_wait().map_err(|e| os_err(vm, e))? {
            break true;
        }
        if wait == Some(Duration::ZERO) {
            break false;
        }
        match s.sem.wait(wait) {
            Ok(got) => break got,
            // Interrupted: signal handlers run (and may raise), then the wait goes on.
            Err(e) if e.raw_os_error() == Some(libc::EINTR) => vm.run_attention_hooks()?,
            Err(e) => return Err(os_err(vm, e)),
        }
    };
    if got {
        s.count.set(s.count.get() + 1);
        s.last_tid.set(me());
    }
    Ok(Value::bool(got))
}

fn release(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = this(args, "release")?;
    if s.kind == RECURSIVE_MUTEX {
        if s.count.get() == 0 || s.last_tid.get() != me() {
            return Err(error::PyErr::new(
                &weft_vm::objects::types().assertion_error,
                "attempt to release recursive lock not owned by thread",
            ));
        }
        if s.count.get() > 1 {
            s.count.set(s.count.get() - 1);
            return Ok(Value::NONE);
        }
    } else {
        let v = s.sem.value().map_err(|e| os_err(vm, e))?;
        if i64::from(v) >= s.maxvalue {
            return Err(error::value_error(
                "semaphore or lock released too many times",
            ));
        }
    }
    s.sem.post().map_err(|e| os_err(vm, e))?;
    s.count.set(s.count.get().saturating_sub(1));
    Ok(Value::NONE)
}

fn count(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = this(args, "_count")?;
    Ok(int::from_i64(s.count.get() as i64))
}

fn is_mine(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = this(args, "_is_mine")?;
    Ok(Value::bool(s.count.get() > 0 && s.last_tid.get() == me()))
}

fn get_value(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = this(args, "_get_value")?;
    let v = s.sem.value().map_err(|e| os_err(vm, e))?;
    Ok(int::from_i64(i64::from(v.max(0))))
}

fn is_zero(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = this(args, "_is_zero")?;
    let v = s.sem.value().map_err(|e| os_err(vm, e))?;
    Ok(Value::bool(v == 0))
}

fn after_fork(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let s = this(args, "_after_fork")?;
    s.count.set(0);
    Ok(Value::NONE)
}

/// `SemLock._rebuild(handle, kind, maxvalue, name)`: a named one is reopened by name; an unnamed
/// one must be a handle this process has open (a forked child's inherited one).
fn rebuild(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = args
        .all
        .first()
        .and_then(|c| c.as_obj())
        .cloned()
        .unwrap_or_else(|| semlock_type().clone());
    let a = args.rest().exact("_rebuild", 4)?;
    let handle = protocols::index_isize(vm, &a[0])? as usize;
    let kind = i64_arg(&Some(a[1].clone()))?;
    let maxvalue = i64_arg(&Some(a[2].clone()))?;
    if let Some(name) = pystr::as_str(&a[3]) {
        let sem = sys::open(&c_name(name)?, None).map_err(|e| os_err(vm, e))?;
        return Ok(make(&cls, sem, kind, maxvalue, Some(name.to_string())));
    }
    if !OPEN.with(|o| o.borrow().contains(&handle)) {
        let e = std::io::Error::from_raw_os_error(libc::EINVAL);
        return Err(os_err(vm, e));
    }
    // A second owner of one handle would close it twice: reopen through the process's table.
    Err(error::value_error(
        "cannot rebuild an unnamed semaphore in the process that has it",
    ))
}

fn get_handle(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let s = support::payload::<SemLock>(v).ok_or_else(|| error::type_error("SemLock expected"))?;
    Ok(int::from_i64(s.sem.0 as i64))
}

fn get_kind(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let s = support::payload::<SemLock>(v).ok_or_else(|| error::type_error("SemLock expected"))?;
    Ok(int::from_i64(s.kind))
}

fn get_maxvalue(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let s = support::payload::<SemLock>(v).ok_or_else(|| error::type_error("SemLock expected"))?;
    Ok(int::from_i64(s.maxvalue))
}

fn get_name(_vm: &mut Vm, v: &Value) -> PyResult<Value> {
    let s = support::payload::<SemLock>(v).ok_or_else(|| error::type_error("SemLock expected"))?;
    Ok(s.name.as_deref().map_or(Value::NONE, pystr::new_str))
}

fn exit(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    release(vm, &Args::new(&args.all[..args.all.len().min(1)], &[]))
}

fn register(t: &ObjRef) {
    statics(t, &[("__new__", new)]);
    methods(
        t,
        &[
            ("acquire", acquire),
            ("release", release),
            ("__enter__", acquire),
            ("__exit__", exit),
            ("_count", count),
            ("_is_mine", is_mine),
            ("_get_value", get_value),
            ("_is_zero", is_zero),
            ("_after_fork", after_fork),
        ],
    );
    classmethods(t, &[("_rebuild", rebuild)]);
    getsets(
        t,
        &[
            ("handle", get_handle, None),
            ("kind", get_kind, None),
            ("maxvalue", get_maxvalue, None),
            ("name", get_name, None),
        ],
    );
    weft_vm::objects::typeobj::tdata(t)
        .dict
        .set_rs("SEM_VALUE_MAX", int::from_i64(i32::MAX as i64));
    support::set_doc(t, "Semaphore/Mutex type");
}

fn sem_unlink(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("sem_unlink", 1)?;
    let name = pystr::as_str(&a[0]).ok_or_else(|| {
        error::type_error(format!(
            "sem_unlink() argument must be str, not {}",
            ops::type_name_of(&a[0])
        ))
    })?;
    sys::unlink(&c_name(name)?).map_err(|e| os_err(vm, e))?;
    Ok(Value::NONE)
}

/// Builds the `_multiprocessing` module.
pub fn init(_vm: &mut Vm) -> PyResult<ObjRef> {
    let m = crate::module_with("_multiprocessing", &[("sem_unlink", sem_unlink)]);
    let d = module::module_dict(&m).expect("module dict");
    d.set_rs("SemLock", Value::obj(semlock_type().clone()));
    let flags = dict::new_dict();
    if let Some(f) = dict::as_dict(&Value::obj(flags.clone())) {
        f.set_rs("HAVE_SEM_OPEN", int::from_i64(1));
        f.set_rs("HAVE_SEM_TIMEDWAIT", int::from_i64(1));
    }
    d.set_rs("flags", Value::obj(flags));
    Ok(m)
}
