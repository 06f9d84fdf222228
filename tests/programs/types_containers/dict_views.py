# dict views: dynamic, set-like operations on keys/items, reversed, membership, comparisons

d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i, len(k), len(v), len(i), type(k).__name__, type(v).__name__, type(i).__name__)
d["d"] = 4
del d["a"]
print(list(k), list(v), list(i))
print("b" in k, 2 in v, ("b", 2) in i, ("b", 3) in i, "zz" in k, ("x",) in i)
print(k & {"b", "x"}, k | {"x"} == {"b", "c", "d", "x"}, k - {"b"} == {"c", "d"}, k ^ {"b", "z"} == {"c", "d", "z"})
print(sorted(k & ["c", "d", "q"]), sorted(k | ["z"]), sorted(i & {("b", 2), ("c", 0)}), sorted(i - {("b", 2)}))
print(k == {"b", "c", "d"}, k == ["b", "c", "d"], i == {("b", 2), ("c", 3), ("d", 4)}, k <= {"b", "c", "d", "e"}, k > {"b"})
print(k.isdisjoint({"x"}), k.isdisjoint(["b"]), i.isdisjoint([("b", 2)]), v == v, v == d.values())
print(list(reversed(k)), list(reversed(v)), list(reversed(i)), sorted(k, reverse=True))
print(k.mapping is not None, dict(k.mapping) == d, type(k.mapping).__name__)
it = iter(k)
print(next(it))
d["e"] = 5
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
it = iter(d.items())
d["b"] = 20
print(next(it), list(it))
for fn in [lambda: k[0], lambda: v | {1}, lambda: hash(k), lambda: k + {"x"}, lambda: v & v, lambda: k & 5]:
    try:
        print(fn())
    except TypeError as e:
        print(type(e).__name__, e)
print({1: "x"}.keys() & {1.0}, {(1, 2): 0}.keys() | {(3,)} == {(1, 2), (3,)}, {}.keys() | set() == set())
vals = {"x": [1], "y": [1]}.values()
print([1] in vals, vals.__class__.__name__, len(vals), list(vals))
items_with_list = {"k": [1]}.items()
try:
    items_with_list & {("k", 1)}
except TypeError as e:
    print(type(e).__name__, e)
print(("k", [1]) in items_with_list, ("k", [2]) in items_with_list)
empty = {}
print(list(empty.keys()), list(empty.items()), empty.keys() == set(), not empty.values(), bool({0: 0}.keys()))
inventory = {"apples": 3, "pears": 0, "plums": 7}
print([name for name, qty in inventory.items() if qty], sum(inventory.values()), sorted(inventory, key=inventory.get))
a = {"x": 1, "y": 2}
b = {"y": 2, "z": 3}
print(sorted(a.keys() & b.keys()), sorted(a.items() & b.items()), sorted(a.keys() - b), sorted(a.keys() ^ b.keys()))
