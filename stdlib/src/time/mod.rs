//! The `time` module (clocks and `sleep`; calendar functions arrive with the standard library issue).
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};
use weft_vm::heap::{ObjRef, Value};
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::Vm;
use weft_vm::objects::builtin::Args;
use weft_vm::objects::{float, int};

fn epoch() -> Duration {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
}

/// The reading of clock `id` (`clock_gettime`).
fn clock(id: libc::clockid_t) -> std::io::Result<Duration> {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid timespec for the call to fill.
    if unsafe { libc::clock_gettime(id, &mut ts) } != 0 {
        return Err(std::io::Error::last_os_error());
    }
    Ok(Duration::new(
        ts.tv_sec.max(0) as u64,
        ts.tv_nsec.clamp(0, 999_999_999) as u32,
    ))
}

/// The reading of clock `id`, or the `OSError`.
fn read(vm: &mut Vm, id: libc::clockid_t) -> PyResult<Duration> {
    clock(id).map_err(|e| crate::posix::args::os_error(vm, &e))
}

fn mono() -> Duration {
    clock(libc::CLOCK_MONOTONIC).unwrap_or_default()
}

fn clock_id(v: &Value) -> PyResult<libc::clockid_t> {
    int::to_i64(v)
        .and_then(|i| libc::clockid_t::try_from(i).ok())
        .ok_or_else(|| {
            error::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                weft_vm::interp::ops::type_name_of(v)
            ))
        })
}

fn clock_gettime(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("clock_gettime", 1)?;
    Ok(Value::float(read(vm, clock_id(&a[0])?)?.as_secs_f64()))
}

fn clock_gettime_ns(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("clock_gettime_ns", 1)?;
    let d = read(vm, clock_id(&a[0])?)?;
    Ok(int::from_big(num_bigint::BigInt::from(d.as_nanos())))
}

fn thread_time(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("thread_time", 0)?;
    Ok(Value::float(
        read(vm, libc::CLOCK_THREAD_CPUTIME_ID)?.as_secs_f64(),
    ))
}

fn thread_time_ns(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("thread_time_ns", 0)?;
    let d = read(vm, libc::CLOCK_THREAD_CPUTIME_ID)?;
    Ok(int::from_big(num_bigint::BigInt::from(d.as_nanos())))
}

fn process_time_ns(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("process_time_ns", 0)?;
    let d = read(vm, libc::CLOCK_PROCESS_CPUTIME_ID)?;
    Ok(int::from_big(num_bigint::BigInt::from(d.as_nanos())))
}

fn time(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("time", 0)?;
    Ok(Value::float(epoch().as_secs_f64()))
}

fn time_ns(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("time_ns", 0)?;
    Ok(int::from_big(num_bigint::BigInt::from(epoch().as_nanos())))
}

fn monotonic(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("monotonic", 0)?;
    Ok(Value::float(mono().as_secs_f64()))
}

fn monotonic_ns(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("monotonic_ns", 0)?;
    Ok(int::from_big(num_bigint::BigInt::from(mono().as_nanos())))
}

fn process_time(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("process_time", 0)?;
    Ok(Value::float(
        read(vm, libc::CLOCK_PROCESS_CPUTIME_ID)?.as_secs_f64(),
    ))
}

fn sleep(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let soft = weft_vm::cont::at_plain_call(vm);
    let a = args.exact("sleep", 1)?;
    let secs = match float::to_f64(&a[0]) {
        Some(f) => f,
        None if int::is_int(&a[0]) => int::to_i64(&a[0])
            .map(|i| i as f64)
            .unwrap_or(f64::INFINITY),
        None => {
            return Err(error::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                weft_vm::interp::ops::type_name_of(&a[0])
            )))
        }
    };
    if secs.is_nan() {
        return Err(error::value_error("Invalid value NaN (not a number)"));
    }
    if secs < 0.0 {
        return Err(error::value_error("sleep length must be non-negative"));
    }
    // Inside a tasklet, the scheduler runs the others meanwhile.
    let end = Instant::now() + Duration::from_secs_f64(secs.min(1e9));
    if let Some(r) = weft_vm::cont::wait::wait_until(vm, end, soft) {
        return r;
    }
    vm.flush_std()?;
    if secs == 0.0 {
        // Lets another thread run, as CPython's releasing the GIL around its zero-length wait does.
        weft_vm::heap::gil::hand_over();
        return Ok(Value::NONE);
    }
    // In slices, so that signal handlers run during a long sleep, and an exception one raises ends it
    // (as CPython's sleep on EINTR).
    while let Some(left) = end
        .checked_duration_since(Instant::now())
        .filter(|d| !d.is_zero())
    {
        let slice = left.min(Duration::from_millis(20));
        weft_vm::heap::gil::unlocked(|| std::thread::sleep(slice));
        if weft_vm::heap::attention_pending() {
            vm.run_attention_hooks()?;
        }
    }
    Ok(Value::NONE)
}

/// The calendar functions, in Python: they are not hot, and their rules read best there.
const CALENDAR: &str = include_str!("calendar.py");

/// Builds the `time` module.
pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = clocks();
    let d = weft_vm::objects::module::module_dict(&m).expect("module dict");
    let fields = [
        "tm_year",
        "tm_mon",
        "tm_mday",
        "tm_hour",
        "tm_min",
        "tm_sec",
        "tm_wday",
        "tm_yday",
        "tm_isdst",
        "tm_zone",
        "tm_gmtoff",
    ];
    let st = weft_vm::interp::structseq::new_type(vm, "time", "struct_time", &fields, 9)?;
    d.set_rs("struct_time", st);
    for (name, id) in [
        ("CLOCK_REALTIME", libc::CLOCK_REALTIME),
        ("CLOCK_MONOTONIC", libc::CLOCK_MONOTONIC),
        ("CLOCK_MONOTONIC_RAW", libc::CLOCK_MONOTONIC_RAW),
        ("CLOCK_PROCESS_CPUTIME_ID", libc::CLOCK_PROCESS_CPUTIME_ID),
        ("CLOCK_THREAD_CPUTIME_ID", libc::CLOCK_THREAD_CPUTIME_ID),
        ("CLOCK_BOOTTIME", libc::CLOCK_BOOTTIME),
        ("CLOCK_TAI", libc::CLOCK_TAI),
    ] {
        d.set_rs(name, int::from_i64(id as i64));
    }
    let code = vm.compile_str(CALENDAR, "<time>", weft_vm::interp::compile::Mode::Exec, 0)?;
    let globals = weft_vm::objects::module::module_dict_obj(&m);
    vm.run_code(&code, globals.clone(), Value::obj(globals))?;
    Ok(m)
}

/// The module with its native clocks.
fn clocks() -> ObjRef {
    crate::module_with(
        "time",
        &[
            ("time", time),
            ("time_ns", time_ns),
            ("monotonic", monotonic),
            ("monotonic_ns", monotonic_ns),
            ("perf_counter", monotonic),
            ("perf_counter_ns", monotonic_ns),
            ("process_time", process_time),
            ("process_time_ns", process_time_ns),
            ("thread_time", thread_time),
            ("thread_time_ns", thread_time_ns),
            ("clock_gettime", clock_gettime),
            ("clock_gettime_ns", clock_gettime_ns),
            ("sleep", sleep),
        ],
    )
}
