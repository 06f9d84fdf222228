# int / int: correctly rounded true division, including operands beyond 2**53 and 2**1024

print(1 / 2, 2 / 1, -7 / 2, 7 / -2, 0 / 5, -0 / 5, 1 / 3, 2 / 3, 10 / 4)
print(type(4 / 2).__name__, 4 / 2, 10**15 / 10**15, 1 / 10**20, 10**20 / 3)
print(2**53 / 1, (2**53 + 1) / 1, (2**53 + 3) / 1, (2**54 + 2) / 2)
print((2**64 + 1) / 2**64, (10**30 + 1) / 10**30, 10**30 / (10**30 + 1))
print(10**400 / 10**399, -(10**400) / 10**399, 10**400 / -(10**398), 1 / 10**400)
print(2**1100 / 2**1000, (2**1024 - 1) / 2, 3**700 / 3**699, 7**500 // 7**499)
print((2**1024 - 2**971) / 1, 2**1023 / 1, -(2**1023) / 1)
try:
    print((2**1024 - 2**970) / 1)
except OverflowError as e:
    print(type(e).__name__, e)
print(123456789012345678901234567890 / 987654321098765432109876543210)
print(1 / (2**1074), 1 / (2**1075), 2 / 2**1075, 3 / 2**1076, 1 / 2**2000)
print((2**200 + 1) / 2**150, (10**50 + 5) / 10, 5 / 10**50)
print(17 / 7 == 17.0 / 7.0, 10**17 / 10 == 1e16, (10**17 + 1) / 10)

for a, b in [(2**1024, 1), (10**400, 3), (-(2**1025), 1), (2**1024, 1.0)]:
    try:
        print(a / b)
    except OverflowError as e:
        print(type(e).__name__, e)
try:
    float(2**1024)
except OverflowError as e:
    print(type(e).__name__, e)
print(float(2**1024 - 2**971), float(2**1024 - 2**970 - 1))
try:
    print(float(2**1024 - 2**970 + 1))
except OverflowError as e:
    print(type(e).__name__, e)

for a, b in [(1, 0), (0, 0), (10**100, 0), (1, False), (1.0, 0), (0.0, 0.0)]:
    try:
        print(a / b)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)

x = 10
x /= 4
print(x, type(x).__name__)
print(True / 2, False / True, 3 / True)
print(1 / 2.0, 1.0 / 2, 1 / (1 + 1j), (1 + 1j) / 2, 2**60 / 1.5)
print((6).__truediv__(4), (6).__rtruediv__(4), (6).__truediv__(1.5), (6).__truediv__("x"))
for a, b in [(1, "2"), ("1", 2), (1, [2]), (None, 1)]:
    try:
        a / b
    except TypeError as e:
        print(type(e).__name__, e)
results = [n / 7 for n in range(-3, 4)]
print(results)
print(sum(1 / d for d in range(1, 20)))
print(2**1023 * 2 // 3 / 2**1022)
