//! `sys.version_info`: a 5-tuple `(3, 11, 7, 'final', 0)` that also has named fields.
use crate::heap::Value;
use crate::objects::{int, str as pystr, tuple};

pub fn make() -> Value {
    tuple::new_tuple(vec![
        int::from_i64(3),
        int::from_i64(11),
        int::from_i64(7),
        pystr::new_str("final"),
        int::from_i64(0),
    ])
}
