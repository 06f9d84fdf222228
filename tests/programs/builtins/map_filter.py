# map() and filter(): multiple iterables, None predicate, laziness, errors

print(list(map(str, [1, 2, 3])), list(map(len, ["a", "bb", ""])), list(map(abs, [])))
print(list(map(pow, [2, 3, 4], [5, 2])), list(map(lambda *a: a, "ab", "cd", "ef")))
print(list(map(int.__add__, [1, 2], [10, 20])), list(map(str.upper, "abc")))
m = map(lambda x: x * x, range(4))
print(type(m).__name__, iter(m) is m, next(m), list(m), list(m))
print(list(filter(None, [0, 1, "", "a", None, [], [0], False, 2.5])))
print(list(filter(lambda x: x % 2, range(10))), list(filter(str.isdigit, "a1b2c3")))
print(list(filter(bool, (0, 0.0, 0j, "0"))), list(filter(None, {})))
f = filter(None, [0, 1])
print(type(f).__name__, iter(f) is f, next(f), next(f, "end"))

log = []


def noisy(x):
    log.append(x)
    return x * 10


lazy = map(noisy, [1, 2, 3])
print(log)
print(next(lazy), log)
print(list(lazy), log)

for args in [(), (len,), (5, [1]), (len, 5)]:
    try:
        list(map(*args))
    except TypeError as e:
        print(type(e).__name__, e)
for args in [(), (None,), (None, 5), (5, [1]), (len, [1], [2])]:
    try:
        list(filter(*args))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    list(map(lambda x, y: x, [1, 2]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(map(int, ["1", "x"]))
except ValueError as e:
    print(type(e).__name__, e)
try:
    map(len, [1], bogus=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    filter(None, [], key=1)
except TypeError as e:
    print(type(e).__name__, e)


class Truth:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        return self.v

    def __repr__(self):
        return "T(%s)" % self.v


print(list(filter(None, [Truth(True), Truth(False), Truth(True)])))
print(sorted(map(str, {3, 1, 2})))
nested = map(lambda x: x + 1, filter(lambda x: x > 2, map(lambda x: x * 2, range(5))))
print(list(nested))
print(list(map(divmod, [7, 8], [2, 3])), dict(map(lambda kv: (kv[1], kv[0]), {"a": 1}.items())))
print(list(filter(lambda s: s.startswith("_"), ["_a", "b", "__c"])))
gen = (i for i in range(3))
print(list(map(lambda a, b: a + b, gen, gen)))
print(list(map(max, [1, 5], [4, 2], [3, 3])))
