# float.hex() and float.fromhex(): exact round trips, subnormals, rounding, syntax errors

vals = [0.0, -0.0, 1.0, -1.0, 0.5, 0.1, 3.14159, 1e100, 1e-100, 5e-324, 2.2250738585072014e-308,
        2.225073858507201e-308, 1.7976931348623157e308, 2.0**52, 2.0**53 + 2, 123456.789, 1 / 3]
for v in vals:
    h = v.hex()
    print(repr(v), h, float.fromhex(h) == v, repr(float.fromhex(h)))

inputs = ["0x1p0", "0x1.8p1", "0X1.8P+1", "-0x1p-2", "0x.8p1", "0x1.", "0x1", "1", "a", "-a.b",
          "0xa.bp3", "  0x1p4  ", "+0x10", "0x1p-1074", "0x1p-1075", "0x1.0000000000001p-1075", "0x1p-1076",
          "0x1.fffffffffffffp1023", "0x1.fffffffffffff7p1023", "0x0.0000000000001p-1022", "0x1.00000000000008p0",
          "0x1.00000000000018p0", "0x1.000000000000080001p0", "inf", "-Infinity", "nan", "0x0p0", "-0x0p+99",
          "0x123456789abcdef0123p-20", "0x1p+0001", "0X1P-0", "0x.000001p24"]
for s in inputs:
    print(repr(s), repr(float.fromhex(s)))

for s in ["", "0x", "0xp1", "0x1p", "0x1p+", "1.2.3", "0x1q", "0x1 p1", "-", "0x1p1.5", "0xg", "x1", "0x1_0"]:
    try:
        float.fromhex(s)
        print("accepted", repr(s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
for s in ["0x1p1024", "0x2p1023", "0x1.fffffffffffff8p1023", "-0x1p99999"]:
    try:
        float.fromhex(s)
    except OverflowError as e:
        print(repr(s), type(e).__name__, e)
try:
    float.fromhex(1.0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1.0).hex(1)
except TypeError as e:
    print(type(e).__name__, e)


class MyFloat(float):
    pass


r = MyFloat.fromhex("0x1.8p0")
print(r, type(r).__name__, float.hex(MyFloat(2.0)))
print(float.fromhex("0x1p-1022").hex(), float.fromhex("0x1p-1023").hex(), (2.0**-1074).hex())
print((0.1).hex() == "0x1.999999999999ap-4", float.fromhex("0x1.999999999999ap-4") == 0.1)
print(all(float.fromhex(x.hex()) == x for x in [i / 7 for i in range(-20, 21)]))
