# Conditional expressions and lambdas: laziness, nesting, closures, defaults, introspection.

def t(label, value):
    print("  eval", label)
    return value

print(t("then", "yes") if t("cond", True) else t("else", "no"))
print(t("then", "yes") if t("cond", 0) else t("else", "no"))

# Right-associative nesting.
def grade(score):
    return "A" if score >= 90 else "B" if score >= 80 else "C" if score >= 70 else "F"
print([grade(s) for s in (95, 85, 75, 10)])
print((1 if False else 2) + 10, 1 if False else 2 + 10)

# Lambdas: expressions only, with all parameter kinds.
sq = lambda x: x * x
add = lambda a, b=10, *rest, k=0, **kw: (a + b + sum(rest) + k, kw)
print(sq(7), add(1), add(1, 2, 3, 4, k=5, z=6), (lambda: "no args")(), (lambda *a: a)(1, 2))
print(sq.__name__, sq.__qualname__, add.__defaults__, add.__kwdefaults__, sq.__code__.co_argcount)

# Immediately invoked, nested and curried lambdas.
print((lambda x: lambda y: x + y)(3)(4), (lambda f: f(f(2)))(lambda v: v * 10))
compose = lambda f, g: lambda x: f(g(x))
print(compose(str.upper, str.strip)("  hi  "))

# Lambdas capture variables by reference.
fns = [lambda: i for i in range(3)]
bound = [lambda i=i: i for i in range(3)]
print([f() for f in fns], [f() for f in bound])

# Lambdas as sort keys and in data structures.
people = [("ann", 31), ("bob", 25), ("cy", 31)]
print(sorted(people, key=lambda p: (-p[1], p[0])))
dispatch = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}
print([dispatch[op](6, 3) for op in "+-*"])

# A recursive lambda through a name binding.
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))

# A lambda's body is a single expression; conditional expressions, comprehensions and
# walrus work inside.
classify = lambda n: "neg" if n < 0 else ("zero" if n == 0 else "pos")
print(list(map(classify, [-2, 0, 5])))
evens = lambda xs: [x for x in xs if x % 2 == 0]
print(evens(range(7)))
counter = lambda: (c := 1) + c
print(counter())

# Conditional expression in various positions.
x = 5
print([x if x > 3 else 0 for x in range(6)], {"k": "v" if x else "w"}, f"{'big' if x > 3 else 'small'}")
print(x if x else None, (x, x + 1) if x else (), -x if x > 0 else x)

# Syntax errors.
for src in ["lambda: (yield)", "lambda x: return x", "a if b", "lambda: x = 1", "1 if 2 else",
            "lambda: *a", "x = lambda (a, b): 0"]:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), "SyntaxError:", e.msg)

# A lambda with yield is a generator function.
gen = lambda: (yield 1)
g = gen()
print(type(g).__name__, next(g))
