//! Where in the graph an object was found, for the errors of objects that cannot be checkpointed:
//! `obj['jobs'][3].lock`. The encoder keeps no path while it works; it renders one from its frame
//! stack only when it fails, each frame saying how its current child hangs from it.
//!
//! Notation: `obj` is the object passed to `save`/`dumps`; `[i]` an item of a list or tuple (or of
//! a reduction's list items); `[key]` a dict value (or a reduction's dict item) under the key's
//! repr; `<key n>` the key of a dict's n-th item; `<element i>` the i-th element of a set as iterated; `.name`
//! an instance attribute; `.__reduce_ex__(4)[i]…` a part of the reduction, as pickle computes it.
use weft_vm::heap::Value;
use weft_vm::interp::protocols::repr_string;
use weft_vm::interp::Vm;

/// How a child hangs from its parent.
pub(crate) enum Step<'a> {
    Item(usize),
    Key(&'a Value),
    /// The key of the n-th item of a dict (as iterated).
    DictKey(usize),
    Element(usize),
    Attr(&'a Value),
    /// `.__reduce_ex__(4)` followed by this suffix (`[0]`, `[1][2]`, `[2]`…).
    Reduction(String),
}

/// Appends `step` to `out`.
pub(crate) fn render(vm: &mut Vm, step: Step, out: &mut String) {
    match step {
        Step::Item(i) => out.push_str(&format!("[{i}]")),
        Step::Key(k) => out.push_str(&format!("[{}]", short_repr(vm, k))),
        Step::DictKey(n) => out.push_str(&format!("<key {n}>")),
        Step::Element(i) => out.push_str(&format!("<element {i}>")),
        Step::Attr(n) => match weft_vm::objects::str::as_str(n) {
            Some(s) => {
                out.push('.');
                out.push_str(s);
            }
            None => out.push_str(&format!(".<attribute {}>", short_repr(vm, n))),
        },
        Step::Reduction(suffix) => {
            out.push_str(".__reduce_ex__(4)");
            out.push_str(&suffix);
        }
    }
}

/// A key's repr, cut short: the message names a place, it does not dump data.
fn short_repr(vm: &mut Vm, v: &Value) -> String {
    let r = repr_string(vm, v).unwrap_or_else(|_| "<unrepresentable key>".to_string());
    if r.chars().count() > 60 {
        let cut: String = r.chars().take(57).collect();
        format!("{cut}...")
    } else {
        r
    }
}
