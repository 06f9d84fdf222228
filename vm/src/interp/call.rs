//! Calls: binding arguments into a new frame, and dispatch on the kind of callable. A Python function
//! becomes a frame for the loop to push; a native runs at once.
use crate::heap::{Kind, ObjRef, Value};
use crate::interp::error::{self, PyErr, PyResult};
use crate::interp::frame::Frame;
use crate::interp::then::Then;
use crate::interp::{Flow, Vm};
use crate::objects::builtin::{Args, Builtin, BuiltinKind};
use crate::objects::code::Code;
use crate::objects::function::Function;
use crate::objects::{self, dict::Dict, str as pystr, tuple, typeobj, types};

/// A fresh frame for `code` (from the pool when possible). A pooled frame keeps the code, globals
/// and builtins of its last use, so calling the same function again moves no counts for them.
pub fn new_frame(
    vm: &mut Vm,
    code_obj: &ObjRef,
    globals: &ObjRef,
    builtins: &ObjRef,
    func: Value,
    locals: Value,
) -> PyResult<Box<Frame>> {
    let Some(code) = code_obj.downcast::<Code>() else {
        return Err(error::type_error("expected a code object"));
    };
    let n = code.nlocalsplus();
    let cap = n + code.stacksize as usize + 1;
    let mut f = match vm.frame_pool.pop() {
        Some(mut f) => {
            if !f.code.is(code_obj) {
                f.code = code_obj.clone();
                f.instrs = code.exec.clone();
            }
            f.ip = code.entry;
            if !f.globals.is(globals) {
                f.globals = globals.clone();
            }
            if !f.builtins.is(builtins) {
                f.builtins = builtins.clone();
            }
            // `Vm::recycle` left the value stack empty and the continuation `Then::Push`.
            f.locals = locals;
            f.func = func;
            f.slots.reserve(cap);
            f
        }
        None => Box::new(Frame {
            code: code_obj.clone(),
            instrs: code.exec.clone(),
            ip: code.entry,
            slots: Vec::with_capacity(cap),
            nlocals: n,
            globals: globals.clone(),
            builtins: builtins.clone(),
            locals,
            func,
            kwnames: Value::NULL,
            then: Then::Push,
            gen: Value::NULL,
            frame_obj: Value::NULL,
        }),
    };
    f.nlocals = n;
    f.slots.resize_with(n, || Value::NULL);
    Ok(f)
}

fn qualname_of(func: &Function) -> String {
    pystr::as_str(&func.qualname.borrow())
        .unwrap_or("?")
        .to_string()
}

/// Where the callable of a `Call` with `argc` arguments sits on the caller's value stack, read once for
/// the fast paths: `[NULL, callable, args...]` or `[callable, self, args...]`, the top `argc + 2` items.
pub struct Callee {
    /// The index of the lower of the two items below the arguments.
    pub below: usize,
    /// Whether that lower item is the callable and a `self` follows it (after `LoadMethod`).
    pub bound_self: bool,
    /// The callable's heap kind.
    pub kind: crate::heap::Kind,
}

/// The [`Callee`] of a `Call` with `argc` arguments; `None` when the callable is not a heap object.
#[inline]
pub fn callee(f: &Frame, argc: usize) -> Option<Callee> {
    let n = f.slots.len();
    if n < f.nlocals + argc + 2 {
        return None;
    }
    let below = n - argc - 2;
    let bound_self = !f.slots[below].is_null();
    let kind = f.slots[below + usize::from(!bound_self)].as_obj()?.kind();
    Some(Callee {
        below,
        bound_self,
        kind,
    })
}

/// The frame of a plain positional call of the Python function at `c` (a [`Callee`] of kind
/// `Function`), bound straight from the caller's value stack (the top `argc + 2` items, which it pops)
/// without an argument vector. `None` (nothing popped) when the call needs the general path: keywords,
/// defaults, `*args`/`**kwargs` or keyword-only parameters.
#[inline]
pub fn frame_from_stack(
    vm: &mut Vm,
    caller: &mut Frame,
    argc: usize,
    c: &Callee,
) -> Option<PyResult<Box<Frame>>> {
    if !caller.kwnames.is_null() {
        return None;
    }
    let (below, bound_self) = (c.below, c.bound_self);
    let callable = caller.slots[below + usize::from(!bound_self)].clone();
    let func = callable.as_obj()?.downcast::<Function>()?;
    let code_obj = func.code.borrow().clone();
    let code = code_obj.downcast::<Code>()?;
    let nargs = argc + usize::from(bound_self);
    let simple =
        crate::compiler::bytecode::flags::VARARGS | crate::compiler::bytecode::flags::VARKEYWORDS;
    let argcount = code.argcount as usize;
    if code.flags & simple != 0 || code.kwonlyargcount != 0 || nargs > argcount {
        return None;
    }
    // Missing trailing parameters come from the defaults; any other shortfall is the general path's error.
    let defaults = if nargs < argcount {
        let d = func.defaults.borrow().clone();
        let n = tuple::as_tuple(&d).map_or(0, |d| d.len());
        if nargs + n < argcount {
            return None;
        }
        d
    } else {
        Value::NULL
    };
    let mut nf = match new_frame(
        vm,
        &code_obj,
        &func.globals,
        &func.builtins,
        Value::NULL,
        Value::NULL,
    ) {
        Ok(nf) => nf,
        Err(e) => return Some(Err(e)),
    };
    nf.func = callable;
    for dst in nf.slots[..nargs].iter_mut().rev() {
        *dst = caller.pop();
    }
    if let Some(defs) = tuple::as_tuple(&defaults) {
        // The defaults belong to the last parameters (with more defaults than parameters, the last ones).
        for i in nargs..argcount {
            nf.slots[i] = defs[i + defs.len() - argcount].clone();
        }
    }
    // The callable (and the NULL below it), now held by the new frame.
    while caller.slots.len() > below {
        drop(caller.pop());
    }
    Some(Ok(nf))
}

/// Binds `args` (positional values then keyword values named by `kwnames`) into a new frame for `func`.
pub fn function_frame(
    vm: &mut Vm,
    func: &Function,
    func_val: &Value,
    args: Vec<Value>,
    kwnames: &Value,
) -> PyResult<Box<Frame>> {
    let code_obj = func.code.borrow().clone();
    let Some(code) = code_obj.downcast::<Code>() else {
        return Err(error::type_error("bad code object"));
    };
    let mut f = new_frame(
        vm,
        &code_obj,
        &func.globals,
        &func.builtins,
        func_val.clone(),
        Value::NULL,
    )?;
    let kwn: &[Value] = tuple::as_tuple(kwnames).unwrap_or(&[]);
    let argcount = code.argcount as usize;
    let kwonly = code.kwonlyargcount as usize;
    let has_varargs = code.flags & crate::compiler::bytecode::flags::VARARGS != 0;
    let has_varkw = code.flags & crate::compiler::bytecode::flags::VARKEYWORDS != 0;
    let npos = args.len() - kwn.len();
    // Fast path: exact positional call.
    if kwn.is_empty() && npos == argcount && !has_varargs && !has_varkw && kwonly == 0 {
        for (i, a) in args.into_iter().enumerate() {
            f.slots[i] = a;
        }
        return Ok(f);
    }
    let mut args = args;
    let kwvals: Vec<Value> = args.split_off(npos);
    let mut pos = args;
    let varargs_idx = argcount + kwonly;
    let varkw_idx = varargs_idx + has_varargs as usize;
    if pos.len() > argcount {
        if has_varargs {
            let extra = pos.split_off(argcount);
            f.slots[varargs_idx] = tuple::new_tuple(extra);
        } else {
            let given = pos.len();
            let kw_given = kwn
                .iter()
                .filter(|k| {
                    let k = pystr::as_str(k).unwrap_or("");
                    code.varnames[argcount..argcount + kwonly]
                        .iter()
                        .any(|v| v == k)
                })
                .count();
            let defaults = tuple::as_tuple(&func.defaults.borrow())
                .map(|d| d.len())
                .unwrap_or(0);
            let takes = if defaults > 0 {
                format!(
                    "from {} to {} positional arguments",
                    argcount - defaults,
                    argcount
                )
            } else {
                format!(
                    "{} positional argument{}",
                    argcount,
                    if argcount == 1 { "" } else { "s" }
                )
            };
            let extra = if kw_given > 0 {
                format!(
                    " positional argument{} (and {} keyword-only argument{})",
                    if given == 1 { "" } else { "s" },
                    kw_given,
                    if kw_given == 1 { "" } else { "s" }
                )
            } else {
                String::new()
            };
            let msg = if kw_given > 0 {
                format!(
                    "{}() takes {} but {}{} were given",
                    qualname_of(func),
                    takes,
                    given,
                    extra
                )
            } else {
                format!(
                    "{}() takes {} but {} {} given",
                    qualname_of(func),
                    takes,
                    given,
                    if given == 1 { "was" } else { "were" }
                )
            };
            return Err(error::type_error(msg));
        }
    } else if has_varargs {
        f.slots[varargs_idx] = tuple::new_tuple(Vec::new());
    }
    let npos_bound = pos.len();
    for (i, a) in pos.into_iter().enumerate() {
        f.slots[i] = a;
    }
    let kwdict = if has_varkw {
        let d = objects::dict::new_dict();
        f.slots[varkw_idx] = Value::obj(d.clone());
        Some(d)
    } else {
        None
    };
    let posonly = code.posonlyargcount as usize;
    let mut posonly_as_kw: Vec<String> = Vec::new();
    for (k, v) in kwn.iter().zip(kwvals) {
        let kname = pystr::as_str(k).unwrap_or("");
        // Parameter names are interned, and so are keyword names from source: identity first.
        let params = &code.localsplus[..argcount + kwonly];
        let idx = k
            .as_obj()
            .and_then(|ko| params.iter().position(|n| n.is(ko)))
            .or_else(|| {
                code.varnames[..argcount + kwonly]
                    .iter()
                    .position(|n| n == kname)
            });
        match idx {
            Some(i) if i >= posonly => {
                if !f.slots[i].is_null() {
                    return Err(error::type_error(format!(
                        "{}() got multiple values for argument '{}'",
                        qualname_of(func),
                        kname
                    )));
                }
                f.slots[i] = v;
            }
            _ => match &kwdict {
                Some(d) => {
                    if let Some(dd) = d.downcast::<Dict>() {
                        dd.set(vm, k.clone(), v)?;
                    }
                }
                None => {
                    if idx.is_some() {
                        posonly_as_kw.push(kname.to_string());
                    } else {
                        return Err(error::type_error(format!(
                            "{}() got an unexpected keyword argument '{}'",
                            qualname_of(func),
                            kname
                        )));
                    }
                }
            },
        }
    }
    if !posonly_as_kw.is_empty() {
        return Err(error::type_error(format!(
            "{}() got some positional-only arguments passed as keyword arguments: '{}'",
            qualname_of(func),
            posonly_as_kw.join(", ")
        )));
    }
    // Defaults for missing positional parameters.
    if npos_bound < argcount {
        let defaults = func.defaults.borrow().clone();
        let defs: &[Value] = tuple::as_tuple(&defaults).unwrap_or(&[]);
        let first_default = argcount - defs.len().min(argcount);
        let mut missing = Vec::new();
        for i in npos_bound..argcount {
            if f.slots[i].is_null() {
                if i >= first_default {
                    // The defaults belong to the last parameters (with more defaults than parameters,
                    // the last ones).
                    f.slots[i] = defs[i + defs.len() - argcount].clone();
                } else {
                    missing.push(code.varnames[i].clone());
                }
            }
        }
        if !missing.is_empty() {
            return Err(missing_args(&qualname_of(func), &missing, "positional"));
        }
    }
    if kwonly > 0 {
        let kwdefaults = func.kwdefaults.borrow().clone();
        let mut missing = Vec::new();
        for i in argcount..argcount + kwonly {
            if f.slots[i].is_null() {
                match objects::dict::as_dict(&kwdefaults)
                    .and_then(|d| d.get_str(&code.localsplus[i]))
                {
                    Some(v) => f.slots[i] = v,
                    None => missing.push(code.varnames[i].clone()),
                }
            }
        }
        if !missing.is_empty() {
            return Err(missing_args(&qualname_of(func), &missing, "keyword-only"));
        }
    }
    Ok(f)
}

/// Running a code object with parameters as a module body (`exec(f.__code__)`): it gets no arguments
/// (the error names `co_name`, as `PyEval_EvalCode` does).
pub fn check_no_params(code: &crate::objects::code::Code) -> PyResult<()> {
    let name = pystr::as_str(&Value::obj(code.name.clone()))
        .unwrap_or("")
        .to_string();
    let (npos, nkw) = (code.argcount as usize, code.kwonlyargcount as usize);
    if npos > 0 {
        let names = code.varnames.iter().take(npos).cloned().collect::<Vec<_>>();
        return Err(missing_args(&name, &names, "positional"));
    }
    if nkw > 0 {
        let names = code.varnames.iter().take(nkw).cloned().collect::<Vec<_>>();
        return Err(missing_args(&name, &names, "keyword-only"));
    }
    Ok(())
}

fn missing_args(fname: &str, missing: &[String], kind: &str) -> PyErr {
    let quoted: Vec<String> = missing.iter().map(|m| format!("'{m}'")).collect();
    let list = match quoted.len() {
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    };
    error::type_error(format!(
        "{}() missing {} required {} argument{}: {}",
        fname,
        missing.len(),
        kind,
        if missing.len() == 1 { "" } else { "s" },
        list
    ))
}

/// A bound method of a builtin type names itself after its receiver's type, as CPython's
/// `builtin_function_or_method.__qualname__` does: `ValueError().add_note(*a)` complains about
/// `ValueError.add_note()` where the unbound descriptor says `BaseException.add_note()`.
#[cold]
fn requalify(b: &Builtin, args: &[Value], e: error::PyErr) -> error::PyErr {
    let (Some(owner), Some(this)) = (&b.owner, args.first()) else {
        return e;
    };
    // `object`'s own methods name `object` whatever the receiver, as CPython's do.
    if owner.is(&types().object) {
        return e;
    }
    let error::ErrState::Lazy { ty, msg: Some(msg) } = e.state() else {
        return e;
    };
    let prefix = format!("{}.{}()", objects::typeobj::type_name(owner), b.name);
    let Some(tail) = msg.strip_prefix(&prefix) else {
        return e;
    };
    // A class method is bound to a subclass of its owner (`B.fromhex()` for a bytes subclass `B`).
    let recv = match this.as_obj() {
        Some(cls) if cls.kind() == Kind::Type && typeobj::is_subtype(cls, owner) => cls.clone(),
        _ => crate::interp::ops::a_type(this),
    };
    let qual = objects::typeobj::tdata(&recv).qualname.borrow().clone();
    error::PyErr::new(ty, format!("{qual}.{}(){tail}", b.name))
}

/// Calls a native with `args` (preceded by its bound object, for a bound method such as `[].append`).
pub fn call_native(vm: &mut Vm, b: &Builtin, args: &[Value], kwnames: &Value) -> PyResult<Flow> {
    call_native_in(vm, b, args, kwnames, b.recursion_ctx)
}

/// [`call_native`] whose native level reports `RecursionError` with `ctx` (a protocol such as `repr()`
/// calling a native slot: CPython checks the limit in the protocol, not in the call).
pub fn call_native_in(
    vm: &mut Vm,
    b: &Builtin,
    args: &[Value],
    kwnames: &Value,
    ctx: &str,
) -> PyResult<Flow> {
    if let Some(s) = &b.self_ {
        if crate::objects::builtin::binds_own_self(b) {
            let mut with_self = NativeArgs::with_capacity(args.len() + 1);
            with_self.push(s.clone());
            with_self.extend(args.iter().cloned());
            return call_native_args(vm, b, &with_self, kwnames, ctx);
        }
    }
    call_native_args(vm, b, args, kwnames, ctx)
}

/// The arguments of a native call, kept on the Rust stack when there are few.
pub type NativeArgs = smallvec::SmallVec<[Value; 8]>;

/// [`call_native_in`] with the arguments complete: a bound builtin's `self` already first.
pub(crate) fn call_native_args(
    vm: &mut Vm,
    b: &Builtin,
    args: &[Value],
    kwnames: &Value,
    ctx: &str,
) -> PyResult<Flow> {
    if args.is_empty() && b.kind == BuiltinKind::Static && b.name == "__new__" {
        // `tp_new_wrapper`: `X.__new__()` needs the class to create.
        let owner = b.owner.as_ref().map(typeobj::type_name);
        return Err(error::type_error(format!(
            "{}.__new__(): not enough arguments",
            owner.unwrap_or_else(|| "object".to_string())
        )));
    }
    let kwn: &[Value] = tuple::as_tuple(kwnames).unwrap_or(&[]);
    // A native may call another (`hash` of a tuple of tuples): each level is a Rust frame. It counts
    // against the recursion limit only where CPython checks the limit (a `ctx` to report).
    let r = if ctx.is_empty() {
        vm.enter_uncounted()?;
        let r = (b.func)(vm, &Args::new(args, kwn));
        vm.leave_uncounted();
        r
    } else {
        vm.enter_native(ctx)?;
        let r = (b.func)(vm, &Args::new(args, kwn));
        vm.leave_native();
        r
    };
    let r = match r {
        Ok(r) => r,
        Err(e) if b.self_.is_some() && b.owner.is_some() => return Err(requalify(b, args, e)),
        Err(e) => return Err(e),
    };
    if r.is_null() {
        return Ok(Flow::Pending);
    }
    Ok(Flow::Value(r))
}

/// Calls any callable; a Python function comes back as a frame with `Then::Push`.
pub fn call_flow(
    vm: &mut Vm,
    callable: &Value,
    args: Vec<Value>,
    kwnames: &Value,
) -> PyResult<Flow> {
    let Some(o) = callable.as_obj() else {
        return Err(not_callable(callable));
    };
    match o.kind() {
        Kind::Function => {
            let func = o.downcast::<Function>().expect("kind checked");
            Ok(Flow::Frame(function_frame(
                vm, func, callable, args, kwnames,
            )?))
        }
        Kind::Builtin => {
            let b = o.downcast::<Builtin>().expect("kind checked");
            call_native(vm, b, &args, kwnames)
        }
        Kind::Method => {
            let m = o
                .downcast::<objects::method::Method>()
                .expect("kind checked");
            let mut a = Vec::with_capacity(args.len() + 1);
            a.push(m.self_.clone());
            a.extend(args);
            let func = m.func.clone();
            call_flow(vm, &func, a, kwnames)
        }
        Kind::Type => crate::interp::typecall::call_type(vm, o, args, kwnames),
        _ => {
            let ty = o.ty().clone();
            match typeobj::lookup(&ty, crate::interned!("__call__")) {
                Some(m) if is_plain_method(&m) => {
                    let mut a = Vec::with_capacity(args.len() + 1);
                    a.push(callable.clone());
                    a.extend(args);
                    call_flow(vm, &m, a, kwnames)
                }
                // Any other `__call__` (a staticmethod, a callable instance, ...) is bound first.
                Some(m) => {
                    let bound = match crate::interp::attr::descr_get(vm, &m, callable, &ty)? {
                        Some(f) => run_flow(vm, f)?,
                        None => m,
                    };
                    // A callable instance as `__call__` recurses here on the Rust stack.
                    vm.nested(crate::interp::recursion::CALLING, |vm| {
                        call_flow(vm, &bound, args, kwnames)
                    })
                }
                None => Err(not_callable(callable)),
            }
        }
    }
}

/// Calls special method `m` found on the type of `this` (CPython's `lookup_maybe_method` then call): a
/// function gets `this` prepended; any other descriptor (a staticmethod, a custom `__get__`) is bound first.
pub fn call_special(vm: &mut Vm, m: &Value, this: &Value, args: Vec<Value>) -> PyResult<Value> {
    if is_plain_method(m) {
        let mut a = Vec::with_capacity(args.len() + 1);
        a.push(this.clone());
        a.extend(args);
        return call_value(vm, m, a);
    }
    let bound = bind_special(vm, m, this)?;
    call_value(vm, &bound, args)
}

/// [`call_with_then`] for special method `m` found on the type of `args[0]` (CPython's
/// `lookup_maybe_method` then call): a function is called with the instance first; any other descriptor
/// (a property, a staticmethod, a custom `__get__`) is bound to it first, and its errors propagate.
pub fn call_special_then(
    vm: &mut Vm,
    m: &Value,
    mut args: Vec<Value>,
    then: Then,
) -> PyResult<Flow> {
    if is_plain_method(m) {
        return call_with_then(vm, m, args, then);
    }
    let bound = bind_special(vm, m, &args[0])?;
    args.remove(0);
    call_with_then(vm, &bound, args, then)
}

/// Binds special method `m` (found on the type of `this`, not a plain function) to `this` through its
/// `__get__`; a non-descriptor is returned as is.
#[cold]
pub fn bind_special(vm: &mut Vm, m: &Value, this: &Value) -> PyResult<Value> {
    let ty = crate::interp::ops::a_type(this);
    match crate::interp::attr::descr_get(vm, m, this, &ty)? {
        Some(f) => run_flow(vm, f),
        None => Ok(m.clone()),
    }
}

/// A function or builtin method: called with the instance prepended, without binding.
#[inline]
pub fn is_plain_method(m: &Value) -> bool {
    m.as_obj().is_some_and(|f| match f.kind() {
        Kind::Function => true,
        Kind::Builtin => f
            .downcast::<Builtin>()
            .is_some_and(|b| b.kind == objects::builtin::BuiltinKind::Method),
        _ => false,
    })
}

#[cold]
fn not_callable(v: &Value) -> PyErr {
    error::type_error(format!(
        "'{}' object is not callable",
        crate::interp::ops::type_name_of(v)
    ))
}

/// Calls `m` (a special method) with positional args; a Python frame gets continuation `then`.
pub fn call_with_then(vm: &mut Vm, m: &Value, args: Vec<Value>, then: Then) -> PyResult<Flow> {
    match call_flow(vm, m, args, &Value::NULL)? {
        Flow::Frame(mut f) => {
            f.then = then;
            Ok(Flow::Frame(f))
        }
        Flow::Pending => match vm.pending_frame.take() {
            Some(mut f) => {
                f.then = then;
                Ok(Flow::Frame(f))
            }
            None => Err(error::system_error("lost pending frame")),
        },
        v => Ok(v),
    }
}

/// Runs a flow to its value, re-entering the loop for a frame (counted, bounded).
pub fn run_flow(vm: &mut Vm, flow: Flow) -> PyResult<Value> {
    match flow {
        Flow::Value(v) => Ok(v),
        Flow::Frame(f) => reenter(vm, f),
        Flow::Pending => match vm.pending_frame.take() {
            Some(f) => reenter(vm, f),
            None => Err(error::system_error("lost pending frame")),
        },
    }
}

fn reenter(vm: &mut Vm, f: Box<Frame>) -> PyResult<Value> {
    if vm.native_depth >= vm.native_limit {
        vm.recycle(f);
        return Err(error::recursion_error("maximum recursion depth exceeded"));
    }
    // The frame itself counts against the recursion limit in `run_frame`; only the native level is added.
    vm.native_depth += 1;
    let native = vm.native_name;
    // A frame whose own continuation is not Push (e.g. Init) keeps it: run it through a trampoline frame.
    let r = match f.then {
        Then::Push | Then::Return(_) => vm.run_frame(f),
        _ => {
            let mut f = f;
            let then = std::mem::replace(&mut f.then, Then::Push);
            let r = vm.run_frame(f);
            crate::interp::thenops::finish_native(vm, then, r)
        }
    };
    vm.native_name = native;
    vm.native_depth -= 1;
    r
}

/// Calls any callable and returns its result (re-entrant; for natives).
pub fn call_value(vm: &mut Vm, callable: &Value, args: Vec<Value>) -> PyResult<Value> {
    let flow = call_flow(vm, callable, args, &Value::NULL)?;
    run_flow(vm, flow)
}

/// [`call_value`] one recursion level deeper, reported with `ctx` (CPython's `PyObject_Repr` and the like,
/// which check the limit before calling the slot): a native is called within that level, Python code
/// below it.
pub fn call_value_in(
    vm: &mut Vm,
    ctx: &str,
    callable: &Value,
    args: Vec<Value>,
) -> PyResult<Value> {
    if let Some(b) = callable.as_obj().and_then(|o| o.downcast::<Builtin>()) {
        let flow = call_native_in(vm, b, &args, &Value::NULL, ctx)?;
        return run_flow(vm, flow);
    }
    vm.nested(ctx, |vm| call_value(vm, callable, args))
}

/// Calls with keyword arguments given as (name, value) pairs (re-entrant).
pub fn call_value_kw(
    vm: &mut Vm,
    callable: &Value,
    mut args: Vec<Value>,
    kwargs: Vec<(&str, Value)>,
) -> PyResult<Value> {
    let names: Vec<Value> = kwargs
        .iter()
        .map(|(n, _)| Value::obj(pystr::intern(n)))
        .collect();
    for (_, v) in kwargs {
        args.push(v);
    }
    let kwn = if names.is_empty() {
        Value::NULL
    } else {
        tuple::new_tuple(names)
    };
    let flow = call_flow(vm, callable, args, &kwn)?;
    run_flow(vm, flow)
}

/// `f(*args, **kwargs)` (3.11 `CALL_FUNCTION_EX`).
pub fn call_ex(vm: &mut Vm, callable: &Value, args: Value, kwargs: Value) -> PyResult<Flow> {
    let mut all: Vec<Value> = match tuple::as_tuple(&args) {
        Some(t) => t.to_vec(),
        None => {
            let it = crate::interp::protocols::iterate(vm, &args).map_err(|e| {
                if crate::interp::exc::matches_type(&e, &types().type_error) {
                    error::type_error(format!(
                        "{} argument after * must be an iterable, not {}",
                        crate::interp::protocols::callable_desc(callable),
                        crate::interp::ops::type_name_of(&args)
                    ))
                } else {
                    e
                }
            })?;
            it
        }
    };
    let mut names = Vec::new();
    if !kwargs.is_null() && !kwargs.is_none() {
        let items = crate::interp::protocols::mapping_items(vm, &kwargs, callable)?;
        for (k, v) in items {
            if pystr::as_str(&k).is_none() {
                return Err(error::type_error("keywords must be strings"));
            }
            names.push(k);
            all.push(v);
        }
    }
    let kwn = if names.is_empty() {
        Value::NULL
    } else {
        tuple::new_tuple(names)
    };
    if let Some(b) = callable.as_obj().and_then(|o| o.downcast::<Builtin>()) {
        // `f(*args)` is a plain call site: a continuation switch made here can be soft.
        vm.plain_call = true;
        vm.native_name = b.name;
        let r = call_native(vm, b, &all, &kwn);
        vm.plain_call = false;
        vm.native_name = "";
        return r;
    }
    vm.native_name = "";
    call_flow(vm, callable, all, &kwn)
}

/// `MakeFunction`.
pub fn make_function(
    f: &Frame,
    code: Value,
    defaults: Value,
    kwdefaults: Value,
    annotations: Value,
    closure: Value,
) -> PyResult<Value> {
    let Some(co) = code.as_obj().cloned() else {
        return Err(error::system_error("MakeFunction without code"));
    };
    let Some(c) = co.downcast::<Code>() else {
        return Err(error::system_error("MakeFunction without code"));
    };
    let name = Value::obj(c.name.clone());
    let qualname = Value::obj(c.qualname.clone());
    let doc = if c.docstring {
        c.consts.first().cloned().unwrap_or(Value::NONE)
    } else {
        Value::NONE
    };
    let module = f
        .globals
        .downcast::<Dict>()
        .and_then(|d| d.get_rs("__name__"))
        .unwrap_or(Value::NONE);
    let func = Function {
        code: std::cell::RefCell::new(co.clone()),
        globals: f.globals.clone(),
        builtins: f.builtins.clone(),
        name: std::cell::RefCell::new(name),
        qualname: std::cell::RefCell::new(qualname),
        defaults: std::cell::RefCell::new(defaults),
        kwdefaults: std::cell::RefCell::new(kwdefaults),
        closure,
        doc: std::cell::RefCell::new(doc),
        module: std::cell::RefCell::new(module),
        annotations: std::cell::RefCell::new(annotations),
        dict: std::cell::RefCell::new(None),
    };
    Ok(Value::obj(crate::heap::alloc(
        &types().function,
        func,
        None,
    )))
}
