# str.join: iterables of every kind, error messages naming the bad item, concatenation

print(",".join(["a", "b", "c"]), "".join(["x", "y"]), "-".join("abc"), " ".join(()), "|".join([""]), "|".join(["", ""]))
print(", ".join(str(i) for i in range(5)), "/".join({"k1": 1, "k2": 2}), "+".join(sorted({"b", "a"})), "\n".join(["l1", "l2"]))
print("日".join(["a", "b"]), "".join(["\U0001f600"] * 3), "ab".join("123"), repr("\x00".join("ab")))
print("".join(map(chr, range(65, 70))), "".join(reversed("stressed")), ".".join(iter(["x", "y"])))
for bad in [["a", 1], [None], ["a", b"b"], [1.5, "x"], ["ok", "ok", ["nested"]]]:
    try:
        ",".join(bad)
    except TypeError as e:
        print(type(e).__name__, e)
for bad in [5, None, 1.5]:
    try:
        ",".join(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    ",".join()
except TypeError as e:
    print(type(e).__name__, e)
try:
    ",".join("a", "b")
except TypeError as e:
    print(type(e).__name__, e)


class S(str):
    def __str__(self):
        return "never used by join"


print("-".join([S("a"), S("b")]), type("-".join([S("a")])).__name__, type(S("-").join(["a", "b"])).__name__)
single = S("only")
r = "".join([single])
print(r, type(r).__name__)


class Gen:
    def __iter__(self):
        yield "g1"
        yield "g2"


print("+".join(Gen()))


def failing():
    yield "a"
    raise ValueError("generator failed mid-join")


try:
    "".join(failing())
except ValueError as e:
    print(type(e).__name__, e)

print("a" + "b", "a" * 3, 3 * "ab", "x" * 0, "x" * -2, "" * 100, "ab" * True)
s = "start"
s += "-end"
s *= 2
print(s)
for op in [lambda: "a" + 1, lambda: 1 + "a", lambda: "a" * "b", lambda: "a" * 1.5, lambda: "a" - "b", lambda: "a" + None]:
    try:
        op()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    "x" * (2**63)
except (OverflowError, MemoryError) as e:
    print(type(e).__name__, e)
parts = []
for word in "build a string from parts".split():
    parts.append(word.capitalize())
print(" ".join(parts), len(" ".join(parts)))
print(b",".join([b"a", bytearray(b"b"), memoryview(b"c")]), bytearray(b"-").join([b"x", b"y"]))
try:
    b",".join(["a"])
except TypeError as e:
    print(type(e).__name__, e)
print("".join(str(d) for d in [3, 1, 4, 1, 5, 9, 2, 6]), "%s" % "|".join(["%d" % i for i in range(3)]))
