# Instances follow pickle's protocol: __getstate__/__setstate__, __slots__, __reduce__,
# __reduce_ex__, __getnewargs__(_ex), copyreg registrations, list and dict subclasses, state setters.
from weft import checkpoint as ck
import copyreg
import collections


def rt(x):
    return ck.loads(ck.dumps(x))


class Plain:
    def __init__(self):
        self.a = 1
        self.b = [2]


p = rt(Plain())
print(type(p).__name__, p.a, p.b, vars(p))

# An instance with no attributes, and one whose __dict__ holds a non-str key.
e = rt(Plain.__new__(Plain))
print(vars(e))
odd = Plain()
odd.__dict__[5] = "five"
print(rt(odd).__dict__)


class WithState:
    def __init__(self, x):
        self.x = x
        self.cache = "derived"

    def __getstate__(self):
        print("getstate", self.x)
        return {"x": self.x}

    def __setstate__(self, state):
        print("setstate", state)
        self.x = state["x"]
        self.cache = "rebuilt"


w = rt(WithState(4))
print(w.x, w.cache)


class OnlySetstate:
    def __init__(self):
        self.v = 1

    def __setstate__(self, state):
        print("setstate got", state)
        self.__dict__.update(state, restored=True)


o = rt(OnlySetstate())
print(o.v, o.restored)


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1


s = rt(Slotted())
print(s.a, hasattr(s, "b"))


class Both:
    __slots__ = ("x", "__dict__")


b = Both()
b.x = 1
b.y = 2
b2 = rt(b)
print(b2.x, b2.y)


class Reduced:
    def __init__(self, a, b):
        self.a, self.b = a, b

    def __reduce__(self):
        print("reduce")
        return (Reduced, (self.a, self.b))


r = rt(Reduced(1, "two"))
print(type(r).__name__, r.a, r.b)


class ReducedEx:
    def __reduce_ex__(self, protocol):
        print("reduce_ex", protocol)
        return (ReducedEx, ())


print(type(rt(ReducedEx())).__name__)


class NewArgs:
    def __new__(cls, n):
        print("new", n)
        self = object.__new__(cls)
        self.n = n
        return self

    def __getnewargs__(self):
        return (self.n,)


print(rt(NewArgs(3)).n)


class NewArgsEx:
    def __new__(cls, *args, key=None):
        print("new_ex", args, key)
        return object.__new__(cls)

    def __getnewargs_ex__(self):
        return ((1, 2), {"key": "k"})


rt(NewArgsEx())


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def reduce_point(p):
    print("copyreg reducer")
    return (Point, (p.x * 10, p.y * 10))


copyreg.pickle(Point, reduce_point)
q = rt(Point(1, 2))
print(q.x, q.y)
del copyreg.dispatch_table[Point]
q = rt(Point(1, 2))
print(q.x, q.y)


class MyList(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.tag = "t"


ml = rt(MyList([1, 2, 3]))
print(type(ml).__name__, ml, ml.tag)


class MyDict(dict):
    pass


md = MyDict(a=1)
md.extra = [md]
md2 = rt(md)
print(type(md2).__name__, md2, md2.extra[0] is md2)


def setter(obj, state):
    print("setter", state)
    obj.value = state * 2


class WithSetter:
    def __reduce__(self):
        return (WithSetter, (), 21, None, None, setter)


print(rt(WithSetter()).value)


class Items:
    def __init__(self):
        self.log = []

    def append(self, x):
        self.log.append(("append", x))

    def extend(self, xs):
        self.log.append(("extend", list(xs)))

    def __setitem__(self, k, v):
        self.log.append(("set", k, v))

    def __reduce__(self):
        return (Items, (), None, iter([1, 2]), iter([("k", "v")]))


print(rt(Items()).log)


# A reduction to a global name.
class Singleton:
    def __reduce__(self):
        return "THE_ONE"


THE_ONE = Singleton()
print(rt([THE_ONE])[0] is THE_ONE)

# A cycle through a reduced object's state: memoised before its state is set (pickle's rule).
class Holder:
    def __init__(self):
        self.me = self

    def __reduce__(self):
        return (Holder.__new__, (Holder,), {"me": self})


h = rt(Holder())
print(h.me is h)

# Standard-library types reduce through their own __reduce__.
od = collections.OrderedDict([("b", 1), ("a", 2)])
dq = collections.deque([1, 2, 3], maxlen=5)
Pt = collections.namedtuple("Pt", "x y")
Pt.__module__ = __name__
out = rt([od, dq, Pt(1, 2), range(3, 9, 2), slice(1, 2)])
print(out)
print(type(out[0]).__name__, out[1].maxlen)
