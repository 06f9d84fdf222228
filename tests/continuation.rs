//! `_continuation` programs (`tests/continuation/<name>.py`) against their expected output
//! (`<name>.out`). CPython has no continulets, so these outputs were checked by hand against PyPy's
//! documented semantics of `_continuation` rather than produced by `tests/regen`.
#[path = "harness/hand_checked.rs"]
mod hand_checked;

#[test]
fn continuation_programs() {
    hand_checked::check_dir("continuation");
}
