# bound and unbound methods: __self__/__func__, equality, rebinding, methods stored on instances


class K:
    def __init__(self, name):
        self.name = name

    def greet(self, other="you"):
        return "%s greets %s" % (self.name, other)

    def __eq__(self, other):
        return isinstance(other, K) and self.name == other.name

    __hash__ = object.__hash__


a, b = K("a"), K("a")
m = a.greet
print(m(), m("b"), type(m).__name__, m.__self__ is a, m.__func__ is K.greet, m.__name__, m.__qualname__)
print(K.greet(a, "explicit"), type(K.greet).__name__, K.greet.__get__(a)("via __get__"), K.greet.__get__(None, K) is K.greet)
print(a.greet == a.greet, a.greet is a.greet, a.greet == b.greet, a.greet != K("z").greet, hash(a.greet) == hash(a.greet))
print(m.__doc__, m.__defaults__ if hasattr(m, "__defaults__") else None, m.__func__.__defaults__)
a.greet = lambda: "instance attribute shadows method"
print(a.greet(), K.greet(a), type(a.greet).__name__)
del a.greet
print(a.greet())
MethodType = type(a.greet)
bound_other = MethodType(lambda self: "bound lambda on " + self.name, b)
print(bound_other(), bound_other.__self__ is b)
try:
    MethodType(len)
except TypeError as e:
    print(type(e).__name__, e)
lst = [3, 1, 2]
app = lst.append
app(0)
print(lst, app.__self__ is lst, app.__name__, type(app).__name__, app.__qualname__)
print([].append == [].append, lst.append == lst.append, (1).__add__ == (1).__add__)
print(str.upper("abc"), type(str.upper).__name__, type("x".upper).__name__, "x".upper.__self__, type(int.__add__).__name__)
print(type((1).__add__).__name__, type(object.__init__).__name__, type(K.__init__).__name__, type(len).__name__)


class WithCall:
    def __call__(self, x):
        return x * 3


class UsesCallable:
    helper = WithCall()


print(UsesCallable().helper(2), UsesCallable.helper(3))
calls = [a.greet, b.greet, K("c").greet]
print([f("all") for f in calls])
unbound_list = [K.greet] * 2
print([f(K(n)) for f, n in zip(unbound_list, "xy")])
try:
    K.greet()
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.greet(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    m.new_attribute = 1
except AttributeError as e:
    print(type(e).__name__, e)
K.greet.tag = "function attribute"
print(a.greet.tag, m.tag)


class Chain:
    def __init__(self):
        self.steps = []

    def step(self, n):
        self.steps.append(n)
        return self


print(Chain().step(1).step(2).step(3).steps)
getter = getattr(a, "greet")
print(getter("getattr"), callable(getter), getattr(K, "greet") is K.greet)
