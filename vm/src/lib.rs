//! weft-vm
