from _continuation import continulet, permute, error
import sys
# hard switches from many native re-entries
def through(native):
    def body(c):
        return native(lambda x: c.switch(x))
    c = continulet(body)
    out = []
    r = c.switch()
    while c.is_pending():
        out.append(r)
        r = c.switch(r * 10 if isinstance(r, int) else r)
    return out, r

print(through(lambda f: list(map(f, [1, 2, 3]))))
print(through(lambda f: sorted([5, 3, 4], key=f)))
print(through(lambda f: [x for x in filter(f, [1, 0, 2])]))
class K:
    def __init__(self, v, f): self.v = v; self.f = f
    def __hash__(self): return 1
    def __eq__(self, o): return self.f(self.v) == o.f(o.v)
print(through(lambda f: list({K(1, f): 1, K(1, f): 2}.values())))
def gen(f):
    for i in range(3):
        yield f(i)
print(through(lambda f: list(gen(f))))
class R:
    def __init__(self, f): self.f = f
    def __repr__(self): return "R%s" % self.f(7)
import io
print(through(lambda f: print(R(f), file=io.StringIO())))
print(through(lambda f: "%s" % R(f)))
# double switch with to=
def a(c):
    print("a runs")
    c.switch("from a")
    return "a done"
def b(c):
    print("b runs")
    return "b done"
ca = continulet(a); cb = continulet(b)
print(ca.switch())
# permute
def p1(c):
    print("p1", c.switch("x"))
    return "p1 end"
c1 = continulet(p1)
print(c1.switch())
print(c1.switch("y"))
try:
    permute(c1)
except error as e:
    print(e)
# deep recursion switching every 1000 frames
sys.setrecursionlimit(100000)
def deep(c, n):
    if n == 0:
        return 0
    if n % 1000 == 0:
        c.switch(n)
    return 1 + deep(c, n - 1)
c = continulet(deep, 50000)
seen = 0
r = c.switch()
while c.is_pending():
    seen += 1
    r = c.switch()
print(seen, r)
# exception traceback from continulet
import traceback
def bad(c):
    1/0
c = continulet(bad)
try:
    c.switch()
except ZeroDivisionError as e:
    # The continulet's frames follow the switch; its bottom frame is not shown.
    print([(fs.name, fs.line) for fs in traceback.extract_tb(e.__traceback__)])
# switch(to=): the value goes to `to`'s computation, `to` then holds what `self` held
def a2(c):
    v = c.switch("a1")
    return "a end " + str(v)
def b2(c):
    v = c.switch("b1")
    return "b end " + str(v)
ca = continulet(a2); cb = continulet(b2)
print(ca.switch(), cb.switch())
print(ca.switch("x", to=cb))
print(ca.is_pending(), cb.is_pending())
# permute: the first takes what the last held
def a3(c):
    return "a3 " + str(c.switch("a3 waits"))
def b3(c):
    return "b3 " + str(c.switch("b3 waits"))
ca = continulet(a3); cb = continulet(b3)
print(ca.switch(), cb.switch())
permute(ca, cb)
print(ca.switch("to b3"))
print(ca.is_pending(), cb.is_pending())
