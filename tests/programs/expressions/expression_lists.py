# Expression lists: tuples made by commas, trailing commas, starred items, parentheses.

t = 1, 2, 3
print(t, type(t).__name__)
single = 1,
print(single, len(single))
empty = ()
print(empty, type(empty).__name__, type((1)).__name__, type((1,)).__name__)

def returns_many():
    return 1, "two", [3]
r = returns_many()
print(r, type(r).__name__)

def returns_starred():
    rest = [2, 3]
    return 1, *rest
print(returns_starred())

a = [1, 2]
b = *a, 3
print(b)
c = *a,
print(c)

# Trailing commas are allowed in displays, calls, subscripts and defs.
print([1, 2,], {1: 2,}, {3,}, (4,), f"{(5,)}")
def trailing(a, b,):
    return a + b
print(trailing(1, 2,), max(1, 2,), dict(a=1,))

# Subscripts with commas make tuples.
class Show:
    def __getitem__(self, key):
        return key
s = Show()
print(s[1, 2], s[1,], s[(1, 2)], s[*a] if False else s[tuple(a)], s[1:2, 3])

# for-loop targets and expression lists in for/yield/return.
for x, y in [(1, 2), (3, 4)]:
    print(x, y, end="; ")
print()
def gen():
    yield 1, 2
    yield *a, 9
print(list(gen()))

# Parentheses make an expression span lines without making a tuple.
value = (
    1 + 2
)
tup = (
    1 + 2,
)
print(value, tup)

# Comparisons with tuples need parentheses.
print((1, 2) == (1, 2), 1, 2 == (1, 2))

# Starred assignment targets.
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = "abc"
print(init, tail)
(p, q), *r = [1, 2], 3, 4
print(p, q, r)
[m, n] = "xy"
print(m, n)
(one,) = [1]
print(one)
*everything, = 1, 2
print(everything)

# Errors.
for src in ["*a", "*a = 1", "a, *b, *c = range(5)", "print(*)", "x = *a", "del *a",
            "*a, = 1, 2", "a, b = *c", "return *a, *b"]:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), "SyntaxError:", e.msg)

for src in ["a, b = 1, 2, 3", "a, b, c = 1, 2", "a, *b, c = [1]", "a, = ()", "a, b = 1"]:
    try:
        exec(src)
    except (ValueError, TypeError) as e:
        print(repr(src), type(e).__name__ + ":", e)
