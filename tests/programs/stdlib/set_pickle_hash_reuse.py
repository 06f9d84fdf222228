import pickle
class S(set):
    __slots__ = ('x', 'y', '__dict__')
s = S([1, 2]); s.x = ['x']; s.z = 'z'
d = pickle.loads(pickle.dumps(s, 2)); print(sorted(d), d.x, d.z, hasattr(d, 'y'))
print(set().__reduce__(), frozenset([1]).__reduce__())
class H(int):
    count = 0
    def __hash__(self):
        H.count += 1
        return int.__hash__(self)
d = dict.fromkeys(map(H, range(5)))
print(H.count)
s = set(d); print(H.count)
s.difference(d); print(H.count)
s.symmetric_difference_update(d); print(H.count, s)
d2 = dict.fromkeys(set(d)); print(H.count)
d3 = dict.fromkeys(frozenset(d), 1); print(H.count, d3 == dict.fromkeys(d, 1))
d4 = dict.fromkeys(d, 2); print(H.count, sorted(d4.items()))
class H(int):
    count = 0
    def __hash__(self):
        H.count += 1
        return int.__hash__(self)
d = dict.fromkeys(map(H, range(5)))
print(H.count)
d4 = dict.fromkeys(d, 2); print(H.count)
print(d4 == d, H.count)
