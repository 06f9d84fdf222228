# bool: a subclass of int; arithmetic results are ints, bitwise results stay bool

print(True + True, True - False, True * 5, True / 2, True // 2, True % 2, True**10, -True, +True, ~True)
print(type(True + True).__name__, type(True & True).__name__, type(True | False).__name__, type(True ^ 1).__name__)
print(True & False, True | False, True ^ True, False ^ False, ~False, type(~False).__name__)
print(str(True), repr(False), f"{True}", f"{True:d}", f"{False:>6}", "%d %s %r" % (True, True, False))
print(int(True), float(True), complex(False), bool("False"), bool(""), bool([]), bool([0]))
print(True == 1, False == 0, True is (1 == 1), True in [1], 1 in [True], {True: "t"}.get(1))
print(sum([True, False, True, True]), max(True, 0), min(False, -1), sorted([True, False, 2, -1]))
print(True.__and__(False), True.__or__(1), (True).__xor__(True), True.__and__(2), True.__rand__(0))
print(bool(1), bool(2**100), bool(-0.0), bool(0j), bool(None), bool(...))
print(isinstance(True, int), issubclass(bool, int), bool.__mro__, bool.__name__, type(bool).__name__)
print(True.bit_length(), True.numerator, True.real, True.to_bytes(1, "big"), hash(True), hash(False))
print(bool(), bool(0), bool("0"), bool(" "), bool(()), bool({}), bool(set()), bool(range(0)))
print(not True, not 0, not "", not [1], (not 1) is False, not not 5)
print(True and 5, False and 5, True or 5, 0 or "x", None or 0 or "", [] and 1, 3 and 4 and 5)
print(True << 2, True >> 1, -True // 2, True ** -1, divmod(True, True), abs(True), round(True))
print(["no", "yes"][True], "abc"[True:], (10, 20)[False])
try:
    class Sub(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    True.real = 0
except AttributeError as e:
    print(type(e).__name__, e)


class Flag:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        return self.v


class Empty:
    def __len__(self):
        return 0


class Both:
    def __bool__(self):
        return True

    def __len__(self):
        return 0


print(bool(Flag(True)), bool(Flag(False)), bool(Empty()), bool(Both()), bool(object()))
print("yes" if Flag(False) else "no", [x for x in [Flag(True), Flag(False)] if x].__len__())


class BadBool:
    def __bool__(self):
        return 1


class BadLen:
    def __len__(self):
        return -1


for obj in [BadBool(), BadLen()]:
    try:
        bool(obj)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
    try:
        if obj:
            pass
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(bool.__new__(bool), bool(1))
try:
    bool(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    bool(x=1)
except TypeError as e:
    print(type(e).__name__, e)
print(True + 0.5, True * 1j, True == 1.0, hash(1.0) == hash(True))
