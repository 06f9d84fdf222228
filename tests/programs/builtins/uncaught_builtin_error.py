# an uncaught TypeError from a builtin ends the program with status 1
import sys

print("start")
values = [3, 1, 2]
print(sorted(values), max(values), sum(values))
results = []
for v in values:
    results.append(divmod(17, v))
print(results)


def safe_int(s, default=None):
    try:
        return int(s)
    except ValueError as e:
        print("  bad:", e)
        return default


print([safe_int(s, 0) for s in ["1", "x", "-3", "4.5", " 7 "]])
print(len("abc"), abs(-3), round(2.5), pow(2, 8))
sys.stdout.flush()


def stage(n):
    if n == 0:
        return len(5)
    return stage(n - 1) + 1


try:
    stage(3)
except TypeError as e:
    print("caught once:", e)

print("about to fail")
total = 0
for item in [1, 2, "three", 4]:
    print("adding", repr(item))
    total = total + item
print("never printed", total)
# padding lines so this program is a reasonable size
# (the interesting part is the exit status 1 and the final stderr line)
#
#
#
#
#
#
