# Operator precedence, from lambda (lowest) to await/power/primary (highest), checked by example.

print(1 + 2 * 3, (1 + 2) * 3, 2 * 3 ** 2, -2 ** 2, 2 ** -1, 10 - 4 - 3, 10 - (4 - 3))
print(100 / 10 / 5, 100 / (10 / 5), 2 ** 3 ** 2, 7 // 2 * 2, 7 % 4 * 3, -7 // 2, -(7 // 2))
print(1 + 2 << 3, 1 + (2 << 3), 1 << 2 + 3, 16 >> 1 + 1, 6 & 3 + 1, 6 | 1 & 2, 6 ^ 3 | 8)
print(1 | 2 == 3, (1 | 2) == 3, 1 & 0 == 0, (1 & 0) == 0)
print(not 1 + 1, not 0 * 5, not 1 == 2, not 1 in [2], not 1 is None)
print(1 < 2 and 3 > 4 or 5 == 5, 1 < 2 and (3 > 4 or 5 == 5))
print(True or False and False, (True or False) and False, not True or True, not (True or True))
print(0 or 1 if 0 else 2, (0 or 1) if 0 else 2, 0 or (1 if 0 else 2))
print(1 if 0 else 2 if 0 else 3, (1 if 0 else 2) if 0 else 3)
f = lambda x: x + 1 if x else 0
print(f(1), f(0))
print(-3 * -3, - - 3, -~3, ~-3, +-+3, -3 ** 2 * -1)
print(2 * -1, 2 ** -1 * 4, 2 * 3 % 4, 2 * (3 % 4), 3 % 4 * 2, 3 % (4 * 2))
print(1 + 2 - 3 + 4, 1 - 2 + 3, 2 * 6 / 3 * 2, 2 * 6 / (3 * 2), 8 // 3 % 2, 8 // (3 % 2))
print(-5 % 3, (-5) % 3, -(5 % 3), 5 % -3, -5 // 3 * 3 + -5 % 3)
print(1 + 2j * 3, (1 + 2j) * 3, 2 ** 2j, abs(-3) ** 2)
print([1, 2] * 2 + [3], ([1, 2] + [3]) * 2, "ab" * 2 + "c", "a" + "b" * 2)
print(3 in [1, 2] + [3], [3] in [[3]], 2 not in [1] * 3, not 2 in [1])

x = [1, 2, 3]
print(x[1] ** 2, -x[0], x[1:][0] * 10, x[-1] if x else None, len(x) - 1)

class Obj:
    attr = [10, 20]
    def meth(self):
        return self.attr
o = Obj()
print(o.attr[1] + 1, o.meth()[0] * 2, -o.attr[0] ** 2)

# Comparisons all have the same precedence and chain.
print(1 < 2 < 3, 1 < 2 > 1, 1 == 1 in [1], (1 == 1) in [1], 1 is not None is not False)

# await/yield bind at the level of their expression context; yield needs parentheses inside.
def g():
    x = yield 1 + 1
    y = (yield) or 5
    return x, y
it = g()
print(next(it), it.send("sent"))
try:
    it.send(0)
except StopIteration as e:
    print(e.value)

# The walrus operator has the lowest precedence of all, below lambda's body conditional.
print((w := 1 + 2 * 3), w, [y := 5, y ** 2])

# Star-expressions in unpacking and calls have lowest priority inside their item.
print(*[1, 2] * 2, sep=",")
print([*range(2), *"ab"], {**{"a": 1}, "b": 2})

# String formatting operator % has multiplicative precedence.
print("%d" % 3 * 2, "%d" % (3 * 2), "%s-%s" % (1, 2) + "!", "%.1f" % 2 ** 0.5)
