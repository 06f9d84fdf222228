import re, sys
m = re.match(r"(a)(b)?", "ab")
for g in (1 << 1000, -(1 << 1000), 3, -1, True):
    try:
        print(repr(g)[:10], m.group(g))
    except (IndexError, OverflowError) as e:
        print(type(e).__name__, e)
for call in (lambda: re.compile("x").match(b"xxx", sys.maxsize + 1),
             lambda: re.compile("x").search(b"xxx", 0, -sys.maxsize - 2),
             lambda: re.compile("x").match(b"xxx", 1),
             lambda: re.compile(b"x").fullmatch("x", 1 << 70)):
    try:
        print(call())
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(re.compile("x").match("axx", -5, 1 << 40), re.compile("x").search("axx", 2))
