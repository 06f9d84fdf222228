# Container emulation: __getitem__/__setitem__/__delitem__ receive ints, slices and tuples.

class Recorder:
    def __init__(self):
        self.store = {}
    def __getitem__(self, key):
        print("  get", repr(key))
        return self.store.get(repr(key), "missing")
    def __setitem__(self, key, value):
        print("  set", repr(key), repr(value))
        self.store[repr(key)] = value
    def __delitem__(self, key):
        print("  del", repr(key))
        self.store.pop(repr(key), None)

r = Recorder()
r[0] = "zero"
print(r[0], r[-1])
r[1:3]
r[::2]
r[1:2:3]
r[:]
r[1:]
r[:, 1]
r[1, 2]
r[...]
r[..., 0]
r[1:2, ::3]
r["key"] = [1, 2]
r[None]
r[(1,)]
r[()]
del r[0]
del r["key"]
del r[1:2]
r[::-1] = "reversed"
print(sorted(r.store))
try:
    hash(slice(1, 2))
except TypeError as e:
    print("TypeError", e)

# Slice objects carry what was written, including None for omitted parts.
class Show:
    def __getitem__(self, k):
        return k
s = Show()
print(s[1:2], s[:], s[::], s[1::], s[:2:], s[::3], s[-1:-2:-3], s["a":"b":"c"])
print(s[1:2].start, s[1:2].stop, s[1:2].step, s[1:2] == slice(1, 2), s[1:2] == slice(1, 2, None))
print(s[1, 2:3, ...], type(s[1, ]).__name__, s[(1, 2)] == s[1, 2])
print(slice(1, 10, 2).indices(5), slice(None, None, -1).indices(4), slice(-100, 100).indices(7))

# Errors for objects that lack the methods.
class Nothing:
    pass
n = Nothing()
for label, fn in [("n[0]", lambda: n[0])]:
    try:
        fn()
    except TypeError as e:
        print(label, "TypeError:", e)
try:
    n[0] = 1
except TypeError as e:
    print("n[0] = 1 TypeError:", e)
try:
    del n[0]
except TypeError as e:
    print("del n[0] TypeError:", e)
class ReadOnly:
    def __getitem__(self, k):
        return k
try:
    ReadOnly()[0] = 1
except TypeError as e:
    print("ReadOnly set TypeError:", e)
try:
    del ReadOnly()[0]
except TypeError as e:
    print("ReadOnly del TypeError:", e)
for label, fn in [("5[0]", lambda: 5[0]), ("None[0]", lambda: None[0]),
                  ("len[0]", lambda: len[0]), ("(1,)['a']", lambda: (1,)["a"]),
                  ("[1][1.0]", lambda: [1][1.0]), ("'ab'[5]", lambda: "ab"[5]),
                  ("[][0]", lambda: [][0]), ("{}['k']", lambda: {}["k"])]:
    try:
        fn()
    except (TypeError, IndexError, KeyError) as e:
        print(label, type(e).__name__ + ":", e)

# A sequence class built on __getitem__ and __len__.
class Squares:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("Squares index out of range")
        return i * i
sq = Squares(6)
print(len(sq), sq[2], sq[-1], sq[1:4], sq[::-2], list(sq), 16 in sq, 17 in sq)
try:
    sq[6]
except IndexError as e:
    print("IndexError", e)

# Class-level __getitem__ on a metaclass makes the class itself subscriptable.
class Meta(type):
    def __getitem__(cls, k):
        return f"{cls.__name__}[{k!r}]"
class Generic(metaclass=Meta):
    pass
print(Generic[int], Generic["x", 1])
