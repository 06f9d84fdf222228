# dict.setdefault hashes its key once and compares it at most once per colliding entry.
class Hashed:
    def __init__(self):
        self.hash_count = 0
        self.eq_count = 0
    def __hash__(self):
        self.hash_count += 1
        return 42
    def __eq__(self, other):
        self.eq_count += 1
        return id(self) == id(other)

h1 = Hashed()
d = {h1: 5}
h2 = Hashed()
print(d.setdefault(h2, []))
print(h1.hash_count, h2.hash_count, h1.eq_count + h2.eq_count)
print(d.setdefault(h1, 0), h1.hash_count)
print(d.setdefault("a"), d.setdefault("a", 3), len(d))
try:
    d.setdefault([], 1)
except TypeError as e:
    print(e)
try:
    d.setdefault()
except TypeError as e:
    print(e)

# set operators with a dict view on the right defer to the view's reflected method.
k = {1: 1}.keys()
print({2} | k, {1, 2} & k, {1, 2} - k, {1, 2} ^ k)
print(frozenset({3}) | k, {(1, 1)} | {1: 1}.items())
try:
    {2} | {1: 1}.values()
except TypeError as e:
    print(e)
