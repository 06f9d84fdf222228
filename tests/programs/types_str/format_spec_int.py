# format mini-language for int: fill/align/sign/#/0/width/grouping/types, and errors

n = 1234567
specs = ["", "d", "10", "<10", ">10", "^10", "=10", "*^11", "0>10", "+", "-", " ", "+10", "=+10", "010", "+010", "-010",
         " 010", ",", "_", "15,", "015,", "015_", ",d", "_x", "_b", "_o", "x", "X", "#x", "#X", "o", "#o", "b", "#b", "#010b",
         "#_b", "n", "e", ".2e", "f", ".1f", "%", ".0%", "g", "G", ".3g", "#10x", "<#10x", "^#12o", "x<8", "\u00e9^9"]
for spec in specs:
    print(repr(spec), repr(format(n, spec)), repr(format(-n, spec)))
for v in [0, 1, -1, 255, -255, 2**64, -(2**70), True]:
    print(v, format(v, "#x"), format(v, "#b"), format(v, "+,"), format(v, "=+12_"), format(v, "#012x"), format(v, " ^8"))
print(format(65, "c"), format(0x1F600, "c"), format(233, "^5c"), format(10**30, ","), format(-(10**30), "_x"))
print(format(1234, ",.2f"), format(1234, "_.3e"), format(5, "10.3%"), format(0, "%"), format(2**80, "e"))
print(format(-0, "+"), format(0, "-"), format(0, " "), format(0, "#o"), format(0, "08,"), format(12345, "09,"), format(12345, "010,"))
print(format(1, "02"), format(-1, "02"), format(-1, "03"), format(1, "0<3"), format(1, "0^4"), format(-5, "=5"))
for spec in ["s", ".2", ",b", ",x", "_c", "+c", ",c", "#c", "z", "z5", "==5", "5.5d", "3.x", ",_", "_,", "q", ".-1", "1000000000000000000000"]:
    try:
        print(repr(spec), repr(format(42, spec)))
    except (ValueError, OverflowError) as e:
        print(repr(spec), type(e).__name__, e)
for v in [-1, 0x110000]:
    try:
        format(v, "c")
    except OverflowError as e:
        print(type(e).__name__, e)
print(f"{n:,}", f"{n:_}", f"{n:>{12},}", f"{n:#_x}", f"{-n:=+15,d}", f"{n!s:>10}", f"{n!r:*<10}")
print("{:,}".format(10**20), "{:_o}".format(8**10), "{:_b}".format(255), "{:#_x}".format(0xDEADBEEF))


class MyInt(int):
    pass


print(format(MyInt(255), "#x"), format(MyInt(7), ""), "{:>5}".format(MyInt(3)), format(True, ""), format(True, "^6"))


def show(value):
    return " | ".join(format(value, spec) for spec in ("d", "+d", "x", "#x", "o", "b", ",", "08d", "^9", "e"))


for value in [0, 7, -7, 255, 65535, -65536, 10**12, 2**40 - 1]:
    print(show(value))
for width in range(1, 9):
    print(width, repr(format(-42, f"0{width}")), repr(format(42, f"+0{width}")), repr(format(42, f"#0{width}x")))
for group in [",", "_"]:
    for value in [1, 12, 123, 1234, 12345, 123456, 1234567, -1234567]:
        print(group, value, format(value, group), format(value, "012" + group), format(value, group + "o" if group == "_" else group))


class Flags(int):
    def __format__(self, spec):
        if spec == "flags":
            return "|".join(name for bit, name in [(1, "R"), (2, "W"), (4, "X")] if self & bit) or "-"
        return int.__format__(self, spec)


print(f"{Flags(5):flags} {Flags(0):flags} {Flags(7):flags} {Flags(6):04b} {Flags(3)}")
