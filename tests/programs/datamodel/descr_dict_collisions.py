# A namespace key that is not a str but hashes like an attribute name: attribute lookups run its
# __eq__, as CPython's dict lookups do (on an instance __dict__ and on a class namespace, where
# the __eq__ may even change the class's bases during the lookup).
calls = []


class Evil:
    def __hash__(self):
        return hash("attr")

    def __eq__(self, other):
        calls.append(other)
        try:
            del C.attr
        except AttributeError:
            pass
        return False


class Descr:
    def __get__(self, ob, owner=None):
        return 1


class C:
    attr = Descr()


c = C()
c.__dict__[Evil()] = 0
print(c.attr, calls)
print(hasattr(c, "attr"), calls)


class Same:
    def __hash__(self):
        return hash("other")

    def __eq__(self, other):
        return other == "other"


d = C()
d.__dict__[Same()] = "found by __eq__"
print(d.other)


class MyKey:
    def __hash__(self):
        return hash("mykey")

    def __eq__(self, other):
        X.__bases__ = (Base2,)
        return False


class Base:
    mykey = "from Base"
    mykey2 = "from Base"


class Base2:
    mykey = "from Base2"
    mykey2 = "from Base2"


X = type("X", (Base,), {MyKey(): 5})
print(X.mykey, X.mykey2, [k.__name__ for k in X.__mro__])
print(sorted(k for k in X.__dict__ if isinstance(k, str)), sum(1 for k in X.__dict__ if isinstance(k, MyKey)))
