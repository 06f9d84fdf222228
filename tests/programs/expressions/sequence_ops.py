# Sequence operators: concatenation, repetition (with aliasing), comparison, len, min/max.

print([1, 2] + [3], (1,) + (2, 3), "ab" + "cd", b"ab" + b"cd", bytearray(b"x") + b"y")
print([0] * 3, 3 * [0], "ab" * 3, (1, 2) * 2, [1] * 0, "x" * -5, [] * 100, b"-" * 4)

# Repetition copies references: the classic nested-list pitfall.
grid = [[0] * 3] * 2
grid[0][0] = 9
print(grid, grid[0] is grid[1])
fresh = [[0] * 3 for _ in range(2)]
fresh[0][0] = 9
print(fresh)

# += extends in place; + creates a new list.
a = [1]
b = a
a += [2]
print(a, b, a is b)
a = a + [3]
print(a, b, a is b)
t = (1,)
t2 = t
t += (2,)
print(t, t2)

# *= on lists is in place too.
m = [1, 2]
alias = m
m *= 2
print(m, alias is m)
m *= 0
print(m, alias)

# Type errors.
for expr in ["[1] + (1,)", "(1,) + [1]", "'a' + b'a'", "[1] * 1.5", "'a' * 'b'", "[1] * [1]",
             "b'a' + 'a'", "bytearray() + 'x'", "'a' + None", "[] + {}"]:
    try:
        print(expr, "=", eval(expr))
    except TypeError as e:
        print(expr, "->", e)

# Overflow of repetition.
for expr in ["[0] * (2 ** 63)", "'ab' * (2 ** 62)"]:
    try:
        eval(expr)
    except (OverflowError, MemoryError) as e:
        print(expr, "->", type(e).__name__)

# Lexicographic comparison.
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [] < [0], (2,) > (1, 99), "abc" < "abd", "ab" < "abc")
print([1, [2, 3]] < [1, [2, 4]], ("a", 1) < ("a", 2), "Z" < "a", "é" > "z", [1.0] == [1], (0,) == (False,))

# min/max/len/sum on sequences.
words = ["pear", "fig", "banana", "kiwi"]
print(len(words), min(words), max(words), min(words, key=len), max(words, key=len), sorted(words, key=len))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), "".join(["a", "b"]), len(range(10, 0, -3)))

# index/count on sequences.
seq = [3, 1, 4, 1, 5, 9, 2, 6]
print(seq.index(1), seq.index(1, 2), seq.count(1), "banana".count("an"), (1, 2, 1).count(1), "banana".index("n", 3))
for expr in ["seq.index(7)", "'abc'.index('z')", "(1, 2).index(3)", "seq.index(1, 4, 5)"]:
    try:
        eval(expr)
    except ValueError as e:
        print(expr, "->", e)

# Unpacking sequences of every kind.
x, y, z = "xyz"
p, q = b"pq"
r, s = range(2)
u, v = {"u": 1, "v": 2}
print(x, y, z, p, q, r, s, u, v)
