//! The core of `sys` that the interpreter itself needs (streams, `modules`, `path`, `argv`, recursion
//! limit, `exc_info`, `exit`, version information). The stdlib crate adds the rest.
use crate::heap::{ObjRef, Value};
use crate::interp::error::{self, PyErr, PyResult};
use crate::interp::Vm;
use crate::objects::builtin::{new_builtin, Args, BuiltinKind, NativeFn};
use crate::objects::{self, int, list, module, str as pystr, tuple, types};

/// `sys.exit(status)`: `status` becomes the exception's arguments as `PyErr_SetObject` makes
/// them (None: none, a tuple: its items, anything else: itself).
fn exit(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.range("exit", 0, 1)?;
    let ty = &types().system_exit;
    Err(match a.first() {
        None => PyErr::no_msg(ty),
        Some(v) if v.is_none() => PyErr::no_msg(ty),
        Some(v) => match tuple::as_tuple(v) {
            Some(items) => {
                let e =
                    crate::interp::call::call_value(vm, &Value::obj(ty.clone()), items.to_vec())?;
                match e.as_obj() {
                    Some(o) => PyErr::from_obj(o.clone()),
                    None => PyErr::no_msg(ty),
                }
            }
            None => PyErr::with_value(ty, v.clone()),
        },
    })
}

/// `sys.is_finalizing()`: whether the shutdown has passed `atexit` (CPython's runtime finalizing).
fn is_finalizing(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("sys.is_finalizing", 0)?;
    Ok(Value::bool(Vm::finalizing()))
}

fn getrecursionlimit(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("sys.getrecursionlimit", 0)?;
    Ok(int::from_i64(Vm::recursion_limit() as i64))
}

fn setrecursionlimit(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("setrecursionlimit", 1)?;
    if !int::is_int(&a[0]) {
        return Err(error::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            crate::interp::ops::type_name_of(&a[0])
        )));
    }
    let n = int::to_i64(&a[0])
        .ok_or_else(|| error::overflow_error("Python int too large to convert to C int"))?;
    if n < 1 {
        return Err(error::value_error(
            "recursion limit must be greater or equal than 1",
        ));
    }
    if (n as usize) <= vm.depth {
        return Err(error::recursion_error(format!(
            "cannot set the recursion limit to {} at the recursion depth {}: the limit is too low",
            n, vm.depth
        )));
    }
    Vm::set_recursion_limit(n as usize);
    Ok(Value::NONE)
}

fn getswitchinterval(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("getswitchinterval", 0)?;
    Ok(Value::float(
        crate::heap::gil::switch_interval().as_secs_f64(),
    ))
}

/// `sys.setswitchinterval(interval)`: how long a thread waits for the GIL before asking its holder to
/// give it up.
fn setswitchinterval(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let [interval] = args.bind("setswitchinterval", ["interval"], 1, 0)?;
    let secs = crate::objects::float::as_f64(vm, &interval.unwrap_or(Value::NONE))?;
    if secs.is_nan() || secs <= 0.0 {
        return Err(error::value_error(
            "switch interval must be strictly positive",
        ));
    }
    crate::heap::gil::set_switch_interval(std::time::Duration::from_secs_f64(secs.min(1e9)));
    Ok(Value::NONE)
}

fn exc_info(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("sys.exc_info", 0)?;
    let e = vm.handled_exception();
    if e.is_none() {
        return Ok(tuple::new_tuple(vec![
            Value::NONE,
            Value::NONE,
            Value::NONE,
        ]));
    }
    let (t, tb) = crate::interp::exc::type_and_tb(&e);
    Ok(tuple::new_tuple(vec![t, e, tb]))
}

fn exception(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("sys.exception", 0)?;
    Ok(vm.handled_exception())
}

fn intern(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("intern", 1)?;
    match a[0].as_obj() {
        Some(o) if o.ty().is(&types().str) => Ok(Value::obj(pystr::intern_obj(o))),
        _ => Err(error::type_error(format!(
            "intern() argument must be str, not {}",
            crate::interp::ops::type_name_of(&a[0])
        ))),
    }
}

fn getrefcount(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("getrefcount", 1)?;
    Ok(int::from_i64(
        a[0].as_obj()
            .map(|o| o.refcount() as i64)
            .unwrap_or(1 << 30),
    ))
}

fn getsizeof(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.range("getsizeof", 1, 2)?;
    // A class's own `__sizeof__` (a Python method) decides, plus the header before the object.
    let ty = crate::interp::ops::a_type(&a[0]);
    let td = objects::typeobj::tdata(&ty);
    if td.has(objects::typeobj::tflag::HEAPTYPE) {
        if let Some(m) = objects::typeobj::lookup(&ty, crate::interned!("__sizeof__")).filter(|m| {
            m.as_obj()
                .is_none_or(|o| o.kind() != crate::heap::Kind::Builtin)
        }) {
            return match sizeof_by_method(vm, &a[0], &m) {
                Err(e)
                    if a.len() == 2
                        && crate::interp::exc::matches_type(&e, &types().type_error) =>
                {
                    Ok(a[1].clone())
                }
                Err(e) => Err(e),
                Ok(n) => {
                    // CPython's pre-header: the collector's links, and a managed `__dict__`.
                    let managed_dict = td.has(objects::typeobj::tflag::HAS_DICT)
                        && !matches!(
                            td.layout,
                            crate::heap::Kind::Int
                                | crate::heap::Kind::Tuple
                                | crate::heap::Kind::Bytes
                                | crate::heap::Kind::Str
                        );
                    let pre = if managed_dict { 32 } else { 16 };
                    Ok(int::from_big(n + pre))
                }
            };
        }
    }
    if let Some(n) = exact_str_size(&a[0]) {
        return Ok(int::from_i64(n));
    }
    // The object's block, plus a list's separately allocated item array.
    let items = list::as_list(&a[0]).map_or(0, |l| l.items.borrow().capacity() * 8);
    Ok(int::from_i64(
        a[0].as_obj()
            .map(|o| (crate::heap::alloc_size(o) + items) as i64)
            .unwrap_or(8),
    ))
}

/// An exact str's size as CPython's compact layout gives it (a 48-byte ASCII header or a
/// 72-byte one, then one, two or four bytes per character by the widest, and a terminator),
/// which programs use to reason about text memory.
fn exact_str_size(v: &Value) -> Option<i64> {
    let o = v.as_obj().filter(|o| o.ty().is(&types().str))?;
    let s = o.downcast::<objects::str::Str>()?;
    let widest = s.code_points().max().unwrap_or(0);
    let (header, width) = match widest {
        0..=0x7f => (48, 1),
        0x80..=0xff => (72, 1),
        0x100..=0xffff => (72, 2),
        _ => (72, 4),
    };
    Some(header + width * (s.char_len() as i64 + 1))
}

/// The non-negative int that `obj.__sizeof__()` returns.
fn sizeof_by_method(vm: &mut Vm, obj: &Value, m: &Value) -> PyResult<num_bigint::BigInt> {
    let r = if crate::interp::call::is_plain_method(m) {
        crate::interp::call::call_value(vm, m, vec![obj.clone()])?
    } else {
        let bound = crate::interp::call::bind_special(vm, m, obj)?;
        crate::interp::call::call_value(vm, &bound, Vec::new())?
    };
    let Some(n) = int::to_big(&r) else {
        return Err(error::type_error("an integer is required"));
    };
    if i64::try_from(&n).is_err() {
        return Err(error::overflow_error(
            "Python int too large to convert to C ssize_t",
        ));
    }
    if n.sign() == num_bigint::Sign::Minus {
        return Err(error::value_error("__sizeof__() should return >= 0"));
    }
    Ok(n)
}

fn getframe(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.range("_getframe", 0, 1)?;
    let depth = a.first().and_then(int::to_i64).unwrap_or(0);
    if depth < 0 {
        return Err(error::value_error("call stack is not deep enough"));
    }
    frame_object_at(vm, depth as usize)
}

/// The frame object of the frame `depth` below the top of `vm.frames`, linked to its callers'.
pub(crate) fn frame_object_at(vm: &mut Vm, depth: usize) -> PyResult<Value> {
    let n = vm.frames.len();
    if depth >= n {
        return Err(error::value_error("call stack is not deep enough"));
    }
    // `f_back` links the frame objects, so materialise the frames below the one asked for, down
    // to the first whose object is already linked (later calls then stop at once).
    let target = n - 1 - depth;
    let mut start = target;
    let mut back = Value::NONE;
    loop {
        if matches!(vm.frames[start].then, crate::interp::then::Then::Finish(..)) {
            // A continuation's bottom frame ends the chain its computation sees.
            start += 1;
            break;
        }
        if let Some(v) = objects::frameobj::linked_object(&vm.frames[start]) {
            back = v;
            start += 1;
            break;
        }
        if start == 0 {
            break;
        }
        start -= 1;
    }
    for f in &mut vm.frames[start..=target] {
        back = objects::frameobj::materialize(f, back);
    }
    Ok(back)
}

fn displayhook(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("displayhook", 1)?;
    crate::interp::builtins_mod::default_display_hook(vm, a[0].clone())?;
    Ok(Value::NONE)
}

fn excepthook(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("excepthook", 3)?;
    if let Some(o) = a[1].as_obj() {
        let text = crate::interp::traceback::format_exception(vm, o);
        // To `sys.stderr`, as `PyErr_Display` writes (nothing when it is None).
        match vm.sys_attr("stderr") {
            Some(err) if !err.is_none() => {
                vm.flush_std()?;
                vm.write_to(&err, &text)?;
            }
            Some(_) => {}
            None => {
                crate::interp::stdio::flush_stdout_global();
                eprint!("{text}");
            }
        }
    }
    Ok(Value::NONE)
}

/// `sys.audit(event, *args)`: weft has no audit hooks yet, so there is nothing to notify.
fn audit(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.positional();
    match a.first() {
        None => Err(error::type_error(
            "audit() missing 1 required positional argument: 'event'",
        )),
        Some(e) if pystr::as_str(e).is_none() => Err(error::type_error(format!(
            "expected str for argument 'event', not {}",
            crate::interp::ops::type_name_of(e)
        ))),
        Some(_) => Ok(Value::NONE),
    }
}

fn getdefaultencoding(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("sys.getdefaultencoding", 0)?;
    Ok(pystr::new_str("utf-8"))
}

fn getfilesystemencoding(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("sys.getfilesystemencoding", 0)?;
    Ok(pystr::new_str("utf-8"))
}

fn getfilesystemencodeerrors(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    args.exact("sys.getfilesystemencodeerrors", 0)?;
    Ok(pystr::new_str("surrogateescape"))
}

/// `sys.name` as a struct sequence holding `values` (a tuple), or the plain tuple should the
/// class fail to build.
fn structseq_or(vm: &mut Vm, name: &str, fields: &[&str], values: Value) -> Value {
    let items = tuple::as_tuple(&values)
        .map(|t| t.to_vec())
        .unwrap_or_default();
    let made = crate::interp::structseq::new_type(vm, "sys", name, fields, fields.len())
        .and_then(|ty| crate::interp::structseq::new(vm, &ty, items));
    made.unwrap_or(values)
}

/// The fields and values of `sys.flags`, `sys.float_info`, `sys.int_info`, `sys.hash_info` and
/// `sys.thread_info`.
fn info_records(vm: &Vm) -> Vec<(&'static str, Vec<&'static str>, Vec<Value>)> {
    let i = |n: i64| int::from_i64(n);
    let f = &vm.flags;
    vec![
        (
            "flags",
            vec![
                "debug",
                "inspect",
                "interactive",
                "optimize",
                "dont_write_bytecode",
                "no_user_site",
                "no_site",
                "ignore_environment",
                "verbose",
                "bytes_warning",
                "quiet",
                "hash_randomization",
                "isolated",
                "dev_mode",
                "utf8_mode",
                "warn_default_encoding",
                "safe_path",
                "int_max_str_digits",
            ],
            vec![
                i(0),
                i(f.inspect as i64),
                i(f.interactive as i64),
                i(f.optimize as i64),
                i(f.dont_write_bytecode as i64),
                i(f.no_user_site as i64),
                i(f.no_site as i64),
                i(f.ignore_environment as i64),
                i(f.verbose as i64),
                i(0),
                i(f.quiet as i64),
                i(1),
                i(f.isolated as i64),
                Value::bool(f.dev_mode),
                i(0),
                i(0),
                Value::bool(f.safe_path),
                i(-1),
            ],
        ),
        (
            "float_info",
            vec![
                "max",
                "max_exp",
                "max_10_exp",
                "min",
                "min_exp",
                "min_10_exp",
                "dig",
                "mant_dig",
                "epsilon",
                "radix",
                "rounds",
            ],
            vec![
                Value::float(f64::MAX),
                i(f64::MAX_EXP as i64),
                i(f64::MAX_10_EXP as i64),
                Value::float(f64::MIN_POSITIVE),
                i(f64::MIN_EXP as i64),
                i(f64::MIN_10_EXP as i64),
                i(f64::DIGITS as i64),
                i(f64::MANTISSA_DIGITS as i64),
                Value::float(f64::EPSILON),
                i(2),
                i(1),
            ],
        ),
        (
            "int_info",
            vec![
                "bits_per_digit",
                "sizeof_digit",
                "default_max_str_digits",
                "str_digits_check_threshold",
            ],
            vec![i(30), i(4), i(4300), i(640)],
        ),
        (
            "hash_info",
            vec![
                "width",
                "modulus",
                "inf",
                "nan",
                "imag",
                "algorithm",
                "hash_bits",
                "seed_bits",
                "cutoff",
            ],
            vec![
                i(64),
                i((1 << 61) - 1),
                i(314159),
                i(0),
                i(1000003),
                pystr::new_str("siphash13"),
                i(64),
                i(128),
                i(0),
            ],
        ),
        (
            "thread_info",
            vec!["name", "lock", "version"],
            vec![
                pystr::new_str("pthread"),
                pystr::new_str("semaphore"),
                Value::NONE,
            ],
        ),
    ]
}

/// A simple named-tuple-like record for `sys.version_info`, `sys.implementation`, `sys.flags`.
fn record(fields: Vec<(&str, Value)>) -> Value {
    let ns = crate::interp::typecall::new_instance(&types().simple_namespace);
    for (k, v) in fields {
        objects::instance::set(&ns, &pystr::intern(k), v);
    }
    Value::obj(ns)
}

/// Creates the `sys` module.
pub fn make_sys(vm: &mut Vm) -> ObjRef {
    let m = module::new_module("sys");
    let d = module::module_dict(&m).expect("module dict");
    d.set_rs(
        "__doc__",
        crate::objects::str::new_str(
            "This module provides access to some objects used or maintained by the\ninterpreter and to functions that interact strongly with the interpreter.\n",
        ),
    );
    let fns: &[(&'static str, NativeFn)] = &[
        ("exit", exit),
        ("getrecursionlimit", getrecursionlimit),
        ("setrecursionlimit", setrecursionlimit),
        ("getswitchinterval", getswitchinterval),
        ("setswitchinterval", setswitchinterval),
        ("exc_info", exc_info),
        ("exception", exception),
        ("intern", intern),
        ("is_finalizing", is_finalizing),
        ("getrefcount", getrefcount),
        ("getsizeof", getsizeof),
        ("_getframe", getframe),
        ("displayhook", displayhook),
        ("excepthook", excepthook),
        ("unraisablehook", crate::interp::unraisable::default_hook),
        ("getdefaultencoding", getdefaultencoding),
        ("audit", audit),
        ("getfilesystemencoding", getfilesystemencoding),
        ("getfilesystemencodeerrors", getfilesystemencodeerrors),
    ];
    for (n, f) in fns
        .iter()
        .chain(crate::interp::sys_info::FUNCTIONS)
        .chain(crate::interp::sys_async::FUNCTIONS)
        .chain(crate::interp::sys_trace::FUNCTIONS)
    {
        let b = new_builtin(n, *f, BuiltinKind::Function, None);
        d.set_rs(n, Value::obj(b));
    }
    d.set_rs(
        "__displayhook__",
        d.get_rs("displayhook").unwrap_or(Value::NONE),
    );
    d.set_rs(
        "__unraisablehook__",
        d.get_rs("unraisablehook").unwrap_or(Value::NONE),
    );
    d.set_rs(
        "__excepthook__",
        d.get_rs("excepthook").unwrap_or(Value::NONE),
    );
    // The standard streams are the `_io` module's, installed by the stdlib crate.
    for n in [
        "stdin",
        "stdout",
        "stderr",
        "__stdin__",
        "__stdout__",
        "__stderr__",
    ] {
        d.set_rs(n, Value::NONE);
    }
    d.set_rs("modules", Value::obj(vm.modules.clone()));
    d.set_rs(
        "argv",
        list::new_list(vm.argv.iter().map(|a| pystr::new_str(a)).collect()),
    );
    d.set_rs(
        "path",
        list::new_list(vm.path.iter().map(|a| pystr::new_str(a)).collect()),
    );
    d.set_rs("maxsize", int::from_i64(i64::MAX));
    d.set_rs(
        "byteorder",
        pystr::new_str(if cfg!(target_endian = "little") {
            "little"
        } else {
            "big"
        }),
    );
    d.set_rs(
        "platform",
        pystr::new_str(if cfg!(target_os = "macos") {
            "darwin"
        } else {
            "linux"
        }),
    );
    d.set_rs("version", pystr::new_str(crate::VERSION_STRING));
    d.set_rs("hexversion", int::from_i64(0x030b07f0));
    d.set_rs("api_version", int::from_i64(1013));
    let version_info = crate::interp::version_info::make();
    let version_info = structseq_or(
        vm,
        "version_info",
        &["major", "minor", "micro", "releaselevel", "serial"],
        version_info.clone(),
    );
    d.set_rs("version_info", version_info);
    for (name, fields, values) in info_records(vm) {
        let v = structseq_or(vm, name, &fields, tuple::new_tuple(values));
        d.set_rs(name, v);
    }
    d.set_rs("float_repr_style", pystr::new_str("short"));
    d.set_rs("maxunicode", int::from_i64(0x10ffff));
    d.set_rs("abiflags", pystr::new_str(""));
    d.set_rs("copyright", pystr::new_str(COPYRIGHT));
    d.set_rs("warnoptions", list::new_list(Vec::new()));
    d.set_rs("meta_path", list::new_list(Vec::new()));
    d.set_rs("path_hooks", list::new_list(Vec::new()));
    d.set_rs("path_importer_cache", Value::obj(objects::dict::new_dict()));
    d.set_rs(
        "orig_argv",
        list::new_list(std::env::args().map(pystr::new_string).collect()),
    );
    d.set_rs(
        "implementation",
        record(vec![
            ("name", pystr::new_str("weft")),
            (
                "cache_tag",
                pystr::new_str(crate::interp::bootstrap::CACHE_TAG),
            ),
            ("version", crate::interp::version_info::make()),
            ("hexversion", int::from_i64(0x030b07f0)),
            ("_multiarch", pystr::new_str("x86_64-linux-gnu")),
        ]),
    );
    d.set_rs(
        "executable",
        pystr::new_string(
            std::env::current_exe()
                .map(|p| p.to_string_lossy().into_owned())
                .unwrap_or_default(),
        ),
    );
    d.set_rs(
        "builtin_module_names",
        tuple::new_tuple(vec![pystr::new_str("builtins"), pystr::new_str("sys")]),
    );
    d.set_rs(
        "dont_write_bytecode",
        Value::bool(vm.flags.dont_write_bytecode),
    );
    m
}

/// `sys.copyright`: weft runs CPython's library, whose notices these are.
const COPYRIGHT: &str = "Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.\n\nCopyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\nCopyright (c) 1995-2001 Corporation for National Research Initiatives.\nAll Rights Reserved.\n\nCopyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\nAll Rights Reserved.";
