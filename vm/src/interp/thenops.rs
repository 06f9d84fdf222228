//! Carrying out a `Then` when a frame the interpreter pushed finishes: the rest of the instruction that
//! pushed it.
use crate::heap::Value;
use crate::interp::error::{self, PyResult};
use crate::interp::frame::Frame;
use crate::interp::then::Then;
use crate::interp::{call, exc, ops, Flow, Vm};
use crate::objects::types;

/// Applies `then` to caller `c` with the callee's result. Returns a new frame to run when the continuation
/// itself needs a call (e.g. the reflected operand's method after `NotImplemented`).
pub fn apply(
    vm: &mut Vm,
    c: &mut Frame,
    then: Then,
    result: PyResult<Value>,
    gen_returned: bool,
) -> PyResult<Option<Box<Frame>>> {
    match then {
        Then::Push => match result {
            Ok(v) => {
                if gen_returned && !vm.yielded {
                    // `next(gen)`/`send` resumed the generator from the loop and it returned.
                    return Err(crate::objects::generator::stop_with(v));
                }
                c.push(v);
                Ok(None)
            }
            Err(e) => Err(e),
        },
        Then::Discard => result.map(|_| None),
        Then::Return(_) => Err(error::system_error("Return continuation reached apply")),
        Then::Finish(..) => Err(error::system_error("Finish continuation reached apply")),
        Then::Init(inst) => {
            let v = result?;
            if !v.is_none() {
                return Err(error::type_error(format!(
                    "__init__() should return None, not '{}'",
                    ops::type_name_of(&v)
                )));
            }
            c.push(inst);
            Ok(None)
        }
        Then::Binary {
            op,
            lhs,
            rhs,
            reflected,
            iop,
        } => {
            let v = result?;
            if ops::is_not_implemented(&v) {
                let r = ops::binary_continue(vm, op, lhs, rhs, reflected, iop);
                return push_flow(vm, c, r);
            }
            c.push(v);
            Ok(None)
        }
        Then::Compare {
            op,
            lhs,
            rhs,
            reflected,
        } => {
            let v = result?;
            if ops::is_not_implemented(&v) {
                let r = ops::compare_continue(vm, op, lhs, rhs, reflected);
                return push_flow(vm, c, r);
            }
            c.push(v);
            Ok(None)
        }
        Then::JumpIf {
            jump_if,
            target,
            pop,
            len,
        } => {
            let v = result?;
            let b = ops::truth_result(&v, len)?;
            if b == jump_if {
                c.ip = target as usize;
            } else if pop {
                // Jump*OrPop keeps the operand on the stack only when it jumps.
                drop(c.pop());
            }
            Ok(None)
        }
        Then::Not { len } => {
            let v = result?;
            let b = ops::truth_result(&v, len)?;
            c.push(Value::bool(!b));
            Ok(None)
        }
        Then::ForIter { target } => match result {
            Ok(v) => {
                if gen_returned && !vm.yielded {
                    // The generator being iterated finished: end the loop.
                    if !v.is_none() && vm.tracing_on() {
                        let e = crate::objects::generator::stop_with(v);
                        crate::interp::trace::loop_stopped(vm, c, e);
                    }
                    drop(c.pop());
                    c.ip = target as usize;
                    return Ok(None);
                }
                c.push(v);
                Ok(None)
            }
            Err(e) => {
                if exc::matches_type(&e, &types().stop_iteration) {
                    if vm.tracing_on() {
                        crate::interp::trace::loop_stopped(vm, c, e);
                    }
                    drop(c.pop());
                    c.ip = target as usize;
                    Ok(None)
                } else {
                    Err(e)
                }
            }
        },
        Then::GetAttrFallback { obj, name, method } => match result {
            Ok(v) => {
                c.push(v);
                Ok(None)
            }
            Err(e) if exc::matches_type(&e, &types().attribute_error) => {
                let ty = ops::a_type(&obj);
                match crate::objects::typeobj::lookup_str(&ty, "__getattr__") {
                    Some(g) => {
                        let _ = method;
                        let then = Then::AttrContext {
                            obj: obj.clone(),
                            name: name.clone(),
                        };
                        match call::call_special_then(vm, &g, vec![obj.clone(), name.clone()], then)
                        {
                            Err(e) => Err(exc::attribute_error_context(vm, e, &obj, &name)),
                            r => push_flow(vm, c, r),
                        }
                    }
                    None => Err(e),
                }
            }
            Err(e) => Err(e),
        },
        Then::AttrContext { obj, name } => match result {
            Ok(v) => {
                c.push(v);
                Ok(None)
            }
            Err(e) => Err(exc::attribute_error_context(vm, e, &obj, &name)),
        },
        Then::PushAfterNull => {
            let v = result?;
            c.push(Value::NULL);
            c.push(v);
            Ok(None)
        }
        Then::Contains { negate } => {
            let v = result?;
            let b = ops::truthy(vm, &v);
            c.push(Value::bool(b? != negate));
            Ok(None)
        }
        Then::GetIter => {
            let v = result?;
            crate::interp::protocols::check_iterator(&v)?;
            c.push(v);
            Ok(None)
        }
        Then::Send { target } => {
            let v = result?;
            if gen_returned && !vm.yielded {
                drop(c.pop());
                c.push(v);
                c.ip = target as usize;
            } else {
                c.push(v);
            }
            Ok(None)
        }
        Then::Enter => {
            let v = result?;
            c.push(v);
            Ok(None)
        }
        Then::Hash | Then::Index => {
            let v = result?;
            c.push(v);
            Ok(None)
        }
    }
}

/// Finishes a continuation for a frame run re-entrantly by a native (`call::run_flow`).
pub fn finish_native(vm: &mut Vm, then: Then, r: PyResult<Value>) -> PyResult<Value> {
    match then {
        Then::Init(inst) => {
            let v = r?;
            if !v.is_none() {
                return Err(error::type_error(format!(
                    "__init__() should return None, not '{}'",
                    ops::type_name_of(&v)
                )));
            }
            Ok(inst)
        }
        Then::Binary {
            op,
            lhs,
            rhs,
            reflected,
            iop,
        } => {
            let v = r?;
            if ops::is_not_implemented(&v) {
                let f = ops::binary_continue(vm, op, lhs, rhs, reflected, iop)?;
                return call::run_flow(vm, f);
            }
            Ok(v)
        }
        Then::Compare {
            op,
            lhs,
            rhs,
            reflected,
        } => {
            let v = r?;
            if ops::is_not_implemented(&v) {
                let f = ops::compare_continue(vm, op, lhs, rhs, reflected)?;
                return call::run_flow(vm, f);
            }
            Ok(v)
        }
        Then::GetAttrFallback { obj, name, .. } => match r {
            Err(e) if exc::matches_type(&e, &types().attribute_error) => {
                let ty = ops::a_type(&obj);
                match crate::objects::typeobj::lookup_str(&ty, "__getattr__") {
                    Some(g) => call::call_special(vm, &g, &obj, vec![name.clone()])
                        .map_err(|e| exc::attribute_error_context(vm, e, &obj, &name)),
                    None => Err(e),
                }
            }
            other => other,
        },
        Then::AttrContext { obj, name } => {
            r.map_err(|e| exc::attribute_error_context(vm, e, &obj, &name))
        }
        _ => r,
    }
}

fn push_flow(vm: &mut Vm, c: &mut Frame, r: PyResult<Flow>) -> PyResult<Option<Box<Frame>>> {
    match r? {
        Flow::Value(v) => {
            c.push(v);
            Ok(None)
        }
        Flow::Frame(f) => Ok(Some(f)),
        Flow::Pending => Ok(vm.pending_frame.take()),
    }
}
