# Floating point and imaginary literals, including the exotic but valid spellings.

values = [
    1.0, 1., .5, 0.5, 1e3, 1E3, 1e+3, 1e-3, 1.5e10, .5e-2, 1_000.000_1,
    1_0e1_0, 0e0, 0.0, 00.5, 0777.0, 0777e1, 1e308, 1e309, 1e-320, 1e-400,
    3.141592653589793, 2.718281828459045, 123456789012345678.0,
]
for v in values:
    print(repr(v), str(v))

print(1e22, 1e21, 1e16, 1e15, 123456789.123456789)
print(0.1 + 0.2, 1/3, 2/3, 1e-5, 1e-4, 0.0001)
print(-0.0, 0.0 == -0.0, str(-0.0))

imag = [1j, 1J, 0j, 1.5j, .5j, 1e3j, 1_0j, 0777j, 00j, 1e-3J]
for z in imag:
    print(repr(z), type(z).__name__, z.real, z.imag)

print(1 + 2j, 1 - 2j, -1j, -(1j), (1+2j) * 1j)
print(3.0 .is_integer(), 1e3.is_integer(), 1j.imag)

def check(src):
    try:
        value = eval(src)
    except SyntaxError as e:
        print(repr(src), "->", type(e).__name__, e.msg)
    else:
        print(repr(src), "->", repr(value))

for src in [
    "1.e5",
    "1e",
    "1e+",
    "1.5e-",
    "1_.5",
    "1._5",
    "1.5_",
    "1e_5",
    "1e5_",
    "1__0.0",
    "1.0_0",
    ".e1",
    "1.5j",
    "1jj",
    "1.5x",
    "0.0e-0",
    "1e1000",
    "-1e1000",
    "1e-1000",
    "012.5",
    "09.5",
    "09j",
    "09e1",
    "09",
]:
    check(src)
