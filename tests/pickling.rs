//! Pickling running computations (`tests/pickling/<name>.py`) against their expected output
//! (`<name>.out`). CPython cannot pickle generators, frames, closures by value or tasklets, so these
//! outputs were checked by hand (each program prints values whose derivation its comments give).
#[path = "harness/hand_checked.rs"]
mod hand_checked;

#[test]
fn pickling_programs() {
    hand_checked::check_dir("pickling");
}
