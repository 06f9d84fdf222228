# The iterator protocol: __iter__/__next__, iter() checks, old-style __getitem__ iteration.

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        print("  __iter__")
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

print(list(Countdown(3)))
for x in Countdown(2):
    print("got", x)
print(sum(Countdown(4)), max(Countdown(3)), sorted(Countdown(3)), tuple(Countdown(1)))
a, b, c = Countdown(3)
print(a, b, c)
print([*Countdown(2), *Countdown(1)])

# Iterating a sequence through __getitem__ until IndexError.
class OldStyle:
    def __getitem__(self, i):
        if i > 3:
            raise IndexError
        return chr(ord("a") + i)
print(list(OldStyle()), "c" in OldStyle())
it = iter(OldStyle())
print(type(it).__name__, next(it), next(it), list(it))

class StopsWithStopIteration:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(StopsWithStopIteration()))

class KeyErrorIsNotEnd:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(KeyErrorIsNotEnd())
except KeyError as e:
    print("KeyError", e)

def check(label, fn):
    try:
        print(label, "->", fn())
    except TypeError as e:
        print(label, "-> TypeError:", e)

class NotIterable:
    pass
class IterReturnsInt:
    def __iter__(self):
        return 1
class IterReturnsNonIterator:
    def __iter__(self):
        return [1, 2]
class NextOnly:
    def __next__(self):
        return 1
class IterNone:
    __iter__ = None
    def __getitem__(self, i):
        return i

check("iter(NotIterable())", lambda: iter(NotIterable()))
check("list(NotIterable())", lambda: list(NotIterable()))
check("iter(IterReturnsInt())", lambda: iter(IterReturnsInt()))
check("iter(IterReturnsNonIterator())", lambda: iter(IterReturnsNonIterator()))
check("iter(NextOnly())", lambda: iter(NextOnly()))
check("iter(IterNone())", lambda: iter(IterNone()))
check("iter(5)", lambda: iter(5))
check("for over None", lambda: [x for x in None])
check("next([])", lambda: next([]))
check("a, b = 5", lambda: exec("a, b = 5"))
check("*5", lambda: [*5])

# Iterators return themselves; exhausted iterators stay exhausted.
lst_it = iter([1, 2])
print(iter(lst_it) is lst_it, list(lst_it), list(lst_it), next(lst_it, "default"))

# The two-argument form of iter() with a sentinel.
counter = [0]
def tick():
    counter[0] += 1
    return counter[0]
print(list(iter(tick, 4)))
check("iter(1, 2)", lambda: iter(1, 2))

# Generators are iterators too; a for loop over a class whose __iter__ is a generator.
class Tree:
    def __init__(self, value, *children):
        self.value, self.children = value, children
    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child
print(list(Tree(1, Tree(2, Tree(3)), Tree(4))))

# Modifying a list while iterating it is well defined (index based).
items = [1, 2, 3, 4]
for x in items:
    if x == 2:
        items.remove(x)
print(items)
