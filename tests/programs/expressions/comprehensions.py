# List, set and dict comprehensions: multiple for/if clauses, nesting, and their results.

print([x * x for x in range(6)])
print([x for x in range(20) if x % 2 if x % 3])
print([(x, y) for x in range(3) for y in range(x)])
print([(x, y) for x in range(3) if x for y in "ab" if y != "a"])
print([c.upper() for word in ["ab", "cd"] for c in word])
print([[y for y in range(x)] for x in range(4)])
print({x % 3 for x in range(10)}, {c for c in "mississippi"} == set("misp"))
print({k: v for k, v in zip("abc", range(3))}, {v: k for k, v in {"a": 1, "b": 2}.items()})
print({x: x ** 2 for x in range(5) if x != 2}, {(x, y): x * y for x in range(2) for y in range(2)})
print([i for i in range(3)] == list(range(3)), [] == [x for x in []])

# Conditional expressions inside comprehensions.
print(["even" if n % 2 == 0 else "odd" for n in range(4)])
print([n if n > 0 else -n for n in [-2, -1, 0, 1]])

# Unpacking in the target.
pairs = [(1, "one"), (2, "two")]
print([f"{n}:{s}" for n, s in pairs], [first for first, *_ in ["xyz", "uv"]])
print([a + b + c for (a, b), c in [((1, 2), 3), ((4, 5), 6)]])

# Comprehensions evaluate their element expression once per item, in order.
calls = []
def f(x):
    calls.append(x)
    return x
print([f(i) for i in range(3) if f(-i - 1)], calls)

# Dict comprehension: duplicate keys keep the last value, first key position.
print({k % 3: k for k in range(7)})

# Nested comprehension flattening and transposition.
matrix = [[1, 2, 3], [4, 5, 6]]
print([x for row in matrix for x in row], [[row[i] for row in matrix] for i in range(3)])
print(sum(x for row in matrix for x in row), max(len(r) for r in matrix))

# Comprehension over an iterator consumes it.
it = iter(range(5))
print([x for x in it if x < 2], list(it))

# Comprehension variables inside a function do not clobber locals.
def scoped():
    x = "kept"
    [x for x in range(3)]
    return x
print(scoped())

# A comprehension calling itself through a recursive function.
def flatten(v):
    return [y for x in v for y in flatten(x)] if isinstance(v, list) else [v]
print(flatten([1, [2, [3, [4]], 5], [[6]]]))

# Comprehensions in class bodies can see class names only in the first iterable.
class Table:
    size = 3
    rows = [[0] * 2 for _ in range(size)]
print(Table.rows)

# Async comprehension syntax is only allowed in async functions.
for src in ["[x async for x in y]", "[await x for x in y]"]:
    try:
        compile(src, "<s>", "eval")
    except SyntaxError as e:
        print(src, "SyntaxError:", e.msg)
