# float repr/str: shortest round-trip digits, exponent switch points, signed zero

vals = [0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345678.0,
        1e-4, 1e-5, 0.0001, 0.00001, 1.5e-7, 1e22, 1e23, 9007199254740993.0, 5e-324, 2.2250738585072014e-308,
        1.7976931348623157e308, 100.0, 1234.5, 1e100, 1.1e-10, 3.141592653589793, 2.718281828459045,
        0.3, 0.7, 1.23456789e-300, 4.35, 2.675, 1e-7, 12345678901234567.0, 0.5e-323]
for v in vals:
    print(repr(v), str(v), v == float(repr(v)))
print(float("0.1"), float("1e308"), 1e16 - 1, 1e16 + 1, 2**53 + 0.0)
print([x / 10 for x in range(10)])
print([10.0**k for k in range(14, 18)], [10.0**-k for k in range(3, 7)])
print(0.1 * 3, 0.3 * 3, 1.1 * 1.1, 100 * 1.1, 1 - 0.9, 4.35 * 100, 0.57 * 100)
print(float(10**15), float(10**16), float(10**17), -1e16, -1e-5)
print(1.0e0, 1.e1, .5, 5., 0e0, 1_000.000_1, 1E3, 0x10 * 1.0)
print(repr(float("-0")), repr(-0.0 + 0.0), repr(0.0 * -1), repr(-0.0 * -1), repr(abs(-0.0)))
print(str(1e-323), str(1.5e-323), repr(2.5e-324), repr(2.4e-324))
print([str(2.0**k) for k in (52, 53, 54, 60, -20, -30)])
print(float.__repr__(1.5), float.__str__(2.5), format(0.1, ""), format(1e16, ""), format(1e-5, ""))
print(f"{0.1}", f"{1e16}", f"{1e-5!r}", "%s %r" % (0.1, 1e22), "{}".format(123.0))
print([round(0.1 * i, 10) for i in range(5)])
print(repr(1.0 - 1e-16), repr(1.0 + 2**-52), repr(1.0 - 2**-53), repr(1 + 2**-53))
print(sum([0.1] * 10), 0.1 + 0.1 + 0.1 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-15)
print(float(123), float(-5), float(True), float(" 1.5 "), float("1_0.5"), float("-.5e1"))
print(8.881784197001252e-16, 4.440892098500626e-16, 1.1102230246251565e-16)


def show(label, value):
    print(label.ljust(12), repr(value), str(value), format(value))


show("third", 1 / 3)
show("tenth", 0.1)
show("big", 1e21)
show("bigger", 1e22)
show("tiny", 1e-310)
show("neg tiny", -1e-310)
show("half ulp", 1 + 2**-52)
show("max", 1.7976931348623157e308)
show("minnorm", 2.2250738585072014e-308)
show("exp16", 1.0e16)
show("below16", 9999999999999998.0)
show("exp-4", 0.0001)
show("exp-5", 0.00001)
for digits in range(1, 18):
    value = float("1." + "1" * digits)
    print(digits, repr(value), len(repr(value)))
print([repr(float(s)) for s in ("0.1e-4", "123e-2", "1.50", "+7.0", "-0.000")])
