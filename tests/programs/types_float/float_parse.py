# float(str): accepted syntax (inf/nan spellings, underscores, whitespace) and errors

ok = ["1", "-1", "+1.5", "  2.5  ", "\t3e2\n", "1e-3", "1E+3", ".5", "5.", "-.5", "1_000.5", "1_0e1_0",
      "inf", "-inf", "+inf", "Infinity", "-INFINITY", "iNfInItY", "nan", "-nan", "NaN", "+NAN",
      "1e400", "-1e400", "1e-400", "010", "00.5", "1.7976931348623157e308",
      "1.7976931348623159e308", "4.9e-324", "2.4e-324", "2.5e-324", "\u0661.\u0662", "\uff11\uff12.5",
      "\u2003 7 \u3000", "0e0", "-0", "-0.0e-5", "123456789012345678901234567890"]
for s in ok:
    print(repr(s), repr(float(s)))

bad = ["", " ", "abc", "1.2.3", "1e", "e5", "1e+", "--1", "+-1", "1_", "_1", "1__0", "1._5", "1_.5",
       "infinit", "infinityy", "nana", "in f", "1 2", "0x10", "1,5", "1j", "\x00", ".", "-", "+.e1", "1e1.5",
       "١x", "nan(1)"]
for s in bad:
    try:
        float(s)
        print("accepted", repr(s))
    except ValueError as e:
        print(type(e).__name__, e)

print(float(b"1.25"), float(bytearray(b"-2e3")), float(b" inf "), float(memoryview(b"7.5")))
try:
    float(b"\xff")
except ValueError as e:
    print(type(e).__name__, e)
for arg in [None, [1.0], 1j, (1,), {}]:
    try:
        float(arg)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    float(10**400)
except OverflowError as e:
    print(type(e).__name__, e)
print(float(), float(0), float(-0), float(2**63), float(-(2**1023)), float(True), float(False))


class F:
    def __float__(self):
        return 2.5


class Idx:
    def __index__(self):
        return 3


class BadF:
    def __float__(self):
        return "2.5"


class FloatSub(float):
    pass


class SubF:
    def __float__(self):
        return FloatSub(1.5)


print(float(F()), float(Idx()), float(FloatSub(4.5)), type(float(FloatSub(4.5))).__name__)
try:
    float(BadF())
except TypeError as e:
    print(type(e).__name__, e)
r = float(SubF())
print(r, type(r).__name__)
print(float("  -0  "), float("+0.0"), float("1" * 400) == float("1" * 400), float("0." + "0" * 400 + "1"))
try:
    float("1", "2")
except TypeError as e:
    print(type(e).__name__, e)
try:
    float(x="1")
except TypeError as e:
    print(type(e).__name__, e)
