# bin(), oct(), hex(): signs, huge values, __index__, errors

for n in [0, 1, -1, 7, -7, 8, 255, -256, 2**31 - 1, 2**32, 2**64, -(2**64), 10**30, True, False]:
    print(n, bin(n), oct(n), hex(n))
print(hex(0xDEADBEEF), hex(-0xCAFE), oct(0o777), bin(0b1010))
print(int(bin(-12345), 2), int(oct(98765), 8), int(hex(-(10**25)), 16))
print(int(bin(12), 0), int(oct(12), 0), int(hex(12), 0))
print(len(bin(2**1000)), hex(2**100))


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


print(bin(Idx(5)), oct(Idx(-9)), hex(Idx(255)))


class BadIdx:
    def __index__(self):
        return "nope"


for fn in (bin, oct, hex):
    for arg in [1.5, "10", None, [1], BadIdx(), 1j]:
        try:
            fn(arg)
        except TypeError as e:
            print(fn.__name__, type(e).__name__, e)

try:
    hex()
except TypeError as e:
    print(type(e).__name__, e)
try:
    bin(1, 2)
except TypeError as e:
    print(type(e).__name__, e)


class IntSub(int):
    pass


print(bin(IntSub(6)), hex(IntSub(-6)))
print(format(255, "b"), format(255, "o"), format(255, "x"), format(255, "#b"))
print(f"{-255:#x}", f"{255:#010b}", f"{2**70:x}")
print((255).__index__(), hex(True + True))
print(float.hex(1.0), (3.5).hex())
print(bin(-(2**100))[:10], oct(-(8**30)))
