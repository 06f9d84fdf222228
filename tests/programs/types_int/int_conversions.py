# converting to and from int: __int__, __index__, __trunc__, floats, strings, bools
import math


class HasInt:
    def __int__(self):
        return 42


class HasIndex:
    def __index__(self):
        return 7


class HasBoth:
    def __int__(self):
        return 1

    def __index__(self):
        return 2


class HasTrunc:
    def __trunc__(self):
        return 99


class TruncReturnsIndex:
    def __trunc__(self):
        return HasIndex()


print(int(HasInt()), int(HasIndex()), int(HasBoth()), [10, 20, 30][1])
print(int(HasTrunc()))
print(int(TruncReturnsIndex()))
print(HasIndex().__index__(), "abcdefghij"[HasIndex()], list(range(HasIndex())))
print(float(HasIndex()), complex(HasIndex()))
print(math.floor(3.7), math.ceil(3.2), math.trunc(-3.7), round(3.5), int(-3.7), int(3.999999999999999999))
print(int(1e15), int(1.5e16), int(2.0**63), int(-(2.0**63)), int(1e300) == 10**300, int(1e300) % 10**10)
print(int(float(2**53 + 1)), int(0.1 * 3 * 10), int("0010"), int(" 7 "), int(True), int(-False))
print(str(10**50), repr(-(10**50)), str(0), str(-0), float(10**22), float(10**23), float(-(2**63)))
print(bool(0), bool(-1), bool(2**100), bool(0.0), bool(-0.0), bool(float("nan")), bool(0j))
print(float(2**53 + 1), float(2**54 + 3), float(10**20 + 1), float(123456789012345678901234567890))
print([int(x) for x in (-2.5, -1.5, -0.5, 0.5, 1.5, 2.5)])
print(int(HasInt()) + 1, [0, 1, 2][True], "abc"[False], (1, 2, 3)[-HasIndex().__index__() + 5])


class BadIndex:
    def __index__(self):
        return 1.5


class IntSub(int):
    pass


class ReturnsSub:
    def __index__(self):
        return IntSub(3)


for obj in [BadIndex()]:
    for label, fn in [("int", int), ("index", lambda o: [1, 2, 3][o]), ("range", range)]:
        try:
            fn(obj)
        except TypeError as e:
            print(label, type(e).__name__, e)
print(type(int(ReturnsSub())).__name__, [9, 8, 7, 6][ReturnsSub()])


class IntReturnsBool:
    def __int__(self):
        return True


r = int(IntReturnsBool())
print(r, type(r).__name__)
try:
    "abc"[HasInt()]
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(HasTrunc())
except TypeError as e:
    print(type(e).__name__, e)
print(int("12") + int(12.9) + int(b"3") + int(HasIndex()))
