# if/elif/else: branch selection, truthiness of conditions, and nested/compound forms.

def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"
print([classify(n) for n in (-5, 0, 7, 42, 1000)])

# Conditions use truthiness.
for value in [0, 1, "", "x", [], [0], None, {}, {"k": 0}, 0.0, -0.0, float("nan"), range(0)]:
    if value:
        outcome = "truthy"
    else:
        outcome = "falsy"
    print(repr(value), outcome)

# Only the first matching branch runs, and conditions are evaluated lazily.
def cond(label, result):
    print("  checking", label)
    return result
if cond("a", False):
    pass
elif cond("b", True):
    print("  branch b")
elif cond("c", True):
    print("  never")
else:
    print("  never")

# Nested ifs and single-line forms.
x = 15
if x > 10:
    if x % 2:
        print("big odd")
    else:
        print("big even")
if x: print("single-line if")
if not x: print("never")
else: print("single-line else")

# An if with only pass, and deeply nested elif chains.
if True:
    pass
level = 3
if level == 1:
    name = "one"
elif level == 2:
    name = "two"
elif level == 3:
    if x > 100:
        name = "three-big"
    elif x > 10:
        name = "three-medium"
    else:
        name = "three-small"
else:
    name = "other"
print(name)

# Conditions that raise propagate.
class Bad:
    def __bool__(self):
        raise ValueError("cannot decide")
try:
    if Bad():
        pass
except ValueError as e:
    print("ValueError", e)

# Comparison chains and boolean operators in conditions.
a, b, c = 1, 2, 3
if a < b < c and not (a == c) or False:
    print("chain ok")
if (n := len("hello")) > 3:
    print("walrus in if:", n)

# Constant conditions are still compiled correctly.
if 0:
    print("never")
elif "":
    print("never")
elif ():
    print("never")
else:
    print("all constant conditions false")
if 1:
    print("constant true")

# Syntax errors.
for src in ["if x\n    pass", "if x:\npass", "elif x:\n    pass", "if x:\n    pass\nelse if y:\n    pass",
            "if x = 1:\n    pass", "if x:\n    pass\nelse:\n    pass\nelse:\n    pass"]:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), type(e).__name__ + ":", e.msg)
