//! `blake2b(...)`/`blake2s(...)`: BLAKE2 with its whole parameter block (key, salt, personalisation
//! and the tree-hashing fields), validated with CPython's messages before the state is built.
use super::algo::Algo;
use super::hashobj::{new_hash, unsigned_long};
use weft_vm::heap::Value;
use weft_vm::interp::error::{self, PyResult};
use weft_vm::interp::{ops, Vm};
use weft_vm::objects::builtin::Args;

/// The sizes that differ between the two variants.
struct Limits {
    digest: usize,
    key: usize,
    salt: usize,
    person: usize,
}

fn limits(algo: Algo) -> Limits {
    if algo == Algo::Blake2b {
        Limits {
            digest: 64,
            key: 64,
            salt: 16,
            person: 16,
        }
    } else {
        Limits {
            digest: 32,
            key: 32,
            salt: 8,
            person: 8,
        }
    }
}

/// The BLAKE2 constants of `algo`: (MAX_DIGEST_SIZE, MAX_KEY_SIZE, PERSON_SIZE, SALT_SIZE).
pub(crate) fn constants(algo: Algo) -> [(&'static str, usize); 4] {
    let l = limits(algo);
    [
        ("MAX_DIGEST_SIZE", l.digest),
        ("MAX_KEY_SIZE", l.key),
        ("PERSON_SIZE", l.person),
        ("SALT_SIZE", l.salt),
    ]
}

fn in_range(
    vm: &mut Vm,
    v: Option<&Value>,
    default: i64,
    lo: i64,
    hi: i64,
    msg: &str,
) -> PyResult<i64> {
    let Some(v) = v else { return Ok(default) };
    let i = i64::from(crate::convert::c_int(vm, v)?);
    if i < lo || i > hi {
        return Err(error::value_error(msg.to_string()));
    }
    Ok(i)
}

/// Argument Clinic's `unsigned long long` converter, for `node_offset`.
fn unsigned_long_long(v: &Value) -> PyResult<u64> {
    let Some(b) = weft_vm::objects::int::to_big(v) else {
        return Err(error::type_error("an integer is required"));
    };
    if b.sign() == num_bigint::Sign::Minus {
        return Err(error::value_error("value must be positive"));
    }
    num_traits::ToPrimitive::to_u64(&b)
        .ok_or_else(|| error::overflow_error("int too big to convert"))
}

/// A bytes-like parameter no longer than `max`.
fn short_bytes(v: Option<&Value>, max: usize, what: &str) -> PyResult<Vec<u8>> {
    let Some(v) = v else { return Ok(Vec::new()) };
    let b = crate::buffer::bytes_like(v)?;
    if b.len() > max {
        return Err(error::value_error(format!(
            "maximum {what} length is {max} bytes"
        )));
    }
    Ok(b.to_vec())
}

/// The validated parameter block.
struct Params {
    digest_size: usize,
    key: Vec<u8>,
    salt: Vec<u8>,
    person: Vec<u8>,
    fanout: u8,
    depth: u8,
    leaf_size: u32,
    node_offset: u64,
    node_depth: u8,
    inner_size: usize,
    last_node: bool,
}

const NAMES: [&str; 13] = [
    "data",
    "digest_size",
    "key",
    "salt",
    "person",
    "fanout",
    "depth",
    "leaf_size",
    "node_offset",
    "node_depth",
    "inner_size",
    "last_node",
    "usedforsecurity",
];

fn parse(vm: &mut Vm, algo: Algo, a: &[Option<Value>; 13]) -> PyResult<Params> {
    let l = limits(algo);
    let max_digest = l.digest as i64;
    let digest_size = in_range(
        vm,
        a[1].as_ref(),
        max_digest,
        1,
        max_digest,
        &format!("digest_size must be between 1 and {} bytes", l.digest),
    )?;
    let key = short_bytes(a[2].as_ref(), l.key, "key")?;
    let salt = short_bytes(a[3].as_ref(), l.salt, "salt")?;
    let person = short_bytes(a[4].as_ref(), l.person, "person")?;
    let fanout = in_range(
        vm,
        a[5].as_ref(),
        1,
        0,
        255,
        "fanout must be between 0 and 255",
    )?;
    let depth = in_range(
        vm,
        a[6].as_ref(),
        1,
        1,
        255,
        "depth must be between 1 and 255",
    )?;
    let leaf_size = match &a[7] {
        Some(v) => unsigned_long(v)?,
        None => 0,
    };
    let leaf_size =
        u32::try_from(leaf_size).map_err(|_| error::overflow_error("leaf_size is too large"))?;
    let node_offset = match &a[8] {
        Some(v) => unsigned_long_long(v)?,
        None => 0,
    };
    if algo == Algo::Blake2s && node_offset > (1 << 48) - 1 {
        return Err(error::overflow_error("node_offset is too large"));
    }
    let node_depth = in_range(
        vm,
        a[9].as_ref(),
        0,
        0,
        255,
        "node_depth must be between 0 and 255",
    )?;
    let inner_size = in_range(
        vm,
        a[10].as_ref(),
        0,
        0,
        max_digest,
        &format!("inner_size must be between 0 and is {}", l.digest),
    )?;
    let last_node = match &a[11] {
        Some(v) => ops::truthy(vm, v)?,
        None => false,
    };
    Ok(Params {
        digest_size: digest_size as usize,
        key,
        salt,
        person,
        fanout: fanout as u8,
        depth: depth as u8,
        leaf_size,
        node_offset,
        node_depth: node_depth as u8,
        inner_size: inner_size as usize,
        last_node,
    })
}

fn state(algo: Algo, p: &Params) -> Box<dyn super::state::Hasher> {
    if algo == Algo::Blake2b {
        Box::new(
            blake2b_simd::Params::new()
                .hash_length(p.digest_size)
                .key(&p.key)
                .salt(&p.salt)
                .personal(&p.person)
                .fanout(p.fanout)
                .max_depth(p.depth)
                .max_leaf_length(p.leaf_size)
                .node_offset(p.node_offset)
                .node_depth(p.node_depth)
                .inner_hash_length(p.inner_size)
                .last_node(p.last_node)
                .to_state(),
        )
    } else {
        Box::new(
            blake2s_simd::Params::new()
                .hash_length(p.digest_size)
                .key(&p.key)
                .salt(&p.salt)
                .personal(&p.person)
                .fanout(p.fanout)
                .max_depth(p.depth)
                .max_leaf_length(p.leaf_size)
                .node_offset(p.node_offset)
                .node_depth(p.node_depth)
                .inner_hash_length(p.inner_size)
                .last_node(p.last_node)
                .to_state(),
        )
    }
}

/// `blake2b.__new__`/`blake2s.__new__`: `(data=b'', /, *, digest_size=..., key=b'', ...)`.
pub(crate) fn new(vm: &mut Vm, algo: Algo, args: &Args) -> PyResult<Value> {
    weft_vm::objects::method_support::new_cls(args, super::hash_type(algo))?;
    let rest = args.rest();
    let fname = algo.name();
    super::at_most_one_positional(&rest, fname)?;
    let a = rest.bind(fname, NAMES, 0, 1)?;
    let p = parse(vm, algo, &a)?;
    new_hash(algo, p.digest_size, state(algo, &p), a[0].as_ref())
}
