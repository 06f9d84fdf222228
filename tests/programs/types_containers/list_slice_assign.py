# list slice assignment and deletion, including extended slices and their errors

a = list(range(10))
a[2:5] = ["x", "y"]
print(a)
a[2:4] = []
print(a)
a[0:0] = [-2, -1]
print(a)
a[len(a):] = [100]
print(a)
a[-2:] = "ab"
print(a)
a[1:1] = range(3)
print(a)
a[:] = [1, 2, 3]
print(a)
a[5:10] = [9]
print(a)
a[-100:1] = ["front"]
print(a)
a[3:1] = ["between"]
print(a)
b = list(range(10))
b[::2] = "abcde"
print(b)
b[1::2] = [None] * 5
print(b)
b[::-3] = [0, 0, 0, 0]
print(b)
b[8:2:-2] = (7, 7, 7)
print(b)
b[::1] = [1, 2]
print(b)
c = list(range(12))
del c[::3]
print(c)
del c[1:3]
print(c)
del c[-2:]
print(c)
del c[::-2]
print(c)
del c[100:200]
print(c)
del c[:]
print(c)
errors = [
    ("b[::2] = [1]", lambda l: l.__setitem__(slice(None, None, 2), [1])),
    ("b[::-1] = []", lambda l: l.__setitem__(slice(None, None, -1), [])),
    ("b[1:3] = 5", lambda l: l.__setitem__(slice(1, 3), 5)),
    ("b[::0] = []", lambda l: l.__setitem__(slice(None, None, 0), [])),
    ("del b[::0]", lambda l: l.__delitem__(slice(None, None, 0))),
    ("b[10] = 1", lambda l: l.__setitem__(10, 1)),
    ("del b[10]", lambda l: l.__delitem__(10)),
    ("b['a'] = 1", lambda l: l.__setitem__("a", 1)),
    ("b[1.0] = 1", lambda l: l.__setitem__(1.0, 1)),
    ("b[::2] = None", lambda l: l.__setitem__(slice(None, None, 2), None)),
]
for label, fn in errors:
    try:
        fn(list(range(6)))
        print(label, "ok")
    except (ValueError, TypeError, IndexError) as e:
        print(label, type(e).__name__, e)
d = list(range(5))
d[1:4] = d
print(d)
e = [1, 2, 3]
e[::2] = e[::2][::-1]
print(e)
f = [0] * 5
f[1:4] = iter("xyz")
f[::4] = (x for x in "AB")
print(f)
g = list(range(5))
g[2:3] = [[1, 2]]
g[-1] = g[-1:]
print(g)
h = list(range(20))
h[3:17:4] = h[0:4]
print(h)
