# Or-patterns, as-patterns, guards, capture rules, and the order cases are tried in.

def classify(v):
    match v:
        case 0 | 1 | 2 as small:
            return f"small {small}"
        case [x, y] | (x, y, _):
            return f"pair-ish x={x} y={y}"
        case {"id": (int() | str()) as ident}:
            return f"record {ident!r}"
        case str() as s if len(s) > 3:
            return f"long string {s}"
        case str(s):
            return f"short string {s}"
        case int(n) if n % 2 == 0:
            return f"even {n}"
        case int(n):
            return f"odd {n}"
        case _:
            return "other"

for v in [0, 2, [1, 2], (1, 2, 3), {"id": 7}, {"id": "x7"}, {"id": 1.5}, "hello", "hi", 10, 11, 1.5]:
    print(repr(v), "->", classify(v))

# Guards are evaluated only when the pattern matches, and after binding.
def noisy_guard(label, result):
    print(f"  guard {label}")
    return result
match [1, 2]:
    case [a, b] if noisy_guard("first", a > b):
        print("never")
    case [a] if noisy_guard("never evaluated", True):
        print("never")
    case [a, b] if noisy_guard("second", True):
        print("second case with", a, b)

# Names bound by a failed case may remain bound (implementation detail aside, the
# successful case's bindings are what matter).
match (1, 2):
    case (x, 3):
        pass
    case (x, y):
        print("x, y =", x, y)

# Or-patterns try alternatives left to right.
match [3, 4]:
    case [1, _] | [_, 4] | [3, _]:
        print("matched an alternative")

# As-patterns bind the whole subject or a sub-pattern.
match {"point": [1, 2]}:
    case {"point": [_, _] as pt} as whole:
        print(pt, whole)

# Nested or-patterns with captures in every alternative.
match ("move", 5):
    case ("move" | "go", n) | (n, "steps"):
        print("steps:", n)

# A guard that raises propagates.
try:
    match 1:
        case x if 1 / 0:
            pass
except ZeroDivisionError as e:
    print("guard raised", e)

# Walrus inside a guard binds normally.
match 10:
    case n if (half := n // 2) > 3:
        print("half is", half)

# Compile-time errors for patterns.
for src in [
    "match x:\n    case a:\n        pass\n    case 1:\n        pass",
    "match x:\n    case _:\n        pass\n    case 1:\n        pass",
    "match x:\n    case a | b:\n        pass",
    "match x:\n    case [a, a]:\n        pass",
    "match x:\n    case 1 | a:\n        pass",
    "match x:\n    case (1 | a) as b:\n        pass",
    "match x:\n    case [a, b] | [a]:\n        pass",
    "match x:\n    case _ as a:\n        pass",
    "match x:\n    case 1 as _:\n        pass",
    "match x:\n    case f(x):\n        pass",
    "match x:\n    case 1 + 1:\n        pass",
    "match x:\n    case -a:\n        pass",
    "match x:\n    case a.b():\n        pass",
    "match x:\n    case [*a, *b]:\n        pass",
    "match x:\n    case {'k': _, **_}:\n        pass",
]:
    try:
        compile(src, "<s>", "exec")
        print("compiles:", src.splitlines()[1].strip())
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
