# complex repr/str: parentheses, signed zeros, inf/nan parts, exponents, format specs

vals = [0j, -0j, 1j, -1j, 1 + 0j, -1 + 0j, 1 - 0j, complex(0, -0.0), complex(-0.0, 0), complex(-0.0, -0.0),
        1.5 + 2.5j, -1.5 - 2.5j, 1e20j, 1e-20 + 1e20j, complex(1e16, 1), complex(1e15, 1), 0.1 + 0.2j,
        complex(float("inf"), 1), complex(1, float("inf")), complex(float("nan"), float("-inf")),
        complex(-float("inf"), -float("nan")), 2j * 3, complex(1 / 3, 2 / 3), complex(10**15, 10**16)]
for v in vals:
    print(repr(v), str(v), v.real, v.imag)
print([1j, 2 + 3j], (1j,), {1j: 2j}, f"{1j}", "%s %r" % (1 - 1j, 2j), str(3j), repr(-(0j)))
print(format(1 + 2j), format(1 + 2j, ""), format(1.5 + 2.25j, ".1f"), format(1 + 2j, "e"), format(1 + 2j, ".3g"))
print(format(1 + 2j, ">20"), format(1 + 2j, "<20") + "|", format(1 + 2j, "^20"), format(1 + 2j, "*^20"))
print(format(1 + 2j, "+"), format(-1 - 2j, "+.2f"), format(1j, ""), format(1j, "g"), format(0j, ".2f"))
print(format(3j, "10"), format(1 + 1j, "10.2f"), format(1e20 + 1j, ""))
print(format(complex(1, -0.0), ""), format(complex(-0.0, 1), ".1f"), format(complex(1, 2), "n"))
print(f"{2.5+1j:.3e}", f"{1e100j:g}", f"{complex('inf+nanj'):f}")
for spec in ["=10", "010", "c", "d", "x"]:
    try:
        print(format(1 + 2j, spec))
    except ValueError as e:
        print(spec, type(e).__name__, e)
print(complex(repr(1.5 - 2.5j)) == 1.5 - 2.5j, eval(repr(3 + 4j)) == 3 + 4j)
print(complex(str(complex(1e-5, -1e22))), complex("-0-0j"), complex("(1+1j)"))
print(1e-7j, 123456789.123456789j, 1j * 1e16, 1j * 1e15, -(1e-300j))
print(str(complex(0.1, 0.1) * 3), repr((0.1 + 0.1j) + (0.2 + 0.2j)))
print([complex(x, -x) for x in (0, 1, -2.5)])
print(repr(complex(5, 0)), repr(complex(0, 5)), repr(complex(-5, 0)), repr(complex(0, -5)), repr(5 + 0j - 5))
print(repr(complex(float("nan"), 0)), repr(complex(0, float("nan"))), repr(-complex(float("inf"), 0)))


def parts(z):
    return "re=%r im=%r" % (z.real, z.imag)


for z in [complex(1, 2), complex(-0.0, 3), complex(2, -0.0), 1j * -1, -1j * -1, complex("-0j")]:
    print(repr(z), parts(z))


class Polar(complex):
    def __repr__(self):
        return "Polar(r=%.3f)" % abs(self)


p = Polar(3, 4)
print(p, repr(p), str(p), [p], f"{p}", format(p, ".1f"))
print(repr(p + 0), repr(p * 1))
rows = [(1, 1), (0.5, -0.25), (1e10, 1e-10), (-7, 0)]
for re_, im in rows:
    z = complex(re_, im)
    print(f"{z!r:>28} | {z:>22.3f} | {z:<18g}|")
print("%s|%10s|%-10s|" % (1j, 2j, 3 + 0j))
