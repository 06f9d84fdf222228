# A generator whose code needs free variables runs a prologue before it suspends; it must still
# count as not started (state, send rules, and the stack a later throw unwinds).
import inspect


class CM:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None)
        return True


def outer(x):
    def gen():
        with CM():
            print("x is", x)
            yield
        print("after with")

    return gen


g = outer(5)()
print(inspect.getgeneratorstate(g), g.gi_suspended)
try:
    g.send(1)
except TypeError as e:
    print("TypeError:", e)
next(g)
print(inspect.getgeneratorstate(g), g.gi_suspended)
try:
    g.throw(KeyError)
except StopIteration:
    print("StopIteration")
print(inspect.getgeneratorstate(g))


class E(Exception):
    def __new__(cls, *args, **kwargs):
        return cls


# An error while instantiating the thrown class is itself thrown into the generator.
def boring():
    yield


b = boring()
try:
    b.throw(E)
except TypeError as e:
    print("TypeError:", e)
print(inspect.getgeneratorstate(b))
try:
    next(b)
except StopIteration:
    print("StopIteration")
g = outer(6)()
next(g)
try:
    g.throw(E)
except StopIteration:
    print("StopIteration")
