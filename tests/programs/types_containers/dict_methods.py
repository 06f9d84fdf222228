# every dict method: get/setdefault/pop/popitem/update/fromkeys/copy/clear/keys/values/items

d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("a", 99), d.setdefault("c", 3), d.setdefault("n"), d)
print(d.pop("n"), d.pop("zz", "dflt"), d.pop("c"), d)
d.update({"x": 10}, y=20)
d.update([("p", 1), ("q", 2)])
d.update(k=0)
d.update()
d.update(zip("mn", (7, 8)))
print(d)
print(d.popitem(), d.popitem(), d)
c = d.copy()
c["only"] = True
d.clear()
print(d, c, len(c))
print(dict.fromkeys("abc"), dict.fromkeys(["x", "y"], 0), dict.fromkeys(range(3), []), dict.fromkeys(""))
shared = dict.fromkeys("ab", [])
shared["a"].append(1)
print(shared)
print(dict(), dict(a=1), dict([("k", "v")]), dict({"m": 1}, n=2), dict(zip("ab", "cd")), dict({1: 2}.items()), dict(dict(z=0)))
errors = [
    lambda: {}.pop("x"),
    lambda: {}.popitem(),
    lambda: {"a": 1}["b"],
    lambda: {}.update(5),
    lambda: {}.update([1, 2]),
    lambda: {}.update(["ab", "cde"]),
    lambda: {}.update([(1, 2, 3)]),
    lambda: dict([1]),
    lambda: dict(1, 2),
    lambda: {}.get(),
    lambda: {}.get(1, 2, 3),
    lambda: {[]: 1},
    lambda: {}.setdefault([], 1),
    lambda: {}.fromkeys(5),
    lambda: {"a": 1}.pop(),
    lambda: {1: 2}.update({3: 4}, {5: 6}),
    lambda: dict.fromkeys([[1]]),
    lambda: {}[{}],
]
for fn in errors:
    try:
        print(fn())
    except (KeyError, TypeError, ValueError) as e:
        print(type(e).__name__, e)


class Keys:
    def keys(self):
        return ["k1", "k2"]

    def __getitem__(self, key):
        return key.upper()


print(dict(Keys()), {**{"a": 1}, **{"a": 2, "b": 3}}, {"a": 1, "a": 2})
upd = {}
upd.update(Keys())
print(upd)
d = {1: "int", 1.0: "float overwrites value", True: "bool too"}
print(d, {0: "a", False: "b", 0.0: "c"}, len({1: 0, 1.0: 0, True: 0}))
counts = {}
for w in "the cat the hat the end".split():
    counts[w] = counts.get(w, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(word[0], []).append(word)
print(groups)
nested = {"a": {"b": {"c": 1}}}
nested["a"]["b"]["d"] = 2
print(nested, nested["a"]["b"].get("c"), "c" in nested["a"]["b"], "a" in nested, 1 in nested)
print(sorted(n for n in dir(dict) if not n.startswith("_")), dict.__name__, type({}).__name__)
