# zip(): shortest stops, strict=True errors, laziness, unzipping

print(list(zip()), list(zip([1, 2, 3])), list(zip("abc", range(10))))
print(list(zip([1, 2], "xy", (True, None))), list(zip([], [1, 2])))
print(dict(zip("abc", range(3))), list(zip(*[(1, "a"), (2, "b"), (3, "c")])))
z = zip("ab", "cd")
print(type(z).__name__, iter(z) is z, next(z), next(z), next(z, "done"))
pairs = [(1, "one"), (2, "two")]
nums, words = zip(*pairs)
print(nums, words)
print(list(zip(*zip("abc", "def"))))
print(list(zip(range(3), strict=True)), list(zip(strict=True)), list(zip([], [], strict=True)))
print(list(zip("ab", "cd", strict=False)), list(zip("ab", "cde", strict=False)))

for args in [("ab", "abc"), ("abc", "ab"), ("ab", "ab", "a"), ("a", "abc", "abc"), ((), "x")]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print(type(e).__name__, e)

z = zip("ab", "abc", strict=True)
print(next(z), next(z))
try:
    next(z)
except ValueError as e:
    print(type(e).__name__, e)

pulled = []


def gen(tag, n):
    for i in range(n):
        pulled.append((tag, i))
        yield i


print(list(zip(gen("A", 3), gen("B", 2))), pulled)
pulled.clear()
print(list(zip(gen("A", 2), gen("B", 3))), pulled)

for bad in [(1,), ("a", 2), ([1], None)]:
    try:
        zip(*bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    zip("a", bogus=True)
except TypeError as e:
    print(type(e).__name__, e)

it = iter(range(6))
print(list(zip(it, it)), list(zip(*[iter("abcdefg")] * 3)))
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(row) for row in zip(*matrix)])
print(list(map(sum, zip([1, 2], [10, 20], [100, 200]))))
print(sorted(zip([3, 1, 2], "cab")), max(zip([1, 5, 3], "xyz")))


class Fail:
    def __iter__(self):
        return self

    def __next__(self):
        raise KeyError("boom")


try:
    list(zip("abc", Fail()))
except KeyError as e:
    print(type(e).__name__, e)
print(list(zip("", Fail())))
print(list(zip(range(2**70, 2**70 + 2), "ab")))
