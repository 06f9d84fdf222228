# cmath on infinities, NaNs and signed zeros (C99 Annex G, as CPython tabulates it), near the
# overflow and underflow thresholds, and the errors those raise.
import cmath
import math

inf, nan = math.inf, math.nan
specials = [-inf, -2.5, -0.0, 0.0, 1.5, inf, nan]
edges = [1.0, -1.0, 1e-320, -1e-310, 1e308, -1.7e308, 1e-160, 1e155, 710.0, -720.0]
names = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'exp', 'log',
         'log10', 'sin', 'sinh', 'sqrt', 'tan', 'tanh']


def show(f, *args):
    try:
        r = f(*args)
    except (ValueError, OverflowError) as e:
        return '%s(%s)' % (type(e).__name__, e)
    if isinstance(r, complex):
        return '%r %r' % (r.real, r.imag)
    return repr(r)


for name in names:
    f = getattr(cmath, name)
    print(name)
    for x in specials:
        print(' ', ' | '.join(show(f, complex(x, y)) for y in specials))
    for x in edges:
        print(' ', ' | '.join(show(f, complex(x, y)) for y in edges[:6]))

print('rect')
for r in specials + edges[:4]:
    print(' ', ' | '.join(show(cmath.rect, r, phi) for phi in specials + [1.0, -2.0]))
print('polar, phase')
for x in specials + edges[:6]:
    print(' ', ' | '.join(show(cmath.polar, complex(x, y)) + ' ' + show(cmath.phase, complex(x, y))
                          for y in specials + [1e-320, -1e-310]))
print('log with base')
for x in [0.0, 1.0, 2.0, -1.0, inf, nan, 1j]:
    print(' ', ' | '.join(show(cmath.log, x, b) for b in [0.0, 1.0, 2.0, -1.0, inf, nan, 1j, 10]))
for name in ['isfinite', 'isinf', 'isnan']:
    f = getattr(cmath, name)
    print(name, [f(complex(x, y)) for x in specials for y in (0.0, inf, nan)])
