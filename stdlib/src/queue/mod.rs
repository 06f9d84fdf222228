//! `_queue`: `SimpleQueue`, the unbounded FIFO queue that `queue.SimpleQueue` is, and `Empty`. The
//! items sit in a deque touched under the GIL; a gate counts them, so a `get` that must wait does so
//! without the GIL until a `put` on another thread adds one. `put` never blocks and takes no lock a
//! Python-level caller could hold, so it may be called from a finaliser or a signal handler.
use crate::support;
use crate::thread::gate::Gate;
use std::cell::RefCell;
use std::collections::VecDeque;
use std::sync::OnceLock;
use std::time::Duration;
use weft_vm::heap::{GilShared, ObjRef, Value};
use weft_vm::interp::error::{self, PyErr, PyResult};
use weft_vm::interp::{ops, Vm};
use weft_vm::objects::builtin::Args;
use weft_vm::objects::method_support::{alloc_instance, class_getitem, new_cls};
use weft_vm::objects::native::{NativeObj, Traverse};
use weft_vm::objects::register::{classmethods, methods, statics};
use weft_vm::objects::{int, module, types};

struct Types {
    simple_queue: ObjRef,
    empty: ObjRef,
}

static TYPES: OnceLock<GilShared<Types>> = OnceLock::new();

fn qtypes() -> &'static Types {
    &TYPES
        .get_or_init(|| {
            let q = support::native_type("_queue.SimpleQueue", true);
            register(&q);
            let empty =
                weft_vm::interp::exc::new_exception_class("_queue", "Empty", &types().exception);
            weft_vm::objects::typeobj::tdata(&empty).dict.set_rs(
                "__doc__",
                weft_vm::objects::str::new_str(
                    "Exception raised by Queue.get(block=0)/get_nowait().",
                ),
            );
            GilShared(Types {
                simple_queue: q,
                empty,
            })
        })
        .0
}

/// Whether instances of `ty` take weak references (a `SimpleQueue` does).
pub(crate) fn weakrefable(ty: &ObjRef) -> bool {
    TYPES
        .get()
        .is_some_and(|t| weft_vm::objects::typeobj::is_subtype(ty, &t.0.simple_queue))
}

struct SimpleQueue {
    items: RefCell<VecDeque<Value>>,
    /// One unit per item in `items`.
    count: Gate,
}

impl Traverse for SimpleQueue {
    fn traverse(&self, f: &mut dyn FnMut(&Value)) {
        self.items.traverse(f);
    }
    fn clear(&self, out: &mut Vec<Value>) {
        self.items.clear(out);
    }
}

fn this<'a>(args: &Args<'a>, name: &str) -> PyResult<&'a SimpleQueue> {
    support::this::<SimpleQueue>(args, name, &qtypes().simple_queue).map(|(_, q)| q)
}

fn new(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let cls = new_cls(args, &qtypes().simple_queue)?;
    if !args.kwnames.is_empty() {
        return Err(error::type_error(
            "SimpleQueue() takes no keyword arguments",
        ));
    }
    if args.all.len() > 1 {
        return Err(error::type_error("SimpleQueue() takes no arguments"));
    }
    Ok(Value::obj(alloc_instance(
        cls,
        NativeObj::traced(SimpleQueue {
            items: RefCell::new(VecDeque::new()),
            count: Gate::default(),
        }),
    )))
}

/// `put(item, block=True, timeout=None)`: the queue is unbounded, so `block` and `timeout` are
/// accepted and ignored, as by `queue.Queue`.
fn put(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let q = this(args, "put")?;
    let [item, _block, _timeout] = args
        .rest()
        .bind("put", ["item", "block", "timeout"], 1, 0)?;
    q.items.borrow_mut().push_back(item.unwrap_or(Value::NONE));
    q.count.add();
    Ok(Value::NONE)
}

fn put_nowait(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let q = this(args, "put_nowait")?;
    let [item] = args.rest().bind("put_nowait", ["item"], 1, 0)?;
    q.items.borrow_mut().push_back(item.unwrap_or(Value::NONE));
    q.count.add();
    Ok(Value::NONE)
}

/// The wait a `get(block, timeout)` allows (`None`: forever); the timeout is read as a lock's is.
fn wait_of(
    vm: &mut Vm,
    block: Option<Value>,
    timeout: Option<Value>,
) -> PyResult<Option<Duration>> {
    let block = match block {
        Some(b) => ops::truthy(vm, &b)?,
        None => true,
    };
    if !block {
        return Ok(Some(Duration::ZERO));
    }
    let Some(t) = timeout.filter(|t| !t.is_none()) else {
        return Ok(None);
    };
    let secs = crate::thread::lock::seconds(&t)?;
    if secs < 0.0 {
        return Err(error::value_error(
            "'timeout' must be a non-negative number",
        ));
    }
    Ok(Some(Duration::from_secs_f64(secs)))
}

fn take(vm: &mut Vm, q: &SimpleQueue, wait: Option<Duration>) -> PyResult<Value> {
    if !q.count.take(vm, wait)? {
        return Err(PyErr::no_msg(&qtypes().empty));
    }
    // The unit taken stands for an item that nothing else can take.
    q.items
        .borrow_mut()
        .pop_front()
        .ok_or_else(|| error::system_error("SimpleQueue lost an item"))
}

/// `get(block=True, timeout=None)`.
fn get(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let q = this(args, "get")?;
    let [block, timeout] = args.rest().bind("get", ["block", "timeout"], 0, 0)?;
    let wait = wait_of(vm, block, timeout)?;
    take(vm, q, wait)
}

fn get_nowait(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let q = this(args, "get_nowait")?;
    args.rest().exact("get_nowait", 0)?;
    take(vm, q, Some(Duration::ZERO))
}

fn empty(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let q = this(args, "empty")?;
    args.rest().exact("empty", 0)?;
    Ok(Value::bool(q.items.borrow().is_empty()))
}

fn qsize(_vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let q = this(args, "qsize")?;
    args.rest().exact("qsize", 0)?;
    Ok(int::from_i64(q.items.borrow().len() as i64))
}

fn register(ty: &ObjRef) {
    statics(ty, &[("__new__", new)]);
    methods(
        ty,
        &[
            ("put", put),
            ("put_nowait", put_nowait),
            ("get", get),
            ("get_nowait", get_nowait),
            ("empty", empty),
            ("qsize", qsize),
        ],
    );
    classmethods(ty, &[("__class_getitem__", class_getitem)]);
    support::set_doc(ty, "Simple, unbounded, reentrant FIFO queue.");
}

/// Builds the `_queue` module.
pub fn init(_vm: &mut Vm) -> PyResult<ObjRef> {
    let t = qtypes();
    let m = module::new_module("_queue");
    let d = module::module_dict(&m).expect("module dict");
    d.set_rs("SimpleQueue", Value::obj(t.simple_queue.clone()));
    d.set_rs("Empty", Value::obj(t.empty.clone()));
    Ok(m)
}
