//! Constant and name pools of a code unit, deduplicated as CPython's `_PyCode_ConstantKey` does: `1`,
//! `1.0` and `True` stay distinct, and so do `0.0` and `-0.0`.

use std::collections::HashMap;

use super::bytecode::Const;

/// A hashable identity for a constant (code objects are never merged).
#[derive(Clone, PartialEq, Eq, Hash)]
enum Key {
    None,
    Bool(bool),
    Ellipsis,
    Int(num_bigint::BigInt),
    Float(u64),
    Complex(u64, u64),
    Str(String),
    StrSurrogates(Vec<u32>),
    Bytes(Vec<u8>),
    Tuple(Vec<Key>),
    FrozenSet(Vec<Key>),
}

fn key(c: &Const) -> Option<Key> {
    Some(match c {
        Const::None => Key::None,
        Const::Bool(b) => Key::Bool(*b),
        Const::Ellipsis => Key::Ellipsis,
        Const::Int(i) => Key::Int(i.clone()),
        Const::Float(f) => Key::Float(f.to_bits()),
        Const::Complex { real, imag } => Key::Complex(real.to_bits(), imag.to_bits()),
        Const::Str(s) => Key::Str(s.clone()),
        Const::StrSurrogates(s) => Key::StrSurrogates(s.clone()),
        Const::Bytes(b) => Key::Bytes(b.clone()),
        Const::Tuple(t) => Key::Tuple(t.iter().map(key).collect::<Option<_>>()?),
        Const::FrozenSet(t) => Key::FrozenSet(t.iter().map(key).collect::<Option<_>>()?),
        Const::Code(_) => return None,
    })
}

/// `co_consts` under construction.
#[derive(Default)]
pub(crate) struct ConstPool {
    pub items: Vec<Const>,
    index: HashMap<Key, u32>,
}

impl ConstPool {
    pub fn add(&mut self, c: Const) -> u32 {
        let k = key(&c);
        if let Some(k) = &k {
            if let Some(&i) = self.index.get(k) {
                return i;
            }
        }
        let i = self.items.len() as u32;
        self.items.push(c);
        if let Some(k) = k {
            self.index.insert(k, i);
        }
        i
    }
}

/// An ordered, deduplicated list of names (`co_names`, `co_varnames`, ...).
#[derive(Default)]
pub(crate) struct NamePool {
    pub items: Vec<String>,
    index: HashMap<String, u32>,
}

impl NamePool {
    pub fn add(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.index.get(name) {
            return i;
        }
        let i = self.items.len() as u32;
        self.items.push(name.to_string());
        self.index.insert(name.to_string(), i);
        i
    }

    pub fn get(&self, name: &str) -> Option<u32> {
        self.index.get(name).copied()
    }
}

/// Private name mangling (`_Py_Mangle`): `__x` inside class `C` becomes `_C__x`.
pub(crate) fn mangle(private: Option<&str>, name: &str) -> String {
    let Some(class) = private else {
        return name.to_string();
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let stripped = class.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_string();
    }
    format!("_{stripped}{name}")
}
