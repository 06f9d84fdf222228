//! `dict_keys`, `dict_values`, `dict_items`.
use crate::heap::{Kind, Payload, Value};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ViewKind {
    Keys,
    Values,
    Items,
}

pub struct DictView {
    pub dict: Value,
    pub kind: ViewKind,
}

impl Payload for DictView {
    const KIND: Kind = Kind::DictView;
}

/// Fills the namespace of this file's type(s).
pub fn register() {}
