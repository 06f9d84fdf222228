class C(object):
    @classmethod
    def __new__(*args):
        return args
print(C(1, 2) == (C, C, 1, 2))
class D(C):
    pass
print(D(1, 2) == (D, D, 1, 2))
class S:
    @staticmethod
    def __new__(*args):
        return args
print(S(1) == (S, 1))
class Descriptor:
    counter = 0
    def __get__(self, obj, objtype=None):
        def getter(name):
            self.counter += 1
            raise AttributeError(name)
        return getter
descr = Descriptor()
class A:
    __getattribute__ = descr
class B:
    __getattr__ = descr
class C:
    __getattribute__ = descr
    __getattr__ = descr
for k in A, B, C:
    try:
        getattr(k(), "attr")
    except AttributeError as e:
        print("AttributeError", e, descr.counter)
    try:
        k().attr
    except AttributeError as e:
        print("AttributeError", e, descr.counter)

import sys, math
class SpecialDescr:
    def __init__(self, impl): self.impl = impl
    def __get__(self, obj, owner):
        return self.impl.__get__(obj, owner)
def hello(self): return b"hello"
def empty_seq(self): return []
def zero(self): return 0
def iden(self): return self
def stop(self): raise StopIteration
def return_true(self, thing=None): return True
def swallow(*args): pass
def some_number(self_, key): return 4
def run_context(m):
    with m: pass
def do_dict_missing(checker):
    class DictSub(checker.__class__, dict): pass
    print(DictSub()["hi"])
specials = [
    ("__bytes__", bytes, hello, {}),
    ("__reversed__", reversed, empty_seq, {}),
    ("__length_hint__", list, zero, {"__iter__": iden, "__next__": stop}),
    ("__sizeof__", sys.getsizeof, zero, {}),
    ("__instancecheck__", lambda o: isinstance(int, o), return_true, {}),
    ("__missing__", do_dict_missing, some_number, {}),
    ("__subclasscheck__", lambda o: issubclass(int, o), return_true, {}),
    ("__enter__", run_context, iden, {"__exit__": swallow}),
    ("__exit__", run_context, swallow, {"__enter__": iden}),
    ("__complex__", complex, lambda s: 1j, {}),
    ("__format__", format, lambda s, sp: "hello", {}),
    ("__floor__", math.floor, zero, {}),
    ("__trunc__", math.trunc, zero, {}),
    ("__ceil__", math.ceil, zero, {}),
    ("__dir__", dir, empty_seq, {}),
    ("__round__", round, zero, {}),
]
for name, runner, impl, env in specials:
    class X: pass
    for a, o in env.items(): setattr(X, a, o)
    setattr(X, name, SpecialDescr(impl))
    try:
        runner(X())
    except Exception as e:
        print(name, type(e).__name__, e)
print("specials done")
