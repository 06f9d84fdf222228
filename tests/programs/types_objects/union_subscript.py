import types, typing
from typing import TypeVar, ParamSpec, Callable, List
T = TypeVar('T'); P = ParamSpec('P')
print(types.UnionType.__module__, (int | float).__module__, types.UnionType.__name__)
u = list[T] | float
print(u.__parameters__, (int | str).__parameters__, u[int], u[int] == (list[int] | float))
print(List[list[T] | float].__parameters__)
G3 = list[Callable[P, T]] | int
print(G3.__parameters__, G3[[int, str], float])
print(typing.Annotated[int | float, "const"])
for bad in [lambda: (int | str)[int], lambda: u[int, str]]:
    try: bad()
    except TypeError as e: print('TypeError:', e)
class M(type):
    __call__ = dict
class C(metaclass=M): pass
print(C(a=1), C({'b': 2}))
class EmpD(typing.TypedDict):
    name: str
    id: int
print(EmpD({'name': 'jane', 'id': 37}), EmpD(name='x', id=1))
