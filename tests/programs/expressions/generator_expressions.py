# Generator expressions: laziness, single use, scoping of the first iterable, call syntax.

def noisy(n):
    for i in range(n):
        print("  producing", i)
        yield i

g = (x * 10 for x in noisy(3))
print("created", type(g).__name__)
print(next(g))
print(list(g))
print(list(g), next(g, "exhausted"))

# The first iterable is evaluated when the generator expression is created.
try:
    bad = (x for x in 5)
except TypeError as e:
    print("TypeError at creation:", e)
lazy_bad = (x for x in [1] for y in 5)
try:
    list(lazy_bad)
except TypeError as e:
    print("TypeError when consumed:", e)

# Later rebinding of the source name does not affect an already created genexp.
src = [1, 2, 3]
gen = (v for v in src)
src = [100]
print(list(gen))
# But mutation of the same object is visible.
src2 = [1, 2]
gen2 = (v for v in src2)
src2.append(3)
print(list(gen2))

# Variables in the body are looked up lazily.
factor = 2
scaled = (v * factor for v in range(3))
factor = 10
print(list(scaled))

# As the sole argument of a call the parentheses may be omitted.
print(sum(x for x in range(5)), max(len(w) for w in ["a", "bbb"]), sorted(c for c in "cab"))
print("-".join(str(i) for i in range(4)), any(x > 3 for x in range(5)), tuple(x for x in "ab"))
try:
    compile("f(x for x in y, 1)", "<s>", "eval")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
print(len(list((x, y) for x in range(2) for y in range(2))))

# Generator expressions are generators with the usual methods.
ge = (i for i in range(10))
print(hasattr(ge, "send"), hasattr(ge, "throw"), ge.__name__, ge.__qualname__)
next(ge)
print(ge.send(None))
ge.close()
print(list(ge))

# Infinite generator combined with a consumer that stops early.
def naturals():
    n = 0
    while True:
        yield n
        n += 1
evens = (n for n in naturals() if n % 2 == 0)
print([next(evens) for _ in range(5)])
print(next(n for n in naturals() if n * n > 50))

# Nested generator expressions.
rows = ((r, c) for r in range(2) for c in (x for x in range(r + 1)))
print(list(rows))

# A generator expression in a class body can only see class variables in its first iterable.
class K:
    items = [1, 2]
    doubled = list(i * 2 for i in items)
    try:
        mixed = list(i for i in items if i in items)
    except NameError as e:
        mixed = f"NameError: {e}"
print(K.doubled, K.mixed)
