# Assignment expressions (:=): where they are allowed, what they bind, and their errors.

if (n := len("hello")) > 3:
    print("long", n)

data = [1, 2, 3, 4, 5]
print([y for x in data if (y := x * x) > 4], y)

chunks = iter(["a", "b", "", "c"])
out = []
while (chunk := next(chunks)) != "":
    out.append(chunk)
print(out, chunk)

print((a := 10), a, (b := a + 1) * 2, b)

def f(x):
    return (r := x * 2) + r
print(f(5))

# Walrus in function arguments, calls, and comprehension filters.
print(max(v := 3, 7), v)
values = [3, 8, 1]
print(any((big := x) > 5 for x in values), big)
print(all((small := x) > 0 for x in values), small)

# Precedence: := binds looser than everything except commas.
print((x := 1 + 2), x)
print((x := 1, 2), x)           # assigns 1, builds a tuple
t = (z := 5), 6
print(t, z)

# Walrus inside a lambda binds in the lambda's scope.
g = lambda: (inner := 42) + 1
print(g(), "inner" in dir())

# Walrus in a comprehension inside a function binds in the function.
def counting():
    total = 0
    partial = [total := total + n for n in range(5)]
    return partial, total
print(counting())

# Nested comprehension: binds in the outermost function scope.
def nested():
    [[(last := i * j) for j in range(3)] for i in range(3)]
    return last
print(nested())

# In conditional expressions and boolean operators.
print((p := 0) or (q := "fallback"), p, q)
print(s if (s := "set") else "unset")

def check(src):
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "compiles")
    except SyntaxError as e:
        print(repr(src), "SyntaxError:", e.msg)

check("x := 1")
check("(x := 1)")
check("x = y := 1")
check("x = (y := 1)")
check("(a.b := 1)")
check("(a[0] := 1)")
check("((a, b) := (1, 2))")
check("(True := 1)")
check("f(x := 1)")
check("f(a=x := 1)")
check("f(a=(x := 1))")
check("[i := 0 for i in range(3)]")
check("[x for x in (y := [1])]")
check("def f(a=(b := 1)): pass")
check("lambda: x := 1")
check("lambda: (x := 1)")
check("class C:\n    [(y := 1) for _ in range(3)]\n")
check("x[y := 1]")
check("x[(y := 1)]")
check("{y := 1}")
check("{(y := 1): 2}")
check("print(f'{x:=5}')")
