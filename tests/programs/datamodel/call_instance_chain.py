# An instance whose class's __call__ is itself an instance: calling it recurses until
# RecursionError (CPython's SF bug 532646), never a crash; shorter chains work.
class A:
    pass

A.__call__ = A()
a = A()
try:
    a()
except RecursionError as e:
    print("RecursionError", e)


class Leaf:
    def __call__(self, x):
        return ("leaf", x)


class Mid:
    pass


Mid.__call__ = Leaf()
print(Mid()(5))


class Static:
    __call__ = staticmethod(lambda *args: args)


print(Static()(1, 2))
