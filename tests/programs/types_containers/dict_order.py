# dict ordering: insertion order, updates keep position, delete+reinsert moves to end, popitem LIFO

d = {}
for key in ["banana", "apple", "cherry", "date"]:
    d[key] = len(key)
print(list(d), d)
d["apple"] = 100
print(list(d))
del d["banana"]
d["banana"] = 0
print(list(d))
d.pop("cherry")
d.setdefault("cherry", 1)
d.setdefault("apple", -1)
print(d)
d.update({"date": "updated", "elder": 5})
print(list(d.items()))
order = []
while d:
    order.append(d.popitem()[0])
print(order)
n = {i: i * i for i in range(10)}
for i in range(0, 10, 2):
    del n[i]
for i in range(0, 10, 2):
    n[i] = -i
print(list(n), list(n.values())[:5])
m = dict.fromkeys("zyxwv")
print("".join(m), "".join(sorted(m)), "".join(reversed(m)))
print({"b": 1, "a": 2} == {"a": 2, "b": 1}, list({"b": 1, "a": 2}) == list({"a": 2, "b": 1}))
merged = {"x": 1, "y": 2} | {"y": 20, "z": 3}
print(merged, list(merged))
merged |= {"a": 0, "x": 10}
print(merged)
big = {}
for i in range(1000):
    big[i] = i
for i in range(990):
    del big[i]
print(list(big), len(big))
big[5] = "back"
print(list(big)[-3:], big.popitem(), list(big)[-1])
s = {}
s[3] = "c"
s[1] = "a"
s[2] = "b"
print(sorted(s), list(s), sorted(s.items(), key=lambda kv: kv[1]), dict(sorted(s.items())))
ks = list({1.0: "a", 1: "b", True: "c"})
print(ks, type(ks[0]).__name__)
d = {"k": 1}
d[1.0] = "float"
d[1] = "int replaces value only"
print(d, [type(k).__name__ for k in d])
copy = dict(reversed(list({"a": 1, "b": 2, "c": 3}.items())))
print(copy, {**copy, "a": 0}, {"a": 0, **copy})
ordered_keys = []
source = {"one": 1, "two": 2, "three": 3}
for k in source:
    ordered_keys.append(k)
print(ordered_keys, list(source.values()), [k for k, _ in source.items()] == ordered_keys)
print(next(iter({"first": 1, "second": 2})), next(reversed({"first": 1, "second": 2})))
