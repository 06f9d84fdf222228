# for statements: any assignment target, iteration protocols, and what the loop evaluates.

class Obj:
    pass
o = Obj()
for o.attr in [1, 2, 3]:
    pass
print(o.attr)

d = {}
for d["key"] in "abc":
    pass
print(d)

lst = [0, 0]
for lst[0], lst[1] in [(1, 2), (3, 4)]:
    pass
print(lst)

for i, (a, *b) in enumerate(["xyz", "uv"]):
    print(i, a, b)

for [x, y] in [[1, 2]]:
    print(x, y)

for (first,) in [("only",)]:
    print(first)

# The iterable is evaluated once, before the loop starts.
def source():
    print("  source evaluated")
    return [1, 2]
for v in source():
    print("  item", v)

# Iterating over different iterables.
for ch in "hé😀":
    print(repr(ch), end=" ")
print()
for b in b"AZ":
    print(b, end=" ")
print()
for k in {"x": 1, "y": 2}:
    print(k, end=" ")
for k, v in {"x": 1, "y": 2}.items():
    print(k, v, end=" ")
print()
for n in range(10, 0, -3):
    print(n, end=" ")
print()
for n in sorted({3, 1, 2}):
    print(n, end=" ")
print()
for item in (x * 2 for x in range(3)):
    print(item, end=" ")
print()

# Iterating a file-like object line by line (this file's first two lines).
with open(__file__, encoding="utf-8") as fh:
    for lineno, line in enumerate(fh, 1):
        if lineno > 2:
            break
        print(lineno, line.rstrip()[:30])

# The iterator is obtained with iter() once; modifying the name inside does not change it.
items = [1, 2, 3]
for x in items:
    items = ["replaced"]
    print(x, end=" ")
print(items)

# for over an object with only __getitem__.
class Old:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
for v in Old():
    print(v, end=" ")
print()

# Nested loops with shared and independent variables.
pairs = []
for i in range(3):
    for j in range(i):
        pairs.append((i, j))
print(pairs, i, j)

# Errors.
for bad in [5, None, 3.5]:
    try:
        for _ in bad:
            pass
    except TypeError as e:
        print("TypeError", e)
try:
    for a, b in [(1, 2), (3,)]:
        pass
except ValueError as e:
    print("ValueError", e, "| a, b =", a, b)

for src in ["for 1 in x: pass", "for f() in x: pass", "for x in: pass", "for x, in y: pass",
            "for *x in y: pass", "for *x, y in z: pass", "for x in *a, *b: pass"]:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), "SyntaxError:", e.msg)
