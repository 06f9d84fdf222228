# reversed(): sequences, __reversed__, __len__/__getitem__ protocol, errors

print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1,))), list(reversed([])))
print(list(reversed(range(5))), list(reversed(range(0, 10, 3))), list(reversed(range(10, 0, -4))))
print(list(reversed(range(2**64, 2**64 + 3))), list(reversed(range(-3, 3, 2))))
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1, "b": 2}.items())))
print(list(reversed({"a": 1, "b": 2}.values())), list(reversed(b"xyz")), list(reversed(bytearray(b"ab"))))
r = reversed([1, 2, 3])
print(type(r).__name__, iter(r) is r, next(r), r.__length_hint__(), list(r), next(r, "done"))
print(type(reversed("ab")).__name__, type(reversed(range(2))).__name__, type(reversed({})).__name__)
print("".join(reversed("h\u00e9llo \U0001f600")))


class Seq:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        if not 0 <= i < 3:
            raise IndexError(i)
        return "item%d" % i


print(list(reversed(Seq())))


class Custom:
    def __reversed__(self):
        return iter(["custom", "order"])


print(list(reversed(Custom())))


class NotRev:
    __reversed__ = None

    def __len__(self):
        return 1

    def __getitem__(self, i):
        return i


for obj in [5, {1, 2}, iter([1]), (x for x in "ab"), NotRev(), None, {"a": 1}.keys().__iter__()]:
    try:
        reversed(obj)
    except TypeError as e:
        print(type(e).__name__, e)


class OnlyLen:
    def __len__(self):
        return 2


try:
    reversed(OnlyLen())
except TypeError as e:
    print(type(e).__name__, e)


class OnlyGetitem:
    def __getitem__(self, i):
        return i


try:
    reversed(OnlyGetitem())
except TypeError as e:
    print(type(e).__name__, e)

lst = [1, 2, 3, 4]
r = reversed(lst)
next(r)
lst.pop()
lst.pop()
print(list(r))
lst = [1, 2]
r = reversed(lst)
lst.extend([3, 4])
print(list(r))
try:
    reversed()
except TypeError as e:
    print(type(e).__name__, e)
try:
    reversed([], [])
except TypeError as e:
    print(type(e).__name__, e)
print(list(reversed(reversed([1, 2, 3]))) if hasattr(reversed([1]), "__reversed__") else "no __reversed__ on iterator")
d = {1: "a"}
rd = reversed(d)
d[2] = "b"
try:
    next(rd)
except RuntimeError as e:
    print(type(e).__name__, e)
