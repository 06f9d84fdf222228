//! `posix` as programs see it: imported into a `Vm` and called on a temporary file.
use weft_vm::heap::Value;
use weft_vm::interp::{attr, call, import, Vm};
use weft_vm::objects::{int, str as pystr};

fn posix(vm: &mut Vm) -> Value {
    crate::register(vm);
    import::import_abs(vm, "posix").expect("posix imports")
}

fn call(vm: &mut Vm, m: &Value, name: &str, args: Vec<Value>) -> Value {
    let f = attr::getattr(vm, m, name).expect(name);
    call::call_value(vm, &f, args).expect(name)
}

#[test]
fn stat_of_a_written_file() {
    let mut vm = Vm::new(vec![], vec![], Default::default());
    let m = posix(&mut vm);
    let dir = std::env::temp_dir().join(format!("weft-posix-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("f.txt");
    std::fs::write(&file, b"hello").unwrap();
    let p = pystr::new_string(file.to_string_lossy().into_owned());
    let st = call(&mut vm, &m, "stat", vec![p.clone()]);
    let size = attr::getattr(&mut vm, &st, "st_size").unwrap();
    assert_eq!(int::to_i64(&size), Some(5));
    let mode = attr::getattr(&mut vm, &st, "st_mode").unwrap();
    assert_eq!(int::to_i64(&mode).unwrap() & 0o170000, 0o100000);
    let mtime = attr::getattr(&mut vm, &st, "st_mtime").unwrap();
    assert!(weft_vm::objects::float::to_f64(&mtime).is_some_and(|t| t > 0.0));

    call(&mut vm, &m, "remove", vec![p.clone()]);
    let f = attr::getattr(&mut vm, &m, "stat").unwrap();
    let err = call::call_value(&mut vm, &f, vec![p]).unwrap_err();
    let exc = weft_vm::interp::exc::normalize(&mut vm, err);
    let ty = weft_vm::objects::typeobj::type_name(exc.ty()).to_string();
    assert_eq!(ty, "FileNotFoundError");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn descriptors_round_trip() {
    let mut vm = Vm::new(vec![], vec![], Default::default());
    let m = posix(&mut vm);
    let pair = call(&mut vm, &m, "pipe", vec![]);
    let fds = weft_vm::objects::tuple::as_tuple(&pair).unwrap().to_vec();
    let data = weft_vm::objects::bytes::new_bytes(b"abc".to_vec());
    let n = call(&mut vm, &m, "write", vec![fds[1].clone(), data]);
    assert_eq!(int::to_i64(&n), Some(3));
    let got = call(&mut vm, &m, "read", vec![fds[0].clone(), int::from_i64(10)]);
    assert_eq!(weft_vm::objects::bytes::as_bytes(&got), Some(&b"abc"[..]));
    for fd in fds {
        call(&mut vm, &m, "close", vec![fd]);
    }
}
