# Which bases fix an instance layout: classes with empty __slots__ share their base's layout,
# so they combine freely; classes that add slots conflict unless one extends the other.
class Pure:
    __slots__ = ('a', 'b')

class Concrete(Pure):
    __slots__ = ()

class Flavour(Pure):
    __slots__ = ()

class Both(Concrete, Flavour):
    __slots__ = ()

x = Both()
x.a = 1
x.b = 2
print(x.a, x.b, Both.__base__.__name__, Concrete.__base__.__name__, [c.__name__ for c in Both.__mro__])

class WithDict(Flavour):
    pass

class Mixed(Concrete, WithDict):
    pass

m = Mixed()
m.a, m.z = 3, 4
print(m.a, m.z, Mixed.__base__.__name__, hasattr(m, '__dict__'))

class Other:
    __slots__ = ('c',)

for bases in [(Pure, Other), (Concrete, Other), (Other, Both)]:
    try:
        type('Bad', bases, {})
    except TypeError as e:
        print([b.__name__ for b in bases], 'TypeError', e)

class More(Pure):
    __slots__ = ('c',)

class Fine(More, Concrete):
    __slots__ = ()

f = Fine()
f.a, f.c = 5, 6
print(f.a, f.c, Fine.__base__.__name__)

class Plain:
    pass

class Sub(Plain):
    pass

class Two(Sub, Plain):
    pass

print(Sub.__base__.__name__, Two.__base__.__name__, int.__base__.__name__)

class L(list):
    __slots__ = ('tag',)

class D(dict):
    pass

for bases in [(L, D), (list, dict), (L, list)]:
    try:
        t = type('Combo', bases, {})
        print([b.__name__ for b in bases], t.__base__.__name__)
    except TypeError as e:
        print([b.__name__ for b in bases], 'TypeError', e)

import pathlib
p = pathlib.PurePosixPath('/a/b.txt')
print(p.name, p.suffix, pathlib.PosixPath.__mro__[1].__name__, pathlib.PosixPath('/').is_dir())
