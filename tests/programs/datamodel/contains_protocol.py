# Membership tests: __contains__, then iteration via __iter__, then old-style __getitem__.

class WithContains:
    def __contains__(self, item):
        print(f"  __contains__({item!r})")
        return item == "yes"

class WithIter:
    def __iter__(self):
        print("  __iter__")
        return iter([1, 2, 3])

class WithGetitem:
    def __getitem__(self, i):
        print(f"  __getitem__({i})")
        if i >= 3:
            raise IndexError(i)
        return i * 10

c = WithContains()
print("yes" in c, "no" in c, "no" not in c)
print(2 in WithIter(), 5 in WithIter())
print(10 in WithGetitem(), 99 in WithGetitem())

# The result of __contains__ is converted to bool.
class Truthy:
    def __contains__(self, item):
        return [item]
class Falsy:
    def __contains__(self, item):
        return 0
print(1 in Truthy(), 1 in Falsy(), 1 not in Truthy())

class BadResult:
    def __contains__(self, item):
        class NoBool:
            def __bool__(self):
                raise ValueError("no truth for you")
        return NoBool()
try:
    1 in BadResult()
except ValueError as e:
    print("ValueError", e)

# Not a container at all.
class Nothing:
    pass
for label, fn in [("1 in Nothing()", lambda: 1 in Nothing()), ("1 in 5", lambda: 1 in 5),
                  ("'a' in None", lambda: "a" in None), ("1 in 'abc'", lambda: 1 in "abc"),
                  ("[] in {}", lambda: [] in {}), ("[] in set()", lambda: [] in set()),
                  ("b'a' in 'abc'", lambda: b"a" in "abc"), ("300 in b'abc'", lambda: 300 in b"abc")]:
    try:
        print(label, fn())
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__ + ":", e)

# __contains__ = None blocks the fallback.
class Blocked:
    __contains__ = None
    def __iter__(self):
        return iter([1])
try:
    1 in Blocked()
except TypeError as e:
    print("TypeError", e)

# Membership in builtins uses identity-then-equality.
nan = float("nan")
print(nan in [nan], float("nan") in [nan], 1 in [1.0], True in [1], "b" in "abc", "" in "abc",
      b"" in b"", 98 in b"abc", 1 in range(0, 10, 2), 4 in range(0, 10, 2), 2**100 in range(2**101))
print({"k": 1}.keys().__contains__("k"), "k" in {"k": 1}.items() if False else ("k", 1) in {"k": 1}.items())

# An iterator is consumed by membership tests.
it = iter([1, 2, 3, 4])
print(2 in it, list(it))
gen = (x * x for x in range(10))
print(9 in gen, next(gen))
