//! The continuation primitive (DESIGN.md invariant 2): a computation suspended as a chain of heap frames
//! that can be resumed with a value or an exception. Tasklets and greenlets are thin layers over it.
//!
//! - `state`: a suspended computation ([`Suspended`]) and how it trades places with the running one.
//! - `switch`: switching, starting and finishing continuations, soft or hard.
//! - `workers`: the pooled coroutine stacks that hard switches suspend native frames on.
//! - `wait`: natives that wait hand the wait to the scheduler layer instead of blocking the thread.
//!
//! The layers over it (`_continuation`'s continulets, greenlets, tasklets) own their `Suspended`
//! computations and say, through a [`Finisher`], where a computation's result goes when it ends.
pub mod state;
pub mod switch;
pub mod wait;
pub mod workers;

pub use state::{Finisher, NativeCall, Parts, Payload, Suspended};
pub use switch::{at_plain_call, bottom_frame, finish, switch_to, trade_soft};
pub use workers::run_toplevel;
