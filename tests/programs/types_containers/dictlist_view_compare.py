# Comparisons of dict keys/items views test sizes, then membership one element at a time, so an
# element's __eq__ that raises propagates (CPython's dictview_richcompare).
class C:
    def __eq__(self, other):
        raise RuntimeError('eq')

    __hash__ = object.__hash__


d1 = {1: C()}
d2 = {1: C()}
d3 = {1: C(), 2: C()}
for name, f in [('==', lambda: d1.items() == d2.items()), ('!=', lambda: d1.items() != d2.items()),
                ('<=', lambda: d1.items() <= d2.items()), ('>=', lambda: d1.items() >= d2.items()),
                ('<', lambda: d2.items() < d3.items()), ('>', lambda: d3.items() > d2.items()),
                ('< size', lambda: d3.items() < d2.items())]:
    try:
        print(name, f())
    except RuntimeError as e:
        print(name, 'RuntimeError', e)

a = {1: 'x', 2: 'y'}
b = {2: 'y', 1: 'x', 3: 'z'}
print(a.keys() == {1, 2}, {1, 2} == a.keys(), a.keys() < b.keys(), b.keys() > a.keys())
print({1} < a.keys(), {1, 2, 3} > a.keys(), frozenset({1, 2}) >= a.keys())
print(a.items() <= b.items(), a.items() == {(1, 'x'), (2, 'y')}, {(1, 'x')} < a.items())
print(a.keys() == [1, 2], a.keys() != [1, 2], a.values() == a.values())
try:
    a.keys() < [1, 2, 3]
except TypeError as e:
    print('TypeError', e)
unhashable = {1: []}
print(unhashable.items() == {1: []}.items(), unhashable.items() == {1: [0]}.items())
