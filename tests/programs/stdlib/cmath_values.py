# cmath on ordinary values, its constants, argument conversion and errors.
import cmath
import math


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


zs = [0j, 1, -1, 2.5, -3.75, 1j, -2j, 1 + 1j, -0.5 + 2j, 3 - 4j, 1e-8 + 1e-8j, 100 + 0.5j,
      0.7 + 0.7j, 1.0000001 + 0j, 1e-300j, 5e-324 + 5e-324j]
for name in ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'exp', 'log',
             'log10', 'sin', 'sinh', 'sqrt', 'tan', 'tanh']:
    f = getattr(cmath, name)
    out = []
    for z in zs:
        try:
            out.append(repr(f(z)))
        except ValueError as e:
            out.append('ValueError(%s)' % e)
    print(name, ' '.join(out))
for z in zs:
    print(z, cmath.phase(z), cmath.polar(z), cmath.rect(*cmath.polar(z)))
print(cmath.log(8, 2), cmath.log(100, 10), cmath.log(1j, 1j), cmath.log(-1, -1 + 1j))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
print(math.copysign(1, cmath.nan), math.copysign(1, cmath.nanj.imag))
print(type(cmath.pi), type(cmath.infj))

print(cmath.isclose(1, 1 + 1e-10), cmath.isclose(1, 1.1), cmath.isclose(1, 1.1, rel_tol=0.2))
print(cmath.isclose(1j, 1.05j, abs_tol=0.1), cmath.isclose(cmath.inf, cmath.inf),
      cmath.isclose(cmath.infj, cmath.inf), cmath.isclose(cmath.nan, cmath.nan),
      cmath.isclose(1e308 + 1e308j, -1e308 - 1e308j), cmath.isclose(a=1, b=1.0))
attempt(lambda: cmath.isclose(1, 1.1, rel_tol=-1))
attempt(lambda: cmath.isclose(1, 1.1, abs_tol=-0.0))
attempt(lambda: cmath.isclose(1, 1.1, 0.5))
attempt(lambda: cmath.isclose(1))
attempt(lambda: cmath.isclose())
attempt(lambda: cmath.isclose(1, 2, foo=2))
attempt(lambda: cmath.isclose(1, 2, rel_tol='x'))


class C:
    def __complex__(self):
        return 1 + 2j


class F:
    def __float__(self):
        return 2.5


class I:
    def __index__(self):
        return 3


class Bad:
    def __complex__(self):
        return 1


class Both:
    def __complex__(self):
        return 4j

    def __float__(self):
        return 9.0


class SubC(complex):
    pass


attempt(lambda: cmath.sqrt(C()))
attempt(lambda: cmath.sqrt(F()))
attempt(lambda: cmath.sqrt(I()))
attempt(lambda: cmath.sqrt(Both()))
attempt(lambda: cmath.sqrt(SubC(-4)))
attempt(lambda: cmath.sqrt(True))
attempt(lambda: cmath.sqrt(10**20))
attempt(lambda: cmath.sqrt(Bad()))
attempt(lambda: cmath.sqrt('a'))
attempt(lambda: cmath.sqrt(None))
attempt(lambda: cmath.sqrt(10**400))
attempt(lambda: cmath.sqrt())
attempt(lambda: cmath.sqrt(1, 2))
attempt(lambda: cmath.sqrt(z=1))
attempt(lambda: cmath.exp(1000))
attempt(lambda: cmath.exp(complex(-1000, 1)))
attempt(lambda: cmath.cosh(1e3 + 1j))
attempt(lambda: cmath.sinh(-711 + 0.5j))
attempt(lambda: cmath.cos(1j * 711))
attempt(lambda: cmath.log(0))
attempt(lambda: cmath.log10(0j))
attempt(lambda: cmath.atanh(1))
attempt(lambda: cmath.atanh(-1))
attempt(lambda: cmath.atan(1j))
attempt(lambda: cmath.log(2, 0))
attempt(lambda: cmath.log(2, 1))
attempt(lambda: cmath.log(0, 2))
attempt(lambda: cmath.log(2, 'a'))
attempt(lambda: cmath.log(1, 2, 3))
attempt(lambda: cmath.log())
attempt(lambda: cmath.log(x=1))
attempt(lambda: cmath.rect(1, 'a'))
attempt(lambda: cmath.rect(1))
attempt(lambda: cmath.rect(r=1, phi=2))
attempt(lambda: cmath.rect(1, math.inf))
attempt(lambda: cmath.rect(F(), I()))
attempt(lambda: cmath.polar(complex(1e308, 1e308)))
attempt(lambda: cmath.polar(1, 2))
attempt(lambda: cmath.phase())
attempt(lambda: cmath.phase(complex(1e308, 1e-320)))
attempt(lambda: cmath.isnan(1, 2))
print(cmath.__doc__)
print(cmath.sqrt.__doc__)
print(cmath.log.__doc__)
print(cmath.polar.__doc__)
print(cmath.sqrt.__name__, cmath.sqrt.__module__)
print([n for n in dir(cmath) if not n.startswith('_')])
