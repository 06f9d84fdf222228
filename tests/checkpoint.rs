//! `weft.checkpoint` programs (`tests/checkpoint/<name>.py`) against their expected output
//! (`<name>.out`). CPython has no `weft.checkpoint`, so these outputs were checked by hand: the
//! round trips and the reductions against what `pickle` does under CPython 3.11 for the same
//! objects, the messages against the format's documentation (`pickling/src/checkpoint/`).
#[path = "harness/hand_checked.rs"]
mod hand_checked;

#[test]
fn checkpoint_programs() {
    hand_checked::check_dir("checkpoint");
}
