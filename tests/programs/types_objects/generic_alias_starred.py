from typing import *
import pickle, copy
T = TypeVar('T')
Ts = TypeVarTuple('Ts')
print(tuple[*Ts][*tuple[int]])
a = tuple[int]
it = iter(a)
print(type(it).__name__, it.__reduce__()[1])
s = next(it)
print(s, s.__unpacked__, s.__typing_unpacked_tuple_args__)
print(s.__reduce__()[0], type(s.__reduce__()[1][0]).__name__)
print(list(it), it.__reduce__()[1])
print(list(iter(list[int]))[0].__typing_unpacked_tuple_args__, list(iter(list[int])))
print(tuple[int].__unpacked__, tuple[int].__typing_unpacked_tuple_args__)
print(s == tuple[int], s != tuple[int], s == next(iter(tuple[int])), hash(s) == hash(tuple[int]))
print(tuple[int, *Ts][str, bool, float], tuple[*Ts, int][*tuple[str, ...]])
print(list[T][*tuple[int]], dict[T, list[T]][int])
print(next(iter(tuple[T]))[int], next(iter(tuple[T]))[int].__unpacked__)
for bad in [lambda: tuple[*Ts, T][()], lambda: list[int][int], lambda: list[T][int, str],
            lambda: next(iter(list[int]))[int], lambda: dict[T, T][int, str, bytes]]:
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
print(pickle.loads(pickle.dumps(s)), pickle.loads(pickle.dumps(s)) == s)
print(copy.copy(s), copy.deepcopy(s))
print(tuple[*tuple[int, str]], tuple[int, *tuple[str, ...]])
def f(*args: *tuple[int, str]): pass
print(f.__annotations__)
print(Tuple[*Ts][int, str], Tuple[int, *tuple[str, ...]])
