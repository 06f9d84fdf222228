# and/or/not: short-circuiting, returning operands, truthiness of every kind of object.

def t(label, value):
    print("  eval", label)
    return value

print(t("a", 0) and t("b", 1))
print(t("a", 1) and t("b", 2))
print(t("a", 0) or t("b", ""))
print(t("a", "x") or t("b", "y"))
print(t("a", []) or t("b", None) or t("c", "last"))
print(t("a", 1) and t("b", 0) or t("c", "fallback"))
print(not t("a", []), not t("b", [0]))

# The result is an operand, not a bool.
print(0 and 1, 1 and 0, "" or "default", [] or {}, None or 0, 3 and "three", (1, 2) and [])
print(type(1 and 2).__name__, type(0 or 0.0).__name__, not 0, not "x", type(not 1).__name__)

# Precedence: not > and > or.
print(not 1 == 2, not (1 == 2), True or False and False, (True or False) and False)
print(not 0 and 0, not (0 and 0), 1 or 0 and 0, 0 and 1 or 1)

# __bool__ is called once per test.
class Counted:
    calls = 0
    def __init__(self, value):
        self.value = value
    def __bool__(self):
        Counted.calls += 1
        return self.value
    def __repr__(self):
        return f"Counted({self.value})"
r = Counted(False) or Counted(True)
print(r, Counted.calls)
Counted.calls = 0
r = Counted(True) and Counted(False)
print(r, Counted.calls)
Counted.calls = 0
if Counted(True) and Counted(True):
    pass
print(Counted.calls)
Counted.calls = 0
print(not Counted(False), Counted.calls)

# Conditions with side effects guarded by short-circuiting.
d = {}
print("k" in d and d["k"] > 0)
lst = []
print(lst and lst[0], len(lst) > 0 and lst[-1])

# any/all short-circuit similarly.
def gen():
    for v in [0, 1, 2]:
        print("  yield", v)
        yield v
print(any(gen()))
print(all(gen()))

# Errors inside skipped operands are never raised.
print(False and 1 / 0, True or undefined_name)

# Truthiness table.
things = [0, 1, -1, 0.0, 0.1, 0j, 1j, "", " ", "0", b"", b"\x00", [], [[]], (), ((),), {}, {0: 0},
          set(), {0}, frozenset(), range(0), range(1), None, Ellipsis, NotImplemented if False else True,
          float("nan"), -0.0]
print([bool(x) for x in things])

# Chained boolean with comparisons and walrus.
values = [3, 0, 7]
print([v for v in values if v and (half := v // 2) or v == 0], half)
