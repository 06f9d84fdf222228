//! Functions, descriptors, super, generators and the small types, driven through the vm's API (expected
//! values from CPython 3.11).
use std::cell::RefCell;
use weft_vm::compiler::bytecode::{CodeUnit, Const, Instr, Position};
use weft_vm::heap::ObjRef;
use weft_vm::heap::Value;
use weft_vm::interp::error::PyResult;
use weft_vm::interp::{attr, call, protocols, Vm};
use weft_vm::objects::function::Function;
use weft_vm::objects::typeobj::tdata;
use weft_vm::objects::{cell, code, dict, str as pystr, tuple, types};

/// A code unit for a function of `args` (all positional) with the given body.
fn unit(
    name: &str,
    instrs: Vec<Instr>,
    consts: Vec<Const>,
    names: &[&str],
    args: &[&str],
    freevars: &[&str],
) -> CodeUnit {
    let n = instrs.len();
    CodeUnit {
        name: name.into(),
        qualname: name.into(),
        filename: "<test>".into(),
        firstlineno: 1,
        stacksize: 8,
        instructions: instrs,
        positions: vec![
            Position {
                lineno: 1,
                end_lineno: 1,
                col_offset: 0,
                end_col_offset: 0
            };
            n
        ],
        consts,
        names: names.iter().map(|s| s.to_string()).collect(),
        varnames: args.iter().map(|s| s.to_string()).collect(),
        freevars: freevars.iter().map(|s| s.to_string()).collect(),
        argcount: args.len() as u32,
        flags: weft_vm::compiler::bytecode::flags::OPTIMIZED,
        ..Default::default()
    }
}

/// A function object over `u` with module globals `g` and an optional closure.
fn func(vm: &Vm, u: &CodeUnit, g: &ObjRef, closure: Value) -> Value {
    let co = code::new_code(u);
    let (name, qualname) = {
        let c = co.downcast::<weft_vm::objects::code::Code>().unwrap();
        (Value::obj(c.name.clone()), Value::obj(c.qualname.clone()))
    };
    let f = Function {
        code: RefCell::new(co),
        globals: g.clone(),
        builtins: vm.builtins.clone(),
        name: RefCell::new(name),
        qualname: RefCell::new(qualname),
        defaults: RefCell::new(Value::NONE),
        kwdefaults: RefCell::new(Value::NONE),
        closure,
        doc: RefCell::new(Value::NONE),
        module: RefCell::new(s("__main__")),
        annotations: RefCell::new(Value::NULL),
        dict: RefCell::new(None),
    };
    Value::obj(weft_vm::heap::alloc(&types().function, f, None))
}

/// `lambda *args: <const>` equivalent: a function of `args` returning constant `c`.
fn const_func(vm: &Vm, name: &str, args: &[&str], c: Const) -> Value {
    let u = unit(
        name,
        vec![Instr::LoadConst(0), Instr::ReturnValue],
        vec![c],
        &[],
        args,
        &[],
    );
    func(vm, &u, &dict::new_dict(), Value::NONE)
}

/// `class name(bases): ns`.
fn class(vm: &mut Vm, name: &str, bases: Vec<Value>, ns: Vec<(&str, Value)>) -> Value {
    let d = dict::new_dict();
    let dd = d.downcast::<dict::Dict>().unwrap();
    dd.set_rs("__module__", s("__main__"));
    for (k, v) in ns {
        dd.set_rs(k, v);
    }
    call::call_value(
        vm,
        &ty(&types().type_),
        vec![s(name), tuple::new_tuple(bases), Value::obj(d)],
    )
    .unwrap()
}

fn int(i: i64) -> Value {
    Value::small_int(i).unwrap()
}

fn vm() -> Vm {
    Vm::new(vec![], vec![], Default::default())
}

fn ty(v: &weft_vm::heap::ObjRef) -> Value {
    Value::obj(v.clone())
}

fn get(vm: &mut Vm, o: &Value, name: &str) -> Value {
    attr::getattr(vm, o, name).unwrap_or_else(|e| panic!("getattr {name}: {e:?}"))
}

fn repr(vm: &mut Vm, v: &Value) -> String {
    protocols::repr_string(vm, v).expect("repr")
}

fn s(v: &str) -> Value {
    pystr::new_str(v)
}

fn call_method(vm: &mut Vm, o: &Value, name: &str, args: Vec<Value>) -> PyResult<Value> {
    let m = attr::getattr(vm, o, name)?;
    call::call_value(vm, &m, args)
}

/// The message of an error, with its type name.
fn err_text(vm: &mut Vm, e: weft_vm::interp::error::PyErr) -> String {
    let o = weft_vm::interp::exc::normalize(vm, e);
    let name = weft_vm::objects::typeobj::type_name(o.ty());
    let v = Value::obj(o);
    let msg = protocols::str_string(vm, &v).unwrap_or_default();
    format!("{name}: {msg}")
}

#[test]
fn getset_descriptors() {
    let mut vm = vm();
    let int = ty(&types().int);
    assert_eq!(pystr::as_str(&get(&mut vm, &int, "__name__")), Some("int"));
    let cls = get(&mut vm, &Value::small_int(3).unwrap(), "__class__");
    assert!(cls.bits() == int.bits());
    let none_cls = get(&mut vm, &Value::NONE, "__class__");
    assert!(none_cls.bits() == ty(&types().none_type).bits());
    let d = tdata(&types().object).dict.get_rs("__class__").unwrap();
    assert_eq!(
        repr(&mut vm, &d),
        "<attribute '__class__' of 'object' objects>"
    );
    let r = call_method(
        &mut vm,
        &d,
        "__delete__",
        vec![Value::small_int(1).unwrap()],
    );
    assert_eq!(
        err_text(&mut vm, r.unwrap_err()),
        "TypeError: can't delete __class__ attribute"
    );
    let r = call_method(&mut vm, &d, "__get__", vec![Value::NONE, Value::NONE]);
    assert_eq!(
        err_text(&mut vm, r.unwrap_err()),
        "TypeError: __get__(None, None) is invalid"
    );
    let oc = get(&mut vm, &d, "__objclass__");
    assert!(oc.bits() == ty(&types().object).bits());
}

#[test]
fn generic_alias_basics() {
    let mut vm = vm();
    let list = ty(&types().list);
    let ga = call::call_value(
        &mut vm,
        &ty(&types().generic_alias),
        vec![list.clone(), ty(&types().int)],
    )
    .unwrap();
    assert_eq!(repr(&mut vm, &ga), "list[int]");
    let args = get(&mut vm, &ga, "__args__");
    assert_eq!(tuple::as_tuple(&args).map(|t| t.len()), Some(1));
    let prop = call::call_value(
        &mut vm,
        &ty(&types().generic_alias),
        vec![ty(&types().property), ty(&types().int)],
    )
    .unwrap();
    let getter = get(&mut vm, &prop, "getter");
    assert_eq!(
        repr(&mut vm, &getter),
        "<method 'getter' of 'property' objects>"
    );
    let r = protocols::getitem(&mut vm, ga.clone(), ty(&types().int));
    let e = r.and_then(|f| call::run_flow(&mut vm, f)).unwrap_err();
    assert_eq!(
        err_text(&mut vm, e),
        "TypeError: list[int] is not a generic class"
    );
    let empty = call::call_value(
        &mut vm,
        &ty(&types().generic_alias),
        vec![list.clone(), tuple::new_tuple(vec![])],
    )
    .unwrap();
    assert_eq!(repr(&mut vm, &empty), "list[()]");
    let made = call::call_value(&mut vm, &prop, vec![]).unwrap();
    assert!(made.as_obj().unwrap().ty().is(&types().property));
    let ga2 = call::call_value(
        &mut vm,
        &ty(&types().generic_alias),
        vec![list.clone(), ty(&types().int)],
    )
    .unwrap();
    assert!(weft_vm::interp::ops::eq_bool(&mut vm, &ga, &ga2).unwrap());
    assert_eq!(
        weft_vm::interp::ops::hash(&mut vm, &ga).unwrap(),
        weft_vm::interp::ops::hash(&mut vm, &ga2).unwrap()
    );
}

#[test]
fn function_attributes() {
    let mut vm = vm();
    let f = const_func(&vm, "f", &["a"], Const::Int(7.into()));
    assert_eq!(pystr::as_str(&get(&mut vm, &f, "__name__")), Some("f"));
    assert!(repr(&mut vm, &f).starts_with("<function f at 0x"));
    attr::setattr(&mut vm, &f, "__qualname__", s("A.f")).unwrap();
    assert!(repr(&mut vm, &f).starts_with("<function A.f at 0x"));
    let e = attr::setattr(&mut vm, &f, "__name__", int(1)).unwrap_err();
    assert_eq!(
        err_text(&mut vm, e),
        "TypeError: __name__ must be set to a string object"
    );
    let e = attr::setattr(&mut vm, &f, "__defaults__", int(1)).unwrap_err();
    assert_eq!(
        err_text(&mut vm, e),
        "TypeError: __defaults__ must be set to a tuple object"
    );
    let e = attr::setattr(&mut vm, &f, "__globals__", int(1)).unwrap_err();
    assert_eq!(err_text(&mut vm, e), "AttributeError: readonly attribute");
    let ann = get(&mut vm, &f, "__annotations__");
    assert_eq!(dict::as_dict(&ann).map(|d| d.len()), Some(0));
    attr::setattr(&mut vm, &f, "custom", int(5)).unwrap();
    let d = get(&mut vm, &f, "__dict__");
    assert_eq!(
        dict::as_dict(&d)
            .and_then(|d| d.get_rs("custom"))
            .and_then(|v| v.as_int()),
        Some(5)
    );
    assert!(get(&mut vm, &f, "__closure__").is_none());
    let r = call_method(&mut vm, &f, "__call__", vec![int(1)]).unwrap();
    assert_eq!(r.as_int(), Some(7));
    let m = call_method(&mut vm, &f, "__get__", vec![int(3), Value::NONE]).unwrap();
    assert_eq!(repr(&mut vm, &m), "<bound method A.f of 3>");
    assert_eq!(
        call::call_value(&mut vm, &m, vec![]).unwrap().as_int(),
        Some(7)
    );
    let same = call_method(&mut vm, &f, "__get__", vec![Value::NONE, ty(&types().int)]).unwrap();
    assert!(same.bits() == f.bits());
    let e = call_method(&mut vm, &f, "__get__", vec![Value::NONE, Value::NONE]).unwrap_err();
    assert_eq!(
        err_text(&mut vm, e),
        "TypeError: __get__(None, None) is invalid"
    );
    let code2 = get(&mut vm, &f, "__code__");
    attr::setattr(&mut vm, &f, "__code__", code2).unwrap();
}

#[test]
fn function_annotations_from_flat_tuple() {
    let mut vm = vm();
    let f = const_func(&vm, "f", &["a"], Const::None);
    let func = f.as_obj().unwrap().downcast::<Function>().unwrap();
    *func.annotations.borrow_mut() = tuple::new_tuple(vec![
        s("a"),
        ty(&types().int),
        s("return"),
        ty(&types().str),
    ]);
    let ann = get(&mut vm, &f, "__annotations__");
    let d = dict::as_dict(&ann).unwrap();
    assert_eq!(d.len(), 2);
    assert!(d.get_rs("return").unwrap().bits() == ty(&types().str).bits());
}

#[test]
fn bound_methods() {
    let mut vm = vm();
    let f = const_func(&vm, "f", &["self"], Const::Int(1.into()));
    let a = class(&mut vm, "A", vec![], vec![("f", f.clone())]);
    let inst = call::call_value(&mut vm, &a, vec![]).unwrap();
    let m1 = get(&mut vm, &inst, "f");
    let m2 = get(&mut vm, &inst, "f");
    assert!(protocols::repr_string(&mut vm, &m1)
        .unwrap()
        .starts_with("<bound method f of <__main__.A object at 0x"));
    assert!(weft_vm::interp::ops::eq_bool(&mut vm, &m1, &m2).unwrap());
    assert_eq!(
        weft_vm::interp::ops::hash(&mut vm, &m1).unwrap(),
        weft_vm::interp::ops::hash(&mut vm, &m2).unwrap()
    );
    assert_eq!(pystr::as_str(&get(&mut vm, &m1, "__name__")), Some("f"));
    assert!(get(&mut vm, &m1, "__func__").bits() == f.bits());
    assert!(get(&mut vm, &m1, "__self__").bits() == inst.bits());
    assert_eq!(
        pystr::as_str(&get(&mut vm, &m1, "__module__")),
        Some("__main__")
    );
    let e = attr::setattr(&mut vm, &m1, "__doc__", int(1)).unwrap_err();
    assert_eq!(
        err_text(&mut vm, e),
        "AttributeError: attribute '__doc__' of 'method' objects is not writable"
    );
    assert_eq!(
        call_method(&mut vm, &m1, "__call__", vec![])
            .unwrap()
            .as_int(),
        Some(1)
    );
    let mt = ty(&types().method);
    let m3 = call::call_value(&mut vm, &mt, vec![f.clone(), int(4)]).unwrap();
    assert_eq!(repr(&mut vm, &m3), "<bound method f of 4>");
    let e = call::call_value(&mut vm, &mt, vec![int(1), int(4)]).unwrap_err();
    assert_eq!(
        err_text(&mut vm, e),
        "TypeError: first argument must be callable"
    );
    let e = call::call_value(&mut vm, &mt, vec![f.clone(), Value::NONE]).unwrap_err();
    assert_eq!(err_text(&mut vm, e), "TypeError: instance must not be None");
    let red = call_method(&mut vm, &m3, "__reduce__", vec![]).unwrap();
    let parts = tuple::as_tuple(&red).unwrap();
    assert_eq!(repr(&mut vm, &parts[0]), "<built-in function getattr>");
    let inner = tuple::as_tuple(&parts[1]).unwrap();
    assert_eq!(inner[0].as_int(), Some(4));
    assert_eq!(pystr::as_str(&inner[1]), Some("f"));
}

#[test]
fn properties() {
    let mut vm = vm();
    let g = const_func(&vm, "g", &["self"], Const::Int(5.into()));
    attr::setattr(&mut vm, &g, "__doc__", s("gdoc")).unwrap();
    let p = call::call_value(&mut vm, &ty(&types().property), vec![g.clone()]).unwrap();
    assert_eq!(pystr::as_str(&get(&mut vm, &p, "__doc__")), Some("gdoc"));
    let y = call::call_value(&mut vm, &ty(&types().property), vec![]).unwrap();
    let a = class(&mut vm, "A", vec![], vec![("x", p.clone()), ("y", y)]);
    let inst = call::call_value(&mut vm, &a, vec![]).unwrap();
    assert_eq!(get(&mut vm, &inst, "x").as_int(), Some(5));
    assert_eq!(
        call_method(&mut vm, &p, "__get__", vec![inst.clone()])
            .unwrap()
            .as_int(),
        Some(5)
    );
    let e = attr::setattr(&mut vm, &inst, "x", int(1)).unwrap_err();
    assert_eq!(
        err_text(&mut vm, e),
        "AttributeError: property 'x' of 'A' object has no setter"
    );
    let e = call_method(&mut vm, &p, "__set__", vec![inst.clone(), int(1)]).unwrap_err();
    assert_eq!(
        err_text(&mut vm, e),
        "AttributeError: property 'x' of 'A' object has no setter"
    );
    let bare = call::call_value(&mut vm, &ty(&types().property), vec![]).unwrap();
    let e = call_method(&mut vm, &bare, "__get__", vec![int(1)]).unwrap_err();
    assert_eq!(
        err_text(&mut vm, e),
        "AttributeError: property of 'int' object has no getter"
    );
    let p3 = call_method(&mut vm, &p, "setter", vec![ty(&types().int)]).unwrap();
    assert_eq!(pystr::as_str(&get(&mut vm, &p3, "__doc__")), Some("gdoc"));
    assert!(get(&mut vm, &p3, "fget").bits() == g.bits());
    let h = const_func(&vm, "h", &["self"], Const::Int(2.into()));
    let p4 = call_method(&mut vm, &p, "getter", vec![h]).unwrap();
    assert!(get(&mut vm, &p4, "__doc__").is_none());
    assert!(get(&mut vm, &p, "__isabstractmethod__").as_bool() == Some(false));
    let sub = class(&mut vm, "P", vec![ty(&types().property)], vec![]);
    let p6 = call::call_value(&mut vm, &sub, vec![g.clone()]).unwrap();
    assert_eq!(pystr::as_str(&get(&mut vm, &p6, "__doc__")), Some("gdoc"));
}

#[test]
fn classmethod_and_staticmethod() {
    let mut vm = vm();
    let f = const_func(&vm, "f", &["cls"], Const::Int(9.into()));
    attr::setattr(&mut vm, &f, "__doc__", s("fd")).unwrap();
    let sm = call::call_value(&mut vm, &ty(&types().staticmethod), vec![f.clone()]).unwrap();
    let cm = call::call_value(&mut vm, &ty(&types().classmethod), vec![f.clone()]).unwrap();
    assert!(repr(&mut vm, &sm).starts_with("<staticmethod(<function f at 0x"));
    assert!(repr(&mut vm, &cm).starts_with("<classmethod(<function f at 0x"));
    assert_eq!(pystr::as_str(&get(&mut vm, &sm, "__doc__")), Some("fd"));
    assert_eq!(pystr::as_str(&get(&mut vm, &cm, "__name__")), Some("f"));
    assert!(get(&mut vm, &sm, "__wrapped__").bits() == f.bits());
    let d = get(&mut vm, &cm, "__dict__");
    let keys: Vec<String> = dict::as_dict(&d)
        .unwrap()
        .keys()
        .iter()
        .map(|k| pystr::as_str(k).unwrap().to_string())
        .collect();
    assert_eq!(
        keys,
        [
            "__module__",
            "__name__",
            "__qualname__",
            "__doc__",
            "__annotations__"
        ]
    );
    assert_eq!(
        call::call_value(&mut vm, &sm, vec![int(0)])
            .unwrap()
            .as_int(),
        Some(9)
    );
    let b = call_method(&mut vm, &cm, "__get__", vec![int(1)]).unwrap();
    assert_eq!(repr(&mut vm, &b), "<bound method f of <class 'int'>>");
    let e = call::call_value(&mut vm, &ty(&types().staticmethod), vec![]).unwrap_err();
    assert_eq!(
        err_text(&mut vm, e),
        "TypeError: staticmethod expected 1 argument, got 0"
    );
    let a = class(
        &mut vm,
        "A",
        vec![],
        vec![("c", cm.clone()), ("s", sm.clone())],
    );
    let c = get(&mut vm, &a, "c");
    assert_eq!(
        repr(&mut vm, &c),
        "<bound method f of <class '__main__.A'>>"
    );
    assert_eq!(
        call::call_value(&mut vm, &c, vec![]).unwrap().as_int(),
        Some(9)
    );
    let one = call::call_value(&mut vm, &ty(&types().classmethod), vec![int(1)]).unwrap();
    assert_eq!(repr(&mut vm, &one), "<classmethod(1)>");
}

#[test]
fn super_with_and_without_arguments() {
    use Instr::*;
    let mut vm = vm();
    let af = const_func(&vm, "f", &["self"], Const::Str("A.f".into()));
    let a = class(&mut vm, "A", vec![], vec![("f", af)]);
    // def f(self): return super().f()   (inside class B, with the __class__ cell)
    let u = unit(
        "f",
        vec![
            CopyFreeVars(1),
            LoadGlobal {
                name: 0,
                push_null: true,
            },
            Call(0),
            LoadMethod(1),
            Call(0),
            ReturnValue,
        ],
        vec![],
        &["super", "f"],
        &["self"],
        &["__class__"],
    );
    let cellv = cell::new_cell(Value::NULL);
    let g = dict::new_dict();
    let bf = func(
        &vm,
        &u,
        &g,
        tuple::new_tuple(vec![Value::obj(cellv.clone())]),
    );
    let b = class(&mut vm, "B", vec![a.clone()], vec![("f", bf)]);
    *cellv
        .downcast::<weft_vm::objects::cell::CellObj>()
        .unwrap()
        .value
        .borrow_mut() = b.clone();
    let inst = call::call_value(&mut vm, &b, vec![]).unwrap();
    let r = call_method(&mut vm, &inst, "f", vec![]).unwrap();
    assert_eq!(pystr::as_str(&r), Some("A.f"));
    let sup = ty(&types().super_);
    let sp = call::call_value(&mut vm, &sup, vec![b.clone(), inst.clone()]).unwrap();
    assert_eq!(repr(&mut vm, &sp), "<super: <class 'B'>, <B object>>");
    assert!(get(&mut vm, &sp, "__thisclass__").bits() == b.bits());
    assert!(get(&mut vm, &sp, "__class__").bits() == sup.bits());
    let m = get(&mut vm, &sp, "f");
    assert_eq!(
        pystr::as_str(&call::call_value(&mut vm, &m, vec![]).unwrap()),
        Some("A.f")
    );
    let unbound = call::call_value(&mut vm, &sup, vec![b.clone()]).unwrap();
    assert_eq!(repr(&mut vm, &unbound), "<super: <class 'B'>, NULL>");
    let bound = call_method(&mut vm, &unbound, "__get__", vec![inst.clone()]).unwrap();
    assert_eq!(repr(&mut vm, &bound), "<super: <class 'B'>, <B object>>");
    let e = call::call_value(&mut vm, &sup, vec![b.clone(), int(1)]).unwrap_err();
    assert_eq!(
        err_text(&mut vm, e),
        "TypeError: super(type, obj): obj must be an instance or subtype of type"
    );
    let e = call::call_value(&mut vm, &sup, vec![int(1), int(1)]).unwrap_err();
    assert_eq!(
        err_text(&mut vm, e),
        "TypeError: super() argument 1 must be a type, not int"
    );
    let e = attr::getattr(&mut vm, &sp, "zz").unwrap_err();
    assert_eq!(
        err_text(&mut vm, e),
        "AttributeError: 'super' object has no attribute 'zz'"
    );
    // super() in a function without a __class__ cell
    let u2 = unit(
        "h",
        vec![
            LoadGlobal {
                name: 0,
                push_null: true,
            },
            Call(0),
            ReturnValue,
        ],
        vec![],
        &["super"],
        &["x"],
        &[],
    );
    let h = func(&vm, &u2, &g, Value::NONE);
    let e = call::call_value(&mut vm, &h, vec![int(1)]).unwrap_err();
    assert_eq!(
        err_text(&mut vm, e),
        "RuntimeError: super(): __class__ cell not found"
    );
    let u3 = unit(
        "k",
        vec![
            LoadGlobal {
                name: 0,
                push_null: true,
            },
            Call(0),
            ReturnValue,
        ],
        vec![],
        &["super"],
        &[],
        &[],
    );
    let k = func(&vm, &u3, &g, Value::NONE);
    let e = call::call_value(&mut vm, &k, vec![]).unwrap_err();
    assert_eq!(err_text(&mut vm, e), "RuntimeError: super(): no arguments");
}

#[test]
fn builtin_functions_and_descriptors() {
    let mut vm = vm();
    let len = vm
        .builtins
        .downcast::<dict::Dict>()
        .unwrap()
        .get_rs("len")
        .unwrap();
    assert_eq!(repr(&mut vm, &len), "<built-in function len>");
    assert_eq!(
        pystr::as_str(&get(&mut vm, &len, "__module__")),
        Some("builtins")
    );
    assert_eq!(
        pystr::as_str(&get(&mut vm, &len, "__qualname__")),
        Some("len")
    );
    assert!(get(&mut vm, &len, "__text_signature__").is_none());
    let slf = get(&mut vm, &len, "__self__");
    assert_eq!(repr(&mut vm, &slf), "<module 'builtins' (built-in)>");
    let getter = tdata(&types().property).dict.get_rs("getter").unwrap();
    assert_eq!(
        repr(&mut vm, &getter),
        "<method 'getter' of 'property' objects>"
    );
    assert_eq!(
        pystr::as_str(&get(&mut vm, &getter, "__qualname__")),
        Some("property.getter")
    );
    assert!(get(&mut vm, &getter, "__objclass__").bits() == ty(&types().property).bits());
    let e = call_method(&mut vm, &getter, "__get__", vec![int(1)]).unwrap_err();
    assert_eq!(
        err_text(&mut vm, e),
        "TypeError: descriptor 'getter' for 'property' objects doesn't apply to a 'int' object"
    );
    let p = call::call_value(&mut vm, &ty(&types().property), vec![]).unwrap();
    let bound = call_method(&mut vm, &getter, "__get__", vec![p.clone()]).unwrap();
    assert!(repr(&mut vm, &bound).starts_with("<built-in method getter of property object at 0x"));
    let init = tdata(&types().property).dict.get_rs("__init__").unwrap();
    assert_eq!(
        repr(&mut vm, &init),
        "<slot wrapper '__init__' of 'property' objects>"
    );
    let binit = get(&mut vm, &p, "__init__");
    assert!(
        repr(&mut vm, &binit).starts_with("<method-wrapper '__init__' of property object at 0x")
    );
    let new = get(&mut vm, &ty(&types().property), "__new__");
    assert!(repr(&mut vm, &new).starts_with("<built-in method __new__ of type object at 0x"));
    assert_eq!(
        pystr::as_str(&get(&mut vm, &new, "__qualname__")),
        Some("property.__new__")
    );
    let red = call_method(&mut vm, &len, "__reduce__", vec![]).unwrap();
    assert_eq!(pystr::as_str(&red), Some("len"));
    let r = call_method(
        &mut vm,
        &len,
        "__call__",
        vec![tuple::new_tuple(vec![int(1), int(2)])],
    )
    .unwrap();
    assert_eq!(r.as_int(), Some(2));
}

fn gen_unit(
    name: &str,
    flags: u32,
    instrs: Vec<Instr>,
    consts: Vec<Const>,
    table: Vec<weft_vm::compiler::bytecode::ExceptionEntry>,
) -> CodeUnit {
    let mut u = unit(name, instrs, consts, &[], &[], &[]);
    u.flags |= flags;
    u.exception_table = table;
    u
}

/// `def g(): yield 1; yield 2; return 5`
fn simple_gen(vm: &Vm) -> Value {
    use Instr::*;
    let u = gen_unit(
        "g",
        weft_vm::compiler::bytecode::flags::GENERATOR,
        vec![
            ReturnGenerator,
            LoadConst(0),
            YieldValue,
            PopTop,
            LoadConst(1),
            YieldValue,
            PopTop,
            LoadConst(2),
            ReturnValue,
        ],
        vec![
            Const::Int(1.into()),
            Const::Int(2.into()),
            Const::Int(5.into()),
        ],
        vec![],
    );
    func(vm, &u, &dict::new_dict(), Value::NONE)
}

/// `def g(): try: yield 1 except BaseException: yield 2` (the handler swallows anything, GeneratorExit too).
fn stubborn_gen(vm: &Vm) -> Value {
    use Instr::*;
    let entry = weft_vm::compiler::bytecode::ExceptionEntry {
        start: 1,
        end: 4,
        handler: 6,
        depth: 0,
        lasti: false,
    };
    let u = gen_unit(
        "g2",
        weft_vm::compiler::bytecode::flags::GENERATOR,
        vec![
            ReturnGenerator,
            LoadConst(0),
            YieldValue,
            PopTop,
            LoadConst(2),
            ReturnValue,
            PopTop,
            LoadConst(1),
            YieldValue,
            PopTop,
            LoadConst(2),
            ReturnValue,
        ],
        vec![Const::Int(1.into()), Const::Int(2.into()), Const::None],
        vec![entry],
    );
    func(vm, &u, &dict::new_dict(), Value::NONE)
}

fn next(vm: &mut Vm, g: &Value) -> PyResult<Value> {
    call_method(vm, g, "__next__", vec![])
}

#[test]
fn generators_iterate_send_and_return() {
    let mut vm = vm();
    let gf = simple_gen(&vm);
    let g = call::call_value(&mut vm, &gf, vec![]).unwrap();
    assert!(repr(&mut vm, &g).starts_with("<generator object g at 0x"));
    assert_eq!(get(&mut vm, &g, "gi_suspended").as_bool(), Some(false));
    let e = call_method(&mut vm, &g, "send", vec![int(3)]).unwrap_err();
    assert_eq!(
        err_text(&mut vm, e),
        "TypeError: can't send non-None value to a just-started generator"
    );
    assert_eq!(next(&mut vm, &g).unwrap().as_int(), Some(1));
    assert_eq!(get(&mut vm, &g, "gi_suspended").as_bool(), Some(true));
    assert_eq!(get(&mut vm, &g, "gi_running").as_bool(), Some(false));
    assert!(get(&mut vm, &g, "gi_yieldfrom").is_none());
    let fr = get(&mut vm, &g, "gi_frame");
    assert!(!fr.is_none());
    assert_eq!(
        call_method(&mut vm, &g, "send", vec![int(9)])
            .unwrap()
            .as_int(),
        Some(2)
    );
    let e = next(&mut vm, &g).unwrap_err();
    assert_eq!(err_text(&mut vm, e), "StopIteration: 5");
    assert!(get(&mut vm, &g, "gi_frame").is_none());
    let e = next(&mut vm, &g).unwrap_err();
    assert_eq!(err_text(&mut vm, e), "StopIteration: ");
    assert!(call_method(&mut vm, &g, "__iter__", vec![]).unwrap().bits() == g.bits());
    assert_eq!(pystr::as_str(&get(&mut vm, &g, "__name__")), Some("g"));
}

#[test]
fn generator_close() {
    let mut vm = vm();
    let gf = simple_gen(&vm);
    let g = call::call_value(&mut vm, &gf, vec![]).unwrap();
    assert!(call_method(&mut vm, &g, "close", vec![]).unwrap().is_none());
    let e = next(&mut vm, &g).unwrap_err();
    assert_eq!(err_text(&mut vm, e), "StopIteration: ");
    let g = call::call_value(&mut vm, &gf, vec![]).unwrap();
    next(&mut vm, &g).unwrap();
    assert!(call_method(&mut vm, &g, "close", vec![]).unwrap().is_none());
    assert!(get(&mut vm, &g, "gi_frame").is_none());
    let sf = stubborn_gen(&vm);
    let s2 = call::call_value(&mut vm, &sf, vec![]).unwrap();
    next(&mut vm, &s2).unwrap();
    let e = call_method(&mut vm, &s2, "close", vec![]).unwrap_err();
    assert_eq!(
        err_text(&mut vm, e),
        "RuntimeError: generator ignored GeneratorExit"
    );
}

#[test]
fn generator_throw() {
    let mut vm = vm();
    let sf = stubborn_gen(&vm);
    let g = call::call_value(&mut vm, &sf, vec![]).unwrap();
    next(&mut vm, &g).unwrap();
    let ve = ty(&types().value_error);
    let r = call_method(&mut vm, &g, "throw", vec![ve.clone(), s("boom")]).unwrap();
    assert_eq!(r.as_int(), Some(2));
    let gf = simple_gen(&vm);
    let g = call::call_value(&mut vm, &gf, vec![]).unwrap();
    next(&mut vm, &g).unwrap();
    let e = call_method(&mut vm, &g, "throw", vec![ve.clone(), s("boom")]).unwrap_err();
    assert_eq!(err_text(&mut vm, e), "ValueError: boom");
    let e = next(&mut vm, &g).unwrap_err();
    assert_eq!(err_text(&mut vm, e), "StopIteration: ");
    let e = call_method(&mut vm, &g, "throw", vec![int(1)]).unwrap_err();
    assert_eq!(
        err_text(&mut vm, e),
        "TypeError: exceptions must be classes or instances deriving from BaseException, not int"
    );
    let inst = call::call_value(&mut vm, &ve, vec![s("x")]).unwrap();
    let e = call_method(&mut vm, &g, "throw", vec![inst, int(1)]).unwrap_err();
    assert_eq!(
        err_text(&mut vm, e),
        "TypeError: instance exception may not have a separate value"
    );
}

#[test]
fn coroutines() {
    use Instr::*;
    let mut vm = vm();
    let u = gen_unit(
        "c",
        weft_vm::compiler::bytecode::flags::COROUTINE,
        vec![ReturnGenerator, LoadConst(0), ReturnValue],
        vec![Const::Int(5.into())],
        vec![],
    );
    let cf = func(&vm, &u, &dict::new_dict(), Value::NONE);
    let c = call::call_value(&mut vm, &cf, vec![]).unwrap();
    assert!(repr(&mut vm, &c).starts_with("<coroutine object c at 0x"));
    let e = call_method(&mut vm, &c, "send", vec![Value::NONE]).unwrap_err();
    assert_eq!(err_text(&mut vm, e), "StopIteration: 5");
    let e = call_method(&mut vm, &c, "send", vec![Value::NONE]).unwrap_err();
    assert_eq!(
        err_text(&mut vm, e),
        "RuntimeError: cannot reuse already awaited coroutine"
    );
    let c2 = call::call_value(&mut vm, &cf, vec![]).unwrap();
    let w = call_method(&mut vm, &c2, "__await__", vec![]).unwrap();
    assert_eq!(weft_vm::interp::ops::type_name_of(&w), "coroutine_wrapper");
    let e = next(&mut vm, &w).unwrap_err();
    assert_eq!(err_text(&mut vm, e), "StopIteration: 5");
    assert!(get(&mut vm, &c2, "cr_await").is_none());
}

#[test]
fn async_generators() {
    use Instr::*;
    let mut vm = vm();
    let u = gen_unit(
        "ag",
        weft_vm::compiler::bytecode::flags::ASYNC_GENERATOR,
        vec![
            ReturnGenerator,
            LoadConst(0),
            AsyncGenWrap,
            YieldValue,
            PopTop,
            LoadConst(1),
            ReturnValue,
        ],
        vec![Const::Int(1.into()), Const::None],
        vec![],
    );
    let af = func(&vm, &u, &dict::new_dict(), Value::NONE);
    let ag = call::call_value(&mut vm, &af, vec![]).unwrap();
    assert!(repr(&mut vm, &ag).starts_with("<async_generator object ag at 0x"));
    assert!(
        call_method(&mut vm, &ag, "__aiter__", vec![])
            .unwrap()
            .bits()
            == ag.bits()
    );
    let aw = call_method(&mut vm, &ag, "__anext__", vec![]).unwrap();
    assert_eq!(
        weft_vm::interp::ops::type_name_of(&aw),
        "async_generator_asend"
    );
    let e = call_method(&mut vm, &aw, "send", vec![Value::NONE]).unwrap_err();
    assert_eq!(err_text(&mut vm, e), "StopIteration: 1");
    let e = call_method(&mut vm, &aw, "send", vec![Value::NONE]).unwrap_err();
    assert_eq!(
        err_text(&mut vm, e),
        "RuntimeError: cannot reuse already awaited __anext__()/asend()"
    );
    let aw2 = call_method(&mut vm, &ag, "__anext__", vec![]).unwrap();
    let e = next(&mut vm, &aw2).unwrap_err();
    assert_eq!(err_text(&mut vm, e), "StopAsyncIteration: ");
    let ag2 = call::call_value(&mut vm, &af, vec![]).unwrap();
    let aw3 = call_method(&mut vm, &ag2, "__anext__", vec![]).unwrap();
    let _ = next(&mut vm, &aw3).unwrap_err();
    let cl = call_method(&mut vm, &ag2, "aclose", vec![]).unwrap();
    let e = next(&mut vm, &cl).unwrap_err();
    assert_eq!(err_text(&mut vm, e), "StopIteration: ");
    assert_eq!(get(&mut vm, &ag2, "ag_running").as_bool(), Some(false));
}

#[test]
fn cells() {
    let mut vm = vm();
    let cell_ty = ty(&types().cell);
    let c = call::call_value(&mut vm, &cell_ty, vec![]).unwrap();
    assert!(repr(&mut vm, &c).ends_with(": empty>"));
    let e = attr::getattr(&mut vm, &c, "cell_contents").unwrap_err();
    assert_eq!(err_text(&mut vm, e), "ValueError: Cell is empty");
    attr::setattr(&mut vm, &c, "cell_contents", int(3)).unwrap();
    assert_eq!(get(&mut vm, &c, "cell_contents").as_int(), Some(3));
    let e = call::call_value(&mut vm, &cell_ty, vec![int(1), int(2)]).unwrap_err();
    assert_eq!(
        err_text(&mut vm, e),
        "TypeError: cell expected at most 1 argument, got 2"
    );
    let d = call::call_value(&mut vm, &cell_ty, vec![int(3)]).unwrap();
    assert_eq!(
        call_method(&mut vm, &c, "__eq__", vec![d])
            .unwrap()
            .as_bool(),
        Some(true)
    );
}

#[test]
fn code_objects() {
    let mut vm = vm();
    let f = const_func(&vm, "f", &["a", "b"], Const::None);
    let co = get(&mut vm, &f, "__code__");
    assert!(repr(&mut vm, &co).starts_with("<code object f at 0x"));
    assert!(repr(&mut vm, &co).ends_with(", file \"<test>\", line 1>"));
    assert_eq!(get(&mut vm, &co, "co_argcount").as_int(), Some(2));
    assert_eq!(get(&mut vm, &co, "co_nlocals").as_int(), Some(2));
    let vn = get(&mut vm, &co, "co_varnames");
    assert_eq!(tuple::as_tuple(&vn).map(|t| t.len()), Some(2));
    let code_bytes = get(&mut vm, &co, "co_code");
    assert_eq!(
        weft_vm::objects::bytes::as_bytes(&code_bytes).map(|b| b.len()),
        Some(4)
    );
    let lines = call_method(&mut vm, &co, "co_lines", vec![]).unwrap();
    let items = protocols::iterate(&mut vm, &lines).unwrap();
    assert_eq!(items.len(), 1);
    let r = attr::getattr(&mut vm, &co, "replace").unwrap();
    let co2 = call::call_value_kw(&mut vm, &r, vec![], vec![("co_name", s("g"))]).unwrap();
    assert_eq!(pystr::as_str(&get(&mut vm, &co2, "co_name")), Some("g"));
    let e = call::call_value_kw(&mut vm, &r, vec![], vec![("co_bogus", int(1))]).unwrap_err();
    assert_eq!(
        err_text(&mut vm, e),
        "TypeError: 'co_bogus' is an invalid keyword argument for replace()"
    );
}

#[test]
fn tracebacks_and_frames() {
    use Instr::*;
    let mut vm = vm();
    // def f(): raise ValueError   (called, caught here)
    let u = unit(
        "f",
        vec![
            LoadGlobal {
                name: 0,
                push_null: false,
            },
            Raise(1),
        ],
        vec![],
        &["ValueError"],
        &[],
        &[],
    );
    let g = dict::new_dict();
    let f = func(&vm, &u, &g, Value::NONE);
    let e = call::call_value(&mut vm, &f, vec![]).unwrap_err();
    let exc = Value::obj(weft_vm::interp::exc::normalize(&mut vm, e));
    let tb = get(&mut vm, &exc, "__traceback__");
    assert_eq!(get(&mut vm, &tb, "tb_lineno").as_int(), Some(1));
    assert_eq!(get(&mut vm, &tb, "tb_lasti").as_int(), Some(2));
    assert!(get(&mut vm, &tb, "tb_next").is_none());
    let e = attr::setattr(&mut vm, &tb, "tb_next", int(1)).unwrap_err();
    assert_eq!(
        err_text(&mut vm, e),
        "TypeError: expected traceback object, got 'int'"
    );
    let e = attr::setattr(&mut vm, &tb, "tb_next", tb.clone()).unwrap_err();
    assert_eq!(err_text(&mut vm, e), "ValueError: traceback loop detected");
    let fr = get(&mut vm, &tb, "tb_frame");
    assert!(repr(&mut vm, &fr).ends_with(", file '<test>', line 1, code f>"));
    let code = get(&mut vm, &fr, "f_code");
    assert_eq!(pystr::as_str(&get(&mut vm, &code, "co_name")), Some("f"));
    assert!(get(&mut vm, &fr, "f_globals").bits() == Value::obj(g.clone()).bits());
    assert!(call_method(&mut vm, &fr, "clear", vec![])
        .unwrap()
        .is_none());
    let tbt = ty(&types().traceback);
    let t2 =
        call::call_value(&mut vm, &tbt, vec![Value::NONE, fr.clone(), int(0), int(7)]).unwrap();
    assert_eq!(get(&mut vm, &t2, "tb_lineno").as_int(), Some(7));
    let e = call::call_value(&mut vm, &tbt, vec![int(1), fr, int(0), int(7)]).unwrap_err();
    assert_eq!(
        err_text(&mut vm, e),
        "TypeError: expected traceback object or None, got 'int'"
    );
}

#[test]
fn modules_and_singletons() {
    let mut vm = vm();
    let mt = ty(&types().module);
    let m = call::call_value(&mut vm, &mt, vec![s("m")]).unwrap();
    assert_eq!(repr(&mut vm, &m), "<module 'm'>");
    let e = attr::getattr(&mut vm, &m, "zz").unwrap_err();
    assert_eq!(
        err_text(&mut vm, e),
        "AttributeError: module 'm' has no attribute 'zz'"
    );
    attr::setattr(&mut vm, &m, "__file__", s("/x/y.py")).unwrap();
    assert_eq!(repr(&mut vm, &m), "<module 'm' from '/x/y.py'>");
    let e = call::call_value(&mut vm, &mt, vec![int(1)]).unwrap_err();
    assert_eq!(
        err_text(&mut vm, e),
        "TypeError: module() argument 'name' must be str, not int"
    );
    let d = get(&mut vm, &m, "__dict__");
    assert!(dict::as_dict(&d)
        .unwrap()
        .get_rs("__spec__")
        .unwrap()
        .is_none());
    let hook = const_func(&vm, "__getattr__", &["name"], Const::Int(42.into()));
    attr::setattr(&mut vm, &m, "__getattr__", hook).unwrap();
    assert_eq!(get(&mut vm, &m, "anything").as_int(), Some(42));
    let ann = get(&mut vm, &m, "__annotations__");
    assert!(dict::as_dict(&ann).is_some());
    let none_t = ty(&types().none_type);
    assert!(call::call_value(&mut vm, &none_t, vec![])
        .unwrap()
        .is_none());
    let e = call::call_value(&mut vm, &none_t, vec![int(1)]).unwrap_err();
    assert_eq!(
        err_text(&mut vm, e),
        "TypeError: NoneType takes no arguments"
    );
    let ell = ty(&types().ellipsis_type);
    let v = call::call_value(&mut vm, &ell, vec![]).unwrap();
    assert_eq!(repr(&mut vm, &v), "Ellipsis");
    let ni = Value::obj(types().not_implemented.clone());
    assert_eq!(
        pystr::as_str(&call_method(&mut vm, &ni, "__reduce__", vec![]).unwrap()),
        Some("NotImplemented")
    );
    assert_eq!(
        call_method(&mut vm, &Value::NONE, "__bool__", vec![])
            .unwrap()
            .as_bool(),
        Some(false)
    );
}
