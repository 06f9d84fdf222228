//! How the collector sees each payload kind: the values an object references (`traverse`), and how to drop
//! them to break a cycle (`clear`).
use crate::heap::{Kind, ObjRef, Value};
use crate::objects::{self, dict::Dict, set::Set};

/// Calls `f` on every value `o` references (its type included).
pub fn traverse(o: &ObjRef, f: &mut dyn FnMut(&Value)) {
    f(&Value::obj(o.ty().clone()));
    if let Some(area) = o.attrs() {
        for c in area.slots(o) {
            let v = c.take();
            f(&v);
            c.set(v);
        }
    }
    match o.kind() {
        Kind::List => {
            if let Some(l) = o.downcast::<objects::list::List>() {
                if let Ok(items) = l.items.try_borrow() {
                    items.iter().for_each(&mut *f);
                }
            }
        }
        Kind::Tuple => {
            if let Some(t) = o.downcast::<objects::tuple::Tuple>() {
                t.items.iter().for_each(&mut *f);
            }
        }
        Kind::Dict => {
            if let Some(d) = o.downcast::<Dict>() {
                d.for_each(|k, v| {
                    f(k);
                    f(v);
                });
            }
        }
        Kind::Set => {
            if let Some(s) = o.downcast::<Set>() {
                for k in s.keys() {
                    f(&k);
                }
            }
        }
        Kind::Type => {
            if let Some(t) = o.downcast::<objects::typeobj::TypeData>() {
                t.dict.for_each(|k, v| {
                    f(k);
                    f(v);
                });
                if let Ok(b) = t.bases.try_borrow() {
                    b.iter().for_each(|x| f(&Value::obj(x.clone())));
                }
                // The mro starts with the type itself: that self-reference is counted too, or
                // no class could ever be found garbage.
                if let Ok(m) = t.mro.try_borrow() {
                    m.iter().for_each(|x| f(&Value::obj(x.clone())));
                }
                if let Ok(b) = t.base.try_borrow() {
                    if let Some(b) = b.as_ref() {
                        f(&Value::obj(b.clone()));
                    }
                }
            }
        }
        Kind::Function => {
            if let Some(func) = o.downcast::<objects::function::Function>() {
                for c in [
                    &func.name,
                    &func.qualname,
                    &func.defaults,
                    &func.kwdefaults,
                    &func.doc,
                    &func.module,
                    &func.annotations,
                ] {
                    if let Ok(v) = c.try_borrow() {
                        f(&v);
                    }
                }
                f(&func.closure);
                f(&Value::obj(func.globals.clone()));
                if let Ok(d) = func.dict.try_borrow() {
                    if let Some(d) = d.as_ref() {
                        f(&Value::obj(d.clone()));
                    }
                }
            }
        }
        Kind::Builtin => {
            if let Some(b) = o.downcast::<objects::builtin::Builtin>() {
                if let Some(s) = &b.self_ {
                    f(s);
                }
            }
        }
        Kind::Method => {
            if let Some(m) = o.downcast::<objects::method::Method>() {
                f(&m.func);
                f(&m.self_);
            }
        }
        Kind::Module => {
            if let Some(m) = o.downcast::<objects::module::Module>() {
                f(&Value::obj(m.dict.clone()));
            }
        }
        Kind::Cell => {
            if let Some(c) = o.downcast::<objects::cell::CellObj>() {
                if let Ok(v) = c.value.try_borrow() {
                    f(&v);
                }
            }
        }
        Kind::Property => {
            if let Some(p) = o.downcast::<objects::descriptors::Property>() {
                for c in [&p.fget, &p.fset, &p.fdel, &p.doc, &p.name] {
                    if let Ok(v) = c.try_borrow() {
                        f(&v);
                    }
                }
            }
        }
        Kind::ClassMethod => {
            if let Some(c) = o.downcast::<objects::descriptors::ClassMethod>() {
                if let Ok(v) = c.func.try_borrow() {
                    f(&v);
                }
            }
        }
        Kind::StaticMethod => {
            if let Some(c) = o.downcast::<objects::descriptors::StaticMethod>() {
                if let Ok(v) = c.func.try_borrow() {
                    f(&v);
                }
            }
        }
        Kind::Generator => {
            if let Some(g) = o.downcast::<objects::generator::Generator>() {
                if let Ok(fr) = g.frame.try_borrow() {
                    if let Some(fr) = fr.as_ref() {
                        fr.slots.iter().for_each(&mut *f);
                        f(&fr.locals);
                        f(&fr.func);
                        f(&Value::obj(fr.globals.clone()));
                    }
                }
                for c in [&g.exc_state, &g.name, &g.qualname] {
                    if let Ok(v) = c.try_borrow() {
                        f(&v);
                    }
                }
            }
        }
        Kind::Iter => {
            if let Some(i) = o.downcast::<objects::iterators::Iter>() {
                if let Ok(st) = i.state.try_borrow() {
                    traverse_iter(&st, f);
                }
            }
        }
        Kind::Slice => {
            if let Some(s) = o.downcast::<objects::slice::Slice>() {
                f(&s.start);
                f(&s.stop);
                f(&s.step);
            }
        }
        Kind::Exception => {
            if let Some(e) = o.downcast::<objects::exception::ExceptionData>() {
                for c in [&e.args, &e.traceback, &e.context, &e.cause] {
                    if let Ok(v) = c.try_borrow() {
                        f(&v);
                    }
                }
            }
        }
        Kind::Traceback => {
            if let Some(t) = o.downcast::<objects::traceback::Traceback>() {
                if let Ok(v) = t.next.try_borrow() {
                    f(&v);
                }
                f(&t.frame);
            }
        }
        Kind::Frame => {
            if let Some(fo) = o.downcast::<objects::frameobj::FrameObj>() {
                f(&Value::obj(fo.globals.clone()));
                for c in [&fo.locals, &fo.back, &fo.trace, &fo.c_call] {
                    if let Ok(v) = c.try_borrow() {
                        f(&v);
                    }
                }
                if let Ok(kept) = fo.kept.try_borrow() {
                    for v in kept.iter() {
                        f(v);
                    }
                }
            }
        }
        Kind::Super => {
            if let Some(s) = o.downcast::<objects::superobj::Super>() {
                f(&s.this);
                f(&s.obj);
                f(&s.obj_type);
            }
        }
        Kind::MappingProxy => {
            if let Some(m) = o.downcast::<objects::mappingproxy::MappingProxy>() {
                f(&m.target);
            }
        }
        Kind::DictView => {
            if let Some(d) = o.downcast::<objects::dictview::DictView>() {
                f(&d.dict);
            }
        }
        Kind::MemoryView => {
            if let Some(m) = o.downcast::<objects::memoryview::MemoryView>() {
                f(&m.obj);
            }
        }
        Kind::Native => {
            if let Some(t) = o
                .downcast::<objects::native::NativeObj>()
                .and_then(|n| n.traced_data())
            {
                t.traverse(f);
            }
        }
        // Other native payloads are opaque: their references count as external, which only makes the
        // collector more conservative.
        _ => {}
    }
}

fn traverse_iter(st: &objects::iterators::IterState, f: &mut dyn FnMut(&Value)) {
    use objects::iterators::IterState::*;
    match st {
        List { list, .. } | ListReversed { list, .. } => f(list),
        Tuple { tuple, .. } => f(tuple),
        Str { s, .. } => f(s),
        Bytes { b, .. } => f(b),
        Dict { dict, .. } => f(dict),
        Set { set, .. } => f(set),
        Seq { seq, .. } => f(seq),
        Callable { func, sentinel } => {
            f(func);
            f(sentinel);
        }
        Enumerate { it, count } => {
            f(it);
            f(count);
        }
        Zip { its, .. } => its.iter().for_each(f),
        Map { func, its } => {
            f(func);
            its.iter().for_each(f);
        }
        Filter { func, it } => {
            f(func);
            f(it);
        }
        Range { .. } | BigRange(_) | Exhausted => {}
    }
}

/// Drops the references of an unreachable container (CPython's `tp_clear`). Values are taken out first
/// and dropped after every borrow ended, since dropping may run code.
pub fn clear(o: &ObjRef) {
    let mut dropped: Vec<Value> = Vec::new();
    if let Some(area) = o.attrs() {
        for c in area.slots(o) {
            dropped.push(c.replace(Value::NULL));
        }
    }
    match o.kind() {
        Kind::List => {
            if let Some(l) = o.downcast::<objects::list::List>() {
                if let Ok(mut items) = l.items.try_borrow_mut() {
                    dropped.extend(items.drain(..));
                }
            }
        }
        Kind::Dict => {
            if let Some(d) = o.downcast::<Dict>() {
                d.clear();
            }
        }
        Kind::Set => {
            if let Some(s) = o.downcast::<Set>() {
                s.clear();
            }
        }
        Kind::Type => {
            if let Some(t) = o.downcast::<objects::typeobj::TypeData>() {
                if t.has(objects::typeobj::tflag::HEAPTYPE) {
                    t.dict.clear();
                    // Like CPython's `type_clear`, which drops `tp_mro`: it holds the type itself.
                    if let Ok(mut m) = t.mro.try_borrow_mut() {
                        dropped.extend(m.drain(..).map(Value::obj));
                    }
                    crate::objects::typeobj::invalidate_caches();
                }
            }
        }
        Kind::Function => {
            if let Some(func) = o.downcast::<objects::function::Function>() {
                for c in [
                    &func.defaults,
                    &func.kwdefaults,
                    &func.doc,
                    &func.annotations,
                ] {
                    if let Ok(mut v) = c.try_borrow_mut() {
                        dropped.push(std::mem::replace(&mut *v, Value::NONE));
                    }
                }
                if let Ok(mut d) = func.dict.try_borrow_mut() {
                    if let Some(d) = d.take() {
                        dropped.push(Value::obj(d));
                    }
                }
            }
        }
        Kind::Cell => {
            if let Some(c) = o.downcast::<objects::cell::CellObj>() {
                if let Ok(mut v) = c.value.try_borrow_mut() {
                    dropped.push(std::mem::replace(&mut *v, Value::NULL));
                }
            }
        }
        Kind::Property => {
            if let Some(p) = o.downcast::<objects::descriptors::Property>() {
                for c in [&p.fget, &p.fset, &p.fdel, &p.doc] {
                    if let Ok(mut v) = c.try_borrow_mut() {
                        dropped.push(std::mem::replace(&mut *v, Value::NONE));
                    }
                }
            }
        }
        Kind::ClassMethod => {
            if let Some(c) = o.downcast::<objects::descriptors::ClassMethod>() {
                if let Ok(mut v) = c.func.try_borrow_mut() {
                    dropped.push(std::mem::replace(&mut *v, Value::NONE));
                }
            }
        }
        Kind::StaticMethod => {
            if let Some(c) = o.downcast::<objects::descriptors::StaticMethod>() {
                if let Ok(mut v) = c.func.try_borrow_mut() {
                    dropped.push(std::mem::replace(&mut *v, Value::NONE));
                }
            }
        }
        Kind::Generator => {
            if let Some(g) = o.downcast::<objects::generator::Generator>() {
                let fr = g.frame.try_borrow_mut().ok().and_then(|mut f| f.take());
                if let Some(mut fr) = fr {
                    dropped.append(&mut fr.slots);
                    dropped.push(fr.locals.take());
                    dropped.push(fr.func.take());
                }
            }
        }
        Kind::Iter => {
            if let Some(i) = o.downcast::<objects::iterators::Iter>() {
                if let Ok(mut st) = i.state.try_borrow_mut() {
                    let old = std::mem::replace(&mut *st, objects::iterators::IterState::Exhausted);
                    drop(st);
                    drop(old);
                }
            }
        }
        Kind::Exception => {
            if let Some(e) = o.downcast::<objects::exception::ExceptionData>() {
                for c in [&e.traceback, &e.context, &e.cause] {
                    if let Ok(mut v) = c.try_borrow_mut() {
                        dropped.push(std::mem::replace(&mut *v, Value::NONE));
                    }
                }
                if let Ok(mut v) = e.args.try_borrow_mut() {
                    dropped.push(std::mem::replace(
                        &mut *v,
                        objects::tuple::new_tuple(Vec::new()),
                    ));
                }
            }
        }
        Kind::Traceback => {
            if let Some(t) = o.downcast::<objects::traceback::Traceback>() {
                if let Ok(mut v) = t.next.try_borrow_mut() {
                    dropped.push(std::mem::replace(&mut *v, Value::NONE));
                }
            }
        }
        Kind::Frame => {
            if let Some(fo) = o.downcast::<objects::frameobj::FrameObj>() {
                for c in [&fo.locals, &fo.back, &fo.trace, &fo.c_call] {
                    if let Ok(mut v) = c.try_borrow_mut() {
                        dropped.push(std::mem::replace(&mut *v, Value::NONE));
                    }
                }
                if let Ok(mut kept) = fo.kept.try_borrow_mut() {
                    dropped.append(&mut kept);
                }
            }
        }
        Kind::Native => {
            if let Some(t) = o
                .downcast::<objects::native::NativeObj>()
                .and_then(|n| n.traced_data())
            {
                t.clear(&mut dropped);
            }
        }
        _ => {}
    }
    drop(dropped);
}
