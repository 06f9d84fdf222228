//! `_pickle.Unpickler`: the input and memo that persist between loads, its attributes (`memo`,
//! `persistent_load`), `load`, which runs a [`Loader`] over them, and `find_class`.
use super::input::Input;
use super::load::Loader;
use super::memo::UMemo;
use super::pickler::method_ref;
use super::{types, unpickling_error};
use crate::support::payload;
use std::cell::{Cell, RefCell};
use weft_vm::heap::Value;
use weft_vm::interp::builtins_mod::is_callable;
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::ops::{a_type, truthy, type_name_of};
use weft_vm::interp::{call, protocols, Vm};
use weft_vm::objects::builtin::Args;
use weft_vm::objects::method_support::{alloc_instance, new_cls};
use weft_vm::objects::native::{NativeObj, Traverse};
use weft_vm::objects::{int, str as pystr, typeobj};

pub(crate) struct UState {
    inp: Option<Input>,
    memo: UMemo,
    pers: Option<Value>,
    pers_self: bool,
    buffers: Option<Value>,
    encoding: String,
    errors: String,
    fix_imports: bool,
}

pub(crate) struct Unpickler {
    st: RefCell<UState>,
    /// The protocol of the pickle being loaded, which `find_class` reads.
    proto: Cell<u8>,
}

impl Traverse for Unpickler {
    fn traverse(&self, f: &mut dyn FnMut(&Value)) {
        if let Ok(s) = self.st.try_borrow() {
            s.memo.values().for_each(&mut *f);
            if let Some(inp) = &s.inp {
                inp.values().for_each(&mut *f);
            }
            [&s.pers, &s.buffers].into_iter().flatten().for_each(f);
        }
    }
    fn clear(&self, out: &mut Vec<Value>) {
        if let Ok(mut s) = self.st.try_borrow_mut() {
            out.extend(
                std::mem::take(&mut s.memo)
                    .entries()
                    .into_iter()
                    .map(|e| e.1),
            );
            if let Some(inp) = s.inp.take() {
                out.extend(inp.values().cloned());
            }
            out.extend(s.pers.take());
            out.extend(s.buffers.take());
        }
    }
}

pub(crate) fn new(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = new_cls(args, &types().unpickler)?;
    let u = Unpickler {
        st: RefCell::new(UState {
            inp: None,
            memo: UMemo::default(),
            pers: None,
            pers_self: false,
            buffers: None,
            encoding: "ASCII".to_string(),
            errors: "strict".to_string(),
            fix_imports: true,
        }),
        proto: Cell::new(0),
    };
    Ok(Value::obj(alloc_instance(cls, NativeObj::traced(u))))
}

fn this<'a>(args: &Args<'a>, name: &str) -> PyResult<(&'a Value, &'a Unpickler)> {
    crate::support::this::<Unpickler>(args, name, &types().unpickler)
}

fn state_of(v: &Value) -> PyResult<&Unpickler> {
    payload::<Unpickler>(v).ok_or_else(|| {
        error::type_error(format!(
            "descriptor requires a '_pickle.Unpickler' object but received '{}'",
            type_name_of(v)
        ))
    })
}

/// The keyword arguments `Unpickler`, `load` and `loads` share.
pub(crate) struct Options {
    pub(crate) fix_imports: bool,
    pub(crate) encoding: String,
    pub(crate) errors: String,
    /// An iterator over the out-of-band buffers.
    pub(crate) buffers: Option<Value>,
}

/// Binds `file`/`data` and the keyword-only options of `fname`.
pub(crate) fn bind_options(
    vm: &mut Vm,
    args: &Args,
    fname: &str,
    first: &str,
    posonly: bool,
) -> PyResult<(Value, Options)> {
    let npos = args.positional().len();
    if npos > 1 || (posonly && npos == 0) {
        return Err(error::type_error(format!(
            "{fname}() takes exactly 1 positional argument ({npos} given)"
        )));
    }
    let [file, fix, encoding, errors, buffers] = args.bind(
        fname,
        [first, "fix_imports", "encoding", "errors", "buffers"],
        1,
        usize::from(posonly),
    )?;
    let str_arg = |v: Option<Value>, name: &str, default: &str| -> PyResult<String> {
        match v {
            None => Ok(default.to_string()),
            Some(v) => match pystr::as_str(&v) {
                Some(s) => Ok(s.to_string()),
                None => Err(error::type_error(format!(
                    "{fname}() argument '{name}' must be str, not {}",
                    if v.is_none() {
                        "None".to_string()
                    } else {
                        type_name_of(&v)
                    }
                ))),
            },
        }
    };
    let encoding = str_arg(encoding, "encoding", "ASCII")?;
    let errors = str_arg(errors, "errors", "strict")?;
    let fix_imports = match &fix {
        Some(v) => truthy(vm, v)?,
        None => true,
    };
    let buffers = match buffers.filter(|b| !b.is_none()) {
        None => None,
        Some(b) => {
            let flow = protocols::get_iter(vm, b)?;
            Some(call::run_flow(vm, flow)?)
        }
    };
    Ok((
        file.unwrap_or(Value::NONE),
        Options {
            fix_imports,
            encoding,
            errors,
            buffers,
        },
    ))
}

/// `Unpickler(file, *, fix_imports=True, encoding='ASCII', errors='strict', buffers=())`.
pub(crate) fn init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, u) = this(args, "__init__")?;
    let (file, opts) = bind_options(vm, &args.rest(), "Unpickler", "file", false)?;
    let inp = Input::from_file(vm, &file)?;
    let (pers, pers_self) = method_ref(vm, me, "persistent_load")?;
    let old = {
        let mut s = u.st.borrow_mut();
        let old = (
            s.inp.replace(inp),
            std::mem::take(&mut s.memo),
            std::mem::replace(&mut s.pers, pers),
            std::mem::replace(&mut s.buffers, opts.buffers),
        );
        s.pers_self = pers_self;
        s.encoding = opts.encoding;
        s.errors = opts.errors;
        s.fix_imports = opts.fix_imports;
        old
    };
    u.proto.set(0);
    drop(old);
    Ok(Value::NONE)
}

/// `load()`: the next pickle of the file.
pub(crate) fn load(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (me, u) = this(args, "load")?;
    args.rest().exact("Unpickler.load", 0)?;
    let mut loader = {
        let mut s = u.st.borrow_mut();
        let Some(inp) = s.inp.take() else {
            drop(s);
            let name = typeobj::type_name(&a_type(me));
            return Err(unpickling_error(format!(
                "Unpickler.__init__() was not called by {name}.__init__()"
            )));
        };
        let mut l = Loader::new(super::state::state()?, inp);
        l.memo = std::mem::take(&mut s.memo);
        l.pers = s.pers.clone().map(|f| (f, s.pers_self.then(|| me.clone())));
        l.buffers = s.buffers.clone();
        l.encoding = s.encoding.clone();
        l.errors = s.errors.clone();
        l.fix_imports = s.fix_imports;
        l.me = Some(me.clone());
        l
    };
    let r = loader.load(vm);
    {
        let mut s = u.st.borrow_mut();
        s.inp = Some(std::mem::take(&mut loader.inp));
        s.memo = std::mem::take(&mut loader.memo);
    }
    drop(loader);
    r
}

/// Sets the protocol a load found (PROTO), for `find_class`.
pub(crate) fn set_proto(me: &Value, p: u8) {
    if let Some(u) = payload::<Unpickler>(me) {
        u.proto.set(p);
    }
}

/// `find_class(module_name, global_name)`.
pub(crate) fn find_class(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, u) = this(args, "find_class")?;
    let a = args.rest().exact("find_class", 2)?;
    let fix = u.st.borrow().fix_imports;
    super::load::find_class(
        vm,
        super::state::state()?,
        u.proto.get(),
        fix,
        a[0].clone(),
        a[1].clone(),
    )
}

pub(crate) fn sizeof(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let (_, u) = this(args, "__sizeof__")?;
    let s = u.st.borrow();
    let n = std::mem::size_of::<Unpickler>()
        + 16
        + std::mem::size_of::<Value>() * s.memo.len()
        + s.encoding.len()
        + s.errors.len();
    Ok(int::from_i64(n as i64))
}

fn deletion() -> error::PyErr {
    error::type_error("attribute deletion is not supported")
}

pub(crate) fn get_memo(_vm: &mut Vm, me: &Value) -> PyResult<Value> {
    state_of(me)?;
    Ok(super::proxy::new_unpickler_proxy(me))
}

pub(crate) fn set_memo(vm: &mut Vm, me: &Value, v: Option<Value>) -> PyResult<()> {
    let u = state_of(me)?;
    let v = v.ok_or_else(deletion)?;
    let entries = super::proxy::unpickler_memo_from(vm, &v)?;
    let mut memo = UMemo::default();
    for (i, obj) in entries {
        memo.put(i, obj);
    }
    let old = std::mem::replace(&mut u.st.borrow_mut().memo, memo);
    drop(old);
    Ok(())
}

pub(crate) fn memo_entries(me: &Value) -> Vec<(usize, Value)> {
    payload::<Unpickler>(me).map_or_else(Vec::new, |u| u.st.borrow().memo.entries())
}

pub(crate) fn memo_clear(me: &Value) {
    if let Some(u) = payload::<Unpickler>(me) {
        let old = std::mem::take(&mut u.st.borrow_mut().memo);
        drop(old);
    }
}

pub(crate) fn get_persload(_vm: &mut Vm, me: &Value) -> PyResult<Value> {
    let u = state_of(me)?;
    let s = u.st.borrow();
    match &s.pers {
        None => Err(error::attribute_error("persistent_load")),
        Some(f) if s.pers_self => Ok(weft_vm::objects::method::new_method(f.clone(), me.clone())),
        Some(f) => Ok(f.clone()),
    }
}

pub(crate) fn set_persload(_vm: &mut Vm, me: &Value, v: Option<Value>) -> PyResult<()> {
    let u = state_of(me)?;
    let v = v.ok_or_else(deletion)?;
    if !is_callable(&v) {
        return Err(error::type_error(
            "persistent_load must be a callable taking one argument",
        ));
    }
    let old = {
        let mut s = u.st.borrow_mut();
        s.pers_self = false;
        s.pers.replace(v)
    };
    drop(old);
    Ok(())
}

/// `load`'s and `loads`'s shared path: one pickle with a fresh unpickler.
pub(crate) fn load_once(vm: &mut Vm, inp: Input, opts: Options) -> PyResult<Value> {
    let mut loader = Loader::new(super::state::state()?, inp);
    loader.buffers = opts.buffers;
    loader.encoding = opts.encoding;
    loader.errors = opts.errors;
    loader.fix_imports = opts.fix_imports;
    loader.load(vm)
}
