import _operator as o
import operator
print(operator.add is o.add, operator.attrgetter is o.attrgetter)

print(o.add(1, 2), o.sub(5, 3), o.mul('ab', 3), o.truediv(7, 2), o.floordiv(7, 2), o.mod(7, 3), o.pow(2, 10))
print(o.lshift(1, 5), o.rshift(64, 2), o.and_(12, 10), o.or_(12, 10), o.xor(12, 10))
print(o.neg(5), o.pos(-5), o.abs(-3.5), o.inv(5), o.invert(0), o.not_([]), o.truth([1]), o.index(7))
print(o.lt(1, 2), o.le(2, 2), o.eq(1, 1.0), o.ne(1, 2), o.gt(3, 2), o.ge(1, 2), o.eq([1], [1]))
print(o.is_(None, None), o.is_not(1, None), o.contains([1, 2], 2), o.countOf([1, 2, 1, 1], 1), o.indexOf('abc', 'c'))
print(o.concat([1], [2]), o.concat('a', 'b'), o.getitem({'a': 1}, 'a'), o.getitem([1, 2, 3], slice(1, None)))
l = [1, 2, 3]
o.setitem(l, 0, 'x'); o.delitem(l, 1); print(l)
a = [1]
b = o.iadd(a, [2]); print(a, b is a, o.iadd(1, 2), o.iconcat([1], (2,)))
s = {1}
print(o.ior(s, {2}), s, o.isub(10, 3), o.imul([0], 2), o.ipow(2, 3), o.ixor(5, 1), o.iand(6, 3),
      o.ifloordiv(9, 2), o.itruediv(9, 2), o.imod(9, 4), o.ilshift(1, 3), o.irshift(16, 2))
print(o.length_hint([1, 2, 3]), o.length_hint(iter(range(10))), o.length_hint(object(), 7), o.length_hint(object(), -1))
print(o.call(max, 1, 5, 3), o.call(sorted, [3, 1, 2], reverse=True))
print(o._compare_digest(b'abc', b'abc'), o._compare_digest('abc', 'abd'), o._compare_digest(bytearray(b'x'), b'x'),
      o._compare_digest(b'ab', b'abc'))

class V:
    def __init__(self, v): self.v = v
    def __add__(self, other): return 'V.add'
    def __iadd__(self, other): return 'V.iadd'
    def __lt__(self, other): return 'V.lt'
    def __neg__(self): return 'V.neg'
    def __index__(self): return 42
    def __getitem__(self, i): return i * 2
    def __matmul__(self, other): return 'V.matmul'
print(o.add(V(1), 1), o.iadd(V(1), 1), o.lt(V(1), 2), o.neg(V(1)), o.index(V(1)), o.getitem(V(1), 4),
      o.matmul(V(1), 2), o.imatmul(V(1), 2), o.concat(V(1), V(2)))

class P:
    def __init__(self):
        self.name = 'n'
        self.child = self
f = o.attrgetter('name')
g = o.attrgetter('name', 'child.child.name')
print(f(P()), g(P()), repr(f), repr(g), f.__reduce__(), g.__reduce__())
ig = o.itemgetter(1)
ig2 = o.itemgetter(0, -1, slice(1, 3))
print(ig('abc'), ig2('abcdef'), repr(ig), repr(ig2), ig2.__reduce__(), o.itemgetter('k')({'k': 'v'}))
mc = o.methodcaller('split', ',', maxsplit=1)
mc2 = o.methodcaller('upper')
print(mc('a,b,c'), mc2('x'), repr(mc), repr(mc2), mc2.__reduce__())
r = mc.__reduce__()
print(type(r[0]).__name__, r[0].func, r[0].args, r[0].keywords, r[1], r[0](*r[1])('a,b,c'))
print(sorted([(2, 'b'), (1, 'a')], key=o.itemgetter(0)), sorted(['bb', 'a'], key=o.methodcaller('__len__')))
print(type(f).__name__, type(f), type(f).__module__, o.attrgetter.__doc__.splitlines()[0])

for bad in [lambda: o.attrgetter(), lambda: o.attrgetter(1), lambda: o.attrgetter('a')(1, 2), lambda: o.attrgetter('a')(),
            lambda: o.attrgetter('a')(x=1), lambda: o.itemgetter(), lambda: o.itemgetter(1)(),
            lambda: o.itemgetter(5)([1]), lambda: o.itemgetter(a=1), lambda: o.methodcaller(), lambda: o.methodcaller(1),
            lambda: o.methodcaller('x')(), lambda: o.methodcaller('x')(1), lambda: o.methodcaller('x')(a=1),
            lambda: o.concat(1, 2), lambda: o.concat([1], 2), lambda: o.iconcat(1, []), lambda: o.countOf(1, 1),
            lambda: o.indexOf([1], 2), lambda: o.indexOf(5, 2), lambda: o.length_hint(1, 'a'),
            lambda: o._compare_digest('a', 'é'), lambda: o._compare_digest('a', b'a'), lambda: o._compare_digest(1, 2),
            lambda: o.add(1), lambda: o.add(1, 2, 3), lambda: o.add(a=1, b=2), lambda: o.neg(), lambda: o.not_(1, 2),
            lambda: o.index(1.5), lambda: o.call(), lambda: o.contains(1, 1), lambda: o.matmul(1, 2),
            lambda: o.imatmul(1, 2), lambda: o.getitem([1], 'a'), lambda: o.attrgetter('a')(1),
            lambda: o.attrgetter('real.x')(1), lambda: o.delitem(), lambda: o.setitem(1, 2), lambda: o.lt(1, 'a'),
            lambda: o.eq(1), lambda: o.truediv(1, 0), lambda: o.add([], ()), lambda: o.abs('a'), lambda: o.neg('a'), lambda: o.concat(V(1), 1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
class X:
    def __init__(self, value): self.value = value
    def __length_hint__(self):
        if type(self.value) is type: raise self.value
        return self.value
for f in [lambda: o.length_hint(X(NotImplemented), 4), lambda: o.length_hint(X(LookupError)),
          lambda: o.length_hint(X(TypeError), 7), lambda: o.length_hint(X(-2)), lambda: o.length_hint(X('a')),
          lambda: o.length_hint(X(2), 'abc'), lambda: o.length_hint(X(2**70)), lambda: o.length_hint([], 2**70),
          lambda: o.length_hint(X(True)), lambda: o.itemgetter(0)(5), lambda: o.itemgetter('name')({}),
          lambda: o.attrgetter('child.')(X(1)), lambda: o.methodcaller('baz', name='spam', self='eggs'),
          lambda: o.countOf([float('nan')] * 2, float('nan')), lambda: o.pow(1, 2, 3)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
