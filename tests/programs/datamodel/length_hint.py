# __length_hint__ is a preallocation hint used by list() and friends; its errors are checked.

class Hinted:
    def __init__(self, n, hint):
        self.n, self.hint = n, hint
    def __iter__(self):
        return self
    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n
    def __length_hint__(self):
        print(f"  __length_hint__ -> {self.hint!r}")
        return self.hint

print(list(Hinted(3, 3)))
print(list(Hinted(3, 100)))      # a wrong hint is harmless
print(list(Hinted(3, 0)))
print(list(Hinted(2, NotImplemented)))

def check(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

check("hint -1", lambda: list(Hinted(2, -1)))
check("hint 'x'", lambda: list(Hinted(2, "x")))
check("hint 1.5", lambda: list(Hinted(2, 1.5)))
check("hint 2**100", lambda: list(Hinted(2, 2**100)))
check("hint True", lambda: list(Hinted(2, True)))

class HintRaises:
    def __iter__(self):
        return iter([1, 2])
class HintRaisingIter:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration
    def __length_hint__(self):
        raise ValueError("hint failed")
check("hint raises", lambda: list(HintRaisingIter()))

class HintTypeError:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration
    def __length_hint__(self):
        raise TypeError("hint type error")
check("hint raises TypeError", lambda: list(HintTypeError()))

# __len__ takes precedence over __length_hint__ for sized objects.
class Sized:
    def __len__(self):
        print("  __len__")
        return 2
    def __length_hint__(self):
        print("  __length_hint__ (not used)")
        return 2
    def __iter__(self):
        return iter(["a", "b"])
print(list(Sized()))

# Builtin iterators report their remaining length.
it = iter([1, 2, 3, 4])
next(it)
print(it.__length_hint__(), iter(range(10)).__length_hint__(), iter("abc").__length_hint__(),
      iter((1, 2)).__length_hint__(), iter({1: 2}).__length_hint__(), reversed([1, 2]).__length_hint__())
r = iter(range(0, 100, 7))
next(r)
next(r)
print(r.__length_hint__(), len(list(r)))
z = zip([1, 2], [3])
print(hasattr(z, "__length_hint__"), hasattr(map(abs, []), "__length_hint__"))

# Other consumers that use the hint: tuple(), bytes(), bytearray(), list.extend.
print(tuple(Hinted(2, 2)))
lst = [9]
lst.extend(Hinted(2, 2))
print(lst)
print(bytes(Hinted(3, 3)), bytearray(Hinted(2, 5)))
check("bytes with hint -1", lambda: bytes(Hinted(1, -1)))
