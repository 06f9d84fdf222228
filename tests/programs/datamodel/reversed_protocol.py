# reversed(): __reversed__ first, else the sequence protocol (__len__ + __getitem__).

class WithReversed:
    def __reversed__(self):
        print("  __reversed__")
        return iter("cba")
    def __iter__(self):
        return iter("abc")

class SeqOnly:
    def __len__(self):
        print("  __len__")
        return 3
    def __getitem__(self, i):
        print(f"  __getitem__({i})")
        return i * 100

print(list(reversed(WithReversed())))
r = reversed(SeqOnly())
print(type(r).__name__)
print(list(r))

class Blocked:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i

class NoLen:
    def __getitem__(self, i):
        return i

class IterOnly:
    def __iter__(self):
        return iter([1, 2])

for label, obj in [("Blocked", Blocked()), ("NoLen", NoLen()), ("IterOnly", IterOnly()),
                   ("int", 5), ("set", {1, 2}), ("dict keys", {}.keys()) if False else ("gen", (x for x in [])),
                   ("None", None)]:
    try:
        print(label, list(reversed(obj)))
    except TypeError as e:
        print(label, "TypeError:", e)

# __reversed__ may return anything; reversed() does not check it.
class OddReversed:
    def __reversed__(self):
        return 42
print(reversed(OddReversed()))

# Builtins that support reversed().
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed("abc")),
      list(reversed(range(5))), list(reversed(range(10, 0, -3))), list(reversed(b"xy")),
      list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1, "b": 2}.items())),
      list(reversed({"a": 1, "b": 2}.values())), list(reversed(bytearray(b"pq"))))
print(type(reversed([])).__name__, type(reversed(range(3))).__name__, type(reversed("ab")).__name__)

# The sequence-based reverse iterator reads lazily and tolerates shrinking.
class Shrinking:
    def __init__(self):
        self.data = [1, 2, 3, 4, 5]
    def __len__(self):
        return len(self.data)
    def __getitem__(self, i):
        return self.data[i]
s = Shrinking()
it = reversed(s)
print(next(it), next(it))
s.data = s.data[:2]
print(next(it, "exhausted: IndexError ends the reverse iteration"))
print(list(it))

# A list reverse iterator sees mutation, with a length hint.
lst = [1, 2, 3]
rit = reversed(lst)
print(rit.__length_hint__(), next(rit), rit.__length_hint__())
lst.clear()
print(list(rit))

# reversed() argument errors.
for args in [(), (1, 2)]:
    try:
        reversed(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    reversed([], key=None)
except TypeError as e:
    print("TypeError", e)
