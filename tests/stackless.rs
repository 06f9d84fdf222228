//! `stackless` programs (`tests/stackless/<name>.py`) against their expected output (`<name>.out`).
//! CPython has no `stackless` module, so these outputs were checked by hand against Stackless
//! Python's documented semantics and sources rather than produced by `tests/regen`.
#[path = "harness/hand_checked.rs"]
mod hand_checked;

#[test]
fn stackless_programs() {
    hand_checked::check_dir("stackless");
}
