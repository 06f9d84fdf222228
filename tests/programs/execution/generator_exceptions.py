# Exceptions and generators: propagation, close(), GeneratorExit, PEP 479, throw().

def failing():
    yield 1
    raise ValueError("inside generator")

g = failing()
print(next(g))
try:
    next(g)
except ValueError as e:
    print("ValueError", e)
print(next(g, "exhausted after error"))

# close() raises GeneratorExit at the paused yield.
def closable():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("  got GeneratorExit")
        raise
    finally:
        print("  finally in generator")
c = closable()
next(c)
c.close()
c.close()                       # closing twice is harmless
print(next(c, "closed generator is exhausted"))

# Yielding in response to GeneratorExit is an error.
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError", e)

# Returning a value from close() handling is fine; close() returns None.
def returns_on_close():
    try:
        yield 1
    except GeneratorExit:
        return "ignored value"
r = returns_on_close()
next(r)
print(r.close())

# PEP 479: StopIteration raised inside a generator becomes RuntimeError.
def leaks_stop():
    yield 1
    raise StopIteration("leaked")
try:
    list(leaks_stop())
except RuntimeError as e:
    print("RuntimeError", e, "| cause:", repr(e.__cause__))

def next_on_empty():
    yield next(iter([]))
try:
    list(next_on_empty())
except RuntimeError as e:
    print("RuntimeError", e)

# return in a generator sets StopIteration.value.
def with_return():
    yield 1
    return "the value"
w = with_return()
next(w)
try:
    next(w)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)

# throw() raises at the paused point; the generator may handle it and continue.
def resilient():
    while True:
        try:
            yield "ready"
        except KeyError as e:
            print("  handled", repr(e))
            yield "recovered"
res = resilient()
print(next(res), res.throw(KeyError("k")), next(res))
try:
    res.throw(ValueError("unhandled"))
except ValueError as e:
    print("propagated:", e)
print(next(res, "dead"))

# throw() into a just-started generator raises immediately.
fresh = resilient()
try:
    fresh.throw(KeyError("before start"))
except KeyError as e:
    print("not started:", repr(e))

# throw() with a class and with a traceback argument (deprecated signatures still work).
g2 = resilient()
next(g2)
print(g2.throw(KeyError))

# An exception in a generator expression surfaces when consumed.
lazy = (1 / x for x in [1, 0])
print(next(lazy))
try:
    next(lazy)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)

# Generator state after an exception.
def state():
    yield 1
st = state()
print(st.gi_running, st.gi_frame is not None)
list(st)
print(st.gi_frame)

# A running generator cannot be re-entered.
def reenter():
    yield gen_ref.send(None)
gen_ref = reenter()
try:
    next(gen_ref)
except ValueError as e:
    print("ValueError", e)
