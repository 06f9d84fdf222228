# format mini-language for str and other objects: alignment, fill, precision truncation, errors

s = "hello"
specs = ["", "s", "10", "<10", ">10", "^10", "^11", "*^10", "-^9", ".2", "10.3", "^9.1s", ">3", ".0", "0>8", "08", "\u00e9<7", "}>7", "{<7"]
for spec in specs:
    print(repr(spec), repr(format(s, spec)), repr(format("", spec)), repr(format("日本語", spec)))
print(repr(format("\U0001f600", "^5")), repr(format("e\u0301", "<4")), repr(format("tab\t", ">6")))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"), "{:_^15}".format(" centered "), "{:.>10.4}".format("truncated"))
for spec in ["d", "x", "+", " ", "-", "#", ",", "_", "=", "=5", "+5", "#5", "z", ".2f", "c", "5,", "1000000000000000000000"]:
    try:
        print(repr(spec), repr(format("txt", spec)))
    except (ValueError, OverflowError) as e:
        print(repr(spec), type(e).__name__, e)
print(format(None, ""), format([1, 2], ""), format({"a": 1}, ""), format((1,), ""), format(print, "")[:9])
for obj in [None, [1], (1,), object]:
    try:
        format(obj, ">10")
    except TypeError as e:
        print(type(e).__name__, e)
print(format(b"bytes", ""), format(range(3), ""), format(..., ""), format(NotImplemented, ""))
try:
    format(b"x", "5")
except TypeError as e:
    print(type(e).__name__, e)


class Named:
    def __init__(self, name):
        self.name = name

    def __format__(self, spec):
        if spec.startswith("upper"):
            return format(self.name.upper(), spec[5:])
        return format(self.name, spec)

    def __str__(self):
        return "Named(%s)" % self.name


n = Named("widget")
print(format(n), format(n, ">10"), format(n, "upper^12"), "{:upper}|{!s:>16}|".format(n, n), f"{n:.3}")


class StrSub(str):
    def __format__(self, spec):
        return "custom[" + str.__format__(self, spec) + "]"


print(format(StrSub("x"), "^5"), "{}".format(StrSub("y")), f"{StrSub('z')!s:>3}", f"{StrSub('w')}")
rows = [("Name", "Qty", "Price"), ("apple", 3, 1.5), ("banana split", 12, 0.25)]
for name, qty, price in rows:
    print(f"{name:<14.10}|{qty:>5}|{price:>8}")
width = 20
for align in "<^>":
    print(f"[{'text':{align}{width}}]", "[{:{a}{w}}]".format("text", a=align, w=width // 2))
print(f"{'x':=^1}", f"{'long string':^3}", f"{'':*^4}", f"{'a':\u3000>3}")
