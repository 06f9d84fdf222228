# super(): zero-argument form, explicit two-argument forms, classmethods, properties, errors


class A:
    def hello(self):
        return "A.hello"

    @classmethod
    def make(cls):
        return "A.make(%s)" % cls.__name__

    @property
    def prop(self):
        return "A.prop"

    def __repr__(self):
        return "<%s instance>" % type(self).__name__


class B(A):
    def hello(self):
        return "B>" + super().hello()

    @classmethod
    def make(cls):
        return "B>" + super().make()

    @property
    def prop(self):
        return "B>" + super().prop


class C(B):
    def hello(self):
        return "C>" + super(B, self).hello()

    def explicit(self):
        return super(C, self).hello()


c = C()
print(c.hello(), c.explicit(), B().hello(), B.make(), C.make(), c.prop)
print(super(B, c).hello(), super(B, c).prop, super(C, C).make(), super(B, C).make())
s = super(B, c)
print(type(s).__name__, s.__self__ is c, s.__thisclass__ is B, s.__self_class__ is C, repr(s).startswith("<super: <class 'B'>"))
unbound = super(B)
print(type(unbound).__name__, unbound.__self__, unbound.__thisclass__.__name__)
errors = [
    lambda: super(B, 1),
    lambda: super(1, c),
    lambda: super(C, A()),
    lambda: super(A, c).nonexistent,
    lambda: super(),
]
for fn in errors:
    try:
        print(fn())
    except (TypeError, AttributeError, RuntimeError) as e:
        print(type(e).__name__, e)


class NoArgsOutside:
    def method(self):
        def inner():
            return super().__repr__()

        return inner


try:
    NoArgsOutside().method()()
except (RuntimeError, TypeError) as e:
    print(type(e).__name__, e)


class Setter(A):
    def __setattr__(self, name, value):
        super().__setattr__(name, str(value).upper())


st = Setter()
st.x = "low"
print(st.x)


class Base:
    def __init__(self, **kw):
        self.base_kw = kw


class Mixin:
    def __init__(self, **kw):
        self.mixin_seen = sorted(kw)
        super().__init__(**kw)


class Final(Mixin, Base):
    def __init__(self):
        super().__init__(a=1, b=2)


f = Final()
print(f.mixin_seen, f.base_kw)


class StrLike(str):
    def upper(self):
        return "[" + super().upper() + "]"


print(StrLike("abc").upper(), super(StrLike, StrLike("q")).upper())


class Lst(list):
    def append(self, item):
        super().append(item * 2)


lst = Lst()
lst.append(5)
print(lst)


def outside(self):
    return super(type(self), self).hello()


B.outside = outside
print(B().outside())
__class__ = "module level name"


class UsesClassCell:
    def get(self):
        return __class__.__name__


print(UsesClassCell().get(), __class__)
