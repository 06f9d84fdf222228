# format(): builtin dispatch to __format__ and errors

print(format(42))
print(format(42, ""))
print(format(42, "5"))
print(format(42, "<5") + "|")
print(format(42, "x"), format(255, "#X"), format(8, "o"), format(5, "b"))
print(format(1234567, ","), format(1234567, "_"))
print(format(3.14159, ".2f"), format(3.14159, "e"), format(0.5, "%"))
print(format("abc", ">6"), format("abc", "^7"), format("abc", "*<6"))
print(format(True), format(True, "d"), format(False, ">5"))
print(format(None), format([1, 2]), format((1,)))
print(format(1 + 2j, ""), format(1 + 2j, ".2f"))
print(format(10**20, ","))


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        if spec == "":
            return "$%d.%02d" % divmod(self.cents, 100)
        if spec == "c":
            return "%d cents" % self.cents
        raise ValueError("bad money spec %r" % spec)


m = Money(1234)
print(format(m))
print(format(m, "c"))
print(f"{m} and {m:c}")
print("{} / {:c}".format(m, m))
try:
    format(m, "zz")
except ValueError as e:
    print(type(e).__name__, e)


class Plain:
    def __str__(self):
        return "plain!"


print(format(Plain()))
print(format(Plain(), ""))
try:
    format(Plain(), "10")
except TypeError as e:
    print(type(e).__name__, e)


class BadFormat:
    def __format__(self, spec):
        return 3


try:
    format(BadFormat())
except TypeError as e:
    print(type(e).__name__, e)

for value, spec in [(42, "s"), ("x", "d"), (1.5, "d"), (42, "q"), ("x", "="), (3, ".2"), ("s", ",")]:
    try:
        print(format(value, spec))
    except ValueError as e:
        print(type(e).__name__, e)

try:
    format(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    format()
except TypeError as e:
    print(type(e).__name__, e)

print(repr(format(-0.0, "")), repr(format(-0.0, "z.1f")), repr(format(-0.001, "z.1f")))
print(format(12, "+"), format(12, " "), format(-12, " "))
print(format(int, ""), format(str, ""))
