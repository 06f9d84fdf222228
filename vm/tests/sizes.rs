//! Pinned representation sizes (DESIGN.md "Objects and memory"): a value is one word, and an instance with
//! four attributes takes 56 bytes (CPython 3.11: 112, counted the same way: the object's own allocation
//! plus its attribute storage), from the first instance on when `__init__` assigns the attributes.
use weft_vm::heap::{alloc_size, Value};
use weft_vm::interp::{call, Vm};
use weft_vm::objects::{dict, instance, str as pystr, tuple, types};

#[test]
fn value_is_one_word() {
    assert_eq!(std::mem::size_of::<Value>(), 8);
    assert_eq!(std::mem::size_of::<Option<weft_vm::heap::ObjRef>>(), 8);
}

#[test]
fn four_attribute_instance_takes_56_bytes() {
    let mut vm = Vm::new(vec![], vec![], Default::default());
    let ns = Value::obj(dict::new_dict());
    let cls = call::call_value(
        &mut vm,
        &Value::obj(types().type_.clone()),
        vec![pystr::new_str("Point4"), tuple::new_tuple(Vec::new()), ns],
    )
    .expect("class created");
    let names: Vec<_> = ["a", "b", "c", "d"]
        .iter()
        .map(|n| pystr::intern(n))
        .collect();
    let mut sizes = Vec::new();
    for _ in 0..2 {
        let obj = call::call_value(&mut vm, &cls, Vec::new()).expect("instance created");
        let o = obj.as_obj().expect("an object").clone();
        for (i, n) in names.iter().enumerate() {
            assert!(instance::set(
                &o,
                n,
                weft_vm::objects::int::from_i64(i as i64)
            ));
        }
        for (i, n) in names.iter().enumerate() {
            assert_eq!(
                instance::get(&o, n).and_then(|v| v.as_int()),
                Some(i as i64)
            );
        }
        sizes.push(alloc_size(&o));
    }
    // The first instance is allocated before the class knows its shape; later ones fit exactly.
    assert_eq!(sizes[1], 56);
}

#[test]
fn first_instance_sized_from_init() {
    let mut vm = Vm::new(vec![], vec![], Default::default());
    let src = "class P:\n    def __init__(self):\n        self.a = 0\n        self.b = 1\n        self.c = 2\n        self.d = 3\np = P()\n";
    let code = vm
        .compile_str(src, "<test>", weft_vm::interp::compile::Mode::Exec, 0)
        .expect("compiles");
    let g = dict::new_dict();
    vm.run_code(&code, g.clone(), Value::obj(g.clone()))
        .expect("runs");
    let p = g
        .downcast::<dict::Dict>()
        .and_then(|d| d.get_str(&pystr::intern("p")))
        .expect("p bound");
    // The class's `__init__` tells the shape before any instance exists: no dict mode, no slack.
    assert_eq!(alloc_size(p.as_obj().expect("an object")), 56);
}
