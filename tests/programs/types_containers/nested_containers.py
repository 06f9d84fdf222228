# nested and self-referential containers: repr with recursion markers, equality, sharing

a = [1, 2]
a.append(a)
print(a, len(a), a[2][2][2] is a)
d = {}
d["self"] = d
d["list"] = [d]
print(d)
t = ([],)
t[0].append(t)
print(t)
s = [[]]
s[0].append(s)
print(s, s == s)
x = [1]
y = [x, x]
x.append(2)
print(y, y[0] is y[1])
m = {"a": [1, 2], "b": {"c": (3, [4])}}
m["b"]["c"][1].append(5)
print(m, m["b"]["c"][1][-1])
deep = current = []
for i in range(5):
    nxt = [i]
    current.append(nxt)
    current = nxt
print(deep)
very_deep = []
for _ in range(100):
    very_deep = [very_deep]
depth = 0
node = very_deep
while node:
    node = node[0]
    depth += 1
print(depth, str(very_deep).count("["))
print([[1, 2], [3]] == [[1, 2], [3]], [[1], [2]] < [[1], [3]], {"k": [1]} == {"k": [1]}, ([1],) == ([1],))
a1 = [1]
a1.append(a1)
b1 = [1]
b1.append(b1)
try:
    print(a1 == b1)
except RecursionError as e:
    print(type(e).__name__)
print(a1 == a1, a1 is a1)


class Node:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)

    def __repr__(self):
        if self.children:
            return "Node(%r, %r)" % (self.value, self.children)
        return "Node(%r)" % self.value


tree = Node(1, [Node(2, [Node(4)]), Node(3)])
print(tree)


def total(node):
    return node.value + sum(total(c) for c in node.children)


print(total(tree))
shared = []
table = {"x": shared, "y": shared}
table["x"].append("added via x")
print(table, table["y"])
grid = [[None] * 2 for _ in range(2)]
grid[0][1] = "set"
print(grid)
counts = {}
for word in "a b a c b a".split():
    counts.setdefault(word, []).append(len(counts.get(word, [])))
print(counts)
lists = [[3, 1], [2], [1, 1, 1]]
lists.sort(key=len)
print(lists, sorted(lists), max(lists, key=sum), [sorted(l) for l in lists])
print(repr([{}, (), set(), frozenset(), [[]], {(): ()}]))
