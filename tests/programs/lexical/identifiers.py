# Identifiers: Unicode letters, NFKC normalisation, underscores, and invalid characters.

_ = "underscore"
__ = "double"
_private = 1
__dunder__ = 2
ñame = "n with tilde"
変数 = "kanji"
Ωmega = "greek"
x1_y2 = "digits"
print(_, __, _private, __dunder__, ñame, 変数, Ωmega, x1_y2)

# NFKC normalisation: these spellings name the same variable.
ﬁle = "ligature fi"
print(file)
ℌ = "script H"
print(H)
𝐱 = "math bold x"
print(x)
print(sorted(k for k in globals() if k in ("file", "H", "x")))

class Ünicode:
    def mëthod(self):
        return "method with diaeresis"

print(Ünicode().mëthod(), Ünicode.__name__)

print("abc".isidentifier(), "_a1".isidentifier(), "1a".isidentifier(),
      "ñ".isidentifier(), "a-b".isidentifier(), "".isidentifier(),
      "ℌ".isidentifier(), "·a".isidentifier(), "a·".isidentifier())

def check(src):
    try:
        ns = {}
        exec(compile(src, "<src>", "exec"), ns)
    except SyntaxError as e:
        print(ascii(src), "->", type(e).__name__, e.msg)
    else:
        print(ascii(src), "->", sorted(k for k in ns if k != "__builtins__"))

for src in [
    "a€ = 1",
    "$x = 1",
    "x = 1 ? 2",
    "x = 1 ! 2",
    "x\u200b = 1",
    "x = `1`",
    "\u00b5 = 1",
    "\u212b = 1",
    "a\u0300 = 1",
    "\u0300a = 1",
    "x\u00a0= 1",
    "\u2160 = 1",
    "\U0001F600 = 1",
    "a\U0001F600 = 1",
    "x = 1\u037e",
    "\u30fb = 1",
]:
    check(src)
