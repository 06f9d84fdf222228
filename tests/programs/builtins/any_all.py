# any() and all(): truthiness, short-circuit, empty iterables, errors

print(any([]), all([]), any(()), all(""), any(set()), all({}))
print(any([0, 0.0, "", None]), all([1, "a", [0]]), any([0, 1]), all([1, 0]))
print(any("abc"), all([[], []]), any([[]]), all([()]))
print(any(x > 3 for x in range(5)), all(x < 5 for x in range(5)))
print(any({0: "a"}), any({0: "a", 1: "b"}), all({1: 0, 2: 0}))
print(all([float("nan")]), any([0j]), all([1j]), any([-0.0]), all([10**100]))

seen = []


def check(v, result):
    seen.append(v)
    return result


print(any(check(i, i == 2) for i in range(10)), seen)
seen.clear()
print(all(check(i, i < 3) for i in range(10)), seen)

it = iter([0, 0, 5, 6, 7])
print(any(it), list(it))
it = iter([1, 1, 0, 6, 7])
print(all(it), list(it))


class Truthy:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        return self.v


class ByLen:
    def __len__(self):
        return 0


print(any([Truthy(False), Truthy(True)]), all([Truthy(True), ByLen()]))


class BadBool:
    def __bool__(self):
        return "yes"


for fn in (any, all):
    for arg in ([BadBool()], 5, None):
        try:
            fn(arg)
        except TypeError as e:
            print(fn.__name__, type(e).__name__, e)


class Explode:
    def __bool__(self):
        raise RuntimeError("bool exploded")


try:
    any([0, Explode()])
except RuntimeError as e:
    print(type(e).__name__, e)
print(any([1, Explode()]), all([0, Explode()]))

try:
    any()
except TypeError as e:
    print(type(e).__name__, e)
try:
    all([], [])
except TypeError as e:
    print(type(e).__name__, e)
try:
    any(iterable=[1])
except TypeError as e:
    print(type(e).__name__, e)
print(type(any([1])).__name__, any([1]) is True, all([]) is True)
