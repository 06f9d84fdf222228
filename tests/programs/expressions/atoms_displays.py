# Atoms and displays: literals, parenthesised forms, list/tuple/set/dict displays with unpacking.

print((), (1,), (1, 2), ((1)), (((1,),),), type((1)).__name__, type((1,)).__name__)
print([], [1], [1, 2,], [[]], [[], [[]]])
print({1}, {1, 2, 2, 1}, type({}).__name__, set(), {()}, {(1, 2)})
print({}, {"a": 1}, {"a": 1, "a": 2}, {1: "int", 1.0: "float", True: "bool"})

a, b = [1, 2], (3, 4)
print([*a, *b], (*a, *b), {*a, *b}, [*a], [*"xy", *range(2)], (*a,))
d1, d2 = {"x": 1, "y": 2}, {"y": 20, "z": 30}
print({**d1, **d2}, {**d2, **d1}, {"x": 0, **d1, "y": -1}, {**{}}, dict(**d1))
print([*[], *()], {**{}, **{}}, [*{"k": 1}], [*{3, 1, 2}] if False else sorted({*{3, 1, 2}}))

# Evaluation order of dict displays: keys then values, left to right; later keys win.
def log(x):
    print("  eval", x)
    return x
print({log("k1"): log("v1"), log("k2"): log("v2")})
print({log("dup"): log(1), log("dup"): log(2)})
print([log(1), *[log(2), log(3)], log(4)])

# Equal keys keep the first key object and the last value.
d = {1: "a", 1.0: "b", True: "c"}
print(d, type(list(d)[0]).__name__)

# Unhashable items in displays.
for src in ["{[1]}", "{[1]: 2}", "{{}: 1}", "{1, [2]}", "{**{[]: 1}}" if False else "{*[[1]]}"]:
    try:
        eval(src)
    except TypeError as e:
        print(src, "TypeError:", e)

# Unpacking errors.
for src in ["[*1]", "{**1}", "{**[1]}", "(*None,)", "{*5}", "{**{'a': 1}, **None}"]:
    try:
        eval(src)
    except TypeError as e:
        print(src, "TypeError:", e)

# Ellipsis, None, True, False as atoms.
print(..., Ellipsis, None, True, False, ... is Ellipsis, type(...).__name__)

# Parenthesised expressions spanning lines and generator expression atoms.
total = (1
         + 2
         + 3)
print(total, (x for x in []).__class__.__name__, list((x for x in "ab")))

# Strings, bytes and numbers are atoms; identity of small literals is not guaranteed but
# equality is.
print("ab" == "a" "b", b"ab" == b"a" b"b", 1_000 == 1000, 0x10 == 16 == 0o20 == 0b10000)

# Big displays.
big = [i for i in range(1000)]
print(len(big), sum(big), len({i % 7 for i in big}), len({i: i for i in big}))
nested = [[[i, j] for j in range(2)] for i in range(2)]
print(nested)

# Starred expression errors at compile time.
for src in ["*a", "[*a for a in b]", "print(**a for a in b)", "{**a for a in b}", "(*a) = 1"]:
    try:
        compile(src, "<s>", "exec")
        print(src, "compiles")
    except SyntaxError as e:
        print(src, "SyntaxError:", e.msg)
