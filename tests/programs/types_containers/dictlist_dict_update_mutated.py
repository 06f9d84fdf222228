# dict.update(dict) inserts by position with the stored hashes; a key's __eq__ that changes the
# source raises "dict mutated during update".
class X:
    hashes = 0

    def __hash__(self):
        X.hashes += 1
        return 0

    def __eq__(self, o):
        other.clear()
        return False


other = {i: 0 for i in range(1, 50)}
other[X()] = 0
d = {X(): 0, 1: 1}
before = X.hashes
try:
    d.update(other)
except RuntimeError as e:
    print('RuntimeError', e)
print(X.hashes - before, len(d), len(other))


class Grow:
    def __hash__(self):
        return 7

    def __eq__(self, o):
        src['new'] = 1
        return False


src = {Grow(): 1, 'a': 2}
dst = {Grow(): 0}
try:
    dst.update(src)
except RuntimeError as e:
    print('RuntimeError', e)

d = {1: 2, 3: 4}
del d[1]
d.update(d)
print(d)
d |= {5: 6}
print(d)
print(dict({'x': 1}, y=2))

# An empty target copies a dense source whole; a source with holes goes entry by entry.
src = {str(i): i for i in range(20)}
e = {}
e.update(src)
print(list(e) == list(src), e == src, e is not src)
for k in list(src)[::3]:
    del src[k]
e = {}
e.update(src)
print(list(e) == list(src), len(e))
e['new'] = 1
print('new' in src, len(src), list(e)[-1])
empty_again = {'a': 1}
del empty_again['a']
empty_again.update({'b': 2, 'c': 3})
print(empty_again, dict(empty_again))
