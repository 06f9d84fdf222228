# Choosing the metaclass from the bases, the conflict error, and methods defined on it.

class MetaA(type):
    def who(cls):
        return f"MetaA.who({cls.__name__})"
class MetaB(type):
    pass
class MetaAB(MetaA, MetaB):
    pass

class A(metaclass=MetaA):
    pass
class B(metaclass=MetaB):
    pass

try:
    class C(A, B):
        pass
except TypeError as e:
    print("TypeError", e)

class C(A, B, metaclass=MetaAB):
    pass
print(type(C).__name__, C.who())

# The most derived metaclass wins, even when a less derived one is given explicitly.
class SubMetaA(MetaA):
    pass
class D(metaclass=SubMetaA):
    pass
class E(D, metaclass=MetaA):
    pass
print(type(E).__name__)

# type as explicit metaclass with a derived-metaclass base picks the derived one.
class F(A, metaclass=type):
    pass
print(type(F).__name__)

# Unrelated explicit metaclass conflicts.
try:
    class G(A, metaclass=MetaB):
        pass
except TypeError as e:
    print("TypeError", e)

# Bases that are not classes.
for bases in [(1,), ("str",), (None,)]:
    try:
        type("H", bases, {})
    except TypeError as e:
        print("TypeError", e)

# Some builtins cannot be subclassed.
for base in [bool, type(None), type(...), type(NotImplemented), type(lambda: 0), range, slice, memoryview]:
    try:
        type("Sub", (base,), {})
    except TypeError as e:
        print("TypeError", e)

# Duplicate bases and an inconsistent MRO.
try:
    class Dup(A, A):
        pass
except TypeError as e:
    print("TypeError", e)
class X: pass
class Y: pass
class XY(X, Y): pass
class YX(Y, X): pass
try:
    class Bad(XY, YX):
        pass
except TypeError as e:
    print("TypeError", e)

# A metaclass method vs a classmethod of the same name: the classmethod wins from the class.
class M(type):
    def greet(cls):
        return "metaclass greet"
    def only_meta(cls):
        return "only on metaclass"
class K(metaclass=M):
    @classmethod
    def greet(cls):
        return "classmethod greet"
print(K.greet(), K().greet(), K.only_meta(), type(K).greet(K))

# __mro__ of classes built with metaclasses is normal.
print([k.__name__ for k in C.__mro__])
print([k.__name__ for k in MetaAB.__mro__])
print(type.__mro__, type(type) is type, isinstance(type, object), isinstance(object, type))
