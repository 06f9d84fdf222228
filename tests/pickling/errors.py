# Inconsistent pickled state is refused with UnpicklingError, never run: an instruction position
# outside the code, a value stack deeper or shallower than the code's analysis allows, unknown
# continuations, and states given to objects that already have one.
import pickle
import stackless


def numbers():
    for i in range(3):
        yield i


g = numbers()
next(g)
rebuild, args, state = g.__reduce__()
name, qualname, frame, running, finished, exc, running_async = state
code, ip, values, nulls, then = frame


def attempt(label, new_frame=None, new_state=None):
    blank = rebuild(*args)
    st = new_state or (name, qualname, new_frame, running, finished, exc, running_async)
    try:
        blank.__setstate__(st)
        print(label, "accepted", list(blank))
    except (pickle.UnpicklingError, ValueError, TypeError, RuntimeError) as e:
        print(label, type(e).__name__, e)


attempt("intact", frame)
attempt("ip past the end", (code, 10_000, values, nulls, then))
attempt("ip zero", (code, 0, values, nulls, then))
attempt("ip elsewhere", (code, ip - 1, values, nulls, then))
attempt("one more on the stack", (code, ip, values + (None,), nulls, then))
attempt("one less on the stack", (code, ip, values[:-1], nulls, then))
attempt("null out of range", (code, ip, values, nulls + (999,), then))
attempt("unknown continuation", (code, ip, values, nulls, ("jump-somewhere",)))
attempt("bad target", (code, ip, values, nulls, ("foriter", 99999)))
attempt("not a code object", ("code", ip, values, nulls, then))
attempt("short record", (code, ip))
attempt("not a tuple", None, "state")
attempt("finished with a frame", None, (name, qualname, frame, False, True, exc, False))
try:
    g.__setstate__(state)
except RuntimeError as e:
    print("live generator:", e)

# Code objects are checked when rebuilt.
f, (raw,) = numbers.__code__.__reduce__()
for label, data in [("truncated code", raw[: len(raw) // 2]), ("garbage code", b"\x00" * 40)]:
    try:
        f(data)
    except pickle.UnpicklingError as e:
        print(label, type(e).__name__)

# Tasklet and channel states.
ch = stackless.channel()
t = stackless.tasklet(lambda: ch.receive())()
stackless.run()
cls, targs, (tstate, attrs) = t.__reduce__()
for label, st in [
    ("blocked without a channel", ((tstate[0], None, -1, None, False, False), None)),
    ("blocked 5", ((tstate[0], None, 5, ch, False, False), None)),
    ("unknown computation", ((("running",), None, 0, None, False, False), None)),
    ("no attribute slot", tstate),
    ("attributes not a dict", (tstate, 5)),
]:
    try:
        cls().__setstate__(st)
    except pickle.UnpicklingError as e:
        print(label, type(e).__name__, e)
try:
    t.__setstate__((tstate, None))
except RuntimeError as e:
    print("live tasklet:", e)
ccls, cargs, cstate = ch.__reduce__()
try:
    ccls().__setstate__(((5, 0, False, False, ()), None))
except pickle.UnpicklingError as e:
    print("channel balance without tasklets:", e)
ch.send(None)
