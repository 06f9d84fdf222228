//! `range`, `slice`, the iterator types and their constructors, and `memoryview` (expected values from
//! CPython 3.11).
mod containers_support;
use containers_support::*;
use weft_vm::heap::Value;
use weft_vm::interp::attr;
use weft_vm::objects::{bytearray, bytes, types};

fn range(vm: &mut weft_vm::interp::Vm, args: &[i64]) -> Value {
    callb(vm, "range", ints(args)).unwrap()
}

#[test]
fn range_methods() {
    let mut vm = vm();
    let r = range(&mut vm, &[0, 10, 3]);
    assert_eq!(repr(&mut vm, &r), "range(0, 10, 3)");
    let r5 = range(&mut vm, &[5]);
    assert_eq!(repr(&mut vm, &r5), "range(0, 5)");
    let x = meth(&mut vm, &r, "index", vec![i(6)]);
    assert_eq!(show(&mut vm, x), "2");
    let x = meth(&mut vm, &r, "index", vec![i(7)]);
    assert_eq!(show(&mut vm, x), "ValueError: 7 is not in range");
    let x = meth(&mut vm, &r, "count", vec![i(9)]);
    assert_eq!(show(&mut vm, x), "1");
    let x = meth(&mut vm, &r, "__getitem__", vec![i(-1)]);
    assert_eq!(show(&mut vm, x), "9");
    let x = meth(&mut vm, &r, "__contains__", vec![i(3)]);
    assert_eq!(show(&mut vm, x), "True");
    let x = meth(&mut vm, &r, "__len__", vec![]);
    assert_eq!(show(&mut vm, x), "4");
    let rev = meth(&mut vm, &r, "__reversed__", vec![]).unwrap();
    let x = meth(&mut vm, &rev, "__length_hint__", vec![]);
    assert_eq!(show(&mut vm, x), "4");
    let x = callb(&mut vm, "list", vec![rev]);
    assert_eq!(show(&mut vm, x), "[9, 6, 3, 0]");
    for (name, want) in [("start", "0"), ("stop", "10"), ("step", "3")] {
        let x = attr::getattr(&mut vm, &r, name);
        assert_eq!(show(&mut vm, x), want);
    }
    let x = callb(&mut vm, "range", vec![i(1), i(2), i(0)]);
    assert_eq!(
        show(&mut vm, x),
        "ValueError: range() arg 3 must not be zero"
    );
    let x = callb(&mut vm, "range", vec![]);
    assert_eq!(
        show(&mut vm, x),
        "TypeError: range expected at least 1 argument, got 0"
    );
    let x = callb(&mut vm, "range", vec![Value::float(1.5)]);
    assert_eq!(
        show(&mut vm, x),
        "TypeError: 'float' object cannot be interpreted as an integer"
    );
    // hash(range) is the hash of (len, start, step) with None where the length makes it irrelevant.
    let r1 = range(&mut vm, &[1, 10, 2]);
    let h1 = callb(&mut vm, "hash", vec![r1]);
    let h2 = callb(&mut vm, "hash", vec![t(ints(&[5, 1, 2]))]);
    assert_eq!(show(&mut vm, h1), show(&mut vm, h2));
    let r0 = range(&mut vm, &[3, 3]);
    let h1 = callb(&mut vm, "hash", vec![r0]);
    let h2 = callb(
        &mut vm,
        "hash",
        vec![t(vec![i(0), Value::NONE, Value::NONE])],
    );
    assert_eq!(show(&mut vm, h1), show(&mut vm, h2));
    let a = range(&mut vm, &[0, 3]);
    let b3 = range(&mut vm, &[0, 3, 1]);
    let x = meth(&mut vm, &a, "__eq__", vec![b3.clone()]);
    assert_eq!(show(&mut vm, x), "True");
    let x = meth(&mut vm, &a, "__lt__", vec![b3]);
    assert_eq!(show(&mut vm, x), "NotImplemented");
    let x = meth(&mut vm, &r, "__reduce__", vec![]);
    assert_eq!(show(&mut vm, x), "(<class 'range'>, (0, 10, 3))");
}

#[test]
fn slice_methods() {
    let mut vm = vm();
    let sl = callb(&mut vm, "slice", vec![i(1), i(2)]).unwrap();
    assert_eq!(repr(&mut vm, &sl), "slice(1, 2, None)");
    let x = meth(&mut vm, &sl, "indices", vec![i(10)]);
    assert_eq!(show(&mut vm, x), "(1, 2, 1)");
    let back = callb(&mut vm, "slice", vec![Value::NONE, Value::NONE, i(-1)]).unwrap();
    let x = meth(&mut vm, &back, "indices", vec![i(10)]);
    assert_eq!(show(&mut vm, x), "(9, -1, -1)");
    let x = meth(&mut vm, &sl, "indices", vec![i(-1)]);
    assert_eq!(
        show(&mut vm, x),
        "ValueError: length should not be negative"
    );
    let zero = callb(&mut vm, "slice", vec![i(1), i(2), i(0)]).unwrap();
    let x = meth(&mut vm, &zero, "indices", vec![i(10)]);
    assert_eq!(show(&mut vm, x), "ValueError: slice step cannot be zero");
    let bad = callb(&mut vm, "slice", vec![s("a")]).unwrap();
    let x = meth(&mut vm, &bad, "indices", vec![i(5)]);
    assert_eq!(
        show(&mut vm, x),
        "TypeError: slice indices must be integers or None or have an __index__ method"
    );
    let x = callb(&mut vm, "hash", vec![sl.clone()]);
    assert_eq!(show(&mut vm, x), "TypeError: unhashable type: 'slice'");
    let x = attr::getattr(&mut vm, &sl, "stop");
    assert_eq!(show(&mut vm, x), "2");
    let other = callb(&mut vm, "slice", vec![i(1), i(3)]).unwrap();
    let x = meth(&mut vm, &sl, "__lt__", vec![other]);
    assert_eq!(show(&mut vm, x), "True");
}

#[test]
fn iterator_constructors() {
    let mut vm = vm();
    let e = callb(&mut vm, "enumerate", vec![l(ints(&[5, 6])), i(10)]).unwrap();
    let x = callb(&mut vm, "list", vec![e]);
    assert_eq!(show(&mut vm, x), "[(10, 5), (11, 6)]");
    let x = callb(&mut vm, "enumerate", vec![]);
    assert_eq!(
        show(&mut vm, x),
        "TypeError: enumerate() missing required argument 'iterable'"
    );
    let z = callb(&mut vm, "zip", vec![l(ints(&[1, 2])), l(ints(&[3]))]).unwrap();
    let x = callb(&mut vm, "list", vec![z]);
    assert_eq!(show(&mut vm, x), "[(1, 3)]");
    let zip = b(&vm, "zip");
    let z = weft_vm::interp::call::call_value_kw(
        &mut vm,
        &zip,
        vec![l(ints(&[1, 2])), l(ints(&[3]))],
        vec![("strict", Value::TRUE)],
    )
    .unwrap();
    let x = callb(&mut vm, "list", vec![z]);
    assert_eq!(
        show(&mut vm, x),
        "ValueError: zip() argument 2 is shorter than argument 1"
    );
    let pow = b(&vm, "pow");
    let m = callb(&mut vm, "map", vec![pow, l(ints(&[2, 3])), l(ints(&[2]))]).unwrap();
    let x = callb(&mut vm, "list", vec![m]);
    assert_eq!(show(&mut vm, x), "[4]");
    let len = b(&vm, "len");
    let x = callb(&mut vm, "map", vec![len]);
    assert_eq!(
        show(&mut vm, x),
        "TypeError: map() must have at least two arguments."
    );
    let f = callb(&mut vm, "filter", vec![Value::NONE, l(ints(&[0, 1, 2]))]).unwrap();
    let x = callb(&mut vm, "list", vec![f]);
    assert_eq!(show(&mut vm, x), "[1, 2]");
    let rv = callb(&mut vm, "reversed", vec![t(ints(&[1, 2, 3]))]).unwrap();
    let x = meth(&mut vm, &rv, "__length_hint__", vec![]);
    assert_eq!(show(&mut vm, x), "3");
    let x = callb(&mut vm, "type", vec![rv.clone()]);
    assert_eq!(show(&mut vm, x), "<class 'reversed'>");
    let x = callb(&mut vm, "list", vec![rv]);
    assert_eq!(show(&mut vm, x), "[3, 2, 1]");
    let x = callb(&mut vm, "reversed", vec![i(1)]);
    assert_eq!(
        show(&mut vm, x),
        "TypeError: 'int' object is not reversible"
    );
    let x = callb(&mut vm, "reversed", vec![l(ints(&[1, 2]))]);
    let x = x.map(|it| callb(&mut vm, "type", vec![it]).unwrap());
    assert_eq!(show(&mut vm, x), "<class 'list_reverseiterator'>");
}

#[test]
fn reversed_over_sequences_without_reversed() {
    let mut vm = vm();
    // A tuple subclass has no `__reversed__`: it is read backwards through `__getitem__`.
    let tt = b(&vm, "tuple");
    let sub = class(&mut vm, "Seq", vec![tt], vec![]);
    let x = call(&mut vm, &sub, vec![l(ints(&[1, 2, 3]))]).unwrap();
    let rv = callb(&mut vm, "reversed", vec![x]).unwrap();
    let h = meth(&mut vm, &rv, "__length_hint__", vec![]);
    assert_eq!(show(&mut vm, h), "3");
    let first = meth(&mut vm, &rv, "__next__", vec![]);
    assert_eq!(show(&mut vm, first), "3");
    let ty = callb(&mut vm, "type", vec![rv.clone()]);
    assert_eq!(show(&mut vm, ty), "<class 'reversed'>");
    let rest = callb(&mut vm, "list", vec![rv.clone()]);
    assert_eq!(show(&mut vm, rest), "[2, 1]");
    let h = meth(&mut vm, &rv, "__length_hint__", vec![]);
    assert_eq!(show(&mut vm, h), "0");
    // A list subclass that sets `__reversed__ = None` is refused.
    let lt = b(&vm, "list");
    let norev = class(
        &mut vm,
        "NoRev",
        vec![lt],
        vec![("__reversed__", Value::NONE)],
    );
    let y = call(&mut vm, &norev, vec![l(ints(&[1]))]).unwrap();
    let r = callb(&mut vm, "reversed", vec![y]);
    assert_eq!(
        show(&mut vm, r),
        "TypeError: 'NoRev' object is not reversible"
    );
}

#[test]
fn iterator_protocol_and_length_hints() {
    let mut vm = vm();
    let it = callb(&mut vm, "iter", vec![l(ints(&[1, 2, 3]))]).unwrap();
    let x = meth(&mut vm, &it, "__next__", vec![]);
    assert_eq!(show(&mut vm, x), "1");
    let x = meth(&mut vm, &it, "__length_hint__", vec![]);
    assert_eq!(show(&mut vm, x), "2");
    let x = meth(&mut vm, &it, "__iter__", vec![]).unwrap();
    assert_eq!(x.bits(), it.bits());
    let st = callb(&mut vm, "iter", vec![s("héllo")]).unwrap();
    let x = meth(&mut vm, &st, "__length_hint__", vec![]);
    assert_eq!(show(&mut vm, x), "5");
    let set = callb(&mut vm, "set", vec![l(ints(&[1, 2]))]).unwrap();
    let si = callb(&mut vm, "iter", vec![set]).unwrap();
    let x = meth(&mut vm, &si, "__length_hint__", vec![]);
    assert_eq!(show(&mut vm, x), "2");
    let e = callb(&mut vm, "iter", vec![l(vec![])]).unwrap();
    let x = meth(&mut vm, &e, "__next__", vec![]);
    assert_eq!(show(&mut vm, x), "StopIteration");
    let big = callb(&mut vm, "range", vec![i(1 << 40), i(1 << 41)]).unwrap();
    let bi = callb(&mut vm, "iter", vec![big]).unwrap();
    let x = meth(&mut vm, &bi, "__length_hint__", vec![]);
    assert_eq!(show(&mut vm, x), (1i64 << 40).to_string());
}

#[test]
fn memoryview_over_bytes_and_bytearray() {
    let mut vm = vm();
    let mv = Value::obj(types().memoryview.clone());
    let m = call(&mut vm, &mv, vec![bytes::new_bytes(b"abcdef".to_vec())]).unwrap();
    let x = meth(&mut vm, &m, "tolist", vec![]);
    assert_eq!(show(&mut vm, x), "[97, 98, 99, 100, 101, 102]");
    let x = meth(&mut vm, &m, "__getitem__", vec![i(-1)]);
    assert_eq!(show(&mut vm, x), "102");
    let x = meth(&mut vm, &m, "__getitem__", vec![i(9)]);
    assert_eq!(
        show(&mut vm, x),
        "IndexError: index out of bounds on dimension 1"
    );
    let step = callb(&mut vm, "slice", vec![Value::NONE, Value::NONE, i(-2)]).unwrap();
    let sub = meth(&mut vm, &m, "__getitem__", vec![step]).unwrap();
    let x = meth(&mut vm, &sub, "tolist", vec![]);
    assert_eq!(show(&mut vm, x), "[102, 100, 98]");
    let x = attr::getattr(&mut vm, &sub, "strides");
    assert_eq!(show(&mut vm, x), "(-2,)");
    let x = attr::getattr(&mut vm, &m, "readonly");
    assert_eq!(show(&mut vm, x), "True");
    let x = meth(&mut vm, &m, "__setitem__", vec![i(0), i(1)]);
    assert_eq!(
        show(&mut vm, x),
        "TypeError: cannot modify read-only memory"
    );
    let x = callb(&mut vm, "len", vec![m.clone()]);
    assert_eq!(show(&mut vm, x), "6");
    let c = meth(&mut vm, &m, "cast", vec![s("b")]).unwrap();
    let x = attr::getattr(&mut vm, &c, "format");
    assert_eq!(
        x.ok()
            .and_then(|v| weft_vm::objects::str::as_str(&v).map(String::from))
            .as_deref(),
        Some("b")
    );
    let x = meth(
        &mut vm,
        &m,
        "__eq__",
        vec![bytes::new_bytes(b"abcdef".to_vec())],
    );
    assert_eq!(show(&mut vm, x), "True");
    let h = meth(&mut vm, &m, "__hash__", vec![]);
    let hb = callb(&mut vm, "hash", vec![bytes::new_bytes(b"abcdef".to_vec())]);
    assert_eq!(show(&mut vm, h), show(&mut vm, hb));
    meth(&mut vm, &m, "release", vec![]).unwrap();
    let x = meth(&mut vm, &m, "tolist", vec![]);
    assert_eq!(
        show(&mut vm, x),
        "ValueError: operation forbidden on released memoryview object"
    );
    // A writable view exports its bytearray until released.
    let ba = bytearray::new_bytearray(b"abc".to_vec());
    let w = call(&mut vm, &mv, vec![ba.clone()]).unwrap();
    meth(&mut vm, &w, "__setitem__", vec![i(0), i(65)]).unwrap();
    let two = callb(&mut vm, "slice", vec![i(1), i(3)]).unwrap();
    meth(
        &mut vm,
        &w,
        "__setitem__",
        vec![two, bytes::new_bytes(b"ZZ".to_vec())],
    )
    .unwrap();
    let data = ba
        .as_obj()
        .and_then(|o| o.downcast::<bytearray::ByteArray>())
        .unwrap();
    assert_eq!(&*data.data.borrow(), b"AZZ");
    assert_eq!(data.exports.get(), 1);
    let x = meth(&mut vm, &w, "__setitem__", vec![i(0), i(256)]);
    assert_eq!(
        show(&mut vm, x),
        "ValueError: memoryview: invalid value for format 'B'"
    );
    let x = meth(&mut vm, &w, "__hash__", vec![]);
    assert_eq!(
        show(&mut vm, x),
        "ValueError: cannot hash writable memoryview object"
    );
    let x = meth(
        &mut vm,
        &w,
        "__exit__",
        vec![Value::NONE, Value::NONE, Value::NONE],
    );
    assert_eq!(show(&mut vm, x), "None");
    assert_eq!(data.exports.get(), 0);
    let x = call(&mut vm, &mv, vec![i(1)]);
    assert_eq!(
        show(&mut vm, x),
        "TypeError: memoryview: a bytes-like object is required, not 'int'"
    );
}
