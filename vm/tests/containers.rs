//! The methods of the builtin containers, driven through the vm's call API (expected values from CPython
//! 3.11). Each test builds values natively, calls the builtins or methods, and compares reprs.
mod containers_support;
use containers_support::*;
use weft_vm::heap::Value;
use weft_vm::interp::{attr, protocols, Vm};
use weft_vm::objects::{list, str as pystr, tuple};

#[test]
fn list_basic_methods() {
    let mut vm = vm();
    let x = l(ints(&[3, 1, 2]));
    meth(&mut vm, &x, "append", vec![i(5)]).unwrap();
    meth(&mut vm, &x, "insert", vec![i(-100), i(0)]).unwrap();
    meth(&mut vm, &x, "insert", vec![i(100), i(9)]).unwrap();
    assert_eq!(repr(&mut vm, &x), "[0, 3, 1, 2, 5, 9]");
    let r = meth(&mut vm, &x, "pop", vec![]);
    assert_eq!(show(&mut vm, r), "9");
    let r = meth(&mut vm, &x, "pop", vec![i(0)]);
    assert_eq!(show(&mut vm, r), "0");
    let r = meth(&mut vm, &x, "index", vec![i(2)]);
    assert_eq!(show(&mut vm, r), "2");
    let r = meth(&mut vm, &x, "index", vec![i(7)]);
    assert_eq!(show(&mut vm, r), "ValueError: 7 is not in list");
    let r = meth(&mut vm, &x, "remove", vec![i(7)]);
    assert_eq!(
        show(&mut vm, r),
        "ValueError: list.remove(x): x not in list"
    );
    meth(&mut vm, &x, "extend", vec![t(ints(&[1, 1]))]).unwrap();
    let r = meth(&mut vm, &x, "count", vec![i(1)]);
    assert_eq!(show(&mut vm, r), "3");
    meth(&mut vm, &x, "reverse", vec![]).unwrap();
    assert_eq!(repr(&mut vm, &x), "[1, 1, 5, 2, 1, 3]");
    let r = meth(&mut vm, &x, "pop", vec![i(10)]);
    assert_eq!(show(&mut vm, r), "IndexError: pop index out of range");
    let r = meth(&mut vm, &x, "append", vec![]);
    assert_eq!(
        show(&mut vm, r),
        "TypeError: list.append() takes exactly one argument (0 given)"
    );
    let c = meth(&mut vm, &x, "copy", vec![]).unwrap();
    meth(&mut vm, &x, "clear", vec![]).unwrap();
    assert_eq!(repr(&mut vm, &x), "[]");
    assert_eq!(repr(&mut vm, &c), "[1, 1, 5, 2, 1, 3]");
    let r = meth(&mut vm, &x, "pop", vec![]);
    assert_eq!(show(&mut vm, r), "IndexError: pop from empty list");
}

#[test]
fn list_constructor_and_errors() {
    let mut vm = vm();
    let r = callb(&mut vm, "list", vec![t(ints(&[1, 2]))]);
    assert_eq!(show(&mut vm, r), "[1, 2]");
    let r = callb(&mut vm, "list", vec![]);
    assert_eq!(show(&mut vm, r), "[]");
    let r = callb(&mut vm, "list", vec![i(1), i(2)]);
    assert_eq!(
        show(&mut vm, r),
        "TypeError: list expected at most 1 argument, got 2"
    );
    let r = callb(&mut vm, "list", vec![i(1)]);
    assert_eq!(show(&mut vm, r), "TypeError: 'int' object is not iterable");
    let lt = b(&vm, "list");
    let append = attr::getattr(&mut vm, &lt, "append").unwrap();
    let r = call(&mut vm, &append, vec![i(1), i(2)]);
    assert_eq!(
        show(&mut vm, r),
        "TypeError: descriptor 'append' for 'list' objects doesn't apply to a 'int' object"
    );
}

#[test]
fn list_repr_recursion() {
    let mut vm = vm();
    let x = l(vec![]);
    meth(&mut vm, &x, "append", vec![x.clone()]).unwrap();
    assert_eq!(repr(&mut vm, &x), "[[...]]");
    meth(&mut vm, &x, "clear", vec![]).unwrap();
    let mut deep = l(vec![]);
    for _ in 0..100_000 {
        deep = l(vec![deep]);
    }
    let r = protocols::repr_string(&mut vm, &deep).map(pystr::new_string);
    assert_eq!(
        show(&mut vm, r),
        "RecursionError: maximum recursion depth exceeded while getting the repr of an object"
    );
    // A raised recursion limit still cannot exhaust the native stack (test threads have 2 MiB).
    Vm::set_recursion_limit(1_000_000);
    let r = protocols::repr_string(&mut vm, &deep).map(pystr::new_string);
    Vm::set_recursion_limit(1000);
    assert!(show(&mut vm, r).starts_with("RecursionError"));
}

#[test]
fn list_sort() {
    let mut vm = vm();
    let x = l(ints(&[5, -1, 3, 3, 0, 9, 2]));
    meth(&mut vm, &x, "sort", vec![]).unwrap();
    assert_eq!(repr(&mut vm, &x), "[-1, 0, 2, 3, 3, 5, 9]");
    meth_kw(&mut vm, &x, "sort", vec![], vec![("reverse", Value::TRUE)]).unwrap();
    assert_eq!(repr(&mut vm, &x), "[9, 5, 3, 3, 2, 0, -1]");
    // Stability with a key, and reverse keeping equal items in order.
    let words: Vec<Value> = ["bb", "a", "ccc", "dd", "e", "fff"]
        .iter()
        .map(|w| s(w))
        .collect();
    let w = l(words);
    let len = b(&vm, "len");
    meth_kw(&mut vm, &w, "sort", vec![], vec![("key", len.clone())]).unwrap();
    assert_eq!(strs(&w), ["a", "e", "bb", "dd", "ccc", "fff"]);
    meth_kw(
        &mut vm,
        &w,
        "sort",
        vec![],
        vec![("key", len), ("reverse", Value::TRUE)],
    )
    .unwrap();
    assert_eq!(strs(&w), ["ccc", "fff", "bb", "dd", "a", "e"]);
    let mixed = l(vec![i(1), s("a")]);
    let r = meth(&mut vm, &mixed, "sort", vec![]);
    assert_eq!(
        show(&mut vm, r),
        "TypeError: '<' not supported between instances of 'str' and 'int'"
    );
    assert_eq!(
        list::as_list(&mixed).unwrap().items.borrow()[0].as_int(),
        Some(1)
    );
    let r = meth(&mut vm, &mixed, "sort", vec![i(1)]);
    assert_eq!(
        show(&mut vm, r),
        "TypeError: sort() takes no positional arguments"
    );
}

#[test]
fn list_sort_merges_large_inputs() {
    let mut vm = vm();
    // Mixed ints and floats take the general path (runs, insertion, merges).
    let n = 5000i64;
    let items: Vec<Value> = (0..n)
        .map(|k| {
            let v = (k * 7919) % 1009;
            if k % 3 == 0 {
                Value::float(v as f64 + 0.5)
            } else {
                i(v)
            }
        })
        .collect();
    let x = l(items);
    meth(&mut vm, &x, "sort", vec![]).unwrap();
    let items = list::as_list(&x).unwrap().items.borrow().clone();
    assert_eq!(items.len(), n as usize);
    let as_f = |v: &Value| v.as_float().or(v.as_int().map(|k| k as f64)).unwrap();
    for w in items.windows(2) {
        assert!(as_f(&w[0]) <= as_f(&w[1]));
    }
    // Sorting tuples by their first item only is stable.
    let tuples: Vec<Value> = (0..2000i64).map(|k| t(vec![i(k % 10), i(k)])).collect();
    let x = l(tuples);
    meth(&mut vm, &x, "sort", vec![]).unwrap();
    let items = list::as_list(&x).unwrap().items.borrow().clone();
    for w in items.windows(2) {
        let (a, b) = (
            tuple::as_tuple(&w[0]).unwrap(),
            tuple::as_tuple(&w[1]).unwrap(),
        );
        let ka = (a[0].as_int().unwrap(), a[1].as_int().unwrap());
        let kb = (b[0].as_int().unwrap(), b[1].as_int().unwrap());
        assert!(ka < kb);
    }
}

#[test]
fn list_subclass_and_dunders() {
    let mut vm = vm();
    let lt = b(&vm, "list");
    let sub = class(&mut vm, "L", vec![lt.clone()], vec![]);
    let x = call(&mut vm, &sub, vec![t(ints(&[1, 2]))]).unwrap();
    assert_eq!(repr(&mut vm, &x), "[1, 2]");
    let r = callb(&mut vm, "len", vec![x.clone()]);
    assert_eq!(show(&mut vm, r), "2");
    let r = meth(&mut vm, &x, "__getitem__", vec![i(-1)]);
    assert_eq!(show(&mut vm, r), "2");
    meth(&mut vm, &x, "__setitem__", vec![i(0), i(7)]).unwrap();
    let r = meth(&mut vm, &x, "__add__", vec![l(ints(&[3]))]);
    assert_eq!(show(&mut vm, r), "[7, 2, 3]");
    let r = meth(&mut vm, &x, "__add__", vec![i(3)]);
    assert_eq!(show(&mut vm, r), "NotImplemented");
    let r = meth(&mut vm, &x, "__mul__", vec![i(2)]);
    assert_eq!(show(&mut vm, r), "[7, 2, 7, 2]");
    let r = meth(&mut vm, &x, "__mul__", vec![s("a")]);
    assert_eq!(show(&mut vm, r), "NotImplemented");
    let r = meth(&mut vm, &x, "__iadd__", vec![t(ints(&[5]))]);
    assert_eq!(show(&mut vm, r), "[7, 2, 5]");
    let r = meth(&mut vm, &x, "__lt__", vec![l(ints(&[7, 3]))]);
    assert_eq!(show(&mut vm, r), "True");
    let r = meth(&mut vm, &x, "__eq__", vec![l(ints(&[7, 2, 5]))]);
    assert_eq!(show(&mut vm, r), "True");
    let r = meth(&mut vm, &x, "__eq__", vec![t(ints(&[7, 2, 5]))]);
    assert_eq!(show(&mut vm, r), "NotImplemented");
    let r = meth(&mut vm, &x, "__contains__", vec![i(5)]);
    assert_eq!(show(&mut vm, r), "True");
    let it = meth(&mut vm, &x, "__reversed__", vec![]).unwrap();
    let r = callb(&mut vm, "list", vec![it]);
    assert_eq!(show(&mut vm, r), "[5, 2, 7]");
    meth(&mut vm, &x, "__delitem__", vec![i(0)]).unwrap();
    assert_eq!(repr(&mut vm, &x), "[2, 5]");
    let r = callb(&mut vm, "hash", vec![x.clone()]);
    assert_eq!(show(&mut vm, r), "TypeError: unhashable type: 'L'");
    let arg0 = b(&vm, "int");
    let ga = meth(&mut vm, &lt, "__class_getitem__", vec![arg0]).unwrap();
    let alias = weft_vm::objects::descriptors_native::as_generic_alias(&ga).expect("an alias");
    assert_eq!(alias.origin.bits(), lt.bits());
    assert_eq!(repr(&mut vm, &alias.args), "(<class 'int'>,)");
}

#[test]
fn tuple_methods() {
    let mut vm = vm();
    let x = t(ints(&[1, 2, 2, 3]));
    let r = meth(&mut vm, &x, "count", vec![i(2)]);
    assert_eq!(show(&mut vm, r), "2");
    let r = meth(&mut vm, &x, "index", vec![i(3)]);
    assert_eq!(show(&mut vm, r), "3");
    let r = meth(&mut vm, &x, "index", vec![i(2), i(2)]);
    assert_eq!(show(&mut vm, r), "2");
    let r = meth(&mut vm, &x, "index", vec![i(9)]);
    assert_eq!(
        show(&mut vm, r),
        "ValueError: tuple.index(x): x not in tuple"
    );
    let r = callb(&mut vm, "tuple", vec![l(ints(&[4]))]);
    assert_eq!(show(&mut vm, r), "(4,)");
    let r = callb(&mut vm, "tuple", vec![]);
    assert_eq!(show(&mut vm, r), "()");
    let r = callb(&mut vm, "tuple", vec![i(1), i(2)]);
    assert_eq!(
        show(&mut vm, r),
        "TypeError: tuple expected at most 1 argument, got 2"
    );
    let r = callb(&mut vm, "hash", vec![t(ints(&[1, 2]))]);
    assert_eq!(show(&mut vm, r), "-3550055125485641917");
    let r = meth(&mut vm, &x, "__hash__", vec![]);
    let h = callb(&mut vm, "hash", vec![x.clone()]);
    assert_eq!(show(&mut vm, r), show(&mut vm, h));
    let r = meth(&mut vm, &x, "__getnewargs__", vec![]);
    assert_eq!(show(&mut vm, r), "((1, 2, 2, 3),)");
    let r = meth(&mut vm, &x, "__mul__", vec![i(2)]);
    assert_eq!(show(&mut vm, r), "(1, 2, 2, 3, 1, 2, 2, 3)");
    let r = meth(&mut vm, &x, "__add__", vec![l(vec![])]);
    assert_eq!(show(&mut vm, r), "NotImplemented");
    // A tuple containing a list containing the tuple.
    let inner = l(vec![]);
    let outer = t(vec![inner.clone()]);
    meth(&mut vm, &inner, "append", vec![outer.clone()]).unwrap();
    assert_eq!(repr(&mut vm, &outer), "([(...)],)");
    meth(&mut vm, &inner, "clear", vec![]).unwrap();
    // Subclasses get their own objects and keep the tuple repr.
    let tt = b(&vm, "tuple");
    let sub = class(&mut vm, "T", vec![tt], vec![]);
    let y = call(&mut vm, &sub, vec![l(ints(&[1]))]).unwrap();
    assert_eq!(repr(&mut vm, &y), "(1,)");
    let r = callb(&mut vm, "type", vec![y]);
    assert_eq!(show(&mut vm, r), "<class 'T'>");
}

#[test]
fn list_sort_general_path_is_stable() {
    let mut vm = vm();
    // Keys mixing ints and floats take the merge-sort path; equal keys keep their original order.
    let mut seed = 12345u64;
    let mut items = Vec::new();
    for k in 0..3000i64 {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let v = ((seed >> 33) % 50) as i64 - 25;
        items.push(t(vec![
            if k % 2 == 0 {
                i(v)
            } else {
                Value::float(v as f64)
            },
            i(k),
        ]));
    }
    let x = l(items);
    // key = the first item of each pair, read with a native (`operator.itemgetter` is not available here).
    let first = weft_vm::objects::builtin::new_builtin(
        "first",
        |_vm, args| Ok(tuple::as_tuple(&args.all[0]).unwrap()[0].clone()),
        weft_vm::objects::builtin::BuiltinKind::Function,
        None,
    );
    meth_kw(
        &mut vm,
        &x,
        "sort",
        vec![],
        vec![("key", Value::obj(first))],
    )
    .unwrap();
    let got = list::as_list(&x).unwrap().items.borrow().clone();
    let key = |v: &Value| {
        let p = tuple::as_tuple(v).unwrap();
        let k = p[0]
            .as_float()
            .unwrap_or_else(|| p[0].as_int().unwrap() as f64);
        (k, p[1].as_int().unwrap())
    };
    for w in got.windows(2) {
        let (a, b) = (key(&w[0]), key(&w[1]));
        assert!(a.0 < b.0 || (a.0 == b.0 && a.1 < b.1), "{a:?} then {b:?}");
    }
}

#[test]
fn list_modified_during_sort() {
    let mut vm = vm();
    let x = l(ints(&[1]));
    let append = attr::getattr(&mut vm, &x, "append").unwrap();
    let r = meth_kw(&mut vm, &x, "sort", vec![], vec![("key", append.clone())]);
    assert_eq!(show(&mut vm, r), "ValueError: list modified during sort");
    assert_eq!(repr(&mut vm, &x), "[1]");
    // A comparison error wins over the modification, and every item stays in the list.
    let y = l(ints(&[2, 1]));
    let append = attr::getattr(&mut vm, &y, "append").unwrap();
    let r = meth_kw(&mut vm, &y, "sort", vec![], vec![("key", append)]);
    assert_eq!(
        show(&mut vm, r),
        "TypeError: '<' not supported between instances of 'NoneType' and 'NoneType'"
    );
    assert_eq!(repr(&mut vm, &y), "[2, 1]");
}
