# dict subclasses: __missing__ is consulted by d[key] only.

class Defaulting(dict):
    def __missing__(self, key):
        print(f"  __missing__({key!r})")
        value = f"<{key}>"
        self[key] = value
        return value

d = Defaulting(a=1)
print(d["a"], d["b"], d["b"], sorted(d.items()))
print(d.get("c"), "c" in d, d.get("c", "dflt"), d.setdefault("e", 5), d.pop("zz", None))
print(sorted(d))

# __missing__ that raises: the KeyError comes from it.
class Strict(dict):
    def __missing__(self, key):
        raise KeyError(f"no such key: {key}")
try:
    Strict()["x"]
except KeyError as e:
    print("KeyError", e, e.args)

# A counter and a grouping dict.
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in "mississippi":
    c[ch] += 1
print(sorted(c.items()), c["z"], "z" in c)

class Grouper(dict):
    def __missing__(self, key):
        self[key] = lst = []
        return lst
g = Grouper()
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    g[word[0]].append(word)
print(dict(g))

# __missing__ defined on a non-dict class is just a method.
class NotDict:
    def __missing__(self, key):
        return "unused"
    def __getitem__(self, key):
        raise KeyError(key)
try:
    NotDict()["k"]
except KeyError as e:
    print("KeyError", e)

# Setting __missing__ on the instance does nothing.
d2 = Defaulting()
try:
    plain = dict()
    plain.__missing__ = lambda k: 0
except AttributeError as e:
    print("AttributeError", e)

# __missing__ receives the exact key object, including unhashable checks first.
class Echo(dict):
    def __missing__(self, key):
        return ("missing", key)
e = Echo()
print(e[1], e[(1, 2)], e[None], e[1.0])
try:
    e[[1]]
except TypeError as err:
    print("TypeError", err)

# Subclass overriding __getitem__ bypasses __missing__ unless it calls super().
class Override(Defaulting):
    def __getitem__(self, key):
        return "override:" + str(super().__getitem__(key))
print(Override()["q"])

# format_map and str.format use __getitem__ (and thus __missing__) on dict subclasses.
class FormatDefault(dict):
    def __missing__(self, key):
        return "{" + key + "}"
print("{name} is {age}".format_map(FormatDefault(name="Ann")))

# KeyError messages from plain dicts.
for key in ["k", 1, (1, 2), None, ""]:
    try:
        {}[key]
    except KeyError as err:
        print("KeyError", repr(str(err)), err.args)
