# dict errors: KeyError repr/str forms, __missing__, changing size during iteration, unhashable keys

d = {"a": 1}
for key in ["missing", "", 0, (1, 2), None, 1.5, ("tuple",), frozenset()]:
    try:
        d[key]
    except KeyError as e:
        print(repr(e), str(e), e.args)
try:
    del d["zz"]
except KeyError as e:
    print(repr(e))
try:
    {}.pop(("a", "b"))
except KeyError as e:
    print(repr(e), str(e))


class Default(dict):
    def __missing__(self, key):
        value = "made-" + str(key)
        self[key] = value
        return value


dd = Default()
print(dd["x"], dd, dd.get("y"), "y" in dd, dd.pop("x"), dd)


class Raising(dict):
    def __missing__(self, key):
        raise LookupError("custom missing " + repr(key))


try:
    Raising()["q"]
except LookupError as e:
    print(type(e).__name__, e)
d = {1: 1, 2: 2}
try:
    for k in d:
        d[k + 10] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
d = {1: 1, 2: 2}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(type(e).__name__, e, d)
d = {1: 1, 2: 2, 3: 3}
for k in d:
    d[k] = k * 10
print(d)
d = {1: 1, 2: 2}
try:
    for k in d.keys():
        d.pop(k)
        d[k] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
d = {"a": 1}
for k in list(d):
    d[k + "x"] = 2
print(d)
for bad in [[], {}, set(), bytearray(), [1, [2]]]:
    try:
        {bad: 1}
    except TypeError as e:
        print(type(e).__name__, e)
try:
    {(1, [2]): 0}
except TypeError as e:
    print(type(e).__name__, e)


class BadHash:
    def __hash__(self):
        raise ValueError("hash exploded")


try:
    {BadHash(): 1}
except ValueError as e:
    print(type(e).__name__, e)
try:
    BadHash() in {1: 2}
except ValueError as e:
    print(type(e).__name__, e)


class BadEq:
    def __hash__(self):
        return 1

    def __eq__(self, other):
        raise RuntimeError("eq exploded")


d = {1: "one"}
try:
    d[BadEq()]
except RuntimeError as e:
    print(type(e).__name__, e)
print(d.get(2), {}.get(BadEq()))
try:
    {}["x"] += 1
except KeyError as e:
    print(type(e).__name__, e)
e = KeyError("a", "b")
print(str(e), repr(e), str(KeyError()), repr(KeyError()), str(KeyError("it's")), str(KeyError("")))
