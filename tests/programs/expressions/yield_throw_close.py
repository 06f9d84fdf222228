# throw() and close() on generators: where the exception appears and what comes back.

def worker():
    print("  start")
    try:
        while True:
            try:
                value = yield "waiting"
                print("  got", value)
            except ValueError as e:
                print("  handled ValueError:", e)
                yield "after ValueError"
    finally:
        print("  cleanup")

w = worker()
print(next(w))
print(w.send(1))
print(w.throw(ValueError("bad input")))
print(next(w))
try:
    w.throw(KeyError("fatal"))
except KeyError as e:
    print("KeyError escaped:", e)
print(next(w, "finished"))

# throw() on an exhausted generator just raises the exception.
try:
    w.throw(IndexError("after end"))
except IndexError as e:
    print("IndexError", e)

# throw() with an exception instance whose traceback is preserved.
def catcher():
    try:
        yield
    except Exception as e:
        yield f"caught {type(e).__name__}: {e}"
c = catcher()
next(c)
print(c.throw(RuntimeError("boom")))
c2 = catcher()
next(c2)
print(c2.throw(TypeError))

# close() runs finally blocks and returns None; GeneratorExit is a BaseException.
def closer():
    try:
        yield 1
        yield 2
    except GeneratorExit as e:
        print("  GeneratorExit:", repr(e), isinstance(e, Exception))
        raise
    finally:
        print("  finally")
cl = closer()
next(cl)
print(cl.close())

# close() on a generator that was never started does nothing.
never = closer()
print(never.close(), next(never, "closed before start"))

# A generator catching GeneratorExit with a broad except: Exception does not catch it.
def broad():
    try:
        yield 1
    except Exception:
        print("  never: GeneratorExit is not an Exception")
b = broad()
next(b)
b.close()
print("closed cleanly")

# An exception raised during close() propagates.
def raises_on_close():
    try:
        yield
    finally:
        raise OSError("failed during close")
r = raises_on_close()
next(r)
try:
    r.close()
except OSError as e:
    print("OSError", e, "| context:", repr(e.__context__))

# throw() and the StopIteration of a generator that returns in response.
def returns_on_throw():
    try:
        yield 1
    except ValueError:
        return "returned after throw"
rt = returns_on_throw()
next(rt)
try:
    rt.throw(ValueError)
except StopIteration as e:
    print("StopIteration", e.value)

# throw() argument validation.
def simple():
    yield
s = simple()
next(s)
for args in [(5,), ("str",), (ValueError, 1, 2)]:
    try:
        s.throw(*args)
    except TypeError as e:
        print("TypeError", e)

# Generators are finalised (and their finally run) when garbage.
def finalised():
    try:
        yield 1
    finally:
        print("  finalised on deletion")
f = finalised()
next(f)
del f
print("after del")
