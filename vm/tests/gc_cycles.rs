//! The cycle collector frees reference cycles that reference counting cannot.
use weft_vm::heap::Value;
use weft_vm::interp::Vm;
use weft_vm::objects::list;

#[test]
fn self_referencing_list_is_collected() {
    let mut vm = Vm::new(vec![], vec![], Default::default());
    weft_vm::gc::collect(&mut vm);
    let before = weft_vm::heap::gc_tracked_count();
    for _ in 0..100 {
        let l = list::new_list(Vec::new());
        let inner = list::as_list(&l).expect("a list");
        inner.items.borrow_mut().push(l.clone());
    }
    assert_eq!(weft_vm::heap::gc_tracked_count(), before + 100);
    let stats = weft_vm::gc::collect(&mut vm);
    assert_eq!(stats.collected, 100);
    assert_eq!(weft_vm::heap::gc_tracked_count(), before);
}

#[test]
fn reachable_objects_survive() {
    let mut vm = Vm::new(vec![], vec![], Default::default());
    let keep = list::new_list(Vec::new());
    let child = list::new_list(vec![keep.clone()]);
    list::as_list(&keep)
        .expect("a list")
        .items
        .borrow_mut()
        .push(child);
    weft_vm::gc::collect(&mut vm);
    let items = list::as_list(&keep).expect("a list").items.borrow().len();
    assert_eq!(items, 1);
    let _ = Value::NONE;
}
