//! Frame objects as Python sees them (`sys._getframe()`, `tb_frame`): a snapshot of a heap frame's identity
//! (code, globals, line, locals) made when asked for.
use crate::heap::{Kind, ObjRef, Payload, Value};
use crate::interp::frame::Frame;
use std::cell::{Cell, RefCell};

pub struct FrameObj {
    pub code: ObjRef,
    pub globals: ObjRef,
    pub builtins: ObjRef,
    pub lineno: Cell<u32>,
    pub lasti: Cell<u32>,
    /// A snapshot of the locals, or the frame's locals mapping.
    pub locals: RefCell<Value>,
    pub back: RefCell<Value>,
}

impl Payload for FrameObj {
    const KIND: Kind = Kind::Frame;
}

/// The frame object of `f` (created once per frame and cached on it is not possible through `&Frame`, so
/// tracebacks share a fresh object per entry; identity is not observable through them in practice).
pub fn frame_object(f: &Frame) -> Value {
    if let Some(o) = f.frame_obj.as_obj() {
        if let Some(fo) = o.downcast::<FrameObj>() {
            fo.lineno.set(f.code().line_of(f.lasti()));
            fo.lasti.set(f.lasti() as u32);
        }
        return f.frame_obj.clone();
    }
    let fo = FrameObj {
        code: f.code.clone(),
        globals: f.globals.clone(),
        builtins: f.builtins.clone(),
        lineno: Cell::new(f.code().line_of(f.lasti())),
        lasti: Cell::new(f.lasti() as u32),
        locals: RefCell::new(if f.locals.is_null() {
            Value::NONE
        } else {
            f.locals.clone()
        }),
        back: RefCell::new(Value::NONE),
    };
    Value::obj(crate::heap::alloc(&crate::objects::types().frame, fo, None))
}

/// Fills the namespace of this file's type(s).
pub fn register() {}
