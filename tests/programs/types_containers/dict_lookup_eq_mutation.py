# A key's __eq__ that changes the dict during a lookup: the lookup restarts only when the compared
# entry was replaced or deleted or the table was rebuilt (CPython's lookdict); other changes let it
# go on where it stopped, so __eq__ runs once per colliding entry.
calls = []


class K:
    def __init__(self, name, h, action=None):
        self.name, self.h, self.action = name, h, action

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        calls.append((self.name, other.name))
        if self.action:
            act, self.action = self.action, None
            act()
        return self.name == other.name

    def __repr__(self):
        return self.name


def run(title, d, key):
    calls.clear()
    try:
        r = d.get(key, "missing")
    except Exception as e:
        r = type(e).__name__
    print(title, r, calls, sorted(map(repr, d)))


# Deleting another entry: no restart.
d = {}
a, b = K("a", 1), K("b", 1)
d[a] = 1
d[b] = 2
other = K("x", 7)
d[other] = 3
a.action = lambda: d.pop(other)
run("delete other", d, K("b", 1))

# Deleting the compared entry: restart.
d = {}
a, b = K("a", 1), K("b", 1)
d[a] = 1
d[b] = 2
a.action = lambda: d.pop(a)
run("delete compared", d, K("b", 1))

# Inserting without a resize: no restart.
d = {}
a, b = K("a", 1), K("b", 1)
d[a] = 1
d[b] = 2
a.action = lambda: d.__setitem__("new", 0)
run("insert", d, K("b", 1))

# A resize: restart.
d = {}
a, b = K("a", 1), K("b", 1)
d[a] = 1
d[b] = 2
a.action = lambda: d.update({i: i for i in range(20)})
run("resize", d, K("b", 1))

# Clearing: restart, the key is gone.
d = {}
a, b = K("a", 1), K("b", 1)
d[a] = 1
d[b] = 2
a.action = d.clear
run("clear", d, K("b", 1))

# Replacing only a value: no restart.
d = {}
a, b = K("a", 1), K("b", 1)
d[a] = 1
d[b] = 2
a.action = lambda: d.__setitem__(b, 5)
run("set value", d, K("b", 1))

# Deleting an earlier candidate than the one compared: the probe still reaches the later one.
d = {}
a, b, c = K("a", 1), K("b", 1), K("c", 1)
d[a] = 1
d[b] = 2
d[c] = 3
b.action = lambda: d.pop(K("a", 1))
run("delete earlier", d, K("c", 1))
