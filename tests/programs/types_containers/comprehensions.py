# list/set/dict comprehensions and generator expressions: scoping, nesting, conditions

print([x * x for x in range(6)], [x for x in range(10) if x % 3 == 0], [x if x % 2 else -x for x in range(5)])
print([(i, j) for i in range(3) for j in range(i)], [[j for j in range(i)] for i in range(4)])
print({x % 3 for x in range(10)}, {c: ord(c) for c in "abc"}, {k: v for k, v in zip("xy", (1, 2)) if v > 1})
print(sum(x for x in range(101)), max(len(w) for w in ["a", "abc", "ab"]), list(x for x in "hi"), tuple(i for i in range(3)))
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for row in matrix for i in range(len(row)) if i == 1], [[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row if v % 2], {(r, c): matrix[r][c] for r in range(2) for c in range(2)})
x = "outer"
squares = [x for x in range(3)]
print(x, squares)
y = 10
print([y + i for i in range(3)], [[y * j for j in range(2)] for _ in range(2)])


class Scope:
    factor = 3
    values = [factor * 1]
    try:
        scaled = [factor * i for i in range(3)]
    except NameError as e:
        scaled = str(e)


print(Scope.values, Scope.scaled)
gen = (n * 2 for n in range(3))
print(next(gen), list(gen), list(gen))
lazy_log = []
g = (lazy_log.append(i) or i for i in range(3))
print(lazy_log, next(g), lazy_log)
try:
    [1 / n for n in [1, 0]]
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print([w.upper() for w in "the quick fox".split() if len(w) > 3], {len(w) for w in "a bb cc ddd".split()})
pairs = [(a, b) for a in range(1, 10) for b in range(a, 10) if a * b == 12]
print(pairs)
print(dict((k, v) for k, v in [("a", 1), ("b", 2)]), {v: k for k, v in {"a": 1, "b": 1}.items()})
print([(lambda i=i: i)() for i in range(3)], [f() for f in [lambda: i for i in range(3)]])
print([c for c in "Hello World" if c.isupper()], "".join(c for c in "a1b2" if c.isalpha()))
print([i for i in range(20) if i % 2 if i % 3], [a + b for a, b in [(1, 2), (3, 4)]], [*range(2), *"ab"])
nested_gen = sum(sum(row) for row in matrix)
print(nested_gen, [n for n in (m for m in range(10) if m > 5) if n % 2 == 0], any(v > 8 for row in matrix for v in row))
first_even = next((n for n in [1, 3, 6, 7] if n % 2 == 0), None)
no_even = next((n for n in [1, 3] if n % 2 == 0), "none")
print(first_even, no_even)
walrus = [y2 for v in range(5) if (y2 := v * v) > 4]
print(walrus, y2)
print(sorted({frozenset((i, j)) for i in range(3) for j in range(3) if i != j}, key=sorted))
print([[i * j for j in range(1, 4)] for i in range(1, 4)], {i: {j: i * j for j in range(2)} for i in range(2)})
