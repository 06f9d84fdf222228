# yield from: delegation of next/send/throw/close, the return value, and plain iterables.

def inner():
    received = yield "inner-1"
    print("  inner got", repr(received))
    received = yield "inner-2"
    print("  inner got", repr(received))
    return "inner result"

def outer():
    result = yield from inner()
    print("  outer got result", repr(result))
    yield "outer-final"
    return "outer result"

g = outer()
print(next(g))
print(g.send("A"))
print(g.send("B"))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)

# yield from any iterable.
def from_iterables():
    yield from [1, 2]
    yield from "ab"
    yield from range(3, 5)
    yield from {"k": 1}
    r = yield from iter(())
    yield r
print(list(from_iterables()))

# throw() is forwarded to the innermost generator.
def sub():
    try:
        yield "sub waiting"
    except KeyError as e:
        yield f"sub handled {e!r}"
def delegator():
    yield from sub()
    yield "delegator continues"
d = delegator()
print(next(d), "|", d.throw(KeyError("k")), "|", next(d))

# An exception not handled by the subgenerator propagates through the delegator.
def delegator2():
    try:
        yield from sub()
    except ValueError as e:
        yield f"delegator caught {e}"
d2 = delegator2()
next(d2)
print(d2.throw(ValueError("v")))

# close() closes the subgenerator first.
def closing_sub():
    try:
        yield 1
    finally:
        print("  sub closed")
def closing_outer():
    try:
        yield from closing_sub()
    finally:
        print("  outer closed")
co = closing_outer()
next(co)
co.close()

# gi_yieldfrom shows the delegate.
inner_gen = inner()
og = (lambda: (yield from inner_gen))()
next(og)
print(og.gi_yieldfrom is inner_gen, inner_gen.gi_yieldfrom)

# send() to a yield-from over a plain iterator needs None.
def over_list():
    yield from [1, 2, 3]
ol = over_list()
next(ol)
print(ol.send(None))
try:
    ol.send("x")
except AttributeError as e:
    print("AttributeError", e)

# A StopIteration value of None when the subgenerator has no return.
def no_return():
    yield 1
def takes():
    r = yield from no_return()
    yield ("result", r)
print(list(takes()))

# Recursive delegation: a tree walk.
def walk(tree, depth=0):
    label, children = tree
    yield "  " * depth + label
    for child in children:
        yield from walk(child, depth + 1)
tree = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [])])
print("\n".join(walk(tree)))

# yield from a generator that is already running is an error.
def selfish():
    yield from me
me = selfish()
try:
    next(me)
except ValueError as e:
    print("ValueError", e)

# yield from a non-iterable.
def bad():
    yield from 5
try:
    next(bad())
except TypeError as e:
    print("TypeError", e)

# The returned value can be a complex object; StopIteration arguments are handled properly.
def returns_tuple():
    return (1, 2)
    yield
def returns_stopiteration_like():
    return StopIteration("as value")
    yield
def getter():
    a = yield from returns_tuple()
    b = yield from returns_stopiteration_like()
    yield a, repr(b)
print(list(getter()))
