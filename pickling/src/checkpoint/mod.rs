//! `weft.checkpoint`: weft's native format for saving a computation's state to disk and resuming
//! it after a crash. It stores any object graph the standard `pickle` can store, with the same
//! reduction protocol (so the same objects are refused, and classes, `__reduce__`, `__getstate__`,
//! `__setstate__` and `copyreg` behave as under pickle), but writes the common types natively, with
//! no Python call per object, and walks the graph without recursion.
//!
//! - `header`: magic, version, length and CRC-32 in front of the payload.
//! - `record`: the payload's flat record table (serde + postcard).
//! - `encode` and `reduce`: object graph → records; `path` renders where an object was found.
//! - `decode`: records → object graph, trusting nothing in the data.
//! - `atomic`: the temporary-file, fsync, rename dance of `save`.
//! - `api`: the module's functions and `CheckpointError`.
mod api;
mod atomic;
mod decode;
mod encode;
mod header;
mod path;
mod record;
mod reduce;

pub(crate) use api::init;
