//! The `_random` module: `Random`, CPython's Mersenne Twister generator, which `random.Random`
//! subclasses. Seeding, `random()`, `getrandbits()` and the state tuple match CPython bit for bit, so a
//! seeded program draws the same numbers under weft.
mod mt;

use mt::{Twister, N};
use num_bigint::{BigInt, BigUint, Sign};
use num_traits::{Signed, ToPrimitive};
use std::cell::RefCell;
use std::sync::OnceLock;
use weft_vm::heap::{GilShared, ObjRef, Value};
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::{ops, protocols, Vm};
use weft_vm::objects::builtin::Args;
use weft_vm::objects::method_support::{alloc_instance, new_cls};
use weft_vm::objects::native::NativeObj;
use weft_vm::objects::register::{methods, statics};
use weft_vm::objects::typeobj;
use weft_vm::objects::{int, str as pystr, tuple};

static RANDOM: OnceLock<GilShared<ObjRef>> = OnceLock::new();

fn random_type() -> &'static ObjRef {
    &RANDOM
        .get_or_init(|| {
            let ty = crate::support::native_type("_random.Random", true);
            register(&ty);
            GilShared(ty)
        })
        .0
}

type Gen = RefCell<Twister>;

fn this<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a Gen> {
    crate::support::this::<Gen>(args, name, random_type()).map(|(_, g)| g)
}

/// The 32-bit words of the key a seed value gives: the absolute value of an int, else its hash
/// as an unsigned machine word.
fn seed_key(vm: &mut Vm, arg: &Value) -> PyResult<Vec<u32>> {
    let n = match int::to_big(arg) {
        // `int.__abs__` even for a subclass that overrides `__abs__`, as CPython.
        Some(b) => b.abs().to_biguint().unwrap_or_default(),
        None => BigUint::from(ops::hash(vm, arg)? as u64),
    };
    Ok(n.to_u32_digits())
}

/// Seeds from `arg`, or from the OS's entropy (else the time and pid) for `None`.
fn seed_from(vm: &mut Vm, g: &Gen, arg: Option<&Value>) -> PyResult<()> {
    let key = match arg.filter(|a| !a.is_none()) {
        Some(a) => seed_key(vm, a)?,
        None => entropy_key(),
    };
    g.borrow_mut().seed_key(&key);
    Ok(())
}

/// A full state's worth of `/dev/urandom`, falling back on the time and process id.
fn entropy_key() -> Vec<u32> {
    use std::io::Read;
    let mut buf = [0u8; N * 4];
    let read = std::fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(&mut buf));
    if read.is_ok() {
        return buf
            .chunks_exact(4)
            .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect();
    }
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos() as u64);
    vec![now as u32, (now >> 32) as u32, std::process::id(), 0, 0]
}

fn new(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = new_cls(args, random_type())?;
    let g: Gen = RefCell::new(Twister::from_key(&[0]));
    Ok(Value::obj(alloc_instance(cls, NativeObj::new(g))))
}

/// `Random(seed=None)`. Keywords are refused unless a subclass brings its own `__init__`.
fn init(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let g = this(args, "__init__")?;
    let rest = args.rest();
    if rest.has_kwargs() {
        let ours = typeobj::tdata(random_type()).dict.get_rs("__init__");
        let theirs = typeobj::lookup_str(&ops::a_type(&args.all[0]), "__init__");
        if ours.map(|v| v.bits()) == theirs.map(|v| v.bits()) {
            return Err(error::type_error("Random() takes no keyword arguments"));
        }
    }
    let pos = rest.positional();
    if pos.len() > 1 {
        return Err(error::type_error("Random() requires 0 or 1 argument"));
    }
    seed_from(vm, g, pos.first())?;
    Ok(Value::NONE)
}

fn random(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let g = this(args, "random")?;
    args.rest().exact("Random.random", 0)?;
    let x = g.borrow_mut().next_f64();
    Ok(Value::float(x))
}

fn seed(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let g = this(args, "seed")?;
    let a = args.rest().range("seed", 0, 1)?;
    seed_from(vm, g, a.first())?;
    Ok(Value::NONE)
}

fn getstate(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let g = this(args, "getstate")?;
    args.rest().exact("Random.getstate", 0)?;
    let t = g.borrow();
    let mut items: Vec<Value> = t.state.iter().map(|&w| int::from_i64(w as i64)).collect();
    items.push(int::from_i64(t.index as i64));
    Ok(tuple::new_tuple(items))
}

/// `PyLong_AsUnsignedLong`: ints only (no `__index__`), truncated to the 32 bits the state keeps.
fn state_word(v: &Value) -> PyResult<u32> {
    let Some(b) = int::to_big(v) else {
        return Err(error::type_error("an integer is required"));
    };
    if b.sign() == Sign::Minus {
        return Err(error::overflow_error(
            "can't convert negative value to unsigned int",
        ));
    }
    b.to_u64()
        .map(|w| w as u32)
        .ok_or_else(|| error::overflow_error("Python int too large to convert to C unsigned long"))
}

fn setstate(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let g = this(args, "setstate")?;
    let a = args.rest().exact("Random.setstate", 1)?;
    let Some(items) = tuple::as_tuple(&a[0]) else {
        return Err(error::type_error("state vector must be a tuple"));
    };
    if items.len() != N + 1 {
        return Err(error::value_error("state vector is the wrong size"));
    }
    let mut state = [0u32; N];
    for (w, v) in state.iter_mut().zip(items) {
        *w = state_word(v)?;
    }
    let index = protocols::index(vm, &items[N])?;
    let index = index
        .to_i64()
        .ok_or_else(|| error::overflow_error("Python int too large to convert to C long"))?;
    if !(0..=N as i64).contains(&index) {
        return Err(error::value_error("invalid state"));
    }
    let mut t = g.borrow_mut();
    t.state = state;
    t.index = index as usize;
    Ok(Value::NONE)
}

fn getrandbits(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let g = this(args, "getrandbits")?;
    let a = args.rest().exact("Random.getrandbits", 1)?;
    let k = protocols::index(vm, &a[0])?
        .to_i32()
        .ok_or_else(|| error::overflow_error("Python int too large to convert to C int"))?;
    if k < 0 {
        return Err(error::value_error("number of bits must be non-negative"));
    }
    if k == 0 {
        return Ok(int::from_i64(0));
    }
    let words = g.borrow_mut().bits(k as usize);
    Ok(int::from_big(BigInt::from(BigUint::new(words))))
}

fn register(ty: &ObjRef) {
    crate::support::set_doc(
        ty,
        "Random() -> create a random number generator with its own internal state.",
    );
    statics(ty, &[("__new__", new)]);
    crate::support::refuse_pickling(ty);
    methods(
        ty,
        &[
            ("__init__", init),
            ("random", random),
            ("seed", seed),
            ("getstate", getstate),
            ("setstate", setstate),
            ("getrandbits", getrandbits),
        ],
    );
    crate::support::method_docs(
        ty,
        &[
            ("random", "random() -> x in the interval [0, 1)."),
            ("seed", "seed([n]) -> None.\n\nDefaults to use urandom and falls back to a combination\nof the current time and the process identifier."),
            ("getstate", "getstate() -> tuple containing the current state."),
            ("setstate", "setstate(state) -> None.  Restores generator state."),
            ("getrandbits", "getrandbits(k) -> x.  Generates an int with k random bits."),
        ],
    );
}

/// Builds the `_random` module.
pub(crate) fn init_module(_vm: &mut Vm) -> PyResult<ObjRef> {
    let m = weft_vm::objects::module::new_module("_random");
    if let Some(d) = weft_vm::objects::module::module_dict(&m) {
        d.set_rs("Random", Value::obj(random_type().clone()));
        d.set_rs(
            "__doc__",
            pystr::new_str("Module implements the Mersenne Twister random number generator."),
        );
    }
    Ok(m)
}
