//! weft-stdlib
