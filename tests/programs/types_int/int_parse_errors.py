# int() failures: exact ValueError/TypeError messages

bad_strings = [
    ("", 10), ("  ", 10), ("1.5", 10), ("1e3", 10), ("12a", 10), ("_1", 10), ("1_", 10), ("1__0", 10),
    ("0x", 16), ("0x1G", 16), ("0b2", 2), ("2", 2), ("0o8", 8), ("9", 8), ("0x10", 10), ("0b1", 10),
    ("010", 0), ("0_8", 0), ("08", 0), ("+-1", 10), ("--1", 10), ("- 1", 10), ("1 2", 10),
    ("0x 1", 16), ("\x00", 10), ("one", 10), ("0b", 0), ("0o", 0), ("0x_", 0), ("1\u00a0\u00a01x", 10),
    ("\u0661x", 10), ("z", 35), ("infinity", 10), ("nan", 10), ("0.0", 10),
]
for s, base in bad_strings:
    try:
        int(s, base)
        print("accepted", repr(s))
    except ValueError as e:
        print(type(e).__name__, e)

for base in [1, 37, -1, 100, -(2**70)]:
    try:
        int("1", base)
    except ValueError as e:
        print(type(e).__name__, e)
print(int("1", 0), int("0", 0))

for args in [(1, 10), (1.5, 2), (None,), ([1],), ("1", "10"), ("1", 2.0), (b"1", None)]:
    try:
        int(*args)
    except TypeError as e:
        print(type(e).__name__, e)

for v in [float("inf"), float("-inf")]:
    try:
        int(v)
    except OverflowError as e:
        print(type(e).__name__, e)
try:
    int(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(1j)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(b"\xff")
except ValueError as e:
    print(type(e).__name__, e)
try:
    int(b"12x", 16)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int("1", 10, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(base=10)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int("9" * 5000)
except ValueError as e:
    print(type(e).__name__, str(e)[:60])
try:
    int("x" * 300)
except ValueError as e:
    print(type(e).__name__, e)


class NoInt:
    pass


try:
    int(NoInt())
except TypeError as e:
    print(type(e).__name__, e)


class BadInt:
    def __int__(self):
        return "7"


try:
    int(BadInt())
except TypeError as e:
    print(type(e).__name__, e)
