# str.splitlines: every line boundary character, keepends, and what is NOT a boundary

boundaries = ["\n", "\r", "\r\n", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"]
for b in boundaries:
    s = "a" + b + "b" + b
    print(repr(b), s.splitlines(), s.splitlines(True), s.splitlines(keepends=True))
print("a\n\rb".splitlines(), "a\r\n\nb".splitlines(True), "a\r\r\nb".splitlines(True))
print("".splitlines(), "\n".splitlines(), "\n".splitlines(True), "\n\n".splitlines(), "x".splitlines(True))
print("no newline at end\nsecond".splitlines(), "trailing\n".splitlines(), "trailing\n\n".splitlines())
print("a\tb\u00a0c\x1fd".splitlines(), "a\u2027b\u202ac".splitlines(), "a\x00b".splitlines())
print("one\ntwo\r\nthree\rfour".splitlines(keepends=False), "one\ntwo\r\nthree\rfour".splitlines(1))
print("x\ny".splitlines(0), "x\ny".splitlines(keepends=0), "x\ny".splitlines(keepends=2))
text = "first line\r\nsecond line\n\nfourth\x0cfifth\u2028sixth"
for i, line in enumerate(text.splitlines()):
    print(i, repr(line))
print(len(text.splitlines()), len(text.split("\n")), text.count("\n"))
print("".join(text.splitlines(True)) == text, "\n".join(text.splitlines()) == text)
try:
    "a".splitlines("x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a".splitlines(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a".splitlines(ends=True)
except TypeError as e:
    print(type(e).__name__, e)
print(b"a\nb\rc\r\nd\x0be\x0cf\x1cg".splitlines(), b"a\nb".splitlines(True), bytearray(b"x\r\ny").splitlines())


class S(str):
    pass


print([type(x).__name__ for x in S("a\nb").splitlines()])
poem = """Roses are red,
  Violets are blue,
\tSugar is sweet,

And so are you."""
lines = poem.splitlines()
print(len(lines), [len(l) for l in lines], [l.strip() for l in lines if l.strip()])
print(max(lines, key=len), min(lines, key=len) == "")
print([l for l in "a\n\n\nb\n".splitlines() if l], "a\n\n\nb\n".splitlines())
print("\r\n".splitlines(), "\r\n".splitlines(True), "\n\r".splitlines(True), "\r\r".splitlines(True))
