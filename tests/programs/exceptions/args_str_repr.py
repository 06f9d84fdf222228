# exception args and their str()/repr() with zero, one and many arguments, and custom __str__

for cls in [Exception, ValueError, TypeError, RuntimeError, KeyError, IndexError, OSError, StopIteration, SystemExit, UnicodeError]:
    for args in [(), ("one",), ("a", "b"), (1, [2], None), ("",), (None,)]:
        e = cls(*args)
        print(cls.__name__, args, "str=%r" % str(e), "repr=%s" % repr(e), "args=%r" % (e.args,))
e = Exception("x")
e.args = ("replaced", 2)
print(str(e), repr(e))
e.args = ()
print(repr(str(e)), repr(e))
e.args = "abc"
print(e.args, str(e))
try:
    e.args = 5
except TypeError as err:
    print(type(err).__name__, err)


class Custom(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code

    def __str__(self):
        return "[%d] %s" % (self.code, self.args[1])


c = Custom(404, "not found")
print(str(c), repr(c), c.args, c.code)


class NoSuperInit(Exception):
    def __init__(self, value):
        self.value = value


n = NoSuperInit(5)
print(n.args, str(n), repr(n), n.value)


class Many(ValueError):
    pass


print(repr(Many()), repr(Many(1, 2)), str(Many("just one")), Many.__name__, Many.__qualname__, Many.__module__)
print(str(BaseException("base")), BaseException().args, repr(ArithmeticError(0)), str(Warning("w")))
err = ValueError("attrs")
err.extra = "custom attribute"
print(err.extra, sorted(k for k in vars(err)), err.__dict__)
print(Exception("msg") == Exception("msg"), Exception.__new__(Exception).args, ValueError.__new__(ValueError, 1, 2).args)
print(repr(Exception("quote's")), repr(Exception('dq"')), str(Exception(("tuple", "arg"))), str(Exception(["list"])))
try:
    raise Custom(500, "server")
except Exception as caught:
    print("caught:", caught, "|", type(caught).__name__)
