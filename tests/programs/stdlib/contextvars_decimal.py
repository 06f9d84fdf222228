# contextvars under decimal (the pure-Python _pydecimal keeps its context in a ContextVar)
# and fractions.
import contextvars
import decimal
import fractions
from decimal import Decimal as D, getcontext, localcontext, setcontext

print(D('1.1') + D('2.2'), D(1) / D(7), D('3.14159').quantize(D('0.01')))
print(D(2).sqrt(), D(10).ln(), D('2.5') ** 3, -D('0.0'), D('1e10').normalize())
getcontext().prec = 10
print(D(1) / D(3), getcontext().prec)
with localcontext() as ctx:
    ctx.prec = 5
    print(D(1) / D(3), getcontext().prec)
    with localcontext(decimal.Context(prec=3, rounding=decimal.ROUND_DOWN)):
        print(D(2) / D(3))
    print(D(2) / D(3))
print(D(1) / D(3), getcontext().prec)


def in_copy():
    getcontext().prec = 4
    return D(1) / D(7)


print(contextvars.copy_context().run(in_copy), D(1) / D(7))
setcontext(decimal.Context(prec=6, traps=[decimal.DivisionByZero]))
print(D(22) / D(7))
try:
    D(1) / D(0)
except decimal.DivisionByZero as e:
    print('DivisionByZero', isinstance(e, ZeroDivisionError))
setcontext(decimal.DefaultContext)
print(D('0.1') * 3 == D('0.3'), sum([D('0.1')] * 10), round(D('2.675'), 2))
print(D(1).exp(), D('123.456').as_tuple(), D('7').compare(D('8')))

F = fractions.Fraction
print(F(3, 4) + F(1, 6), F('0.125'), F(D('1.5')), F(1.75), F(3, 4) ** 2, F(-7, 3) // 2)
print(F(355, 113).limit_denominator(100), float(F(1, 3)), round(F(7, 2)))
