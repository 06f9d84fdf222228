# list operators: +, +=, *, *= aliasing, comparisons, membership, copying, modification during iteration

a = [1, 2]
b = a
a += [3]
print(a, b, a is b)
a = a + [4]
print(a, b, a is b)
c = [0]
d = c
c *= 3
print(c, d, c is d)
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid, grid[0] is grid[2])
grid2 = [[0] * 3 for _ in range(3)]
grid2[0][0] = 1
print(grid2)
print([1] * 0, [1] * -3, 3 * [None], [[]] * 2, [] * 100)
lst = [1, 2]
lst += "ab"
lst += range(2)
lst += (9,)
print(lst)
for op in [lambda: [1] + (2,), lambda: [1] + "a", lambda: [1] * 1.5, lambda: [1] * "2", lambda: [1] - [1], lambda: [1] * [2]]:
    try:
        op()
    except TypeError as e:
        print(type(e).__name__, e)
print([1, 2] == [1, 2], [1, 2] != [2, 1], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 9, 9], [1, 2] <= [1, 2])
print([1, [2, 3]] < [1, [2, 4]], [1.0] == [1], [True] == [1], [[]] == [[]], [1, 2] == (1, 2), [] == ())
for op in [lambda: [1] < ["a"], lambda: [1] < (1,), lambda: [None] < [None], lambda: [1, 2] > [1, "x"]]:
    try:
        op()
    except TypeError as e:
        print(type(e).__name__, e)
print([1, "x"] == [1, "x"], [0, "x"] < [1, "a"])
nan = float("nan")
print([nan] == [nan], nan in [nan], [nan] < [nan], [1, nan] < [1, nan])
print(2 in [1, 2], 3 not in [1, 2], [1] in [[1]], "a" in ["abc"], None in [None])
items = [1, 2, 3, 4, 5, 6]
for x in items:
    if x % 2 == 0:
        items.remove(x)
print(items)
items = [1, 2, 3]
seen = []
for x in items:
    seen.append(x)
    if len(items) < 6:
        items.append(x * 10)
print(seen, items)
items = [1, 2, 3, 4]
for i, x in enumerate(items):
    del items[i]
print(items)
items = [3, 1, 2]
it = iter(items)
next(it)
items.insert(0, 99)
print(list(it))
orig = [[1], [2]]
shallow = orig[:]
shallow[0].append("shared")
shallow[1] = ["replaced"]
print(orig, shallow, list(orig) == orig[:] == orig.copy())
print(len([]), bool([]), bool([0]), list(), list("ab"), list((1, 2)), list({"k": 1}), list(range(3)), list(x * 2 for x in "ab"))
try:
    list(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list([1], [2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash([])
except TypeError as e:
    print(type(e).__name__, e)
