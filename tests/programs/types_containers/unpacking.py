# iterable unpacking: starred targets, * and ** in displays and calls, nested targets, errors

a, *b = [1, 2, 3]
*c, d = "xyz"
e, *f, g = range(5)
(h, i), *j = [(1, 2), 3, 4]
print(a, b, c, d, e, f, g, h, i, j)
first, *_, last = [10, 20]
print(first, last)
k, *l = [1]
print(k, l, type(l).__name__)
*m, = "ab"
print(m)
print([*range(3), *"ab", *[None]], (*[1, 2], 3), {*[1, 2], *(2, 3)}, {**{"a": 1}, "b": 2, **{"a": 3}})
print(*[1, 2, 3], sep="-")
print(*"abc", *(1, 2))


def f(*args, **kwargs):
    return args, kwargs


print(f(*[1, 2], *(3,), x=1, **{"y": 2}, **{"z": 3}))
print(f(*(), **{}), f(*"hi"), f(**dict(a=1)))
for src in ["x, y = 1, 2, 3", "x, y, z = [1, 2]", "x, *y, z = [1]", "x, y = 5", "x, y = None", "*x, y, z = 'a'"]:
    try:
        exec(src, {})
    except (ValueError, TypeError) as err:
        print(src, "->", type(err).__name__, err)
for src in ["f(**{1: 2})", "f(**[1])", "f(*5)", "f(x=1, **{'x': 2})", "f(**{'a': 1}, **{'a': 2})", "{**[1]}"]:
    try:
        eval(src, {"f": f})
    except TypeError as err:
        print(src, "->", type(err).__name__, err)
for src in ["*a = [1]", "a, *b, *c = [1, 2]", "[*a] = 1 if False else 2"]:
    try:
        compile(src, "<unpack>", "exec")
        print(src, "compiles")
    except SyntaxError as err:
        print(src, "->", type(err).__name__, err.msg)
x, y = y, x = 1, 2
print(x, y)
p = q = [1]
p += [2]
print(q)
for (n, (s1, s2)) in [(1, "ab"), (2, "cd")]:
    print(n, s1, s2)
points = [(1, 2), (3, 4)]
print([x * y for x, y in points], dict(points), list(zip(*points)))
head, *body = "first line\nsecond\nthird".split("\n")
print(head, body)
it = iter(range(10))
a1, b1, *rest = it
print(a1, b1, rest)
gen_a, gen_b = (n * n for n in range(2))
print(gen_a, gen_b)
d = {"k1": 1, "k2": 2}
ka, kb = d
va, vb = d.values()
print(ka, kb, va, vb)
(a, b), (c, d) = "ab", [3, 4]
print(a, b, c, d)
