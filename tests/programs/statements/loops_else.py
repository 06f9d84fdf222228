# for/while with else: else runs when the loop ends without break.

def find(items, target):
    for i, item in enumerate(items):
        if item == target:
            print("  found at", i)
            break
    else:
        print("  not found")
        return None
    return i

print(find([1, 2, 3], 2), find([1, 2, 3], 9), find([], 1))

n = 0
while n < 3:
    n += 1
else:
    print("while else ran, n =", n)

n = 0
while True:
    n += 1
    if n == 2:
        break
else:
    print("never")
print("broke out at", n)

while False:
    print("never")
else:
    print("while else runs when the condition is false at the start")

# continue does not prevent else.
for i in range(3):
    if i == 1:
        continue
else:
    print("for else after continue, i =", i)

# Nested loops: break only exits the innermost loop; else belongs to its own loop.
for i in range(3):
    for j in range(3):
        if j == i:
            break
    else:
        print("inner else never runs")
    print("outer iteration", i, "inner stopped at", j)
else:
    print("outer else runs")

# Breaking out of nested loops using a flag and using for-else.
grid = [[1, 2], [3, 4], [5, 6]]
for row in grid:
    for value in row:
        if value == 4:
            break
    else:
        continue
    break
print("stopped at row", row, "value", value)

# return inside loop skips else.
def early():
    for i in range(5):
        if i == 2:
            return f"returned at {i}"
    else:
        return "else"
print(early())

# Exceptions skip else.
try:
    for i in range(3):
        if i == 1:
            raise ValueError("stop")
    else:
        print("never")
except ValueError as e:
    print("exception skipped the else:", e)

# The loop variable keeps its last value after the loop.
for last in "abc":
    pass
print(last)
for unbound_after_empty in []:
    pass
print("unbound_after_empty" in dir())

# Modifying the loop variable does not affect iteration.
for k in range(3):
    print("k =", k, end="; ")
    k = 100
print()

# Iterating while modifying a dict is an error; a list just shifts.
d = {1: 1, 2: 2}
try:
    for key in d:
        d[key + 10] = 0
except RuntimeError as e:
    print("RuntimeError", e)
s = {1, 2}
try:
    for v in s:
        s.add(v + 10)
except RuntimeError as e:
    print("RuntimeError", e)
items = [1, 2, 3]
for x in items:
    if x < 10:
        items.append(x * 10)
print(items)

# while with complex conditions and walrus.
data = [5, 3, 0, 8]
it = iter(data)
while (v := next(it, None)) is not None and v:
    print("value", v)
print("stopped on", v)

# break and continue outside loops are syntax errors.
for src in ["break", "continue", "if 1:\n    break", "def f():\n    for x in y:\n        def g():\n            break",
            "for x in y:\n    class C:\n        continue", "while 1:\n    try:\n        pass\n    finally:\n        break"]:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), "SyntaxError:", e.msg)
