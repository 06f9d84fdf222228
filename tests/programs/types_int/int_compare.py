# int comparisons with ints, floats (exact, no rounding), bools, and mixed-type errors

print(1 < 2, 2 <= 2, 3 > 4, 4 >= 4, 5 == 5, 5 != 5, -1 < 0 < 1, 1 < 3 > 2, 1 < 3 < 2)
print(2**64 > 2**63, -(2**64) < -(2**63), 10**100 == 10**100, 10**100 != 10**100 + 1)
print(2**53 == 2.0**53, 2**53 + 1 == 2.0**53, 2**53 + 1 > 2.0**53, 2**53 + 1 < 2.0**53 + 2)
print(2**64 == 18446744073709551616.0, 2**64 - 1 == 18446744073709551616.0, 2**64 - 1 < 2.0**64)
print(10**400 > 1e308, 10**400 < float("inf"), -(10**400) > float("-inf"), 10**400 == float("inf"))
print(1 == 1.0, 1 == 1.0000000000000002, 0 == -0.0, 0 < 5e-324, 0 > -5e-324, -1 < -0.9999999999999999)
nan = float("nan")
print(1 < nan, 1 > nan, 1 == nan, 1 != nan, 10**400 < nan, nan == nan)
print(True == 1, False == 0, True < 2, True > False, True == 1.0, 2 > True)
print(1 == 1 + 0j, 1 != 1j, 0 == 0j, 2**53 + 1 == complex(2**53 + 1, 0))
print(max(2**53 + 1, 2.0**53), min(2**53 + 1, 2.0**53 + 2), sorted([3, 2.5, True, 2**70, -1.5]))
big = 123456789123456789123456789
print(big == float(big), big < float(big), big > float(big), float(big) == float(big + 1))
print(9007199254740993 == 9007199254740992.0, 9007199254740993 > 9007199254740992.0)
print(-(2**1023) * 2 > float("-inf"), 2**1024 > 1.7976931348623157e308, 2**1023 < 1.7976931348623157e308)
x = 5
print(1 < x <= 5, 0 < x < 5, x == 5 == 5.0, x is not None)

for a, b in [(1, "1"), ("1", 1), (1, None), (1, [1]), (1, 1j), (1, (1,))]:
    print(repr(a), repr(b), a == b, a != b)
    for sym, op in [("<", lambda p, q: p < q), (">=", lambda p, q: p >= q)]:
        try:
            op(a, b)
        except TypeError as e:
            print(type(e).__name__, e)


class Num:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("  Num.__eq__ called")
        return self.v == other

    def __lt__(self, other):
        return self.v < other

    def __gt__(self, other):
        return self.v > other


print(5 == Num(5), 5 < Num(6), 5 > Num(4), Num(3) < 4)
print((5).__lt__(Num(6)), (5).__eq__(Num(5)), (5).__ne__(5.0), (5).__ge__(4.9))
print([n for n in range(-3, 4) if -1 <= n < 2], sorted([10**20, -(10**20), 0, 1e20, -1e19]))
print(0 == False == 0.0 == -0.0 == 0j, 1 in [1.0], 1.0 in {1}, 2**64 in {2.0**64})
print(len({1, 1.0, True}), len({0, 0.0, False, 0j}), {1: "a", 1.0: "b"}[True])
