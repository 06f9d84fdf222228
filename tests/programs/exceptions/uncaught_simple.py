# an uncaught ZeroDivisionError: exit status 1, traceback on stderr, output before it kept


def average(values):
    return sum(values) / len(values)


groups = {"a": [1, 2, 3], "b": [10], "c": []}
for name in ["a", "b"]:
    print(name, average(groups[name]))
results = {}
for name, values in groups.items():
    try:
        results[name] = average(values)
    except ZeroDivisionError as e:
        results[name] = "error: %s" % e
print(results)


def safe_ratio(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float("inf") if a else float("nan")


print([safe_ratio(a, b) for a, b in [(1, 2), (1, 0), (0, 0), (-3, 4)]])
for divisor in [3, -3, 0.5]:
    print(divisor, 7 // divisor, 7 % divisor, divmod(7, divisor))
print("about to compute the empty average without protection")
print(average(groups["c"]))
print("never printed")
#
#
#
#
#
#
#
#
