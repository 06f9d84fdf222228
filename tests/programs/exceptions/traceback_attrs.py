# __traceback__ objects: tb_lineno, tb_next chain, tb_frame.f_code.co_name, with_traceback


def level3():
    raise ValueError("deep")


def level2():
    level3()


def level1():
    level2()


try:
    level1()
except ValueError as e:
    tb = e.__traceback__
    frames = []
    while tb is not None:
        frames.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(frames)
    print(type(e.__traceback__).__name__, isinstance(e.__traceback__.tb_lasti, int))
fresh = ValueError("never raised")
print(fresh.__traceback__)
try:
    raise fresh
except ValueError as e:
    print(e.__traceback__.tb_lineno, e.__traceback__.tb_next, e is fresh)
try:
    raise fresh
except ValueError as e:
    print("re-raised, tb_lineno now", e.__traceback__.tb_lineno)


def capture():
    try:
        raise KeyError("captured")
    except KeyError as e:
        return e


saved = capture()
print(saved.__traceback__.tb_frame.f_code.co_name, saved.__traceback__.tb_lineno)
other = RuntimeError("with tb")
r = other.with_traceback(saved.__traceback__)
print(r is other, other.__traceback__ is saved.__traceback__)
try:
    raise other
except RuntimeError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)
print(other.with_traceback(None).__traceback__)
try:
    other.with_traceback("bad")
except TypeError as e:
    print(type(e).__name__, e)
try:
    other.__traceback__ = 5
except TypeError as e:
    print(type(e).__name__, e)


def in_loop():
    for i in range(3):
        if i == 2:
            raise IndexError(i)


try:
    in_loop()
except IndexError as e:
    tb = e.__traceback__
    print(tb.tb_lineno, tb.tb_next.tb_lineno, tb.tb_next.tb_frame.f_code.co_name)


def gen():
    yield 1
    raise StopIteration


try:
    list(gen())
except RuntimeError as e:
    t = e.__traceback__
    lines = []
    while t:
        lines.append(t.tb_frame.f_code.co_name)
        t = t.tb_next
    print(lines)
frame = saved.__traceback__.tb_frame
print(frame.f_code.co_name, type(frame).__name__, frame.f_globals is globals(), isinstance(frame.f_lineno, int))
