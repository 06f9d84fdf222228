# Truth testing: __bool__ first, then __len__, otherwise true; and their errors.

class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print(f"  __bool__ -> {self.v}")
        return self.v

class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        print(f"  __len__ -> {self.n}")
        return self.n

class Both:
    def __bool__(self):
        print("  __bool__ wins")
        return True
    def __len__(self):
        print("  __len__ (not called by bool)")
        return 0

class Neither:
    pass

print(bool(B(True)), bool(B(False)))
print(bool(L(0)), bool(L(3)))
print(bool(Both()), len(Both()))
print(bool(Neither()), not Neither())
if L(0):
    print("never")
else:
    print("empty is false")
print("and/or:", B(False) or "fallback", L(2) and "second")
while B(False):
    pass
print([x for x in [L(0), L(1)] if x].__len__())

def check(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

class BadBool:
    def __init__(self, r):
        self.r = r
    def __bool__(self):
        return self.r
class BadLen:
    def __init__(self, r):
        self.r = r
    def __len__(self):
        return self.r

check("bool returns int", lambda: bool(BadBool(1)))
check("bool returns None", lambda: bool(BadBool(None)))
check("bool returns str", lambda: not BadBool("yes"))
check("len -1", lambda: len(BadLen(-1)))
check("bool len -1", lambda: bool(BadLen(-1)))
check("len 2**63", lambda: len(BadLen(2**63)))
check("bool len 2**63", lambda: bool(BadLen(2**63)))
check("len 2**63-1", lambda: len(BadLen(2**63 - 1)))
check("len 1.5", lambda: len(BadLen(1.5)))
check("len '3'", lambda: len(BadLen("3")))
check("len True", lambda: len(BadLen(True)))
check("len None", lambda: len(BadLen(None)))
check("len(Neither())", lambda: len(Neither()))
check("len(5)", lambda: len(5))

class IndexLike:
    def __index__(self):
        return 4
check("len returns __index__ object", lambda: len(BadLen(IndexLike())))

class MyBool(int):
    pass
check("bool returns int subclass", lambda: bool(BadBool(MyBool(1))))

# __bool__ = None makes truth testing fail.
class NoBool:
    __bool__ = None
check("bool(NoBool())", lambda: bool(NoBool()))

# Builtins.
print([bool(x) for x in [0, 0.0, 0j, "", b"", [], (), {}, set(), frozenset(), range(0), None]])
print([bool(x) for x in [1, -0.5, 1j, " ", b"\0", [0], (None,), {0: 0}, {0}, range(1), ...]])
print(bool(float("nan")), bool(NotImplemented) if False else "skip", bool(object()))
