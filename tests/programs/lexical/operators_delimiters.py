# Operator and delimiter tokens, including the longest-match rule and spacing corners.

a, b = 17, 5
print(a+b, a-b, a*b, a/b, a//b, a%b, a**b, a<<b, a>>b, a&b, a|b, a^b, ~a)
print(a<b, a>b, a<=b, a>=b, a==b, a!=b)
print(a--b, a+-b, a-+b, a+-+-b, - -a, +-~a, ~~a, not-a)
print(a**-1, 2**-2**-1, -2**2, (-2)**2)

x = 3
x += 1; print(x, end=" ")
x -= 1; print(x, end=" ")
x *= 3; print(x, end=" ")
x /= 2; print(x, end=" ")
x //= 2; print(x, end=" ")
x %= 3; print(x, end=" ")
x = int(x); x **= 5; print(x, end=" ")
x <<= 3; print(x, end=" ")
x >>= 1; print(x, end=" ")
x &= 0xF; print(x, end=" ")
x |= 0x30; print(x, end=" ")
x ^= 0xFF; print(x)

class M:
    def __matmul__(self, other): return "matmul"
    def __rmatmul__(self, other): return "rmatmul"
    def __imatmul__(self, other): return "imatmul"
m = M()
print(m @ 1, 1 @ m, end=" ")
m @= 2
print(m)

def annotated(p: int = 1) -> str:
    return str(p)
print(annotated.__annotations__, annotated())

print(... is Ellipsis, [1, 2, 3][...] if False else "...", type(...).__name__)
print((y := 10), y)
print([1, 2, 3][::2], [1, 2, 3][1:], {1: 2}[1], (1,), ())
print(1if True else 2, [1for _ in range(2)] if False else "skip")

# Tokens split at the longest valid operator.
print(eval("1<<2"), eval("2**2**3"), eval("8//3"), eval("1<=2==True"))
print(eval("5--3"), eval("5---3"), eval("1 +  + 1"))

def check(src):
    try:
        value = eval(src)
    except SyntaxError as e:
        print(repr(src), "->", type(e).__name__, e.msg)
    except Exception as e:
        print(repr(src), "->", type(e).__name__, e)
    else:
        print(repr(src), "->", repr(value))

for src in [
    "1 <> 2",
    "1 === 1",
    "1 =! 2",
    "1 !== 2",
    "1 ** * 2",
    "1 // / 2",
    "a <<< 1",
    "1 ->2",
    "1 :=2",
    "(x := 1, x)",
    "1 . real",
    "1 ..real",
    "1. .real",
    "[1, 2][True]",
    "(1)(2)",
    "1 2",
    "'a' 1",
    "@",
    "1 ~ 2",
    "~ 1",
    "~True",
    "not 1 == 2",
    "--1",
    "- - - 1",
]:
    check(src)
