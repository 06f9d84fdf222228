//! The `_heapq` module: the heap operations on a list (min-heaps, and the `_max` helpers that
//! `heapq.merge`/`nlargest` use). Items compare with `<` through the vm's rich comparison, which may run
//! Python code that changes the list: a size change is reported as CPython does, and the items are
//! re-read after every comparison.
use crate::support::lt;
use weft_vm::heap::{ObjRef, Value};
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::{ops, Vm};
use weft_vm::objects::builtin::Args;
use weft_vm::objects::list::{self, List};

const DOC: &str = "Heap queue algorithm (a.k.a. priority queue).\n\nHeaps are arrays for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for\nall k, counting elements from 0.  For the sake of comparison,\nnon-existing elements are considered to be infinite.  The interesting\nproperty of a heap is that a[0] is always its smallest element.\n\nUsage:\n\nheap = []            # creates an empty heap\nheappush(heap, item) # pushes a new item on the heap\nitem = heappop(heap) # pops the smallest item from the heap\nitem = heap[0]       # smallest item on the heap without popping it\nheapify(x)           # transforms list into a heap, in-place, in linear time\nitem = heapreplace(heap, item) # pops and returns smallest item, and adds\n                               # new item; the heap size is unchanged\n\nOur API differs from textbook heap algorithms as follows:\n\n- We use 0-based indexing.  This makes the relationship between the\n  index for a node and the indexes for its children slightly less\n  obvious, but is more suitable since Python uses 0-based indexing.\n\n- Our heappop() method returns the smallest item, not the largest.\n\nThese two make it possible to view the heap as a regular Python list\nwithout surprises: heap[0] is the smallest item, and heap.sort()\nmaintains the heap invariant!\n";

/// `a < b` for a min-heap, `b < a` for a max-heap.
fn before(vm: &mut Vm, max: bool, a: &Value, b: &Value) -> PyResult<bool> {
    if max {
        lt(vm, b, a)
    } else {
        lt(vm, a, b)
    }
}

fn item(l: &List, i: usize) -> Value {
    l.items.borrow().get(i).cloned().unwrap_or(Value::NONE)
}

fn changed() -> error::PyErr {
    error::runtime_error("list changed size during iteration")
}

/// Moves the item at `pos` up towards `start` while it is smaller than its parent.
fn sift_down(vm: &mut Vm, l: &List, start: usize, mut pos: usize, max: bool) -> PyResult<()> {
    let size = l.len();
    while pos > start {
        let parentpos = (pos - 1) >> 1;
        let (newitem, parent) = (item(l, pos), item(l, parentpos));
        let smaller = before(vm, max, &newitem, &parent)?;
        if size != l.len() {
            return Err(changed());
        }
        if !smaller {
            break;
        }
        l.items.borrow_mut().swap(pos, parentpos);
        pos = parentpos;
    }
    Ok(())
}

/// Moves the smaller child up from `pos` to a leaf, then the item there down into place.
fn sift_up(vm: &mut Vm, l: &List, mut pos: usize, max: bool) -> PyResult<()> {
    let end = l.len();
    let start = pos;
    if pos >= end {
        return Err(error::index_error("index out of range"));
    }
    let limit = end >> 1;
    while pos < limit {
        let mut child = 2 * pos + 1;
        if child + 1 < end {
            let (a, b) = (item(l, child), item(l, child + 1));
            if !before(vm, max, &a, &b)? {
                child += 1;
            }
            if end != l.len() {
                return Err(changed());
            }
        }
        l.items.borrow_mut().swap(child, pos);
        pos = child;
    }
    sift_down(vm, l, start, pos, max)
}

/// The list argument, with Argument Clinic's message (`argument` alone, or `argument 1`).
fn list_arg<'a>(v: &'a Value, fname: &str, numbered: bool) -> PyResult<&'a List> {
    list::as_list(v).ok_or_else(|| {
        error::type_error(format!(
            "{fname}() argument{} must be list, not {}",
            if numbered { " 1" } else { "" },
            ops::type_name_of(v)
        ))
    })
}

fn heappush(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("heappush", 2)?;
    let l = list_arg(&a[0], "heappush", true)?;
    l.items.borrow_mut().push(a[1].clone());
    sift_down(vm, l, 0, l.len() - 1, false)?;
    Ok(Value::NONE)
}

fn pop_impl(vm: &mut Vm, args: &Args, fname: &str, max: bool) -> PyResult<Value> {
    let a = args.exact(fname, 1)?;
    let l = list_arg(&a[0], fname, false)?;
    let Some(last) = l.items.borrow_mut().pop() else {
        return Err(error::index_error("index out of range"));
    };
    if l.is_empty() {
        return Ok(last);
    }
    let top = std::mem::replace(&mut l.items.borrow_mut()[0], last);
    sift_up(vm, l, 0, max)?;
    Ok(top)
}

fn heappop(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    pop_impl(vm, args, "heappop", false)
}

fn heappop_max(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    pop_impl(vm, args, "_heappop_max", true)
}

fn replace_impl(vm: &mut Vm, args: &Args, fname: &str, max: bool) -> PyResult<Value> {
    let a = args.exact(fname, 2)?;
    let l = list_arg(&a[0], fname, true)?;
    if l.is_empty() {
        return Err(error::index_error("index out of range"));
    }
    let top = std::mem::replace(&mut l.items.borrow_mut()[0], a[1].clone());
    sift_up(vm, l, 0, max)?;
    Ok(top)
}

fn heapreplace(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    replace_impl(vm, args, "heapreplace", false)
}

fn heapreplace_max(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    replace_impl(vm, args, "_heapreplace_max", true)
}

fn heappushpop(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    let a = args.exact("heappushpop", 2)?;
    let l = list_arg(&a[0], "heappushpop", true)?;
    let x = &a[1];
    if l.is_empty() {
        return Ok(x.clone());
    }
    let top = item(l, 0);
    if !lt(vm, &top, x)? {
        return Ok(x.clone());
    }
    if l.is_empty() {
        return Err(error::index_error("index out of range"));
    }
    let top = std::mem::replace(&mut l.items.borrow_mut()[0], x.clone());
    sift_up(vm, l, 0, false)?;
    Ok(top)
}

fn heapify_impl(vm: &mut Vm, args: &Args, fname: &str, max: bool) -> PyResult<Value> {
    let a = args.exact(fname, 1)?;
    let l = list_arg(&a[0], fname, false)?;
    let n = l.len();
    for i in (0..n / 2).rev() {
        sift_up(vm, l, i, max)?;
    }
    Ok(Value::NONE)
}

fn heapify(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    heapify_impl(vm, args, "heapify", false)
}

fn heapify_max(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    heapify_impl(vm, args, "_heapify_max", true)
}

/// Builds the `_heapq` module.
pub fn init(_vm: &mut Vm) -> PyResult<ObjRef> {
    let m = crate::support::module_with_docs(
        "_heapq",
        &[
            ("heappush", heappush, "Push item onto heap, maintaining the heap invariant."),
            ("heappop", heappop, "Pop the smallest item off the heap, maintaining the heap invariant."),
            ("heapreplace", heapreplace, "Pop and return the current smallest value, and add the new item.\n\nThis is more efficient than heappop() followed by heappush(), and can be\nmore appropriate when using a fixed-size heap.  Note that the value\nreturned may be larger than item!  That constrains reasonable uses of\nthis routine unless written as part of a conditional replacement:\n\n    if item > heap[0]:\n        item = heapreplace(heap, item)"),
            ("heappushpop", heappushpop, "Push item on the heap, then pop and return the smallest item from the heap.\n\nThe combined action runs more efficiently than heappush() followed by\na separate call to heappop()."),
            ("heapify", heapify, "Transform list into a heap, in-place, in O(len(heap)) time."),
            ("_heappop_max", heappop_max, "Maxheap variant of heappop."),
            ("_heapreplace_max", heapreplace_max, "Maxheap variant of heapreplace."),
            ("_heapify_max", heapify_max, "Maxheap variant of heapify."),
        ],
    );
    let d = weft_vm::objects::module::module_dict(&m).expect("module dict");
    d.set_rs("__doc__", weft_vm::objects::str::new_str(DOC));
    Ok(m)
}
