# range(): construction, len, indexing, slicing, methods, comparisons, errors

r = range(10)
print(r, list(r), len(r), r[0], r[-1], r[3:7], r[::2], r[::-1], r[-3:], r[100:])
r2 = range(3, 20, 4)
print(list(r2), len(r2), r2.start, r2.stop, r2.step, r2[1], r2[-1], r2[1:3], r2[::-2])
r3 = range(10, -10, -3)
print(list(r3), len(r3), r3[0], r3[-1], r3[2:], r3[::-1], list(r3[::-1]))
print(list(range(0)), list(range(5, 5)), list(range(5, 0)), list(range(0, 5, -1)), len(range(5, 0)))
print(range(1, 10, 3).index(7), range(10).count(3), range(10).count(10), range(0, 10, 2).count(3))
print(5 in range(10), 10 in range(10), -1 in range(10), 4 in range(0, 10, 2), 5 in range(0, 10, 2))
print(3.0 in range(5), 3.5 in range(5), True in range(2), "3" in range(5), None in range(1))
print(range(0) == range(5, 5), range(0, 3) == range(0, 3, 1), range(0, 10, 3) == range(0, 11, 3))
print(range(1, 2, 5) == range(1, 0, -5), range(1, 2, 5) == range(1, 3, 7), range(3) != range(4))
print(range(3) == [0, 1, 2], bool(range(0)), bool(range(1)), hash(range(4)) == hash(range(0, 4)))
print(list(range(-5, 5, 3)), list(range(-5, -15, -4)), range(True, 5)[0])
for i in range(3, 0, -1):
    print("count", i)
print(reversed(range(1, 4)).__class__.__name__, list(reversed(range(1, 10, 4))))
print(range(10)[2:8:3], range(10)[8:2:-2], range(10)[-100:100], range(10)[::-3], range(0, 10, 3)[::-1])
print(list(range(10)[slice(None, None, 2)]), range(5)[True])
it = iter(range(3))
print(type(it).__name__, next(it), list(it), next(it, "done"))


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


print(range(Idx(2), Idx(8), Idx(2)), range(10)[Idx(3)], list(range(Idx(3))))

for args in [(), (1.5,), ("3",), (1, 2, 0), (1, 2, 3, 4), (None,), (1, 2.0)]:
    try:
        range(*args)
    except (TypeError, ValueError) as e:
        print(args, type(e).__name__, e)
for idx in [10, -11, 2**70]:
    try:
        range(10)[idx]
    except IndexError as e:
        print(type(e).__name__, e)
for idx in ["1", 1.0, None]:
    try:
        range(10)[idx]
    except TypeError as e:
        print(type(e).__name__, e)
try:
    range(10).index(10)
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(10).index("x")
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(10)[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(3)[1] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(1) + range(2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(3) < range(4)
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(3).start = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(sum(range(1, 101)), max(range(-5, 5)), min(range(0, 100, 7)), sorted(range(3, 0, -1)))
print(range(0, -10, -1)[5], range(2, 2)[::-1], repr(range(1, 2, 1)), str(range(-1, -9, -2)))
