# generator.close() and generator.throw(): finally blocks, GeneratorExit handling, errors


def worker():
    try:
        while True:
            try:
                value = yield
                print("  got", value)
            except ValueError as e:
                print("  handled ValueError:", e)
                yield "recovered"
    finally:
        print("  cleanup")


w = worker()
next(w)
w.send(1)
print(w.throw(ValueError("bad value")))
next(w)
w.send(2)
w.close()
w.close()
try:
    w.send(3)
except StopIteration:
    print("StopIteration after close")


def unhandled():
    yield 1
    yield 2


u = unhandled()
next(u)
try:
    u.throw(KeyError("thrown in"))
except KeyError as e:
    print(type(e).__name__, e)
print(next(u, "closed after unhandled throw"))


def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        print("  caught GeneratorExit, yielding anyway")
        yield 2


ig = ignores_exit()
next(ig)
try:
    ig.close()
except RuntimeError as e:
    print(type(e).__name__, e)


def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        print("  GeneratorExit -> return")
        return "ignored value"


r = returns_on_exit()
next(r)
print(r.close())


def raises_other():
    try:
        yield
    finally:
        raise ZeroDivisionError("from finally")


ro = raises_other()
next(ro)
try:
    ro.close()
except ZeroDivisionError as e:
    print(type(e).__name__, e)
fresh = unhandled()
fresh.close()
print(next(fresh, "never started, closed"))
fresh2 = unhandled()
try:
    fresh2.throw(IndexError("before start"))
except IndexError as e:
    print(type(e).__name__, e)
g = unhandled()
next(g)
try:
    g.throw(TypeError)
except TypeError as e:
    print("class thrown:", type(e).__name__, repr(e))
g = unhandled()
next(g)
try:
    g.throw(ValueError, "with value")
except ValueError as e:
    print("legacy signature:", repr(e))
try:
    unhandled().throw("not an exception")
except TypeError as e:
    print(type(e).__name__, e)


def catch_and_continue():
    for i in range(3):
        try:
            yield i
        except Exception as e:
            print("  swallowed", type(e).__name__)


cc = catch_and_continue()
print(next(cc), cc.throw(RuntimeError), cc.throw(ValueError("x")))
try:
    cc.throw(RuntimeError)
except StopIteration:
    print("StopIteration: generator finished after throw")


def gen_with_finally():
    try:
        yield "a"
        yield "b"
    finally:
        print("  finally runs on close")


gf = gen_with_finally()
print(next(gf))
gf.close()
print("after close", gf.gi_frame)
