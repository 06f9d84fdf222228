# A class's __annotations__ are its own, never inherited; X | Y unions compare and hash by members.
import typing


class A:
    attr: int


class B(A):
    pass


class C(A):
    attr: str


print(A.__annotations__, B.__annotations__, C.__annotations__)
print('__annotations__' in B.__dict__)
B.__annotations__ = {'z': float}
print(B.__annotations__, A.__annotations__)
del B.__annotations__
try:
    del B.__annotations__
except AttributeError as e:
    print('AttributeError', e)
try:
    int.__annotations__
except AttributeError as e:
    print('AttributeError', e)
try:
    int.__annotations__ = {}
except TypeError as e:
    print('TypeError', e)

print(int | float == int | float, int | float == float | int, int | str == int | float)
print(hash(int | float) == hash(float | int), (int | None) == (None | int))
print({1: int | float} == {1: int | float}, (int | float) != (int | float))
print(typing.Tuple[int, int] | None == None | typing.Tuple[int, int])
