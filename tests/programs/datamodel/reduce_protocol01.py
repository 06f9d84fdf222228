# Protocols 0 and 1 reduce through copyreg._reduce_ex, as in CPython.
import copy
import copyreg
import pickle


class A:
    pass


a = A()
a.x = 1
r = object().__reduce__()
print(r[0] is copyreg._reconstructor, r[1])
print(a.__reduce_ex__(0)[0] is copyreg._reconstructor, a.__reduce_ex__(1)[2])
for proto in range(6):
    print(proto, pickle.loads(pickle.dumps(a, proto)).x)
print(copy.copy(a).x, copy.deepcopy([a, a])[1].x)


class Slots:
    __slots__ = ('s',)


try:
    Slots().__reduce_ex__(1)
except TypeError as e:
    print('TypeError', e)
try:
    object().__reduce__(0)
except TypeError as e:
    print('TypeError', e)
