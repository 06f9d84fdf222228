//! `weft.checkpoint`: weft's native format for saving a computation's state to disk and resuming
//! it after a crash. It stores any object graph the standard `pickle` can store, with the same
//! reduction protocol (so the same objects are refused, and classes, `__reduce__`, `__getstate__`,
//! `__setstate__` and `copyreg` behave as under pickle), but writes the common types natively, with
//! no Python call per object, and walks the graph without recursion.
//!
//! - `header`: magic, version, length and CRC-32 in front of the payload.
//! - `record`: the payload's flat record table (serde + postcard); `wire` writes it fast.
//! - `encode` and `reduce`: object graph → records; `path` renders where an object was found.
//! - `decode`: records → object graph, trusting nothing in the data.
//! - `atomic`: the temporary-file, fsync, rename dance of `save`.
//! - `api`: the module's functions and `CheckpointError`.
//!
//! # Errors
//! Saving names the object that cannot be saved by its type *and* where it was found, as a path
//! from the saved object (`obj`), rendered as Python would reach it (see `path`):
//! - a reduction that refuses (`__reduce_ex__` raising `TypeError`, as it does for locks, files,
//!   sockets and generators): `TypeError: cannot checkpoint '_thread.lock' object at
//!   obj['jobs'][3].lock`, raised from the reduction's own error;
//! - a reduction that fails otherwise: its exception, with the note `when checkpointing 'T' object
//!   at PATH`;
//! - a malformed reduction, or a class or function that cannot be found again by name (local,
//!   renamed, in a module that does not import): `TypeError: cannot checkpoint 'T' object at PATH:
//!   reason`, the reason worded as pickle words it;
//! - reductions nested deeper than the recursion limit (pickle recurses there): `RecursionError`.
//!
//! Loading raises `CheckpointError` for data that is not a readable checkpoint: `truncated
//! checkpoint: …`, `not a weft checkpoint: bad magic …`, `corrupted checkpoint: checksum mismatch
//! …`, `unsupported checkpoint format version N …`, and `malformed checkpoint: record N: …` for a
//! payload whose checksum holds but whose records do not. What the rebuilt objects' own code raises
//! (a class that no longer exists, a `__setstate__` that fails) propagates as under pickle.
mod api;
mod atomic;
mod decode;
mod encode;
mod header;
mod path;
mod record;
mod reduce;
mod wire;

pub(crate) use api::init;
