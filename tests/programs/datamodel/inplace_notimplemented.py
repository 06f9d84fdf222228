# In-place operators when the methods return NotImplemented: __iop__ first, then __op__, then the
# reflected method, then TypeError naming the augmented operator (test_descr.test_not_implemented).
import sys

def declines(self, other):
    return NotImplemented

ops = {'__add__': '+', '__sub__': '-', '__mul__': '*', '__matmul__': '@', '__truediv__': '/',
       '__floordiv__': '//', '__mod__': '%', '__pow__': '**', '__lshift__': '<<',
       '__rshift__': '>>', '__and__': '&', '__or__': '|', '__xor__': '^'}
for name, op in ops.items():
    A = type('A', (), {name: declines})
    C = type('C', (), {'__i' + name[2:]: declines})
    for x, y in [(A(), A()), (A(), sys.maxsize + 1), (C(), A()), (C(), 3)]:
        try:
            exec('x %s= y' % op, {'x': x, 'y': y})
        except TypeError as e:
            print(e)


class R:
    def __radd__(self, other):
        return 'radd'


class L:
    def __iadd__(self, other):
        return NotImplemented

    def __add__(self, other):
        return NotImplemented


x = L()
x += R()
print(x)


class Plain:
    def __add__(self, other):
        return 'add'


y = Plain()
y += 1
print(y)
