# The exact TypeError messages produced when a call does not match a signature.

def check(label, fn):
    try:
        fn()
        print(label, "-> ok")
    except (TypeError, ValueError) as e:
        print(label, "->", type(e).__name__ + ":", e)

def f0():
    pass
def f1(a):
    pass
def f2(a, b):
    pass
def f3(a, b=1, *, c):
    pass
def f4(a, /, b):
    pass
def f5(*, k1, k2):
    pass
def f6(a, b, c, d=1):
    pass
def fdef(a=1, b=2):
    pass
class K:
    def m(self, x):
        pass
    @classmethod
    def cm(cls, x):
        pass
    @staticmethod
    def sm(x):
        pass

check("f0(1)", lambda: f0(1))
check("f0(a=1)", lambda: f0(a=1))
check("f1()", lambda: f1())
check("f1(1, 2)", lambda: f1(1, 2))
check("f1(b=1)", lambda: f1(b=1))
check("f1(1, a=1)", lambda: f1(1, a=1))
check("f2(1)", lambda: f2(1))
check("f2()", lambda: f2())
check("f2(1, 2, 3)", lambda: f2(1, 2, 3))
check("f3(1)", lambda: f3(1))
check("f3(1, 2, 3)", lambda: f3(1, 2, 3))
check("f3(1, 2, 3, c=1)", lambda: f3(1, 2, 3, c=1))
check("f3(c=1)", lambda: f3(c=1))
check("f4(a=1, b=2)", lambda: f4(a=1, b=2))
check("f4(1)", lambda: f4(1))
check("f5()", lambda: f5())
check("f5(1)", lambda: f5(1))
check("f5(k1=1)", lambda: f5(k1=1))
check("f5(k1=1, k2=2, k3=3)", lambda: f5(k1=1, k2=2, k3=3))
check("f6()", lambda: f6())
check("f6(1)", lambda: f6(1))
check("f6(1, 2, 3, 4, 5)", lambda: f6(1, 2, 3, 4, 5))
check("fdef(1, 2, 3)", lambda: fdef(1, 2, 3))
check("fdef(c=1)", lambda: fdef(c=1))
check("fdef(1, a=2)", lambda: fdef(1, a=2))
check("K().m()", lambda: K().m())
check("K().m(1, 2)", lambda: K().m(1, 2))
check("K.m(1)", lambda: K.m(1))
check("K.cm()", lambda: K.cm())
check("K.sm()", lambda: K.sm())
check("K().m(self=1, x=2)", lambda: K().m(self=1, x=2))
check("(lambda: 0)(1)", lambda: (lambda: 0)(1))
check("(lambda x, *, y: 0)(1)", lambda: (lambda x, *, y: 0)(1))
check("f1(*1)", lambda: f1(*1))
check("f1(**1)", lambda: f1(**1))
check("f1(**{1: 2})", lambda: f1(**{1: 2}))
check("f2(1, **{'a': 2})", lambda: f2(1, **{"a": 2}))
check("f2(**{'a': 1}, **{'a': 2})", lambda: f2(**{"a": 1}, **{"a": 2}))
check("f2(a=1, **{'a': 2})", lambda: f2(a=1, **{"a": 2}))
check("len()", lambda: len())
check("len(1, 2)", lambda: len(1, 2))
check("len(obj=[])", lambda: len(obj=[]))
check("abs(x=1)", lambda: abs(x=1))
check("int(1, 2, 3)", lambda: int(1, 2, 3))
check("int(x=1)", lambda: int(x=1))
check("[].append()", lambda: [].append())
check("[].append(1, 2)", lambda: [].append(1, 2))
check("{}.get()", lambda: {}.get())
check("'a'.split(1)", lambda: "a".split(1))
check("'a'.split(x=1)", lambda: "a".split(x=1))
check("sorted([], cmp=None)", lambda: sorted([], cmp=None))
check("sorted()", lambda: sorted())
check("isinstance(1)", lambda: isinstance(1))
check("divmod(1)", lambda: divmod(1))
check("print(sep=1)", lambda: print(sep=1))
check("object.__new__()", lambda: object.__new__())
check("dict(1)", lambda: dict(1))
check("dict([1])", lambda: dict([1]))
check("dict([(1, 2, 3)])", lambda: dict([(1, 2, 3)]))

class Init:
    def __init__(self, a, *, b):
        pass
check("Init()", lambda: Init())
check("Init(1, 2)", lambda: Init(1, 2))
check("Init(1)", lambda: Init(1))

# Many missing arguments are listed with commas and 'and'.
def many(a, b, c, d, *, e, f, g):
    pass
check("many()", lambda: many())
check("many(1, 2, 3, 4)", lambda: many(1, 2, 3, 4))
check("many(1, 2, 3, 4, e=1)", lambda: many(1, 2, 3, 4, e=1))
