//! `dict`, `set`/`frozenset`, the dict views and `mappingproxy` (expected values from CPython 3.11).
mod containers_support;
use containers_support::*;
use weft_vm::heap::Value;
use weft_vm::interp::Vm;
use weft_vm::objects::dict;

/// `{k: v, ...}` with int keys and values.
fn d(vm: &mut Vm, kv: &[(i64, i64)]) -> Value {
    let o = dict::new_dict();
    let dd = o.downcast::<dict::Dict>().unwrap();
    for &(k, v) in kv {
        dd.set(vm, i(k), i(v)).unwrap();
    }
    Value::obj(o)
}

fn set_of(vm: &mut Vm, xs: &[i64]) -> Value {
    callb(vm, "set", vec![l(ints(xs))]).unwrap()
}

#[test]
fn dict_methods() {
    let mut vm = vm();
    let x = d(&mut vm, &[(1, 2), (3, 4)]);
    let r = meth(&mut vm, &x, "get", vec![i(1)]);
    assert_eq!(show(&mut vm, r), "2");
    let r = meth(&mut vm, &x, "get", vec![i(9), i(0)]);
    assert_eq!(show(&mut vm, r), "0");
    let r = meth(&mut vm, &x, "setdefault", vec![i(5)]);
    assert_eq!(show(&mut vm, r), "None");
    assert_eq!(repr(&mut vm, &x), "{1: 2, 3: 4, 5: None}");
    let r = meth(&mut vm, &x, "pop", vec![i(5)]);
    assert_eq!(show(&mut vm, r), "None");
    let r = meth(&mut vm, &x, "pop", vec![i(5)]);
    assert_eq!(show(&mut vm, r), "KeyError: 5");
    let r = meth(&mut vm, &x, "pop", vec![i(5), i(6)]);
    assert_eq!(show(&mut vm, r), "6");
    let r = meth(&mut vm, &x, "popitem", vec![]);
    assert_eq!(show(&mut vm, r), "(3, 4)");
    let r = meth(&mut vm, &x, "update", vec![l(vec![t(ints(&[7, 8]))])]);
    assert_eq!(show(&mut vm, r), "None");
    assert_eq!(repr(&mut vm, &x), "{1: 2, 7: 8}");
    let r = meth(&mut vm, &x, "update", vec![l(ints(&[1]))]);
    assert_eq!(
        show(&mut vm, r),
        "TypeError: cannot convert dictionary update sequence element #0 to a sequence"
    );
    let r = meth(&mut vm, &x, "update", vec![l(vec![t(ints(&[1, 2, 3]))])]);
    assert_eq!(
        show(&mut vm, r),
        "ValueError: dictionary update sequence element #0 has length 3; 2 is required"
    );
    let c = meth(&mut vm, &x, "copy", vec![]).unwrap();
    meth(&mut vm, &x, "clear", vec![]).unwrap();
    assert_eq!(repr(&mut vm, &x), "{}");
    assert_eq!(repr(&mut vm, &c), "{1: 2, 7: 8}");
    let r = meth(&mut vm, &x, "popitem", vec![]);
    assert_eq!(show(&mut vm, r), "KeyError: popitem(): dictionary is empty");
    let dt = b(&vm, "dict");
    let r = meth(&mut vm, &dt, "fromkeys", vec![l(ints(&[1, 2])), i(0)]);
    assert_eq!(show(&mut vm, r), "{1: 0, 2: 0}");
    let r = call(&mut vm, &dt, vec![c.clone()]);
    assert_eq!(show(&mut vm, r), "{1: 2, 7: 8}");
    let r = call(&mut vm, &dt, vec![i(1), i(2)]);
    assert_eq!(
        show(&mut vm, r),
        "TypeError: dict expected at most 1 argument, got 2"
    );
    let arg0 = d(&mut vm, &[(1, 5), (9, 9)]);
    let r = meth(&mut vm, &c, "__or__", vec![arg0]);
    assert_eq!(show(&mut vm, r), "{1: 5, 7: 8, 9: 9}");
    let arg0 = d(&mut vm, &[(9, 9), (1, 5)]);
    let r = meth(&mut vm, &c, "__ror__", vec![arg0]);
    assert_eq!(show(&mut vm, r), "{9: 9, 1: 2, 7: 8}");
    let r = meth(&mut vm, &c, "__or__", vec![i(1)]);
    assert_eq!(show(&mut vm, r), "NotImplemented");
    let r = meth(&mut vm, &c, "__lt__", vec![c.clone()]);
    assert_eq!(show(&mut vm, r), "NotImplemented");
    let arg0 = d(&mut vm, &[(7, 8), (1, 2)]);
    let r = meth(&mut vm, &c, "__eq__", vec![arg0]);
    assert_eq!(show(&mut vm, r), "True");
    let rev = meth(&mut vm, &c, "__reversed__", vec![]).unwrap();
    let r = callb(&mut vm, "list", vec![rev]);
    assert_eq!(show(&mut vm, r), "[7, 1]");
    let r = callb(&mut vm, "hash", vec![c.clone()]);
    assert_eq!(show(&mut vm, r), "TypeError: unhashable type: 'dict'");
    // Recursion guard.
    meth(&mut vm, &c, "__setitem__", vec![i(0), c.clone()]).unwrap();
    assert_eq!(repr(&mut vm, &c), "{1: 2, 7: 8, 0: {...}}");
    meth(&mut vm, &c, "clear", vec![]).unwrap();
}

#[test]
fn dict_subclass_missing() {
    let mut vm = vm();
    let dt = b(&vm, "dict");
    let hasattr = b(&vm, "hasattr");
    let sub = class(&mut vm, "D", vec![dt], vec![("__missing__", hasattr)]);
    let x = call(&mut vm, &sub, vec![l(vec![t(ints(&[1, 2]))])]).unwrap();
    let r = meth(&mut vm, &x, "__getitem__", vec![i(1)]);
    assert_eq!(show(&mut vm, r), "2");
    // A builtin function is no descriptor: CPython calls it as found, without the dict.
    let r = meth(&mut vm, &x, "__getitem__", vec![s("keys")]);
    assert_eq!(
        show(&mut vm, r),
        "TypeError: hasattr expected 2 arguments, got 1"
    );
    assert_eq!(repr(&mut vm, &x), "{1: 2}");
}

#[test]
fn dict_views() {
    let mut vm = vm();
    let x = d(&mut vm, &[(1, 2), (3, 4)]);
    let k = meth(&mut vm, &x, "keys", vec![]).unwrap();
    let v = meth(&mut vm, &x, "values", vec![]).unwrap();
    let it = meth(&mut vm, &x, "items", vec![]).unwrap();
    assert_eq!(repr(&mut vm, &k), "dict_keys([1, 3])");
    assert_eq!(repr(&mut vm, &v), "dict_values([2, 4])");
    assert_eq!(repr(&mut vm, &it), "dict_items([(1, 2), (3, 4)])");
    let r = callb(&mut vm, "len", vec![it.clone()]);
    assert_eq!(show(&mut vm, r), "2");
    let r = meth(&mut vm, &k, "__and__", vec![l(ints(&[3, 5]))]);
    assert_eq!(show(&mut vm, r), "{3}");
    let r = meth(&mut vm, &k, "__rsub__", vec![l(ints(&[1, 5]))]);
    assert_eq!(show(&mut vm, r), "{5}");
    let r = meth(&mut vm, &k, "__xor__", vec![l(ints(&[1, 5]))]);
    assert_eq!(show(&mut vm, r), "{3, 5}");
    let r = meth(&mut vm, &k, "isdisjoint", vec![l(ints(&[7]))]);
    assert_eq!(show(&mut vm, r), "True");
    let arg0 = set_of(&mut vm, &[3]);
    let r = meth(&mut vm, &k, "isdisjoint", vec![arg0]);
    assert_eq!(show(&mut vm, r), "False");
    let arg0 = set_of(&mut vm, &[1, 3]);
    let r = meth(&mut vm, &k, "__eq__", vec![arg0]);
    assert_eq!(show(&mut vm, r), "True");
    let r = meth(&mut vm, &k, "__eq__", vec![l(ints(&[1, 3]))]);
    assert_eq!(show(&mut vm, r), "NotImplemented");
    let r = meth(&mut vm, &it, "__contains__", vec![t(ints(&[3, 4]))]);
    assert_eq!(show(&mut vm, r), "True");
    let m = weft_vm::interp::attr::getattr(&mut vm, &k, "mapping").unwrap();
    assert_eq!(repr(&mut vm, &m), "mappingproxy({1: 2, 3: 4})");
    let rv = meth(&mut vm, &v, "__reversed__", vec![]).unwrap();
    let r = meth(&mut vm, &rv, "__length_hint__", vec![]);
    assert_eq!(show(&mut vm, r), "2");
    let r = callb(&mut vm, "list", vec![rv.clone()]);
    assert_eq!(show(&mut vm, r), "[4, 2]");
    let r = callb(&mut vm, "type", vec![rv]);
    assert_eq!(show(&mut vm, r), "<class 'dict_reversevalueiterator'>");
    let r = callb(&mut vm, "hash", vec![k.clone()]);
    assert_eq!(show(&mut vm, r), "TypeError: unhashable type: 'dict_keys'");
    // Changing the dict while iterating backwards.
    let rk = callb(&mut vm, "reversed", vec![x.clone()]).unwrap();
    meth(&mut vm, &x, "__setitem__", vec![i(5), i(6)]).unwrap();
    let r = callb(&mut vm, "next", vec![rk]);
    assert_eq!(
        show(&mut vm, r),
        "RuntimeError: dictionary changed size during iteration"
    );
}

#[test]
fn set_methods() {
    let mut vm = vm();
    let x = set_of(&mut vm, &[3, 1, 2]);
    assert_eq!(repr(&mut vm, &x), "{1, 2, 3}");
    meth(&mut vm, &x, "add", vec![i(4)]).unwrap();
    meth(&mut vm, &x, "discard", vec![i(9)]).unwrap();
    let r = meth(&mut vm, &x, "remove", vec![i(9)]);
    assert_eq!(show(&mut vm, r), "KeyError: 9");
    let r = meth(&mut vm, &x, "remove", vec![l(vec![])]);
    assert_eq!(show(&mut vm, r), "TypeError: unhashable type: 'list'");
    let r = meth(&mut vm, &x, "union", vec![l(ints(&[5])), t(ints(&[6]))]);
    assert_eq!(show(&mut vm, r), "{1, 2, 3, 4, 5, 6}");
    let r = meth(&mut vm, &x, "intersection", vec![l(ints(&[2, 3, 9]))]);
    assert_eq!(show(&mut vm, r), "{2, 3}");
    let arg0 = set_of(&mut vm, &[1]);
    let r = meth(&mut vm, &x, "difference", vec![l(ints(&[2])), arg0]);
    assert_eq!(show(&mut vm, r), "{3, 4}");
    let r = meth(&mut vm, &x, "symmetric_difference", vec![l(ints(&[1, 7]))]);
    assert_eq!(show(&mut vm, r), "{2, 3, 4, 7}");
    let r = meth(&mut vm, &x, "issubset", vec![l(ints(&[1, 2, 3, 4, 5]))]);
    assert_eq!(show(&mut vm, r), "True");
    let r = meth(&mut vm, &x, "issuperset", vec![l(ints(&[1, 5]))]);
    assert_eq!(show(&mut vm, r), "False");
    let r = meth(&mut vm, &x, "isdisjoint", vec![l(ints(&[8]))]);
    assert_eq!(show(&mut vm, r), "True");
    meth(
        &mut vm,
        &x,
        "intersection_update",
        vec![l(ints(&[1, 2, 3]))],
    )
    .unwrap();
    meth(&mut vm, &x, "difference_update", vec![l(ints(&[1]))]).unwrap();
    meth(
        &mut vm,
        &x,
        "symmetric_difference_update",
        vec![l(ints(&[3, 8]))],
    )
    .unwrap();
    assert_eq!(repr(&mut vm, &x), "{8, 2}");
    let r = meth(&mut vm, &x, "__and__", vec![l(ints(&[1]))]);
    assert_eq!(show(&mut vm, r), "NotImplemented");
    let arg0 = set_of(&mut vm, &[2, 8, 9]);
    let r = meth(&mut vm, &x, "__le__", vec![arg0]);
    assert_eq!(show(&mut vm, r), "True");
    let e = set_of(&mut vm, &[]);
    let r = meth(&mut vm, &e, "pop", vec![]);
    assert_eq!(show(&mut vm, r), "KeyError: pop from an empty set");
    assert_eq!(repr(&mut vm, &e), "set()");
    let r = callb(&mut vm, "set", vec![i(1), i(2)]);
    assert_eq!(
        show(&mut vm, r),
        "TypeError: set expected at most 1 argument, got 2"
    );
    let r = meth(&mut vm, &x, "__reduce__", vec![]);
    assert_eq!(show(&mut vm, r), "(<class 'set'>, ([8, 2],), None)");
}

#[test]
fn frozenset_methods_and_hash() {
    let mut vm = vm();
    let f = callb(&mut vm, "frozenset", vec![l(ints(&[1, 2, 3]))]).unwrap();
    assert_eq!(repr(&mut vm, &f), "frozenset({1, 2, 3})");
    let r = callb(&mut vm, "hash", vec![f.clone()]);
    assert_eq!(show(&mut vm, r), "-272375401224217160");
    let e = callb(&mut vm, "frozenset", vec![]).unwrap();
    let r = callb(&mut vm, "hash", vec![e.clone()]);
    assert_eq!(show(&mut vm, r), "133146708735736");
    assert_eq!(repr(&mut vm, &e), "frozenset()");
    let r = meth(&mut vm, &f, "copy", vec![]).unwrap();
    assert_eq!(r.bits(), f.bits());
    let x = set_of(&mut vm, &[1]);
    let r = meth(&mut vm, &f, "__rand__", vec![x.clone()]);
    assert_eq!(show(&mut vm, r), "{1}");
    let r = meth(&mut vm, &f, "__and__", vec![x.clone()]);
    assert_eq!(show(&mut vm, r), "frozenset({1})");
    let st = b(&vm, "set");
    let union = weft_vm::interp::attr::getattr(&mut vm, &st, "union").unwrap();
    let r = call(&mut vm, &union, vec![f.clone()]);
    assert_eq!(
        show(&mut vm, r),
        "TypeError: descriptor 'union' for 'set' objects doesn't apply to a 'frozenset' object"
    );
    // A set is found in a set of frozensets.
    let fs = callb(&mut vm, "set", vec![l(vec![e.clone()])]).unwrap();
    let arg0 = set_of(&mut vm, &[]);
    let r = meth(&mut vm, &fs, "__contains__", vec![arg0]);
    assert_eq!(show(&mut vm, r), "True");
    // Subclass reprs name the class.
    let fst = b(&vm, "frozenset");
    let sub = class(&mut vm, "F", vec![fst], vec![]);
    let y = call(&mut vm, &sub, vec![l(ints(&[1]))]).unwrap();
    assert_eq!(repr(&mut vm, &y), "F({1})");
    let sub2 = class(&mut vm, "S", vec![st], vec![]);
    let z = call(&mut vm, &sub2, vec![]).unwrap();
    assert_eq!(repr(&mut vm, &z), "S()");
}

#[test]
fn mappingproxy_over_dict_and_type() {
    let mut vm = vm();
    let x = d(&mut vm, &[(1, 2)]);
    let mp_ty = weft_vm::heap::Value::obj(weft_vm::objects::types().mappingproxy.clone());
    let p = call(&mut vm, &mp_ty, vec![x.clone()]).unwrap();
    assert_eq!(repr(&mut vm, &p), "mappingproxy({1: 2})");
    let r = meth(&mut vm, &p, "__getitem__", vec![i(3)]);
    assert_eq!(show(&mut vm, r), "KeyError: 3");
    let r = meth(&mut vm, &p, "get", vec![i(1)]);
    assert_eq!(show(&mut vm, r), "2");
    let r = meth(&mut vm, &p, "keys", vec![]);
    assert_eq!(show(&mut vm, r), "dict_keys([1])");
    let arg0 = d(&mut vm, &[(3, 4)]);
    let r = meth(&mut vm, &p, "__or__", vec![arg0]);
    assert_eq!(show(&mut vm, r), "{1: 2, 3: 4}");
    let arg0 = d(&mut vm, &[]);
    let r = meth(&mut vm, &p, "__ior__", vec![arg0]);
    assert_eq!(
        show(&mut vm, r),
        "TypeError: '|=' is not supported by mappingproxy; use '|' instead"
    );
    let r = call(&mut vm, &mp_ty, vec![l(vec![])]);
    assert_eq!(
        show(&mut vm, r),
        "TypeError: mappingproxy() argument must be a mapping, not list"
    );
    let r = callb(&mut vm, "len", vec![p.clone()]);
    assert_eq!(show(&mut vm, r), "1");
    // A type's namespace.
    let st = b(&vm, "set");
    let ns = weft_vm::interp::attr::getattr(&mut vm, &st, "__dict__").unwrap();
    let r = meth(&mut vm, &ns, "__contains__", vec![s("union")]);
    assert_eq!(show(&mut vm, r), "True");
    let r = meth(&mut vm, &ns, "get", vec![s("nope"), i(0)]);
    assert_eq!(show(&mut vm, r), "0");
    let keys = meth(&mut vm, &ns, "keys", vec![]).unwrap();
    let r = callb(&mut vm, "type", vec![keys]);
    assert_eq!(show(&mut vm, r), "<class 'dict_keys'>");
}
