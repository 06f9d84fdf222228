# Sequence patterns: fixed length, star captures, nesting, and what counts as a sequence.

def shape(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [x, y]:
            return f"two: {x}, {y}"
        case [first, *middle, last] if len(middle) > 2:
            return f"long: {first}..{last} with {len(middle)} in the middle"
        case [first, *rest]:
            return f"first {first}, rest {rest}"

for v in [[], [1], (1, 2), [1, 2, 3], list(range(7)), range(3), "ab", b"ab", {1, 2}, {"k": 1}, 5]:
    print(repr(v), "->", shape(v))

# Strings, bytes and bytearrays are never sequences for match.
match "xy":
    case [a, b]:
        print("never")
    case str():
        print("str is not matched by sequence patterns")

# Nested patterns.
def nested(v):
    match v:
        case [(x, y), [z, *_]]:
            return f"pair ({x}, {y}) and list starting {z}"
        case [[[deep]]]:
            return f"deep {deep}"
        case [1, [2, [3, *inner]]]:
            return f"inner {inner}"
        case _:
            return "no match"
print(nested([(1, 2), [3, 4, 5]]), nested([[[7]]]), nested([1, [2, [3, 4, 5]]]), nested([1]))

# Star wildcard and tuple/list syntax equivalence.
for v in [(1, 2, 3), [1, 2], (1,)]:
    match v:
        case (1, *_, 3):
            print(v, "starts with 1, ends with 3")
        case 1, 2:
            print(v, "exactly 1, 2 (no brackets)")
        case [*_]:
            print(v, "any sequence")

# The star capture is always a list.
match (1, 2, 3):
    case (a, *b):
        print(a, b, type(b).__name__)

# Iterators and generators are not sequences.
def gen():
    yield 1
match gen():
    case [x]:
        print("never")
    case _:
        print("generator is not a sequence")

# Custom sequences registered via collections.abc would match; a plain class with __getitem__
# does not.
class FakeSeq:
    def __getitem__(self, i):
        return i
    def __len__(self):
        return 2
match FakeSeq():
    case [a, b]:
        print("never")
    case _:
        print("a class with __getitem__ and __len__ is not a Sequence")

# Subclasses of list and tuple match.
class MyList(list):
    pass
match MyList([1, 2]):
    case [1, second]:
        print("list subclass matched, second =", second)

# Sequence patterns with literals and value patterns mixed.
def command(cmd):
    match cmd.split():
        case ["go", direction]:
            return f"going {direction}"
        case ["take", *items] if items:
            return f"taking {', '.join(items)}"
        case ["quit" | "exit"]:
            return "bye"
        case ["look"]:
            return "looking around"
        case _:
            return f"unknown command {cmd!r}"
for c in ["go north", "take lamp key", "take", "quit", "exit", "look", "dance wildly", ""]:
    print(command(c))
