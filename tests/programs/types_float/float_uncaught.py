# a float computation overflows and the OverflowError goes uncaught (exit status 1)


def mean(xs):
    return sum(xs) / len(xs)


def variance(xs):
    m = mean(xs)
    return sum((x - m) ** 2 for x in xs) / len(xs)


data = [2.5, 3.5, 1.0, 4.0, 9.5]
print(mean(data), variance(data))
print(round(variance(data) ** 0.5, 6))

try:
    mean([])
except ZeroDivisionError as e:
    print("empty:", type(e).__name__, e)

values = [1.0]
for i in range(8):
    values.append(values[-1] * 1e30)
print(values[-1], values[-1] * 1e100)


def compound(rate, years):
    amount = 1.0
    for _ in range(years):
        amount *= 1 + rate
    return amount


print(round(compound(0.05, 10), 6), compound(1.0, 64))


def power_tower(base, n):
    value = base
    for step in range(n):
        print("step", step, value)
        value = base**value
    return value


print(power_tower(1.5, 3))
print(power_tower(2.0, 6))
print("unreachable")
#
#
#
#
#
