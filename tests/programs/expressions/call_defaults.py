def f(a, b=2, c=3):
    return a, b, c
print(f(1), f(1, 5), f(1, 5, 6), f(a=1), f(1, c=9))
f.__defaults__ = (7, 8, 9, 10)
print(f(), f(1), f(1, 2))
f.__defaults__ = (4,)
print(f(1, 2))
try:
    f(1)
except TypeError as e:
    print(e)
f.__defaults__ = None
try:
    f(1, 2)
except TypeError as e:
    print(e)
class C:
    def m(self, x=1, y=[]):
        y.append(x)
        return len(y)
c = C()
print(c.m(), c.m(5), C.m(c), c.m(y=[]))
def g(a, b=1, *, k=2):
    return a + b + k
print(g(1), g(1, 2), g(1, k=5))
