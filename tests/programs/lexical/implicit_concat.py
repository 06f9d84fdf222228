# Adjacent string literals are joined at compile time, across lines inside brackets.

s = "abc" 'def' """ghi""" '''jkl'''
print(s)

t = ("line one "
     "line two "
     # a comment between the parts
     "line three")
print(t)

u = "a" \
    "b" \
    "c"
print(u)

name = "world"
v = "hello " f"{name}" "!" f' ({len(name)})'
print(v)

w = b"by" b'tes' B"!"
print(w)

x = r"\n" "\n" r"\t"
print(repr(x))

y = ("" "" "")
print(repr(y))

z = "{0}" "{1}".format("A", "B")
print(z)

mixed = "%s" " and " "%d" % ("text", 42)
print(mixed)

print("con" "cat" == "concat", len("a" "b"), "a" "b" * 2)

d = {"key" "one": 1, "key" "two": 2}
print(d)

def docstring():
    "implicitly " "joined " "docstring"
print(docstring.__doc__)

def check(src):
    try:
        value = eval(src)
    except SyntaxError as e:
        print(repr(src), "->", type(e).__name__, e.msg)
    else:
        print(repr(src), "->", repr(value))

for src in [
    '"a" b"b"',
    'b"a" "b"',
    'b"a" f"b"',
    'f"a" b"b"',
    '"a" "b" b"c"',
    'u"a" "b"',
    '"a" u"b" r"\\c"',
    'f"{1}" "{2}"',
    '"{1}" f"{2}"',
]:
    check(src)
