# Comparisons: chaining with single evaluation, identity, membership, mixed types.

def v(x):
    print("  eval", x)
    return x

print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))          # short-circuits after the first False
print(v(1) < v(2) > v(0) != v(5))
print(1 < 2 == 2 > 1 >= 1 <= 1 != 0)
print((1 < 2) == True, 1 < (2 == True), 1 < 2 == True)

x = 5
print(0 < x < 10, 0 < x > 10, x == 5 == 5.0, x is x is x)
print(1 == 1.0, "a" < "b" < "c", [1] < [1, 0] < [2])

# Identity: is / is not.
a = [1]
b = a
c = [1]
print(a is b, a is c, a == c, a is not c, None is None, type(None) is type(None))
print(True is True, (1 == 1) is True, () == (), "" == "", float("nan") is float("nan"))

# Membership: in / not in across container kinds.
print(2 in [1, 2], 2 not in (1, 3), "ell" in "hello", "x" not in "hello", 3 in {3: "k"})
print("k" in {"k": 1}.keys(), 1 in {"k": 1}.values(), ("k", 1) in {"k": 1}.items())
print(5 in range(10), 5.0 in range(10), 5.5 in range(10), "5" in range(10), 10 ** 20 in range(10 ** 21))
print(b"b" in b"abc", 98 in b"abc", [] in [[]], None in [None], {1} in [{1}])

# Comparison of sequences is lexicographic.
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, "a") < (1, "b"), "abc" < "abd", "Z" < "a", "" < "a")
print([1, 2] == (1, 2), [] == (), "1" == 1, {1, 2} == frozenset({1, 2}), {1: 2} == {1: 2.0})
print(sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]))

# Sets compare by subset relations.
print({1} < {1, 2}, {1, 2} < {1, 2}, {1, 2} <= {1, 2}, {1, 3} > {1}, {1} < {2}, {1} > {2})

# Numbers of different types compare by value.
print(1 == True, 0 == False, 2 > True, 1.0 == 1 == 1 + 0j, 0.5 < 1 < 1.5, -0.0 == 0)
print(2 ** 64 > 2.0 ** 63, 2 ** 1000 > 1e300, 10 ** 400 > float("inf"), -(10 ** 400) < float("-inf"))
print(float("nan") < 1, float("nan") > 1, float("nan") != float("nan"), float("inf") == float("inf"))

# Ordering errors between unrelated types.
for expr in ["1 < 'a'", "'a' < 1", "[1] < (1,)", "None < None", "{} < {}", "1j < 1j",
             "[1, 'a'] < [1, 2]", "(1, None) < (1, 2)", "object() < object()"]:
    try:
        print(expr, eval(expr))
    except TypeError as e:
        print(expr, "->", e)

# Equality never raises for unrelated types; elements are compared with identity first.
nan = float("nan")
print(1 == "1", [] == {}, None == 0, [nan] == [nan], [float("nan")] == [float("nan")])

# Chained comparisons with function calls evaluate the middle once.
calls = []
def mid():
    calls.append(1)
    return 5
print(1 < mid() < 10, len(calls))

# Comparison results are used in arithmetic.
print(sum(x > 2 for x in range(6)), (3 > 2) + (2 > 1), [x == 1 for x in range(3)])
