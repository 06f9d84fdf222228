# slice objects: construction, indices(), comparisons, use with sequences, errors

s = slice(5)
print(s, s.start, s.stop, s.step, slice(1, 5), slice(1, 5, 2), slice(None, None, -1))
print(slice("a", [1], {}), slice(1.5, 2.5), slice(None))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 2, None), slice(1, 2) != slice(1, 3))
print(slice(1, 2) < slice(1, 3), slice(0, 9) > slice(0, 8, 1), slice(1, 2) == (1, 2))
print(slice(None, 10, 2).indices(5), slice(None, None, -1).indices(5), slice(-3, None).indices(10))
print(slice(-100, 100).indices(5), slice(100, -100, -1).indices(5), slice(2, 2).indices(0))
print(slice(None, None, 3).indices(10), slice(1, -1, 2).indices(7), slice(-1, -8, -3).indices(7))
print(slice(0, 2**70).indices(5), slice(2**70, None, -1).indices(5), slice(0, 10).indices(2**65))
print(range(*slice(None, None, -2).indices(7)), list(range(10))[slice(2, 8, 3)])
data = list(range(10))
print(data[slice(3)], data[slice(-3, None)], data[slice(None, None, -3)], "abcdef"[slice(1, 5, 2)])
data[slice(0, 2)] = ["a", "b", "c"]
print(data)
del data[slice(None, None, 2)]
print(data)


class Recorder:
    def __getitem__(self, key):
        return key


rec = Recorder()
print(rec[1:2], rec[::], rec[:5], rec[1:2:3], rec[::-1], rec[1:2, 3], rec[...], rec[:, None])
print(rec["a":"b"], rec[1.5:], type(rec[:]).__name__)


class Idx:
    def __index__(self):
        return 2


print(slice(Idx(), None).indices(5), "hello"[Idx():], [1, 2, 3, 4][: Idx()])

for args in [(0, 10, 0), ("a", 2), (None, None, "x"), (1.5, 2)]:
    try:
        print(slice(*args).indices(10))
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__, e)
try:
    slice(1, 2).indices(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    slice()
except TypeError as e:
    print(type(e).__name__, e)
try:
    slice(1, 2, 3, 4)
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(slice(1, 2))
except TypeError as e:
    print(type(e).__name__, e)
try:
    slice(1, 2).start = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    [1, 2, 3]["a":]
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1, 2, 3][::0]
except ValueError as e:
    print(type(e).__name__, e)
print("abc"[10:20], "abc"[-10:-5], "abc"[2:1], (1, 2, 3)[::-1][::-1], "abc"[None:None:None])
print(sorted([slice(2, 1), slice(1, 5), slice(1, 2)], key=lambda s: (s.start, s.stop)))
