# complex() constructor: strings, two-argument forms, __complex__, and error messages

ok = ["1", "1j", "-1j", "1+2j", "1-2j", "  3+4j  ", "(1+2j)", " ( -1.5-2.5J ) ", "j", "+j", "-j", "1e3j",
      "1e-3+1e3j", "inf", "-infj", "nan+nanj", "infinityj", "1_000+2_000j", ".5j", "5.j", "0j", "-0", "+1.5e+2-0.5e-1j",
      "1E1J", "\u0661+\u0662j", "\t1j\n"]
for s in ok:
    print(repr(s), repr(complex(s)))

bad = ["", " ", "1+", "+", "j1", "1+2", "1+2k", "1 + 2j", "(1+2j", "1+2j)", "()", "1+2jj", "1jj", "i", "1+i",
       "1..5j", "1_j", "_1j", "--1j", "1+-2j", "(1)(2j)", "1e+j", "\x00"]
for s in bad:
    try:
        complex(s)
        print("accepted", repr(s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)

print(complex(), complex(1), complex(1.5), complex(True), complex(2**70), complex(1, 2), complex(1.5, -0.5))
print(complex(1j, 1j), complex(1 + 2j, 3 + 4j), complex(0, 1j), complex(1j), complex(real=1, imag=2), complex(imag=3))
print(complex(-0.0, -0.0), complex(float("inf"), 0), complex(10**20, 10**-20))

for args, kw in [(("1", 2), {}), ((1, "2"), {}), (("1", "2"), {}), ((None,), {}), (([1],), {}), ((1, None), {}),
                 ((b"1",), {}), ((1, 2, 3), {}), ((), {"real": "1", "imag": 2}), ((), {"bogus": 1})]:
    try:
        print(complex(*args, **kw))
    except TypeError as e:
        print(args, kw, type(e).__name__, e)
try:
    complex(10**400)
except OverflowError as e:
    print(type(e).__name__, e)


class C:
    def __complex__(self):
        return 3 + 4j


class F:
    def __float__(self):
        return 2.5


class I:
    def __index__(self):
        return 7


class BadC:
    def __complex__(self):
        return 5


print(complex(C()), complex(F()), complex(I()), complex(F(), F()), complex(C(), 1))
try:
    complex(BadC())
except TypeError as e:
    print(type(e).__name__, e)


class CS(complex):
    pass


cs = CS(1, 2)
print(cs, type(cs).__name__, complex(cs), type(complex(cs)).__name__, cs + 1, type(cs + 1).__name__)
print(CS("5j"), CS(), type(CS(1) * 2).__name__, cs.conjugate(), type(cs.conjugate()).__name__)
print(complex("1e500j"), complex("-1e-500-1e500j"), complex(" 1.5 "))
print(complex.__doc__.splitlines()[0])
print(sorted(n for n in dir(complex) if not n.startswith("_")))
