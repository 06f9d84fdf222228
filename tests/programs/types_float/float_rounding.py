# rounding floats: round() with ndigits uses the exact binary value, half-even at .5
import math

halves = [-3.5, -2.5, -1.5, -0.5, 0.5, 1.5, 2.5, 3.5, 4.5, 1e15 + 0.5, 2.0**52 + 0.5]
print([round(h) for h in halves])
print([math.floor(h) for h in halves[:9]], [math.ceil(h) for h in halves[:9]], [int(h) for h in halves[:9]])
for x in [2.675, 2.665, 1.005, 1.015, 1.025, 0.285, 0.125, 0.375, 5.015, 8.345, 1.45, 2.5e-5]:
    print(repr(x), round(x, 2), round(x, 1), round(x, 0), round(-x, 2), "%.2f" % x, format(x, ".2f"))
for nd in range(-3, 4):
    print(nd, round(12345.6789, nd), round(-12345.6789, nd), round(0.0005, nd))
print(round(1e22, -22), round(5e22, -23), round(1.5e22, -22), round(2.5e22, -22), round(15.0, -1), round(25.0, -1))
print(round(0.1 + 0.2, 15), round(0.1 + 0.2, 16), round(0.1 + 0.2, 17), round(1 / 3, 20))
print(round(1e-300, 300), round(1e-300, 299), round(5e-301, 300), round(1.23e-320, 322))
print(round(123.456, -1), round(-0.5, 0), round(0.5, 0), round(-0.4, 1), round(-0.04, 1))
print(type(round(1.5)).__name__, type(round(1.5, 0)).__name__, type(round(1.5, -1)).__name__)
print(round(2**52 + 0.5), round(float(2**53 - 1)), round(-(2.0**60)))
print(round(1.7976931348623157e308), round(-1.7976931348623157e308) == -int(1.7976931348623157e308))
print([round(i / 8, 2) for i in range(9)])
print([round(i / 20, 1) for i in range(21)])
print(math.floor(-0.0), math.ceil(-0.5), repr(math.ceil(-0.5) * 1.0), math.trunc(-0.9), math.floor(1e16 + 1))
print(math.floor(2.0**70) == 2**70, math.ceil(-(2.0**70)) == -(2**70), math.floor(1e300) == int(1e300))
print(math.floor(True), math.ceil(7), math.trunc(10**30) == 10**30)


class Fancy:
    def __floor__(self):
        return "floored"

    def __ceil__(self):
        return "ceiled"

    def __trunc__(self):
        return "truncated"

    def __round__(self, n=None):
        return "rounded %r" % (n,)


f = Fancy()
print(math.floor(f), math.ceil(f), math.trunc(f), round(f), round(f, 3), round(f, None))
for fn in (math.floor, math.ceil, math.trunc):
    try:
        fn("1.5")
    except TypeError as e:
        print(fn.__name__, type(e).__name__, e)
try:
    round(1.5, 1.0)
except TypeError as e:
    print(type(e).__name__, e)
print(int(0.9999999999999999), int(-0.9999999999999999), int(1e16 - 1), int(4.999999999999999), int(4.9999999999999999))
print("%.0f %.0f %.0f %.0f" % (0.5, 1.5, 2.5, -0.5), "{:.0f} {:.0f}".format(3.5, 4.5), f"{0.125:.2f} {0.375:.2f}")
print("%.1f %.1f" % (0.25, 0.35), "%.3g %.3g" % (2.675, 1005), "%.15g %.17g" % (0.1, 0.1))
